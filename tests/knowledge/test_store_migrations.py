"""Migrations of the store (knowledge/store_schema.py MIGRATIONS): SQL or Python steps, each run
inside the one migration transaction; a store made by an older version is upgraded to what
a fresh store of the running version holds."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from knowledge import store as store_mod
from knowledge.search import search
from knowledge.search_index import index_row, write_row
from knowledge.store import MIGRATIONS, Store

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_V5 = ROOT / "tests" / "fixtures" / "store" / "schema_v5.sql"  # as v5 was released
SEED_000 = "seeds/000_d0d93f54edcaac31.txt"  # BEU spm. 558 ...
TEXT_PDF = "pdf/synthetic/ministry_letter_seed000_reportlab.pdf"  # ... and its richer PDF copy: the primary
FILES = (SEED_000, TEXT_PDF, "seeds/001_3dd5ad225882c538.txt", "seeds/003_85cc670bf6a80336.txt",
         "star/d11_jobindsats_gnsn_varighed_fjernet_2019.txt")
# the tables a v5 store holds, filled as v5 filled them (the index aside: see _v5_store)
V5_TABLES = ("documents", "sources", "records", "skipped", "ingests", "works", "work_files", "work_bands",
             "indicator_status")


def test_a_python_step_runs_inside_the_migration_transaction(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "s.db"
    Store(path).close()
    ran: list[int] = []

    def fails(db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("a step failed half-way")

    def counts(db: sqlite3.Connection) -> None:
        ran.append(db.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
        db.execute("CREATE TABLE done (x)")

    monkeypatch.setattr(store_mod, "MIGRATIONS", [*MIGRATIONS, "CREATE TABLE before_it (x)", fails])
    with pytest.raises(RuntimeError):
        Store(path)
    with sqlite3.connect(path) as db:  # nothing of the failed migration stays, not even its SQL step
        assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert not db.execute("SELECT 1 FROM sqlite_master WHERE name IN ('before_it', 'half_done')").fetchall()
    monkeypatch.setattr(store_mod, "MIGRATIONS", [*MIGRATIONS, "CREATE TABLE before_it (x)", counts])
    with Store(path) as store:
        assert store.schema_version == len(MIGRATIONS) + 2 and ran == [0]
    with Store(path):
        assert ran == [0]  # run once


def _fresh(tmp_path: Path, corpus: Path) -> Path:
    path = tmp_path / "fresh.db"
    with Store(path) as store:
        for name in FILES:  # one by one, so both stores see the same order
            assert store.ingest([corpus / name]).ok
    return path


def _v5_store(tmp_path: Path, fresh: Path) -> Path:
    """A store as Sporbar v5 left it: its schema (tests/fixtures/store), the same documents,
    records and works, and the two faults v6 repairs: BEU spm. 558 searched through its .txt,
    not its primary PDF copy, and a status from an event sharing one word with a measure."""
    path = tmp_path / "v5.db"
    db = sqlite3.connect(path, isolation_level=None)
    db.executescript(SCHEMA_V5.read_text(encoding="utf-8"))
    db.execute("ATTACH DATABASE ? AS fresh", (str(fresh),))
    db.execute("BEGIN")
    for table in V5_TABLES:
        db.execute(f"INSERT INTO {table} SELECT * FROM fresh.{table}")
    txt = db.execute("SELECT document_id FROM sources WHERE path LIKE ?", (f"%{SEED_000}",)).fetchone()[0]
    for work_id, primary in db.execute("SELECT id, primary_document FROM works ORDER BY id").fetchall():
        indexed = txt if work_id == _work_of(db, txt) else primary
        source, kind, text, flat = db.execute("SELECT source, kind, text, flat FROM documents WHERE id = ?",
                                              (indexed,)).fetchone()
        write_row(db, index_row(indexed, source, kind, text, json.loads(flat)))
        db.execute("UPDATE works SET indexed_document = ? WHERE id = ?", (indexed, work_id))
    some = db.execute("SELECT document_id, position FROM records WHERE type = 'IndicatorDefinition' AND "
                      "(document_id, position) NOT IN (SELECT document_id, position FROM indicator_status) "
                      "LIMIT 1").fetchone()
    db.execute("INSERT INTO indicator_status (document_id, position, status, status_evidence) VALUES (?, ?, ?, ?)",
               (*some, "discontinued", "an event about 'Arbejdet', one word shared"))
    db.execute("COMMIT")
    db.execute("DETACH DATABASE fresh")
    assert db.execute("SELECT COUNT(*) FROM works WHERE indexed_document IS NOT primary_document").fetchone()[0] == 1
    db.close()
    return path


def _work_of(db: sqlite3.Connection, document_id: str) -> str:
    return str(db.execute("SELECT work_id FROM work_files WHERE document_id = ?", (document_id,)).fetchone()[0])


def _state(path: Path) -> dict[str, Any]:
    """What a store holds, without what differs between any two stores (rowids, times)."""
    db = sqlite3.connect(path)

    def rows(sql: str) -> list[tuple[Any, ...]]:
        return sorted(db.execute(sql).fetchall(), key=repr)

    state = {
        "schema": rows("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"),
        "version": db.execute("PRAGMA user_version").fetchone()[0],
        "documents": rows("SELECT id, source, media, kind, text, pages, regions, flat, ftdk_document_id FROM documents"),
        "sources": rows("SELECT path, document_id, size FROM sources"),
        "records": rows("SELECT document_id, position, type, data FROM records"),
        "works": rows("SELECT * FROM works"),
        "work_files": rows("SELECT * FROM work_files"),
        "work_bands": rows("SELECT * FROM work_bands"),
        "indicator_status": rows("SELECT * FROM indicator_status"),
        "search_docs": rows("SELECT document_id, source, title, kind, doc_type, udvalg, samling, date, asker, party, "
                            "ministry FROM search_docs"),
        "views": {name: rows(f"SELECT {', '.join(_columns(db, name))} FROM {name}") for (name,) in
                  db.execute("SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name").fetchall()},
    }
    db.close()
    state["schema"] = [(t, n, tb, " ".join((sql or "").split())) for t, n, tb, sql in state["schema"]]
    return state


def _columns(db: sqlite3.Connection, view: str) -> list[str]:
    """The view's columns but the search index's rowid, which a rebuilt index gives anew."""
    return [c[1] for c in db.execute(f"PRAGMA table_info({view})") if c[1] != "search_rowid"]


def _found(path: Path) -> list[list[tuple[str, str, str]]]:
    with Store(path, read_only=True) as store:
        return [[(h["document_id"], h["title"], h["snippet"]) for h in search(store, q).hits]
                for q in ("lovbemærkningerne", "ressourceforløb", "spm 558", "gennemsnitlig varighed")]


def test_a_v5_store_upgrades_to_what_a_fresh_store_holds(tmp_path: Path, corpus: Path) -> None:
    fresh = _fresh(tmp_path, corpus)
    old = _v5_store(tmp_path, fresh)
    assert _state(old)["works"] != _state(fresh)["works"]  # the faults are there to repair
    assert _state(old)["indicator_status"] != _state(fresh)["indicator_status"]
    with Store(old) as store:
        assert store.schema_version == len(MIGRATIONS)
        assert store.stats()["documents_from_older_extractor"] == len(FILES)  # v5 kept no stamp
        store.db.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")
    upgraded, expected = _state(old), _state(fresh)
    assert upgraded.keys() == expected.keys()
    for part in expected:
        assert upgraded[part] == expected[part], part
    assert _found(old) == _found(fresh) and all(_found(fresh))
    # and the next ingest reads v5's documents again, after which the stores are alike
    with Store(old) as store:
        assert len(store.ingest([corpus / name for name in FILES]).reread) == len(FILES)
        assert store.stats()["documents_from_older_extractor"] == 0
    reread, expected = _state(old), _state(fresh)
    # A copy read again joins its work anew: by its text, as the copy it now is, even when the
    # fresh store's work was founded by it; which files a work has is the same.
    for state in (reread, expected):
        state["work_files"] = [(document, work) for document, work, *_ in state["work_files"]]
        state["views"].pop("document_catalog")  # it shows how each file joined
    assert reread == expected and _found(old) == _found(fresh)


def test_a_store_from_a_newer_sporbar_is_not_written(tmp_path: Path) -> None:
    """An older Sporbar writing a store a newer one migrated would leave its newer tables
    out of step (documents without their rows there); it refuses, naming the versions."""
    from extract.errors import StoreError

    path = tmp_path / "s.db"
    Store(path).close()
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(StoreError, match=f"s.db: the store has schema version {len(MIGRATIONS) + 1}, made by a "
                                         f"newer Sporbar than this one \\(which knows up to {len(MIGRATIONS)}\\); "
                                         "upgrade Sporbar"):
        Store(path)
    with Store(path, read_only=True) as store:  # reading changes nothing: allowed
        assert store.schema_version == len(MIGRATIONS) + 1
