"""Sentence spans: Danish abbreviations and ordinals do not end sentences."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from nlp.sentences import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def test_abbreviations_and_ordinals_stay_inside() -> None:
    text = ("Spørgsmål nr. 558 (alm. del) er stillet den 31. august 2017, jf. stk. 3. "
            "Det blev bl.a. besvaret. Næste sætning.")
    assert _sentences(text) == ["Spørgsmål nr. 558 (alm. del) er stillet den 31. august 2017, jf. stk. 3.",
                                "Det blev bl.a. besvaret.", "Næste sætning."]


def test_wrapped_pdf_lines_join_and_bullets_split() -> None:
    text = "Det er en beslutning, som vi har\nværet enige om.\n• Første punkt\n• Andet punkt"
    assert _sentences(text) == ["Det er en beslutning, som vi har\nværet enige om.", "• Første punkt",
                                "• Andet punkt"]


def test_flattened_section_numbers_split() -> None:
    text = "Lov om fleksydelse 1. Indledning 1.1. Baggrund I december 2000 indgik partierne et forlig."
    assert _sentences(text)[-1] == "1.1. Baggrund I december 2000 indgik partierne et forlig."


@given(st.text(alphabet=st.sampled_from(list("ab. \n:•1)ÆøÅ,?")), max_size=200))
def test_spans_are_ordered_trimmed_and_inside(text: str) -> None:
    last = 0
    for a, b in sentence_spans(text):
        assert last <= a < b <= len(text)
        assert not text[a].isspace() and not text[b - 1].isspace()
        last = b
