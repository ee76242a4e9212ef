"""A goal's line that says how it is measured, under its name and its target (star README: the definition is the
span saying how the measure is computed; a goal and the measure under it are one entry, policy p10):

- "Målemetode:", "Sådan måles:" (cues.tsv table_column, definition labels) under a goal's target: the measuring line
  is the definition, its label left out, and population, numerator and denominator come from it, not from the
  target ("Mindst 85 pct. af borgerne skal ...");
- a goal's field line under another label that computes it ("Måling: Delmål 1 opgøres som ...", "Indikator: ...
  Målet opgøres som ..."): the goal's definition, and neither it nor the "Resultatmål:" line becomes a measure of
  its own;
- a computed value stated "for hver måned" is a monthly one (star README: the reference period is stated).

The samples are written as regions, kommuner and the ministries word their goal papers.
"""
from __future__ import annotations

import pytest

from extract.document import Document
from extract.indicators import fields
from extract.parsers.indicators import parse

FIELDS = ("number", "title", "definition", "measure", "population", "numerator", "denominator", "period_unit")

LABEL_MAALEMETODE = (
    "Sundhedspolitiske mål 2025\nVejle Kommune, 3. marts 2025\n\n"
    "Mål 1: Hurtig genoptræning\n"
    "Mindst 85 pct. af borgerne skal begynde genoptræning inden for 7 dage.\n"
    "Målemetode: Andel af genoptræningsforløb, hvor første træning er gennemført senest 7 dage efter "
    "udskrivningen. Tallene opdateres hvert kvartal.\n\n"
    "Mål 2: Færre genindlæggelser\n"
    "Antallet af akutte genindlæggelser skal falde.\n"
    "Målemetode: Antal akutte genindlæggelser blandt borgere på 65 år og derover, opgjort for hver måned.\n")

LABEL_SAADAN_MAALES = (
    "Kvalitetsmål for psykiatrien 2025\nRegion Nordjylland, 12. februar 2025\n\n"
    "Mål 1: Kortere ventetid\n"
    "Sådan måles: Gennemsnitlig ventetid i dage fra henvisning til første samtale, opgjort for hver måned.\n\n"
    "Mål 2: Inddragelse af pårørende\n"
    "Mindst 75 pct. af de pårørende skal føle sig inddraget.\n"
    "Sådan måles: Andelen af pårørende, der svarer »ja« til spørgsmålet om inddragelse i den årlige undersøgelse.\n")

FIELD_LINES_UNDER_GOALS = (
    "Beskæftigelsesplan 2026\nJobcenter Aarhus, 1. december 2025\n\n"
    "Delmål 1: Flere unge i uddannelse\n"
    "Resultatmål: Andelen af unge på uddannelseshjælp, der starter på en uddannelse, skal stige.\n"
    "Måling: Delmål 1 opgøres som antallet af unge, der i løbet af et år påbegynder en ordinær uddannelse, "
    "i procent af alle unge på uddannelseshjælp.\n\n"
    "Delmål 2: Færre langtidsledige\n"
    "Resultatmål: Antallet af langtidsledige skal falde.\n"
    "Indikator: En person er langtidsledig efter 12 måneders sammenhængende ledighed. Målet opgøres som antal "
    "personer ultimo måneden.\n")


def _doc(text: str) -> Document:
    return Document.from_text(text)


def _indicators(text: str) -> list[dict[str, object]]:
    return [{f: getattr(r, f) for f in FIELDS} for r in parse(_doc(text))]


def test_a_maalemetode_line_under_a_target_is_the_goals_definition() -> None:
    first, second = _indicators(LABEL_MAALEMETODE)
    assert first == {
        "number": 1, "title": "Hurtig genoptræning",
        "definition": "Andel af genoptræningsforløb, hvor første træning er gennemført senest 7 dage efter "
                      "udskrivningen.",
        "measure": "share", "population": "genoptræningsforløb",
        "numerator": "genoptræningsforløb, hvor første træning er gennemført senest 7 dage efter udskrivningen",
        "denominator": "genoptræningsforløb", "period_unit": None}
    assert (second["number"], second["title"], second["measure"], second["period_unit"]) == (
        2, "Færre genindlæggelser", "count", "måned")
    assert second["definition"] == ("Antal akutte genindlæggelser blandt borgere på 65 år og derover, opgjort for "
                                    "hver måned.")


def test_a_saadan_maales_line_is_the_definition_with_or_without_a_target() -> None:
    first, second = _indicators(LABEL_SAADAN_MAALES)
    assert (first["number"], first["title"], first["measure"], first["period_unit"]) == (
        1, "Kortere ventetid", "average", "måned")
    assert first["definition"] == ("Gennemsnitlig ventetid i dage fra henvisning til første samtale, opgjort for "
                                   "hver måned.")
    assert (second["number"], second["title"], second["measure"], second["population"]) == (
        2, "Inddragelse af pårørende", "share", "pårørende")
    assert str(second["definition"]).startswith("Andelen af pårørende, der svarer")


def test_field_lines_under_a_goal_are_its_fields_not_measures_of_their_own() -> None:
    got = _indicators(FIELD_LINES_UNDER_GOALS)
    assert [(g["number"], g["title"]) for g in got] == [(1, "Flere unge i uddannelse"), (2, "Færre langtidsledige")]
    first, second = got
    assert str(first["definition"]).startswith("Delmål 1 opgøres som antallet af unge")
    assert (first["measure"], first["period_unit"], first["denominator"]) == (
        "share", "år", "alle unge på uddannelseshjælp")
    assert second["definition"] == "Målet opgøres som antal personer ultimo måneden."
    assert (second["measure"], second["period_unit"]) == ("count", "måned")


def test_a_target_with_no_measuring_line_keeps_the_target() -> None:
    # no line says how it is computed: the target stays the goal's definition, its parts read as a target's
    got = _indicators("Mål 1: Hurtig genoptræning\nMindst 85 pct. af borgerne skal begynde genoptræning inden for "
                      "7 dage.\n\nMål 2: Færre genindlæggelser\nAntallet af akutte genindlæggelser skal falde.\n")
    assert [(g["title"], g["definition"]) for g in got] == [
        ("Hurtig genoptræning", "Mindst 85 pct. af borgerne skal begynde genoptræning inden for 7 dage."),
        ("Færre genindlæggelser", "Antallet af akutte genindlæggelser skal falde.")]


def test_a_labelled_line_that_computes_nothing_gives_nothing() -> None:
    # a "Måling:" line telling when a survey is held says nothing of how a measure is computed
    assert _indicators("Trivsel på skolerne\n\nMåling: Undersøgelsen gennemføres hvert forår blandt alle elever.\n"
                       "Kilde: Undervisningsministeriet.\n") == []


@pytest.mark.parametrize(("text", "unit"), [
    ("Målingen opgøres for hver måned.", "måned"),
    ("Ventetiden opgjort i dage for hver måned.", "måned"),
    ("Antallet opgøres for hvert år.", "år"),
    ("Tallene opdateres hver måned.", None),  # an update frequency (star README)
    ("Andelen opgøres for hver kommune.", None),
])
def test_a_value_computed_for_each_period_is_that_periods(text: str, unit: str | None) -> None:
    assert fields.period_unit_of("", text) == unit
