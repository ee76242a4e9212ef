"""Policy texts beyond STAR (issue 15, session 9): an instrument that came out of a reform, the same
scheme named by its content ("Ordningen med X") and by itself, effects measured in a ministry's
calculation, reported decisions with an adverbial before "at", and V2 after a source ("Ifølge X").
Short Danish sentences in the phrasing of dev policy p06 and p18, seed 003, STAR d11 and municipal f03,
about other schemes, and sentences that must give nothing."""
from __future__ import annotations

import pytest

from extract.document import Document
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
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


@pytest.mark.parametrize(("text", "expected"), [
    # a reported decision with a time or another adverbial between the deciding verb and "at": the
    # deciding verb and the adverbial are no part of the agent (as "Byrådet besluttede på sit møde den
    # 12. marts 2024 at lukke ...", tests/nlp/test_lineage_genres.py)
    ("Forligskredsen bag beskæftigelsesreformen besluttede i 2017 at forlænge frikommuneforsøget.",
     [("changed", 2017, "frikommuneforsøget", "Forligskredsen bag beskæftigelsesreformen")]),
    ("Partierne bag aftalen om sygedagpengereformen blev i 2013 enige om at indføre jobafklaringsforløb.",
     [("introduced", 2013, "jobafklaringsforløb", "Partierne bag aftalen om sygedagpengereformen")]),
    ("Regeringen og KL aftalte i 2018 at afskaffe kravet om 225 timers arbejde.",
     [("dropped", 2018, "kravet om 225 timers arbejde", "Regeringen og KL")]),
    # the agent written as an abbreviation gets the linker's canonical name (STAR d11: "STAR har som led i
    # dette arbejde valgt at afslutte følgende målinger")
    ("STAR har som led i dette arbejde valgt at afslutte målingen af gennemsnitlig varighed.",
     [("dropped", None, "målingen af gennemsnitlig varighed", "Styrelsen for Arbejdsmarked og Rekruttering (STAR)")]),
])
def test_a_reported_decision_names_its_agent(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # V2 after a source ("Ifølge Finansministeriets udregner har kontanthjælpsloftet gjort", p06; "Ifølge lov om
    # social service § 101 skal Kommunalbestyrelsen fastsætte", f03): the subject follows the finite verb
    ("Ifølge aftalen blev ordningen med seniorjob afskaffet i 2020.",
     [("dropped", 2020, "ordningen med seniorjob", None)]),
    ("Ifølge forliget er den særlige ydelse til unge blevet ændret.",
     [("changed", None, "særlige ydelse til unge", None)]),
])
def test_a_source_opening_is_no_subject(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
