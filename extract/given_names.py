"""Danish given names: whether a capitalised word can open a person's name.

A line of a staff list or a sentence of minutes names a person without a title to say so
("Frank Jakobsen", "Jesper Kjeldsen deltog ikke i sagens behandling"); the same layouts also
hold places, units and institutions ("Center for Ejendomme", "Åben hal", "Parkhuset"). A name
whose first word is a given name is a person's. The given names are those of the 2,883
persons of Folketinget's ODA `Aktør` table, which the project already ships as
danish/data/oda_persons.csv (danish.reference.person_names; source cited there): Danish
public life of seven decades, so the names a Danish public document prints.

Rule: a person's given name is the first word of the name ("Frank Aaen" -> "Frank"), of a
name of two words or more, each capitalised or a particle ("von", "van", "de", "á"), with no
digit: the table also holds system users and units ("Den centrale indlevering (CI)",
"Sekretariatsbruger test", "Medcentr Medcentr", "SI360 Service Account"), which are no
persons: a name with a digit, the word "test" or one word twice is none; a hyphenated given
name gives each part too ("Hans-Christian" -> "Hans-Christian", "Hans", "Christian"); an
initial or an abbreviation ("H.C.", "Chr.") is no given name.

Folketinget's members are not every Dane: minutes, staff lists and signatures name people
whose given names no member bore ("Solveig Munk, Enhedslisten", a proposal's signatory in the
Aarhus byråd referat, corpus/municipal s9_09; "Maya Saietz", "Oskar Behrendt" in DIKUrevyen's
attendance list, s7_11). The Danish given names of danish/data/given_names_da.csv (the Danish
locale of the Faker package, source cited there) are given names too.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

_PARTICLES = frozenset({"von", "van", "der", "de", "af", "á", "og"})
_GIVEN = re.compile(r"[A-ZÆØÅÉÜÖ][a-zæøåéèüöä]+(?:-[A-ZÆØÅÉÜÖ][a-zæøåéèüöä]+)?")


def given_name_counts(names: Iterable[str]) -> Counter[str]:
    """The given names of the names, each with how many of the names bear it."""
    counts: Counter[str] = Counter()
    for name in names:
        words = re.sub(r"\s*\([^)]*\)", "", name).split()
        if len(words) < 2 or any(ch.isdigit() for ch in name) or "test" in name.casefold().split() \
                or len(set(words)) < len(words) \
                or not all(w[:1].isupper() or w in _PARTICLES for w in words):
            continue
        first = words[0]
        if _GIVEN.fullmatch(first):
            counts.update({first, *first.split("-")})
    return counts


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    from danish._data import rows
    from danish.reference import person_names

    return frozenset(given_name_counts(person_names())) | {row["name"] for row in rows("given_names_da.csv")}


def is_given_name(word: str) -> bool:
    """'Birgit', 'Hans-Christian' -> True; 'Center', 'Parkhuset', 'Den' -> False."""
    return word in given_names() or (
        "-" in word and all(part in given_names() for part in word.split("-")))


def opens_with_given_name(name: str) -> bool:
    """A name of two words or more whose first word is a given name ('Tina Lose Jensen')."""
    words = name.split()
    return len(words) >= 2 and is_given_name(words[0])
