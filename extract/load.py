"""`load(path) -> Document` for PDF, HTML and text/markdown files.

Text versions of ft.dk PDFs mark each page with its page image (`1213741_0001.png`);
we split pages there, so provenance keeps ft.dk's page numbers. Form feeds split pages
too. Non-UTF-8 text is decoded (UTF-16 by BOM, then Windows-1252) with a warning, and
files that are really binary are refused.
"""
from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser
from pathlib import Path

from .document import Document, Page, Region, Segment, content_id
from .errors import CorruptDocument, EmptyDocument, NeedsOcr, TooLarge, UnreadableFile, UnsupportedFormat
from .normalise import decode_cfemail, normalise, raw_to_norm

SUFFIXES = {".pdf": "pdf", ".html": "html", ".htm": "html", ".txt": "text", ".md": "text"}
DEFAULT_MAX_MB = 25.0
DEFAULT_MAX_PAGES = 400
_MARKER = re.compile(r"(?m)^[ \t]*(\d{4,9})_(\d{4})\.png[ \t]*$")


def load(path: str | Path, *, max_mb: float = DEFAULT_MAX_MB, max_pages: int = DEFAULT_MAX_PAGES,
         ocr: bool = True) -> Document:
    """Read one file into a `Document`; raise a `SporbarError` subclass when it cannot."""
    path = Path(path)
    media = SUFFIXES.get(path.suffix.lower())
    if media is None:
        raise UnsupportedFormat(path, f"unsupported file type '{path.suffix or '(none)'}'")
    data = _read_bytes(path, max_mb)
    if not data.strip():
        raise EmptyDocument(path, "the file is empty (0 bytes)" if not data else "the file holds only whitespace",
                            advice="download it again, or remove it from the folder")
    if media == "pdf":
        return _from_pdf(path, data, max_pages=max_pages, ocr=ocr)
    text, warnings = decode_text(path, data)
    if media == "html":
        text, tables = html_to_text(text)
        return build(path, data, "html", _split_pages(text), warnings=warnings, tables=tables)
    return build(path, data, "text", _split_pages(text), warnings=warnings)


def _read_bytes(path: Path, max_mb: float) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_mb * 1024 * 1024:
            raise TooLarge(path, f"{size / 1024 / 1024:.1f} MB, over the limit of {max_mb:g} MB")
        return path.read_bytes()
    except TooLarge:
        raise
    except FileNotFoundError as exc:
        raise UnreadableFile(path, "the file does not exist (moved or deleted?)") from exc
    except IsADirectoryError as exc:
        raise UnreadableFile(path, "is a directory, not a file") from exc
    except PermissionError as exc:
        raise UnreadableFile(path, "permission denied", advice="make it readable (chmod +r) or run as its owner") from exc
    except OSError as exc:
        raise UnreadableFile(path, f"cannot be read ({exc.strerror or exc})") from exc


def decode_text(path: Path, data: bytes) -> tuple[str, tuple[str, ...]]:
    """Decode bytes to text: BOMs first, then UTF-8, then Windows-1252 with a warning."""
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return _check_printable(path, data.decode(encoding)), ()
            except UnicodeDecodeError as exc:
                raise CorruptDocument(path, f"broken {encoding} text ({exc.reason})") from exc
    head = data[:4096]
    if head.count(0) > len(head) // 4 and len(data) % 2 == 0:
        # UTF-16 without a BOM: every other byte is NUL for Latin text.
        encoding = "utf-16-le" if head[1::2].count(0) > head[0::2].count(0) else "utf-16-be"
        try:
            text = _check_printable(path, data.decode(encoding))
            return text, (f"{path}: decoded as {encoding} without BOM; re-save as UTF-8",)
        except (UnicodeDecodeError, CorruptDocument):
            pass
    try:
        return _check_printable(path, data.decode("utf-8")), ()
    except UnicodeDecodeError:
        text = _check_printable(path, data.decode("cp1252", errors="replace"))
        return text, (f"{path}: not UTF-8, decoded as Windows-1252/Latin-1; re-save as UTF-8 to be sure",)


def _check_printable(path: Path, text: str) -> str:
    sample = text[:20000]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or ch == "\ufffd")
    if sample and bad / len(sample) > 0.05:
        raise CorruptDocument(path, "binary data, not text", advice="check the file type; rename or convert it")
    return text.replace("\x00", "")


def _split_pages(text: str) -> list[str]:
    """Split at page-image markers (a marker starts its page) and form feeds."""
    pages: list[str] = []
    # Each page keeps its own line ends and form feed, so "".join(pages) is the file.
    for chunk in re.split(r"(?<=\f)", text):
        # The stamp lines above the first page's marker belong to that page.
        cuts = [m.start() for m in _MARKER.finditer(chunk) if m.start() > 0 and int(m.group(2)) > 1]
        start = 0
        for cut in cuts:
            pages.append(chunk[start:cut])
            start = cut
        pages.append(chunk[start:])
    return [p for p in pages if p] or [text]


def ftdk_document_id(text: str) -> str | None:
    """The ft.dk document id from the first page-image marker (`1213741_0001.png`)."""
    match = _MARKER.search(text)
    return match.group(1) if match else None


