"""The flat record view of SCHEMA.md: one JSON object per document.

This is a projection of the richer records (which keep provenance); it is what
`sporbar extract FILE --json` prints, what the gold files hold and what the scorer
compares. Its JSON Schema is generated from `FlatRecord`.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from .records import (
    Answer,
    AnyRecord,
    DocType,
    EventKind,
    DocumentInfo,
    FolketingFields,
    IndicatorDefinition,
    KommuneRow,
    LineageEvent,
    Question,
)


class _Open(BaseModel):
    model_config = ConfigDict(frozen=True)


class FlatUdvalg(_Open):
    name: str | None = None
    abbrev: str | None = None


class FlatCase(_Open):
    kind: str | None = None
    number: str | None = None


class FlatPerson(_Open):
    name: str
    party: str | None = None


class FlatNamedPerson(_Open):
    """A person with the role the text gives them (STAR corpus convention: {name, role})."""

    name: str
    role: str


class FlatIndicator(_Open):
    kind: str
    number: int | None = None
    title: str | None = None
    definition: str | None = None
    measure: str | None = None
    population: str | None = None
    numerator: str | None = None
    denominator: str | None = None
    period_unit: str | None = None
    source: str | None = None


class FlatKommune(_Open):
    name: str
    code: str
    as_written: str
    attributes: dict[str, bool] = Field(default_factory=dict)


class FlatEvent(_Open):
    subject: str
    event: EventKind
    year: int | None = None
    date: str | None = None
    actor: str | None = None
    replaced_by: str | None = None
    evidence: str


class FlatRecord(_Open):
    """One document in the flat record view (SCHEMA.md)."""

    source: str | None = Field(default=None, description="file path as read")
    document_id: str | None = None
    doc_type: DocType = "other"
    udvalg: FlatUdvalg | None = None
    samling: str | None = None
    case: FlatCase | None = None
    question_number: int | str | None = None
    question_sent_date: str | None = None
    answer_date: str | None = None
    deadline: str | None = None
    asked_by: list[FlatPerson] = Field(default_factory=list)
    addressee: str | None = None
    ministry: str | None = None
    journal_number: str | None = None
    question_text: str | None = None
    answer_text: str | None = None
    signed_by: str | None = None
    signer_role: str | None = None
    title: str | None = None
    issuer: str | None = None
    date: str | None = None
    reform: str | None = None
    period: str | None = None
    indicators: list[FlatIndicator] = Field(default_factory=list)
    kommuner: list[FlatKommune] = Field(default_factory=list)
    lineage_events: list[FlatEvent] = Field(default_factory=list)
    persons: list[str | FlatNamedPerson] = Field(default_factory=list)
    parties: list[str] = Field(default_factory=list)
    organisations: list[str] = Field(default_factory=list)
    ftdk_document_id: str | None = None
    ftdk_url_key: str | None = None


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _unique(items: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def person_name(person: str | FlatNamedPerson | dict[str, Any]) -> str:
    """The name of a flat view's person, given as a name or as {name, role}."""
    if isinstance(person, str):
        return person
    if isinstance(person, dict):
        return str(person.get("name") or "")
    return person.name


def _unique_persons(items: Sequence[str | FlatNamedPerson]) -> list[str | FlatNamedPerson]:
    """Each person once; the entry that carries a role wins over the bare name."""
    out: dict[str, str | FlatNamedPerson] = {}
    for item in items:
        name = person_name(item)
        if name and (name not in out or isinstance(out[name], str)):
            out[name] = item
    return list(out.values())


def _folketing(rec: FolketingFields) -> dict[str, Any]:
    out: dict[str, Any] = {
        "udvalg": FlatUdvalg(name=rec.udvalg_name, abbrev=rec.udvalg_abbrev)
        if rec.udvalg_name or rec.udvalg_abbrev else None,
        "samling": rec.samling,
        "case": FlatCase(kind=rec.case_kind, number=rec.case_number) if rec.case_kind else None,
        "question_number": rec.question_number,
        "question_sent_date": _iso(rec.question_sent_date),
        "asked_by": [FlatPerson(name=p.name, party=p.party) for p in rec.asked_by],
        "addressee": rec.addressee,
        "question_text": rec.question_text,
        "signed_by": rec.signed_by,
        "signer_role": rec.signer_role,
        "persons": list(rec.persons),
        "parties": list(rec.parties),
        "ftdk_document_id": rec.ftdk_document_id,
        "ftdk_url_key": rec.ftdk_url_key,
    }
    if isinstance(rec, Question):
        out.update(doc_type="question", deadline=_iso(rec.deadline))
    if isinstance(rec, Answer):
        out.update(doc_type="answer", answer_date=_iso(rec.answer_date), ministry=rec.ministry,
                   journal_number=rec.journal_number, answer_text=rec.answer_text)
    return out


def project(records: Sequence[AnyRecord], *, source: str | None = None,
            document_id: str | None = None, doc_type: DocType | None = None) -> FlatRecord:
    """Project one document's records to its flat record view.

    A multi-question letter yields several Answer records; the flat view shows the
    first (the header question), as the gold convention says.
    """
    fields: dict[str, Any] = {"source": source, "document_id": document_id}
    folketing = [r for r in records if isinstance(r, (Question, Answer))]
    if folketing:
        fields.update(_folketing(folketing[0]))
    for info in (r for r in records if isinstance(r, DocumentInfo)):
        fields.update(title=info.title, issuer=info.issuer, date=_iso(info.date),
                      reform=info.reform, period=info.period, organisations=list(info.organisations))
        roled = [FlatNamedPerson(name=n, role=info.person_roles[n]) if n in info.person_roles else n
                 for n in info.persons]
        fields["persons"] = _unique_persons([*fields.get("persons", []), *roled])
        fields["parties"] = _unique([*fields.get("parties", []), *info.parties])
        # The kind parser's own verdict wins: an ft.dk stub page names a question (so the
        # Folketing fields are filled) but is itself neither question nor answer.
        fields["doc_type"] = info.doc_type
    fields["indicators"] = [
        FlatIndicator(kind=r.kind, number=r.number, title=r.title, definition=r.definition,
                      measure=r.measure, population=r.population, numerator=r.numerator,
                      denominator=r.denominator, period_unit=r.period_unit, source=r.source)
        for r in records if isinstance(r, IndicatorDefinition)]
    fields["kommuner"] = [FlatKommune(name=r.name, code=r.code, as_written=r.as_written,
                                      attributes=dict(r.attributes))
                          for r in records if isinstance(r, KommuneRow)]
    fields["lineage_events"] = [
        FlatEvent(subject=r.subject, event=r.event, year=r.year, date=_iso(r.date), actor=r.actor,
                  replaced_by=r.replaced_by, evidence=r.evidence)
        for r in records if isinstance(r, LineageEvent)]
    if doc_type is not None and not folketing:
        fields["doc_type"] = doc_type
    return FlatRecord(**fields)


def flat_json_schema() -> dict[str, Any]:
    return FlatRecord.model_json_schema()
