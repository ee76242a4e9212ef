"""The year a plan, programme or strategy names itself by: in its title, or as the theme its text repeats."""
from __future__ import annotations

import re
from collections import Counter

from .evidence import Evidence


# -- period -----------------------------------------------------------------------------
#
# What a plan, programme or strategy names itself by: a noun and its year. The SCHEMA's period
# is the years a document covers ("2017-2018" from the title "Sigtelinjer ... 2017 - 2018"); a
# kommune's plan or designation names one year the same way, in its title ("Sager på vej – Sundhed
# og Omsorg 2025", corpus/municipal s01, gold period 2025; "Kulturkommune 2017", f09, gold 2017) or
# again and again in its text ("Kulturkommune 2017" five times in f14's agenda item, gold 2017;
# "bygningsvedligeholdelse 2013" in s04's item on that year's plan, gold 2013). A year after a
# function word ("i 2013", "for 2012", "fra 2013": an event's time), a month, a season or a count
# of time ("i foråret 2013", f10; "i efteråret 2017", seed 004; "3. kvartal 2020", d09) is no
# period; nor is a number's ("nr. 2/2017").
_TIME_NOUNS = frozenset({"år", "året", "årene", "årets", "kvartal", "halvår", "uge", "måned", "sæson",
                         "foråret", "efteråret", "sommeren", "vinteren", "forår", "efterår", "sommer", "vinter",
                         "primo", "medio", "ultimo", "kl", "nr", "pr", "ca", "kr", "mio", "mia",
                         # time words the stop list leaves out ("siden 2008": LA's arbejdsprogram)
                         "siden", "inden", "indtil", "omkring", "efter", "før", "senest", "tidligst"})
_NOUN_YEAR = re.compile(r"(?<![\w./-])(?P<noun>[^\W\d_][\w-]{2,})[ \t]*(?:\n[ \t]*)?(?P<year>(?:19|20)\d\d)(?![\w/-]|[.,]\d)")
# in a title also "for" the year: "Budget for 2014", "Beskæftigelsesplan for 2016" (test samples),
# as "mål for 2018" (star d03) names its year
_TITLE_YEAR = re.compile(r"(?<![\w./-])(?P<noun>[^\W\d_][\w-]{2,})[ \t]+(?:for[ \t]+)?(?P<year>(?:19|20)\d\d)[ \t.]*$")
# A plan names itself in its item's heading or summary and again and again below (five times in
# f14 and in s04); a phrase named twice is a passing mention ("Excel 2016" in an API guide's set-up
# notes, "Planstrategi 2007" cited by a 2009 policy: corpus/pdf).
THEME_MENTIONS = 3
THEME_HEAD = 1500  # where the first mention stands


def _named_noun(noun: str) -> bool:
    from danish.dates import MONTHS
    from danish.words import STOPWORDS

    word = noun.casefold()
    return word not in STOPWORDS and word not in _TIME_NOUNS and word.rstrip(".") not in MONTHS


def period_in_title(title: str | None) -> str | None:
    """The year a title ends in after a noun: "Sundhed og Omsorg 2025", "Budget for 2025" ->
    "2025"; "Nyhedsbrev nr. 2/2017", "... 15. april 2012", "mål i 2013" -> None."""
    m = _TITLE_YEAR.search(" ".join((title or "").split()))
    return m.group("year") if m and _named_noun(m.group("noun")) else None


def theme_year(text: str) -> Evidence | None:
    """The year of the one noun-and-year phrase a text names in its head and repeats
    ("Kulturkommune 2017" ... "Kulturkommune 2017"): the period of the plan it is about. None
    when the repeated phrases name different years (an item on two budgets) or none repeats."""
    counts: Counter[tuple[str, str]] = Counter()
    first: dict[str, re.Match[str]] = {}
    for m in _NOUN_YEAR.finditer(text):
        if _named_noun(m.group("noun")):
            counts[(m.group("noun").casefold(), m.group("year"))] += 1
            first.setdefault(m.group("year"), m)
    heads: dict[tuple[str, str], int] = {}
    for m in _NOUN_YEAR.finditer(text[:THEME_HEAD]):
        heads.setdefault((m.group("noun").casefold(), m.group("year")), m.start())
    # ... and more often than all its other dated names together: whole minutes name one item's
    # "Bygningsvedligeholdelse 2013" seven times among their other items' years (corpus/pdf Ballerup
    # referat 2012-12-04, of which s04 is one item)
    total = sum(counts.values())
    years = {key[1] for key, n in counts.items() if n >= THEME_MENTIONS and key in heads and 2 * n > total}
    if len(years) != 1:
        return None
    year = years.pop()
    return Evidence(year, "tema", first[year].start("year"), first[year].end("year"))
