"""Policy texts beyond STAR (issue 15, session 9): an instrument that came out of a reform, the same
scheme named by its content ("Ordningen med X") and by itself, and effects measured in a ministry's
calculation. Short Danish sentences in the phrasing of dev policy p06 and p18 and seed 003, about other
schemes, and sentences that must give nothing."""
from __future__ import annotations

import pytest

from extract.document import Document, Page, Segment
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple]:
    doc = Document("x", "x.txt", "text", (Page(1, text),), text, (Segment(0, 0, len(text), len(text), True),))
    return [(e.event, e.year, e.subject, e.actor) for e in lineage_events(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    # p18: "en evaluering af de nye jobafklaringsforløb, der udsprang af reformen" - what a reform gave rise
    # to was introduced by it (the lexicon's "udspringe", as "der blev indført med reformen")
    ("Rapporten handler om de nye ressourceforløb, der udsprang af reformen.",
     [("introduced", None, "nye ressourceforløb", None)]),
    ("Styrelsen ser nærmere på de nye mentorordninger, der udsprang af aftalen om en ny beskæftigelsesindsats.",
     [("introduced", None, "nye mentorordninger", None)]),
])
def test_what_came_out_of_a_reform_was_introduced(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_the_scheme_by_its_content_and_by_its_name_is_one_event() -> None:
    # seed 003: "Ordningen med ressourceforløb, der udsprang af reformen, ..." and later "Der blev indført
    # ressourceforløb ...": one introduction, named as the scheme itself
    text = ("Ordningen med fleksjob, der udsprang af reformen, er kommet langsomt fra start. "
            "Kommunerne har fortsat udfordringer med indsatsen.\n\n"
            "Der blev indført fleksjob for at sikre en tidligere og sammenhængende indsats.")
    assert _events(text) == [("introduced", None, "fleksjob", None)]


@pytest.mark.parametrize(("text", "expected"), [
    # p06: "Ifølge Finansministeriets udregner har kontanthjælpsloftet gjort, at 250 fuldtidspersoner er
    # gået fra kontanthjælp til arbejde" - an effect calculated is an assessment of results
    ("Ifølge Skatteministeriets udregninger har jobfradraget betydet, at 1.000 personer er kommet i arbejde.",
     [("evaluated", None, "jobfradraget", "Skatteministeriet")]),
    ("Ifølge KL's beregninger har loftet medført, at færre borgere er på kontanthjælp.",
     [("evaluated", None, "loftet", "KL")]),
])
def test_an_effect_calculated_by_an_agent_is_evaluated(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    # an origin in a meeting or a theme day is no instrument created
    "Nedenfor gennemgås i hovedtræk de idéer, som udspringer af temadagen.",
    # a calculation without an effect of a scheme is a statistic
    "Ifølge Finansministeriets udregninger er der 24.000 personer på ordningen.",
])
def test_no_event(text: str) -> None:
    assert _events(text) == []
