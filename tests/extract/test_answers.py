"""Ministry answer letters: real corpus letters in, exact fields out, one style per ministry."""
from __future__ import annotations

import datetime as dt
import importlib.util
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.load import build, load
from extract.parsers import answer_letter, ftdk_other, question_letter
from extract.parsers.question_letter import link_key
from extract.records import Answer, Person
from knowledge.pipeline import extract_path
from tests.dev_records import hyphens_joined

ROOT = Path(__file__).resolve().parents[2]
FT_QA = ROOT / "corpus" / "ft_qa"
SEED_000 = ROOT / "corpus" / "seeds" / "000_d0d93f54edcaac31.txt"
PDF_000 = ROOT / "corpus" / "pdf" / "synthetic" / "ministry_letter_seed000_reportlab.pdf"
GOLD_000 = ROOT / "tests" / "fixtures" / "gold" / "seeds" / "000_d0d93f54edcaac31.gold.json"


def answers(path: Path) -> list[Answer]:
    extraction = extract_path(path)
    assert extraction.kind == "answer"
    return [r for r in extraction.records if isinstance(r, Answer)]


def answer(name: str) -> Answer:
    found = answers(FT_QA / f"{name}.txt")
    assert len(found) == 1
    return found[0]


def test_seed_000_is_exact_in_every_folketing_field() -> None:
    gold = json.loads(GOLD_000.read_text(encoding="utf-8"))
    flat = extract_path(SEED_000).flat
    assert (flat.issuer, flat.date, flat.title) == (gold["issuer"], gold["date"], gold["title"])
    assert flat.doc_type == gold["doc_type"] == "answer"
    assert flat.question_number == gold["question_number"] == 558
    assert [f"{p.name} ({p.party})" for p in flat.asked_by] == [gold["asked_by"]]
    assert flat.answer_date == gold["answer_date"] == "2017-09-28"
    a = answers(SEED_000)[0]
    assert (a.udvalg_name, a.case_kind, a.question_sent_date) == ("Beskæftigelsesudvalget", "alm. del",
                                                                  dt.date(2017, 8, 31))
    assert (a.journal_number, a.ministry, a.signed_by) == ("2017 - 6136", "Beskæftigelsesministeriet",
                                                           "Troels Lund Poulsen")
    assert a.question_text.startswith("Vil ministeren bekræfte, at målstyring")
    assert a.answer_text.startswith("Det er korrekt, at det i aftaleteksten")
    assert a.answer_text.endswith("progression i timeantallet for fleksjobansatte på få timer.")


@pytest.mark.parametrize(("path", "cited"), [
    # the title is composed from the sentence naming committee, number and case: it cites that
    # sentence, not the number alone ("558")
    (SEED_000, "Beskæftigelsesudvalget har i brev af 31. august 2017 stillet følgende spørgsmål nr. 558 (alm. del)"),
    # the number alone on its line: the line before it names the question
    (ROOT / "corpus" / "ft_qa_ministries" / "efk-2017-18-spm205-svar.txt",
     "Svar på Energi-, Forsynings- og Klimaudvalgets spørgsmål nr.\n205"),
    # a heading of its own
    (FT_QA / "fiu-2021-22-l207-spm6-svar.txt", "Spørgsmål nr. 6"),
])
def test_the_letters_title_cites_the_words_it_is_made_of(path: Path, cited: str) -> None:
    extraction = extract_path(path)
    [info] = [r for r in extraction.records if not isinstance(r, Answer) and getattr(r, "doc_type", None) == "answer"]
    span = info.provenance["title"]
    assert extraction.document.text[span.start:span.end] == cited


def _token_f1(gold: str, pred: str) -> float:
    spec = importlib.util.spec_from_file_location("ft_score", ROOT / "tests" / "fixtures" / "score.py")
    assert spec and spec.loader
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    return score.token_f1(gold, pred)


