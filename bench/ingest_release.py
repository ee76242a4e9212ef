"""What the ingest's memory release between files costs: `gc.collect()` + glibc's
`malloc_trim(0)` after every file (knowledge/store.py `_release_memory`, issue 20).

In one process, the corpus is ingested into a fresh store again and again, alternating
three ways of releasing memory between files, each a setting of the store's own policy
(`knowledge.pipeline.MemoryRelease`, swapped in knowledge/store.py for the run):
- `every file`: a release after every file (`every=1`);
- `never`: no release (the bar to compare with);
- `when due`: the store's default: only when the resident set has grown past a threshold
  since the last release, or every N files.
Reported: CPU seconds per ingest (median of --runs; CPU time, as the machine is shared),
the ratio of each to `never`, how many releases ran and their own CPU time, and the
resident set (VmRSS) after each ingest. The pipeline is built and the lemma table warmed
by a first ingest that is not counted.

Memory (skip with --skip-memory): each way in a fresh process (`sporbar ingest` with the
store's release swapped, peak RSS = VmHWM at exit, as tests/hardening and
bench/ingest_memory.py measure it) over tests/hardening's hostile batch and over corpus/;
the budget is 400 MB (issue 20).

Usage: .venv/bin/python bench/ingest_release.py [--runs 3] [--json] [--skip-memory]
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from knowledge import store as store_module  # noqa: E402
from knowledge.pipeline import Limits, MemoryRelease, resident_mb  # noqa: E402


# Each way as the settings of the store's MemoryRelease.
WAYS: dict[str, dict[str, float]] = {"every file": {"every": 1}, "never": {"every": 10**9, "grown_mb": float("inf")},
                                     "when due": {}}


def ingest_corpus(folder: Path, name: str, way: str) -> dict[str, float]:
    """One ingest of corpus/ releasing memory `way`: CPU s, releases run and their CPU s."""
    calls = {"n": 0, "cpu": 0.0}

    def policy(release: Callable[[], None]) -> MemoryRelease:
        def timed() -> None:
            start = time.process_time()
            release()
            calls["n"] += 1
            calls["cpu"] += time.process_time() - start
        return MemoryRelease(timed, **WAYS[way])  # type: ignore[arg-type]

    store_module.MemoryRelease = policy  # type: ignore[misc,assignment]
    start = time.process_time()
    try:
        with store_module.Store(folder / f"{name}.db") as store:
            store.ingest([ROOT / "corpus"], limits=Limits(ocr=False))
    finally:
        store_module.MemoryRelease = MemoryRelease  # type: ignore[misc]
    return {"cpu_s": time.process_time() - start, "release_calls": calls["n"], "release_cpu_s": calls["cpu"],
            "rss_mb": resident_mb()}


# `sporbar ingest` in a fresh interpreter with the store's release policy set to WAY, writing
# its peak RSS (VmHWM) on stderr at exit, as tests/hardening/test_round_two.py does.
PEAK_CLI = ("import atexit, re, sys; atexit.register(lambda: sys.stderr.write('PEAK_KB %s\\n' % "
            "re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1))); "
            "from knowledge import store; from knowledge.pipeline import MemoryRelease; "
            "way = sys.argv.pop(1); settings = {'every file': dict(every=1), "
            "'never': dict(every=10**9, grown_mb=float('inf')), 'when due': {}}[way]; "
            "store.MemoryRelease = lambda release: MemoryRelease(release, **settings); "
            "from knowledge.cli import main; main()")


def peak_mb(way: str, paths: list[Path], db: Path) -> dict[str, object]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", PEAK_CLI, way, "ingest", *map(str, paths), "--db", str(db),
                           "--no-ocr"], cwd=ROOT, capture_output=True, text=True)
    peak = next((int(line.split()[1]) for line in done.stderr.splitlines() if line.startswith("PEAK_KB ")), 0)
    summary = next((line for line in done.stderr.splitlines() if line.startswith("loaded ")), "")
    return {"peak_mb": round(peak / 1024, 1), "wall_s": round(time.perf_counter() - start, 1), "summary": summary}


def memory(ways: list[str]) -> dict[str, dict[str, dict[str, object]]]:
    from tests.hardening.hostile2 import memory_batch

    found: dict[str, dict[str, dict[str, object]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        hostile = memory_batch(folder / "hostile")
        for way in ways:
            tag = way.replace(" ", "_")
            found[way] = {"hostile": peak_mb(way, hostile, folder / f"h_{tag}.db"),
                          "corpus": peak_mb(way, [ROOT / "corpus"], folder / f"c_{tag}.db")}
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--skip-memory", action="store_true")
    args = parser.parse_args()
    found: dict[str, list[dict[str, float]]] = {way: [] for way in WAYS}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ingest_corpus(folder, "warm", "every file")  # build the pipeline, warm the caches
        for run in range(args.runs):
            for way in WAYS:
                found[way].append(ingest_corpus(folder, f"{way.replace(' ', '_')}_{run}", way))
    never = statistics.median(r["cpu_s"] for r in found["never"])
    result = {way: {"cpu_s": round(statistics.median(r["cpu_s"] for r in runs), 2),
                    "ratio_to_never": round(statistics.median(r["cpu_s"] for r in runs) / never, 3),
                    "releases": int(statistics.median(r["release_calls"] for r in runs)) if way != "never" else 0,
                    "release_cpu_s": round(statistics.median(r["release_cpu_s"] for r in runs), 2),
                    "rss_mb_after": [round(r["rss_mb"]) for r in runs]}
              for way, runs in found.items()}
    peaks = {} if args.skip_memory else memory(list(WAYS))
    if args.json:
        print(json.dumps({"time": result, "memory": peaks}, indent=1))
        return
    for way, r in result.items():
        print(f"{way:11s} cpu {r['cpu_s']:6.2f} s  x{r['ratio_to_never']:.3f} of never  "
              f"releases {r['releases']:3d} ({r['release_cpu_s']:.2f} s)  RSS after {r['rss_mb_after']} MB")
    for way, runs in peaks.items():
        print(f"{way:11s} " + "  ".join(f"{name}: peak {r['peak_mb']:6.1f} MB, {r['wall_s']:5.1f} s ({r['summary']})"
                                        for name, r in runs.items()))


if __name__ == "__main__":
    main()
