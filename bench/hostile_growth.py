"""How the indicator parser's time grows with two hostile shapes of text, as a ratio against a baseline size run in
the same process: headings with no blank line between them ("Opfølgning" 4,000 times over) and a long bulleted list
under an "Opgørelse over ...:" lead (tests/extract/test_indicators_municipal.py reads both, smaller, for correctness
under a hang guard). Linear reading gives a ratio near the size factor (4 for 4x the lines); a ratio far above it
(16 for quadratic) says a reader goes back over the text for each line.

CPU seconds (`time.process_time`), median of `--runs`.

Usage: .venv/bin/python bench/hostile_growth.py [--base 2000] [--factor 4] [--runs 3] [--json]
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.document import Document  # noqa: E402
from extract.parsers.indicators import parse  # noqa: E402


_RUNS = iter(range(10**9))


def _parse(text: str) -> None:
    # a new document id each run: the parser keeps its last documents' readings (extract/parsers/indicators.py)
    name = f"x{next(_RUNS)}"
    parse(Document.from_text(text, id=name, source=f"{name}.txt"))


def headings(n: int) -> str:
    return "Opfølgning\n" * n + "Antal klager.\n"


def bullets(n: int) -> str:
    return ("Opgørelse over genindlæggelser:\n" + "• Akutte somatiske genindlæggelser\n" * n
            + "\nAkutte somatiske genindlæggelser i alt\n\nIndikatoren opgøres som antal genindlæggelser.\n")


def cpu_seconds(text: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.process_time()
        _parse(text)
        times.append(time.process_time() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", type=int, default=2000)
    parser.add_argument("--factor", type=int, default=4)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    _parse(headings(10))  # imports and compiled patterns outside the measured runs
    shapes: dict[str, Callable[[int], str]] = {"headings": headings, "bullets": bullets}
    out = {}
    for name, make in shapes.items():
        small = cpu_seconds(make(args.base), args.runs)
        large = cpu_seconds(make(args.base * args.factor), args.runs)
        out[name] = {"lines": args.base, "seconds": round(small, 3), "lines_x": args.base * args.factor,
                     "seconds_x": round(large, 3), "ratio": round(large / max(small, 1e-9), 2)}
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        for name, row in out.items():
            print(f"{name}: {row['lines']} lines {row['seconds']} s, {row['lines_x']} lines {row['seconds_x']} s, "
                  f"ratio {row['ratio']} (size factor {args.factor})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
