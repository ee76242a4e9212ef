"""Demands to stop something in a party's programme: a negated deontic predicate ("Organisationstvang må således
ikke være tilladt", s7_01: a demanded ban; "Alternativet mener ikke, at ... skal være udelukket fra ...", s7_07: an
exclusion to lift; nlp/data/programme_verbs.csv roles ban and lift), and a demand to refrain ("Danmark skal afstå
fra at ...", s7_06; role refrain).
"""
from __future__ import annotations

import re

from .draft import Draft
from .party_clause import (CLAUSE_NEGATIONS, DEMAND_MODALS, is_party_subject, lemma_tokens, main_clause, noun_phrase,
                           skip_adverbs)
from .programme_words import verbs
from .word_classes import word_set


# "<party> mener ikke, at ...": the party's opinion negated (s7_07); only a deontic predicate is read after it.
_NEGATED_OPINION = re.compile(r"^(?P<who>[A-ZÆØÅ][\wæøå]*(?:\s+[\wæøå]+){0,3}?)\s+(?:mener|ønsker)\s+ikke\s*,?\s+at\s+"
                              r"(?P<clause>.+)$")
# "må" is a demand modal only before a negated deontic predicate: "vi må til stadighed vurdere ..." (s09) demands no
# scheme.
_DEONTIC_MODALS = DEMAND_MODALS | {"måtte"}
# A subject that names no scheme (a pronoun or an expletive, nlp/data/lineage_words.csv role no_scheme_subject).
_NO_SCHEME_SUBJECT = word_set("no_scheme_subject")


def negated_deontic(text: str, start: int, end: int, party: str) -> list[Draft]:
    """"Organisationstvang må således ikke være tilladt." (s7_01 gold: `planned`, "forbud mod organisationstvang"),
    "Alternativet mener ikke, at homoseksuelle og biseksuelle mænd kategorisk skal være udelukket fra bloddonation"
    (s7_07 gold: `planned`): a negated deontic predicate (nlp/data/programme_verbs.csv, roles ban and lift) demands a
    ban on its subject, or the end of an exclusion. Negated once: the clause's "ikke" or the opinion's."""
    negations = 0
    opinion = _NEGATED_OPINION.match(text)
    if opinion:
        if not is_party_subject(opinion.group("who").split()):
            return []
        text, negations = opinion.group("clause"), 1
    tokens = lemma_tokens(main_clause(text))
    k = next((k for k, (_, lemma) in enumerate(tokens[:8]) if k and lemma in _DEONTIC_MODALS), None)
    if k is None:
        return []
    i, negated = skip_adverbs(tokens, k + 1)
    if i + 1 >= len(tokens) or tokens[i][1] != "være" or verbs().get(tokens[i + 1][1]) not in ("ban", "lift"):
        return []
    subject = [w for w, _ in tokens[:k] if w.lower() not in CLAUSE_NEGATIONS]
    negations += int(negated) + sum(1 for w, _ in tokens[:k] if w.lower() in CLAUSE_NEGATIONS)
    if negations != 1 or not subject or (len(subject) == 1 and subject[0].lower() in _NO_SCHEME_SUBJECT):
        return []  # "Det må ikke være tilladt at ...": what is banned is the infinitive, not read here
    phrase = noun_phrase(subject)
    if verbs()[tokens[i + 1][1]] == "ban":
        # a ban is a scheme (nlp/data/scheme_heads.csv: "forbud"); the sentence's first word loses its capital
        phrase = "forbud mod " + (phrase[0].lower() + phrase[1:] if phrase[1:2].islower() else phrase)
    else:
        phrase = " ".join([phrase] + [w for w, _ in tokens[i + 1:]])
    return [Draft("planned", start, end, phrase, None, None, party, None, False)]


def refrain_demand(tokens: list[tuple[str, str]], f: int, start: int, end: int, party: str) -> list[Draft]:
    """"Danmark skal afstå fra at efterforske og udvinde olie og gas fra Arktis og andre sårbare områder" (s7_06,
    twice; its gold: `planned`, "efterforskning og udvinding af olie og gas fra Arktis"): a demand to stop an
    activity, named by the infinitives and their object."""
    if tokens[f][1] not in DEMAND_MODALS:
        return []
    i, negated = skip_adverbs(tokens, f + 1)
    if negated or i + 3 >= len(tokens) or verbs().get(tokens[i][1]) != "refrain" \
            or [w.lower() for w, _ in tokens[i + 1:i + 3]] != ["fra", "at"]:
        return []
    return [Draft("planned", start, end, " ".join(w for w, _ in tokens[i + 3:]), None, None, party, None, False)]
