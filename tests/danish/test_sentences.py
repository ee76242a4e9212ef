"""Abbreviations and sentence splitting (sentences copied from corpus/ documents)."""
from __future__ import annotations

from danish.sentences import ABBREVIATION_FORMS, ABBREVIATIONS, ends_with_abbreviation, sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def test_abbreviation_table() -> None:
    assert len(ABBREVIATION_FORMS) == len(set(ABBREVIATION_FORMS))
    assert all(form.endswith(".") for form in ABBREVIATION_FORMS)
    assert {"bl", "a", "jf", "pct", "gnsn", "nr", "j"} <= ABBREVIATIONS


def test_no_break_after_abbreviations_or_ordinals() -> None:
    text = "Der er bl.a. tale om 25 pct. Af de ledige. Loven trådte i kraft den 1. Januar. Næste sætning."
    assert _sentences(text) == ["Der er bl.a. tale om 25 pct. Af de ledige.", "Loven trådte i kraft den 1. Januar.",
                                "Næste sætning."]


def test_reference_numbers_end_sentences() -> None:
    assert _sentences("Det følger af § 2, stk. 3. Derfor gælder det.") == ["Det følger af § 2, stk. 3.",
                                                                          "Derfor gælder det."]


def test_abbreviation_at_the_end() -> None:
    assert ends_with_abbreviation("opgjort som gnsn.") and ends_with_abbreviation("se bl.a.")
    assert not ends_with_abbreviation("opgjort som gennemsnit.")
