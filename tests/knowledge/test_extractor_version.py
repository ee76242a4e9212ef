"""A store built by an older Sporbar is read again by the newer one: `ingest` compares the
extractor that read each stored document (knowledge/extractor_version.py) with the running
one and reads unchanged files again when they differ, in one transaction per document."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

import knowledge.store as store_mod
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
    db.executescript(f"DROP TABLE extractions; PRAGMA user_version = {len(MIGRATIONS) - 1};")
    db.close()
    with Store(path) as store:
        assert store.schema_version == len(MIGRATIONS)
        assert store.stats()["documents_from_older_extractor"] == 1
        assert len(store.ingest([corpus / LETTER]).reread) == 1
        assert store.stats()["documents_from_older_extractor"] == 0
