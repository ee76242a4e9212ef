"""Trace at scale: the seed letters (whose lineage `trace måltal` tells: 2012 -> 2014 ->
indicators) in a store padded with N synthetic Folketing answers and news pieces that hold
no lineage event (bench/search_scale.py's generator), and `trace` timed against the whole-
graph trace it replaced (every record loaded, the store's whole graph built) in the same run.

Reported per N: CPU seconds of the baseline and of `trace` with its per-process graph cache
cleared (what one `sporbar trace` call pays), and of a second `trace` (what the app pays
again), their ratios, the second call's check that the store is unchanged against the count of
the records it replaced, and whether both give the same timeline and neighbourhood. The
baseline grows with the store; `trace` with the documents holding events and indicators.

Usage: .venv/bin/python bench/trace_scale.py [--docs 0 2000 10000] [--workdir /tmp/sporbar-bench] [--json]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from search_scale import generate  # noqa: E402

from knowledge import trace as trace_mod  # noqa: E402
from knowledge.graph import build_graph  # noqa: E402
from knowledge.store import Store  # noqa: E402

QUERY = "måltal"


def whole_graph_trace(store: Store, query: str) -> dict[str, Any]:
    """The baseline: trace as it was, over the whole store's records and graph."""
    records = trace_mod.load_records(store)
    sources = {d["id"]: d["source"] for d in store.documents()}
    return trace_mod.trace_graph(build_graph(records, (), sources=sources), records, sources, query)


def traced(store: Store, query: str) -> dict[str, Any]:
    records, sources, graph = trace_mod.traced_graph(store)
    return trace_mod.trace_graph(graph, records, sources, query)


def cpu(fn: Callable[[Store, str], dict[str, Any]], store: Store, query: str) -> tuple[float, dict[str, Any]]:
    started = time.process_time()
    result = fn(store, query)
    return time.process_time() - started, result


def run(n: int, workdir: Path) -> dict[str, object]:
    db = workdir / f"trace-{n}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    store = Store(db)
    store.ingest([ROOT / "corpus" / "seeds"])
    for doc in generate(n):
        store.add(doc.extraction)
    whole_graph_trace(store, QUERY)  # warm the lemma tables and gazetteers both ways use
    base_s, base = cpu(whole_graph_trace, store, QUERY)
    trace_mod._GRAPHS.clear()
    cold_s, cold = cpu(traced, store, QUERY)
    warm_s, _ = cpu(traced, store, QUERY)
    same = json.dumps(base, sort_keys=True, default=str) == json.dumps(cold, sort_keys=True, default=str)
    # The kept graph's check that the store is unchanged, against the count of the records it replaced.
    check_s = per_call(lambda: trace_mod.store_state(store.db))
    count_s = per_call(lambda: store.db.execute("SELECT COALESCE(MAX(id), 0), COUNT(*) FROM records").fetchone())
    documents = store.db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    store.close()
    return {"padding": n, "documents": documents, "events": len(base["events"]),
            "baseline_cpu_s": round(base_s, 3), "trace_cpu_s": round(cold_s, 3), "again_cpu_s": round(warm_s, 4),
            "speedup": round(base_s / max(cold_s, 1e-6), 1), "speedup_again": round(base_s / max(warm_s, 1e-6), 1),
            "check_ms": round(check_s * 1e3, 4), "count_check_ms": round(count_s * 1e3, 3),
            "check_speedup": round(count_s / max(check_s, 1e-9)), "same_result": same}


def per_call(fn: Callable[[], object], calls: int = 200) -> float:
    started = time.process_time()
    for _ in range(calls):
        fn()
    return (time.process_time() - started) / calls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, nargs="+", default=[0, 2000, 10000])
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/sporbar-bench"))
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    rows = [run(n, args.workdir) for n in args.docs]
    if args.json:
        print(json.dumps(rows, indent=1))
        return
    for r in rows:
        print(f"{r['documents']:>6} documents, {r['events']} events: whole graph {r['baseline_cpu_s']:.3f} s CPU, "
              f"trace {r['trace_cpu_s']:.3f} s ({r['speedup']}x), again {r['again_cpu_s']:.4f} s "
              f"({r['speedup_again']}x), check {r['check_ms']} ms against a count {r['count_check_ms']} ms "
              f"({r['check_speedup']}x), same result: {r['same_result']}")
    if not all(r["same_result"] for r in rows):
        sys.exit(1)


if __name__ == "__main__":
    main()
