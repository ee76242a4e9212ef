"""The definition shapes issue 14 names beyond the STAR layouts, each read by a cue of
extract/indicators/cues.tsv (its role listed in SHAPES): exact indicator fields out of real and
realistic Danish texts, and texts that must give nothing (a sentence that only mentions measuring
or denies it, an aim with no measure).

The samples are written as municipalities, jobindsats.dk and party programmes word these shapes
(the cue table names them as "sample:test_indicator_definition_shapes.<NAME>"); the "skal måles"
sentences are the Venstre programme's (corpus/municipal s9_01), wrapped as its PDF text wraps them.
"""
from __future__ import annotations

import pytest

from extract.document import Document, Page, Segment
from extract.indicators import cues
from extract.parsers.indicators import parse

FIELDS = ("kind", "number", "title", "definition", "measure", "population", "numerator", "denominator",
          "period_unit", "source")

# -- "X skal måles" (cue measure_statement; the municipal README's convention, s9_01) ------------------
MEASURED_STATEMENT_S9_01 = ("De offentlige institutioners kvalitet og effektivitet skal\nmåles. Målingerne skal stilles "
                            "til rådighed for såvel beslutningstagerne som offentligheden.\n")
MEASURED_STATEMENT_S9_01_LOEBENDE = ("Der skal fastsættes\nklare mål for politiets ydelser overfor borgerne. Resultaterne "
                                     "– herunder borgernes tilfredshed – skal løbende\nmåles.\n")
MEASURED_STATEMENT_TILFREDSHED = "Borgernes tilfredshed med hjemmeplejen skal måles hvert år.\n"

# Each shape, the cue role that reads it, and its samples.
SHAPES = {
    "X skal (løbende) måles": ("measure_statement", (MEASURED_STATEMENT_S9_01, MEASURED_STATEMENT_S9_01_LOEBENDE,
                                                     MEASURED_STATEMENT_TILFREDSHED)),
}


def _doc(text: str) -> Document:
    return Document("x", "x.txt", "text", (Page(1, text),), text, (Segment(0, 0, len(text), len(text), True),))


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


@pytest.mark.parametrize(("text", "title"), [
    (MEASURED_STATEMENT_S9_01, "De offentlige institutioners kvalitet og effektivitet skal måles."),
    (MEASURED_STATEMENT_S9_01_LOEBENDE, "Resultaterne – herunder borgernes tilfredshed – skal løbende måles."),
    (MEASURED_STATEMENT_TILFREDSHED, "Borgernes tilfredshed med hjemmeplejen skal måles hvert år."),
])
def test_what_is_to_be_measured_is_an_indicator_of_kind_other(text: str, title: str) -> None:
    # the municipal convention (s9_01 gold_notes, as f10): kind and measure other, the whole sentence the title
    assert _indicators(text) == [_goal(title)]


@pytest.mark.parametrize("text", [
    # a sentence that only mentions measuring, denies it, or asks how
    "Det er svært at måle effekten af indsatsen.\n",
    "Effekten af indsatsen skal ikke måles.\n",
    "Hvordan skal kvaliteten måles?\n",
    "Det skal måles.\n",  # a pronoun names nothing to measure
    "Indsatsen skal måles på tre parametre.\n",
    # an aim with no measure
    "Målet er at flere borgere kommer i job.\n",
])
def test_texts_that_give_no_indicator(text: str) -> None:
    assert _indicators(text) == []
