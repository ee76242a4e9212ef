"""The one reader of Folketing samlinger: labels, codes, written forms, dates and order.
Printed forms are copied from corpus/ft_qa letters' stamps and running headers and from
ODA's Periode titles; dates check the opening rule (first Tuesday of October) and the
elections table."""
from __future__ import annotations

import datetime as dt

import pytest

from danish.samling import (Samling, find, first, from_code, in_ftdk_url, of_date, opening_day, parse, parse_written,
                            second_samlinger, sort_key)


@pytest.mark.parametrize(("samling", "label", "years", "code"), [
    (Samling(2012), "2012-13", "2012-13", "20121"),
    (Samling(2004, 2), "2004-05 (2. samling)", "2004-05", "20042"),
    (Samling(1999), "1999-00", "1999-00", "19991"),
])
def test_label_years_and_code(samling: Samling, label: str, years: str, code: str) -> None:
    assert (samling.label, samling.years, samling.code, str(samling)) == (label, years, code, label)
    assert from_code(code) == samling


@pytest.mark.parametrize(("text", "found"), [
    ("Beskæftigelsesudvalget 2022-23 (2. samling)\nBEU Alm.del", [("2022-23 (2. samling)", Samling(2022, 2))]),
    ("BEU, Alm.del - 2018-19 (1. samling) - Bilag 328: Orientering", [("2018-19 (1. samling)", Samling(2018))]),
    ("Finansudvalget 2021-22\nL 207", [("2021-22", Samling(2021))]),
    ("Kulturudvalget 1999-00", [("1999-00", Samling(1999))]),
    ("2022-23, 2. samling", [("2022-23, 2. samling", Samling(2022, 2))]),
    ("2022-23 (2.samling)", [("2022-23 (2.samling)", Samling(2022, 2))]),
    ("Sagsnr.: 2016-003798-62 Dato 2011-29 og 2014-15", [("2014-15", Samling(2014))]),
])
def test_find_printed_samlinger(text: str, found: list[tuple[str, Samling]]) -> None:
    assert [(text[f.start:f.end], f.samling) for f in find(text)] == found


@pytest.mark.parametrize("text", [
    "Sagsnr.: 2016-003798-62", "Dato 2011-29", "2017-19", "perioden 2014-2020", "18-20 timer", "2012", "", "12-13",
    "J.nr. 2019-18",
])
def test_no_samling_printed(text: str) -> None:
    assert list(find(text)) == [] and first(text) is None


@pytest.mark.parametrize(("text", "written"), [
    ("2017-18", (2017, None)),
    ("2017/18", (2017, None)),
    (" 2017 - 18 ", (2017, None)),
    ("2022-23 2. samling", (2022, 2)),
    ("2022-23 (2. samling)", (2022, 2)),
    ("2022-23, 1. samling", (2022, 1)),
    ("2022-23-2s", (2022, 2)),
    ("2022-23 2S", (2022, 2)),
])
def test_written_forms(text: str, written: tuple[int, int | None]) -> None:
    assert parse_written(text) == written
    assert parse(text) == Samling(written[0], written[1] or 1)


@pytest.mark.parametrize("text", ["2017-19", "sidste år", "2017", "2017-18 og 2018-19", "BEU 2017-18", "2017-18x", ""])
def test_not_a_written_samling(text: str) -> None:
    assert parse_written(text) is None and parse(text) is None


@pytest.mark.parametrize("code", ["2004", "200420", "20040", "abcde", "18991", ""])
def test_not_a_code(code: str) -> None:
    assert from_code(code) is None


def test_ftdk_url() -> None:
    assert in_ftdk_url("https://www.ft.dk/samling/20042/almdel/beu/spm/12/index.htm") == Samling(2004, 2)
    assert in_ftdk_url("https://www.ft.dk/da/samling/2004/almdel") is None
    assert in_ftdk_url(None) is None


@pytest.mark.parametrize(("year", "day"), [(2017, dt.date(2017, 10, 3)), (2019, dt.date(2019, 10, 1)),
                                           (2023, dt.date(2023, 10, 3)), (2024, dt.date(2024, 10, 1)),
                                           (2020, dt.date(2020, 10, 6))])
def test_the_year_opens_on_the_first_tuesday_of_october(year: int, day: dt.date) -> None:
    assert opening_day(year) == day and day.weekday() == 1


@pytest.mark.parametrize(("day", "samling"), [
    (dt.date(2017, 9, 28), Samling(2016)),
    (dt.date(2017, 10, 2), Samling(2016)),
    (dt.date(2017, 10, 3), Samling(2017)),
    (dt.date(2000, 1, 5), Samling(1999)),
    (dt.date(2005, 2, 7), Samling(2004)),
    (dt.date(2005, 2, 8), Samling(2004, 2)),   # the election day of 8 February 2005
    (dt.date(2005, 10, 4), Samling(2005)),     # the next October opens a first samling again
    (dt.date(2022, 10, 31), Samling(2022)),
    (dt.date(2022, 11, 1), Samling(2022, 2)),
    (dt.date(2019, 6, 5), Samling(2018, 2)),
])
def test_samling_of_a_date(day: dt.date, samling: Samling) -> None:
    assert of_date(day) == samling


def test_elections_table() -> None:
    table = second_samlinger()
    assert len(table) == 7
    for election, samling in table:
        # each 2. samling is numbered 2 and opened in the Folketing year of its election
        assert samling.number == 2 and of_date(election - dt.timedelta(days=1)) == Samling(samling.year)
    assert [e for e, _ in table] == sorted(e for e, _ in table)


def test_order() -> None:
    assert sorted([Samling(2022, 2), Samling(2012), Samling(2022), Samling(1999)]) == [
        Samling(1999), Samling(2012), Samling(2022), Samling(2022, 2)]
    printed = ["2022-23 (2. samling)", "ukendt", "2012-13", "2022-23", "1999-00"]
    assert sorted(printed, key=sort_key) == ["1999-00", "2012-13", "2022-23", "2022-23 (2. samling)", "ukendt"]
