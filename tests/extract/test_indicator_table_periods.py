"""A measure's reference period stated beside it: a measure table's "Periode" column gives each row's period_unit
("Måned" måned, "År" år; "Kvartal" or "–" no unit, the star convention has only måned and år), and a definition
"..., opgjort årligt" / "Opgøres årligt." is reckoned per year. Realistic Danish samples written for these tests, as
STAR's nøgletal overviews and kommunernes kvalitetsindikatorer print them; every field is exact."""
from __future__ import annotations

import pytest

from extract.document import Document
from extract.indicators import fields
from extract.parsers.indicators import parse

NOEGLETAL_PERIODE = """Nøgletal for sygedagpengeområdet

Nøgletal | Beregning | Periode
Sygedagpengeforløb i alt | Antal løbende sygedagpengeforløb ultimo | Måned
Forløb over 22 uger | Andel af forløbene, der har varet mere end 22 uger | Kvartal
Gennemsnitlig varighed | Gennemsnitligt antal uger for afsluttede forløb | År
"""

INTEGRATION_PERIODE = """Oversigt over nøgletal

Nr.\tNøgletal\tBeregning\tPeriode
1\tSelvforsørgede efter programmet\tAntal personer, der er selvforsørgende efter integrationsprogrammet\tÅr
2\tDanskprøver bestået\tAntal kursister, der har bestået en modulprøve\t–
"""

ARLIG_INDIKATOR = """Kvalitetsindikatorer for ældreplejen

Indikator 2: Faldulykker
Definition: Antal faldulykker blandt beboere i plejebolig pr. 1.000 beboere, opgjort årligt.
"""


def _periods(text: str) -> list[tuple[str | None, str | None]]:
    doc = Document.from_text(text, id="t", source="t.txt")
    return [(r.title, r.period_unit) for r in parse(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    (NOEGLETAL_PERIODE, [("Sygedagpengeforløb i alt", "måned"), ("Forløb over 22 uger", None),
                         ("Gennemsnitlig varighed", "år")]),
    (INTEGRATION_PERIODE, [("Selvforsørgede efter programmet", "år"), ("Danskprøver bestået", None)]),
])
def test_period_column(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert _periods(text) == expected


def test_yearly_reckoning() -> None:
    assert _periods(ARLIG_INDIKATOR) == [("Faldulykker", "år")]
    # the reckoning is no part of the divisor nor of whom it counts
    row = parse(Document.from_text(ARLIG_INDIKATOR, id="t", source="t.txt"))[0]
    assert (row.denominator, row.population) == ("1.000 beboere", "beboere")


@pytest.mark.parametrize(("cell", "unit"), [("Måned", "måned"), ("År", "år"), ("Kalenderår", "år"),
                                            ("Kvartal", None), ("Halvår", None), ("–", None), ("2019-2023", None)])
def test_period_cell(cell: str, unit: str | None) -> None:
    assert fields.period_cell_unit(cell) == unit


@pytest.mark.parametrize("text", ["Tallene opdateres årligt i marts.", "Der gives et årligt tilskud til foreningerne."])
def test_yearly_without_reckoning_gives_no_period(text: str) -> None:
    assert fields.period_unit_of("", text) is None
