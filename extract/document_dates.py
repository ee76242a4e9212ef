"""A document's own date by the order of evidence (extract/document_facts.py), the month it is
dated by when it prints no day, and the Folketing samling a date falls in."""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from danish import samling as samlinger
from danish.dates import (DATE_LABEL_PATTERN, DATE_TEXT_PATTERN, MONTH_TEXT_PATTERN, TIME_PREPOSITION_BEFORE,
                          WEEKDAY_PATTERN, despace, find_dates, month_of)

from .adoption_lines import adoption_lines
from .document_layout import LETTERHEAD, PAGE_MARK, head_blocks, minutes_label, running_lines
from .evidence import Evidence


# Only at the start of a line: "Byrådets beslutning den ..." inside a sentence cites an
# earlier decision, not this meeting.
_MEETING = re.compile(r"^[ \t]*(?:Mødedato|Mødet? (?:den|d\.)|(?:[\w-]+ ){0,3}[\w-]+s beslutning (?:den|d\.)"
                      rf"|{WEEKDAY_PATTERN}\s*(?:den|d\.))[\s:]*"
                      rf"(?:{WEEKDAY_PATTERN}\s*(?:den\s*|d\.\s*)?)?"
                      rf"(?P<date>{DATE_TEXT_PATTERN})", re.I | re.M)
_LETTER = re.compile(rf"(?:^|\n)[ \t]*(?:Dato\s*:?[ \t]*)?(?P<date>{DATE_TEXT_PATTERN})[ \t]*(?=\n|$)", re.I)
# "Dato: 20. november 2012"; a letter's "København, den 6. november 2013" or "Den 6. november 2013"
# (capital D: the letter head, not "har den 20. december vedtaget" in a sentence).
_LABELLED_LETTER = re.compile(rf"(?:\b(?i:Dato)\s*:|(?:^|\s)(?:[A-ZÆØÅ][a-zæøå]+, den|Den)\b)[ \t]*(?P<date>{DATE_TEXT_PATTERN})")
# danish/data/date_labels.csv ("Udgivet", "Sidst opdateret" ...), and the genres' own: an
# e-mail's "Sendt:" (corpus/pdf/aarhus_borgerhenvendelse_email_2025.pdf), a news page's
# "NYHED / 18-12-2017" (bm.dk).
_PUBLISHED = re.compile(rf"(?:\b{DATE_LABEL_PATTERN}\s*:?|\b(?:Sendt|Sent)\s*:|\b(?:Nyhed|Pressemeddelelse)\s*[/|–-])"
                        rf"\s*(?:{WEEKDAY_PATTERN}\s+(?:den\s+)?)?(?P<date>{DATE_TEXT_PATTERN})", re.I)
# A numbered instrument dates itself in its identity line: "Arbejdsmarkeds- og
# Rekrutteringsstyrelsens skrivelse nr. 9038 af 24/1 2020." (corpus/policy p14), the form in
# which Retsinformation and Lovtidende cite every instrument ("Bekendtgørelse nr. 1096 af
# 26. september 2013", "Cirkulære nr. 9 af ..."). Only a line of its own near the top: "lov
# nr. 1559 af 27. december 2019" inside a sentence cites another act.
_OWN_NUMBER = re.compile(r"^[ \t]*(?:[A-ZÆØÅ][\w-]*(?: og [\w-]+)*s )?(?i:skrivelse|cirkulæreskrivelse|cirkulære"
                         r"|orienteringsskrivelse|bekendtgørelse|vejledning) nr\. ?\d+ af (?P<date>" + DATE_TEXT_PATTERN
                         + r")\.?[ \t]*$", re.M)
