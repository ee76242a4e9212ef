"""Sentences no lineage reader takes an event from, by how they open (the conventions: examples and conditions state
no event; tests/fixtures/gold/municipal/README.md, session 19's blind set)."""
from __future__ import annotations

import re

from .clauses import v1_condition
from .word_classes import alternation

#: A sentence opened by an adverbial of example (nlp/data/lineage_words.csv role example_opener), after a list mark.
_EXAMPLE_OPENING = re.compile(rf"^\s*(?:[•\-–*]\s*)?{alternation('example_opener')}\b", re.IGNORECASE)
#: A page's reading guide addressed to its reader ("Her kan du læse om de regler, der ændrer sig ..."): it says what
#: the page tells, not what happened (role reading_guide_verb).
_READING_GUIDE = re.compile(rf"^\s*Her\s+kan\s+(?:du|man|De)\s+{alternation('reading_guide_verb')}\b")


def states_no_fact(sentence: str) -> bool:
    """An example of what was said ("Eksempelvis skal ...", `_EXAMPLE_OPENING`), a page's reading guide ("Her kan du
    læse om ...", `_READING_GUIDE`) or a condition in verb-first order ("Ønsker et flertal ..., bør ...",
    `clauses.v1_condition`)."""
    return bool(_EXAMPLE_OPENING.match(sentence) or _READING_GUIDE.match(sentence)) or v1_condition(sentence)
