"""Indicator definitions around tables of values and text-wide statements: a table row set in spaces is no heading
over the definition below it (each measure is named by its own defining sentence), and a sentence giving the
reference period of all a text's results ("Resultaterne opgøres for et kalenderår ad gangen") is the period of each
computed measure that states none. Realistic short Danish texts in, exact fields out, and texts that give nothing."""
from __future__ import annotations

import pytest

from extract.document import Document
from extract.parsers import indicators

# A kvalitetsrapport's table of values set in spaces, one measure defined under it by name.
KVALITETSRAPPORT = """Kvalitetsrapport 2023/24 – udvalgte indikatorer
Odder Kommune, 10. december 2024

Indikator                                        Odder      Landsgennemsnit
Andel elever med mindst 02 i dansk og matematik  90 %       89 %
Karaktergennemsnit, 9. klasses prøver            7,2        7,3

Karaktergennemsnittet beregnes som gennemsnittet af elevernes karakterer i de bundne prøvefag ved 9. klasses afgangsprøve.
"""

# A table of values whose rows open like a measure's name, with no definition anywhere: nothing.
VALUE_TABLE_ONLY = """Nøgletal for ældreplejen 2023

Antal borgere i hjemmeplejen                     1.240      1.198
Andel borgere med fast kontaktperson             84 %       81 %

Udvalget drøfter tallene på sit møde i januar.
"""

# Benchmark texts whose results are reckoned one period at a time (the layout of BM's benchmark explanations).
BENCHMARK_KALENDERAAR = """Sådan opgøres kommunernes resultater
Beskæftigelsesministeriet, 3. maj 2023

Kommunens resultat beregnes som forskellen mellem det faktiske og det forventede ydelsesomfang.

Resultaterne opgøres for et kalenderår ad gangen og offentliggøres på jobindsats.dk.
"""

BENCHMARK_HALVAAR = """Benchmarking af kommunernes indsats
Beskæftigelsesministeriet, 2. oktober 2023

Resultatet opgøres som forskellen mellem det forventede og det faktiske antal fuldtidspersoner på offentlig forsørgelse. Benchmarkingen opgøres for et halvår ad gangen og offentliggøres på jobindsats.dk.
"""

# The same measure with only an update frequency stated: no period (star convention "opdateres månedligt").
BENCHMARK_FREQUENCY = """Sådan opgøres kommunernes resultater
Beskæftigelsesministeriet, 3. maj 2023

Kommunens resultat beregnes som forskellen mellem det faktiske og det forventede ydelsesomfang.

Resultaterne opdateres hvert kvartal på jobindsats.dk.
"""


def _read(text: str) -> list[tuple[object, ...]]:
    doc = Document.from_text(text)
    return [(r.title, r.definition, r.measure, r.period_unit) for r in indicators.parse(doc)]


def test_a_table_row_is_not_the_heading_of_the_definition_below() -> None:
    assert _read(KVALITETSRAPPORT) == [
        ("Karaktergennemsnittet",
         "Karaktergennemsnittet beregnes som gennemsnittet af elevernes karakterer i de bundne prøvefag ved "
         "9. klasses afgangsprøve.", "average", None)]


def test_a_table_of_values_alone_defines_nothing() -> None:
    assert _read(VALUE_TABLE_ONLY) == []


@pytest.mark.parametrize("line, row", [
    ("Andel elever med mindst 02 i dansk og matematik    91 %        89 %", True),
    ("Billund        13,9       -0,3", True),
    ("Andel elever med mindst 02 i dansk og matematik", False),
    ("Antal borgere pr. 1.000 indbyggere", False),
])
def test_value_rows(line: str, row: bool) -> None:
    from extract.indicators.computed import is_value_row
    assert is_value_row(line) is row


def test_the_texts_period_statement_is_each_computed_measures_period() -> None:
    assert _read(BENCHMARK_KALENDERAAR) == [
        ("Kommunens resultat",
         "Kommunens resultat beregnes som forskellen mellem det faktiske og det forventede ydelsesomfang.",
         "other", "år")]


@pytest.mark.parametrize("text", [BENCHMARK_HALVAAR, BENCHMARK_FREQUENCY], ids=["halvår", "frequency"])
def test_a_half_year_or_an_update_frequency_gives_no_period(text: str) -> None:
    read = _read(text)
    assert read and all(r[3] is None for r in read)
