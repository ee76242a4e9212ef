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
    return [replace(d, end=end) for d in clause_events(head, start, start + colon.start(), anchor)]
