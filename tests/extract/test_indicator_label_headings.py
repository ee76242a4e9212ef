"""Measures introduced under a numbered or lettered label heading (cue goal_label of extract/indicators/cues.tsv):
"Måltal 1: <title>", "Målepunkt B: <title>", "Kvalitetsmål 2. <title>", "(1) <title>" over the lines that define
the measure. The title and number are the heading's (a letter is no number), the definition what follows: its
first sentence when that names the quantity, or the value of an "Indikator:" field line under a target line.
A fraction part stated in a clause after the definition ("..., mens nævneren er ...") is the denominator.

The samples are written as ministries, regions and municipalities word these headings (social måltal, sports
målepunkter, regional kvalitetsmål, numbered quality indicators for elderly care and schools); the cue table names
them as "sample:test_indicator_label_headings.<NAME>".
"""
from __future__ import annotations

import pytest

from extract.document import Document
from extract.parsers.indicators import parse

FIELDS = ("kind", "number", "title", "definition", "measure", "population", "numerator", "denominator",
          "period_unit")

MAALTAL = ("Regeringen har fastsat to måltal for indsatsen mod ensomhed.\n\n"
           "Måltal 1: Færre ensomme ældre\n"
           "Antallet af borgere over 75 år, der ofte føler sig uønsket alene, skal være reduceret med en tredjedel i "
           "2030. Udgangspunktet er Sundhedsprofilen 2021.\n\n"
           "Måltal 2: Flere i fællesskaber\n"
           "Andelen af ældre, der deltager i en forening, skal stige til 60 pct.\n")
MAALEPUNKT = ("Målepunkt A: Daglig læsning\n"
              "Andelen af elever i 4. klasse, der læser mindst 15 minutter hver dag.\n\n"
              "Målepunkt B: Biblioteksbesøg\n"
              "Opgøres som andelen af børn under 15 år, der har lånt mindst én bog. Tælleren hentes fra bibliotekernes "
              "systemer, mens nævneren er befolkningen i aldersgruppen pr. 1. januar.\n")
KVALITETSMAAL = ("Kvalitetsmål 1. Ventetid på genoptræning\n"
                 "Mål: Mindst 85 pct. af borgerne skal starte genoptræning inden for 7 dage.\n"
                 "Indikator: Andel borgere, der starter genoptræning inden for 7 dage efter udskrivning.\n\n"
                 "Kvalitetsmål 2. Faldforebyggelse\n"
                 "Mål: Færre faldulykker blandt beboere på plejecentre.\n"
                 "Indikator: Antal faldulykker pr. måned.\n")
PAREN_AELDRE = ("Kommunen følger tre indikatorer for hjemmeplejen.\n\n"
                "(1) Tryksår\n"
                "Andelen af beboere på plejecentre, der har et tryksår af kategori 2 eller højere.\n\n"
                "(2) Ernæring\n"
                "Antal borgere med uplanlagt vægttab, opgjort for en måned ad gangen.\n")
PAREN_SKOLE = ("(1) Fravær\n"
               "Andelen af skoledage, hvor eleverne har været fraværende, opgjort for hele skoleåret.\n")


def _doc(text: str) -> Document:
    return Document.from_text(text)


def _indicators(text: str) -> list[dict[str, object]]:
    return [{f: getattr(r, f) for f in FIELDS} for r in parse(_doc(text))]


def _measure(title: str, number: int | None, definition: str, measure: str, population: str | None = None,
             numerator: str | None = None, denominator: str | None = None,
             period_unit: str | None = None) -> dict[str, object]:
    return {"kind": "other", "number": number, "title": title, "definition": definition, "measure": measure,
            "population": population, "numerator": numerator, "denominator": denominator, "period_unit": period_unit}


def test_an_opgoerelsesmetode_field_under_a_goal_heading_is_its_definition() -> None:
    text = ("Mål 1 – Udledning fra kommunen\n"
            "Målsætning: 70 pct. reduktion af drivhusgasudledningen i 2030 i forhold til 1990.\n"
            "Opgørelsesmetode: Udledningen opgøres årligt med Energi- og CO2-regnskabet. Basisåret er 1990.\n")
    got = _indicators(text)
    assert [(g["number"], g["title"], g["definition"]) for g in got] == [
        (1, "Udledning fra kommunen", "Udledningen opgøres årligt med Energi- og CO2-regnskabet.")]


def test_maaltal_headings_give_number_title_and_their_target_sentence() -> None:
    # the baseline sentence after the target is no part of the definition
    got = _indicators(MAALTAL)
    assert [(g["number"], g["title"], g["definition"], g["measure"]) for g in got] == [
        (1, "Færre ensomme ældre", "Antallet af borgere over 75 år, der ofte føler sig uønsket alene, skal være "
         "reduceret med en tredjedel i 2030.", "count"),
        (2, "Flere i fællesskaber", "Andelen af ældre, der deltager i en forening, skal stige til 60 pct.", "share"),
    ]
    assert got[1] == _measure("Flere i fællesskaber", 2, "Andelen af ældre, der deltager i en forening, skal stige "
                              "til 60 pct.", "share", population="ældre",
                              numerator="ældre, der deltager i en forening", denominator="ældre")


def test_lettered_headings_have_no_number_and_a_stated_denominator_wins() -> None:
    got = _indicators(MAALEPUNKT)
    assert [(g["title"], g["number"]) for g in got] == [("Daglig læsning", None), ("Biblioteksbesøg", None)]
    assert got[0]["definition"] == "Andelen af elever i 4. klasse, der læser mindst 15 minutter hver dag."
    assert got[1]["definition"] == "Opgøres som andelen af børn under 15 år, der har lånt mindst én bog."
    assert got[1]["denominator"] == "befolkningen i aldersgruppen pr. 1. januar"


def test_kvalitetsmaal_heading_takes_its_indikator_line_as_definition() -> None:
    got = _indicators(KVALITETSMAAL)
    assert [(g["number"], g["title"], g["definition"], g["measure"]) for g in got] == [
        (1, "Ventetid på genoptræning",
         "Andel borgere, der starter genoptræning inden for 7 dage efter udskrivning.", "share"),
        (2, "Faldforebyggelse", "Antal faldulykker pr. måned.", "count"),
    ]
    assert got[1]["period_unit"] == "måned"


@pytest.mark.parametrize("text, expected", [
    (PAREN_AELDRE, [(1, "Tryksår", "share"), (2, "Ernæring", "count")]),
    (PAREN_SKOLE, [(1, "Fravær", "share")]),
])
def test_bracketed_number_headings(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert [(g["number"], g["title"], g["measure"]) for g in _indicators(text)] == expected


def test_a_bracketed_heading_gives_its_definition_line() -> None:
    got = _indicators(PAREN_AELDRE)
    assert got[0]["definition"] == ("Andelen af beboere på plejecentre, der har et tryksår af kategori 2 eller "
                                    "højere.")
    assert got[1]["period_unit"] == "måned"


@pytest.mark.parametrize("text", [
    # label headings over prose that names no quantity, figure or computation
    "Måltal 1: Bedre samarbejde\nKommunen vil styrke dialogen med de frivillige foreninger.\n",
    "Målepunkt C: Inddragelse\nBørn og unge inddrages i planlægningen af nye tilbud.\n",
    "(1) Baggrund\nLovforslaget udmønter dele af aftalen fra maj 2023.\n",
    # a bracketed number inside a sentence is no heading
    "Det fremgår af bilag (1) og (2), at kommunen har fulgt op på sagen.\n",
])
def test_headings_over_prose_give_nothing(text: str) -> None:
    assert _indicators(text) == []
