"""Printed page numbers (folios) are layout, kept out of a PDF's text flow.

The reviewer's defect: an evidence quote from the Dansk Folkeparti programme read
"kompetencegi- 78.\t79. vende uddannelsesforløb": the two folios at the foot of a 2-up
spread (x 27 and 801 pt, y 26 pt) stood between the halves of a word hyphenated across the
page break. Six PDFs of corpus/ carry folios (extract/pdf_margins.py FOLIO_ATTESTED); none
carries margin *line* numbers (a number at the edge of every line, rising by one per line):
`sporbar text` of all 30 text-layer PDFs of corpus/pdf and corpus/pdf_more shows no run
of consecutive line-leading or line-ending numbers outside tables of contents and
numbered lists. Line numbering is read by its written convention (ECMA-376 lnNumType, the
setting word processors write: every line or every N-th, restarting per page or running
on) and two samples of its two shapes below; every corpus PDF's text is unchanged by it.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extract.document import Document
from extract.load import load
from extract.pdf_layout import PdfPage, read_pdf
from extract.pdf_margins import FOLIO_ATTESTED

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _path(name: str) -> Path:
    found = sorted(CORPUS.glob(f"pdf*/{name}"))
    assert found, name
    return found[0]


@cache
def pages(name: str) -> tuple[PdfPage, ...]:
    path = _path(name)
    return tuple(read_pdf(path, path.read_bytes(), max_pages=1000))


@cache
def loaded(name: str) -> Document:
    return load(_path(name), ocr=False, max_pages=1000)


# (file, folios of its first numbered pages as (page, folios), its number of pages with folios)
EXPECTED = {
    "Kristianuruplarsen__Partiprogrammer__SF.pdf": ([(1, ("1",)), (2, ("2",))], 5),
    "Kristianuruplarsen__Partiprogrammer__liberal_alliance.pdf": ([(1, ("1",)), (3, ("3",))], 23),
    "Kristianuruplarsen__Partiprogrammer__dansk_folkeparti.pdf": ([(3, ("4.", "5.")), (4, ("6.", "7."))], 78),
    "dikurevy__Forening__vedtaegter.pdf": ([(1, ("1",)), (2, ("2",))], 6),
    "syddjurs_politik_kultur_fritid_2009.pdf": ([(2, ("1",)), (3, ("2",))], 12),
    "star_jobindsats_api_eksempler_2022.pdf": ([(2, ("1",)), (3, ("2",))], 9),
}


def test_every_attested_file_is_tested() -> None:
    assert sorted(name for name, _ in FOLIO_ATTESTED) == sorted(EXPECTED)
    assert all(why for _, why in FOLIO_ATTESTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_folios_are_found_by_place_and_sequence(name: str) -> None:
    first, count = EXPECTED[name]
    numbered = [(p.number, p.folios) for p in pages(name) if p.folios]
    assert numbered[:2] == first
    assert len(numbered) == count
    for page in pages(name):  # the folio left the page's text, nothing else did
        for folio in page.folios:
            assert not any(line.strip() == folio for line in page.text.split("\n")), (page.number, folio)


@pytest.mark.parametrize("name", ["Kristianuruplarsen__Partiprogrammer__radikale.pdf", "SimonEchers1996__Case__Notat.pdf",
                                  "aarhus_byraad_referat_2025-08-27.pdf", "ballerup_kvalitetsstandarder_rusmiddel_2013.pdf",
                                  "trekantbrand_email_med_bilag_2017.pdf"])
def test_no_folio_without_a_sequence_across_pages(name: str) -> None:
    # trekantbrand_email has a lone "1" at the foot of its one numbered page: no second
    # page confirms it is a folio, so it stays text.
    assert not [p.number for p in pages(name) if p.folios]


def test_the_reviewers_quote_reads_cleanly() -> None:
    doc = loaded("Kristianuruplarsen__Partiprogrammer__dansk_folkeparti.pdf")
    quote = "kunne tilbyde kompetencegivende uddannelsesforløb, der afsluttes med et skriftligt bevis"
    start = doc.text.index(quote)
    assert "78." not in doc.text[start - 200:start + 200]
    # provenance: the quote starts on p. 40 and runs onto p. 41 of the PDF
    assert doc.locate(start)[0] == 40
    assert doc.locate(start + len(quote) - 1)[0] == 41


def test_a_sentence_across_a_page_break_stays_one() -> None:
    sf = loaded("Kristianuruplarsen__Partiprogrammer__SF.pdf").text
    assert "skal borgerne også\nkunne deltage aktivt" in sf
    dikurevy = loaded("dikurevy__Forening__vedtaegter.pdf").text
    assert "følgende punkter:\n1. Bestyrelsens beretning" in dikurevy


def test_numbers_beside_text_stay() -> None:
    # The table of contents of the DF programme: its page numbers stand in a column level
    # with the chapter titles, so they are text ("156" is the last chapter's page); only the
    # spread's own folios at its foot leave.
    toc = pages("Kristianuruplarsen__Partiprogrammer__dansk_folkeparti.pdf")[2]
    assert toc.folios == ("4.", "5.") and "\n156" in toc.text


def _line_numbered_pdf(path: Path) -> Path:
    """A page of prose with a margin column of line numbers 1..12 at x = 40 pt: every line
    numbered, restarting per page (lnNumType countBy 1, restart newPage)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    sheet = canvas.Canvas(str(path), pagesize=A4)
    for i in range(12):
        y = 780 - 14 * i
        sheet.setFont("Helvetica", 8)
        sheet.drawString(40, y, str(i + 1))
        sheet.setFont("Helvetica", 11)
        sheet.drawString(72, y, f"Kommunen skal sikre at borgerne faar hjaelp i linje nummer {i + 1} af teksten")
    sheet.save()
    return path


