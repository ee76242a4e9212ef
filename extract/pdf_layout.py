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
"""
from __future__ import annotations

import bisect
import ctypes
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .errors import CorruptDocument, EmptyDocument, EncryptedDocument, TooLarge
from .normalise import normalise

# A page with fewer visible characters than this has no usable text layer.
MIN_TEXT_CHARS = 20
# Path objects on a page above which we look for ruled tables.
TABLE_PATHS = 40
# Image objects on a page above which it is artwork, not a table.
MAX_TABLE_IMAGES = 200
# A horizontal gap (points) this wide between letters of a line parts table cells or columns.
TAB_GAP = 18.0
_FOOTER = re.compile(r"^\s*(?:Side\s+)?\d{1,3}\s*(?:/|af)\s*\d{1,3}\s*$|^\s*Side\s+\d{1,3}\s*$")


@dataclass(frozen=True, slots=True)
class PdfPage:
    number: int
    text: str
    letterhead: tuple[int, int]  # [start, end) of the letterhead block in `text`, or (0, 0)
    tables: tuple[tuple[tuple[str, ...], ...], ...]
    needs_ocr: bool
    broken: bool = False  # pdfium could not load the page; its text is empty
    folios: tuple[str, ...] = ()  # printed page numbers kept out of `text` (FOLIO_ATTESTED)


@dataclass(slots=True)
class _Run:
    left: float
    top: float
    right: float
    bottom: float
    text: str
    line: int = -1  # pdfium's text line the run belongs to (its reading order); -1: OCR words


# Ligature glyphs whose text layer keeps the single code point ("ﬁ"): their letters,
# as Unicode's compatibility decomposition gives them.
_LIGATURES = {code: unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}
# pdfium's line breaks, and its mark for a hyphen at a line end that it joined (U+FFFE,
# or STX in newer builds): the line ends there, the hyphen stays for the normaliser.
_BREAK = re.compile("\r\n|[\r\n]|(?<=[\ufffe\x02])")
_SOFT_HYPHEN = re.compile("[\ufffe\x02]$")


def _clean(text: str) -> str:
    """A run's characters as a reader sees them: composed (NFC: "a" + ring is "å"),
    ligatures as their letters, pdfium's line-end hyphen mark as a hyphen."""
    text = _SOFT_HYPHEN.sub("-", text.translate(_LIGATURES))
    return unicodedata.normalize("NFC", text)


def _stream_runs(textpage: pdfium.PdfTextPage) -> list[_Run]:
    """The page's text in pdfium's own reading order, as runs with their boxes.

    pdfium's text layer (`get_text_range`) already drops glyphs drawn twice (fake bold,
    shadows), keeps kerned and accented letters in their word and decides where spaces
    go; we only cut its lines at gaps wide enough to be table columns or a letterhead
    beside the body (TAB_GAP), for which we need each character's box.
    """
    raw = textpage.raw
    text = textpage.get_text_range()
    runs: list[_Run] = []
    start = 0
    line = 0
    for match in list(_BREAK.finditer(text)) + [None]:
        end = match.start() if match else len(text)
        nxt = match.end() if match else len(text)
        if text[start:end].strip():
            runs.extend(_line_runs(raw, text, start, end, line))
            line += 1
        start = nxt
        if match is None:
            break
    for prev, run in zip(runs, runs[1:]):
        if run.left == run.right == run.top == 0.0:  # no box (invisible glyphs): stays with its neighbour
            run.left, run.top, run.right, run.bottom = prev.left, prev.top, prev.right, prev.bottom
    return runs


def _char_index(raw: object, text_index: int) -> int:
    return int(pdfium_c.FPDFText_GetCharIndexFromTextIndex(raw, text_index))


