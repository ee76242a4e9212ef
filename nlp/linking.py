"""Entity linking: a name as written -> one canonical id, with rapidfuzz, never guessed.

Exact spellings (name, abbreviation, aliases, case-insensitive) link directly. Otherwise
the best fuzzy match must reach `THRESHOLD`, and a runner-up of another id within
`AMBIGUITY_MARGIN` makes the result `ambiguous`: it is reported with its candidates and
left unlinked rather than guessed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extract.fuzzy import Status, decide, ranked_owners

from danish import reference

from .gazetteer import EntityKind, Entry, entries

__all__ = ["AMBIGUITY_MARGIN", "THRESHOLD", "Link", "find_in_text", "link"]

THRESHOLD = 88.0
AMBIGUITY_MARGIN = 3.0


@dataclass(frozen=True, slots=True)
class Link:
    as_written: str
    kind: EntityKind
    status: Status
    id: str | None = None  # "party:enhedslisten", None unless linked
    name: str | None = None
    score: float = 0.0
    candidates: tuple[str, ...] = ()


@lru_cache(maxsize=None)
def _index(kind: EntityKind) -> tuple[tuple[str, ...], tuple[Entry, ...], dict[str, Entry]]:
    spellings: list[str] = []
    owners: list[Entry] = []
    exact: dict[str, Entry] = {}
    for entry in entries(kind):
        forms = list(entry.spellings) + ([entry.abbrev] if entry.abbrev and len(entry.abbrev) == 1 else [])
        for form in forms:
            spellings.append(form.casefold())
            owners.append(entry)
            exact.setdefault(form.casefold(), entry)
    return tuple(spellings), tuple(owners), exact


def link(name: str, kind: EntityKind, *, threshold: float = THRESHOLD) -> Link:
    text = " ".join(name.split())
    if kind == "party" and (party := reference.party_for(text)):
        # The forms letters print after a member's name ("Ø", "K", "KF"): one party id.
        entry = next(e for e in entries("party") if e.id == party.id)
        return Link(text, kind, "exact", f"party:{entry.id}", entry.name, 100.0)
    spellings, owners, exact = _index(kind)
    hit = exact.get(text.casefold())
    if hit:
        return Link(text, kind, "exact", f"{kind}:{hit.id}", hit.name, 100.0)
    if not spellings or len(text) < 4:  # short strings fuzz-match anything
        return Link(text, kind, "unknown")
    ranked = ranked_owners(text.casefold(), spellings, [o.id for o in owners])
    status, top_id, top, _ = decide(ranked, threshold=threshold, margin=AMBIGUITY_MARGIN)
    if top_id is None:  # unknown or ambiguous: report the closest, never guess
        return Link(text, kind, status, score=top, candidates=tuple(i for i, _ in ranked[:3]))
    entry = next(e for e in entries(kind) if e.id == top_id)
    return Link(text, kind, "fuzzy", f"{kind}:{entry.id}", entry.name, top)


@lru_cache(maxsize=None)
def _finder(kind: EntityKind) -> tuple[re.Pattern[str], dict[str, Entry]]:
    forms: dict[str, Entry] = {}
    for entry in entries(kind):
        for form in entry.spellings:
            forms.setdefault(form.casefold(), entry)
    ordered = sorted(forms, key=len, reverse=True)
    pattern = r"(?<![\wæøå])(?:" + "|".join(re.escape(f) for f in ordered) + r")(?![\wæøå])" if ordered else r"(?!x)x"
    return re.compile(pattern, re.IGNORECASE), forms


def find_in_text(text: str, kind: EntityKind) -> list[tuple[Entry, int, int]]:
    """Gazetteer entries of one kind named in `text`, with their [start, end)."""
    pattern, forms = _finder(kind)
    return [(forms[m.group(0).casefold()], m.start(), m.end()) for m in pattern.finditer(text)
            if m.group(0).casefold() in forms]
