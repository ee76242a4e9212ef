"""Copies of one text are one work (issue 16): seed 000 is in corpus/ twice, as the .txt
and as the text-layer PDF made from it (corpus/manifest.csv), and must be found, traced and
counted once, with metadata merged from both files and a citation on every result."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from knowledge import store as store_module
from knowledge import store_index
from knowledge.store_schema import WORKS_VERSION
from knowledge import works
from knowledge.cli import app
from knowledge.citation import Citer
from knowledge.search import search
from knowledge.store import Store

runner = CliRunner()
SEED_000 = "000_d0d93f54edcaac31.txt"
PDF_000 = "ministry_letter_seed000_reportlab.pdf"
OTHER_PDF = "ballerup_notat_2012_mdo_a.pdf"  # an unrelated letter
TITLE_558 = "Beskæftigelsesudvalget spørgsmål nr. 558 (alm. del) – svar"


def _paths(corpus: Path) -> list[Path]:
    return [corpus / "seeds", corpus / "pdf" / "synthetic" / PDF_000]


@pytest.fixture(scope="module")
def db(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("works") / "works.db"
    with Store(path) as store:
        report = store.ingest(_paths(corpus))
    assert len(report.loaded) == 6, report
    return path


def test_558_is_one_hit_whose_work_has_two_files(db: Path) -> None:
    result = runner.invoke(app, ["search", "558", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    hits = json.loads(result.stdout)
    assert len(hits) == 1
    assert sorted(hits[0]["work"]["files"]) == sorted([SEED_000, PDF_000])
    citation = hits[0]["citation"]
    assert citation["title"] == TITLE_558
    assert citation["date"] == "2017-09-28"
    assert citation["samling"] == "2016-17" and citation["samling_derived"] is False  # printed in the PDF
    assert citation["url"] == "https://www.ft.dk/samling/20161/almdel/beu/spm/558/index.htm"
    assert citation["page"] == 1 and "558" in citation["quote"]


def test_samling_printed_in_one_copy_filters_the_work(db: Path) -> None:
    with Store(db) as store:
        found = search(store, "målstyring", samling="2016-17")
    assert found.total == 1 and found.facets["samling"] == {"2016-17": 1}


def test_trace_lists_each_event_once_with_a_right_citation(db: Path) -> None:
    result = runner.invoke(app, ["trace", "måltal", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    events = json.loads(result.stdout)["events"]
    keys = [(e["event"], " ".join(e["quote"].split())) for e in events]
    assert len(keys) == len(set(keys)), keys
    from_558 = [e for e in events if e["citation"]["title"] == TITLE_558]
    assert [(e["year"], e["event"]) for e in from_558] == [(2012, "introduced"), (2014, "dropped"), (2014, "replaced")]
    for event in from_558:
        citation = event["citation"]
        assert citation["date"] == "2017-09-28" and citation["page"] == 1
        assert citation["reference"] == "BEU alm. del spm. 558"
        assert citation["quote"] == " ".join(event["quote"].split())
        assert citation["text"].startswith("Beskæftigelsesministeriet, »" + TITLE_558 + "«, 28. september 2017")
        assert f"»{citation['quote']}«" in citation["text"]
    # Seed 001's introduction has no year, nor has its document a date: it is ordered by the
    # period the document covers (2017-2018), before the 2019 letter, and marked so.
    star = next(e for e in events if e["year"] is None)
    assert (star["sort_date"], star["document_period"], star["period_from_document"]) == ("2017", "2017-2018", True)
    assert events[-1]["year"] == 2019 and [e["sort_date"] for e in events] == sorted(e["sort_date"] for e in events)


def test_records_count_copies_once_but_each_file_keeps_its_own(db: Path) -> None:
    with Store(db) as store:
        ids = {Path(d["source"]).name: d["id"] for d in store.documents()}
        everything = store.records(copies=True)
        once = store.records()
        seed_only = store.records(document_id=ids[SEED_000])
        pdf_only = store.records(document_id=ids[PDF_000])
    events = [r for r in once if r[1] == "LineageEvent" and r[0] in (ids[SEED_000], ids[PDF_000])]
    both = [r for r in everything if r[1] == "LineageEvent" and r[0] in (ids[SEED_000], ids[PDF_000])]
    assert len(both) > len(events) == len({(r[2]["event"], r[2]["evidence"]) for r in events})
    assert seed_only and pdf_only  # the Dokument page of each file still shows its own fields


def test_document_level_facts_merge_from_both_copies(db: Path) -> None:
    with Store(db) as store:
        ids = {Path(d["source"]).name: d["id"] for d in store.documents()}
        work = store.work_of(ids[SEED_000])
        assert work is not None and work == store.work_of(ids[PDF_000])
    facts = work["facts"]
    assert facts["samling"] == "2016-17"  # only the PDF prints it
    assert {f["name"] for f in facts["files"]} == {SEED_000, PDF_000}
    assert facts["date"] == "2017-09-28" and facts["date_evidence"] == "brevdato"


def test_a_store_made_before_works_is_migrated_and_indexed_once(corpus: Path, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.db"
    before_works = WORKS_VERSION - 1
    monkeypatch.setattr(store_module, "MIGRATIONS", store_module.MIGRATIONS[:before_works])
    monkeypatch.setattr(store_module.works_mod, "join", lambda *a, **k: works.Joined("x", True, "first"))
    monkeypatch.setattr(store_index, "index_work", _old_index)
    monkeypatch.setattr(store_module.indicator_status, "refresh_for_document", lambda *a: None)  # v5, later
    monkeypatch.setattr(store_module, "_record_extractor", lambda *a: None)  # v7, later
    with Store(path) as old:
        old.ingest(_paths(corpus))
        assert old.schema_version == before_works and search(old, "558").total == 2
    monkeypatch.undo()
    with Store(path) as migrated:
        assert migrated.schema_version == len(store_module.MIGRATIONS)
        hits = search(migrated, "558")
        assert hits.total == 1
        assert len(Citer(migrated).cite_hit(hits.hits[0])["work"]["files"]) == 2


def _old_index(db: sqlite3.Connection, work_id: str, *, candidate: str | None = None) -> None:
    """How a store before works indexed every file (one full-text row per file)."""
    from knowledge.search_index import index_document

    source, kind, text, flat = db.execute("SELECT source, kind, text, flat FROM documents WHERE id = ?",
                                          (candidate,)).fetchone()
    index_document(db, document_id=str(candidate), source=source, kind=kind, text=text, flat=json.loads(flat))


@pytest.mark.parametrize(("a", "b", "same"), [
    # The letter as .txt and as the PDF made from it: one text.
    ("seeds/" + SEED_000, "pdf/synthetic/" + PDF_000, True),
    # An agenda item and the referat that contains it: related, not one text.
    ("pdf/ballerup_punkt8_rygestop_evaluering.pdf", "pdf/ballerup_referat_sundhedsudvalg_2012-12-04.pdf", False),
    # Two answers from the same template and committee.
    ("ft_qa/sou-2008-09-l15-spm20-svar.txt", "ft_qa/sou-2009-10-spm662-svar.txt", False),
])
def test_near_duplicate_threshold(corpus: Path, a: str, b: str, same: bool) -> None:
    from extract.load import load

    first, second = (works.shingles(load(corpus / name, ocr=False).text) for name in (a, b))
    assert (works.jaccard(first, second) >= works.THRESHOLD) is same


def test_source_url_from_sidecar_and_manifest(corpus: Path) -> None:
    assert works.source_url(str(corpus / "star" / "d12_ft_lovovervaagning_fleksydelse.txt")) == \
        "https://ft.dk/samling/20042/almdel/AMU/bilag/87/171527/index.htm"
    assert works.source_url(str(corpus / "pdf" / "ballerup_punkt8_rygestop_evaluering.pdf")).endswith(
        "04-12-2012 13:00:00/1552816.PDF")
    assert works.source_url(str(corpus / "pdf" / "synthetic" / PDF_000)) is None  # "synthetic", no address


def test_graph_has_one_document_node_per_work(db: Path) -> None:
    from knowledge.graph import graph_from_store

    with Store(db) as store:
        ids = {Path(d["source"]).name: d["id"] for d in store.documents()}
        graph = graph_from_store(store)
    documents = {n for n, d in graph.nodes(data=True) if d.get("kind") == "document"}
    assert len({f"document:{ids[SEED_000]}", f"document:{ids[PDF_000]}"} & documents) == 1, documents


@pytest.mark.parametrize(("name", "date", "samling"), [
    ("pdf/aarhus_byraad_referat_2025-08-27.pdf", "2025-08-27", None),  # was 2025-03-26
    ("pdf/ballerup_punkt8_rygestop_evaluering.pdf", "2012-12-04", None),  # was 2007-01-01
    ("star/d12_ft_lovovervaagning_fleksydelse.txt", None, "2004-05 (2. samling)"),  # was 2001-04-03
])
def test_misdated_documents_carry_their_real_dates_in_search(corpus: Path, tmp_path: Path, name: str,
                                                            date: str | None, samling: str | None) -> None:
    with Store(tmp_path / "dates.db") as store:
        store.ingest([corpus / name], limits=store_module.Limits(ocr=False))
        (doc,) = store.documents()
        facts = store.work_of(doc["id"])["facts"]
        row = store.db.execute("SELECT date, samling FROM search_docs WHERE document_id = ?", (doc["id"],)).fetchone()
    assert (facts["date"], facts["samling"]) == (date, samling)
    assert tuple(row) == (date, samling)  # the period filter and the cards use these


def test_a_samling_not_printed_is_derived_filterable_and_marked(corpus: Path, tmp_path: Path) -> None:
    with Store(tmp_path / "seed.db") as store:
        store.ingest([corpus / "seeds" / SEED_000])
        found = search(store, "målstyring", samling="2016-17")
        assert found.total == 1  # the .txt alone prints no samling: derived from 28 September 2017
        hit = Citer(store).cite_hit(found.hits[0])
        (doc,) = store.documents()
    assert hit["citation"]["samling_derived"] is True
    assert "samling 2016-17 (afledt)" in hit["citation"]["text"]
    assert doc["flat"]["samling"] is None  # the flat record view keeps the printed value only


@pytest.mark.parametrize("width", [50, 80, 120])
def test_trace_prints_readable_blocks_in_any_width(db: Path, width: int) -> None:
    from knowledge.cli_trace import timeline_text
    from knowledge.trace import trace

    with Store(db) as store:
        result = trace(store, "måltal")
    text = timeline_text("måltal", result, width=width)
    blocks = text.strip().split("\n\n")
    assert len(blocks) >= 1 + len(result["events"])  # a heading, then one block per event
    flowing = " ".join(text.split())
    for event in result["events"]:
        assert " ".join(event["quote"].split()) in flowing  # the quote whole: no word cut in two
    for line in text.splitlines():
        assert len(line) <= width or " " not in line.strip(), line  # only an unbreakable URL may run over
    dropped = next(b for b in blocks if "· dropped ·" in b)
    assert dropped.splitlines()[0].startswith("2014 · dropped")
    assert "Source: Beskæftigelsesministeriet" in dropped and "p. 1" in " ".join(dropped.split())


def test_trace_says_so_in_a_sentence_when_nothing_is_found(db: Path) -> None:
    result = runner.invoke(app, ["trace", "kvantefysik", "--db", str(db)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "No lineage events found for 'kvantefysik'" in result.stderr


def test_editing_a_works_primary_copy_points_the_work_at_its_other_copy(corpus: Path, tmp_path: Path) -> None:
    """A copy replaced by another text leaves the work: its other copy becomes the primary
    (chosen as when a copy is added), carries the merged facts and is what search finds."""
    txt, pdf = tmp_path / SEED_000, tmp_path / PDF_000
    txt.write_bytes((corpus / "seeds" / SEED_000).read_bytes())
    pdf.write_bytes((corpus / "pdf" / "synthetic" / PDF_000).read_bytes())
    db = tmp_path / "w.db"
    with Store(db) as store:
        assert len(store.ingest([pdf, txt]).loaded) == 2  # the PDF first: it is the indexed copy too
        (work_id, primary, indexed), = store.db.execute(
            "SELECT id, primary_document, indexed_document FROM works").fetchall()
        ids = dict(store.db.execute("SELECT path, document_id FROM sources").fetchall())
        assert primary == indexed == ids[str(pdf)]  # the richer copy (its samling is printed)
        pdf.write_bytes((corpus / "pdf" / OTHER_PDF).read_bytes())  # another file saved under its name
        assert store.ingest([pdf]).loaded == [str(pdf)]
        row = store.db.execute("SELECT primary_document, indexed_document, facts FROM works WHERE id = ?",
                               (work_id,)).fetchone()
        assert row[0] == row[1] == ids[str(txt)]
        assert [f["name"] for f in json.loads(row[2])["files"]] == [SEED_000]
        found = search(store, "558")
        assert found.total == 1 and found.hits[0]["document_id"] == ids[str(txt)]
        store.db.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")


@pytest.mark.parametrize(("excerpt", "whole"), [
    # Lines 1-77 of the notat's 2 pages as the loader prints them (corpus/municipal, meta.json):
    # most of the text, so it joins the PDF as one work, but it is a part of it.
    ("municipal/f10_ballerup_kl_proces_notat.txt", "pdf/ballerup_notat_2012_mdo_a.pdf"),
    # A project description cut after line 113 of its text.
    ("municipal/s03_ballerup_solvej6.txt", "pdf/ballerup_projektbeskrivelse_solvej6.pdf"),
])
def test_an_excerpt_joins_its_document_but_the_document_is_the_primary_copy(
        corpus: Path, tmp_path: Path, excerpt: str, whole: str) -> None:
    """The excerpt was the primary copy (richer facts, a text file before a PDF): search hits
    and citations named the corpus's excerpt instead of the document it was cut from."""
    with Store(tmp_path / "x.db") as store:
        assert len(store.ingest([corpus / excerpt, corpus / whole]).loaded) == 2
        ids = dict(store.db.execute("SELECT path, document_id FROM sources").fetchall())
        (primary, files), = store.db.execute(
            "SELECT primary_document, (SELECT COUNT(*) FROM work_files f WHERE f.work_id = w.id) FROM works w"
        ).fetchall()
        assert files == 2 and primary == ids[str(corpus / whole)]