def test_pdf_letter_reads_the_letterhead_column() -> None:
    doc = load(PDF_000)
    assert any(r.kind == "letterhead" for r in doc.regions)
    pdf = answer_letter.parse(doc)[0]
    assert pdf.journal_number == "2017 - 6136"
    assert pdf.answer_date == dt.date(2017, 9, 28)
    jnr = pdf.provenance["journal_number"]
    assert doc.in_region(jnr.start, "letterhead")
    seed = answers(SEED_000)[0]
    # the PDF breaks its lines elsewhere than the text version: its line-break hyphens are the layout's
    assert _token_f1(hyphens_joined(f"{seed.question_text} {seed.answer_text}"),
                     hyphens_joined(f"{pdf.question_text} {pdf.answer_text}")) >= 0.98


def test_employment_ministry_glued_letterhead() -> None:
    a = answer("amu-2008-09-spm53-svar")
    assert (a.answer_date, a.journal_number) == (dt.date(2008, 12, 18), "2008-0006659")   # glued together
    assert a.question_sent_date == dt.date(2008, 12, 1)
    assert a.asked_by == (Person(name="Eigil Andersen", party="SF"),)
    assert (a.udvalg_abbrev, a.samling, a.answer_kind) == ("AMU", "2008-09", "endeligt")
    assert a.ftdk_url_key == "/samling/20081/almdel/amu/spm/53/"


def test_social_ministry_style_with_empty_date_and_no_greeting() -> None:
    a = answer("sou-2008-09-l15-spm20-svar")
    assert a.answer_date is None                          # "Dato:" is empty
    assert a.question_sent_date == dt.date(2008, 10, 28)
    assert a.addressee == "velfærdsministeren"            # "velfærdsministerens endelige svar"
    assert (a.case_kind, a.case_number, a.question_number) == ("L", "15", 20)
    assert a.signed_by == "Karen Jespersen"
    assert not a.answer_text.endswith("Karen Jespersen")


def test_health_ministry_dd_mm_yyyy_and_official_on_own_line() -> None:
    a = answer("suu-2019-20-spm286-svar")
    assert (a.answer_date, a.journal_number) == (dt.date(2019, 11, 28), "1910466")
    assert a.addressee == "sundheds- og ældreministeren"
    assert (a.signed_by, a.persons) == ("Magnus Heunicke", ("Sofie Elsborg Larsen",))
    assert a.answer_text.endswith("medio januar 2020.")


def test_paragraf_20_answer_with_letterhead_after_the_body() -> None:
    a = answer("eru-2015-16-s1107-svar")
    assert (a.question_number, a.case_kind) == ("S 1107", "other")
    assert a.addressee == "erhvervs- og vækstministeren"
    assert a.ministry == "Erhvervs- og Vækstministeriet"
    assert "Begrundelse" not in a.question_text
    assert a.answer_text.endswith("transport- og bygningsministeren.")
    assert a.signed_by == "Troels Lund Poulsen"


def test_label_and_value_runs_are_paired_from_the_end() -> None:
    assert answer("ufu-2016-17-spm3-svar").journal_number == "16/048363-02"
    a = answer("uui-2017-18-spm215-svar")
    assert (a.journal_number, a.answer_date) == ("2017 - 18289", dt.date(2018, 1, 10))
    assert a.answer_text.endswith("Antal børn 32 14 7 3")


def test_unlabelled_journal_number_and_another_ministers_answer() -> None:
    a = answer("fiu-2021-22-l207-spm6-svar")
    assert (a.journal_number, a.addressee, a.ministry) == ("2022-5074", "transportministeren", "Transportministeriet")
    assert a.asked_by == (Person(name="Kristian Phil Lorentzen", party="V"),)


JUSTICE = """Folketingets Retsudvalg
Christiansborg
1240 København K
Dato: 12. marts 2019
Sagsnr.: 2019-0030-0234
Hermed sendes besvarelse af spørgsmål nr. 648 (Alm. del), som Folketingets Retsudvalg har stillet til justitsministeren den 19. februar 2019. Spørgsmålet er stillet efter ønske fra Trine Bramsen (S).
Søren Pape Poulsen
/
Mette Johansen
Spørgsmål nr. 648 (Alm. del) fra Folketingets Retsudvalg:
"Vil ministeren redegøre for antallet af sager?"
Svar:
Justitsministeriet har indhentet en udtalelse fra Rigspolitiet.
"""


