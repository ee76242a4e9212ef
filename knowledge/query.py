"""The search query language: what a udvalg secretary types, parsed into words, quoted
phrases and references.

    førtidspension område måltal        plain words (all of them ranked first, then any)
    "ubesatte job"                       a phrase, word for word (inflections allowed)
    spm 558 / spørgsmål nr. 558          question number
    BEU alm. del 156                     udvalg + case + question number
    L 65 / B 12 / S 231                  bill, beslutningsforslag, § 20 question

Any string parses: unknown characters are dropped, never handed to SQLite as syntax, so
no FTS or SQL error can reach the user. The FTS expression built here quotes every term.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from .danish_analysis import STOPWORDS, WORD_RE, term

# "spm. nr. 558", "spørgsmål nr. 558", "spm 558", "sp. 558", "spoergsmaal 558"
_QUESTION = re.compile(
    r"\b(?:sp(?:m|ørgsmål|oergsmaal|orgsmal)?)\.?\s*(?:nr\.?\s*)?(\d{1,4})\b", re.IGNORECASE)
# "BEU alm. del 156", "beu almdel spm 156", "alm. del"
_ALMDEL = re.compile(
    r"(?:\b([A-ZÆØÅa-zæøå]{2,4})\s+)?\balm\.?\s*del\b\.?(?:\s*(?:-\s*)?(?:bilag|spm\.?|spørgsmål)?\s*(?:nr\.?\s*)?(\d{1,4})\b)?",
    re.IGNORECASE)
# "L 65", "B 12", "S 231", "F 3": one capital letter then a number; lower case "l 65"
# is accepted too since users type fast, but not inside words.
_CASE = re.compile(r"(?<![\w.])([LBSFlbsf])\s?(\d{1,4})\b")
# A udvalg abbreviation as printed in ft.dk headers: "BEU", "SOU", "UUI".
_UDVALG = re.compile(r"\b([A-ZÆØÅ]{2,4})\b")
_PHRASE = re.compile(r"[\"“”„«»]([^\"“”„«»]*)[\"“”„«»]?")


@dataclass(frozen=True)
class Reference:
    """What the query points at. `question` is an int ("spm 558") or "S 231"."""

    question: int | str | None = None
    case_kind: str | None = None  # "alm. del", "L", "B", "F", "S"
    case_number: str | None = None
    udvalg: str | None = None

    def __bool__(self) -> bool:
        return any((self.question, self.case_kind, self.udvalg))

    def ref_terms(self) -> list[str]:
        """The `refs` index terms a matching document must carry (see `ref_terms_of`)."""
        out: list[str] = []
        if self.case_kind == "S" and self.case_number:
            out.append(f"s{self.case_number}")
        elif self.question is not None:
            out.append(f"spm{self.question}")
        if self.case_kind in ("L", "B", "F") and self.case_number:
            out.append(f"{self.case_kind.lower()}{self.case_number}")
        if self.case_kind == "alm. del":
            out.append("almdel")
        if self.udvalg:
            out.append(self.udvalg.lower())
        return out


@dataclass(frozen=True)
class Word:
    surface: str
    term: str


@dataclass(frozen=True)
class Query:
    raw: str
    words: tuple[Word, ...] = ()
    phrases: tuple[tuple[Word, ...], ...] = ()
    reference: Reference = field(default_factory=Reference)

    @property
    def is_empty(self) -> bool:
        return not (self.words or self.phrases or self.reference)


def ref_terms_of(*, question: int | str | None, case_kind: str | None, case_number: str | None,
                 udvalg_abbrev: str | None) -> list[str]:
    """The `refs` terms indexed for a document (the same spelling `Reference` asks for)."""
    ref = Reference(question=question, case_kind=case_kind, case_number=case_number, udvalg=udvalg_abbrev)
    if isinstance(question, str) and question.upper().startswith("S"):
        digits = re.sub(r"\D", "", question)
        ref = Reference(case_kind="S", case_number=digits, udvalg=udvalg_abbrev)
    return ref.ref_terms()


def _cut(text: str, match: re.Match[str]) -> str:
    return text[:match.start()] + " " + text[match.end():]


def _reference(text: str) -> tuple[Reference, str]:
    """Pull references out of the query; what is left are words."""
    question: int | str | None = None
    case_kind = case_number = udvalg = None
    if m := _ALMDEL.search(text):
        case_kind = "alm. del"
        if m.group(1) and m.group(1).isupper():
            udvalg = m.group(1)
        if m.group(2):
            question = int(m.group(2))
        text = _cut(text, m)
    if m := _QUESTION.search(text):
        question = int(m.group(1))
        text = _cut(text, m)
    if m := _CASE.search(text):
        kind, number = m.group(1).upper(), m.group(2)
        case_kind, case_number = kind, number
        if kind == "S":
            question = f"S {number}"
        text = _cut(text, m)
    if udvalg is None and (m := _UDVALG.search(text)):
        udvalg = m.group(1)  # kept as a word too: the header line prints it
    return Reference(question, case_kind, case_number, udvalg), text


def _words(text: str, *, keep_stopwords: bool) -> tuple[Word, ...]:
    found = [Word(m.group(), term(m.group())) for m in WORD_RE.finditer(text)]
    content = [w for w in found if w.surface.lower() not in STOPWORDS]
    chosen = found if keep_stopwords or not content else content
    return tuple(dict.fromkeys(chosen))


def parse(raw: str) -> Query:
    """Parse anything a user types; never raises."""
    text = (raw or "")[:500]
    phrases: list[tuple[Word, ...]] = []
    for m in _PHRASE.finditer(text):
        phrase = _words(m.group(1), keep_stopwords=True)
        if len(phrase) > 1:
            phrases.append(phrase)
        elif phrase:
            text += " " + phrase[0].surface  # a one-word "phrase" is a word
    text = _PHRASE.sub(" ", text)
    reference, rest = _reference(text)
    return Query(raw=raw, words=_words(rest, keep_stopwords=False), phrases=tuple(phrases),
                 reference=reference)


def quote(fts_term: str) -> str:
    """An FTS5 string literal: terms are [a-z0-9] after analysis, but quote anyway."""
    return '"' + fts_term.replace('"', '""') + '"'


@dataclass(frozen=True)
class Filters:
    """Structured filters from the CLI options or the app's widgets (not from the query)."""

    udvalg: str | None = None
    samling: str | None = None
    date_from: str | None = None  # ISO date, inclusive
    date_to: str | None = None
    asker: str | None = None
    party: str | None = None
    ministry: str | None = None
    kind: str | None = None

    def __bool__(self) -> bool:
        return any(getattr(self, name) for name in self.__dataclass_fields__)

    @classmethod
    def build(cls, *, udvalg: str | None = None, samling: str | None = None,
              date_from: dt.date | str | int | None = None, date_to: dt.date | str | int | None = None,
              asker: str | None = None, party: str | None = None, ministry: str | None = None,
              kind: str | None = None) -> Filters:
        return cls(_clean(udvalg), _clean(samling), iso_bound(date_from, end=False), iso_bound(date_to, end=True),
                   _clean(asker), _clean(party), _clean(ministry), _clean(kind))


