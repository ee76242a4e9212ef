"""Danish dates as Folketing and ministry letters print them.

Forms seen in the letters: "29. november 2012", "1.december 2008", "24. september2010"
(glued at a line end), "28-11-2019", "2019-03-21", "23/1-13", "22/1 2013", "15. november" (no year:
inferred from the letter's own date and marked so), and "Maj 2005" (a month only,
which is not a date). Every hit keeps its [start, end) in the searched text.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

#: The Danish month names, January first: the one list every module reads dates with.
MONTH_NAMES: tuple[str, ...] = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
                                "september", "oktober", "november", "december")
FULL_MONTHS: dict[str, int] = {name: number for number, name in enumerate(MONTH_NAMES, start=1)}
MONTHS: dict[str, int] = {
    **FULL_MONTHS,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "okt": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december" \
         r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\.?"
# "29. november 2012"; the year may be glued ("september2010") or absent.
_NAMED = rf"(?P<d1>\d{{1,2}})\.\s*(?P<m1>{_MONTH})(?![^\W\d_])(?:[ \t]*\n?[ \t]*(?P<y1>(?:19|20)\d{{2}})(?!\d))?"
# "28-11-2019", "28.11.2019", "23/1-13", "22/1 2013"
_NUMERIC = r"(?P<d2>\d{1,2})[-./](?P<m2>\d{1,2})(?:[-./]|[ \t])(?P<y2>(?:19|20)?\d{2})(?![\d-])"
# "2019-03-21": some ministries' document systems print the letter date in ISO form.
_ISO = r"(?P<y3>(?:19|20)\d{2})-(?P<m3>\d{2})-(?P<d3>\d{2})(?![\d-])"
# The leading lookahead lets the engine skip non-digits fast (dates are searched a lot).
DATE_RE = re.compile(rf"(?=\d)(?:(?<![\d.]){_NAMED}|(?<![\d./-]){_ISO}|(?<![\d./-]){_NUMERIC})", re.IGNORECASE)
MONTH_ONLY_RE = re.compile(rf"^\s*{_MONTH}\s+(?:19|20)\d{{2}}\s*$", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True, slots=True)
class DateHit:
    """A date found in a text: the value, whether the year was inferred, and where."""

    value: dt.date | None
    inferred: bool
    start: int
    end: int
    day: int
    month: int
    year: int | None


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    year = int(raw)
    return year + 2000 if year < 100 else year


def _hit(match: re.Match[str], offset: int) -> DateHit | None:
    if match.group("d1"):
        day, month = int(match.group("d1")), MONTHS[match.group("m1").lower().rstrip(".")]
        year = _year(match.group("y1"))
    elif match.group("d3"):
        day, month, year = int(match.group("d3")), int(match.group("m3")), int(match.group("y3"))
    else:
        day, month, year = int(match.group("d2")), int(match.group("m2")), _year(match.group("y2"))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    value = _safe_date(year, month, day) if year else None
    return DateHit(value, False, offset + match.start(), offset + match.end(), day, month, year)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str, *, offset: int = 0) -> Iterator[DateHit]:
    """Every date in `text`, in order; offsets are shifted by `offset`."""
    for match in DATE_RE.finditer(text):
        hit = _hit(match, offset)
        if hit is not None:
            yield hit


def first_date(text: str, *, offset: int = 0) -> DateHit | None:
    return next(find_dates(text, offset=offset), None)


def parse_date(text: str) -> dt.date | None:
    """The first complete date in `text`, or None."""
    hit = first_date(text)
    return hit.value if hit else None


def with_inferred_year(hit: DateHit, reference: dt.date | None) -> DateHit:
    """Give a year-less date the year that puts it on or before `reference`.

    A question is always sent before it is answered, so "15. december" in a letter of
    10 January 2018 is 15 December 2017.
    """
    if hit.value is not None or hit.year is not None or reference is None:
        return hit
    year = reference.year if (hit.month, hit.day) <= (reference.month, reference.day) else reference.year - 1
    value = _safe_date(year, hit.month, hit.day)
    return DateHit(value, value is not None, hit.start, hit.end, hit.day, hit.month, year)
