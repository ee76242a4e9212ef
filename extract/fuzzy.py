"""One rule for resolving a written name against a list of known spellings.

Used for kommuner here and for parties, ministries, agencies and persons in nlp: rank
the owners of the spellings by their best rapidfuzz ratio, accept the best only above a
threshold and only when no other owner comes within a margin of it. An ambiguous or
weak match is reported with its candidates, never guessed.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from rapidfuzz import fuzz, process

Status = Literal["exact", "fuzzy", "ambiguous", "unknown"]


def ranked_owners(query: str, spellings: Sequence[str], owners: Sequence[str], *,
                  limit: int = 8) -> list[tuple[str, float]]:
    """Owners (ids or names) of the closest spellings, best first, each with its best score."""
    best: dict[str, float] = {}
    for _, score, index in process.extract(query, spellings, scorer=fuzz.ratio, limit=limit):
        owner = owners[index]
        best[owner] = max(best.get(owner, 0.0), float(score))
    return sorted(best.items(), key=lambda kv: -kv[1])


def decide(ranked: list[tuple[str, float]], *, threshold: float,
           margin: float) -> tuple[Status, str | None, float, tuple[str, ...]]:
    """(status, accepted owner or None, best score, rival owners within the margin)."""
    if not ranked or ranked[0][1] < threshold:
        return "unknown", None, ranked[0][1] if ranked else 0.0, ()
    top = ranked[0][1]
    rivals = tuple(owner for owner, score in ranked if score > top - margin)
    if len(rivals) > 1:
        return "ambiguous", None, top, rivals
    return "fuzzy", ranked[0][0], top, rivals
