"""Indicator definitions as machine-readable specs (JSON, YAML, CSV) and their JSON Schema.

Field names follow the SDG/SDMX reference metadata concepts where one exists
(STAT_CONC_DEF, UNIT_MEASURE, DATA_COMP, DATA_SOURCE, FREQ_COLL, REF_AREA; the mapping
is kept in each field's description), plus what SDMX lacks: numerator, denominator,
population, reform, period, the commitment the indicator replaced, and provenance
(document, source file, page, quote). Called by `sporbar export` and by the app.
"""
from __future__ import annotations

import csv
import io
import json
import re
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field

from extract.indicators import cues
from extract.normalise import collapse_ws

from .indicator_status import status_rows
from .store import Store

Format = Literal["json", "yaml", "csv"]
FORMATS: tuple[str, ...] = ("json", "yaml", "csv")

class Provenance(BaseModel):
    model_config = ConfigDict(extra="forbid")

    document_id: str = Field(description="Content id of the source document (first 16 hex digits of its SHA-256).")
    source: str | None = Field(default=None, description="File path the document was read from.")
    page: int | None = Field(default=None, description="Page the definition (or title) stands on.")
    start: int | None = Field(default=None, description="Character offset in the document's normalised text.")
    end: int | None = Field(default=None, description="End offset (exclusive) in the normalised text.")
    quote: str | None = Field(default=None, description="The quoted definition (or title), as printed at "
                              "start-end; null when the document's text is not at hand (never the value "
                              "in place of the text).")


