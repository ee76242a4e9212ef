"""National policy texts (probes15 classes): a plan that changes a value ("skal forlænges fra ... til ..."), the same
act told first as a recommendation and then with its decider, the strong past "bortfaldt",
a rename by "fik navnet"/"ændrede ... navn til", and what must give nothing: a denial ("afviste, at ..."), a negated
decision ("er ikke enig i, at ..."), a standing rule under "skal" without a change of value."""
from __future__ import annotations

import pytest

from extract.document import Document
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.year, e.subject, e.actor) for e in lineage_events(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    # "skal" with a change from one value to another: a change to make once, announced
    ("Pensionsalderen skal hæves fra 67 til 68 år.", ("planned", None, "Pensionsalderen fra 67 til 68 år", None)),
    ("Dagpengeperioden skal forlænges fra to til tre år.", ("planned", None, "Dagpengeperioden fra to til tre år", None)),
    # the strong past of "falde": "bortfaldt" is a past tense, not a participle waiting for its auxiliary
    ("Tilskuddet til private haver bortfaldt i 2014.", ("dropped", 2014, "Tilskuddet til private haver", None)),
    # a rename: the old name's scheme changed (issue 15: "ændrede navn til")
    ("Ydelsen fik i 2019 navnet selvforsørgelses- og hjemrejseydelse.",
     ("changed", 2019, "Ydelsen (nu selvforsørgelses- og hjemrejseydelse)", None)),
    ("I 2015 ændrede puljen navn til Fonden for sociale initiativer.",
     ("changed", 2015, "puljen (nu Fonden for sociale initiativer)", None)),
])
def test_one_event(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]


def test_recommendation_then_decision_are_two_agents_plans() -> None:
    text = "Udvalget anbefaler, at boligstøtten afskaffes. Ministeriet vil afskaffe boligstøtten."
    assert _events(text) == [("planned", None, "afskaffelse af boligstøtten", "Udvalget"),
                             ("planned", None, "afskaffelse af boligstøtten", "Ministeriet")]


@pytest.mark.parametrize("text", [
    # a denial reports that the thing will not happen
    "Ministeren afviser, at efterlønnen bliver afskaffet.",
    "Styrelsen benægtede, at tilskuddet var blevet nedsat.",
    # a negated decision decides nothing
    "Partierne er ikke enige i, at fradraget skal hæves til 5.000 kr.",
    "Det er endnu ikke besluttet, at ordningen skal forlænges til 2027.",
    # a standing rule under "skal": a value, not its change
    "Ydelsen skal forlænges, når borgeren er i job.",
    # an object pronoun is no commitment
    "Mange kommuner har ændret dem yderligere i 2023.",
])
def test_gives_nothing(text: str) -> None:
    assert _events(text) == []
