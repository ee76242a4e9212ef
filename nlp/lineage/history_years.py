"""The year a history page's entry is filed under.

A page that tells how rules changed over time ("Sådan har reglerne ... ændret sig", "Tidslinje: ...") files each
entry under its year: a label at the head of the line ("2002: Med en lovændring blev 24-årsreglen indført", probes23
n12; "1996: Pesticidafgiften indføres ...", probes21 n12) or a year alone on the line above ("1979" over "Boligydelsen
blev indført ...", probes22 n12). The entry's sentences, up to the paragraph's end, took place in that year unless they
print a year of their own ("Tillægget ophørte igen med udgangen af 2023").
"""
from __future__ import annotations

import re
from dataclasses import replace

from .draft import Draft

# "2002: Med ..." at a line's head: the label, the colon and the entry's first word
YEAR_LABEL = re.compile(r"[ \t]*(?P<year>(?:19|20)\d\d):[ \t]+(?=[A-ZÆØÅ0-9])")
# "1979" alone on its line, the entry on the next line opening with a capital (a table's column of years is followed
# by numbers: "2020\n0\n2021\n57", corpus/ft_qa_ministries/uui-2023-24-spm44-svar.txt)
_YEAR_HEADING = re.compile(r"[ \t]*(?P<year>(?:19|20)\d\d)[ \t]*\n(?=[ \t]*[A-ZÆØÅ])")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_ENTRY_REACH = 4000


def entry_year(text: str, start: int) -> tuple[int, tuple[int, int]] | None:
    """The year of the history entry the sentence at `start` belongs to, and where the label is printed; None when
    its paragraph opens with no year label or heading."""
    # a history entry is a short paragraph: its start is looked for in the stretch before the sentence only, so a
    # long document's many sentences do not each read the whole text before them
    lo = max(0, start - _ENTRY_REACH)
    breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text, lo, start)]
    if not breaks and lo > 0:
        return None
    paragraph = breaks[-1] if breaks else 0
    label = YEAR_LABEL.match(text, paragraph) or _YEAR_HEADING.match(text, paragraph)
    if label is None:
        return None
    return int(label.group("year")), label.span("year")


def history_dated(text: str, draft: Draft) -> Draft:
    """The draft dated by its entry's year when its own words give none (or only the document's date, for a perfect
    tense)."""
    if draft.year is not None and not draft.perfect_dated:
        return draft
    found = entry_year(text, draft.start)
    if found is None:
        return draft
    year, at = found
    return replace(draft, year=year, date=None, year_stated=True, perfect_dated=False, year_at=at)
