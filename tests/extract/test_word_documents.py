"""A Word document (.docx) or an OpenDocument text (.odt) says what its text says.

Ministries draft answers in Word and kommuner publish notater as Word files; a secretary's folder
holds them beside the PDFs. Every bundled dev letter, seed, STAR and policy text written as a Word
document (tests/fixtures/word_print.py: a paragraph a line, tab rows as a Word table, page lines as
page breaks) must give the record the text gives, field for field; Word's own machinery (a
letterhead in the page header, list numbers, text boxes, tracked deletions, Word's page breaks,
footnotes) is read as Word shows the document; a broken, encrypted or old-format file is refused
with a message naming the file and the problem.
"""
from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest

from extract import word_document
from extract.errors import CorruptDocument, EmptyDocument, EncryptedDocument, TooLarge
from extract.load import load
from tests.dev_records import dev_record_fields as _dev_record
from tests.dev_records import record_fields as _record
from tests.fixtures.word_print import print_docx, print_odt

_CORPUS = Path(__file__).resolve().parents[2] / "corpus"
_SETS = ("ft_qa", "ft_qa_ministries", "seeds", "star", "policy")
_TEXTS = [p for s in _SETS for p in sorted((_CORPUS / s).glob("*.txt"))]


def test_the_texts_are_there() -> None:
    assert len(_TEXTS) >= 75


@pytest.mark.parametrize("suffix", [".docx", ".odt"])
@pytest.mark.parametrize("path", _TEXTS, ids=lambda p: p.stem)
def test_a_text_written_as_a_word_document_gives_the_same_record(tmp_path: Path, path: Path, suffix: str) -> None:
    write = print_docx if suffix == ".docx" else print_odt
    copy = write(path.read_text(encoding="utf-8"), tmp_path / (path.stem + suffix))
    sidecar = path.with_suffix(".meta.json")
    if sidecar.exists():
        shutil.copy(sidecar, tmp_path / sidecar.name)  # an address the extractor reads
    assert _record(copy) == _dev_record(path)


# The letterhead of corpus/ft_qa/beu-2012-13-l53-spm22-svar (its ministry block, date and J.nr.)
# in the page header, as a ministry's Word template holds it; the body in the document.
_HEAD = ["Beskæftigelsesministeriet", "Ved Stranden 8", "1061 København K", "T 72 20 50 00", "www.bm.dk",
         "", "29. november 2012", "J.nr. 2012-9497"]
_BODY = """Folketingets Beskæftigelsesudvalg
Christiansborg
1240 København K

Beskæftigelsesudvalget har i brev af 15. november 2012 stillet følgende spørgsmål nr. 22 (L 53), som hermed besvares.

Spørgsmål nr. 22:
”Ministeren bedes kommentere henvendelsen af 14. november 2012 fra Anita Lanng, jf. L 53 – bilag 19?”

Svar:
I dag afhænger tilskuddet til arbejdsgiveren af den ansattes arbejdsevne i fleksjobbet.

Venlig hilsen
Mette Frederiksen
"""


@pytest.mark.parametrize("suffix", [".docx", ".odt"])
def test_a_letterhead_in_the_page_header_is_read_as_the_letterhead(tmp_path: Path, suffix: str) -> None:
    write = print_docx if suffix == ".docx" else print_odt
    in_header = write(_BODY, tmp_path / ("header" + suffix), header=_HEAD)
    in_text = tmp_path / "text.txt"
    in_text.write_text("\n".join(_HEAD) + "\n" + _BODY, encoding="utf-8")
    record = _record(in_header)
    assert (record["ministry"], record["answer_date"], record["journal_number"], record["signed_by"]) == \
        ("Beskæftigelsesministeriet", "2012-11-29", "2012-9497", "Mette Frederiksen")
    assert record == _record(in_text)
    doc = load(in_header)
    assert [(r.kind, r.page) for r in doc.regions] == [("letterhead", 1)]
    head = doc.regions[0]
    assert doc.text[head.start:head.end].split("\n")[0] == "Beskæftigelsesministeriet"


def _with_body(tmp_path: Path, name: str, body_xml: str) -> Path:
    """A Word document whose body is `body_xml` (WordprocessingML paragraphs), on python-docx's template."""
    import docx

    path = tmp_path / name
    docx.Document().save(str(path))
    source = zipfile.ZipFile(path)
    parts = {info.filename: source.read(info.filename) for info in source.infolist()}
    source.close()
    xml = parts["word/document.xml"].decode("utf-8")
    start = xml.index("<w:body>") + len("<w:body>")
    parts["word/document.xml"] = (xml[:start] + body_xml + xml[start:]).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name_, data in parts.items():
            out.writestr(name_, data)
    return path


