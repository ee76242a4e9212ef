"""The whole NLP pass over a document: entity mentions (gazetteer ruler), lemmas, persons.

`annotate(doc, records)` runs the process-wide spaCy pipeline over the document's
paragraphs (`nlp.pipe` is faster than one long doc) and returns plain data the graph can
use: each mention with its label, canonical id and span of `doc.text`.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from danish.ids import person_id
from extract.document import Document, Span
from extract.records import Answer, AnyRecord, DocumentInfo, Question

from .pipeline import get_pipeline
from .timex import AMOUNT, PERIOD, amounts, periods, time_mentions


@dataclass(frozen=True, slots=True)
class Mention:
    label: str        # PARTY, MINISTRY, ORG, COMMITTEE, REFORM, BENEFIT, KOMMUNE, PERSON
    text: str
    entity_id: str    # "benefit_scheme:fleksjob", "person:finn-soerensen"
    span: Span


@dataclass(frozen=True, slots=True)
class TimeValue:
    """A normalised date, year or amount and where it stands."""

    kind: str          # "date", "year", "period", "amount"
    value: str         # "2017-09-28", "2014", "2017-2018", "1.5 mia."
    span: Span


@dataclass(frozen=True, slots=True)
class Annotations:
    document_id: str
    mentions: tuple[Mention, ...]
    tokens: int
    values: tuple[TimeValue, ...] = ()

    def ids(self, label: str | None = None) -> list[str]:
        return sorted({m.entity_id for m in self.mentions if label is None or m.label == label})


def paragraphs(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    for part in text.split("\n\n"):
        if part.strip():
            yield start, part
        start += len(part) + 2


def annotate(doc: Document, records: Sequence[AnyRecord] = ()) -> Annotations:
    nlp = get_pipeline()
    mentions: list[Mention] = []
    tokens = 0
    chunks = list(paragraphs(doc.text))
    for (offset, _), parsed in zip(chunks, nlp.pipe(text for _, text in chunks)):
        tokens += len(parsed)
        for ent in parsed.ents:
            start, end = offset + ent.start_char, offset + ent.end_char
            mentions.append(Mention(ent.label_, ent.text, ent.ent_id_, doc.span(start, end)))
    mentions.extend(_persons(doc, records))
    return Annotations(doc.id, tuple(mentions), tokens, tuple(_values(doc)))


def _values(doc: Document) -> list[TimeValue]:
    out = []
    for t in time_mentions(doc.text):
        kind, value = ("date", t.date.isoformat()) if t.date else ("year", str(t.year))
        out.append(TimeValue(kind, value, doc.span(t.start, t.end)))
    for m in PERIOD.finditer(doc.text):
        normalised = periods(m.group(0))
        if normalised:
            out.append(TimeValue("period", normalised[0], doc.span(m.start(), m.end())))
    for m in AMOUNT.finditer(doc.text):
        number, unit = amounts(m.group(0))[0]
        out.append(TimeValue("amount", f"{number:g} {unit}", doc.span(m.start(), m.end())))
    return out


def _persons(doc: Document, records: Sequence[AnyRecord]) -> list[Mention]:
    """Persons found in letter headers by the parsers (askers, signers), recognised
    wherever the document names them; the record's own span when the text never does."""
    out = []
    seen: set[str] = set()
    for name, span in _record_persons(doc, records):
        if name in seen:
            continue
        seen.add(name)
        hits = [m for m in re.finditer(rf"(?<![\wæøå]){re.escape(name)}(?![\wæøå])", doc.text)]
        for m in hits:
            out.append(Mention("PERSON", name, person_id(name), doc.span(m.start(), m.end())))
        if not hits:
            out.append(Mention("PERSON", name, person_id(name), span))
    return out


def _record_persons(doc: Document, records: Sequence[AnyRecord]) -> list[tuple[str, Span]]:
    out = []
    for record in records:
        names: list[tuple[str, str]] = []
        if isinstance(record, (Question, Answer)):
            names += [(p.name, "asked_by") for p in record.asked_by]
            if record.signed_by:
                names.append((record.signed_by, "signed_by"))
            names += [(n, "persons") for n in record.persons]
        elif isinstance(record, DocumentInfo):
            names += [(n, "persons") for n in record.persons]
        for name, field in names:
            out.append((" ".join(name.split()), record.provenance.get(field) or record.span or doc.span(0, 0)))
    return out
