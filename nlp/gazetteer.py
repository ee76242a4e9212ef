"""Gazetteers: the reference lists as typed entries.

Each entry has a canonical id (used in graph node ids), a canonical name and the
spellings met in documents. Parties, ministries, committees and agencies come from
`danish.reference` (Folketinget's ODA tables and the project's lists, one id scheme);
reforms and benefit schemes from `nlp/data/*.csv`; kommuner from extract's registry.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from danish import reference
from danish._data import table_rows

EntityKind = Literal["party", "ministry", "organisation", "committee", "reform", "benefit_scheme", "kommune", "person"]

FILES: dict[EntityKind, str] = {
    "reform": "reforms.csv",
    "benefit_scheme": "benefit_schemes.csv",
}
#: Kinds read from danish.reference.
REFERENCE_KINDS: tuple[EntityKind, ...] = ("party", "ministry", "organisation", "committee")
#: Every kind with a list (persons have none: their id is the slug of the name).
KINDS: tuple[EntityKind, ...] = (*REFERENCE_KINDS, *FILES)


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
    return list(table_rows("nlp", "data", filename))


@lru_cache(maxsize=None)
def entries(kind: EntityKind) -> tuple[Entry, ...]:
    if kind == "kommune":
        return _kommune_entries()
    if kind in REFERENCE_KINDS:
        return _reference_entries(kind)
    rows = read_rows(FILES[kind])
    return tuple(Entry(kind=kind, id=row["id"], name=row["name"], abbrev=(row.get("abbrev") or None),
                       aliases=tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()),
                       successor_id=(row.get("successor_id") or None))
                 for row in rows)


def _reference_entries(kind: EntityKind) -> tuple[Entry, ...]:
    if kind == "party":
        return tuple(Entry("party", p.id, p.name, p.abbrev or None,
                           tuple(dict.fromkeys(a for a in (*p.aliases, *p.printed, p.ballot_letter) if a and a != p.abbrev)),
                           p.successor_id) for p in reference.parties())
    if kind == "ministry":
        return tuple(Entry("ministry", m.id, m.name, m.abbrev, m.aliases, m.successor_id) for m in reference.ministries())
    if kind == "organisation":
        return tuple(Entry("organisation", a.id, a.name, a.abbrev, a.aliases) for a in reference.agencies())
    return _committee_entries()


def _committee_entries() -> tuple[Entry, ...]:
    """One entry per committee id: its latest name, its other names as aliases (a name two
    committees used belongs to the one that used it last), and the "Folketingets X-udvalg"
    form letters write."""
    def when(c: reference.Committee) -> dt.date:  # undated names come from the lists after ODA's snapshot
        return c.start or reference.SNAPSHOT_END

    owner: dict[str, reference.Committee] = {}
    for c in sorted(reference.committees(), key=when):
        owner[c.name.casefold()] = c
        if c.name.endswith("udvalget"):
            owner[f"folketingets {c.name[:-2]}".casefold()] = c
    by_id: dict[str, list[reference.Committee]] = {}
    for c in reference.committees():
        by_id.setdefault(c.id, []).append(c)
    out = []
    for cid, names in by_id.items():
        owned = [n for n in names if owner[n.name.casefold()].id == cid]
        latest = max(owned or names, key=when)
        forms = [n.name for n in names] + [f"Folketingets {n.name[:-2]}" for n in names if n.name.endswith("udvalget")]
        aliases = tuple(dict.fromkeys(f for f in forms if f != latest.name and owner[f.casefold()].id == cid))
        out.append(Entry("committee", cid, latest.name, latest.abbrev or None, aliases))
    return tuple(out)


def _kommune_entries() -> tuple[Entry, ...]:
    try:
        from extract.kommune_registry import kommuner
    except ImportError:  # the registry belongs to extract; without it there are no kommuner
        return ()
    return tuple(Entry(kind="kommune", id=k.code, name=k.name, aliases=tuple(k.aliases)) for k in kommuner())


__all__ = ["FILES", "KINDS", "REFERENCE_KINDS", "EntityKind", "Entry", "all_entries", "entries", "party_by_abbrev",
           "read_rows"]


def all_entries() -> tuple[Entry, ...]:
    return tuple(e for kind in (*KINDS, "kommune") for e in entries(kind))


@lru_cache(maxsize=None)
def party_by_abbrev() -> dict[str, Entry]:
    """Party letters, including one-letter forms, for "(SF, S, RV, V, K og LA)" lists."""
    out: dict[str, Entry] = {}
    for entry in entries("party"):
        for form in (entry.abbrev, *entry.aliases):
            if form and len(form) <= 3 and form.isupper():
                out.setdefault(form, entry)
    return out
