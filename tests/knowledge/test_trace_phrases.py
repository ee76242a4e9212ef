"""`sporbar trace` finds a subject however the documents hyphenate, compound and inflect
it (reviewer, session 4): the 225-timers-regel is written "225-timers-regel" (p02),
"225-timers reglen" (p04) and "225-timersreglen" (p06), and each spelling of the query
finds the events of all three policy documents."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from knowledge.cli import app
from knowledge.danish_analysis import lemma_key
from knowledge.store import Store
from knowledge.trace import _matches

POLICY = ("p02_bm_450_timers_reglen_bliver_225_2011.txt", "p04_kd_225_timers_reglen_suspension_2020.txt",
          "p06_sn_fakta_kontanthjaelpsloft_225_effekt_2019.txt")


@pytest.fixture(scope="module")
def db(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("trace_phrases") / "s.db"
    with Store(path) as store:
        assert len(store.ingest([corpus / "policy" / name for name in POLICY]).loaded) == 3
    return path


@pytest.mark.parametrize("query", ["225-timers-reglen", "225-timers reglen", "225-timersreglen", "225 timers regel"])
def test_every_spelling_finds_the_rule_in_all_three_documents(db: Path, query: str) -> None:
    result = CliRunner().invoke(app, ["trace", query, "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    events = json.loads(result.stdout)["events"]
    assert sorted({Path(e["source"]).name for e in events}) == list(POLICY)
    assert [(e["year"], e["event"], e["subject"]) for e in events if e["relation"] == "match"
            and Path(e["source"]).name != POLICY[0]] == [
        (2019, "evaluated", "225-timers reglen"), (2019, "evaluated", "225-timersreglen"),
        (2020, "introduced", "suspension af 225-timers reglen"), (2020, "changed", "suspension af 225-timers reglen")]


@pytest.mark.parametrize("text, found", [
    ("450-timers-reglen bliver til en 225-timers-regel", True),  # p02
    ("Den udskældte 225-timers regel for kontanthjælpsmodtagere", True),  # p04
    ("225-timersreglen foreskriver, at personer", True),  # p06
    ("mindst 225 timer på arbejdsmarkedet", False),  # the hours, not the rule (p04)
    ("450-timers-reglen", False),
])
def test_the_rule_across_hyphenation_compounding_and_inflection(text: str, found: bool) -> None:
    assert _matches("225-timers-reglen").search(text) is found


@pytest.mark.parametrize("words, key", [
    (("timersreglen",), "timerregel"),  # a compound: parts without the linking s, the head's lemma
    (("timers", "reglen"), "timerregel"),  # the same as two words
    (("timer", "regel"), "timerregel"),
    (("Måltallene",), "maltal"), (("måltallet",), "maltal"),  # definite and plural endings, folded
    (("reglerne",), "regel"), (("regler",), "regel"),
])
def test_lemma_keys(words: tuple[str, ...], key: str) -> None:
    assert "".join(lemma_key(w) for w in words) == key


def test_a_short_query_matches_whole_words_only() -> None:
    """As in search (PREFIX_MIN): "a" is no prefix of every word in a-, while a longer query
    still runs on into compounds."""
    assert not _matches("a").search("afskaffelse af aktiveringsgraden")
    assert _matches("a").search("a-kasse")  # the word "a" itself
    assert _matches("225").search("225-timersreglen") and not _matches("22").search("225-timersreglen")
    assert _matches("måltal").search("måltalsstyringen blev afskaffet")


@pytest.mark.parametrize("query", ["", "   ", "*"])
def test_a_query_without_a_word_is_a_usage_error(db: Path, query: str) -> None:
    result = CliRunner().invoke(app, ["trace", query, "--db", str(db)])
    assert result.exit_code == 2
    assert "holds no word to trace; give a concept, e.g. måltal" in " ".join(result.stderr.split())
