"""How faithful loaded PDF text is to the PDF's own text layer.

The measure of issue 11: the share of the words of a loaded text that occur nowhere in
the text layer as pypdfium2's `get_text_range()` reads it. A doubled glyph ("REFERATAT"),
a word split by kerning ("ø nsker") or a lost letter all make words the layer does not
hold; reordering, repaired line-break hyphens and dropped running headers cost nothing.

Both sides are NFKC-normalised and casefolded before comparing, so a ligature glyph
("ﬁ") or a decomposed "å" in the layer counts as its letters; a word the layer
hyphenates at a line end ("førtids-" / "pension") is known both joined and in parts, and
a spacing accent before its letter (pdfTeX's "p˚a", the layer's way of drawing "på") is
known as the accented letter too.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

# Letters and digits, as the search index and the reader see a word.
_WORD = re.compile(r"[^\W_]+")
# A hyphen at a line end, then the next line's word; pdfium marks a line-end hyphen it
# joined itself with U+FFFE (or STX) and no line break.
_LAYER_HYPHEN = re.compile(r"(\w)(?:[-\u00ad\u2010]\s*\r?\n\s*|[\ufffe\x02]\s*)(\w)")
# Spacing accents (as TeX draws them, apart from the letter) and their combining forms.
_SPACING_ACCENTS = {"˚": "\u030a", "¨": "\u0308", "´": "\u0301", "`": "\u0300", "ˆ": "\u0302",
                    "˜": "\u0303", "¸": "\u0327", "ˇ": "\u030c"}
_ACCENT_BEFORE = re.compile(f"([{''.join(_SPACING_ACCENTS)}])[ \\t]?([^\\W\\d_])")


def words(text: str) -> list[str]:
    """The words of a text, NFKC-normalised and casefolded."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def layer_text(data: bytes) -> list[str]:
    """Each page's text as pypdfium2's `get_text_range()` gives it ('' for a broken page)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    pages = []
    try:
        for index in range(len(pdf)):
            try:
                page = pdf[index]
            except pdfium.PdfiumError:
                pages.append("")
                continue
            try:
                textpage = page.get_textpage()
                pages.append(textpage.get_text_range())
                textpage.close()
            finally:
                page.close()
    finally:
        pdf.close()
    return pages


def _repaired(text: str) -> str:
    """The layer's text with line-end hyphens joined and spacing accents on their letters."""
    joined = _LAYER_HYPHEN.sub(r"\1\2", text)
    accented = _ACCENT_BEFORE.sub(lambda m: m.group(2) + _SPACING_ACCENTS[m.group(1)], joined)
    return unicodedata.normalize("NFC", accented)


# A word hyphenated at a page's last line goes on at the next page's first: the layer
# keeps the two pages apart, with the printed page numbers between ("retspoli-" / "78.
# 79." / "tikken", dansk_folkeparti p. 40-41), which the loader keeps out of the text
# (extract/pdf_margins.py FOLIO_ATTESTED) and so joins the word. Only the ends are read.
_PAGE_END_HYPHEN = re.compile(r"(\w+)(?:[-\u00ad\u2010]|[\ufffe\x02])[ \t\r\n]*(?:\d{1,4}\.?[ \t\r\n]*){0,2}$")
_PAGE_START_WORD = re.compile(r"[ \t\r\n]*(?:\d{1,4}\.?[ \t\r\n]+){0,2}(\w+)")
_PAGE_END = 200  # characters of a page's end and start that can hold the two parts


def layer_words(pages: Iterable[str]) -> set[str]:
    """Every word of the layer: line-end hyphenation both joined and in its parts, also
    across a page break."""
    found: set[str] = set()
    previous = ""
    for text in pages:
        found.update(words(text))
        found.update(words(_repaired(text)))
        end, start = _PAGE_END_HYPHEN.search(previous[-_PAGE_END:]), _PAGE_START_WORD.match(text[:_PAGE_END])
        if end and start:
            found.update(words(end.group(1) + start.group(1)))
        previous = text
    return found


def lost_percent(loaded: str, pages: Iterable[str]) -> float:
    """The other direction: % of the layer's words (hyphens joined, accents composed) that
    the loaded text lacks. Dropped running headers and page numbers count here; a loader
    that lost text would show it."""
    have = set(words(loaded))
    tokens = [w for text in pages for w in words(_repaired(text))]
    return 100.0 * sum(1 for w in tokens if w not in have) / len(tokens) if tokens else 0.0


@dataclass(frozen=True, slots=True)
class Fidelity:
    file: str
    words: int        # words of the loaded text
    absent: int       # of those, how many the text layer does not hold
    examples: tuple[str, ...]  # the most frequent absent words, for reading

    @property
    def percent(self) -> float:
        return 100.0 * self.absent / self.words if self.words else 0.0


def fidelity(loaded: str, layer: set[str], *, file: str = "", examples: int = 8) -> Fidelity:
    """Compare a loaded text's words with the layer's word set."""
    tokens = words(loaded)
    missing = [w for w in tokens if w not in layer]
    counts: dict[str, int] = {}
    for word in missing:
        counts[word] = counts.get(word, 0) + 1
    top = tuple(sorted(counts, key=lambda w: -counts[w])[:examples])
    return Fidelity(file, len(tokens), len(missing), top)


def measure_file(path: Path, loaded: str | None = None) -> Fidelity:
    """Sporbar's loaded text of one PDF (no OCR) against its own text layer."""
    if loaded is None:
        from .load import load

        loaded = load(path, ocr=False, max_pages=10_000).text
    return fidelity(loaded, layer_words(layer_text(path.read_bytes())), file=path.name)


def total_percent(results: Iterable[Fidelity]) -> float:
    """Absent words over all files (token-weighted, as the issue's figure)."""
    results = list(results)
    total = sum(r.words for r in results)
    return 100.0 * sum(r.absent for r in results) / total if total else 0.0
