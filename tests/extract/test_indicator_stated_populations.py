"""Populations a measure's text states outright or counts, not its goal's subject (star README: population is who
is measured): a sentence opening with the population field's label ("Målgruppen er alle personer, der ...", as a
målingsbeskrivelse labels the field "Målgruppe:"); a goal whose line says how it is counted ("Mål 2 opgøres som
antallet af personer på uddannelseshjælp, som ...") counts those persons, not the "Flere unge skal ..." of its
heading; and a percentage of a span of time ("ledige i mindst 80 pct. af tiden") counts no one. Realistic Danish
samples written for these tests as STAR's driftsnyheder and the minister's goals word them; every field is exact,
and the samples at the end must give no population."""
from __future__ import annotations

import pytest

from extract.document import Document
from extract.indicators import fields
from extract.parsers.indicators import parse

LANGTIDSLEDIGE_MAAL = """Beskæftigelsesministerens mål for 2026

Mål 2: Langtidsledigheden skal ned
Mål 2 opgøres som antallet af personer, der har været ledige i mindst 80 pct. af tiden inden for de seneste 52 uger.
"""

FORSOERGELSE_MAAL = """Mål for jobcentrets indsats

Mål 1: Færre borgere skal være på offentlig forsørgelse
Målet opgøres som antal borgere, der har modtaget offentlig forsørgelse i mindst 80 pct. af tiden det seneste år.
"""

HJEMLOESE_MAAL = """Mål 4: Færre skal være hjemløse
Målet opgøres som antal personer, der er registreret som hjemløse i den nationale kortlægning, som VIVE gennemfører hvert andet år.
"""

UDDANNELSESHJAELP_MAAL = """Mål 3: Flere unge skal i gang med en uddannelse
Mål 3 opgøres som antallet af personer på uddannelseshjælp, som inden for seks måneder er startet på en ordinær uddannelse.
"""

MAALGRUPPE_JOBAFKLARING = """Ny måling af virksomhedsrettet indsats

Fra januar offentliggøres målingen "Virksomhedsrettet indsats i jobafklaringsforløb" på jobindsats.dk. Målingen opgør andelen af personer, der i løbet af måneden har deltaget i virksomhedspraktik eller løntilskud. Målgruppen er alle personer i jobafklaringsforløb ultimo måneden.
"""

MAALGRUPPE_SAMTALER = """Ændret måling af kontaktforløbet

Målingen "Samtaler i kontaktforløbet" ændres fra 1. juli. Den nye måling opgøres som det gennemsnitlige antal samtaler pr. person i de første seks måneder af ledighedsforløbet. Målgruppen er personer, der er blevet ledige i løbet af måneden, og som modtager kontanthjælp.
"""


def _populations(text: str) -> list[tuple[str | None, str | None]]:
    doc = Document.from_text(text, id="t", source="t.txt")
    return [(r.title, r.population) for r in parse(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    # a counted goal: who it counts, its relative clause kept, its time window cut away
    (LANGTIDSLEDIGE_MAAL, [("Langtidsledigheden skal ned",
                            "personer, der har været ledige i mindst 80 pct. af tiden")]),
    (FORSOERGELSE_MAAL, [("Færre borgere skal være på offentlig forsørgelse",
                          "borgere, der har modtaget offentlig forsørgelse i mindst 80 pct. af tiden")]),
    # not the heading's "unge": the count's own noun phrase, up to its relative clause
    # persons registered as a group: the group
    (HJEMLOESE_MAAL, [("Færre skal være hjemløse", "hjemløse")]),
    (UDDANNELSESHJAELP_MAAL, [("Flere unge skal i gang med en uddannelse", "personer på uddannelseshjælp")]),
])
def test_counted_goal_population(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert _populations(text) == expected


@pytest.mark.parametrize(("text", "title", "population"), [
    (MAALGRUPPE_JOBAFKLARING, "Virksomhedsrettet indsats i jobafklaringsforløb",
     "alle personer i jobafklaringsforløb ultimo måneden"),
    (MAALGRUPPE_SAMTALER, "Samtaler i kontaktforløbet",
     "personer, der er blevet ledige i løbet af måneden, og som modtager kontanthjælp"),
])
def test_stated_target_group(text: str, title: str, population: str) -> None:
    assert (title, population) in _populations(text)


@pytest.mark.parametrize("text", [
    "Mindst 80 pct. af tiden skal bruges på borgerrettede opgaver.",
    "Borgeren har været ledig i 90 procent af ugerne i perioden.",
])
def test_share_of_time_is_no_population(text: str) -> None:
    assert fields.percent_population(text) is None
    assert fields.target_population(text) is None


def test_share_of_persons_still_read() -> None:
    assert fields.percent_population("Mindst 80 pct. af eleverne skal gennemføre.") == "eleverne"


def test_target_group_in_passing_is_no_population() -> None:
    # "målgruppen er" inside a clause remarks on the group's size: it states no population
    text = ("Ny måling af kontaktforløbet\n\nMålingen \"Første samtale\" opgøres som det gennemsnitlige antal dage fra "
            "første ledighedsdag til første jobsamtale. Da målgruppen er lille i flere kommuner, svinger tallene.\n")
    assert all(population is None or "lille" not in population for _, population in _populations(text))


@pytest.mark.parametrize(("definition", "population"), [
    # a window after a preposition stays inside the phrase; right after the noun it goes
    ("Gennemsnitlig varighed i uger for afsluttede forløb i de seneste 12 måneder.",
     "afsluttede forløb i de seneste 12 måneder"),
    ("Antal personer, der har været ledige i mindst 80 pct. af tiden det seneste år.",
     "personer, der har været ledige i mindst 80 pct. af tiden"),
])
def test_window_back_from_now(definition: str, population: str) -> None:
    assert fields.population_of("", definition) == population
