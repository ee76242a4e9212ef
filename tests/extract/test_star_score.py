"""The issue's targets, measured with the project's scorer on the gold copies:
indicators F1 >= 0.90 and kommuner F1 >= 0.98 on the STAR dev set and on the seeds,
no indicator or kommune false positives on the Folketing letters, and on the policy texts
beyond STAR (work half) indicators >= 0.90, kommuner >= 0.95, document fields >= 0.70."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from extract.flat import person_name
from tests.dev_records import dev_extraction


def _scorer(fixtures: Path):
    spec = importlib.util.spec_from_file_location("gold_score", fixtures / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _f1(corpus: Path, gold: Path, folder: str, only: str) -> float:
    fixtures = gold.parent
    score = _scorer(fixtures)
    tally = score.Tally()
    for gpath in sorted((gold / folder).glob("*.gold.json")):
        stem = gpath.name[: -len(".gold.json")]
        pred = json.loads(dev_extraction(corpus / folder / f"{stem}.txt").flat.model_dump_json())
        score.score_doc(tally, json.loads(gpath.read_text(encoding="utf-8")), pred, only)
    totals = [sum(c[i] for c in tally.counts.values()) for i in range(3)]
    return score.f1(*totals)


@pytest.mark.parametrize(("folder", "only", "minimum"), [
    ("star", "indicators", 0.90),
    ("seeds", "indicators", 0.90),
    ("star", "kommuner", 0.98),
    ("seeds", "kommuner", 0.98),
    ("ft_qa", "indicators", 0.98),
    ("ft_qa", "kommuner", 0.98),
    # policy texts beyond STAR (work half of the policy dev set): issue 14's bars
    ("policy", "indicators", 0.90),
    ("policy", "kommuner", 0.95),
    ("policy", "doc", 0.70),
])
def test_scorer_targets(corpus: Path, gold: Path, folder: str, only: str, minimum: float) -> None:
    assert _f1(corpus, gold, folder, only) >= minimum


def test_document_fields_of_policy_documents(corpus: Path, gold: Path) -> None:
    # doc_type, issuer, date, reform, period of the STAR set come from policy_document
    assert _f1(corpus, gold, "star", "doc") >= 0.85


@pytest.mark.parametrize("stem", [
    "d01_jobindsats_aktiveringsgrad_passivandel", "d03_star_ber_maal_2018", "d04_bm_benchmark_2018",
    "d05_bm_maskinen_forventet_ydelsesomfang", "d06_kl_bedre_benchmarking_2018",
    "d08_star_om_kontanthjaelpsreformen", "d09_jobindsats_resultatmaaling_benchmark_2021",
    "d12_ft_lovovervaagning_fleksydelse",
])
def test_policy_document_fields_per_document(corpus: Path, gold: Path, stem: str) -> None:
    flat = dev_extraction(corpus / "star" / f"{stem}.txt").flat
    expected = json.loads((gold / "star" / f"{stem}.gold.json").read_text(encoding="utf-8"))
    for name in ("doc_type", "issuer", "date", "period"):
        assert getattr(flat, name) == expected[name], name


def test_seed_letter_and_spec_document_fields(corpus: Path) -> None:
    letter = dev_extraction(corpus / "seeds" / "004_66c79f67e679d369.txt").flat
    assert (letter.doc_type, letter.date, letter.issuer) == (
        "letter", "2017-09-12", "Styrelsen for Arbejdsmarked og Rekruttering")
    assert {person_name(p) for p in letter.persons} >= {"Pia Damgaard", "Morten Binder"}
    spec = dev_extraction(corpus / "seeds" / "001_3dd5ad225882c538.txt").flat
    assert (spec.doc_type, spec.period, spec.reform) == (
        "indicator_spec", "2017-2018", "Førtidspensions- og fleksjobreformen")
