"""A store built by an older Sporbar is read again by the newer one: `ingest` compares the
extractor that read each stored document (knowledge/extractor_version.py) with the running
one and reads unchanged files again when they differ, in one transaction per document."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

import knowledge.store as store_mod
import knowledge.store_index as store_index
from knowledge.extractor_version import READER_PACKAGES, extractor_version
from knowledge.search import search
from knowledge.store import MIGRATIONS, Store

LETTER = "seeds/000_d0d93f54edcaac31.txt"  # BEU spm. 558: an answer with lineage events


def _older_extractor(store: Store, document_id: str) -> None:
    """What a store written by an earlier version looks like: another extractor's stamp and
    records that version got wrong (here: no records and an empty flat view)."""
    with store.transaction() as db:
        db.execute("UPDATE extractions SET extractor = 'an-older-one' WHERE document_id = ?", (document_id,))
        db.execute("DELETE FROM records WHERE document_id = ?", (document_id,))
        db.execute("UPDATE documents SET flat = '{}' WHERE id = ?", (document_id,))


def test_the_version_names_the_readers_code_and_tables() -> None:
    assert extractor_version() == extractor_version() and len(extractor_version()) == 16
    assert READER_PACKAGES == ("extract", "nlp", "danish")


def test_a_document_read_by_an_older_extractor_is_read_again(tmp_path: Path, corpus: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        first = store.ingest([corpus / LETTER])
        [document_id] = [r[0] for r in store.db.execute("SELECT id FROM documents")]
        records = store.db.execute("SELECT COUNT(*) FROM records WHERE document_id = ?", (document_id,)).fetchone()[0]
        flat = store.db.execute("SELECT flat FROM documents WHERE id = ?", (document_id,)).fetchone()[0]
        assert len(first.loaded) == 1 and records > 0 and store.is_current(document_id)

        _older_extractor(store, document_id)
        assert not store.is_current(document_id) and store.stats()["documents_from_older_extractor"] == 1
        again = store.ingest([corpus / LETTER])
        assert len(again.reread) == 1 and again.reread[0].endswith("000_d0d93f54edcaac31.txt")
        assert again.loaded == [] and again.unchanged == []
        assert store.is_current(document_id) and store.stats()["documents_from_older_extractor"] == 0
        assert store.db.execute("SELECT COUNT(*) FROM records WHERE document_id = ?",
                                (document_id,)).fetchone()[0] == records
        assert json.loads(store.db.execute("SELECT flat FROM documents WHERE id = ?", (document_id,)).fetchone()[0]) \
            == json.loads(flat)
        # one document, one work, one search row: nothing left over from the old version
        assert [store.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in ("documents", "works", "search_docs")] == [1, 1, 1]
        assert search(store, "måltal forligskredsen").hits[0]["document_id"] == document_id
        store.db.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")  # raises if corrupt

        # the running extractor's own documents are left alone
        third = store.ingest([corpus / LETTER])
        assert third.reread == [] and len(third.unchanged) == 1


def test_a_failed_reread_keeps_the_old_version_whole(tmp_path: Path, corpus: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(tmp_path / "s.db") as store:
        store.ingest([corpus / LETTER])
        [document_id] = [r[0] for r in store.db.execute("SELECT id FROM documents")]
        with store.transaction() as db:
            db.execute("UPDATE extractions SET extractor = 'an-older-one' WHERE document_id = ?", (document_id,))
        records = store.db.execute("SELECT COUNT(*) FROM records").fetchone()[0]

        def fail(db: sqlite3.Connection, extraction: object) -> None:
            raise RuntimeError("a hook failed half-way")

        monkeypatch.setattr(store_mod, "_ON_ADD", [*store_mod._ON_ADD, fail])
        report = store.ingest([corpus / LETTER])
        assert report.reread == [] and len(report.skipped) == 1 and "internal error" in report.skipped[0][1]
        assert store.db.execute("SELECT COUNT(*) FROM records").fetchone()[0] == records
        assert store.db.execute("SELECT extractor FROM extractions").fetchone()[0] == "an-older-one"
        assert len(search(store, "måltal forligskredsen").hits) == 1


def test_a_store_from_before_the_stamp_is_read_again(tmp_path: Path, corpus: Path) -> None:
    path = tmp_path / "s.db"
    with Store(path) as store:
        store.ingest([corpus / LETTER])
    db = sqlite3.connect(path)
    # a v6 store: the `extractions` table came with v7 (later migrations follow it)
    db.executescript("DROP TABLE extractions; PRAGMA user_version = 6;")
    db.close()
    with Store(path) as store:
        assert store.schema_version == len(MIGRATIONS)
        assert store.stats()["documents_from_older_extractor"] == 1
        assert len(store.ingest([corpus / LETTER]).reread) == 1
        assert store.stats()["documents_from_older_extractor"] == 0


SECOND = "seeds/002_0a8bf424d9d4d72f.txt"  # KL's benchmarking letter: another work


def _stale_index(store: Store, document_id: str) -> None:
    """The index an older Sporbar wrote for the document: other terms ("forældetord") and
    another title, with the old extractor's stamp."""
    from knowledge.search_index import index_row, write_row
    from knowledge.store_index import unindex_document

    with store.transaction() as db:
        source, kind, text, flat = db.execute("SELECT source, kind, text, flat FROM documents WHERE id = ?",
                                              (document_id,)).fetchone()
        row = index_row(document_id, source, kind, text, json.loads(flat))
        unindex_document(db, document_id)
        write_row(db, type(row)(row.document_id, row.source, row.kind, "en gammel titel", row.meta,
                                {**row.columns, "body": "forældetord"}))
        db.execute("UPDATE extractions SET extractor = 'an-older-one' WHERE document_id = ?", (document_id,))


