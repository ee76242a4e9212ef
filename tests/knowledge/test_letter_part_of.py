"""A question and an answer are part of their letter: the `part_of` edge quotes where the letter prints the
question's and the answer's text (as printed, its first 200 characters), not an empty quote. A real letter
of corpus/ft_qa."""
from __future__ import annotations

from pathlib import Path

from knowledge.graph import build_graph
from knowledge.pipeline import extract_path

ROOT = Path(__file__).resolve().parents[2]


def test_a_letters_question_and_answer_quote_where_the_letter_prints_them() -> None:
    path = ROOT / "corpus" / "ft_qa" / "amu-2004-05-l22-spm31-svar.txt"
    ex = extract_path(path)
    text = ex.document.text
    g = build_graph(ex.records, sources={ex.document.id: str(path)}, text_of=lambda _doc: text)
    parts = {u.split(":")[0]: d for u, _, d in g.edges(data=True) if d["kind"] == "part_of"}
    assert sorted(parts) == ["answer", "question"]
    question, answer = parts["question"], parts["answer"]
    assert (question["evidence_start"], question["evidence_quote"][:40]) == (
        text.index("Kan ministeren bekræfte"), "Kan ministeren bekræfte, at de midler, d")
    assert (answer["evidence_start"], answer["evidence_quote"][:40]) == (
        text.index("De midler, der er afsat"), "De midler, der er afsat efter lovforslag")
    for d in (question, answer):
        printed = " ".join(text[d["evidence_start"]:d["evidence_end"]].split())
        assert d["evidence_quote"] == printed[:200] and d["evidence_basis"] == ""
