"""Something done "for første gang": a launch.

"Den 24. december 2016 fra kl. 10 til 12 gennemførte st. Middelfart for første gang ”Åben garage” på
stationen i Middelfart." (corpus/municipal/s05, a fire service's newsletter): an activity carried
out for the first time is launched, `introduced` under the conventions ("created, adopted, decided
or launched"; s05 gold notes: introduced, 2016, actor 'st. Middelfart'). Danish V2 puts the agent
after the finite verb when an adverbial opens the sentence, and "for første gang" between the agent
and the object: verb, agent, "for første gang", what was done. The verbs of carrying out are data
(nlp/data/lineage_words.csv, role first_time_verb), read by the pipeline's lemmas.
"""
from __future__ import annotations

import datetime as dt
import re

from extract.normalise import collapse_ws

from . import actors, lexicon
from .draft import Draft
from .word_classes import word_set
from ..timex import time_mentions

_FIRST = re.compile(r"\bfor\s+første\s+gang\s+", re.IGNORECASE)
# What was done ends at a place or time adverbial, a clause or the sentence.
_WHAT_END = re.compile(r"\s+(?:på|i|hos|ved|den|fra|kl\.)\s+[a-zæøå]|[,.;:]\s|[.;:]?$")


def first_time(sentence: str, start: int, end: int, anchor: dt.date | None) -> list[Draft]:
    """The launch a sentence tells with "for første gang" after a verb of carrying out, or []."""
    first = _FIRST.search(sentence)
    if first is None:
        return []
    before = sentence[:first.start()]
    doc = lexicon.get_pipeline_doc(before)
    lemmas = word_set("first_time_verb")
    # the lemma, or a past form the lemma table leaves as it is ("afholdt"): the infinitive's stem and a past ending
    verbs = [t for t in doc if t.lemma_.lower() in lemmas
             or any(t.lower_ in (v[:-1] + "t", v[:-1] + "te") for v in lemmas if v.endswith("e"))]
    if not verbs:
        return []
    verb = verbs[-1]
    agent_text = before[verb.idx + len(verb.text):].strip()  # V2: "gennemførte st. Middelfart for første gang"
    if not agent_text:  # "st. Middelfart gennemførte for første gang ...": the agent before the verb
        agent_text = before[:verb.idx].strip().split(",")[-1].strip()
    agent = actors.subject_agent(agent_text) or (agent_text if agent_text and len(agent_text.split()) <= 4
                                                   and agent_text[:1].isupper() or agent_text.startswith("st.") else None)
    rest = sentence[first.end():]
    # the place stays with what was done when the object is a quoted name ("”Åben garage” på stationen i Middelfart")
    quoted = re.match(r"[”\"“»][^”\"“«»]+[”\"«]\s*(?:(?:på|i)\s+[^,.;]+)?", collapse_ws(rest))
    what = quoted.group(0) if quoted else collapse_ws(rest)[:_end_of(collapse_ws(rest))]
    if not what.strip():
        return []
    mentions = time_mentions(sentence, anchor=anchor)
    year = mentions[0].year if mentions else None
    date = mentions[0].date if mentions else None
    return [Draft("introduced", start, end, what.strip(" ,."), year, date, agent, None, True, year_stated=bool(mentions))]


def _end_of(rest: str) -> int:
    found = _WHAT_END.search(rest)
    return found.start() if found else len(rest)