def _clean(value: str | None) -> str | None:
    text = " ".join(str(value).split()) if value is not None else ""
    return text[:200] or None


def iso_bound(value: dt.date | str | int | None, *, end: bool) -> str | None:
    """2014 -> "2014-01-01" (or "2014-12-31" as an upper bound); "2014-05" -> a month;
    a date stays itself. Anything unreadable is no bound at all."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    if m := re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", text):
        year, month, day = int(m.group(1)), int(m.group(2) or (12 if end else 1)), m.group(3)
        if not (1 <= month <= 12 and dt.MINYEAR <= year <= dt.MAXYEAR):
            return None
        last = calendar.monthrange(year, month)[1]  # also right for year 9999
        day_number = int(day) if day else (last if end else 1)
        return f"{year:04d}-{month:02d}-{min(max(day_number, 1), last):02d}"
    return None


def where_clause(filters: Filters) -> tuple[str, list[Any]]:
    """SQL conditions on `search_docs d`; values are always bound parameters."""
    from .search_index import plain, udvalg_abbrev  # the index's spellings

    sql: list[str] = []
    args: list[Any] = []
    if filters.udvalg:
        sql.append("(UPPER(d.udvalg) = UPPER(?) OR d.udvalg LIKE ?)")
        args += [udvalg_abbrev(filters.udvalg) or filters.udvalg, f"%{filters.udvalg}%"]
    if filters.samling:
        sql.append("d.samling LIKE ?")
        args.append(f"{filters.samling}%")
    if filters.date_from:
        sql.append("d.date >= ?")
        args.append(filters.date_from)
    if filters.date_to:
        sql.append("d.date <= ?")
        args.append(filters.date_to)
    if filters.asker:
        sql.append("d.asker LIKE ?")
        args.append(f"%{plain(filters.asker)}%")
    if filters.party:
        sql.append("(' | ' || UPPER(d.party) || ' | ') LIKE ?")
        args.append(f"% | {filters.party.upper()} | %")
    if filters.ministry:
        sql.append("d.ministry LIKE ?")
        args.append(f"%{plain(filters.ministry)}%")
    if filters.kind:
        sql.append("(d.kind = ? OR d.doc_type = ?)")
        args += [filters.kind, filters.kind]
    return "".join(f" AND {s}" for s in sql), args