def _p(*runs: str) -> str:
    return "<w:p>" + "".join(runs) + "</w:p>"


def _r(inner: str) -> str:
    return f"<w:r>{inner}</w:r>"


def _t(text: str) -> str:
    return _r(f'<w:t xml:space="preserve">{text}</w:t>')


def test_words_machinery_is_read_as_word_shows_it(tmp_path: Path) -> None:
    body = "".join([
        # a tracked deletion is gone, a tracked insertion stands; a field's code is no text, its result is
        _p(_t("Aftalen blev indgået i "), '<w:del w:id="1" w:author="x"><w:r><w:delText>2013</w:delText></w:r></w:del>',
           '<w:ins w:id="2" w:author="x">' + _t("2014") + "</w:ins>", _t(".")),
        _p(_r('<w:fldChar w:fldCharType="begin"/>'), _r('<w:instrText> PAGE </w:instrText>'),
           _r('<w:fldChar w:fldCharType="separate"/>'), _t("Side 1"), _r('<w:fldChar w:fldCharType="end"/>')),
        # a soft hyphen is no character; a non-breaking hyphen is a hyphen; a tab a tab
        _p(_t("Beskæftigelses"), _r("<w:softHyphen/>"), _t("indsatsen i 2"), _r("<w:noBreakHyphen/>"),
           _t("årige forløb"), _r("<w:tab/>"), _t("slut")),
        # a date set at the right margin by an absolute-position tab
        _p(_t("J.nr. 2012-9497"), _r('<w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/>'),
           _t("29. november 2012")),
        # Word laid out a new page inside this paragraph: the page ends at that line
        _p(_t("Indikatoren opgøres som andelen af"), _r("<w:lastRenderedPageBreak/>"), _t(" ledige i job.")),
        # a content control's text is the document's text
        '<w:sdt><w:sdtContent>' + _p(_t("Med venlig hilsen")) + "</w:sdtContent></w:sdt>",
    ])
    doc = load(_with_body(tmp_path, "machinery.docx", body))
    assert [p.number for p in doc.pages] == [1, 2]
    assert doc.pages[0].text == ("Aftalen blev indgået i 2014.\nSide 1\nBeskæftigelsesindsatsen i 2-årige forløb\tslut\n"
                                 "J.nr. 2012-9497\t29. november 2012\n"
                                 "Indikatoren opgøres som andelen af\n")
    assert doc.pages[1].text == " ledige i job.\nMed venlig hilsen\n"