def build(path: Path, data: bytes, media: str, page_texts: list[str], *,
          warnings: tuple[str, ...] = (), tables: tuple = (),
          letterheads: dict[int, tuple[int, int]] | None = None) -> Document:
    pages = tuple(Page(i + 1, t) for i, t in enumerate(page_texts))
    raw = "".join(page_texts)
    # A PDF's text layer keeps its line breaks: no glued words to repair there.
    text, segments, _ = normalise(raw, glued=media != "pdf")
    segments = _split_at_pages(segments, [len(t) for t in page_texts])
    regions = []
    offset = 0
    for page in pages:
        head = (letterheads or {}).get(page.number)
        if head:
            regions.append(Region("letterhead", raw_to_norm(segments, offset + head[0]),
                                  raw_to_norm(segments, offset + head[1]), page.number))
        offset += len(page.text)
    return Document(id=content_id(data), source=str(path), media=media,  # type: ignore[arg-type]
                    pages=pages, text=text, segments=segments, regions=tuple(regions), tables=tables,
                    ftdk_document_id=ftdk_document_id(raw), warnings=warnings)


def _split_at_pages(segments: tuple[Segment, ...], lengths: list[int]) -> tuple[Segment, ...]:
    """Cut exact segments that run across a page boundary, so each lies on one page."""
    starts, pos = [], 0
    for length in lengths[:-1]:
        pos += length
        starts.append(pos)
    if not starts:
        return segments
    out: list[Segment] = []
    for seg in segments:
        cuts = [c for c in starts if seg.exact and seg.raw_start < c < seg.raw_end]
        lo = seg.raw_start
        for cut in cuts + [seg.raw_end]:
            if cut > lo or not seg.exact:
                delta = lo - seg.raw_start
                length = cut - lo if seg.exact else seg.length
                out.append(Segment(seg.norm_start + delta, lo, cut, length, seg.exact))
            lo = cut
    return tuple(out)


def _from_pdf(path: Path, data: bytes, *, max_pages: int, ocr: bool) -> Document:
    from .pdf_layout import read_pdf

    pages = read_pdf(path, data, max_pages=max_pages)
    warnings: list[str] = []
    broken = [p.number for p in pages if p.broken]
    if broken:
        warnings.append(f"{path}: pages {broken} are damaged and were left out; re-download the file")
    texts = [p.text if p.text.endswith("\n") else p.text + "\n" for p in pages]
    scanned = [p.number for p in pages if p.needs_ocr]
    ocr_heads: dict[int, tuple[int, int]] = {}
    if scanned:
        from .ocr import OCR_LANGUAGES, ocr_pages

        recovered = ocr_pages(path, data, scanned) if ocr else {}
        for number, (text, letterhead) in recovered.items():
            texts[number - 1] = text
            if letterhead != (0, 0):
                ocr_heads[number] = letterhead
        missing = [n for n in scanned if n not in recovered]
        if missing and not any(t.strip() for n, t in enumerate(texts, 1) if n not in missing):
            raise NeedsOcr(path, f"none of its {len(pages)} pages has a text layer (scanned?)",
                           advice=_ocr_advice(ocr))
        if missing:
            warnings.append(f"{path}: pages {missing} have no text layer; {_ocr_advice(ocr)}")
        elif recovered:
            warnings.append(f"{path}: pages {sorted(recovered)} were read by OCR ({OCR_LANGUAGES}); check quotes against the scan")
    tables = tuple(t for p in pages for t in p.tables)
    heads = {p.number: p.letterhead for p in pages if p.letterhead != (0, 0)} | ocr_heads
    return build(path, data, "pdf", texts, warnings=tuple(warnings), tables=tables, letterheads=heads)


def _ocr_advice(ocr: bool) -> str:
    from .ocr import ocr_available

    if not ocr:
        return "run without --no-ocr to read scanned pages"
    if not ocr_available():
        return "install the 'ocr' extra and Debian's tesseract-ocr-dan to read scanned pages"
    return "OCR found no text on them; check the scan"


class _TextOfHtml(HTMLParser):
    """HTML to text: block elements become line breaks, table cells tabs; scripts dropped."""

    BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
             "section", "article", "header", "footer", "blockquote", "pre", "dd", "dt", "hr"}
    SKIP = {"script", "style", "iframe", "noscript", "template", "object", "embed", "svg", "head"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.tables: list[list[tuple[str, ...]]] = []
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.hidden_email = 0  # depth inside an element whose text is Cloudflare's placeholder
        self.after_email = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.hidden_email:
            self.hidden_email += 1
        else:
            address = decode_cfemail(dict(attrs).get("data-cfemail") or "")
            if address:  # the real address instead of "[email protected]", a word of its own
                last = self.parts[-1][-1:] if self.parts and self.parts[-1] else "\n"
                self.handle_data(address if last.isspace() or last in "([<\"'“„" else " " + address)
                self.hidden_email = 1
                self.after_email = True
        if tag in self.SKIP:
            self.skip_depth += 1
        elif tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.cell = []
            if self.row:
                self.parts.append("\t")
        if tag in self.BLOCK:
            self.parts.append("\n")
            self.after_email = False

    def handle_endtag(self, tag: str) -> None:
        if self.hidden_email:
            self.hidden_email -= 1
        if tag in self.SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in ("td", "th") and self.row is not None and self.cell is not None:
            self.row.append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            if self.tables and any(self.row):
                self.tables[-1].append(tuple(self.row))
            self.row = None
        if tag in self.BLOCK:
            self.parts.append("\n")
            self.after_email = False

    def handle_data(self, data: str) -> None:
        if self.skip_depth or self.hidden_email:
            return
        if self.after_email and data:
            self.after_email = False
            if not (data[0].isspace() or data[0] in ")]>,.;:”\"'"):
                data = " " + data  # as the normaliser keeps the placeholder apart ("[email protected]www.bm.dk")
        self.parts.append(data)
        if self.cell is not None:
            self.cell.append(data)


def html_to_text(html: str) -> tuple[str, tuple[tuple[tuple[str, ...], ...], ...]]:
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    text = re.sub(r"[ \t]*\n[ \t\n]*\n", "\n\n", "".join(parser.parts)).strip()
    return text, tuple(tuple(t) for t in parser.tables if t)
