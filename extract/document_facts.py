"""A document's title, date and samling as a person would give them, by an order of evidence.

A reader dates a document by what it says about itself, strongest first, and never by a
date that merely stands in it. The order (`DATE_EVIDENCE`), each attested by the genre
that prints it:

1. ``brevdato``: a Folketing letter's own date, read by its parser (answer date, or the
   date a question was sent), e.g. corpus/seeds/000 "28. september 2017". An answer
   without a readable date of its own has no date: the question's date is not its date.
2. ``overskrift``: a date in the heading block, e.g. the Aarhus byråd referat "REFERAT
   Aarhus Byråd d. 27-08-2025", Ballerup "Sundheds- og Forebyggelsesudvalget 04-12-2012".
   Under the minutes' label the running header's date is the meeting's, though it repeats on
   every page (Ballerup "Referat / Åbent referat / Dato: 04.12.2012", Syddjurs "Referat For
   Udvalget for plan, udvikling og kultur (PUK) / 20. juni 2013").
3. ``mødedato``: "Mødedato", "Mødet den", "...s beslutning den" (kommunal referater and
   dagsordenspunkter: Aarhus byråd, Ballerup punkt 2, 5, 6 and 8).
4. ``mødebeslutning``: the decision section of an agenda item naming the council's own meeting
   ("Beslutninger / ... at byrådet i sit møde den 27. august 2025 har vedtaget", Aarhus byråd).
5. ``vedtaget``: a policy's or programme's adoption line at the top ("Godkendt af byrådet,
   Syddjurs Kommune den 30. april 2009"; "Vedtaget af SF’s landsmøde 15. april 2012").
6. ``dato``: a letter head's "Dato:", "København, den ..." or "Den 6. november 2013", a
   date standing alone on a line near the top (Ballerup notater "Dato: 20. november 2012",
   STAR and KL news), or a numbered instrument's identity line ("... skrivelse nr. 9038 af
   24/1 2020").
7. ``udgivet``: "Udgivet", "Publiceret", "Offentliggjort", "Sidst opdateret", "Sendt", a news
   page's "NYHED / 18-12-2017".
8. ``sidehoved``: a newsletter's running page code, ddmmyy and the folio on every page
   ("050117 1" ... "050117 2", TrekantBrand's newsletters), where nothing else dates it.
9. ``url``: the source address: an OS2dagsorden meeting folder ("04-12-2012 13:00:00"),
   a news path ("/2018/november/") or an ft.dk samling code ("/samling/20042/").

Never evidence: a date inside a running sentence ("Lov om fleksydelse blev vedtaget den
3. april 2001"), nor a line that repeats on several pages (a running header or banner), but
for the page code of 8.

`samling` is the printed one where there is one; otherwise it is derived from the date
(the Folketing year opens on the first Tuesday of October, Grundloven § 36; after a
general election a "2. samling" runs to the next October) or from an ft.dk URL, and
marked derived. The flat record view keeps only the printed value.

Pure functions over plain values (text, flat view, source URL), so the store can compute
facts for documents stored long ago.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from danish import samling as samlinger
from danish.sentences import ends_with_abbreviation
from danish.dates import (DATE_LABEL_PATTERN, DATE_TEXT_PATTERN, MONTH_TEXT_PATTERN, WEEKDAY_PATTERN, despace, find_dates,
                          month_of)

from .document import TEXT_PAGE_MARK

DATE_EVIDENCE: tuple[str, ...] = ("brevdato", "overskrift", "mødedato", "mødebeslutning", "vedtaget", "dato", "udgivet",
                                   "sidehoved", "url")
TITLE_EVIDENCE: tuple[str, ...] = ("ft.dk-felter", "emne", "notat", "overskrift", "fil")
_DATE_TEXT = DATE_TEXT_PATTERN
# Only at the start of a line: "Byrådets beslutning den ..." inside a sentence cites an
# earlier decision, not this meeting.
_MEETING = re.compile(r"^[ \t]*(?:Mødedato|Mødet? (?:den|d\.)|(?:[\w-]+ ){0,3}[\w-]+s beslutning (?:den|d\.)"
                      rf"|{WEEKDAY_PATTERN}\s*(?:den|d\.))[\s:]*"
                      rf"(?:{WEEKDAY_PATTERN}\s*(?:den\s*|d\.\s*)?)?"
                      rf"(?P<date>{_DATE_TEXT})", re.I | re.M)
_LETTER = re.compile(rf"(?:^|\n)[ \t]*(?:Dato\s*:?[ \t]*)?(?P<date>{_DATE_TEXT})[ \t]*(?=\n|$)", re.I)
# "Dato: 20. november 2012"; a letter's "København, den 6. november 2013" or "Den 6. november 2013"
# (capital D: the letter head, not "har den 20. december vedtaget" in a sentence).
_LABELLED_LETTER = re.compile(rf"(?:\b(?i:Dato)\s*:|(?:^|\s)(?:[A-ZÆØÅ][a-zæøå]+, den|Den)\b)[ \t]*(?P<date>{_DATE_TEXT})")
# danish/data/date_labels.csv ("Udgivet", "Sidst opdateret" ...), and the genres' own: an
# e-mail's "Sendt:" (corpus/pdf/aarhus_borgerhenvendelse_email_2025.pdf), a news page's
# "NYHED / 18-12-2017" (bm.dk).
_PUBLISHED = re.compile(rf"(?:\b{DATE_LABEL_PATTERN}\s*:?|\b(?:Sendt|Sent)\s*:|\b(?:Nyhed|Pressemeddelelse)\s*[/|–-])"
                        rf"\s*(?:{WEEKDAY_PATTERN}\s+(?:den\s+)?)?(?P<date>{_DATE_TEXT})", re.I)
# A numbered instrument dates itself in its identity line: "Arbejdsmarkeds- og
# Rekrutteringsstyrelsens skrivelse nr. 9038 af 24/1 2020." (corpus/policy p14), the form in
# which Retsinformation and Lovtidende cite every instrument ("Bekendtgørelse nr. 1096 af
# 26. september 2013", "Cirkulære nr. 9 af ..."). Only a line of its own near the top: "lov
# nr. 1559 af 27. december 2019" inside a sentence cites another act.
_OWN_NUMBER = re.compile(r"^[ \t]*(?:[A-ZÆØÅ][\w-]*(?: og [\w-]+)*s )?(?i:skrivelse|cirkulæreskrivelse|cirkulære"
                         r"|orienteringsskrivelse|bekendtgørelse|vejledning) nr\. ?\d+ af (?P<date>" + DATE_TEXT_PATTERN
                         + r")\.?[ \t]*$", re.M)
# A policy or programme dates itself by its adoption, on a line of its own at the top: "Godkendt
# af byrådet, Syddjurs Kommune den 30. april 2009" (corpus/municipal f04, gold date 2009-04-30),
# "Vedtaget af SF’s landsmøde 15. april 2012" (corpus/pdf_more SF principprogram).
_APPROVED = re.compile(r"^[ \t]*(?:Godkendt|Vedtaget) (?:af|på|i) [^\n]{3,80}? (?:den |d\. ?)?(?P<date>"
                       + DATE_TEXT_PATTERN + r")\.?[ \t]*$", re.M | re.I)
# Minutes state which meeting decided in an item's decision section ("Beslutninger" /
# "Beslutning"): "at byrådet i sit møde den 27. august 2025 har vedtaget", "i henhold til
# beslutning i byrådets møde den 27. august 2025" (Aarhus byråd referat, corpus/municipal f12, whose
# gold dates it so; the main clause "Byrådet har i sit møde den ...", the sample of
# tests/extract/test_municipal_document_facts.py). An earlier meeting an
# item cites ("Magistraten i mødet den 12. august", "Beslutning i PUK den 10-04-2013") says
# neither "i sit møde" nor the council's own "møde".
_COUNCIL = r"(?:byråd|kommunalbestyrelse|regionsråd|borgerrepræsentation|udvalg)"
_OWN_MEETING = re.compile(rf"\b(?:{_COUNCIL}(?:et|en)(?: (?:har|havde|har på))? i sit møde|beslutning i {_COUNCIL}(?:ets|ens) møde)"
                          rf" (?:den |d\. ?)(?P<date>{DATE_TEXT_PATTERN})", re.I)
_DECISION_HEAD = re.compile(r"^[ \t]*Beslutning(?:er)?[ \t]*$", re.M)
_DECISION_CHARS = 400
_URL_MEETING = re.compile(r"/(?P<d>\d{2})-(?P<m>\d{2})-(?P<y>(?:19|20)\d\d) \d\d[:.]\d\d")
_HEAD_CHARS = 700  # a letter head or news date stands near the top
_HEADING_LINES = 3


@dataclass(frozen=True)
class Evidence:
    """A value and what it rests on: one of DATE_EVIDENCE / TITLE_EVIDENCE, and where in the text."""

    value: str
    evidence: str
    start: int | None = None
    end: int | None = None  # where the printed value ends in the text


@dataclass(frozen=True)
class DocumentFacts:
    title: Evidence | None
    date: Evidence | None  # value is ISO yyyy-mm-dd
    samling: Evidence | None  # evidence "trykt" when printed, else "dato" / "url" (derived)

    @property
    def samling_derived(self) -> bool:
        return self.samling is not None and self.samling.evidence != "trykt"

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in ("title", "date", "samling"):
            found = getattr(self, name)
            out[name] = found.value if found else None
            out[f"{name}_evidence"] = found.evidence if found else None
        out["samling_derived"] = self.samling_derived
        return out


# -- dates ------------------------------------------------------------------------------

def _iso(text: str) -> str | None:
    hit = next(find_dates(despace(text)), None)
    return hit.value.isoformat() if hit and hit.value else None


_TEXT_PAGE_LINE = re.compile(rf"^[ \t]*{TEXT_PAGE_MARK}[ \t]*$", re.M)


def page_texts(text: str, pages: list[str] | None = None) -> list[str]:
    """The document's pages: as loaded, or, for a text saved from `sporbar text` (one
    loaded page), the pages its page lines mark."""
    if pages and len(pages) > 1:
        return pages
    cuts = [m.start() for m in _TEXT_PAGE_LINE.finditer(text)]
    if len(cuts) < 2:
        return pages or [text]
    bounds = [0, *cuts, len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:]) if text[a:b].strip()]


def starts_mid_document(text: str) -> bool:
    """A text saved from `sporbar text` that does not begin on page 1: its first page line
    names a later page ("--- side 6 ---"), or stands below text of page 2 or later ("--- side
    3 ---"). Its headings are sections; the title is on page 1, outside the text (the municipal
    gold's convention, tests/fixtures/gold/municipal f01, f03, f05 gold_notes)."""
    first = _TEXT_PAGE_LINE.search(text)
    if first is None:
        return False
    number = int("".join(ch for ch in first.group(0) if ch.isdigit()))
    before = bool(text[:first.start()].strip())  # the end of the page before the first page line
    return number - (1 if before else 0) > 1


def running_lines(pages: list[str]) -> set[str]:
    """Lines that stand on more than one page: running headers, footers and banners."""
    if len(pages) == 1:
        pages = page_texts(pages[0])
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({" ".join(line.split()) for line in page.splitlines()
                       if line.strip() and not _TEXT_PAGE_LINE.match(line)})
    return {line for line, n in counts.items() if n > 1} if len(pages) > 1 else set()


def _line_at(text: str, index: int) -> str:
    start = text.rfind("\n", 0, index) + 1
    end = text.find("\n", index)
    return " ".join(text[start:end if end >= 0 else len(text)].split())


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


def _heading_block(text: str) -> tuple[int, str]:
    """The first block of lines (to a blank line) that is not a page mark, at most three
    lines, none of them a paragraph: where a heading's own date stands."""
    for block in _blocks(text, limit=20):
        lines = [(start, line) for start, line in block if not _PAGE_MARK.match(line)][:_HEADING_LINES]
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
    minutes = bool(_minutes_label().search(heading))
    for hit in find_dates(heading):
        line = _line_at(text, start + hit.start)
        if hit.value and (line not in banned or minutes):
            return Evidence(hit.value.isoformat(), "dato" if _LETTERHEAD.match(line) else "overskrift",
                            start + hit.start, start + hit.end)
    return (_first(_MEETING, text, "mødedato", set())
            or _own_meeting(text)
            or _first(_APPROVED, text, "vedtaget", banned, _HEAD_CHARS)
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


@lru_cache(maxsize=1)
def _minutes_label() -> re.Pattern[str]:
    """The genre marker `minutes_label` of extract/data/genre_markers.tsv ("Referat", "Åbent
    referat", "Dagsorden", "REFERAT Aarhus Byråd"): one pattern for every reader."""
    from danish._data import table_rows

    row = next(r for r in table_rows("extract", "data", "genre_markers.tsv", delimiter="\t") if r["cue"] == "minutes_label")
    return re.compile(row["pattern"], re.M)


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


# -- titles -----------------------------------------------------------------------------

# Letter-head labels (Ballerup notater, Middelfart, STAR letters): their block is no title.
_LETTERHEAD = re.compile(r"^(?:Dato|Tlf|Telefon|E-?mail|Kontakt|Sagsnr|Sags nr|Dok\.? ?nr|J\.? ?nr|Journal|"
                         r"CVR|EAN|Afdeling|Projektleder|Direkte|www\.)\b", re.I)


def letterhead_lines(text: str, lines: int = 20) -> int:
    """How many of the first lines are a letter head's labelled lines ("Dato:", "Kontakt:",
    "Sagsnr.:", "Tlf. dir.:", "Projektleder:"): Ballerup notater and projektbeskrivelser, STAR letters."""
    return sum(1 for line in text.split("\n")[:lines] if _LETTERHEAD.match(line.strip()))


def is_letterhead_line(line: str) -> bool:
    return bool(_LETTERHEAD.match(line.strip()))


def is_page_mark(line: str) -> bool:
    """A line that only numbers a page ("3", "side 2 af 5", "--- side 6 ---")."""
    return bool(_PAGE_MARK.match(" ".join(line.split())))


_EMAIL_SUBJECT = re.compile(r"^(?:Emne|Subject)\s*:[ \t]*(?P<title>\S[^\n]*)", re.I | re.M)
_EMAIL_HEAD = re.compile(r"^\s*(?:Fra|From)\s*:", re.I)
_NOTAT_LABEL = re.compile(r"^(?:Notat|NOTAT)$")
_PAGE_MARK = re.compile(rf"^(?:\d+\s*(?:of|af|/)\s*\d+|side \d+(?: af \d+)?|\d+|{TEXT_PAGE_MARK})$", re.I)
# A heading line broken before its end: it ends in a function word, a dash or a comma.
_CONTINUES = re.compile(r"(?:\b(?:af|og|for|i|til|om|med|på|fra|ved|samt|eller|the|of)|[-–,])$", re.I)
def _web_chrome() -> re.Pattern[str]:
    """Web-page furniture that is never a title (extract/data/web_chrome.tsv, with attestations)."""
    from danish._data import table_rows

    rows = table_rows("extract", "data", "web_chrome.tsv", delimiter="\t")
    return re.compile("|".join(f"(?:{row['pattern']})" for row in rows))


_SKIP_LINK = _web_chrome()
_FUNCTION_LINE = re.compile(r"^(?:af|og|for|i|til|om|med|på|fra|ved|samt|eller)\b")


def _tidy(title: str) -> str:
    """Repair what PDF text layers do to headings: "201 7" -> "2017", "2 . Bygning" -> "2. Bygning"."""
    title = " ".join(title.split())
    title = re.sub(r"\b((?:19|20)\d) ?(\d)\b", r"\1\2", title)
    title = re.sub(r"(?<=\d) \.(?= )", ".", title)
    title = re.sub(r" /(?=\d)", "/", title)
    return title.strip(" .")


def _headingish(line: str) -> bool:
    """Could this line begin a heading: a capital letter or a number, and more than a fragment."""
    return (len(line) >= 8 and bool(re.match(r"[A-ZÆØÅ0-9]", line)) and not line.endswith("-")
            and bool(re.search(r"[^\W\d_]{3}", line))  # words, not a code or a date ("050117 1")
            and not _LETTERHEAD.match(line) and not _PAGE_MARK.match(line)
            and not re.fullmatch(_DATE_TEXT, line, re.I))


def _blocks(text: str, limit: int = 60) -> list[list[tuple[int, str]]]:
    """The first `limit` lines, as blocks separated by blank lines: (offset, stripped line)."""
    blocks: list[list[tuple[int, str]]] = [[]]
    pos = 0
    for n, raw in enumerate(text.split("\n")):
        if n >= limit:
            break
        line = " ".join(raw.split())
        if line:
            blocks[-1].append((pos + len(raw) - len(raw.lstrip()), line))
        elif blocks[-1]:
            blocks.append([])
        pos += len(raw) + 1
    return [b for b in blocks if b]


def _join_heading(block: list[tuple[int, str]], first: int) -> str:
    """The heading line and the lines it runs on into ("Politik / for / Kultur og Fritid -")."""
    parts = [block[first][1]]
    for _, line in block[first + 1:]:
        if _CONTINUES.search(parts[-1]) or _FUNCTION_LINE.match(line):
            parts.append(line)
        else:
            break
    return " ".join(parts)


def is_email(text: str) -> bool:
    """A printed e-mail: it opens with its header ("From:"/"Fra:", after any page number) and
    names its subject ("Subject:"/"Emne:")."""
    return _email_subject(text) is not None


def _email_subject(text: str) -> Evidence | None:
    first = next((line for line in text.split("\n", 8)[:8] if line.strip() and not is_page_mark(line)), "")
    if not _EMAIL_HEAD.match(first):  # a printed e-mail opens with its header, after any page number
        return None
    m = _EMAIL_SUBJECT.search(text[:2000])
    return Evidence(_tidy(m["title"]), "emne", m.start("title")) if m else None


def _labelled_heading(blocks: list[list[tuple[int, str]]]) -> Evidence | None:
    """The heading after a genre label standing alone ("Notat" / "KLs proces vedrørende ...")."""
    for b, block in enumerate(blocks):
        for i, (_, line) in enumerate(block):
            if _NOTAT_LABEL.match(line):
                rest = block[i + 1:] or (blocks[b + 1] if b + 1 < len(blocks) else [])
                if rest and _headingish(rest[0][1]):
                    return Evidence(_tidy(_join_heading(rest, 0)), "notat", rest[0][0])
    return None


def labelled_title(text: str) -> Evidence | None:
    """A title the document itself labels: an e-mail's subject, or the heading after a genre
    label standing alone ("Notat")."""
    return _email_subject(text) or _labelled_heading(_blocks(text))


def _first_heading(blocks: list[list[tuple[int, str]]], banned: set[str]) -> Evidence | None:
    """The first heading outside letter heads; a block in capitals only is a department or
    organisation banner ("SOCIAL, SUNDHED OG / BESKÆFTIGELSE", "KKR / HOVEDSTADEN") and is
    the title only when nothing else is."""
    ordinary = [b for b in blocks if not all(line.isupper() for _, line in b)]
    return _heading_in(ordinary, banned) or _heading_in(blocks, banned)


def _heading_in(blocks: list[list[tuple[int, str]]], banned: set[str]) -> Evidence | None:
    for block in blocks:
        if any(_LETTERHEAD.match(line) for _, line in block):
            continue  # a letter head: sender, department, contact lines
        for i, (start, line) in enumerate(block):
            cells = [" ".join(c.split()) for c in line.split("\t") if c.strip()]
            if line in banned or all(c in banned for c in cells) or _SKIP_LINK.match(line):
                continue
            runs_on = i + 1 < len(block) and _FUNCTION_LINE.match(block[i + 1][1]) and re.match(r"[A-ZÆØÅ]", line)
            if not (_headingish(line) or runs_on):
                continue
            if line.isupper() and i + 1 < len(block) and not _CONTINUES.search(line):
                continue  # an organisation banner above the heading ("KKR / HOVEDSTADEN")
            if is_prose(line):
                return None  # a paragraph before any heading: the page prints no title (p10, p11)
            return Evidence(_tidy(_join_heading(block, i)), "overskrift", start)
    return None


# A sentence ending inside a line: a word, its full stop (or ! ?), a space and a capital.
_SENTENCE_END = re.compile(r"[a-zæøå]{2}[.!?] [A-ZÆØÅ]")


def is_prose(line: str) -> bool:
    """A paragraph, not a heading: over 200 characters, or a sentence ends inside it (a dot
    after a word, then a capital), which an abbreviation's dot does not ("vedr. Seniorrådets",
    "jf. Lov": danish.sentences' table of abbreviations)."""
    return len(line) > 200 or any(m.group(0)[-3] != "." or not ends_with_abbreviation(line[:m.start() + 3])
                                  for m in _SENTENCE_END.finditer(line))


def _printed_heading_ok(title: str) -> bool:
    """The parser's heading, unless it is a fragment a person would not call a title: a
    broken line ("SOCIAL, SUNDHED OG", "Kultur og Fritid -"), a lost capital
    ("iltrækning af"), a lone banner word ("HOVEDSTADEN") or a mail header."""
    title = " ".join(title.split())
    return (_headingish(title) and not _CONTINUES.search(title) and not _EMAIL_HEAD.match(title)
            and not (title.isupper() and " " not in title) and not _SKIP_LINK.match(title))


def heading_of(text: str, *, pages: list[str] | None = None, printed: str | None = None) -> Evidence | None:
    """The document's own heading, by order: an e-mail's subject, the line after a genre
    label ("Notat"), the parser's heading if it is whole, else the first heading-like
    line outside letter heads, running headers and fragments."""
    blocks = _blocks(text)
    found = _email_subject(text) or _labelled_heading(blocks)
    if found:
        return found
    if printed and _printed_heading_ok(printed):
        return Evidence(_tidy(printed), "overskrift")
    running = running_lines(pages or [])
    if any(m.end() == len(line) for line in running if (m := _minutes_label().match(line))):
        # minutes (their label alone, "Åbent referat", on every page) print no title of their
        # own: the cover's labels ("Tilstede", "Afbud/Fraværende") and items' headings are none
        # (the policy parser's rule; municipal gold f03, f12: title null)
        return None
    return _first_heading(blocks, running)


def document_title(flat: dict[str, Any], text: str, *, pages: list[str] | None = None,
                   source: str | None = None, udvalg_name: str | None = None) -> Evidence | None:
    """Folketing letters: their identity ("Beskæftigelsesudvalget spørgsmål nr. 23 (L 94)");
    others: their heading; last, the file name."""
    if flat.get("title") and flat.get("question_number") is not None:
        return Evidence(str(flat["title"]), "ft.dk-felter")
    if flat.get("question_number") is not None and (udvalg_name or (flat.get("udvalg") or {}).get("name")):
        case = flat.get("case") or {}
        ref = f" ({case['kind']} {case['number']})" if case.get("kind") in ("L", "B") and case.get("number") else ""
        name = udvalg_name or flat["udvalg"]["name"]
        number = flat["question_number"]
        # A samrådsspørgsmål is numbered by letters and printed "Samrådsspørgsmål V" (the ft_qa
        # README's convention for question_number); "spørgsmål nr. V" names no question.
        asked = f"samrådsspørgsmål {number}" if str(number).isalpha() else f"spørgsmål nr. {number}"
        return Evidence(f"{name} {asked}{ref}", "ft.dk-felter")
    found = heading_of(text, pages=pages, printed=flat.get("title"))
    if found:
        return found
    if source:
        stem = source.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        return Evidence(stem.replace("_", " "), "fil")
    return None


def facts_of(flat: dict[str, Any], text: str, *, pages: list[str] | None = None, source: str | None = None,
             source_url: str | None = None, folketing: bool = False,
             udvalg_name: str | None = None) -> DocumentFacts:
    """Title, date and samling of one document by the order of evidence."""
    date = document_date(flat, text, pages=pages, source_url=source_url)
    # An answer without a date of its own still belongs to its question's samling.
    asked = Evidence(str(flat["question_sent_date"]), "brevdato") if flat.get("question_sent_date") else None
    samling = document_samling(flat, (date or asked) if folketing else None, source_url)
    return DocumentFacts(document_title(flat, text, pages=pages, source=source, udvalg_name=udvalg_name),
                         date, samling)


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


# -- who issues a kommune's paper -------------------------------------------------------
#
# An agenda item names the body that decides it under a label of its own: "Beslutningen træffes
# af / Sundheds- og Forebyggelsesudvalget" (Ballerup dagsordenspunkter, corpus/municipal f07 and
# s04; "... / Kommunalbestyrelsen", f03), "Sagen afgøres i: Udvalget for plan, udvikling og kultur
# (PUK)" (Syddjurs, f14). When the item does not name its kommune, that body is who issues it (the
# municipal gold's convention, s04 gold_notes: "issuer: the deciding committee ... the kommune is
# not named in the excerpt").
_DECIDING_BODY = re.compile(r"^[ \t]*(?:Beslutningen træffes af|Sagen afgøres i|Afgørelse træffes af)(?:[ \t]*:)?[ \t]*"
                            r"(?:\n[ \t]*)?(?P<body>[A-ZÆØÅ][^\n]{2,100}?)[ \t]*$", re.M)


def deciding_body(text: str) -> Evidence | None:
    """The body an agenda item's label names as deciding it, as printed."""
    m = _DECIDING_BODY.search(text)
    return Evidence(m.group("body"), "beslutter", m.start("body"), m.end("body")) if m else None


# A letter head names the unit that writes on a labelled line: "Afdeling: Center for Ejendomme"
# (a Ballerup projektbeskrivelse, corpus/municipal s03, gold issuer "Center for Ejendomme";
# "Afdeling: Center for Sundhed og Ældre", tests/extract/test_municipal_document_facts.py
# UNIT_LETTERHEAD_SAMPLE). The kommune it belongs to, where the letter head tells it, goes first
# ("Ballerup Kommune, Center for Ejendomme": the municipal gold's "Aarhus Kommune, Sundhed og
# Omsorg", s01).
_UNIT_LINE = re.compile(r"^[ \t]*(?:Afdeling|Enhed|Forvaltning)[ \t]*:[ \t]*(?P<unit>[A-ZÆØÅ][^\n]{2,80}?)[ \t]*$", re.M)


def letterhead_unit(text: str) -> Evidence | None:
    """The unit a letter head's "Afdeling:" line names, among its labelled lines only; else the
    unit its banner in capitals names above them."""
    if letterhead_lines(text) < 2:
        return None
    head = "\n".join(text.split("\n", 20)[:20])
    m = _UNIT_LINE.search(head)
    return Evidence(m.group("unit"), "brevhoved", m.start("unit"), m.end("unit")) if m else _banner_unit(text)


# A kommune's memo opens with the writing unit's name in capitals as a banner, one to three lines,
# over the letter head's labelled lines ("SOCIAL, SUNDHED OG / BESKÆFTIGELSE // Dato: ... / E-mail:
# ...@balk.dk / Kontakt: ...", the Ballerup notater of corpus/municipal s02 and s6_11, whose gold
# names the issuer "Ballerup Kommune, Social, Sundhed og Beskæftigelse" and "Social, Sundhed og
# Beskæftigelse"; f10 prints the same head, its gold names the kommune alone, an annotator's call
# the later two did not share; "BØRN OG UNGE" over "Dato:" and "Sagsnr.:",
# tests/extract/test_municipal_document_facts.py BANNER_UNIT_SAMPLE). The name is given as the text
# writes it in ordinary case, or else with its words capitalised and its function words not, as a
# unit's name is written ("Social, Sundhed og Beskæftigelse").
_BANNER_MAX_LINES = 3


def _banner_unit(text: str) -> Evidence | None:
    blocks = _blocks(text, limit=12)
    first = next((b for b in blocks if not all(_PAGE_MARK.match(line) for _, line in b)), None)
    if first is None:
        return None
    lines = [(start, line) for start, line in first if not _PAGE_MARK.match(line)]
    if not 1 <= len(lines) <= _BANNER_MAX_LINES or not all(line.isupper() and not _LETTERHEAD.match(line)
                                                           for _, line in lines):
        return None
    after = blocks[blocks.index(first) + 1] if blocks.index(first) + 1 < len(blocks) else []
    if not after or not _LETTERHEAD.match(after[0][1]):
        return None  # a banner over a heading or a paragraph is an organisation's (policy_layout._banner_org)
    words = " ".join(line for _, line in lines).split()
    if not re.search(r"[^\W\d_]{3}", " ".join(words)):
        return None
    start, end = lines[0][0], lines[-1][0] + len(lines[-1][1])
    written = re.search(r"(?<![\wæøå])" + r"\s+".join(re.escape(w) for w in words) + r"(?![\wæøå])", text[end:], re.I)
    if written and not written.group(0).isupper():
        return Evidence(" ".join(written.group(0).split()), "brevhoved", end + written.start(), end + written.end())
    from danish.words import STOPWORDS

    def cased(i: int, word: str) -> str:
        bare = word.strip(",.").casefold()
        return word.lower() if i and bare in STOPWORDS else word[:1] + word[1:].lower()

    return Evidence(" ".join(cased(i, w) for i, w in enumerate(words)), "brevhoved", start, end)


# A printed e-mail from an organisation's own mailbox names the organisation as its sender: the
# name in the header is the one its mail domain spells ("Fra: Havnens Perle <info@havnensperle.dk>",
# a restaurant's letter to Aarhus Byråd, corpus/municipal s6_12, gold issuer "Havnens Perle"; "From:
# Sønderborg Forsyning <kundeservice@soenderborgforsyning.dk>", tests/extract/
# test_municipal_document_facts.py MAILBOX_SAMPLE). A person's own address names no organisation
# ("Fra: Maja Maria Føns <...@middelfart.dk>", f13).
_MAIL_SENDER = re.compile(rf"\A(?:[ \t]*(?:{TEXT_PAGE_MARK}|\d{{1,4}})?[ \t]*\n){{0,4}}[ \t]*(?:From|Fra)[ \t]*:[ \t]*"
                          r"(?P<name>[^<>\n@]{2,80}?)[ \t]*<[\w.+-]+@(?P<host>[\w-]+(?:\.[\w-]+)+)>")
_DANISH_LETTERS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e"})


def mail_sender_organisation(text: str) -> Evidence | None:
    """The sender of a printed e-mail when its name is the one its mail domain spells."""
    m = _MAIL_SENDER.match(text)
    if m is None:
        return None
    label = m.group("host").lower().split(".")[-2]
    name = m.group("name").strip(" \"'")
    squashed = "".join(ch for ch in name.casefold() if ch.isalnum())
    if label not in (squashed, squashed.translate(_DANISH_LETTERS)) or len(squashed) < 4:
        return None
    return Evidence(name, "afsender", m.start("name"), m.start("name") + len(name))


# -- a colophon's or a copyright line's publisher ------------------------------------------------
#
# The cues: extract/data/issuer_cues.tsv (with the convention and the samples that attest them).
# The name runs over capitalised words and the function words of Danish organisations' names ("og",
# "for", "i", "af"), a dash joining an abbreviation and its name ("BL – Danmarks Almene Boliger").
_ORG_WORD = r"[A-ZÆØÅ][\wæøåÆØÅ&.'’-]*"
_ORG_NAME = rf"{_ORG_WORD}(?:[ \t]+(?:{_ORG_WORD}|og|for|i|af|på)(?=[ \t]|$|[,.|])|[ \t]+[–-][ \t]+{_ORG_WORD})*"
_YEAR = r"(?:19|20)\d\d"


@lru_cache(maxsize=1)
def _publisher_lines() -> re.Pattern[str]:
    from danish._data import table_rows

    cues = "|".join(f"(?:{row['cue']})" for row in table_rows("extract", "data", "issuer_cues.tsv", delimiter="\t"))
    return re.compile(rf"(?:^|[|·][ \t]*|[ \t][–-][ \t]+)[ \t]*(?:{cues})[ \t]*:?[ \t]*(?:{_YEAR}[ \t,]*)?"
                      rf"(?P<org>{_ORG_NAME})", re.M)


def canonical_organisation(printed: str) -> str:
    """A publisher's name in the form the reference tables give it: an agency's name for its
    abbreviation or older name ("STAR", "AMS"), a ministry's, a kommune's ("Holbæk Kommune"), a
    party's; else as printed."""
    from danish import reference

    from .kommune_registry import lookup

    agency = reference.agency_by_name(printed)
    if agency is not None:
        return agency.name
    ministry = next((m.name for m in reference.ministries()
                     if reference.name_key(printed) in {reference.name_key(n) for n in (m.name, *m.aliases)}), None)
    if ministry:
        return ministry
    named = re.fullmatch(r"(?P<name>.+?) Kommune", printed)
    kommune = lookup(named.group("name")) if named else None
    if kommune is not None:
        return f"{kommune.name} Kommune"
    return reference.party_by_name().get(printed, printed)


def publisher_line(text: str) -> Evidence | None:
    """The organisation a colophon ("Udgivet af:", "Udgiver:") or a copyright line ("© 2021
    Cepos") names as publishing the document, in its reference form."""
    from .given_names import opens_with_given_name

    for m in _publisher_lines().finditer(text):
        org = re.sub(r"(?:[ \t]+(?:og|for|i|af|på|[–-]))+$", "", m.group("org")).rstrip(".,")
        if not org or opens_with_given_name(org) or len(org.split()) > 8:
            continue  # an author's or a photographer's name, or a sentence
        return Evidence(canonical_organisation(org), "udgiver", m.start("org"), m.start("org") + len(org))
    return None


# A kommune's web and mail domain is its name, written without the Danish letters (æ as ae, ø as
# oe, å as aa) and its spaces as hyphens, under .dk: "www.middelfart.dk" and
# "...@middelfart.dk" in Middelfart Kommune's letter head (corpus/pdf/
# middelfart_notat_letterhead_2016.pdf), "holbaek.dk" (Holbæk Kommune's pages, corpus/policy p09's
# address), "lyngby-taarbaek.dk" (tests/extract/test_issuer_cues.py KOMMUNE_MAIL_SAMPLE). A few
# kommuner use another (København "kk.dk", Ballerup "balk.dk": extract/data/issuer_sites.tsv).
# A ministry's or an agency's site is its abbreviation under .dk: the star README's convention names
# "bm.dk -> Beskæftigelsesministeriet", "ism.dk -> Indenrigs- og Sundhedsministeriet" and "star.dk ->
# Styrelsen for Arbejdsmarked og Rekruttering" (corpus/star/README.md "Document fields"); the corpus
# prints "www.uim.dk", "www.ufm.dk", "kl.dk" the same way. The abbreviations are the reference
# tables' (danish/data/ministries_project.csv of ministries in use, agencies.csv).
def organisation_of_host(host: str) -> str | None:
    """'www.bm.dk' -> 'Beskæftigelsesministeriet', 'kl.dk' -> 'KL', 'holbaek.dk' -> 'Holbæk Kommune'."""
    from danish import reference

    parts = host.lower().split(".")
    if len(parts) < 2 or parts[-1] != "dk":
        return None
    label = parts[-2]
    ministry = next((m.name for m in reference.ministries()
                     if m.abbrev and m.abbrev.lower() == label and m.to_year is None and not m.successor_id), None)
    agency = next((a.name for a in reference.agencies() if a.abbrev and a.abbrev.lower() == label), None)
    return ministry or agency or kommune_of_host(host)


def kommune_of_host(host: str) -> str | None:
    """'www.holbaek.dk', 'jobcenter@lyngby-taarbaek.dk' -> the kommune whose name the domain spells."""
    from .kommune_registry import kommuner

    parts = host.lower().split(".")
    if len(parts) < 2 or parts[-1] != "dk":
        return None
    label = parts[-2]
    for k in kommuner():
        spelled = k.name.lower().translate(_DANISH_LETTERS).replace(" ", "-")
        if label in (spelled, spelled.replace("-", "")):
            return f"{k.name} Kommune"
    return None
