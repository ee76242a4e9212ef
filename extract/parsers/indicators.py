"""Indicator definitions (sigtelinjer, implementeringsindikatorer, jobindsats.dk measures)."""
from __future__ import annotations

from ..document import Document
from ..records import IndicatorDefinition


def parse(doc: Document) -> list[IndicatorDefinition]:
    return []
