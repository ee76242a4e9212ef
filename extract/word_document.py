"""The text of a Word document (.docx), as Word shows it.

Ministries draft their answers in Word, and kommuner and STAR publish notater and skrivelser as
Word files; a secretary's folder holds them beside the PDFs. The package is opened with
python-docx (the zip, its parts and relationships); the text is read from the parts' XML in
document order, because python-docx's `Paragraph.text` leaves out what a letter keeps in text
boxes and content controls, and has no list numbers:

- the letterhead: the first section's header and footer (its first-page ones when the first page
  has its own), once, above the body, and marked as the page's letterhead region;
- paragraphs, one a line; a table's rows one a line, cells apart by a tab (as the HTML reader
  writes them), and kept as tables;
- list numbers and bullets as Word prints them ("1.", "a)", "•"), from numbering.xml;
- text boxes and content controls where they stand; tracked deletions and field codes not
  (what the document says now, not its history or its machinery);
- a page break where Word put one ("w:br" of type page, "pageBreakBefore") or where Word last
  laid out a new page ("w:lastRenderedPageBreak"), so provenance keeps Word's page numbers;
- footnotes and endnotes after the body, each with its number.
"""
from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import CorruptDocument, EncryptedDocument, TooLarge

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a compound file: Word 97-2003, or an encrypted .docx
# How far the package's XML may unpack: a letter's is well under 1 MB; a "zip bomb" claims gigabytes.
MAX_UNPACKED_MB = 200.0
# a list level's number format (OOXML numFmt) -> the number as printed
NUMBER_FORMATS = {"decimal": lambda n: str(n), "lowerLetter": lambda n: _letters(n).lower(),
                  "upperLetter": lambda n: _letters(n), "lowerRoman": lambda n: _roman(n).lower(),
                  "upperRoman": lambda n: _roman(n), "decimalZero": lambda n: f"{n:02d}"}


@dataclass
class WordText:
    """The text read so far, its tables, and where the letterhead ends."""

    parts: list[str] = field(default_factory=list)
    tables: list[tuple[tuple[str, ...], ...]] = field(default_factory=list)
    letterhead_end: int = 0

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def finished(self, path: Path, max_chars: int) -> tuple[str, tuple[tuple[tuple[str, ...], ...], ...], int]:
        """(text, tables, end of the letterhead in the text): blank lines run together as a page shows them, the
        text's length bounded (the Word and the OpenDocument reader alike)."""
        text = re.sub(r"\n{3,}", "\n\n", self.text.strip("\n")) + "\n"
        if len(text) > max_chars:
            raise TooLarge(path, f"over {max_chars:,} characters of text")
        # the letterhead's end, counted in the tidied text (only blank lines above it can have gone)
        head = re.sub(r"\n{3,}", "\n\n", self.text[:self.letterhead_end].strip("\n"))
        return text, tuple(self.tables), len(head) + 1 if head else 0


def docx_text(path: Path, data: bytes, *, max_chars: int) -> tuple[str, tuple[tuple[tuple[str, ...], ...], ...], int]:
    """(text, tables, end of the letterhead in the text) of a .docx file's bytes."""
    document = _open(path, data)
    numbering = _Numbering(document)
    out = WordText()
    section = document.sections[0]
    first = section.different_first_page_header_footer
    for part in (section.first_page_header if first else section.header,
                 section.first_page_footer if first else section.footer):
        if not part.is_linked_to_previous:
            _block(part._element, out, numbering)
    out.letterhead_end = len(out.text)
    _block(document.element.body, out, numbering)
    for name in ("footnotes", "endnotes"):
        _notes(document, name, out)
    return out.finished(path, max_chars)


