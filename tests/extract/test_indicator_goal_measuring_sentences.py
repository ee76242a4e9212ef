"""A goal's measuring sentence on the line under its target, with no measure field's label of its own, defines the
goal above it (policy p10: a goal and the measure under it are one entry, the goal its title and the measure its
definition; star README: the definition is the span saying how the measure is computed, "Målingen viser …"):

- the measure's noun with a verb of what it computes ("Målingen opgør antal unge ...", cue defining_opener; d02 opens
  its definition so) or the goal's own label with a computing verb ("Mål 2 opgøres som andelen ...", cue
  computation);
- a computation after a follow-up label ("Opfølgning: Måles som antallet af ...", cue follow_up_heading), the
  municipal service standard's line saying how a resultatmål is followed.

Neither the sentence nor the target line becomes an indicator of its own. A finding ("Målingen viser, at ..."), a
follow-up line that computes nothing ("Opfølgning: Udvalget drøfter ...") and another field's line ("Datagrundlag:
...") define no goal. The samples are written as ministries and kommuner word their goal papers.
"""
from __future__ import annotations

from extract.document import Document
from extract.parsers.indicators import parse

FIELDS = ("number", "title", "definition", "measure", "population", "numerator", "denominator", "period_unit")

MINISTER_GOALS = (
    "Beskæftigelsesministerens mål for 2026\nBeskæftigelsesministeriet, 2. oktober 2025\n\n"
    "Ministeren har fastsat tre mål for kommunernes beskæftigelsesindsats i 2026.\n\n"
    "Mål 1: Flere ledige skal opkvalificeres\n"
    "Resultatmål: Antallet af ledige i opkvalificering skal øges.\n"
    "Målingen opgør antal ledige dagpengemodtagere, der har påbegyndt et opkvalificeringsforløb i en given måned.\n\n"
    "Mål 2: Flere på kanten af arbejdsmarkedet skal i job\n"
    "Resultatmål: Andelen af aktivitetsparate i ordinære løntimer skal øges.\n"
    "Mål 2 opgøres som andelen af aktivitetsparate kontanthjælpsmodtagere, der har ordinære løntimer, "
    "ud af alle aktivitetsparate kontanthjælpsmodtagere.\n")

FOLLOW_UP_STANDARD = (
    "Kvalitetsstandard for genoptræning 2025\nHedensted Kommune, 14. januar 2025\n\n"
    "Byrådet har fastsat to resultatmål for genoptræningen.\n\n"
    "Resultatmål 1: Hurtig opstart\n"
    "90 pct. af genoptræningsforløbene skal starte inden for 7 dage efter udskrivning.\n"
    "Opfølgning: Andelen opgøres som antal forløb startet inden for 7 dage i procent af alle forløb i måneden.\n\n"
    "Resultatmål 2: Flere afsluttede forløb\n"
    "Alle borgere, der udskrives med en genoptræningsplan, skal have tilbudt genoptræning.\n"
    "Opfølgning: Måles som antallet af afsluttede genoptræningsforløb i løbet af året.\n")

FINDING_UNDER_GOAL = (
    "Mål for 2026\nJobcenter Vejle, 1. december 2025\n\n"
    "Byrådet har fastsat tre mål for 2026.\n\n"
    "Mål 1: Flere unge i uddannelse\n"
    "Resultatmål: Andelen af unge i uddannelse skal stige.\n"
    "Målingen viser, at andelen steg med 3 procent i 2025.\n\n"
    "Mål 2: Færre langtidsledige\n"
    "Resultatmål: Antallet af langtidsledige skal falde.\n"
    "Opfølgning: Udvalget drøfter resultaterne hvert kvartal.\n\n"
    "Mål 3: Flere i fleksjob\n"
    "Resultatmål: Antallet af personer i fleksjob skal stige.\n"
    "Datagrundlag: Tallene opgøres som et gennemsnit for året.\n")


def _doc(text: str) -> Document:
    return Document.from_text(text)


def _indicators(text: str) -> list[dict[str, object]]:
    return [{f: getattr(r, f) for f in FIELDS} for r in parse(_doc(text))]


def test_a_measuring_sentence_under_a_target_defines_the_goal() -> None:
    first, second = _indicators(MINISTER_GOALS)
    assert (first["number"], first["title"], first["measure"], first["period_unit"]) == (
        1, "Flere ledige skal opkvalificeres", "count", "måned")
    assert first["definition"] == ("Målingen opgør antal ledige dagpengemodtagere, der har påbegyndt et "
                                   "opkvalificeringsforløb i en given måned.")
    assert second == {
        "number": 2, "title": "Flere på kanten af arbejdsmarkedet skal i job",
        "definition": "Mål 2 opgøres som andelen af aktivitetsparate kontanthjælpsmodtagere, der har ordinære "
                      "løntimer, ud af alle aktivitetsparate kontanthjælpsmodtagere.",
        "measure": "share", "population": "aktivitetsparate kontanthjælpsmodtagere",
        "numerator": "aktivitetsparate kontanthjælpsmodtagere, der har ordinære løntimer",
        "denominator": "alle aktivitetsparate kontanthjælpsmodtagere", "period_unit": None}


def test_a_follow_up_line_that_computes_defines_the_goal() -> None:
    first, second = _indicators(FOLLOW_UP_STANDARD)
    assert (first["number"], first["title"], first["measure"], first["period_unit"]) == (
        1, "Hurtig opstart", "share", "måned")
    assert first["definition"] == ("Andelen opgøres som antal forløb startet inden for 7 dage i procent af alle "
                                   "forløb i måneden.")
    assert (second["number"], second["title"], second["definition"], second["measure"], second["period_unit"]) == (
        2, "Flere afsluttede forløb", "Måles som antallet af afsluttede genoptræningsforløb i løbet af året.",
        "count", "år")


def test_a_finding_a_follow_up_without_computation_and_another_field_define_nothing() -> None:
    goals = {g["number"]: g["definition"] for g in _indicators(FINDING_UNDER_GOAL) if g["number"]}
    assert goals == {1: "Andelen af unge i uddannelse skal stige.", 2: "Antallet af langtidsledige skal falde.",
                     3: "Antallet af personer i fleksjob skal stige."}
