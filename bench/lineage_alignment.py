"""Lineage events aligned by their evidence, not by the scorer's greedy pairing.

`tests/fixtures/score.py` (the shared scorer) pairs gold and predicted lineage events greedily, in gold order, by
(event, year, subject): two events of the same kind with no year score at least 1.0 however far apart they are, so
a gold event the extractor missed takes the prediction of another sentence, and that sentence's own gold event is
then counted as missed. Its per-field figures say how many fields are right, not which sentences the extractor
finds. This diagnostic aligns by evidence instead: a gold event is found when a prediction's evidence is similar to
its own (the scorer's `similarity` over the first 150 characters, at least 0.6). It reports counts only, so it can
be run on a held-out set without reading it; `--list` prints the sentences, for dev sets.

    python -m bench.lineage_alignment GOLD_DIR PRED_DIR [--list]

Counts: gold events; predictions; gold events found (a prediction in their sentence); of those, of the same kind;
of those, with a subject the scorer accepts (token F1 at least 0.5); predictions in no gold event's sentence; and
from these, recall, precision and F1 by sentence. The scorer's F1 can rise when a reader adds events in sentences
no gold lists (paired with missed gold events of the same kind, they score their kind, year and actor); the
figures by sentence cannot, so both are reported.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "fixtures"))
import score  # noqa: E402  (the shared scorer's comparisons, so this agrees with it)

SAME_SENTENCE = 0.6  # evidence similarity at which two events are read as coming from one sentence
EVIDENCE_HEAD = 150  # evidence spans differ in length; their opening decides the sentence

Event = Mapping[str, Any]


@dataclass
class Alignment:
    gold: int = 0
    predicted: int = 0
    found: int = 0
    same_kind: int = 0
    subject_ok: int = 0
    unmatched_predictions: int = 0
    missed: list[tuple[str, Event]] = field(default_factory=list)
    spurious: list[tuple[str, Event]] = field(default_factory=list)

    def sentence_f1(self) -> tuple[float, float, float]:
        """Recall (gold events found in their sentence), precision (predictions in some gold event's sentence) and
        their F1: unlike the scorer's greedy pairing, a prediction in a sentence no gold lists earns nothing here,
        so a reader that adds events where there are none cannot raise it."""
        recall = self.found / self.gold if self.gold else 1.0
        precision = (self.predicted - self.unmatched_predictions) / self.predicted if self.predicted else 1.0
        f1 = 2 * recall * precision / (recall + precision) if recall + precision else 0.0
        return recall, precision, f1

    def line(self) -> str:
        recall, precision, f1 = self.sentence_f1()
        return (f"gold {self.gold} | predicted {self.predicted} | found {self.found} | same kind {self.same_kind} | "
                f"subject ok {self.subject_ok} | predictions in no gold sentence {self.unmatched_predictions} | "
                f"by sentence: recall {recall:.3f} precision {precision:.3f} F1 {f1:.3f}")


def _head(event: Event) -> str:
    return str(event.get("evidence") or "")[:EVIDENCE_HEAD]


def same_sentence(a: Event, b: Event) -> bool:
    return bool(_head(a)) and bool(_head(b)) and score.similarity(_head(a), _head(b)) >= SAME_SENTENCE


def align(document: str, gold: Sequence[Event], predicted: Sequence[Event], into: Alignment) -> Alignment:
    """Add one document's events to `into`."""
    into.gold += len(gold)
    into.predicted += len(predicted)
    for g in gold:
        hits = [p for p in predicted if same_sentence(g, p)]
        if not hits:
            into.missed.append((document, g))
            continue
        into.found += 1
        kind = [p for p in hits if p.get("event") == g.get("event")]
        if not kind:
            continue
        into.same_kind += 1
        if any(g.get("subject") and p.get("subject") and score.token_f1(g["subject"], p["subject"]) >= score.LOOSE_OK
               for p in kind):
            into.subject_ok += 1
    for p in predicted:
        if not any(same_sentence(g, p) for g in gold):
            into.unmatched_predictions += 1
            into.spurious.append((document, p))
    return into


def align_dirs(gold_dir: Path, pred_dir: Path) -> Alignment:
    """Every `<id>.gold.json` in gold_dir against `<id>.json` in pred_dir (a missing prediction: no events)."""
    out = Alignment()
    for gold_path in sorted(gold_dir.glob("*.gold.json")):
        document = gold_path.name[:-len(".gold.json")]
        pred_path = pred_dir / f"{document}.json"
        gold = json.loads(gold_path.read_text(encoding="utf-8")).get("lineage_events") or []
        pred = (json.loads(pred_path.read_text(encoding="utf-8")).get("lineage_events") or []) if pred_path.exists() else []
        align(document, gold, pred, out)
    return out


def _show(rows: Iterable[tuple[str, Event]], label: str) -> None:
    for document, event in rows:
        print(f"[{document}] {label} {event.get('event')} | {event.get('subject')} | {_head(event)}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("pred", type=Path)
    parser.add_argument("--list", action="store_true", help="print the missed and unmatched sentences (dev sets only)")
    args = parser.parse_args(argv)
    result = align_dirs(args.gold, args.pred)
    if args.list:
        _show(result.missed, "MISSED")
        _show(result.spurious, "NO GOLD")
    print(result.line())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
