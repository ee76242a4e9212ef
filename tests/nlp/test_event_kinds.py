"""The event kinds table (nlp/lineage/kinds.py) is the one list of kinds: records, the flat
record's JSON Schema, the graph's actor edges and the app's labels all read it. A new kind
is a row in the table and a row in EXPECTED below."""
from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from extract.flat import flat_json_schema
from extract.records import LineageEvent
from nlp.lineage.kinds import EVENT_KINDS, KIND_NAMES

# kind, Danish label, actor edge, a decision unless the text says otherwise
EXPECTED = [
    ("introduced", "indført", "introduced_by", True),
    ("changed", "ændret", "changed_by", True),
    ("dropped", "droppet", "dropped_by", True),
    ("replaced", "erstattet", "dropped_by", True),
    ("confirmed", "bekræftet", "confirmed_by", True),
    ("evaluated", "evalueret", "evaluated_by", True),
    ("planned", "planlagt", "planned_by", False),
]


def test_the_table() -> None:
    assert [(k.kind, k.label, k.edge, k.decision) for k in EVENT_KINDS] == EXPECTED
    assert all(k.meaning for k in EVENT_KINDS)


@pytest.mark.parametrize("kind", KIND_NAMES)
def test_records_accept_every_kind(kind: str) -> None:
    assert LineageEvent(document_id="d", subject="ordningen", event=kind, evidence="x").event == kind


def test_records_refuse_a_kind_outside_the_table() -> None:
    with pytest.raises(ValidationError, match="unknown lineage event kind 'abolished'"):
        LineageEvent(document_id="d", subject="ordningen", event="abolished", evidence="x")


def test_flat_schema_lists_the_kinds() -> None:
    schema = flat_json_schema()
    assert schema["$defs"]["FlatEvent"]["properties"]["event"]["enum"] == list(KIND_NAMES)


@pytest.mark.parametrize(("kind", "edge"), [(k.kind, k.edge) for k in EVENT_KINDS])
def test_graph_draws_the_actor_edge_of_every_kind(kind: str, edge: str) -> None:
    from knowledge.graph import build_graph

    event = LineageEvent(document_id="d", subject="mentorordningen", event=kind, year=2019,
                         date=dt.date(2019, 1, 1), actor="Folketinget", evidence="Folketinget ...")
    graph = build_graph([event])
    assert edge in {d["kind"] for _, _, d in graph.edges(data=True)}


def test_app_labels_come_from_the_table() -> None:
    from knowledge.app_api import EDGE_LABELS
    from knowledge.app_document import EVENT_LABELS

    assert EVENT_LABELS == {k.kind: k.label for k in EVENT_KINDS}
    assert {k.edge for k in EVENT_KINDS} <= set(EDGE_LABELS)


def test_the_sql_view_describes_every_kind() -> None:
    from knowledge.tables import LINEAGE_EVENTS

    kind = next(c for c in LINEAGE_EVENTS.columns if c.name == "kind")
    assert all(k.kind in kind.en and f"{k.kind} ({k.label})" in kind.da for k in EVENT_KINDS)


NEW_KIND_PROBE = r'''
import sys, types, datetime as dt
from pathlib import Path
source = Path("nlp/lineage/kinds.py").read_text(encoding="utf-8")
row = '    EventKindSpec("suspended", "suspenderet", "suspended_by", True, "set aside for a time"),\n'
anchor = "EVENT_KINDS: tuple[EventKindSpec, ...] = (\n"
assert anchor in source
module = types.ModuleType("nlp.lineage.kinds")
module.__file__ = "nlp/lineage/kinds.py"
sys.modules["nlp.lineage.kinds"] = module
exec(compile(source.replace(anchor, anchor + row), "nlp/lineage/kinds.py", "exec"), module.__dict__)
import nlp.lineage
nlp.lineage.kinds = module
from extract.records import LineageEvent
from extract.flat import flat_json_schema
from knowledge.graph import build_graph
from knowledge.app_api import EDGE_LABELS
from knowledge.app_document import EVENT_LABELS
from knowledge.tables import LINEAGE_EVENTS
event = LineageEvent(document_id="d", subject="reglen", event="suspended", year=2020, date=dt.date(2020, 3, 9),
                     actor="Folketinget", evidence="Folketinget suspenderede reglen.")
assert "suspended_by" in {d["kind"] for _, _, d in build_graph([event]).edges(data=True)}
assert "suspended" in flat_json_schema()["$defs"]["FlatEvent"]["properties"]["event"]["enum"]
assert EVENT_LABELS["suspended"] == "suspenderet" and EDGE_LABELS["suspended_by"] == "suspenderet af"
kind = next(c for c in LINEAGE_EVENTS.columns if c.name == "kind")
assert "suspended (suspenderet)" in kind.da
print("ok")
'''


def test_a_new_kind_is_a_row_in_the_table() -> None:
    """Issue 15: "a new event kind is a change in two files". A fresh interpreter reads kinds.py with
    one more row (and nothing else changed): records, schema, graph, app labels and the SQL view
    all take it."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, "-c", NEW_KIND_PROBE], cwd=root, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0 and done.stdout.strip().endswith("ok"), done.stderr[-2000:]
