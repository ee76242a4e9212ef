"""The one Danish date reader: every form the documents print (strings copied from corpus/)."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from danish.dates import (DATE_LABELS, DATE_TEXT_PATTERN, MONTH_NAMES, MONTHS, WEEKDAY_NAMES, date_of, despace,
                          find_dates, find_month_years,
                          find_periods, find_years, first_complete_date, month_number, month_of, parse_date,
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
    ("6. november 2013", dt.date(2013, 11, 6)),      # corpus/pdf LO notat "Den 6. november 2013"
    ("18-12-2017", dt.date(2017, 12, 18)),           # bm.dk "NYHED / 18-12-2017" (dev_work/policy p18)
    ("04 -12-2012", dt.date(2012, 12, 4)),           # a PDF text layer's spaced separator
    ("24/1 2020", dt.date(2020, 1, 24)),             # "skrivelse nr. 9038 af 24/1 2020" (corpus/policy p14)
    ("2019-03-21", dt.date(2019, 3, 21)),
])
def test_date_text_pattern_reads_back_as_a_date(text: str, expected: dt.date) -> None:
    # document_facts finds a document's own date by this pattern and reads it with find_dates.
    assert re.fullmatch(DATE_TEXT_PATTERN, text, re.IGNORECASE)
    assert date_of(despace(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("2020-06", (2020, 6)), ("marts 2018", (2018, 3)), ("Maj 2005", (2005, 5)),
    ("2020-13", None), ("3. marts 2018", None), ("2018-19", None),
])
def test_month_of_a_month_without_a_day(text: str, expected: tuple[int, int] | None) -> None:
    assert month_of(text) == expected


def test_weekday_table() -> None:
    assert WEEKDAY_NAMES == ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")


def test_date_labels_cite_attestations() -> None:
    assert {"Dato", "Sidst opdateret"} <= set(DATE_LABELS)
