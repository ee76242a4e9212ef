"""The text of an OpenDocument text file (.odt), as a word processor shows it.

ODF is one of the Danish state's obligatory open standards for documents (Digitaliseringsstyrelsen,
"Obligatoriske åbne standarder", since 2008), so an authority's folder may hold .odt files beside the
Word documents and PDFs. The package is a zip of XML parts (OASIS OpenDocument 1.2); it is read with
the standard library's zipfile and lxml (already a dependency, through python-docx), as the Word
reader reads a .docx (extract/word_document.py), and the text comes out the same way:

- the letterhead: the first master page's header and footer (its first-page ones where it has
  them), once, above the body, and marked as the page's letterhead region;
- paragraphs and headings one a line; a table's rows one a line, cells apart by a tab, kept as
  tables; list items with their bullet or number as the list's style prints it;
- text boxes where they stand; comments and tracked deletions not (ODF keeps a deletion apart
  from the text, in text:tracked-changes);
- a page break where the writer put one (a paragraph style that breaks before it) or where it
  last laid out a new page (text:soft-page-break);
- footnotes and endnotes after the body, each with its number.
"""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

from .errors import CorruptDocument, EncryptedDocument, TooLarge
from . import word_document
from .word_document import NUMBER_FORMATS, WordText

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}
_TEXT_MIMETYPE = "application/vnd.oasis.opendocument.text"


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


_P, _H, _LIST, _ITEM, _HEADER_ITEM = _q("text:p"), _q("text:h"), _q("text:list"), _q("text:list-item"), _q("text:list-header")
_TABLE, _ROW, _CELL, _COVERED = _q("table:table"), _q("table:table-row"), _q("table:table-cell"), _q("table:covered-table-cell")
_SKIP = {_q("office:annotation"), _q("office:annotation-end"), _q("text:tracked-changes"), _q("text:note-citation"),
         _q("text:sequence-decls"), _q("office:forms"), _q("text:bookmark-ref")}
_BLOCKS = {_q("text:section"), _q("text:index-body"), _q("text:table-of-content"), _q("text:alphabetical-index"),
           _q("table:table-header-rows"), _q("table:table-rows"), _q("table:table-row-group"), _q("text:soft-page-break")}
_MAX_REPEAT = 64  # a cell repeated to the sheet's edge ("number-columns-repeated" 1024) is one empty cell


def odt_text(path: Path, data: bytes, *, max_chars: int) -> tuple[str, tuple[tuple[tuple[str, ...], ...], ...], int]:
    """(text, tables, end of the letterhead in the text) of an .odt file's bytes."""
    from lxml import etree  # type: ignore[import-untyped]

    parts = _parts(path, data)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        content = etree.fromstring(parts["content.xml"], parser)
        styles = etree.fromstring(parts["styles.xml"], parser) if "styles.xml" in parts else None
    except etree.XMLSyntaxError as exc:
        raise CorruptDocument(path, f"not a readable OpenDocument text (.odt): a broken XML part ({exc})") from exc
    reader = _Reader(content, styles)
    out = WordText()
    for part in reader.letterhead():
        reader.block(part, out)
    out.letterhead_end = len(out.text)
    body = content.find(f"{_q('office:body')}/{_q('office:text')}")
    if body is not None:
        reader.block(body, out)
    if reader.notes:
        out.parts.append("\n" + "".join(f"{k} {t}\n" for k, t in enumerate(reader.notes, 1)))
    return out.finished(path, max_chars)


