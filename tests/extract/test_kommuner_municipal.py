"""Kommuner in municipal documents (corpus/pdf, see corpus/manifest.csv): a kommune's own
letterhead and sign-off give one entry (the STAR convention: every municipality named as a
municipality gets one entry, duplicates merged); letterheads in capitals; lists in Word's
"o" marks; postal addresses, institution names and old (pre-2007) kommuner give none."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.document import Document
from extract.load import load
from extract.parsers.kommuner import parse, scan
from extract.records import KommuneRow


def _names(doc: Document) -> list[str]:
    return [r.name for r in parse(doc) if isinstance(r, KommuneRow)]


def _doc(text: str) -> Document:
    return Document.from_text(text)


@pytest.mark.parametrize(("name", "expected"), [
    # letterhead "Middelfart Kommune" over the address "5500 Middelfart": one entry
    ("middelfart_notat_letterhead_2016.pdf", ["Middelfart"]),
    ("trekantbrand_email_med_bilag_2017.pdf", ["Middelfart"]),
    # "Ballerup Kommune" on every page of a referat: one entry
    ("ballerup_referat_sundhedsudvalg_2012-12-04.pdf", ["Ballerup"]),
    ("syddjurs_referat_puk_2013-06-20.pdf", ["Syddjurs"]),
    # the own kommune, "Byrådet i Syddjurs Kommune", and "nattelivsudvalget i Københavns kommune"
    ("aarhus_byraad_referat_2025-08-27.pdf", ["Aarhus", "København", "Syddjurs"]),
])
def test_municipal_documents_name_their_kommune_once(corpus: Path, name: str, expected: list[str]) -> None:
    assert sorted(_names(load(corpus / "pdf" / name))) == expected


def test_letterhead_in_capitals_and_sign_off_are_one_entry() -> None:
    doc = _doc("BALLERUP KOMMUNE\nSocial, Sundhed og Beskæftigelse\n\nNotat om genoptræning\n\n"
               "Med venlig hilsen\n\nLars Hansen\nBallerup Kommune\n")
    rows = [r for r in parse(doc) if isinstance(r, KommuneRow)]
    assert [(r.name, r.code, r.attributes) for r in rows] == [("Ballerup", "0151", {})]


@pytest.mark.parametrize(("text", "expected"), [
    ("KØBENHAVNS KOMMUNE\nBeskæftigelses- og Integrationsforvaltningen\n", ["København"]),
    ("BORNHOLMS REGIONSKOMMUNE\nVelfærd\n", ["Bornholm"]),
    ("LYNGBY-TAARBÆK KOMMUNE\nCenter for Arbejdsmarked\n", ["Lyngby-Taarbæk"]),
    ("DANSK KOMMUNE OG FORVALTNING\n", []),  # no kommune of that name
    ("HOLBÆK\nKOMMUNE\n\nNotat\n", ["Holbæk"]),  # a logo's two lines
])
def test_capital_letterheads(text: str, expected: list[str]) -> None:
    assert _names(_doc(text)) == expected


def test_list_in_word_o_marks() -> None:
    assert _names(_doc("Netværket består af:\no Ballerup\no Herlev\no Gladsaxe\n")) == [
        "Ballerup", "Herlev", "Gladsaxe"]


@pytest.mark.parametrize("text", [
    "Christiansborg\n1240 København K\nTlf: 33 37 51 99\n",             # a postal address (DF programme)
    "Projektet evalueres af Aalborg Universitet og Odense Universitetshospital.\n",  # institutions
    "Sagen blev behandlet i Søllerød Kommune og Farum Kommune i 2005.\n",  # pre-2007 kommuner: not guessed
])
def test_no_kommune_from_addresses_institutions_or_old_kommuner(text: str) -> None:
    assert _names(_doc(text)) == []


def test_old_kommuner_are_reported_unresolved() -> None:
    result = scan(_doc("Sagen blev behandlet i Søllerød Kommune og Farum Kommune i 2005.\n"))
    assert not result.rows
    assert {r.as_written for r in result.unresolved} == {"Søllerød Kommune", "Farum Kommune"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Sagen er sendt til Københavns Jobcenter i går.\n", ("København", "Københavns")),
    ("Horsens Jobcenter har 40 ansatte.\n", ("Horsens", "Horsens")),       # as "Jobcenter Horsens": passing
    ("Det sker i Ballerups Kultur- og Fritidsudvalg.\n", ("Ballerup", "Ballerups")),
])
def test_kommune_in_the_name_of_its_own_body_or_service(text: str, expected: tuple[str, str]) -> None:
    (row,) = [r for r in parse(_doc(text)) if isinstance(r, KommuneRow)]
    assert (row.name, row.as_written, row.attributes) == (*expected, {})
