"""`load(path) -> Document` for PDF, Word (.docx), OpenDocument (.odt), HTML and text/markdown files.

Text versions of ft.dk PDFs mark each page with its page image (`1213741_0001.png`);
we split pages there, so provenance keeps ft.dk's page numbers. Form feeds split pages
too, and the page limit applies to them. Non-UTF-8 text is decoded (UTF-16 by BOM, then
Windows-1252) with a warning, a few bad bytes in UTF-8 are replaced (with a warning),
and files that are really binary are refused. Only regular files are read, and never
more bytes than the size limit: a FIFO, a device or a file that grows cannot hang or
flood the loader. HTML is parsed by an HTML5 parser (lexbor, via selectolax), not by a
tag filter: void elements and optional end tags do not swallow text.
"""
from __future__ import annotations

import bisect
import codecs
import math
import os
import re
import stat
import time
from pathlib import Path
from typing import Any

from .document import TEXT_PAGE_MARK, Document, Page, Region, Segment, content_id
from .errors import CorruptDocument, EmptyDocument, NeedsOcr, TooLarge, UnreadableFile, UnsupportedFormat
from .names import shown, source_name
from .normalise import GlueEvidence, decode_cfemail, normalise, ocr_fixed, raw_to_norm
from .page_title import PageHead, page_title
from .pdf_glued import lost_line_breaks

SUFFIXES = {".pdf": "pdf", ".html": "html", ".htm": "html", ".txt": "text", ".md": "text", ".docx": "docx",
            ".odt": "odt"}
DEFAULT_MAX_MB = 25.0
DEFAULT_MAX_PAGES = 400
# A text or HTML file counts a page per this many characters (or per form feed) against
# --max-pages. Extraction costs about 10 s per million characters of dense prose on this
# project's machines, so the default 400 pages (1,000,000 characters) is read in seconds;
# the largest dev-set texts are under 20,000 characters.
TEXT_PAGE_CHARS = 2_500
# (A line of a text file saved with Windows line ends ends in "\r" before the "\n" that "$" sees.)
_MARKER = re.compile(r"(?m)^[ \t]*(\d{4,9})_(\d{4})\.png[ \t]*\r?$")


def load(path: str | Path, *, max_mb: float = DEFAULT_MAX_MB, max_pages: int = DEFAULT_MAX_PAGES,
         ocr: bool = True) -> Document:
    """Read one file into a `Document`; raise a `SporbarError` subclass when it cannot."""
    path = Path(path)
    check_limits(max_mb, max_pages)
    media = SUFFIXES.get(path.suffix.lower())
    if media is None:
        raise UnsupportedFormat(path, f"unsupported file type '{shown(path.suffix) if path.suffix else '(none)'}'")
    data = read_limited(path, max_mb)
    if not data.strip():
        raise EmptyDocument(path, "the file is empty (0 bytes)" if not data else "the file holds only whitespace",
                            advice="download it again, or remove it from the folder")
    if media == "pdf":
        return _from_pdf(path, data, max_pages=max_pages, ocr=ocr)
    if media in ("docx", "odt"):
        return _from_word_processor(path, data, media, max_pages=max_pages)
    text, warnings = decode_text(path, data)
    # An old Mac's line end, a lone "\r", is a line end as "\n" is: one character for one, so every raw
    # offset is still the file's own. (Windows' "\r\n" is left as the file has it: the normaliser
    # evens it out with a map back, and the loader's own line patterns allow the "\r".)
    text = _LONE_CR.sub("\n", text)
    tables: tuple = ()
    head: PageHead | None = None
    if media == "html":
        try:
            text, tables, head = read_html(text, max_chars=max_pages * TEXT_PAGE_CHARS)
        except TextTooLong as exc:
            raise TooLarge(path, f"over {exc.args[0]:,} characters, more than {max_pages} pages of "
                                 f"{TEXT_PAGE_CHARS:,} (the limit of {max_pages} pages)") from exc
        if is_blank(text):
            raise EmptyDocument(path, "the HTML page holds no text, only markup",
                                advice="download it again, or remove it from the folder")
    elif is_blank(text):
        raise EmptyDocument(path, "the file holds no text (only spaces, a byte-order mark or invisible characters)",
                            advice="download it again, or remove it from the folder")
    if len(text) > max_pages * TEXT_PAGE_CHARS:  # the page limit holds for text by its length ...
        raise TooLarge(path, f"{len(text):,} characters, more than {max_pages} pages of {TEXT_PAGE_CHARS:,} "
                             f"(the limit of {max_pages} pages)")
    pages = _split_pages(text)
    numbers = _saved_page_numbers(pages) if media == "text" and len(pages) == 1 else None
    if numbers:  # a text saved from `sporbar text`: its page lines give its pages and their numbers
        pages = _split_at_page_lines(text)
    if len(pages) > max_pages:  # ... and by its form feeds, which are page breaks
        raise TooLarge(path, f"{len(pages)} pages (form feeds), over the limit of {max_pages}")
    return build(path, data, media, pages, warnings=warnings, tables=tables, page_title=page_title(head),
                 site_name=head.site_name if head else None,
                 numbers=numbers)


