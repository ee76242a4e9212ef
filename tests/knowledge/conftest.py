"""A store made by `sporbar ingest corpus`, built once per test session and only read by
the tests that use it (test_tables, test_datasette, test_export); the scan of seed 000
read by OCR once, for the tests of a work whose copies arrive in any order."""
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


SEED000_SCAN = ROOT / "corpus" / "pdf" / "synthetic" / "ministry_letter_seed000_imageonly_300dpi.pdf"


@pytest.fixture(scope="session")
def seed000_scan():  # -> knowledge.pipeline.Extraction
    """BEU spm. 558 scanned (tests/fixtures/pdf_sources.csv), read by OCR once (about 10 s);
    skipped where tesseract with dan is missing. Tests add it with `Store.add`."""
    from extract.ocr import ocr_available
    from knowledge.pipeline import extract_path

    if not ocr_available():
        pytest.skip("tesseract with dan not installed")
    extraction = extract_path(SEED000_SCAN)
    # a copy of the seed's work read another way: its own text (OCR's line breaks and reading of the head), not
    # the seed's, so a quote shows which copy it came from
    assert extraction.document.text != (ROOT / "corpus" / "seeds" / "000_d0d93f54edcaac31.txt").read_text(encoding="utf-8")
    return extraction
