"""How a text was written is no event (probes14 n02, probes21 m05, probes25 n10, all silent in their EXPECTED):
"Strategien er udarbejdet i dialog med KL" or "Notatet er udarbejdet i samarbejde med Finansministeriet" tells who took
part in writing it (the lexicon's other_sense of "udarbejde"; its sense of making a scheme is tested in
tests/nlp/test_event_lexicon.py: "LO s jobcenterindeks er udarbejdet ...")."""
from __future__ import annotations

import pytest

from extract.document import Document
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.subject, e.year, e.actor) for e in lineage_events(doc)]


@pytest.mark.parametrize("text", [
    "Strategien er udarbejdet i dialog med KL, Danmarks Biblioteksforening og Slots- og Kulturstyrelsen.",
    "Politikken er udarbejdet i dialog med borgere, foreninger og Ældrerådet.",
    "Klimaplanen er udarbejdet i samarbejde med Herning Kommune og Struer Kommune.",
])
def test_text_written_with_others_is_silent(text: str) -> None:
    assert _events(text) == []

