"""A work is searched and quoted through its primary copy, whatever order its copies
arrive in (reviewer, session 4): BEU spm. 558 is in corpus/ as the seed .txt, a text-layer
PDF and a scan of it (corpus/pdf/synthetic, tests/fixtures/pdf_sources.csv). OCR read with
English beside Danish (before session 16) gave "førtidspension" as "fortidspension" and missed
"lovbemærkningerne"; when the scan came first it used to stay the indexed copy, so the word was
not found and quotes had OCR errors. Each hit must come from the primary copy, by its id."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.citation import Citer
from knowledge.pipeline import Extraction
from knowledge.search import search
from knowledge.store import Store

SEED_000 = "000_d0d93f54edcaac31.txt"
SCAN = "ministry_letter_seed000_imageonly_300dpi.pdf"
TEXT_PDF = "ministry_letter_seed000_reportlab.pdf"


@pytest.fixture(scope="module")
def scan(seed000_scan: Extraction) -> Extraction:
    return seed000_scan


def _ingest(store: Store, corpus: Path, scan: Extraction, order: list[str]) -> dict[str, str]:
    """Ingest the named copies in this order; file name -> document id."""
    ids = {}
    for name in order:
        if name == SCAN:
            assert store.add(scan)
            ids[name] = scan.document.id
        else:
            path = corpus / ("seeds" if name == SEED_000 else "pdf/synthetic") / name
            assert store.ingest([path]).loaded == [str(path)]
            ids[name] = store.db.execute("SELECT document_id FROM sources WHERE path = ?", (str(path),)).fetchone()[0]
        search(store, "måltal")  # a search between ingests takes the vocabulary snapshot
    return ids


def _the_one_hit(store: Store, query: str) -> dict:
    """The single hit, cited as `sporbar search` cites it."""
    found = search(store, query)
    assert found.total == 1, (query, found.hits)
    return Citer(store).cite_hit(found.hits[0])


@pytest.mark.parametrize("order, primary", [
    ([SCAN, SEED_000], SEED_000),
    ([SEED_000, SCAN], SEED_000),
    ([SCAN, SEED_000, TEXT_PDF], TEXT_PDF),  # the richest copy (its samling is printed) arrives last
    ([TEXT_PDF, SCAN, SEED_000], TEXT_PDF),
])
def test_the_primary_copy_is_indexed_and_quoted_in_any_order(corpus: Path, tmp_path: Path, scan: Extraction,
                                                             order: list[str], primary: str) -> None:
    with Store(tmp_path / "s.db") as store:
        ids = _ingest(store, corpus, scan, order)
        (work_primary, indexed), = store.db.execute("SELECT primary_document, indexed_document FROM works")
        assert work_primary == indexed == ids[primary]
        assert [r[0] for r in store.db.execute("SELECT document_id FROM search_docs")] == [ids[primary]]
        hit = _the_one_hit(store, "lovbemærkningerne")
        assert hit["document_id"] == ids[primary]
        assert hit["citation"]["file"] == primary
        assert "lovbemærkningerne" in hit["citation"]["quote"]
        quote = _the_one_hit(store, "førtidspension tilgang")["citation"]["quote"]
        assert "førtidspension" in quote and "fortidspension" not in quote  # the primary copy's words
        store.db.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")


def test_a_moved_index_row_never_reuses_a_rowid(corpus: Path, tmp_path: Path, scan: Extraction) -> None:
    """Result caches and the vocabulary snapshot are keyed by the largest rowid: the row of
    the copy that replaces the scan must not get the scan's rowid back."""
    with Store(tmp_path / "s.db") as store:
        _ingest(store, corpus, scan, [SCAN])
        (before,), = store.db.execute("SELECT rowid FROM search_docs")
        _ingest(store, corpus, scan, [SEED_000])
        (after,), = store.db.execute("SELECT rowid FROM search_docs")
        assert after > before


def test_a_store_indexed_through_the_scan_is_repaired_on_open(corpus: Path, tmp_path: Path, scan: Extraction) -> None:
    """A store made before the fix (v5) keeps the scan in the index: opening it moves the
    index to the primary copy."""
    from knowledge.search_index import index_document
    from knowledge.store_index import unindex_document
    from knowledge.store_schema import PRIMARY_INDEX_VERSION

    path = tmp_path / "old.db"
    with Store(path) as store:
        ids = _ingest(store, corpus, scan, [SCAN, SEED_000])
        with store.transaction() as db:  # the index as the old code left it: through the scan
            unindex_document(db, ids[SEED_000])
            index_document(db, document_id=ids[SCAN], source=scan.document.source, kind=scan.kind,
                           text=scan.document.text, flat=scan.flat.model_dump(mode="json"))
            db.execute("UPDATE works SET indexed_document = ?", (ids[SCAN],))
            db.execute(f"PRAGMA user_version = {PRIMARY_INDEX_VERSION - 1}")
        assert [h["document_id"] for h in search(store, "558").hits] == [ids[SCAN]]
    with Store(path) as store:
        assert [r[0] for r in store.db.execute("SELECT indexed_document FROM works")] == [ids[SEED_000]]
        assert _the_one_hit(store, "lovbemærkningerne")["citation"]["file"] == SEED_000
        store.db.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")
