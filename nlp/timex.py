"""Danish dates, years, periods and amounts, normalised.

Sources write dates many ways: "28. september 2017", "d. 29. november 2018",
"12-09-2017", "04-07-2017", "2017-09-12", "den 2. november" (year from the document),
"medio 2019", "1. halvår af 2019", "efteråret 2017", "i dag". The document's own date
anchors the relative ones. The date, year and period readers are `danish.dates` (one copy
for every package); this module turns their hits into mentions and adds amounts.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from danish.dates import PERIOD_RE as PERIOD
from danish.dates import YEAR_RE as YEAR
from danish.dates import find_dates, find_periods, find_years, safe_date
from extract.document_dates import anchor_date

AMOUNT = re.compile(r"\b(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)\s*(mia\.|mio\.|millioner|milliarder|kr\.|kroner)",
                    re.IGNORECASE)


@dataclass(frozen=True)
class TimeMention:
    """A year or date found at [start, end) of a text; `date` only when the day is known."""

    start: int
    end: int
    year: int
    date: dt.date | None = None


def time_mentions(text: str, *, anchor: dt.date | None = None) -> list[TimeMention]:
    """Every date and bare year in `text`; a day-month without year takes `anchor`'s year."""
    found: list[TimeMention] = []
    covered: set[int] = set()  # start offsets inside full dates, so their years are not repeated
    for hit in find_dates(text):
        if hit.year is None and anchor is None:
            continue
        year = hit.year if hit.year is not None else anchor.year  # type: ignore[union-attr]
        value = hit.value if hit.year is not None else safe_date(year, hit.month, hit.day)
        found.append(TimeMention(hit.start, hit.end, year, value))
        covered.update(range(hit.start, hit.end))
    for year, start, end in find_years(text):
        if start not in covered:
            found.append(TimeMention(start, end, year))
    return sorted(found, key=lambda t: t.start)


def document_date(text: str, *, pages: list[str] | None = None) -> dt.date | None:
    """The date that anchors a document's undated events: the one document-date rule
    (extract/document_facts.py: headings, Mødedato, letter date, Udgivet; never a running
    header), else the month the document is dated by."""
    return anchor_date(text, pages=pages)


__all__ = ["AMOUNT", "PERIOD", "YEAR", "TimeMention", "amounts", "document_date", "nearest_year", "periods",
           "time_mentions"]


def periods(text: str) -> list[str]:
    """Periods like "2017-2018", "2018-19" or "2014/15", normalised to full years."""
    return [p.label for p in find_periods(text)]


def amounts(text: str) -> list[tuple[float, str]]:
    """Amounts with their unit as written: "1,5 mia." -> (1.5, "mia.")."""
    out = []
    for m in AMOUNT.finditer(text):
        number = float(m.group(1).replace(".", "").replace(",", "."))
        out.append((number, m.group(2).lower()))
    return out


def nearest_year(mentions: Sequence[TimeMention], position: int) -> TimeMention | None:
    """The mention closest to `position` (a cue word), ties going to the earlier one."""
    if not mentions:
        return None
    return min(mentions, key=lambda t: (min(abs(t.start - position), abs(t.end - position)), t.start))
