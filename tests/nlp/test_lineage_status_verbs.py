"""Plain status verbs and perfect passives of a policy text that state an event: the analytic "gjort obligatorisk"
(a duty made to apply: introduced; probes12 m07, probes21 n07, probes25 n09)."""
from __future__ import annotations

import pytest

from extract.document import Document
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple]:
    doc = Document.from_text("Notat om ordningerne\n\n" + text)
    return [(e.event, e.year, e.subject) for e in lineage_events(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Frokostordningen blev gjort obligatorisk ved lov i 2010.", [("introduced", 2010, "Frokostordningen")]),
    ("Undersøgelsen viser, at styrelsen ikke fulgte den fællesstatslige it-projektmodel, som blev gjort obligatorisk i 2017.",
     [("introduced", 2017, "fællesstatslige it-projektmodel")]),
    ("Tilmeldingen gøres obligatorisk fra 2025.", [("introduced", 2025, "Tilmeldingen")]),
])
def test_made_obligatory_is_introduced(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    "Det er obligatorisk at deltage i mødet.",       # a duty described, nothing made
    "Kurset er obligatorisk for nye medarbejdere.",
])
def test_obligatory_as_a_state_gives_nothing(text: str) -> None:
    assert _events(text) == []
