"""OCR for pages without a text layer (optional: the `ocr` extra plus tesseract-ocr-dan).

`dan+eng` rather than `dan`: with Danish alone tesseract reads `@` as `æ`
(`udvalgæft.dk`), measured on the synthetic letter in shared/notes/pdf.md.
Tesseract's own reading order interleaves a letter's letterhead column with the body
line by line (as pdfplumber does), so we take its word boxes and run them through the
same column split as text PDFs.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

OCR_LANGUAGES = "dan+eng"
OCR_DPI = 300
# Seconds per page before tesseract is stopped (a dense rotated table takes ~4 s).
OCR_TIMEOUT = 120
_PT_PER_PX = 72 / OCR_DPI
# Words closer than this (points) are one run; wider gaps are columns (pdf_layout's tab).
MERGE_GAP_PT = 18


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


def ocr_pages(path: Path, data: bytes, page_numbers: list[int]) -> dict[int, tuple[str, tuple[int, int]]]:
    """(text, letterhead [start, end) or (0, 0)) of the given pages by OCR.

    Pages OCR could not read are left out.
    Returns an empty dict when OCR is not installed; the caller reports those pages.
    """
    if not page_numbers or not ocr_available():
        return {}
    import pypdfium2 as pdfium

    found: dict[int, tuple[str, tuple[int, int]]] = {}
    pdf = pdfium.PdfDocument(data)
    try:
        for number in page_numbers:
            page = pdf[number - 1]
            try:
                width, _ = page.get_size()
                # Grey, not RGB: a third of the memory for an A4 page at 300 dpi, same words.
                image = page.render(scale=OCR_DPI / 72, grayscale=True).to_pil()
            finally:
                page.close()  # the bitmap is all we need; keep memory flat on long scans
            result = _ocr_image(image, width)
            if result is not None:
                found[number] = result
    finally:
        pdf.close()
    return found


def _ocr_image(image: object, page_width_pt: float) -> tuple[str, tuple[int, int]] | None:
    """Words and boxes from tesseract, laid out by `split_columns`; None if tesseract fails."""
    import pytesseract

    from .pdf_layout import _Run, split_columns

    # One thread per page: an ingest may already run a process per core.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        data = pytesseract.image_to_data(image, lang=OCR_LANGUAGES, timeout=OCR_TIMEOUT,
                                         output_type=pytesseract.Output.DICT)
    except (RuntimeError, pytesseract.TesseractError, OSError):
        return None
    height_px = image.height  # type: ignore[attr-defined]
    runs: list[_Run] = []
    last_line = None
    for i, text in enumerate(data["text"]):
        if not text.strip():
            continue
        left, top = data["left"][i] * _PT_PER_PX, data["top"][i] * _PT_PER_PX
        right, bottom = left + data["width"][i] * _PT_PER_PX, top + data["height"][i] * _PT_PER_PX
        line = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        # Words joined into runs as pdfium gives them: a body line reaching past the
        # letterhead boundary must stay one run, or its last words go to the letterhead.
        if runs and line == last_line and left - runs[-1].right < MERGE_GAP_PT:
            run = runs[-1]
            run.text += " " + text
            run.right, run.bottom = right, min(run.bottom, height_px * _PT_PER_PX - bottom)
            run.top = max(run.top, height_px * _PT_PER_PX - top)
        else:
            # Pixels from the top-left to PDF points from the bottom-left, as pdfium gives them.
            runs.append(_Run(left, height_px * _PT_PER_PX - top, right, height_px * _PT_PER_PX - bottom, text))
        last_line = line
    above, head, body = split_columns(runs, page_width_pt)
    prefix = f"{above}\n\n" if above.strip() else ""
    block = f"{head}\n\n" if head else ""
    bounds = (len(prefix), len(prefix) + len(head)) if head else (0, 0)
    return prefix + block + body + "\n", bounds
