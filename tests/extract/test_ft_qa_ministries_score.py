"""The bar of the ft_qa_ministries dev set: letters from more ministries than employment
policy, scored with the project's scorer (tests/fixtures/score.py).

All 27 letters (tests/fixtures/gold/ft_qa_ministries/README.md): the work half, and since
session 3 the held-out half too, which was spent once its first figure was written down. The
bar is set below the measured figure so that an honest regression fails the test, not a
rounding change.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

# Work half: 0.9735 before the layout work (BASELINE.md), 1.000 after. All 27: 0.940 at
# session 3's start, 0.997 after its layout work; regressions fail here.
OVERALL_BAR = 0.98
# Few values per field here (persons has 3), so one miss costs 0.2: the field bar is looser.
FIELD_BAR = 0.75


@pytest.fixture(scope="module")
def scored(score_dev_set: Callable[..., dict[str, Any]]) -> dict:
    return score_dev_set("ft_qa_ministries", expected=27)


def test_overall_micro_f1_meets_the_bar(scored: dict) -> None:
    assert scored["overall"] >= OVERALL_BAR, scored


def test_no_field_below_the_bar(scored: dict) -> None:
    low = {f: round(v, 3) for f, v in scored["fields"].items() if v < FIELD_BAR}
    assert not low, f"fields below {FIELD_BAR}: {low}"
