"""The knowledge graph: documents, Folketing questions and answers, persons, parties,
organisations, reforms, commitments, indicators, kommuner and benefit schemes.

`build_graph` is a pure function of the records (and optional NLP annotations). Node ids
are derived from content (`person:finn-soerensen`, `kommune:0101`,
`indicator:fop-2017-2018-implementering-1`), never random, so two builds diff cleanly.
Every edge carries its evidence: document, page, span and quote, and a basis where the
link is inferred rather than read. A quote is only ever given with the span it stands on:
a value the text does not print (an issuer told by the document's address, a link made by
matching names) has an empty quote and says what it rests on (`evidence_basis`). Given the
documents' texts (`text_of`), an edge for a value quotes the text as printed at the value's
span ("Arbejdsmarkedsudvalgets", "SOCIAL, SUNDHED OG BESKÆFTIGELSE"), not the value as
normalised. All attribute values are scalars, so the graph writes to GraphML (Gephi) as it is.
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx

from danish.ids import person_id, slug
from danish.reference import committee_key
from extract.document import Span
from extract.records import (Answer, AnyRecord, Basis, DocumentInfo, FolketingFields, IndicatorDefinition,
                             KommuneRow, LineageEvent, Question)
from nlp.annotate import Annotations
from nlp.concepts import commitment_key, indicator_overlap, same_indicator
from nlp.gazetteer import EntityKind
from nlp.lineage.kinds import ACTOR_EDGES
from nlp.linking import find_in_text, link

_KIND_SHORT = {"implementeringsindikator": "implementering", "resultatindikator": "resultat"}
_EVENT_EDGE = ACTOR_EDGES  # the event kinds table (nlp/lineage/kinds.py)
_LABEL_KIND: dict[str, str] = {"PARTY": "party", "MINISTRY": "organisation", "ORG": "organisation",
                               "COMMITTEE": "committee", "REFORM": "reform", "BENEFIT": "benefit_scheme",
                               "KOMMUNE": "kommune", "PERSON": "person"}


def evidence(span: Span | None, quote: str | None, document_id: str, basis: Basis | str | None = None
             ) -> dict[str, Any]:
    """An edge's evidence. Without a span there is nothing to quote: the quote is empty and the
    basis (what the link was inferred by) stands in its place."""
    said = basis.text if isinstance(basis, Basis) else (basis or "")
    if span is None:
        return {"document": document_id, "page": 0, "start": 0, "end": 0, "quote": "", "basis": said}
    return {"document": span.document_id, "page": span.page, "start": span.start, "end": span.end,
            "quote": quote or "", "basis": said}


class _Builder:
    def __init__(self, sources: Mapping[str, str], text_of: Callable[[str], str | None] | None = None) -> None:
        self.g: nx.MultiDiGraph[str] = nx.MultiDiGraph()
        self.sources = sources
        self.text_of = text_of
        self._texts: dict[str, str | None] = {}

    def printed(self, span: Span | None, value: str | None) -> str | None:
        """What the text prints at a value's span (whitespace collapsed), where the text is at
        hand; else the value. A quote is what the source says, not the value as normalised."""
        if span is None or self.text_of is None:
            return value
        if span.document_id not in self._texts:
            self._texts[span.document_id] = self.text_of(span.document_id)
        text = self._texts[span.document_id]
        return " ".join(text[span.start:span.end].split()) if text and span.end <= len(text) else value

    def value_evidence(self, r: AnyRecord, field: str, value: str | None, span: Span | None = None) -> dict[str, Any]:
        """Evidence of a record's field: the printed text at its span, and its basis if inferred."""
        span = span if span is not None else r.provenance.get(field)
        return evidence(span, self.printed(span, value), r.document_id, r.inferred.get(field))

    def node(self, node_id: str, kind: str, label: str, **attrs: Any) -> str:
        if node_id not in self.g:
            self.g.add_node(node_id, kind=kind, label=label)
        for key, value in attrs.items():
            if value is not None and key not in self.g.nodes[node_id]:
                self.g.nodes[node_id][key] = value
        return node_id

    def edge(self, source: str, target: str, kind: str, ev: dict[str, Any]) -> None:
        key = f"{kind}:{ev['document']}:{ev['start']}"
        if self.g.has_edge(source, target, key):
            return
        self.g.add_edge(source, target, key=key, kind=kind, **{f"evidence_{k}": v for k, v in ev.items()})

    def renames(self, ministry_id: str) -> None:
        """A renamed ministry points to its successor (danish/data/ministries_project.csv)."""
        from nlp.gazetteer import entries

        by_id = {e.id: e for e in entries("ministry")}
        current = by_id.get(ministry_id)
        while current and current.successor_id and current.successor_id in by_id:
            nxt = by_id[current.successor_id]
            source = self.node(f"organisation:{current.id}", "organisation", current.name)
            target = self.node(f"organisation:{nxt.id}", "organisation", nxt.name)
            self.edge(source, target, "renamed_to", {
                "document": "danish/data/ministries_project.csv", "page": 0, "start": 0, "end": 0, "quote": "",
                "basis": Basis(kind="ministries_table", source=f"{current.name} -> {nxt.name}").text})
            current = nxt

    def document(self, document_id: str) -> str:
        source = self.sources.get(document_id, "")
        return self.node(f"document:{document_id}", "document", Path(source).name or document_id, source=source)

    def entity(self, name: str, kinds: Sequence[EntityKind]) -> str:
        """Node of a named entity: the linked canonical id, else a node of its own named as
        written, with the linker's verdict (unknown, or ambiguous and its candidates) kept
        on the node for review rather than guessed."""
        verdicts = []
        for kind in kinds:
            linked = link(name, kind)
            if linked.id:
                node_kind = "organisation" if kind == "ministry" else kind
                node = self.node(f"{node_kind}:{linked.id.split(':', 1)[1]}", node_kind, linked.name or name,
                                 link_status=linked.status)
                if kind == "ministry":
                    self.renames(linked.id.split(":", 1)[1])
                return node
            verdicts.append(linked)
        ambiguous = [v for v in verdicts if v.status == "ambiguous"]
        return self.node(f"organisation:{slug(name)}", "organisation", name,
                         link_status="ambiguous" if ambiguous else "unlinked",
                         candidates="|".join(c for v in ambiguous for c in v.candidates) or None)