def test_justice_ministry_signature_in_the_header(tmp_path: Path) -> None:
    path = tmp_path / "justice.txt"
    path.write_text(JUSTICE, encoding="utf-8")
    a = answer_letter.parse(load(path))[0]
    assert (a.udvalg_name, a.question_number, a.case_kind) == ("Retsudvalget", 648, "alm. del")
    assert (a.answer_date, a.question_sent_date) == (dt.date(2019, 3, 12), dt.date(2019, 2, 19))
    assert (a.addressee, a.journal_number) == ("justitsministeren", "2019-0030-0234")
    assert (a.signed_by, a.persons) == ("Søren Pape Poulsen", ("Mette Johansen",))
    assert a.question_text == "Vil ministeren redegøre for antallet af sager?"
    assert a.answer_text == "Justitsministeriet har indhentet en udtalelse fra Rigspolitiet."


def test_multi_question_letter_gives_one_record_per_question(tmp_path: Path) -> None:
    text = (FT_QA / "amu-2008-09-spm53-svar.txt").read_text(encoding="utf-8")
    head, block = text.split("Spørgsmål nr. 53:", 1)
    body, greeting = block.split("Venlig hilsen", 1)
    second = body.replace("Ministeren bedes oplyse", "Ministeren bedes endvidere oplyse")
    path = tmp_path / "multi.txt"
    path.write_text(f"{head}Spørgsmål nr. 53:{body}Spørgsmål nr. 54:{second}Venlig hilsen{greeting}", encoding="utf-8")
    found = [r for r in answer_letter.parse(load(path)) if isinstance(r, Answer)]
    # each record its own number; the flat view shows the first (the header number, as the gold says)
    assert [a.question_number for a in found] == [53, 54]
    assert "endvidere" not in found[0].question_text and "endvidere" in found[1].question_text
    assert all(a.signed_by == "Claus Hjort Frederiksen" for a in found)
    assert found[0].answer_text == found[1].answer_text


QUESTION_558 = """Beskæftigelsesudvalget
Til:
Dato:
Beskæftigelsesministeren
31. august 2017
Udvalget udbeder sig ministerens besvarelse af følgende spørgsmål:
BEU alm. del
Spørgsmål 558
Vil ministeren bekræfte, at målstyring af tilkendelser af førtidspension er en central del af reformen?
Spørgsmålet er stillet efter ønske fra Finn Sørensen (EL).
På udvalgets vegne
Bjarne Laustsen
formand
"""


def test_question_and_answer_share_a_link_key(tmp_path: Path) -> None:
    a = answer("amu-2008-09-spm53-svar")
    assert a.question_link == "arbejdsmarkedsudvalget|2008-09|alm. del||53"
    path = tmp_path / "question.txt"
    path.write_text(QUESTION_558, encoding="utf-8")
    question = question_letter.parse(load(path))[0]
    seed_answer = answers(SEED_000)[0]
    # Neither letter prints the samling; both date the question 31 August 2017.
    assert link_key(question) == seed_answer.question_link == "beskæftigelsesudvalget|2016-17|alm. del||558"


@pytest.mark.parametrize("mangle", ["no_svar", "no_date", "truncated", "header_only"])
def test_malformed_answer_letters_give_partial_records(tmp_path: Path, mangle: str) -> None:
    text = (FT_QA / "beu-2022-23-2s-spm61-svar.txt").read_text(encoding="utf-8")
    mangled = {
        "no_svar": text.replace("Svar:\n", ""),
        "no_date": text.replace("15. februar 2023\n", ""),
        "truncated": text[: text.index("Spørgsmål nr. 61:") + 30],
        "header_only": text[: text.index("J.nr.")],
    }[mangle]
    path = tmp_path / f"{mangle}.txt"
    path.write_text(mangled, encoding="utf-8")
    found = [r for r in answer_letter.parse(load(path)) if isinstance(r, Answer)]
    assert len(found) == 1
    a = found[0]
    assert a.udvalg_name == "Beskæftigelsesudvalget" and a.samling == "2022-23 (2. samling)"
    if mangle == "no_svar":
        # Without its "Svar:" label the body still follows the quoted question (issue 13).
        assert a.question_text.startswith("Vil ministeren oplyse") and a.question_text.endswith("i fleksjob?")
        assert a.answer_text.startswith("Tabel 1 viser antal personer i fleksjob")
    if mangle == "no_date":
        assert a.answer_date is None and a.question_sent_date == dt.date(2023, 1, 18)
    if mangle in ("truncated", "header_only"):
        assert a.answer_text is None and a.signed_by is None


