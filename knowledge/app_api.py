"""The facade `app_streamlit.py` calls: store loading, Danish formatting, and pure builders.

The app is only a face, so everything it shows is shaped here into plain values (lists of
dicts, strings) that tests can check without a browser: search results become cards,
traces become timeline rows and a Graphviz graph, indicator specs become a catalogue
with downloads, and documents become pages of text cut at their cited spans.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .store import Store

# The store (through the extract pipeline), search, trace and export (through spaCy) take
# seconds to import, so each is imported where first used: the app's first paint needs none.
# pandas and pyarrow are what Streamlit turns every table into.
HEAVY_MODULES = ("knowledge.store", "knowledge.search", "knowledge.export", "knowledge.trace", "pandas", "pyarrow")

MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december")

RECORD_LABELS = {"Question": "Spørgsmål", "Answer": "Svar", "DocumentInfo": "Dokumentoplysninger",
                 "IndicatorDefinition": "Indikator", "KommuneRow": "Kommune", "LineageEvent": "Sporhændelse"}
FIELD_LABELS = {
    "udvalg_name": "Udvalg", "udvalg_abbrev": "Udvalg (forkortelse)", "samling": "Samling",
    "case_kind": "Sagstype", "case_number": "Sagsnummer", "question_number": "Spm. nr.",
    "question_sent_date": "Spørgsmål sendt", "asked_by": "Spørger", "addressee": "Stillet til",
    "question_text": "Spørgsmål", "signed_by": "Underskrevet af", "signer_role": "Underskriverens rolle",
    "deadline": "Svarfrist", "answer_date": "Svardato", "answer_kind": "Svartype", "ministry": "Ministerium",
    "journal_number": "J.nr.", "answer_text": "Svar", "doc_type": "Dokumenttype", "title": "Titel",
    "issuer": "Udsteder", "date": "Dato", "reform": "Reform", "period": "Periode", "kind": "Type",
    "number": "Nummer", "definition": "Definition", "measure": "Måltype", "population": "Population",
    "numerator": "Tæller", "denominator": "Nævner", "period_unit": "Periodeenhed", "source": "Kilde",
    "replaces": "Erstatter", "name": "Navn", "code": "Kommunekode", "as_written": "Skrevet som",
    "region": "Region", "attributes": "Rolle", "subject": "Emne", "event": "Hændelse", "year": "År",
    "actor": "Aktør", "replaced_by": "Erstattet af", "evidence": "Citat", "persons": "Personer",
    "parties": "Partier", "organisations": "Organisationer",
}
DOC_TYPE_LABELS = {"question": "spørgsmål", "answer": "svar", "indicator_spec": "indikatorbeskrivelse",
                   "letter": "brev", "news": "nyhed", "report": "rapport", "other": "andet"}
KIND_LABELS = {"answer": "svar", "question": "spørgsmål", "policy": "notat/rapport", "ftdk_other": "andet fra ft.dk"}
MEASURE_LABELS = {"share": "andel", "count": "antal", "average": "gennemsnit", "duration": "varighed",
                  "other": "andet"}
KIND_NAMES = {"other": "anden indikator"}
EVENT_LABELS = {"introduced": "indført", "changed": "ændret", "dropped": "droppet", "replaced": "erstattet",
                "confirmed": "bekræftet", "evaluated": "evalueret", "planned": "planlagt"}
_SKIP_FIELDS = {"document_id", "span", "provenance", "question_sent_date_inferred", "decision",
                "question_link", "ftdk_url_key", "ftdk_document_id"}


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


# -- Danish formatting -----------------------------------------------------------------

def format_int(number: int | float | None) -> str:
    """1234 -> "1.234" (Danish thousands separator)."""
    if number is None:
        return ""
    return f"{int(number):,}".replace(",", ".")


def format_date(value: str | dt.date | None) -> str:
    """"2017-09-28" -> "28. september 2017"; partial or odd values are returned as given."""
    if not value:
        return ""
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    return f"{value.day}. {MONTHS[value.month - 1]} {value.year}"


def format_value(value: Any) -> str:
    """A record value as Danish display text (dates, people, attribute maps, lists)."""
    if value is None or value == [] or value == {}:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, int):
        return format_int(value) if abs(value) >= 10000 else str(value)
    if isinstance(value, str):
        return format_date(value) if _is_iso_date(value) else value
    if isinstance(value, dict):
        if isinstance(value.get("name"), str):
            return value["name"] + (f" ({value['party']})" if value.get("party") else "")
        return ", ".join(k for k, v in value.items() if v is True)
    if isinstance(value, list | tuple):
        return "; ".join(format_value(v) for v in value)
    return str(value)


def _is_iso_date(text: str) -> bool:
    return len(text) == 10 and text[4] == "-" and text[7] == "-" and text.replace("-", "").isdigit()


# -- documents ---------------------------------------------------------------------------

def document_label(doc: dict[str, Any]) -> str:
    """A human title for a stored document: its title, else its Folketing identity, else the file."""
    flat = doc.get("flat") or {}
    if flat.get("title"):
        return str(flat["title"])
    parts = [(flat.get("udvalg") or {}).get("abbrev"), flat.get("samling")]
    if flat.get("question_number") is not None:
        parts.append(f"spm. {flat['question_number']}")
    name = Path(doc.get("source") or "").name
    head = " ".join(p for p in parts if p)
    return f"{head} — {name}" if head else name


def document_options(store: Store) -> list[tuple[str, str]]:
    """(document id, label) for the Dokument picker, in source order."""
    return [(d["id"], f"{document_label(d)} ({DOC_TYPE_LABELS.get(d['flat'].get('doc_type'), 'andet')})")
            for d in store.documents()]


def ftdk_url(doc: dict[str, Any]) -> str | None:
    """ft.dk address of a Folketing document: the exact one from a corpus file's sidecar
    `.meta.json`, else the question's page built from its samling, case and number."""
    meta = Path(doc.get("source") or "").with_suffix(".meta.json")
    try:
        url = json.loads(meta.read_text(encoding="utf-8")).get("source_url")
        if isinstance(url, str) and "ft.dk/" in url:
            return url
    except (OSError, ValueError, AttributeError):
        pass
    key = (doc.get("flat") or {}).get("ftdk_url_key")
    return f"https://www.ft.dk{key}index.htm" if key and str(key).startswith("/samling/") else None


