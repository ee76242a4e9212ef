"""Letter layouts of Folketing question and answer letters, as declared data.

`data/letter_layouts.yaml` lists the layouts (committee questions, samråd and § 20
questions, the ministries' answer styles, corrections, interim answers, ft.dk stub
pages) and, for each, the cues it relies on: a regular expression, what it means, and the
documents that attest it (dev letters in `corpus/`, written samples in `tests/fixtures/letters/`
or a named sample in a test module) or the written convention it follows. The parsers read
the cues by id (`cue("contributor_before")`), so a new layout is one entry in the table and
one fixture, and `tests/extract/test_letter_layouts.py` checks every cue against its
attestations.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

TABLE = Path(__file__).parent / "data" / "letter_layouts.yaml"


class LayoutTableError(ValueError):
    """The layout table is malformed (names the entry and the problem)."""


@dataclass(frozen=True, slots=True)
class Cue:
    """One fixed phrase or shape of a layout, with the documents that attest it."""

    id: str
    layout: str
    meaning: str
    pattern: re.Pattern[str]
    attested_by: tuple[str, ...]
    convention: str | None


@dataclass(frozen=True, slots=True)
class Layout:
    id: str
    kind: str
    description: str
    cues: tuple[Cue, ...]


def _cue(layout: str, raw: dict) -> Cue:
    where = f"{TABLE.name}: layout {layout!r}, cue {raw.get('id')!r}"
    missing = {"id", "meaning", "pattern"} - set(raw)
    if missing:
        raise LayoutTableError(f"{where}: missing {sorted(missing)}")
    try:
        pattern = re.compile(raw["pattern"])
    except re.error as exc:
        raise LayoutTableError(f"{where}: bad pattern: {exc}") from exc
    return Cue(id=raw["id"], layout=layout, meaning=" ".join(str(raw["meaning"]).split()), pattern=pattern,
               attested_by=tuple(raw.get("attested_by") or ()), convention=raw.get("convention"))


@lru_cache(maxsize=1)
def layouts() -> tuple[Layout, ...]:
    """Every declared layout, in table order."""
    data = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
    out = []
    for raw in data["layouts"]:
        cues = tuple(_cue(raw["id"], c) for c in raw.get("cues", ()))
        out.append(Layout(id=raw["id"], kind=raw["kind"], description=" ".join(raw["description"].split()),
                          cues=cues))
    ids = [c.id for lay in out for c in lay.cues]
    duplicated = sorted({i for i in ids if ids.count(i) > 1})
    if duplicated:
        raise LayoutTableError(f"{TABLE.name}: cue ids used twice: {duplicated}")
    return tuple(out)


@lru_cache(maxsize=None)
def cue(cue_id: str) -> re.Pattern[str]:
    """The compiled pattern of a declared cue; a parser asking for an undeclared cue is a bug."""
    for layout in layouts():
        for c in layout.cues:
            if c.id == cue_id:
                return c.pattern
    raise KeyError(f"{TABLE.name} declares no cue {cue_id!r}")


def listing() -> str:
    """Every layout, its cues and what attests each, one line per attestation (the golden
    listing in tests/fixtures/letter_layouts.golden.txt)."""
    out = []
    for layout in layouts():
        out.append(f"{layout.id} ({layout.kind})")
        for c in layout.cues:
            out.append(f"  {c.id}")
            out.extend(f"    {ref}" for ref in c.attested_by)
            if c.convention:
                out.append(f"    convention: {' '.join(c.convention.split())}")
    return "\n".join(out) + "\n"
