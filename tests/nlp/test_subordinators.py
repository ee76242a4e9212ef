"""The subordinators of a clause that states no event (nlp/word_classes.py): one definition, and the subset each
reader takes (nlp/lineage/word_classes.py), in real Danish sentences."""
from __future__ import annotations

import pytest

from nlp.lineage.clauses import CONDITION
from nlp.lineage.party_clause import main_clause
from nlp.lineage.word_classes import CLAUSE_OPENERS, LATER_CLAUSE_OPENERS, NO_EVENT_OPENERS, PROGRAMME_CONDITION_OPENERS
from nlp.word_classes import (ADJUNCT_CLAUSE_OPENERS, CONDITIONAL, OBJECT_CLAUSE_OPENERS, SUBORDINATE, TEMPORAL,
                               WHETHER)


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


def test_the_clause_enders_are_the_subordinators_that_open_no_object() -> None:
    assert SUBORDINATE == OBJECT_CLAUSE_OPENERS | ADJUNCT_CLAUSE_OPENERS
    assert CLAUSE_OPENERS == ADJUNCT_CLAUSE_OPENERS | {"således", "men"}
    assert not CLAUSE_OPENERS & OBJECT_CLAUSE_OPENERS


@pytest.mark.parametrize("sentence, clause", [
    ("Vi vil afskaffe topskatten, såfremt økonomien tillader det.", "Vi vil afskaffe topskatten"),
    ("Vi vil sænke afgifterne, så lønmodtagerne får mere.", "Vi vil sænke afgifterne"),
    ("Vi ønsker, at kommunerne får mere frihed.", "Vi ønsker, at kommunerne får mere frihed"),  # the object clause stays
])
def test_a_programme_main_clause_ends_where_a_clause_of_its_own_begins(sentence: str, clause: str) -> None:
    assert main_clause(sentence) == clause
