"""National policy texts (probes15 classes): what an evaluation or analysis found ("viste, at ..." and the content
clauses coordinated with it) is an outcome reported, no policy change; a sentence adverb before a fronted time
("Allerede i 2016 blev ...", "Senere i 2019 blev ...") belongs to the first place, the subject follows the verb."""
from __future__ import annotations

import pytest

from extract.document import Document
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.year, e.subject, e.actor) for e in lineage_events(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    # an adverb pointing at the fronted time: the subject is the noun after the finite verb
    ("Allerede i 2018 blev puljen til fritidsjob imidlertid genindført.",
     ("introduced", 2018, "puljen til fritidsjob", None)),
    ("Senere i 2019 blev tilskuddet til elever hævet.", ("changed", 2019, "tilskuddet til elever", None)),
    ("Endelig den 1. juli 2020 blev puljen nedlagt.", ("dropped", 2020, "puljen", None)),
])
def test_focus_adverb_before_time(text: str, expected: tuple) -> None:
    assert _events(text)[:1] == [expected]


@pytest.mark.parametrize("text", [
    # the finding's content clause and the one coordinated with it: outcomes, not changes to a scheme
    "En undersøgelse fra 2020 viste, at tilskuddet kun delvist havde nået målgruppen, men at det havde reduceret "
    "ventetiderne.",
    "Evalueringen fra 2022 viser, at puljen har styrket samarbejdet, og at den har udvidet tilbuddet til flere familier.",
    "Rapporten konkluderer, at reformen har forhøjet beskæftigelsen.",
])
def test_finding_states_no_change(text: str) -> None:
    assert [e for e in _events(text) if e[0] != "evaluated"] == []


def test_change_beside_a_finding_is_kept() -> None:
    # a change told in its own main clause, not as a finding's content
    text = "I 2020 blev ydelsen nedsat, og evalueringen viste, at kommunerne havde forenklet praksis."
    assert [e for e in _events(text) if e[0] != "evaluated"] == [("changed", 2020, "ydelsen", None)]
