"""A text printed to PDF says what the text says.

Secretaries bring letters as PDFs. A text version printed to PDF (a browser's or a text editor's
"print to PDF": one text line a PDF line, a blank line as a taller gap) must give the record the
text gives. Each PDF here is built in the test from a dev snippet (its source id named), and read
back with the loader and the extractor.
"""
from __future__ import annotations

from pathlib import Path

from bench.metamorphic import print_pdf
from extract.load import load
from knowledge.pipeline import extract_path

LINE_PITCH = 12  # points: 9 pt type, single-spaced


def _print(path: Path, lines: list[str], *, pitch: float = LINE_PITCH, font_size: float = 9) -> Path:
    """One text line a PDF line, top of an A4 page down; an empty line is a gap of one line (the bench's
    printer, bench/metamorphic.py print_pdf, in Helvetica from 40 pt, no line wrapped)."""
    return print_pdf("\n".join(lines), path, font="Helvetica", size=font_size, pitch=pitch, left=40, wrap=None)


def _same_record(tmp_path: Path, lines: list[str]) -> tuple[dict[str, object], dict[str, object]]:
    text = tmp_path / "letter.txt"
    text.write_text("\n".join(lines) + "\n", encoding="utf-8")
    pdf = _print(tmp_path / "letter.pdf", lines)
    keep = lambda flat: {k: v for k, v in flat.model_dump().items() if k not in ("source", "document_id")}  # noqa: E731
    return keep(extract_path(text).flat), keep(extract_path(pdf).flat)


# -- a page of short paragraphs keeps its blank lines ---------------------------------------------
#
# The head of STAR's skrivelse on seniorpension as a web page prints it (policy dev
# p14_star_skrivelse_indfoerelse_seniorpension_2020): cookie banner and publisher's line single-spaced,
# then one-line paragraphs each followed by a blank line. Its paragraph gaps outnumber its line gaps,
# so the median gap was a paragraph's: the blank lines went and the title with them.
SKRIVELSE = [
    "Acceptér og Luk",
    "Sådan bruger hjemmesiden cookies",
    "TYPO3 CMS sætter en cookie så snart websiden besøges - denne cookie udløber når du lukker din browser.",
    "Til at måle trafikken på vores website benytter vi Google Analytics, der ligeledes sætter en cookie.",
    "Læs mere",
    "",
    "Skrivelse om orientering om lov om ændring af lov om social pension og forskellige andre love "
    "(Indførelse af seniorpension)",
    "",
    "Arbejdsmarkeds- og Rekrutteringsstyrelsens skrivelse nr. 9038 af 24/1 2020.",
    "",
    "Loven trådte i kraft den 1. januar 2020.",
    "",
    "Denne skrivelse gennemgår betingelserne for ret til seniorpension, som de er beskrevet i lovforslaget.",
    "",
    "Til toppen",
    "",
    "Målgruppen",
    "",
]


def test_page_of_short_paragraphs_keeps_its_blank_lines_and_title(tmp_path: Path) -> None:
    doc = load(_print(tmp_path / "skrivelse.pdf", SKRIVELSE))
    assert "Læs mere\n\nSkrivelse om orientering" in doc.text
    assert "(Indførelse af seniorpension)\n\nArbejdsmarkeds- og" in doc.text
    assert "Sådan bruger hjemmesiden cookies\nTYPO3" in doc.text  # single-spaced lines stay one block
    text_record, pdf_record = _same_record(tmp_path, SKRIVELSE)
    assert pdf_record["title"] == ("Skrivelse om orientering om lov om ændring af lov om social pension og "
                                   "forskellige andre love (Indførelse af seniorpension)")
    assert (pdf_record["issuer"], pdf_record["date"]) == ("Styrelsen for Arbejdsmarked og Rekruttering", "2020-01-24")
    assert pdf_record == text_record