# A character that shows: not whitespace (any Unicode space), not a BOM or zero-width mark.
_LONE_CR = re.compile(r"\r(?!\n)")
_VISIBLE = re.compile(r"[^\s\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e]")


def is_blank(text: str) -> bool:
    """True when the text holds nothing to read (stops at the first visible character)."""
    return _VISIBLE.search(text) is None


def check_limits(max_mb: float, max_pages: int) -> None:
    """Refuse limits that are not limits (nan, infinity, zero, negative): a NaN size
    limit would compare false and let any file through."""
    if isinstance(max_mb, bool) or not isinstance(max_mb, (int, float)) or not math.isfinite(max_mb) or max_mb <= 0:
        raise ValueError(f"max_mb must be a positive number of megabytes, not {max_mb!r}")
    if isinstance(max_pages, bool) or not isinstance(max_pages, int) or max_pages < 1:
        raise ValueError(f"max_pages must be a positive whole number, not {max_pages!r}")


_FILE_TYPES = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
               (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def read_limited(path: Path, max_mb: float) -> bytes:
    """The bytes of a regular file of at most `max_mb` MB. The file type is checked
    before it is opened (a FIFO would block, /dev/zero never ends), the size before it
    is read (a sparse file claims GBs), and the read itself is bounded (a file that
    grows while read, or a device behind a symlink, cannot flood memory)."""
    check_limits(max_mb, 1)
    limit = int(max_mb * 1024 * 1024)
    try:
        info = os.stat(path)
        _check_type(path, info.st_mode)
        if info.st_size > limit:
            raise TooLarge(path, f"{info.st_size / 1024 / 1024:.1f} MB, over the limit of {max_mb:g} MB")
        # O_NONBLOCK: if the file was swapped for a FIFO since the check, open does not wait.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
        with os.fdopen(fd, "rb") as handle:
            _check_type(path, os.fstat(handle.fileno()).st_mode)
            data = handle.read(limit + 1)
    except (TooLarge, UnreadableFile):
        raise
    except FileNotFoundError as exc:
        if os.path.islink(path):
            raise UnreadableFile(path, "is a broken symbolic link (its target does not exist)") from exc
        raise UnreadableFile(path, "the file does not exist (moved or deleted?)") from exc
    except IsADirectoryError as exc:
        raise UnreadableFile(path, "is a directory, not a file") from exc
    except PermissionError as exc:
        raise UnreadableFile(path, "permission denied", advice="make it readable (chmod +r) or run as its owner") from exc
    except OSError as exc:
        if exc.errno == 40:  # ELOOP
            raise UnreadableFile(path, "is a symbolic link loop (it points back at itself)") from exc
        raise UnreadableFile(path, f"cannot be read ({exc.strerror or exc})") from exc
    if len(data) > limit:
        raise TooLarge(path, f"over {max_mb:g} MB when read (the file grew), over the limit of {max_mb:g} MB")
    return data


def _check_type(path: Path, mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise UnreadableFile(path, "is a directory, not a file")
    for test, kind in _FILE_TYPES:
        if test(mode):
            raise UnreadableFile(path, f"is {kind}, not a regular file",
                                 advice="name a regular file; Sporbar does not read pipes or devices")


def decode_text(path: Path, data: bytes) -> tuple[str, tuple[str, ...]]:
    """Decode bytes to text: BOMs first, then UTF-8, then Windows-1252 with a warning.

    A few bad bytes in otherwise good UTF-8 (or after a BOM) are replaced by U+FFFD with a
    warning, not taken as a sign of another encoding: one stray 0xFF must not turn every
    "€" of a UTF-8 file into "â‚¬". UTF-16 without a BOM keeps a trailing odd byte out.
    """
    name = shown(path)
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return _check_printable(path, data.decode(encoding)), ()
            except UnicodeDecodeError:
                text = _check_printable(path, data.decode(encoding, errors="replace"))
                label = encoding.replace("-sig", "").upper()
                return text, (_replaced(name, text, label),)
    head = data[:4096]
    if head.count(0) > len(head) // 4:
        # UTF-16 without a BOM: every other byte is NUL for Latin text.
        encoding = "utf-16-le" if head[1::2].count(0) > head[0::2].count(0) else "utf-16-be"
        even = data[:len(data) - len(data) % 2]
        try:
            text = _check_printable(path, even.decode(encoding))
            odd = "; its last odd byte was left out" if len(even) < len(data) else ""
            return text, (f"{name}: decoded as {encoding} without BOM{odd}; re-save as UTF-8",)
        except (UnicodeDecodeError, CorruptDocument):
            pass
    try:
        return _check_printable(path, data.decode("utf-8")), ()
    except UnicodeDecodeError:
        pass
    as_utf8 = data.decode("utf-8", errors="replace")
    bad = as_utf8.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    good = sum(1 for ch in as_utf8 if ch > "\x7f") - as_utf8.count("\ufffd")
    if good >= bad:  # real multi-byte UTF-8 outnumbers the bad bytes: UTF-8 with a few flaws
        text = _check_printable(path, as_utf8)
        return text, (_replaced(name, text, "UTF-8", bad),)
    text = _check_printable(path, data.decode("cp1252", errors="replace"))
    return text, (f"{name}: not UTF-8, decoded as Windows-1252/Latin-1; re-save as UTF-8 to be sure",)


def _replaced(name: str, text: str, encoding: str, bad: int | None = None) -> str:
    count = text.count("\ufffd") if bad is None else bad
    return (f"{name}: {count} byte(s) are not valid {encoding} and were replaced by U+FFFD; "
            "check the file against its source")


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


_PAGE_LINE = re.compile(rf"^[ \t]*{TEXT_PAGE_MARK}[ \t]*\r?$", re.M)


def _split_at_page_lines(text: str) -> list[str]:
    """Pages of a text saved from `sporbar text`: each page line starts its page; text above
    the first one (an excerpt that begins mid-page) is the page before it."""
    cuts = [m.start() for m in _PAGE_LINE.finditer(text) if m.start() > 0]
    bounds = [0, *cuts, len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:])]


