"""The indicator_status table (knowledge/indicator_status.py): every indicator's life-cycle
status as the lineage events of *all* stored documents state it, kept in step on every
ingest, whatever the order the documents come in, and read alike by the SQL view
`indicators` and by `sporbar export indicators`."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from knowledge.export import indicator_specs
from knowledge.indicator_status import status_of
from knowledge.store import MIGRATIONS, Store

# seeds 000 and 001 define indicators (ressourceforløb, fleksjob); seed 003 is the
# redegørelse that says ressourceforløb were introduced and fleksjob changed by the 2012
# reform: its events decide the status of indicators in other documents.
SEEDS = ("000_d0d93f54edcaac31.txt", "001_3dd5ad225882c538.txt", "003_85cc670bf6a80336.txt")
STAR = ("d11_jobindsats_gnsn_varighed_fjernet_2019.txt", "d01_jobindsats_aktiveringsgrad_passivandel.txt")


def _paths(corpus: Path) -> list[Path]:
    return [corpus / "seeds" / n for n in SEEDS] + [corpus / "star" / n for n in STAR]


def _table(store: Store) -> dict[tuple[str, int], tuple[Any, ...]]:
    return {(r[0], r[1]): tuple(r[2:]) for r in store.db.execute(
        "SELECT document_id, position, status, valid_from, valid_to, replaced_by, status_evidence "
        "FROM indicator_status")}


def _view(store: Store) -> dict[str, dict[str, Any]]:
    cur = store.db.execute("SELECT * FROM indicators")
    names = [d[0] for d in cur.description]
    return {r["title"]: r for r in (dict(zip(names, row)) for row in cur.fetchall())}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, corpus: Path) -> Store:
    s = Store(tmp_path_factory.mktemp("status") / "store.db")
    s.ingest(_paths(corpus))
    return s


def test_status_comes_from_events_in_another_document(store: Store) -> None:
    view = _view(store)
    ressource = view["indsatsen i ressourceforløb"]
    assert ressource["status"] == "introduced"
    seed_003 = store.db.execute("SELECT id FROM documents WHERE source LIKE '%003_85cc670bf6a80336%'").fetchone()[0]
    assert ressource["document_id"] != seed_003
    assert ressource["status_evidence"].startswith(f"{seed_003}: Der blev indført ressourceforløb")


def test_a_replaced_measure_has_its_successor_and_end_year_in_the_view(store: Store) -> None:
    row = _view(store)["Gnsn. varighed på ydelsen"]
    assert (row["status"], row["valid_to"], row["replaced_by"]) == (
        "replaced", "2019", "Antal og varighed af afsluttede forløb")


def test_the_table_equals_the_status_read_from_every_event(store: Store) -> None:
    events: dict[str, list[dict[str, Any]]] = {}
    for doc_id, _, data in store.records(types=["LineageEvent"], copies=True):
        events.setdefault(doc_id, []).append(data)
    table = _table(store)
    indicators = store.db.execute("SELECT document_id, position, json_extract(data, '$.title') FROM records "
                                  "WHERE type = 'IndicatorDefinition'").fetchall()
    assert len(indicators) >= 10
    for doc_id, position, title in indicators:
        expected = status_of(title, doc_id, events)
        got = table.get((doc_id, position))
        assert (got[0] if got else None) == expected.get("status"), title
        if got:
            assert got == tuple(expected.get(c) for c in (
                "status", "valid_from", "valid_to", "replaced_by", "status_evidence")), title
    assert sum(1 for v in table.values() if v[0]) >= 6


def test_the_order_of_ingest_does_not_matter(tmp_path: Path, corpus: Path, store: Store) -> None:
    backwards = Store(tmp_path / "backwards.db")
    for path in reversed(_paths(corpus)):  # the events' document first, then each indicator's
        backwards.ingest([path])
    assert _table(backwards) == _table(store)


def test_the_export_and_the_view_agree(store: Store) -> None:
    view = _view(store)
    specs = indicator_specs(store)
    assert specs
    for spec in specs:
        row = view[spec.title]
        assert (spec.status, spec.valid_from, spec.valid_to, spec.replaced_by, spec.status_evidence) == (
            row["status"], row["valid_from"], row["valid_to"], row["replaced_by"], row["status_evidence"])


def test_an_edited_source_takes_its_events_status_with_it(tmp_path: Path, corpus: Path) -> None:
    redegoerelse = tmp_path / "redegoerelse.txt"
    shutil.copy(corpus / "seeds" / SEEDS[2], redegoerelse)
    s = Store(tmp_path / "store.db")
    s.ingest([corpus / "seeds" / SEEDS[0], redegoerelse])
    assert _view(s)["indsatsen i ressourceforløb"]["status"] == "introduced"
    text = redegoerelse.read_text(encoding="utf-8")
    redegoerelse.write_text(text.replace("Der blev indført ressourceforløb", "Der er ressourceforløb"),
                            encoding="utf-8")
    s.ingest([redegoerelse])  # a new version of the file: the old one and its events are dropped
    assert _view(s)["indsatsen i ressourceforløb"]["status"] is None


def test_a_store_from_before_the_table_gets_it_filled_on_open(tmp_path: Path, corpus: Path) -> None:
    path = tmp_path / "old.db"
    Store(path).ingest(_paths(corpus))
    expected = _table(Store(path))
    db = sqlite3.connect(path)
    db.executescript("DROP VIEW indicators; DROP TABLE indicator_status; PRAGMA user_version = 4;")
    db.close()
    reopened = Store(path)
    assert reopened.schema_version == len(MIGRATIONS)
    assert _table(reopened) == expected and expected


def test_a_document_with_thousands_of_subject_words_is_stored(tmp_path: Path, corpus: Path) -> None:
    # Its events' word stems are matched against the other indicators' titles in chunks.
    many = tmp_path / "mange.txt"
    letters = "abdefghjklmnoprstuv"
    names = ["".join(letters[i // n % len(letters)] for n in (361, 19, 1)).capitalize() + "ordningen" for i in range(1500)]
    many.write_text("\n\n".join(f"{name} blev afskaffet i 2019." for name in names), encoding="utf-8")
    s = Store(tmp_path / "store.db")
    assert s.ingest([corpus / "seeds" / SEEDS[0], many]).ok
    assert _view(s)["indsatsen i ressourceforløb"]["status"] is None


def test_conditions_past_sqlites_expression_depth_are_asked_in_chunks() -> None:
    """One helper (indicator_status.matching_any) ORs the word tests of both look-ups in
    chunks: a row passing tests in several chunks comes once, the select's own condition
    and arguments hold in every chunk."""
    from knowledge.indicator_status import matching_any

    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE records (document_id TEXT, type TEXT, title TEXT)")
    db.executemany("INSERT INTO records VALUES (?, ?, ?)", [
        ("a", "IndicatorDefinition", "ledighed og fleksjob"), ("b", "IndicatorDefinition", "ressourceforløb"),
        ("c", "LineageEvent", "fleksjob"), ("d", "IndicatorDefinition", "sygedagpenge")])
    words = [f"ord{i}" for i in range(1500)]  # 1500 OR-ed tests: over SQLite's depth of 1000
    words[3], words[700], words[1499] = "fleksjob", "ledighed", "ressourceforløb"
    tests = [("instr(title, ?) > 0", w) for w in words]
    with pytest.raises(sqlite3.OperationalError):
        db.execute(f"SELECT * FROM records WHERE {' OR '.join(t for t, _ in tests)}", words).fetchall()
    rows = matching_any(db, "SELECT document_id, title FROM records WHERE type = ?", ["IndicatorDefinition"], tests)
    assert rows == [("a", "ledighed og fleksjob"), ("b", "ressourceforløb")]