def build_graph(records: Iterable[AnyRecord], annotations: Iterable[Annotations] = (), *,
                sources: Mapping[str, str] | None = None,
                text_of: Callable[[str], str | None] | None = None) -> nx.MultiDiGraph:
    """The graph of these records; `sources` maps document ids to their file paths, `text_of`
    gives a document's text (read only for the documents whose values are quoted)."""
    b = _Builder(sources or {}, text_of)
    by_doc: dict[str, list[AnyRecord]] = defaultdict(list)
    for record in records:
        by_doc[record.document_id].append(record)
    reforms = {doc_id: _document_reform(recs) for doc_id, recs in by_doc.items()}
    for doc_id, recs in by_doc.items():
        doc_node = b.document(doc_id)
        for record in recs:
            _add_record(b, doc_node, record, reforms[doc_id])
    for ann in annotations:
        _add_mentions(b, ann)
    _link_indicator_mentions(b)
    _link_replacements(b)
    return b.g


def _document_reform(recs: Sequence[AnyRecord]) -> str | None:
    """The reform a document is about: the most named one in its records."""
    counts: Counter[str] = Counter()
    for r in recs:
        texts = [getattr(r, "reform", None), getattr(r, "title", None), getattr(r, "evidence", None),
                 getattr(r, "question_text", None), getattr(r, "answer_text", None)]
        for text in filter(None, texts):
            counts.update(e.id for e, _, _ in find_in_text(str(text), "reform"))
    return counts.most_common(1)[0][0] if counts else None


def _add_record(b: _Builder, doc_node: str, r: AnyRecord, reform: str | None) -> None:
    if isinstance(r, (Question, Answer)):
        _add_folketing(b, doc_node, r)
    elif isinstance(r, DocumentInfo):
        b.g.nodes[doc_node].update({k: v for k, v in (("title", r.title), ("doc_type", r.doc_type),
                                                       ("date", r.date.isoformat() if r.date else None)) if v})
        if r.issuer:
            b.edge(doc_node, b.entity(r.issuer, ("organisation", "ministry")), "published_by",
                   b.value_evidence(r, "issuer", r.issuer))
    elif isinstance(r, IndicatorDefinition):
        _add_indicator(b, doc_node, r, reform)
    elif isinstance(r, KommuneRow):
        node = b.node(f"kommune:{r.code}", "kommune", r.name, region=r.region)
        b.edge(node, doc_node, "participates_in", b.value_evidence(r, "as_written", r.as_written,
                                                                       r.provenance.get("as_written") or r.span))
    elif isinstance(r, LineageEvent):
        _add_event(b, doc_node, r)


