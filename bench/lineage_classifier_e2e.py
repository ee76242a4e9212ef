"""End-to-end effect of a gated classifier fallback on lineage F1, held out (docs/lineage_classifier.md).

    PYTHONPATH=. python bench/lineage_classifier_e2e.py DUMP.json [--thresholds 0.3 0.5 0.7] [--score SCORE.py]

DUMP is `bench/lineage_classifier.py --dump`'s per-sentence held-out scores. For each fold, the
extractor's flat records of the scored documents get one more event for every sentence the
rules did not mark whose held-out score reaches the threshold and that holds an event-lexicon
word (the fallback the brief proposes): kind from the lexicon word, evidence the sentence,
subject the words after the lexicon word, year the first year written in it. Then score.py
(`--only lineage`) against the set's gold, with and without them: by default the project's copy
of the dev corpora's scorer, tests/fixtures/score.py (shared/tools/score.py, byte for byte);
--score names another.
Nothing here is used by the extractor.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.sentence_classifier.sentence_data import GOLD_SETS, gold_documents  # noqa: E402

#: The project's copy of the dev corpora's scorer (shared/tools/score.py; tests/conftest.py load_scorer).
SCORE = ROOT / "tests" / "fixtures" / "score.py"
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def lexicon_word(text: str) -> tuple[str, int] | None:
    """The kind of the first event-lexicon word in `text` and the offset after it."""
    from nlp.lineage import lexicon
    from nlp.pipeline import get_pipeline

    kinds = {e.lemma: e.kind for e in lexicon.entries() if " " not in e.lemma}
    forms = {f: e.kind for e in lexicon.entries() for f in e.forms}
    nouns = {e.lemma: e.kind for e in lexicon.entries() if e.pos == "noun"}
    for token in get_pipeline()(text):
        lemma = token.lemma_.lower()
        if not token.is_alpha:
            continue
        kind = kinds.get(lemma) or forms.get(token.lower_) or next(
            (k for n, k in nouns.items() if lemma.endswith(n) and len(lemma) - len(n) >= 3), None)
        if kind:
            return kind, token.idx + len(token.text)
    return None


def fallback_event(text: str) -> dict | None:
    found = lexicon_word(text)
    if found is None:
        return None
    kind, after = found
    subject = " ".join(text[after:].split()[:8]).strip(" .,;:") or text
    year = _YEAR.search(text)
    return {"subject": subject, "event": kind, "year": int(year.group(0)) if year else None, "date": None,
            "actor": None, "replaced_by": None, "evidence": " ".join(text.split())}


def score(gold_dir: Path, pred_dir: Path, scorer: Path = SCORE) -> float:
    out = subprocess.run([sys.executable, str(scorer), str(gold_dir), str(pred_dir), "--only", "lineage"],
                         capture_output=True, text=True, check=True).stdout
    return float(out.strip().splitlines()[-1].split()[-1])


def main(argv: list[str] | None = None) -> int:
    from knowledge.pipeline import extract_path

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dump", type=Path)
    parser.add_argument("--thresholds", type=float, nargs="+", default=[0.3, 0.5, 0.7])
    parser.add_argument("--score", type=Path, default=SCORE, help=f"score.py of the dev corpora (default {SCORE.relative_to(ROOT)})")
    args = parser.parse_args(argv)
    if not args.score.is_file():
        parser.error(f"--score {args.score}: no such file (the dev corpora's score.py)")
    rows = json.loads(args.dump.read_text(encoding="utf-8"))
    by_fold: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_fold[row["fold"]].append(row)
    docs = {d.stem: d for name in GOLD_SETS for d in gold_documents(name)}
    flat = {stem: extract_path(d.text_path).flat.model_dump(mode="json") for stem, d in docs.items()}
    print("| fold | documents | lineage F1, rules | " + " | ".join(f"with fallback ≥ {t} (events added)" for t in args.thresholds) + " |")
    print("| --- | ---: | ---: | " + " | ".join("---:" for _ in args.thresholds) + " |")
    with tempfile.TemporaryDirectory() as tmp:
        for fold, fold_rows in by_fold.items():
            stems = sorted({r["document"] for r in fold_rows})
            gold_dir = Path(tmp) / "gold" / fold.replace(" ", "_")
            gold_dir.mkdir(parents=True)
            for stem in stems:
                doc = docs[stem]
                gold = next(ROOT / folder / f"{stem}.gold.json" for folder in GOLD_SETS[doc.set_name][1]
                            if (ROOT / folder / f"{stem}.gold.json").exists())
                (gold_dir / gold.name).write_text(gold.read_text(encoding="utf-8"), encoding="utf-8")
            cells = []
            for threshold in (None, *args.thresholds):
                pred_dir = Path(tmp) / "pred" / f"{fold.replace(' ', '_')}_{threshold}"
                pred_dir.mkdir(parents=True)
                added = 0
                for stem in stems:
                    record = dict(flat[stem])
                    events = list(record.get("lineage_events") or [])
                    if threshold is not None:
                        for r in fold_rows:
                            if r["document"] == stem and not r["rules"] and r["score"] >= threshold:
                                event = fallback_event(r["text"])
                                if event:
                                    events.append(event)
                                    added += 1
                    record["lineage_events"] = events
                    (pred_dir / f"{stem}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
                f1 = score(gold_dir, pred_dir, args.score)
                cells.append(f"{f1:.3f}" if threshold is None else f"{f1:.3f} ({added})")
            print(f"| {fold} | {len(stems)} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
