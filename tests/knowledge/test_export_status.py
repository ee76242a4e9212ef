"""Indicator specs carry the life-cycle status the documents state (from the lineage
events in the store), and no formula the text does not state."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.export import _data_comp, indicator_specs
from knowledge.indicator_status import status_of as _status
from knowledge.store import Store


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, corpus: Path) -> Store:
    s = Store(tmp_path_factory.mktemp("status") / "store.db")
    s.ingest([corpus / "star" / "d11_jobindsats_gnsn_varighed_fjernet_2019.txt",
              corpus / "star" / "d01_jobindsats_aktiveringsgrad_passivandel.txt",
              corpus / "star" / "d04_bm_benchmark_2018.txt",
              corpus / "policy" / "p23_bl_beboerindikator_dage_indlagt.txt"])
    return s


def _spec(store: Store, title_start: str):
    return next(s for s in indicator_specs(store) if (s.title or "").startswith(title_start))


def test_discontinued_measure_is_replaced_with_its_successor_and_end_year(store: Store) -> None:
    spec = _spec(store, "Gnsn. varighed på ydelsen")
    assert (spec.status, spec.valid_to, spec.replaced_by) == (
        "replaced", "2019", "Antal og varighed af afsluttede forløb")
    assert spec.status_evidence and "afslutte" in spec.status_evidence


def test_new_measures_are_introduced_by_their_document(store: Store) -> None:
    spec = _spec(store, "passivandelen")
    assert (spec.status, spec.valid_from, spec.valid_to) == ("introduced", "2016", None)


def test_a_comparison_is_not_exported_as_a_division(store: Store) -> None:
    benchmark = next(s for s in indicator_specs(store) if s.definition and "sammenholdt" in s.definition)
    assert "/" not in (benchmark.data_comp or "")


def test_a_stated_division_is_exported_as_a_formula(store: Store) -> None:
    spec = _spec(store, "Antallet af dage indlagt")
    assert spec.data_comp == f"({spec.numerator}) / ({spec.denominator})"
    assert spec.status is None  # no document says anything about its life cycle


@pytest.mark.parametrize(("data", "formula"), [
    ({"measure": "other", "numerator": "faktiske", "denominator": "forventede",
      "definition": "X ser på de faktiske resultater og sammenholdt det med de forventede."}, False),
    ({"measure": "share", "numerator": "ledige i job", "denominator": "ledige",
      "definition": "Andelen af ledige, der er i job."}, True),
    ({"measure": "average", "numerator": "antal dage", "denominator": "antal personer",
      "definition": "antal dage divideret med antal personer"}, True),
    ({"measure": "average", "numerator": "a", "denominator": "b", "definition": "a og b"}, False),
])
def test_formula_only_where_the_text_divides(data: dict, formula: bool) -> None:
    assert ("/" in (_data_comp(data) or "")) == formula


def test_status_takes_the_latest_event_and_ignores_other_subjects() -> None:
    events = {"a": [{"subject": "Ledighedsmålingen", "event": "introduced", "year": 2015, "evidence": "x"},
                    {"subject": "Ledighedsmålingen", "event": "dropped", "year": 2020, "evidence": "y"}],
              "b": [{"subject": "Sygedagpengereformen", "event": "changed", "year": 2021, "evidence": "z"}]}
    assert _status("Ledighedsmålingen", "c", events) == {
        "status": "discontinued", "status_evidence": "a: y", "valid_from": "2015", "valid_to": "2020"}
    assert _status("Andel i job", "c", events) == {}


def test_status_matches_the_measure_in_another_inflection() -> None:
    events = {"a": [{"subject": "LO s jobcenterindeks", "event": "introduced", "year": 2012, "evidence": "x"}]}
    assert _status("Jobcenterindekset", "b", events)["status"] == "introduced"
    assert _status("Jobcentrene", "b", events) == {}
