"""Danish dates: the month names and the one date reader every module uses.

Forms the documents print (letters in corpus/ft_qa, pages and reports in corpus/star and
corpus/seeds):
- a named month: "29. november 2012", "1.december 2008", "24. september2010" (glued at a
  line end), "den 5. okt. 2015", and without a year "15. november" (the year then comes
  from the letter's own date, `with_inferred_year`, and is marked inferred);
- numeric: "28-11-2019", "28.11.2019", "23/1-13", "d. 3/4-2019", "22/1 2013";
- ISO: "2019-03-21" (some ministries' document systems);
- a month only: "Maj 2005", "marts 2018" (not a date: `find_month_years`);
- years and periods: "2014", "2017-2018", "2018-19", "2014/15" (`find_years`, `find_periods`);
- the pieces of a document's own date (`DATE_LABELS`, `DATE_TEXT_PATTERN`, `MONTH_TEXT_PATTERN`,
  weekday names); the rule that weighs them is extract/document_facts.py.
Every hit keeps its [start, end) in the searched text.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ._data import rows

#: The Danish month names, January first (`data/months.csv`).
MONTH_NAMES: tuple[str, ...] = tuple(r["name"] for r in sorted(rows("months.csv"), key=lambda r: int(r["number"])))
FULL_MONTHS: dict[str, int] = {name: number for number, name in enumerate(MONTH_NAMES, start=1)}
#: Full names and the short forms ("okt", "sept"), lower case, to the month's number.
MONTHS: dict[str, int] = {
    **FULL_MONTHS,
    **{short: int(r["number"]) for r in rows("months.csv") for short in r["short_forms"].split("|") if short},
}
#: Regex alternation of the full month names (for modules that match a month in a phrase).
MONTH_NAME_PATTERN = "(?:" + "|".join(MONTH_NAMES) + ")"
#: Full names and short forms, longest first, with the short forms' optional dot.
MONTH_PATTERN = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_MONTH = MONTH_PATTERN

# "29. november 2012"; the year may be glued ("september2010") or absent.
_NAMED = rf"(?P<d1>\d{{1,2}})\.\s*(?P<m1>{_MONTH})(?![^\W\d_])(?:[ \t]*\n?[ \t]*(?P<y1>(?:19|20)\d{{2}})(?!\d))?"
# "28-11-2019", "28.11.2019", "23/1-13", "3/4-2019"; "22/1 2013" (a space before the year only
# after a slash: "tabel 3.2 19 kommuner" is a section number and a count).
_NUMERIC = (r"(?P<d2>\d{1,2})(?:[-.](?P<m2>\d{1,2})[-./]|/(?P<m2s>\d{1,2})(?:[-./]|[ \t](?=(?:19|20)\d{2})))"
            r"(?P<y2>(?:19|20)?\d{2})(?![\d-])")
# "2019-03-21": some ministries' document systems print the letter date in ISO form.
_ISO = r"(?P<y3>(?:19|20)\d{2})-(?P<m3>\d{2})-(?P<d3>\d{2})(?![\d-])"
# The leading lookahead lets the engine skip non-digits fast (dates are searched a lot).
#: An ISO date as a whole string (JSON Schema patterns of exported date columns).
ISO_DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"

DATE_RE = re.compile(rf"(?=\d)(?:(?<![\d.]){_NAMED}|(?<![\d./-]){_ISO}|(?<![\d./-]){_NUMERIC})", re.IGNORECASE)
#: A line that is only a month and a year ("Maj 2005"): a report's dating, not a day.
MONTH_ONLY_RE = re.compile(rf"^\s*{_MONTH}\s+(?:19|20)\d{{2}}\s*$", re.IGNORECASE | re.MULTILINE)
_MONTH_YEAR_RE = re.compile(rf"(?<![\w.])(?P<m>{_MONTH})(?![^\W\d_])\s+(?P<y>(?:19|20)\d{{2}})(?!\d)", re.IGNORECASE)
#: A bare year, not part of a number ("2.019"), a decimal, a journal number ("2017-6136").
YEAR_RE = re.compile(r"(?<![\d.,])(?<!\d-)((?:19|20)\d{2})(?!\d|,\d|\.\d|\s?-\s?\d{3,})")
#: "2017-2018", "2017 - 2018", "2018-19", "2014/15", "2017–18".
PERIOD_RE = re.compile(r"\b((?:19|20)\d{2})\s*[-–/]\s*((?:19|20)?\d{2})\b")


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


@dataclass(frozen=True, slots=True)
class MonthHit:
    """A month and year without a day ("marts 2018") at [start, end)."""

    year: int
    month: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Period:
    """A span of years ("2017-2018", "2018-19", "2014/15") at [start, end)."""

    first: int
    last: int
    start: int
    end: int

    @property
    def label(self) -> str:
        return f"{self.first}-{self.last}"


def month_number(word: str) -> int | None:
    """'marts' -> 3, 'Okt.' -> 10; None for anything else."""
    return MONTHS.get(word.strip().lower().rstrip("."))


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    year = int(raw)
    return year + 2000 if year < 100 else year


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when the day does not exist (31 April)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _hit(match: re.Match[str], offset: int) -> DateHit | None:
    if match.group("d1"):
        day, month = int(match.group("d1")), MONTHS[match.group("m1").lower().rstrip(".")]
        year = _year(match.group("y1"))
    elif match.group("d3"):
        day, month, year = int(match.group("d3")), int(match.group("m3")), int(match.group("y3"))
    else:
        day, month = int(match.group("d2")), int(match.group("m2") or match.group("m2s"))
        year = _year(match.group("y2"))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    value = safe_date(year, month, day) if year else None
    return DateHit(value, False, offset + match.start(), offset + match.end(), day, month, year)


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


def date_of(text: str) -> dt.date | None:
    """The date when `text` is one complete date and nothing else ("28. september 2017",
    "12-09-2017", "2019-03-21"), else None: for fields and lines that should hold a date."""
    stripped = text.strip()
    hits = list(find_dates(stripped))
    return hits[0].value if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(stripped) else None


def first_complete_date(text: str) -> dt.date | None:
    """The first date in `text` that has its year."""
    return next((hit.value for hit in find_dates(text) if hit.value is not None), None)


def with_inferred_year(hit: DateHit, reference: dt.date | None) -> DateHit:
    """Give a year-less date the year that puts it on or before `reference`.

    A question is always sent before it is answered, so "15. december" in a letter of
    10 January 2018 is 15 December 2017.
    """
    if hit.value is not None or hit.year is not None or reference is None:
        return hit
    year = reference.year if (hit.month, hit.day) <= (reference.month, reference.day) else reference.year - 1
    value = safe_date(year, hit.month, hit.day)
    return DateHit(value, value is not None, hit.start, hit.end, hit.day, hit.month, year)


_DAY_BEFORE = re.compile(r"\d\.\s*$")


def find_month_years(text: str) -> list[MonthHit]:
    """Months with a year and no day: "udgivet marts 2018", "Maj 2005"."""
    out = []
    for m in _MONTH_YEAR_RE.finditer(text):
        if _DAY_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            continue  # "3. marts 2018" is a day, read by find_dates
        out.append(MonthHit(int(m.group("y")), MONTHS[m.group("m").lower().rstrip(".")], m.start(), m.end()))
    return out


def find_years(text: str) -> list[tuple[int, int, int]]:
    """(year, start, end) of every bare year; dates and periods include theirs."""
    return [(int(m.group(1)), m.start(), m.end()) for m in YEAR_RE.finditer(text)]


def find_periods(text: str, *, max_years: int = 10) -> list[Period]:
    """Spans of years, the second written in full or by its last two digits; a pair that
    does not move forward (or spans more than `max_years`) is no period."""
    out = []
    for m in PERIOD_RE.finditer(text):
        first, second = m.group(1), m.group(2)
        if len(second) == 2:
            second = first[:2] + second
        if 0 < int(second) - int(first) <= max_years:
            out.append(Period(int(first), int(second), m.start(), m.end()))
    return out


#: Labels before a document's own date (`data/date_labels.csv`).
DATE_LABELS: tuple[str, ...] = tuple(r["label"] for r in rows("date_labels.csv"))
DATE_LABEL_PATTERN = "(?:" + "|".join(sorted((re.escape(label) for label in DATE_LABELS), key=len, reverse=True)) + ")"

#: Prepositions that make a date an event's time, not the document's (`data/time_prepositions.csv`),
#: longest first so that "fra og med" is read before "fra".
TIME_PREPOSITIONS: tuple[str, ...] = tuple(sorted((r["preposition"] for r in rows("time_prepositions.csv")), key=len,
                                                  reverse=True))
TIME_PREPOSITION_BEFORE = re.compile(r"(?:^|\s)(?:" + "|".join(re.escape(p) for p in TIME_PREPOSITIONS)
                                     + r")\s+(?:den\s+|d\.\s*)?$", re.I)

#: The weekday names, Monday first (`data/weekdays.csv`): "onsdag den 28. august 2025".
WEEKDAY_NAMES: tuple[str, ...] = tuple(r["name"] for r in sorted(rows("weekdays.csv"), key=lambda r: int(r["number"])))
WEEKDAY_PATTERN = "(?:" + "|".join(WEEKDAY_NAMES) + ")"

#: Regex source of a complete date as a document prints its own date: "6. november 2013",
#: "18-12-2017", "24/1 2020" (a circular's "skrivelse nr. 9038 af 24/1 2020"), "2019-03-21";
#: PDF text layers may space the separators ("04 -12-2012"). Read the match with `find_dates`
#: after `despace`.
DATE_TEXT_PATTERN = (rf"(?:\d{{1,2}}\.\s*{MONTH_NAME_PATTERN}\s+(?:19|20)\d\d"
                     r"|\d{1,2}\s?[-./]\s?\d{1,2}\s?[-./]\s?(?:19|20)\d\d|\d{1,2}/\d{1,2}[ \t](?:19|20)\d\d"
                     r"|(?:19|20)\d\d-\d\d-\d\d)")
#: Regex source of the date a letter prints as its own, in any of the forms letters print it in: the month written
#: out or short (months.csv: "10. april 2012", "10. apr. 2012"), or in numbers ("03-02-2021", sou-2019-20-spm581-svar;
#: "04.12.2012", municipal minutes; "24/1 2020", policy p14). One group, for a lookahead after a glued field
#: (extract/normalise.py date_after_field).
LETTER_DATE_PATTERN = (rf"(?:\d{{1,2}}\.[ \t]?{MONTH_PATTERN}[ \t]+\d{{4}}"
                       r"|\d{1,2}[-.]\d{1,2}[-.]\d{4}|\d{1,2}/\d{1,2}[ \t]\d{4})")
#: Regex source of a month without a day as a document dates itself: "marts 2018", "Maj 2005",
#: or ISO "2020-06" (a web page's date field).
MONTH_TEXT_PATTERN = rf"(?:{MONTH_PATTERN}\s+(?:19|20)\d\d|(?:19|20)\d\d-(?:0[1-9]|1[0-2]))(?![\d-])"
_ISO_MONTH = re.compile(r"((?:19|20)\d\d)-(\d\d)$")
_SPACED_SEPARATOR = re.compile(r"(?<=\d)\s+(?=[-./]\d)|(?<=[-./])\s+(?=\d)")


def despace(text: str) -> str:
    """"04 -12-2012" -> "04-12-2012": the spaces a PDF text layer puts around separators."""
    return _SPACED_SEPARATOR.sub("", text)


def month_of(text: str) -> tuple[int, int] | None:
    """(year, month) of a month printed without a day ("marts 2018", "2020-06"), else None."""
    stripped = text.strip()
    iso = _ISO_MONTH.match(stripped)
    if iso:
        return (int(iso.group(1)), int(iso.group(2))) if 1 <= int(iso.group(2)) <= 12 else None
    hits = find_month_years(stripped)
    return (hits[0].year, hits[0].month) if hits else None
