"""Trace a concept ("måltal") through time: its lineage events, each with quote and page,
and its neighbourhood in the knowledge graph (what replaced it, which indicators those
are, with their definitions).

The timeline has two rings. Events whose subject, replacement or quote names the query
come first. Then the graph walk adds what the user asked about without naming it: events
in the documents that define the indicators which replaced the concept, and events on
the same measuring instruments (indikatorer, målinger, benchmarking) for the same
benefit schemes or reform ("Førtidspension og fleksjob indgår ikke i målingen").

A query that names a reform or benefit scheme of the gazetteers, by any of its names or
their inflections ("fleksjobreformen", "reformen af fleksjob": knowledge/trace_names.py),
traces that concept: the first ring is then the events naming it by any of its names.
"""
from __future__ import annotations

import json
import re
import sqlite3
import weakref
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

import networkx as nx

from extract.records import AnyRecord, LineageEvent
from nlp.concepts import commitment_key
from nlp.gazetteer import read_rows
from nlp.linking import find_in_text

from .danish_analysis import WORD_RE, lemma_key
from .search_plan import PREFIX_MIN
from .graph import build_graph, store_text, subject_identity
from .trace_names import concept_for

# Concept keys of measuring instruments (nlp/data/commitments.csv).
MEASURING = frozenset({"maaltal", "sigtelinjer", "indikatorer", "benchmarking", "maalinger"})
_CONCEPT_KEYS = frozenset(row["id"] for row in read_rows("commitments.csv"))
_TYPE = {"commitment": "forpligtelse", "indicator": "indikator", "reform": "reform", "organisation": "aktør",
         "party": "aktør", "person": "aktør", "document": "dokument", "benefit_scheme": "ydelse"}


class RecordSource(Protocol):
    def records(self, *, types: Iterable[str] | None = None,
                document_id: str | None = None) -> list[tuple[str, str, dict[str, Any]]]: ...

    def documents(self) -> list[dict[str, Any]]: ...


def load_records(store: RecordSource) -> list[AnyRecord]:
    from .store_reading import record_from_row

    out = []
    for _, type_name, data in store.records():
        try:
            out.append(record_from_row(type_name, data))
        except Exception:  # noqa: BLE001 - a record written by an older schema is skipped, not fatal
            continue
    return out


#: The record types a trace reads: its timeline is lineage events, its graph neighbourhood the
#: indicators that replaced a concept. A document holding neither adds nothing a trace shows
#: (the graph's question, person and kommune nodes are never in a concept's neighbourhood).
TRACED_TYPES = ("LineageEvent", "IndicatorDefinition")
_IDS_PER_QUERY = 500  # SQLite bounds the number of parameters of one statement


@dataclass(frozen=True)
class TracedGraph:
    """What a trace reads from a store: the records of the traced documents, each
    document's source and the period it covers (its flat `period`), and their graph."""

    records: list[AnyRecord]
    sources: dict[str, str]
    periods: dict[str, str]
    graph: nx.MultiDiGraph

    def __iter__(self) -> Iterator[Any]:  # (records, sources, graph), as callers unpack it
        return iter((self.records, self.sources, self.graph))


# The graph of the traced documents, kept per process (the app traces again and again) for
# one store connection and one state of its data. The state is read without touching a
# table: SQLite's data_version changes when another connection commits (an ingest in
# another process), the connection's total_changes when it writes itself (an ingest through
# the same store). Counting the records instead cost a scan of the table on every call.
_GRAPHS: dict[int, tuple[weakref.ref[Any], tuple[int, int], TracedGraph]] = {}


def traced_documents(db: Any) -> list[str]:
    """The documents holding a lineage event or an indicator (the records_by_type index),
    with the other copies of their works, so that copies count once as in the whole store."""
    marks = ",".join("?" * len(TRACED_TYPES))
    return [r[0] for r in db.execute(
        f"WITH traced AS (SELECT DISTINCT document_id FROM records WHERE type IN ({marks})) "
        "SELECT document_id FROM traced UNION SELECT f.document_id FROM work_files f "
        "WHERE f.work_id IN (SELECT work_id FROM work_files WHERE document_id IN traced)", TRACED_TYPES)]


def store_state(db: sqlite3.Connection) -> tuple[int, int]:
    """Changes whenever the store's data may have changed, as seen from this connection."""
    return int(db.execute("PRAGMA data_version").fetchone()[0]), db.total_changes


