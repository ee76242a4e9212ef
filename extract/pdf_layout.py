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
pdfplumber is opened only for pages that look like ruled tables.
"""
from __future__ import annotations

import ctypes
import io
import re
import unicodedata
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


def split_columns(runs: list[_Run], width: float) -> tuple[str, str, str]:
    """(body above the letterhead, letterhead text, rest of the body) of one page.

    The letterhead block is placed where its first line stands, so the ft.dk stamp at
    the top of the page stays first, as in ft.dk's own text versions. Runs from pdfium
    (`line` set) keep pdfium's reading order in the body; OCR words are read by lines.
    """
    lines = _lines(runs)
    stream = bool(runs) and all(r.line >= 0 for r in runs)
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
            above, head, body = split_columns(_stream_runs(textpage), width)
        finally:
            textpage.close()
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