def test_one_and_a_half_spaced_page_gets_no_blank_lines(tmp_path: Path) -> None:
    # A page set at 1.5 line spacing (18 pt) with a single-spaced passage in smaller type (10.8 pt):
    # its median gap is 1.7 times the small type's, no blank line of it, so the page's lines
    # stay apart by single line breaks.
    path = tmp_path / "spaced.pdf"
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    sheet = canvas.Canvas(str(path), pagesize=A4)
    y = 800.0
    for i, line in enumerate(SKRIVELSE[:5] * 2 + SKRIVELSE[:4]):
        small = i >= 10
        sheet.setFont("Helvetica", 7.5 if small else 9)
        sheet.drawString(40, y, line)
        y -= 10.8 if small else 1.5 * LINE_PITCH
    sheet.save()
    assert "\n\n" not in load(path).text.strip()


# -- a printed text version whose converter glued words -------------------------------------------
#
# ft.dk's text version of an employment minister's answer (ft_qa dev amu-2008-09-spm53-svar), as it
# reads (its lines verbatim): the converter lost the letterhead's line breaks. Printed to PDF, the layer holds the same
# glued words; read without the glued-word repairs the letter lost its ministry and its issuer
# ("Folketinget").
GLUED_ANSWER = [
    'Arbejdsmarkedsudvalget 2008-09',
    'AMU Alm.del',
    'Offentligt',
    '628348_0001.png',
    'Folketingets ArbejdsmarkedsudvalgChristiansborg1240 København K',
    'BeskæftigelsesministerietVed Stranden 81061 København KT 72 20 50 00E [email '
     'protected]www.bm.dkCVR 10172748EAN 5798000398566',
    'Arbejdsmarkedsudvalget har i brev af 1. december 2008 stillet følgende spørgsmålnr. 53 '
     '(AMU alm. del), som hermed besvares. Spørgsmålet er stillet efter ønske fraEigil Andersen '
     '(SF).',
    '18. december 2008J.nr. 2008-0006659',
    '',
    'Spørgsmål nr. 53:',
    '',
    '” Ministeren bedes oplyse, om det er regeringens hensigt, at sygedagpengemod-tagere, der '
     'er i et ansættelsesforhold, skal kunne modtage tilbud om opkvalifice-ring, herunder tilbud'
     ' af en vis varighed?”',
    '',
    'Endeligt svar:',
    '',
    'Formålet med kommunens opfølgning, herunder at give tilbud, er at medvirke til,at '
     'sygemeldte genvinder arbejdsevnen og vender tilbage til arbejdsmarkedet så hur-tigt som '
     'muligt.Jeg kan bekræfte, at det er hensigten, at alle sygedagpengemodtagere – også de '
     'derer i et ansættelsesforhold – skal kunne modtage tilbud om opkvalificering efter lovom '
     'en aktiv beskæftigelsesindsats. Der er i lovgivningen ikke fastsat en begræns-ning for '
     'tilbuddets varighed, så der vil i den konkrete situation være mulighed forat give længere '
     'tilbud.',
    'Venlig hilsen',
    'Claus Hjort Frederiksen',
]


def test_printed_text_version_with_glued_letterhead_keeps_ministry_and_issuer(tmp_path: Path) -> None:
    text_record, pdf_record = _same_record(tmp_path, GLUED_ANSWER)
    assert (pdf_record["issuer"], pdf_record["ministry"]) == ("Beskæftigelsesministeriet", "Beskæftigelsesministeriet")
    assert (pdf_record["answer_date"], pdf_record["journal_number"]) == ("2008-12-18", "2008-0006659")
    assert pdf_record["signed_by"] == "Claus Hjort Frederiksen"
    assert pdf_record == text_record


# A PDF's own words with a capital inside (s05_trekantbrand_nyhedsbrev, municipal dev) and a
# letterhead on lines of its own: no junction of a lost line break, so the capitals stay.
OWN_CAPITALS = [
    "Budskabet er dermed på den ene side, at ekstraordinære hændelser kan sætte TrekantBrand",
    "under pres. Budskabet er dog også, at TrekantBrand er klar til at håndtere sine opgaver.",
    "Middelfart Kommune",
    "Teglgårdsparken 103",
    "5500 Middelfart",
]


