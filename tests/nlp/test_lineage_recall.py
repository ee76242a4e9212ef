"""Session 6 lineage rules for the municipal genres, on short Danish texts written for these tests (not
copies of the dev texts): a rename told as now ("(tidligere ...), som nu ...") dated by the document."""
from __future__ import annotations

import datetime as dt

from extract.document import Document
from extract.records import DocumentInfo
from nlp.lineage import lineage_events


def _events(text: str, date: dt.date | None = None) -> list[tuple]:
    doc = Document.from_text(text)
    info = DocumentInfo(document_id="x", doc_type="other", date=date)
    return [(e.event, e.year, e.subject) for e in lineage_events(doc, [info])]


def test_a_rename_told_as_now_takes_the_document_year() -> None:
    # s04: "(tidligere akutmidler til denne bygningskategori), som nu indgår i den samlede fordeling" -> 2012
    text = "Puljen til vedligehold af skoler (tidligere akutpuljen), som nu indgår i den samlede ramme."
    assert [(e[0], e[1]) for e in _events(text, dt.date(2014, 3, 1))] == [("changed", 2014)]
    # without "nu" the rename is undated
    text = "Puljen til vedligehold af skoler (tidligere akutpuljen) indgår i den samlede ramme."
    assert [(e[0], e[1]) for e in _events(text, dt.date(2014, 3, 1))] == [("changed", None)]
