"""A rule that exists from a date on, told without a verb of creating ("Fra 1. januar 2019
er der et krav om, at ...", p09), in both word orders; the rule's content is its at-clause.
Without a date the sentence restates a standing rule and is no event. The other sentences are
realistic Danish written for this test."""
from __future__ import annotations

import pytest

from extract.document import Document
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.year, e.subject) for e in lineage_events(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Fra 1. januar 2019 er der et krav om, at man skal have opholdt sig i Danmark, Færøerne eller Grønland "
     "i de seneste 9 ud af 10 år for at have ret til uddannelses- eller kontanthjælp.",
     ("introduced", 2019, "krav om at man skal have opholdt sig i Danmark, Færøerne eller Grønland i de seneste "
                          "9 ud af 10 år for at have ret til uddannelses- eller kontanthjælp")),
    ("Fra 1. juli 2020 gælder der et krav om 225 timers arbejde for ægtepar på kontanthjælp.",
     ("introduced", 2020, "krav om 225 timers arbejde for ægtepar på kontanthjælp")),
    ("Der gælder fra 1. januar 2021 en ny regel for fleksjob med få timer.",
     ("introduced", 2021, "regel for fleksjob med få timer")),
    ("Pr. 1. januar 2018 er der en pligt til at tilmelde sig jobnet.",
     ("introduced", 2018, "pligt til at tilmelde sig jobnet")),
])
def test_a_rule_from_a_date_is_introduced(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]


@pytest.mark.parametrize("text", [
    "Der er et krav om, at man skal stå til rådighed for arbejdsmarkedet.",
    "Der gælder særlige regler for borgere i ressourceforløb.",
])
def test_a_standing_rule_is_no_event(text: str) -> None:
    assert _events(text) == []
