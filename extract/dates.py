"""Danish dates as Folketing and ministry letters print them: the reader lives in
`danish.dates` (one copy for every package); this module keeps extract's import path."""
from __future__ import annotations

from danish.dates import (DATE_RE, FULL_MONTHS, MONTH_NAMES, MONTH_ONLY_RE, MONTHS, DateHit, find_dates,
                          first_date, parse_date, with_inferred_year)

__all__ = ["DATE_RE", "FULL_MONTHS", "MONTHS", "MONTH_NAMES", "MONTH_ONLY_RE", "DateHit", "find_dates",
           "first_date", "parse_date", "with_inferred_year"]
