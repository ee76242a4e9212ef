"""A quoted "vi" who decided is the side of the speaker named at the quote's end (p04: "- Derfor
har vi nedsat en kommission ..., siger Peter Hummelgaard."; p04 quotes "siger beskæftigelsesminister
Peter Hummelgaard (S)" too). Texts written for this test."""
from __future__ import annotations

from extract.document import Document
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.actor) for e in lineage_events(doc)]


def test_a_quoted_we_is_the_speakers_side() -> None:
    text = ("Nyhed, 3. marts 2021\n\n- Derfor har vi nedsat et udvalg, der skal se på hele refusionssystemet. "
            "Det er på tide, siger beskæftigelsesminister Mette Hansen (S).")
    assert _events(text) == [("introduced", "beskæftigelsesminister Mette Hansen")]


def test_a_speaker_in_another_paragraph_is_not_taken() -> None:
    text = ("Nyhed, 3. marts 2021\n\n- Derfor har vi nedsat et udvalg, der skal se på hele refusionssystemet.\n\n"
            "Formanden for KL er enig, siger Mette Hansen.")
    assert _events(text) == [("introduced", None)]
