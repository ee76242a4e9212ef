"""The dev-set bar: extract every ft_qa letter and score it against the hand-labelled gold.

The scorer is the project's own (tests/fixtures/score.py, a copy of shared/tools/score.py),
run on predictions written exactly as `sporbar extract FILES --json --out DIR` writes them.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

OVERALL_BAR = 0.98
FIELD_BAR = 0.90


@pytest.fixture(scope="module")
def scored(score_dev_set: Callable[..., dict[str, Any]]) -> dict:
    return score_dev_set("ft_qa", expected=20)


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
