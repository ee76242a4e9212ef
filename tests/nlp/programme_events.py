"""A short party programme through the whole pipeline: the lineage tests of programme grammar
(test_lineage_list_grammar.py, test_lineage_kept_and_judged.py) write one sentence or list under the party's
programme title and read back (kind, subject, actor) of each event."""
from __future__ import annotations

from pathlib import Path

from knowledge.pipeline import extract_path


def programme_events(tmp_path: Path, body: str, party: str = "Dansk Folkeparti") -> list[tuple[str, str, str | None]]:
    path = tmp_path / "programme.txt"
    path.write_text(f"{party}s arbejdsprogram\n\n{body}\n", encoding="utf-8")
    flat = extract_path(path).flat
    return [(e.event, e.subject, e.actor) for e in flat.lineage_events]
