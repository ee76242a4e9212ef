"""Lineage: events (introduced, changed, dropped, replaced ...) that a document states
about a commitment or instrument.

- `kinds`: the one table of event kinds (label, graph edge, default decision).
- `lexicon`: the Danish event lexicon (nlp/data/event_lexicon.csv) read over the
  pipeline's lemmas: verbs and their nominalisations, with voice, tense, modality and
  negation deciding the kind (the table in `event_lexicon`, the words around a lexicon word
  in `lexicon_context`, nominalisations in `nominalisations`).
- `cues`: phrase cues for word orders the lexicon cannot read alone (replacements,
  "trådte ... i kraft", committees "nedsat").
- `subjects`: the commitment as a clean noun phrase and the actor as an agent (agent heads of
  nlp/data/agent_heads.csv, never a text), read from the grammar of the Danish noun phrase by
  `commitment` (with `time_phrases`), `agent_nouns` and `deciders`.
- `referat`: municipal case minutes - a recommendation's points and the decision on them.
- `overview`: a municipal status overview ("Sager på vej") - one event per row with a stated
  status, its year from the section heading (nlp/data/status_overview.csv).
- `events`: the orchestrator (`lineage_events(doc, records)`): sentence by sentence, then the
  document-wide steps of the conventions, run by modules named by genre or linguistic job:
  `headings` (where a sentence starts), `clauses` (one sentence's events clause by clause, with
  `clause_cues`, `subject_phrase`, `clean_phrase`, `dating`, `negation` and `members`), `lists`
  (an agreement's elements, announced items, a recommendation's points), `laws` (adoption, bills,
  approval lines), `replacement` (a new commitment adopted "som erstatning for" an old one; the document naming
  itself), `genres` and `demands` (the genres whose present tense is no news: party
  programmes propose, quality standards promise routines; a party's own voice in `programme_voice`,
  with `party_clause`, `programme_words`, `demanded_objects`, `negated_permissions`, `modal_demands`,
  `modal_passive`, `law_content`, `coordinated_clauses` and `proposal_headings`), `evaluations`, `anaphora` (discourse
  steps across sentences, with `given_mention`: the fuller earlier phrase a bare definite noun names), `speakers` ("vi"), `dedupe`; `draft` is the record they share and
  `word_classes` the closed Danish word classes they agree on.

The package's `__init__` stays light (`extract.records` imports `kinds` at import time),
so `lineage_events` is loaded on first use.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .kinds import EVENT_KINDS, EventKindSpec

if TYPE_CHECKING:
    from .events import lineage_events

__all__ = ["EVENT_KINDS", "EventKindSpec", "lineage_events"]


def __getattr__(name: str) -> Any:
    if name == "lineage_events":
        from .events import lineage_events

        return lineage_events
    raise AttributeError(name)
