"""The facade `app_streamlit.py` calls: store loading, Danish formatting, and pure builders.

The app is only a face, so everything it shows is shaped here into plain values (lists of
dicts, strings) that tests can check without a browser: search results become cards,
traces become timeline rows and a Graphviz graph, indicator specs become a catalogue
with downloads, and documents become pages of text cut at their cited spans.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extract.records import Basis
from nlp.lineage import kinds as event_kinds

if TYPE_CHECKING:
    from .store import Store

from .app_document import (  # noqa: F401 - re-exported: the app and tests use app_api only
    Chunk,
    DOC_TYPE_LABELS,
    DocumentView,
    EVENT_LABELS,
    FIELD_LABELS,
    KIND_LABELS,
    KIND_NAMES,
    LONG_SPAN,
    MEASURE_LABELS,
    MONTHS,
    QUOTE_LABEL,
    RECORD_LABELS,
    chunks,
    document_label,
    document_options,
    document_view,
    field_rows,
    format_date,
    format_int,
    format_value,
    ftdk_url,
    highlight_spans,
    mark_quote,
    oda_lines,
    page_bounds,
)

# The store (through the extract pipeline), search, trace and export (through spaCy) take
# seconds to import, so each is imported where first used: the app's first paint needs none.
# pandas and pyarrow are what Streamlit turns every table into.
HEAVY_MODULES = ("knowledge.store", "knowledge.search", "knowledge.export", "knowledge.trace", "pandas", "pyarrow")

# -- store ------------------------------------------------------------------------------

def db_path() -> Path:
    """The store the app shows: `SPORBAR_DB` if set (as `sporbar app --db` does), else the default."""
    from .store import default_db_path

    return default_db_path()


def open_store(path: str | Path) -> Store:
    from .store import Store

    return Store(path)


def warm_up() -> None:
    """Import the heavy modules, so the first search or trace is as fast as the next."""
    import importlib

    for name in HEAVY_MODULES:
        importlib.import_module(name)


# -- kommuner ----------------------------------------------------------------------------

def kommune_rows(store: Store) -> list[dict[str, Any]]:
    """Which documents name each kommune, in what role, with kommunekode, region and a
    citation of the line that names it (copies of one text count once)."""
    from .citation import Citer

    citer = Citer(store)
    docs = {d["id"]: d for d in store.documents()}
    rows = []
    for doc_id, _, data in store.records(types=["KommuneRow"]):
        roles = [k for k, v in (data.get("attributes") or {}).items() if v]
        span = data.get("span") or {}
        start, end = span.get("start"), span.get("end")
        quote = citer.line_at(doc_id, start, end) if start is not None and end is not None else data.get("as_written")
        cited = citer.cite(doc_id, page=span.get("page"), quote=quote, start=start, end=end)
        rows.append({"Kommune": data["name"], "Kommunekode": data["code"], "Region": data.get("region") or "",
                     "Skrevet som": data.get("as_written") or "", "Rolle": ", ".join(roles) or ("i tabellen, uden markering" if data.get("attributes") else "nævnt i teksten"),
                     "Dokument": document_label(docs[doc_id], citer.facts.get(doc_id)) if doc_id in docs else doc_id,
                     # Each row's own citation: the page and the line that names the kommune.
                     "Side": cited.get("page"), "Linje": cited.get("quote") or "",
                     "document_id": doc_id, "citation": cited})
    return sorted(rows, key=lambda r: (r["Kommune"], r["Dokument"]))


def kommune_documents(rows: list[dict[str, Any]]) -> dict[str, str]:
    """Label -> document id for the "Efter dokument" picker, one entry per document. Two
    documents with one title (a municipal PDF and an excerpt of it, "Kulturkommune 2017")
    are told apart by their file, so their lists are never merged into one."""
    first: dict[str, dict[str, Any]] = {}
    for row in rows:
        first.setdefault(row["document_id"], row)
    titles: dict[str, int] = {}
    for row in first.values():
        titles[row["Dokument"]] = titles.get(row["Dokument"], 0) + 1
    out = {}
    for doc_id, row in first.items():
        file = (row.get("citation") or {}).get("file") or doc_id
        out[row["Dokument"] if titles[row["Dokument"]] == 1 else f"{row['Dokument']} (fil: {file})"] = doc_id
    return out


def kommune_summary(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One line per kommune: code, region and how many documents name it."""
    by_code: dict[str, dict[str, Any]] = {}
    for row in rows:
        item = by_code.setdefault(row["Kommunekode"], {"Kommune": row["Kommune"], "Kommunekode": row["Kommunekode"],
                                                       "Region": row["Region"], "docs": set()})
        item["docs"].add(row["document_id"])
    return [{"Kommune": v["Kommune"], "Kommunekode": k, "Region": v["Region"], "Dokumenter": len(v["docs"])}
            for k, v in sorted(by_code.items(), key=lambda kv: kv[1]["Kommune"])]


