"""`sporbar trace QUERY` and `sporbar export graph`: lineage timelines and the knowledge graph."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.table import Table

from extract.errors import SporbarError

from .cli import DbOption, _fail, app, emit, err, note, open_store, out
from .cli_export import export_app


@app.command("trace")
def trace_command(
    query: Annotated[str, typer.Argument(help="A concept, e.g. måltal, benchmarking, fleksjob.")],
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help='Print {"events": [...], "nodes": [...]} as JSON.')] = False,
) -> None:
    """The concept's timeline (introduced, dropped, replaced ... with quote and page) and
    its neighbourhood in the knowledge graph.

    Example: sporbar trace måltal --db /tmp/sporbar.db --json
    """
    from .trace import trace

    try:
        with open_store(db) as store:
            result = trace(store, query)
    except SporbarError as exc:
        raise _fail(exc) from exc
    if as_json:
        emit(json.dumps(result, ensure_ascii=False, indent=1, default=str))
    else:
        _print_timeline(query, result)
    if not result["events"]:
        err.print(f"no lineage events found for '{query}'; ingest documents first or try another word")
        raise typer.Exit(1)


def _print_timeline(query: str, result: dict[str, Any]) -> None:
    table = Table(title=f"trace: {query}", show_lines=True)
    for column in ("year", "event", "subject", "actor", "replaced by", "quote", "source, page"):
        table.add_column(column, overflow="fold")
    for e in result["events"]:
        table.add_row(str(e["year"] or ""), e["event"], e["subject"], e["actor"] or "", e["replaced_by"] or "",
                      e["quote"], f"{Path(e['source']).name}, p. {e['page']}")
    out.print(table)
    for node in result["nodes"]:
        if node["kind"] == "indicator" and node.get("definition"):
            out.print(f"{node['id']}: {node['label']} — {node['definition']}", markup=False)


@export_app.command("graph")
def export_graph_command(
    fmt: Annotated[str, typer.Option("--format", "-f", help="graphml (Gephi) or json (node-link).")] = "graphml",
    db: DbOption = None,
    out_path: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write to this file instead of stdout.")] = None,
) -> None:
    """The knowledge graph of everything in the store: documents, questions, answers,
    persons, parties, organisations, reforms, commitments, indicators, kommuner.

    Example: sporbar export graph --format graphml --out sporbar.graphml
    """
    from .graph import graph_from_store, render

    if fmt not in ("graphml", "json"):
        note("error:", "red", f"unknown format '{fmt}'; use graphml or json")
        raise typer.Exit(2)
    try:
        with open_store(db) as store:
            graph = graph_from_store(store)
    except SporbarError as exc:
        raise _fail(exc) from exc
    if graph.number_of_nodes() == 0:
        note("error:", "red", "the store is empty; ingest documents first (sporbar ingest PATH...)")
        raise typer.Exit(1)
    text = render(graph, fmt)
    if out_path is None:
        emit(text, end="")
    else:
        out_path.write_text(text, encoding="utf-8")
        err.print(f"wrote {out_path}")
    err.print(f"exported {graph.number_of_nodes()} nodes and {graph.number_of_edges()} edges as {fmt}")
