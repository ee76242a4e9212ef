"""Concurrency: readers see whole documents while an ingest writes (WAL), and two ingests
of the same folder at once store each document once."""
from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest

from knowledge.search import search
from knowledge.store import Store

from .batch import document_count, make_batch, read_only, snapshot_problems
from .conftest import ROOT, SPORBAR


def _ingest(folder: Path, db: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([*SPORBAR, "ingest", str(folder), "--db", str(db)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.slow
def test_two_ingests_of_one_folder_at_once_store_each_document_once(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    make_batch(folder, 120)
    db = tmp_path / "store.db"
    Store(db).close()  # both start on a migrated store, as after a first `sporbar ingest`
    first, second = _ingest(folder, db), _ingest(folder, db)
    results = [p.communicate(timeout=300) for p in (first, second)]
    assert (first.returncode, second.returncode) == (0, 0), results
    with read_only(db) as conn:
        assert snapshot_problems(conn) == []
        assert conn.execute("SELECT COUNT(*), COUNT(DISTINCT id) FROM documents").fetchone() == (120, 120)
        assert conn.execute("SELECT COUNT(*) FROM sources").fetchone()[0] == 120
        finished = conn.execute("SELECT loaded, unchanged FROM ingests WHERE finished IS NOT NULL").fetchall()
    assert len(finished) == 2
    assert sum(loaded for loaded, _ in finished) == 120  # every document loaded by exactly one of them
    assert all(loaded + unchanged == 120 for loaded, unchanged in finished)


@pytest.mark.slow
def test_reader_sees_consistent_snapshots_during_an_ingest(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    make_batch(folder, 200)
    db = tmp_path / "store.db"
    Store(db).close()
    writer = _ingest(folder, db)
    counts: list[int] = []
    reader = Store(db)  # what the app holds open
    try:
        deadline = time.monotonic() + 300
        while writer.poll() is None and time.monotonic() < deadline:
            with read_only(db) as conn:
                assert snapshot_problems(conn) == []
            stats = reader.stats()
            assert stats["documents"] >= (counts[-1] if counts else 0)  # never goes backwards
            counts.append(stats["documents"])
            result = search(reader, "førtidspension")
            assert isinstance(result.hits, list)
            for hit in result.hits[:3]:  # every hit's document is whole
                assert reader.records(document_id=hit["document_id"])
            time.sleep(0.02)
    finally:
        reader.close()
    writer.communicate(timeout=60)
    assert writer.returncode == 0
    assert len(set(counts)) >= 3, counts  # we really read while it wrote
    assert document_count(db) == 200
