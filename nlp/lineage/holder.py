"""Whose right, status or possibility a demand gives: the holder named before "skal have" joins the subject as
its genitive. "Vælgerne skal have mulighed for at tage initiativ til folkeafstemninger" (s09 gold: "vælgernes
initiativret til folkeafstemninger"), "Danmarks Naturfredningsforening skal have præcis samme status som andre
i forbindelse med klagesager" (s9_05 gold: "Danmarks Naturfredningsforenings status i klagesager"), "forældre
skal kunne gøre brug af deres børns uudnyttede bundfradrag" (f05 gold: "forældres adgang til ..."): the thing
given is only half the commitment; the golds name it by its holder's genitive.
"""
from __future__ import annotations

import re

from .word_classes import ADVERBS, ARTICLE, BULLET, DETERMINERS, PRONOUNS

# The holder (one to four words opening the sentence), a demand modal, sentence adverbs, "have"/"få", the thing.
_GIVEN = re.compile(r"^(?P<holder>(?:[\wæøåÆØÅ’'-]+\s+){0,3}?[\wæøåÆØÅ’'-]+)\s+(?:skal|bør|må)\s+"
                    r"(?P<adverbs>(?:[\wæøå.]+\s+){0,2}?)(?:have|få)\s+(?P<thing>.+)$")
# Who speaks or no one in particular: no holder to name ("Vi skal have ...", "Man skal have ...").
_NO_HOLDER = PRONOUNS | DETERMINERS | frozenset({"enkelte"})


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
    return f"{genitive(holder)} {subject}"