def test_pdf_words_with_inner_capitals_are_kept(tmp_path: Path) -> None:
    text = load(_print(tmp_path / "own.pdf", OWN_CAPITALS)).text
    assert "sætte TrekantBrand\nunder pres" in text and "at TrekantBrand er klar" in text
    assert "Teglgårdsparken 103\n5500 Middelfart" in text


# -- a title wrapped at the page's width is read whole ------------------------------------------------
#
# A print wraps a line longer than the page (here at 100 characters, as 9 pt type fills an A4 line). The
# next line of a wrapped title goes on with a small letter or a parenthesis, so the title is the whole line,
# as the text version prints it on one (the heads of star dev d02 and d09, policy dev p07 and p14).
PRINT_WIDTH = 100

WRAPPED_TITLES = [
    (["5. januar 2021", "", "",
      "Ny måling af ministerens beskæftigelsespolitiske mål viser antal og andel ydelsesmodtagere, som har "
      "påbegyndt et opkvalificeringsforløb.", ""],
     "Ny måling af ministerens beskæftigelsespolitiske mål viser antal og andel ydelsesmodtagere, som har "
     "påbegyndt et opkvalificeringsforløb."),
    (["29. oktober 2021", "", "",
      "Resultatmålingen baseret på Beskæftigelsesministeriets benchmarkinganalyse er opdateret for 3. kvartal "
      "2020 - 2. kvartal 2021", ""],
     "Resultatmålingen baseret på Beskæftigelsesministeriets benchmarkinganalyse er opdateret for 3. kvartal "
     "2020 - 2. kvartal 2021"),
    (["Spring til hovedindhold", "Spring over venstremenu", "",
      "Konteringsregler for 5.46.61 Kontanthjælp til udlændinge omfattet af integrationsprogrammet, "
      "integrationsydelse, selvforsørgelses- og hjemrejseydelse samt overgangsydelse mv.", "",
      "Denne funktion beskriver udgifter og indtægter vedr. hjælp i særlige tilfælde for flygtninge og "
      "familiesammenførte udlændinge.", ""],
     "Konteringsregler for 5.46.61 Kontanthjælp til udlændinge omfattet af integrationsprogrammet, "
     "integrationsydelse, selvforsørgelses- og hjemrejseydelse samt overgangsydelse mv."),
    (SKRIVELSE,
     "Skrivelse om orientering om lov om ændring af lov om social pension og forskellige andre love "
     "(Indførelse af seniorpension)"),
]


def _wrapped(lines: list[str]) -> list[str]:
    import textwrap

    return [part for line in lines for part in (textwrap.wrap(line, PRINT_WIDTH, break_long_words=False,
                                                               break_on_hyphens=False) or [""])]


def test_title_wrapped_at_the_page_width_is_read_whole(tmp_path: Path) -> None:
    for n, (lines, title) in enumerate(WRAPPED_TITLES):
        text = tmp_path / f"page{n}.txt"
        text.write_text("\n".join(lines) + "\n", encoding="utf-8")
        printed = _wrapped(lines)
        assert len(printed) > len(lines)  # the title does not fit on one printed line
        pdf = _print(tmp_path / f"page{n}.pdf", printed)
        assert extract_path(pdf).flat.title == title
        assert extract_path(text).flat.title == title


def test_a_line_that_opens_with_a_capital_is_no_wrapped_title(tmp_path: Path) -> None:
    # a heading above a paragraph, with no blank line between, stays a heading of its own
    lines = ["Evaluering af det fremrykkede revurderingstidspunkt",
             "Evalueringen ser på, hvordan kommunerne har arbejdet med det fremrykkede revurderingstidspunkt."]
    pdf = _print(tmp_path / "heading.pdf", lines)
    assert extract_path(pdf).flat.title == "Evaluering af det fremrykkede revurderingstidspunkt"