class IndicatorSpec(BaseModel):
    """One indicator definition, computable: what is counted, over whom, how often, where."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(description="Stable id derived from content: indicator:<document id>:<position>.")
    kind: Literal["sigtelinje", "implementeringsindikator", "resultatindikator", "nøgletal", "other"] = Field(
        description="Sporbar's indicator kind (no SDMX concept).")
    number: int | None = Field(default=None, description="Number of the indicator in its list, when numbered.")
    title: str | None = Field(default=None, description="Label as written. SDMX: SERIES / indicator name.")
    definition: str | None = Field(default=None, description="How the measure is computed, as printed. "
                                   "SDMX concept STAT_CONC_DEF (definition and concepts).")
    unit_measure: Literal["share", "count", "average", "duration", "other"] | None = Field(
        default=None, description="Kind of quantity. SDMX concept UNIT_MEASURE (unit of measure).")
    data_comp: str | None = Field(default=None, description="Method of computation, only as far as the text "
                                  "states its parts: '(numerator) / (denominator)' where it divides a stated "
                                  "numerator by a stated denominator (a share of ..., 'divideret med', 'ud af', "
                                  "'A / B'), 'count of <population>' where it counts a stated population "
                                  "('antal X'); null otherwise. SDMX concept DATA_COMP (method of computation).")
    population: str | None = Field(default=None, description="Who is measured (no SDMX concept).")
    numerator: str | None = Field(default=None, description="What is counted on top of a share (no SDMX concept).")
    denominator: str | None = Field(default=None, description="What a share is taken of (no SDMX concept).")
    freq_coll: Literal["måned", "år"] | None = Field(default=None, description="Reference period of one value "
                                                     "('i løbet af en måned', 'ultimo en måned', 'år'). "
                                                     "SDMX concept FREQ_COLL (frequency of data collection).")
    data_source: str | None = Field(default=None, description="Where the measure is published or computed, "
                                    "e.g. jobindsats.dk. SDMX concept DATA_SOURCE (data source).")
    ref_area: str = Field(default="DK", description="Area the indicator is followed for (Denmark, with "
                          "kommune breakdowns where the source has them). SDMX concept REF_AREA.")
    reform: str | None = Field(default=None, description="Reform or agreement the indicator follows (no SDMX concept).")
    period: str | None = Field(default=None, description="Years the spec covers, e.g. 2017-2018. Related to "
                               "SDMX REF_PERIOD, but the period of the spec, not of a value.")
    issuer: str | None = Field(default=None, description="Organisation that set the indicator. Related to SDMX "
                               "CONTACT_ORGANISATION / data provider.")
    issuer_basis: str | None = Field(default=None, description="What the issuer rests on where the text does not "
                                     "print it (whole): e.g. 'site convention: the star.dk page template', 'the "
                                     "owner of the mail domain balk.dk'. Null where the text names the issuer.")
    replaces: str | None = Field(default=None, description="The commitment (e.g. måltal) this indicator replaced, "
                                 "when the source says so (no SDMX concept).")
    status: Literal["introduced", "changed", "planned", "discontinued", "replaced"] | None = Field(
        default=None, description="Life-cycle status the documents state for the measure: the latest lineage "
        "event about it (introduced, changed, planned, dropped -> discontinued, replaced). Null when no document "
        "says. Related to SDMX concept META_UPDATE (metadata last update).")
    valid_from: str | None = Field(default=None, description="Year (or ISO date) the measure was introduced, "
                                   "from a lineage event.")
    valid_to: str | None = Field(default=None, description="Year (or ISO date) the measure was discontinued or "
                                 "replaced, from a lineage event.")
    replaced_by: str | None = Field(default=None, description="The measure that replaced it, as the text names it.")
    status_evidence: str | None = Field(default=None, description="The sentence(s) the status is read from, "
                                        "with the document id: '<document id>: <quote>'.")
    provenance: Provenance = Field(description="Where the spec was read: document, source file, page and quote.")


def indicator_json_schema() -> dict[str, Any]:
    """JSON Schema of `sporbar export indicators --format json` (a list of specs)."""
    item = IndicatorSpec.model_json_schema(ref_template="#/$defs/{model}")
    defs = item.pop("$defs", {})
    defs["IndicatorSpec"] = item
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "Sporbar indicator specs",
            "description": collapse_ws("Indicator definitions as machine-readable specs. "
                                       + (__doc__ or "").split("\n\n")[1]),
            "type": "array", "items": {"$ref": "#/$defs/IndicatorSpec"}, "$defs": defs}


def _data_comp(data: dict[str, Any], text: str = "") -> str | None:
    """The method of computation, only from parts the text states (issue 14: no formula
    that the text does not state). A division where both its numerator and its
    denominator are stated and the text divides them: a share ("andelen af X, der Y"), a
    ratio cue in the definition ("divideret med", "i procent af", "ud af", "pr. 1.000") or
    a division sign or cue between the two where they stand ("A / B * 52 uger");
    "sammenholdt" or "forskellen mellem" compare, they do not divide. A count of the
    population where the text counts that population ("antal X"). Otherwise null: a fixed
    text per measure would state a computation ("numerator / denominator") the text never
    gives, e.g. for a growth target or a share with no parts stated."""
    measure = data.get("measure")
    numerator, denominator = data.get("numerator"), data.get("denominator")
    if numerator and denominator and measure not in (None, "other") and (
            measure == "share" or cues.search("ratio", data.get("definition") or "")
            or _divided_where_they_stand(data, text)):
        return f"({numerator}) / ({denominator})"
    population = data.get("population")
    if measure == "count" and population and _counted(population, data):
        return f"count of {population}"
    return None


_BETWEEN = 40  # characters between a numerator and its denominator in a written-out division


def _divided_where_they_stand(data: dict[str, Any], text: str) -> bool:
    """The document divides the numerator by the denominator where they stand: only a
    division sign or a ratio cue between them ("antal fuldtidspersoner i året / antal
    personer i året")."""
    spans = data.get("provenance") or {}
    num, den = spans.get("numerator") or {}, spans.get("denominator") or {}
    end, start = num.get("end"), den.get("start")
    if not text or end is None or start is None or not 0 <= start - end <= _BETWEEN:
        return False
    between = collapse_ws(text[end:start]).strip()
    ratio = cues.search("ratio", between)
    return between == "/" or (ratio is not None and ratio.group(0) == between)


def _counted(population: str, data: dict[str, Any]) -> bool:
    """The title or definition counts the population itself: a count word (cue
    measure_word, value count) right before it, "af" allowed ("antal borgere, der ...",
    "antallet af hjemløse"); "tilgang til førtidspension" counts entries, not the population."""
    phrase = collapse_ws(population).casefold()
    for text in (data.get("title") or "", data.get("definition") or ""):
        folded = collapse_ws(text).casefold()
        for cue in cues.rows("measure_word"):
            if cue.value != "count":
                continue
            for m in cue.regex.finditer(folded):
                rest = folded[m.end():].lstrip()
                if rest.startswith(phrase) or (rest.startswith("af ") and rest[3:].startswith(phrase)):
                    return True
    return False


def _replaced_commitment(events: list[dict[str, Any]]) -> str | None:
    """The commitment a document says was replaced by indicators ("måltal ... erstattet af
    indikatorer"), from its lineage events."""
    for event in events:
        if event.get("event") == "replaced" and "indikator" in str(event.get("replaced_by") or "").lower():
            return str(event.get("subject"))
    return None


def _provenance(data: dict[str, Any], document: dict[str, Any] | None) -> Provenance:
    spans = data.get("provenance") or {}
    span = spans.get("definition") or spans.get("title") or data.get("span") or {}
    text = (document or {}).get("text") or ""
    start, end = span.get("start"), span.get("end")
    quote = collapse_ws(text[start:end]) if text and start is not None and end is not None else None
    return Provenance(document_id=data["document_id"], source=(document or {}).get("source"),
                      page=span.get("page"), start=start, end=end, quote=quote or None)


def _basis(data: dict[str, Any], field: str) -> str | None:
    """The stored record's basis of an inferred field, in English (extract/records.py Basis)."""
    from extract.records import Basis

    stored = (data.get("inferred") or {}).get(field)
    return Basis.model_validate(stored).text if stored else None


def indicator_specs(store: Store) -> list[IndicatorSpec]:
    """Every indicator in the store as a spec, in document order."""
    documents: dict[str, dict[str, Any] | None] = {}
    replaced: dict[str, str | None] = {}  # the commitment each document says its indicators replaced
    # Status as the store keeps it (knowledge/indicator_status.py), the same as the SQL view.
    statuses = status_rows(store.db)
    record_positions: dict[str, list[int]] = {}
    for doc_id, position in store.db.execute("SELECT document_id, position FROM records WHERE type = "
                                             "'IndicatorDefinition' ORDER BY document_id, position"):
        record_positions.setdefault(doc_id, []).append(position)
    specs: list[IndicatorSpec] = []
    positions: dict[str, int] = {}
    for doc_id, _, data in store.records(types=["IndicatorDefinition"]):
        if doc_id not in documents:
            documents[doc_id] = store.document(doc_id)
            replaced[doc_id] = _replaced_commitment(
                [e for _, _, e in store.records(types=["LineageEvent"], document_id=doc_id)])
        positions[doc_id] = positions.get(doc_id, 0) + 1
        specs.append(IndicatorSpec(
            id=f"indicator:{doc_id}:{positions[doc_id]}", kind=data.get("kind") or "other",
            number=data.get("number"), title=data.get("title"), definition=data.get("definition"),
            unit_measure=data.get("measure"), population=data.get("population"),
            data_comp=_data_comp(data, (documents[doc_id] or {}).get("text") or ""),
            numerator=data.get("numerator"), denominator=data.get("denominator"),
            freq_coll=data.get("period_unit"), data_source=data.get("source"), reform=data.get("reform"),
            period=data.get("period"), issuer=data.get("issuer"), issuer_basis=_basis(data, "issuer"),
            replaces=data.get("replaces") or replaced[doc_id],
            provenance=_provenance(data, documents[doc_id]),
            **statuses.get((doc_id, record_positions[doc_id][positions[doc_id] - 1]), {})))
    return specs


def _csv_row(spec: IndicatorSpec) -> dict[str, Any]:
    row = spec.model_dump(exclude={"provenance"})
    for key, value in spec.provenance.model_dump().items():
        row[f"provenance_{key}"] = value
    return {k: "" if v is None else v for k, v in row.items()}


def render(specs: list[IndicatorSpec], fmt: str) -> str:
    """Specs as JSON (validates against `indicator_json_schema()`), YAML or CSV."""
    items = [s.model_dump() for s in specs]
    if fmt == "json":
        return json.dumps(items, ensure_ascii=False, indent=1) + "\n"
    if fmt == "yaml":
        return str(yaml.safe_dump(items, allow_unicode=True, sort_keys=False))
    if fmt == "csv":
        columns = [c for c in IndicatorSpec.model_fields if c != "provenance"]
        columns += [f"provenance_{c}" for c in Provenance.model_fields]
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(_csv_row(s) for s in specs)
        return buffer.getvalue()
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def export_indicators(store: Store, fmt: str) -> str:
    """Every indicator in the store, as one spec each, in the given format."""
    return render(indicator_specs(store), fmt)
