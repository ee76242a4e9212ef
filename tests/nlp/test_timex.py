"""Danish dates, years, periods and amounts."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.timex import amounts, document_date, periods, time_mentions


@pytest.mark.parametrize(("text", "years"), [
    ("forligskredsen i 2014 blev enig", [2014]),
    ("Lov om fleksydelse blev vedtaget den 3. april 2001, og trådte i kraft den 1. juli 2001.", [2001, 2001]),
    ("der forventes klar i 1. halvår af 2019, vil", [2019]),
    ("Forsøget påbegyndes medio 2019.", [2019]),
    ("J.nr. 2017-6136 og 2017-2018", []),
    ("Dato: 12-09-2017", [2017]),
])
def test_years(text: str, years: list[int]) -> None:
    assert [t.year for t in time_mentions(text)] == years


def test_day_month_without_year_takes_the_documents_year() -> None:
    mention = time_mentions("offentliggjorde den 2. november en benchmarkmodel", anchor=dt.date(2018, 11, 30))[0]
    assert mention.date == dt.date(2018, 11, 2)


@pytest.mark.parametrize(("text", "expected"), [
    ("Folketingets Beskæftigelsesudvalg\n\n28. september 2017\n\nJ.nr. 2017 - 6136", dt.date(2017, 9, 28)),
    ("Til landets kommunaldirektører\n\nDato: 12-09-2017\n", dt.date(2017, 9, 12)),
    ("Om reformen\nSidst opdateret: 05-03-2018", dt.date(2018, 3, 5)),
    ("Lov om fleksydelse blev vedtaget den 3. april 2001.", None),
    # bm.dk's dated banner (dev_work/policy p18) and a web page's month-only date field
    # (corpus/policy p04): the month anchors "9. marts" and "i foråret" to 2020.
    ("Spring over hovedmenu\n\nNYHED / 18-12-2017\n\nTre undersøgelser", dt.date(2017, 12, 18)),
    (" date 2020-06 Den udskældte 225-timers regel er ude af kraft.", dt.date(2020, 6, 1)),
    ("Evaluering af indsatsen\n\nMaj 2005\n\nRapporten beskriver", dt.date(2005, 5, 1)),
])
def test_document_date_is_a_date_on_its_own_line(text: str, expected: dt.date | None) -> None:
    assert document_date(text) == expected


def test_a_running_header_dates_no_document() -> None:
    # A line on every page is a banner, not the document's date (extract/document_facts.py).
    pages = ["Nyhedsbrev\n12. marts 2019\n\nFørste side.", "Nyhedsbrev\n12. marts 2019\n\nAnden side."]
    assert document_date("\n".join(pages), pages=pages) is None


def test_periods_and_amounts() -> None:
    assert periods("Sigtelinjer 2017 - 2018 og BEU 2018-19") == ["2017-2018", "2018-2019"]
    assert amounts("en besparelse på 1,5 mia. kr. og 250 mio. kr.") == [(1.5, "mia."), (250.0, "mio.")]
