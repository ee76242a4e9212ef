"""PDF pages to text with the letterhead column separated from the body.

Ministry and kommune letters put a narrow letterhead column (address, T/E/www, CVR,
date, J.nr.) to the right of the body, level with it; plain extraction interleaves the
two line by line. We take pdfium's text runs (one rectangle per run of a line), group
them into lines by their top, and send a run to the letterhead when it starts right of
0.6 of the page width on a line that also has a body run, or right of 0.7 on its own
(recipe A of shared/notes/pdf.md, done on pdfium runs because pdfplumber is 40x slower).
pdfplumber is opened only for pages that look like ruled tables.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .errors import CorruptDocument, EmptyDocument, EncryptedDocument, TooLarge

# A page with fewer visible characters than this has no usable text layer.
MIN_TEXT_CHARS = 20
# Path objects on a page above which we ask pdfplumber for tables.
TABLE_PATHS = 40
# Image objects on a page above which it is artwork, not a table.
MAX_TABLE_IMAGES = 200
_FOOTER = re.compile(r"^\s*(?:Side\s+)?\d{1,3}\s*(?:/|af)\s*\d{1,3}\s*$|^\s*Side\s+\d{1,3}\s*$")


@dataclass(frozen=True, slots=True)
class PdfPage:
    number: int
    text: str
    letterhead: tuple[int, int]  # [start, end) of the letterhead block in `text`, or (0, 0)
    tables: tuple[tuple[tuple[str, ...], ...], ...]
    needs_ocr: bool
    broken: bool = False  # pdfium could not load the page; its text is empty


@dataclass(slots=True)
class _Run:
    left: float
    top: float
    right: float
    bottom: float
    text: str


# Text runs on a page above which it is read as plain text, without the letterhead split:
# pdfium scans the whole page for each `get_text_bounded`, so runs cost quadratic time
# (100,000 runs took 491 s). Dense real pages have a few thousand.
MAX_RUNS = 5000


def _runs(textpage: pdfium.PdfTextPage) -> list[_Run]:
    runs = []
    for i in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(i)
        text = textpage.get_text_bounded(left, bottom, right, top)
        text = text.replace("\r", "").replace("\n", " ")
        if text.strip():
            runs.append(_Run(left, top, right, bottom, text))
    return runs


def _lines(runs: list[_Run]) -> list[list[_Run]]:
    """Group runs into lines, top of page first.

    A run joins a line when its vertical middle lies within the line's band: small
    glyphs (a hyphen, a bullet) have lower tops than the letters beside them.
    """
    lines: list[list[_Run]] = []
    for run in sorted(runs, key=lambda r: (-r.top, r.left)):
        middle = (run.top + run.bottom) / 2
        for line in lines[-3:]:
            top = max(r.top for r in line)
            bottom = min(r.bottom for r in line)
            if bottom - 1 <= middle <= top + 1:
                line.append(run)
                break
        else:
            lines.append([run])
    for line in lines:
        line.sort(key=lambda r: r.left)
    return lines


def _line_text(line: list[_Run]) -> str:
    """Runs of one line: touching runs are one word, a gap is a space, a wide gap a tab."""
    parts = [line[0].text.rstrip()]
    for prev, run in zip(line, line[1:]):
        gap = run.left - prev.right
        sep = "" if gap < 1.0 else (" " if gap < 18 else "\t")
        if gap < 4 and (run.text.strip() == "-" or parts[-1].endswith("-")):
            sep = ""  # a hyphen drawn as its own run still belongs to its word (E-mail)
        parts.append(sep + run.text.rstrip())
    return "".join(parts)


def _join(lines: list[list[_Run]]) -> str:
    """Lines to text; a vertical gap well above the usual line pitch becomes a blank line."""
    if not lines:
        return ""
    pitches = sorted(a[0].top - b[0].top for a, b in zip(lines, lines[1:]) if a[0].top > b[0].top)
    pitch = pitches[len(pitches) // 2] if pitches else 12.0
    parts: list[str] = []
    previous: list[_Run] | None = None
    for line in lines:
        if previous is not None:
            gap = previous[0].top - line[0].top
            parts.append("\n\n" if gap > 1.45 * pitch else "\n")
        parts.append(_line_text(line))
        previous = line
    return "".join(parts).replace("\x02", "-\n").replace("\ufffe", "-\n").replace("-\n\n", "-\n").replace("-\n\t", "-\n")


def split_columns(runs: list[_Run], width: float) -> tuple[str, str, str]:
    """(body above the letterhead, letterhead text, rest of the body) of one page.

    The letterhead block is placed where its first line stands, so the ft.dk stamp at
    the top of the page stays first, as in ft.dk's own text versions.
    """
    lines = _lines(runs)
    letterhead: list[list[_Run]] = []
    body: list[list[_Run]] = []
    for line in lines:
        left_part = [r for r in line if r.left < 0.6 * width]
        right_part = [r for r in line if r.left >= 0.6 * width]
        if right_part and (left_part or min(r.left for r in right_part) >= 0.7 * width):
            letterhead.append(right_part)
            if left_part:
                body.append(left_part)
        else:
            body.append(line)
    wordy = sum(1 for line in letterhead if re.search(r"[^\W\d_]{3}", _line_text(line)))
    tabular = sum(1 for line in lines if len(line) >= 3 and max(
        b.left - a.right for a, b in zip(line, line[1:])) >= 18)
    # One stray right-hand run is a page number; numbers alone are a table of contents;
    # many multi-column lines are a table, whose right columns are not a letterhead.
    if wordy < 2 or tabular > 0.2 * len(lines):
        return "", "", _join(lines)
    head_top = letterhead[0][0].top
    above = [line for line in body if line[0].top > head_top + 3]
    below = [line for line in body if line[0].top <= head_top + 3]
    return _join(above), _strip_footer(_join(letterhead)).strip("\n"), _join(below)


def _drop_repeats(pages: list[str]) -> list[str]:
    """Remove running headers/footers: lines repeated at the top of every later page."""
    if len(pages) < 2:
        return [_strip_footer(p) for p in pages]
    first = pages[0].split("\n")[:4]
    cleaned = [_strip_footer(pages[0])]
    for text in pages[1:]:
        lines = text.split("\n")
        while lines and lines[0].strip() and lines[0] in first:
            lines.pop(0)
        cleaned.append(_strip_footer("\n".join(lines)))
    return cleaned


def _strip_footer(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if not _FOOTER.match(line))


def _open(path: Path, data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        text = str(exc).lower()
        if "password" in text or "security" in text:
            raise EncryptedDocument(path, "the PDF is encrypted") from exc
        # pdfium says "Failed to load document (PDFium: Data format error)."; keep the cause.
        cause = re.search(r"PDFium: ([^)]*)", str(exc))
        reason = cause.group(1).lower() if cause else "damaged or not a PDF"
        if reason == "success":  # pdfium's answer for a page tree without pages
            reason = "it has no pages"
        raise CorruptDocument(path, f"not a readable PDF ({reason})") from exc


def _tables(data: bytes, page_numbers: list[int]) -> dict[int, tuple[tuple[tuple[str, ...], ...], ...]]:
    """pdfplumber's ruled tables of the given pages; none for a file pdfminer cannot parse."""
    if not page_numbers:
        return {}
    import pdfplumber  # heavy; only for pages that look like tables

    found: dict[int, tuple[tuple[tuple[str, ...], ...], ...]] = {}
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for number in page_numbers:
                page = pdf.pages[number - 1]
                try:
                    rows = [cells for table in page.extract_tables() for cells in _cells(table)]
                finally:
                    page.close()  # pdfplumber caches every object of a page until closed
                if rows:
                    found[number] = (tuple(rows),)
    except Exception:  # noqa: BLE001 - pdfminer raises many types on damaged files; tables are extra
        return found
    return found


