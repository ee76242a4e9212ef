"""Plain status verbs and perfect passives of a policy text that state an event: the analytic "gjort obligatorisk"
(a duty made to apply: introduced; probes12 m07, probes21 n07, probes25 n09)."""
from __future__ import annotations

import pytest

from extract.document import Document
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple]:
    doc = Document.from_text("Notat om ordningerne\n\n" + text)
    return [(e.event, e.year, e.subject) for e in lineage_events(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Frokostordningen blev gjort obligatorisk ved lov i 2010.", [("introduced", 2010, "Frokostordningen")]),
    ("Undersøgelsen viser, at styrelsen ikke fulgte den fællesstatslige it-projektmodel, som blev gjort obligatorisk i 2017.",
     [("introduced", 2017, "fællesstatslige it-projektmodel")]),
    ("Tilmeldingen gøres obligatorisk fra 2025.", [("introduced", 2025, "Tilmeldingen")]),
])
def test_made_obligatory_is_introduced(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    "Det er obligatorisk at deltage i mødet.",       # a duty described, nothing made
    "Kurset er obligatorisk for nye medarbejdere.",
])
def test_obligatory_as_a_state_gives_nothing(text: str) -> None:
    assert _events(text) == []


# A labelled element of a strategy ("Initiativ 3.2: ...", probes25 n10) is read without its label; a plan's labelled
# goal ("Mål 1: Langtidsledigheden skal ...", corpus/ indicator pages) states no event.
@pytest.mark.parametrize(("text", "expected"), [
    ("Initiativ 3.2: Der oprettes en ny tilskudsordning til bogbusser.",
     [("introduced", None, "ny tilskudsordning til bogbusser")]),
    ("Initiativ 2: Tilskuddet til lokale foreninger afskaffes fra 2025.",
     [("dropped", 2025, "Tilskuddet til lokale foreninger")]),
])
def test_labelled_element_is_read_without_its_label(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    "Mål 1: Langtidsledigheden skal nedbringes.",
    "Mål 2: Flere unge i uddannelse.",
])
def test_labelled_goal_gives_nothing(text: str) -> None:
    assert _events(text) == []


# A habit word after an amount's unit is the amount's rate ("20 mio. kr. årligt"), not a routine of the verb
# (probes25 n10; corpus s02 "2,59 mio. kr. årligt"); a habit of the verb still makes a routine.
@pytest.mark.parametrize(("text", "expected"), [
    ("Puljen til udvikling af folkebiblioteker videreføres med 20 mio. kr. årligt i perioden 2024-2027.",
     [("confirmed", 2024, "Puljen til udvikling af folkebiblioteker")]),
    ("Initiativ 3.1: Puljen til lokale kulturhuse videreføres med 5 mio. kr. årligt.",
     [("confirmed", None, "Puljen til lokale kulturhuse")]),
])
def test_rate_of_an_amount_is_no_habit(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    "Tilskuddet udbetales årligt til foreningerne.",
    "Satserne reguleres årligt.",
])
def test_habit_of_the_verb_gives_nothing(text: str) -> None:
    assert _events(text) == []
