"""A policy document's title: the first line that reads as a heading, past the page's furniture."""
from __future__ import annotations

import bisect
import re

from danish.dates import DATE_TEXT_PATTERN, find_dates
from danish.words import CONCEPT_STOPWORDS, NAMES_A_PROGRAMME

from ..adoption_lines import adoption_lines
from ..document import Document
from ..document_layout import is_letterhead_line, is_page_mark, letterhead_lines, running_lines, starts_mid_document
from ..document_titles import is_prose, labelled_title, web_chrome
from ..letters import lines
from ..page_title import in_english
from .party_voice import party_names_in
from .policy_genre import genre_markers
from .policy_layout import DATE_LINE, LOGO_LINE, SKIP_LINK, Found, banner_org, found_lines


_CHROME = web_chrome()
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


# A heading printed over several lines breaks where the layout wants, not where the phrase ends:
# a line ending in a preposition, a conjunction or an article ("Prioritering af midler til
# indsatser for / kronisk syge borgere", corpus/municipal s02; "... kronisk syge borgere og /
# hverdagsrehabilitering for ældre", s6_10), or in a dash ("Kultur og Fritid - / Lokalt
# engagement.", f04), goes on on the next line, past one blank line at most; a line that opens with
# such a word goes on from the line above ("Politik / for / Kultur og Fritid -", f04). The closed
# class is danish/data/stopwords.csv (column concepts).
_RUN_ON_LINES = 3
_RUN_ON_LENGTH = 160


def _open_ended(value: str) -> bool:
    words = value.split()
    return bool(words) and (words[-1] in ("-", "–") or words[-1].casefold().strip(",") in CONCEPT_STOPWORDS)


def _run_on(text: str, found: Found) -> Found:
    """The heading `found` opens, with the lines its phrase runs over (extract.letters.lines: the
    text's non-blank lines; the newlines between two of them tell a blank line apart)."""
    spans = lines(text)
    starts = [a for a, _ in spans]
    i = bisect.bisect_right(starts, found.start) - 1
    j = bisect.bisect_right(starts, max(found.start, found.stop - 1)) - 1
    if found.start < 0 or i < 0:
        return found
    start, stop = found.start, found.stop
    for _ in range(_RUN_ON_LINES):  # the line right above, with no blank line between
        # (a line opening with a capital opens its phrase, "Det Radikale Venstres Principprogram ...", s17_08; a page
        # mark above is the loader's, never a heading's line)
        first = text[start:stop].split()[0] if text[start:stop].split() else ""
        if i == 0 or text.count("\n", spans[i - 1][1], spans[i][0]) != 1 \
                or is_page_mark(text[spans[i - 1][0]:spans[i - 1][1]]) \
                or not (_open_ended(text[spans[i - 1][0]:spans[i - 1][1]])
                        or (first.islower() and first in CONCEPT_STOPWORDS)):
            break
        i -= 1
        start = spans[i][0]
    for _ in range(_RUN_ON_LINES):  # the next line, past one blank line at most
        # (a publisher's dateline under the heading is no part of it, whatever word the heading ends on: "...
        # og kvinder skal med / Ritzau, 13. marts 2024"; "... kan ikke vente / SF – Socialistisk Folkeparti, 14.
        # oktober 2023", tests/extract/test_document_genres.py)
        if j + 1 >= len(spans) or text.count("\n", spans[j][1], spans[j + 1][0]) > 2 \
                or not _open_ended(text[start:stop]) or spans[j + 1][1] - start > _RUN_ON_LENGTH \
                or _DATELINE.match(text[spans[j + 1][0]:spans[j + 1][1]]):
            break
        j += 1
        stop = spans[j][1]
    if (start, stop) == (found.start, found.stop):
        return found
    return Found(" ".join(text[start:stop].split()), start, stop)


# A line wrapped where the page ends goes on on the next line, with no blank line between: a printed
# or saved PDF wraps a long heading or a first paragraph ("... som har / påbegyndt et
# opkvalificeringsforløb.", star d02 printed; "... for 3. / kvartal 2020 - 2. kvartal 2021", d09;
# "... andre love / (Indførelse af seniorpension)", p14). A sentence or a heading never opens with a
# small letter, and a parenthesis right under a line adds to it, so such a line is the line above
# continued: the title is read from the whole line, as the text version prints it on one.
_GOES_ON = re.compile(r"[a-zæøå(]")


def wrapped_lines(text: str, found: list[Found]) -> list[Found]:
    """`found` (found_lines) with each line that goes on from the line right above joined to it."""
    out: list[Found] = []
    for line in found:
        if out and _GOES_ON.match(line.value) and text.count("\n", out[-1].stop, line.start) == 1:
            out[-1] = Found(f"{out[-1].value} {line.value}", out[-1].start, line.stop)
        else:
            out.append(line)
    return out


