"""A permit granted, and a permit annulled on appeal.

"Teknik og Miljø har tidligere givet dispensation til opførelse af et kølehus uden besporing i et af delområderne."
"Dispensationen blev påklaget og Planklagenævnet gav anklager medhold i, at der ikke kan dispenseres fra kravet om
besporing." (corpus/municipal/s10_06, Aarhus byråd minutes). The municipal README's convention (session 10): "a
granted dispensation annulled on appeal is one `introduced` and one `dropped` event"; s10_06's gold notes: the grant's
actor is the office that gave it, the annulment's the board that upheld the appeal. Neither sentence has a verb of the
event lexicon (a permit is given, an appeal upheld), so they are read here. The words are data
(nlp/data/lineage_words.csv: permit_noun, permit_grant_verb, appeal_upheld_noun), read by the pipeline's lemmas.
"""
from __future__ import annotations

import re

from extract.normalise import collapse_ws

from . import actors, lexicon
from .draft import Draft
from .word_classes import word_set

# The granter stands before the perfect's auxiliary: "Teknik og Miljø har tidligere givet ..."
_GRANTER = re.compile(r"^\s*(?P<agent>[A-ZÆØÅ][^,.;:]{1,80}?)\s+(?:har|havde)\b")
# The board that upheld the appeal, after "og": "... blev påklaget og Planklagenævnet gav anklager medhold"
_UPHOLDER = re.compile(r"\bog\s+(?P<body>[A-ZÆØÅ][\wæøå-]*(?:\s+(?:og\s+)?[A-ZÆØÅ][\wæøå-]*)*)\s+(?:gav|giver|har\s+givet)\b")
# What the permit is for ends at a place adverbial ("i et af delområderne"), a clause or the sentence.
_FOR_END = re.compile(r"\s+(?:i|på|ved)\s+(?:et|en|de|den|det|to|tre)\b|[,.;:]|$")


def permits(sentence: str, start: int, end: int, earlier: list[Draft]) -> list[Draft]:
    """The permit a sentence tells granted (`introduced`) or annulled on appeal (`dropped`), or []."""
    nouns = word_set("permit_noun")
    low = sentence.lower()
    if not any(noun in low for noun in nouns):
        return []  # every form of a permit noun begins with its lemma ("dispensationen"): no pass for the rest
    doc = lexicon.get_pipeline_doc(sentence)
    permit = next((t for t in doc if t.lemma_.lower() in nouns), None)
    if permit is None:
        return []
    lemmas = {t.lemma_.lower() for t in doc} | {t.lower_ for t in doc}
    if lemmas & word_set("appeal_upheld_noun"):
        body = _UPHOLDER.search(sentence)
        if body is None:
            return []
        # the permit granted before, as the earlier sentence named it ("Dispensationen" points back at it)
        granted = next((d for d in reversed(earlier) if d.kind == "introduced"
                        and d.subject.lower().split()[:1] == [permit.lemma_.lower()]), None)
        subject = granted.subject if granted else permit.text.lower()
        return [Draft("dropped", start, end, subject, None, None, body.group("body"), None, True)]
    grant = next((t for t in doc[:permit.i] if t.lemma_.lower() in word_set("permit_grant_verb")), None)
    if grant is None or permit.i - grant.i > 2:
        return []  # "givet dispensation": the permit is the verb's object
    rest = collapse_ws(sentence[permit.idx:])
    what = rest[:_FOR_END.search(rest).start()].strip()  # type: ignore[union-attr]  # "$" always matches
    if len(what.split()) < 3:
        return []  # a permit for what the sentence does not say
    head = _GRANTER.match(sentence[:grant.idx])
    agent = head.group("agent").strip() if head else None
    actor = agent and (actors.subject_agent(agent) or (agent if len(agent.split()) <= 5 else None))
    return [Draft("introduced", start, end, what[0].lower() + what[1:], None, None, actor or None, None, True)]