def _line_runs(raw: object, text: str, start: int, end: int, line: int) -> list[_Run]:
    """One pdfium line as one run, or several where a gap of TAB_GAP or more parts it."""
    while text[start].isspace():
        start += 1
    while text[end - 1].isspace():
        end -= 1
    first, last = _char_index(raw, start), _char_index(raw, end - 1)
    boxes = _rects(raw, first, last - first + 1) if 0 <= first <= last else []
    if not boxes:
        return [_Run(0.0, 0.0, 0.0, 0.0, _clean(text[start:end]), line)]
    ordered = sorted(boxes)
    reach = ordered[0][2]
    wide = False
    for left, _, right, _ in ordered[1:]:
        if left - reach >= TAB_GAP:
            wide = True
            break
        reach = max(reach, right)
    if not wide:
        return [_run(boxes, _clean(text[start:end]), line)]
    return _split_line(raw, text, start, end, line)


def _rects(raw: object, first: int, count: int) -> list[tuple[float, float, float, float]]:
    """pdfium's text rectangles of a char range as (left, bottom, right, top)."""
    left, bottom, right, top = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    found = []
    for i in range(pdfium_c.FPDFText_CountRects(raw, first, count)):
        if pdfium_c.FPDFText_GetRect(raw, i, left, top, right, bottom):
            found.append((left.value, bottom.value, right.value, top.value))
    return found


def _run(boxes: list[tuple[float, float, float, float]], text: str, line: int) -> _Run:
    return _Run(min(b[0] for b in boxes), max(b[3] for b in boxes), max(b[2] for b in boxes),
                min(b[1] for b in boxes), text, line)


def _split_line(raw: object, text: str, start: int, end: int, line: int) -> list[_Run]:
    """Cut a line at the spaces where the next letter stands TAB_GAP or more to the right."""
    left, bottom, right, top = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    runs: list[_Run] = []
    piece_start = start
    boxes: list[tuple[float, float, float, float]] = []
    space_at = -1
    for i in range(start, end):
        if text[i].isspace():
            if space_at < 0:
                space_at = i
            continue
        index = _char_index(raw, i)
        if index < 0 or not pdfium_c.FPDFText_GetCharBox(raw, index, left, right, bottom, top):
            space_at = -1
            continue
        box = (left.value, bottom.value, right.value, top.value)
        if box[2] - box[0] <= 0 and box[3] - box[1] <= 0:
            space_at = -1
            continue  # a glyph without extent (a generated or invisible char) has no place
        if boxes and space_at >= 0 and box[0] - max(b[2] for b in boxes) >= TAB_GAP:
            runs.append(_run(boxes, _clean(text[piece_start:space_at]), line))
            piece_start, boxes = i, []
        boxes.append(box)
        space_at = -1
    if boxes:
        runs.append(_run(boxes, _clean(text[piece_start:end]), line))
    return runs


def _lines(runs: list[_Run]) -> list[list[_Run]]:
    """Group runs into lines, top of page first.

    A run joins a line when its vertical middle lies within the line's band: small
    glyphs (a hyphen, a bullet) have lower tops than the letters beside them.
    """
    lines: list[list[_Run]] = []
    bands: list[list[float]] = []  # [top, bottom] of each line so far
    for run in sorted(runs, key=lambda r: (-r.top, r.left)):
        middle = (run.top + run.bottom) / 2
        for line, band in zip(lines[-3:], bands[-3:]):
            if band[1] - 1 <= middle <= band[0] + 1:
                line.append(run)
                band[0], band[1] = max(band[0], run.top), min(band[1], run.bottom)
                break
        else:
            lines.append([run])
            bands.append([run.top, run.bottom])
    for line in lines:
        line.sort(key=lambda r: r.left)
    return lines


def _line_text(line: list[_Run]) -> str:
    """Runs of one line: touching runs are one word, a gap is a space, a wide gap a tab.

    Runs from pdfium are never glued: pdfium already joined what belongs to one word, so
    two of its runs side by side are apart (a space, or a tab across a wide gap).
    """
    parts = [line[0].text.rstrip()]
    for prev, run in zip(line, line[1:]):
        gap = run.left - prev.right
        if prev.line >= 0 and run.line >= 0:
            parts.append(("\t" if gap >= TAB_GAP or run.line == prev.line else " ") + run.text.rstrip())
            continue
        sep = "" if gap < 1.0 else (" " if gap < TAB_GAP else "\t")
        if gap < 4 and (run.text.strip() == "-" or parts[-1].endswith("-")):
            sep = ""  # a hyphen drawn as its own run still belongs to its word (E-mail)
        parts.append(sep + run.text.rstrip())
    return "".join(parts)


