"""A PDF page's text runs from pdfium's text layer, in its reading order, and the lines and text
made of them: a line is cut into runs where a gap of TAB_GAP points parts table cells (a tab);
ligature glyphs are spelt out and characters composed (NFC)."""
from __future__ import annotations

import ctypes
import re
import unicodedata
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c


# A horizontal gap (points) this wide between letters of a line parts table cells or columns.
TAB_GAP = 18.0


# A run of text on a PDF page as pdfium gives it: its box (in points, from the page's bottom) and its text.
@dataclass(slots=True)
class Run:
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


def clean_run_text(text: str) -> str:
    """A run's characters as a reader sees them: composed (NFC: "a" + ring is "å"),
    ligatures as their letters, pdfium's line-end hyphen mark as a hyphen."""
    text = _SOFT_HYPHEN.sub("-", text.translate(_LIGATURES))
    return unicodedata.normalize("NFC", text)


def stream_runs(textpage: pdfium.PdfTextPage) -> list[Run]:
    """The page's text in pdfium's own reading order, as runs with their boxes.

    pdfium's text layer (`get_text_range`) already drops glyphs drawn twice (fake bold,
    shadows), keeps kerned and accented letters in their word and decides where spaces
    go; we only cut its lines at gaps wide enough to be table columns or a letterhead
    beside the body (TAB_GAP), for which we need each character's box.
    """
    raw = textpage.raw
    text = textpage.get_text_range()
    runs: list[Run] = []
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


def _line_runs(raw: object, text: str, start: int, end: int, line: int) -> list[Run]:
    """One pdfium line as one run, or several where a gap of TAB_GAP or more parts it."""
    while text[start].isspace():
        start += 1
    while text[end - 1].isspace():
        end -= 1
    first, last = _char_index(raw, start), _char_index(raw, end - 1)
    boxes = _rects(raw, first, last - first + 1) if 0 <= first <= last else []
    if not boxes:
        return [Run(0.0, 0.0, 0.0, 0.0, clean_run_text(text[start:end]), line)]
    ordered = sorted(boxes)
    reach = ordered[0][2]
    wide = False
    for left, _, right, _ in ordered[1:]:
        if left - reach >= TAB_GAP:
            wide = True
            break
        reach = max(reach, right)
    if not wide:
        return [_run(boxes, clean_run_text(text[start:end]), line)]
    return _split_line(raw, text, start, end, line)


def _rects(raw: object, first: int, count: int) -> list[tuple[float, float, float, float]]:
    """pdfium's text rectangles of a char range as (left, bottom, right, top)."""
    left, bottom, right, top = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    found = []
    for i in range(pdfium_c.FPDFText_CountRects(raw, first, count)):
        if pdfium_c.FPDFText_GetRect(raw, i, left, top, right, bottom):
            found.append((left.value, bottom.value, right.value, top.value))
    return found


def _run(boxes: list[tuple[float, float, float, float]], text: str, line: int) -> Run:
    return Run(min(b[0] for b in boxes), max(b[3] for b in boxes), max(b[2] for b in boxes),
               min(b[1] for b in boxes), text, line)


def _split_line(raw: object, text: str, start: int, end: int, line: int) -> list[Run]:
    """Cut a line at the spaces where the next letter stands TAB_GAP or more to the right."""
    left, bottom, right, top = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    runs: list[Run] = []
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
            runs.append(_run(boxes, clean_run_text(text[piece_start:space_at]), line))
            piece_start, boxes = i, []
        boxes.append(box)
        space_at = -1
    if boxes:
        runs.append(_run(boxes, clean_run_text(text[piece_start:end]), line))
    return runs


def group_lines(runs: list[Run]) -> list[list[Run]]:
    """Group runs into lines, top of page first.

    A run joins a line when its vertical middle lies within the line's band: small
    glyphs (a hyphen, a bullet) have lower tops than the letters beside them.
    """
    lines: list[list[Run]] = []
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


def line_text(line: list[Run]) -> str:
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


# A page of short paragraphs (a web page or a notice printed to PDF: one-line paragraphs and
# headings, each followed by a blank line) has more paragraph gaps than line gaps, so the median gap
# is a paragraph's and its blank lines were lost (policy p14's skrivelse printed with its lines
# wrapped at the page width: 13 line gaps of 12 pt, 16 paragraph gaps of 24 pt; its title went).
# There the line pitch is the gaps well below the median, when they recur (LINE_GAPS_MIN) and the
# median is one blank line of them (twice the pitch, BLANK_LINE_RATIO): a smaller font's pitch
# (footnotes, 1.4x) or a 1.5-spaced passage's is no blank line.
LINE_GAPS_MIN = 3
BLANK_LINE_RATIO = (1.7, 2.3)
WELL_BELOW = 1.6  # a gap this many times below the median is a line's, not a paragraph's


def _pitch(tops: list[float]) -> float:
    pitches = sorted(a - b for a, b in zip(tops, tops[1:]) if a > b)
    if not pitches:
        return 12.0
    median = pitches[len(pitches) // 2]
    lines = [p for p in pitches if p <= median / WELL_BELOW]
    if len(lines) >= LINE_GAPS_MIN:
        line_pitch = lines[len(lines) // 2]
        if BLANK_LINE_RATIO[0] <= median / line_pitch <= BLANK_LINE_RATIO[1]:
            return line_pitch
    return median


def join_lines(lines: list[list[Run]]) -> str:
    """Lines to text; a vertical gap well above the usual line pitch becomes a blank line."""
    if not lines:
        return ""
    pitch = _pitch([line[0].top for line in lines])
    parts: list[str] = []
    previous: list[Run] | None = None
    for line in lines:
        if previous is not None:
            gap = previous[0].top - line[0].top
            parts.append("\n\n" if gap > 1.45 * pitch else "\n")
        parts.append(line_text(line))
        previous = line
    return "".join(parts).replace("\x02", "-\n").replace("\ufffe", "-\n").replace("-\n\n", "-\n").replace("-\n\t", "-\n")


def join_stream(runs: list[Run]) -> str:
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
