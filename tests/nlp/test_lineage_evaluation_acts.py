"""Evaluations told by a support verb and the lexicon's noun (nlp/lineage/nominalisations.py): one begun ("har
påbegyndt en evaluering af", as "igangsat") has taken place; one still to come, "vil/skal ... gennemføre en evaluering
af" or "gennemføres i 2024", is planned, and its content clause ("af, om ordningen ...") names what is evaluated
(nlp/lineage/evaluations.py). Sentences in the style of ministry notes, årsrapporter and forligskreds notes."""
from __future__ import annotations

import pytest

from extract.document import Document
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.subject, e.year) for e in lineage_events(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Styrelsen har i 2023 påbegyndt en evaluering af mediestøttesystemet.",
     [("evaluated", "mediestøttesystemet", 2023)]),
    ("Den aftalte evaluering af ordningen gennemføres i 2024.", [("planned", "ordningen", 2024)]),
    ("Beskæftigelsesministeriet vil i 2026 gennemføre en evaluering af, om ordningen rammer den tiltænkte målgruppe.",
     [("planned", "ordningen", 2026)]),
    ("Ministeriet skal senest i 2025 gennemføre en evaluering af, hvordan ændringen har påvirket ventetiderne.",
     [("planned", "ændringen", 2025)]),
    ("Forligskredsen mødes hvert år, og der gennemføres en midtvejsevaluering af forliget i 2028.",
     [("planned", "forliget", 2028)]),
])
def test_evaluation_acts(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    "Kommunen kan gennemføre en evaluering af indsatsen.",  # a possibility
    "Der er ikke gennemført en evaluering af ordningen.",  # negated
    "Regeringen vil ikke gennemføre en evaluering af ordningen i 2025.",
    "Styrelsen har påbegyndt arbejdet med en ny vejledning.",  # no lexicon noun
])
def test_no_evaluation(text: str) -> None:
    assert _events(text) == []
