"""Filtered exports of a work with several files hold it as a filtered search lists it
(reviewer, session 4): with BEU spm. 558's scan ingested before its .txt and text-layer
PDF, `export answers --udvalg BEU` (and --samling, --from/--to) missed the letter and
`export events --udvalg BEU` its måltal events, although the unfiltered exports had them."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from knowledge.cli import app
from knowledge.pipeline import Extraction
from knowledge.search import search
from knowledge.store import Store

FILTERS = [("--udvalg", "BEU"), ("--samling", "2016-17"), ("--from", "2017", "--to", "2017")]
SEARCH_FILTERS = [{"udvalg": "BEU"}, {"samling": "2016-17"}, {"date_from": "2017", "date_to": "2017"}]


@pytest.fixture(scope="module")
def db(corpus: Path, seed000_scan: Extraction, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The scan first, as in a store built while the scan came first in the folder order."""
    path = tmp_path_factory.mktemp("export_copies") / "s.db"
    with Store(path) as store:
        assert store.add(seed000_scan)
        report = store.ingest([corpus / "seeds", corpus / "pdf" / "synthetic" / "ministry_letter_seed000_reportlab.pdf",
                               corpus / "star" / "d08_star_om_kontanthjaelpsreformen.txt"])
        assert len(report.loaded) == 7, report
    return path


def _export(db: Path, name: str, *args: str) -> list[dict]:
    result = CliRunner().invoke(app, ["export", name, "--format", "jsonl", *args, "--db", str(db)])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def _document_558(db: Path) -> str:
    with Store(db) as store:
        return str(store.db.execute("SELECT primary_document FROM works w JOIN work_files f ON f.work_id = w.id "
                                    "GROUP BY w.id HAVING COUNT(*) = 3").fetchone()[0])


@pytest.mark.parametrize("args, filters", list(zip(FILTERS, SEARCH_FILTERS)))
def test_filtered_answers_are_the_answers_a_filtered_search_lists(db: Path, args: tuple[str, ...],
                                                                  filters: dict[str, str]) -> None:
    everything = {r["document_id"] for r in _export(db, "answers")}
    with Store(db) as store:
        listed = {h["document_id"] for h in search(store, "", limit=500, **filters).hits}
    exported = [r["document_id"] for r in _export(db, "answers", *args)]
    assert _document_558(db) in exported
    assert set(exported) == listed & everything


def test_filtered_events_keep_the_letters_maaltal_events(db: Path) -> None:
    letter = _document_558(db)
    everything = [e for e in _export(db, "events") if e["document_id"] == letter]
    assert any("måltal" in (e["subject"] or "") for e in everything)
    assert [e for e in _export(db, "events", "--udvalg", "BEU") if e["document_id"] == letter] == everything
