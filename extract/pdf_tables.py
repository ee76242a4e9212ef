"""Ruled tables found with pdfplumber's table algorithm on pdfium's path objects, each cell's text
pdfium's text inside it."""
from __future__ import annotations

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .normalise import GlueEvidence, normalise
from .pdf_runs import clean_run_text


def page_shapes(page: pdfium.PdfPage) -> tuple[list[tuple[float, float, float, float]], int, int]:
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


Box = tuple[float, float, float, float]  # left, bottom, right, top in PDF points


def _tables(textpage: pdfium.PdfTextPage, boxes: list[Box],
            height: float) -> tuple[tuple[tuple[tuple[str, ...], ...], ...], list[Box]]:
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
    found: list[Box] = []
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


def safe_tables(textpage: pdfium.PdfTextPage, boxes: list[Box],
                height: float) -> tuple[tuple[tuple[tuple[str, ...], ...], ...], list[Box]]:
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
    text = normalise(clean_run_text("".join(parts)), glue_evidence=GlueEvidence.OWN_LINE_BREAKS)[0]
    return " ".join(text.split())
