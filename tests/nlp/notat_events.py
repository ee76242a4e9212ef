"""A short notat through the whole pipeline: the lineage tests of sentence forms (test_lineage_unseen_forms.py,
test_lineage_session23_forms.py, test_lineage_clause_grammar.py) write sentences under a notat's title and its
issuer's dateline and read back (kind, subject, actor, year) of each event, or its evidence."""
from __future__ import annotations

from pathlib import Path

from extract.flat import FlatEvent
from knowledge.pipeline import extract_path


def _events(tmp_path: Path, head: str, body: str) -> list[FlatEvent]:
    path = tmp_path / "notat.txt"
    path.write_text(head + body + "\n", encoding="utf-8")
    return list(extract_path(path).flat.lineage_events)


def notat_events(tmp_path: Path, head: str, body: str) -> list[tuple[str, str, str | None, int | None]]:
    return [(e.event, e.subject, e.actor, e.year) for e in _events(tmp_path, head, body)]


def notat_evidence(tmp_path: Path, head: str, body: str) -> list[str]:
    return [e.evidence for e in _events(tmp_path, head, body)]


def notat_replacements(tmp_path: Path, head: str, body: str) -> list[tuple[str, str | None]]:
    """(subject, replaced_by) of each `replaced` event."""
    return [(e.subject, e.replaced_by) for e in _events(tmp_path, head, body) if e.event == "replaced"]
