"""Approval lines: a municipal document's note of its own adoption.

A policy, strategy or standard adopted by a council carries a line saying so, on its cover or
where it is listed as an attachment (bilag):

- "Politik for Kultur og Fritid - Lokalt engagement. / Godkendt af byrådet, Syddjurs Kommune den
  30. april 2009" (the cover of corpus/municipal/f04, the title on the lines above);
- "2 Åben Politik for Kultur og Fritid - Lokalt engagement, Godkendt af byrådet 300409 73288/09"
  (the bilag list of the minutes f14; the date as ddmmyy).

Under the conventions (star/README.md, "Lineage events": `introduced` is "created, adopted,
decided"; f04 and f14 gold notes) the line is the document's adoption: an `introduced` event by
the council, in the line's year. The line has no finite verb, so the lexicon (which needs an
auxiliary before a participle) does not read it; this reads the genre's layout instead.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from danish.dates import DATE_TEXT_PATTERN

from ..timex import time_mentions
from .headings import PAGE_MARK_LINE

# The councils that adopt a municipal or regional document (as nlp/lineage/referat.py's bodies), and a party's
# landsmøde, which adopts its programme: "Vedtaget af SF’s landsmøde 15. april 2012" (the cover of
# corpus/pdf_more/Kristianuruplarsen__Partiprogrammer__SF, excerpted as corpus/municipal/s08, whose gold labels
# it `introduced` by "SF’s landsmøde"; a second party's cover in tests/nlp/test_lineage_programmes.py). The party's
# name may be several words ("Borgernes Parti’s landsmøde", tests/extract/test_renamed_texts.py).
_COUNCIL = (r"(?:byrådet|kommunalbestyrelsen|regionsrådet|borgerrepræsentationen|[\wæøå-]*udvalget|magistraten"
            r"|(?:(?:[\wæøå-]+[^\S\n]+){0,3}?[\wæøå-]+[’']?s[^\S\n]+)?landsmødet?)")
# The approval itself; what stands before it on its line is the list number and the title. Read
# as a search for the verb and a plain split of the line, so a line of a hundred thousand spaces
# costs one pass (one pattern spanning lead, title and verb backtracked cubically on it).
_APPROVAL = re.compile(
    rf"(?P<verb>Godkendt|Vedtaget|Tiltrådt)[^\S\n]+af[^\S\n]+(?P<body>{_COUNCIL})"
    r"(?:,?[^\S\n]+(?P<kommune>[A-ZÆØÅ][\wæøå-]+(?:[^\S\n]+[A-ZÆØÅ][\wæøå-]+)?[^\S\n]+(?:Kommune|Region)))?"
    rf"[^\S\n]+(?:den[^\S\n]+)?(?P<date>{DATE_TEXT_PATTERN}|\d{{6}})\b",
    re.IGNORECASE)
# A party programme's cover names the date first and the assembly after "på", over a line break: "Vedtaget 30.
# september 2012 på / Det Konservative Folkepartis Landsråd i Herning" (corpus/municipal/s11_04, gold: `introduced` by
# "Det Konservative Folkepartis Landsråd", date 2012-09-30), the order of SF's "Vedtaget af SF’s landsmøde 15. april
# 2012" (s08) turned round; Enhedslisten's programme is "vedtaget af et årsmøde" (s11_03). The assembly is a named
# party's ("Det Konservative Folkepartis", "SF’s"), with the town it met in.
_ASSEMBLY = r"(?:landsråd|landsmøde|årsmøde)(?:et)?"
_APPROVAL_AT = re.compile(
    rf"(?P<verb>Godkendt|Vedtaget)[^\S\n]+(?:den[^\S\n]+)?(?P<date>{DATE_TEXT_PATTERN})[^\S\n]+på\s+"
    rf"(?P<body>(?:[A-ZÆØÅ][\wæøå’'-]*[^\S\n]+){{1,4}}{_ASSEMBLY})\b(?:[^\S\n]+i[^\S\n]+[A-ZÆØÅ][\wæøå-]+)?",
    re.IGNORECASE)
# A bilag list's number and access mark before the title ("2 Åben ").
_LEAD = re.compile(r"[^\S\n]*(?:\d{1,3}[^\S\n]+(?:Åben|Lukket)[^\S\n]+)?", re.IGNORECASE)


@dataclass(frozen=True)
class Approval:
    start: int  # the evidence: the line, up to its date
    end: int
    subject: str  # the adopted document's title
    actor: str  # the council, with its kommune when the line names it
    date: dt.date | None
    year: int | None
    date_at: tuple[int, int] | None = None  # where the line prints the date (and its year: "300409")


def approvals(text: str) -> Iterator[Approval]:
    line_start = 0
    for line in text.split("\n"):
        at, line_start = line_start, line_start + len(line) + 1
        m = _APPROVAL.search(line)
        if m is None:
            continue
        date = _date(m.group("date"))
        if date is None:
            continue
        prefix = line[:m.start()]
        lead = _LEAD.match(prefix)
        lead_text = lead.group(0) if lead else ""
        title = prefix[len(lead_text):].strip(" \t,.-–")
        start = at + (len(lead_text) if title else m.start("verb"))
        if lead_text.strip():
            start = at + len(lead_text) - len(lead_text.lstrip())
        if not title:
            title = _title_above(text, at) or _title_below(text, line_start)
        if not title:
            continue
        actor = m.group("body") + (f", {m.group('kommune')}" if m.group("kommune") else "")
        yield Approval(start, at + m.end("date"), title, actor, date, date.year,
                       (at + m.start("date"), at + m.end("date")))


def assembly_approvals(text: str) -> Iterator[Approval]:
    """A programme's adoption by its party's assembly, the date before the assembly (`_APPROVAL_AT`); the title
    is the cover's block above, past one blank line ("Giv ansvaret tilbage til borgerne / Det Konservative
    Folkepartis partiprogram")."""
    for m in _APPROVAL_AT.finditer(text):
        date = _date(m.group("date"))
        line_at = text.rfind("\n", 0, m.start()) + 1
        if date is None or text[line_at:m.start()].strip():
            continue  # the line must open with the approval: a cover, not a sentence telling one
        # the block right above, or the one above a blank line
        title = _title_above(text, line_at) or _title_above(text, len(text[:line_at].rstrip()))
        if not title:
            continue
        yield Approval(m.start(), m.end(), title, " ".join(m.group("body").split()), date, date.year,
                       (m.start("date"), m.end("date")))


