"""`sporbar trace QUERY` and `sporbar export graph`: lineage timelines and the knowledge graph."""
from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from extract.errors import SporbarError

from .citation import ENGLISH, citation_line
from .cli import DbOption, fail, app, emit, err, note, open_store, out
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
    from .danish_analysis import WORD_RE
    from .trace import trace

    if not WORD_RE.search(query):  # "" or "*": nothing to look for, whatever the store holds
        raise typer.BadParameter(f"{query!r} holds no word to trace; give a concept, e.g. måltal or benchmarking",
                                 param_hint="'QUERY'")
    try:
        with open_store(db) as store:
            result = trace(store, query)
    except SporbarError as exc:
        raise fail(exc) from exc
    if as_json:  # machine readers get the (possibly empty) result either way
        emit(json.dumps(result, ensure_ascii=False, indent=1, default=str))
    elif result["events"]:
        out.print(timeline_text(query, result, width=out.width), markup=False, end="")
    if not result["events"]:
        err.print(f"No lineage events found for '{query}'. Ingest documents first (sporbar ingest PATH) "
                  "or try another word, e.g. måltal or benchmarking.", markup=False)
        raise typer.Exit(1)


def timeline_text(query: str, result: dict[str, Any], *, width: int = 80) -> str:
    """The timeline as plain text blocks for any terminal width: a head line per event, the
    quote wrapped at word boundaries (never inside a word), and the citation under it."""
    width = max(40, width)
    wrap = textwrap.TextWrapper(width=width, initial_indent="  ", subsequent_indent="  ",
                                break_long_words=False, break_on_hyphens=False)
    told = _one_per_statement(result["events"])
    blocks = [f"Timeline: {query} ({len(told)} event{'' if len(told) == 1 else 's'})"]
    for e, also in told:
        lines = textwrap.wrap(f"{event_when(e)} · {e['event']} · {e['subject']}", width=width, subsequent_indent="  ",
                              break_long_words=False, break_on_hyphens=False)
        extra = [f"actor: {e['actor']}" if e.get("actor") else "",
                 f"replaced by: {e['replaced_by']}" if e.get("replaced_by") else ""]
        if any(extra):
            lines += wrap.wrap(" · ".join(x for x in extra if x))
        lines += wrap.wrap(f"»{' '.join(str(e['quote']).split())}«")
        citation = e.get("citation") or {}
        source = citation.get("text") or f"{Path(str(e['source'])).name}, p. {e['page']}"
        lines += textwrap.wrap(f"Source: {_source_line(citation) if citation else source}", width=width,
                               initial_indent="  ", subsequent_indent="    ", break_long_words=False,
                               break_on_hyphens=False)
        if also:  # the same words in other documents (minutes and an excerpt of them)
            lines += textwrap.wrap("Also in: " + "; ".join(also), width=width, initial_indent="  ",
                                   subsequent_indent="    ", break_long_words=False, break_on_hyphens=False)
        blocks.append("\n".join(lines))
    defined = [node for node in result["nodes"] if node["kind"] == "indicator" and node.get("definition")]
    if defined:
        blocks.append("\n".join(textwrap.wrap(f"Indicators linked to {query} ({len(defined)}), as their documents "
                                               "define them:", width=width, break_long_words=False,
                                               break_on_hyphens=False)))
    for node in defined:
        lines = textwrap.wrap(node["label"], width=width, break_long_words=False, break_on_hyphens=False)
        lines += wrap.wrap(f"»{' '.join(str(node['definition']).split())}«")
        if node.get("citation"):
            lines += textwrap.wrap(f"Source: {_source_line(node['citation'])}", width=width, initial_indent="  ",
                                   subsequent_indent="    ", break_long_words=False, break_on_hyphens=False)
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def _one_per_statement(events: list[dict[str, Any]]) -> list[tuple[dict[str, Any], list[str]]]:
    """Each event once, at its first place in time order, with the other documents that state
    it in the same words ("file, p. N"), as the app's timeline tells them (the JSON keeps each)."""
    told: dict[tuple[Any, ...], tuple[dict[str, Any], list[str]]] = {}
    for e in events:
        key = (e.get("event"), e.get("year"), e.get("date"), " ".join(str(e.get("quote") or "").split()).casefold())
        if key[-1] and key in told:
            citation = e.get("citation") or {}
            name = citation.get("file") or Path(str(e.get("source") or "")).name
            told[key][1].append(f"{name}, p. {e['page']}" if e.get("page") else name)
        else:
            told[key if key[-1] else (id(e),)] = (e, [])
    return list(told.values())


def event_when(e: dict[str, Any]) -> str:
    """When an event happened, as its timeline line says: its date, its year or the period it
    names ("2016–2020"), else its document's date or period, marked as such, else "undated"."""
    if e.get("date"):
        return str(e["date"])
    if e.get("year"):
        return f"{e['year']}–{e['end_year']}" if e.get("end_year") and e["end_year"] != e["year"] else str(e["year"])
    if e.get("date_from_document"):
        return f"{e['document_date']} (document date)"
    if e.get("period_from_document"):
        return f"{e['document_period']} (document period)"
    return "undated"


def _source_line(c: dict[str, Any]) -> str:
    """The citation without its quote (the quote stands just above), in the CLI's English."""
    return citation_line({**c, "quote": None}, ENGLISH)


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
    from .cli_export import write_output  # at call time: cli_export defines it below its own import of cli
    from .graph import graph_from_store, render

    if fmt not in ("graphml", "json"):
        note("error:", "red", f"unknown format '{fmt}'; use graphml or json")
        raise typer.Exit(2)
    try:
        with open_store(db) as store:
            graph = graph_from_store(store)
    except SporbarError as exc:
        raise fail(exc) from exc
    if graph.number_of_nodes() == 0:
        note("error:", "red", "the store is empty; ingest documents first (sporbar ingest PATH...)")
        raise typer.Exit(1)
    write_output(render(graph, fmt), out_path)
    err.print(f"exported {graph.number_of_nodes()} nodes and {graph.number_of_edges()} edges as {fmt}")
