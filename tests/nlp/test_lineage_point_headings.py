"""An agenda point's number on its heading line ("Punkt 1. Godkendelse af dagsorden"): the number's stop ends no
sentence, so the title is still a heading of its own and no part of the sentence below it (probes21 m01 Kolding,
probes18 d02 Kolding, probes19 m02 Odense print their referater so). Texts written for the test."""
from __future__ import annotations

from extract.document import Document
from nlp.lineage import lineage_events
from nlp.lineage.headings import heading_split


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.subject, e.actor, e.evidence) for e in lineage_events(doc)]


def _pieces(text: str, start: int) -> list[str]:
    return [text[a:b] for a, b in heading_split(text, [(start, len(text))])]


def test_point_title_is_cut_from_the_sentence_below() -> None:
    text = "Punkt 1. Godkendelse af dagsorden\nDagsordenen blev godkendt."
    assert _pieces(text, text.index("Godkendelse")) == ["Godkendelse af dagsorden", "Dagsordenen blev godkendt."]


def test_a_sentence_before_on_the_line_still_stops_the_heading() -> None:
    # a full stop of a sentence, not a point number, stands before: no heading opens mid-line
    text = "Mødet sluttede kl. 17. Godkendelse af dagsorden\nDagsordenen blev godkendt."
    assert _pieces(text, text.index("Godkendelse")) == ["Godkendelse af dagsorden\nDagsordenen blev godkendt."]


def test_approved_agenda_gives_nothing() -> None:
    text = ("Teknisk Udvalg – beslutningsprotokol\n\nPunkt 1. Godkendelse af dagsorden\nDagsordenen blev godkendt.\n\n"
            "Punkt 2. Genbrugspladsen i Vester Aaby\n"
            "Forvaltningen indstiller, at genbrugspladsen i Vester Aaby lukkes med udgangen af 2025.\n")
    events = _events(text)
    assert all("dagsorden" not in e[3].lower() for e in events)
    assert [e[3] for e in events] == [
        "Forvaltningen indstiller, at genbrugspladsen i Vester Aaby lukkes med udgangen af 2025."]