# Minutes state which meeting decided in an item's decision section ("Beslutninger" /
# "Beslutning"): "at byrådet i sit møde den 27. august 2025 har vedtaget", "i henhold til
# beslutning i byrådets møde den 27. august 2025" (Aarhus byråd referat, corpus/municipal f12, whose
# gold dates it so; the main clause "Byrådet har i sit møde den ...", the sample of
# tests/extract/test_municipal_document_facts.py). An earlier meeting an
# item cites ("Magistraten i mødet den 12. august", "Beslutning i PUK den 10-04-2013") says
# neither "i sit møde" nor the council's own "møde". A referral for a magistrat's treatment cites the
# council's own adoption of it: "jf. byrådets vedtagelse i mødet den 27. august 2025 om magistratsbehandling af
# forslaget" (corpus/municipal s9_09, both items, gold date 2025-08-27; s10_07's second item).
_COUNCIL = r"(?:byråd|kommunalbestyrelse|regionsråd|borgerrepræsentation|udvalg)"
# The phrase is running text, wrapped wherever the page's width falls: any of its spaces may be a line break
# ("at byrådet i sit møde\nden 27. august 2025", s7_08 wrapped at another width).
_OWN_MEETING = re.compile(rf"\b(?:{_COUNCIL}(?:et|en)(?:\s+(?:har|havde|har\s+på))?\s+i\s+sit\s+møde"
                          rf"|beslutning\s+i\s+{_COUNCIL}(?:ets|ens)\s+møde"
                          rf"|{_COUNCIL}(?:ets|ens)\s+vedtagelse\s+i\s+mødet)"
                          rf"\s+(?:den\s+|d\.\s?)(?P<date>{DATE_TEXT_PATTERN})", re.I)
_DECISION_HEAD = re.compile(r"^[ \t]*Beslutning(?:er)?[ \t]*$", re.M)
_DECISION_CHARS = 400
_URL_MEETING = re.compile(r"/(?P<d>\d{2})-(?P<m>\d{2})-(?P<y>(?:19|20)\d\d) \d\d[:.]\d\d")
_HEAD_CHARS = 700  # a letter head or news date stands near the top
_HEADING_LINES = 3


# -- dates ------------------------------------------------------------------------------

def _iso(text: str) -> str | None:
    hit = next(find_dates(despace(text)), None)
    return hit.value.isoformat() if hit and hit.value else None


def _line_at(text: str, index: int) -> str:
    start = text.rfind("\n", 0, index) + 1
    end = text.find("\n", index)
    return " ".join(text[start:end if end >= 0 else len(text)].split())


def _line_before(text: str, index: int) -> str:
    """The text of the line from its start to index."""
    return text[text.rfind("\n", 0, index) + 1:index]


def _in_sentence(text: str, m: re.Match[str]) -> bool:
    """A label in lower case inside a line is a participle of a sentence ("Standarden blev
    revideret 4. marts 2022"), not a label ("Revideret 04-03-2022", " date 2020-06")."""
    label = m.group(0)
    line_start = text.rfind("\n", 0, m.start()) + 1
    return label[:1].islower() and bool(text[line_start:m.start()].strip())


def _first(pattern: re.Pattern[str], text: str, evidence: str, banned: set[str],
           limit: int | None = None) -> Evidence | None:
    for m in pattern.finditer(text if limit is None else text[:limit]):
        if _line_at(text, m.start("date")) in banned or (pattern is _PUBLISHED and _in_sentence(text, m)):
            continue
        value = _iso(m.group("date"))
        if value:
            return Evidence(value, evidence, m.start("date"), m.end("date"))
    return None


def _adopted(text: str, banned: set[str]) -> Evidence | None:
    """A policy or programme dates itself by its adoption, on its cover (extract/adoption_lines.py, every layout):
    "Godkendt af byrådet, Syddjurs Kommune den 30. april 2009" (corpus/municipal f04, gold date 2009-04-30), "Vedtaget
    af SF’s landsmøde 15. april 2012" (s08), "Vedtaget 30. september 2012 på / Det Konservative Folkepartis Landsråd i
    Herning" (s11_04, gold 2012-09-30), "Det Radikale Venstres Principprogram vedtaget 22. februar 1997" (s17_08, gold
    1997-02-22). Only a cover line near the top (_HEAD_CHARS), not a running line's: an adoption told further down or
    in a sentence is another document's."""
    for line in adoption_lines(text[:_HEAD_CHARS]):
        if line.cover and line.date is not None and line.date_at is not None \
                and _line_at(text, line.date_at[0]) not in banned:
            return Evidence(line.date.isoformat(), "vedtaget", *line.date_at)
    return None


