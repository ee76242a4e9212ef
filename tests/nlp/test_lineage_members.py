"""A counted plural whose members a bullet list names further on ("iværksættes to omfattende
forsøgsordninger ... • Frit valg af aktør — Dette forsøg ...", p28; cf. p18's "de seneste tre
evalueringer ... Det drejer sig om:" and p16's "nemlig"): one event per member when the count
equals the list's length. Texts written for this test about other schemes."""
from __future__ import annotations

from extract.document import Document, Page, Segment
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple]:
    doc = Document("x", "x.txt", "text", (Page(1, text),), text, (Segment(0, 0, len(text), len(text), True),))
    return [(e.event, e.subject) for e in lineage_events(doc)]


LEAD = "Med aftalen om en styrket ungeindsats iværksættes tre nye forsøgsordninger i udvalgte kommuner.\n\nDe tre modeller\n\n"


def test_one_event_per_named_member() -> None:
    text = LEAD + ("  • Mentor til alle unge — Her får hver ung en fast mentor.\n"
                   "  • Uddannelse først — Forsøget tester et krav om uddannelse før aktivering.\n"
                   "  • Fælles sagsbehandler — En sagsbehandler følger den unge på tværs af forvaltninger.\n")
    assert _events(text) == [("introduced", "Mentor til alle unge"), ("introduced", "Uddannelse først"),
                             ("introduced", "Fælles sagsbehandler")]


def test_a_list_of_another_length_is_not_the_members() -> None:
    text = LEAD + ("  • Mentor til alle unge — Her får hver ung en fast mentor.\n"
                   "  • Uddannelse først — Forsøget tester et krav om uddannelse før aktivering.\n")
    assert _events(text) == [("introduced", "tre nye forsøgsordninger i udvalgte kommuner")]
