"""A store made by `sporbar ingest corpus`, built once per test session and only read by
the tests that use it (test_tables, test_datasette, test_export)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def build_corpus_store(db: Path) -> None:
    """`sporbar ingest corpus` without OCR (the one scanned PDF is then skipped, exit 1)."""
    done = subprocess.run([sys.executable, "-m", "knowledge.cli", "ingest", str(ROOT / "corpus"), "--no-ocr",
                           "--db", str(db)], capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert done.returncode in (0, 1), done.stderr
    assert "loaded" in done.stderr and db.exists()


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("corpus_store") / "corpus.db"  # Datasette names it "corpus"
    build_corpus_store(db)
    return db