def _heading_block(text: str) -> tuple[int, str]:
    """The first block of lines (to a blank line) that is not a page mark, at most three
    lines, none of them a paragraph: where a heading's own date stands."""
    for block in head_blocks(text, limit=20):
        lines = [(start, line) for start, line in block if not PAGE_MARK.match(line)][:_HEADING_LINES]
        if lines:
            # A paragraph or a sentence ends the heading: its dates are events, not the document's.
            lines = lines[:next((i for i, (_, line) in enumerate(lines) if len(line) > 160
                                 or (line.endswith(".") and len(line.split()) > 6)), len(lines))]
            if not lines:
                return 0, ""
            return lines[0][0], text[lines[0][0]:lines[-1][0] + len(lines[-1][1])]
    return 0, ""


def date_from_text(text: str, *, pages: list[str] | None = None) -> Evidence | None:
    """The document's own date by the order of evidence (without parser or URL evidence).
    A meeting date is one wherever it stands; the weaker kinds never come from a line
    that repeats on several pages."""
    banned = running_lines(pages or [])
    start, heading = _heading_block(text)
    # Minutes repeat the meeting at the head of every page ("Referat / Åbent referat / Dato:
    # 04.12.2012", Ballerup; "Referat For Udvalget for plan, udvikling og kultur (PUK) / 20. juni
    # 2013 - kl. 10:30", Syddjurs, corpus/pdf): under the minutes' label, that date is the meeting's.
    minutes = bool(minutes_label().search(heading))
    hits = [hit for hit in find_dates(heading)
            if hit.value and (_line_at(text, start + hit.start) not in banned or minutes)]
    # A heading's date after a time preposition ("Ændringer i Varmepumpepuljen fra 1. marts 2024") is when what
    # it announces happens: the dateline under it ("Energistyrelsen, 2. februar 2024") dates the document. Alone,
    # it is still the heading's only date.
    own = [hit for hit in hits if not TIME_PREPOSITION_BEFORE.search(_line_before(heading, hit.start))]
    for hit in (own or hits)[:1]:
        assert hit.value is not None
        line = _line_at(text, start + hit.start)
        return Evidence(hit.value.isoformat(), "dato" if LETTERHEAD.match(line) else "overskrift",
                        start + hit.start, start + hit.end)
    return (_first(_MEETING, text, "mødedato", set())
            or _own_meeting(text)
            or _adopted(text, banned)
            or _first(_LABELLED_LETTER, text, "dato", banned, _HEAD_CHARS)
            or _first(_LETTER, text, "dato", banned, _HEAD_CHARS)
            or _first(_OWN_NUMBER, text, "dato", banned, _HEAD_CHARS)
            or _first(_PUBLISHED, text, "udgivet", banned)
            or _page_code_date(text))


# A newsletter's pages carry its issue's date as a running code with the page number, ddmmyy
# then the folio ("050117<TAB>1" ... "050117<TAB>2": TrekantBrand's Nyhedsbrev nr. 1/2017,
# corpus/municipal s05, gold date 2017-01-05 read from it; "120117<TAB>1", "120117<TAB>2" in nr.
# 2/2017, f13, whose gold notes the code agrees with its "Sent:" date). The weakest evidence: the
# same code on two pages or more, numbered one after the other, and a real day.
_PAGE_CODE = re.compile(r"^[ \t]*(?P<code>(?P<d>[0-3]\d)(?P<m>[01]\d)(?P<y>\d\d))[ \t]+(?P<page>\d{1,3})[ \t]*$", re.M)


