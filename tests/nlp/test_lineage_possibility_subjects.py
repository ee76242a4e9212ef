"""A possibility introduced is named by what it makes possible: "Der er indført mulighed for at bytte en rengøring
..." gives "mulighed for at bytte ...", never the bare "mulighed" (probes11 d03, probes17 m06, probes24 m06,
probes25 06: kvalitetsstandarder listing their changes)."""
from __future__ import annotations

from extract.document import Document
from nlp.lineage.events import lineage_events
from nlp.lineage.possibility import possibility_phrase


def _events(text: str) -> list[tuple]:
    return [(e.event, e.subject) for e in lineage_events(Document.from_text(text))]


STANDARD = """Kvalitetsstandard for praktisk hjælp 2024
Faaborg-Midtfyn Kommune, 5. december 2023

Ændringer i forhold til sidste år:
• Der er indført mulighed for at bytte en rengøring til en indkøbstur, f.eks. i den lokale brugs.
• Der indføres mulighed for at vælge mellem to slags aftensmad (menu A og B).
"""


def test_the_possibility_is_named_by_its_infinitive() -> None:
    events = _events(STANDARD)
    assert ("introduced", "mulighed for at bytte en rengøring til en indkøbstur") in events
    assert ("introduced", "mulighed for at vælge mellem to slags aftensmad") in events
    assert all(subject != "mulighed" for _, subject in events)


def test_other_subjects_and_other_phrases_stay_as_they_are() -> None:
    # a fuller subject is not touched, nor a possibility with no "for at" infinitive
    assert possibility_phrase("Indkøbsordningen", "Der er indført mulighed for at bytte en rengøring.") == "Indkøbsordningen"
    assert possibility_phrase("mulighed", "Der er indført mulighed for fleksibel hjemmehjælp.") == "mulighed"
    assert possibility_phrase("mulighed", "Der er indført mulighed for at bytte en rengøring (fleksibel hjælp).") \
        == "mulighed for at bytte en rengøring"


def test_a_wish_for_a_possibility_gives_nothing() -> None:
    text = """Høringssvar om kvalitetsstandarden
Ældrerådet i Faaborg-Midtfyn, 10. januar 2024

Ældrerådet takker for muligheden for at afgive høringssvar.
"""
    assert _events(text) == []