# -- sentences wrapped at the page's width keep their events ------------------------------------------
#
# A sentence that a print wraps has a line break where the text version has a space; the readers of a
# sentence read it as one. Snippets of policy dev p14, p16, p18, p28 and star dev d02.
WRAPPED_SENTENCES = {
    "bill title": (  # p14: the bill's title runs over the line end
        ["Folketinget har den 20. december 2019 vedtaget lovforslag L 67, Forslag til lov om ændring af lov om "
         "social pension og forskellige andre love (Indførelse af seniorpension).", ""],
        [("introduced", "lov om ændring af lov om social pension og forskellige andre love (Indførelse af "
                        "seniorpension), L 67")]),
    "nemlig": (  # p16: the members a "nemlig" names, over two line ends
        ["I 2019 og i 2020 vedtog Folketinget to forskellige pensionsordninger på hver sin side af et "
         "folketingsvalg, nemlig seniorpensionen (2019) og retten til tidlig pension, også kaldet "
         "Arnepensionen (2020).", ""],
        [("introduced", "seniorpensionen"), ("introduced", "retten til tidlig pension (Arnepensionen)")]),
    "evaluation of": (  # p18: "Evalueringen af / jobafklaringsforløb"
        ["Evalueringen blev igangsat på baggrund af opstartsevalueringen af sygedagpengereformen fra efteråret "
         "2015, som viste, at der var en række udfordringer med jobafklaringsforløb. Evalueringen af "
         "jobafklaringsforløb har til formål at afdække udviklingen og målgruppen i ordningen samt belyse "
         "kommunernes arbejde med jobafklaringsforløb.", ""],
        [("evaluated", "sygedagpengereformen"), ("evaluated", "jobafklaringsforløb")]),
    "counted points": (  # p28: two named points, each wrapped
        ["Som et centralt element i aftalen om en ny beskæftigelsesindsats iværksættes to omfattende "
         "forsøgsordninger på tværs af landets kommuner.", "",
         "Formålet med forsøgene er at afprøve nye veje til at styrke beskæftigelsen gennem henholdsvis øget "
         "valgfrihed og en styrket rolle til a-kasserne:", "",
         "  • Frit valg af aktør — Dette forsøg giver ledige borgere mulighed for selv at vælge, hvilken aktør "
         "der skal bistå dem i deres forløb tilbage mod arbejdsmarkedet.",
         "  • Udvidet ansvar til a-kasserne — Her gives a-kasserne et større ansvar for indsatsen over for deres "
         "medlemmer, hvilket skal teste effekten af en tættere kobling mellem forsikringssystemet og den aktive "
         "indsats.", ""],
        [("introduced", "Frit valg af aktør"), ("introduced", "Udvidet ansvar til a-kasserne")]),
    "at + verb": (  # d02: "planer om at udvide / fordelingsmulighederne"
        ["Målingen kan fordeles på område, periode og ydelsesgruppe. Der er planer om at udvide "
         "fordelingsmulighederne i målingen i en af de kommende opdateringer. Når dette er sket, vil det "
         "fremgå af nyheden.", ""],
        [("planned", "fordelingsmulighederne i målingen i en af de kommende opdateringer")]),
}


def test_sentences_wrapped_at_the_page_width_keep_their_events(tmp_path: Path) -> None:
    for n, (name, (lines, events)) in enumerate(WRAPPED_SENTENCES.items()):
        text = tmp_path / f"snippet{n}.txt"
        text.write_text("\n".join(lines) + "\n", encoding="utf-8")
        printed = _wrapped(lines)
        assert len(printed) > len(lines), name  # the print wraps the sentence
        pdf = _print(tmp_path / f"snippet{n}.pdf", printed)
        read = [(e.event, e.subject) for e in extract_path(pdf).flat.lineage_events]
        assert read == events, name
        assert read == [(e.event, e.subject) for e in extract_path(text).flat.lineage_events], name


