"""The definition shapes issue 14 names beyond the STAR layouts, each read by a cue of
extract/indicators/cues.tsv (its role listed in SHAPES): exact indicator fields out of real and
realistic Danish texts, and texts that must give nothing (a sentence that only mentions measuring,
an aim with no measure, a finding, a label over prose).

The samples are written as municipalities, jobindsats.dk and party programmes word these shapes
(the cue table names them as "sample:test_indicator_definition_shapes.<NAME>"); the "skal måles"
sentences are the Venstre programme's (corpus/municipal s9_01), wrapped as its PDF text wraps them.
"""
from __future__ import annotations

import pytest

from extract.document import Document
from extract.indicators import cues
from extract.parsers.indicators import parse

FIELDS = ("kind", "number", "title", "definition", "measure", "population", "numerator", "denominator",
          "period_unit", "source")

# -- a goal list whose lead has no colon (cue goal_list_lead) -----------------------------------------
GOAL_LEAD_TILSLUTTET = ("Beskæftigelsesudvalget har drøftet ministerens udmelding og har tilsluttet sig målene.\n\n"
                        "• Flere personer skal i beskæftigelse eller uddannelse.\n"
                        "• Flere flygtninge og familiesammenførte skal være selvforsørgende.\n")
GOAL_LEAD_VEDTAGET = ("Byrådet har vedtaget fire mål for 2026.\n\n"
                      "• Færre borgere på langvarig offentlig forsørgelse\n• Flere unge i uddannelse\n")
GOAL_LEAD_FOELGENDE = "Kommunen har følgende mål\n\n• Flere ledige skal i job.\n• Færre unge skal stå uden uddannelse.\n"
GOAL_LEAD_FOELGENDE_NUMBERED = ("Sundhedsudvalget har opstillet følgende mål for 2025-2028.\n\n"
                                "1. Færre forebyggelige indlæggelser\n2. Andelen af rygere skal falde til 10 pct.\n")
# -- a list item "Label: Målingen viser ..." (cue measure_label) ----------------------------------------
LABEL_PASSIVANDEL = ("• Passivandel: Målingen viser, hvor stor en andel af dagpengemodtagerne der ikke har modtaget "
                     "et aktivt tilbud i ydelsesforløbet.\n")
LABEL_VARIGHED = ("• Gennemsnitlig varighed: Målingen viser, hvor mange uger dagpengemodtagerne i gennemsnit har "
                  "modtaget ydelsen inden for det seneste år.\n")
# -- a goal's label as a heading over its definition lines (cue goal_label) -----------------------------
HEADING_MAAL_DASH = "Mål 2 – Trivsel\nAndelen af elever, der trives, skal stige år for år.\n"
HEADING_RESULTATMAAL = ("Resultatmål 1\nAndelen af borgere, der afslutter behandlingen uden tilbagefald, skal være "
                        "mindst 70 pct.\n")
HEADING_NATIONALT = ("Nationalt mål 1: Faglig dygtighed\nMindst 80 procent af eleverne skal være gode til at læse og "
                     "regne i de nationale test.\n")
# -- "X skal måles" (cue measure_statement; the municipal README's convention, s9_01) ------------------
MEASURED_STATEMENT_S9_01 = ("De offentlige institutioners kvalitet og effektivitet skal\nmåles. Målingerne skal stilles "
                            "til rådighed for såvel beslutningstagerne som offentligheden.\n")
MEASURED_STATEMENT_S9_01_LOEBENDE = ("Der skal fastsættes\nklare mål for politiets ydelser overfor borgerne. Resultaterne "
                                     "– herunder borgernes tilfredshed – skal løbende\nmåles.\n")
MEASURED_STATEMENT_TILFREDSHED = "Borgernes tilfredshed med hjemmeplejen skal måles hvert år.\n"
# the other demand modal, and a measurement coordinated with what is done with it (samples written for this test)
MEASURED_STATEMENT_BOER = "Elevernes trivsel bør måles hvert år.\n"
MEASURED_STATEMENT_OFFENTLIGGOERES = "Ventetiden på genoptræning skal måles og offentliggøres.\n"

