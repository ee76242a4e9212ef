"""A party's demand whose object runs on into a second act ("indføre X og forbyde Y": nlp/lineage/coordinated_clauses.py
first_acts_object): the first act's object is the first demand's subject, and a second act on a thing of its own is a
second demand of the same kind (the f05 convention: one event per instrument). Short programme texts written for
these tests (the pattern of s12_01, s12_07 and s18_04), and coordinations that must stay whole."""
from __future__ import annotations

import pytest

from extract.document import Document
from nlp.lineage import lineage_events

TITLE = "Socialdemokratiets arbejdsprogram\n\n"


def _events(sentence: str) -> list[tuple[str, str]]:
    text = TITLE + sentence + "\n"
    doc = Document.from_text(text)
    return [(e.event, e.subject) for e in lineage_events(doc)]


@pytest.mark.parametrize(("sentence", "events"), [
    ("Socialdemokratiet vil indføre en skat på finansielle transaktioner og forbyde kviklån med høje renter.",
     [("planned", "skat på finansielle transaktioner"), ("planned", "kviklån med høje renter")]),
    ("Socialdemokratiet ønsker at bevare den danske folkekirke og fastholde folkeskolen som fælles skole.",
     [("confirmed", "danske folkekirke"), ("confirmed", "folkeskolen som fælles skole")]),
    # a pronoun or a that-clause after the second act names no thing of its own: the first demand alone
    ("Socialdemokratiet ønsker at bevare den danske folkekirke og skærme den mod politisering.",
     [("confirmed", "danske folkekirke")]),
])
def test_a_second_act_ends_the_first_acts_object(sentence: str, events: list[tuple[str, str]]) -> None:
    assert _events(sentence) == events


@pytest.mark.parametrize(("sentence", "subject"), [
    # two adjectives of one noun: "lige" has no present in -r, so no verb ("fri og lige adgang", s12_02)
    ("Socialdemokratiet vil arbejde for fri og lige adgang til alle ydelser i sundhedsvæsenet.",
     "fri og lige adgang til alle ydelser i sundhedsvæsenet"),
])
def test_a_coordination_that_is_no_second_act_stays_whole(sentence: str, subject: str) -> None:
    assert [s for _, s in _events(sentence)] == [subject]


@pytest.mark.parametrize("subject", [
    "opstille vindmøller og udvikle vindteknologien",  # the subject is the acts themselves (s11_08 gold: one event)
    "retten til at ytre sig og organisere sig",  # the second infinitive is the noun phrase's own, after its "at"
    "kommunale selvstyre og retten til lokal handlefrihed",  # two nouns: no act
    "høj grad af selvstændighed og sikrer en stærk kirke",  # a present, no infinitive
])
def test_the_rule_leaves_acts_nouns_and_inner_infinitives_whole(subject: str) -> None:
    from nlp.lineage.coordinated_clauses import first_acts_object
    from nlp.lineage.draft import Draft

    draft = Draft("planned", 0, 10, subject, None, None, "Socialdemokratiet", None, False)
    assert first_acts_object(draft) == [draft]