def _saved_page_numbers(pages: list[str]) -> list[int] | None:
    """The printed numbers of the pages its page lines mark ("--- side 74 ---"), when they
    rise one by one; None for any other text, which stays one page numbered 1."""
    text = pages[0]
    marks = list(_PAGE_LINE.finditer(text))
    if not marks:
        return None
    numbers = [int(re.search(r"\d+", m.group(0)).group(0)) for m in marks]  # type: ignore[union-attr]
    if any(b != a + 1 for a, b in zip(numbers, numbers[1:])):
        return None  # not the loader's own numbering: leave the text as it is
    if marks[0].start() > 0 and text[:marks[0].start()].strip():
        if numbers[0] == 1:
            return None  # text above page 1 is no page of it
        return [numbers[0] - 1, *numbers]
    return numbers


def ftdk_document_id(text: str) -> str | None:
    """The ft.dk document id from the first page-image marker (`1213741_0001.png`)."""
    match = _MARKER.search(text)
    return match.group(1) if match else None


#: Media whose text keeps the file's own line and paragraph breaks.
_OWN_LINE_BREAKS = frozenset({"pdf", "docx", "odt"})


def glue_evidence(raw: str, media: str) -> GlueEvidence:
    """What the raw text of a file of `media` shows of a converter's lost line breaks.

    A PDF's text layer keeps its line breaks, and a Word or OpenDocument file's paragraphs are
    its own: no glued words to repair there, unless the text is a printed or pasted text version
    whose converter lost them (pdf_glued). A text file or a web page may be such a version
    itself, so its glued junctions are repaired; but a capital inside a word ("FerieKonto",
    "NaturErhvervsstyrelsen") is split only where the text shows those lost line breaks.
    """
    if lost_line_breaks(raw):
        return GlueEvidence.LOST_LINE_BREAKS
    return GlueEvidence.OWN_LINE_BREAKS if media in _OWN_LINE_BREAKS else GlueEvidence.NONE_SHOWN


