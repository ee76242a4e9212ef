"""The dev-set bar: extract every ft_qa letter and score it against the hand-labelled gold.

The scorer is the project's own (tests/fixtures/score.py, a copy of shared/tools/score.py),
run on predictions written exactly as `sporbar extract FILES --json --out DIR` writes them.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from knowledge.pipeline import extract_path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CORPUS = Path(__file__).resolve().parents[2] / "corpus"
OVERALL_BAR = 0.98
FIELD_BAR = 0.90


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("ft_score", FIXTURES / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory) -> dict:
    out = tmp_path_factory.mktemp("ft_qa_pred")
    texts = sorted((CORPUS / "ft_qa").glob("*.txt"))
    assert len(texts) == 20
    for path in texts:
        flat = extract_path(path).flat.model_dump(mode="json")
        (out / f"{path.stem}.json").write_text(json.dumps(flat, ensure_ascii=False), encoding="utf-8")
    score = _scorer()
    tally = score.Tally()
    for gold_path in sorted((FIXTURES / "gold" / "ft_qa").glob("*.gold.json")):
        stem = gold_path.name[: -len(".gold.json")]
        score.score_doc(tally, score.load(gold_path), score.load(out / f"{stem}.json"), "doc")
    fields = {f: score.f1(*c) for f, c in tally.counts.items()}
    totals = [sum(c[i] for c in tally.counts.values()) for i in range(3)]
    return {"overall": score.f1(*totals), "fields": fields}


def test_overall_micro_f1_meets_the_bar(scored: dict) -> None:
    assert scored["overall"] >= OVERALL_BAR, scored


def test_no_field_below_the_bar(scored: dict) -> None:
    low = {f: round(v, 3) for f, v in scored["fields"].items() if v < FIELD_BAR}
    assert not low, f"fields below {FIELD_BAR}: {low}"


def test_every_folketing_field_is_scored(scored: dict) -> None:
    # Guard against a bar met by scoring nothing: the Folketing fields must all be there.
    expected = {"udvalg.name", "udvalg.abbrev", "samling", "case.kind", "question_number", "question_sent_date",
                "answer_date", "deadline", "asked_by", "addressee", "ministry", "journal_number",
                "question_text", "answer_text", "signed_by", "signer_role", "persons", "parties"}
    assert expected <= set(scored["fields"])
