"""A counted plural whose members a bullet list names further on ("iværksættes to omfattende
forsøgsordninger ... • Frit valg af aktør — Dette forsøg ...", p28; cf. p18's "de seneste tre
evalueringer ... Det drejer sig om:" and p16's "nemlig"): one event per member when the count
equals the list's length. Texts written for this test about other schemes."""
from __future__ import annotations

from extract.document import Document
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
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


def test_a_lead_retold_in_the_body_is_one_event_per_member() -> None:
    # p16's layout: the lead names the members, the body tells them again in other words, same years
    text = ("I 2017 og 2018 vedtog Folketinget to nye ydelser, nemlig uddannelsesløftet (2017) og retten til "
            "voksenlærling, også kaldet lærlingeløftet (2018). I denne analyse ser vi på tilgangen.\n\n"
            "I 2017 og 2018 vedtog Folketinget to ydelser, nemlig uddannelsesløft (2017) og voksenlærling, "
            "også kaldet lærlingeløft (2018).")
    assert [(e, s) for e, s in _events(text)] == [
        ("introduced", "uddannelsesløftet"), ("introduced", "retten til voksenlærling (lærlingeløftet)")]