def _parts(path: Path, data: bytes) -> dict[str, bytes]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = set(package.namelist())
            unpacked = sum(info.file_size for info in package.infolist())
            limit = word_document.MAX_UNPACKED_MB  # one limit for both packages
            if unpacked > limit * 1024 * 1024:
                raise TooLarge(path, f"the OpenDocument package unpacks to {unpacked / 1024 / 1024:,.0f} MB, "
                                     f"over the limit of {limit:g} MB")
            mimetype = package.read("mimetype").decode("ascii", "replace").strip() if "mimetype" in names else ""
            manifest = package.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in names else b""
            if b"encryption-data" in manifest:
                raise EncryptedDocument(path, "the OpenDocument file is password protected",
                                        advice="open it in LibreOffice, remove the password (File > Properties > "
                                               "Security) and save it again")
            if mimetype != _TEXT_MIMETYPE or "content.xml" not in names:
                kind = f" ({mimetype})" if mimetype else ""
                raise CorruptDocument(path, f"not an OpenDocument text (.odt){kind}",
                                      advice="open it in LibreOffice or Word and save it as .odt, .docx or PDF")
            return {name: package.read(name) for name in ("content.xml", "styles.xml") if name in names}
    except (zipfile.BadZipFile, EOFError, ValueError, KeyError) as exc:
        raise CorruptDocument(path, "not a readable OpenDocument text (.odt): the file is no zip package") from exc


