"""A document's adoption line (extract/adoption_lines.py): every layout, the documents that attest it, and what the
line gives the record: the adoption as an `introduced` event, the cover's date as the document's date, and the title
the line prints (the line itself is never the title). Corpus excerpts of corpus/municipal (gold in
tests/fixtures/gold/municipal) and realistic samples written for this test; lines that tell another document's
adoption in a sentence give nothing."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from extract.adoption_lines import LAYOUTS, adoption_lines
from extract.document_dates import date_from_text
from knowledge.pipeline import extract_path

# A second programme's cover in the title-then-date layout, written for this test (the layout of Det Radikale
# Venstres principprogram, s17_08): a title, "vedtaget" and the date, the date over a line break.
SAMPLE_TITLED = "--- side 1 ---\nBorgernes Partis Arbejdsprogram vedtaget 3.\nmarts 2021\n\nVi vil et frit Danmark.\n"


def _layout_reads(layout: str, text: str) -> bool:
    return any(a.layout == layout for a in adoption_lines(text))


@pytest.mark.parametrize(("layout", "reader", "attested_by"), LAYOUTS)
def test_every_layout_is_attested_by_two_documents_it_reads(corpus: Path, layout: str, reader: object,
                                                            attested_by: tuple[str, ...]) -> None:
    assert len(attested_by) >= 2
    for source in attested_by:
        if source.startswith("sample:"):
            assert Path(__file__).resolve().parents[2].joinpath(source.removeprefix("sample:")).exists()
            continue
        text = (corpus / "municipal" / f"{source}.txt").read_text(encoding="utf-8")
        assert _layout_reads(layout, text), source


@pytest.mark.parametrize(("source", "subject", "actor", "date"), [
    ("f04_syddjurs_politik_kultur_fritid", "Politik for Kultur og Fritid - Lokalt engagement",
     "byrådet, Syddjurs Kommune", dt.date(2009, 4, 30)),
    ("s08_sf_principprogram", "Principprogram for SF – Socialistisk Folkeparti", "SF’s landsmøde",
     dt.date(2012, 4, 15)),
    ("s11_04_konservative_forside_kort_fortalt",
     "Giv ansvaret tilbage til borgerne Det Konservative Folkepartis partiprogram",
     "Det Konservative Folkepartis Landsråd", dt.date(2012, 9, 30)),
    # the assembly before the date, on a page of its own: the title is the line naming the programme on the page before
    ("s18_01_venstre_aabning", "VENSTRES PRINCIPPROGRAM", "Venstres Landsmøde", dt.date(2006, 11, 18)),
    # the date broken over a blank line by the text layer ("22. / / februar 1997"); no body: the issuer adopts
    ("s17_08_radikale_principprogram_start", "Det Radikale Venstres Principprogram", "", dt.date(1997, 2, 22)),
])
def test_the_cover_lines_of_the_corpus(corpus: Path, source: str, subject: str, actor: str, date: dt.date) -> None:
    text = (corpus / "municipal" / f"{source}.txt").read_text(encoding="utf-8")
    assert [(a.subject, a.actor, a.date) for a in adoption_lines(text)] == [(subject, actor, date)]


def test_a_titled_cover_gives_the_title_the_date_and_the_adoption(tmp_path: Path) -> None:
    path = tmp_path / "program.txt"
    path.write_text(SAMPLE_TITLED, encoding="utf-8")
    flat = json.loads(extract_path(path).flat.model_dump_json())
    assert (flat["title"], flat["date"]) == ("Borgernes Partis Arbejdsprogram", "2021-03-03")
    assert [(e["event"], e["subject"], e["date"]) for e in flat["lineage_events"] if e["event"] == "introduced"] == [
        ("introduced", "Borgernes Partis Arbejdsprogram", "2021-03-03")]


def test_the_radikale_cover_as_the_record_cites_it(corpus: Path) -> None:
    """s17_08's gold: title "Det Radikale Venstres Principprogram", date 1997-02-22, the adoption `introduced` by the
    party; before, the title ran up into the page mark ("--- side 1 --- Det Radikale ...") and had no date."""
    flat = json.loads(extract_path(corpus / "municipal" / "s17_08_radikale_principprogram_start.txt")
                      .flat.model_dump_json())
    assert (flat["title"], flat["date"]) == ("Det Radikale Venstres Principprogram", "1997-02-22")
    adopted = [e for e in flat["lineage_events"] if e["event"] == "introduced"]
    assert [(e["subject"], e["year"], e["actor"]) for e in adopted] == [
        ("Det Radikale Venstres Principprogram", 1997, "Radikale Venstre")]


def test_the_venstre_cover_as_the_record_cites_it(corpus: Path) -> None:
    """s18_01's gold: issuer Venstre, date 2006-11-18, the adoption `introduced` by "Venstres Landsmøde" with the whole
    line as evidence. Before, the participle's sentence reader took the line with the assembly's adverbial as its
    subject (and the event was dropped), the date was not read, and the capitalised "Landsmøde" named no party."""
    flat = json.loads(extract_path(corpus / "municipal" / "s18_01_venstre_aabning.txt").flat.model_dump_json())
    assert (flat["issuer"], flat["date"], flat["parties"]) == ("Venstre", "2006-11-18", ["V"])
    assert [(e["event"], e["subject"], e["actor"], e["year"], e["evidence"]) for e in flat["lineage_events"]
            if e["event"] == "introduced"] == [
        ("introduced", "VENSTRES PRINCIPPROGRAM", "Venstres Landsmøde", 2006,
         "Vedtaget på Venstres Landsmøde den 18. november 2006 i Odense")]


def test_an_adoption_line_is_never_the_title(corpus: Path) -> None:
    """SF's cover opens with "Vedtaget af SF’s landsmøde 15. april 2012" over its title (s08 gold)."""
    flat = json.loads(extract_path(corpus / "municipal" / "s08_sf_principprogram.txt").flat.model_dump_json())
    assert flat["title"] == "Principprogram for SF – Socialistisk Folkeparti"


