"""The one Danish date reader: every form the documents print (strings copied from corpus/)."""
from __future__ import annotations

import datetime as dt

import pytest

from danish.dates import (DATE_LABELS, MONTH_NAMES, MONTHS, date_of, document_date, find_dates, find_month_years,
                          find_periods, find_years, first_complete_date, month_number, parse_date,
                          with_inferred_year)


def test_month_table() -> None:
    assert MONTH_NAMES == ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
                           "september", "oktober", "november", "december")
    assert MONTHS["sept"] == MONTHS["sep"] == 9 and MONTHS["okt"] == 10
    assert month_number("Marts") == 3 and month_number("okt.") == 10 and month_number("majestæt") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("28. september 2017", dt.date(2017, 9, 28)),                       # corpus/seeds 000
    ("Folketingets Socialudvalg har i brev d. 3/4-2019 stillet", dt.date(2019, 4, 3)),
    ("Dato: 22-05-2018", dt.date(2018, 5, 22)),
    ("28.11.2019", dt.date(2019, 11, 28)),
    ("2019-03-21", dt.date(2019, 3, 21)),                               # ISO letter dates
    ("23/1-13", dt.date(2013, 1, 23)),
    ("22/1 2013", dt.date(2013, 1, 22)),
    ("den 5. okt. 2015", dt.date(2015, 10, 5)),
    ("brev af 24. september2010 følger", dt.date(2010, 9, 24)),         # glued at a line end
    ("stillet den 10. maj\n2016.", dt.date(2016, 5, 10)),
])
def test_reads_every_printed_form(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", [
    "Maj 2005", "18-20 timer", "J.nr. 2023 - 820", "Ref.-nr. 16/048363-02", "3. majestæt 2012",
    "tabel 3.2 19 kommuner",   # a section number and a count, not 3 February 2019
])
def test_not_a_date(text: str) -> None:
    assert parse_date(text) is None


def test_year_less_date_takes_the_year_before_the_letter() -> None:
    hit = next(find_dates("i brev af 15. december stillet"))
    assert hit.value is None
    assert with_inferred_year(hit, dt.date(2018, 1, 10)).value == dt.date(2017, 12, 15)


def test_month_only_years_and_periods() -> None:
    text = "Rapporten udkom marts 2018, den 3. marts 2019 og i Maj 2005."
    assert [(h.year, h.month, text[h.start:h.end]) for h in find_month_years(text)] == [
        (2018, 3, "marts 2018"), (2005, 5, "Maj 2005")]
    assert [p.label for p in find_periods("Sigtelinjer 2017 - 2018, BEU 2018-19 og finansåret 2014/15")] == [
        "2017-2018", "2018-2019", "2014-2015"]
    assert find_periods("J.nr. 2017-6136") == [] and find_periods("2019-2011") == []
    assert [y for y, _, _ in find_years("i 2014 og J.nr. 2017-6136 og 2.019")] == [2014]


def test_date_of_a_whole_field() -> None:
    assert date_of(" 28. september 2017 ") == dt.date(2017, 9, 28)
    assert date_of("12-09-2017") == dt.date(2017, 9, 12) and date_of("2019-03-21") == dt.date(2019, 3, 21)
    assert date_of("vedtaget 3. april 2001") is None and date_of("15. november") is None


def test_first_complete_date_skips_year_less_ones() -> None:
    assert first_complete_date("den 2. november og den 4. december 2018") == dt.date(2018, 12, 4)


@pytest.mark.parametrize(("text", "expected"), [
    ("Folketingets Beskæftigelsesudvalg\n\n28. september 2017\n\nJ.nr. 2017 - 6136", dt.date(2017, 9, 28)),
    ("Til landets kommunaldirektører\n\nDato: 12-09-2017\n", dt.date(2017, 9, 12)),   # corpus/seeds 004
    ("Om reformen\nSidst opdateret: 05-03-2018", dt.date(2018, 3, 5)),             # corpus/star d08
    ("Lov om fleksydelse blev vedtaget den 3. april 2001.", None),
])
def test_document_date(text: str, expected: dt.date | None) -> None:
    assert document_date(text) == expected


def test_date_labels_cite_attestations() -> None:
    assert {"Dato", "Sidst opdateret"} <= set(DATE_LABELS)
