"""A document's indicators are read once (extract/parsers/indicators.py keeps the last documents'): the document
facts of a policy text ask for them before the extractors do. The kept reading must be the same as a fresh one and
never shared with a caller who changes the list."""
from __future__ import annotations

from pathlib import Path

from extract.indicators.finders import sentences
from extract.load import load
from extract.parsers import indicators

ROOT = Path(__file__).resolve().parents[2]


def test_a_kept_reading_is_a_fresh_readings_equal_and_a_new_list() -> None:
    doc = load(ROOT / "corpus" / "municipal" / "s7_06_alternativet_energi.txt")
    first = indicators.parse(doc)
    assert first and first == indicators._parse(doc)
    first.clear()
    assert indicators.parse(doc) == indicators._parse(doc) != []


def test_another_document_is_read_for_itself() -> None:
    one = load(ROOT / "corpus" / "municipal" / "s7_06_alternativet_energi.txt")
    other = load(ROOT / "corpus" / "municipal" / "f02_ballerup_kvalitetsstandard_rusmiddel.txt")
    assert indicators.parse(one) != indicators.parse(other)
    assert [i.title for i in indicators.parse(one)] == [i.title for i in indicators._parse(one)]


def test_a_paragraphs_sentences_are_the_same_each_time_it_is_split() -> None:
    text = "Andelen af borgere i job skal stige. Det måles hvert år."
    assert sentences(text) == sentences(text) == [(0, "Andelen af borgere i job skal stige."),
                                                  (37, "Det måles hvert år.")]
