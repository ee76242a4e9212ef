"""An event's subject and actor as noun phrases (issue 15): the commitment a clean noun phrase,
the actor an agent who decided, never a text. `noun_phrases` runs the readers, each a module
named by its job:

- `commitment`: the commitment's noun phrase (articles, line-break hyphens, a main clause's verb
  phrase, quantifiers, titles in quotation marks, infinitive complements), with `time_phrases`
  (the years, dates and seasons that are no part of it);
- `agent_nouns`: which phrase names a decider (the agent heads of nlp/data/agent_heads.csv);
- `deciders`: who decided an event (a genitive owner, a meeting, an agent opening an active
  clause, an agreement, the document's one owner);
- `word_classes`: the closed word classes they share, and `active_finite`.

The readers' public names are also importable from here, as they were before the split.
"""
from __future__ import annotations

from .commitment import commitment_phrase, existential_subject, restricted_definite, whole_title, with_infinitive_head
from .deciders import agent_clause, event_actor

__all__ = ["agent_clause", "commitment_phrase", "event_actor", "existential_subject", "noun_phrases", "whole_title",
           "with_infinitive_head"]


def noun_phrases(subject: str, actor: str | None, evidence: str, text: str,
                 agentless: bool = False) -> tuple[str, str | None]:
    """An event's subject as a clean noun phrase and its actor an agent (issue 15), from the phrase the
    pickers took, the agent its clause named, its evidence and the document. An `agentless` passive ("den
    Energispareaftale, som blev underskrevet i 2006") takes no agent from the clause around it."""
    subject = commitment_phrase(with_infinitive_head(whole_title(subject, evidence), evidence))
    subject = existential_subject(subject, evidence)
    subject = restricted_definite(subject, evidence)  # "den Energispareaftale, som ..." -> "Energispareaftalen"
    if actor is None and not agentless:
        split = agent_clause(subject, evidence)
        if split:
            actor, subject = split
    actor = event_actor(actor, subject, evidence, text)
    return subject, " ".join(actor.split()) if actor else None  # a body named over a line break is one phrase
