"""Fields the gold fills and the extractor leaves empty: counts only, per field.

The scorer reports how well each field matches; a field the extractor never writes shows only as a low figure
among many. The municipal golds carried `parties` from session 17 on, and no parser wrote it until session 19 (the
blind set's document fields 0.739 -> 0.988 when it did). This lists, per field (document fields, and the fields of
indicators and lineage events as `indicators.<field>`, `lineage_events.<field>`), in how many gold records the field
has a value and in how many of those the prediction has one too; for the items of a list, in how many of the gold's
items and of the prediction's items of the same documents (counts, not matches: items are not paired). It reads no
value out, so it can be run on a held-out half or a blind set without reading it. It also counts the organisations
field, which the shared scorer leaves out, as a set per document.

    python -m bench.unfilled_fields GOLD_DIR PRED_DIR [--all]

Rows are printed for fields filled in at most half the cases (all rows with --all).
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

_ITEM_LISTS = ("indicators", "lineage_events")


def _filled(value: Any) -> bool:
    return value not in (None, "", [], {})


def tally(gold_dir: Path, pred_dir: Path) -> dict[str, tuple[int, int]]:
    """Field -> (gold records with a value, of those the predicted records with one) for document fields; (gold items
    with a value, predicted items with one) for the fields of indicators and lineage events."""
    in_gold: Counter[str] = Counter()
    in_both: Counter[str] = Counter()
    for gold_path in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pred_path = pred_dir / f"{gold_path.name[: -len('.gold.json')]}.json"
        pred = json.loads(pred_path.read_text(encoding="utf-8")) if pred_path.exists() else {}
        _count(gold, pred, "", in_gold, in_both)
        for name in _ITEM_LISTS:  # items are not paired: how many of the gold's and of the prediction's fill a field
            for items, into in ((gold.get(name) or [], in_gold), (pred.get(name) or [], in_both)):
                for item in items:
                    if isinstance(item, Mapping):
                        into.update(f"{name}.{field}" for field, value in item.items() if _filled(value))
    return {name: (in_gold[name], in_both[name]) for name in sorted(in_gold)}


def _count(gold: Mapping[str, Any], pred: Mapping[str, Any], prefix: str, in_gold: Counter[str],
           in_both: Counter[str]) -> None:
    for name, value in gold.items():
        if (name in _ITEM_LISTS and not prefix) or not _filled(value):
            continue
        in_gold[prefix + name] += 1
        if _filled(pred.get(name)):
            in_both[prefix + name] += 1


def organisations(gold_dir: Path, pred_dir: Path) -> tuple[int, int, int]:
    """The organisations field, which the shared scorer does not score, as a set per document (names compared in
    lower case): (found, predicted but not in the gold, in the gold but not predicted)."""
    found = extra = missed = 0
    for gold_path in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if "organisations" not in gold:
            continue
        pred_path = pred_dir / f"{gold_path.name[: -len('.gold.json')]}.json"
        pred = json.loads(pred_path.read_text(encoding="utf-8")) if pred_path.exists() else {}
        one = organisation_counts(gold, pred)
        found, extra, missed = found + one[0], extra + one[1], missed + one[2]
    return found, extra, missed


def organisation_counts(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> tuple[int, int, int]:
    """One record's organisations as sets, names in lower case: (found, extra, missed)."""
    wanted = {str(o).lower() for o in gold.get("organisations") or []}
    got = {str(o).lower() for o in pred.get("organisations") or []}
    return len(wanted & got), len(got - wanted), len(wanted - got)


def organisations_line(counts: tuple[int, int, int]) -> str:
    found, extra, missed = counts
    f1 = 2 * found / (2 * found + extra + missed) if found else 0.0
    return f"organisations (set per document): found {found} | extra {extra} | missed {missed} | F1 {f1:.3f}"


def lines(rows: Mapping[str, tuple[int, int]], everything: bool = False) -> list[str]:
    out = []
    for name, (gold, both) in rows.items():
        if everything or both * 2 <= gold:
            out.append(f"{name:34} gold fills it {gold:5}   prediction {both:5}")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("pred", type=Path)
    ap.add_argument("--all", action="store_true")
    args = ap.parse_args(argv)
    for line in lines(tally(args.gold, args.pred), args.all):
        print(line)
    print(organisations_line(organisations(args.gold, args.pred)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