def question_id(r: FolketingFields) -> str:
    # One committee id whether the letter prints the abbreviation or the name (danish.reference).
    parts = [committee_key(r.udvalg_abbrev, r.udvalg_name) or "ft", r.samling or "", r.case_kind or "",
             r.case_number or "", str(r.question_number or "")]
    return "question:" + slug(" ".join(p for p in parts if p and p != "alm. del") or r.document_id)


def _add_folketing(b: _Builder, doc_node: str, r: Question | Answer) -> None:
    q_node = b.node(question_id(r), "question", f"Spørgsmål {r.question_number or ''}".strip(),
                    text=r.question_text, samling=r.samling, udvalg=r.udvalg_name)
    b.edge(q_node, doc_node, "part_of", _letter_part(b, r, "question_text"))
    if r.udvalg_name or r.udvalg_abbrev:
        committee = b.entity(r.udvalg_abbrev or r.udvalg_name or "", ("committee",))
        # cited by whichever of name and abbreviation the letter prints
        field = next((f for f in ("udvalg_name", "udvalg_abbrev") if getattr(r, f) and f in r.provenance),
                     "udvalg_name" if r.udvalg_name else "udvalg_abbrev")
        b.edge(q_node, committee, "asked_in", b.value_evidence(r, field, getattr(r, field)))
    for person in r.asked_by:
        p_node = b.node(person_id(person.name), "person", person.name)
        ev = b.value_evidence(r, "asked_by", person.name)
        b.edge(q_node, p_node, "asked_by", ev)
        if person.party:
            b.edge(p_node, b.entity(person.party, ("party",)), "member_of", ev)
    if isinstance(r, Answer):
        a_node = b.node(f"answer:{r.document_id}", "answer", f"Svar på spørgsmål {r.question_number or ''}".strip(),
                        date=r.answer_date.isoformat() if r.answer_date else None, text=r.answer_text)
        b.edge(a_node, q_node, "answers", evidence(r.provenance.get("answer_text"), (r.answer_text or "")[:200],
                                                   r.document_id))
        b.edge(a_node, doc_node, "part_of", _letter_part(b, r, "answer_text"))
        if r.signed_by:
            b.edge(a_node, b.node(person_id(r.signed_by), "person", r.signed_by), "signed_by",
                   b.value_evidence(r, "signed_by", r.signed_by))


def _letter_part(b: _Builder, r: Question | Answer, field: str) -> dict[str, Any]:
    """Evidence that a question or an answer is part of its letter: where the letter prints its text, else
    the letter's record span (a letter whose text was not cut out still prints its question), quoted as
    printed (its first 200 characters)."""
    span = r.provenance.get(field) or r.span
    quote = b.printed(span, getattr(r, field)) if span is not None else None
    return evidence(span, (quote or "")[:200], r.document_id)


def indicator_id(r: IndicatorDefinition, reform: str | None) -> str:
    """`indicator:fop-2017-2018-implementering-1`: reform (its gazetteer id without the
    year), period, kind, number (or the title when unnumbered)."""
    if reform:
        reform_key = re.sub(r"-\d{4}$", "", reform)
    else:
        reform_key = slug(r.reform or r.issuer or "") or "ukendt"
    kind = _KIND_SHORT.get(r.kind, r.kind)
    last = str(r.number) if r.number is not None else slug(r.title or "")[:48]
    return "indicator:" + "-".join(p for p in (reform_key, r.period or "", kind, last) if p)


def _add_indicator(b: _Builder, doc_node: str, r: IndicatorDefinition, doc_reform: str | None) -> None:
    reform = _reform_of(r.reform) or doc_reform
    node = b.node(indicator_id(r, reform), "indicator", r.title or "indikator", indicator_kind=r.kind,
                  document=r.document_id,
                  number=r.number, definition=r.definition, measure=r.measure, population=r.population,
                  period=r.period, source=r.source, reform=reform)
    ev = evidence(r.provenance.get("definition") or r.provenance.get("title") or r.span,
                  r.definition or r.title, r.document_id)
    b.edge(doc_node, node, "defines" if r.definition else "mentions", ev)
    if reform:
        b.edge(node, b.node(f"reform:{reform}", "reform", _canonical_name(f"reform:{reform}", reform)), "part_of", ev)
    for entry, _, _ in find_in_text(" ".join(filter(None, (r.title, r.population))), "benefit_scheme"):
        b.edge(node, b.node(f"benefit_scheme:{entry.id}", "benefit_scheme", entry.name), "measures", ev)
    if r.source:
        b.edge(node, b.node(f"site:{slug(r.source)}", "organisation", r.source), "published_on", ev)


def _reform_of(text: str | None) -> str | None:
    found = find_in_text(text or "", "reform")
    return found[0][0].id if found else None