def build(path: Path, data: bytes, media: str, page_texts: list[str], *,
          warnings: tuple[str, ...] = (), tables: tuple = (),
          letterheads: dict[int, tuple[int, int]] | None = None, page_title: str | None = None,
          numbers: list[int] | None = None, site_name: str | None = None,
          ocr_pages: frozenset[int] = frozenset()) -> Document:
    pages = tuple(Page(numbers[i] if numbers else i + 1, t) for i, t in enumerate(page_texts))
    raw = "".join(page_texts)
    # the spans of the pages tesseract read (`ocr_pages`), where its misreadings are mended (ocr_repair.py)
    ocr_spans, at = [], 0
    for page in pages:
        if page.number in ocr_pages:
            ocr_spans.append((at, at + len(page.text)))
        at += len(page.text)
    text, segments, _ = normalise(raw, glue_evidence=glue_evidence(raw, media), ocr=ocr_spans)
    segments = _split_at_pages(segments, [len(t) for t in page_texts])
    regions = []
    offset = 0
    for page in pages:
        head = (letterheads or {}).get(page.number)
        if head:
            regions.append(Region("letterhead", raw_to_norm(segments, offset + head[0]),
                                  raw_to_norm(segments, offset + head[1]), page.number))
        offset += len(page.text)
    # the ft.dk stamp's page image is read from the raw text, which OCR may have misread ("628348 0001.png")
    stamp = ftdk_document_id(ocr_fixed(raw, ocr_spans) if ocr_spans else raw)
    return Document(id=content_id(data), source=source_name(path), media=media,  # type: ignore[arg-type]
                    pages=pages, text=text, segments=segments, regions=tuple(regions), tables=tables,
                    ftdk_document_id=stamp, warnings=warnings, page_title=page_title,
                    site_name=" ".join(site_name.split()) if site_name and site_name.strip() else None)


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
        # The page starts inside the segment (bisect: a segment list times a page list is slow).
        cuts = starts[bisect.bisect_right(starts, seg.raw_start):bisect.bisect_left(starts, seg.raw_end)] \
            if seg.exact else []
        lo = seg.raw_start
        for cut in cuts + [seg.raw_end]:
            if cut > lo or not seg.exact:
                delta = lo - seg.raw_start
                length = cut - lo if seg.exact else seg.length
                out.append(Segment(seg.norm_start + delta, lo, cut, length, seg.exact))
            lo = cut
    return tuple(out)


