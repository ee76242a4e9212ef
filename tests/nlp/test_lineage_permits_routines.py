"""Minutes' sentences of session 10's issue-15 classes: a permit granted and annulled on appeal (the municipal
README's convention; s10_06), a decision told within a plan or agreement ("blev det vedtaget, at ...": s6_06,
s10_06), and two that state no event: a yearly routine completed (s04, s10_08) and a step of a standing cycle
(s04, s10_08, f12). Real sentences of the dev excerpts in, exact events out, and sentences that must give none."""
from __future__ import annotations

import pytest

from extract.document import Document
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.year, e.subject, e.actor) for e in lineage_events(doc)]


def test_a_dispensation_granted_and_annulled_on_appeal_is_introduced_then_dropped() -> None:
    text = ("Teknik og Miljø har tidligere givet dispensation til opførelse af et kølehus uden besporing i et af "
            "delområderne.\nDispensationen blev påklaget og Planklagenævnet gav anklager medhold i, at der ikke kan "
            "dispenseres fra kravet om besporing.\n")
    assert _events(text) == [
        ("introduced", None, "dispensation til opførelse af et kølehus uden besporing", "Teknik og Miljø"),
        ("dropped", None, "dispensation til opførelse af et kølehus uden besporing", "Planklagenævnet"),
    ]


@pytest.mark.parametrize("text, expected", [
    ("Som en del af budgetforlig 2024 blev det vedtaget, at mulighederne for en permanent gang- og cykelbro fra "
     "Dokk1 til Balticagade skulle undersøges.\n",
     [("introduced", None, "mulighederne for en permanent gang- og cykelbro fra Dokk1 til Balticagade",
       "budgetforlig 2024")]),
    ("I den grønne mobilitetsplan blev det vedtaget, at byrådet ønsker, at der skal ske mere parkering i p-husene og "
     "mindre på gaden, så byens rum kan forskønnes til gavn for borgere og erhvervsliv.\n",
     [("introduced", None, "grønne mobilitetsplan: mere parkering i p-husene og mindre på gaden", "byrådet")]),
])
def test_a_decision_told_within_a_plan_or_agreement_is_introduced(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    # a yearly inspection done (s04, s10_08 gold: "the yearly bygningssyn (an inspection)", not labelled)
    "Det årlige bygningssyn er nu afsluttet, og der er foretaget en prioritering af aktiviteter for "
    "bygningsvedligeholdelse 2013.\n",
    # a step of the yearly cycle (s10_08 gold: "Center for Ejendommes årshjul (standing practice)")
    "Som et led i Center for Ejendommes årshjul fremlægges bygningsvedligeholdelsesplanen for det kommende år ved "
    "Kommunalbestyrelsens møde i december med henblik på frigivelse af midler ved årsskiftet.\n",
    # a permit named without its grant or its appeal
    "Der kan ikke dispenseres fra kravet om besporing.\n",
])
def test_routines_and_bare_permits_give_nothing(text: str) -> None:
    assert _events(text) == []
