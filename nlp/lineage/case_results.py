"""A case that presents the results of an effort: "8. Evaluering af rygestopkurser ... Sammendrag: Sagen indeholder
resultater af indsatsen på rygestopområdet. Evalueringen bygger på de indtastede data fra den nationale
rygestopdatabase." (Ballerup's Sundhedsudvalg minutes, the dev excerpts f07 and s10_09): `evaluated`, year from the
document's date (f07's convention), what was evaluated named by the item's heading ("Evaluering af X") where it has
one, else the effort the sentence names. The sentence on what the evaluation builds on belongs to the evidence (both
golds quote the two sentences).
"""
from __future__ import annotations

import datetime as dt
import re

from .draft import Draft

_RESULTS = re.compile(r"^\s*(?:sagen|notatet|redegørelsen)\s+indeholder\s+(?:resultater|resultaterne)\s+af\s+"
                      r"(?P<x>[^.;]{3,120})", re.IGNORECASE)
# the item's heading before it: "8. Evaluering af rygestopkurser"
_HEADING = re.compile(r"^[ \t]*\d{1,2}\.[ \t]+Evaluering[ \t]+af[ \t]+(?P<y>[^\n.]{3,80})[ \t]*$", re.MULTILINE)
_BASIS = re.compile(r"\s*evalueringen\s+bygger\s+på\b[^.]*\.", re.IGNORECASE)
_ITEM_REACH = 600  # the heading stands above the item's summary, a few lines up


def case_results(text: str, start: int, end: int, anchor: dt.date | None) -> list[Draft]:
    """The evaluation a case's summary presents, or []."""
    found = _RESULTS.match(" ".join(text[start:end].split()))
    if found is None:
        return []
    headings = list(_HEADING.finditer(text, max(0, start - _ITEM_REACH), start))
    subject = " ".join(headings[-1].group("y").split()) if headings else found.group("x").strip()
    basis = _BASIS.match(text, end)
    return [Draft("evaluated", start, basis.end() if basis else end, subject, anchor.year if anchor else None, None,
                  None, None, True)]