def _cells(table: list[list[str | None]]) -> list[tuple[str, ...]]:
    """Rows of non-empty cells; merged cells come back as None or '' columns."""
    rows = []
    for row in table:
        cells = tuple(" ".join((c or "").split()) for c in row if c not in (None, ""))
        if cells:
            rows.append(cells)
    return rows


@dataclass(slots=True)
class _RawPage:
    above: str
    head: str
    body: str
    paths: int
    images: int
    broken: bool = False


def _read_page(pdf: pdfium.PdfDocument, index: int) -> _RawPage:
    """One page's text columns and object counts; a page pdfium cannot load is `broken`."""
    try:
        page = pdf[index]
    except pdfium.PdfiumError:
        return _RawPage("", "", "", 0, 0, broken=True)
    try:
        width, _ = page.get_size()
        textpage = page.get_textpage()
        try:
            if textpage.count_rects() > MAX_RUNS:
                above, head, body = "", "", textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n")
            else:
                above, head, body = split_columns(_runs(textpage), width)
        finally:
            textpage.close()
        if pdfium_c.FPDFPage_CountObjects(page.raw) > MAX_RUNS:  # wrapper objects cost seconds here
            kinds = [pdfium_c.FPDFPageObj_GetType(pdfium_c.FPDFPage_GetObject(page.raw, i))
                     for i in range(pdfium_c.FPDFPage_CountObjects(page.raw))]
            paths, images = kinds.count(pdfium_c.FPDF_PAGEOBJ_PATH), kinds.count(pdfium_c.FPDF_PAGEOBJ_IMAGE)
        else:
            paths = sum(1 for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=1))
            images = sum(1 for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2))
        return _RawPage(above, head, body, paths, images)
    except pdfium.PdfiumError:
        return _RawPage("", "", "", 0, 0, broken=True)
    finally:
        page.close()


