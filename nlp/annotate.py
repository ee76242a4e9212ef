"""The whole NLP pass over a document: entity mentions (gazetteer ruler), lemmas, persons.

`annotate(doc, records)` runs the process-wide spaCy pipeline over the document's
paragraphs (`nlp.pipe` is faster than one long doc) and returns plain data the graph can
use: each mention with its label, canonical id and span of `doc.text`.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from extract.document import Document, Span
from extract.records import Answer, AnyRecord, DocumentInfo, Question

from .linking import person_id
from .pipeline import get_pipeline


@dataclass(frozen=True, slots=True)
class Mention:
    label: str        # PARTY, MINISTRY, ORG, COMMITTEE, REFORM, BENEFIT, KOMMUNE, PERSON
    text: str
    entity_id: str    # "benefit_scheme:fleksjob", "person:finn-sorensen"
    span: Span


@dataclass(frozen=True, slots=True)
class Annotations:
    document_id: str
    mentions: tuple[Mention, ...]
    tokens: int

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
    return Annotations(doc.id, tuple(mentions), tokens)


def _persons(doc: Document, records: Sequence[AnyRecord]) -> list[Mention]:
    """Persons found in letter headers by the parsers (askers, signers)."""
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
            span = record.provenance.get(field) or record.span or doc.span(0, 0)
            out.append(Mention("PERSON", name, person_id(name), span))
    return out
