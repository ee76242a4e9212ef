"""The municipal administration as the actor of what it proposes or evaluates (nlp/data/agent_heads.csv rows
"forvaltning" and "administration"): the conventions' actor is "who decided, as phrased", a proposal's points
are "planned by the proposers" (tests/fixtures/gold/municipal/README.md; f12 gold "Magistratsafdelingen for Børn
og Unge (indstilling)") and an evaluation's actor is the evaluator (f07 "Center for Social, Sundhed og
Beskæftigelse", p18 "Styrelsen for Arbejdsmarked og Rekruttering"). Sentences written for the test in the
phrasing of municipal notater and referater; the same nouns naming the work ("forvaltningen af ordningen")
name no actor."""
from __future__ import annotations

import pytest

from extract.document import Document
from nlp.lineage import lineage_events
from nlp.lineage.agent_nouns import is_agent


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.subject, e.actor) for e in lineage_events(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Forvaltningen foreslår, at natcaféen i Vestbyen videreføres som fast tilbud.",
     [("planned", "natcaféen i Vestbyen", "Forvaltningen")]),
    ("Administrationen anbefaler, at lektiecaféerne udvides til alle skoler.",
     [("planned", "lektiecaféerne til alle skoler", "Administrationen")]),
    ("Social- og Sundhedsforvaltningen indstiller, at madordningen i dagcentrene nedlægges.",
     [("planned", "nedlæggelse af madordningen i dagcentrene", "Social- og Sundhedsforvaltningen")]),
    ("Administrationen har evalueret ordningen med træning i eget hjem.",
     [("evaluated", "ordningen med træning i eget hjem", "Administrationen")]),
])
def test_the_administration_proposes_and_evaluates(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("phrase", "agent"), [
    ("Forvaltningen", True), ("administrationen", True), ("Teknik- og Miljøforvaltningen", True),
    # the work, not the office: the activity noun with its "af" complement
    ("Forvaltningen af ordningen", False), ("administrationen af fleksjobordningen", False),
    # indefinite: nobody
    ("en forvaltning", False), ("administration", False),
])
def test_an_administration_is_an_agent_only_as_the_office(phrase: str, agent: bool) -> None:
    assert is_agent(phrase) is agent


def test_the_work_of_administering_names_no_actor() -> None:
    assert _events("Forvaltningen af ordningen med madudbringning blev ændret i 2023.") == [
        ("changed", "Forvaltningen af ordningen med madudbringning", None)]
    assert _events("Der skal bruges færre penge på administrationen.") == []


@pytest.mark.parametrize(("text", "expected"), [
    # what a passive does to an office or a budget area: it is the commitment, no actor (budget agreements)
    ("Administrationen reduceres med 8 mio. kr. fra 2026.", [("changed", "Administrationen", None)]),
    ("Sekretariatet for Ældrerådet nedlægges.", [("dropped", "Sekretariatet for Ældrerådet", None)]),
])
def test_an_office_a_passive_tells_of_is_the_commitment(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_a_clause_link_is_no_part_of_a_name() -> None:
    assert not is_agent("og Børn- og Ungeforvaltningen")
    assert is_agent("Børn- og Ungeforvaltningen")
