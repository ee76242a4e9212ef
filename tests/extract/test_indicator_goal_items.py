"""Numbered goal lists without an "Indikator N"/"Mål N" label (issue 14): items "1. ..."/"1) ..." under a paragraph
that sets the goals, each a goal titled by its item and numbered by it, defined by the computation its item states
("Opgøres som ...", "Målet opgøres som ...", "Genanvendelsesprocenten beregnes som ..."); the item's target line
("Resultatmål: ...") is the goal's, not a second entry; the field lines of a measure ("Målgruppe: ... Kilde: ...",
"Opgøres: Årligt") are its fields, not measures. Realistic Danish samples written for these tests (the forms of
probe round 13, i03, i11, i14, i02, i13; no sentence copied), exact fields out, and texts that must give nothing."""
from __future__ import annotations

import pytest

# the samples' reader and row shape (one definition for the indicator sample tests)
from tests.extract.test_indicator_samples import _row, _rows

# The paragraphs over a numbered goal list that cue goal_list_lead's "en række ... mål" row names (cues.tsv).
LEAD_FASTSAT_RAEKKE = ("Byrådet har fastsat en række konkrete mål for, hvordan det skal gå børn og unge i kommunen "
                       "frem mod 2028. Udvalget gør hvert år status.")
LEAD_SAT_RAEKKE = "Kommunen har sat en række mål for affald og energi. Målene følges i den årlige grønne rapport."




def test_a_numbered_goal_under_a_lead_takes_its_computation_line() -> None:
    text = (LEAD_FASTSAT_RAEKKE + "\n\n"
            "1) Færre unge skal stå uden job og uddannelse\n"
            "Mål for 2028: Antallet af unge uden job og uddannelse skal falde med en fjerdedel.\n"
            "Opgøres som antal unge mellem 18 og 24 år, der hverken er i job eller uddannelse.\n\n"
            "2) Flere børn skal trives i skolen\n"
            "Mål for 2028: Trivslen skal stige.\n")
    rows = _rows(text)
    # (the population is the field reader's, not this rule's: left out here)
    assert {**rows[0], "population": None} == _row(
        number=1, title="Færre unge skal stå uden job og uddannelse",
        definition="Opgøres som antal unge mellem 18 og 24 år, der hverken er i job eller uddannelse.", measure="count")
    # the second goal states no computation: a goal by its numbered item, its target line no entry of its own
    assert [(r["number"], r["title"]) for r in rows] == [(1, "Færre unge skal stå uden job og uddannelse"),
                                                         (2, "Flere børn skal trives i skolen")]


def test_the_goal_and_its_maalet_opgoeres_sentence_are_one_entry() -> None:
    text = ("For 2025 har direktionen fastsat følgende to mål.\n\n"
            "1. Flere ledige skal i job\n"
            "Resultatmål: Andelen af ledige, der kommer i job, skal stige.\n"
            "Målet opgøres som andelen af ledige, der har ordinær beskæftigelse i løbet af en måned.\n\n"
            "2. Sygeforløbene skal være kortere\n"
            "Resultatmål: Antallet af lange sygeforløb skal reduceres.\n"
            "Målet opgøres som antal sygeforløb, der varer over 22 uger.\n")
    rows = _rows(text)
    assert [(r["number"], r["title"], r["definition"]) for r in rows] == [
        (1, "Flere ledige skal i job",
         "Målet opgøres som andelen af ledige, der har ordinær beskæftigelse i løbet af en måned."),
        (2, "Sygeforløbene skal være kortere", "Målet opgøres som antal sygeforløb, der varer over 22 uger.")]
    assert (rows[0]["measure"], rows[0]["period_unit"]) == ("share", "måned")


def test_a_computation_sentence_in_the_item_is_its_definition_not_its_title() -> None:
    text = (LEAD_SAT_RAEKKE + "\n\n"
            "1. Mindst 55 pct. af affaldet fra husstandene skal genanvendes i 2027. Genanvendelsesprocenten "
            "beregnes som den mængde affald, der sendes til genanvendelse, i procent af al indsamlet affald.\n\n"
            "2. Energiforbruget i kommunens bygninger skal falde med 20 pct.\n")
    rows = _rows(text)
    assert (rows[0]["number"], rows[0]["title"], rows[0]["definition"], rows[0]["measure"]) == (
        1, "Mindst 55 pct. af affaldet fra husstandene skal genanvendes i 2027.",
        "Genanvendelsesprocenten beregnes som den mængde affald, der sendes til genanvendelse, i procent af al "
        "indsamlet affald.", "share")
    assert (rows[1]["number"], rows[1]["title"]) == (2, "Energiforbruget i kommunens bygninger skal falde med 20 pct.")