# Each shape, the cue role that reads it, and its samples.
SHAPES = {
    "goal list after a lead without a colon": ("goal_list_lead", (GOAL_LEAD_TILSLUTTET, GOAL_LEAD_VEDTAGET,
                                                                  GOAL_LEAD_FOELGENDE, GOAL_LEAD_FOELGENDE_NUMBERED)),
    "Label: Målingen viser ...": ("measure_label", (LABEL_PASSIVANDEL, LABEL_VARIGHED)),
    "goal label heading over its definition": ("goal_label", (HEADING_MAAL_DASH, HEADING_RESULTATMAAL,
                                                              HEADING_NATIONALT)),
    "X skal (løbende) måles": ("measure_statement", (MEASURED_STATEMENT_S9_01, MEASURED_STATEMENT_S9_01_LOEBENDE,
                                                     MEASURED_STATEMENT_TILFREDSHED, MEASURED_STATEMENT_BOER,
                                                     MEASURED_STATEMENT_OFFENTLIGGOERES)),
}


def _doc(text: str) -> Document:
    return Document.from_text(text)


def _indicators(text: str) -> list[dict[str, object]]:
    return [{f: getattr(r, f) for f in FIELDS} for r in parse(_doc(text))]


def _goal(title: str, number: int | None = None, measure: str = "other", population: str | None = None,
          **rest: object) -> dict[str, object]:
    out: dict[str, object] = {f: None for f in FIELDS}
    out.update(kind="other", number=number, title=title, measure=measure, population=population, **rest)
    return out


@pytest.mark.parametrize("shape", SHAPES)
def test_each_shape_is_read_by_a_cue_of_the_table(shape: str) -> None:
    role, samples = SHAPES[shape]
    assert cues.rows(role)
    for sample in samples:
        assert _indicators(sample), sample


@pytest.mark.parametrize(("text", "expected"), [
    (GOAL_LEAD_TILSLUTTET, [
        _goal("Flere personer skal i beskæftigelse eller uddannelse.", population="personer"),
        _goal("Flere flygtninge og familiesammenførte skal være selvforsørgende.",
              population="flygtninge og familiesammenførte")]),
    (GOAL_LEAD_VEDTAGET, [_goal("Færre borgere på langvarig offentlig forsørgelse"), _goal("Flere unge i uddannelse")]),
    (GOAL_LEAD_FOELGENDE, [_goal("Flere ledige skal i job.", population="ledige"),
                           _goal("Færre unge skal stå uden uddannelse.", population="unge")]),
    (GOAL_LEAD_FOELGENDE_NUMBERED, [
        _goal("Færre forebyggelige indlæggelser", number=1),
        _goal("Andelen af rygere skal falde til 10 pct.", number=2, measure="share", population="rygere")]),
])
def test_goal_lists_after_a_lead_without_a_colon(text: str, expected: list[dict[str, object]]) -> None:
    assert _indicators(text) == expected


def test_a_labelled_item_defined_by_målingen_viser() -> None:
    assert _indicators(LABEL_PASSIVANDEL) == [{
        "kind": "nøgletal", "number": None, "title": "Passivandel",
        "definition": "Målingen viser, hvor stor en andel af dagpengemodtagerne der ikke har modtaget et aktivt "
                      "tilbud i ydelsesforløbet.",
        "measure": "share", "population": "dagpengemodtagerne",
        "numerator": "dagpengemodtagerne der ikke har modtaget et aktivt tilbud i ydelsesforløbet",
        "denominator": "dagpengemodtagerne", "period_unit": None, "source": None}]
    [varighed] = _indicators(LABEL_VARIGHED + "Målingerne findes på jobindsats.dk.\n")
    assert (varighed["title"], varighed["measure"], varighed["period_unit"], varighed["source"]) == (
        "Gennemsnitlig varighed", "average", "år", "jobindsats.dk")


