"""A listed measure written as its short name, a dash and the quantity it names in lower case ("• Normering – antal
børn pr. pædagogisk medarbejder. Opgøres efter ..."; municipal quality reports for daycare and elderly care, cue
measure_label): the name is the title, the sentence after the dash the definition, not one title of both.

The samples are written as municipalities word their quality reports; the cue table names them as
"sample:test_indicator_dash_labels.<NAME>".
"""
from __future__ import annotations

import pytest

from extract.document import Document
from extract.parsers.indicators import parse

DAGTILBUD = ("Følgende indikatorer indgår i kvalitetsrapporten:\n\n"
             "• Normering – antal børn pr. pædagogisk medarbejder. Opgøres efter Danmarks Statistiks metode.\n"
             "• Uddannelsesgrad – andelen af de pædagogiske medarbejdere, der er uddannede pædagoger.\n")
AELDRE = ("Kommunen følger disse nøgletal for hjemmeplejen:\n\n"
          "• Kontinuitet – det gennemsnitlige antal forskellige medarbejdere pr. borger i en måned.\n"
          "• Faldulykker – antal faldulykker pr. 100 beboere på plejecentrene.\n")


def _doc(text: str) -> Document:
    return Document.from_text(text)


def _read(text: str) -> list[tuple[object, ...]]:
    return [(r.title, r.definition, r.measure) for r in parse(_doc(text))]


def test_daycare_names_and_their_quantities() -> None:
    assert _read(DAGTILBUD) == [
        ("Normering", "antal børn pr. pædagogisk medarbejder.", "count"),
        ("Uddannelsesgrad", "andelen af de pædagogiske medarbejdere, der er uddannede pædagoger.", "share"),
    ]


def test_elderly_care_names_and_their_quantities() -> None:
    assert [(t, d) for t, d, _ in _read(AELDRE)] == [
        ("Kontinuitet", "det gennemsnitlige antal forskellige medarbejdere pr. borger i en måned."),
        ("Faldulykker", "antal faldulykker pr. 100 beboere på plejecentrene."),
    ]


@pytest.mark.parametrize("text", [
    # a dash before a clause that names no quantity: a list of themes, no measures
    "• Trivsel – børnene skal opleve glæde i hverdagen.\n• Sprog – personalet arbejder med dialogisk læsning.\n",
    # a long phrase before the dash is prose, not a measure's name
    "• Kommunen har i de seneste år arbejdet målrettet med rekruttering – antal ansøgere er steget.\n",
])
def test_no_measure(text: str) -> None:
    assert [r for r in parse(_doc(text)) if r.definition] == []