def _ids(store: Store) -> list[str]:
    return [r[0] for r in store.db.execute("SELECT id FROM documents ORDER BY source")]


def test_a_reread_analyses_each_document_for_the_index_once(tmp_path: Path, corpus: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Re-reading used to take each document out of the index with the running analysis,
    index it again, then rebuild the whole index: three analyses of every re-read document.
    Now the index is rebuilt once, after the re-reads."""
    import knowledge.search_index as search_index

    with Store(tmp_path / "s.db") as store:
        store.ingest([corpus / LETTER, corpus / SECOND])
        for document_id in _ids(store):
            _stale_index(store, document_id)
        analysed: list[str] = []
        real = search_index.index_row

        def counting(document_id: str, *args: object) -> search_index.IndexRow:
            analysed.append(document_id)
            return real(document_id, *args)  # type: ignore[arg-type]

        monkeypatch.setattr(search_index, "index_row", counting)
        assert len(store.ingest([corpus / LETTER, corpus / SECOND]).reread) == 2
        assert sorted(analysed) == sorted(_ids(store))
        assert search(store, "forældetord").total == 0
        assert search(store, "måltal forligskredsen").hits[0]["title"] != "en gammel titel"
        store.db.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")


def test_an_ingest_killed_before_the_index_rebuild_is_repaired_on_next_open(tmp_path: Path, corpus: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The re-read documents and the mark "index rebuild pending" are committed together; if
    the process dies before the rebuild, the next open rebuilds, so search never serves the
    old index for the new records."""
    path = tmp_path / "s.db"
    with Store(path) as store:
        store.ingest([corpus / LETTER, corpus / SECOND])
        high = store.db.execute("SELECT MAX(rowid) FROM search_docs").fetchone()[0]
        for document_id in _ids(store):
            _stale_index(store, document_id)

        def killed(db: sqlite3.Connection) -> None:
            raise KeyboardInterrupt("killed during the rebuild")

        monkeypatch.setattr(store_index, "reindex_works", killed)
        with pytest.raises(KeyboardInterrupt):
            store.ingest([corpus / LETTER, corpus / SECOND])
        assert store.stats()["documents_from_older_extractor"] == 0  # the re-reads were committed
    monkeypatch.undo()
    with Store(path, read_only=True) as store:  # a search's read-only open repairs it first
        assert search(store, "forældetord").total == 0
        assert search(store, "måltal forligskredsen").hits[0]["title"] != "en gammel titel"
        assert search(store, "benchmarking").total == 1
        store.db.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")
        assert store.db.execute("SELECT COUNT(*) FROM search_state WHERE key = 'rebuild_pending'").fetchone()[0] == 0
        # rebuilt rows get new rowids: caches keyed by the largest rowid see a new index
        assert store.db.execute("SELECT MIN(rowid) FROM search_docs").fetchone()[0] > high


def test_an_ingest_after_an_interrupted_rebuild_finishes_it(tmp_path: Path, corpus: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "s.db"
    with Store(path) as store:
        store.ingest([corpus / LETTER])
        _stale_index(store, _ids(store)[0])
        monkeypatch.setattr(store_index, "reindex_works", lambda db: (_ for _ in ()).throw(RuntimeError("killed")))
        with pytest.raises(RuntimeError):
            store.ingest([corpus / LETTER])
        monkeypatch.undo()
        # the same Store object, no reopening: the next ingest sees the mark and rebuilds
        report = store.ingest([corpus / SECOND])
        assert report.loaded and not report.reread
        assert search(store, "forældetord").total == 0
        assert search(store, "måltal forligskredsen").total == 1 and search(store, "benchmarking").total == 1


def test_a_reread_numbers_the_rebuilt_rows_above_the_old_ones(tmp_path: Path, corpus: Path) -> None:
    """Result caches and the vocabulary snapshot are keyed by the largest rowid: a store of
    one document read again must not get its old rowid back."""
    with Store(tmp_path / "s.db") as store:
        store.ingest([corpus / LETTER])
        (before,), = store.db.execute("SELECT rowid FROM search_docs")
        _older_extractor(store, _ids(store)[0])
        assert len(store.ingest([corpus / LETTER]).reread) == 1
        (after,), = store.db.execute("SELECT rowid FROM search_docs")
        assert after > before


def test_a_store_failing_at_the_rebuild_is_a_store_error_and_repaired_later(tmp_path: Path, corpus: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A disk error in the final rebuild was a raw sqlite3 error (a traceback from the CLI)."""
    from extract.errors import StoreError

    path = tmp_path / "s.db"
    with Store(path) as store:
        store.ingest([corpus / LETTER])
        _stale_index(store, _ids(store)[0])

        def disk_error(db: sqlite3.Connection) -> None:
            raise sqlite3.OperationalError("disk I/O error")

        monkeypatch.setattr(store_index, "reindex_works", disk_error)
        with pytest.raises(StoreError, match="s.db: cannot finish the ingest: .* it is rebuilt when the store"):
            store.ingest([corpus / LETTER])
    monkeypatch.undo()
    with Store(path) as store:
        assert search(store, "forældetord").total == 0 and search(store, "måltal forligskredsen").total == 1