@pytest.mark.parametrize(("text", "expected"), [
    (HEADING_MAAL_DASH, _goal("Trivsel", number=2, measure="share", population="elever",
                              definition="Andelen af elever, der trives, skal stige år for år.",
                              numerator="elever, der trives", denominator="elever", period_unit="år")),
    (HEADING_RESULTATMAAL, _goal("Resultatmål 1", number=1, measure="share", population="borgere",
                                 definition="Andelen af borgere, der afslutter behandlingen uden tilbagefald, skal "
                                            "være mindst 70 pct.",
                                 numerator="borgere, der afslutter behandlingen uden tilbagefald",
                                 denominator="borgere")),
    (HEADING_NATIONALT, _goal("Faglig dygtighed", number=1, measure="share", population="eleverne",
                              definition="Mindst 80 procent af eleverne skal være gode til at læse og regne i de "
                                         "nationale test.")),
])
def test_a_goal_label_heading_over_its_definition(text: str, expected: dict[str, object]) -> None:
    assert _indicators(text) == [expected]


def test_label_headings_linked_to_numbered_goals_are_read_once() -> None:
    # the numbered goals give the titles (the STAR convention, as "Mål 1 – X: ..." items do), the headings'
    # lines the definitions; the heading is no goal of its own
    got = _indicators("De to nationale mål\n\n1. Alle elever skal blive så dygtige, de kan.\n"
                      "2. Elevernes trivsel skal øges.\n\n" + HEADING_NATIONALT.replace(":", " –") + "\n"
                      + HEADING_MAAL_DASH)
    assert [(g["number"], g["title"], g["definition"]) for g in got] == [
        (1, "Alle elever skal blive så dygtige, de kan.",
         "Mindst 80 procent af eleverne skal være gode til at læse og regne i de nationale test."),
        (2, "Elevernes trivsel skal øges.", "Andelen af elever, der trives, skal stige år for år.")]


@pytest.mark.parametrize(("text", "title"), [
    (MEASURED_STATEMENT_S9_01, "De offentlige institutioners kvalitet og effektivitet skal måles."),
    (MEASURED_STATEMENT_S9_01_LOEBENDE, "Resultaterne – herunder borgernes tilfredshed – skal løbende måles."),
    (MEASURED_STATEMENT_TILFREDSHED, "Borgernes tilfredshed med hjemmeplejen skal måles hvert år."),
    (MEASURED_STATEMENT_BOER, "Elevernes trivsel bør måles hvert år."),
    (MEASURED_STATEMENT_OFFENTLIGGOERES, "Ventetiden på genoptræning skal måles og offentliggøres."),
])
def test_what_is_to_be_measured_is_an_indicator_of_kind_other(text: str, title: str) -> None:
    # the municipal convention (s9_01 gold_notes, as f10): kind and measure other, the whole sentence the title
    assert _indicators(text) == [_goal(title)]


@pytest.mark.parametrize("text", [
    # a sentence that only mentions measuring, denies it, or asks how
    "Det er svært at måle effekten af indsatsen.\n",
    "Effekten af indsatsen skal ikke måles.\n",
    "Effekten af indsatsen bør ikke måles og vejes.\n",
    "Hvordan skal kvaliteten måles?\n",
    "Det skal måles.\n",  # a pronoun names nothing to measure
    "Indsatsen skal måles på tre parametre.\n",
    # an aim with no measure, and the actions after it
    "Målet er at flere borgere kommer i job.\n",
    "For at nå målene.\n\n• Vi vil styrke samarbejdet med virksomhederne.\n",
    # goals reached are findings, not goals set
    "Kommunen har nået målene.\n\n• Ledigheden er faldet.\n• Flere er i uddannelse.\n",
    # "Målingen viser, at ..." reports a finding
    "• Tilfredshed: Målingen viser, at 80 pct. af borgerne er tilfredse med hjælpen.\n",
    # a label heading over prose that names no quantity
    "Resultatmål 2\nDer er ikke opstillet resultatmål for 2013.\n",
])
def test_texts_that_give_no_indicator(text: str) -> None:
    assert _indicators(text) == []