def test_the_date_before_the_assembly_dates_the_programme(corpus: Path) -> None:
    text = (corpus / "municipal" / "s11_04_konservative_forside_kort_fortalt.txt").read_text(encoding="utf-8")
    found = date_from_text(text)
    assert found is not None and (found.value, found.evidence) == ("2012-09-30", "vedtaget")


@pytest.mark.parametrize("text", [
    "Lov om fleksydelse blev vedtaget den 3. april 2001, og trådte i kraft den 1. juli 2001.\n",  # a sentence
    "Loven vedtaget 3. april 2001 gælder fortsat.\n",  # no document of policy named
    "Det Radikale Venstres Principprogram vedtaget i 1997\n",  # no day: no cover date
    "Kommunen fik sin nye politik vedtaget 3. maj 2021.\n",  # a sentence: the noun is no name's head
])
def test_an_adoption_told_in_a_sentence_or_of_no_document_gives_nothing(text: str) -> None:
    assert [a for a in adoption_lines(text) if a.layout == "title_then_date"] == []


@pytest.mark.parametrize(("source", "title"), [
    ("s08_sf_principprogram", "Principprogram for SF – Socialistisk Folkeparti"),  # names the programme
    ("s11_03_enhedslisten_indledning", "Enhedslistens principprogram"),
    ("s11_04_konservative_forside_kort_fortalt", "Giv ansvaret tilbage til borgerne"),  # on a cover that names it
    ("s12_04_df_boligpolitik", None),  # a chapter's heading: "Boligpolitik"
    ("s12_02_alt_lighed_sundhed", None),  # a section's: "9.1.1 Forslag | Fri adgang til sundhedsydelser"
])
def test_a_party_programme_is_titled_by_its_own_name_not_a_chapters(corpus: Path, source: str,
                                                                    title: str | None) -> None:
    """The programme convention of every programme excerpt's gold_notes: "title null unless the programme's own title
    is printed in the excerpt (section/chapter headings are not document titles)"."""
    flat = json.loads(extract_path(corpus / "municipal" / f"{source}.txt").flat.model_dump_json())
    assert flat["title"] == title


def test_a_chapter_heading_is_a_title_outside_a_partys_programme(tmp_path: Path) -> None:
    """The same heading in a kommune's policy is its title: only a party's programme is titled by its own name."""
    path = tmp_path / "politik.txt"
    path.write_text("Boligpolitik\n\nSyddjurs Kommune vil sikre gode boliger til alle borgere i kommunen.\n",
                    encoding="utf-8")
    assert json.loads(extract_path(path).flat.model_dump_json())["title"] == "Boligpolitik"
