"""Datasette on a store made by `sporbar ingest corpus`, with the shipped metadata.json,
queried through its JSON API on 127.0.0.1: every table listed and counted right, its
facets working, answers faceted by udvalg and samling, lineage events filtered by
subject, and full-text search through the store's own index."""
from __future__ import annotations

import json
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from knowledge.danish_analysis import fold, term
from knowledge.tables import VIEWS

from .test_tables import ROOT

pytestmark = pytest.mark.slow

DATASETTE = Path(sys.executable).with_name("datasette")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def db(corpus_db: Path) -> Path:
    return corpus_db


@pytest.fixture(scope="module")
def base(db: Path) -> Iterator[str]:
    if not DATASETTE.exists() and not shutil.which("datasette"):
        pytest.skip("datasette is not installed (pip install -e '.[dev]')")
    port = _free_port()
    command = [str(DATASETTE) if DATASETTE.exists() else "datasette", str(db), "-m", str(ROOT / "metadata.json"),
               "-h", "127.0.0.1", "-p", str(port)]
    log = db.with_name("datasette.log")
    with log.open("w") as sink:  # a file, not a pipe: a full pipe would stall the server
        server = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):  # at most ~30 s to start
            if server.poll() is not None:
                pytest.fail(f"datasette exited: {log.read_text()}")
            try:
                urllib.request.urlopen(f"{url}/-/versions.json", timeout=2).close()
                break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail("datasette did not answer within 30 s")
        yield url
    finally:
        server.terminate()
        server.wait(timeout=20)


def get(base: str, path: str, **params: Any) -> dict[str, Any]:
    query = urllib.parse.urlencode([(k, x) for k, v in params.items() for x in (v if isinstance(v, list) else [v])])
    with urllib.request.urlopen(f"{base}{path}?{query}", timeout=30) as response:
        return json.loads(response.read())  # type: ignore[no-any-return]


_PRIMARY = ("NOT EXISTS (SELECT 1 FROM work_files f JOIN works w ON w.id = f.work_id "
            "WHERE f.document_id = {0} AND w.primary_document <> f.document_id)")


def sql(db: Path, query: str, *args: Any) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(query, args).fetchall()


def facet(data: dict[str, Any], column: str) -> dict[Any, int]:
    return {r["value"]: r["count"] for r in data["facet_results"][column]["results"]}


def test_every_table_is_listed_counted_and_faceted(base: str, db: Path) -> None:
    listed = {t["name"] for t in get(base, "/corpus.json")["views"]}
    assert {v.name for v in VIEWS} <= listed
    for view in VIEWS:
        data = get(base, f"/corpus/{view.name}.json", _shape="objects")
        count = sql(db, f"SELECT COUNT(*) FROM {view.name}")[0][0]
        assert data["filtered_table_rows_count"] == count > 0, view.name
        assert data["columns"] == [c.name for c in view.columns]
        for column in view.facets:  # the metadata's default facets, counted over all rows
            values = Counter(v for (v,) in sql(db, f"SELECT {column} FROM {view.name}") if v is not None)
            shown = facet(data, column)
            assert shown and all(values[v] == n for v, n in shown.items()), (view.name, column)


def test_answers_faceted_by_udvalg_and_samling(base: str, db: Path) -> None:
    data = get(base, "/corpus/answers.json", _facet=["udvalg", "samling"], _shape="objects")
    # Independently of the views: the answer records, by their document's udvalg in the
    # search index and their printed samling (else the one in the letter's header).
    pairs = [(udvalg, json.loads(data).get("samling") or samling) for udvalg, samling, data in sql(
        db, "SELECT s.udvalg, s.samling, r.data FROM records r JOIN search_docs s USING (document_id) "
            "WHERE r.type = 'Answer'")]
    assert facet(data, "udvalg") == dict(Counter(u for u, _ in pairs))
    assert facet(data, "samling") == dict(Counter(s for _, s in pairs if s))
    chosen = get(base, "/corpus/answers.json", udvalg="BEU", samling="2016-17", _facet="ministry", _shape="objects")
    assert chosen["filtered_table_rows_count"] == pairs.count(("BEU", "2016-17")) >= 1
    assert {r["question_number"] for r in chosen["rows"]} == {558}  # BEU alm. del spm. 558 (corpus/pdf/synthetic)
    assert facet(chosen, "ministry") == {"Beskæftigelsesministeriet": chosen["filtered_table_rows_count"]}


def test_lineage_events_filtered_by_subject(base: str, db: Path) -> None:
    data = get(base, "/corpus/lineage_events.json", subject__contains="måltal", _facet="kind", _shape="objects",
               _size=1000)
    # Each text once: a second file of the same text (a work's copy) adds no rows.
    expected = [json.loads(d) for (d,) in sql(db, "SELECT data FROM records r WHERE type = 'LineageEvent' AND "
                                              + _PRIMARY.format("r.document_id"))]
    expected = [e for e in expected if "måltal" in e["subject"]]
    assert data["filtered_table_rows_count"] == len(expected) > 0
    assert Counter(r["kind"] for r in data["rows"]) == Counter(e["event"] for e in expected)
    assert all(r["quote"] and r["page"] and r["document_title"] for r in data["rows"])
    exact = get(base, "/corpus/lineage_events.json", subject="statistiske måltal for de enkelte ordninger",
                _shape="objects")
    assert exact["filtered_table_rows_count"] == sum(e["subject"] == "statistiske måltal for de enkelte ordninger"
                                                     for e in expected)


def test_full_text_search_through_the_store_index(base: str, db: Path) -> None:
    """The index holds folded Danish stems (lower case, æ, ø and å kept), so
    "førtidspension" is what Datasette's box takes for Førtidspensionen; every hit holds the
    word, and every document that has it as a word of its own is found."""
    word = term("Førtidspensionen")
    assert word == "førtidspension"
    data = get(base, "/corpus/document_catalog.json", _search=word, _shape="objects", _size=1000)
    found = {r["document_id"] for r in data["rows"]}
    texts = dict(sql(db, "SELECT id, text FROM documents d WHERE " + _PRIMARY.format("d.id")))
    has_word = {i for i, t in texts.items() if re.search(r"\bførtidspension(?:en)?\b", t, re.IGNORECASE)}
    assert has_word and has_word <= found
    assert all("førtidspension" in fold(texts[i]) for i in found)
    answers = get(base, "/corpus/answers.json", _search=word, _shape="objects")
    assert {r["document_id"] for r in answers["rows"]} == found & {r[0] for r in sql(db, "SELECT document_id FROM answers")}


def test_indicators_faceted_and_filtered_by_status(base: str, db: Path) -> None:
    data = get(base, "/corpus/indicators.json", _facet="status", status="replaced", _shape="objects")
    # Independently of the view: the status table joined to the primary copies' indicators.
    replaced = sql(db, "SELECT json_extract(r.data, '$.title'), st.replaced_by FROM records r JOIN indicator_status st "
                       "USING (document_id, position) WHERE st.status = 'replaced' AND "
                       + _PRIMARY.format("r.document_id"))
    assert data["filtered_table_rows_count"] == len(replaced) >= 2
    assert {(r["title"], r["replaced_by"]) for r in data["rows"]} == set(replaced)
    assert ("Gnsn. varighed på ydelsen", "Antal og varighed af afsluttede forløb") in set(replaced)
    assert all(r["valid_to"] == "2019" and r["status_evidence"] for r in data["rows"])
