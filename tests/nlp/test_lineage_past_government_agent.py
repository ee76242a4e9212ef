"""The agent of a passive named as a past government (probes19 n07, probes23 n11, probes25 n11): "blev indført i 2018
af den daværende VLAK-regering" has that government as its actor, as phrased. A past government that is no agent of the
verb ("under den daværende regering", a relative of its own) gives no actor."""
from __future__ import annotations

import pytest

from extract.document import Document
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.subject, e.year, e.actor) for e in lineage_events(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Kravet blev indført i 2018 af den daværende VLAK-regering med støtte fra Dansk Folkeparti.",
     ("introduced", "Kravet", 2018, "den daværende VLAK-regering")),
    ("Afgiften blev afskaffet i 2019 af den tidligere regering.",
     ("dropped", "Afgiften", 2019, "den tidligere regering")),
])
def test_past_government_as_agent(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a past government outside the passive's "af" phrase: a time or a promise, no agent
    ("Ordningen blev indført i 2015 under den daværende regering.", ("introduced", "Ordningen", 2015, None)),
    ("Tilskuddet blev hævet i 2016, som den daværende regering havde lovet.", ("changed", "Tilskuddet", 2016, None)),
])
def test_no_past_government_agent(text: str, expected: tuple) -> None:
    assert _events(text)[:1] == [expected]
