"""A document's title as a person gives it (extract/document_titles.py `document_title`) is a
heading, never a sentence of its text nor a label of a minutes' cover. Where the page prints
no heading before its first paragraph (policy p10, p11: gold title null) or is minutes (their
label alone on every page; municipal gold f03, f12: title null), the title falls to the file's
name, evidence "fil", not to the lede or to "Tilstede"."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.document_facts import facts_of
from extract.document_titles import heading_of, is_prose
from extract.load import load
from knowledge.pipeline import extract_path

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _title(path: Path) -> tuple[str | None, str | None]:
    extraction = extract_path(path)
    doc = extraction.document
    flat = extraction.flat.model_dump(mode="json")
    found = facts_of(flat, doc.text, pages=[p.text for p in doc.pages], source=doc.source).title
    return (found.value, found.evidence) if found else (None, None)


@pytest.mark.parametrize(("name", "title"), [
    # a paragraph before any heading (a sentence ends inside it; over 200 characters)
    ("policy/p10_uvm_nationale_maal_folkeskolen_v_a.txt", ("p10 uvm nationale maal folkeskolen v a", "fil")),
    ("policy/p11_uvm_nationale_maal_folkeskolen_v_b_2024.txt", ("p11 uvm nationale maal folkeskolen v b 2024", "fil")),
    # minutes: the cover's "Tilstede" is an attendance label, not a heading
    ("pdf/ballerup_referat_sundhedsudvalg_2012-12-04.pdf", ("ballerup referat sundhedsudvalg 2012-12-04", "fil")),
    ("municipal/f03_ballerup_referat_sundhedsudvalg.txt", ("f03 ballerup referat sundhedsudvalg", "fil")),
    # headings stay: the image's English alt text above p28's headline is none
    ("policy/p28_lovguiden_beskaeftigelsesreform_forsoeg_kommuner.txt",
     ("Beskæftigelsesreform: Se hvilke kommuner, som skal indgå i reformens to forsøg", "overskrift")),
    ("policy/p23_bl_beboerindikator_dage_indlagt.txt", ("Antallet af dage indlagt på hospital", "overskrift")),
    ("pdf/aarhus_byraad_referat_2025-08-27.pdf", ("REFERAT Aarhus Byråd d. 27-08-2025", "overskrift")),
])
def test_the_title_is_a_heading_or_the_file(name: str, title: tuple) -> None:
    assert _title(CORPUS / name) == title


MINUTES_PAGES = ["Åbent referat\n\nTilstede\nAnne Holm (A) - formand\nPeter Lund (V)\n\nAfbud/Fraværende\n",
                 "Åbent referat\n\n1. Meddelelser\n\nIngen meddelelser.\n"]


def test_minutes_print_no_title_of_their_own() -> None:
    text = "\n".join(MINUTES_PAGES)
    assert heading_of(text, pages=MINUTES_PAGES) is None
    # the same cover without the minutes' label on every page: its first heading
    found = heading_of("Sundhedsudvalget\n\n" + text.replace("Åbent referat\n\n", ""))
    assert found is not None and found.value == "Sundhedsudvalget"


@pytest.mark.parametrize(("line", "prose"), [
    ("Folkeskoleforligskredsen har fastlagt tre mål. Målene skal sikre, at eleverne trives.", True),
    ("x" * 201, True),
    # an abbreviation's dot is no sentence end; a heading ending in its own full stop is no paragraph
    ("Redegørelse fra Træning og Aktivitet vedr. Seniorrådets høringssvar", False),
    ("Politik for Kultur og Fritid - Lokalt engagement.", False),
])
def test_a_paragraph_is_no_heading(line: str, prose: bool) -> None:
    assert is_prose(line) is prose


def test_the_loaded_pdf_is_read_the_same() -> None:
    # the facts reader sees the loader's text: the minutes PDF prints "Tilstede" on its cover
    assert "\nTilstede\n" in load(CORPUS / "pdf" / "ballerup_referat_sundhedsudvalg_2012-12-04.pdf", ocr=False).text
