"""OCR for pages without a text layer (optional: the `ocr` extra plus tesseract-ocr-dan).

`dan`, with the OCR repairs its misreadings need (ocr_repair.py: `@` read as `æ` or `e`,
`§` as `8`, "SQU" for "SOU"), rather than `dan+eng`: with English beside it tesseract gives a
word English's reading where that scores higher, and English has no "æ", "ø", "å"
("Beskeeftigelsesministeriet", "Udlaendinge-", "Bgrne-", "pa", "fortidspension"). Measured on
the dev letters printed and scanned (bench/metamorphic.py "scan", session 16): ft_qa and
ft_qa_ministries gave 0.9576 and 0.9735 of their own records with `dan+eng`, 0.9797 and 0.9806
with `dan`, 0.9899 and 0.9833 with `dan` and the repairs. (`dan+eng` was chosen first because
`dan` alone reads `@` as `æ`, `udvalgæft.dk`, shared/notes/pdf.md: the repairs mend that.)
Tesseract's own reading order interleaves a letter's letterhead column with the body
line by line (as pdfplumber does), so we take its word boxes and run them through the
same column split as text PDFs.
"""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .pdf_runs import Run

OCR_LANGUAGES = "dan"
OCR_DPI = 300
# Largest bitmap we render for OCR: an A3 page at 300 dpi is ~17.4 million pixels.
MAX_PIXELS = 40_000_000
# Seconds per page before tesseract is stopped (a dense rotated table takes ~4 s).
OCR_TIMEOUT = 120
# Words closer than this (points) are one run; wider gaps are columns (pdf_layout's tab).
MERGE_GAP_PT = 18
# Below this confidence tesseract's guess of a page's orientation is ignored.
MIN_ORIENTATION_CONF = 2.0


def ocr_available() -> bool:
    """pytesseract importable, the tesseract binary on PATH and both languages installed."""
    try:
        import pytesseract
    except ImportError:
        return False
    if shutil.which("tesseract") is None:
        return False
    try:
        installed = set(pytesseract.get_languages(config=""))
    except Exception:  # noqa: BLE001 - a broken tesseract install means: no OCR
        return False
    return set(OCR_LANGUAGES.split("+")) <= installed


def ocr_pages(path: Path, data: bytes, page_numbers: list[int], *,
              deadline: float | None = None) -> dict[int, tuple[str, tuple[int, int]]]:
    """(text, letterhead [start, end) or (0, 0)) of the given pages by OCR.

    Pages OCR could not read are left out.
    Returns an empty dict when OCR is not installed; the caller reports those pages.
    """
    if not page_numbers or not ocr_available():
        return {}
    import pypdfium2 as pdfium

    found: dict[int, tuple[str, tuple[int, int]]] = {}
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return found
    try:
        for number in page_numbers:
            if deadline is not None and time.monotonic() >= deadline:
                break  # the caller's time budget is spent; it reports the pages left
            rendered = _render(pdf, number)
            result = _ocr_image(_upright(rendered[0]), rendered[1]) if rendered else None
            if result is not None:
                found[number] = result
    finally:
        pdf.close()
    return found


def _render(pdf: object, number: int) -> tuple[object, float] | None:
    """(grey bitmap of the page at OCR_DPI, points per pixel); None if pdfium cannot render it."""
    import pypdfium2 as pdfium

    try:
        page = pdf[number - 1]  # type: ignore[index]
    except pdfium.PdfiumError:
        return None
    try:
        # Grey, not RGB: a third of the memory for an A4 page at 300 dpi, same words.
        width, height = page.get_size()
        # A hostile page can claim to be metres wide; cap the bitmap instead of the memory.
        scale = min(OCR_DPI / 72, 0.999 * (MAX_PIXELS / max(width * height, 1.0)) ** 0.5)  # pdfium rounds up
        return page.render(scale=scale, grayscale=True).to_pil(), 1 / scale
    except pdfium.PdfiumError:
        return None
    finally:
        page.close()  # the bitmap is all we need; keep memory flat on long scans


def _upright(image: object) -> object:
    """Turn a page scanned sideways or upside down (a table fed in landscape) upright.

    Tesseract's orientation detection needs some text; when it cannot tell, the page
    is read as it is.
    """
    import pytesseract

    try:
        osd = pytesseract.image_to_osd(image, config="--psm 0", timeout=OCR_TIMEOUT,
                                       output_type=pytesseract.Output.DICT)
    except (RuntimeError, pytesseract.TesseractError, OSError):
        return image
    angle = int(osd.get("rotate", 0) or 0)
    if angle and float(osd.get("orientation_conf", 0) or 0) >= MIN_ORIENTATION_CONF:
        return image.rotate(-angle, expand=True)  # type: ignore[attr-defined]
    return image


def _ocr_image(image: object, pt_per_px: float) -> tuple[str, tuple[int, int]] | None:
    """Words and boxes from tesseract, laid out by `split_columns`; None if tesseract fails."""
    import pytesseract

    from .pdf_letterhead import split_columns

    # One thread per page: an ingest may already run a process per core.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        data = pytesseract.image_to_data(image, lang=OCR_LANGUAGES, timeout=OCR_TIMEOUT,
                                         output_type=pytesseract.Output.DICT)
    except (RuntimeError, pytesseract.TesseractError, OSError):
        return None
    runs = _word_runs(data, image.height * pt_per_px, pt_per_px)  # type: ignore[attr-defined]
    # The bitmap's width, not the PDF page's: a page turned upright has swapped sides.
    above, head, body = split_columns(runs, image.width * pt_per_px)  # type: ignore[attr-defined]
    prefix = f"{above}\n\n" if above.strip() else ""
    block = f"{head}\n\n" if head else ""
    bounds = (len(prefix), len(prefix) + len(head)) if head else (0, 0)
    return prefix + block + body + "\n", bounds


def _word_runs(data: dict[str, list], page_height_pt: float, pt_per_px: float) -> list[Run]:
    """Tesseract's words as pdfium-like text runs in PDF points (origin bottom-left)."""
    from .pdf_runs import Run

    runs: list[Run] = []
    last_line = None
    for i, text in enumerate(data["text"]):
        if not text.strip():
            continue
        left, right = data["left"][i] * pt_per_px, (data["left"][i] + data["width"][i]) * pt_per_px
        top = page_height_pt - data["top"][i] * pt_per_px
        bottom = top - data["height"][i] * pt_per_px
        line = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        # Words joined into runs as pdfium gives them: a body line reaching past the
        # letterhead boundary must stay one run, or its last words go to the letterhead.
        if runs and line == last_line and left - runs[-1].right < MERGE_GAP_PT:
            run = runs[-1]
            run.text += " " + text
            run.right, run.top, run.bottom = right, max(run.top, top), min(run.bottom, bottom)
        else:
            runs.append(Run(left, top, right, bottom, text))
        last_line = line
    return runs
