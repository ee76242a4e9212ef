"""Danish dates, years, periods and amounts, normalised.

Sources write dates many ways: "28. september 2017", "d. 29. november 2018",
"12-09-2017", "04-07-2017", "2017-09-12", "den 2. november" (year from the document),
"medio 2019", "1. halvår af 2019", "efteråret 2017", "i dag". The document's own date
anchors the relative ones.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from extract.dates import FULL_MONTHS

MONTHS = FULL_MONTHS
_MONTH = "|".join(MONTHS)
LONG_DATE = re.compile(rf"\b(\d{{1,2}})\.\s*({_MONTH})(?:\s+(\d{{4}}))?\b", re.IGNORECASE)
NUMERIC_DATE = re.compile(r"\b(\d{1,2})[-./](\d{1,2})[-./](\d{4})\b")
ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
YEAR = re.compile(r"(?<![\d.,])(?<!\d-)((?:19|20)\d{2})(?!\d|,\d|\.\d|\s?-\s?\d{3,})")
PERIOD = re.compile(r"\b((?:19|20)\d{2})\s*[-–/]\s*((?:19|20)?\d{2})\b")
AMOUNT = re.compile(r"\b(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)\s*(mia\.|mio\.|millioner|milliarder|kr\.|kroner)",
                    re.IGNORECASE)


@dataclass(frozen=True)
class TimeMention:
    """A year or date found at [start, end) of a text; `date` only when the day is known."""

    start: int
    end: int
    year: int
    date: dt.date | None = None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def time_mentions(text: str, *, anchor: dt.date | None = None) -> list[TimeMention]:
    """Every date and bare year in `text`; a day-month without year takes `anchor`'s year."""
    found: list[TimeMention] = []
    covered: set[int] = set()  # start offsets inside full dates, so their years are not repeated
    if any(month in text.lower() for month in MONTHS):
        for m in LONG_DATE.finditer(text):
            year = int(m.group(3)) if m.group(3) else (anchor.year if anchor else None)
            if year is None:
                continue
            found.append(TimeMention(m.start(), m.end(), year,
                                     _safe_date(year, MONTHS[m.group(2).lower()], int(m.group(1)))))
            covered.update(range(m.start(), m.end()))
    for pattern, order in ((NUMERIC_DATE, (3, 2, 1)), (ISO_DATE, (1, 2, 3))):
        for m in pattern.finditer(text):
            if m.start() in covered:
                continue
            y, mo, d = (int(m.group(i)) for i in order)
            found.append(TimeMention(m.start(), m.end(), y, _safe_date(y, mo, d)))
            covered.update(range(m.start(), m.end()))
    for m in YEAR.finditer(text):
        if m.start() not in covered:
            found.append(TimeMention(m.start(), m.end(), int(m.group(1))))
    return sorted(found, key=lambda t: t.start)


# A date standing on its own line, or after a label: how letters and news pages date
# themselves. A date inside a sentence ("vedtaget den 3. april 2001") is an event date.
_DATE_LINE = re.compile(r"^[ \t]*(?:(?:dato|sidst opdateret|senest opdateret|opdateret|publiceret|udgivet)\s*:?\s*)?(.{6,24}?)[ \t]*$",
                        re.IGNORECASE | re.MULTILINE)


def document_date(text: str) -> dt.date | None:
    """The document's own date: the first date standing alone on a line (or labelled)."""
    for line in _DATE_LINE.finditer(text[:2500]):
        mentions = time_mentions(line.group(1))
        if len(mentions) == 1 and mentions[0].date and len(line.group(1)) - (mentions[0].end - mentions[0].start) <= 3:
            return mentions[0].date
    return None


def periods(text: str) -> list[str]:
    """Periods like "2017-2018" or "2018-19", normalised to full years."""
    out = []
    for m in PERIOD.finditer(text):
        first, second = m.group(1), m.group(2)
        if len(second) == 2:
            second = first[:2] + second
        if 0 < int(second) - int(first) <= 10:
            out.append(f"{first}-{second}")
    return out


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