def _open(path: Path, data: bytes) -> Any:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if data.startswith(_OLE):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise EncryptedDocument(path, "the Word document is password protected",
                                    advice="open it in Word, remove the password (File > Info > Protect "
                                           "Document) and save it again")
        raise CorruptDocument(path, "an old Word 97-2003 document (.doc) under a .docx name, not a .docx",
                              advice="open it in Word or LibreOffice and save it as .docx or PDF")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            unpacked = sum(info.file_size for info in package.infolist())
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise CorruptDocument(path, "not a readable Word document (.docx): the file is no zip package") from exc
    if unpacked > MAX_UNPACKED_MB * 1024 * 1024:
        raise TooLarge(path, f"the Word package unpacks to {unpacked / 1024 / 1024:,.0f} MB, "
                             f"over the limit of {MAX_UNPACKED_MB:g} MB")
    try:
        return docx.Document(io.BytesIO(data))
    except PackageNotFoundError as exc:
        raise CorruptDocument(path, "not a readable Word document (.docx): no document part in the package") from exc
    except ValueError as exc:  # a template, a macro-enabled file or another Office type under the name
        raise CorruptDocument(path, f"not a Word document (.docx): {exc}",
                              advice="open it in Word and save it as a Word document (.docx) or PDF") from exc
    except (KeyError, zipfile.BadZipFile, EOFError, OSError) as exc:
        raise CorruptDocument(path, f"not a readable Word document (.docx): {exc}") from exc
    except Exception as exc:  # lxml's XMLSyntaxError for a broken part; the name stays lxml's own
        if type(exc).__name__ == "XMLSyntaxError":
            raise CorruptDocument(path, f"not a readable Word document (.docx): a broken XML part ({exc})") from exc
        raise


def _block(element: Any, out: WordText, numbering: _Numbering) -> None:
    """Paragraphs and tables of a body, header, cell, text box or content control, in order."""
    for child in element:
        tag = child.tag
        if tag == W + "p":
            _paragraph(child, out, numbering)
        elif tag == W + "tbl":
            _table(child, out, numbering)
        elif tag == W + "sdt":
            content = child.find(W + "sdtContent")
            if content is not None:
                _block(content, out, numbering)
        elif tag in (W + "customXml", W + "ins"):
            _block(child, out, numbering)


def _paragraph(p: Any, out: WordText, numbering: _Numbering) -> None:
    props = p.find(W + "pPr")
    before = props.find(W + "pageBreakBefore") if props is not None else None
    if before is not None and before.get(W + "val", "1") not in ("0", "false") and out.parts:
        out.parts.append("\f")
    mark = numbering.mark(props)
    line: list[str] = [mark + " "] if mark else []
    boxes: list[Any] = []
    broken = False
    for item in _runs(p):
        tag = item.tag
        if tag == W + "t":
            line.append(item.text or "")
        elif tag in (W + "tab", W + "ptab"):  # a tab, or an absolute-position tab (a right-aligned date)
            line.append("\t")
        elif tag in (W + "br", W + "cr") and item.get(W + "type") != "page":
            line.append("\n")
        elif tag in (W + "br", W + "lastRenderedPageBreak"):
            # a page ends as a PDF's text layer ends one: the line ends, a form feed opens the next page
            # (a page break alone in its paragraph, as Word's Ctrl+Enter makes it, adds no blank line)
            if tag == W + "br" or out.parts or "".join(line).strip():
                shown = "".join(line)
                line.append("\n\f" if shown.strip() and not shown.endswith(("\n", "\f")) else "\f")
                broken = True
        elif tag == W + "noBreakHyphen":
            line.append("-")
        elif tag == W + "txbxContent":
            boxes.append(item)
    shown = "".join(line)
    out.parts.append(shown if broken and shown.endswith("\f") else shown + "\n")
    for box in boxes:
        _block(box, out, numbering)


def _runs(element: Any) -> Iterator[Any]:
    """The text-bearing elements of a paragraph in order, less deleted text, field codes and a
    drawing's fallback copy; a text box is given whole, to be read after its paragraph."""
    for child in element:
        tag = child.tag
        if tag in (W + "del", W + "moveFrom", W + "pPr", W + "rPr", W + "instrText", W + "delText", _MC_FALLBACK):
            continue
        if tag == W + "txbxContent":
            yield child
            continue
        if tag in (W + "t", W + "tab", W + "ptab", W + "br", W + "cr", W + "lastRenderedPageBreak", W + "noBreakHyphen"):
            yield child
            continue
        yield from _runs(child)