def page_bounds(pages: list[dict[str, Any]]) -> list[tuple[int, int, int]]:
    """(page number, start, end) of each page in the stored normalised text.

    Only raw page texts are stored; normalising them again gives the same text and
    the segment map that says where each raw page boundary fell.
    """
    from extract.normalise import normalise, raw_to_norm

    lengths = [len(p["text"]) for p in pages]
    text, segments, _ = normalise("".join(p["text"] for p in pages))
    bounds, raw = [], 0
    starts = []
    for length in lengths:
        starts.append(raw_to_norm(segments, raw))
        raw += length
    for i, page in enumerate(pages):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        bounds.append((int(page["number"]), starts[i], end))
    return bounds


@dataclass(frozen=True)
class Chunk:
    """A piece of page text: `label` names the (innermost short) field it was extracted
    into, if any; `starts` names the fields whose cited span begins here."""

    text: str
    label: str | None = None
    starts: tuple[str, ...] = ()


@dataclass
class DocumentView:
    id: str
    label: str
    source: str
    kind: str
    ftdk_url: str | None
    ftdk_document_id: str | None
    pages: list[tuple[int, list[Chunk]]] = field(default_factory=list)
    fields: list[dict[str, Any]] = field(default_factory=list)


def field_rows(records: Iterable[tuple[str, str, dict[str, Any]]]) -> list[dict[str, Any]]:
    """One row per extracted field: post, felt, værdi and where it stands (side, tegn)."""
    rows = []
    for _, type_name, data in records:
        prov = data.get("provenance") or {}
        for name, value in data.items():
            text = "" if name in _SKIP_FIELDS else _display(name, value)
            if not text:
                continue
            span = prov.get(name) or {}
            rows.append({"Post": RECORD_LABELS.get(type_name, type_name), "Felt": FIELD_LABELS.get(name, name),
                         "Værdi": text, "Side": span.get("page"),
                         "Tegn": f"{span['start']}–{span['end']}" if span else ""})
    return rows


def _display(name: str, value: Any) -> str:
    if name == "event":
        return EVENT_LABELS.get(value, str(value))
    if name == "doc_type":
        return DOC_TYPE_LABELS.get(value, str(value))
    if name == "measure":
        return MEASURE_LABELS.get(value, str(value))
    return format_value(value)


def highlight_spans(records: Iterable[tuple[str, str, dict[str, Any]]]) -> list[tuple[int, int, str]]:
    """(start, end, field label) of every cited field, for highlighting the source."""
    spans = []
    for _, type_name, data in records:
        for name, span in (data.get("provenance") or {}).items():
            if span and span.get("end", 0) > span.get("start", 0):
                spans.append((int(span["start"]), int(span["end"]), FIELD_LABELS.get(name, name)))
    return spans


# Whole letters and answers are cited fields too; shading them would shade the page, so
# spans longer than this are only marked where they begin.
LONG_SPAN = 400


