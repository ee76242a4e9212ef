"""Danish dates as the letters print them (strings copied from corpus/ft_qa)."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from danish.dates import find_dates, first_date, parse_date, with_inferred_year


@pytest.mark.parametrize("text, expected", [
    ("29. november 2012", dt.date(2012, 11, 29)),
    ("Dato: 28-11-2019", dt.date(2019, 11, 28)),
    ("26-03-2010\nMed venlig hilsen", dt.date(2010, 3, 26)),
    ("brev af 24. september2010 følger", dt.date(2010, 9, 24)),      # glued at a line end
    ("18. december 2008J.nr. 2008-0006659", dt.date(2008, 12, 18)),  # glued to the J.nr.
    ("Børne- og undervisningsministeren26. juni 2012", dt.date(2012, 6, 26)),
    ("stillet af Trine Bramsen (S) den 10. maj\n2016.", dt.date(2016, 5, 10)),
    ("i brev af 1.december 2008", dt.date(2008, 12, 1)),
    ("23/1-13", dt.date(2013, 1, 23)),
    ("22/1 2013", dt.date(2013, 1, 22)),
    ("den 5. okt. 2015", dt.date(2015, 10, 5)),
])
def test_parses_danish_dates(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", [
    "Maj 2005",                 # a month only is not a date
    "18-20 timer",              # a range of hours
    "J.nr. 2023 - 820",
    "Ref.-nr. 16/048363-02",
    "Vores sag 04-201-52/101-0012",
    "3. majestæt 2012",
    "Dato:\nUnder henvisning til",
])
def test_ignores_what_is_not_a_date(text: str) -> None:
    assert parse_date(text) is None


def test_missing_year_is_inferred_from_the_letter_and_marked() -> None:
    hit = first_date("i brev af 15. december stillet")
    assert hit is not None and hit.value is None and hit.year is None
    inferred = with_inferred_year(hit, dt.date(2018, 1, 10))
    assert inferred.value == dt.date(2017, 12, 15) and inferred.inferred
    same_year = with_inferred_year(hit, dt.date(2018, 12, 20))
    assert same_year.value == dt.date(2018, 12, 15)


def test_spans_point_at_the_date() -> None:
    text = "Finansudvalget har i brev af 2. september 2022 stillet"
    hit = first_date(text, offset=100)
    assert hit is not None
    assert text[hit.start - 100:hit.end - 100] == "2. september 2022"


@given(st.text(max_size=200))
def test_never_crashes_and_spans_lie_inside(text: str) -> None:
    for hit in find_dates(text):
        assert 0 <= hit.start < hit.end <= len(text)
