"""A municipal status overview: a table of cases with a status per row.

Aarhus' magistratsafdelinger send their committee a "Sager på vej" list (corpus/municipal/s01): cases
under section headings that give the year ("Færdigbehandlede sager i 2025", "Sager på vej i 2025"),
one row per case with its department and its status ("Vedtaget. Byrådet 25. juni") or its expected
date ("November"). The loader gives the table as lines whose cells are separated by tabs, a long title
or department wrapped over lines with blank lines between the cells:

    Renovering og ombygning af plejehjemmet Møllestien (med MTM)\tØkonomi\tVedtaget. Byrådet 25. juni
    Velfærdsteknologiens Hus og Lærings- og Beskæftigelsestilbud Hus
    (MTM + MSB + MSO)

    Vedtaget. Byrådet 22. januar

The written convention (tests/fixtures/gold/municipal/README.md): each row with a stated status is one
event, its year from the section heading. A row decided is `introduced` by the body that decided it
(a report on results, `evaluated`; a proposal to continue something, the lexicon's `confirmed`); a row
under "Sager på vej" is `planned`. Rows that name no commitment (an answer to a proposal, a hire, a
consultation reply) give nothing. The headings, statuses and row kinds are data
(nlp/data/status_overview.csv), each with its example and sources.

A sentence has no place in such a table, so the rows are read here, by layout, and the sentence reader
skips their lines.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from danish._data import table_rows
from danish.dates import MONTH_NAME_PATTERN, month_number
from extract.normalise import collapse_ws

from . import lexicon
from .kinds import BY_KIND


@dataclass(frozen=True)
class OverviewEntry:
    role: str  # section | status | skip | report
    phrase: str
    kind: str
    example: str
    sources: tuple[str, ...]


@lru_cache(maxsize=1)
def entries() -> tuple[OverviewEntry, ...]:
    out = []
    for row in table_rows("nlp", "data", "status_overview.csv"):
        if row["kind"] and row["kind"] not in BY_KIND:
            raise ValueError(f"nlp/data/status_overview.csv: {row['phrase']!r} has unknown kind {row['kind']!r}")
        if row["role"] not in ("section", "status", "skip", "report"):
            raise ValueError(f"nlp/data/status_overview.csv: {row['phrase']!r} has unknown role {row['role']!r}")
        out.append(OverviewEntry(row["role"], row["phrase"], row["kind"], row["example"],
                                 tuple(s for s in row["sources"].split(";") if s)))
    return tuple(out)


def _of(role: str) -> tuple[OverviewEntry, ...]:
    return tuple(e for e in entries() if e.role == role)


@lru_cache(maxsize=1)
def _section_line() -> re.Pattern[str]:
    # a heading is a line of its own: the phrase, optionally "i", and the year ("Færdigbehandlede sager i 2025")
    phrases = "|".join(re.escape(e.phrase) for e in _of("section"))
    return re.compile(rf"^[^\S\n]*(?P<phrase>{phrases})(?:[^\S\n]+i)?(?:[^\S\n]+(?P<year>(?:19|20)\d\d))?[^\S\n]*$",
                      re.IGNORECASE | re.MULTILINE)


@lru_cache(maxsize=1)
def _status_cell() -> re.Pattern[str]:
    # "Vedtaget. Byrådet 25. juni", "Vedtaget. Magistraten 17. juni": the status, the body, the day
    words = "|".join(re.escape(e.phrase) for e in _of("status"))
    # the status's full stop is sometimes left out ("Vedtaget Byrådet 14. november", s9_11, beside
    # "Vedtaget. Byrådet 22. november" in the same table)
    return re.compile(rf"\b(?P<status>{words})\.?[^\S\n]+(?P<body>[A-ZÆØÅ][\wæøå-]{{1,40}})"
                      rf"[^\S\n]+(?P<day>\d{{1,2}})\.[^\S\n]*(?P<month>{MONTH_NAME_PATTERN})\b", re.IGNORECASE)


# Cells are separated by a tab, or by a run of spaces where a loader lays the columns out with blanks.
_CELL_GAP = re.compile(r"\t|[^\S\n]{2,}")
_COLUMN_HEADER = re.compile(r"^[^\S\n]*Sag(?:\t|[^\S\n]{2,})", re.MULTILINE)  # "Sag\tAfd.\tVedtaget": the header row
_PAGE_MARK = re.compile(r"^\s*---[^\n]*---\s*$")
_CONTINUED = ("–", "-", ",")  # a cell wrapped to the next line: "Pt. i høring hos Ældreråd og Handicapråd –"
# A last parenthesis of department abbreviations is no part of the case's name: "(med MTM)", "(MTM + MSB + MSO)",
# "(Mag.)", "(Alle mag)"; one with words keeps ("(udmøntningen af sidste halvdel af midlerne)").
_LAST_PARENTHESIS = re.compile(r"\((?P<inner>[^()\n]{1,80})\)[^\S\n]*$")
_ABBREVIATION_WORDS = frozenset("med og + alle mag mag.".split())


def _without_abbreviations(title: str) -> str:
    last = _LAST_PARENTHESIS.search(title)
    if last and all(w.isupper() or w.lower() in _ABBREVIATION_WORDS for w in last.group("inner").split()):
        return title[:last.start()].rstrip()
    return title
_APPROVAL_HEAD = re.compile(r"^(?:godkendelse|vedtagelse)\s+af\s+", re.IGNORECASE)


@dataclass(frozen=True)
class OverviewRow:
    """One case of the table as an event: offsets into the document's text."""

    kind: str
    start: int
    end: int
    subject: str
    year: int | None
    date: dt.date | None
    actor: str | None
    # where the year and the date's day and month are printed: the section heading ("Færdigbehandlede sager i
    # 2025") and the status cell ("Vedtaget. Byrådet 25. juni"), outside the row's title (provenance per field)
    year_at: tuple[int, int] | None = None
    date_at: tuple[int, int] | None = None