# -- indicators --------------------------------------------------------------------------

def indicator_catalogue(store: Store) -> list[dict[str, Any]]:
    """knowledge.export's indicator specs, each with the label of its document."""
    from . import export

    from .citation import Citer

    citer = Citer(store)
    labels = {d["id"]: document_label(d, citer.facts.get(d["id"])) for d in store.documents()}
    out = []
    for spec in export.indicator_specs(store):
        prov = spec.provenance
        cited = citer.cite(prov.document_id, page=prov.page, quote=prov.quote,
                           start=getattr(prov, "start", None), end=getattr(prov, "end", None))
        status_doc = (spec.status_evidence or "").partition(": ")[0]
        # The status may be read from another document than the spec (a later notice).
        status_from = labels.get(status_doc, "") if status_doc != prov.document_id else ""
        out.append(spec.model_dump() | {"document": labels.get(prov.document_id, ""), "citation": cited,
                                        "status_document": status_from})
    return out


def filter_specs(specs: list[dict[str, Any]], *, reform: str | None = None, kind: str | None = None,
                 data_source: str | None = None) -> list[dict[str, Any]]:
    return [s for s in specs if (not reform or s.get("reform") == reform) and (not kind or s.get("kind") == kind)
            and (not data_source or s.get("data_source") == data_source)]


def spec_title(spec: dict[str, Any]) -> str:
    number = f"{spec['number']}. " if spec.get("number") is not None else ""
    kind = KIND_NAMES.get(spec.get("kind") or "other", spec.get("kind"))
    return f"{number}{spec.get('title') or spec.get('definition') or 'uden titel'} ({kind})"


SPEC_LABELS = {"definition": "Definition", "numerator": "Tæller", "denominator": "Nævner",
               "population": "Population", "unit_measure": "Måltype", "data_comp": "Beregning",
               "freq_coll": "Periodeenhed", "data_source": "Kilde", "reform": "Reform", "period": "Periode",
               "issuer": "Udsteder", "replaces": "Erstatter forpligtelsen", "status": "Status",
               "valid_from": "Gyldig fra", "valid_to": "Gyldig til", "replaced_by": "Erstattet af",
               "status_evidence": "Status ifølge"}
# The spec's life-cycle status (knowledge.export), as the timeline names the same events.
STATUS_LABELS = {"introduced": "indført", "changed": "ændret", "planned": "planlagt",
                 "discontinued": "droppet", "replaced": "erstattet"}
_COUNT_OF = "count of "  # knowledge.export's data_comp for a stated count: "count of <population>"


def _spec_value(spec: dict[str, Any], key: str) -> str:
    value = spec.get(key)
    if key == "unit_measure":
        return MEASURE_LABELS.get(str(value), "")
    if key == "status":
        return STATUS_LABELS.get(str(value), str(value)) if value else ""
    if key in ("valid_from", "valid_to"):  # a year, or an ISO date
        return format_date(str(value)) if value else ""
    if key == "data_comp" and isinstance(value, str) and value.startswith(_COUNT_OF):
        return "antal " + value[len(_COUNT_OF):]  # the app is Danish; the export keeps SDMX's wording
    if key == "issuer" and value and spec.get("issuer_basis"):
        # the export states the basis in English (extract/records.py Basis); the app in Danish
        basis = Basis.from_text(str(spec["issuer_basis"]))
        return f"{value} ({basis.danish if basis else spec['issuer_basis']})"
    if key == "status_evidence" and isinstance(value, str):
        # "<document id>: <quote>": the quote, without the id a reader cannot use
        head, sep, quote = value.partition(": ")
        quote = quote if sep and head.isalnum() else value
        return f"»{quote}«" + (f" ({spec['status_document']})" if spec.get("status_document") else "")
    return format_value(value)


