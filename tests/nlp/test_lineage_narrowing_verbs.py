"""Verbs of narrowing, cutting and lowering: "indskrænke", "beskære" and "nedsat til <værdi>", each a change; and
the other senses of "nedsat", which give nothing."""
from __future__ import annotations

import pytest

from extract.document import Document
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.year, e.subject) for e in lineage_events(doc)]


_HEAD = "Nyhed\nMinisteriet, 1. september 2023\n\n"


@pytest.mark.parametrize(("text", "expected"), [
    ("Retten til ekstra klip blev indført i 1996 og blev indskrænket med fremdriftsreformen i 2013.",
     [("introduced", 1996, "Retten til ekstra klip"), ("changed", 2013, "Retten til ekstra klip")]),
    ("Med medieaftalen blev DR's budget i 2018 beskåret med 20 pct.",
     [("changed", 2018, "DR's budget")]),
    ("Ventetidsgrænsen blev i 2007 nedsat til én måned.",
     [("changed", 2007, "Ventetidsgrænsen til én måned")]),
])
def test_a_change(text: str, expected: list[tuple]) -> None:
    assert _events(_HEAD + text + "\n") == expected


@pytest.mark.parametrize("text", [
    "Flere sygemeldte kan arbejde på nedsat tid, mens de modtager sygedagpenge.",  # part-time work
    "Borgere med nedsat arbejdsevne kan få tilbudt et fleksjob.",  # an adjective: no value lowered
])
def test_no_event(text: str) -> None:
    assert _events(_HEAD + text + "\n") == []
