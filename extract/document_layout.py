"""A document's pages and the lines that are no content of its own: page lines and page marks,
running headers, letter-head labels, the minutes' label; and its first lines as blocks."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .document import TEXT_PAGE_MARK


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


# Letter-head labels (Ballerup notater, Middelfart, STAR letters): their block is no title.
LETTERHEAD = re.compile(r"^(?:Dato|Tlf|Telefon|E-?mail|Kontakt|Sagsnr|Sags nr|Dok\.? ?nr|J\.? ?nr|Journal|"
                         r"CVR|EAN|Afdeling|Projektleder|Direkte|www\.)\b", re.I)


def letterhead_lines(text: str, lines: int = 20) -> int:
    """How many of the first lines are a letter head's labelled lines ("Dato:", "Kontakt:",
    "Sagsnr.:", "Tlf. dir.:", "Projektleder:"): Ballerup notater and projektbeskrivelser, STAR letters."""
    return sum(1 for line in text.split("\n")[:lines] if LETTERHEAD.match(line.strip()))


def is_letterhead_line(line: str) -> bool:
    return bool(LETTERHEAD.match(line.strip()))


def is_page_mark(line: str) -> bool:
    """A line that only numbers a page ("3", "side 2 af 5", "--- side 6 ---")."""
    return bool(PAGE_MARK.match(" ".join(line.split())))


#: A line that only numbers its page ("3 af 10", "side 2", "2/7", a bare number, the text's page marker):
#: no heading, date or issuer (document_dates, document_issuer, document_titles).
PAGE_MARK = re.compile(rf"^(?:\d+\s*(?:of|af|/)\s*\d+|side \d+(?: af \d+)?|\d+|{TEXT_PAGE_MARK})$", re.I)


def head_blocks(text: str, limit: int = 60) -> list[list[tuple[int, str]]]:
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


@lru_cache(maxsize=1)
def minutes_label() -> re.Pattern[str]:
    """The genre marker `minutes_label` of extract/data/genre_markers.tsv ("Referat", "Åbent
    referat", "Dagsorden", "REFERAT Aarhus Byråd"): one pattern for every reader."""
    from danish._data import table_rows

    row = next(r for r in table_rows("extract", "data", "genre_markers.tsv", delimiter="\t") if r["cue"] == "minutes_label")
    return re.compile(row["pattern"], re.M)
