"""A letter printed as a ministry lays it out says what its text version says.

Udvalg secretaries bring ministers' answers as PDFs: the ft.dk stamp top left, the addressee below
it, the ministry's letterhead (name, street, postcode, T/E/www, CVR, date, J.nr.) in a narrow column
at the right beside the body's first lines, and the body in a column narrower than the page
(bench/metamorphic.py "letterpdf"). Every dev letter (corpus/ft_qa, corpus/ft_qa_ministries) printed
so must give the record its text version gives, field for field; before the loader and the letter
readers were mended, the printed letters gave 0.9949 (ft_qa) and 0.9888 (ft_qa_ministries) of their
own records' fields: a date set at the right of the addressee's line, an upper-case title beside it and
a journal number level with a body line were lost.

Each mend is tested on a dev letter's text printed here (its source id named), exact fields out.

The printer sets the body in its own column width, so its lines break elsewhere than the text's: a text field keeps a
word's line-break hyphen as printed (ft_qa README, "førtids- pension"), and the comparison joins those hyphens in the
question and answer texts (tests/dev_records.py words_joined); every other field must be exactly equal.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bench.metamorphic import letter_layout, print_letter_pdf
from extract.document import Document
from extract.load import load
from extract.normalise import normalise
from tests.dev_records import dev_record_fields as _dev_record
from tests.dev_records import record_fields as _record
from tests.dev_records import words_joined

_CORPUS = Path(__file__).resolve().parents[2] / "corpus"
LETTERS = sorted([*(_CORPUS / "ft_qa").glob("*.txt"), *(_CORPUS / "ft_qa_ministries").glob("*.txt")])


def _letterhead(doc: Document) -> str:
    return "\n".join(doc.text[r.start:r.end] for r in doc.regions if r.kind == "letterhead")


def _printed(tmp_path: Path, lines: list[str], *, column: float | None = None) -> tuple[dict, dict, Document]:
    """(the text's record, the printed letter's record, their text fields' line-break hyphens joined; the printed
    letter as loaded)."""
    text = tmp_path / "letter.txt"
    text.write_text("\n".join(lines) + "\n", encoding="utf-8")
    pdf = tmp_path / "letter.pdf"
    if column is None:
        print_letter_pdf("\n".join(lines), pdf)
    else:
        print_letter_pdf("\n".join(lines), pdf, column=column)
    return words_joined(_record(text)), words_joined(_record(pdf)), load(pdf)


def test_the_letters_are_there() -> None:
    assert len(LETTERS) == 20 + 27


@pytest.mark.parametrize("path", LETTERS, ids=lambda p: p.stem)
def test_a_letter_printed_as_a_ministry_lays_it_out_gives_the_same_record(tmp_path: Path, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    pdf = print_letter_pdf(text, tmp_path / f"{path.stem}.pdf")
    sidecar = path.with_suffix(".meta.json")
    if sidecar.exists():
        shutil.copy(sidecar, tmp_path / sidecar.name)  # the letter's address, which the extractor reads
    _, _, column, _ = letter_layout(text)
    if len(column) >= 3:  # the printed column is read as the letterhead, not as body lines
        assert _letterhead(load(pdf))
    assert words_joined(_record(pdf)) == words_joined(_dev_record(path))


# -- the printer's layout --------------------------------------------------------------------------------

def test_the_letter_layout_parts_stamp_addressee_column_and_body() -> None:
    text = (_CORPUS / "ft_qa" / "beu-2022-23-2s-spm61-svar.txt").read_text(encoding="utf-8")
    stamp, left, column, body = letter_layout(text)
    assert stamp == ["Beskæftigelsesudvalget 2022-23 (2. samling)", "BEU Alm.del", "Offentligt", "2662638_0001.png"]
    assert left == ["Folketingets Beskæftigelsesudvalg", "[email protected]", "Niels Flemming Hansen (KF)",
                    "[email protected]"]
    assert column == ["Beskæftigelsesministeriet", "Holmens Kanal 20", "1060 København K", "T +45 72 20 50 00",
                      "E [email protected]", "www.bm.dk", "CVR 10172748", "J.nr. 2023 - 820", "15. februar 2023"]
    assert body[0] == "Beskæftigelsesudvalget har i brev af 18. januar 2023 stillet følgende spørgsmål nr."


# -- a date set at the right of the addressee's line ----------------------------------------------------
#
# EVM's answer (ft_qa dev eru-2015-16-s1107-svar, abridged): its letterhead column holds the date alone,
# level with the addressee. The loader parts the two by a tab, as it parts any two runs a wide gap apart;
# the letter's date is its line's last cell. Before: no answer_date, no date.
EVM_ANSWER = [
    "Erhvervs-, Vækst- og Eksportudvalget 2015-16",
    "S 1107",
    "Offentligt",
    "1633894_0001.png",
    "Folketingets Lovsekretariat",
    "ERHVERVS- OG",
    "VÆKSTMINISTEREN",
    "17. maj 2016",
    "Besvarelse af spørgsmål 1107 stillet af Trine Bramsen (S) den 10. maj",
    "2016.",
    "Spørgsmål 1107:",
    "Er det stadigvæk ministerens holdning, at Søby Havn er en »egnet kandi-",
    "dat« til udvidelse, som ministeren udtalte til TV2/FYN den 26. oktober",
    "2015?",
    "Svar:",
    "Som jeg nævnte under mit besøg på Ærø i oktober 2015 og i interviewet",
    "med TV2/FYN er udvidelsen af Søby havn et interessant projekt.",
    "Med venlig hilsen",
    "Troels Lund Poulsen",
]


def test_a_date_set_right_of_the_addressee_is_the_letters_date(tmp_path: Path) -> None:
    text_record, pdf_record, doc = _printed(tmp_path, EVM_ANSWER)
    assert "Folketingets Lovsekretariat\t17. maj 2016\n" in doc.text
    assert (pdf_record["answer_date"], pdf_record["date"]) == ("2016-05-17", "2016-05-17")
    assert pdf_record["question_sent_date"] == "2016-05-10"  # "den 10. maj 2016" is the question's
    assert pdf_record == text_record


# EVM's answer of 2014 (ft_qa_ministries dev eru-2013-14-spm233-svar, abridged): the minister's title in
# capitals, the date level with it. Before: neither the addressee nor the date.
EVM_ANSWER_2014 = [
    "Erhvervs-, Vækst- og Eksportudvalget 2013-14",
    "ERU Alm.del",
    "Offentligt",
    "ERHVERVS- OGVÆKSTMINISTEREN",
    "11. marts 2014",
    "Besvarelse af spørgsmål 233 alm. del stillet af Erhvervs-, Vækst- og",
    "Eksportudvalget den 12. februar 2014 efter ønske fra Kim Andersen",
    "(V).",
    "Spørgsmål:",
    "I regeringens Vækstplan for Energi og Klima fra oktober 2013 fremgårdet, at regeringen gennem State of "
    "Green vil øge fokus på fremvisning afdanske test- og demonstrationsfaciliteter inden for klima- og "
    "energiområ-det.",
    "Regeringens offentligt-private markedsføringskonsortium State of Greenhar i samarbejde med "
    "Vindmølleindustrien samlet de danske virksomhe-der og organisationer, der beskæftiger sig med test og "
    "demonstration in-den for vindenergiindustrien.",
    "ERHVERVS- OGVÆKSTMINISTERIET",
    "Slotsholmsgade 10-121216 København K",
]


def test_an_upper_case_title_beside_the_date_is_the_addressee(tmp_path: Path) -> None:
    text_record, pdf_record, doc = _printed(tmp_path, EVM_ANSWER_2014)
    assert "ERHVERVS- OG VÆKSTMINISTEREN\t11. marts 2014\n" in doc.text
    assert (pdf_record["addressee"], pdf_record["answer_date"]) == ("erhvervs- og vækstministeren", "2014-03-11")
    assert pdf_record == text_record


# -- a journal number level with a body line --------------------------------------------------------------
#
# TRM's answer (ft_qa dev fiu-2021-22-l207-spm6-svar): the journal number stands under the date in the column,
# unlabelled, level with the addressee's line. A bare number there was taken for a contents page's page
# number and dropped from the letterhead. Before: no journal_number.
TRM_ANSWER = [
    "Finansudvalget 2021-22",
    "L 207",
    "Offentligt",
    "2627041_0001.png",
    "Transportministeren",
    "Finansudvalget",
    "Folketinget",
    "23. september 2022",
    "2022-5074",
    "Frederiksholms Kanal 27 F",
    "1220 København K",
    "Telefon 41 71 27 00",
    "Finansudvalget har i brev af 2. september 2022 stillet mig følgende",
    "spørgsmål vedrørende L 207 – Forslag til finanslov for finansåret",
    "2023, som jeg hermed skal besvare. Spørgsmålet er stillet efter øn-",
    "ske fra Kristian Phil Lorentzen (V).",
    "Spørgsmål nr. 6:",
    "Vil ministeren redegøre for årsagen til, at udgifter til nedrivnings-",
    "entrepriser og følgeudgifter i forbindelse med nedrivningen af",
    "minkerhvervets produktionsanlæg afholdes på Transportministeri-",
    "ets konti?",
    "Svar:",
    "Bygningsstyrelsen under Transportministeriet, er både bygherre og",
    "drifter statens kontor- og universitetsejendomme.",
    "Med venlig hilsen",
    "Trine Bramsen",
]


def test_a_journal_number_level_with_a_body_line_stays_in_the_letterhead(tmp_path: Path) -> None:
    text_record, pdf_record, doc = _printed(tmp_path, TRM_ANSWER)
    assert _letterhead(doc) == ("23. september 2022\n2022-5074\nFrederiksholms Kanal 27 F\n1220 København K\n"
                                "Telefon 41 71 27 00")
    assert (pdf_record["answer_date"], pdf_record["journal_number"]) == ("2022-09-23", "2022-5074")
    assert pdf_record == text_record


# -- a column set flush left, left of 0.7 of the page -------------------------------------------------------
#
# TRM's answer (ft_qa_ministries dev tru-2019-20-spm33-svar) with its column at 0.64 of the page's width:
# recipe A takes a right-hand line not level with a body line only right of 0.7, so the column's lines
# between the body's went into the body, out of order (and the journal number with them). The column's
# lines share their left edge: a line on that edge is the column's.
TRM_ANSWER_2019 = [
    "Transportudvalget 2019-20",
    "TRU Alm.del",
    "Offentligt",
    "2109650_0001.png",
    "TRANSPORTMINISTEREN",
    "Transportudvalget",
    "Folketinget",
    "Dato",
    "J. nr.",
    "21. november 2019",
    "2019-6346",
    "Frederiksholms Kanal 27 F",
    "1220 København K",
    "Telefon",
    "41 71 27 00",
    "Transportudvalget har i brev af 24. oktober 2019 stillet mig følgende spørgsmål",
    "(TRU alm. del), som jeg hermed skal besvare. Spørgsmålet er stillet efter ønske",
    "fra Eva Kjer Hansen (V).",
    "Spørgsmål nr. 33:",
    "Vil ministeren - på baggrund af Vejdirektoratets vurdering i statusrapport",
    "”Statsvejnettet 2019” fra august",
    "2019 af, at der vil være kritisk trængsel på mo-",
    "torvejsbroen over Lillebælt senest i 2030 - tage initiativ til at få programsat",
    "henholdsvis forundersøgelse, VVM og anlæg af en parallelforbindelse over Lil-",
    "lebælt, så den fornødne kapacitet over Lillebælt kan tilvejebringes senest i",
    "2030?",
    "Svar:",
    "Jeg henviser til min besvarelse af TRU alm. del nr. 32.",
    "Med",
    "venlig",
    "hilsen",
    "Benny Engelbrecht",
]


@pytest.mark.parametrize("column", [0.64, 0.72])
def test_a_flush_left_column_is_the_letterhead_on_its_edge(tmp_path: Path, column: float) -> None:
    text_record, pdf_record, doc = _printed(tmp_path, TRM_ANSWER_2019, column=column)
    assert _letterhead(doc) == ("Dato\nJ. nr.\n21. november 2019\n2019-6346\nFrederiksholms Kanal 27 F\n"
                                "1220 København K\nTelefon\n41 71 27 00")
    assert (pdf_record["answer_date"], pdf_record["journal_number"]) == ("2019-11-21", "2019-6346")
    assert pdf_record == text_record


# -- the e- of a digital service's name is no glued word ----------------------------------------------------
#
# BM's answer (ft_qa dev beu-2022-23-2s-spm61-svar): "eIndkomst", the income register, as the letter and its
# PDF print it; the text version's glued-word repair made it "e Indkomst", so the text and its print
# disagreed on the answer. The gold writes "eIndkomst"; municipal f13 writes "eDoc".
BM_ANSWER_LINE = "Timerne i tabellen er de indberettede løntimer til eIndkomst og afspejler ikke"


@pytest.mark.parametrize(("raw", "text"), [
    (BM_ANSWER_LINE, BM_ANSWER_LINE),
    ("godkendes i eDoc af lederen", "godkendes i eDoc af lederen"),
    ("stillet efter ønske fraEigil Andersen (SF)", "stillet efter ønske fra Eigil Andersen (SF)"),  # amu-2008-09
])
def test_an_e_prefixed_name_keeps_its_capital(raw: str, text: str) -> None:
    assert normalise(raw)[0] == text


# -- numbers right of the body: a letterhead's values, or a table's amounts ---------------------------------
#
# A notat with a letterhead column whose body holds a small unruled table, its amounts set right of 0.6 of
# the page (as Ballerup's and Syddjurs' notater set budget lines): the amounts stay in the body, beside their
# labels; a journal number and a telephone number level with a body line are the letterhead's values.
def test_a_tables_amounts_stay_in_the_body_and_a_journal_number_goes_to_the_letterhead() -> None:
    from extract.pdf_letterhead import split_columns
    from extract.pdf_runs import Run

    def run(left: float, top: float, text: str) -> Run:
        return Run(left, top, left + 6 * len(text), top - 9, text)

    runs = [run(430, 800, "Beskæftigelsesministeriet"), run(430, 788, "Ved Stranden 8"),
            run(430, 776, "1061 København K"),
            run(50, 740, "Notat om budget 2013"), run(430, 740, "2022-5074"),
            run(50, 728, "Telefon"), run(430, 728, "41 71 27 00"),
            run(50, 700, "Udgifter til kurser"), run(400, 700, "1.234"),
            run(50, 688, "Udgifter til mentorer"), run(400, 688, "12,5 %")]
    above, letterhead, below = split_columns(runs, 595, 842)
    assert [line for line in letterhead.split("\n") if line] == ["Beskæftigelsesministeriet", "Ved Stranden 8", "1061 København K", "2022-5074",
                                      "41 71 27 00"]
    assert "1.234" in below and "12,5 %" in below
