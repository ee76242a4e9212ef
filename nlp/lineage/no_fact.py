"""Sentences no lineage reader takes an event from, by how they open (the conventions: examples and conditions state
no event; tests/fixtures/gold/municipal/README.md, session 19's blind set)."""
from __future__ import annotations

import re

from .clauses import v1_condition
from .word_classes import alternation

#: A sentence opened by an adverbial of example (nlp/data/lineage_words.csv role example_opener), after a list mark.
_EXAMPLE_OPENING = re.compile(rf"^\s*(?:[•\-–*]\s*)?{alternation('example_opener')}\b", re.IGNORECASE)


def states_no_fact(sentence: str) -> bool:
    """An example of what was said ("Eksempelvis skal ...", `_EXAMPLE_OPENING`) or a condition in verb-first order
    ("Ønsker et flertal ..., bør ...", `clauses.v1_condition`)."""
    return bool(_EXAMPLE_OPENING.match(sentence)) or v1_condition(sentence)
