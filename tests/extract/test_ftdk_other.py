"""ft.dk stub pages and orientation letters: the referenced question, the document's own type."""
from __future__ import annotations

from pathlib import Path

from extract.flat import project
from extract.load import load
from extract.registry import parse

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def test_stub_page_names_its_question_but_stays_other() -> None:
    doc = load(CORPUS / "ft_qa" / "mpu-2004-05-spm261-other.txt")
    flat = project(parse(doc)).model_dump()
    assert flat["doc_type"] == "other"
    assert flat["udvalg"] == {"name": None, "abbrev": "MPU"}
    assert flat["case"] == {"kind": "alm. del", "number": None}
    assert flat["question_number"] == 261 and flat["addressee"] == "miljøministeren"
    assert flat["question_text"] is None and flat["answer_text"] is None


def test_stub_reference_with_a_bill(tmp_path: Path) -> None:
    page = tmp_path / "stub.txt"
    page.write_text("L 65 - spørgsmål 79, til finansministeren\nSpm. om udgifterne til ...\n", encoding="utf-8")
    flat = project(parse(load(page))).model_dump()
    assert flat["doc_type"] == "other"
    assert flat["case"] == {"kind": "L", "number": "65"} and flat["question_number"] == 79
    assert flat["addressee"] == "finansministeren"


def test_orientation_letter_is_a_letter_not_a_question() -> None:
    flat = project(parse(load(CORPUS / "seeds" / "002_0a8bf424d9d4d72f.txt"))).model_dump()
    assert flat["doc_type"] == "letter" and flat["question_number"] is None


def test_letters_name_the_reform_they_are_about() -> None:
    # The gold's reform for seed 002 (orientation letter) and seed 000 (answer letter).
    letter = project(parse(load(CORPUS / "seeds" / "002_0a8bf424d9d4d72f.txt"))).model_dump()
    assert letter["reform"] == "Aftale om en forenklet beskæftigelsesindsats"
    answer = project(parse(load(CORPUS / "seeds" / "000_d0d93f54edcaac31.txt"))).model_dump()
    assert answer["reform"] == "reformen af førtidspension og fleksjob"
