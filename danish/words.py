"""Closed classes of Danish words that several modules need: stop words and negation words.

Each list is a cited data file (`data/stopwords.csv`, `data/negation_words.csv`); this module
only reads them, so a word is added in one place for every user.
"""
from __future__ import annotations

import re

from ._data import rows

_STOP_ROWS = rows("stopwords.csv")
#: Function words a search query drops ("og", "i", "at", "det" ...; column `query`).
STOPWORDS: frozenset[str] = frozenset(r["word"] for r in _STOP_ROWS if r["query"] == "yes")
#: The function words a concept key leaves out (column `concepts`): articles, prepositions,
#: conjunctions, modals, "er".
CONCEPT_STOPWORDS: frozenset[str] = frozenset(r["word"] for r in _STOP_ROWS if r["concepts"] == "yes")
#: Words that negate what follows them: "ikke", "aldrig", "ingen", "intet".
NEGATION_WORDS: frozenset[str] = frozenset(r["word"] for r in rows("negation_words.csv"))
def content_words(text: str | None) -> set[str]:
    """The words that carry content: longer than two letters and no stop word (casefolded)."""
    return {w for w in re.findall(r"\w+", (text or "").casefold()) if len(w) > 2 and w not in STOPWORDS}


#: Verbs a party leads a list of its demands with ("Liberal Alliance mener:"), as a regex
#: alternation (data/demand_verbs.csv).
DEMAND_VERB_PATTERN = "(?:" + "|".join(sorted((r["verb"] for r in rows("demand_verbs.csv")),
                                              key=lambda w: (-len(w), w))) + ")"
#: Nouns with which a party's programme names itself (data/programme_nouns.csv), lowercase.
PROGRAMME_NOUNS: tuple[str, ...] = tuple(r["noun"] for r in rows("programme_nouns.csv"))
#: A programme's own noun anywhere in a text, inflected or as a compound's head ("Principprogram for SF", "Det
#: Konservative Folkepartis partiprogram"): for the programme genre's readers (nlp/lineage/genres.py) and its title
#: (extract/parsers/policy_title.py).
NAMES_A_PROGRAMME = re.compile("(?:" + "|".join(PROGRAMME_NOUNS) + ")", re.IGNORECASE)
#: The negation words as a regex alternation, longest first (for rules that match text).
NEGATION_PATTERN = "(?:" + "|".join(sorted(NEGATION_WORDS, key=lambda w: (-len(w), w))) + ")"
