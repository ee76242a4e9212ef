"""Labels, Danish formatting and the Dokument view's builders, for `knowledge.app_api`.

The Dokument page shows a source page by page with each cited field shaded where it came
from, so its builders cut page text at provenance spans; they are pure and tested
without a browser.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from danish.dates import MONTH_NAMES
from nlp.lineage import kinds as event_kinds

if TYPE_CHECKING:
    from .store import Store

MONTHS = MONTH_NAMES

RECORD_LABELS = {"Question": "Spørgsmål", "Answer": "Svar", "DocumentInfo": "Dokumentoplysninger",
                 "IndicatorDefinition": "Indikator", "KommuneRow": "Kommune", "LineageEvent": "Sporhændelse",
                 "OdaFacts": "Folketingets åbne data"}
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
    "parties": "Partier", "organisations": "Organisationer", "end_year": "Til år", "person_roles": "Roller",
}
DOC_TYPE_LABELS = {"question": "spørgsmål", "answer": "svar", "indicator_spec": "indikatorbeskrivelse",
                   "letter": "brev", "news": "nyhed", "report": "rapport", "other": "andet"}
KIND_LABELS = {"answer": "svar", "question": "spørgsmål", "policy": "notat/rapport", "ftdk_other": "andet fra ft.dk"}
MEASURE_LABELS = {"share": "andel", "count": "antal", "average": "gennemsnit", "duration": "varighed",
                  "other": "andet"}
KIND_NAMES = {"other": "anden indikator"}
EVENT_LABELS = dict(event_kinds.LABELS)  # the event kinds table (nlp/lineage/kinds.py)
_SKIP_FIELDS = {"document_id", "span", "provenance", "inferred", "question_sent_date_inferred", "decision",
                "question_link", "ftdk_url_key", "ftdk_document_id"}


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
            day = dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    else:
        day = value
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


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

def document_label(doc: dict[str, Any], facts: dict[str, Any] | None = None) -> str:
    """A human title for a stored document: its work's title by the order of evidence
    (extract/document_facts.py), else its printed title, its Folketing identity, the file."""
    if facts and facts.get("title"):
        return str(facts["title"])
    flat = doc.get("flat") or {}
    if flat.get("title"):
        return str(flat["title"])
    parts = [(flat.get("udvalg") or {}).get("abbrev"), flat.get("samling")]
    if flat.get("question_number") is not None:
        parts.append(f"spm. {flat['question_number']}")
    name = Path(doc.get("source") or "").name
    head = " ".join(p for p in parts if p)
    return f"{head} — {name}" if head else name


def document_options(store: Store, *, include: str | None = None) -> list[tuple[str, str]]:
    """(document id, label) for the Dokument picker: one entry per work (its primary copy),
    with its date, in source order; another copy only when asked for (`include`, a link
    or a citation that names that file)."""
    works = {w["primary_document"]: w["facts"] for w in store.works()}
    out = []
    for d in store.documents():
        if works and d["id"] not in works and d["id"] != include:
            continue  # another copy of a work listed under its primary copy
        if d["id"] not in works and d["id"] == include:
            work = store.work_of(d["id"]) or {}
            out.append((d["id"], f"{document_label(d, work.get('facts'))} (fil: {Path(d['source']).name})"))
            continue
        facts = works.get(d["id"]) or {}
        when = f", {format_date(facts['date'])}" if facts.get("date") else ""
        files = len(facts.get("files") or [])
        copies = f", {files} filer" if files > 1 else ""
        # The kind's one label, as on Søg's cards and its Dokumenttype filter (issue 17).
        out.append((d["id"], f"{document_label(d, facts)} ({KIND_LABELS.get(d.get('kind') or '', 'andet')}"
                             f"{when}{copies})"))
    return out


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


def page_bounds(pages: list[dict[str, Any]], media: str = "text") -> list[tuple[int, int, int]]:
    """(page number, start, end) of each page in the stored normalised text.

    A store keeps each page's bounds as the loader found them (knowledge/store.py, since session 17). A page
    without them (a store written before, `sporbar text`'s pages) has them found again: its raw page texts
    normalised as extract.load.build normalised them (the same glue evidence from the raw text and the media)
    give the same text and the segment map that says where each raw page boundary fell. (Before session 17
    the evidence was taken from the media alone, and 10 corpus texts that show no lost line breaks got bounds
    a few characters off the loaded text's.) Pages read by OCR had their misreadings mended by the loader
    (extract/ocr_repair.py), which the raw texts do not say, so only stored bounds are exact for those.
    """
    if pages and all("start" in p and "end" in p for p in pages):
        return [(int(p["number"]), int(p["start"]), int(p["end"])) for p in pages]
    from extract.load import glue_evidence
    from extract.normalise import normalise, page_spans

    raw = "".join(p["text"] for p in pages)
    text, segments, _ = normalise(raw, glue_evidence=glue_evidence(raw, media))
    return page_spans(segments, [len(p["text"]) for p in pages], [int(p["number"]) for p in pages], len(text))


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
    facts: dict[str, Any] = field(default_factory=dict)  # the work's merged facts (title, date, files ...)
    quote_page: int | None = None  # the page holding the quote asked for, which is marked "Kildecitat"
    oda: dict[str, Any] | None = None  # Folketingets åbne data's facts about the file (sporbar fetch oda)


#: What ODA's facts are called on the Dokument page, and the letter fields they are compared with.
ODA_DISAGREEMENT_LABELS = {"samling": "samling", "question_number": "spørgsmålsnummer", "asked_by": "spørger",
                           "udvalg": "udvalg"}


def oda_lines(oda: dict[str, Any]) -> list[str]:
    """ODA's facts in Danish for the Dokument page, disagreements with the letter last."""
    ids = [f"ODA-dokument {oda['oda_dokument_id']}"]
    if oda.get("oda_sag_ids"):
        ids.append("sag " + ", ".join(str(i) for i in oda["oda_sag_ids"]))
    if oda.get("oda_question_id"):
        ids.append(f"svar på ODA-dokument {oda['oda_question_id']}")
    facts = [oda.get("titel") or "", oda.get("samling") and f"samling {oda['samling']}",
             oda.get("udvalg") or "", ", ".join(oda.get("askers") or ())]
    lines = ["Folketingets åbne data: " + " · ".join(ids + [f for f in facts if f])]
    if oda.get("disagreements"):
        named = ", ".join(ODA_DISAGREEMENT_LABELS.get(d, d) for d in oda["disagreements"])
        lines.append(f"ODA og brevet er uenige om: {named} (begge dele er gemt)")
    return lines


def field_rows(records: Iterable[tuple[str, str, dict[str, Any]]]) -> list[dict[str, Any]]:
    """One row per extracted field: post, felt, værdi and where it stands (side, tegn).

    Every row says where it stands: a field read from a passage of its own cites that
    passage; a field read from the record as a whole (an event's kind or year, a kommune's
    region) cites the record's span, marked "(posten)". A field the document does not print
    (an issuer told by the document's address) says what it is inferred by instead ("udledt af
    kildens adresse: ft.dk"), and a composed one cites the part printed and the basis of the rest.
    Where a document has several records of one kind, each is numbered ("Sporhændelse 2"), so
    its fields can be told apart."""
    records = list(records)
    per_type: dict[str, int] = {}
    for _, type_name, _data in records:
        per_type[type_name] = per_type.get(type_name, 0) + 1
    seen: dict[str, int] = {}
    rows = []
    for _, type_name, data in records:
        seen[type_name] = seen.get(type_name, 0) + 1
        post = RECORD_LABELS.get(type_name, type_name)
        if per_type[type_name] > 1:
            post = f"{post} {seen[type_name]}"
        prov = data.get("provenance") or {}
        whole = data.get("span") or {}
        for name, value in data.items():
            text = "" if name in _SKIP_FIELDS else _display(name, value)
            if not text:
                continue
            own = prov.get(name) or {}
            span = own or whole
            where = f"{span['start']}–{span['end']}" if span.get("start") is not None else ""
            basis = basis_danish((data.get("inferred") or {}).get(name))
            if basis:
                where = f"{where}; resten {basis}" if own and where else basis
            else:
                where += " (posten)" if where and not own else ""
            rows.append({"Post": post, "Felt": FIELD_LABELS.get(name, name), "Værdi": text,
                         "Side": span.get("page"), "Tegn": where})
    return rows


def basis_danish(stored: dict[str, Any] | None) -> str:
    """A stored record's basis of an inferred field in Danish ("udledt af kildens adresse: ft.dk")."""
    from extract.records import Basis

    return Basis.model_validate(stored).danish if stored else ""


def _display(name: str, value: Any) -> str:
    if name == "event":
        return EVENT_LABELS.get(value, str(value))
    if name == "doc_type":
        return DOC_TYPE_LABELS.get(value, str(value))
    if name == "measure":
        return MEASURE_LABELS.get(value, str(value))
    if name == "kind" and isinstance(value, str):
        return KIND_NAMES.get(value, value)
    return format_value(value)


def highlight_spans(records: Iterable[tuple[str, str, dict[str, Any]]]) -> list[tuple[int, int, str]]:
    """(start, end, field label) of every cited field, for highlighting the source. An event's
    year and actor stand inside an evidence (its own, or the sentence before that told the year
    it inherits), which is shaded and quoted whole: marking them again would cut the quotation
    with labels (their places are in the field rows)."""
    records = list(records)
    quotes = {(int(e["start"]), int(e["end"])) for _, _, data in records
              if (e := (data.get("provenance") or {}).get("evidence"))}
    spans = []
    for _, type_name, data in records:
        for name, span in (data.get("provenance") or {}).items():
            if not span or span.get("end", 0) <= span.get("start", 0):
                continue
            at = (int(span["start"]), int(span["end"]))
            inside = name != "evidence" and any(lo <= at[0] and at[1] <= hi and at != (lo, hi) for lo, hi in quotes)
            if not inside:
                spans.append((at[0], at[1], FIELD_LABELS.get(name, name)))
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


QUOTE_LABEL = "Kildecitat"


def document_view(store: Store, document_id: str, *, quote: tuple[int, int] | None = None) -> DocumentView | None:
    """The document page by page, cited fields shaded; `quote` (start, end) is the passage a
    citation points at: its chunks are labelled QUOTE_LABEL so the app can mark and scroll to it."""
    doc = store.document(document_id)
    if doc is None:
        return None
    records = store.records(document_id=document_id)
    spans = highlight_spans(records)
    work = store.work_of(document_id) if hasattr(store, "work_of") else None
    facts = (work or {}).get("facts") or {}
    url = facts.get("ftdk_url") or ftdk_url(doc)
    view = DocumentView(doc["id"], document_label(doc, facts), doc["source"], doc["kind"], url,
                        doc.get("ftdk_document_id"), fields=field_rows(records), facts=facts,
                        oda=next((data for _d, t, data in records if t == "OdaFacts"), None))
    bounds = page_bounds(doc["pages"], doc["media"]) if doc["pages"] else [(1, 0, len(doc["text"]))]
    if bounds and bounds[-1][2] != len(doc["text"]):  # the normaliser changed since ingest
        bounds = [(1, 0, len(doc["text"]))]
    for number, lo, hi in bounds:
        page_chunks = chunks(doc["text"], lo, hi, spans)
        if quote and lo <= quote[0] < hi:
            page_chunks = mark_quote(page_chunks, lo, quote)
            view.quote_page = number
        view.pages.append((number, page_chunks))
    return view


def mark_quote(page_chunks: list[Chunk], page_start: int, quote: tuple[int, int]) -> list[Chunk]:
    """The page's chunks cut again at the quote's edges, the quote's pieces labelled QUOTE_LABEL."""
    out: list[Chunk] = []
    pos = page_start
    for chunk in page_chunks:
        lo, hi = pos, pos + len(chunk.text)
        pos = hi
        cuts = sorted({lo, hi} | {p for p in quote if lo < p < hi})
        for i, (a, b) in enumerate(zip(cuts, cuts[1:])):
            inside = quote[0] <= a and b <= quote[1]
            out.append(Chunk(chunk.text[a - lo:b - lo], QUOTE_LABEL if inside else chunk.label,
                             chunk.starts if i == 0 else ()))
    return out
