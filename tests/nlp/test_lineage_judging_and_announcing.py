"""Verbs of doubling, announcing, publishing, stock-taking and reported judging in national policy texts.

A rate doubled ("fordobles") is `changed`; a change over a span since a
year ("siden 2007 er udgifterne ... fordoblet") is a trend measured, no decision. An announcement ("varsler et
serviceeftersyn"), a publication still to come ("forventer at offentliggøre en evaluering") and a stock-taking agreed
or announced ("vil ... gøre status over ...") are `planned` (the star README: "announced for the future"); its purpose
form ("mødes ... for at gøre status") and a report already published give nothing. A body's finding reported in its
named evaluation ("konkluderede i en evaluering fra 2021, at X ...") is `evaluated`, its subject the at-clause's subject
before its adverbs; an opinion in the present ("Ministeriet vurderer, at ...") is none. A body's recommendations
("Ekspertgruppen anbefaler blandt andet:" and its "• at ..." points) are proposals, `planned` (probes21 n02, n04, n06, n09,
n12; probes11 n02, n05; probes14 n01; probes15 n01, n02; probes16 03)."""
from __future__ import annotations

import pytest

from extract.document import Document
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.year, e.subject, e.actor) for e in lineage_events(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Afgiftssatserne fordobles som led i handlingsplanen.", [("changed", None, "Afgiftssatserne", None)]),
    ("Regeringen varsler et serviceeftersyn af afgiften.",
     [("planned", None, "serviceeftersyn af afgiften", "Regeringen")]),
    ("Styrelsen forventer at offentliggøre en evaluering af puljens effekt i efteråret 2024.",
     [("planned", 2024, "evaluering af puljens effekt", "Styrelsen")]),
    ("Aftalepartierne vil i 2026 gøre status over brugen af puljen.",
     [("planned", 2026, "status over brugen af puljen", "Aftalepartierne")]),
    ("Parterne er enige om at gøre status på aftalen i foråret 2027.", [("planned", 2027, "status på aftalen", None)]),
    ("Danmarks Evalueringsinstitut konkluderede i en evaluering fra 2021, at slutlånet kun i ringe grad har øget "
     "gennemførelsen.", [("evaluated", 2021, "slutlånet", "Danmarks Evalueringsinstitut")]),
])
def test_an_event_read(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    "Alene siden 2007 er udgifterne til sygehusmedicin fordoblet.",
    "Evalueringerne er netop offentliggjort af styrelsen.",
    "Aftaleparterne mødes én gang årligt for at gøre status over initiativerne.",
    "Ministeriet vurderer, at der fortsat er behov for at forenkle reglerne.",
    "Han vurderede i sin tale, at det gik godt.",
])
def test_no_event(text: str) -> None:
    assert _events(text) == []


def test_a_stock_taking_in_the_present_needs_a_year() -> None:
    # the present with a year tells the future; without one it describes a routine
    assert _events("Aftalepartierne gør status over aftalens fremdrift i 2020.") == \
        [("planned", 2020, "status over aftalens fremdrift", "Aftalepartierne")]
    assert _events("Styrelsen gør status på indikatorerne i forbindelse med de halvårlige møder.") == []


def test_a_bodys_recommendations_are_proposals() -> None:
    # "anbefaler" leads its "• at ..." points as "foreslår" does: proposed, none decided (probes21 n11)
    text = ("Ekspertgruppen anbefaler blandt andet:\n\n• at screeningen erstattes af en national test ved anbringelsens "
            "start\n\n• at der indføres en ret til lektiehjælp for alle anbragte børn\n")
    assert _events(text) == [("planned", None, "screeningen", None),
                             ("planned", None, "ret til lektiehjælp for alle anbragte børn", None)]


def test_a_publication_in_the_present_needs_a_year() -> None:
    # a measure page's "offentliggøres på jobindsats.dk" is where its figures are published, a routine (probe rounds
    # 12-20's measure pages); with a year after it the present tells a publication to come
    assert _events("Næste benchmarking offentliggøres i oktober 2023.") == [("planned", 2023, "Næste benchmarking", None)]
    assert _events("Alle indikatorer offentliggøres på jobindsats.dk.") == []
    assert _events("Resultaterne opgøres for et kalenderår ad gangen og offentliggøres på jobindsats.dk.") == []
