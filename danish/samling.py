"""A Folketing samling (parliamentary session): its label, code, dates and order.

The Folketing year opens on the first Tuesday of October (Grundloven § 36) and is named by
its two years: ft.dk prints "2012-13". After a general election the new Folketing opens a
second samling in the same year, printed "2022-23 (2. samling)"; the first is then
sometimes printed "2022-23 (1. samling)" (ft.dk's running page headers) and often just
"2022-23". ft.dk's addresses and ODA's `Periode.kode` write a samling as its code, the
opening year and the number: "20222" (`/samling/20222/`).

Forms read here:
- printed in running text (`find`): "2012-13", "2022-23 (2. samling)", "2018-19 (1. samling)",
  "2022-23, 2. samling"; a year and the next only, so "2016-003798" or "2011-29" is none;
- written whole by a person or ODA (`parse_written`, `parse`): the printed forms and
  "2017/18", "2022-23 2. samling", "2022-23-2s";
- codes (`from_code`, `in_ftdk_url`): "20042", ".../samling/20042/...";
- a date (`of_date`): the samling the day falls in, by the opening rule and the elections
  table `data/second_samlinger.csv`.

`Samling` values order by year, then number, so they sort as the sessions followed.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ._data import rows


@dataclass(frozen=True, order=True)
class Samling:
    """One samling: the year it opened (2012 for 2012-13) and its number in that year."""

    year: int
    number: int = 1

    @property
    def years(self) -> str:
        """"2012-13", "1999-00": the Folketing year, without the number."""
        return f"{self.year}-{(self.year + 1) % 100:02d}"

    @property
    def label(self) -> str:
        """ft.dk's label: "2012-13" for a first samling, "2004-05 (2. samling)" otherwise."""
        return self.years if self.number == 1 else f"{self.years} ({self.number}. samling)"

    @property
    def code(self) -> str:
        """ft.dk's and ODA's code: "20121", "20042"."""
        return f"{self.year}{self.number}"

    def __str__(self) -> str:
        return self.label


@dataclass(frozen=True)
class Found:
    """A samling printed in a text, and where: text[start:end] is the printed form."""

    samling: Samling
    start: int
    end: int


_YEARS = r"(?P<year>(?:19|20)\d\d)-(?P<next>\d\d)"
# "(2. samling)", "(2.samling)", ", 2. samling", " 2. samling"
_NUMBER = r"(?:\s*\(\s*(?P<n>[1-9])\.\s*samling\s*\)|,?\s+(?P<n2>[1-9])\.\s*samling\b)"
# In running text: not a piece of a longer number or case number ("2016-003798-62").
_PRINTED = re.compile(rf"(?<![\d-]){_YEARS}(?![\d-])(?:{_NUMBER})?", re.IGNORECASE)
# Written whole: also "2017/18", "2017 - 18", "2022-23-2s", "2022-23 2s".
_WRITTEN = re.compile(r"\s*(?P<year>(?:19|20)\d\d)\s*[-/]\s*(?P<next>\d\d)"
                      r"(?:\s*[-,(]?\s*(?P<n>[1-9])\.?\s*(?:s|samling)\)?)?\s*", re.IGNORECASE)
_CODE = re.compile(r"(?P<year>(?:19|20)\d\d)(?P<n>[1-9])")
_URL_CODE = re.compile(r"/samling/(?P<code>(?:19|20)\d\d[1-9])/")


def _consecutive(year: str, following: str) -> bool:
    return int(following) == (int(year) + 1) % 100


def find(text: str) -> Iterator[Found]:
    """Every samling printed in `text`, in order: a year and the next, with its number if
    printed ("2022-23 (2. samling)"); a pair of other numbers is none."""
    for m in _PRINTED.finditer(text):
        if _consecutive(m["year"], m["next"]):
            number = m["n"] or m["n2"]
            yield Found(Samling(int(m["year"]), int(number) if number else 1), m.start(), m.end())


def first(text: str | None) -> Samling | None:
    """The first samling printed in `text`, or None."""
    return next((found.samling for found in find(text or "")), None)


def parse_written(text: str) -> tuple[int, int | None] | None:
    """A whole text naming a samling: (the year it opened, the number if written).
    "2017-18" -> (2017, None); "2022-23 2. samling", "2022-23-2s" -> (2022, 2); else None.
    A person asking for "2022-23" may mean both samlinger of that year."""
    m = _WRITTEN.fullmatch(text)
    if not m or not _consecutive(m["year"], m["next"]):
        return None
    return int(m["year"]), int(m["n"]) if m["n"] else None


def parse(text: str) -> Samling | None:
    """A whole text naming a samling, as a `Samling`: "2017-18" is the year's first."""
    written = parse_written(text)
    return Samling(written[0], written[1] or 1) if written else None


def from_code(code: str) -> Samling | None:
    """ft.dk's / ODA's code: "20042" -> 2004-05 (2. samling); anything else -> None."""
    m = _CODE.fullmatch(code.strip())
    return Samling(int(m["year"]), int(m["n"])) if m else None


def in_ftdk_url(url: str | None) -> Samling | None:
    """The samling in an ft.dk address: "https://www.ft.dk/samling/20161/almdel/..." -> 2016-17."""
    m = _URL_CODE.search(url or "")
    return from_code(m["code"]) if m else None


def opening_day(year: int) -> dt.date:
    """The day the Folketing year `year`-(year+1) opens: the first Tuesday of October."""
    first_of_october = dt.date(year, 10, 1)
    return first_of_october + dt.timedelta(days=(1 - first_of_october.weekday()) % 7)


@lru_cache(maxsize=1)
def second_samlinger() -> tuple[tuple[dt.date, Samling], ...]:
    """(election day, the 2. samling it opened), from `data/second_samlinger.csv`."""
    table = []
    for row in rows("second_samlinger.csv"):
        samling = from_code(row["samling_code"])
        if samling is None:
            raise ValueError(f"second_samlinger.csv: {row['samling_code']!r} is not a samling code")
        table.append((dt.date.fromisoformat(row["election_day"]), samling))
    return tuple(table)


def of_date(day: dt.date) -> Samling:
    """The samling `day` falls in: October to October, or a 2. samling after an election."""
    year = day.year if day >= opening_day(day.year) else day.year - 1
    found = Samling(year)
    for election, second in second_samlinger():
        if second.year == year and day >= election:
            found = second
    return found


def sort_key(text: str | None) -> tuple[int, int, str]:
    """An order for printed samling values (facets, lists): by session, the unreadable last."""
    samling = first(text)
    return (samling.year, samling.number, text or "") if samling else (10_000, 0, text or "")