def chunks(text: str, start: int, end: int, spans: list[tuple[int, int, str]]) -> list[Chunk]:
    """Cut text[start:end] at span edges; overlapping spans show the innermost field."""
    edges = sorted({start, end} | {p for s, e, _ in spans for p in (s, e) if start < p < end})
    out: list[Chunk] = []
    for lo, hi in zip(edges, edges[1:]):
        covering = [(e - s, label) for s, e, label in spans if s <= lo and hi <= e and e - s <= LONG_SPAN]
        label = min(covering)[1] if covering else None
        # A field that began on an earlier page is named again at the top of this one.
        starts = tuple(dict.fromkeys(lab for s, e, lab in sorted(spans, key=lambda x: x[0] - x[1])
                                     if s == lo or (lo == start and s < start < e)))
        if out and out[-1].label == label and not starts:
            out[-1] = Chunk(out[-1].text + text[lo:hi], label, out[-1].starts)
        else:
            out.append(Chunk(text[lo:hi], label, starts))
    return out


def document_view(store: Store, document_id: str) -> DocumentView | None:
    doc = store.document(document_id)
    if doc is None:
        return None
    records = store.records(document_id=document_id)
    spans = highlight_spans(records)
    view = DocumentView(doc["id"], document_label(doc), doc["source"], doc["kind"], ftdk_url(doc),
                        doc.get("ftdk_document_id"), fields=field_rows(records))
    bounds = page_bounds(doc["pages"]) if doc["pages"] else [(1, 0, len(doc["text"]))]
    if bounds and bounds[-1][2] != len(doc["text"]):  # the normaliser changed since ingest
        bounds = [(1, 0, len(doc["text"]))]
    for number, lo, hi in bounds:
        view.pages.append((number, chunks(doc["text"], lo, hi, spans)))
    return view


# -- kommuner ----------------------------------------------------------------------------

def kommune_rows(store: Store) -> list[dict[str, Any]]:
    """Which documents name each kommune, in what role, with kommunekode and region."""
    docs = {d["id"]: d for d in store.documents()}
    rows = []
    for doc_id, _, data in store.records(types=["KommuneRow"]):
        roles = [k for k, v in (data.get("attributes") or {}).items() if v]
        rows.append({"Kommune": data["name"], "Kommunekode": data["code"], "Region": data.get("region") or "",
                     "Skrevet som": data.get("as_written") or "", "Rolle": ", ".join(roles) or "nævnt",
                     "Dokument": document_label(docs[doc_id]) if doc_id in docs else doc_id,
                     "document_id": doc_id})
    return sorted(rows, key=lambda r: (r["Kommune"], r["Dokument"]))


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

    labels = {d["id"]: document_label(d) for d in store.documents()}
    return [spec.model_dump() | {"document": labels.get(spec.provenance.document_id, "")}
            for spec in export.indicator_specs(store)]


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
               "issuer": "Udsteder", "replaces": "Erstatter forpligtelsen"}


def spec_rows(spec: dict[str, Any]) -> list[tuple[str, str]]:
    """(Danish field name, display value) of the filled fields of one indicator spec."""
    rows = [(label, MEASURE_LABELS.get(spec.get(k), "") if k == "unit_measure" else format_value(spec.get(k)))
            for k, label in SPEC_LABELS.items()]
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

FILTERS = ("udvalg", "samling", "asker", "party", "ministry", "kind")


@dataclass
class SearchView:
    total: int = 0
    cards: list[dict[str, Any]] = field(default_factory=list)
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    suggestions: list[str] = field(default_factory=list)
    message: str | None = None


def filter_options(store: Store) -> dict[str, list[str]]:
    """Every value each search filter can take in this store, from the documents' flat views."""
    found: dict[str, set[str]] = {name: set() for name in FILTERS}
    for doc in store.documents():
        flat = doc["flat"]
        found["udvalg"].add((flat.get("udvalg") or {}).get("abbrev") or "")
        found["samling"].add(flat.get("samling") or "")
        found["asker"].update(p.get("name") or "" for p in flat.get("asked_by") or [])
        found["party"].update(p.get("party") or "" for p in flat.get("asked_by") or [])
        found["ministry"].add(flat.get("ministry") or "")
        found["kind"].add(doc.get("kind") or "")
    return {name: sorted(v for v in values if v) for name, values in found.items()}


def snippet_chunks(snippet: str) -> list[Chunk]:
    """Split a search snippet at its **marks** into plain and matched chunks."""
    from .search_snippets import MARK_CLOSE, MARK_OPEN

    if MARK_OPEN != MARK_CLOSE:  # the split below relies on one mark for both ends
        raise ValueError("snippet marks changed: update snippet_chunks")
    parts = snippet.split(MARK_OPEN)
    if len(parts) % 2 == 0:  # an unpaired mark: show the snippet as it is
        return [Chunk(snippet)] if snippet else []
    return [Chunk(text, "træf" if i % 2 else None) for i, text in enumerate(parts) if text]


