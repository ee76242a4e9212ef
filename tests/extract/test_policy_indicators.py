"""Indicators, kommuner and document fields of real policy texts beyond STAR (the work half
of the policy dev set, copied into corpus/policy with gold in tests/fixtures/gold/policy):
a union's index memo, national school goals, a health indicator page, and texts that must
give no indicator (news, accounting rules, a circular, an evaluation notice)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.load import load
from extract.parsers.indicators import parse
from knowledge.pipeline import extract_path

FIELDS = ("kind", "number", "title", "definition", "measure", "population", "numerator", "denominator",
          "period_unit", "source")


def _gold(gold: Path, stem: str) -> dict:
    return json.loads((gold / "policy" / f"{stem}.gold.json").read_text(encoding="utf-8"))


def _got(corpus: Path, stem: str) -> list[dict]:
    return [{f: getattr(r, f) for f in FIELDS} for r in parse(load(corpus / "policy" / f"{stem}.txt"))]


def test_health_indicator_page_defined_by_a_division(corpus: Path, gold: Path) -> None:
    stem = "p23_bl_beboerindikator_dage_indlagt"
    (got,) = _got(corpus, stem)
    (want,) = _gold(gold, stem)["indicators"]
    for name in ("kind", "number", "title", "definition", "measure", "numerator", "denominator", "period_unit"):
        assert got[name] == want[name], name
    assert got["population"] == "personer i området"  # the denominator's population, as written there
    assert got["source"] == "Landspatientregistret koblet på BEF-registret"


def test_school_goals_linked_by_number_to_their_resultatmaal(corpus: Path, gold: Path) -> None:
    stem = "p10_uvm_nationale_maal_folkeskolen_v_a"
    assert _got(corpus, stem) == _gold(gold, stem)["indicators"]


def test_union_index_and_its_flattened_focus_areas(corpus: Path, gold: Path) -> None:
    stem = "p01_lo_jobcenterindeks_indikatorer_2013"
    got, want = _got(corpus, stem), _gold(gold, stem)["indicators"]
    assert [(g["number"], g["measure"], g["source"]) for g in got] == [
        (w["number"], w["measure"], w["source"]) for w in want]
    assert [g["title"] for g in got[1:]] == [w["title"] for w in want[1:]]
    assert got[0]["title"] == "Jobcenterindekset" and got[0]["definition"] == want[0]["definition"]
    assert got[5]["population"] == "indvandrere"


@pytest.mark.parametrize("stem", [
    "p04_kd_225_timers_reglen_suspension_2020", "p07_star_kontering_54661_integrationsydelse",
    "p14_star_skrivelse_indfoerelse_seniorpension_2020", "p18_bm_tre_evalueringer_sygedagpengereformen_2017",
    "p28_lovguiden_beskaeftigelsesreform_forsoeg_kommuner",
])
def test_texts_without_indicators(corpus: Path, stem: str) -> None:
    # rates (80/40/30/20 pct.), eligibility conditions, trial models and evaluations are no measures
    assert _got(corpus, stem) == []


@pytest.mark.parametrize(("stem", "expected"), [
    ("p01_lo_jobcenterindeks_indikatorer_2013", ("indicator_spec", "LO", None, None)),
    ("p07_star_kontering_54661_integrationsydelse",
     ("other", "Styrelsen for Arbejdsmarked og Rekruttering", None, None)),
    ("p10_uvm_nationale_maal_folkeskolen_v_a", ("indicator_spec", "Børne- og Undervisningsministeriet", None, None)),
    ("p14_star_skrivelse_indfoerelse_seniorpension_2020",
     ("letter", "Styrelsen for Arbejdsmarked og Rekruttering",
      "Indførelse af seniorpension (L 67, lov nr. 1559 af 27. december 2019)", None)),
    ("p18_bm_tre_evalueringer_sygedagpengereformen_2017",
     ("news", "Beskæftigelsesministeriet", "sygedagpengereformen", None)),
    # its text names no issuer; its address on bl.dk does (the site convention, issuer_sites.tsv)
    ("p23_bl_beboerindikator_dage_indlagt", ("indicator_spec", "BL – Danmarks Almene Boliger", None, "2010-2019")),
    # undated, but its lede announces a decision ("... er nu fastlagt": genre cue lede_announcement)
    ("p28_lovguiden_beskaeftigelsesreform_forsoeg_kommuner",
     ("news", "Lovguiden", "beskæftigelsesreformen (aftalen om en ny beskæftigelsesindsats)", None)),
])
def test_document_fields(corpus: Path, stem: str, expected: tuple) -> None:
    flat = extract_path(corpus / "policy" / f"{stem}.txt").flat
    assert (flat.doc_type, flat.issuer, flat.reform, flat.period) == expected


def test_inline_kommune_list_ending_in_og_and_named_examples(corpus: Path, gold: Path) -> None:
    stem = "p28_lovguiden_beskaeftigelsesreform_forsoeg_kommuner"
    flat = extract_path(corpus / "policy" / f"{stem}.txt").flat
    names = [k["name"] if isinstance(k, dict) else k.name for k in flat.kommuner]
    assert sorted(names) == sorted(k["name"] for k in _gold(gold, stem)["kommuner"])


def _doc(text: str):
    from extract.document import Document

    return Document.from_text(text)


@pytest.mark.parametrize(("text", "issuer"), [
    ("Holbæk Kommune\n\nSelvforsørgelsesydelse\n\nHolbæk Kommune udbetaler ydelsen efter reglerne.", "Holbæk Kommune"),
    ("Nyheder\n\nI Holbæk Kommune er der travlt.\n\nBorgmesteren er glad.", None),
    ("Lovguiden Logo\nEn artikel om reformen.", "Lovguiden"),
    ("KL's udspil om beskæftigelse\n\nKL foreslår nye mål.", "KL"),
    ("Notat\n\nSundhedsministeriet har fastsat målene. Sundhedsministeriet følger op.", "Sundhedsministeriet"),
    ("Nyhed\n\nEn evaluering foretaget af Finansministeriet viste ingen effekt.", None),
])
def test_issuer_from_the_page_itself(text: str, issuer: str | None) -> None:
    from extract.parsers.policy_issuer import issuer_of

    found = issuer_of(_doc(text))
    assert (found.value if found else None) == issuer


@pytest.mark.parametrize(("text", "period"), [
    ("Regeringen har sat ti sociale 2020-mål.", "2020"),
    ("Data\n\nPeriode: 2010-2019.", "2010-2019"),
    ("I 2020 blev målet nået.", None),
])
def test_period_of_goals_and_series(text: str, period: str | None) -> None:
    from extract.parsers.policy_period import period_of

    found = period_of(_doc(text), None)
    assert (found.value if found else None) == period