Section = tuple[int, int, str, int | None, tuple[int, int] | None]


def sections(text: str) -> list[Section]:
    """(start, end, kind, year, where the heading prints the year) of each section under a known heading; kind ""
    = the row's status decides.
    Rows above the first heading (a page or an excerpt that starts inside a section, s9_11) are a section
    of their own with no year: a decided row says so in its status cell, so only such rows are read there."""
    by_phrase = {e.phrase: e.kind for e in _of("section")}
    heads = list(_section_line().finditer(text))
    out: list[Section] = []
    first = heads[0].start() if heads else len(text)
    if _status_cell().search(text, 0, first):
        out.append((0, first, "", None, None))
    for n, head in enumerate(heads):
        end = heads[n + 1].start() if n + 1 < len(heads) else len(text)
        year = int(head.group("year")) if head.group("year") else None
        out.append((head.end(), end, by_phrase[head.group("phrase").lower()], year, head.span("year") if year else None))
    return out


def table_ranges(text: str) -> list[tuple[int, int]]:
    """The sections of a status overview the rows are read from (the sentence reader skips them)."""
    return [(lo, hi) for lo, hi, _, _, _ in sections(text)] if _COLUMN_HEADER.search(text) else []


def rows(text: str) -> list[OverviewRow]:
    """The events of a status overview's rows; [] for a text without its section headings."""
    if not _COLUMN_HEADER.search(text):
        return []  # no table: a heading-like line in running text is no overview
    out: list[OverviewRow] = []
    for lo, hi, kind, year, year_at in sections(text):
        for start, end in _row_spans(text, lo, hi, planned=bool(kind)):
            row = _row(text, start, end, kind, year)
            if row is not None:
                out.append(replace(row, year_at=year_at if row.year is not None else None))
    return out