def _from_word_processor(path: Path, data: bytes, media: str, *, max_pages: int) -> Document:
    """A Word (.docx) or OpenDocument (.odt) text: its text as the word processor shows it
    (extract/word_document.py, extract/open_document.py), its pages at the page breaks it laid out."""
    from .open_document import odt_text
    from .word_document import docx_text

    read = docx_text if media == "docx" else odt_text
    text, tables, letterhead_end = read(path, data, max_chars=max_pages * TEXT_PAGE_CHARS)
    if is_blank(text):
        kind = "Word document" if media == "docx" else "OpenDocument text"
        raise EmptyDocument(path, f"the {kind} holds no text", advice="check that it is the right file")
    # pages as the PDF reader gives them: each its own lines, no form feed left between them
    pages = [page for page in text.split("\f") if page]
    if len(pages) > max_pages:
        raise TooLarge(path, f"{len(pages)} pages (the document's page breaks), over the limit of {max_pages}")
    return build(path, data, media, pages, tables=tables,
                 letterheads={1: (0, letterhead_end)} if letterhead_end else None)


def _from_pdf(path: Path, data: bytes, *, max_pages: int, ocr: bool) -> Document:
    from .pdf_guard import check_inflated, garbled, strip_controls
    from .pdf_layout import read_pdf

    check_inflated(path, data)  # a flate bomb is refused before pdfium inflates it
    pages = read_pdf(path, data, max_pages=max_pages)
    warnings: list[str] = []
    broken = [p.number for p in pages if p.broken]
    if broken:
        warnings.append(f"{path}: pages {broken} are damaged and were left out; re-download the file")
    # A font without a Unicode map gives glyph codes, not letters: such a page is read like a scan.
    unmapped = [p.number for p in pages if garbled(p.text)]
    if unmapped:
        warnings.append(f"{shown(path)}: pages {unmapped} have a text layer that cannot be read (a font without "
                        "a Unicode map); their text is left out" + ("" if ocr else "; run with OCR to read them"))
    texts = ["" if p.number in unmapped else strip_controls(p.text) for p in pages]
    texts = [t if t.endswith("\n") else t + "\n" for t in texts]
    scanned = [p.number for p in pages if p.needs_ocr or p.number in unmapped]
    ocr_heads: dict[int, tuple[int, int]] = {}
    read_by_ocr: frozenset[int] = frozenset()
    if scanned:
        from .ocr import OCR_LANGUAGES, ocr_pages

        deadline = time.monotonic() + OCR_SECONDS
        recovered = ocr_pages(path, data, scanned[:OCR_PAGES], deadline=deadline) if ocr else {}
        read_by_ocr = frozenset(recovered)
        for number, (text, letterhead) in recovered.items():
            texts[number - 1] = text
            if letterhead != (0, 0):
                ocr_heads[number] = letterhead
        missing = [n for n in scanned if n not in recovered]
        budget = ocr and bool(missing) and (len(scanned) > OCR_PAGES or time.monotonic() >= deadline)
        if missing and not any(t.strip() for n, t in enumerate(texts, 1) if n not in missing):
            layer = "a readable text layer (scanned, or fonts without a Unicode map?)" if unmapped else \
                "a text layer (scanned?)"
            raise NeedsOcr(path, f"none of its {len(pages)} pages has {layer}"
                           + (f"; OCR stopped at its budget ({_ocr_budget()})" if budget else ""),
                           advice=_ocr_advice(ocr))
        if budget:
            warnings.append(f"{shown(path)}: OCR stopped at its budget ({_ocr_budget()}); pages {missing} were "
                            f"not read; split the file to OCR the rest")
        elif missing:
            warnings.append(f"{path}: pages {missing} have no text layer; {_ocr_advice(ocr)}")
        elif recovered:
            warnings.append(f"{path}: pages {sorted(recovered)} were read by OCR ({OCR_LANGUAGES}); check quotes against the scan")
    tables = tuple(t for p in pages for t in p.tables)
    heads = {p.number: p.letterhead for p in pages if p.letterhead != (0, 0)} | ocr_heads
    return build(path, data, "pdf", texts, warnings=tuple(warnings), tables=tables, letterheads=heads,
                 ocr_pages=read_by_ocr)


