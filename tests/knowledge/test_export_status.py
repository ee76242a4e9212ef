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
              corpus / "policy" / "p23_bl_beboerindikator_dage_indlagt.txt",
              corpus / "star" / "d02_jobindsats_ministermaal_opkvalificering.txt",
              corpus / "seeds" / "000_d0d93f54edcaac31.txt",
              corpus / "pdf" / "syddjurs_kulturkommune_2017_notat.pdf",
              corpus / "pdf" / "ballerup_kvalitetsstandarder_rusmiddel_2013.pdf"])
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
    ({"measure": "share", "numerator": "ledige i job", "denominator": None,
      "definition": "Målingen opgør antal og andel ledige i job."}, False),
])
def test_formula_only_where_the_text_divides(data: dict, formula: bool) -> None:
    assert ("/" in (_data_comp(data) or "")) == formula


def test_a_change_target_is_no_share_and_states_no_formula(store: Store) -> None:
    # Syddjurs' kultur targets: "deltagelse ... stiger 20-25%", "omtale (15-20%)", "(20%
    # forbedring - skal dog måles kvalitativ)": growth targets, not shares of anyone; the
    # "(minimum N ...)" targets are counts (municipal README), none states a formula
    specs = [s for s in indicator_specs(store) if (s.provenance.source or "").endswith("syddjurs_kulturkommune_2017_notat.pdf")]
    assert len(specs) == 7
    assert [(s.unit_measure, s.data_comp) for s in specs] == [("other", None)] * 3 + [
        ("count", None), ("other", None), ("count", None), ("count", None)]


def test_a_share_without_both_parts_states_no_formula(store: Store) -> None:
    spec = _spec(store, "aktiveringsgrad")  # "fordelt på aktiveringsgrad (opgjort i pct.)": no parts
    assert (spec.unit_measure, spec.numerator, spec.denominator, spec.data_comp) == ("share", None, None, None)
    spec = _spec(store, "Antal og andel ydelsesmodtagere")  # what is counted, not what it is a share of
    assert spec.unit_measure == "share" and spec.numerator and spec.denominator is None
    assert spec.data_comp is None


def test_a_worked_formula_is_a_stated_division(store: Store) -> None:
    # "Gnsn. varighed på ydelsen i uger i et år: antal fuldtidspersoner i året / antal personer i året * 52 uger"
    spec = _spec(store, "Gnsn. varighed på ydelsen")
    assert spec.data_comp == "(antal fuldtidspersoner i året) / (antal personer i året)"
    # the parts' provenance points at the formula, not at a sentence as far from the definition
    data = next(d for _, _, d in store.records(types=["IndicatorDefinition"]) if d.get("title") == spec.title)
    text = store.document(data["document_id"])["text"]
    for part in ("numerator", "denominator"):
        span = data["provenance"][part]
        assert text[span["start"]:span["end"]] == data[part]
    assert _spec(store, "Gnsn. varighed i aktivering").data_comp is None  # an average of what, the text does not say


def test_a_count_states_what_it_counts_only_where_the_text_counts_it(store: Store) -> None:
    # "Kvartalsvis opgøres antal borgere, der har modtaget stofbehandling." (the whole sentence its title:
    # no label of its own, the star README's title convention)
    spec = _spec(store, "Kvartalsvis opgøres antal borgere, der har modtaget stofbehandling")
    assert spec.data_comp == "count of borgere, der har modtaget stofbehandling"
    # "tilgang til førtidspension": a count of entries, not of "førtidspension"
    spec = _spec(store, "tilgang til førtidspension")
    assert spec.unit_measure == "count" and spec.data_comp is None


def test_no_spec_states_a_computation_its_own_fields_do_not_give(store: Store) -> None:
    for spec in indicator_specs(store):
        assert spec.data_comp in (None, f"({spec.numerator}) / ({spec.denominator})",
                                  f"count of {spec.population}"), spec.id
        if spec.data_comp and "/" in spec.data_comp:
            assert spec.numerator and spec.denominator and spec.unit_measure != "other"
        if spec.data_comp and spec.data_comp.startswith("count of"):
            assert spec.population and spec.unit_measure == "count"


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
