"""A numbered proposal heading of a party's programme ("11.1.3 Forslag | En skat på finansielle transaktioner",
s9_07's gold_notes): the proposal it names, or none when it names only a topic.
"""
from __future__ import annotations

import re
from dataclasses import replace

from . import lexicon
from .clauses import clause_events
from .draft import Draft
from .party_clause import DEMAND_MODALS, lemma_tokens, noun_phrase
from .programme_words import FINITE_FORMS, headed_by_a_scheme


# A numbered proposal heading of a programme: "11.1.3 Forslag | En skat på finansielle transaktioner" (s9_07; the genre
# of Alternativet's programme, s7_06 "3.1.1 Forslag | Solenergi", s7_07 "9.7.2 Forslag | Bloddonation"). s9_07's
# gold_notes: "The numbered 'Forslag | ...' headings are the party's proposals; where the proposal is stated only in
# the heading, the heading (with its number) is the evidence".
PROPOSAL_HEADING = re.compile(r"^\d+(?:\.\d+)+\s+Forslag\s*\|\s*(?P<what>\S.*)$")


def proposal_heading(what: str, start: int, end: int, party: str, others: list[Draft]) -> list[Draft]:
    """The proposal a heading names: the act of its clause ("Skattestoppet på ejendomsværdiskat ophæves", read by
    the other readers), a nominalisation of the event lexicon ("Indførelse af differentierede
    selskabsskattesatser": its object), or a noun phrase naming a scheme ("En skat på finansielle transaktioner",
    "Lavere skatter for de laveste indkomster"); a topic ("Solenergi", "Bloddonation", s7_06, s7_07: their sections'
    sentences state the demands) is none."""
    if others:
        return [replace(d, kind="planned", actor=party) if d.kind != "confirmed" else d for d in others]
    words = what.rstrip(" .").split()
    if len(words) >= 3 and words[1].lower() == "af" and lexicon.noun_entry(words[0]) is not None:
        # the whole object: a heading is short, and its relative clause tells which instrument ("en mærkeordning
        # til selskaber, der fører en åben og samfundsvenlig skattepolitik", s9_07 gold)
        return [Draft("planned", start, end, noun_phrase(words[2:]), None, None, party, None, False)]
    with lexicon.demands():
        told = clause_events(" ".join(words), start, end, None)
    if told:  # "Skattestoppet på ejendomsværdiskat ophæves"
        return [replace(d, kind="planned", actor=party) for d in told]
    tokens = lemma_tokens(" ".join(words))
    if not headed_by_a_scheme(tokens) or any(lem in DEMAND_MODALS or w.lower() in FINITE_FORMS for w, lem in tokens):
        return []
    return [Draft("planned", start, end, noun_phrase(words), None, None, party, None, False)]
