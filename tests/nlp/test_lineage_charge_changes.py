"""A charge's rise from one amount to another in a decision on takster or a quality standard: "Taksten for en
standardhusstand stiger fra 3.120 kr. til 3.345 kr. om året" (probes17 m09), "Prisen for en hovedret stiger fra 58 til
61 kr." (probes18 d06, probes17 m06), "Den faste grundtakst for en helårsbolig stiger fra 1.395 kr. til 1.520 kr."
(probes22 m09) is the charge `changed`. The rise of a statistic or a count is no event. Short Danish texts in, exact
events out, and texts that must give none."""
from __future__ import annotations

from extract.document import Document, Page, Segment
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple[str, str | None]]:
    doc = Document("x", "x.txt", "text", (Page(1, text),), text, (Segment(0, 0, len(text), len(text), True),))
    return [(e.event, e.subject) for e in lineage_events(doc)]


def _doc(body: str) -> str:
    return "Affaldstakster 2025\nSlagelse Kommune, 20. november 2024\n\n" + body + "\n"


def test_takst_rising_from_one_amount_to_another_is_changed() -> None:
    text = _doc("Den faste grundtakst for en helårsbolig stiger fra 1.395 kr. til 1.520 kr. inkl. moms.")
    assert _events(text) == [("changed", "faste grundtakst for en helårsbolig")]


def test_price_item_of_a_quality_standard() -> None:
    text = _doc("Ændringer i forhold til 2024\n- Prisen for en hovedret stiger fra 58 til 61 kr.")
    assert _events(text) == [("changed", "Prisen for en hovedret")]


def test_taksten_with_its_period() -> None:
    text = _doc("Taksten for en standardhusstand stiger fra 3.120 kr. til 3.345 kr. om året.")
    assert _events(text) == [("changed", "Taksten for en standardhusstand")]


def test_a_statistic_rising_is_no_event() -> None:
    assert _events(_doc("Ledigheden stiger fra 4,1 til 4,5 pct. i løbet af året.")) == []
    assert _events(_doc("Antallet af brugere stiger fra 120 til 140 om året.")) == []


def test_prices_rising_without_amounts_is_no_event() -> None:
    assert _events(_doc("Derfor er priserne nu stigende, og prisen stiger hvert år.")) == []
