"""Denmark's participation demanded in a programme: "Danmark bør være med i den fælles valuta, Euro’en, og Danmark bør
deltage fuldt og helt i EU’s fælles forsvarspolitik", "Danmark bør endvidere deltage fuldt og helt i det retlige
samarbejde og i samarbejdet om asyl- og indvandringspolitik" (s18_03), "Af samme grund bør Danmark være aktivt med i
internationale operationer, der har til hensigt at fremme demokrati" (s12_10): each gold names the event "dansk
deltagelse i X", `planned`, by the party, one event for each "i X" coordinated (s18_03: two). The golds write
participation so wherever a programme names it ("tilhænger af dansk deltagelse i EU, FN, NATO og WTO", s11_07;
"modstander af dansk deltagelse i den del af Schengen-aftalen", s19_05).

Only the verbs of taking part ("deltage", "være med"); membership ("være medlem af NATO", s12_10 gold: `confirmed`,
where Denmark already is) depends on what the reader knows, and is left to the other readers. A negation gives
nothing ("Danmark skal ikke tilslutte sig euroen", s19_10).
"""
from __future__ import annotations

import re

from extract.normalise import collapse_ws

from .draft import Draft
from .word_classes import BULLET

# Denmark and a duty modal in either order (V2 after an adverbial: "Af samme grund bør Danmark ..."), adverbs, the verb
# of taking part, adverbs of degree ("fuldt og helt", "aktivt"), then "i" and what is taken part in.
_PARTICIPATION = re.compile(
    r"(?:^|,\s+og\s+|\s)(?:Danmark\s+(?:skal|bør)|(?:skal|bør)\s+Danmark)\s+(?:(?:endvidere|også|derfor|fortsat)\s+)?"
    r"(?:deltage|være\s+(?:(?:aktivt|fuldt\s+og\s+helt)\s+)?med)\s+(?:(?:fuldt\s+og\s+helt|aktivt)\s+)?i\s+"
    r"(?P<what>[^.;:]+?)(?=,\s+og\s+Danmark\b|[.;:]|$)")
# Each "i X" coordinated is one thing taken part in: "i det retlige samarbejde og i samarbejdet om ..."
_AND_IN = re.compile(r"\s+og\s+i\s+")
# What is taken part in ends before a clause of its own: a restriction ("i det omfang, ..."), a relative kept
# (the golds keep "..., der har til hensigt at ..." as the operations' description, s12_10) only as printed.
_END = re.compile(r"\s+i\s+det\s+omfang\b.*$")


def participation(sentence: str, start: int, end: int, party: str) -> list[Draft]:
    """The participation the sentence demands of Denmark, one `planned` event for each thing taken part in."""
    text = BULLET.sub("", collapse_ws(sentence)).strip()
    out: list[Draft] = []
    for m in _PARTICIPATION.finditer(text):
        what = _END.sub("", m.group("what")).strip(" ,")
        for part in _AND_IN.split(what):
            if part:  # each thing taken part in is listed, so no two are read as one restated (dedupe: `position`)
                out.append(Draft("planned", start, end, f"dansk deltagelse i {part}", None, None, party or None, None,
                                 False, position=len(out)))
    return out
