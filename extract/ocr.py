"""OCR for pages without a text layer (optional: the `ocr` extra plus tesseract-ocr-dan).

`dan+eng` rather than `dan`: with Danish alone tesseract reads `@` as `æ`
(`udvalgæft.dk`), measured on the synthetic letter in shared/notes/pdf.md.
"""
from __future__ import annotations

import shutil
from pathlib import Path

OCR_LANGUAGES = "dan+eng"
OCR_DPI = 300


def ocr_available() -> bool:
    try:
        import pytesseract  # noqa: F401
    except ImportError:
        return False
    return shutil.which("tesseract") is not None


def ocr_pages(path: Path, data: bytes, page_numbers: list[int]) -> dict[int, str]:
    """Text of the given pages by OCR; an empty dict when OCR is not installed."""
    if not page_numbers or not ocr_available():
        return {}
    import pypdfium2 as pdfium
    import pytesseract

    found: dict[int, str] = {}
    pdf = pdfium.PdfDocument(data)
    try:
        for number in page_numbers:
            page = pdf[number - 1]
            image = page.render(scale=OCR_DPI / 72).to_pil()
            page.close()
            found[number] = pytesseract.image_to_string(image, lang=OCR_LANGUAGES)
    finally:
        pdf.close()
    return found
