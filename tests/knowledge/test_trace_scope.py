"""`trace` reads only the documents that hold lineage events or indicators (by SQL, the
records_by_type index), not every record of the store, and keeps their graph per store
version; it tells the same timeline and neighbourhood as the whole store's graph. (Before,
each call loaded every record and built the whole graph: ~2.8 s on 126 documents; speed is
measured in bench/trace_scale.py, never here.)"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from knowledge import trace as trace_mod
from knowledge.graph import build_graph
from knowledge.store import Store
from knowledge.store_drop import drop_document

# The seeds (the måltal lineage: 2012 -> 2014 -> indicators) and Folketing letters that hold
# no lineage event: a trace must not read the latter.
SEEDS = ("000_d0d93f54edcaac31.txt", "001_3dd5ad225882c538.txt", "002_0a8bf424d9d4d72f.txt",
         "003_85cc670bf6a80336.txt", "004_66c79f67e679d369.txt")
LETTERS = ("ft_qa/uui-2017-18-spm215-svar.txt", "ft_qa/kuu-2019-20-spm55-spm.txt")


@pytest.fixture(scope="module")
def db(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("trace_scope") / "s.db"
    with Store(path) as store:
        assert store.ingest([*(corpus / "seeds" / s for s in SEEDS), *(corpus / f for f in LETTERS)]).ok
    return path


def whole_graph(store: Store, query: str) -> dict[str, object]:
    records = trace_mod.load_records(store)
    sources = {d["id"]: d["source"] for d in store.documents()}
    return trace_mod.trace_graph(build_graph(records, (), sources=sources), records, sources, query)


def test_trace_reads_only_documents_with_events_or_indicators(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(db, read_only=True) as store:
        letters = {d["id"] for d in store.documents() if any(d["source"].endswith(f) for f in LETTERS)}
        traced = set(trace_mod.traced_documents(store.db))
        assert len(letters) == 2 and not letters & traced
        assert len(traced) == len(SEEDS)
        trace_mod._GRAPHS.clear()

        def everything(*args: object, **kwargs: object) -> None:
            raise AssertionError("trace read every record or document of the store")

        monkeypatch.setattr(Store, "records", everything)
        monkeypatch.setattr(Store, "documents", everything)
        events = trace_mod.trace(store, "måltal")["events"]
    assert [(e["year"], e["event"]) for e in events][:3] == [(2012, "introduced"), (2014, "dropped"),
                                                             (2014, "replaced")]
    assert len(events) == 5


@pytest.mark.parametrize("query", ["måltal", "indikatorer", "fleksjob", "benchmarking", "førtidspension"])
def test_trace_tells_what_the_whole_graph_tells(db: Path, query: str) -> None:
    with Store(db, read_only=True) as store:
        trace_mod._GRAPHS.clear()
        records, sources, graph = trace_mod.traced_graph(store)
        scoped = trace_mod.trace_graph(graph, records, sources, query)
        whole = whole_graph(store, query)
    assert whole["events"], query
    assert json.dumps(scoped, sort_keys=True, default=str) == json.dumps(whole, sort_keys=True, default=str)


def test_the_kept_graph_follows_the_store(corpus: Path, tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store(path) as store:
        store.ingest([corpus / "seeds" / SEEDS[2]])
        before = trace_mod.trace(store, "måltal")["events"]
        store.ingest([corpus / "seeds" / SEEDS[0]])  # BEU spm. 558: the 2012 -> 2014 lineage
        after = trace_mod.trace(store, "måltal")["events"]
    assert len(after) > len(before) and any(e["year"] == 2012 for e in after)


def test_a_kept_graph_is_checked_without_reading_the_records(db: Path) -> None:
    """Whether the kept graph is still the store's was asked by counting the records table on
    every call (a scan that grows with the store); the store's change counters tell it."""
    with Store(db, read_only=True) as store:
        trace_mod._GRAPHS.clear()
        first = trace_mod.trace(store, "måltal")
        statements: list[str] = []
        store.db.set_trace_callback(statements.append)
        again = trace_mod.trace(store, "måltal")
        store.db.set_trace_callback(None)
    assert again == first
    assert statements and not [s for s in statements if re.search(r"\bFROM\s+records\b", s, re.IGNORECASE)], statements


def test_an_ingest_through_another_connection_is_seen(corpus: Path, tmp_path: Path) -> None:
    """The app keeps one store open while `sporbar ingest` adds documents through its own."""
    path = tmp_path / "s.db"
    with Store(path) as writer:
        writer.ingest([corpus / "seeds" / SEEDS[2]])
    with Store(path, read_only=True) as reader:
        before = trace_mod.trace(reader, "måltal")["events"]
        assert trace_mod.trace(reader, "måltal")["events"] == before  # kept
        with Store(path) as writer:
            writer.ingest([corpus / "seeds" / SEEDS[0]])  # BEU spm. 558: the 2012 -> 2014 lineage
        after = trace_mod.trace(reader, "måltal")["events"]
        with Store(path) as writer:  # a document dropped (no record added) is seen too
            seed = next(d["id"] for d in writer.documents() if d["source"].endswith(SEEDS[0]))
            with writer.transaction() as tx:
                drop_document(tx, seed)
        dropped = trace_mod.trace(reader, "måltal")["events"]
    assert len(after) > len(before) and any(e["year"] == 2012 for e in after)
    assert [e["quote"] for e in dropped] == [e["quote"] for e in before]
