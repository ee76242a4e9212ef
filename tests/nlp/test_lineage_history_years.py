"""A history page files each entry under its year: a "YYYY:" label at the line's head or a year alone on the line
above. The entry's sentences are dated by it unless they print a year of their own (nlp/lineage/history_years.py)."""
from __future__ import annotations

import pytest

from extract.document import Document
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.year, e.subject) for e in lineage_events(doc)]


_HEAD = "Sådan har reglerne ændret sig\nUdlændingestyrelsen, 1. september 2021\n\n"


@pytest.mark.parametrize(("entry", "expected"), [
    # the label is read off before the clause: "Med en lovændring" is a fronted adverbial, not the subject
    ("2002: Med en lovændring blev 24-årsreglen indført, så begge ægtefæller skal være fyldt 24 år.",
     [("introduced", 2002, "24-årsreglen")]),
    ("2013: Med finansloven blev boligtillægget afskaffet.",
     [("dropped", 2013, "boligtillægget")]),
    # the year heading above the entry dates every sentence of its paragraph
    ("1979\nBoligydelsen blev indført.",
     [("introduced", 1979, "Boligydelsen")]),
    ("2022\nDer blev indført et særligt varmetillæg. Tillægget ophørte igen med udgangen af 2023.",
     [("introduced", 2022, "særligt varmetillæg"), ("dropped", 2023, "varmetillægget")]),
])
def test_entry_dated_by_its_year(entry: str, expected: list[tuple]) -> None:
    assert _events(_HEAD + entry + "\n") == expected


def test_label_dates_only_its_own_paragraph() -> None:
    text = _HEAD + "2015\nDer blev indført en midlertidig beskyttelsesstatus.\n\nBoligydelsen blev indført.\n"
    assert _events(text) == [("introduced", 2015, "midlertidig beskyttelsesstatus"),
                             ("introduced", None, "Boligydelsen")]


@pytest.mark.parametrize("text", [
    # a column of years in a table is followed by numbers, no entry
    "Antal sager pr. år:\n\n2020\n0\n2021\n57\n",
    # a year label over a sentence that states no event
    "2000: Et lovforslag om et forbud opnår ikke flertal i Folketinget.\n",
])
def test_no_event(text: str) -> None:
    assert _events(_HEAD + text) == []
