"""Committee question letters: real corpus letters in, exact fields out."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from extract.load import load
from extract.parsers import question_letter
from extract.records import Person, Question
from knowledge.pipeline import extract_path

FT_QA = Path(__file__).resolve().parents[2] / "corpus" / "ft_qa"


def question(name: str) -> Question:
    extraction = extract_path(FT_QA / f"{name}.txt")
    assert extraction.kind == "question"
    found = [r for r in extraction.records if isinstance(r, Question)]
    assert len(found) == 1
    return found[0]


def test_modern_finance_bill_question_every_field() -> None:
    q = question("fiu-2022-23-2s-l65-spm79-spm")
    assert (q.udvalg_name, q.udvalg_abbrev, q.samling) == ("Finansudvalget", None, "2022-23 (2. samling)")
    assert (q.case_kind, q.case_number, q.question_number) == ("L", "65", 79)
    assert q.question_sent_date == dt.date(2023, 4, 14)
    assert q.deadline == dt.date(2023, 4, 25)
    assert q.addressee == "beskæftigelsesministeren"
    assert q.asked_by == (Person(name="Aaja Chemnitz", party="IA"),)   # a non-member (MFU) asker
    assert q.question_text.startswith("En undersøgelse fra VIVE viser")
    assert q.question_text.endswith("frikommuneforsøg?")
    assert (q.signed_by, q.signer_role) == ("Simon Kollerup", "formand")
    assert q.persons == ("Nicolai Wammen",)                           # the bill's minister
    assert q.parties == ("IA",)
    assert q.ftdk_document_id == "2690800"
    assert q.ftdk_url_key == "/samling/20222/lovforslag/l65/spm/79/"


def test_two_askers_one_name_broken_across_lines() -> None:
    q = question("ufu-2021-22-spm84-spm")
    assert q.asked_by == (Person(name="Jens Henrik Thulesen Dahl", party="DF"),
                          Person(name="Hans Kristian Skibby", party="DF"))
    assert (q.udvalg_name, q.udvalg_abbrev, q.case_kind) == ("Uddannelses- og Forskningsudvalget", "UFU", "alm. del")
    assert q.samling is None            # not printed: gold follows the text, not the URL
    assert q.addressee == "uddannelses- og forskningsministeren"


def test_mfu_asker_and_a_minister_named_in_the_question() -> None:
    q = question("eru-2017-18-spm343-spm")
    assert q.asked_by == (Person(name="Astrid Krag", party="S"),)
    assert q.persons == ("Brian Mikkelsen",)
    assert q.question_text.endswith("om de nye støjmålinger er igangsat.")
    assert "Svar bedes" not in q.question_text


def test_glued_truncated_letter_gives_what_is_there() -> None:
    q = question("buu-2011-12-spm142-spm")
    assert q.addressee == "børne- og undervisningsministeren"     # glued to its date
    assert q.question_sent_date == dt.date(2012, 6, 26)
    assert q.asked_by == (Person(name="Tina Nedergaard", party="V"),)
    assert q.question_text.endswith("de oprindelige betingelser.")
    assert q.signed_by is None and q.signer_role is None           # text stops at "På udvalgets vegne"


def test_committee_question_without_asker_line() -> None:
    q = question("beu-2021-22-l94-spm23-spm")
    assert q.asked_by == ()
    assert (q.case_kind, q.case_number, q.question_number) == ("L", "94", 23)
    assert q.persons == ("Peter Hummelgaard",)


def test_every_field_has_provenance_inside_the_text() -> None:
    path = FT_QA / "sou-2024-25-spm562-spm.txt"
    doc = load(path)
    q = question_letter.parse(doc)[0]
    assert {"udvalg_name", "question_number", "question_sent_date", "addressee", "asked_by", "question_text",
            "signed_by", "signer_role"} <= set(q.provenance)
    for span in q.provenance.values():
        assert 0 <= span.start <= span.end <= len(doc.text)
    qt = q.provenance["question_text"]
    assert doc.text[qt.start:qt.end].startswith("Vil ministeren kommentere artiklen")
    assert doc.text[q.provenance["signed_by"].start:q.provenance["signed_by"].end] == "Nanna W. Gotfredsen"


@pytest.mark.parametrize("cut_after", [
    "Udvalget udbeder sig ministerens besvarelse af følgende spørgsmål:",   # header-only stub
    "Spørgsmål 562\nVil ministeren kommentere",                               # truncated question
    "Socialudvalget\n",                                                       # one line
])
def test_malformed_letters_give_partial_records(tmp_path: Path, cut_after: str) -> None:
    text = (FT_QA / "sou-2024-25-spm562-spm.txt").read_text(encoding="utf-8")
    path = tmp_path / "cut.txt"
    path.write_text(text[: text.index(cut_after) + len(cut_after)], encoding="utf-8")
    q = question_letter.parse(load(path))[0]
    assert q.udvalg_name == "Socialudvalget"
    assert q.signed_by is None and q.asked_by == () and q.deadline is None


def test_letter_without_date(tmp_path: Path) -> None:
    text = (FT_QA / "kuu-2019-20-spm55-spm.txt").read_text(encoding="utf-8").replace("12. december 2019\n", "")
    path = tmp_path / "nodate.txt"
    path.write_text(text, encoding="utf-8")
    q = question_letter.parse(load(path))[0]
    assert q.question_sent_date is None
    assert q.question_number == 55 and q.addressee == "kulturministeren"


INLINE_LABELS = """Folketingets Beskæftigelsesudvalg
Til: Beskæftigelsesministeren
Dato: 23. januar 2013
Udvalget udbeder sig ministerens besvarelse af følgende spørgsmål:
BEU alm. del
Spørgsmål 156
Finder ministeren det rimeligt, at ledige mister dagpengeretten?
Spørgsmålet er stillet efter ønske fra Christian Juhl (EL), Finn Sørensen (EL) og Jørgen Arbo-Bæhr (EL).
Spørgsmålet ønskes besvaret senest den 6. februar 2013.
På udvalgets vegne
Lennart Damsgaard
formand
"""

SAMRAAD = """Beskæftigelsesudvalget 2016-17
BEU Alm.del Samrådsspørgsmål CD
Offentligt
Beskæftigelsesudvalget
Til:
Dato:
Beskæftigelsesministeren
9. maj 2017
Udvalget udbeder sig ministerens besvarelse af følgende spørgsmål:
BEU alm. del
Samrådsspørgsmål CD
Vil ministeren redegøre for udviklingen i antallet af personer i ressourceforløb?
Spørgsmålet er stillet efter ønske fra Finn Sørensen (EL).
På udvalgets vegne
Ib Poulsen
formand
"""


def _parse_text(tmp_path: Path, text: str) -> Question:
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    return question_letter.parse(load(path))[0]


def test_inline_labels_three_askers_and_deadline(tmp_path: Path) -> None:
    q = _parse_text(tmp_path, INLINE_LABELS)
    assert (q.addressee, q.question_sent_date, q.deadline) == ("beskæftigelsesministeren", dt.date(2013, 1, 23),
                                                              dt.date(2013, 2, 6))
    assert [p.name for p in q.asked_by] == ["Christian Juhl", "Finn Sørensen", "Jørgen Arbo-Bæhr"]
    assert q.question_text == "Finder ministeren det rimeligt, at ledige mister dagpengeretten?"


def test_samraadsspoergsmaal_is_numbered_by_its_letter(tmp_path: Path) -> None:
    q = _parse_text(tmp_path, SAMRAAD)
    assert (q.question_number, q.udvalg_abbrev, q.samling) == ("CD", "BEU", "2016-17")
    assert q.ftdk_url_key == "/samling/20161/almdel/beu/samspm/cd/"


PARAGRAF_20 = """Spørgsmål nr. S 1107
Til: erhvervs- og vækstministeren (Troels Lund Poulsen)
Af: Trine Bramsen (S)
Dato: 10. maj 2016
Er det stadigvæk ministerens holdning, at Søby Havn er en »egnet kandidat« til udvidelse?
Begrundelse
Der henvises til artiklen »Ministerbesøg på Ærø«.
"""


def test_paragraf_20_question_with_label_block(tmp_path: Path) -> None:
    q = _parse_text(tmp_path, PARAGRAF_20)
    assert (q.question_number, q.case_kind) == ("S 1107", "other")
    assert (q.addressee, q.question_sent_date) == ("erhvervs- og vækstministeren", dt.date(2016, 5, 10))
    assert q.asked_by == (Person(name="Trine Bramsen", party="S"),)
    assert q.question_text == "Er det stadigvæk ministerens holdning, at Søby Havn er en »egnet kandidat« til udvidelse?"


def test_chair_and_role_on_one_line(tmp_path: Path) -> None:
    q = _parse_text(tmp_path, INLINE_LABELS.replace("Lennart Damsgaard\nformand", "Lennart Damsgaard, formand"))
    assert (q.signed_by, q.signer_role) == ("Lennart Damsgaard", "formand")


@pytest.mark.parametrize("path", sorted(FT_QA.glob("*.txt")), ids=lambda p: p.stem)
def test_kind_of_every_dev_letter(path: Path) -> None:
    from extract.kinds import classify

    expected = {"svar": "answer", "spm": "question", "other": "ftdk_other"}[path.stem.rsplit("-", 1)[-1]]
    assert classify(load(path)) == expected


def test_faq_sections_outside_the_folketing_are_not_letters(tmp_path: Path) -> None:
    from extract.kinds import classify

    path = tmp_path / "faq.txt"
    path.write_text("Ofte stillede spørgsmål\nSpørgsmål 1:\nHvordan opgøres indikatoren?\nSvar:\n"
                    "Den opgøres som andelen af personer i ressourceforløb.\n", encoding="utf-8")
    assert classify(load(path)) == "policy"


@pytest.mark.parametrize(("text", "kind"), [
    # a FAQ numbers its questions without "nr." and is no letter
    ("Ofte stillede spørgsmål\nSpørgsmål 2:\nHvem indberetter?\nSvar:\nKommunerne indberetter.\n", "policy"),
    # a letter kept from its page-two heading: only "Spørgsmål nr. N" and "Svar:" are left
    # (the heading every ft_qa and ft_qa_ministries letter with a quoted question carries)
    ("Spørgsmål nr. 301:\n”Vil ministeren oplyse antallet af afslag?”\nSvar:\n"
     "Ministeriet har ikke oplysninger om antallet.\nMed venlig hilsen\nAstrid Krag\n", "answer"),
    # a text that mentions such a question inside a sentence is not one
    ("Notat\nI svaret på spørgsmål nr. 301 oplyste ministeriet antallet.\nSvar:\nSe bilag.\n", "policy"),
])
def test_a_numbered_question_heading_marks_folketing_material(text: str, kind: str, tmp_path: Path) -> None:
    from extract.kinds import classify

    path = tmp_path / "text.txt"
    path.write_text(text, encoding="utf-8")
    assert classify(load(path)) == kind
