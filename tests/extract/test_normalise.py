"""Each normaliser repair, on the real snippet from the corpus that needs it."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.load import html_to_text, load
from extract.normalise import GLUE_RULES, LINE_RULES, GlueEvidence, decode_cfemail, normalise

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def norm(raw: str) -> str:
    return normalise(raw)[0]


@pytest.mark.parametrize(("raw", "expected"), [
    # kuu-2019-20-spm55-spm: a word broken at the line end
    ("som foreslået i Te-\natercentrums høringssvar", "som foreslået i Teatercentrums høringssvar"),
    # fiu-2021-22-l207-spm6-svar
    ("afholdes på Transportministeri-\net", "afholdes på Transportministeriet"),
    ("Be-\nskæftigelsesudvalget", "Beskæftigelsesudvalget"),
])
def test_line_break_hyphenation_is_joined(raw: str, expected: str) -> None:
    assert norm(raw) == expected


@pytest.mark.parametrize("raw", [
    "Folketingets Sundheds- og Ældreudvalg",            # suu-2019-20-spm286-svar
    "den store udbuds- og\nstyringsopgave",             # fiu-2021-22-l207-spm6-svar
    "regler om EU-\nborgere",
    "i perioden 2014-\n2018",
    "Vil ministeren - i kølvandet på PET’s rapport -\nredegøre",  # ufu-2021-22-spm84-spm
])
def test_suspended_compounds_and_dashes_are_kept(raw: str) -> None:
    assert norm(raw) == raw


def test_page_image_markers_and_running_headers_are_removed() -> None:
    # seed 002: running header of page 2 and its page-image marker
    raw = ("modellen.\nJ.nr.\n2018-7832\nBEU, Alm.del - 2018-19 (1. samling) - Bilag 328: Orientering om "
           "oversendelse af svarbrev til KL vedr. benchmarking, fra beskæftigelsesministeren\n"
           "2052103_0002.png\nGennemgangen foregik i regi af arbejdsmarkedskontorerne")
    assert norm(raw) == "modellen.\nJ.nr.\n2018-7832\nGennemgangen foregik i regi af arbejdsmarkedskontorerne"


def test_lone_page_numbers_between_blank_lines_are_removed() -> None:
    # seed 001: "5" and "7" stand alone in the middle of the text
    raw = "fordelt på den enkelte kommune i benchmark.\n\n5\n\n2. Der oprettes fleksjob"
    assert "\n5\n" not in norm(raw)
    assert norm(raw).endswith("2. Der oprettes fleksjob")


def test_numbers_inside_tables_are_kept() -> None:
    raw = "Antal\n1234\n5678\n"
    assert norm(raw) == raw


def test_email_obfuscation_is_separated_from_glued_neighbours() -> None:
    # amu-2008-09-spm53-svar: "E [email protected]www.bm.dk", the phone number glued to "E" too
    assert norm("T 72 20 50 00E [email protected]www.bm.dk") == \
        "T 72 20 50 00 E [email protected] www.bm.dk"
    # seed 002 (the KL letter): no space is pushed inside the brackets
    assert norm("Thomas Kastrup-Larsen ([email protected])") == "Thomas Kastrup-Larsen ([email protected])"


@pytest.mark.parametrize("name", ["beu-2022-23-2s-spm61-svar.txt", "amu-2008-09-spm53-svar.txt",
                                  "udu-2009-10-spm248-svar.txt", "eru-2017-18-spm343-spm.txt"])
def test_email_placeholder_stands_as_its_own_word_in_ft_qa_letters(name: str) -> None:
    raw = (CORPUS / "ft_qa" / name).read_text(encoding="utf-8")
    text = load(CORPUS / "ft_qa" / name).text
    assert text.count("[email protected]") == raw.count("[email protected]") > 0
    for match in re.finditer(r"\[email protected\]", text):
        before, after = text[match.start() - 1:match.start()], text[match.end():match.end() + 1]
        assert before in ("", " ", "\n", "(") and after in ("", " ", "\n", ")", ".", ","), (before, after)


def test_cloudflare_protected_address_in_html_is_decoded() -> None:
    # a real page (public repository template): the title attribute shows the address
    html = ('<a href="#" data-toggle="tooltip" data-placement="bottom" title="info.dento@gmail.com">'
            '<i class="fa fa-envelope"></i> <span><span class="__cf_email__" '
            'data-cfemail="6f06010900410b0a011b002f08020e0603410c0002">[email&#160;protected]</span></span></a>')
    assert html_to_text(html)[0] == "info.dento@gmail.com"
    assert decode_cfemail("not hex") is None and decode_cfemail("6f06") is None


@pytest.mark.parametrize(("name", "_pattern", "examples"), GLUE_RULES, ids=[r[0] for r in GLUE_RULES])
def test_every_glue_rule_is_attested_and_repairs_its_examples(name: str, _pattern: str,
                                                              examples: tuple[str, ...]) -> None:
    assert len(examples) >= 2
    for raw in examples:
        repaired = norm(raw)
        assert repaired != raw and repaired.replace(" ", "") == raw.replace(" ", ""), raw
        assert_in_corpus(raw)


def assert_in_corpus(raw: str) -> None:
    """Every example is a real snippet of the dev letters, glued as the text version has it."""
    texts = [*(CORPUS / "ft_qa").glob("*.txt"), *(CORPUS / "ft_qa_ministries").glob("*.txt")]
    assert any(raw.replace("[email protected]", "") in path.read_text(encoding="utf-8").replace("\n", " ")
               .replace("[email protected]", "") for path in texts), raw


@pytest.mark.parametrize(("name", "_pattern", "examples"), LINE_RULES, ids=[r[0] for r in LINE_RULES])
def test_every_line_rule_is_attested_and_puts_the_line_break_back(name: str, _pattern: str,
                                                                  examples: tuple[str, ...]) -> None:
    assert len(examples) >= 2
    for raw in examples:
        repaired = norm(raw)
        assert repaired.count("\n") == 1 and repaired.replace("\n", "") == raw, raw
        assert_in_corpus(raw)


@pytest.mark.parametrize(("raw", "expected"), [
    # mpu-2009-10-l206-spm73-svar: heading, label and date each glued to the line before
    ("(RV).Spørgsmål nr. 73\nVil ministeren redegøre for placeringen?Svar\nJeg har",
     "(RV).\nSpørgsmål nr. 73\nVil ministeren redegøre for placeringen?\nSvar\nJeg har"),
    ("J.nr. BLS-101-01522Den 25. maj 2010\nFolketingets", "J.nr. BLS-101-01522\nDen 25. maj 2010\nFolketingets"),
    # the same letters with the date in the other forms letters print their date in (bench/substitution.py datefmt)
    ("J.nr. BLS-101-01522Den 25.05.2010\nFolketingets", "J.nr. BLS-101-01522\nDen 25.05.2010\nFolketingets"),
    ("Kulturministeren16-04-2008\n", "Kulturministeren\n16-04-2008\n"),
    ("Kulturministeren16. apr. 2008\n", "Kulturministeren\n16. apr. 2008\n"),
    ("Kulturministerenden 16. april 2008\n", "Kulturministeren\nden 16. april 2008\n"),
    ("Økonomi- og indenrigsministeren10/4 2012\n", "Økonomi- og indenrigsministeren\n10/4 2012\n"),
    # a date inside a sentence, a two-digit day and "Svarprocenten" are left alone
    ("i brev af 21. maj 2010 stillet", "i brev af 21. maj 2010 stillet"),
    ("Dato\n18. oktober 2019\n", "Dato\n18. oktober 2019\n"),
    ("som vist i tabel 2.Svarprocenten var", "som vist i tabel 2.Svarprocenten var"),
    # "ERHVERVS- OGVÆKSTMINISTEREN" (eru-2013-14-spm233-svar); "også" after a suspended compound stays
    ("ERHVERVS- OGVÆKSTMINISTERIET", "ERHVERVS- OG VÆKSTMINISTERIET"),
    ("gælder for EU- også", "gælder for EU- også"),
])
def test_lost_line_breaks_before_letter_parts_are_put_back(raw: str, expected: str) -> None:
    assert norm(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    # amu-2008-09-spm53-svar and beu-2012-13-l53-spm22-svar: the ministry's letterhead block glued
    ("Folketingets ArbejdsmarkedsudvalgChristiansborg1240 København K",
     "Folketingets Arbejdsmarkedsudvalg Christiansborg 1240 København K"),
    ("BeskæftigelsesministerietVed Stranden 81061 København KT 72 20 50 00E [email protected]www.bm.dkCVR 10172748EAN 5798000398566",
     "Beskæftigelsesministeriet Ved Stranden 8 1061 København K T 72 20 50 00 E [email protected] www.bm.dk CVR 10172748 EAN 5798000398566"),
    # udu-2009-10-spm248-svar
    ("Frederiksholms Kanal 261220 København K.Tlf. 3392 5600Fax 3392 5666E-mail [email protected]www.uvm.dkCVR nr. 20-45-30-44",
     "Frederiksholms Kanal 26 1220 København K. Tlf. 3392 5600 Fax 3392 5666 E-mail [email protected] www.uvm.dk CVR nr. 20-45-30-44"),
])
def test_glued_letterhead_blocks_are_taken_apart(raw: str, expected: str) -> None:
    assert norm(raw) == expected


@pytest.mark.parametrize("raw", [
    "i alt 25000 Borgere i 2012",           # a number before a capitalised word is no address
    "Ved Stranden 8\n1061 København K",     # already apart
    "Beskæftigelsesministeriet\nT +45 72 20 50 00\nE [email protected]",
    # words ending in "den" before a date at a line's end are no sender glued to a letter's "den <date>"
    "Ansøgning om tilskud inden 15. maj 2024",
    "Ordningen har eksisteret siden 1. januar 2020",
    "Tallene gælder for perioden 1. januar 2024",
])
def test_glue_rules_leave_sound_text_alone(raw: str) -> None:
    assert norm(raw) == raw


def test_pdf_text_layer_keeps_its_own_capitals() -> None:
    # middelfart_notat_letterhead_2016 and trekantbrand_nyhedsbrev_1_2017: names, not glue
    own = GlueEvidence.OWN_LINE_BREAKS
    assert normalise("Anders.JuelSorensen@middelfart.dk", glue_evidence=own)[0] == "Anders.JuelSorensen@middelfart.dk"
    assert normalise("TrekantBrands dækningsområde", glue_evidence=own)[0] == "TrekantBrands dækningsområde"
    assert "Anders.JuelSorensen@middelfart.dk" in load(CORPUS / "pdf" / "middelfart_notat_letterhead_2016.pdf").text


def test_mojibake_is_repaired() -> None:
    # sou-2008-09-l15-spm20-svar: UTF-8 read as cp1252
    assert norm("mÃ¥lgruppen ikke afgrænses") == "målgruppen ikke afgrænses"
    assert norm("â€žVil ministeren") == "„Vil ministeren"


@pytest.mark.parametrize(("raw", "expected"), [
    # UTF-8 read as Latin-1: the quote's continuation bytes are C1 controls, not cp1252's "€"
    ("\u00e2\x80\x9dVil ministeren oplyse\u00e2\x80\x9d", "”Vil ministeren oplyse”"),
    # two layers: UTF-8 read as cp1252, saved, and read as cp1252 again
    ("mÃƒÂ¥lgruppen i NÃƒÂ¦stved", "målgruppen i Næstved"),
    # a no-break space read as cp1252 ("Â" + nbsp) is the no-break space, which becomes a space
    ("2.\u00c2\xa0samling", "2. samling"),
])
def test_mojibake_of_latin1_and_of_two_layers_is_repaired(raw: str, expected: str) -> None:
    assert norm(raw) == expected


@pytest.mark.parametrize("text", ["Château", "pâté", "Âge d'or", "Ålborg Ø"])
def test_words_with_circumflex_or_capitals_are_no_mojibake(text: str) -> None:
    assert norm(text) == text


@pytest.mark.parametrize(("raw", "expected"), [
    ("Spørgsmålet er stillet efter ønske fraEigil Andersen", "Spørgsmålet er stillet efter ønske fra Eigil Andersen"),
    ("henvendelsen fra AnitaLanng, jf. L 53", "henvendelsen fra Anita Lanng, jf. L 53"),
    ("BeskæftigelsesministerietVed Stranden 8", "Beskæftigelsesministeriet Ved Stranden 8"),
    ("Med venlig hilsenMargrethe Vestager", "Med venlig hilsen Margrethe Vestager"),
])
def test_words_glued_at_line_ends_are_split(raw: str, expected: str) -> None:
    assert norm(raw) == expected


def test_markdown_left_by_converters_is_removed() -> None:
    # seed 000 and seed 001
    assert norm("**Spørgsmål nr. 558:**") == "Spørgsmål nr. 558:"
    assert norm("## Implementeringsindikatorer:") == "Implementeringsindikatorer:"


def test_html_lists_inside_table_cells_keep_the_row() -> None:
    # seed 004, Bilag 1: a <ul> inside a tab-separated table row
    raw = ("Spørgeskema om fleksjob\tAnsvarlig/leder for: <ul style=\"list-style-type: none\">• Sygedagpengeområdet"
           "• Rehabiliteringsteams\tUge 39 – 42")
    text = norm(raw)
    assert "<ul" not in text
    assert text.split("\t") == ["Spørgeskema om fleksjob", "Ansvarlig/leder for: • Sygedagpengeområdet• Rehabiliteringsteams",
                                "Uge 39 – 42"]


def test_pdftex_ring_accent_is_joined() -> None:
    assert norm("tilg˚as p˚a jobindsats.dk") == "tilgås på jobindsats.dk"


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*/*.txt")), ids=lambda p: p.name)
def test_every_character_maps_back_to_its_page(path: Path) -> None:
    doc = load(path)
    assert doc.raw_text == path.read_text(encoding="utf-8")
    by_number = {p.number: p for p in doc.pages}  # a saved excerpt's pages keep their printed numbers
    assert len(by_number) == len(doc.pages)
    for index, char in enumerate(doc.text):
        page, offset = doc.locate(index)
        raw_char = by_number[page].text[offset]
        if doc.raw_offset(index)[1]:
            assert raw_char == char, (index, char, raw_char)


_alphabet = st.sampled_from(list("abcæøå ABCÆØÅ\n-\t0123456789.:*#<>Ã¥â€Â[]˚\ufffe") +
                            ["_0001.png", "[email protected]", "**", "<ul>", "København K", "T ", "E-mail", ".dk", "CVR ",
                             "\r\n", "\r", " \t\n", "a\u030a", "\u0301", "\f", "\n2\n"])  # line ends and combining marks: the pre-pass


@settings(max_examples=300, deadline=None)
@given(st.lists(_alphabet, max_size=200).map("".join), st.sampled_from(GlueEvidence))
def test_normaliser_map_is_total_and_exact(raw: str, evidence: GlueEvidence) -> None:
    text, segments, repairs = normalise(raw, glue_evidence=evidence)
    covered = 0
    for seg in segments:
        assert seg.norm_start == covered
        covered += seg.length
        if seg.exact:
            assert text[seg.norm_start:seg.norm_start + seg.length] == raw[seg.raw_start:seg.raw_end]
        assert 0 <= seg.raw_start <= len(raw)
    assert covered == len(text)
    for start, end, _kind in repairs:
        assert 0 <= start <= end <= len(text)


def test_html_gets_the_glue_and_email_repairs_too(tmp_path: Path) -> None:
    # an ft.dk answer page as HTML: the letterhead block glued (amu-2008-09-spm53-svar) and
    # Cloudflare's protected address (the public template snippet above)
    page = tmp_path / "svar.html"
    page.write_text("<html><body><p>Folketingets ArbejdsmarkedsudvalgChristiansborg1240 København K</p>"
                    "<p>www.bm.dkCVR 10172748EAN 5798000398566</p>"
                    "<p>E <span class=\"__cf_email__\" data-cfemail=\"6f06010900410b0a011b002f08020e0603410c0002\">"
                    "[email&#160;protected]</span>www.bm.dk</p><p>Thomas Kastrup-Larsen ([email&#160;protected])</p>"
                    "</body></html>", encoding="utf-8")
    text = load(page).text
    assert "Folketingets Arbejdsmarkedsudvalg Christiansborg 1240 København K" in text
    assert "www.bm.dk CVR 10172748 EAN 5798000398566" in text
    assert "E info.dento@gmail.com www.bm.dk" in text
    assert "Thomas Kastrup-Larsen ([email protected])" in text


def test_an_address_that_ends_its_block_leaves_the_next_block_as_it_is(tmp_path: Path) -> None:
    # Cloudflare's protected address as the last word of a paragraph: the space that keeps the
    # address apart from glued text belongs to its own line, not to the next paragraph's start
    page = tmp_path / "kontakt.html"
    page.write_text("<html><body><p>Kontakt: <span class=\"__cf_email__\" "
                    "data-cfemail=\"6f06010900410b0a011b002f08020e0603410c0002\">[email&#160;protected]</span></p>"
                    "<p>Svar sendes til udvalget.</p></body></html>", encoding="utf-8")
    lines = [line for line in load(page).text.splitlines() if line]
    assert lines == ["Kontakt: info.dento@gmail.com", "Svar sendes til udvalget."]


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_a_capital_inside_a_word_is_the_words_own_where_no_line_break_was_lost(tmp_path: Path, suffix: str) -> None:
    # names written with a capital inside (Liberal Alliance's programme, corpus/municipal s12_08 and s9_05;
    # TrekantBrand's newsletter, s05) in a text that shows no lost line breaks: one word each, as the file has it
    text = ("• FerieKonto nedlægges.\n• NaturErhvervsstyrelsen nedlægges.\n"
            "Det er første gang, at TrekantBrand holder åbent hus.\n")
    path = tmp_path / f"program{suffix}"
    path.write_text(text if suffix == ".txt" else "<html><body>" + "".join(f"<p>{line}</p>" for line in
                                                                           text.splitlines()) + "</body></html>",
                    encoding="utf-8")
    read = load(path).text
    assert "FerieKonto nedlægges" in read and "NaturErhvervsstyrelsen nedlægges" in read and "at TrekantBrand holder" in read


def test_a_definite_noun_glued_to_a_capital_is_two_words_in_any_text(tmp_path: Path) -> None:
    # a compound joins stems, never a definite form ("-en", "-et", "-ne"): two ministers' titles glued where a
    # line break was lost are two words even in a text with no other sign of it (GLUE_RULES "definite_case")
    path = tmp_path / "samraad.txt"
    path.write_text("Til:\nBeskæftigelsesministerenFinansministeren\n4. november 2020\n", encoding="utf-8")
    assert "Beskæftigelsesministeren Finansministeren" in load(path).text
    path.write_text("Til:\nGreenNet og OpenData\n", encoding="utf-8")  # short English words in "-en" stay whole
    assert "GreenNet og OpenData" in load(path).text
