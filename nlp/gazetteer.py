"""Gazetteers: the reference lists in `nlp/data/*.csv` as typed entries.

Each entry has a canonical id (used in graph node ids), a canonical name and the
spellings met in documents. Kommuner come from extract's registry, not from here.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Literal

from danish.ids import slug

EntityKind = Literal["party", "ministry", "organisation", "committee", "reform", "benefit_scheme", "kommune", "person"]

FILES: dict[EntityKind, str] = {
    "party": "parties.csv",
    "ministry": "ministries.csv",
    "organisation": "agencies.csv",
    "committee": "committees.csv",
    "reform": "reforms.csv",
    "benefit_scheme": "benefit_schemes.csv",
}


@dataclass(frozen=True, slots=True)
class Entry:
    kind: EntityKind
    id: str
    name: str
    abbrev: str | None = None
    aliases: tuple[str, ...] = ()
    successor_id: str | None = None

    @property
    def spellings(self) -> tuple[str, ...]:
        """Name, abbreviation and aliases; one-letter abbreviations (party letters) are
        left out because they collide with ordinary words ("I", "K")."""
        out = [self.name, *self.aliases]
        if self.abbrev:
            out.append(self.abbrev)
        return tuple(s for s in out if len(s) > 1)


def read_rows(filename: str) -> list[dict[str, str]]:
    text = resources.files("nlp").joinpath("data", filename).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines))


@lru_cache(maxsize=None)
def entries(kind: EntityKind) -> tuple[Entry, ...]:
    if kind == "kommune":
        return _kommune_entries()
    rows = read_rows(FILES[kind])
    return tuple(Entry(kind=kind, id=row["id"], name=row["name"], abbrev=(row.get("abbrev") or None),
                       aliases=tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()),
                       successor_id=(row.get("successor_id") or None))
                 for row in rows)


def _kommune_entries() -> tuple[Entry, ...]:
    try:
        from extract.kommune_registry import kommuner
    except ImportError:  # the registry belongs to extract; without it there are no kommuner
        return ()
    return tuple(Entry(kind="kommune", id=k.code, name=k.name, aliases=tuple(k.aliases)) for k in kommuner())


__all__ = ["FILES", "EntityKind", "Entry", "all_entries", "entries", "party_by_abbrev", "read_rows", "slug"]


def all_entries() -> tuple[Entry, ...]:
    return tuple(e for kind in (*FILES, "kommune") for e in entries(kind))  # type: ignore[arg-type]


@lru_cache(maxsize=None)
def party_by_abbrev() -> dict[str, Entry]:
    """Party letters, including one-letter forms, for "(SF, S, RV, V, K og LA)" lists."""
    out: dict[str, Entry] = {}
    for entry in entries("party"):
        for form in (entry.abbrev, *entry.aliases):
            if form and len(form) <= 3 and form.isupper():
                out.setdefault(form, entry)
    return out
