"""Laws and bills, and a document's own adoption.

"lov nr. N af <date>" gives the adoption's year; an adopted law and the sentences on its number
and entry into force are one event; a bill's contents were decided with it ("Lovforslaget indebærer
også, at ..."); a document's approval line ("Godkendt af byrådet ...") is its adoption, and a
referat's adoption line is the decision on the points below it. The conventions' rule throughout:
adoption over entry into force.
"""
from __future__ import annotations

import re
from dataclasses import replace

from danish.dates import MONTH_NAME_PATTERN as _MONTHS
from danish.sentences import sentence_spans
from extract.normalise import collapse_ws

from extract.adoption_lines import adoption_lines

from . import referat
from .cues import BRINGS as BRINGS_VERBS
from .draft import Draft


LAW_NUMBER = re.compile(rf"\blov nr\.\s*\d+\s+af\s+(?:den\s+)?\d{{1,2}}\.\s*{_MONTHS}\s+(?P<year>\d{{4}})", re.IGNORECASE)
# A bill named by number and title: "lovforslag L 67, Forslag til lov om ændring af ... (Indførelse af seniorpension)".
# The title may wrap onto the next line, as a PDF's lines wrap (p14 printed), but not past a blank line.
_BILL = re.compile(r"\blovforslag(?:et)?\s+(?P<number>L\s*\d+)\s*,\s*(?:Forslag til\s+)?"
                   r"(?P<title>lov om (?:[^\n]|\n(?![ \t]*\n))+?\))?(?=\.|,|$)", re.IGNORECASE)
# Sentences that go on about the law just adopted: "Lovforslaget, som vedtaget ved 3. behandling, kan
# findes som lov nr. ...", "Loven trådte i kraft den 1. januar 2020" (p14; the conventions keep the
# entry into force in the adoption event's evidence).
_LAW_FOLLOW_UP = re.compile(r"^(?:loven|lovforslaget|lovændringen|lovændringerne|ændringen|reformen)\b", re.IGNORECASE)


def law_blocks(text: str, drafts: list[Draft]) -> list[Draft]:
    """An adopted law and the next sentences about it (number, entry into force) are one
    event: the adoption's year, the bill's title as subject, the span of all of them."""
    out: list[Draft] = []
    for d in drafts:
        last = out[-1] if out else None
        if last is not None and last.kind == "introduced" and d.kind == "introduced" \
                and ADOPTED.search(text[last.start:last.end]) and _LAW_FOLLOW_UP.match(text[d.start:d.end].lstrip()) \
                and 0 <= d.start - last.end < 400 and _only_follow_ups(text[last.end:d.start]):
            out[-1] = replace(last, end=max(last.end, d.end))
            continue
        if d.kind == "planned" and "kraft" in text[d.start:d.end].lower() and _LAW_FOLLOW_UP.match(d.subject) \
                and any(o.kind in ("introduced", "changed") and ADOPTED.search(text[o.start:o.end]) for o in out):
            # "Loven træder i kraft den 1. juli 2011" a few sentences after "Folketinget har i dag vedtaget
            # et lovforslag ..." (p02): the conventions label the adoption, not its entry into force
            continue
        if d.kind == "introduced":
            bill = _BILL.search(text[d.start:d.end])
            if bill and bill.group("title") and d.subject.lower().startswith("lovforslag"):
                d = replace(d, subject=f"{collapse_ws(bill.group('title'))}, {bill.group('number')}")
        out.append(d)
    return out


_BILL_BRINGS = re.compile(rf"^\W*(?:lovforslaget|loven|lovændringen)\s+(?:\w+\s+)?{BRINGS_VERBS}\b",
                          re.IGNORECASE)


def bill_contents(drafts: list[Draft], text: str) -> list[Draft]:
    """"Lovforslaget indebærer også, at boligstøtten ikke må kompensere ..." after "Folketinget har i dag
    vedtaget et lovforslag om ..." (p02): the bill's contents were decided with it, by its adopter in its year."""
    out: list[Draft] = []
    for d in drafts:
        if not d.year_stated and not d.actor and _BILL_BRINGS.match(text[d.start:d.end]):
            adopted = next((o for o in reversed(out) if ADOPTED.search(text[o.start:o.end]) and 0 <= d.start - o.end < 1500), None)
            if adopted is not None:
                d = replace(d, year=adopted.year, date=adopted.date, actor=adopted.actor, year_stated=adopted.year_stated)
        out.append(d)
    return out


def _only_follow_ups(gap: str) -> bool:
    """Nothing, or only more sentences about the law ("Lovforslaget, som vedtaget ..., kan findes som lov nr. ...")."""
    return all(_LAW_FOLLOW_UP.match(gap[a:b].strip()) for a, b in sentence_spans(gap) if gap[a:b].strip())


ADOPTED = re.compile(r"\bvedt(?:og|aget|ages)\b", re.IGNORECASE)
# A relative on the adopted thing telling its entry into force: one event, the adoption's (conventions:
# "If adoption and entry into force are both given, the adoption year is used and the entry-into-force
# date is left in the evidence").
IN_FORCE_RELATIVE = re.compile(r"\s*(?:som|der)\s+(?:\w+\s+)?(?:træder|trådte)\s+i\s+kraft\b", re.IGNORECASE)


def with_approvals(text: str, drafts: list[Draft], adopter: str | None = None) -> list[Draft]:
    """A document's adoption line ("Godkendt af byrådet ... den 30. april 2009", extract/adoption_lines.py) is its
    adoption, unless a sentence event already covers it; a line that names no body ("Det Radikale Venstres
    Principprogram vedtaget 22. februar 1997", s17_08 gold: actor the party) was adopted by `adopter`, the
    document's own party or issuer. A cover's line (a line of its own) is read by its layout before any sentence
    reader's draft of it: "Vedtaget på Venstres Landsmøde / den 18. november 2006 i Odense" (s18_01) read by the
    participle's reader gave the assembly's adverbial as the subject."""
    lines = adoption_lines(text)
    covers = [a for a in lines if a.cover]
    drafts = [d for d in drafts if not any(d.start < a.end and a.start < d.end for a in covers)]
    found = [Draft("introduced", a.start, a.end, a.subject, a.year, a.date, a.actor or adopter, None, True,
                   year_stated=True, year_at=a.date_at, date_at=a.date_at)
             for a in lines if not any(d.start < a.end and a.start < d.end for d in drafts)]
    return sorted(drafts + found, key=lambda d: d.start) if found else drafts


def without_adoption_lines(text: str, drafts: list[Draft]) -> list[Draft]:
    """"byrådet ... har vedtaget Magistratens foranstående indstilling" is the decision on the points
    below it: when those points are events of that body, the line is not one more."""
    out = []
    for d in drafts:
        adopted = referat.adopts_recommendation(text[d.start:d.end])
        if adopted and any(o.actor and o.actor.lower() == adopted.lower() and 0 < o.start - d.end < 3000 for o in drafts):
            continue
        out.append(d)
    return out
