"""Cues that state no event: negated ("blev ikke ændret", "ingen planer om"), an opinion, a
forecast of a quantity, a quoted statistic ("Der er oprettet 25.000 fleksjob").

Apart from the clause reader because these are the conventions' exclusions, read the same way in
every genre.
"""
from __future__ import annotations

import re

from danish.words import NEGATION_PATTERN

from .cues import Cue, NEGATION_AFTER, NEGATION_BEFORE, OPINION, STATISTIC_AFTER


_NEGATION = re.compile(rf"\b{NEGATION_PATTERN}\b(?!\s+(?:længere|mere|kun|blot|alene|mindst|mindre)\b)", re.IGNORECASE)


def negated(clause_to_cue_end: str, cue_at: int) -> bool:
    """"Reglerne blev ikke ændret", "Der er ikke truffet beslutning om at afskaffe ...",
    "ingen planer om": a negation in the clause just before or inside the cue. The cues
    that are negations themselves ("ikke længere at anvende") are let through."""
    # searched from a position, not in a slice: a slice opening inside "Regeringen" or "Brugerbetalingen" would
    # start a word "ingen" there (the negating pronoun) and cancel the cue
    return _NEGATION.search(clause_to_cue_end, max(0, cue_at - 40)) is not None


# An amount compared, right after the verb of expecting: "der må forventes væsentligt flere biler i p-husene" (s6_06:
# not in its gold), "forventes færre ansøgninger": a forecast like a number's.
_MORE_OR_FEWER = re.compile(r"\s+(?:[a-zæøå]+t\s+|langt\s+|noget\s+)?(?:flere|færre|mere|mindre|større|højere|lavere)\b",
                            re.IGNORECASE)
_QUANTITY = re.compile(r"\b\d{1,3}(?:\.\d{3})+\b|\b\d+(?:,\d+)?\s*(?:procent|pct\.?|%|tons?|personer|kr\.?|mio\.?|mia\.?)",
                       re.IGNORECASE)


# An infinitive after "at" or a modal: what is to be made, not a count of what exists (`rejected`).
_INFINITIVE_BEFORE = re.compile(r"\b(?:at|vil|skal|ville|skulle)\s+$", re.IGNORECASE)


# The content clause of a proposal negated: Danish puts "ikke" before the finite verb of an at-clause, after its
# subject ("foreslår, at mentorordningen ikke ændres", "anbefaler, at der ikke ændres ..."); "ikke længere"/"ikke mere"
# proposes an end and stays a plan.
_NEGATED_CONTENT = re.compile(r"^\s*,?\s*at\s+(?:[\wæøå-]+\s+){0,5}?(?:ikke|aldrig)\s+(?!længere\b|mere\b)", re.IGNORECASE)


def rejected(cue: Cue, sentence: str, cue_at: int, cue_end: int) -> bool:
    """Negated cues, opinions and quoted statistics ("Der er oprettet 25.000 fleksjob")."""
    if cue.kind in ("introduced", "changed", "evaluated") and NEGATION_BEFORE.search(sentence, max(0, cue_at - 20), cue_at):
        return True
    if cue.kind != "dropped" and NEGATION_AFTER.match(sentence[cue_end:]):
        return True
    if cue.kind != "planned" and OPINION.search(sentence):
        return True
    if cue.kind == "planned" and _NEGATED_CONTENT.match(sentence[cue_end:]):
        return True  # "anbefaler, at der ikke ændres i ordningen": the proposal is that nothing happens
    if cue.kind == "planned" and re.search(r"forvent|\bventes\b", sentence[cue_at:cue_end], re.IGNORECASE) \
            and (_QUANTITY.search(sentence) or _MORE_OR_FEWER.match(sentence[cue_end:])):
        return True  # "forventes nu en udledning på ca. 614.000 tons": a forecast of a quantity, no plan
    # a present passive states what is made, with its number ("- Der oprettes 20 nye nærpolitienheder", an
    # agreement's item; "Der etableres 300 nye pladser"), not a count of what exists
    made_now = sentence[cue_at:cue_end].lower().endswith("es")
    # ... and so does an infinitive after "at" or a modal: what is to be made ("enige om at etablere 17 lokale
    # sundhedsklynger", "vil oprette 300 nye pladser")
    to_be_made = _INFINITIVE_BEFORE.search(sentence, max(0, cue_at - 12), cue_at) is not None
    return cue.kind == "introduced" and not made_now and not to_be_made and bool(STATISTIC_AFTER.match(sentence[cue_end:]))


