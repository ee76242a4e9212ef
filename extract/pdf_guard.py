"""Checks on a PDF's bytes and text before and after pdfium reads it.

A flate bomb (a few MB that inflate to GBs) makes pdfium hold the whole inflated content
stream in memory; we inflate every compressed stream that pdfium would read for text
(content streams, fonts, object streams; not images, which text extraction never
decodes) once, in bounded chunks that are thrown away, and refuse the file when the sum
goes over a budget. A font without a Unicode map gives pdfium glyph codes instead of
letters (æ as \\x01); `garbled_pages` finds such text layers so they are reported (and
OCR-ed when OCR is on) like scans, not stored as control characters.
"""
from __future__ import annotations

import re
import zlib
from pathlib import Path

from .errors import TooLarge

# Inflated bytes of the non-image streams of one file. The 38 real PDFs of corpus/pdf and
# shared/corpus/pdf_more inflate to 2.5 MB at most (aarhus_byraad_referat_2025-08-27.pdf,
# 1.5 MB on disk); pdfium keeps a content stream whole while it reads a page, so this
# bounds its memory, and counting stops here (about a second of inflating).
INFLATE_BUDGET_MB = 64
_STREAM = re.compile(rb"stream(?:\r\n|\n|\r)")
_CHUNK = 1 << 16


def inflated_size(data: bytes, *, budget: int) -> int:
    """Bytes the FlateDecode streams (images left out) inflate to, counted up to `budget`
    (it stops once over it)."""
    total = 0
    for match in _STREAM.finditer(data):
        header = data[max(0, match.start() - 4096):match.start()]
        header = header[header.rfind(b"obj") + 3:] if b"obj" in header else header
        if b"Flate" not in header and b"/Fl" not in header or b"/Image" in header:
            continue
        inflater = zlib.decompressobj()
        pos = match.end()
        try:
            while not inflater.eof and pos < len(data) and total <= budget:
                total += len(inflater.decompress(data[pos:pos + _CHUNK], _CHUNK * 16))
                pos += _CHUNK
                while inflater.unconsumed_tail and total <= budget:
                    total += len(inflater.decompress(inflater.unconsumed_tail, _CHUNK * 16))
        except zlib.error:
            continue  # encrypted or damaged: pdfium will say what it makes of it
        if total > budget:
            break
    return total


def check_inflated(path: Path, data: bytes) -> None:
    budget = INFLATE_BUDGET_MB * 1024 * 1024
    if inflated_size(data, budget=budget) > budget:
        raise TooLarge(path, f"its compressed streams unpack to over {INFLATE_BUDGET_MB} MB "
                             f"(from {len(data) / 1024 / 1024:.1f} MB; a 'zip bomb'?)",
                       advice="check where the file comes from; a real document this large must be split")


# Glyph codes that reach the text when a font has no Unicode map: C0 controls (other
# than line and page breaks) and U+FFFD.
_GARBLE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
GARBLED_SHARE = 0.2
MIN_GARBLED = 20


def garbled(text: str) -> bool:
    """True when a page's text is mostly glyph codes, not letters."""
    bad = len(_GARBLE.findall(text))
    visible = len(text) - sum(1 for ch in text if ch.isspace())
    return bad >= MIN_GARBLED and bad > GARBLED_SHARE * max(visible, 1)


def strip_controls(text: str) -> str:
    """The text without stray glyph codes (a few in a readable page)."""
    return _GARBLE.sub("", text)
