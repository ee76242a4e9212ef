"""A "hvor" relative on an indefinite noun says what the new thing holds, read from an event's evidence for the
readers that take a subject without its clauses (a party's demand: "tilhængere af en flad skat, hvor alle danskere
betaler samme skatteprocent til staten", s7_03 gold: "flad skat med samme skatteprocent til staten"; "en 2025-plan,
hvor skatten sænkes for borgere og virksomheder", f05 gold). The clause reader (`subject_phrase._with_where_relative`)
applies the same noun test and tail to the clauses it splits; on a definite noun the relative is background
("kommunalreformen, hvor amterne blev afskaffet", f06 gold: "kommunalreformen")."""
from __future__ import annotations

import re

from .word_classes import DEFINITE, word_set

_PP_HEAD = word_set("pp_head")
_PREPOSITION_WORDS = word_set("preposition_word")
# At most ten words of the relative, up to its clause's end.
_WHERE_WORDS = 10


def takes_where_relative(subject: str) -> bool:
    """A bare indefinite noun of one to three words, not a name and not a preposition's head: the nouns a "hvor"
    relative describes ("flad skat"; not "kommunalreformen", not "regler om")."""
    words = subject.split()
    return 1 <= len(words) <= 3 and not DEFINITE.match(words[-1]) and not words[-1][:1].isupper() \
        and words[-1].lower() not in _PP_HEAD | _PREPOSITION_WORDS


def with_where_tail(subject: str, rest: str) -> str:
    """The subject with the relative's words up to its clause's end, two to ten of them; else unchanged."""
    words = rest.rstrip(" .").split()
    if len(words) > _WHERE_WORDS or len(words) < 2:
        return subject
    return f"{subject}, hvor {' '.join(words)}"


def with_where_in(subject: str, evidence: str) -> str:
    """"flad skat" + "... en flad skat, hvor alle danskere betaler samme skatteprocent til staten, og ..." ->
    "flad skat, hvor alle danskere betaler samme skatteprocent til staten"; the subject unchanged otherwise."""
    if not takes_where_relative(subject) or ", hvor " in subject:
        return subject
    found = re.search(r"(?<![\wæøå-])" + re.escape(subject) + r",\s+hvor\s+(?P<rest>[^,;:()]+)", evidence)
    return with_where_tail(subject, found.group("rest")) if found else subject