class _Reader:
    """The paragraphs of an ODF text in order, with its styles' list formats and page breaks."""

    def __init__(self, content: Any, styles: Any) -> None:
        self.content, self.styles = content, styles
        self.notes: list[str] = []
        roots = [r for r in (content, styles) if r is not None]
        self.breaks = {s.get(_q("style:name")) for r in roots for s in r.iter(_q("style:style"))
                       if any(p.get(_q("fo:break-before")) == "page" for p in s.iter(_q("style:paragraph-properties")))}
        self.lists: dict[str, dict[int, tuple[str, str, str, str, int]]] = {}
        for root in roots:
            for list_style in root.iter(_q("text:list-style")):
                levels = {}
                for level in list_style:
                    depth = int(level.get(_q("text:level"), "1"))
                    if level.tag == _q("text:list-level-style-bullet"):
                        levels[depth] = ("bullet", "", "", "", 1)
                    elif level.tag == _q("text:list-level-style-number"):
                        levels[depth] = ("number", level.get(_q("style:num-format"), "") or "",
                                         level.get(_q("style:num-prefix"), "") or "",
                                         level.get(_q("style:num-suffix"), "") or "",
                                         int(level.get(_q("text:start-value"), "1")))
                self.lists[list_style.get(_q("style:name"))] = levels
        self.counters: dict[str, list[int]] = {}

    def letterhead(self) -> list[Any]:
        if self.styles is None:
            return []
        page = next(self.styles.iter(_q("style:master-page")), None)
        if page is None:
            return []
        found = []
        for first, plain in (("style:header-first", "style:header"), ("style:footer-first", "style:footer")):
            part = page.find(_q(first))
            part = part if part is not None and len(part) else page.find(_q(plain))
            if part is not None:
                found.append(part)
        return found

    def block(self, element: Any, out: WordText, list_style: str | None = None, depth: int = 0) -> None:
        for child in element:
            tag = child.tag
            if tag in (_P, _H):
                self.paragraph(child, out)
            elif tag == _LIST:
                style = child.get(_q("text:style-name")) or list_style
                if child.get(_q("text:continue-numbering")) != "true" and style and depth == 0:
                    self.counters.pop(style, None)
                for item in child:
                    if item.tag in (_ITEM, _HEADER_ITEM):
                        self.item(item, out, style, depth + 1, numbered=item.tag == _ITEM)
            elif tag == _TABLE:
                self.table(child, out)
            elif tag == _q("text:soft-page-break"):
                if out.parts:
                    out.parts.append("\f")
            elif tag in _BLOCKS:
                self.block(child, out, list_style, depth)

    def item(self, item: Any, out: WordText, style: str | None, depth: int, *, numbered: bool) -> None:
        mark = self.mark(style, depth) if numbered else ""
        first = True
        for child in item:
            if child.tag in (_P, _H) and first:
                self.paragraph(child, out, mark)
                first = False
            elif child.tag == _LIST:
                nested = child.get(_q("text:style-name")) or style
                for sub in child:
                    if sub.tag in (_ITEM, _HEADER_ITEM):
                        self.item(sub, out, nested, depth + 1, numbered=sub.tag == _ITEM)
            elif child.tag in (_P, _H):
                self.paragraph(child, out)

    def mark(self, style: str | None, depth: int) -> str:
        level = self.lists.get(style or "", {}).get(depth)
        if level is None or level[0] == "bullet":  # a list of no known style shows bullets
            return "•"
        _, fmt, prefix, suffix, start = level
        counts = self.counters.setdefault(style or "", [0] * 11)
        counts[depth] = counts[depth] + 1 if counts[depth] else start
        for deeper in range(depth + 1, 11):
            counts[deeper] = 0
        if not fmt:
            return ""
        kind = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}.get(fmt)
        return f"{prefix}{NUMBER_FORMATS[kind](counts[depth]) if kind else counts[depth]}{suffix}"

    def paragraph(self, p: Any, out: WordText, mark: str = "") -> None:
        if p.get(_q("text:style-name")) in self.breaks and out.parts:
            out.parts.append("\f")
        line: list[str] = [mark + " "] if mark else []
        boxes: list[Any] = []
        self.inline(p, line, boxes, out)
        shown = "".join(line)
        out.parts.append(shown if shown.endswith("\f") else shown + "\n")
        for box in boxes:
            self.block(box, out)

    def inline(self, element: Any, line: list[str], boxes: list[Any], out: WordText) -> None:
        if element.text:
            line.append(_spaces(element.text))
        for child in element:
            tag = child.tag
            if tag == _q("text:s"):
                line.append(" " * int(child.get(_q("text:c"), "1")))
            elif tag == _q("text:tab"):
                line.append("\t")
            elif tag == _q("text:line-break"):
                line.append("\n")
            elif tag == _q("text:soft-page-break"):
                # the writer laid out a new page here: the line ends, the next page opens (as a PDF's text layer)
                shown = "".join(line)
                line.append("\n\f" if shown.strip() and not shown.endswith(("\n", "\f")) else "\f")
            elif tag == _q("text:note"):
                body = child.find(_q("text:note-body"))
                if body is not None:
                    inner = WordText()
                    self.block(body, inner)
                    text = " ".join(inner.text.split())
                    if text:
                        self.notes.append(text)
            elif tag == _q("draw:frame"):
                boxes.extend(child.iter(_q("draw:text-box")))
            elif tag not in _SKIP:
                self.inline(child, line, boxes, out)
            if child.tail:
                line.append(_spaces(child.tail))

    def table(self, table: Any, out: WordText) -> None:
        rows: list[tuple[str, ...]] = []
        for row in table.iter(_ROW):
            if _owner_table(row) is not table:  # a nested table's rows are read in its cell
                continue
            cells: list[str] = []
            for cell in row:
                if cell.tag not in (_CELL, _COVERED):
                    continue
                inner = WordText()
                self.block(cell, inner)
                value = " ".join(inner.text.replace("\f", " ").split())
                repeat = min(int(cell.get(_q("table:number-columns-repeated"), "1")), _MAX_REPEAT)
                cells.extend([value] * (repeat if value else min(repeat, 1)))
            while cells and not cells[-1]:
                cells.pop()
            if cells:
                rows.append(tuple(cells))
        for row_cells in rows:
            out.parts.append("\t".join(row_cells) + "\n")
        if rows:
            out.tables.append(tuple(rows))


def _owner_table(row: Any) -> Any:
    parent = row.getparent()
    while parent is not None and parent.tag != _TABLE:
        parent = parent.getparent()
    return parent


def _spaces(text: str) -> str:
    """ODF collapses white space in text as HTML does (a run is one space; text:s spells out more)."""
    return re.sub(r"[ \t\r\n]+", " ", text)