def _pitch(tops: list[float]) -> float:
    pitches = sorted(a - b for a, b in zip(tops, tops[1:]) if a > b)
    return pitches[len(pitches) // 2] if pitches else 12.0


def _join(lines: list[list[_Run]]) -> str:
    """Lines to text; a vertical gap well above the usual line pitch becomes a blank line."""
    if not lines:
        return ""
    pitch = _pitch([line[0].top for line in lines])
    parts: list[str] = []
    previous: list[_Run] | None = None
    for line in lines:
        if previous is not None:
            gap = previous[0].top - line[0].top
            parts.append("\n\n" if gap > 1.45 * pitch else "\n")
        parts.append(_line_text(line))
        previous = line
    return "".join(parts).replace("\x02", "-\n").replace("\ufffe", "-\n").replace("-\n\n", "-\n").replace("-\n\t", "-\n")


def _join_stream(runs: list[_Run]) -> str:
    """Runs in pdfium's reading order: runs of one line apart by a tab, lines by a line
    break, and by a blank line where the next line stands well below (a paragraph) or
    above (the next column) the last one. A line ending in pdfium's hyphen mark goes on
    in the next line without a blank, so the normaliser can join the word."""
    if not runs:
        return ""
    starts = [r for i, r in enumerate(runs) if i == 0 or r.line != runs[i - 1].line]
    pitch = _pitch([r.top for r in starts])
    parts = [runs[0].text]
    for prev, run in zip(runs, runs[1:]):
        if run.line == prev.line:
            parts.append("\t")
        else:
            gap = prev.top - run.top
            hyphen = prev.text.endswith("-") and -1 <= gap <= 1.45 * pitch + 1
            parts.append("\n" if hyphen or -1 <= gap <= 1.45 * pitch else "\n\n")
        parts.append(run.text)
    return "".join(parts)


def split_columns(runs: list[_Run], width: float, height: float | None = None, *,
                  tables: list[tuple[float, float, float, float]] | None = None) -> tuple[str, str, str]:
    """(body above the letterhead, letterhead text, rest of the body) of one page.

    The letterhead block is placed where its first line stands, so the ft.dk stamp at
    the top of the page stays first, as in ft.dk's own text versions. Runs from pdfium
    (`line` set) keep pdfium's reading order in the body; OCR words are read by lines.
    Letters are portrait pages: a landscape page (a 2-up spread of a booklet, a slide)
    has no letterhead column, and its right half is not one. Nor are the right-hand cells
    of a ruled table (`tables`: boxes as (left, bottom, right, top)), nor numbers level
    with a body line (the page numbers of a table of contents).
    """
    lines = _lines(runs)
    stream = bool(runs) and all(r.line >= 0 for r in runs)
    if height is not None and width > height:
        return "", "", _join_stream(runs) if stream else _join(lines)
    letterhead: list[list[_Run]] = []
    body: list[list[_Run]] = []
    for line in lines:
        left_part = [r for r in line if r.left < 0.6 * width]
        right_part = [r for r in line if r.left >= 0.6 * width and not _in_table(r, tables or [])]
        if left_part and right_part and not any(ch.isalpha() for r in right_part for ch in r.text):
            right_part = []  # "3", "12": the page numbers of a table of contents
        taken = {id(r) for r in right_part}
        left_part = [r for r in line if id(r) not in taken]
        if right_part and (left_part or min(r.left for r in right_part) >= 0.7 * width):
            letterhead.append(right_part)
            if left_part:
                body.append(left_part)
        else:
            body.append(line)
    wordy = sum(1 for line in letterhead if re.search(r"[^\W\d_]{3}", _line_text(line)))
    tabular = sum(1 for line in lines if len(line) >= 3 and max(
        b.left - a.right for a, b in zip(line, line[1:])) >= TAB_GAP)
    # One stray right-hand run is a page number; numbers alone are a table of contents;
    # many multi-column lines are a table, whose right columns are not a letterhead.
    if wordy < 2 or tabular > 0.2 * len(lines):
        return "", "", _join_stream(runs) if stream else _join(lines)
    head_top = letterhead[0][0].top
    if stream:
        in_head = {id(r) for line in letterhead for r in line}
        rest = [r for r in runs if id(r) not in in_head]
        above = _join_stream([r for r in rest if r.top > head_top + 3])
        below = _join_stream([r for r in rest if r.top <= head_top + 3])
        return above, _strip_footer(_join(letterhead)).strip("\n"), below
    above_lines = [line for line in body if line[0].top > head_top + 3]
    below_lines = [line for line in body if line[0].top <= head_top + 3]
    return _join(above_lines), _strip_footer(_join(letterhead)).strip("\n"), _join(below_lines)


def _in_table(run: _Run, tables: list[tuple[float, float, float, float]]) -> bool:
    x, y = (run.left + run.right) / 2, (run.top + run.bottom) / 2
    return any(left <= x <= right and bottom <= y <= top for left, bottom, right, top in tables)


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


def _shapes(page: pdfium.PdfPage) -> tuple[list[tuple[float, float, float, float]], int, int]:
    """(boxes of the page's straight-line paths, path count, image count).

    Ruled tables are drawn as lines and rectangles; curves (logos, charts) are not rules.
    Images inside form XObjects count too (scans are often wrapped in one).
    """
    raw = page.raw
    left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    boxes: list[tuple[float, float, float, float]] = []
    paths = images = 0
    for i in range(pdfium_c.FPDFPage_CountObjects(raw)):
        obj = pdfium_c.FPDFPage_GetObject(raw, i)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            images += 1
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM:
            images += sum(1 for j in range(pdfium_c.FPDFFormObj_CountObjects(obj))
                          if pdfium_c.FPDFPageObj_GetType(pdfium_c.FPDFFormObj_GetObject(obj, j))
                          == pdfium_c.FPDF_PAGEOBJ_IMAGE)
        elif kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            paths += 1
            segments = pdfium_c.FPDFPath_CountSegments(obj)
            if 0 < segments <= 6 and not any(
                    pdfium_c.FPDFPathSegment_GetType(pdfium_c.FPDFPath_GetPathSegment(obj, j))
                    == pdfium_c.FPDF_SEGMENT_BEZIERTO for j in range(segments)) \
                    and pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
                boxes.append((left.value, bottom.value, right.value, top.value))
    return boxes, paths, images


_Box = tuple[float, float, float, float]  # left, bottom, right, top in PDF points


def _tables(textpage: pdfium.PdfTextPage, boxes: list[_Box],
            height: float) -> tuple[tuple[tuple[tuple[str, ...], ...], ...], list[_Box]]:
    """The page's ruled tables as rows of cell texts (all tables of a page as one), and
    each table's box.

    pdfplumber's table finder (edges -> intersections -> cells -> tables, with its default
    tolerances) run on pdfium's path boxes, each box giving its four sides as pdfplumber
    does for rectangles; a cell's text is pdfium's text inside it. This is pdfplumber's
    algorithm without pdfminer's parse of the page, which took 90 % of the load time.
    """
    from pdfplumber.table import (Table, TableSettings, cells_to_tables, edges_to_intersections,
                                  intersections_to_cells, merge_edges)
    from pdfplumber.utils import filter_edges, obj_to_edges

    settings = TableSettings.resolve(None)
    edges = []
    for left, bottom, right, top in boxes:
        box = {"object_type": "rect", "x0": left, "x1": right, "top": height - top, "bottom": height - bottom,
               "doctop": height - top, "y0": bottom, "y1": top, "width": right - left, "height": top - bottom}
        edges.extend(obj_to_edges(box))
    edges = filter_edges(edges, min_length=settings.edge_min_length_prefilter)
    edges = merge_edges(edges, snap_x_tolerance=settings.snap_x_tolerance, snap_y_tolerance=settings.snap_y_tolerance,
                        join_x_tolerance=settings.join_x_tolerance, join_y_tolerance=settings.join_y_tolerance)
    edges = filter_edges(edges, min_length=settings.edge_min_length)
    points = edges_to_intersections(edges, settings.intersection_x_tolerance, settings.intersection_y_tolerance)
    groups = cells_to_tables(intersections_to_cells(points))
    if not groups:
        return (), []
    chars = _chars(textpage, height)
    rows: list[tuple[str, ...]] = []
    found: list[_Box] = []
    for group in groups:
        table = Table(None, group)  # type: ignore[arg-type]  # its rows and box need no page
        x0, top, x1, bottom = table.bbox
        found.append((x0, height - bottom, x1, height - top))
        for row in table.rows:
            _, row_top, _, row_bottom = row.bbox
            inside = [c for c in chars if c[2] is not None and row_top <= c[2] < row_bottom]
            cells = tuple(text for cell in row.cells if cell is not None and (text := _cell_text(inside, chars, cell)))
            if cells:
                rows.append(cells)
    return ((tuple(rows),) if rows else ()), found


def _safe_tables(textpage: pdfium.PdfTextPage, boxes: list[_Box],
                 height: float) -> tuple[tuple[tuple[tuple[str, ...], ...], ...], list[_Box]]:
    """`_tables`, or none when odd geometry trips the table finder: tables are extra, the
    page's text is already read."""
    try:
        return _tables(textpage, boxes, height)
    except (ValueError, ArithmeticError, IndexError, KeyError, TypeError):
        return (), []


def _chars(textpage: pdfium.PdfTextPage, height: float) -> list[tuple[int, str, float | None, float | None]]:
    """(index, character, vertical middle from the top, horizontal middle) of every char
    of the page; a generated space or line break has no box (None)."""
    raw = textpage.raw
    left, bottom, right, top = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    chars: list[tuple[int, str, float | None, float | None]] = []
    for i in range(pdfium_c.FPDFText_CountChars(raw)):
        char = chr(pdfium_c.FPDFText_GetUnicode(raw, i) or 32)
        if char.isspace() or not pdfium_c.FPDFText_GetCharBox(raw, i, left, right, bottom, top) \
                or right.value <= left.value:
            chars.append((i, char, None, None))
        else:
            chars.append((i, char, height - (top.value + bottom.value) / 2, (left.value + right.value) / 2))
    return chars


def _cell_text(inside: list[tuple[int, str, float | None, float | None]],
               chars: list[tuple[int, str, float | None, float | None]],
               cell: tuple[float, float, float, float]) -> str:
    """The characters whose middle lies in the cell (as pdfplumber decides), in pdfium's
    order; a gap in that order is a line break or a space. Line-end hyphens are joined as
    the normaliser joins them in the text ("fo-/kusområderne", not "sundheds- og")."""
    x0, top, x1, bottom = cell
    parts: list[str] = []
    last = -2
    for index, char, middle_y, middle_x in inside:
        if middle_x is None or middle_y is None or not (x0 <= middle_x < x1 and top <= middle_y < bottom):
            continue
        if last >= 0 and index != last + 1:
            between = "".join(c[1] for c in chars[last + 1:index])
            parts.append("\n" if "\n" in between or "\r" in between or parts[-1] == "-\n" else " ")
        parts.append("-\n" if char in ("\ufffe", "\x02") else char)
        last = index
    return " ".join(normalise(_clean("".join(parts)), glued=False)[0].split())


@dataclass(slots=True)
class _RawPage:
    above: str
    head: str
    body: str
    paths: int
    images: int
    broken: bool = False
    tables: tuple[tuple[tuple[str, ...], ...], ...] = ()
    runs: list[_Run] = field(default_factory=list)
    size: tuple[float, float] = (0.0, 0.0)
    table_boxes: list[_Box] = field(default_factory=list)
    folios: tuple[str, ...] = ()


def _read_page(pdf: pdfium.PdfDocument, index: int) -> _RawPage:
    """One page's runs, tables and object counts (its columns are split once the
    document's folios are known); a page pdfium cannot load is `broken`."""
    try:
        page = pdf[index]
    except pdfium.PdfiumError:
        return _RawPage("", "", "", 0, 0, broken=True)
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            runs = _stream_runs(textpage)
            boxes, paths, images = _shapes(page)
            # Tables are ruled; a page of hundreds of bitmap tiles is artwork
            # (syddjurs_kulturkommune_2017_notat: ~5000 tiles).
            tables, table_boxes = _safe_tables(textpage, boxes, height) \
                if paths >= TABLE_PATHS and images <= MAX_TABLE_IMAGES \
                and sum(len(r.text) for r in runs) >= MIN_TEXT_CHARS else ((), [])
        finally:
            textpage.close()
        return _RawPage("", "", "", paths, images, tables=tables, runs=runs, size=(width, height),
                        table_boxes=table_boxes)
    except pdfium.PdfiumError:
        return _RawPage("", "", "", 0, 0, broken=True)
    finally:
        page.close()


# Printed page numbers (folios) are layout, not text: left in the flow they sit between
# the halves of a sentence, or of a hyphenated word, running across a page break
# ("kompetencegi- 78. 79. vende", dansk_folkeparti p. 40). A folio is found by geometry
# across the document, not by its look alone (a lone "3" may be a table cell):
#   - a run that is only a number ("12", "78.") on a line of only such runs,
#   - below every other run of its page (the foot) or above every one (the head),
#   - and another page has one at the same place (x and y within FOLIO_PLACE points)
#     whose number differs by `step` per page: 1 for one printed page per PDF page (also
#     when only odd pages are numbered), 2 for a spread of two printed pages.
# Attested (corpus/pdf, corpus/pdf_more; tests/extract/test_pdf_folios.py):
FOLIO_ATTESTED: tuple[tuple[str, str], ...] = (
    ("Kristianuruplarsen__Partiprogrammer__SF.pdf", "foot, centred, 1..5"),
    ("Kristianuruplarsen__Partiprogrammer__liberal_alliance.pdf", "foot, right, odd pages 1, 3, 5 ..."),
    ("Kristianuruplarsen__Partiprogrammer__dansk_folkeparti.pdf", "foot of a 2-up spread, 4. 5. / 6. 7. ..."),
    ("dikurevy__Forening__vedtaegter.pdf", "foot, centred, 1..6"),
    ("syddjurs_politik_kultur_fritid_2009.pdf", "foot, centred, from p. 2: 1, 2, 3 ..."),
    ("star_jobindsats_api_eksempler_2022.pdf", "foot, centred, from p. 2: 1, 2, 3 ..."),
)
_FOLIO = re.compile(r"\d{1,4}\.?")
FOLIO_PLACE = 3.0
FOLIO_STEPS = (1, 2)


def _folio_candidates(runs: list[_Run]) -> list[tuple[_Run, int]]:
    """Runs that could be the page's folio: a number alone on its line at the foot or head."""
    if any(r.line < 0 for r in runs):
        return []  # OCR words: their boxes are the scan's, read apart
    numbers = [r for r in runs if _FOLIO.fullmatch(r.text.strip())]
    if not numbers:
        return []
    others = [r for r in runs if not _FOLIO.fullmatch(r.text.strip())]
    if not others:
        return []
    lowest, highest = min(o.bottom for o in others), max(o.top for o in others)
    found = []
    for run in numbers:
        level = [o for o in others if o.bottom - 1 <= (run.top + run.bottom) / 2 <= o.top + 1]
        if not level and (run.top < lowest + 0.5 or run.bottom > highest - 0.5):
            found.append((run, int(run.text.strip().rstrip("."))))
    return found


#: how many pages before and after a folio candidate may confirm it
FOLIO_REACH = 3


def _mark_folios(pages: list[_RawPage]) -> list[set[int]]:
    """For each page, the ids of its runs that are folios (see FOLIO_ATTESTED)."""
    candidates = [_folio_candidates(p.runs) for p in pages]
    marked: list[set[int]] = [set() for _ in pages]
    for i, found in enumerate(candidates):
        for run, value in found:
            # confirmed by a near page (a chapter page or every other page may go unnumbered):
            # comparing with every page would cost pages² on a long document of numbers
            for j in range(max(0, i - FOLIO_REACH), min(len(candidates), i + FOLIO_REACH + 1)):
                other = candidates[j]
                if j == i:
                    continue
                if any(abs(o.left - run.left) <= FOLIO_PLACE and abs(o.top - run.top) <= FOLIO_PLACE
                       and any(v - value == (j - i) * step for step in FOLIO_STEPS) for o, v in other):
                    marked[i].add(id(run))
                    break
    return marked


# Margin line numbers are layout too: a word processor's line numbering prints an integer
# "before each column of text", on every line or on every N-th ("countBy"), restarting per
# page or running on (ECMA-376 Part 1, lnNumType: the setting Word and LibreOffice write;
# drafts number their lines so that amendments can cite "linje 12"). Left in the flow each
# one opens its line ("3 Kommunen skal ..."). A page's line numbers are found by geometry:
#   - runs that are only an integer, in the left margin (left of every other run of the
#     page) and aligned in one column (left or right edges within FOLIO_PLACE points),
#   - at least LINE_NUMBERS_MIN of them, each level with a line of text,
#   - rising down the page by one constant step, with at most step - 1 text lines between
#     two of them (a numbered list's item running over two lines is no line numbering).
# Attested by the convention and two samples of its two shapes (tests/extract/test_pdf_folios.py):
# every line numbered, restarting per page; every fifth line numbered, running on across pages.
_LINE_NUMBER = re.compile(r"\d{1,5}")
LINE_NUMBERS_MIN = 4


def _line_number_runs(runs: list[_Run]) -> set[int]:
    """The ids of the runs that are the page's margin line numbers (see above)."""
    if any(r.line < 0 for r in runs):
        return set()  # OCR words: their boxes are the scan's, read apart
    numbers = [r for r in runs if _LINE_NUMBER.fullmatch(r.text.strip())]
    others = [r for r in runs if r.text.strip() and not _LINE_NUMBER.fullmatch(r.text.strip())]
    if len(numbers) < LINE_NUMBERS_MIN or not others:
        return set()
    margin = min(o.left for o in others)
    column = sorted((r for r in numbers if r.right < margin), key=lambda r: -r.top)
    if len(column) < LINE_NUMBERS_MIN or not (
            max(r.left for r in column) - min(r.left for r in column) <= FOLIO_PLACE
            or max(r.right for r in column) - min(r.right for r in column) <= FOLIO_PLACE):
        return set()
    values = [int(r.text.strip()) for r in column]
    step = values[1] - values[0]
    if step < 1 or any(b - a != step for a, b in zip(values, values[1:])):
        return set()
    # the page's text lines by their middles, bottom first (bisect: a page of thousands of
    # runs is read in n log n, not n²)
    middles = sorted({round((o.top + o.bottom) / 2, 1) for o in others})

    def lines_within(low: float, high: float) -> int:
        return bisect.bisect_right(middles, high) - bisect.bisect_left(middles, low)

    if sum(lines_within(r.bottom - 2, r.top + 2) > 0 for r in column) < LINE_NUMBERS_MIN:
        return set()
    for upper, lower in zip(column, column[1:]):
        if lines_within(lower.top + 2.001, upper.bottom - 2.001) > step - 1:
            return set()
    return {id(r) for r in column}


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
    for r, folios in zip(raw, _mark_folios(raw)):
        if r.broken:
            continue
        r.folios = tuple(run.text.strip() for run in r.runs if id(run) in folios)
        runs = [run for run in r.runs if id(run) not in folios]
        line_numbers = _line_number_runs(runs)
        runs = [run for run in runs if id(run) not in line_numbers]
        r.above, r.head, r.body = split_columns(runs, *r.size, tables=r.table_boxes)
        r.runs = []
    if all(r.broken for r in raw):
        raise CorruptDocument(path, f"none of its {count} pages can be read")
    # The running header sits above the letterhead when there is one, else atop the body.
    tops = _drop_repeats([r.above if r.head else r.body for r in raw])
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
