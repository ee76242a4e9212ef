"""Where the role a document gives a person (`DocumentInfo.person_roles`, extract/person_roles.py) is printed: the
role's parts near the person's name ("beskæftigelsesminister Peter Hummelgaard (S)": "beskæftigelsesminister" and
"(S)"; "Birgit Roswall, / Kommunalbestyrelsesmedlem / Gribskov, Medlem af / Sundhedskoordinationsudvalget"), cited
from the first part to the last. A part no text prints is a word the labelling convention gives a role ("afsender",
"skribent (byline)", "medlem" of a meeting's attendance list, "kontaktperson" for a "Kontakt:" line), named as its
basis; a role with any other part unprinted is left uncited rather than cited at words that do not say it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .listed_people import MEMBER_OF_MEETING
from .person_roles import BYLINE_ROLE, MEMBER_ROLE, SENDER_ROLE
from .person_titles import CONTACT_LABELS

# How far from the name a role is looked for: a signature's title and organisation lines, a list entry's lines.
_NEAR = 300


@lru_cache(maxsize=1)
def convention_words() -> frozenset[str]:
    """The parts of a role the readers word by the labelling convention rather than copy from the text."""
    return frozenset({SENDER_ROLE, MEMBER_OF_MEETING, MEMBER_ROLE.split(" ")[0],
                      *(p.strip("()") for p in _parts(BYLINE_ROLE)), *CONTACT_LABELS.values()})


def _parts(role: str) -> list[str]:
    """A role's parts: "beskæftigelsesminister (S)" -> "beskæftigelsesminister", "(S)"; "direktør, Styrelsen for
    ..." -> two; "social-, børne- og integrationsminister" is one (a comma after a hyphen joins)."""
    return [p.strip() for p in re.split(r"(?<!-),\s*|\s+(?=\()", role) if p.strip()]


def _pattern(part: str) -> re.Pattern[str]:
    """A part as printed: any case, across line breaks ("Medlem af\\nSundhedskoordinationsudvalget")."""
    words = r"\s+".join(re.escape(w) for w in part.split())
    return re.compile(rf"(?<![\w-]){words}(?![\w-])", re.IGNORECASE)


def role_printed(text: str, name_start: int, name: str, role: str) -> tuple[tuple[int, int] | None, list[str]] | None:
    """(the span from the first printed part of the role to its last, the parts the convention words) for a person
    named at `name_start`; None when a part is neither printed near the name nor a convention word. Each part is
    its place in the name's paragraph (a list entry, a signature) nearest the name: a list of members one a line
    ("Lolan Ottesen (A) - formand / Grethe Larsen (A) - næstformand") gives each the party after their own name."""
    name_end = name_start + len(name)
    gap = re.compile(r"\n[ \t]*\n")
    before = [m.end() for m in gap.finditer(text, max(0, name_start - _NEAR), name_start)]
    after = gap.search(text, name_end, min(len(text), name_end + _NEAR))
    lo = before[-1] if before else max(0, name_start - _NEAR)
    hi = after.start() if after else min(len(text), name_end + _NEAR)
    printed: list[tuple[int, int]] = []
    worded: list[str] = []
    for part in _parts(role):
        places = [m.span() for m in _pattern(part).finditer(text, lo, hi)]
        if places:
            printed.append(min(places, key=lambda p: p[0] - name_end if p[0] >= name_end else name_start - p[1]))
        elif part.strip("()").casefold() in convention_words():
            worded.append(part)
        else:
            return None
    span = (min(a for a, _ in printed), max(b for _, b in printed)) if printed else None
    return span, worded
