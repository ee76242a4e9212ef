"""A measure's "Periode:" field line stating its reference period in a sentence ("Periode: Målingen opgøres for hvert
kalenderår og opdateres ...", "Periode: Opgøres for hvert kalenderår."), as målingsbeskrivelser and nøgletal pages print
it under the measure's other labelled fields. The first period phrase of the line is the measure's (an update frequency
after it is none); a line with no period phrase, or one under another measure, gives none.
Short realistic texts in, exact fields out."""
from __future__ import annotations

import pytest

from extract.document import Document
from extract.indicators import fields
from extract.parsers.indicators import parse

FIELDS = ("kind", "number", "title", "definition", "measure", "population", "numerator", "denominator",
          "period_unit", "source")


def _indicators(text: str) -> list[dict]:
    doc = Document.from_text(text)
    return [{f: getattr(r, f) for f in FIELDS} for r in parse(doc)]


MAALINGSBESKRIVELSE = """Målingsbeskrivelse: Andel kontanthjælpsforløb over et år
Styrelsen for Arbejdsmarked og Rekruttering, 3. marts 2023

Navn på måling: Andel kontanthjælpsforløb over et år

Indhold: Målingen viser, hvor stor en del af kommunens afsluttede kontanthjælpsforløb der har varet mere end et år.

Opgørelsesmetode: Andelen beregnes som antallet af afsluttede kontanthjælpsforløb med en varighed på over 52 uger divideret med det samlede antal afsluttede kontanthjælpsforløb.

Målgruppe: Personer, der modtager kontanthjælp fra kommunen.

Periode: Målingen opgøres for hvert kalenderår og opdateres den første hverdag i måneden.

Enhed: Procent
"""

NOEGLETAL = """Nøgletal for genindlæggelser blandt ældre borgere
Sundhedsdatastyrelsen, 2. maj 2023

Nøgletal: Akutte genindlæggelser pr. 1.000 borgere på 67 år og derover
Beregning: Antal akutte genindlæggelser inden for 30 dage efter udskrivning blandt borgere på 67 år og derover, divideret med antallet af borgere på 67 år og derover pr. 1. januar, ganget med 1.000.
Periode: Opgøres for hvert kalenderår.
Geografi: Borgerens bopælskommune.
"""


@pytest.mark.parametrize("text", [MAALINGSBESKRIVELSE, NOEGLETAL])
def test_a_period_line_gives_the_measure_its_period(text: str) -> None:
    assert [i["period_unit"] for i in _indicators(text)] == ["år"]


@pytest.mark.parametrize("block, unit", [
    ("Periode: Målingen opgøres for hvert kalenderår og opdateres den første hverdag i måneden.", "år"),
    ("Periode: Opgøres for hver måned.", "måned"),
    ("Opgørelsesperiode: Kalenderår", "år"),
    ("Periode: De seneste 12 måneder", "år"),  # a rolling year
    ("Periode: De seneste 3 måneder", "måned"),
    ("Periode: 2019-2023", None),  # a span of years, no reference period
    ("Periode: Tallene opdateres månedligt.", None),  # an update frequency (star README: null)
    ("Målingen opgøres for hvert kalenderår.", None),  # no label: the line is read as prose elsewhere
])
def test_the_first_period_phrase_of_a_period_line(block: str, unit: str | None) -> None:
    assert fields.period_label_unit(block) == unit


def test_a_period_line_without_a_period_gives_none() -> None:
    text = NOEGLETAL.replace("Periode: Opgøres for hvert kalenderår.", "Periode: 2018-2022.")
    assert [i["period_unit"] for i in _indicators(text)] == [None]
