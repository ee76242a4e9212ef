"""Danish given names: whether a capitalised word can open a person's name.

A line of a staff list or a sentence of minutes names a person without a title to say so
("Frank Jakobsen", "Jesper Kjeldsen deltog ikke i sagens behandling"); the same layouts also
hold places, units and institutions ("Center for Ejendomme", "Åben hal", "Parkhuset"). A name
whose first word is a given name is a person's. The names are extract/data/first_names.tsv, the
given names of the persons in Folketinget's ODA `Aktør` table (built by
extract/data/build_first_names.py, its source cited there).
"""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    from danish._data import table_rows

    return frozenset(row["name"] for row in table_rows("extract", "data", "first_names.tsv", delimiter="\t"))


def is_given_name(word: str) -> bool:
    """'Birgit', 'Hans-Christian' -> True; 'Center', 'Parkhuset', 'Den' -> False."""
    return word in given_names() or (
        "-" in word and all(part in given_names() for part in word.split("-")))


def opens_with_given_name(name: str) -> bool:
    """A name of two words or more whose first word is a given name ('Tina Lose Jensen')."""
    words = name.split()
    return len(words) >= 2 and is_given_name(words[0])
