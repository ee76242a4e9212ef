"""Closed Danish word classes the lineage readers share: function words, sentence adverbs,
articles, the definite noun ending, finite auxiliaries, list bullets and relative pronouns.

One place, because the clause reader, the subject cleaner, the heading splitter and the
deduplication must agree on what, say, a sentence adverb is.
"""
from __future__ import annotations

import re

from . import subjects


# A relative pronoun or a coordinating "og" opening a clause: its subject is the phrase before it.
RELATIVE = re.compile(r"^(?:der|som|og)\s", re.IGNORECASE)

# The finite auxiliaries ("er var blev bliver har havde", `subjects`): a line or phrase with one is a
# clause, not a noun phrase.
FINITE_AUX = subjects.FINITE_AUX
# Words that name nothing alone; a phrase of only these, or a line ending in one, is no commitment or heading.
FUNCTION_WORDS = frozenset("at det der den de som og i om en et behov dette disse denne man vi".split())

# What opens a subject but is no part of the noun phrase: list bullets ("• Topskatten afskaffes",
# party programmes; "- Forbud mod ...", referater).
BULLET = re.compile(r"^[•▪·*–\-\uf0b7\s]+")

# A noun in its definite form ("ordningen", "reglerne"): an anaphor, or a head already named.
DEFINITE = re.compile(rf"^[A-Za-zæøåÆØÅ]+{subjects.DEFINITE_ENDING}$")

# Sentence adverbs that stand between an auxiliary and its participle (Danish V2: "bliver nu
# ændret", "blev også afskaffet", "er derfor blevet forlænget"): never a commitment.
ADVERBS = frozenset("nu også dermed derfor således senere samtidig efterfølgende herefter siden igen desuden "
                    "yderligere endvidere allerede netop ligeledes fremover hermed atter endelig så da "
                    "hermed herved derved imidlertid dog altså faktisk gradvist helt delvist midlertidigt "
                    "permanent blevet endeligt herunder bl.a. ligeledes".split())
# An article opening a phrase, taken off a list member or a demand's subject.
ARTICLE = re.compile(r"^(?:den|det|de|en|et)\s+", re.IGNORECASE)
