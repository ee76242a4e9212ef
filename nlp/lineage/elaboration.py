"""A colon inside a sentence opens what the noun before it contains.

"Der blev bl.a. vedtaget en ny boss-vedtagnings-procedure: Ved generalforsamlingen foreslår de
siddende bosser de nye bosser, og generalforsamlingen godkender ved simpelt flertal." (s7_11): the
words after the colon spell out the procedure that was adopted; their verbs ("foreslår", "godkender")
describe how it works, they are no events of their own (s7_11 gold: one event, `introduced`, the
content in its subject). So when the words before a sentence-inner colon state an event, that event
is the sentence's, with the whole sentence as its evidence. A colon that ends the sentence announces a
list (`lists`), and one after a label ("Beslutning: Godkendt") has no event before it; neither is
read here.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from . import lexicon
from .clauses import clause_events
from .cues import has_trigger
from .draft import Draft
from .word_classes import DEFINITE, DEFINITE_ARTICLES, DEMONSTRATIVES

# A colon after a word, the sentence going on with a capital ("...-procedure: Ved generalforsamlingen ...").
_INNER_COLON = re.compile(r"(?<=\w):\s+(?=[A-ZÆØÅ])")


def before_colon(sentence: str, start: int, end: int, anchor: dt.date | None) -> list[Draft]:
    """The events the words before an inner colon state, evidenced by the whole sentence; [] when there is
    no inner colon or nothing before it states an event."""
    colon = _INNER_COLON.search(sentence)
    if colon is None or len(sentence[:colon.start()].split()) < 4:
        return []
    head = sentence[:colon.start()]
    if not (has_trigger(head) or lexicon.has_trigger(head)):
        return []
    content = " ".join(sentence[colon.end():].split()).rstrip(" .")
    return [replace(d, end=end, subject=_with_content(d.subject, head, content))
            for d in clause_events(head, start, start + colon.start(), anchor)]


# What the colon spells out is the new thing's content: "vedtaget en ny boss-vedtagnings-procedure: Ved
# generalforsamlingen foreslår ..." (s7_11 gold: the procedure with its content), "er der udviklet en ny måling:
# Antal og andel ydelsesmodtagere, som har påbegyndt et opkvalificeringsforløb" (d02 gold: the measure with its
# name). Only for an indefinite noun that ends the words before the colon (a definite one is named already),
# and not for a list (items between commas: "udpeget 5 indsatsområder: Forebyggelse af indlæggelser,
# rehabilitering, ...", f08, is a category list) or a long passage.
_CONTENT_WORDS = 20
_NUMBER_WORDS = frozenset("to tre fire fem seks syv otte ni ti elleve tolv".split())


def _with_content(subject: str, head: str, content: str) -> str:
    words = subject.split()
    flat = " ".join(head.split())
    before = flat[:len(flat) - len(" ".join(words))].split()[-1:]
    if before and before[0].lower() in DEFINITE_ARTICLES | DEMONSTRATIVES:
        return subject  # "vedtog den nye ordning: ...": named already, as a definite noun is
    if not words or DEFINITE.match(words[-1]) or not flat.endswith(" ".join(words)) \
            or content.count(",") >= 2 or not 2 <= len(content.split()) <= _CONTENT_WORDS \
            or words[0][:1].isdigit() or words[0].lower() in _NUMBER_WORDS:
        return subject  # "5 indsatsområder: A, B og C": a counted plural announces its members
    return f"{subject}: {content}"
