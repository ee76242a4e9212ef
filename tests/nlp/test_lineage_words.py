"""The words the lineage readers decide by (nlp/data/lineage_words.csv): every row listed, its
example holding its word, its sources holding word and example, and a row with fewer than two
documents for its role saying so in its attestation (the project's standard: two documents or a
written convention). The table replaced code constants of nlp/lineage (session 7, issue 15)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from danish._data import table_rows
from nlp.lineage.dating import NOW, OPENING_TIME
from nlp.lineage.lexicon import get_pipeline_doc
from nlp.lineage.word_classes import alternation, ordered, word_set

ROOT = Path(__file__).resolve().parents[2]
ROWS = table_rows("nlp", "data", "lineage_words.csv")
# The roles the lineage modules read (nlp/lineage/word_classes.py, headings.py, clean_phrase.py,
# subject_phrase.py, clauses.py, demands.py, dating.py, speakers.py).
ROLES = {"function_word", "sentence_adverb", "heading_link_word", "document_definite", "pointing_determiner",
         "document_noun", "never_alone", "verb_phrase_opening", "verb_after_og", "antecedent_link",
         "not_antecedent", "pp_head", "preposition_word", "and_not_subject", "agent_adverb", "demand_modal",
         "no_scheme_subject", "quantifier", "now", "opening_time_preposition", "works_for_verb",
         "works_for_article", "action_noun_suffix", "quote_verb", "follow_up_document",
         "postpone_verb", "meeting_noun", "withdraw_verb", "vote_verb", "policy_action_verb",
               "first_time_verb"}


def _flat(text: str) -> str:
    return " ".join(text.split())


def _source_text(source: str) -> str:
    """A corpus document (corpus/*/<id>.txt) or a written sample of the tests (sample:<path>)."""
    if source.startswith("sample:"):
        path = ROOT / source[len("sample:"):]
        assert path.is_file() and path.parts[-3:-1] == ("tests", "nlp"), source
        return _flat(path.read_text(encoding="utf-8"))
    files = sorted((ROOT / "corpus").glob(f"*/{source}.txt"))
    assert files, f"no corpus text {source}"
    return _flat(files[0].read_text(encoding="utf-8"))


# Roles read by the pipeline's lemma, not the word's form ("udskydes", "trækker", "vedtaget"; nlp/lineage/assembly.py).
LEMMA_ROLES = {"postpone_verb", "meeting_noun", "withdraw_verb", "vote_verb", "policy_action_verb",
         "first_time_verb"}


def _holds(text: str, word: str, role: str) -> bool:
    if role in LEMMA_ROLES:
        return any(t.lemma_.lower() == word for t in get_pipeline_doc(text))
    if role == "action_noun_suffix":  # a suffix stands at a word's end
        return re.search(rf"\w{re.escape(word)}\b", text, re.IGNORECASE) is not None
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE) is not None


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r['role']}:{r['word']}")
def test_row_is_attested_or_says_it_is_not(row: dict[str, str]) -> None:
    word, role, example = row["word"], row["role"], row["example"]
    assert role in ROLES and word == word.lower() and word.strip() == word
    tokens = [t for t in row["attested_by"].split(";") if t]
    notes = [t for t in tokens if t.startswith("note:")]
    read_otherwise = [t[len("word:"):] for t in tokens if t.startswith("word:")]
    conventions = [t for t in tokens if t.startswith("conv:")]  # a written convention (a gold's notes) attests a role
    in_role = [t for t in tokens if not t.startswith(("note:", "word:", "conv:"))]
    assert len(in_role) >= 2 or notes or (in_role and conventions), f"{word} ({role}): fewer than two documents and no note saying so"
    assert len(in_role) < 2 or not notes, f"{word} ({role}): a note on a row two documents attest"
    if example:
        assert _holds(example, word, role), f"{word} ({role}): the example does not hold the word"
        first = (in_role or read_otherwise)[0]
        assert example in _source_text(first), f"{word} ({role}): the example is not in {first}"
    else:  # nothing in the corpus or the samples has the word: the note says so, nothing is made up
        assert not in_role and not read_otherwise and "none with the word" in notes[0], row
    for source in in_role + read_otherwise:
        assert _holds(_source_text(source), word, role), f"{word} ({role}) not in {source}"


def test_every_role_has_words_and_no_row_is_twice() -> None:
    keys = [(r["word"], r["role"]) for r in ROWS]
    assert len(keys) == len(set(keys))
    assert {r["role"] for r in ROWS} == ROLES
    assert all(word_set(role) for role in ROLES)


def test_an_unknown_role_is_a_clear_error() -> None:
    with pytest.raises(KeyError, match="lineage_words.csv has no words of the role 'adverbs'"):
        ordered("adverbs")


def test_a_role_read_as_a_pattern_keeps_its_words_literal_and_in_order() -> None:
    assert ordered("opening_time_preposition") == ("i", "fra", "fra og med", "pr.", "per", "siden")
    assert alternation("quote_verb") == "(?:siger|sagde|udtaler|udtalte|fortæller)"
    # "pr." is the abbreviation, not "pr" and any letter (s02: "og i 2013 forventes ...")
    assert OPENING_TIME.match(" pr. 2013") is not None and OPENING_TIME.match(" prx 2013") is None
    assert OPENING_TIME.match(" fra og med 2014") is not None
    assert NOW.search("som nu indgår i den samlede fordeling") and not NOW.search("nuværende")
