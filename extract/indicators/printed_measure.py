"""Where an indicator's text prints the words its measure and its reference period are read from, so the record
can cite them (extract/parsers/indicators.py): "Antal personer fordelt på køn" -> count at "Antal", "inden for
14 dage efter henvendelse" -> duration at its time limit, "Årlig opgørelse over antal borgere" -> år at "Årlig
opgørelse". Only the words that name that value are cited (the phrases of fields.py and the cue table, cues.tsv);
a value no such words print is left for a basis or left uncited, never cited at words that do not say it.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from . import cues, fields

# The phrases that name each measure: the cue table's rows of that value (a measure word, a target's quantity,
# a time limit, a count target, a stated division per 1.000) and fields.py's own measure patterns.
_CUE_ROLES = ("measure_word", "target_quantity", "time_limit", "count_target")
_FIELD_PATTERNS: dict[str, tuple[re.Pattern[str], ...]] = {
    "share": (fields.SHARE_MEASURE,), "count": (fields.COUNT_MEASURE,), "average": (fields.AVERAGE_MEASURE,),
    "duration": (fields.DURATION_MEASURE,), "other": (fields.OTHER_MEASURE,)}


def _measure_patterns(measure: str) -> Iterable[re.Pattern[str]]:
    for role in _CUE_ROLES:
        yield from (c.regex for c in cues.rows(role) if c.value == measure)
    if measure == "average":  # a count per 1.000 persons is a rate per person: fields.rate_population
        yield from (c.regex for c in cues.rows("ratio") if c.value == "per")
    yield from _FIELD_PATTERNS.get(measure, ())


def measure_at(measure: str, text: str) -> tuple[int, int] | None:
    """The first place `text` prints a phrase naming `measure` ("antal" for count); None where none does. A
    percent that states a change ("stiger 20-25%") names no share (fields.without_change_percents)."""
    if measure == "share" and fields.percent_states_change(text):
        # the change's percent units blanked, keeping every other offset (fields.without_change_percents)
        text = fields.PERCENT_UNIT.sub(lambda m: " " * len(m.group(0)), text)
    found = [m.span() for p in _measure_patterns(measure) if (m := p.search(text)) and m.end() > m.start()]
    return min(found) if found else None


def period_unit_at(unit: str, text: str) -> tuple[int, int] | None:
    """The first place `text` states the reference period `unit` ("i en given måned", "Årlig opgørelse", "hvert
    år"); None where it does not."""
    patterns = (fields.PERIOD_MONTH,) if unit == "måned" else (fields.PERIOD_YEAR, cues.pattern("period_year"))
    found = [m.span() for p in patterns if (m := p.search(text))]
    return min(found) if found else None
