"""Stop words and negation words: one cited list each (danish/data), read by every user."""
from __future__ import annotations

import re

import pytest

from danish._data import header, rows
from danish.words import CONCEPT_STOPWORDS, NEGATION_PATTERN, NEGATION_WORDS, STOPWORDS


def test_stop_word_table() -> None:
    table = rows("stopwords.csv")
    words = [r["word"] for r in table]
    assert len(words) == len(set(words)) == 96
    assert all(w == w.lower().strip() and w.isalpha() for w in words)
    assert {r["query"] for r in table} == {r["concepts"] for r in table} == {"yes", "no"}
    assert {r["source"] for r in table} == {"snowball", "project"}
    assert any("snowballstem.org" in line for line in header("stopwords.csv"))


def test_query_stop_words_are_snowballs_list_with_the_projects_changes() -> None:
    assert len(STOPWORDS) == 94
    assert {"og", "i", "at", "det", "ikke", "sådan", "kan"} <= STOPWORDS
    assert "jeg" not in STOPWORDS and "ved" not in STOPWORDS and "samt" not in STOPWORDS
    assert {r["word"] for r in rows("stopwords.csv") if r["source"] == "project"} == {"kan", "ved", "samt"}


def test_concept_stop_words_are_the_plain_function_words() -> None:
    assert CONCEPT_STOPWORDS == frozenset("af og i på til for med om de den det en et der som at fra ved samt "
                                          "eller skal kan vil er".split())
    assert not {"da", "nu", "også", "blev", "har"} & CONCEPT_STOPWORDS  # kept in concept keys


def test_the_users_read_these_lists() -> None:
    from knowledge.danish_analysis import STOPWORDS as query_stopwords
    from knowledge.query import parse
    from nlp.concepts import STOPWORDS as concept_stopwords
    from nlp.concepts import content_words

    assert query_stopwords is STOPWORDS
    assert CONCEPT_STOPWORDS < concept_stopwords and "statistiske" in concept_stopwords
    assert [w.surface for w in parse("måltal for og fleksjob").words] == ["måltal", "fleksjob"]
    assert content_words("måltal for udviklingen på fleksjobområdet samt ledighed") == [
        "måltal", "fleksjobområdet", "ledighed"]


def test_negation_words() -> None:
    assert NEGATION_WORDS == frozenset({"ikke", "aldrig", "ingen", "intet", "langtfra"})
    assert all(r["example"].split(" (")[0].lower().count(r["word"]) for r in rows("negation_words.csv"))


@pytest.mark.parametrize(("text", "found"), [
    ("Der er ikke indført konkrete tiltag", ["ikke"]),
    ("Regeringen har ingen planer om at afskaffe ordningen.", ["ingen"]),
    ("Ordningen blev aldrig indført, og intet er besluttet.", ["aldrig", "intet"]),
    ("Ikke længere", ["Ikke"]),
])
def test_negation_pattern(text: str, found: list[str]) -> None:
    assert re.findall(rf"\b{NEGATION_PATTERN}\b", text, re.IGNORECASE) == found


@pytest.mark.parametrize("text", ["Ingeniøren", "ikkemedlem af udvalget", "intetkøn", "Aldrigsnak", "Indgen"])
def test_no_negation(text: str) -> None:
    assert re.findall(rf"\b{NEGATION_PATTERN}\b", text, re.IGNORECASE) == []
