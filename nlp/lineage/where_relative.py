"""A "hvor" relative on an indefinite noun says what the new thing holds, read from an event's evidence for the
readers that take a subject without its clauses (a party's demand: "tilhængere af en flad skat, hvor alle danskere
betaler samme skatteprocent til staten", s7_03 gold: "flad skat med samme skatteprocent til staten"; "en 2025-plan,
hvor skatten sænkes for borgere og virksomheder", f05 gold). The clause reader's own rule, on the clauses it
splits, is `subject_phrase._with_where_relative`; on a definite noun the relative is background
("kommunalreformen, hvor amterne blev afskaffet", f06 gold: "kommunalreformen")."""
from __future__ import annotations

import re

from .word_classes import DEFINITE, word_set

_PP_HEAD = word_set("pp_head")
_PREPOSITION_WORDS = word_set("preposition_word")
# At most ten words of the relative, up to its clause's end (as `subject_phrase._WHERE_WORDS`).
_WHERE_WORDS = 10


def with_where_in(subject: str, evidence: str) -> str:
    """"flad skat" + "... en flad skat, hvor alle danskere betaler samme skatteprocent til staten, og ..." ->
    "flad skat, hvor alle danskere betaler samme skatteprocent til staten"; the subject unchanged otherwise."""
    words = subject.split()
    if not 1 <= len(words) <= 3 or DEFINITE.match(words[-1]) or words[-1][:1].isupper() \
            or words[-1].lower() in _PP_HEAD | _PREPOSITION_WORDS or ", hvor " in subject:
        return subject
    found = re.search(r"(?<![\wæøå-])" + re.escape(subject) + r",\s+hvor\s+(?P<rest>[^,;:()]+)", evidence)
    if not found:
        return subject
    rest = found.group("rest").rstrip(" .").split()
    if len(rest) > _WHERE_WORDS or len(rest) < 2:
        return subject
    return f"{subject}, hvor {' '.join(rest)}"
