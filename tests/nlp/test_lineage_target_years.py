"""Years that are no time of the event: a target's own year ("målet om ... 70 pct. i 2030", "målet om
klimaneutralitet fra 2050 til 2045", nlp/lineage/dating.py in_a_target), and a sentence after an event that opens
with an article and a participle ("Den aftalte evaluering ..."), a new noun phrase whose year is its own
(nlp/lineage/anaphora.py _attributive_participle). Sentences in the style of a regeringsgrundlag and a forligskreds
note; the event's own time still dates it."""
from __future__ import annotations

import pytest

from extract.document import Document
from nlp.lineage import lineage_events
from nlp.lineage.anaphora import _article_opening


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.year) for e in lineage_events(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Regeringen fastholder målet om at reducere udledningen af drivhusgasser med 70 pct. i 2030 i forhold til 1990.",
     [("confirmed", None)]),
    ("Samtidig fremrykkes målet om klimaneutralitet fra 2050 til 2045.", [("changed", None)]),
    ("Målet om et klimaneutralt samfund senest i 2050 videreføres.", [("confirmed", None)]),
    # the target's phrase ends at the finite verb, or where a time of its own stands outside it
    ("Målet om klimaneutralitet i 2050 blev vedtaget i 2019.", [("introduced", 2019)]),
    ("Kommunen vedtog i 2020 en klimaplan med målet om CO2-neutralitet i 2040.", [("introduced", 2020)]),
    ("Ordningen blev indført i 2015 for at nå målet om færre ledige.", [("introduced", 2015)]),
])
def test_a_target_year_is_no_time(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_a_new_noun_phrase_does_not_date_the_event_before() -> None:
    text = ("Derimod afskaffes overgangsreglen for personer født i 1955, da den ikke længere har praktisk betydning. "
            "Den aftalte evaluering af ordningen gennemføres i 2024.")
    doc = Document.from_text(text)
    dropped = [e for e in lineage_events(doc) if e.event == "dropped"]
    assert [(e.year, e.evidence.endswith("betydning.")) for e in dropped] == [(None, True)]


@pytest.mark.parametrize(("sentence", "article"), [
    ("Den aftalte evaluering af ordningen gennemføres i 2024.", True),
    ("Det udvidede frie sygehusvalg fastholdes.", True),
    # the pronoun and its finite verb: an object, an adverb or a preposition follows
    ("De indførte ordningen i 2015.", False),
    ("Det ændrede ikke reglerne.", False),
    ("De aftalte i 2019 at forlænge ordningen.", False),
])
def test_article_and_participle(sentence: str, article: bool) -> None:
    assert _article_opening(sentence) is article
