"""bench/lineage_alignment.py: lineage events aligned by their evidence, where the scorer's greedy pairing (by kind,
year and subject, in gold order) lets a missed gold event take another sentence's prediction."""
from __future__ import annotations

import json
from pathlib import Path

from bench.lineage_alignment import Alignment, align, align_dirs, same_sentence

# Two demands of a party programme (s7_07's shape: Alternativet); the extractor found only the second.
GOLD = [
    {"event": "planned", "year": None, "subject": "lovgivning der begrænser pengestrømme fra medicinalindustrien",
     "evidence": "Pengestrømmene skal begrænses ved lovgivning og altid indregistreres offentligt."},
    {"event": "planned", "year": None, "subject": "lovliggørelse af aktiv dødshjælp",
     "evidence": "Alternativet vil lovliggøre aktiv dødshjælp."},
]
PRED = [
    {"event": "planned", "year": None, "subject": "lovliggørelse af aktiv dødshjælp",
     "evidence": "Alternativet vil lovliggøre aktiv dødshjælp."},
    {"event": "planned", "year": None, "subject": "hele tiden",
     "evidence": "Samfundet omkring os ændrer sig hele tiden."},
]


def test_a_gold_event_is_found_only_by_a_prediction_in_its_own_sentence() -> None:
    result = align("s7_07", GOLD, PRED, Alignment())
    assert (result.gold, result.predicted, result.found, result.same_kind, result.subject_ok,
            result.unmatched_predictions) == (2, 2, 1, 1, 1, 1)
    assert [event["subject"] for _, event in result.missed] == [GOLD[0]["subject"]]
    assert [event["subject"] for _, event in result.spurious] == ["hele tiden"]


def test_a_found_event_of_another_kind_or_with_a_far_subject_is_counted_apart() -> None:
    other_kind = [{**PRED[0], "event": "introduced"}]
    assert align("d", GOLD[1:], other_kind, Alignment()).line() == (
        "gold 1 | predicted 1 | found 1 | same kind 0 | subject ok 0 | predictions in no gold sentence 0 | "
        "by sentence: recall 1.000 precision 1.000 F1 1.000")
    far_subject = [{**PRED[0], "subject": "Alternativet"}]
    assert align("d", GOLD[1:], far_subject, Alignment()).subject_ok == 0


def test_evidence_is_compared_by_its_opening_whatever_its_length() -> None:
    # gold keeps the sentence, the extractor ran on into the next one (or the reverse)
    longer = {"evidence": GOLD[1]["evidence"] + " Det skal ske under ordnede forhold og med lægelig rådgivning."}
    assert same_sentence(GOLD[1], longer)
    assert not same_sentence(GOLD[0], GOLD[1])
    assert not same_sentence({"evidence": ""}, {"evidence": ""})


def test_directories_pair_by_document_and_a_missing_prediction_has_no_events(tmp_path: Path) -> None:
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    gold.mkdir()
    pred.mkdir()
    (gold / "a.gold.json").write_text(json.dumps({"lineage_events": GOLD}), encoding="utf-8")
    (gold / "b.gold.json").write_text(json.dumps({"lineage_events": GOLD[:1]}), encoding="utf-8")
    (pred / "a.json").write_text(json.dumps({"lineage_events": PRED}), encoding="utf-8")
    result = align_dirs(gold, pred)
    assert (result.gold, result.found, [d for d, _ in result.missed]) == (3, 1, ["a", "b"])


def test_a_prediction_in_a_sentence_no_gold_lists_lowers_precision_by_sentence() -> None:
    # the scorer would pair "hele tiden" with the missed gold demand (both `planned`, no year) and count their kind and
    # year as right; by sentence it is a wrong prediction and the demand a missed one
    recall, precision, f1 = align("s7_07", GOLD, PRED, Alignment()).sentence_f1()
    assert (recall, precision, f1) == (0.5, 0.5, 0.5)
    recall, precision, f1 = align("s7_07", GOLD, PRED[:1], Alignment()).sentence_f1()
    assert (recall, precision, round(f1, 3)) == (0.5, 1.0, 0.667)
