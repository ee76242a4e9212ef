"""Loading real corpus files: pages, provenance, letterhead column, tables, bad input."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from extract.errors import (
    CorruptDocument,
    EmptyDocument,
    NeedsOcr,
    TooLarge,
    UnreadableFile,
    UnsupportedFormat,
)
from extract.load import load

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
LETTER = CORPUS / "pdf" / "synthetic" / "ministry_letter_seed000_reportlab.pdf"
SEED000 = CORPUS / "seeds" / "000_d0d93f54edcaac31.txt"


def token_f1(a: str, b: str) -> float:
    ta, tb = Counter(re.findall(r"\w+", a.casefold())), Counter(re.findall(r"\w+", b.casefold()))
    overlap = sum((ta & tb).values())
    if not overlap:
        return 0.0
    p, r = overlap / sum(tb.values()), overlap / sum(ta.values())
    return 2 * p * r / (p + r)


def test_text_pages_split_at_ftdk_page_images() -> None:
    doc = load(CORPUS / "seeds" / "002_0a8bf424d9d4d72f.txt")
    assert [p.number for p in doc.pages] == [1, 2, 3]
    assert doc.ftdk_document_id == "2052103"
    assert doc.pages[1].text.startswith("2052103_0002.png")
    # the running header and the markers are gone from the normalised text
    assert ".png" not in doc.text and "Bilag 328: Orientering" not in doc.text
    index = doc.text.index("Gennemgangen foregik")
    assert doc.locate(index)[0] == 2


def test_document_id_is_the_content_hash() -> None:
    a, b = load(SEED000), load(SEED000)
    assert a.id == b.id and len(a.id) == 16
    assert a.id != load(CORPUS / "seeds" / "001_3dd5ad225882c538.txt").id


def test_span_gives_page_and_offsets() -> None:
    doc = load(CORPUS / "ft_qa" / "eru-2017-18-spm343-spm.txt")
    start = doc.text.index("Spørgsmål")
    span = doc.span(start, start + 9)
    assert span.document_id == doc.id and span.page == 1
    page, offset = doc.locate(start)
    assert doc.pages[page - 1].text[offset:offset + 9] == "Spørgsmål"


def _letter_body(text: str) -> str:
    body = text[text.index("Beskæftigelsesudvalget har i brev"):]
    return "\n".join(line for line in body.split("\n")
                     if line.strip() not in ("28. september 2017", "J.nr. 2017 - 6136"))


def test_reportlab_letter_body_matches_seed_000_and_letterhead_is_separate() -> None:
    doc = load(LETTER)
    heads = [r for r in doc.regions if r.kind == "letterhead"]
    assert len(heads) == 1 and heads[0].page == 1
    letterhead = doc.text[heads[0].start:heads[0].end]
    assert "J.nr. 2017 - 6136" in letterhead and "28. september 2017" in letterhead
    assert "CVR 10172748" in letterhead and "Ved Stranden 8" in letterhead
    body = doc.text[heads[0].end:]
    assert "J.nr." not in body and "CVR" not in body
    seed_body = _letter_body(SEED000.read_text(encoding="utf-8"))
    assert token_f1(seed_body, _letter_body(body)) >= 0.98
    # page 2's repeated ft.dk stamp and the "Side 2/2" footer are not body text
    assert doc.page_text(2).count("Offentligt") == 0 and "Side 2/2" not in doc.text


def test_kommune_notat_letterhead_is_separated() -> None:
    doc = load(CORPUS / "pdf" / "middelfart_notat_letterhead_2016.pdf")
    head = next(r for r in doc.regions if r.kind == "letterhead")
    letterhead = doc.text[head.start:head.end]
    assert "cvr.: 29189684" in letterhead and "Teglgårdsparken 103" in letterhead
    assert "Dato: 27. april 2016" in doc.text[head.end:]


def test_ruled_pdf_table_comes_out_as_rows_and_cells() -> None:
    doc = load(CORPUS / "pdf" / "aarhus_sager_paa_vej_sundhed_omsorg_2025.pdf")
    rows = [row for table in doc.tables for row in table]
    assert ("Sag", "Afd.", "Til politisk behandling") in rows
    assert not any(r.kind == "letterhead" for r in doc.regions)


def test_pdftex_ring_accents_are_joined() -> None:
    doc = load(CORPUS / "pdf" / "star_jobindsats_api_eksempler_2022.pdf")
    assert "˚" not in doc.text and "på" in doc.text


def test_scanned_pdf_is_reported_as_needing_ocr() -> None:
    with pytest.raises(NeedsOcr, match="no text layer|text layer"):
        load(CORPUS / "pdf" / "ballerup_ejendomsoversigt_scan_p1-2.pdf", ocr=False)


def test_html_is_read_as_text_with_tables_and_without_scripts(tmp_path: Path) -> None:
    page = tmp_path / "svar.html"
    page.write_text("<html><head><script>alert(1)</script></head><body><h1>Svar</h1>"
                    "<p>Jeg kan oplyse, at</p><table><tr><td>Kommune</td><td>Antal</td></tr>"
                    "<tr><td>Aarhus</td><td>12</td></tr></table><iframe src='x'>skjult</iframe></body></html>",
                    encoding="utf-8")
    doc = load(page)
    assert "alert" not in doc.text and "skjult" not in doc.text
    assert "Jeg kan oplyse, at" in doc.text and "Aarhus\t12" in doc.text
    assert doc.tables == ((("Kommune", "Antal"), ("Aarhus", "12")),)


@pytest.mark.parametrize(("name", "content", "error", "words"), [
    ("empty.txt", b"", EmptyDocument, "empty"),
    ("blank.txt", b"  \n\n ", EmptyDocument, "whitespace"),
    ("slides.pptx", b"PK\x03\x04", UnsupportedFormat, "unsupported file type"),
    ("notes.docx", b"PK\x03\x04", CorruptDocument, "not a readable Word document"),
    ("garbage.txt", bytes(range(256)) * 40, CorruptDocument, "binary"),
    ("broken.pdf", b"%PDF-1.4\n1 0 obj <<>> garbage", CorruptDocument, "not a readable PDF"),
    ("truncated.pdf", LETTER.read_bytes()[:3000], CorruptDocument, "PDF"),
])
def test_bad_input_gives_one_clear_error(tmp_path: Path, name: str, content: bytes,
                                         error: type[Exception], words: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(error) as info:
        load(path)
    message = str(info.value)
    assert str(path) in message and words in message and "\n" not in message
    assert ";" in message  # the advice part: what to do


def test_missing_file_and_size_limit(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match="does not exist"):
        load(tmp_path / "gone.txt")
    big = tmp_path / "big.txt"
    big.write_text("måltal " * 200_000, encoding="utf-8")
    with pytest.raises(TooLarge, match="over the limit"):
        load(big, max_mb=1)


def test_non_utf8_text_is_decoded_with_a_warning(tmp_path: Path) -> None:
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Spørgsmål om førtidspension på Ærø".encode("latin-1"))
    doc = load(latin)
    assert doc.text == "Spørgsmål om førtidspension på Ærø"
    assert doc.warnings and "Windows-1252" in doc.warnings[0]
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes("Svar: måltal".encode("utf-16"))
    assert load(utf16).text == "Svar: måltal"
