"""The store's schema, migrations and idempotence, as the search index sees them."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from knowledge.search import search
from knowledge.store import MIGRATIONS, Store, default_db_path
from knowledge.store_schema import SEARCH_VERSION


def test_fresh_store_has_the_search_index_in_wal_mode(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        assert store.schema_version == len(MIGRATIONS) >= SEARCH_VERSION
        tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master")}
        assert {"documents", "records", "search_docs", "search_fts", "search_vocab"} <= tables
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_ingesting_twice_changes_nothing(tmp_path: Path, corpus: Path) -> None:
    files = sorted((corpus / "ft_qa").glob("*.txt"))[:4] + [corpus / "seeds" / "000_d0d93f54edcaac31.txt"]
    with Store(tmp_path / "s.db") as store:
        first = store.ingest(files)
        counts = [store.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                  for t in ("documents", "records", "search_docs")]
        hits = [h["document_id"] for h in search(store, "ministeren", limit=20).hits]
        second = store.ingest(files)
        assert len(first.loaded) == 5 and second.loaded == [] and len(second.unchanged) == 5
        assert counts == [store.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                          for t in ("documents", "records", "search_docs")]
        assert counts[0] == counts[2] == 5
        assert [h["document_id"] for h in search(store, "ministeren", limit=20).hits] == hits


def test_same_bytes_at_two_paths_are_indexed_once(tmp_path: Path, corpus: Path) -> None:
    source = corpus / "seeds" / "000_d0d93f54edcaac31.txt"
    copy = tmp_path / "kopi.txt"
    copy.write_bytes(source.read_bytes())
    with Store(tmp_path / "s.db") as store:
        store.ingest([source, copy])
        assert len(search(store, "måltal forligskredsen").hits) == 1


def test_migrating_a_v1_store_indexes_its_documents(tmp_path: Path) -> None:
    db_path = tmp_path / "old.db"
    db = sqlite3.connect(db_path)
    db.executescript(MIGRATIONS[0] + "PRAGMA user_version = 1;")
    flat = {"doc_type": "answer", "udvalg": {"name": "Beskæftigelsesudvalget", "abbrev": None},
            "question_text": "Vil ministeren oplyse måltallene for fleksjob?", "asked_by": []}
    db.execute("INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?)",
               ("abc123", "old.txt", "text", "answer", "Svar om måltal for fleksjobområdet.", "[]", "[]",
                json.dumps(flat), None, "2020-01-01T00:00:00+00:00"))
    db.commit()
    db.close()
    with Store(db_path) as store:
        assert store.schema_version == len(MIGRATIONS)
        hit = search(store, "maaltal fleksjob").hits[0]
        assert hit["document_id"] == "abc123" and hit["udvalg"]["name"] == "Beskæftigelsesudvalget"
        assert search(store, "fleksjob", udvalg="BEU").hits[0]["document_id"] == "abc123"


def test_reopening_does_not_migrate_again(tmp_path: Path) -> None:
    Store(tmp_path / "s.db").close()
    with Store(tmp_path / "s.db") as store:
        assert store.schema_version == len(MIGRATIONS)


def test_db_location_is_configurable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SPORBAR_DB", str(tmp_path / "env.db"))
    assert default_db_path() == tmp_path / "env.db"
    monkeypatch.delenv("SPORBAR_DB")
    assert default_db_path().name == "sporbar.db" and "sporbar" in str(default_db_path().parent)


def test_words_of_documents_added_after_the_vocabulary_snapshot_are_found(tmp_path: Path, corpus: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.ingest([corpus / "ft_qa" / "kuu-2019-20-spm55-spm.txt"])
        assert search(store, "børneteater").hits  # takes the snapshot
        store.ingest([corpus / "ft_qa" / "eru-2017-18-spm343-spm.txt"])
        result = search(store, "støjmålinger Tune")
        assert [Path(h["source"]).name for h in result.hits] == ["eru-2017-18-spm343-spm.txt"]
        assert not result.suggestions