# OCR takes 2-7 s a page: per file, at most this many pages and seconds (a 4 KB file of
# 399 image-only pages would otherwise take up to 46 minutes).
OCR_PAGES = 30
OCR_SECONDS = 120.0


def _ocr_budget() -> str:
    return f"{OCR_PAGES} pages or {OCR_SECONDS:g} s per file"


def _ocr_advice(ocr: bool) -> str:
    from .ocr import ocr_available

    if not ocr:
        return "run without --no-ocr to read scanned pages"
    if not ocr_available():
        return "install the 'ocr' extra and Debian's tesseract-ocr-dan to read scanned pages"
    return "OCR found no text on them; check the scan"


# Elements whose content is never text of the document: code, styling, embedded or
# fallback content, the head (title and meta), frames.
_HTML_SKIP = {"script", "style", "iframe", "frame", "frameset", "noframes", "noscript", "template", "object",
              "embed", "svg", "math", "head", "canvas", "audio", "video"}
_HTML_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
               "section", "article", "header", "footer", "blockquote", "pre", "dd", "dt", "hr", "main",
               "nav", "aside", "figure", "figcaption", "address", "details", "summary", "caption"}


# A line break element ends its line once (on entering it; a void element is also "left").
_HTML_VOID_BREAKS = {"br", "hr"}
# Elements whose white space is the text's own (the source's line breaks are its lines).
_HTML_PREFORMATTED = {"pre", "textarea", "listing", "plaintext", "xmp"}
# Runs of HTML white space with a line break in them: the source's layout, not the text's.
_HTML_SPACE = re.compile(r"[ \t\f]*[\r\n][ \t\r\n\f]*")


class TextTooLong(ValueError):
    """The HTML holds more text than asked for (args[0]: the limit); raised while walking,
    before the text is joined, so a huge page costs no more copies of itself."""


def html_to_text(html: str, *, max_chars: int | None = None) -> tuple[str, tuple[tuple[tuple[str, ...], ...], ...]]:
    """HTML to text: block elements become line breaks, table cells tabs; scripts,
    styles, frames and embedded objects dropped; attributes (javascript: links, event
    handlers) never read. Parsed by lexbor (selectolax), a WHATWG HTML5 parser, so void
    elements (<embed>) and optional end tags (</head>, </p>) are what the standard says;
    the tree is walked without recursion (deep nesting is safe)."""
    text, tables, _ = read_html(html, max_chars=max_chars)
    return text, tables


def _page_head(tree: Any) -> PageHead:
    """The page's <title>, its declared site name and whether its body has a heading element."""
    def text_of(node: Any) -> str | None:
        value = " ".join((node.text(deep=True) or "").split()) if node is not None else ""
        return value or None

    site = None
    for selector in ('meta[property="og:site_name"]', 'meta[name="application-name"]'):
        node = tree.css_first(selector)
        if node is not None and (node.attributes.get("content") or "").strip():
            site = " ".join((node.attributes.get("content") or "").split())
            break
    body = tree.body
    headings = [(h.tag, value) for h in (body.css("h1, h2, h3, h4, h5, h6") if body is not None else [])
                if (value := text_of(h))]
    heading = next((v for tag, v in headings if tag == "h1"), headings[0][1] if headings else None)
    return PageHead(text_of(tree.css_first("head title") or tree.css_first("title")), site, heading)


