"""A further decision of the same dated meeting takes the meeting's year, and a plan's target year in the sentence
before is no year of what "Samtidig" adds (the gold READMEs: the year may come from the document date when the text
says "tirsdag"; it is null when not stated or not clearly implied).

The texts are regional news pages of the kind probe rounds 24 (m03) and 25 (03) wrote: "Regionsrådet vedtog
tirsdag ..." and then "Samtidig besluttede regionsrådet at forlænge ..." / "Regionsrådet besluttede også at
forlænge ...", or "Samtidig lukkes ..." after a sentence that dates the opening of the new clinic."""
from __future__ import annotations

from extract.document import Document
from nlp.lineage.events import lineage_events


def _events(text: str) -> list[tuple]:
    return [(e.event, e.year, e.subject, e.actor) for e in lineage_events(Document.from_text(text))]


def _year_of(text: str, words: str) -> int | None:
    found = [year for _, year, subject, _ in _events(text) if words in subject]
    assert len(found) == 1, _events(text)
    return found[0]


AALBORG = """Regionsrådet siger ja til ny akutklinik i Aars
Region Nordjylland, 14. marts 2023

Regionsrådet vedtog tirsdag at oprette en ny akutklinik på Aars Sygehus.

Regionsrådet besluttede også at forlænge forsøget med telefonisk lægevagt til udgangen af 2025.
"""

VIBORG = """Nyt akuttilbud i Skive
Region Midtjylland, 6. juni 2024

Regionsrådet vedtog onsdag at åbne en akutklinik i Skive.

"Det er en god dag for borgerne," siger regionsrådsformanden.

Samtidig besluttede regionsrådet at forlænge forsøget med en akutlægebil i Struer.
"""


def test_a_further_decision_of_the_meeting_takes_its_year() -> None:
    assert _year_of(AALBORG, "telefonisk lægevagt") == 2023
    assert _year_of(VIBORG, "akutlægebil") == 2024


def test_another_body_or_no_additive_takes_no_year() -> None:
    # another body's decision is not the same meeting's
    other = AALBORG.replace("Regionsrådet besluttede også", "Kommunalbestyrelsen besluttede også")
    assert _year_of(other, "telefonisk lægevagt") is None
    # without "også"/"samtidig" the sentence is not told as the same occasion
    plain = AALBORG.replace("Regionsrådet besluttede også", "Regionsrådet besluttede")
    assert _year_of(plain, "telefonisk lægevagt") is None


CLOSURE = """Ny akutklinik i Brønderslev
Region Nordjylland, 21. september 2023

Regionsrådet vedtog tirsdag at oprette en ny akutklinik i Brønderslev. Klinikken forventes at åbne i marts 2024.

Samtidig lukkes den nuværende lægevagtskonsultation i Dronninglund.
"""


def test_samtidig_takes_the_decision_year_not_the_opening_year() -> None:
    assert ("dropped", 2023) in [(kind, year) for kind, year, subject, _ in _events(CLOSURE) if "Dronninglund" in subject]


def test_samtidig_after_a_stated_year_still_inherits_it() -> None:
    text = """Nyt om fleksjob
Beskæftigelsesministeriet, 3. maj 2021

Fleksydelsesordningen blev afskaffet i 2017. Samtidig blev ledighedsydelsen forhøjet.
"""
    assert _year_of(text, "ledighedsydelsen") == 2017


def test_a_date_of_the_first_decision_is_no_meeting_year() -> None:
    # the first decision's year is its closing date, not the meeting's (probes19 m03): nothing to pass on
    text = """Regionsrådet lukker fødestedet i Marstal
Region Syddanmark, 28. november 2023

Regionsrådet besluttede på sit møde mandag at lukke fødestedet i Marstal med udgangen af marts 2024.

Beslutningen blev truffet med 31 stemmer mod 8.

Regionsrådet vedtog samtidig at forlænge aftalen om akutlægebil på Langeland.
"""
    assert _year_of(text, "akutlægebil") is None

