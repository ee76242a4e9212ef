"""A party's demand whose that-clause carries a relative clause dating a past fact of the thing demanded ("at
borgerservice på Møn, som blev lukket i 2022, genåbnes", probes22 m12; "den Energispareaftale, som blev underskrevet i
2006", s11_08): the past fact is an event of its own, with its year, and the demand takes no year from it."""
from __future__ import annotations

from pathlib import Path

from knowledge.pipeline import extract_path
from nlp.lineage.programme_voice import party_demands


def _read(sentence: str) -> list[tuple]:
    return [(d.kind, d.subject, d.year, d.actor) for d in party_demands(sentence, 0, len(sentence), "Kystlisten")]


def test_the_past_fact_stays_and_the_demand_is_undated() -> None:
    got = _read("Vi foreslår, at biblioteket i Stege, som blev lukket i 2021, genåbnes.")
    assert ("dropped", "biblioteket i Stege", 2021, None) in got
    assert ("planned", "biblioteket i Stege", None, "Kystlisten") in got
    assert len(got) == 2


def test_a_demand_the_lexicon_cannot_read_leaves_the_past_fact_alone() -> None:
    # "genåbnes" is in no table: the closing stays, no plan takes its kind or its year
    got = _read("Vi vil arbejde for, at borgerservice på Møn, som blev lukket i 2022, genåbnes mindst to dage om ugen.")
    assert got == [("dropped", "borgerservice på Møn", 2022, None)]


def test_an_undated_relative_clause_is_no_fact() -> None:
    got = _read("Vi foreslår, at biblioteket i Stege, som blev lukket for nylig, genåbnes.")
    assert all(year is None for _, _, year, _ in got)
    assert not [g for g in got if g[0] == "dropped"]


def test_a_programmes_dated_closing_stays_in_the_pipeline(tmp_path: Path) -> None:
    # a local list's programme (genres.local_list_issuer): the closing it tells of keeps its year as an event
    text = ("Vores mærkesager til kommunalvalget 2025\nHavlisten Lolland, 1. september 2025\n\n"
            "Havlisten er en tværpolitisk lokalliste.\n\nDet vil vi:\n"
            "- Vi vil arbejde for, at biblioteket i Rødby, som blev lukket i 2021, genåbnes to dage om ugen.\n")
    path = tmp_path / "programme.txt"
    path.write_text(text, encoding="utf-8")
    got = [(e.event, e.subject, e.year) for e in extract_path(path).flat.lineage_events]
    assert ("dropped", "biblioteket i Rødby", 2021) in got
    assert not [g for g in got if g[0] == "planned" and g[2] == 2021]
