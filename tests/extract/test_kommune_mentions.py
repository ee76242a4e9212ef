"""Kommuner in a caption's list with each kommune's figures on its line and no header row ("Aalborg 48,2"), and two
kommuner joined by "og" in a paragraph that speaks of kommuner ("blandt andre Høje Taastrup og Ishøj"). Texts in,
exact kommuner out; towns, streets, people and counts that must give none."""
from __future__ import annotations

import pytest

from extract.document import Document
from extract.parsers.kommuner import scan


def _names(text: str) -> list[tuple[str, str]]:
    doc = Document.from_text(text)
    return [(row.name, row.as_written) for row in scan(doc).rows.values()]


# A health key figure page: a caption naming the kommuner, then one "Name value" per line (probes13 i08).
CAPTION_LIST = """Kommunerne i Region Nordjylland, 2023 (pr. 1.000 borgere 65+)

Aalborg 48,2
Brønderslev 51,7
Læsø 38,1
Vesthimmerland 54,1

Tallene for Læsø bygger på få indlæggelser.
"""

# A Folketing answer's year table whose header row is set in single spaces, so no table reader takes it (probes13 q08).
YEAR_ROWS = """Tabel 1. Tilskud og udligning, kr. pr. indbygger
Kommune 2010 2011 2012 2013
Lolland 13.412 13.861 14.207 14.590
Guldborgsund 9.108 9.377 9.644 9.812
Bornholm 11.287 11.502 11.930 12.145
"""


def test_a_caption_list_with_a_figure_on_each_line() -> None:
    assert _names(CAPTION_LIST) == [("Aalborg", "Aalborg"), ("Brønderslev", "Brønderslev"), ("Læsø", "Læsø"),
                                    ("Vesthimmerlands", "Vesthimmerland")]


def test_rows_of_yearly_figures_and_signed_percents() -> None:
    assert _names(YEAR_ROWS) == [("Lolland", "Lolland"), ("Guldborgsund", "Guldborgsund"), ("Bornholm", "Bornholm")]
    assert _names("Ændring 2022-2023\nHorsens -1,2 %\nVejle +0,4 %\nKolding 2,0 pct.\n") == [
        ("Horsens", "Horsens"), ("Vejle", "Vejle"), ("Kolding", "Kolding")]


@pytest.mark.parametrize("text", [
    # a lone name with a year, bulleted or not, is no list
    "Kulturby\n• Aarhus 2017\n",
    "Aarhus 2017\n\nEt år med kultur i hele regionen.\n",
    # two lines are no run of three
    "Resultater\nOdense 12,1\nSvendborg 14,3\n\nLandsgennemsnittet er 13,0.\n",
    # lines led by words that are no kommune, and a street with its house number
    "Nøgletal\nLedighed 4,2\nBeskæftigelse 76,1\nVejlevej 12\n",
])
def test_figure_lines_that_make_no_kommune_list(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a ranking's prose, the hyphen of Høje-Taastrup left out (the star README: as_written "Høje Taastrup")
    ("Kommunerne med de bedste resultater ligger i Vestjylland. I den anden ende af listen findes blandt andre Høje "
     "Taastrup og Ishøj, hvor resultaterne lå under det forventede.",
     [("Høje-Taastrup", "Høje Taastrup"), ("Ishøj", "Ishøj")]),
    ("Uden for de store byer ligger Esbjerg og Randers højest, mens Frederiksberg Kommune har haft det største fald.",
     [("Esbjerg", "Esbjerg"), ("Randers", "Randers"), ("Frederiksberg", "Frederiksberg")]),
    # a network's partners beside kommuner named as kommuner
    ("Tønder Kommune har tidligere deltaget i et netværk sammen med Sønderborg og Haderslev.",
     [("Tønder", "Tønder"), ("Sønderborg", "Sønderborg"), ("Haderslev", "Haderslev")]),
    ("Forskellene mellem kommunerne er store: Langeland og Ærø har de højeste andele af genindlæggelser.",
     [("Langeland", "Langeland"), ("Ærø", "Ærø")]),
])
def test_two_kommuner_joined_by_og_where_the_paragraph_speaks_of_kommuner(text: str, expected: list) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize("text", [
    # the same pair in a paragraph that says nothing of kommuner: two clubs, two people or two towns on a road
    "Esbjerg og Randers spillede uafgjort i søndags.",
    "Afstanden mellem byerne er kort, og Skive og Viborg ligger en halv time fra hinanden.",
    # the kommune word in another paragraph does not reach
    "Alle kommuner deltager.\n\nEsbjerg og Randers spillede i går.",
    # people named like towns (a capital before), an institution (a capital after), a street
    "Kommunen har ansat Lise Holbæk og Jens Tønder som konsulenter.",
    "Kommunen samarbejder med Skive og Viborg Gymnasium.",
    "Kommunens kontor ligger på Vejlevej og Horsensvej.",
    # a lone name beside the word, and counts that are never expanded
    "Kommunerne drøfter sagen, og Randers deltager også.",
    "19 kommuner og 3 regioner deltager i forsøget.",
])
def test_pairs_and_names_that_give_no_kommune(text: str) -> None:
    assert _names(text) == []