def issuer_label(citation: dict[str, Any]) -> str:
    """A citation's issuer, with what it rests on where the document does not print it:
    "Folketinget (udledt af kildens adresse: ft.dk)"."""
    issuer = str(citation.get("issuer") or "")
    basis = citation.get("issuer_basis")
    return f"{issuer} ({Basis.model_validate(basis).danish})" if issuer and basis else issuer


def spec_rows(spec: dict[str, Any]) -> list[tuple[str, str]]:
    """(Danish field name, display value) of the filled fields of one indicator spec:
    what it measures, its source, and its life cycle (status, valid from/to, replaced by,
    and the sentence that says so)."""
    rows = [(label, _spec_value(spec, k)) for k, label in SPEC_LABELS.items()]
    return [r for r in rows if r[1]]


def indicator_download(store: Store, fmt: str, *, spec_ids: list[str] | None = None) -> str:
    """All indicator specs, or those with the given ids, as json, yaml or csv (knowledge.export)."""
    from . import export

    if spec_ids is None:
        return export.export_indicators(store, fmt)
    chosen = [s for s in export.indicator_specs(store) if s.id in spec_ids]
    return export.render(chosen, fmt)


def indicator_schema_json() -> str:
    from . import export

    return json.dumps(export.indicator_json_schema(), ensure_ascii=False, indent=1)


# -- search ------------------------------------------------------------------------------

FILTERS = ("udvalg", "samling", "asker", "party", "ministry", "kind", "issuer")  # knowledge.search's filters


@dataclass
class SearchView:
    total: int = 0
    cards: list[dict[str, Any]] = field(default_factory=list)
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    suggestions: list[str] = field(default_factory=list)
    message: str | None = None


def filter_options(store: Store) -> dict[str, list[str]]:
    """Every value each search filter can take in this store: the values knowledge.search
    counts in its facets (the index's udvalg, samling and ministry, as the filters read
    them), over every document, so each menu entry finds something. The documents' own
    flat fields miss some of these (a samling or ministry read from the header or the
    minister's title, an udvalg known only by the index)."""
    from . import search

    found: dict[str, set[str]] = {name: set() for name in FILTERS}
    kinds = {doc.get("kind") or "" for doc in store.documents()} - {""}
    for kind in sorted(kinds):  # a browse by kind counts every indexed document of it
        for name, counts in search.search(store, "", kind=kind, limit=1).facets.items():
            if name in found:
                found[name].update(str(v) for v in counts if v)
    return {name: sorted(values) for name, values in found.items()}


def snippet_chunks(snippet: str) -> list[Chunk]:
    """Split a search snippet at its **marks** into plain and matched chunks."""
    from .search_snippets import MARK_CLOSE, MARK_OPEN

    if MARK_OPEN != MARK_CLOSE:  # the split below relies on one mark for both ends
        raise ValueError("snippet marks changed: update snippet_chunks")
    parts = snippet.split(MARK_OPEN)
    if len(parts) % 2 == 0:  # an unpaired mark: show the snippet as it is
        return [Chunk(snippet)] if snippet else []
    return [Chunk(text, "træf" if i % 2 else None) for i, text in enumerate(parts) if text]


def _committee_name(abbrev: str | None, date: str | None) -> str:
    """The name an udvalg's abbreviation stood for on the letter's date (danish.reference)."""
    from danish.reference import committee_for

    try:
        on = dt.date.fromisoformat(str(date)[:10]) if date else None
    except ValueError:
        on = None
    committee = committee_for(abbrev, on) if abbrev else None
    return committee.name if committee else ""


def _card(hit: dict[str, Any]) -> dict[str, Any]:
    udvalg = hit.get("udvalg") or {}
    citation = hit.get("citation") or {}
    files = (hit.get("work") or {}).get("files") or []
    # "Åbn dokument" opens the work's primary (richest) copy; "Åbn kilden" the file the snippet is from.
    primary = (hit.get("work") or {}).get("primary_document") or hit.get("document_id")
    return {"document_id": primary, "title": hit.get("title") or "",
            "source_document_id": citation.get("document_id") or hit.get("document_id"),
            # A letter that prints only the abbreviation ("KUU") is shown with the committee's name.
            "udvalg": udvalg.get("name") or _committee_name(udvalg.get("abbrev"), hit.get("date"))
            or udvalg.get("abbrev") or "",
            "samling": hit.get("samling") or "",
            "question_number": hit.get("question_number"), "date": format_date(hit.get("date")),
            "iso_date": hit.get("date") or "",
            "asker": format_value(hit.get("asked_by") or []), "kind": KIND_LABELS.get(str(hit.get("kind")), ""),
            "snippet": snippet_chunks(str(hit.get("snippet") or "")), "file": ", ".join(files),
            "files": files, "citation": citation, "page": citation.get("page"),
            "start": citation.get("start"), "end": citation.get("end"),
            # knowledge.search's tiers: every word found ("all"), or only some of them ("some")
            "match": hit.get("match") or "all"}


