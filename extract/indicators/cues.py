"""The cue table (`cues.tsv`): Danish definition language and document structure that mark
indicator definitions, kept as data with the documents that attest each cue.

Finders ask for a role ("definition_verb", "measure_word", ...) and get one compiled
pattern or the rows with their values; they never spell the phrases themselves.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from danish._data import table_rows


@dataclass(frozen=True, slots=True)
class Cue:
    role: str
    pattern: str
    value: str
    attested_by: tuple[str, ...]
    example: str

    @property
    def regex(self) -> re.Pattern[str]:
        return _compile(self.pattern)


@lru_cache(maxsize=None)
def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I | re.M)


@lru_cache(maxsize=1)
def table() -> tuple[Cue, ...]:
    return tuple(Cue(r["role"], r["pattern"], r["value"], tuple(a for a in r["attested_by"].split(";") if a),
                     r["example"])
                 for r in table_rows("extract.indicators", "cues.tsv", delimiter="\t", quoting=csv.QUOTE_NONE))


def rows(role: str) -> tuple[Cue, ...]:
    found = tuple(c for c in table() if c.role == role)
    if not found:
        raise KeyError(f"no cue with role {role!r} in cues.tsv")
    return found


@lru_cache(maxsize=None)
def pattern(role: str) -> re.Pattern[str]:
    """All cues of one role as one alternation (named groups kept apart by their row)."""
    return _compile("|".join(f"(?:{c.pattern})" for c in rows(role)))


def column_labels(value: str | None = None) -> str:
    """The labels of the `table_column` rows (of one field, when `value` names it) as one alternation: the names a
    measure table's columns or a fact box's labelled lines print ("Definition|Beregning|...")."""
    return "|".join(f"(?:{c.pattern})" for c in rows("table_column") if value is None or c.value == value)


def search(role: str, text: str) -> re.Match[str] | None:
    return pattern(role).search(text)


def value_of(role: str, text: str) -> str | None:
    """The value of the cue of a role that occurs first in the text ("Antal personer ...
    fordelt på varighed" counts; "Gnsn. varighed" averages); ties go to table order."""
    hits = [(m.start(), k, cue.value) for k, cue in enumerate(rows(role)) if (m := cue.regex.search(text))]
    return min(hits)[2] if hits else None


def source_in(text: str) -> tuple[int, int, str] | None:
    """(start, end, phrase) of a data source named in a source statement ("Data stammer fra X")."""
    m = search("source_statement", text)
    return _source_of(m) if m else None


# The source statements that are labels ("Kilde: X", "Datakilde: X"), printed under the measure they belong to; the
# others are sentences about the text's data ("Data stammer fra X", "Opgørelsen bygger på data fra X").
_LABEL_GROUPS = frozenset({"src3", "src4", "src6"})


def sources_in(text: str) -> list[tuple[int, int, str, bool]]:
    """Every source statement of the text, in order: (start, end, phrase, printed as a label)."""
    return [(*_source_of(m), any(m.group(g) for g in _LABEL_GROUPS if g in m.groupdict()))
            for m in pattern("source_statement").finditer(text)]


def _source_of(m: re.Match[str]) -> tuple[int, int, str]:
    name = next(g for g in m.groupdict() if m.group(g))
    # a name wrapped over a line end reads as printed on one line: a hyphen left at the line end by the loader
    # is the word's own ("DREAM-\nregisteret", p01 printed to PDF), any other line end a space
    raw = m.group(name).rstrip(" ,.;:")
    phrase = " ".join(re.sub(r"-[ \t]*\n[ \t]*", "-", raw).split()).strip(" ,.;:")
    start = m.start(name) + len(raw) - len(raw.lstrip(" ,.;:"))
    return start, m.start(name) + len(raw), phrase
