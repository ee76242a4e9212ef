"""bench/unfilled_fields.py: the fields a gold fills and the extractor leaves empty, counted without reading a value."""
from __future__ import annotations

import json
from pathlib import Path

from bench.unfilled_fields import lines, tally


def _write(folder: Path, name: str, record: dict) -> None:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")


def test_a_field_the_gold_fills_and_no_prediction_does_is_listed(tmp_path: Path) -> None:
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    _write(gold, "a.gold.json", {"issuer": "Venstre", "parties": ["V"], "title": None,
                                 "lineage_events": [{"event": "planned", "year": 2006}, {"event": "planned"}]})
    _write(gold, "b.gold.json", {"issuer": "Aarhus Byråd", "parties": []})
    _write(pred, "a.json", {"issuer": "Venstre", "parties": [], "title": "Et program",
                            "lineage_events": [{"event": "planned", "year": None}]})
    # b has no prediction at all: its gold's filled fields count, none predicted
    assert tally(gold, pred) == {"issuer": (2, 1), "parties": (1, 0), "lineage_events.event": (2, 1),
                                 "lineage_events.year": (1, 0)}
    assert lines(tally(gold, pred)) == [
        "issuer                             gold fills it     2   prediction     1",
        "lineage_events.event               gold fills it     2   prediction     1",
        "lineage_events.year                gold fills it     1   prediction     0",
        "parties                            gold fills it     1   prediction     0"]


def test_fields_filled_in_most_cases_are_left_out_unless_all_are_asked_for(tmp_path: Path) -> None:
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    _write(gold, "a.gold.json", {"issuer": "SF", "date": "2012-04-15"})
    _write(pred, "a.json", {"issuer": "SF", "date": None})
    assert lines(tally(gold, pred)) == ["date                               gold fills it     1   prediction     0"]
    assert len(lines(tally(gold, pred), everything=True)) == 2


def test_organisations_are_counted_as_a_set_per_document(tmp_path: Path) -> None:
    from bench.unfilled_fields import organisations, organisations_line

    gold, pred = tmp_path / "gold", tmp_path / "pred"
    _write(gold, "a.gold.json", {"organisations": ["EU", "Magistraten", "Aarhus Byråd"]})
    _write(gold, "b.gold.json", {"issuer": "SF"})  # no organisations key: not counted
    _write(pred, "a.json", {"organisations": ["eu", "Aarhus Byråd", "Byrådet"]})
    _write(pred, "b.json", {"organisations": ["NATO"]})
    assert organisations(gold, pred) == (2, 1, 1)
    assert organisations_line((2, 1, 1)) == "organisations (set per document): found 2 | extra 1 | missed 1 | F1 0.667"
