"""Issue 15's trace points: the same event from copies of one text appears once, and an
undated event takes its document's date for ordering, marked as such."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from knowledge.store import Store
from knowledge.trace import trace


@pytest.fixture(scope="module")
def seeds_with_copies(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds, plus seed 000 again as a PDF (corpus/pdf/synthetic, the same letter typeset) and
    as a renamed .txt copy: three copies of one text."""
    folder = tmp_path_factory.mktemp("copies")
    shutil.copytree(corpus / "seeds", folder / "seeds")
    shutil.copy(corpus / "pdf" / "synthetic" / "ministry_letter_seed000_reportlab.pdf", folder / "brev_kopi.pdf")
    shutil.copy(corpus / "seeds" / "000_d0d93f54edcaac31.txt", folder / "samme_brev.txt")
    db = folder / "copies.db"
    with Store(db) as store:
        report = store.ingest([folder])
        # the byte-identical .txt is the same file (content hash); the PDF is another copy of the text
        assert len(report.loaded) == 6 and len(report.unchanged) == 1, report
        assert len(store.records(types=["LineageEvent"], copies=True)) > len(store.records(types=["LineageEvent"]))
    return db


def test_an_event_from_copies_of_one_text_appears_once(seeds_with_copies: Path) -> None:
    with Store(seeds_with_copies) as store:
        events = trace(store, "måltal")["events"]
    dropped = [e for e in events if e["event"] == "dropped" and e["year"] == 2014]
    replaced = [e for e in events if e["event"] == "replaced" and e["year"] == 2014]
    assert len(dropped) == 1 and len(replaced) == 1, [(e["event"], e["year"], e["source"]) for e in events]


def test_an_undated_event_is_ordered_by_its_documents_date(seeds_with_copies: Path) -> None:
    with Store(seeds_with_copies) as store:
        events = trace(store, "benchmarking")["events"]
    # seed 002 is a letter of 30 April 2019: its undated half-yearly update plan is placed there
    undated = [e for e in events if e["year"] is None and e["source"].endswith("002_0a8bf424d9d4d72f.txt")]
    assert undated, events
    for e in undated:
        assert e["date_from_document"] and e["sort_date"] == e["document_date"] == "2019-04-30"
    keys = [e["sort_date"] for e in events if e["sort_date"]]
    assert keys == sorted(keys)
