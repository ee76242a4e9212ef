"""Folketing letter extraction speed: text documents extracted per CPU-second on one core.

Over the ft.dk letters in corpus/ft_qa and seed 000, in one process: the bare `load()`
(baseline), `load` -> `classify` -> the kind's parser (the Folketing letter extraction),
and the full pipeline (`knowledge.pipeline.extract_path`: also the indicator and kommune
extractors and NLP lineage). Prints documents per CPU-second for each and the time ratio
against the baseline; and the same for the municipal set's texts (corpus/municipal: minutes, memos, party
programmes), whose full pipeline reads indicators, document facts and lineage at length.
CPU seconds (`time.process_time`) because the machine is shared; each side runs
`--runs` times over the set repeated `--repeat` times, and the median is kept.
Target: >= 300 ft.dk letters/s.

Usage: .venv/bin/python bench/extract_speed.py [--runs 5] [--repeat 10] [--json]
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

from extract.load import load  # noqa: E402
from extract.kinds import classify  # noqa: E402
from extract.registry import parser_for  # noqa: E402
from knowledge.pipeline import extract_path  # noqa: E402

TARGET = 300.0


def letters() -> list[Path]:
    return sorted((ROOT / "corpus" / "ft_qa").glob("*.txt")) + [ROOT / "corpus" / "seeds" / "000_d0d93f54edcaac31.txt"]


def municipal() -> list[Path]:
    return sorted((ROOT / "corpus" / "municipal").glob("*.txt"))


def load_and_parse(path: Path) -> None:
    """Sporbar's own part for ft.dk letters: load, classify, the kind's parser."""
    doc = load(path)
    parser_for(classify(doc))(doc)


def per_second(step: Callable[[Path], object], paths: list[Path], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.process_time()
        for path in paths:
            step(path)
        times.append(time.process_time() - start)
    return len(paths) / max(statistics.median(times), 1e-9)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    paths = letters() * args.repeat
    for path in letters():  # warm imports and lazy models outside the timing
        extract_path(path)
    baseline = per_second(load, paths, args.runs)
    parsed = per_second(load_and_parse, paths, args.runs)
    full = per_second(extract_path, paths, args.runs)
    result = {"documents": len(paths), "load_per_s": round(baseline, 1),
              "load_classify_parse_per_s": round(parsed, 1), "ratio_parse_vs_load": round(baseline / parsed, 2),
              "full_extraction_per_s": round(full, 1), "ratio_full_vs_load": round(baseline / full, 2),
              "target_per_s": TARGET, "parse_meets_target": parsed >= TARGET, "full_meets_target": full >= TARGET}
    texts = municipal()
    texts_load = per_second(load, texts, args.runs)
    texts_full = per_second(extract_path, texts, args.runs)
    result |= {"municipal_texts": len(texts), "municipal_load_per_s": round(texts_load, 1),
               "municipal_full_per_s": round(texts_full, 1),
               "municipal_ratio_full_vs_load": round(texts_load / texts_full, 1)}
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        for key, value in result.items():
            print(f"{key:36} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
