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
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from .danish_analysis import STOPWORDS, WORD_RE, term

# "spm. nr. 558", "spørgsmål nr. 558", "spm 558", "sp. 558", "spoergsmaal 558"
_QUESTION = re.compile(
    r"\b(?:sp(?:m|ørgsmål|oergsmaal|orgsmal)?)\.?\s*(?:nr\.?\s*)?(\d{1,4})\b", re.IGNORECASE)
# "Samrådsspørgsmål BL", "samrådsspm. V": a samråd question is numbered by capital letters (the
# ft_qa README's question_number convention; SUU BL, KEB V in corpus/ft_qa_ministries). The code
# must be typed in capitals, so "samrådsspørgsmål om ..." keeps its words.
_SAMRAAD = re.compile(
    r"(?i:\bsamr(?:å|aa|a)ds?\s*-?\s*sp(?:m|ørgsmål|oergsmaal|orgsmal)\.?)\s*(?i:nr\.?\s*)?([A-ZÆØÅ]{1,3})\b")
# "§ 20-spørgsmål S 1107": § 20 names the kind of question an "S 1107" reference already is
# (the README: "S 231" for § 20 questions); left in, "20" would be searched as a word.
_PARAGRAPH_20 = re.compile(r"§\s*20\b(?:\s*-?\s*(?i:spørgsmål|spm)\b\.?)?")
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
    if isinstance(question, str) and re.fullmatch(r"[Ss]\s*\d+", question.strip()):  # not samråd "SA"
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
    if m := _SAMRAAD.search(text):
        question = m.group(1)
        text = _cut(text, m)
    if m := _QUESTION.search(text):
        question = int(m.group(1))
        text = _cut(text, m)
    if m := _CASE.search(text):
        kind, number = m.group(1).upper(), m.group(2)
        case_kind, case_number = kind, number
        text = _cut(text, m)
        if kind == "S":
            question = f"S {number}"
            text = _PARAGRAPH_20.sub(" ", text, count=1)
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


class FilterError(ValueError):
    """A filter value that cannot be read (a date that is no date); the message says what is valid."""


DATE_FORMS = "a year (2014), a month (2014-05) or a date (2014-05-01), years 1-9999"


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
    issuer: str | None = None  # a kommune, party or agency: the `issuer` facet's values

    def __bool__(self) -> bool:
        return any(getattr(self, name) for name in self.__dataclass_fields__)

    @classmethod
    def build(cls, *, udvalg: str | None = None, samling: str | None = None,
              date_from: dt.date | str | int | None = None, date_to: dt.date | str | int | None = None,
              asker: str | None = None, party: str | None = None, ministry: str | None = None,
              kind: str | None = None, issuer: str | None = None) -> Filters:
        """Raises `FilterError` for a date that cannot be read, or a period that ends before it
        starts: a filter is never dropped silently, nor an impossible one answered with nothing."""
        return cls(_clean(udvalg), _clean(samling), *date_range(date_from, date_to),
                   _clean(asker), _clean(party), _clean(ministry), _clean(kind), _clean(issuer))


def text_of(value: object) -> str:
    """Any value as valid Unicode, composed as the store's text is: bytes a shell passed that
    are not UTF-8 (kept by Python as lone surrogates, which SQLite and JSON refuse) become
    U+FFFD, and a letter typed or pasted decomposed ("a" + combining ring, as macOS and PDF
    text give "å") is one letter (NFC, as extract/normalise.py stores every text), so
    "måltal" finds "måltal" however it was typed."""
    text = str(value)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace").encode(
            "utf-8", "replace").decode("utf-8")
    return unicodedata.normalize("NFC", text)


def _clean(value: str | None) -> str | None:
    text = " ".join(text_of(value).split()) if value is not None else ""
    return text[:200] or None


