"""Crash-safe ingest: SIGKILL part-way, rerun, every document stored exactly once and whole."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from knowledge.pipeline import extract_path

from .batch import document_count, make_batch, read_only, records_per_source, snapshot_problems
from .conftest import ROOT, SPORBAR, run_sporbar

COUNT = 500


def _start_ingest(folder: Path, db: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([*SPORBAR, "ingest", str(folder), "--db", str(db)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _kill_when(db: Path, process: subprocess.Popen[bytes], at_least: int, timeout: float = 120) -> int:
    """SIGKILL the ingest once `at_least` documents are stored; the count seen at the kill."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        seen = document_count(db)
        if seen >= at_least:
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
            return seen
        time.sleep(0.01)
    raise AssertionError(f"ingest ended or stalled before {at_least} documents (rc {process.returncode})")


@pytest.mark.slow
def test_sigkill_mid_ingest_then_rerun_stores_each_document_once(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    paths = make_batch(folder, COUNT)
    db = tmp_path / "store.db"

    process = _start_ingest(folder, db)
    seen = _kill_when(db, process, at_least=60)
    assert process.returncode == -signal.SIGKILL
    killed_at = document_count(db)
    assert seen <= killed_at < COUNT  # killed part-way, nothing committed was lost
    with read_only(db) as conn:
        assert snapshot_problems(conn) == []  # no half-written document after the kill

    rerun = run_sporbar("ingest", str(folder), "--db", str(db))
    assert rerun.returncode == 0, rerun.stderr
    assert f"loaded {COUNT - killed_at} file(s), unchanged {killed_at}, skipped 0" in rerun.stderr

    with read_only(db) as conn:
        assert snapshot_problems(conn) == []
        assert conn.execute("SELECT COUNT(*), COUNT(DISTINCT id) FROM documents").fetchone() == (COUNT, COUNT)
        assert conn.execute("SELECT COUNT(DISTINCT document_id) FROM sources").fetchone()[0] == COUNT
        unfinished = conn.execute("SELECT COUNT(*) FROM ingests WHERE finished IS NULL").fetchone()[0]
        assert unfinished == 1  # the killed run shows as unfinished
    expected = {p.name: len(extract_path(p).records) for p in paths}
    assert records_per_source(db) == expected  # complete records for every document

    stats = json.loads(run_sporbar("stats", "--db", str(db), "--json").stdout)
    assert stats["documents"] == COUNT and stats["skipped"] == []
    assert sum(stats["records_by_type"].values()) == sum(expected.values())
    assert stats["last_ingest"]["loaded"] == COUNT - killed_at


@pytest.mark.slow
def test_reingesting_unchanged_files_adds_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    make_batch(folder, 30)
    copy = tmp_path / "copy"
    make_batch(copy, 30)  # same bytes at other paths: same content ids
    db = tmp_path / "store.db"
    assert run_sporbar("ingest", str(folder), "--db", str(db)).returncode == 0
    again = run_sporbar("ingest", str(folder), str(copy), "--db", str(db))
    assert again.returncode == 0
    assert "loaded 0 file(s), unchanged 60, skipped 0" in again.stderr
    with read_only(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 30
        assert conn.execute("SELECT COUNT(*) FROM sources").fetchone()[0] == 60
