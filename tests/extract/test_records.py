"""Record types: immutable, typed, cited; the flat view is a projection with a schema."""
from __future__ import annotations

import datetime as dt

import jsonschema
import pydantic
import pytest

from extract.document import Span
from extract.flat import flat_json_schema, project
from extract.records import Answer, IndicatorDefinition, KommuneRow, LineageEvent, Person


def _answer() -> Answer:
    span = Span("23fd4f02eccb9f93", 1, 10, 20)
    return Answer(document_id="23fd4f02eccb9f93", span=span, udvalg_name="Beskæftigelsesudvalget",
                  udvalg_abbrev="BEU", samling="2016-17", case_kind="alm. del", question_number=558,
                  answer_date=dt.date(2017, 9, 28), asked_by=(Person(name="Finn Sørensen", party="EL"),),
                  journal_number="2017 - 6136", provenance={"journal_number": span})


def test_records_are_immutable() -> None:
    answer = _answer()
    with pytest.raises(pydantic.ValidationError):
        answer.question_number = 559  # type: ignore[misc]


def test_records_are_typed() -> None:
    with pytest.raises(pydantic.ValidationError):
        IndicatorDefinition(document_id="x", kind="not a kind")  # type: ignore[arg-type]
    with pytest.raises(pydantic.ValidationError):
        LineageEvent(document_id="x", subject="måltal", event="abolished", evidence="...")  # type: ignore[arg-type]


def test_projection_follows_schema_md() -> None:
    records = [
        _answer(),
        IndicatorDefinition(document_id="d", kind="implementeringsindikator", number=1, title="T",
                            measure="share"),
        KommuneRow(document_id="d", name="Høje-Taastrup", code="0169", as_written="Høje Taastrup",
                   attributes={"Interview ifm. fleksjob": True}),
        LineageEvent(document_id="d", subject="måltal", event="dropped", year=2014, actor="forligskredsen",
                     evidence="Jeg kan oplyse, at forligskredsen i 2014 ..."),
    ]
    flat = project(records, source="seed.txt").model_dump()
    assert flat["doc_type"] == "answer"
    assert flat["udvalg"] == {"name": "Beskæftigelsesudvalget", "abbrev": "BEU"}
    assert flat["case"] == {"kind": "alm. del", "number": None}
    assert flat["answer_date"] == "2017-09-28"
    assert flat["asked_by"] == [{"name": "Finn Sørensen", "party": "EL"}]
    assert flat["indicators"][0]["kind"] == "implementeringsindikator"
    assert flat["kommuner"][0]["code"] == "0169"
    assert flat["lineage_events"][0]["year"] == 2014
    jsonschema.validate(project(records).model_dump(mode="json"), flat_json_schema())


def test_projection_of_nothing_is_other_with_nulls() -> None:
    flat = project([]).model_dump()
    assert flat["doc_type"] == "other" and flat["udvalg"] is None and flat["indicators"] == []
