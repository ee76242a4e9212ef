"""The one table of lineage event kinds.

Records (`extract.records.EventKind` validation), the flat record's JSON Schema, the
knowledge graph's actor edges, the app's Danish labels and the extractor all read this
table, so a new kind is a row here and a line in its test (tests/nlp/test_event_kinds.py).
The kinds and their meanings are the labelling conventions of the dev corpora
(shared/corpus/dev/star/README.md, "Lineage events").

This module imports nothing from the project: `extract.records` reads it at import time.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EventKindSpec:
    kind: str  # the value in records, the flat view and gold files
    label: str  # Danish past participle shown in the app ("indført")
    edge: str  # graph edge from the commitment to the actor who decided ("introduced_by")
    decision: bool  # whether an event of this kind is a decision unless the text says otherwise
    meaning: str  # the convention's definition, for docs and the schema


EVENT_KINDS: tuple[EventKindSpec, ...] = (
    EventKindSpec("introduced", "indført", "introduced_by", True, "created, adopted, decided or launched"),
    EventKindSpec("changed", "ændret", "changed_by", True, "modified, extended or narrowed"),
    EventKindSpec("dropped", "droppet", "dropped_by", True, "ended or abolished"),
    # Replaced is dropped with a named successor: the actor dropped it (the successor gets its own edge).
    EventKindSpec("replaced", "erstattet", "dropped_by", True, "ended, and the text names what takes its place"),
    EventKindSpec("confirmed", "bekræftet", "confirmed_by", True, "explicitly kept or continued"),
    EventKindSpec("evaluated", "evalueret", "evaluated_by", True, "an evaluation or assessment of results"),
    EventKindSpec("planned", "planlagt", "planned_by", False, "announced, expected or proposed, not yet decided"),
)

BY_KIND: dict[str, EventKindSpec] = {k.kind: k for k in EVENT_KINDS}
KIND_NAMES: tuple[str, ...] = tuple(k.kind for k in EVENT_KINDS)
LABELS: dict[str, str] = {k.kind: k.label for k in EVENT_KINDS}
ACTOR_EDGES: dict[str, str] = {k.kind: k.edge for k in EVENT_KINDS}


def edge_labels() -> dict[str, str]:
    """Danish labels of the actor edges ("indført af"); an edge shared by two kinds takes
    the first kind's label (replaced -> dropped_by -> "droppet af")."""
    out: dict[str, str] = {}
    for k in EVENT_KINDS:
        out.setdefault(k.edge, f"{k.label} af")
    return out


def check_kind(kind: str) -> str:
    """Validation for records: a kind outside the table is an error naming the known ones."""
    if kind not in BY_KIND:
        raise ValueError(f"unknown lineage event kind {kind!r}; known: {', '.join(KIND_NAMES)}")
    return kind
