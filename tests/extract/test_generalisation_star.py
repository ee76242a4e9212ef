"""Indicators and kommuner on unseen variants of the STAR/jobindsats.dk/ministry layouts:
other reforms, measures, names and list styles than the dev documents."""
from __future__ import annotations

import pytest

from extract.document import Document, Page, Segment
from extract.parsers.kommuner import scan


def _doc(text: str) -> Document:
    return Document("x", "x.txt", "text", (Page(1, text),), text, (Segment(0, 0, len(text), len(text), True),))


def _kommuner(text: str) -> list[tuple[str, str, str]]:
    return [(r.name, r.code, r.as_written) for r in scan(_doc(text)).rows.values()]


@pytest.mark.parametrize(("text", "expected"), [
    ("Jobcenter Vejle har haft gode resultater.", [("Vejle", "0630", "Vejle")]),
    ("Københavns Kommune har de fleste ledige.", [("København", "0101", "Københavns")]),
    ("Aarhus, Odense og Aalborg kommuner deltager i forsøget.",
     [("Aarhus", "0751", "Aarhus"), ("Odense", "0461", "Odense"), ("Aalborg", "0851", "Aalborg")]),
    # a capitalised "Kommunerne" before the list names them; it is not part of a name
    ("Kommunerne Vejle, Kolding og Fredericia har de bedste resultater.",
     [("Vejle", "0630", "Vejle"), ("Kolding", "0621", "Kolding"), ("Fredericia", "0607", "Fredericia")]),
    ("Jobcenter København og Jobcenter Aalborg deltager.",
     [("København", "0101", "København"), ("Aalborg", "0851", "Aalborg")]),
    ("Svend Jensen fra Næstved Kommune udtaler, at indsatsen virker.", [("Næstved", "0370", "Næstved")]),
])
def test_kommuner_in_running_text(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _kommuner(text) == expected
