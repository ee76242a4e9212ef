"""Whose right, status or possibility a demand gives: the holder named before "skal have" joins the subject as
its genitive. "Vælgerne skal have mulighed for at tage initiativ til folkeafstemninger" (s09 gold: "vælgernes
initiativret til folkeafstemninger"), "Danmarks Naturfredningsforening skal have præcis samme status som andre
i forbindelse med klagesager" (s9_05 gold: "Danmarks Naturfredningsforenings status i klagesager"), "forældre
skal kunne gøre brug af deres børns uudnyttede bundfradrag" (f05 gold: "forældres adgang til ..."): the thing
given is only half the commitment; the golds name it by its holder's genitive. A holder that is a place, an
institution ("Offentlige plejehjem skal have køkkener", s11_07 gold: "køkkener og aktiviteter på offentlige
plejehjem"; s9_01 "... i offentlige institutioner"), comes after the thing with its preposition
(nlp/data/place_holders.csv).
"""
from __future__ import annotations

import re
from functools import lru_cache

from danish._data import table_rows

from .word_classes import ADVERBS, ARTICLE, BULLET, DETERMINERS, PRONOUNS

# The holder (one to four words opening the sentence), a demand modal, sentence adverbs, "have"/"få", the thing.
_GIVEN = re.compile(r"^(?P<holder>(?:[\wæøåÆØÅ’'-]+\s+){0,3}?[\wæøåÆØÅ’'-]+)\s+(?:skal|bør|må)\s+"
                    r"(?P<adverbs>(?:[\wæøå.]+\s+){0,2}?)(?:have|få)\s+(?P<thing>.+)$")
# Who speaks or no one in particular: no holder to name ("Vi skal have ...", "Man skal have ...").
_NO_HOLDER = PRONOUNS | DETERMINERS | frozenset({"enkelte"})


@lru_cache(maxsize=1)
def place_heads() -> dict[str, str]:
    """The head of a holder that is a place -> the preposition that places a thing there (nlp/data/place_holders.csv)."""
    return {r["head"]: r["preposition"] for r in table_rows("nlp", "data", "place_holders.csv")}


def _place_preposition(holder: list[str]) -> str | None:
    """The preposition of a holder headed by a place noun (a compound by its last part, in any of its forms:
    "plejehjem", "institutioner", "daginstitutionerne"); None for a name or any other holder."""
    head = holder[-1]
    if not head.islower():
        return None  # "Danmarks Naturfredningsforening": a name holds a status, said with its genitive
    for noun, preposition in place_heads().items():
        at = head.rfind(noun)
        if at >= 0 and head[at + len(noun):] in ("", "en", "et", "er", "erne", "mene", "me", "met"):
            return preposition
    return None


def genitive(phrase: str) -> str:
    """"Vælgerne" -> "Vælgernes", "Danmarks Naturfredningsforening" -> "... Naturfredningsforenings"; a word
    ending in s, x or z takes an apostrophe ("Aarhus'")."""
    return phrase + ("'" if phrase[-1:].lower() in ("s", "x", "z") else "s")


def with_holder(subject: str, evidence: str) -> str:
    """The subject with its holder's genitive when the evidence gives the subject to a holder ("X skal have
    <subject>"); the subject unchanged otherwise."""
    sentence = " ".join(BULLET.sub("", evidence.strip()).split())
    found = _GIVEN.match(sentence)
    if found is None or not subject or not found.group("thing").lower().startswith(subject.lower()):
        return subject
    if any(w.lower() not in ADVERBS for w in found.group("adverbs").split()):
        return subject  # "skal blive ved med at have ...": not a thing given
    holder = ARTICLE.sub("", found.group("holder"))
    words = holder.split()
    if not words or words[-1].lower() in _NO_HOLDER or words[0].lower() in _NO_HOLDER:
        return subject
    place = _place_preposition(words)
    if place:
        # "Offentlige plejehjem" opens the sentence: its capital is the sentence's, not a name's
        holder = holder[:1].lower() + holder[1:] if all(w.islower() for w in words[1:]) else holder
        return f"{subject} {place} {holder}"
    return f"{genitive(holder)} {subject}"
