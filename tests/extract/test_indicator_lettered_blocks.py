"""Measures documented in labelled lines under a lettered label heading ("Indikator A: <title>" / "Definition: ..." /
"Population: ..." / "Tæller: ..." / "Nævner: ..."), as health and climate indicator specifications print them
(probe texts p23 p1, p22 p04). The label and its letter are no part of the title and a letter is no number. A
labelled field line under the heading ("Population: ...", "Datakilde: ...") is one of the measure's fields, never a
measure of its own: the fraction below it belongs to the measure the heading names.
"""
from __future__ import annotations

from extract.document import Document
from extract.parsers.indicators import parse

SUNDHED = ("Nationale mål for ventetider – indikatorer 2024\n\n"
           "Regionerne følger udviklingen gennem en række nationale indikatorer.\n\n"
           "Indikator A: Udredning inden for 30 dage\n"
           "Definition: Andelen af henviste patienter, der er udredt inden for 30 dage fra henvisningen.\n"
           "Population: Patienter henvist til udredning på et offentligt hospital\n"
           "Tæller: Patienter udredt inden for 30 dage\n"
           "Nævner: Alle patienter henvist til udredning i perioden\n"
           "Datakilde: Landspatientregisteret\n\n"
           "Indikator B: Genindlæggelser\n"
           "Definition: Antal akutte genindlæggelser inden for 30 dage efter udskrivning.\n"
           "Population: Udskrevne patienter på 67 år og derover\n"
           "Datakilde: Landspatientregisteret\n")

KLIMA = ("Kommunen følger klimaplanen med tre indikatorer, der opdateres hvert år.\n\n"
         "Indikator A. Samlet udledning fra kommunens virksomheder\n"
         "Beskrivelse: Kommunens samlede udledning af drivhusgasser opgjort i ton CO2-ækvivalenter.\n"
         "Kilde: Energi- og CO2-regnskabet\n\n"
         "Indikator B. Andel elbiler i kommunens flåde\n"
         "Beskrivelse: Antal elbiler i procent af alle kommunens biler ved årets udgang.\n"
         "Kilde: Kommunens flådestyring\n")


def _doc(text: str) -> Document:
    return Document.from_text(text)


def test_lettered_indicator_headings_lose_label_and_letter() -> None:
    got = parse(_doc(SUNDHED))
    assert [(r.title, r.number) for r in got] == [("Udredning inden for 30 dage", None), ("Genindlæggelser", None)]


def test_lettered_headings_with_a_full_stop_lose_label_and_letter() -> None:
    got = parse(_doc(KLIMA))
    assert [(r.title, r.number) for r in got] == [
        ("Samlet udledning fra kommunens virksomheder", None), ("Andel elbiler i kommunens flåde", None)]


def test_a_population_line_over_the_fraction_is_a_field_not_a_measure() -> None:
    got = parse(_doc(SUNDHED))
    assert len(got) == 2
    first = got[0]
    assert (first.population, first.numerator, first.denominator, first.source) == (
        "Patienter henvist til udredning på et offentligt hospital", "Patienter udredt inden for 30 dage",
        "Alle patienter henvist til udredning i perioden", "Landspatientregisteret")


def test_a_letter_without_a_label_is_no_item() -> None:
    # a lettered line with no label ("A. Jensen", a signature; "B. Andersen") names no measure
    text = ("Udvalget har drøftet kommunens mål for klimaet.\n\n"
            "A. Jensen: Vi skal følge udledningen nøje.\n"
            "B. Andersen: Det er vi enige i.\n")
    assert parse(_doc(text)) == []
