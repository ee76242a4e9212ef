"""STAR, jobindsats.dk, ministry and KL documents: document-level facts.

Reads web pages (star.dk, bm.dk, jobindsats.dk, kl.dk) kept as text from their
beginning, STAR/ministry letters and reports. Layout cues relied on:
- the site's skip links: star.dk pages start "Spring over hovedmenu / Spring over
  venstremenu", bm.dk pages only "Spring over hovedmenu"; jobindsats.dk and kl.dk news
  start with their date on a line of its own; the issuer is inferred from these when
  the text does not name it (the gold convention: star.dk/jobindsats.dk -> STAR,
  bm.dk -> Beskæftigelsesministeriet);
- the document's own date stands alone on a line, or after "Dato:" or "Sidst
  opdateret:"; dates inside sentences are events, not the document's date;
- a letter closes with "(Med) venlig hilsen", a name and the sender's organisation;
- the genre shows in markers kept as data (extract/data/genre_markers.tsv: a report's label,
  a measure's documentation sections, a news item's dateline, timestamp, quotes and lede);
- people are listed with the role the text gives them (extract/people.py `roled_persons`,
  officials' titles in extract/data/person_titles.tsv).
"""
from __future__ import annotations

import bisect
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from danish import reference
from danish.party_forms import we_party
from danish.words import DEMAND_VERB_PATTERN, PROGRAMME_NOUNS
from danish.dates import DATE_LABEL_PATTERN, DATE_TEXT_PATTERN, MONTH_NAME_PATTERN, date_of, despace, find_dates

from ..document import Document, Span
from ..document_facts import (deciding_body, is_email, mail_sender_organisation, organisation_of_host, publisher_line, is_letterhead_line, is_page_mark, is_prose, labelled_title,
                              letterhead_lines, letterhead_unit, period_in_title, running_lines, starts_mid_document,
                              theme_year)
from ..page_title import in_english
from ..people import RoledPerson, roled_persons
from ..records import DocType, DocumentInfo

# The gold's canonical issuers (danish/data/agencies.csv, ministries_project.csv).
STAR = reference.agency("star").name
BM = reference.ministry("beskaeftigelsesministeriet").name

_SKIP = re.compile(r"^\s*Spring over \w+\s*$", re.M)
# A line that is only a date, or a label and a date: how news pages and letters date themselves.
_DATE_LINE = re.compile(rf"^[ \t]*(?:{DATE_LABEL_PATTERN}\s*:?\s*)?(?P<date>{DATE_TEXT_PATTERN})[ \t]*$", re.M | re.I)
_GREETING = re.compile(r"^\s*(?:Med )?venlig(?:e)? hilsen\s*$", re.M | re.I)


@dataclass(frozen=True)
class Found:
    value: str
    start: int
    end: int | None = None  # where the cited text ends, when the value was reworded
    evidence: str | None = None  # a date's kind of evidence (extract/document_facts.py DATE_EVIDENCE)

    @property
    def stop(self) -> int:
        return self.end if self.end is not None else self.start + len(self.value)


def _lines(text: str) -> list[Found]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append(Found(line.strip(), pos + len(line) - len(line.lstrip())))
        pos += len(line) + 1
    return out


def document_date(doc: Document) -> Found | None:
    """The document's own date by the order of evidence in extract/document_facts.py
    (heading, Mødedato, letter date, Udgivet; never a date in a sentence or a running header)."""
    from ..document_facts import date_from_text

    found = date_from_text(doc.text, pages=[p.text for p in doc.pages])
    if found is None or found.start is None:
        return _timestamp(doc)
    printed = doc.text[found.start:found.end] if found.end else ""
    # The value as printed where it reads back as the same date; else the ISO form.
    day = date_of(despace(printed)) if printed else None
    value = printed if day and day.isoformat() == found.value else found.value
    return Found(value, found.start, found.end, found.evidence)


def _timestamp(doc: Document) -> Found | None:
    """A news site's publication stamp, a date and a time of day on a line of their own near
    the top ("12/09/2013 12:35"): the genre marker `timestamp` of extract/data/genre_markers.tsv."""
    stamp = next(m.pattern for m in genre_markers() if m.cue == "timestamp")
    pos = 0
    for n, line in enumerate(doc.text.split("\n")):
        if n >= 12:
            break
        text = " ".join(line.split())
        if stamp.search(text):
            day = re.match(r"\S+", text)
            if day and date_of(day.group(0)):
                start = pos + len(line) - len(line.lstrip())
                return Found(day.group(0), start)
        pos += len(line) + 1
    return None


def _web_chrome() -> re.Pattern[str]:
    """Web-page furniture that is never a title (extract/data/web_chrome.tsv)."""
    from danish._data import table_rows

    rows = table_rows("extract", "data", "web_chrome.tsv", delimiter="\t")
    return re.compile("|".join(f"(?:{row['pattern']})" for row in rows))


_CHROME = _web_chrome()
# A line of a letterhead or a publisher's address: phone, web or mail ("Forlaget
# Jurainformation§Vallensbækvej 61 · 2625 Vallensbæk Tlf. 70 23 01 02 post(at)...", p14).
_CONTACT = re.compile(r"\bTlf\.|\bTelefon\b|https?://|\bwww\.|@|\(at\)")


def _furniture_lines(text: str) -> set[int]:
    """Starts of the lines of a cookie-consent block (a saved page keeps the banner above its
    content: "Acceptér og Luk / Sådan bruger hjemmesiden cookies ...", p14): the block of lines,
    to a blank line, in which a line speaks of cookies."""
    starts: set[int] = set()
    pos = 0
    for block in re.split(r"(\n[ \t]*\n)", text[:3000]):
        if re.search(r"\bcookies?\b", block, re.I) and not block.startswith("\n"):
            starts.update(pos + m.start() for m in re.finditer(r"(?m)^", block))
        pos += len(block)
    return starts


# A sender's address block ("Ringsted Kommune / Social og Sundhed / Rønnedevej 9 / 4100 Ringsted";
# "Staben / Middelfart Kommune / Teglgårdsparken 103 / 5500 Middelfart", corpus/pdf
# middelfart_notat_letterhead_2016.pdf): a short block of lines, to a blank line, one of them a
# postcode and town. None of its lines is the document's title.
_POSTCODE_LINE = re.compile(r"^[ \t]*(?:DK-)?\d{4}[ \t]+[A-ZÆØÅ][a-zæøå]+", re.M)
_ADDRESS_LINES = 6


def _address_block_lines(text: str) -> set[int]:
    starts: set[int] = set()
    pos = 0
    for block in re.split(r"(\n[ \t]*\n)", text[:1500]):
        lines = [line for line in block.split("\n") if line.strip()]
        if not block.startswith("\n") and lines and len(lines) <= _ADDRESS_LINES and _POSTCODE_LINE.search(block):
            starts.update(pos + m.start() for m in re.finditer(r"(?m)^", block))
        pos += len(block)
    return starts


def _date_only(value: str) -> bool:
    """A line that is a date, perhaps with its weekday ("Torsdag 22. sep 2022")."""
    hit = next(find_dates(value), None)
    return bool(hit and len(value[:hit.start].split()) <= 1 and not value[hit.end:].strip(" ."))


# Minutes repeat their genre at the head of every page ("Referat / Åbent referat", Ballerup
# referat 2012-12-04, corpus/municipal f03; "Dagsorden / Åbent møde" in OS2dagsorden prints of
# Syddjurs and Aarhus): the meeting is named on the cover, each item heading names one case.
def _minutes_label_alone(line: str) -> bool:
    """A line that is only the minutes' label (the genre marker `minutes_label`: "Referat",
    "Åbent referat", "DAGSORDEN"), not a label with the meeting's name after it."""
    label = next(m for m in genre_markers() if m.cue == "minutes_label").pattern.match(line)
    return label is not None and label.end() == len(line)


