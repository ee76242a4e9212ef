"""A year of birth names who a rule covers, not when the event happened (nlp/lineage/dating.py COHORT_YEAR): pension
and age rules write their cohorts "personer født i 1955", "født før 1960", "årgang 1978". Sentences in the style of a
ministry's notes on seniorpension and efterløn; the event's own time still dates it."""
from __future__ import annotations

import pytest

from extract.document import Document
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.year) for e in lineage_events(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Overgangsreglen for personer født i 1955 ophæves.", [("dropped", None)]),
    ("Den særlige regel for personer født den 1. januar 1954 afskaffes fra 2024.", [("dropped", 2024)]),
    ("Efterlønnen blev afskaffet for årgang 1978 i 2011.", [("dropped", 2011)]),
    # a year that is the event's own time is kept
    ("Fradraget for personer over 60 år blev indført i 2004.", [("introduced", 2004)]),
])
def test_a_cohort_is_no_time(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
