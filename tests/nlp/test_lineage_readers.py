"""bench/lineage_readers.py: each lineage event named by the reader that made it, and each reader's events counted
against the gold sentences, so a reader fitted to the dev texts shows on a held-out half by its counts alone."""
from __future__ import annotations

import json
from pathlib import Path

import nlp.lineage.clauses as clauses
import nlp.lineage.events as events
from bench.lineage_readers import Tally, events_by_reader, instrumented, tally_dirs

# A party programme's chapter in the shape of f05 and s7_07 (a titled programme; a demand with "vil" and one with a
# modal passive; a sentence about the world that is no event).
PROGRAMME = ("Principprogram for Venstre\n\nSkat\n\nVenstre vil afskaffe topskatten. Arveafgiften skal afskaffes.\n\n"
             "Samfundet ændrer sig hele tiden.\n")


def test_each_event_is_named_by_the_reader_and_the_verb_form_that_read_it(tmp_path: Path) -> None:
    text = tmp_path / "programme.txt"
    text.write_text(PROGRAMME, encoding="utf-8")
    with instrumented():
        found = events_by_reader(text)
    assert [(event["evidence"], reader) for event, reader in found] == [
        ("Venstre vil afskaffe topskatten.", "clauses.clause_events [lex afskaffe/infinitive]"),
        ("Arveafgiften skal afskaffes.", "clauses.clause_events [lex afskaffe/passive]"),
    ]


def test_the_extractor_is_itself_again_after_the_block() -> None:
    originals = (events.lineage_events, events.clause_events, clauses.first_cue)
    with instrumented():
        assert events.clause_events is not originals[1]
    assert (events.lineage_events, events.clause_events, clauses.first_cue) == originals


def test_a_reader_earns_an_event_only_in_a_gold_events_sentence() -> None:
    gold = [{"event": "planned", "subject": "topskatten", "evidence": "Venstre vil afskaffe topskatten."}]
    tally = Tally()
    tally.add("d", gold, [
        ({"event": "planned", "subject": "topskatten", "evidence": "Venstre vil afskaffe topskatten."}, "a"),
        ({"event": "planned", "subject": "hele tiden", "evidence": "Samfundet ændrer sig hele tiden."}, "b"),
        ({"event": "changed", "subject": "topskatten", "evidence": "Venstre vil afskaffe topskatten."}, "b"),
    ])
    assert (tally.given, tally.right, tally.gold) == ({"a": 1, "b": 2}, {"a": 1, "b": 1}, 1)
    # in the gold sentence, b's event is of another kind: found the sentence, not the event
    assert (dict(tally.same_kind), dict(tally.subject_ok)) == ({"a": 1, "b": 0}, {"a": 1, "b": 0})
    assert tally.table().splitlines()[-1].split() == ["all", "3", "2", "0.67", "1", "1", "1", "of", "1"]


def test_a_subject_the_scorer_does_not_accept_is_counted_apart() -> None:
    gold = [{"event": "planned", "subject": "afskaffelse af topskatten", "evidence": "Venstre vil afskaffe topskatten."}]
    tally = Tally()
    tally.add("d", gold, [({"event": "planned", "subject": "Venstre",
                           "evidence": "Venstre vil afskaffe topskatten."}, "a")])
    assert (tally.right["a"], tally.same_kind["a"], tally.subject_ok["a"]) == (1, 1, 0)


def test_dirs_are_read_by_id_and_a_kept_list_leaves_the_rest_out(tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(PROGRAMME, encoding="utf-8")
        (tmp_path / f"{name}.gold.json").write_text(json.dumps({"lineage_events": [
            {"event": "planned", "subject": "arveafgiften", "evidence": "Arveafgiften skal afskaffes."}]}), encoding="utf-8")
    with instrumented():
        tally = tally_dirs([tmp_path], texts=tmp_path, keep={"a"})
    assert (sum(tally.given.values()), sum(tally.right.values()), tally.gold) == (2, 1, 1)
