"""A possibility introduced is named by what it makes possible.

A kvalitetsstandard lists its changes as "Der er indført mulighed for at bytte en rengøring ud med en anden
praktisk opgave" (probes11 d03, gold "mulighed for at bytte en rengøring ud med en anden praktisk opgave"), "Der er
indført mulighed for at bytte en rengøring til anden hjælp, f.eks. ..." (probes24 m06, gold "mulighed for at bytte
en rengøring til anden hjælp"), "Der indføres mulighed for at vælge mellem tre hovedretter" (probes17 m06), "Der er
indført mulighed for at bytte en rengøringsgang til en gåtur ..." (probes25 06). The clause readers take the bare
noun "mulighed", which names nothing; the phrase runs on through its "for at" infinitive to the first comma or
parenthesis (an example, "f.eks. ...", or a name in brackets is no part of it).
"""
from __future__ import annotations

import re

from extract.normalise import collapse_ws

_BARE = re.compile(r"^(?:en\s+|den\s+)?(?:ny\s+|nye\s+)?mulighed(?:en)?$", re.IGNORECASE)
_PHRASE = re.compile(r"\b(?P<phrase>mulighed(?:en)?\s+for\s+at\s+[^,;:()]+?)\s*(?:[,;:(]|\.\s|\.?$)", re.IGNORECASE)


def possibility_phrase(subject: str, evidence: str) -> str:
    """"mulighed" -> "mulighed for at bytte en rengøring til anden hjælp" when the evidence gives it so; any other
    subject unchanged."""
    if not _BARE.match(subject.strip()):
        return subject
    found = _PHRASE.search(collapse_ws(evidence))
    return found.group("phrase") if found else subject
