"""Replacements told within one sentence: a main clause that ends a thing and a second one, after ", og i stedet",
that introduces its successor (probes19 n04, probes10 d12)."""
from __future__ import annotations

import pytest

from extract.document import Document
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.subject, e.year, e.replaced_by) for e in lineage_events(doc)]


@pytest.mark.parametrize("sentence, expected", [
    ("Samtidig lukkes den hidtidige skrotningspræmie for oliefyr, og i stedet indføres et fast tilskud til et "
     "energitjek.",
     [("replaced", "hidtidige skrotningspræmie for oliefyr", None, "fast tilskud til et energitjek"),
      ("introduced", "fast tilskud til et energitjek", None, None)]),
    ("Med aftalen nedlægges de fem regioner, og i stedet oprettes fire nye regioner.",
     [("replaced", "fem regioner", None, "fire nye regioner"),
      ("introduced", "fire nye regioner", None, None)]),
])
def test_an_end_and_its_successor_after_og_i_stedet(sentence: str, expected: list[tuple]) -> None:
    assert _events(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # "i stedet for" compares, and nothing is ended or introduced
    "Vi har set, at flere er begyndt at tage bilen i stedet for toget.",
])
def test_no_replacement(sentence: str) -> None:
    assert _events(sentence) == []


def test_an_end_without_a_successor_stays_dropped() -> None:
    # ", og i stedet" followed by no introduced thing: the end is only an end
    assert _events("Den fælles overheadprocent afskaffes, og i stedet skal driftsherren dokumentere sine "
                   "omkostninger.")[0][0] == "dropped"
