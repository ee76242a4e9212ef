"""Municipal referater: a recommendation's points and the decision on them (nlp/lineage/referat.py).
The two layouts of corpus/pdf/ballerup_referat_sundhedsudvalg_2012-12-04 (decision line after
the points) and corpus/pdf/aarhus_byraad_referat_2025-08-27 (adoption told above the case), with
cases written for the test."""
from __future__ import annotations

from extract.document import Document, Page, Segment
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple]:
    doc = Document("x", "x.txt", "text", (Page(1, text),), text, (Segment(0, 0, len(text), len(text), True),))
    return [(e.event, e.year, e.subject, e.actor, e.decision) for e in lineage_events(doc)]


DECIDED = """Indstilling
Center for Sundhed indstiller, at

A) Kvalitetsstandarden for hjemmesygepleje 2014 godkendes.

B) Ordningen med madudbringning videreføres i 2014.

Social- og Sundhedsudvalgets beslutning den 03.12.2013 Punkt 4
Indstillingen godkendt
"""


def test_points_decided_by_the_committee() -> None:
    assert _events(DECIDED) == [
        ("introduced", 2013, "Kvalitetsstandarden for hjemmesygepleje 2014", "Social- og Sundhedsudvalget", True),
        ("confirmed", 2013, "Ordningen med madudbringning", "Social- og Sundhedsudvalget", True),
    ]


def test_points_without_a_decision_are_proposals() -> None:
    text = DECIDED.split("Social- og")[0]
    assert [(e[0], e[4]) for e in _events(text)] == [("planned", False), ("planned", False)]


def test_rejected_points_are_no_events() -> None:
    assert _events(DECIDED.replace("Indstillingen godkendt", "Indstillingen ikke godkendt")) == []


def test_adoption_told_above_the_case() -> None:
    text = ("Beslutninger\n\nTilbagesendes Magistratsafdelingen for Sociale Forhold med bemærkning, at byrådet i sit "
            "møde den 10. september 2025 har vedtaget Magistratens foranstående indstilling af 2. september 2025.\n"
            "Forslag om nedlæggelse af aflastningstilbuddet på Skovvej.\n"
            "Beslutningspunkter\n\nDet indstilles:\n"
            "At 1) aflastningstilbuddet på Skovvej nedlægges pr. 1. januar 2026\n"
            "At 2) byrådet godkender, at pladserne flyttes til Engvej.\n")
    # the adoption line is the decision on the points, not one more event
    assert _events(text) == [("dropped", 2025, "aflastningstilbuddet på Skovvej", "byrådet", True)]


# A report taken to note (f07: "A) Evalueringen af rygestopkurser tages til efterretning." under "Taget til
# efterretning"; s06: "At 2) Byrådet tager 2024-afraportering af klimaindsatsen til efterretning"): the report has
# been made, an `evaluated` event of the meeting's year; the committee only notes it, so it is not the actor.
NOTED = """Indstilling
Center for Ældre indstiller, at

A) Evalueringen af den rehabiliterende hjemmepleje tages til efterretning.

Ældreudvalgets beslutning den 05.03.2015 Punkt 3
Taget til efterretning
"""


def test_an_evaluation_taken_to_note_is_evaluated_in_the_meeting_year() -> None:
    assert _events(NOTED) == [("evaluated", 2015, "rehabiliterende hjemmepleje", None, True)]


def test_a_rejected_point_is_still_no_event() -> None:
    assert _events(NOTED.replace("Taget til efterretning", "Ikke godkendt")) == []