def date_bound(value: dt.date | str | int | None, *, end: bool) -> str | None:
    """2014 -> "2014-01-01" (or "2014-12-31" as an upper bound); "2014-05" -> a month;
    a date stays itself; None or "" is no bound. Anything else raises `FilterError`."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    text = text_of(value).strip()
    if m := re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", text):
        year, month, day = int(m.group(1)), int(m.group(2) or (12 if end else 1)), m.group(3)
        if 1 <= month <= 12 and dt.MINYEAR <= year <= dt.MAXYEAR:
            last = calendar.monthrange(year, month)[1]  # also right for year 9999
            day_number = int(day) if day else (last if end else 1)
            if 1 <= day_number <= last:
                return f"{year:04d}-{month:02d}-{day_number:02d}"
    raise FilterError(f"cannot read the date {text[:40]!r}; use {DATE_FORMS}")


def date_range(date_from: dt.date | str | int | None,
               date_to: dt.date | str | int | None) -> tuple[str | None, str | None]:
    """Both bounds (`date_bound`); `FilterError` also when the period ends before it starts
    ("from 2018 to 2017" reads as a typo, not as a search for nothing)."""
    start, end = date_bound(date_from, end=False), date_bound(date_to, end=True)
    if start and end and start > end:
        raise FilterError(f"the period starts ({start}) after it ends ({end}); give the earlier date first")
    return start, end


def iso_bound(value: dt.date | str | int | None, *, end: bool) -> str | None:
    """`date_bound`, with None for anything unreadable (for callers that check apart)."""
    try:
        return date_bound(value, end=end)
    except FilterError:
        return None


def like_escaped(text: str) -> str:
    """A value for `LIKE ? ESCAPE '\\'`: its % and _ match themselves, not anything."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _words_or_self(plain: Any, value: str) -> str:
    """The folded words of a filter value; the value itself when it has none ("%"), so a
    filter of punctuation matches that punctuation, not every document."""
    return plain(value) or value


def where_clause(filters: Filters) -> tuple[str, list[Any]]:
    """SQL conditions on `search_docs d`; values are always bound parameters."""
    from .search_index import (ISSUER_PRINTED, is_ministry, issuer_spellings, plain,  # the index's spellings
                               udvalg_abbrev)

    sql: list[str] = []
    args: list[Any] = []
    like = " ESCAPE '\\'"  # user text never acts as a LIKE wildcard
    if filters.udvalg:
        sql.append(f"(UPPER(d.udvalg) = UPPER(?) OR d.udvalg LIKE ?{like})")
        args += [udvalg_abbrev(filters.udvalg) or filters.udvalg, f"%{like_escaped(filters.udvalg)}%"]
    if filters.samling:
        sql.append(f"d.samling LIKE ?{like}")
        args.append(f"{like_escaped(filters.samling)}%")
    if filters.date_from:
        sql.append("d.date >= ?")
        args.append(filters.date_from)
    if filters.date_to:
        sql.append("d.date <= ?")
        args.append(filters.date_to)
    if filters.asker:
        sql.append(f"d.asker LIKE ?{like}")
        args.append(f"%{like_escaped(_words_or_self(plain, filters.asker))}%")
    if filters.party:
        sql.append(f"(' | ' || UPPER(d.party) || ' | ') LIKE ?{like}")
        args.append(f"% | {like_escaped(filters.party.upper())} | %")
    if filters.ministry:
        sql.append(f"d.ministry LIKE ?{like}")
        args.append(f"%{like_escaped(_words_or_self(plain, filters.ministry))}%")
    if filters.kind:
        sql.append("(d.kind = ? OR d.doc_type = ?)")
        args += [filters.kind, filters.kind]
    if filters.issuer:
        # The facet's value: the issuer as the document prints it, or another name of the same
        # party (search_index.issuer_name); never a ministry, which the `ministry` facet counts.
        spellings = [] if is_ministry(filters.issuer) else issuer_spellings(filters.issuer)
        sql.append(f"d.document_id IN (SELECT id FROM documents WHERE {ISSUER_PRINTED} "
                   f"IN ({','.join('?' * len(spellings)) or 'NULL'}))")
        args += spellings
    return "".join(f" AND {s}" for s in sql), args