def read_html(html: str, *, max_chars: int | None = None) -> tuple[str, tuple[tuple[tuple[str, ...], ...], ...], PageHead]:
    """`html_to_text`, and what the page says of itself in its head (extract/page_title.py)."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    text, tables = _walk_html(tree.root, html, max_chars)
    return text, tables, _page_head(tree)


def _walk_html(root: Any, html: str, max_chars: int | None) -> tuple[str, tuple[tuple[tuple[str, ...], ...], ...]]:
    limit = max_chars
    parts: list[str] = []
    tables: list[list[tuple[str, ...]]] = []
    row: list[str] | None = None
    cell: list[str] | None = None
    # Elements entered and not yet left, as (memory id, tag): the pre-order walk shows that
    # an element was left when a later node's parent is further up.
    open_elements: list[tuple[int, str]] = []
    skip_from = -1  # depth in `open_elements` of the skipped element we are in, or -1
    protected = "data-cfemail" in html  # Cloudflare hides e-mail addresses in an attribute
    after_email = False
    preformatted = 0  # open <pre>-like elements: a count, not a scan of the open elements per text node

    def leave(tag: str) -> None:
        nonlocal row, cell, after_email, preformatted
        if tag in _HTML_PREFORMATTED:
            preformatted -= 1
        if tag in ("td", "th") and row is not None and cell is not None:
            row.append(" ".join("".join(cell).split()))
            cell = None
        elif tag == "tr" and row is not None:
            if tables and any(row):
                tables[-1].append(tuple(row))
            row = None
        if tag in _HTML_BLOCK and tag not in _HTML_VOID_BREAKS:
            parts.append("\n")
            after_email = False

    def leave_up_to(parent_id: int | None) -> None:
        """Leave the open elements inside the parent (with None, all of them)."""
        nonlocal skip_from
        while open_elements and open_elements[-1][0] != parent_id:
            _, tag = open_elements.pop()
            if len(open_elements) == skip_from:
                skip_from = -1
            elif skip_from < 0:
                leave(tag)

    for node in (root.traverse(include_text=True) if root is not None else ()):
        parent = node.parent
        leave_up_to(parent.mem_id if parent is not None else 0)
        tag = node.tag or ""
        if tag == "-text":
            if skip_from < 0:
                text = node.text_content or ""
                if not preformatted:
                    # HTML's white space: a line break in the source is a space, as a browser shows it (a
                    # page's "<br>" and "<p>" break its lines; "linje<br>\nlinje" is two lines, not three)
                    text = _HTML_SPACE.sub(" ", text)
                    if not parts or parts[-1].endswith(("\n", "\t")):
                        text = text.lstrip(" ")  # nor does a line start with it
                if after_email and text:
                    after_email = False
                    if not (text[0].isspace() or text[0] in ")]>,.;:”\"'"):
                        text = " " + text  # as the normaliser keeps the placeholder apart
                parts.append(text)
                if max_chars is not None:
                    max_chars -= len(text)
                    if max_chars < 0:
                        raise TextTooLong(limit)
                if cell is not None:
                    cell.append(text)
            continue
        if not tag or tag[0] in "_-!":  # comments, doctype
            continue
        open_elements.append((node.mem_id, tag))
        if skip_from >= 0:
            continue
        address = decode_cfemail(node.attributes.get("data-cfemail") or "") if protected else None
        if address:  # the real address instead of "[email protected]", a word of its own
            last = parts[-1][-1:] if parts and parts[-1] else "\n"
            parts.append(address if last.isspace() or last in "([<\"'“„" else " " + address)
            if cell is not None:
                cell.append(address)
            after_email = True
        if address or tag in _HTML_SKIP:  # the placeholder text inside is skipped too
            skip_from = len(open_elements) - 1
            continue
        if tag == "table":
            tables.append([])
        elif tag == "tr":
            row = []
        elif tag in ("td", "th"):
            if row:
                parts.append("\t")
            cell = []
        if tag in _HTML_PREFORMATTED:
            preformatted += 1
        if tag in _HTML_BLOCK:
            parts.append("\n")
    leave_up_to(None)
    return _tidy_lines("".join(parts)), tuple(tuple(t) for t in tables if t)


def _tidy_lines(text: str) -> str:
    """Trailing spaces off, runs of blank lines to one (line by line: a regex over a long
    whitespace run backtracks)."""
    lines: list[str] = []
    for line in text.split("\n"):
        line = line.rstrip(" \t")
        if line.strip(" \t") or (lines and lines[-1]):
            lines.append(line if line.strip(" \t") else "")
    return "\n".join(lines).strip()
