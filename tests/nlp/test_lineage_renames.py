"""Renames as data (nlp/data/rename_phrases.csv): every phrase reads its own example (and no earlier phrase takes it),
each source holds a sentence the phrase reads, and sentences in, exact events out; names that are no rename give
nothing of their own."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from danish._data import table_rows
from extract.document import Document
from nlp.lineage import lineage_events
from nlp.lineage.renames import phrases, rename_in

ROOT = Path(__file__).resolve().parents[2]

# Realistic sentences of the genres that tell renames (a styrelse's history page, an annual report, a ministry's
# news item); the rows of the table cite this file for them.
SAMPLES = [
    "Integrationsydelsen ændrede navn til selvforsørgelses- og hjemrejseydelse",
    "Arbejdsformidlingen skiftede navn til jobcentrene, da kommunerne overtog opgaven.",
    "I 2021 fik ordningen navnet den grønne boligjobordning.",
    "Fra 1. juli fik tilskuddet navnet fritidspas.",
    "Puljen fik i 2018 navnet Fonden for blandede byer.",
]


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.year, e.subject) for e in lineage_events(doc)]


def test_rename_phrases_are_attested() -> None:
    rows = table_rows("nlp", "data", "rename_phrases.csv")
    assert len(rows) == len(phrases()) == 5
    for n, (row, phrase) in enumerate(zip(rows, phrases())):
        found = phrase.pattern.search(row["example"])
        assert found and found.group("old") and found.group("new"), row["example"]
        # the phrase itself reads its example: no phrase before it in the table takes the same place
        assert not any((m := p.pattern.search(row["example"])) and m.start() <= found.start()
                       for p in phrases()[:n]), row["example"]
        # at least two attestations: corpus documents that hold the phrase, realistic sentences of the tests that it
        # reads (each sentence one), the issue's own words
        seen = 0
        for source in row["attested_by"].split(";"):
            if source == "issue15":
                seen += 1  # the words: "renames ... ændrede navn til"
            elif source == "sample:tests/nlp/test_lineage_renames.py":
                seen += sum(1 for s in SAMPLES if phrase.pattern.search(s))
            elif source.startswith("sample:"):
                # the sentences of the cited test file are its string literals
                text = (ROOT / source.removeprefix("sample:")).read_text(encoding="utf-8")
                seen += sum(1 for s in re.findall(r'"([^"\n]+)"', text) if phrase.pattern.search(s))
            else:
                text = " ".join(next((ROOT / "corpus").glob(f"*/{source}.txt")).read_text(encoding="utf-8").split())
                assert phrase.pattern.search(text), (source, row["pattern"])
                seen += 1
        assert seen >= 2, row


@pytest.mark.parametrize(("sentence", "old", "new"), [
    ("Selvforsørgelses- og hjemrejseydelse eller overgangsydelse (tidligere integrationsydelse)",
     "integrationsydelse", "Selvforsørgelses- og hjemrejseydelse eller overgangsydelse"),
    (SAMPLES[0], "Integrationsydelsen", "selvforsørgelses- og hjemrejseydelse"),
    (SAMPLES[2], "ordningen", "den grønne boligjobordning"),
    (SAMPLES[4], "Puljen", "Fonden for blandede byer"),
])
def test_rename_read(sentence: str, old: str, new: str) -> None:
    renamed = rename_in(sentence)
    assert renamed is not None and (renamed.old.strip(" ,"), renamed.new.strip(" .,")) == (old, new)


@pytest.mark.parametrize(("text", "expected"), [
    ("I 2021 fik ordningen navnet den grønne boligjobordning.",
     [("changed", 2021, "ordningen (nu grønne boligjobordning)")]),
    ("Puljen fik i 2018 navnet Fonden for blandede byer.", [("changed", 2018, "Puljen (nu Fonden for blandede byer)")]),
])
def test_rename_events(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("sentence", [
    "Foreningens navn er Roklubben Bølgen.",  # a name stated, not changed
    "Borgeren skal oplyse sit navn til kommunen.",
    "Ordningen blev forlænget (som tidligere aftalt) til 2026.",  # "tidligere" in a parenthesis is no old name
])
def test_no_rename(sentence: str) -> None:
    assert rename_in(sentence) is None
