"""OCR of image-only PDF pages (tesseract dan), and its absence reported clearly."""
from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from extract.errors import NeedsOcr
from extract.load import load
from extract.ocr import OCR_LANGUAGES, ocr_available

SYNTHETIC = Path(__file__).resolve().parents[2] / "corpus" / "pdf" / "synthetic"
SCAN = SYNTHETIC / "ministry_letter_seed000_imageonly_300dpi.pdf"
TEXT_LAYER = SYNTHETIC / "ministry_letter_seed000_reportlab.pdf"

needs_tesseract = pytest.mark.skipif(not ocr_available(), reason="tesseract with dan not installed")


@pytest.fixture(scope="module")
def ocr_doc():
    return load(SCAN, ocr=True)


def test_without_ocr_a_scan_is_one_clear_error() -> None:
    with pytest.raises(NeedsOcr) as info:
        load(SCAN, ocr=False)
    message = info.value.message
    assert message == f"{SCAN}: none of its 2 pages has a text layer (scanned?); run without --no-ocr to read scanned pages"


def test_without_tesseract_the_advice_is_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import extract.ocr

    monkeypatch.setattr(extract.ocr, "ocr_available", lambda: False)
    with pytest.raises(NeedsOcr) as info:
        load(SCAN, ocr=True)
    assert info.value.message.endswith("; install the 'ocr' extra and Debian's tesseract-ocr-dan to read scanned pages")


def test_the_language_is_danish() -> None:
    # with English beside it tesseract reads Danish words without æ, ø, å ("fortidspension"); Danish alone reads
    # '@' as 'æ', which extract/ocr_repair.py mends (extract/ocr.py)
    assert OCR_LANGUAGES == "dan"


@pytest.mark.slow
@needs_tesseract
def test_ocr_text_is_close_to_the_text_layer_version(ocr_doc) -> None:
    reference = load(TEXT_LAYER).text
    similarity = difflib.SequenceMatcher(None, ocr_doc.text, reference, autojunk=False).ratio()
    assert similarity >= 0.9, similarity
    words = difflib.SequenceMatcher(None, ocr_doc.text.split(), reference.split(), autojunk=False).ratio()
    assert words >= 0.85, words


@pytest.mark.slow
@needs_tesseract
def test_ocr_keeps_the_letterhead_column_apart(ocr_doc) -> None:
    heads = [r for r in ocr_doc.regions if r.kind == "letterhead"]
    assert [r.page for r in heads] == [1]
    letterhead = ocr_doc.text[heads[0].start:heads[0].end]
    assert "Ved Stranden 8" in letterhead and "CVR 10172748" in letterhead
    assert "J.nr. 2017 - 6136" in letterhead
    # The body lines are whole: no letterhead text spliced into them.
    assert "Spørgsmålet er stillet efter ønske fra Finn Sørensen (EL)." in ocr_doc.text


@pytest.mark.slow
@needs_tesseract
def test_ocr_pages_are_marked_and_cited_on_their_page(ocr_doc) -> None:
    assert any("read by OCR" in w for w in ocr_doc.warnings)
    assert [p.number for p in ocr_doc.pages] == [1, 2]
    svar = ocr_doc.text.index("Svar:")
    assert ocr_doc.span(svar, svar + 5).page == 1
    tail = ocr_doc.text.rstrip()[-20:]
    assert ocr_doc.span(len(ocr_doc.text.rstrip()) - 1, len(ocr_doc.text.rstrip())).page == 2, tail


@pytest.mark.slow
@needs_tesseract
def test_a_page_scanned_sideways_is_turned_upright() -> None:
    # A real kommune table scanned in landscape (corpus/pdf, rotated 90 degrees).
    doc = load(SYNTHETIC.parent / "ballerup_ejendomsoversigt_scan_p1-2.pdf")
    assert doc.text.startswith("BALLERUP")
    assert "Ejendomsoversigt" in doc.text
    rows = [line for line in doc.text.splitlines() if line.startswith("031.001.0")]
    assert len(rows) >= 4 and "Damgårdsparken" in rows[0]


def test_a_page_claiming_to_be_metres_wide_is_rendered_within_the_pixel_cap(tmp_path: Path) -> None:
    import pypdfium2 as pdfium
    from PIL import Image

    from extract.ocr import MAX_PIXELS, OCR_DPI, _render

    path = tmp_path / "huge_page.pdf"
    Image.new("L", (2000, 2000), 255).save(path, "PDF", resolution=10)  # a 5 x 5 metre page
    pdf = pdfium.PdfDocument(path)
    try:
        rendered = _render(pdf, 1)
    finally:
        pdf.close()
    assert rendered is not None
    image, pt_per_px = rendered
    assert image.width * image.height <= MAX_PIXELS
    assert pt_per_px > 72 / OCR_DPI  # coarser than 300 dpi, and the caller knows by how much
