"""NLP pass speed: tokens per CPU-second of the whole NLP pass on one core.

The whole pass is what Sporbar runs per document: `nlp.annotate` (the Danish spaCy
pipeline: tokenizer, lemma table + lowercase fallback + lemmy, gazetteer entity ruler)
plus `nlp.lineage.lineage_events` (sentences, cues, time expressions, actors). The
baseline, in the same process and on the same texts, is the bare `spacy.blank("da")`
tokenizer. Also reports how long building the pipeline takes (target <= 2 s; the lemma
table's cache is warmed first, as it is after the first run on a machine).
CPU seconds (`time.process_time`) because the machine is shared; each side runs `--runs`
times over the corpus repeated `--repeat` times, and the median is kept.
Target: >= 50,000 tokens/s for the whole pass.

Usage: .venv/bin/python bench/nlp_speed.py [--runs 3] [--repeat 5] [--json]
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.document import Document  # noqa: E402
from extract.load import load  # noqa: E402


def corpus_documents() -> list[Document]:
    paths = sorted((ROOT / "corpus").glob("seeds/*.txt")) + sorted((ROOT / "corpus").glob("star/*.txt")) \
        + sorted((ROOT / "corpus").glob("ft_qa/*.txt"))
    return [load(p) for p in paths]


def cpu(fn) -> float:  # noqa: ANN001
    start = time.process_time()
    fn()
    return time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    import spacy

    from nlp import pipeline
    from nlp.annotate import annotate
    from nlp.lineage import lineage_events

    pipeline.lemma_table()  # warm the on-disk cache, as after any first run
    load_seconds = cpu(pipeline.get_pipeline)
    docs = corpus_documents() * args.repeat
    bare = spacy.blank("da").tokenizer
    tokens = sum(len(bare(d.text)) for d in docs)

    def baseline() -> None:
        for d in docs:
            bare(d.text)

    def whole_pass() -> None:
        for d in docs:
            annotate(d)
            lineage_events(d)

    base = statistics.median(cpu(baseline) for _ in range(args.runs))
    full = statistics.median(cpu(whole_pass) for _ in range(args.runs))
    result = {"documents": len(docs), "tokens": tokens, "pipeline_load_s": round(load_seconds, 3),
              "tokenizer_tokens_per_s": round(tokens / base), "nlp_pass_tokens_per_s": round(tokens / full),
              "ratio_to_tokenizer": round(base / full, 3), "target_tokens_per_s": 50_000,
              "ok": tokens / full >= 50_000 and load_seconds <= 2.0}
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        for key, value in result.items():
            print(f"{key:24} {value}")
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