def read_pdf(path: Path, data: bytes, *, max_pages: int) -> list[PdfPage]:
    """Read every page, closing each as we go; pages that are only images get `needs_ocr`."""
    pdf = _open(path, data)
    try:
        count = len(pdf)
        if count > max_pages:
            raise TooLarge(path, f"{count} pages, over the limit of {max_pages}")
        if count == 0:
            raise CorruptDocument(path, "the PDF has no pages")
        raw = [_read_page(pdf, index) for index in range(count)]
    finally:
        pdf.close()
    if all(r.broken for r in raw):
        raise CorruptDocument(path, f"none of its {count} pages can be read")
    # The running header sits above the letterhead when there is one, else atop the body.
    tops = _drop_repeats([r.above if r.head else r.body for r in raw])
    for r, top in zip(raw, tops):
        r.above, r.body = (top, r.body) if r.head else ("", top)
    empty = {i + 1 for i, r in enumerate(raw) if len((r.above + r.head + r.body).strip()) < MIN_TEXT_CHARS}
    if len(empty) == count and not any(r.images for r in raw) and not any(r.broken for r in raw):
        raise EmptyDocument(path, f"none of its {count} pages holds text or images (blank PDF)")
    # Tables are ruled; a page of hundreds of bitmap tiles is artwork, and pdfminer takes
    # seconds over it (syddjurs_kulturkommune_2017_notat: ~5000 tiles, 3 CPU-s).
    tables = _tables(data, [i + 1 for i, r in enumerate(raw) if r.paths >= TABLE_PATHS
                            and r.images <= MAX_TABLE_IMAGES and i + 1 not in empty])
    pages = []
    for i, r in enumerate(raw):
        prefix = f"{r.above}\n\n" if r.above.strip() else ""
        block = f"{r.head}\n\n" if r.head else ""
        bounds = (len(prefix), len(prefix) + len(r.head)) if r.head else (0, 0)
        # Only a page with an image can be a scan; a blank page needs no OCR.
        scanned = (i + 1) in empty and r.images > 0
        pages.append(PdfPage(i + 1, prefix + block + r.body, bounds, tables.get(i + 1, ()), scanned, r.broken))
    return pages
