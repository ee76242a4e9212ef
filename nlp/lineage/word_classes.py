"""Closed Danish word classes the lineage readers share: function words, sentence adverbs,
articles, the definite noun ending, finite auxiliaries, list bullets and relative pronouns.

One place, because the clause reader, the subject cleaner, the heading splitter and the
deduplication must agree on what, say, a sentence adverb is. The words themselves are data
(nlp/data/lineage_words.csv: each word with its role and the documents that attest it), read
once here for every lineage module (`word_set`, `alternation`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from danish._data import table_rows

from . import subjects


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], ...]:
    return table_rows("nlp", "data", "lineage_words.csv")


def ordered(role: str) -> tuple[str, ...]:
    """The words of a role of nlp/data/lineage_words.csv, in the table's order."""
    found = tuple(r["word"] for r in _table() if r["role"] == role)
    if not found:
        raise KeyError(f"nlp/data/lineage_words.csv has no words of the role {role!r}")
    return found


def word_set(role: str) -> frozenset[str]:
    """The words of a role of nlp/data/lineage_words.csv, as a set to look a word up in."""
    return frozenset(ordered(role))


def alternation(role: str) -> str:
    """The words of a role as a regular expression alternation ("(?:siger|sagde|...)"), in the
    table's order, each word literal."""
    return "(?:" + "|".join(re.escape(w) for w in ordered(role)) + ")"


# A relative pronoun or a coordinating "og" opening a clause: its subject is the phrase before it.
RELATIVE = re.compile(r"^(?:der|som|og)\s", re.IGNORECASE)

# The finite auxiliaries ("er var blev bliver har havde", `subjects`): a line or phrase with one is a
# clause, not a noun phrase.
FINITE_AUX = subjects.FINITE_AUX
# Words that name nothing alone; a phrase of only these, or a line ending in one, is no commitment or heading.
FUNCTION_WORDS = word_set("function_word")

# What opens a subject but is no part of the noun phrase: list bullets ("• Topskatten afskaffes",
# party programmes; "- Forbud mod ...", referater).
BULLET = re.compile(r"^[•▪·*–\-\uf0b7\s]+")

# A noun in its definite form ("ordningen", "reglerne"): an anaphor, or a head already named.
DEFINITE = re.compile(rf"^[A-Za-zæøåÆØÅ]+{subjects.DEFINITE_ENDING}$")

# Sentence adverbs that stand between an auxiliary and its participle (Danish V2: "bliver nu
# ændret", "blev også afskaffet", "er derfor blevet forlænget"): never a commitment.
ADVERBS = word_set("sentence_adverb")
# An article opening a phrase, taken off a list member or a demand's subject.
ARTICLE = re.compile(r"^(?:den|det|de|en|et)\s+", re.IGNORECASE)
