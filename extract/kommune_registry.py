"""The 98 kommuner with their official kommunekoder, and name resolution against them.

Reference data lives in `danish/data/kommuner.csv` (source: Danmarks Statistik / DAGI),
with the rest of the Danish reference data. A name
is resolved exactly first (canonical name, listed alias, or a generic variant such as
"Aarhus Kommune", "Københavns Kommune", "Jobcenter Aarhus", "Lyngby-Taarbæk*"), then
with rapidfuzz against every known spelling. A fuzzy hit below the threshold, or one
that two kommuner match about equally well, is reported as unresolved: never guessed.

The kommuner before the 2007 reform are kept apart (`danish/data/kommuner_pre2007.csv`, cited
there): `former()` says which of today's kommuner an old name became part of, one or (for a
kommune split in the reform) several. Name resolution does not use them: the labelling
conventions (shared/corpus/dev/*/README.md) say nothing of pre-2007 names, so a text naming
"Søllerød Kommune" gives no row; a linking step may ask `former()`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from danish._data import rows

from .fuzzy import Status, decide, ranked_owners


#: Fuzzy score (0-100) a spelling must reach to count as a kommune.
FUZZY_THRESHOLD = 90.0
#: A runner-up from another kommune this close to the best makes the name ambiguous.
AMBIGUITY_MARGIN = 3.0


@dataclass(frozen=True, slots=True)
class Kommune:
    code: str
    name: str
    region: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Resolution:
    """The outcome of resolving one written name; `kommune` is None unless resolved."""

    as_written: str
    status: Status
    kommune: Kommune | None = None
    score: float = 0.0
    candidates: tuple[str, ...] = ()

    @property
    def resolved(self) -> bool:
        return self.kommune is not None


def _read_rows() -> list[dict[str, str]]:
    return list(rows("kommuner.csv"))


@lru_cache(maxsize=1)
def kommuner() -> tuple[Kommune, ...]:
    """All 98 kommuner, in kommunekode order."""
    rows = _read_rows()
    return tuple(Kommune(code=r["code"], name=r["name"], region=r["region"],
                         aliases=tuple(a for a in (r.get("aliases") or "").split("|") if a))
                 for r in rows)


def by_code(code: str) -> Kommune:
    for kommune in kommuner():
        if kommune.code == code:
            return kommune
    raise KeyError(code)


def _key(name: str) -> str:
    return re.sub(r"[\s\-]+", " ", name).strip().casefold()


@lru_cache(maxsize=1)
def _spellings() -> dict[str, Kommune]:
    """Every exact spelling (canonical name and aliases), case- and hyphen-insensitive."""
    table: dict[str, Kommune] = {}
    for kommune in kommuner():
        for spelling in (kommune.name, *kommune.aliases):
            table[_key(spelling)] = kommune
    return table


# Generic wrappers around a kommune name in running text; the genitive "s" of
# "Københavns Kommune" / "Aarhus' jobcenter" is tried off as a last step.
_WRAPPERS = (
    re.compile(r"^(?:jobcenter|jobcentret|jobcentre|kommunen)\s+", re.I),
    re.compile(r"\s+(?:regionskommune|kommune|kommunes|kommuner)$", re.I),
)


def _variants(name: str) -> list[str]:
    base = name.strip().rstrip("*†¹²³ ").strip()
    out = [base]
    for pattern in _WRAPPERS:
        stripped = pattern.sub("", out[-1]).strip()
        if stripped != out[-1]:
            out.append(stripped)
    last = out[-1]
    if last.endswith("'"):
        out.append(last[:-1])
    elif last[-1:] in ("s", "S") and len(last) > 3:  # the genitive, in capitals too ("KØBENHAVNS KOMMUNE")
        out.append(last[:-1])
    return out


@lru_cache(maxsize=8192)  # running text repeats the same capitalised words; the table never changes
def lookup(name: str) -> Kommune | None:
    """Exact resolution only (no fuzzy matching): for scanning running text cheaply."""
    table = _spellings()
    for variant in _variants(name):
        hit = table.get(_key(variant))
        if hit is not None:
            return hit
    return None


def resolve(name: str, *, threshold: float = FUZZY_THRESHOLD) -> Resolution:
    """Resolve a written name to one kommune, or say why it cannot be resolved."""
    exact = lookup(name)
    if exact is not None:
        return Resolution(name, "exact", exact, 100.0, (exact.name,))
    table = _spellings()
    spellings = list(table)
    ranked = ranked_owners(_key(_variants(name)[-1]), spellings, [table[k].name for k in spellings])
    status, owner, score, rivals = decide(ranked, threshold=threshold, margin=AMBIGUITY_MARGIN)
    if status == "ambiguous":
        return Resolution(name, status, None, score, tuple(sorted(rivals)))
    if owner is None:
        return Resolution(name, "unknown", None, score)
    best = _by_name()[owner]
    return Resolution(name, "fuzzy", best, score, (best.name,))


@lru_cache(maxsize=1)
def _by_name() -> dict[str, Kommune]:
    return {k.name: k for k in kommuner()}


@lru_cache(maxsize=1)
def office_titles() -> tuple[str, ...]:
    """A kommune's elected offices whose title before a place names the kommune
    ("Borgmester Frederiksberg,"): extract/data/kommune_offices.tsv, with attestations."""
    from danish._data import table_rows

    return tuple(re.escape(row["title"]) for row in table_rows("extract", "data", "kommune_offices.tsv", delimiter="\t"))


@dataclass(frozen=True, slots=True)
class FormerKommune:
    """A kommune before the 2007 reform and the kommune(s) of today it became part of."""

    code: str
    name: str
    successors: tuple[Kommune, ...]

    @property
    def split(self) -> bool:
        """Divided between new kommuner in the reform ("Brædstrup": Horsens and Skanderborg)."""
        return len(self.successors) > 1


def _old_key(name: str) -> str:
    # old names are written with "aa" or "å" alike ("Nørre Aaby", "Holmegaard"/"Holmegård")
    return _key(name).replace("aa", "å")


@lru_cache(maxsize=1)
def former_kommuner() -> tuple[FormerKommune, ...]:
    """The 271 kommuner of 2006 (and the five Bornholm kommuner merged in 2003), in code order."""
    successors: dict[tuple[str, str], list[Kommune]] = {}
    for row in rows("kommuner_pre2007.csv"):
        successors.setdefault((row["old_code"], row["old_name"]), []).append(by_code(row["new_code"]))
    return tuple(FormerKommune(code, name, tuple(sorted(set(new), key=lambda k: k.code)))
                 for (code, name), new in sorted(successors.items()))


@lru_cache(maxsize=1)
def _former_by_key() -> dict[str, FormerKommune]:
    return {_old_key(f.name): f for f in former_kommuner()}


def former(name: str) -> FormerKommune | None:
    """The pre-2007 kommune a written name denotes ("Søllerød Kommune", "Værløse"), exactly
    (case, hyphens, "aa"/"å" and the "Kommune" wrappers aside), or None."""
    table = _former_by_key()
    for variant in _variants(name):
        hit = table.get(_old_key(variant))
        if hit is not None:
            return hit
    return None
