"""Exemptions and permissions given to a group (frikommune trials and the like): freed from a
rule is that rule dropped for them, a permission granted is a change, and the one given it
is no actor. p30 ("Frikommunerne er blevet fritaget fra en række regler om, hvor ofte ..., og
de har fået lov til at lave andre aktive indsatser end normalt") and realistic Danish written
for this test in other word orders."""
from __future__ import annotations

import pytest

from extract.document import Document
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.year, e.subject, e.actor) for e in lineage_events(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Frikommunerne er blevet fritaget fra en række regler om, hvor ofte de ledige skal til samtale eller i "
     "aktivering, og de har fået lov til at lave andre aktive indsatser end normalt.",
     [("dropped", None, "regler om hvor ofte de ledige skal til samtale eller i aktivering", None),
      ("changed", None, "lov til at lave andre aktive indsatser end normalt", None)]),
    ("Kommuner i forsøget fritages for kravet om samtaler hver tredje måned.",
     [("dropped", None, "kravet om samtaler hver tredje måned", None)]),
    ("Jobcentrene har fra 2020 fået lov til at holde samtaler digitalt.",
     [("changed", 2020, "lov til at holde samtaler digitalt", None)]),
    ("Med aftalen får kommunerne lov til at holde samtaler over telefonen.",
     [("changed", None, "lov til at holde samtaler over telefonen", None)]),
])
def test_exemptions_and_permissions(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_a_refused_permission_is_no_event() -> None:
    assert _events("Kommunerne har ikke fået lov til at droppe samtalerne.") == []