def subject_identity(subject: str) -> tuple[str, str, str]:
    """(node id, kind, label) of a lineage subject: a reform named at its start or a lone
    benefit scheme, else a commitment by concept key (måltal, indikatorer ...)."""
    reform = find_in_text(subject, "reform")
    if reform and reform[0][1] == 0:
        return f"reform:{reform[0][0].id}", "reform", reform[0][0].name
    scheme = find_in_text(subject, "benefit_scheme")
    if scheme and len(subject.split()) <= 3:
        return f"benefit_scheme:{scheme[0][0].id}", "benefit_scheme", scheme[0][0].name
    key = commitment_key(subject)
    return f"commitment:{key}", "commitment", _commitment_label(key, subject)


def subject_node(b: _Builder, subject: str) -> str:
    node_id, kind, label = subject_identity(subject)
    return b.node(node_id, kind, label)


@lru_cache(maxsize=1)
def _commitment_labels() -> dict[str, str]:
    from nlp.gazetteer import read_rows

    return {row["id"]: row["label"] for row in read_rows("commitments.csv")}


def _commitment_label(key: str, subject: str) -> str:
    return _commitment_labels().get(key, subject)


def _add_event(b: _Builder, doc_node: str, r: LineageEvent) -> None:
    ev = evidence(r.span, r.evidence, r.document_id)
    subject = subject_node(b, r.subject)
    b.edge(doc_node, subject, "mentions", ev)
    b.g.add_edge(subject, doc_node, key=f"event:{r.event}:{r.document_id}:{ev['start']}:{slug(r.subject)[:30]}",
                 kind=f"event_{r.event}", event=r.event, year=r.year if r.year is not None else "",
                 subject=r.subject, **{f"evidence_{k}": v for k, v in ev.items()})
    if r.actor:
        # the sentence is the evidence; an actor it does not name says what it rests on
        basis = r.inferred.get("actor")
        b.edge(subject, b.entity(r.actor, ("organisation", "ministry", "party")), _EVENT_EDGE[r.event],
               {**ev, "basis": basis.text} if basis else ev)
    if r.event == "replaced" and r.replaced_by:
        target = subject_node(b, r.replaced_by)
        b.g.nodes[target].setdefault("replacement_of", subject)
        b.edge(subject, target, "replaced_by", ev)


def _add_mentions(b: _Builder, ann: Annotations) -> None:
    doc_node = b.document(ann.document_id)
    for m in ann.mentions:
        kind = _LABEL_KIND.get(m.label)
        if not kind or not m.entity_id:
            continue
        node_id = f"{kind}:{m.entity_id.split(':', 1)[1]}"
        b.node(node_id, kind, m.text if kind == "person" else _canonical_name(m.entity_id, m.text))
        if m.entity_id.startswith("ministry:"):
            b.renames(m.entity_id.split(":", 1)[1])
        # (a person named in a letter's fields is quoted as printed: "Johan-ne Schmidt-Nielsen (EL")
        b.edge(doc_node, node_id, "mentions", evidence(m.span, b.printed(m.span, m.text), ann.document_id))


def _canonical_name(entity_id: str, fallback: str) -> str:
    kind, _, key = entity_id.partition(":")
    from nlp.gazetteer import entries

    for entry in entries(kind):
        if entry.id == key:
            return entry.name
    return fallback


def _indicators(g: nx.MultiDiGraph) -> list[str]:
    return sorted(n for n, d in g.nodes(data=True) if d.get("kind") == "indicator")


def _link_indicator_mentions(b: _Builder) -> None:
    """Indicators only named (seed answers' "centrale indikatorer") -> their definitions."""
    nodes = _indicators(b.g)
    defined = [n for n in nodes if b.g.nodes[n].get("definition")]
    for n in nodes:
        data = b.g.nodes[n]
        if data.get("definition"):
            continue
        best: tuple[float, str] | None = None
        for d in defined:
            other = b.g.nodes[d]
            if data.get("reform") and other.get("reform") and data["reform"] != other["reform"]:
                continue
            text = " ".join(filter(None, (other.get("label"), other.get("population"), other.get("definition"))))
            if same_indicator(data["label"], text):
                shared, ratio = indicator_overlap(data["label"], text)
                if best is None or (shared + ratio) > best[0]:
                    best = (shared + ratio, d)
        if best:
            # the definition is quoted where its own document defines it (its `defines` edge)
            defining = [d for _, _, d in b.g.in_edges(best[1], data=True) if d.get("kind") == "defines"]
            ev = ({k[len("evidence_"):]: v for k, v in defining[0].items() if k.startswith("evidence_")} if defining
                  else evidence(None, None, b.g.nodes[best[1]].get("document", "")))
            b.edge(n, best[1], "defined_by", {**ev, "basis": Basis(kind="same_name", source=str(data["label"])).text})


