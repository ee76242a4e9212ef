"""PDF pages to text in pdfium's reading order, with the letterhead column apart.

The words come from pdfium's own text layer (`get_text_range`): pdfium drops glyphs
drawn twice (fake bold, shadows), keeps kerned or accented letters in their word and
places the spaces, so the loaded words are the layer's words (measured by
extract/pdf_fidelity.py). We keep its reading order (columns stay whole) and only add
layout: a line is cut where a gap of TAB_GAP points parts table cells (a tab), vertical
gaps become paragraph breaks, and the letterhead column of ministry and kommune letters
(address, T/E/www, CVR, date, J.nr., right of the body and level with it) is taken out of
the body: a run goes to the letterhead when it starts right of 0.6 of the page width on a
visual line that also has a body run, or right of 0.7 on its own (recipe A of
shared/notes/pdf.md). Characters are composed (NFC) and ligature glyphs spelt out.
Ruled tables are found with pdfplumber's table algorithm on pdfium's path objects.

The parts: pdf_runs (runs and lines), pdf_letterhead (the letterhead column), pdf_tables
(ruled tables) and pdf_margins (running headers, folios, line numbers).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium

from .errors import CorruptDocument, EmptyDocument, EncryptedDocument, TooLarge
from .pdf_letterhead import split_columns
from .pdf_margins import drop_repeats, line_number_runs, mark_folios
from .pdf_runs import Run, stream_runs
from .pdf_tables import Box, safe_tables, page_shapes

# split_columns, Run and FOLIO_ATTESTED are importable from here as before the split.
__all__ = ["MAX_TABLE_IMAGES", "MIN_TEXT_CHARS", "PdfPage", "TABLE_PATHS", "read_pdf", "split_columns"]


# A page with fewer visible characters than this has no usable text layer.
MIN_TEXT_CHARS = 20
# Path objects on a page above which we look for ruled tables.
TABLE_PATHS = 40
# Image objects on a page above which it is artwork, not a table.
MAX_TABLE_IMAGES = 200


@dataclass(frozen=True, slots=True)
class PdfPage:
    number: int
    text: str
    letterhead: tuple[int, int]  # [start, end) of the letterhead block in `text`, or (0, 0)
    tables: tuple[tuple[tuple[str, ...], ...], ...]
    needs_ocr: bool
    broken: bool = False  # pdfium could not load the page; its text is empty
    folios: tuple[str, ...] = ()  # printed page numbers kept out of `text` (FOLIO_ATTESTED)


def _open(path: Path, data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        text = str(exc).lower()
        # pdfium's error code can be left over from an earlier file: only a PDF with an
        # /Encrypt entry is encrypted (a zero-page PDF may report "password" or "success").
        if ("password" in text or "security" in text) and b"/Encrypt" in data:
            raise EncryptedDocument(path, "the PDF is encrypted") from exc
        # pdfium says "Failed to load document (PDFium: Data format error)."; keep the cause.
        cause = re.search(r"PDFium: ([^)]*)", str(exc))
        reason = cause.group(1).lower() if cause else "damaged or not a PDF"
        if reason in ("success", "incorrect password error", "unsupported security scheme error"):
            reason = "it has no pages, or its page tree is damaged"  # pdfium's stale code for no pages
        raise CorruptDocument(path, f"not a readable PDF ({reason})") from exc


# A page as pdfium gives it (its runs, tables, size and counts of paths and images, which tell a ruled table from
# artwork), and the text its columns are split into (above the letterhead, the letterhead, the body) once read.
@dataclass(slots=True)
class RawPage:
    above: str
    head: str
    body: str
    paths: int
    images: int
    broken: bool = False
    tables: tuple[tuple[tuple[str, ...], ...], ...] = ()
    runs: list[Run] = field(default_factory=list)
    size: tuple[float, float] = (0.0, 0.0)
    table_boxes: list[Box] = field(default_factory=list)
    folios: tuple[str, ...] = ()


def _read_page(pdf: pdfium.PdfDocument, index: int) -> RawPage:
    """One page's runs, tables and object counts (its columns are split once the
    document's folios are known); a page pdfium cannot load is `broken`."""
    try:
        page = pdf[index]
    except pdfium.PdfiumError:
        return RawPage("", "", "", 0, 0, broken=True)
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            runs = stream_runs(textpage)
            boxes, paths, images = page_shapes(page)
            # Tables are ruled; a page of hundreds of bitmap tiles is artwork
            # (syddjurs_kulturkommune_2017_notat: ~5000 tiles).
            tables, table_boxes = safe_tables(textpage, boxes, height) \
                if paths >= TABLE_PATHS and images <= MAX_TABLE_IMAGES \
                and sum(len(r.text) for r in runs) >= MIN_TEXT_CHARS else ((), [])
        finally:
            textpage.close()
        return RawPage("", "", "", paths, images, tables=tables, runs=runs, size=(width, height),
                       table_boxes=table_boxes)
    except pdfium.PdfiumError:
        return RawPage("", "", "", 0, 0, broken=True)
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
    for r, folios in zip(raw, mark_folios(raw)):
        if r.broken:
            continue
        r.folios = tuple(run.text.strip() for run in r.runs if id(run) in folios)
        runs = [run for run in r.runs if id(run) not in folios]
        line_numbers = line_number_runs(runs)
        runs = [run for run in runs if id(run) not in line_numbers]
        r.above, r.head, r.body = split_columns(runs, *r.size, tables=r.table_boxes)
        r.runs = []
    if all(r.broken for r in raw):
        raise CorruptDocument(path, f"none of its {count} pages can be read")
    # The running header sits above the letterhead when there is one, else atop the body.
    tops = drop_repeats([r.above if r.head else r.body for r in raw])
    for r, top in zip(raw, tops):
        r.above, r.body = (top, r.body) if r.head else ("", top)
    empty = {i + 1 for i, r in enumerate(raw) if len((r.above + r.head + r.body).strip()) < MIN_TEXT_CHARS}
    if len(empty) == count and not any(r.images for r in raw) and not any(r.broken for r in raw):
        raise EmptyDocument(path, f"none of its {count} pages holds text or images (blank PDF)")
    pages = []
    for i, r in enumerate(raw):
        prefix = f"{r.above}\n\n" if r.above.strip() else ""
        block = f"{r.head}\n\n" if r.head else ""
        bounds = (len(prefix), len(prefix) + len(r.head)) if r.head else (0, 0)
        # Only a page with an image can be a scan; a blank page needs no OCR.
        scanned = (i + 1) in empty and r.images > 0
        pages.append(PdfPage(i + 1, prefix + block + r.body, bounds, r.tables, scanned, r.broken, r.folios))
    return pages
