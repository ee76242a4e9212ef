"""Shared test paths. Tests read only the repo's own corpus/ and tests/fixtures/."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
FIXTURES = ROOT / "tests" / "fixtures"
GOLD = FIXTURES / "gold"


@pytest.fixture(scope="session")
def corpus() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def gold() -> Path:
    return GOLD