def traced_graph(store: Any) -> TracedGraph:
    """(records, sources, graph) of the documents a trace can show, read by SQL: its cost
    grows with the lineage events and indicators, not with the store's other documents."""
    state = store_state(store.db)
    kept = _GRAPHS.get(id(store))
    if kept is not None and kept[0]() is store and kept[1] == state:
        return kept[2]
    from . import works as works_mod
    from .store_reading import record_from_row

    ids = sorted(traced_documents(store.db))  # in document order, as Store.records reads them
    rows: list[tuple[str, str, dict[str, Any]]] = []
    sources: dict[str, str] = {}
    periods: dict[str, str] = {}
    for at in range(0, len(ids), _IDS_PER_QUERY):
        chunk = ids[at:at + _IDS_PER_QUERY]
        marks = ",".join("?" * len(chunk))
        rows += [(r[0], r[1], json.loads(r[2])) for r in store.db.execute(
            f"SELECT document_id, type, data FROM records WHERE document_id IN ({marks}) "
            "ORDER BY document_id, position", chunk)]
        for doc_id, source, period in store.db.execute(
                f"SELECT id, source, json_extract(flat, '$.period') FROM documents WHERE id IN ({marks})", chunk):
            sources[doc_id] = source
            if period:
                periods[doc_id] = str(period)
    records = []
    for _, type_name, data in works_mod.distinct(rows, works_mod.work_map(store.db)):
        try:
            records.append(record_from_row(type_name, data))
        except Exception:  # noqa: BLE001 - a record written by an older schema is skipped, not fatal
            continue
    graph = TracedGraph(records, sources, periods,
                        build_graph(records, (), sources=sources, text_of=store_text(store)))
    _GRAPHS.clear()
    _GRAPHS[id(store)] = (weakref.ref(store), state, graph)
    return graph


def trace(store: RecordSource, query: str) -> dict[str, Any]:
    """`{"events": [...], "nodes": [...], "edges": [...]}` for one concept; each event
    carries a citation (knowledge/citation.py). Copies of one text count once (the
    store's records do), so an event from a letter kept as .txt and as PDF is listed once."""
    if hasattr(store, "db"):  # a Store: only the documents a trace can show, by SQL
        kept = traced_graph(store)
        records, sources, periods, graph = kept.records, kept.sources, kept.periods, kept.graph
    else:
        records = load_records(store)
        documents = store.documents()
        sources = {d["id"]: d["source"] for d in documents}
        periods = {d["id"]: str((d.get("flat") or {}).get("period")) for d in documents
                   if (d.get("flat") or {}).get("period")}
        graph = build_graph(records, (), sources=sources, text_of=store_text(store))
    result = trace_graph(graph, records, sources, query)
    if hasattr(store, "facts_by_document"):
        from .citation import Citer

        citer = Citer(store)  # type: ignore[arg-type]
        _cite_events(result["events"], citer, periods)
        _cite_definitions(result["nodes"], graph, citer)
    return result


def _cite_definitions(nodes: list[dict[str, Any]], graph: nx.MultiDiGraph, citer: Any) -> None:
    """A citation (page, quote) for each indicator whose definition the timeline shows: the
    passage of the document that defines it (its `defines` edge)."""
    for node in nodes:
        if node.get("kind") != "indicator" or not node.get("definition"):
            continue
        defining = sorted((d for _, _, d in graph.in_edges(node["id"], data=True) if d.get("kind") == "defines"),
                          key=lambda d: (str(d.get("evidence_document")), d.get("evidence_start") or 0))
        if defining:
            ev = defining[0]
            node["citation"] = citer.cite(str(ev["evidence_document"]), page=ev.get("evidence_page") or None,
                                          quote=ev.get("evidence_quote"), start=ev.get("evidence_start"),
                                          end=ev.get("evidence_end"))


# A period as the documents' flat view writes it ("2017-2018", "2014-2022", "2020"): its
# first year is where it starts.
_PERIOD_START = re.compile(r"\b(1[89]\d\d|2\d\d\d)\b")


