"""A page's reading guide ("Her kan du læse om ...") tells what the page is about and states no event
(nlp/lineage/no_fact.py, nlp/data/lineage_words.csv role reading_guide_verb)."""
from __future__ import annotations

from extract.document import Document
from nlp.lineage import lineage_events
from nlp.lineage.no_fact import states_no_fact

SU_GUIDE = """Nye regler for SU

Her kan du læse om de regler, der ændrer sig for dig, der får SU eller SU-lån.

Reglen om slutlån blev ændret i 2022.
"""

PENSION_GUIDE = """Seniorpension

Her kan du læse om de ændrede regler for seniorpension fra 2024.
"""


def _events(text: str) -> list[tuple[str, str, int | None]]:
    return [(e.event, e.subject, e.year) for e in lineage_events(Document.from_text(text))]


def test_a_reading_guide_gives_no_event() -> None:
    assert states_no_fact("Her kan du læse om de regler, der ændrer sig for dig, der får SU eller SU-lån.")
    assert _events(PENSION_GUIDE) == []


def test_the_page_s_own_events_stay() -> None:
    assert _events(SU_GUIDE) == [("changed", "Reglen om slutlån", 2022)]


def test_a_sentence_that_only_mentions_reading_is_read() -> None:
    # "her" in its own clause, not a guide to the page: the event stands
    assert not states_no_fact("Borgerne kan her læse, at ordningen blev afskaffet i 2020.")
    assert not states_no_fact("Her blev ordningen afskaffet i 2020.")