def _card(hit: dict[str, Any], files: dict[str, str]) -> dict[str, Any]:
    udvalg = hit.get("udvalg") or {}
    return {"document_id": hit.get("document_id"), "title": hit.get("title") or "",
            "udvalg": udvalg.get("name") or udvalg.get("abbrev") or "", "samling": hit.get("samling") or "",
            "question_number": hit.get("question_number"), "date": format_date(hit.get("date")),
            "asker": format_value(hit.get("asked_by") or []), "kind": KIND_LABELS.get(hit.get("kind"), ""),
            "snippet": snippet_chunks(str(hit.get("snippet") or "")), "file": files.get(hit.get("document_id"), "")}


def run_search(store: Store, query: str, *, udvalg: str | None = None, samling: str | None = None,
               asker: str | None = None, party: str | None = None, ministry: str | None = None,
               kind: str | None = None, date_from: dt.date | None = None, date_to: dt.date | None = None,
               limit: int = 50) -> SearchView:
    """knowledge.search over the store, shaped into result cards and facet counts."""
    from . import search

    result = search.search(store, query, udvalg=udvalg or None, samling=samling or None, asker=asker or None,
                           party=party or None, ministry=ministry or None, kind=kind or None,
                           date_from=date_from, date_to=date_to, limit=limit)
    files = {d["id"]: Path(d["source"]).name for d in store.documents()}
    facets = {name: [(str(v), int(n)) for v, n in counts.items() if v] for name, counts in result.facets.items()}
    return SearchView(result.total, [_card(h, files) for h in result.hits], facets,
                      list(result.suggestions), result.message)


# -- trace -------------------------------------------------------------------------------

EDGE_LABELS = {"replaced_by": "erstattet af", "introduced_by": "indført af", "dropped_by": "droppet af",
               "changed_by": "ændret af", "confirmed_by": "bekræftet af", "evaluated_by": "evalueret af",
               "planned_by": "planlagt af", "defined_by": "defineret i", "part_of": "del af", "cites": "kilde"}
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
    # Events without a year go last: the timeline reads as history first.
    events = sorted(raw.get("events", []), key=lambda e: (e.get("year") or 9999, str(e.get("date") or "")))
    rows = [{"År": e.get("year"), "Dato": format_date(e.get("date")),
             "Hændelse": EVENT_LABELS.get(e.get("event"), e.get("event") or ""),
             "Emne": e.get("subject") or "", "Aktør": e.get("actor") or "",
             "Erstattet af": e.get("replaced_by") or "", "Citat": e.get("quote") or "",
             "Kilde": Path(str(e.get("source") or "")).name, "Side": e.get("page"),
             "document_id": e.get("document_id")} for e in events]
    return TraceView(rows, raw, None if rows else f"Ingen hændelser fundet for »{concept}«.")


def trace_graph(raw: dict[str, Any]) -> Any:
    """The trace's nodes and edges as a networkx graph, plus the documents that cite each edge."""
    import networkx as nx

    files = {e.get("document_id"): Path(str(e.get("source") or "")).name for e in raw.get("events", [])}
    graph = nx.DiGraph()
    for node in raw.get("nodes", []):
        graph.add_node(str(node["id"]), label=str(node.get("label") or node["id"]), type=str(node.get("type")))
    for edge in raw.get("edges", []):
        kind = str(edge.get("kind") or "")
        graph.add_edge(str(edge["source"]), str(edge["target"]), label=EDGE_LABELS.get(kind, kind), kind=kind)
        if edge.get("document"):
            doc = f"document:{edge['document']}"
            graph.add_node(doc, label=files.get(edge["document"]) or str(edge["document"]), type="dokument")
            graph.add_edge(doc, str(edge["source"]), label="kilde", kind="cites")
    return graph


def trace_dot(raw: dict[str, Any]) -> str:
    """Graphviz DOT for `st.graphviz_chart`, which renders offline (no CDN)."""
    graph = trace_graph(raw)

    def q(text: Any) -> str:
        return '"' + str(text).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")[:70] + '"'

    lines = ["digraph spor {", "rankdir=LR;", 'node [fontname="Helvetica", fontsize=10];']
    for node, data in graph.nodes(data=True):
        shape, fill = NODE_STYLES.get(str(data.get("type")), ("ellipse", "#ffffff"))
        lines.append(f"{q(node)} [label={q(data.get('label', node))}, shape={shape}, style=filled, "
                     f'fillcolor="{fill}"];')
    for a, b, data in graph.edges(data=True):
        lines.append(f"{q(a)} -> {q(b)} [label={q(data.get('label', ''))}, fontsize=9];")
    return "\n".join(lines + ["}"])


def trace_graphml(raw: dict[str, Any]) -> str:
    import networkx as nx

    return "\n".join(nx.generate_graphml(trace_graph(raw))) + "\n"


def trace_json(raw: dict[str, Any]) -> str:
    return json.dumps(raw, ensure_ascii=False, indent=1, default=str)