def _cite_events(rows: list[dict[str, Any]], citer: Any, periods: dict[str, str] | None = None) -> None:
    """Citations, and a date for ordering (`sort_date`): the event's own date or year (a
    period it names, "i perioden 2016-2020", by its first year); else its document's date
    (`date_from_document`); else, in an undated document, the start of the period the
    document covers (`period_from_document`, seed 001: STAR's "Sigtelinjer og
    implementeringsindikatorer 2017 - 2018"). Undated events go last."""
    periods = periods or {}
    for row in rows:
        row["citation"] = citer.cite(row["document_id"], page=row["page"], quote=row["quote"],
                                     start=row["start"], end=row["end"])
        document_date = row["citation"].get("date")
        row["document_date"] = document_date
        own = row["date"] or (str(row["year"]) if row["year"] else None)
        row["date_from_document"] = own is None and bool(document_date)
        period = periods.get(row["document_id"]) if own is None and not document_date else None
        start = _PERIOD_START.search(period or "")
        row["document_period"] = period if start else None
        row["period_from_document"] = bool(start)
        row["sort_date"] = own or document_date or (start.group(1) if start else None)
    rows.sort(key=lambda r: (r["sort_date"] is None, str(r["sort_date"] or "")))


class _Phrase:
    """The query as the text may write it: across hyphenation and compounding ("225-timers
    reglen", "225-timers-regel", "225-timersreglen") and in any inflection of a word
    ("måltallene"). Query and text are compared as their words' lemma keys run together
    (danish_analysis.lemma_key: the search index's lemma table and folding); a match starts
    at a word of the text and may run on into a longer word ("måltal" finds "måltalsstyring"),
    as the query always could; a query shorter than search's PREFIX_MIN letters matches whole
    words only, as in search ("a" found every subject with a word in a-, 353 events)."""

    def __init__(self, query: str) -> None:
        self.key = "".join(lemma_key(m.group()) for m in WORD_RE.finditer(query))

    def search(self, text: str) -> bool:
        if not self.key:
            return False
        keys = [lemma_key(m.group()) for m in WORD_RE.finditer(text)]
        for i in range(len(keys)):
            run = ""
            for key in keys[i:]:
                run += key
                if len(run) >= len(self.key):
                    break
            if run == self.key or len(self.key) >= PREFIX_MIN and run.startswith(self.key):
                return True
        return False


def _matches(query: str) -> _Phrase:
    return _Phrase(query)


class _AnyName:
    """A concept's names (knowledge/trace_names.py): a text matches when it names it by any."""

    def __init__(self, names: Iterable[str]) -> None:
        self.phrases = [_Phrase(n) for n in dict.fromkeys(names)]

    def search(self, text: str) -> bool:
        return any(p.search(text) for p in self.phrases)


def trace_graph(graph: nx.MultiDiGraph, records: list[AnyRecord], sources: dict[str, str],
                query: str) -> dict[str, Any]:
    # A reform or scheme of the gazetteers is found by all its names, whichever the query
    # typed ("fleksjobreformen" finds "reformen af førtidspension og fleksjob"); any other
    # query by its own words.
    concept = concept_for(query)
    pattern: _Phrase | _AnyName = _AnyName(concept.names) if concept else _matches(query)
    events = [r for r in records if isinstance(r, LineageEvent)]
    key = commitment_key(query)
    known_concept = key in _CONCEPT_KEYS
    direct = [e for e in events if any(pattern.search(t or "") for t in (e.subject, e.replaced_by, e.evidence))
              or (known_concept and commitment_key(e.subject) == key)]
    concept_nodes = _concept_nodes(graph, direct, query, concept.node if concept else None)
    indicators = _replacement_indicators(graph, concept_nodes)
    near = _neighbourhood(graph, events, direct, indicators)
    chosen = direct + [e for e in near if e not in direct]
    rows = [_event_row(e, sources, graph, indicators, "match" if e in direct else "neighbourhood")
            for e in chosen]
    rows.sort(key=lambda r: (r["year"] is None, r["year"] or 0, r["date"] or ""))
    keep = _neighbourhood_nodes(graph, concept_nodes, indicators)
    return {"query": query, "events": rows, "nodes": [_node_row(graph, n) for n in keep],
            "edges": _edge_rows(graph, keep)}


def _concept_nodes(graph: nx.MultiDiGraph, direct: list[LineageEvent], query: str,
                   named: str | None = None) -> list[str]:
    nodes = {subject_identity(e.subject)[0] for e in direct}
    for key in (f"commitment:{commitment_key(query)}", named):
        if key and key in graph:
            nodes.add(key)
    return sorted(n for n in nodes if n in graph)