def _row_spans(text: str, lo: int, hi: int, planned: bool) -> list[tuple[int, int]]:
    """Rows as character spans: a decided row ends at its status cell; a row on its way ends at a line with
    its cells (a tab), unless that line's last cell goes on on the next line."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    wrapped = False
    pos = lo
    for line in text[lo:hi].split("\n"):
        at, pos = pos, pos + len(line) + 1
        if not line.strip() or _PAGE_MARK.match(line) or _COLUMN_HEADER.match(line):
            continue
        if start is None:
            start = at + len(line) - len(line.lstrip())
        closes = bool(_status_cell().search(line)) if not planned else (bool(_CELL_GAP.search(line.strip())) or wrapped)
        wrapped = line.rstrip().endswith(_CONTINUED)
        if closes and not wrapped:
            spans.append((start, at + len(line.rstrip())))
            start = None
    return spans


def _row(text: str, start: int, end: int, section_kind: str, year: int | None) -> OverviewRow | None:
    body = text[start:end]
    title = collapse_ws(re.split(r"\t|[^\S\n]{2,}|\n[^\S\n]*\n", body, maxsplit=1)[0]).strip()
    low = title.lower()
    if not title or any(low.startswith(e.phrase) or e.phrase in low for e in _of("skip")):
        return None
    status = _status_cell().search(body)
    if section_kind:
        kind, actor, date, date_at = section_kind, None, None, None
    elif status:
        kind = next(e.kind for e in _of("status") if e.phrase == status.group("status").lower())
        actor = status.group("body")
        month = month_number(status.group("month"))
        date = dt.date(year, month, int(status.group("day"))) if year and month else None
        date_at = (start + status.start("day"), start + status.end("month")) if date else None
    else:
        return None  # a decided section's row without a stated status
    subject = _without_abbreviations(title)
    subject = _APPROVAL_HEAD.sub("", subject)  # "Godkendelse af Praksisplan for fysioterapi 2025": the plan
    if kind == "introduced":
        kind, subject = _row_kind(subject)
    return OverviewRow(kind, start, end, subject, year, date, actor, date_at=date_at)


def _row_kind(title: str) -> tuple[str, str]:
    """A decided row's kind from its title: a report on results is `evaluated` ("Redegørelser for
    magtanvendelse i 2024"); a proposal of an evaluation decides one to come, `planned`; a lexicon nominalisation of another kind with its object states that kind of
    that object ("Forslag ... om videreførelse af forebyggende hjemmebesøg": `confirmed`)."""
    low = title.lower()
    for entry in _of("report"):
        if re.match(rf"(?:\w+\s+)?{re.escape(entry.phrase)}", low):  # "Årlig redegørelse", "Ankestyrelsens ..."
            return entry.kind, title
    words = title.split()
    for n, word in enumerate(words[:-2]):
        noun = lexicon.noun_entry(word.lower())
        if noun is not None and noun.kind == "evaluated" and words[n + 1] == "af" and low.startswith("forslag"):
            # a proposal of an evaluation, adopted, decides an evaluation still to come: `planned` ("Forslag fra EL
            # om evaluering af omstruktureringen i Sundhed og Omsorg", s9_11 gold_notes: "a decided future
            # evaluation -> planned (s6_06: a decided future review is planned)"); the evaluation is the subject
            return "planned", " ".join(words[n:])
        if noun is not None and noun.kind in ("changed", "dropped", "confirmed") and words[n + 1] == "af":
            # the rest of the title is the object: a title has no clause to end it ("efter 1. januar 2025")
            return noun.kind, " ".join(words[n + 2:])
    return "introduced", title


def report_nouns() -> tuple[str, ...]:
    """The head nouns of a report on results ("redegørelse", "afrapportering"), for a noted point of the minutes
    (nlp/lineage/referat.py)."""
    return tuple(e.phrase for e in _of("report"))


def row_kind(title: str) -> tuple[str, str]:
    """The kind and subject a decided item's title states (`_row_kind`), for the minutes' decision blocks
    (nlp/lineage/minutes.py) that title their items the way an overview titles its rows."""
    return _row_kind(title)
