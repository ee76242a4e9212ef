"""Concept keys: the same commitment or indicator in different words -> one key.

"måltal for udviklingen på fleksjob- og førtidspensionsområdet" and "statistiske måltal
for de enkelte ordninger" are both the reform's måltal; "tilgang til førtidspension" in an
answer and "Tilgangen til førtidspension" in STAR's spec are one indicator. Keys come
from the head terms in `nlp/data/commitments.csv` (lemmatised by prefix, so inflected and
compound forms agree), else from the phrase's content words.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from danish.ids import slug
from danish.words import CONCEPT_STOPWORDS

from .gazetteer import read_rows

_WORD = re.compile(r"[\wæøåÆØÅ]+")
# Function words (danish/data/stopwords.csv, column `concepts`) and generic modifiers that do
# not tell two phrases apart: "statistiske måltal for de enkelte ordninger" is the reform's måltal.
STOPWORDS = CONCEPT_STOPWORDS | frozenset("""
enkelte række nye ny statistiske statistisk specifikke samlede centrale udviklingen
""".split())


@lru_cache(maxsize=1)
def _heads() -> tuple[tuple[str, tuple[str, ...]], ...]:
    rows = read_rows("commitments.csv")
    return tuple((row["id"], tuple(t.strip().lower() for t in row["terms"].split("|") if t.strip()))
                 for row in rows)


def content_words(phrase: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(phrase) if w.lower() not in STOPWORDS and not w.isdigit()]


def commitment_key(phrase: str) -> str:
    """The commitment a subject phrase names: a head-term id, else a slug of its first
    three content words."""
    words = content_words(phrase)
    for word in words:
        for key, terms in _heads():
            if any(word.startswith(t) for t in terms):
                return key
    return slug(" ".join(words[:3])) or "ukendt"


def _agree(a: str, b: str) -> bool:
    """Stems agree, or one is a prefix of the other ("fleksjobansatte" ~ "fleksjob")."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 5 and (long_.startswith(short) or fuzz.ratio(a, b) >= 90)


def indicator_overlap(name: str, description: str) -> tuple[int, float]:
    """How many of a named indicator's content words a definition (title, population,
    definition text) shares, and that count as a share of the name's words."""
    wanted = [_stem(w) for w in content_words(name)]
    offered = {_stem(w) for w in content_words(description)}
    shared = sum(1 for w in wanted if any(_agree(w, o) for o in offered))
    return shared, (shared / len(wanted) if wanted else 0.0)


def same_indicator(name: str, description: str) -> bool:
    """A named indicator ("indsatsen i ressourceforløb") matches a definition when at least
    two of its content words, and more than half of them, recur there."""
    shared, ratio = indicator_overlap(name, description)
    return shared >= 2 and ratio > 0.5


def _stem(word: str) -> str:
    """Crude Danish suffix strip so "tilgangen" ~ "tilgang", "ressourceforløbet" ~ "ressourceforløb"."""
    for suffix in ("erne", "ene", "en", "et", "er", "e"):
        if len(word) > len(suffix) + 4 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word