def _replacement_indicators(graph: nx.MultiDiGraph, concepts: list[str]) -> list[str]:
    """Indicators that are part of what replaced the concepts (and their definitions)."""
    found: set[str] = set()
    for concept in concepts:
        for _, target, data in graph.out_edges(concept, data=True):
            if data.get("kind") != "replaced_by":
                continue
            for source, _, d2 in graph.in_edges(target, data=True):
                if d2.get("kind") == "part_of" and source.startswith("indicator:"):
                    found.add(source)
                    found.update(t for _, t, d3 in graph.out_edges(source, data=True) if d3.get("kind") == "defined_by")
    return sorted(found)


def _scope(direct: list[LineageEvent]) -> tuple[set[str], set[str]]:
    schemes: set[str] = set()
    reforms: set[str] = set()
    for e in direct:
        text = f"{e.subject} {e.evidence}"
        schemes.update(x.id for x, _, _ in find_in_text(text, "benefit_scheme"))
        reforms.update(x.id for x, _, _ in find_in_text(text, "reform"))
    return schemes, reforms


def _neighbourhood(graph: nx.MultiDiGraph, events: list[LineageEvent], direct: list[LineageEvent],
                   indicators: list[str]) -> list[LineageEvent]:
    schemes, reforms = _scope(direct)
    defining_docs = {graph.nodes[n].get("document") for n in indicators if graph.nodes[n].get("definition")}
    out = []
    for e in events:
        if e in direct or commitment_key(e.subject) not in MEASURING and commitment_key(e.evidence) not in MEASURING:
            continue
        text = f"{e.subject} {e.evidence}"
        shared_schemes = {x.id for x, _, _ in find_in_text(text, "benefit_scheme")} & schemes
        shared_reform = {x.id for x, _, _ in find_in_text(text, "reform")} & reforms
        if e.document_id in defining_docs or len(shared_schemes) >= 2 or shared_reform:
            out.append(e)
    return out


def _event_row(e: LineageEvent, sources: dict[str, str], graph: nx.MultiDiGraph, indicators: list[str],
               relation: str) -> dict[str, Any]:
    row: dict[str, Any] = {
        "year": e.year, "date": e.date.isoformat() if e.date else None, "event": e.event,
        "subject": e.subject, "actor": e.actor, "replaced_by": e.replaced_by, "quote": e.evidence,
        "end_year": e.end_year, "source": sources.get(e.document_id, ""),
        "page": e.span.page if e.span else None,
        "document_id": e.document_id, "start": e.span.start if e.span else None,
        "end": e.span.end if e.span else None, "decision": e.decision, "relation": relation,
        # what a value the text does not print rests on, worded as the graph's edges word it (English)
        "basis": {field: b.text for field, b in e.inferred.items()},
    }
    if e.event == "replaced" and e.replaced_by:
        row["replaced_by_indicators"] = [
            {"id": n, "title": graph.nodes[n].get("label"), "definition": graph.nodes[n].get("definition"),
             "source": sources.get(str(graph.nodes[n].get("document")), ""),
             "defined_by": sorted(t for _, t, d in graph.out_edges(n, data=True) if d.get("kind") == "defined_by")}
            for n in indicators]
    return row


def _neighbourhood_nodes(graph: nx.MultiDiGraph, concepts: list[str], indicators: list[str]) -> list[str]:
    keep = set(concepts) | set(indicators)
    for concept in concepts:
        for _, target, data in graph.out_edges(concept, data=True):
            if not str(data.get("kind", "")).startswith("event_"):
                keep.add(target)
        keep.update(s for s, _, d in graph.in_edges(concept, data=True) if d.get("kind") != "mentions")
    return sorted(keep)


def _node_row(graph: nx.MultiDiGraph, node: str) -> dict[str, Any]:
    data = graph.nodes[node]
    row = {"id": node, "kind": data.get("kind"), "type": _TYPE.get(str(data.get("kind")), data.get("kind")),
           "label": data.get("label")}
    for key in ("definition", "population", "measure", "period", "source", "document", "indicator_kind"):
        if data.get(key) is not None:
            row[key] = data[key]
    return row


def _edge_rows(graph: nx.MultiDiGraph, keep: list[str]) -> list[dict[str, Any]]:
    keep_set = set(keep)
    rows = []
    for u, v, data in graph.edges(data=True):
        if u in keep_set and v in keep_set:
            rows.append({"source": u, "target": v, "kind": data.get("kind"), "label": data.get("kind"),
                         "quote": data.get("evidence_quote"), "page": data.get("evidence_page"),
                         "document": data.get("evidence_document"), "basis": data.get("evidence_basis") or None})
    rows.sort(key=lambda r: (r["source"], r["target"], str(r["kind"])))
    return rows