def test_an_indicator_field_under_a_numbered_goal_is_its_definition() -> None:
    text = (LEAD_FASTSAT_RAEKKE + "\n\n"
            "1) Færre skal føle sig ensomme\n"
            "Indikator: Andel af unge mellem 16 og 24 år, der ofte føler sig ensomme.\n")
    (row,) = _rows(text)
    assert (row["number"], row["title"], row["definition"], row["measure"]) == (
        1, "Færre skal føle sig ensomme", "Andel af unge mellem 16 og 24 år, der ofte føler sig ensomme.", "share")


@pytest.mark.parametrize("text", [
    # a numbered list of steps under a paragraph that sets no goals
    "Sådan søger du om tilskud. Læs vejledningen først.\n\n1. Udfyld skemaet\nSkemaet findes på hjemmesiden.\n\n"
    "2. Send det til kommunen\n",
    # goals set, but the items are intentions
    "Intentionerne med reformen er fastsat en række mål for.\n\n1. Flere skal i arbejde\n2. Færre på ydelse\n",
])
def test_numbered_items_under_no_goal_lead_give_nothing(text: str) -> None:
    assert _rows(text) == []


def test_a_fact_box_under_a_result_goal_gives_its_fields_not_a_second_goal() -> None:
    text = ("Resultatmål: Beskæftigelse for nyankomne flygtninge\n"
            "Beregning: Resultatet beregnes som forskellen mellem den faktiske og den forventede andel i job.\n"
            "Målgruppe: Flygtninge med 1-3 års ophold i Danmark\n"
            "Kilde: Integrationsbarometeret\n")
    (row,) = _rows(text)
    assert (row["title"], row["measure"], row["population"], row["source"]) == (
        "Beskæftigelse for nyankomne flygtninge", "other", "Flygtninge med 1-3 års ophold i Danmark",
        "Integrationsbarometeret")


def test_an_opgoeres_frequency_line_is_no_measure() -> None:
    text = ("Indikator 1 – Faldulykker\n"
            "Opgørelse: Andel af plejehjemsbeboere, der har haft et fald inden for det seneste kvartal.\n"
            "Datakilde: Kommunernes omsorgssystemer\n"
            "Opgøres: Kvartalsvis\n")
    rows = _rows(text)
    assert [(r["number"], r["title"]) for r in rows] == [(1, "Faldulykker")]


# A goal list whose items state their computation under a result line, one of which names no computation (probe round
# 14 i02's form: "Målet følges ved ..." with no measure noun; the sample's wording is written for this test).
LIST_WITH_AN_ITEM_WITHOUT_COMPUTATION = (
    "For 2025 har byrådet fastsat følgende tre mål.\n\n"
    "1. Flere borgere på kanten skal i job\n"
    "Resultatmål: Antallet af borgere på kontanthjælp skal falde.\n"
    "Målet opgøres som antallet af fuldtidspersoner på kontanthjælp.\n\n"
    "2. Virksomhederne skal opleve en god service\n"
    "Resultatmål: Samarbejdet med virksomhederne skal styrkes. Målet følges ved virksomhedernes vurdering af "
    "jobcentret i den årlige måling.\n\n"
    "3. Færre unge skal være ledige\n"
    "Resultatmål: Antallet af unge ledige skal halveres.\n"
    "Målet opgøres som antallet af ledige under 30 år.\n")


def test_an_item_stating_no_computation_keeps_its_result_line() -> None:
    rows = _rows(LIST_WITH_AN_ITEM_WITHOUT_COMPUTATION)
    # the second goal's "Resultatmål: ..." line is its own target, not an entry of its own
    assert [(r["number"], r["title"], r["definition"]) for r in rows] == [
        (1, "Flere borgere på kanten skal i job", "Målet opgøres som antallet af fuldtidspersoner på kontanthjælp."),
        (2, "Virksomhederne skal opleve en god service", None),
        (3, "Færre unge skal være ledige", "Målet opgøres som antallet af ledige under 30 år.")]


def test_a_measure_under_its_own_heading_after_the_goal_list_stays_apart() -> None:
    text = (LIST_WITH_AN_ITEM_WITHOUT_COMPUTATION + "\n"
            "Nøgletal for sygefravær\n"
            "Nøgletallet opgøres som antallet af fraværsdage pr. fuldtidsansat i kommunen i løbet af året.\n")
    rows = _rows(text)
    assert [r["number"] for r in rows if r["title"] in {
        "Flere borgere på kanten skal i job", "Virksomhederne skal opleve en god service",
        "Færre unge skal være ledige"}] == [1, 2, 3]
    # the heading's measure is read as a measure of its own, not as the last goal's lines
    assert rows[2]["definition"] == "Målet opgøres som antallet af ledige under 30 år."
    assert any(r["number"] is None and r["definition"] and r["definition"].startswith("Nøgletallet opgøres som")
               for r in rows)
