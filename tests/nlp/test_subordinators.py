"""The subordinators of a clause that states no event (nlp/lineage/word_classes.py): one definition, and the
subset each reader takes, in real Danish sentences."""
from __future__ import annotations

import pytest

from nlp.lineage.clauses import CONDITION
from nlp.lineage.word_classes import (CONDITIONAL, LATER_CLAUSE_OPENERS, NO_EVENT_OPENERS, PROGRAMME_CONDITION_OPENERS,
                                      SUBORDINATE, TEMPORAL, WHETHER)


def test_each_reader_takes_a_named_subset_of_one_definition() -> None:
    assert CONDITIONAL == {"hvis", "såfremt", "medmindre"}
    assert NO_EVENT_OPENERS == CONDITIONAL | WHETHER | TEMPORAL == {"om", "hvis", "hvorvidt", "såfremt", "når",
                                                                    "medmindre", "da"}
    assert LATER_CLAUSE_OPENERS == NO_EVENT_OPENERS | {"så"}
    assert CONDITIONAL < PROGRAMME_CONDITION_OPENERS < NO_EVENT_OPENERS
    assert NO_EVENT_OPENERS - PROGRAMME_CONDITION_OPENERS == {"da", "hvorvidt"}
    assert LATER_CLAUSE_OPENERS < SUBORDINATE


@pytest.mark.parametrize("clause", [
    "Hvis ordningen forlænges, skal den evalueres.",
    "Såfremt der måtte opstå situationer, hvor kommuner afviser dette, vil Dansk Folkeparti",  # f06
    "medmindre byrådet beslutter andet",
    "i fald ordningen forlænges",
])
def test_a_condition_proper_is_the_text_rule(clause: str) -> None:
    assert CONDITION.match(clause)


@pytest.mark.parametrize("clause", [
    "Om aftalen kan det oplyses, at den blev indgået i 2020.",  # a preposition at the start
    "om ordningen skal forlænges",  # whether: the main clause before it still states its event
    "når loven er vedtaget",  # a time clause
    "Hvorvidt det i 2014 vil være muligt at reducere med yderligere 3 % er vanskeligt",  # f11: whether
    "hvisken",
])
def test_no_other_subordinator_is_the_text_rule(clause: str) -> None:
    assert CONDITION.match(clause) is None