def _link_replacements(b: _Builder) -> None:
    """A commitment replaced by "indikatorer": the indicators of the same reform."""
    for target, data in list(b.g.nodes.items()):
        if data.get("kind") != "commitment" or "replacement_of" not in data or "indikator" not in target:
            continue
        reforms = {b.g.nodes[n].get("reform") for n in _indicators(b.g)} - {None}
        source_reform = _replacement_reform(b, data["replacement_of"])
        for n in _indicators(b.g):
            if source_reform is None or b.g.nodes[n].get("reform") == source_reform or not reforms:
                b.edge(n, target, "part_of", evidence(
                    None, None, b.g.nodes[n].get("document", ""),
                    Basis(kind="reform_indicators", source=str(b.g.nodes[data["replacement_of"]].get("label")
                                                               or data["replacement_of"]))))


def _replacement_reform(b: _Builder, commitment: str) -> str | None:
    """The reform of the documents that state the commitment's events."""
    counts: Counter[str] = Counter()
    for _, doc_node, data in b.g.out_edges(commitment, data=True):
        if str(data.get("kind", "")).startswith("event_"):
            for _, target, d2 in b.g.out_edges(doc_node, data=True):
                if target.startswith("indicator:") and b.g.nodes[target].get("reform"):
                    counts[b.g.nodes[target]["reform"]] += 1
            for text in (data.get("evidence_quote"),):
                counts.update(e.id for e, _, _ in find_in_text(str(text or ""), "reform"))
    return counts.most_common(1)[0][0] if counts else None


def write_graphml(g: nx.MultiDiGraph, path: str | Path) -> None:
    """GraphML for Gephi; None values are left out (GraphML has no null)."""
    from .output import write_text

    write_text(Path(path), render(g, "graphml"))


def node_link(g: nx.MultiDiGraph) -> dict[str, Any]:
    data = nx.node_link_data(g, edges="links")
    return json.loads(json.dumps(data, ensure_ascii=False, default=str))


def graph_from_store(store: Any, *, with_mentions: bool = True) -> nx.MultiDiGraph:
    """The graph of a `Store`: its records, plus the NLP pass's entity mentions for every
    source file that is still on disk unchanged (mentions need the document's page map)."""
    from extract.errors import SporbarError
    from extract.load import load
    from nlp.annotate import annotate

    from .store_reading import record_from_row

    records: list[AnyRecord] = []
    by_doc: dict[str, list[AnyRecord]] = defaultdict(list)
    for doc_id, type_name, data in store.records():
        record = record_from_row(type_name, data)
        records.append(record)
        by_doc[doc_id].append(record)
    sources = {d["id"]: d["source"] for d in store.documents()}
    annotations = []
    # Copies of one text count once (knowledge/works.py): only each work's primary copy is read for mentions.
    primaries = {w["primary_document"] for w in store.works()} if hasattr(store, "works") else set(sources)
    if with_mentions:
        for doc_id, source in sorted(sources.items()):
            if doc_id not in primaries:
                continue
            try:
                doc = load(source)
            except (SporbarError, OSError):
                continue
            if doc.id == doc_id:
                annotations.append(annotate(doc, by_doc.get(doc_id, [])))
    return build_graph(records, annotations, sources=sources, text_of=store_text(store))


def store_text(store: Any) -> Callable[[str], str | None] | None:
    """A store's reader of one document's text (what its records' spans index), for quoting
    values as printed; None for a source of records that keeps no texts."""
    if hasattr(store, "db"):
        def text_of(document_id: str) -> str | None:
            row = store.db.execute("SELECT text FROM documents WHERE id = ?", (document_id,)).fetchone()
            return str(row[0]) if row else None
        return text_of
    if hasattr(store, "document"):
        return lambda document_id: (store.document(document_id) or {}).get("text")
    return None


def render(g: nx.MultiDiGraph, fmt: str) -> str:
    """GraphML text (Gephi) or node-link JSON text."""
    if fmt == "json":
        return json.dumps(node_link(g), ensure_ascii=False, indent=1) + "\n"
    clean: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        clean.add_node(n, **{k: v for k, v in d.items() if v is not None})
    for u, v, k, d in g.edges(keys=True, data=True):
        clean.add_edge(u, v, key=k, **{a: b for a, b in d.items() if b is not None})
    return "\n".join(nx.generate_graphml(clean)) + "\n"