_COVER_CHARS = 1500


def programme_title(doc: Document, title: Found | None, issuer: Found | None) -> Found | None:
    """A party programme's title is its own name: a heading that names the programme ("Principprogram for SF –
    Socialistisk Folkeparti", s08; "Enhedslistens principprogram", s11_03) or one on a cover that does ("Giv ansvaret
    tilbage til borgerne" over "Det Konservative Folkepartis partiprogram", s11_04). A chapter's or a section's
    heading ("Boligpolitik", s12_04; "9.1.1 Forslag | Fri adgang til sundhedsydelser", s12_02; "Skat og
    retfærdighed", s9_06) names a part: the programme convention of every programme excerpt's gold_notes, "title null
    unless the programme's own title is printed in the excerpt (section/chapter headings are not document titles)"."""
    if title is None or issuer is None:
        return title
    party = issuer.value.split(" (")[0]
    if party not in party_names_in(doc.text):
        return title  # not a party's programme
    cover = (doc.pages[0].text if doc.pages else doc.text)[:_COVER_CHARS]  # the document's first page
    return title if NAMES_A_PROGRAMME.search(title.value) or NAMES_A_PROGRAMME.search(cover) \
        or _dated_by_line(doc.text, title) else None


# A heading with its publisher's dateline right under it ("Klima og natur: Den grønne omstilling kan ikke vente /
# SF – Socialistisk Folkeparti, 14. oktober 2023") heads a page published on its own, no chapter of a longer programme:
# its heading is its title (tests/extract/test_document_genres.py samples).
_DATELINE = re.compile(rf"^[ \t]*[A-ZÆØÅ][^\n]{{0,120}},[ \t]*(?:{DATE_TEXT_PATTERN})[ \t]*$", re.I)


def _dated_by_line(text: str, title: Found) -> bool:
    if title.start < 0:
        return False
    stop = title.stop if title.stop is not None else title.start + len(title.value)
    rest = text[stop:].lstrip(" \t")
    if not rest.startswith("\n"):
        return False
    line = rest.lstrip("\n").split("\n", 1)[0]
    return bool(_DATELINE.match(line))


def title_of(doc: Document) -> Found | None:
    found = _title_of(doc)
    return _run_on(doc.text, found) if found is not None and not doc.page_title else found


def _title_of(doc: Document) -> Found | None:
    """The first line that reads as a heading: not web furniture (skip links, logos, cookie
    banners, news and genre labels), no date, address or label, no sentence. A page that
    opens with a dateline and its lede, or with a paragraph, prints no title; an HTML page
    without a heading element is titled by its own <title> (extract/page_title.py)."""
    if doc.page_title:  # where the page's markup says its title is (a heading, or its <title>)
        return _printed_at(doc.text, doc.page_title)
    lines = found_lines(doc.text)
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
    # Midtjylland", "KKR / HOVEDSTADEN": `banner_org`).
    banner = letterhead_lines(doc.text) >= 3 or banner_org(doc.text) is not None
    lines = wrapped_lines(doc.text, lines)
    # a cover's adoption line is no title; one that prints the title before "vedtaget" names it (adoption_lines.py)
    adopted = [a for a in adoption_lines(doc.text[:3000]) if a.cover]
    letter_head = next((i for i, line in enumerate(lines[:25]) if re.match(r"J\.? ?[Nn]r\.", line.value)), None)
    for line in lines[(letter_head + 1) if letter_head is not None else 0:]:
        value = line.value
        adoption = next((a for a in adopted if a.start < line.stop and line.start < a.end), None)
        if adoption is not None and adoption.layout == "title_then_date":
            return Found(adoption.subject, adoption.start, adoption.start + len(adoption.subject))
        if adoption is not None:
            continue  # "Vedtaget af SF’s landsmøde 15. april 2012" above "Principprogram for SF ..." (s08 gold)
        if SKIP_LINK.match(value) or _CHROME.match(value) or DATE_LINE.match(value) or len(value) < 8 \
                or is_page_mark(value) or " ".join(value.split()) in running or is_letterhead_line(value) \
                or _minutes_label_alone(value) \
                or (banner and value.isupper()):
            continue
        if doc.text.rfind("\n", 0, line.start) + 1 in furniture \
                or any(p.search(value) for p in labels) or LOGO_LINE.match(value) or _CONTACT.search(value) \
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
            return Found(value[item.end():], line.start + item.end(), line.stop)
        return Found(value, line.start, line.stop)
    return None