_PIECES = ["Svar:", "Spørgsmål nr. 12:", "Dato:", "J.nr.", "Med venlig hilsen", "På udvalgets vegne",
           "efter ønske fra", "Finn Sørensen (EL)", "12. maj 2016", "28-11-2019", "/", "\n", " ", "”",
           "Beskæftigelsesudvalget", "til beskæftigelsesministeren", "Sagsnr.:", "Ref.-nr.", "2023 - 820",
           "Udvalget udbeder sig ministerens besvarelse af følgende spørgsmål:", "formand", "Begrundelse"]


@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=12)), max_size=40))
@settings(max_examples=150, deadline=None)
def test_parsers_never_crash_and_spans_lie_inside(pieces: list[str]) -> None:
    text = "".join(pieces) or " "
    doc = build(Path("random.txt"), text.encode("utf-8", "surrogatepass"), "text", [text])
    for parse in (answer_letter.parse, question_letter.parse, ftdk_other.parse):
        for record in parse(doc):
            for span in record.provenance.values():
                assert 0 <= span.start <= span.end <= len(doc.text)


FINANCE_NO_GREETING = """Folketingets Finansudvalg
Dato: 2. marts 2020
Sagsnr.: 2020-1234
Finansudvalget har i brev af 10. februar 2020 stillet følgende spørgsmål nr. 123 (alm. del) til finansministeren, som hermed besvares. Spørgsmålet er stillet efter ønske fra Rasmus Jarlov (KF).
Spørgsmål nr. 123:
”Vil ministeren oplyse udgifterne til ordningen?”
Svar:
Udgifterne udgjorde 12 mio. kr. i 2019.
Nicolai Wammen
/ Anders Hansen
"""

DATED_PLACE_AND_ROLE = """Beskæftigelsesministeriet
J.nr. 2021 - 5446
København, den 4. marts 2021
Folketingets Beskæftigelsesudvalg har den 12. februar stillet følgende spørgsmål nr. 301 (alm. del) til beskæftigelsesministeren, som hermed besvares.
Spørgsmål nr. 301:
”Vil ministeren oplyse antallet af sager?”
Svar:
Der var 1.204 sager i 2020.
Beskæftigelsesministeriet
Holmens Kanal 20
1060 København K
Med venlig hilsen
Peter Hummelgaard
Beskæftigelsesminister
"""


def _parse_text(tmp_path: Path, text: str) -> Answer:
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    return answer_letter.parse(load(path))[0]


def test_signer_and_official_without_greeting(tmp_path: Path) -> None:
    a = _parse_text(tmp_path, FINANCE_NO_GREETING)
    assert a.answer_text == "Udgifterne udgjorde 12 mio. kr. i 2019."
    assert (a.signed_by, a.persons, a.journal_number) == ("Nicolai Wammen", ("Anders Hansen",), "2020-1234")
    assert a.asked_by == (Person(name="Rasmus Jarlov", party="KF"),)


def test_dated_place_line_inferred_year_address_block_and_role(tmp_path: Path) -> None:
    a = _parse_text(tmp_path, DATED_PLACE_AND_ROLE)
    assert a.answer_date == dt.date(2021, 3, 4)
    assert a.question_sent_date == dt.date(2021, 2, 12) and a.question_sent_date_inferred
    assert a.answer_text == "Der var 1.204 sager i 2020."      # the address block is left out
    assert (a.signed_by, a.signer_role) == ("Peter Hummelgaard", "beskæftigelsesminister")


@pytest.mark.parametrize("question_block", [
    "som hermed besvares:\nVil ministeren oplyse antallet af anbragte børn?\n",            # unquoted, no heading
    "som hermed besvares.\nSpørgsmål:\n”Vil ministeren oplyse antallet af anbragte børn?”\n",  # heading without number
])
def test_question_without_numbered_heading(tmp_path: Path, question_block: str) -> None:
    text = ("Folketingets Socialudvalg\nDato: 3. maj 2011\nSocialudvalget har i brev af 12. april 2011 stillet "
            f"følgende spørgsmål nr. 17 (alm. del), {question_block}Svar:\nDer var 12.000 anbragte børn i 2010.\n"
            "Med venlig hilsen\nBenedikte Kiær\n")
    a = _parse_text(tmp_path, text)
    assert (a.question_number, a.question_sent_date, a.answer_date) == (17, dt.date(2011, 4, 12), dt.date(2011, 5, 3))
    assert a.question_text == "Vil ministeren oplyse antallet af anbragte børn?"
    assert (a.answer_text, a.signed_by) == ("Der var 12.000 anbragte børn i 2010.", "Benedikte Kiær")


