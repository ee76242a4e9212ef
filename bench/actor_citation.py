"""Citing an event's actor where the evidence does not name it (nlp/lineage/citing.py `_actor_printed`) in a long
document: the places a document prints the actor, read once per document and actor, against the scan it replaced
(the whole text before each event, else all of it after), in the same process.

The documents: the dev texts whose events cite an actor printed away from the evidence (a proposal's heading names
its proposer, a programme its party, a report its agency), joined and repeated `--repeat` times, so a document
grows and its events with it. Each is extracted once (`knowledge.pipeline.extract_path`) while the calls to
`_actor_printed` are recorded; both sides then answer the recorded calls, `--runs` times, and the median CPU
seconds (`time.process_time`, the machine is shared) are kept. Reported per size: characters, calls, the CPU
seconds of both, their ratio, and whether both cite every call at the same place.

Usage: .venv/bin/python bench/actor_citation.py [--repeat 1 8 32] [--runs 3] [--json]
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from knowledge.pipeline import extract_path  # noqa: E402
from nlp.lineage import citing  # noqa: E402
from nlp.lineage.draft import Draft  # noqa: E402

TEXTS = ("policy/p18_bm_tre_evalueringer_sygedagpengereformen_2017.txt", "municipal/s7_12_dikurevy_vedtaegter.txt",
         "municipal/s9_08_aarhus_natteliv.txt", "policy/p02_bm_450_timers_reglen_bliver_225_2011.txt",
         "policy/p28_lovguiden_beskaeftigelsesreform_forsoeg_kommuner.txt",
         "municipal/s10_01_sf_faellesskab_baeredygtighed.txt")

Call = tuple[str, Draft, str]


def whole_text_scan(text: str, d: Draft, actor: str) -> tuple[int, int] | None:
    """The baseline: `_actor_printed` as it was, each form's last place in the whole text before the event, else
    its first place in all of the text after it."""
    forms = citing._actor_forms(actor)
    for form in forms:
        found = list(citing._phrase_pattern(form, True).finditer(text[:d.start]))
        if found:
            return found[-1].span()
    for form in forms:
        after = citing._phrase_pattern(form, True).search(text[d.end:])
        if after:
            return d.end + after.start(), d.end + after.end()
    return None


def recorded_calls(text: str) -> list[Call]:
    """The calls to `_actor_printed` one extraction of `text` makes."""
    calls: list[Call] = []
    original = citing._actor_printed

    def record(text: str, d: Draft, actor: str) -> tuple[int, int] | None:
        calls.append((text, d, actor))
        return original(text, d, actor)

    citing._actor_printed = record  # type: ignore[assignment]
    try:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "joined.txt"
            path.write_text(text, encoding="utf-8")
            extract_path(path)
    finally:
        citing._actor_printed = original  # type: ignore[assignment]
    return calls


def cpu_seconds(answer: Callable[[str, Draft, str], Any], calls: list[Call], runs: int, fresh: bool) -> float:
    times = []
    for _ in range(runs):
        if fresh:
            citing._places_in.cache_clear()  # each run pays for reading the places again
        start = time.process_time()
        for call in calls:
            answer(*call)
        times.append(time.process_time() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, nargs="+", default=[1, 8, 32])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    joined = "\n\n".join((ROOT / "corpus" / t).read_text(encoding="utf-8") for t in TEXTS)
    rows = []
    for n in args.repeat:
        text = "\n\n".join([joined] * n)
        calls = recorded_calls(text)
        baseline = cpu_seconds(whole_text_scan, calls, args.runs, fresh=False)
        places = cpu_seconds(citing._actor_printed, calls, args.runs, fresh=True)
        same = all(whole_text_scan(*c) == citing._actor_printed(*c) for c in calls)
        rows.append({"repeat": n, "characters": len(text), "calls": len(calls), "whole_text_scan_s": baseline,
                     "places_s": places, "ratio": baseline / max(places, 1e-9), "same_places": same})
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        print(f"{'repeat':>6} {'chars':>9} {'calls':>6} {'scan s':>8} {'places s':>9} {'ratio':>7}  same")
        for r in rows:
            print(f"{r['repeat']:>6} {r['characters']:>9} {r['calls']:>6} {r['whole_text_scan_s']:>8.3f} "
                  f"{r['places_s']:>9.4f} {r['ratio']:>7.1f}  {r['same_places']}")
    return 0 if all(r["same_places"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
