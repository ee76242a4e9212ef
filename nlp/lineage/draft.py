"""The draft of one lineage event while the readers work on it (`Draft`).

A module of its own so that every reader (clauses, lists, demands, anaphora ...) can make and
refine drafts without importing the orchestrator (`events`), which turns the finished drafts into
`LineageEvent` records.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from extract.records import EventKind


@dataclass(frozen=True)
class Draft:
    kind: EventKind
    start: int  # evidence span in doc.text
    end: int
    subject: str
    year: int | None
    date: dt.date | None
    actor: str | None
    replaced_by: str | None
    decision: bool
    explicit_subject: bool = True
    position: int = -1
    year_stated: bool = False  # the year is written in the evidence, not taken from the document
    end_year: int | None = None  # a period's last year ("i perioden 2016–2020")
    change: str = ""  # what a change made of it ("til en etårig 225-timers-regel"), added to the subject
    future_of: str = ""  # the kind a present tense with a later year announces ("videreføres i 2014"): kept for a decision
    perfect_dated: bool = False  # the year is the document's, taken for a perfect tense ("er der indført")
    # where the year and the date are printed when the evidence does not print them: a section heading's year,
    # a status cell's day and month (provenance is per field, so a span outside the evidence is fine)
    year_at: tuple[int, int] | None = None
    date_at: tuple[int, int] | None = None
    actor_at: tuple[int, int] | None = None  # where the reader read the actor ("forslag fra ledelsen" of a notice)
    agentless: bool = False  # a passive with no "af" ("som blev underskrevet i 2006"): no agent is to be guessed