def _table(tbl: Any, out: WordText, numbering: _Numbering) -> None:
    rows: list[tuple[str, ...]] = []
    for tr in tbl.iter(W + "tr"):
        if tr.getparent() is not tbl:  # a nested table's rows are read in its cell
            continue
        cells = []
        for tc in tr.findall(W + "tc"):
            inner = WordText()
            _block(tc, inner, numbering)
            cells.append(" ".join(inner.text.replace("\f", " ").split()))
        rows.append(tuple(cells))
    for row in rows:
        out.parts.append("\t".join(row) + "\n")
    if rows:
        out.tables.append(tuple(rows))


def _notes(document: Any, name: str, out: WordText) -> None:
    """Footnotes or endnotes after the body: "1 Kilde: ..." (ids below 1 are Word's separators)."""
    from docx.oxml.parser import parse_xml

    for part in document.part.package.iter_parts():
        if str(part.partname) != f"/word/{name}.xml":
            continue
        notes = []
        for note in parse_xml(part.blob):
            if int(note.get(W + "id", "0")) < 1:
                continue
            inner = WordText()
            _block(note, inner, _Numbering(None))
            text = " ".join(inner.text.split())
            if text:
                notes.append(text)
        if notes:
            out.parts.append("\n" + "".join(f"{k} {t}\n" for k, t in enumerate(notes, 1)))


class _Numbering:
    """Word's list numbers: numbering.xml's formats per list and level, counted as the paragraphs go."""

    def __init__(self, document: Any) -> None:
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}  # (numId, ilvl) -> (format, text, start)
        self.styles: dict[str, tuple[str, int]] = {}
        self.counts: dict[str, list[int]] = {}
        if document is None:
            return
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            root = None
        if root is not None:
            abstract = {a.get(W + "abstractNumId"): a for a in root.findall(W + "abstractNum")}
            for num in root.findall(W + "num"):
                ref = num.find(W + "abstractNumId")
                definition = abstract.get(ref.get(W + "val")) if ref is not None else None
                if definition is None:
                    continue
                for lvl in definition.findall(W + "lvl"):
                    fmt, text, start = lvl.find(W + "numFmt"), lvl.find(W + "lvlText"), lvl.find(W + "start")
                    self.levels[(num.get(W + "numId"), int(lvl.get(W + "ilvl", "0")))] = (
                        fmt.get(W + "val") if fmt is not None else "decimal",
                        text.get(W + "val") if text is not None else "",
                        int(start.get(W + "val")) if start is not None else 1)
        for style in document.styles.element.findall(W + "style"):
            found = _num_pr(style.find(W + "pPr"))
            if found:
                self.styles[style.get(W + "styleId")] = found

    def mark(self, props: Any) -> str:
        found = _num_pr(props)
        if found is None and props is not None:
            style = props.find(W + "pStyle")
            found = self.styles.get(style.get(W + "val")) if style is not None else None
        if not found or (found[0], found[1]) not in self.levels:
            return ""
        num_id, level = found
        counts = self.counts.setdefault(num_id, [0] * 9)
        fmt, text, start = self.levels[(num_id, level)]
        counts[level] = counts[level] + 1 if counts[level] else start
        for deeper in range(level + 1, 9):
            counts[deeper] = 0
        if fmt == "bullet":
            return "•"
        if fmt == "none":
            return text.strip()

        def number(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            lvl_fmt, _, lvl_start = self.levels.get((num_id, k), ("decimal", "", 1))
            return NUMBER_FORMATS.get(lvl_fmt, NUMBER_FORMATS["decimal"])(counts[k] or lvl_start)

        return re.sub(r"%([1-9])", number, text).strip()


def _num_pr(props: Any) -> tuple[str, int] | None:
    numbered = props.find(W + "numPr") if props is not None else None
    if numbered is None:
        return None
    num, level = numbered.find(W + "numId"), numbered.find(W + "ilvl")
    if num is None or num.get(W + "val") == "0":  # numId 0: numbering taken off
        return None
    return num.get(W + "val"), int(level.get(W + "val")) if level is not None else 0


def _letters(n: int) -> str:
    out = ""
    while n > 0:
        n, rest = divmod(n - 1, 26)
        out = chr(65 + rest) + out
    return out


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out