# An agenda item's heading carries the item's number: "8. Evaluering af rygestopkurser"
# (Ballerup punkt 8, f07), "3. Kvalitetsstandarder for stof- og alkoholbehandling 2012-2013" (f03);
# the number is the item's place on the agenda, not part of its title.
_AGENDA_ITEM = re.compile(r"^\d{1,2}\.[ \t]+(?=[A-ZÆØÅ][a-zæøå])")


def _printed_at(text: str, value: str) -> Found:
    """`value` where the text prints it, whatever its line breaks; start -1 when the text does
    not print it. Words are compared as one space-joined string (str.find: linear)."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    joined = " ".join(text[a:b] for a, b in spans)
    wanted = " ".join(value.split())
    at = joined.find(wanted) if wanted else -1
    while at >= 0 and ((at > 0 and joined[at - 1] != " ") or joined[at + len(wanted):at + len(wanted) + 1] not in ("", " ")):
        at = joined.find(wanted, at + 1)  # a part of a longer word ("Mål" in "Målene"): on
    if at < 0:
        return Found(value, -1)
    starts, pos = [], 0
    for a, b in spans:  # each word's place in `joined`
        starts.append(pos)
        pos += b - a + 1
    first = bisect.bisect_right(starts, at) - 1
    last = first + len(value.split()) - 1
    return Found(value, spans[first][0], spans[last][1])


def _inside(found: Found, offset: int) -> int:
    """Where a part of a found value starts in the text; -1 (no span) for a value that is
    not in the text (an HTML page's <title>)."""
    return found.start + offset if found.start >= 0 else -1


def title_of(doc: Document) -> Found | None:
    """The first line that reads as a heading: not web furniture (skip links, logos, cookie
    banners, news and genre labels), no date, address or label, no sentence. A page that
    opens with a dateline and its lede, or with a paragraph, prints no title; an HTML page
    without a heading element is titled by its own <title> (extract/page_title.py)."""
    if doc.page_title:  # where the page's markup says its title is (a heading, or its <title>)
        return _printed_at(doc.text, doc.page_title)
    lines = _lines(doc.text)
    if lines and next((m for m in genre_markers() if m.cue == "month_dateline")).pattern.search(lines[0].value):
        return None  # " date 2020-06 Den udskældte ...": dateline and lede (p04, p06)
    labels = [m.pattern for m in genre_markers() if m.cue in ("news_label", "analysis_label")]
    # A newsletter's numbered label is its title, also when an e-mail carries it (f13 gold
    # "Nyhedsbrev nr. 2/2017"; tests/extract/test_document_facts.py "Nyhedsbrev nr. 1/2017").
    newsletter = next(m.pattern for m in genre_markers() if m.cue == "newsletter_label").search(doc.text[:1500])
    if newsletter:
        return Found(newsletter.group(0).strip(), newsletter.start() + len(newsletter.group(0)) - len(newsletter.group(0).lstrip()))
    labelled = labelled_title(doc.text)
    if labelled is not None and labelled.start is not None:
        return Found(labelled.value, labelled.start)  # "Notat / <title>", an e-mail's "Subject:"
    if starts_mid_document(doc.text):
        return None  # an excerpt from page 3 on: its headings are sections, the title is on page 1
    running = running_lines([p.text for p in doc.pages])
    if any(_minutes_label_alone(line) for line in running):
        return None  # a page of minutes: its items' headings are not the document's title
    furniture = _furniture_lines(doc.text) | _address_block_lines(doc.text)
    # Above a letter head, lines in capitals are the department's banner ("SOCIAL, SUNDHED OG /
    # BESKÆFTIGELSE", Ballerup notater), not the memo's heading.
    # So are an organisation's banner lines the text names again ("REGION MIDTJYLLAND ... Region
    # Midtjylland", "KKR / HOVEDSTADEN": `_banner_org`).
    banner = letterhead_lines(doc.text) >= 3 or _banner_org(doc.text) is not None
    letter_head = next((i for i, line in enumerate(lines[:25]) if re.match(r"J\.? ?[Nn]r\.", line.value)), None)
    for line in lines[(letter_head + 1) if letter_head is not None else 0:]:
        value = line.value
        if _SKIP.match(value) or _CHROME.match(value) or _DATE_LINE.match(value) or len(value) < 8 \
                or is_page_mark(value) or " ".join(value.split()) in running or is_letterhead_line(value) \
                or _minutes_label_alone(value) \
                or (banner and value.isupper()):
            continue
        if doc.text.rfind("\n", 0, line.start) + 1 in furniture \
                or any(p.search(value) for p in labels) or _LOGO.match(value) or _CONTACT.search(value) \
                or _date_only(value) or in_english(value):  # an image's English alt text (page_title.in_english)
            continue
        if re.match(r"(?:Til |Dato|J\.|www\.|[TE]:? |CVR|\d{4} )", value):
            continue
        head = re.split(r"\s+\d+\.\s", value)[0] if len(value) > 160 else value
        if head != value:  # a flattened page: the title runs into the first section
            return Found(re.sub(r"\s+", " ", head), line.start, line.start + len(head))
        # (an abbreviation's dot is no sentence end: "... vedr. Seniorrådets høringssvar";
        # danish.sentences' table of abbreviations)
        if is_prose(value):
            return None  # a paragraph before any heading: the page prints no title (p10, p11)
        item = _AGENDA_ITEM.match(value)
        if item:  # "8. Evaluering af rygestopkurser": an agenda item printed on its own
            return Found(value[item.end():], line.start + item.end())
        return Found(value, line.start)
    return None


def _alternation(names: list[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


# Named organisations of danish/data/agencies.csv (names, abbreviations, other names); the
# table's generic plurals ("jobcentrene", "regeringen") are no names (the gold conventions).
_AGENCY_NAMES = _alternation([n for a in reference.agencies() for n in (a.name, a.abbrev, *a.aliases)
                              if n and n[0].isupper()])
# A signature's organisation line: an agency, a "Styrelsen for ..." or a ministry.
_ORG_LINE = re.compile(rf"^(?:Styrelsen for [\w ]+|[A-ZÆØÅ][\wæøå-]*ministeriet|{_AGENCY_NAMES})$")


def _signature_org(doc: Document) -> Found | None:
    greeting = _GREETING.search(doc.text)
    if not greeting:
        return None
    for line in _lines(doc.text[greeting.end():greeting.end() + 300])[:4]:
        if _ORG_LINE.match(line.value):
            return Found(line.value, greeting.end() + line.start)
    return None


def _named(doc: Document, pattern: str) -> Found | None:
    m = re.search(pattern, doc.text)
    return Found(m.group(0), m.start()) if m else None


_MINISTRY = re.compile(r"\b[A-ZÆØÅ][\wæøå]*(?:-,? (?:og )?[\wæøå]+)*ministeriet\b")
# "Hermed fremsendes TrekantBrands nyhedsbrev nr. 2" (corpus/municipal f13), "KL's nyhedsbrev
# om beskæftigelse" (tests/extract/test_policy_document_facts.py sample): who publishes a
# newsletter names itself in the genitive before it.
# The owner is a name: a capital inside it (TrekantBrand, KL) or more than one capitalised word
# ("Nordfyns Vandforsynings"); "Kommunens nyhedsbrev" opening a sentence names no one.
_NEWSLETTER_OWNER = re.compile(r"(?<![\wæøå-])(?P<org>[A-ZÆØÅ][\wæøå-]*(?: [A-ZÆØÅ][\wæøå-]*){0,2}?)"
                               r"(?:'s|’s|s) nyhedsbrev\b")


def _newsletter_owner(text: str) -> tuple[int, int] | None:
    """Where the owner's name stands: the shortest run of the capitalised words before
    "s nyhedsbrev" that is a name ("Læs KL's nyhedsbrev" -> "KL")."""
    for m in _NEWSLETTER_OWNER.finditer(text):
        words = m.group("org").split(" ")
        for k in range(len(words) - 1, -1, -1):
            org = " ".join(words[k:])
            if " " in org or any(ch.isupper() for ch in org[1:]):
                return m.end("org") - len(org), m.end("org")
    return None
# "Arbejdsmarkeds- og Rekrutteringsstyrelsens skrivelse nr. 9038": the sender of a numbered
# circular, letter or note names itself in the genitive before the genre noun.
_GENITIVE_SENDER = re.compile(r"\b(?P<org>[A-ZÆØÅ][\wæøå]*(?:- og [A-ZÆØÅ][\wæøå]*)?(?:styrelsen|ministeriet|rådet))s "
                              r"(?:skrivelse|cirkulære|brev|notat|vejledning) nr\.")
# "LO s jobcenterindeks", "KL's udspil": an organisation's acronym in the genitive opening
# the title names who publishes the memo (the apostrophe is often lost in conversion).
_ACRONYM_OWNER = re.compile(r"^(?P<org>[A-ZÆØ]{2,5})(?:'s| s|’s) [a-zæøå]")
# Web pages kept as text start with the alt text of the site's logo: "Lovguiden Logo".
_LOGO = re.compile(r"^\s*(?P<org>[A-ZÆØÅ][\wæøå.-]+(?: [A-ZÆØÅ][\wæøå.-]+)?) [Ll]ogo\s*$", re.M)


# "Ballerup Kommune", its genitive "Ballerup Kommunes" and the lower case of running text
# "Ballerup kommune overtog" (corpus/municipal f03, f11).
_KOMMUNE_NAME = re.compile(r"(?<![\wæøå-])(?P<name>[A-ZÆØÅ][\wæøå-]+(?:-[A-ZÆØÅ][\wæøå]+)? (?:[Kk]ommune|Regionskommune))s?\b")


def _kommune_issuer(doc: Document) -> Found | None:
    """A kommune's own document names "X Kommune" in its head and again below; its case
    papers (a "Sagsnr.:"/"Dok.nr.:" line: minutes, agenda items, notater, the genre marker
    `case_file`) may name it only in the body. Either way the kommune is named at least twice
    and no other kommune as often."""
    hits = list(_KOMMUNE_NAME.finditer(doc.text))
    if not hits:
        return None
    # A letter head names its kommune once, on a line of its own among the address and labelled
    # lines ("Staben / Middelfart Kommune / Teglgårdsparken 103 ... Dato: ... Sagsnr.:",
    # corpus/pdf/middelfart_notat_letterhead_2016.pdf; the Faxe sample of the tests).
    first_lines = doc.text.split("\n", 20)[:20]
    if letterhead_lines(doc.text) >= 2:
        for line in first_lines:
            m = _KOMMUNE_NAME.fullmatch(line.strip())
            if m:
                start = doc.text.find(line.strip())
                return Found(_kommune_key(m), start, start + len(m.group("name")))
    counts = Counter(_kommune_key(m) for m in hits)
    (top, n), *rest = counts.most_common()
    if n < 2 or (rest and rest[0][1] == n):
        return None
    first = next(m for m in hits if _kommune_key(m) == top)
    # late in the text only on a kommune's own case paper (the case_file marker alone, not every
    # genre marker: those are read again by doc_type_of)
    if first.start() >= 300 and not any(m.cue == "case_file" and m.found_in(doc.text, "") for m in genre_markers()):
        return None
    return Found(top, first.start("name"), first.end("name"))


def _kommune_key(m: re.Match[str]) -> str:
    name = m.group("name")
    return name[:-len("kommune")] + "Kommune" if name.endswith("kommune") else name


# A news item names where its facts come from: "Kilder: Finansministeriet." closing a fact box
# (p06), "Kilde: Danmarks Statistik" under a figure (test sample): the source cited is not the
# publisher.
_CITED_SOURCE = re.compile(r"^[ \t]*Kilder?[ \t]*:[ \t]*(?P<org>[A-ZÆØÅ][\wæøå-]*(?: og [A-ZÆØÅ][\wæøå-]*)?)", re.M)


def _repeated_ministry(text: str) -> Found | None:
    """A ministry the page names at least twice: its own page (one mention is usually
    someone else's evaluation or decision); a kommune's own page names "X Kommune" in its
    head and again below."""
    cited = {m.group("org") for m in _CITED_SOURCE.finditer(text)}
    names = [m for m in _MINISTRY.finditer(text) if m.group(0) not in cited]
    for m in names:
        if sum(1 for other in names if other.group(0) == m.group(0)) >= 2:
            return Found(m.group(0), m.start())
    return None


def _as_printed(doc: Document, start: int, end: int) -> str:
    """A name as the file prints it: the glued-word repair of text files splits a name's inner
    capital ("TrekantBrand" -> "Trekant Brand"), which a proper name keeps."""
    value = doc.text[start:end]
    raw_start, _ = doc.raw_offset(start)
    raw_last, _ = doc.raw_offset(end - 1)
    raw = doc.raw_text[raw_start:raw_last + 1]
    return raw if raw.split() and "".join(raw.split()) == "".join(value.split()) else value


_UNREAD = Found("", -1)  # issuer_of's title argument when the caller has not read the title


def issuer_of(doc: Document, title: Found | None = _UNREAD) -> Found | None:
    """Who publishes the document: a signature, the site's template, or a named agency."""
    text = doc.text
    skips = _SKIP.findall(text[:200])
    head = text[:400]
    sender = _GENITIVE_SENDER.search(text[:3000])
    if sender:
        name = sender.group("org")
        known = reference.agency_by_name(name)  # an inverted or older name: the agency's own
        return Found(known.name if known else name, sender.start("org"), sender.end("org"))
    newsletter = _newsletter_owner(text[:3000])
    if newsletter:
        return Found(_as_printed(doc, *newsletter), *newsletter)
    dated_news = _DATE_LINE.match(text.lstrip("\n"))
    if dated_news and re.search(r"jobindsats|måling", head, re.I):
        return _named(doc, r"Styrelsen for Arbejdsmarked og Rekruttering") or Found(STAR, -1)
    if len(skips) >= 2 or re.search(r"^\s*Spring over venstremenu\s*$", text[:300], re.M):
        return Found(STAR, -1)  # star.dk's page template (its left menu); bm.dk has none
    if dated_news and (re.search(r"(?:^|\n)KL (?:mener|har|er|vil|foreslår)\b", text)
                       or len(re.findall(r"\bKL\b", text)) >= 3 or "kl.dk" in text.lower()):
        return Found("KL", text.find("KL "))
    signed = _signature_org(doc)
    if signed:
        return signed
    if len(skips) == 1:  # bm.dk's page template
        return Found(BM, -1)
    if title is _UNREAD:  # callers that read the title anyway pass it: it scans the whole text
        title = title_of(doc)
    owner = _ACRONYM_OWNER.match(title.value) if title else None
    if title and owner:
        return Found(owner.group("org"), _inside(title, owner.start("org")))
    logo = _LOGO.search(text[:200])
    if logo:
        return Found(logo.group("org"), logo.start("org"))
    cited = {m.group("org") for m in _CITED_SOURCE.finditer(text)}
    party = _programme_party(text) or _we_party(text)
    if party:
        return party
    named = [_named(doc, r"Styrelsen for Arbejdsmarked og Rekruttering"), _named(doc, r"Beskæftigelsesministeriet")]
    return (_mail_sender(doc) or _publisher(doc) or next((n for n in named if n and n.value not in cited), None) or _repeated_ministry(text)
            or _kommune_issuer(doc) or _site_issuer(text) or _agenda_kommune(doc) or _letterhead_mail(text)
            or _banner_org(text) or _speaking_party(text) or _abbreviated_speaker(text) or _newsletter_site(doc)
            or _deciding_body(doc))


def _mail_sender(doc: Document) -> Found | None:
    """A printed e-mail from an organisation's own mailbox (extract/document_facts.py
    mail_sender_organisation)."""
    sender = mail_sender_organisation(doc.text)
    return Found(sender.value, sender.start if sender.start is not None else -1) if sender else None


def _publisher(doc: Document) -> Found | None:
    """A colophon's or a copyright line's publisher (extract/document_facts.py publisher_line)."""
    found = publisher_line(doc.text)
    return Found(found.value, found.start if found.start is not None else -1) if found else None


def _deciding_body(doc: Document) -> Found | None:
    """An agenda item that names no kommune is issued by the body it names as deciding it
    (extract/document_facts.py deciding_body)."""
    body = deciding_body(doc.text)
    return Found(body.value, body.start if body.start is not None else -1) if body else None


# A newsletter names its publisher as one word, often with an inner capital, and prints that
# word as its mail or web domain: "TrekantBrand ... sekretariat.stab@trekantbrand.dk" (corpus/
# municipal s05, gold issuer "TrekantBrand"; tests/extract/test_municipal_document_facts.py
# NEWSLETTER_SITE_SAMPLE "SydBrand ... www.sydbrand.dk"). Only a newsletter (the genre marker
# `newsletter_label`): a news item prints the sites it cites.
# (the glued-word repair of text files splits the inner capital, "Trekant Brand": the name is
# compared without spaces and cited as the file prints it)
_ONE_WORD_NAME = re.compile(r"(?<![\wæøå@./-])[A-ZÆØÅ][\wæøå]{2,40}(?: [A-ZÆØÅ][\wæøå]{2,40})?(?![\wæøå@.-]|\.[a-z])")


def _newsletter_site(doc: Document) -> Found | None:
    if not any(m.cue == "newsletter_label" and m.found_in(doc.text, "") for m in genre_markers()):
        return None
    labels = {m.group("host").lower().split(".")[-2] for m in re.finditer(rf"(?<![\w.+-])[\w.+-]+@(?P<host>{_HOST})\b", doc.text)}
    labels |= {m.group("host").lower().split(".")[-2] for m in _WEB_HOST.finditer(doc.text)}
    for m in _ONE_WORD_NAME.finditer(doc.text):
        if m.group(0).replace(" ", "").lower() in labels:
            return Found(_as_printed(doc, m.start(), m.end()), m.start(), m.end())
    return None


# A kommune's council named for the kommune: "Fremsendes til Aarhus Byråd" (corpus/municipal f12,
# whose gold names the issuer "Aarhus Kommune (Aarhus Byråd)"), "Syddjurs Kommunalbestyrelse".
_COUNCIL_NAME = re.compile(r"(?<![\wæøå-])(?P<name>[A-ZÆØÅ][\wæøå-]+) (?:Byråd|Kommunalbestyrelse)(?:s|et|ets)?\b")


def _agenda_kommune(doc: Document) -> Found | None:
    """An agenda item or its minutes (the genre marker `agenda_sections`: "Resumé",
    "Sagsfremstilling", "Indstilling", "Beslutning", the layout of a kommune's dagsordener and
    referater) is the kommune's own paper: the one kommune it names, as "X Kommune" or by its
    council ("X Byråd"), issues it, though an item may name it only once (f12 "Aarhus Byråd",
    f14 "Syddjurs Kommune"; tests/extract/test_municipal_document_facts.py samples)."""
    from ..kommune_registry import lookup

    if not any(m.cue == "agenda_sections" and m.found_in(doc.text, "") for m in genre_markers()):
        return None
    named = [(_kommune_key(m), m.start("name"), m.end("name")) for m in _KOMMUNE_NAME.finditer(doc.text)]
    named += [(f"{m.group('name')} Kommune", m.start("name"), m.end("name"))
              for m in _COUNCIL_NAME.finditer(doc.text) if lookup(m.group("name"))]
    # Minutes name their council in their label ("REFERAT Aarhus Byråd d. 27-08-2025",
    # corpus/pdf/aarhus_byraad_referat_2025-08-27.pdf, whose items name other kommuner too).
    label = next(m for m in genre_markers() if m.cue == "minutes_label").pattern.search(doc.text[:1500])
    if label is not None:
        line_end = doc.text.find("\n", label.start())
        in_label = [n for n in named if label.start() <= n[1] < (line_end if line_end >= 0 else len(doc.text))]
        if len({key for key, _, _ in in_label}) == 1:
            named = in_label
    if len({key for key, _, _ in named}) != 1:
        return None  # none, or several kommuner: whose paper it is, the text does not tell
    key, start, end = min(named, key=lambda n: n[1])
    return Found(key, start, end if doc.text[start:end] != key else None)


# A host under a top-level domain ("api.jobindsats.dk", "www.trekantbrand.dk", "balk.dk"): the one
# pattern of a web address's and a mail address's host ("UC1.text" in a code sample is none).
_HOST = r"(?:[a-z0-9-]{1,63}\.){1,4}(?:dk|com|org|net|eu|int|gov|se|no|de|uk|io)"
# A letter head's e-mail line names the sender's mail domain: "E-mail: mdo@balk.dk" (Ballerup
# Kommune's notater, corpus/municipal f10 and f11; "E-mail brydehuset@balk.dk", f02). A domain's
# owner is data: extract/data/issuer_sites.tsv. Only among a letter head's labelled lines.
_HEAD_MAIL = re.compile(rf"^[ \t]*E-?mail[ \t]*:?[ \t]*[\w.+-]+@(?P<host>{_HOST})\b", re.I | re.M)


def _letterhead_mail(text: str) -> Found | None:
    if letterhead_lines(text) < 2:
        return None
    head = "\n".join(text.split("\n", 20)[:20])
    unit = letterhead_unit(text)  # "Afdeling: Center for Ejendomme" (extract/document_facts.py)
    for m in _HEAD_MAIL.finditer(head):
        owner = _site_owner(m.group("host"))
        if owner:
            return Found(f"{owner}, {unit.value}", -1) if unit else Found(owner, -1)
    return Found(unit.value, unit.start if unit.start is not None else -1) if unit else None


# An organisation's banner in capitals opens its letter ("KKR / HOVEDSTADEN", corpus/municipal
# f08; "DANSKE REGIONER", tests/extract/test_municipal_document_facts.py BANNER_SAMPLE), and the
# text names the organisation again in ordinary case ("KKR Hovedstaden har en central rolle"):
# the banner is the sender. A banner the text does not name again (a department's "SOCIAL,
# SUNDHED OG / BESKÆFTIGELSE", f10) tells nothing.
_BANNER_LINES = 3


def _banner_org(text: str) -> Found | None:
    lines: list[str] = []
    end = 0
    for line in _lines(text[:300]):
        if is_page_mark(line.value):
            continue
        if not (line.value.isupper() and re.fullmatch(r"[A-ZÆØÅ][A-ZÆØÅ ,.&-]*", line.value)) \
                or len(lines) == _BANNER_LINES:
            break
        lines.append(line.value)
        end = line.start + len(line.value)
    if not lines:
        return None
    words = " ".join(lines).replace(",", " ").split()
    again = re.compile(r"(?<![\wæøå-])" + r"\s+".join(re.escape(w) for w in words) + r"(?=s?\b)", re.I)
    for m in again.finditer(text, end):
        printed = m.group(0).split()
        # a name of two words or more, each capitalised ("KKR Hovedstaden", "Danske Regioner"); a
        # genre word in capitals ("NOTAT", "FAKTA") found again in a sentence names no one
        if not m.group(0).isupper() and len(printed) >= 2 and all(w[:1].isupper() for w in printed):
            return Found(" ".join(printed), m.start(), m.end())
    return None


# A party's programme speaks as the party: it names the party as the one that wants and works
# ("Dansk Folkeparti ønsker overordnet, at ...", "vil Dansk Folkeparti arbejde for", "Det er
# Dansk Folkepartis målsætning", corpus/municipal f06; tests/extract/test_municipal_document_facts.py
# PARTY_VOICE_SAMPLE) and in the first person plural ("er vi rede til", "vore kommuner"). One
# party only, three times or more; a news item quoting a party is told by its quotes (the genre
# marker `quote_attribution`).
_WE = re.compile(r"(?<![\wæøå])(?:[Vv]i|[Vv]ores?|[Vv]ore)(?![\wæøå])")


@lru_cache(maxsize=1)
def _party_mention() -> re.Pattern[str]:
    """A party by name or other name (not the short ones: "V", "SF" stand for much else), longest
    first, in the genitive too ("Dansk Folkepartis")."""
    spoken = sorted((n for n in _party_names() if " " in n or len(n) >= 8), key=len, reverse=True)
    return re.compile(r"(?<![\wæøå-])(?:" + "|".join(re.escape(n) for n in spoken) + r")(?=s?(?![\wæøå-]))")


@lru_cache(maxsize=1)
def _any_party_name() -> re.Pattern[str]:
    """A party by any name of five letters or more ("Venstre", "Dansk Folkeparti"), in the genitive too."""
    spoken = sorted((n for n in _party_names() if len(n) >= 5), key=len, reverse=True)
    return re.compile(r"(?<![\wæøå-])(?:" + "|".join(re.escape(n) for n in spoken) + r")(?=s?(?![\wæøå-]))")


def _speaking_party(text: str) -> Found | None:
    names = _party_names()
    hits = list(_party_mention().finditer(text))
    parties = {names[m.group(0)] for m in hits}
    if len(parties) == 1 and len(hits) >= 3 and len(_WE.findall(text)) >= 2:
        speaker = parties.pop()
    else:
        # the party as the subject of its own sentences; a one-word name opening a sentence may be
        # a common noun ("Alternativet er, at ...", s6_09) and names another party only mid-sentence
        # (a seven-letter name too: "Venstre går ind for ...", s7_01, as the subject of a demand verb)
        hits = list(_any_party_name().finditer(text))
        subjects = [p for p in {names[m.group(0)] for m in hits}
                    if _party_as_subject(text, [m for m in hits if names[m.group(0)] == p])]
        # (here the shorter names count too: "Venstres mål" mid-sentence is the party's)
        others = {names[m.group(0)] for m in _any_party_name().finditer(text) if " " in m.group(0)
                  or not _SENTENCE_OPEN.search(text[max(0, m.start() - 3):m.start()])} - set(subjects)
        if len(subjects) != 1 or others:
            return None
        speaker = subjects[0]
    if any(m.cue == "quote_attribution" and m.found_in(text, "") for m in genre_markers()):
        return None
    first = next(m for m in hits if names[m.group(0)] == speaker)
    return Found(speaker, first.start(), first.end() if first.group(0) == speaker else None)


# A party that names itself by its abbreviation ("SF vil afskaffe ...", "Derfor vil SF arbejde for ...", as SF's
# principprogram writes "SF arbejder for en regulering af ...", corpus/municipal s08): the abbreviation of
# parties.csv (two letters or more: "V", "K" stand for much else) as the subject of a demand verb in two
# sentences or more, no other party named, nobody quoted. Printed as the programme owner is ("SF (Socialistisk
# Folkeparti)").
_ABBREVIATION = re.compile(r"(?<![\wæøå-])[A-ZÆØÅ]{2,4}(?![\wæøå-])")


def _abbreviated_speaker(text: str) -> Found | None:
    subjects: dict[str, list[re.Match[str]]] = {}
    for m in _ABBREVIATION.finditer(text):
        if reference.party_for(m.group(0)) is None:
            continue
        straight = _SENTENCE_OPEN.search(text[max(0, m.start() - 3):m.start()]) \
            and re.match(rf" {DEMAND_VERB_PATTERN}\b", text[m.end():m.end() + 16])
        if straight or _INVERTED_DEMAND.search(text[max(0, m.start() - 40):m.start()]):
            subjects.setdefault(m.group(0), []).append(m)
    if len(subjects) != 1 or _any_party_name().search(text) \
            or any(m.cue == "quote_attribution" and m.found_in(text, "") for m in genre_markers()):
        return None
    printed, hits = subjects.popitem()
    party = reference.party_for(printed)
    if len(hits) < 2 or party is None:
        return None
    return Found(f"{printed} ({party.name})", hits[0].start(), hits[0].end())


# A programme's chapter may speak of its party in the third person only, the party opening its
# sentences as their subject, and once at least stating what it wants ("Dansk Folkeparti har gjort
# en stor indsats ... / Dansk Folkeparti vil fastholde fokus ...", DF's arbejdsprogram, corpus/
# municipal s6_09; "Enhedslisten har altid ... Enhedslisten vil ...", tests/extract/
# test_municipal_document_facts.py PARTY_SUBJECT_SAMPLE), the demand verbs of danish/data/demand_verbs.csv.
_SENTENCE_OPEN = re.compile(r"(?:\A|[.!?:][ \t]*|\n[ \t]*)$")


def _party_as_subject(text: str, hits: list[re.Match[str]]) -> bool:
    opening = [m for m in hits if m.group(0) == text[m.start():m.end()] and not text[m.end():m.end() + 1].isalpha()
               and _SENTENCE_OPEN.search(text[max(0, m.start() - 3):m.start()])
               and re.match(r" [a-zæøå]", text[m.end():m.end() + 2])]
    wants = [m for m in opening if re.match(rf" {DEMAND_VERB_PATTERN}\b", text[m.end():m.end() + 16])]
    if len(opening) >= 2 and wants and (_party_mention().fullmatch(hits[0].group(0)) or _states_demands(text)):
        return True  # (a short name, "Venstre", only when no other party is named: s7_08, a council item)
    inverted = [m for m in hits if _INVERTED_DEMAND.search(text[max(0, m.start() - 40):m.start()])]
    return bool(wants or inverted) and _states_demands(text)


# In Danish V2 order an adverbial opening the sentence puts the subject after the finite verb: "Derfor vil
# Venstre i højere grad sætte fokus på forebyggelse" (Venstre's programme, corpus/municipal s7_02),
# "Tilsvarende mener Alternativet, at Danmark skal afstå fra ..." (Alternativet's, s7_06): the party is the
# subject of its demand verb as much as in "Venstre går ind for fri konkurrence ..." (s7_01).
_INVERTED_DEMAND = re.compile(rf"(?:\A|[.!?:][ \t]*|\n[ \t]*)[A-ZÆØÅ][a-zæøå]+ {DEMAND_VERB_PATTERN} $")


def _states_demands(text: str) -> bool:
    """The party, the subject of a demand verb (in straight or inverted order), is the only party the text
    names: a programme's chapter about its own demands (s7_01: "Venstre går ind for fri konkurrence om
    leveringen af arbejdsløshedsforsikringer", its one mention of a party), not a news item comparing
    parties (those name two or more, or quote: `_speaking_party`)."""
    named = {_party_names()[m.group(0)] for m in _any_party_name().finditer(text)}
    named |= {p.name for m in _ABBREVIATION.finditer(text) if (p := reference.party_for(m.group(0))) is not None}
    return len(named) == 1


# A party's programme states its positions as lists, each led by the party as the speaker on a
# line of its own: "Liberal Alliance mener:" (corpus/municipal f05), "Socialdemokratiet vil:",
# "Venstre foreslår:" (tests/extract/test_policy_document_facts.py samples); the party is named
# from danish/data/parties.csv. A newspaper quotes parties in sentences, not in such lead lines.
_PROGRAMME_LEAD = re.compile(r"^[ \t]*(?P<party>[A-ZÆØÅ][\wæøå-]*(?: [A-ZÆØÅ][\wæøå-]*){0,3})"
                             rf" {DEMAND_VERB_PATTERN}[ \t]*:[ \t]*$", re.M)


def _party_names() -> dict[str, str]:
    """A party's name and its other names -> its name (danish/data/parties.csv, danish.reference)."""
    return reference.party_by_name()


# A party's programme names itself: "Liberal Alliances / arbejdsprogram", "Dansk Folkepartis
# Arbejdsprogram", "Det Radikale Venstres Principprogram", "Vedtaget af SF’s landsmøde" /
# "Principprogram for SF" (the four party programmes of corpus/pdf_more).
# The nouns from danish/data/programme_nouns.csv, their first letter in either case; and "landsmøde".
_PROGRAMME_NOUN = "(?:" + "|".join(f"[{n[0].upper()}{n[0]}]{n[1:]}" for n in PROGRAMME_NOUNS) + "|landsmøde)"
_PROGRAMME_OWNER = re.compile(r"(?<![\wæøå-])(?P<party>[A-ZÆØÅ][\wæøå-]*(?: [A-ZÆØÅ][\wæøå-]*){0,2}?)(?:s|'s|’s)\s+"
                              + _PROGRAMME_NOUN + r"\b"
                              + r"|\b[Pp](?:rincip|arti)?program for (?P<party2>[A-ZÆØÅ][\wæøå-]*(?: [A-ZÆØÅ][\wæøå-]*){0,2})")


def _we_party(text: str) -> Found | None:
    """A programme's chapter that speaks as the party's members ("Vi konservative ønsker ...", "os konservative",
    corpus/municipal s7_03, s7_04, whose gold makes Det Konservative Folkeparti the issuer, the municipal
    README's convention; "I Dansk Folkeparti mener vi", s6_05): the one party its "vi" names
    (danish/party_forms.py), unless it quotes someone."""
    found = we_party(text)
    if found is None or any(m.cue == "quote_attribution" and m.found_in(text, "") for m in genre_markers()):
        return None
    return Found(found.party, found.start, found.end)


def _programme_party(text: str) -> Found | None:
    names = _party_names()
    for m in _PROGRAMME_LEAD.finditer(text):
        if m.group("party") in names:
            return Found(names[m.group("party")], m.start("party"), m.end("party"))
    for m in _PROGRAMME_OWNER.finditer(text[:3000]):
        group = "party" if m.group("party") else "party2"
        words = m.group(group).split(" ")
        for k in range(len(words)):  # "Vedtaget af SF" -> "SF"; the longest run that is a party
            printed = " ".join(words[k:])
            if printed in names:
                return Found(printed, m.start(group) + len(m.group(group)) - len(printed), m.end(group))
            party = reference.party_for(printed)
            if party is not None and printed.isupper():
                return Found(f"{printed} ({party.name})", m.start(group) + len(m.group(group)) - len(printed),
                             m.end(group))
    return None


# The STAR corpus convention (corpus/star/README.md "Document fields"): when the text does not
# name its issuer, the issuer is inferred from the site; the sites it names are a table
# (extract/data/issuer_sites.tsv). A text read without its address still prints the site
# when it is the site's own documentation ("requests.get('https://api.jobindsats.dk/v2/...')",
# corpus/municipal f01): every web address it prints, at least two, is on one such site.
# A web address: a host under a top-level domain ("api.jobindsats.dk/v2", "www.trekantbrand.dk");
# "UC1.text" and "matplotlib.pyplot" in a code sample are attributes, not hosts.
_WEB_HOST = re.compile(rf"(?<![\w.@-])(?:https?://)?(?P<host>{_HOST})(?=[/:\s'\")]|$)", re.I)


@lru_cache(maxsize=1)
def _issuer_sites() -> dict[str, str]:
    from danish._data import table_rows

    return {row["site"]: row["issuer"] for row in table_rows("extract", "data", "issuer_sites.tsv", delimiter="\t")}


def _site_owner(host: str) -> str | None:
    """The issuer of extract/data/issuer_sites.tsv whose site the host is, or is under."""
    host = host.lower()
    return next((issuer for site, issuer in _issuer_sites().items() if host == site or host.endswith("." + site)),
                None) or organisation_of_host(host)


def _site_issuer(text: str) -> Found | None:
    hosts = list(_WEB_HOST.finditer(text))
    owners = set()
    for m in hosts:
        owner = _site_owner(m.group("host"))
        if owner is None:
            return None  # an address of another site: the page cites, it is not the site's own
        owners.add(owner)
    return Found(owners.pop(), -1) if len(hosts) >= 2 and len(owners) == 1 else None


# Reform names, earliest in the text first; each attested by two texts (tests/extract/
# test_policy_document_facts.py lists them).
_REFORMS = (
    # "reformen af førtidspension og fleksjob", "reform af sygedagpengesystemet" (seeds 003, 004)
    # Not after a generic determiner: "Enhver reform af skattesystemet bør ..." (corpus/municipal
    # f05), "ingen reform af efterlønnen" (test sample) speak of any reform, not of one ("en
    # aftale om en reform af sygedagpengesystemet" names one: tests/extract/test_generalisation_star.py).
    re.compile(r"(?<![Ee]nhver )(?<![Ii]ngen )(?<![Nn]ogen )"
               r"\b[Rr]eform(?:en)? af (?:[a-zæøå]+(?: [a-zæøå]+)? og [a-zæøå]+|[a-zæøå]{6,}(?:et|en|ne)\b)"),
    # "sygedagpengereformen", "kontanthjælpsreformen" (p18, d08)
    re.compile(r"\b[\wæøå]+(?:- og [\wæøå]+)?reformen\b"),
    # A political agreement's title: "Aftale om en forenklet beskæftigelsesindsats", "aftalen om
    # en fælles ghettostrategi", "aftalen om en ny beskæftigelsesindsats" (d07, seed 002, p02,
    # p28): "om en/et" and a noun phrase of one to three words up to a clause boundary; an
    # agreement "om en reform af ..." is the reform, named by the patterns above.
    re.compile(r"\b[Aa]ftale(?:n)? om e[nt] (?!reform)(?:[a-zæøå-]+ ){0,2}[a-zæøå-]{4,}"
               r"(?=[,.;:)]|\s+(?:som|der|er|blev|bliver|fra|af|med|i|og|iværksættes|indgået)\b|\s*$)", re.M),
    # A government's dated programme of goals: "regeringens sociale 2020-mål" (p25; test sample
    # "regeringens 2025-plan").
    re.compile(r"\b[Rr]egeringens (?:[a-zæøå-]+ )?(?:19|20)\d\d-(?:mål|målsætning|plan)\w*"),
    # A named trial: "frikommuneforsøget på beskæftigelsesområdet" (p30), "a-kasseforsøget" (d07).
    # (one optional hyphenated head, then a lazy run: "[\w]+-?[\w]*" split a long word every
    # way and took 90 s on a 200,000-letter word)
    re.compile(r"\b(?:[\wæøå]+-)?[\wæøå]+?forsøget\b(?: på [\wæøå]+området\b)?"),
)
_AGREEMENT = 2
# A reform carried out by a dated political settlement: "I december 2000 indgik
# Socialdemokraterne, ... et forlig om en førtidspensionsreform" (d12; test sample on the 2012
# reform): the reform as a definite name and its settlement, "førtidspensionsreformen (forlig
# december 2000)".
_SETTLEMENT = re.compile(rf"\b[Ii] (?P<when>(?:{MONTH_NAME_PATTERN}) (?:19|20)\d\d) indgik\b[^.]{{0,400}}?"
                         r"\bforlig om (?:en |et )?(?P<reform>[\wæøå-]+reform)\b", re.I)


# "Forslag til lov om ændring af lov om social pension ... (Indførelse af seniorpension)":
# a bill's short title stands in brackets after its long title; "L 67" is its bill number
# and "lov nr. 1559 af 27. december 2019" the act it became.
_BILL = re.compile(r"\blov om ændring af [^()]{5,300}?\((?P<short>[A-ZÆØÅ][^()]{3,80})\)")
_BILL_NUMBER = re.compile(r"\b(?:lovforslag )?(?P<n>L \d{1,3})\b")
_ACT = re.compile(rf"\blov nr\. \d+ af \d{{1,2}}\. {MONTH_NAME_PATTERN} \d{{4}}")


def _bill_reform(doc: Document) -> Found | None:
    bill = _BILL.search(doc.text)
    if not bill:
        return None
    refs = [m.group(0) for m in (_BILL_NUMBER.search(doc.text), _ACT.search(doc.text)) if m]
    if refs and refs[0].startswith("lovforslag"):
        refs[0] = refs[0][len("lovforslag "):]
    value = bill.group("short") + (f" ({', '.join(refs)})" if refs else "")
    return Found(value, bill.start("short"), bill.end("short"))


def reform_of(doc: Document) -> Found | None:
    """The reform or agreement the document is about: a bill's short title, else the
    earliest reform named, with the agreement behind it when the text names both
    ("beskæftigelsesreformen (aftalen om en ny beskæftigelsesindsats)")."""
    bill = _bill_reform(doc)
    if bill:
        return bill
    settled = _SETTLEMENT.search(doc.text)
    if settled:
        name = settled.group("reform") + "en"
        return Found(f"{name} (forlig {settled.group('when')})", settled.start("reform"), settled.end("reform"))
    hits = [m for pattern in _REFORMS for m in [pattern.search(doc.text)] if m]
    if not hits:
        return None
    first = min(hits, key=lambda m: m.start())
    value = first.group(0)
    if value.lower().startswith("reform af"):
        value = "reformen" + value[len("reform"):]
    agreement = _REFORMS[_AGREEMENT].search(doc.text)
    if agreement and first.re is not _REFORMS[_AGREEMENT] and value.endswith("reformen") \
            and len(os.path.commonprefix([agreement.group(0).split()[-1], value.split()[-1]])) >= 8:
        value = f"{value} ({agreement.group(0)})"  # the reform and the agreement it carries out
    return Found(value, first.start(), first.end())


def period_of(doc: Document, title: Found | None) -> Found | None:
    """The years a spec or goal covers: "2017 - 2018" in the title, "3. kvartal 2020 -
    2. kvartal 2021", "mål for 2018" or "2020-målene", a labelled "Periode: 2010-2019"; a
    date or "i efteråret 2017" is no period."""
    if title:
        m = re.search(r"\b(20\d\d|19\d\d)\s*[-–]\s*(?:\d\. \w+ )?(20\d\d|19\d\d)\b", title.value)
        if m:
            start = _inside(title, m.start())
            return Found(f"{m.group(1)}-{m.group(2)}", start, _inside(title, m.end()) if start >= 0 else None)
    m = (re.search(r"\bmål (?:for )?(?:beskæftigelsesindsatsen )?((?:19|20)\d\d)\b", doc.text[:1500])
         or re.search(r"\b((?:19|20)\d\d)-(?:mål|målsætning)\w*", doc.text[:1500]))  # "de sociale 2020-mål"
    if m:
        return Found(m.group(1), m.start(1))
    # A strategy's horizon: "Frem mod år 2020 skal andelen ... falde" (p25, whose gold period is
    # 2020), "Syddjurs som kulturkommune frem mod 2017" (corpus/municipal f09, gold 2017).
    m = re.search(r"\b[Ff]rem mod (?:år )?((?:19|20)\d\d)\b", doc.text[:1500])
    if m:
        return Found(m.group(1), m.start(1))
    # "Periode: 2010-2019." (a data series' years, labelled: p23); "afgrænset til perioden
    # 2014-2022" (what a measure's data covers: p21; test sample "opgjort for perioden 2015-2020")
    m = re.search(r"\b(?:(?:Periode|Dataperiode|Tidsperiode)\s*:|(?:afgrænset til|opgjort for|dækker|omfatter)"
                  r"(?: data for)? perioden)\s*((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b", doc.text)
    if m:
        return Found(f"{m.group(1)}-{m.group(2)}", m.start(1), m.end(2))
    # A plan named by a noun and its year, in its title or again and again in its text
    # (extract/document_facts.py period_in_title, theme_year).
    year = period_in_title(title.value) if title else None
    if year and title:
        start = _inside(title, title.value.rfind(year))
        return Found(year, start if doc.text[start:start + 4] == year else -1)
    theme = theme_year(doc.text)
    return Found(theme.value, theme.start if theme.start is not None else -1) if theme else None


def persons_of(doc: Document) -> list[RoledPerson]:
    """People named with their role: a title before the name, an apposition after it, or
    a signature (extract/people.py `roled_persons`)."""
    return roled_persons(doc.text)


# Ministries by their form ("Beskæftigelsesministeriet"), Folketing committees, and the
# agencies table; a name followed by its abbreviation is one organisation ("... Velfærd (VIVE)").
# A ministry or agency in the genitive is named all the same: "Beskæftigelsesministeriets
# benchmarkinganalyse" (d09), "Arbejdsmarkeds- og Rekrutteringsstyrelsens skrivelse" (p14).
_ORGANISATIONS = re.compile(
    # a board ("Bestyrelsen", "Kommunalbestyrelsen") is no agency ("styrelse")
    r"\b(?:(?P<body>[A-ZÆØÅ][\wæøå-]*(?:- og [A-ZÆØÅ][\wæøå]*)?(?:ministeriet|(?<![Bb]e)styrelsen))s?"
    r"|Folketingets [A-ZÆØÅ]?\w*udvalg"
    rf"|(?:{_AGENCY_NAMES})(?: \([A-ZÆØÅ]{{2,5}}\))?)(?!\w)")


def _line_of(text: str, index: int) -> str:
    end = text.find("\n", index)
    return text[text.rfind("\n", 0, index) + 1:end if end >= 0 else len(text)]


def organisations_of(doc: Document, issuer: Found | None = None) -> list[str]:
    """Each organisation once, in the fullest form the text prints: "Beskæftigelsesrådet (BER)"
    rather than a later "BER" (one agency id, danish/data/agencies.csv); the issuer too when
    the text prints its name ("LO s jobcenterindeks", p01)."""
    fullest: dict[str, str] = {}
    if issuer is not None and issuer.start >= 0 and doc.text.startswith(issuer.value, issuer.start) \
            and not _KOMMUNE_NAME.fullmatch(issuer.value) and issuer.value not in _party_names() \
            and not _LOGO.match(_line_of(doc.text, issuer.start)):  # a logo's alt text is no mention
        known_issuer = reference.agency_by_name(issuer.value)
        fullest[known_issuer.id if known_issuer else issuer.value] = issuer.value
    for m in _ORGANISATIONS.finditer(doc.text):
        printed = m.group("body") or m.group(0)
        known = reference.agency_by_name(re.sub(r" \([A-ZÆØÅ]{2,5}\)$", "", printed))
        key = known.id if known else printed
        if len(printed) > len(fullest.get(key, "")):
            fullest[key] = printed
    # a kommune's paper, the issuer the kommune or one of its units ("Ballerup Kommune, Center for Ejendomme")
    if issuer is not None and _KOMMUNE_NAME.fullmatch(issuer.value.split(", ")[0]):
        for body in municipal_bodies(doc.text):
            fullest.setdefault(body, body)
    return list(fullest.values())


@lru_cache(maxsize=1)
def _municipal_body_patterns() -> tuple[re.Pattern[str], ...]:
    from danish._data import table_rows

    return tuple(re.compile(row["pattern"]) for row in table_rows("extract", "data", "municipal_bodies.tsv",
                                                                  delimiter="\t"))


def municipal_bodies(text: str) -> list[str]:
    """A kommune's councils, committees and centres named in its document (extract/data/
    municipal_bodies.tsv), once each, in text order."""
    found: dict[int, str] = {}
    for pattern in _municipal_body_patterns():
        for m in pattern.finditer(text):
            found.setdefault(m.start(), " ".join(m.group(0).split()))
    return list(dict.fromkeys(found[k] for k in sorted(found)))


@dataclass(frozen=True)
class GenreMarker:
    """One row of extract/data/genre_markers.tsv: a cue that tells a reader the genre."""

    genre: str
    cue: str
    where: str  # title | label | top | head | body
    count: int
    pattern: re.Pattern[str]

    def found_in(self, text: str, heading: str) -> bool:
        if self.where == "title":
            return bool(self.pattern.search(heading))
        if self.where in ("top", "label"):  # these read only the first lines
            return self._in_first_lines(text)
        scope = text
        if self.where == "head" and len(text) > 1500:
            # the head's whole lines: a line cut at the limit would end there and read as a label
            cut = text.rfind("\n", 0, 1500)
            first_end = text.find("\n")
            scope = text[:cut] if cut > 0 else text[:first_end] if first_end > 0 else text
        return len({m.group(0).strip() for m in self.pattern.finditer(scope)}) >= self.count

    def _in_first_lines(self, text: str) -> bool:
        lines = [line for line in text.split("\n") if line.strip()]
        if self.where == "top":
            return bool(lines and self.pattern.search(lines[0]))
        return any(self.pattern.search(" ".join(line.split())) for line in lines[:5])


@lru_cache(maxsize=1)
def genre_markers() -> tuple[GenreMarker, ...]:
    from danish._data import table_rows

    return tuple(GenreMarker(row["genre"], row["cue"], row["where"], int(row["count"]),
                             re.compile(row["pattern"], re.M))
                 for row in table_rows("extract", "data", "genre_markers.tsv", delimiter="\t"))


def genre_cues(doc: Document, heading: str = "") -> dict[str, list[str]]:
    """Genre -> the cues of extract/data/genre_markers.tsv the document prints."""
    found: dict[str, list[str]] = {}
    for marker in genre_markers():
        if marker.found_in(doc.text, heading):
            found.setdefault(marker.genre, []).append(marker.cue)
    return found


# Genre nouns opening a title: an agency's circular ("Skrivelse om ...") is a letter.
_LETTER_TITLE = re.compile(r"^\s*(?:Skrivelse|Orienteringsskrivelse|Cirkulæreskrivelse)\b", re.M)


def doc_type_of(doc: Document, title: Found | None, dated_top: bool, definitions: int,
                title_defined: bool = False) -> DocType:
    """The genre by its markers (extract/data/genre_markers.tsv), in the order a reader weighs
    them: a report names itself, a measure's page defines measures, a letter greets, a news
    item is dated, labelled or quotes people; title_defined: the document's title is a
    measure it defines (a page about one indicator)."""
    heading = title.value if title else ""
    cues = genre_cues(doc, heading)
    subjects = {genre for genre, found in cues.items() if any(c.endswith("_subject") for c in found)}
    cues = {genre: kept for genre, found in cues.items() if (kept := [c for c in found if not c.endswith("_subject")])}
    if "report" in cues:
        return "report"
    if (re.search(r"sigtelinje|indikator|nøgletal", heading, re.I) or (definitions >= 3 and not dated_top)
            or (title_defined and not dated_top) or ("indicator_spec" in cues and not dated_top)):
        return "indicator_spec"
    if any(cue.endswith("_label") for cue in cues.get("other", [])):
        return "other"  # minutes name their genre ("Referat"): dated, but no news item
    if any(cue.endswith("_label") for cue in cues.get("news", [])):
        return "news"  # the document names its genre: an e-mail carrying a newsletter is the newsletter
    if is_email(doc.text):
        return "letter"  # a printed e-mail is correspondence (Aarhus borgerhenvendelse, corpus/pdf)
    if (_GREETING.search(doc.text) and re.search(r"(?:^|\n)\s*(?:Til |Kære )", doc.text)) \
            or _LETTER_TITLE.search(doc.text[:1500]) or _GENITIVE_SENDER.search(doc.text[:3000]):
        return "letter"
    if dated_top or "news" in cues:
        return "news"
    if "report" in subjects:
        return "report"  # an agenda item or page whose subject is an evaluation (Ballerup punkt 8)
    return "other"


def _definition_count(doc: Document, title: Found | None) -> tuple[int, bool]:
    """How many measures the document defines, and whether its title is one of them."""
    from .indicators import parse as parse_indicators  # same extract layer; late to avoid a cycle
    defined = [i for i in parse_indicators(doc) if i.definition]
    return len(defined), title is not None and any(i.title == title.value for i in defined)


def parse(doc: Document) -> list[DocumentInfo]:
    title = title_of(doc)
    date = document_date(doc)
    issuer, reform = issuer_of(doc, title), reform_of(doc)
    period = period_of(doc, title)
    persons = persons_of(doc)
    # A letter head's date ("Dato: 20. november 2012" among "Kontakt:", "Sagsnr.:" lines) dates a
    # memo, not a news item: news pages print no case numbers or direct lines.
    dated_top = bool(_DATE_LINE.match(doc.text.lstrip("\n")) or (
        # an update stamp ("Sidst opdateret", "Revideret", "Ajourført") dates a page or a manual, no news item
        # an adoption line or a meeting's decision dates a policy or minutes, no news item
        # (a meeting's date dates its minutes: "byrådet i sit / møde den 27. august 2025", s06)
        date and date.evidence not in ("vedtaget", "mødebeslutning", "mødedato")
        and not re.search(r"(?i:opdateret|revideret|ajourført)\W*$", doc.text[max(0, date.start - 30):date.start])
        and date.start < 300 and not _GREETING.search(doc.text))) and letterhead_lines(doc.text) < 3
    provenance: dict[str, Span] = {}
    for name, found in (("title", title), ("date", date), ("issuer", issuer),
                        ("reform", reform), ("period", period)):
        if found and found.start >= 0:
            provenance[name] = doc.span(found.start, found.stop)
    for k, person in enumerate(persons):
        provenance[f"persons[{k}]"] = doc.span(person.start, person.start + len(person.name))
    return [DocumentInfo(
        document_id=doc.id, span=doc.span(0, len(doc.text)), provenance=provenance,
        doc_type=doc_type_of(doc, title, dated_top, *_definition_count(doc, title)),
        title=title.value if title else None, issuer=issuer.value if issuer else None,
        date=date_of(despace(date.value)) if date else None, reform=reform.value if reform else None,
        period=period.value if period else None, persons=tuple(p.name for p in persons),
        person_roles={p.name: p.role for p in persons if p.role},
        organisations=tuple(organisations_of(doc, issuer)))]


@dataclass(frozen=True)
class IndicatorContext:
    """What every indicator of a document inherits: its reform, period and issuer."""

    reform: str | None = None
    period: str | None = None
    issuer: str | None = None
    provenance: dict[str, Span] = field(default_factory=dict)


def indicator_context(doc: Document) -> IndicatorContext:
    title = title_of(doc)
    reform, issuer = reform_of(doc), issuer_of(doc, title)
    period = period_of(doc, title)
    provenance = {name: doc.span(f.start, f.stop)
                  for name, f in (("reform", reform), ("period", period), ("issuer", issuer))
                  if f and f.start >= 0}
    return IndicatorContext(reform.value if reform else None, period.value if period else None,
                            issuer.value if issuer else None, provenance)
