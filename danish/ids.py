"""Canonical ids: one ASCII slug scheme for persons, parties, committees, ministries, ...

The scheme: lower case; æ -> ae, ø -> oe, å -> aa (Dansk Sprognævn's rule for writing
Danish without æ, ø, å, also how ft.dk and Danish e-mail addresses spell names); any other
accented letter loses its accent (é -> e, ö -> o, ü -> u); every run of other characters
becomes one hyphen. So "Finn Sørensen" -> "finn-soerensen", "Åse Ålund" -> "aase-aalund",
"Høje-Taastrup" -> "hoeje-taastrup". An id is "<kind>:<slug>" ("person:aase-aalund").
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DANISH = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})
_NOT_ID = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=100_000)
def ascii_fold(text: str) -> str:
    """Lower-case ASCII spelling: "Sørensen" -> "soerensen", "Özlem" -> "ozlem"."""
    lowered = text.lower().translate(_DANISH)
    if lowered.isascii():
        return lowered
    return unicodedata.normalize("NFKD", lowered).encode("ascii", "ignore").decode()


def slug(text: str) -> str:
    """Readable ASCII id part: "Finn Sørensen" -> "finn-soerensen"."""
    return _NOT_ID.sub("-", ascii_fold(text)).strip("-")


def make_id(kind: str, key: str) -> str:
    """"person", "Åse Ålund" -> "person:aase-aalund"; a key that is already a slug stays."""
    return f"{kind}:{slug(key)}"


def person_id(name: str) -> str:
    """One id per person, everywhere (extract, nlp, graph, search, app): the slug of the
    name as normally written, whitespace and case not counting."""
    return make_id("person", " ".join(name.split()))
