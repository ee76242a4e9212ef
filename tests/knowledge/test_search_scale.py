"""Smoke run of the scale bench's generator and queries (no timing: that is bench/'s job)."""
from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import search_scale  # noqa: E402

from knowledge.search import search  # noqa: E402
from knowledge.store import Store  # noqa: E402


def test_generated_documents_are_distinct_and_findable(tmp_path: Path) -> None:
    docs = search_scale.generate(120, seed=3)
    assert len({d.extraction.document.id for d in docs}) == 120
    with Store(tmp_path / "scale.db") as store:
        for d in docs:
            assert store.add(d.extraction)
        assert store.db.execute("SELECT COUNT(*) FROM search_docs").fetchone()[0] == 120
        rng = random.Random(5)
        targets = rng.sample(range(120), 30)
        found = 0
        for t in targets:
            query = search_scale.make_query(docs[t], rng)
            ids = [h["document_id"] for h in search(store, query, limit=10).hits]
            found += docs[t].extraction.document.id in ids
        assert found / len(targets) >= 0.9


def test_naive_scan_finds_a_document_by_its_words() -> None:
    texts = ["der skal udarbejdes måltal", "fleksjob og førtidspension", "måltal for fleksjob"]
    assert search_scale.naive_scan(texts, "måltal fleksjob") == [2, 0, 1]