def test_a_table_of_dates_does_not_end_the_answer(tmp_path: Path) -> None:
    text = ("Folketingets Socialudvalg\nDato: 3. maj 2011\nSocialudvalget har i brev af 12. april 2011 stillet "
            "følgende spørgsmål nr. 17 (alm. del), som hermed besvares.\nSpørgsmål nr. 17:\n”Hvornår mødtes "
            "styregruppen?”\nSvar:\nStyregruppen mødtes på disse datoer:\n4. januar 2011\n1. marts 2011\n"
            "Der er ikke planlagt flere møder.\nMed venlig hilsen\nBenedikte Kiær\n")
    a = _parse_text(tmp_path, text)
    assert a.answer_text == ("Styregruppen mødtes på disse datoer: 4. januar 2011 1. marts 2011 "
                             "Der er ikke planlagt flere møder.")


TAX_STYLE = """Skatteudvalget 2014-15
SAU Alm.del Bilag 12, SAU Alm.del Spørgsmål 50
Offentligt
J.nr. 14-1234567
Dato: 12. november 2014
Til Folketingets Skatteudvalg
Hermed sendes svar på spørgsmål nr. 50 af 20. oktober 2014. (Alm. del).
Spørgsmålet er stillet efter ønske fra Jesper Petersen (S).
Benny Engelbrecht
/ Peter Jensen
Spørgsmål
Vil ministeren oplyse provenuet af afgiften?
Svar
Provenuet er opgjort til 1,2 mia. kr.
"""


def test_signature_in_header_and_bare_labels(tmp_path: Path) -> None:
    a = _parse_text(tmp_path, TAX_STYLE)
    assert (a.udvalg_name, a.udvalg_abbrev, a.samling, a.question_number) == ("Skatteudvalget", "SAU", "2014-15", 50)
    assert (a.answer_date, a.question_sent_date, a.journal_number) == (dt.date(2014, 11, 12), dt.date(2014, 10, 20),
                                                                      "14-1234567")
    assert (a.signed_by, a.persons) == ("Benny Engelbrecht", ("Peter Jensen",))
    assert a.question_text == "Vil ministeren oplyse provenuet af afgiften?"
    assert a.answer_text == "Provenuet er opgjort til 1,2 mia. kr."


def test_quoted_question_stops_before_the_asker_line(tmp_path: Path) -> None:
    text = ("Socialudvalget har i brev af 12. april 2011 stillet følgende spørgsmål nr. 17 (alm. del), som hermed "
            "besvares.\nSpørgsmål nr. 17:\n”Vil ministeren oplyse antallet?”\nSpørgsmålet er stillet efter ønske fra "
            "Özlem Sara Cekic (SF).\nSvar:\nDet var 12.\n")
    a = _parse_text(tmp_path, text)
    assert a.question_text == "Vil ministeren oplyse antallet?"
    assert a.asked_by == (Person(name="Özlem Sara Cekic", party="SF"),)


def test_page_break_inside_the_answer(tmp_path: Path) -> None:
    text = (FT_QA / "amu-2008-09-spm53-svar.txt").read_text(encoding="utf-8")
    broken = text.replace("så hur-tigt som muligt.", "så hur-tigt som muligt.\nSide 1/2\n628348_0002.png\n"
                          "AMU, Alm.del - 2008-09 - Endeligt svar på spørgsmål 53: Spm. om tilbud\n")
    whole, split = _parse_text(tmp_path, text), _parse_text(tmp_path, broken)
    # The break adds a line end after "muligt." where the original runs on: spaces aside, equal.
    assert split.answer_text.replace(" ", "") == whole.answer_text.replace(" ", "")
    assert split.signed_by == "Claus Hjort Frederiksen"
