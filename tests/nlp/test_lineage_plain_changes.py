"""Plain statements of an end with no decision verb: a particle verb of removal ("er taget ud") whose forms the
lemma table reads as a noun ("taget" -> "tag"), found by its forms and still only with its particle."""
from __future__ import annotations

import pytest

from extract.document import Document
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.year, e.subject, e.actor) for e in lineage_events(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    # a removal from a policy's goals (a municipal ældrepolitik) and from a budget
    ("Målsætningen om, at alle plejehjemsbeboere tilbydes en årlig sundhedssamtale, er taget ud, da den nu er en "
     "del af sundhedsaftalen.",
     [("dropped", None, "Målsætningen om, at alle plejehjemsbeboere tilbydes en årlig sundhedssamtale", None)]),
    ("Puljen til mentorordningen er taget ud af budgettet.",
     [("dropped", None, "Puljen til mentorordningen", None)]),
])
def test_a_removal_told_by_its_particle_verb(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    "Borgerne tager ud i naturen hver fredag.",     # going out: the particle's other sense
    "Vi tog ud til mødet på rådhuset.",
    "Der er taget udgangspunkt i budgettet.",        # no particle, a noun
    "Der lægges vægt på samarbejdet med de frivillige.",
    "Taget på hallen er udskiftet.",                 # the noun "tag" itself
    "I samme periode er to kirker taget ud af brug som sognekirker.",  # a building out of use, no scheme
])
def test_no_removal_without_the_particle_or_in_its_other_sense(text: str) -> None:
    assert _events(text) == []