def run_search(store: Store, query: str, *, udvalg: str | None = None, samling: str | None = None,
               asker: str | None = None, party: str | None = None, ministry: str | None = None,
               kind: str | None = None, issuer: str | None = None, date_from: dt.date | None = None,
               date_to: dt.date | None = None, limit: int = 50) -> SearchView:
    """knowledge.search over the store, shaped into result cards and facet counts."""
    from . import search

    chosen = {"udvalg": udvalg or None, "samling": samling or None, "asker": asker or None,
              "party": party or None, "ministry": ministry or None, "kind": kind or None, "issuer": issuer or None}
    result = search.search(store, query, **chosen, date_from=date_from, date_to=date_to, limit=limit)
    facets = {name: [(str(v), int(n)) for v, n in counts.items() if v] for name, counts in result.facets.items()}
    return SearchView(result.total, _cards(store, result.hits), facets, list(result.suggestions), result.message)


def _cards(store: Store, hits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from .citation import Citer

    citer = Citer(store)
    return [_card(citer.cite_hit(h)) for h in hits]


# -- trace -------------------------------------------------------------------------------

# Actor edges and their labels come from the event kinds table (nlp/lineage/kinds.py).
EDGE_LABELS = {"replaced_by": "erstattet af", **event_kinds.edge_labels(),
               "defined_by": "defineret i", "part_of": "del af", "cites": "kilde"}
# Graphviz shape and fill per node type; the app prints the same legend under the graph.
NODE_STYLES = {"forpligtelse": ("box", "#fde2c8"), "indikator": ("ellipse", "#d7ecff"),
               "reform": ("hexagon", "#e3d7ff"), "aktør": ("diamond", "#d9f2d9"),
               "dokument": ("note", "#eeeeee"), "ydelse": ("octagon", "#fff3b0")}


@dataclass
class TraceView:
    events: list[dict[str, Any]] = field(default_factory=list)
    raw: dict[str, Any] = field(default_factory=dict)
    message: str | None = None


def run_trace(store: Store, concept: str) -> TraceView:
    """knowledge.trace for one concept: events in time order, ready for the timeline."""
    from . import trace

    raw = trace.trace(store, concept)
    # knowledge.trace orders the events: by their date or year (a period by its first year), else
    # by their document's date or, in an undated document, the period it covers; undated last.
    events = raw.get("events", [])
    rows = [{"År": e.get("year"), "Til år": e.get("end_year") if e.get("end_year") != e.get("year") else None,
             "Dato": format_date(e.get("date")),
             "Dokumentdato": format_date(e.get("document_date")) if e.get("date_from_document") else "",
             "Dokumentperiode": e.get("document_period") or "" if e.get("period_from_document") else "",
             "Hændelse": EVENT_LABELS.get(e.get("event"), e.get("event") or ""),
             "Emne": e.get("subject") or "", "Aktør": e.get("actor") or "",
             "Erstattet af": e.get("replaced_by") or "", "Citat": e.get("quote") or "",
             "Kilde": Path(str(e.get("source") or "")).name, "Side": e.get("page"),
             "document_id": e.get("document_id"), "start": e.get("start"), "end": e.get("end"),
             "citation": e.get("citation") or {}, "Også i": [],
             # a year, date or actor the text does not print, with its basis in Danish
             "Grundlag": {_FIELD_NAMES.get(f, f): basis_in_danish(b) for f, b in (e.get("basis") or {}).items()
                          if f in _FIELD_NAMES}} for e in events]
    return TraceView(_one_per_statement(rows), raw, None if rows else f"Ingen hændelser fundet for »{concept}«.")


_FIELD_NAMES = {"year": "År", "date": "Dato", "actor": "Aktør"}


def basis_in_danish(english: str) -> str:
    """A basis as the graph and the exports word it (English, extract/records.py Basis) in the app's Danish; a
    wording the table does not know is shown as it is."""
    basis = Basis.from_text(english)
    return basis.danish if basis else english


def event_when(row: dict[str, Any]) -> str:
    """When a timeline row happened, as its head says: its date, its year or the period it
    names ("2014–2015"), else its document's date or period, marked as such, else "uden år"."""
    if row.get("Dato"):
        return str(row["Dato"])
    if row.get("År"):
        return f"{row['År']}–{row['Til år']}" if row.get("Til år") else str(row["År"])
    if row.get("Dokumentdato"):
        return f"{row['Dokumentdato']} (dokumentets dato)"
    if row.get("Dokumentperiode"):
        return f"{row['Dokumentperiode']} (dokumentets periode)"
    return "uden år"


def _statement(row: dict[str, Any]) -> tuple[Any, ...]:
    """What makes two timeline rows one event: the same kind, year and date, told in the
    same words (a meeting's minutes that print an agenda item's text, the item itself, an
    excerpt of either). Different words are kept apart, even about the same thing."""
    return (row["Hændelse"], row["År"], row["Dato"], " ".join(row["Citat"].split()).casefold())


def _one_per_statement(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each event once, at its first place in time order; the other documents that state it
    in the same words are listed under "Også i" (file and page), so none is lost."""
    kept: dict[tuple[Any, ...], dict[str, Any]] = {}
    out = []
    for row in rows:
        key = _statement(row)
        if not row["Citat"].strip() or key not in kept:
            kept.setdefault(key, row)
            out.append(row)
            continue
        first = kept[key]
        if not first["Dokumentdato"] and row["Dokumentdato"]:
            first["Dokumentdato"] = row["Dokumentdato"]
        first["Også i"].append({"Kilde": row["Kilde"], "Side": row["Side"], "document_id": row["document_id"],
                                "start": row["start"], "end": row["end"], "citation": row["citation"]})
    return out


def trace_graph(raw: dict[str, Any]) -> Any:
    """The trace's nodes and edges as a networkx graph, plus the documents that cite each edge."""
    import networkx as nx

    files = {e.get("document_id"): Path(str(e.get("source") or "")).name for e in raw.get("events", [])}
    graph: nx.DiGraph[str] = nx.DiGraph()
    for node in raw.get("nodes", []):
        graph.add_node(str(node["id"]), label=str(node.get("label") or node["id"]), type=str(node.get("type")))
    for edge in raw.get("edges", []):
        kind = str(edge.get("kind") or "")
        # an edge the text does not print (a ministry's successor, an issuer by its site) says what it rests on
        basis = {"grundlag": basis_in_danish(str(edge["basis"]))} if edge.get("basis") else {}
        graph.add_edge(str(edge["source"]), str(edge["target"]), label=EDGE_LABELS.get(kind, kind), kind=kind, **basis)
        if edge.get("document"):
            doc = f"document:{edge['document']}"
            graph.add_node(doc, label=files.get(edge["document"]) or str(edge["document"]), type="dokument")
            graph.add_edge(doc, str(edge["source"]), label="kilde", kind="cites")
    return graph


def trace_dot(raw: dict[str, Any]) -> str:
    """Graphviz DOT for `st.graphviz_chart`, which renders offline (no CDN)."""
    graph = trace_graph(raw)

    def q(text: Any) -> str:  # cut before escaping: a cut after a backslash would escape the closing quote
        return '"' + str(text).replace("\n", " ")[:70].replace("\\", "\\\\").replace('"', '\\"') + '"'

    lines = ["digraph spor {", "rankdir=LR;", 'node [fontname="Helvetica", fontsize=10];']
    for node, data in graph.nodes(data=True):
        shape, fill = NODE_STYLES.get(str(data.get("type")), ("ellipse", "#ffffff"))
        lines.append(f"{q(node)} [label={q(data.get('label', node))}, shape={shape}, style=filled, "
                     f'fillcolor="{fill}"];')
    for a, b, data in graph.edges(data=True):
        tooltip = f", tooltip={q(data['grundlag'])}" if data.get("grundlag") else ""
        lines.append(f"{q(a)} -> {q(b)} [label={q(data.get('label', ''))}, fontsize=9{tooltip}];")
    return "\n".join(lines + ["}"])


def trace_graphml(raw: dict[str, Any]) -> str:
    import networkx as nx

    return "\n".join(nx.generate_graphml(trace_graph(raw))) + "\n"


def trace_json(raw: dict[str, Any]) -> str:
    return json.dumps(raw, ensure_ascii=False, indent=1, default=str)
