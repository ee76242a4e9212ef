"""Indicator definitions in a plain-text table whose cells stand between spaced pipes, without border pipes
("Mål | Opgørelse | Kilde"): each row under a header naming the measure and how it is computed is a measure with its
definition and source, as in a bordered markdown table. Tables of values by kommune in the same layout define nothing.
Realistic short Danish texts in, exact fields out, and texts that give nothing."""
from __future__ import annotations

from extract.document import Document
from extract.indicators import computed
from extract.parsers import indicators

# A ministry's goals for the integration effort, one measure a row.
INTEGRATION_MAAL = """Resultatmål for integrationsindsatsen 2023
Udlændinge- og Integrationsministeriet, 2. februar 2023

Regeringen har fastsat to resultatmål for kommunernes integrationsindsats.

Mål | Opgørelse | Kilde
Beskæftigelse efter tre år | Andel af flygtninge, der er i ordinær beskæftigelse tre år efter opholdstilladelsen | Integrationsbarometeret
Timer i virksomhedsrettet tilbud | Gennemsnitligt antal timer i virksomhedsrettet tilbud pr. uge for personer i integrationsprogrammet | jobindsats.dk

Kommunernes resultater offentliggøres årligt.
"""

# The same layout with numerator and denominator columns (a kommune's nøgletal sheet).
NOEGLETAL_BROEK = """Nøgletal for hjemmeplejen 2024
Silkeborg Kommune, 4. marts 2024

Nøgletal | Tæller | Nævner
Andel borgere med fast hjemmehjælper | Antal borgere med samme hjemmehjælper i mindst 80 pct. af besøgene | Antal borgere i hjemmeplejen
"""

# A table of values by kommune in the same layout: no measure named, nothing.
KOMMUNE_TABEL = """Hjemløshed i fem kommuner
VIVE, 22. september 2022

Kommune | 2019 | 2022
København | 2.051 | 1.789
Aarhus | 644 | 526
Odense | 398 | 342
"""

# A header naming measures but no column saying how they are computed: a list of values, nothing.
MAAL_UDEN_OPGOERELSE = """Status på målene 2023

Mål | 2022 | 2023
Beskæftigelse efter tre år | 44 pct. | 46 pct.
Bestået danskprøve | 61 pct. | 63 pct.
"""


def _read(text: str) -> list[tuple[object, ...]]:
    doc = Document.from_text(text)
    return [(r.kind, r.title, r.definition, r.measure, r.population, r.numerator, r.denominator, r.source)
            for r in indicators.parse(doc)]


def test_each_row_of_a_plain_pipe_table_is_a_measure_with_its_definition_and_source() -> None:
    assert _read(INTEGRATION_MAAL) == [
        ("other", "Beskæftigelse efter tre år",
         "Andel af flygtninge, der er i ordinær beskæftigelse tre år efter opholdstilladelsen", "share",
         "flygtninge", "flygtninge, der er i ordinær beskæftigelse tre år efter opholdstilladelsen", "flygtninge",
         "Integrationsbarometeret"),
        ("other", "Timer i virksomhedsrettet tilbud",
         "Gennemsnitligt antal timer i virksomhedsrettet tilbud pr. uge for personer i integrationsprogrammet",
         "average", None, None, None, "jobindsats.dk"),
    ]


def test_a_plain_pipe_table_with_fraction_columns_gives_numerator_and_denominator() -> None:
    assert _read(NOEGLETAL_BROEK) == [
        ("other", "Andel borgere med fast hjemmehjælper", None, "share", "borgere i hjemmeplejen",
         "Antal borgere med samme hjemmehjælper i mindst 80 pct. af besøgene", "Antal borgere i hjemmeplejen", None),
    ]


def test_a_kommune_table_in_the_same_layout_defines_nothing() -> None:
    assert _read(KOMMUNE_TABEL) == []


def test_a_table_naming_measures_without_their_computation_defines_nothing() -> None:
    assert _read(MAAL_UDEN_OPGOERELSE) == []


def test_table_cells_between_spaced_pipes() -> None:
    assert computed._table_cells("Mål | Opgørelse | Kilde") == ["Mål", "Opgørelse", "Kilde"]
    assert computed._table_cells("| Mål | Opgørelse | Kilde |") == ["Mål", "Opgørelse", "Kilde"]
    # one spaced pipe is two cells at most, as a heading "Indikatorer | 2023" may print: no table row
    assert computed._table_cells("Indikatorer | 2023") is None
    assert computed._table_cells("Andelen af ledige, der er i job, opgøres som A/B.") is None