DRAFT_LINES = ["Forslag til principprogram", "", "Vi vil et samfund, hvor alle har mulighed for at bidrage,",
               "og hvor faellesskabet baerer den enkelte, naar livet gaar i staa.", "Derfor skal kommunerne",
               "have frihed til at tilrettelaegge beskaeftigelsesindsatsen efter", "lokale behov, og staten skal",
               "nøjes med at saette rammerne.", "", "Vi foreslaar, at ledige selv kan vaelge, hvem der skal hjaelpe",
               "dem tilbage i arbejde, og at a-kasserne faar en stoerre rolle", "i de foerste maaneder af ledigheden."]


def _draft_pdf(path: Path, *, count_by: int, lines_per_page: int, pages: int) -> Path:
    """A draft programme numbered on every `count_by`-th line, the numbers running on across
    pages and right-aligned 18 pt left of the text (lnNumType countBy 5, restart continuous)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    sheet = canvas.Canvas(str(path), pagesize=A4)
    number = 0
    for _ in range(pages):
        for i in range(lines_per_page):
            number += 1
            y = 790 - 15 * i
            text = DRAFT_LINES[(number - 1) % len(DRAFT_LINES)]
            if number % count_by == 0:
                sheet.setFont("Times-Roman", 9)
                sheet.drawRightString(72, y, str(number))
            if text:
                sheet.setFont("Times-Roman", 12)
                sheet.drawString(92, y, text)
        sheet.showPage()
    sheet.save()
    return path


def test_margin_line_numbers_are_layout(tmp_path: Path) -> None:
    path = _line_numbered_pdf(tmp_path / "linjenumre.pdf")
    text = read_pdf(path, path.read_bytes(), max_pages=10)[0].text
    assert text.split("\n")[0] == "Kommunen skal sikre at borgerne faar hjaelp i linje nummer 1 af teksten"
    assert text.split("\n")[11] == "Kommunen skal sikre at borgerne faar hjaelp i linje nummer 12 af teksten"


def test_every_fifth_line_numbered_across_pages_is_layout(tmp_path: Path) -> None:
    path = _draft_pdf(tmp_path / "udkast.pdf", count_by=5, lines_per_page=30, pages=2)
    first, second = (p.text for p in read_pdf(path, path.read_bytes(), max_pages=10))
    assert [line for line in first.split("\n") if line][:3] == ["Forslag til principprogram", "Vi vil et samfund, hvor alle har mulighed for "
                                                                 "at bidrage,", "og hvor faellesskabet baerer den enkelte, naar livet gaar i staa."]
    # no line opens with its number (5, 10, ... 60), on either page
    assert not any(line.split(" ")[0].isdigit() for page in (first, second) for line in page.split("\n"))
    assert "Derfor skal kommunerne" in first and "lokale behov, og staten skal" in second


def _numbered_list_pdf(path: Path) -> Path:
    """Numbered items whose numbers stand left of every text run, each item running over two lines."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    sheet = canvas.Canvas(str(path), pagesize=A4)
    for i in range(6):
        sheet.setFont("Helvetica", 11)
        sheet.drawString(40, 780 - 30 * i, str(i + 1))
        sheet.drawString(72, 780 - 30 * i, f"Kommunen opretter et nyt tilbud nummer {i + 1} til ledige")
        sheet.drawString(72, 766 - 30 * i, "over 60 aar i samarbejde med a-kassen")
    sheet.save()
    return path


def test_a_numbered_list_of_items_over_two_lines_keeps_its_numbers(tmp_path: Path) -> None:
    path = _numbered_list_pdf(tmp_path / "liste.pdf")
    text = read_pdf(path, path.read_bytes(), max_pages=10)[0].text
    assert text.split("\n")[0].startswith("1") and "\n6" in text
