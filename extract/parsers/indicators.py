"""Indicator definitions (sigtelinjer, implementeringsindikatorer, jobindsats.dk measures,
ministers' goals, benchmark result measures, indicators named in passing).

Reads every document kind (it is an `EXTRACTORS` entry), so it must say nothing about
ordinary letters. The layout cues are in `extract.indicators.finders`; the computable
parts of a definition (measure, population, numerator, denominator, period unit) are
read by `extract.indicators.fields`. Each field's provenance is the span of
`Document.text` it was copied from.
"""
from __future__ import annotations

from ..document import Document, Span
from ..indicators import fields
from ..indicators.finders import ALL_FINDERS, Found
from ..normalise import collapse_ws
from ..records import IndicatorDefinition
from . import policy_document


def parse(doc: Document) -> list[IndicatorDefinition]:
    found = _deduplicate([f for finder in ALL_FINDERS for f in finder(doc.text)])
    if not found:
        return []
    context = policy_document.indicator_context(doc)
    records = [_record(doc, f, context) for f in found]
    return _inherit_population(records, found)


def _spans(f: Found) -> list[tuple[int, int]]:
    out = [(f.title_start, f.title_start + len(f.title))]
    if f.definition and f.definition_start >= 0:
        out.append((f.definition_start, f.definition_start + len(f.definition)))
    return out


def _overlaps(a: Found, b: Found) -> bool:
    """Two finders claimed the same words (a title or a definition)."""
    return any(s < e2 and s2 < e for s, e in _spans(a) for s2, e2 in _spans(b))


def _deduplicate(found: list[Found]) -> list[Found]:
    kept: list[Found] = []
    for f in found:  # finders run most specific first, so the first claim wins
        if not any(_overlaps(f, k) for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: f.title_start)


def _span_of(doc: Document, phrase: str | None, *anchors: tuple[int, str | None]) -> Span | None:
    if not phrase:
        return None
    for start, text in anchors:
        if text and start >= 0:
            offset = text.find(phrase)
            if offset >= 0:
                return doc.span(start + offset, start + offset + len(phrase))
    offset = doc.text.find(phrase)
    return doc.span(offset, offset + len(phrase)) if offset >= 0 else None


def _ratio(f: Found) -> tuple[str | None, str | None, str | None]:
    """(population, numerator, denominator) for one found indicator."""
    if f.style in ("goal", "passing"):
        population = fields.goal_population(f.title) if f.style == "goal" else fields.passing_population(f.title)
        return population, None, None
    if f.style == "benchmark":
        population = fields.population_of(f.title, None) or fields.population_of("", f.definition)
        return population, f.numerator, f.denominator
    population, numerator, denominator = fields.share_parts(f.definition or "")
    population = population or fields.population_of(f.title, f.definition)
    if numerator is None:
        numerator = fields.count_share_numerator(f.title) or fields.count_share_numerator(f.definition or "")
    if numerator is None and denominator is None:
        numerator, denominator = fields.formula_parts(f.context)
    return population, numerator, denominator


def _measure(f: Found) -> str:
    if f.style == "goal":
        return "other"  # a goal names an aim, not a computation
    return fields.measure_of(f.definition or f.title, None)


def _record(doc: Document, f: Found, context: policy_document.IndicatorContext) -> IndicatorDefinition:
    population, numerator, denominator = _ratio(f)
    anchors = ((f.definition_start, f.definition), (f.title_start, f.title),
               (f.definition_start, f.context))
    title_span = doc.span(f.title_start, f.title_start + len(f.title))
    definition_span = (doc.span(f.definition_start, f.definition_start + len(f.definition))
                       if f.definition else None)
    provenance: dict[str, Span] = {"title": title_span, "kind": title_span}
    if definition_span:
        provenance.update(definition=definition_span, measure=definition_span)
    for name, value in (("population", population), ("numerator", numerator), ("denominator", denominator)):
        span = _span_of(doc, value, *anchors)
        if span:
            provenance[name] = span
    provenance.update(context.provenance)
    end = max(f.title_start + len(f.title), f.definition_start + len(f.definition or ""))
    return IndicatorDefinition(
        document_id=doc.id, span=doc.span(f.title_start, end), provenance=provenance,
        kind=f.kind, number=f.number, title=_ws(f.title), definition=_ws(f.definition),  # type: ignore[arg-type]
        measure=_measure(f), population=_ws(population), numerator=_ws(numerator),  # type: ignore[arg-type]
        denominator=_ws(denominator), period_unit=fields.period_unit_of(f.title, f.definition),  # type: ignore[arg-type]
        source=f.source, reform=context.reform, period=context.period, issuer=context.issuer)


def _ws(value: str | None) -> str | None:
    return collapse_ws(value) if value else None


def _inherit_population(records: list[IndicatorDefinition], found: list[Found]) -> list[IndicatorDefinition]:
    """A benchmark of a difference is about the population of its first component."""
    out = list(records)
    for i, (record, f) in enumerate(zip(records, found)):
        if f.style == "benchmark" and record.population is None:
            donor = next((r for r, g in zip(records[i + 1:], found[i + 1:])
                          if g.style == "component" and r.population), None)
            if donor:
                out[i] = record.model_copy(update={"population": donor.population})
    return out
