"""A decision told within a plan or an agreement: "Som en del af budgetforlig 2024 blev det vedtaget, at mulighederne
for en permanent gang- og cykelbro fra Dokk1 til Balticagade skulle undersøges." (s10_06), "I den grønne
mobilitetsplan blev det vedtaget, at byrådet ønsker, at der skal ske mere parkering i p-husene og mindre på gaden"
(s6_06): both gold `introduced`, year null. The decision's content is an "at" clause, which the verb reader leaves
to the clause's own verb (lexicon: "Det blev aftalt, at ..."); here the clause has no verb of the event lexicon.

The actor is the agreement as phrased when the frame is one (s10_06: "budgetforlig 2024"; s7_10's convention for
"økonomiaftalen for 2013"; nlp/data/agent_heads.csv, kind agreement), else the agent the content names (s6_06:
"byrådet ønsker, at ..."). What was decided is the content up to its modal ("skulle undersøges"); a content that is
an agent's wish is the wish's own content, named after the plan it stands in (s6_06 gold: "grøn mobilitetsplan:
mere parkering i p-husene og mindre på gaden").
"""
from __future__ import annotations

import re

from extract.normalise import collapse_ws

from . import actors
from .agent_nouns import agent_head, head_noun
from .draft import Draft
from .word_classes import DEFINITE_ARTICLE_PATTERN

_DECIDED_WITHIN = re.compile(
    r"^\s*(?:som\s+(?:en\s+)?del\s+af|som\s+(?:et\s+)?led\s+i|i|med)\s+(?P<frame>[^,.;]{3,80}?)\s+blev\s+det\s+"
    r"(?:vedtaget|besluttet|aftalt)\s*,?\s+at\s+(?P<what>[^.;]+)", re.IGNORECASE)
# an agent's wish as the content: "byrådet ønsker, at der skal ske mere parkering ..."
_WISH = re.compile(r"^(?P<agent>[^,]{2,40}?)\s+(?:ønsker|vil|beslutter)\s*,?\s+at\s+(?:der\s+)?(?:skal|skulle)\s+"
                   r"(?:ske\s+)?(?P<what>.+)$", re.IGNORECASE)
_MODAL = re.compile(r"\s+(?:skulle|skal|vil|ville|kan|kunne)\b|,\s|$")
_ARTICLE = re.compile(rf"^{DEFINITE_ARTICLE_PATTERN}\s+", re.IGNORECASE)


def decided_within(sentence: str, start: int, end: int) -> list[Draft]:
    """The decision a sentence tells made within a plan or agreement, or []."""
    found = _DECIDED_WITHIN.match(collapse_ws(sentence))
    if found is None:
        return []
    frame, what = found.group("frame").strip(), found.group("what").strip()
    head = _agreement(frame)
    wish = _WISH.match(what)
    if wish:
        actor = actors.subject_agent(wish.group("agent"))
        content = wish.group("what").split(", så ")[0].strip(" ,")
        plan = _ARTICLE.sub("", frame)
        subject = content if head else f"{plan}: {content}"
    else:
        actor = None
        subject = what[:_MODAL.search(what).start()].strip()  # type: ignore[union-attr]  # "$" always matches
    if head:
        actor = frame
    if len(subject.split()) < 2:
        return []
    return [Draft("introduced", start, end, subject, None, None, actor, None, True)]


def _agreement(frame: str) -> bool:
    """The frame is an agreement: "budgetaftalen for 2012", and a named one with its budget year, which names it
    as a title does ("budgetforlig 2024", indefinite)."""
    head = agent_head(frame)
    if head is not None:
        return head.is_agreement
    named = re.fullmatch(r"(?P<noun>[\wæøå-]+)\s+\d{4}", frame.strip())
    found = head_noun(named.group("noun").lower()) if named else None
    return found is not None and found[0].is_agreement
