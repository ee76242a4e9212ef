"""A document fact's value and what it rests on: the kinds of evidence for a date and a title,
strongest first (their order is explained in extract/document_facts.py)."""
from __future__ import annotations

from dataclasses import dataclass


DATE_EVIDENCE: tuple[str, ...] = ("brevdato", "overskrift", "mødedato", "mødebeslutning", "vedtaget", "dato", "udgivet",
                                   "sidehoved", "url")
TITLE_EVIDENCE: tuple[str, ...] = ("ft.dk-felter", "emne", "notat", "overskrift", "fil")


@dataclass(frozen=True)
class Evidence:
    """A value and what it rests on: one of DATE_EVIDENCE / TITLE_EVIDENCE, and where in the text."""

    value: str
    evidence: str
    start: int | None = None
    end: int | None = None  # where the printed value ends in the text