def _page_code_date(text: str) -> Evidence | None:
    codes: dict[str, list[re.Match[str]]] = {}
    for m in _PAGE_CODE.finditer(text):
        codes.setdefault(m.group("code"), []).append(m)
    for hits in codes.values():
        pages = [int(m.group("page")) for m in hits]
        if len(hits) < 2 or pages != list(range(pages[0], pages[0] + len(pages))):
            continue
        m = hits[0]
        try:
            day = dt.date(2000 + int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
        return Evidence(day.isoformat(), "sidehoved", m.start("code"), m.end("code"))
    return None


def _own_meeting(text: str) -> Evidence | None:
    for head in _DECISION_HEAD.finditer(text):
        found = _first(_OWN_MEETING, text[:head.end() + _DECISION_CHARS], "mødebeslutning", set())
        if found is not None and found.start is not None and found.start > head.end():
            return found
    return None


# A month without a day as the document's dating: after a date label ("date 2020-06",
# "Udgivet: marts 2018") or alone on a line near the top (a report cover's "Maj 2005").
_LABELLED_MONTH = re.compile(rf"(?:^|\s)(?:{DATE_LABEL_PATTERN})\s*:?[ \t]*(?P<date>{MONTH_TEXT_PATTERN})", re.I)
_MONTH_LINE = re.compile(rf"^[ \t]*(?P<date>{MONTH_TEXT_PATTERN})[ \t]*$", re.I | re.M)


def month_from_text(text: str, *, pages: list[str] | None = None) -> Evidence | None:
    """The month a document dates itself by when it prints no day (value "2020-06",
    evidence "måned"): weaker than every day, never from a running line."""
    banned = running_lines(pages or [])
    for pattern in (_LABELLED_MONTH, _MONTH_LINE):
        for m in pattern.finditer(text[:_HEAD_CHARS]):
            month = month_of(m.group("date"))
            if month and _line_at(text, m.start("date")) not in banned:
                return Evidence(f"{month[0]}-{month[1]:02d}", "måned", m.start("date"), m.end("date"))
    return None


def anchor_date(text: str, *, pages: list[str] | None = None, source_url: str | None = None) -> dt.date | None:
    """The date that gives a document's undated events their year ("i foråret", "9. marts"):
    its own date by the order of evidence, else the first day of the month it is dated by."""
    found = date_from_text(text, pages=pages) or date_from_url(source_url)
    if found:
        return dt.date.fromisoformat(found.value)
    month = month_from_text(text, pages=pages)
    return dt.date.fromisoformat(month.value + "-01") if month else None


def date_from_url(url: str | None) -> Evidence | None:
    m = _URL_MEETING.search(url or "")
    if m:
        try:
            return Evidence(dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat(), "url")
        except ValueError:
            return None
    return None


def document_date(flat: dict[str, Any], text: str, *, pages: list[str] | None = None,
                  source_url: str | None = None) -> Evidence | None:
    if flat.get("doc_type") == "answer":
        # An answer is dated by its own date only. The other date it prints is the committee's
        # letter it quotes ("har i brev af 19. november 2015"), which a scan of the text would
        # find too; a month alone ("Maj 2005") is no answer date (ft_qa README). Issue 13.
        return Evidence(str(flat["answer_date"]), "brevdato") if flat.get("answer_date") else None
    if flat.get("question_sent_date"):
        return Evidence(str(flat["question_sent_date"]), "brevdato")
    return date_from_text(text, pages=pages) or date_from_url(source_url)


# -- samling ----------------------------------------------------------------------------

def samling_of_date(day: dt.date) -> str:
    """The samling a date falls in: October to October, or a 2. samling after an election
    (danish.samling)."""
    return samlinger.of_date(day).label


def document_samling(flat: dict[str, Any], date: Evidence | None, source_url: str | None) -> Evidence | None:
    """Printed, else from an ft.dk URL, else from the date (pass a date only for Folketing material)."""
    if flat.get("samling"):
        return Evidence(str(flat["samling"]), "trykt")
    from_url = samlinger.in_ftdk_url(source_url)
    if from_url:
        return Evidence(from_url.label, "url")
    if date is not None:
        return Evidence(samling_of_date(dt.date.fromisoformat(date.value)), "dato")
    return None