# -- a reform's name wrapped at the page's width is read whole -----------------------------------------
#
# Policy dev p25 ("regeringens sociale / 2020-mål") and p30 ("frikommuneforsøget på /
# beskæftigelsesområdet") printed: the name runs over the line end.
WRAPPED_REFORMS = [
    (["Social-, børne- og integrationsminister Annette Vilhelmsen har i dag fremlagt regeringens sociale "
      "2020-mål. Frem mod år 2020 skal andelen af unge mellem 15-17 år, der begår kriminalitet, falde med "
      "mindst 25 procent.", ""],
     "regeringens sociale 2020-mål"),
    (["»Det er altid ærgerligt, at der tegner sig et mudret billede, når man dykker ned i sådan nogle forsøg,« "
      "siger professoren, der står bag en ny midtvejsevaluering af frikommuneforsøget på "
      "beskæftigelsesområdet, som KORA har foretaget.", ""],
     "frikommuneforsøget på beskæftigelsesområdet"),
]


def test_reform_wrapped_at_the_page_width_is_read_whole(tmp_path: Path) -> None:
    for n, (lines, reform) in enumerate(WRAPPED_REFORMS):
        text = tmp_path / f"news{n}.txt"
        text.write_text("\n".join(lines) + "\n", encoding="utf-8")
        printed = _wrapped(lines)
        pdf = _print(tmp_path / f"news{n}.pdf", printed)
        assert "\n" in next(p for p in "\n".join(printed).split("\n\n") if reform.split()[0] in p)
        assert extract_path(pdf).flat.reform == reform
        assert extract_path(text).flat.reform == reform


def test_a_blank_line_parts_a_reform_name(tmp_path: Path) -> None:
    # two paragraphs: "regeringens" ends one, "2020-mål" opens the next; no name runs over a blank line
    lines = ["Det var et af de første udspil fra regeringens", "", "2020-mål blev aldrig fremlagt.", ""]
    text = tmp_path / "parted.txt"
    text.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert extract_path(text).flat.reform is None


def test_data_source_wrapped_after_its_hyphen_is_read_whole(tmp_path: Path) -> None:
    # policy dev p01 printed: the print breaks the line after the hyphen of "DREAM-registeret"
    from extract.parsers.indicators import document_source

    lines = ["indikatorværdier beregnes og offentliggøres en gang hvert halve år. Data stammer fra DREAM-",
             "registeret, hvorfor der er tale om en relativ hurtig offentliggørelse."]
    text = load(_print(tmp_path / "source.pdf", lines)).text
    assert "DREAM-\nregisteret" in text  # the loader keeps the word's own hyphen and the line end
    found = document_source(text)
    assert found is not None and found[2] == "DREAM-registeret"
    assert text[found[0]:found[1]] == "DREAM-\nregisteret"


# -- a numbered indicator's definition wrapped at the page width -----------------------------------
#
# corpus/seeds/001_3dd5ad225882c538: STAR's implementeringsindikatorer, each a numbered item with its
# definition on the next line; printed, the definition wraps before its bracket, and the text's note on
# jobindsats.dk after the list gives every indicator its source.
SEED_001 = [
    "Implementeringsindikatorer:",
    "",
    "3. Andelen af personer under fleksjobordningen, som er i fleksjob, skal øges.",
    "Indikatoren opgøres som andelen af personer i fleksjob ud af samtlige personer i fleksjobordningen",
    "(fleksjob + ledighedsydelse).",
    "Opgørelsen af implementeringsindikatorerne, samt relevante nøgletal, fremgår af jobindsats.dk, og",
    "fordelt på den enkelte kommune i benchmark-rapporterne på jobindsats.dk.",
]


def test_a_numbered_definition_wrapped_at_the_page_width_is_read_whole(tmp_path: Path) -> None:
    text = tmp_path / "seed.txt"
    text.write_text("\n".join(SEED_001) + "\n", encoding="utf-8")
    pdf = _print(tmp_path / "seed.pdf", SEED_001)
    for path in (text, pdf):
        (indicator,) = extract_path(path).flat.indicators
        assert indicator.definition == ("Indikatoren opgøres som andelen af personer i fleksjob ud af samtlige personer i "
                                        "fleksjobordningen (fleksjob + ledighedsydelse).")
        assert indicator.population == "samtlige personer i fleksjobordningen (fleksjob + ledighedsydelse)"
        assert indicator.source == "jobindsats.dk"