def test_list_numbers_and_bullets_are_printed_as_word_prints_them(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Resultatmål:")
    for goal in ("Flere i job", "Færre på offentlig forsørgelse", "Kortere sagsbehandlingstid"):
        document.add_paragraph(goal, style="List Number")
    document.add_paragraph("Midlerne går til:")
    for item in ("kurser", "mentorer"):
        document.add_paragraph(item, style="List Bullet")
    path = tmp_path / "lists.docx"
    document.save(str(path))
    assert load(path).pages[0].text == ("Resultatmål:\n1. Flere i job\n2. Færre på offentlig forsørgelse\n"
                                        "3. Kortere sagsbehandlingstid\nMidlerne går til:\n• kurser\n• mentorer\n")


def test_a_table_is_rows_of_cells_and_kept_as_a_table(tmp_path: Path) -> None:
    path = print_docx("Ledighed i udvalgte kommuner:\nKommune\tAntal\nAarhus\t12\nOdense\t9\n", tmp_path / "t.docx")
    doc = load(path)
    assert "Kommune\tAntal\nAarhus\t12\nOdense\t9\n" in doc.text
    assert doc.tables == ((("Kommune", "Antal"), ("Aarhus", "12"), ("Odense", "9")),)


def _plain(name: str, tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _other_office_file() -> bytes:
    """A spreadsheet's package (its content types say so) under a .docx name."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                         'package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/'
                         'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>')
        package.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                         'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                         'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        package.writestr("xl/workbook.xml", "<workbook/>")
    return out.getvalue()


_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _odt_package(mimetype: str, manifest: str = "") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("mimetype", mimetype)
        package.writestr("META-INF/manifest.xml", manifest or "<manifest/>")
        package.writestr("content.xml", "<office:document-content/>")
    return out.getvalue()


@pytest.mark.parametrize(("name", "data", "error", "words"), [
    ("broken.docx", b"PK\x03\x04 not really a zip", CorruptDocument, "not a readable Word document"),
    ("text.docx", "Svar: Jeg kan oplyse ...".encode("utf-8"), CorruptDocument, "no zip package"),
    ("locked.docx", _OLE + b"\x00" * 64 + "EncryptedPackage".encode("utf-16-le"), EncryptedDocument, "password"),
    ("old.docx", _OLE + b"\x00" * 512 + "WordDocument".encode("utf-16-le"), CorruptDocument, "Word 97-2003"),
    ("sheet.docx", _other_office_file(), CorruptDocument, "not a"),
    # OpenDocument
    ("broken.odt", b"PK\x03\x04 not really a zip", CorruptDocument, "not a readable OpenDocument text"),
    ("locked.odt", _odt_package("application/vnd.oasis.opendocument.text",
                                '<manifest:file-entry><manifest:encryption-data/></manifest:file-entry>'),
     EncryptedDocument, "password"),
    ("sheet.odt", _odt_package("application/vnd.oasis.opendocument.spreadsheet"), CorruptDocument,
     "not an OpenDocument text (.odt) (application/vnd.oasis.opendocument.spreadsheet)"),
])
def test_a_bad_word_or_open_document_file_gives_one_clear_error(tmp_path: Path, name: str, data: bytes,
                                                                 error: type[Exception], words: str) -> None:
    path = _plain(name, tmp_path, data)
    with pytest.raises(error) as info:
        load(path)
    assert name in str(info.value) and words in str(info.value)


def test_an_empty_word_document_is_empty(tmp_path: Path) -> None:
    import docx

    path = tmp_path / "tom.docx"
    docx.Document().save(str(path))
    with pytest.raises(EmptyDocument, match="tom.docx: the Word document holds no text"):
        load(path)


@pytest.mark.parametrize(("suffix", "kind"), [(".docx", "Word"), (".odt", "OpenDocument")])
def test_a_package_that_unpacks_past_the_limit_is_refused_before_it_is_read(tmp_path: Path, suffix: str, kind: str,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    write = print_docx if suffix == ".docx" else print_odt
    path = write("Svar:\nJeg kan oplyse, at måltal ikke anvendes.\n", tmp_path / ("bomb" + suffix))
    monkeypatch.setattr(word_document, "MAX_UNPACKED_MB", 0.001)  # a zip bomb's claim, scaled to a small file
    with pytest.raises(TooLarge, match=f"bomb{suffix}: the {kind} package unpacks to"):
        load(path)


_FOOTNOTES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
              '<w:footnote w:id="1"><w:p><w:r><w:t xml:space="preserve">Kilde: jobindsats.dk, ydelsesgrupper.</w:t>'
              '</w:r></w:p></w:footnote></w:footnotes>')


def test_footnotes_follow_the_body_with_their_numbers(tmp_path: Path) -> None:
    path = _with_body(tmp_path, "noter.docx", _p(_t("Andelen er steget siden 2014."),
                                                 _r('<w:footnoteReference w:id="1"/>')))
    source = zipfile.ZipFile(path)
    parts = {info.filename: source.read(info.filename) for info in source.infolist()}
    source.close()
    parts["word/footnotes.xml"] = _FOOTNOTES.encode("utf-8")
    rels = parts["word/_rels/document.xml.rels"].decode("utf-8")
    parts["word/_rels/document.xml.rels"] = rels.replace("</Relationships>", (
        '<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'footnotes" Target="footnotes.xml"/></Relationships>')).encode("utf-8")
    types = parts["[Content_Types].xml"].decode("utf-8")
    parts["[Content_Types].xml"] = types.replace("</Types>", (
        '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'wordprocessingml.footnotes+xml"/></Types>')).encode("utf-8")
    with zipfile.ZipFile(path, "w") as out:
        for name, data in parts.items():
            out.writestr(name, data)
    assert load(path).text == "Andelen er steget siden 2014.\n\n1 Kilde: jobindsats.dk, ydelsesgrupper.\n"



# -- OpenDocument (ODF, one of the Danish state's obligatory open standards) --------------------------------------

_ODT_MACHINERY = (
    # spaces spelled out (text:s), a tab, a span; a comment and a tracked deletion's record are no text
    '<text:p>Aftalen<text:s text:c="2"/>blev<text:tab/>indgået i <text:span>2014</text:span>.'
    '<office:annotation><text:p>Tjek årstallet</text:p></office:annotation></text:p>'
    '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>2013</text:p></text:deletion>'
    "</text:changed-region></text:tracked-changes>"
    # a footnote's body goes after the text with its number; the citation mark is no text
    '<text:p>Andelen er steget.<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
    "<text:note-body><text:p>Kilde: jobindsats.dk.</text:p></text:note-body></text:note></text:p>"
    # the writer laid out a new page inside this paragraph
    "<text:p>Indikatoren opgøres som andelen af<text:soft-page-break/> ledige i job.</text:p>"
    # a numbered list and a bulleted one, as their styles print them
    '<text:list text:style-name="Num"><text:list-item><text:p>Flere i job</text:p></text:list-item>'
    "<text:list-item><text:p>Færre på offentlig forsørgelse</text:p></text:list-item></text:list>"
    '<text:list text:style-name="Bul"><text:list-item><text:p>kurser</text:p></text:list-item></text:list>'
    # a table, its repeated empty cells to the edge of the sheet no cells
    "<table:table><table:table-row><table:table-cell><text:p>Kommune</text:p></table:table-cell>"
    "<table:table-cell><text:p>Antal</text:p></table:table-cell>"
    '<table:table-cell table:number-columns-repeated="1020"/></table:table-row>'
    "<table:table-row><table:table-cell><text:p>Aarhus</text:p></table:table-cell>"
    "<table:table-cell><text:p>12</text:p></table:table-cell></table:table-row></table:table>"
)
_ODT_LISTS = ('<text:list-style style:name="Num"><text:list-level-style-number text:level="1" style:num-format="1" '
              'style:num-suffix="."/></text:list-style><text:list-style style:name="Bul">'
              '<text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>')


def test_open_documents_machinery_is_read_as_the_writer_shows_it(tmp_path: Path) -> None:
    path = print_odt("", tmp_path / "maskineri.odt", body_xml=_ODT_MACHINERY)
    # the list styles live in content.xml's automatic styles
    package = zipfile.ZipFile(path)
    parts = {name: package.read(name) for name in package.namelist()}
    package.close()
    parts["content.xml"] = parts["content.xml"].replace(b"</office:automatic-styles>",
                                                        _ODT_LISTS.encode() + b"</office:automatic-styles>")
    with zipfile.ZipFile(path, "w") as out:
        out.writestr(zipfile.ZipInfo("mimetype"), parts.pop("mimetype"))
        for name, data in parts.items():
            out.writestr(name, data)
    doc = load(path)
    assert [p.number for p in doc.pages] == [1, 2]
    assert doc.pages[0].text == "Aftalen  blev\tindgået i 2014.\nAndelen er steget.\nIndikatoren opgøres som andelen af\n"
    assert doc.pages[1].text == (" ledige i job.\n1. Flere i job\n2. Færre på offentlig forsørgelse\n• kurser\n"
                                 "Kommune\tAntal\nAarhus\t12\n\n1 Kilde: jobindsats.dk.\n")
    assert doc.tables == ((("Kommune", "Antal"), ("Aarhus", "12")),)


@pytest.mark.parametrize("suffix", [".docx", ".odt"])
def test_a_capital_inside_a_word_is_the_words_own(tmp_path: Path, suffix: str) -> None:
    # A Word or OpenDocument file keeps its own paragraphs, so no converter glued words in it: names
    # written with a capital inside ("FerieKonto nedlægges", Liberal Alliance's programme,
    # corpus/municipal/s12_08; "NaturErhvervsstyrelsen nedlægges", s9_05) stay one word, as in a PDF
    printer = print_docx if suffix == ".docx" else print_odt
    text = "• FerieKonto nedlægges.\n• NaturErhvervsstyrelsen nedlægges.\n• TrekantBrand er et selskab.\n"
    read = load(printer(text, tmp_path / f"program{suffix}")).text
    assert "FerieKonto nedlægges" in read
    assert "NaturErhvervsstyrelsen nedlægges" in read
    assert "TrekantBrand er" in read


def test_a_word_document_pasted_from_a_text_version_that_lost_its_line_breaks_is_repaired(tmp_path: Path) -> None:
    # the glued letterhead of an ft.dk text version (amu-2008-09-spm53-svar) pasted into Word: the
    # junctions of a lost line break tell it, and the words are taken apart as in the text version
    text = ("Folketingets ArbejdsmarkedsudvalgChristiansborg1240 København K\n"
            "www.bm.dkCVR 10172748EAN 5798000398566\nSvar sendes til udvalget.\n")
    read = load(print_docx(text, tmp_path / "svar.docx")).text
    assert "Arbejdsmarkedsudvalg Christiansborg 1240 København K" in read
    assert "www.bm.dk CVR 10172748 EAN 5798000398566" in read
