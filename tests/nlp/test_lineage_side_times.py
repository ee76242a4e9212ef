"""Times that belong to a side clause or to a named thing, not to the event: a "hvor" relative's figure
("..., hvor besøgstallet er faldet siden 2019") and a replaced plan's own number and year ("lokalplan 1.12 fra 1987")."""
from __future__ import annotations

import pytest

from extract.document import Document
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.year, e.subject, e.replaced_by) for e in lineage_events(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    # a "hvor" relative tells the place's state beside the event: its year is the figure's (probes19 m07)
    ("Samtidig lukker filialen i Vestbjerg, hvor besøgstallet er faldet med over 40 procent siden 2019.",
     [("dropped", None, "filialen i Vestbjerg", None)]),
    ("Byrådet nedlægger natbussen til Hals, hvor antallet af passagerer er halveret siden 2020.",
     [("dropped", None, "natbussen til Hals", None)]),
    # the event's own time still dates it, the side clause's does not
    ("Ordningen blev afskaffet i 2022, hvor den blev erstattet af en ny model fra 2021.",
     [("dropped", 2022, "Ordningen", None)]),
    # a plan's number with its point is part of its name, and the year after it is the old plan's own (probes19 m09)
    ("Lokalplanen afløser den del af lokalplan 1.12 fra 1987, der omfatter området.",
     [("replaced", None, "del af lokalplan 1.12", "Lokalplanen")]),
    ("Den nye takstmodel erstatter takstmodel 2.0 fra 2018.",
     [("replaced", None, "takstmodel 2.0", "nye takstmodel")]),
    ("Lokalplanen afløser lokalplan 12 fra 1987.",
     [("replaced", None, "lokalplan 12", "Lokalplanen")]),
])
def test_side_times(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    # a "hvor" clause alone states a figure, no event
    "Filialen i Vestbjerg, hvor besøgstallet er faldet siden 2019, har åbent tre dage om ugen.",
    "Der følges særligt op i akutmodtagelserne, hvor ventetiderne i 2023 lå over målniveauet.",
])
def test_side_times_silent(text: str) -> None:
    assert _events(text) == []


def test_where_relative_on_indefinite_noun_keeps_its_time() -> None:
    # on an indefinite noun the "hvor" relative tells what the new thing holds, and its time is the thing's (f10 gold)
    text = ("KL har udpeget et antal fokusområder, hvor kommunerne på den korte bane skal fremvise resultater "
            "(præsenteret på KKR møde i november 2012).")
    assert [(e, y) for e, y, _, _ in _events(text)] == [("introduced", 2012)]