def _date(written: str) -> dt.date | None:
    if re.fullmatch(r"\d{6}", written):  # ddmmyy, as journal lines write it ("300409")
        day, month, year = int(written[:2]), int(written[2:4]), int(written[4:])
        try:
            return dt.date(2000 + year if year < 70 else 1900 + year, month, day)
        except ValueError:
            return None
    found = time_mentions(written)
    return found[0].date if found and found[0].date else None


def _title_above(text: str, at: int) -> str:
    """The cover's title: the lines right above the approval line, back to a blank line or a page mark."""
    lines: list[str] = []
    for line in reversed(text[:at].rstrip("\n").split("\n")[-6:]):
        if not line.strip() or PAGE_MARK_LINE.match(line):
            break
        lines.insert(0, line.strip())
    title = " ".join(lines).strip(" ,.")
    return title if 2 <= len(title.split()) <= 20 else ""


def _title_below(text: str, after: int) -> str:
    """A cover that opens with its approval line names the title on the line below ("Vedtaget af SF’s
    landsmøde 15. april 2012" over "Principprogram for SF – Socialistisk Folkeparti")."""
    line = text[after:after + 200].split("\n", 1)[0].strip(" ,.")
    return line if 2 <= len(line.split()) <= 20 and not PAGE_MARK_LINE.match(line) else ""
