"""A body's assessment reported in a national text (probes24 n07, n11; probes25 n03, n07, n11): "<body> vurderede i
2019, at ...", "<body> i en rapport fra 2022 konkluderede, at ...", "<body> vurderer i et notat, at ..." and "<body>
har gennemgået erfaringerne med X" are `evaluated` (the conventions: "an evaluation or assessment of results"), the body
its actor, the year the clause's. An opinion with neither year nor report, and experience that is no review, give
nothing."""
from __future__ import annotations

import pytest

from extract.document import Document
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.subject, e.year, e.actor) for e in lineage_events(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Klimarådet vurderede i 2023, at tilskuddet reelt rammer de forkerte.",
     ("evaluated", "tilskuddet", 2023, "Klimarådet")),
    ("Lempelsen kommer, efter at Institut for Menneskerettigheder i en rapport fra 2022 konkluderede, at danskkravet "
     "især rammer par med kort uddannelse.",
     ("evaluated", "danskkravet", 2022, "Institut for Menneskerettigheder")),
    ("Danmarks Evalueringsinstitut konkluderede i en evaluering fra 2021, at slutlånet kun i ringe grad har virket.",
     ("evaluated", "slutlånet", 2021, "Danmarks Evalueringsinstitut")),
    ("Styrelsen har gennemgået erfaringerne med frikommuneforsøget.",
     ("evaluated", "frikommuneforsøget", None, "Styrelsen")),
])
def test_reported_evaluation(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]


def test_review_beside_the_reviewed_scheme_origin() -> None:
    text = "Gruppen har gennemgået erfaringerne med udbuddet af togtrafikken i Midtjylland, som blev indført i 2003."
    assert _events(text) == [("evaluated", "udbuddet af togtrafikken i Midtjylland", None, "Gruppen"),
                             ("introduced", "udbuddet af togtrafikken i Midtjylland", 2003, None)]


@pytest.mark.parametrize("text", [
    "Regeringen vurderer, at ordningen virker.",  # an opinion held: no year, no report
    "Ministeren vurderede, at reglen var rimelig.",
    "Borgerne har gode erfaringerne med ordningen.",  # experience, no review
])
def test_no_reported_evaluation(text: str) -> None:
    assert _events(text) == []
