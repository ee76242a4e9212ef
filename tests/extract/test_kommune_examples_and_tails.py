"""Kommuner named as examples of a group of kommuner ("de mindste ø-kommuner, bl.a. Ærø", "kommuner, herunder Aalborg")
and a name joined by "samt"/"og" after a plural "kommuner" that closes a list ("i Læsø, Jammerbugt og Mariagerfjord
kommuner samt Aalborg"): the names coordinated with kommuner, or given as instances of them, are kommuner too (the star
convention: every municipality named as a municipality). Short realistic texts in, exact names out; a name after a
group that is no kommune, or a count, gives nothing."""
from __future__ import annotations

import pytest

from extract.document import Document
from extract.parsers.kommuner import parse
from extract.records import KommuneRow


def _names(text: str) -> list[str]:
    doc = Document.from_text(text, id="t", source="t.txt")
    return [r.as_written for r in parse(doc) if isinstance(r, KommuneRow)]


@pytest.mark.parametrize("text, names", [
    ("Tallene for de mindste ø-kommuner, bl.a. Ærø, bygger på få indlæggelser og skal tolkes med varsomhed.",
     ["Ærø"]),
    ("Flere af landets yderkommuner, herunder Lolland, har svært ved at rekruttere sygeplejersker.", ["Lolland"]),
    ("De små kommuner, fx Samsø og Fanø, indgår ikke i benchmarkingen, fordi tallene er for usikre.",
     ["Samsø", "Fanø"]),
])
def test_a_kommune_given_as_an_example_of_kommuner(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text, names", [
    ("Figur 1. Gennemsnitlig responstid for A-kørsler i 2023 i Læsø, Jammerbugt, Vesthimmerland og Mariagerfjord "
     "kommuner samt Aalborg", ["Læsø", "Jammerbugt", "Vesthimmerland", "Mariagerfjord", "Aalborg"]),
    ("Forsøget omfatter borgere i Norddjurs og Syddjurs kommuner samt Randers.", ["Norddjurs", "Syddjurs", "Randers"]),
])
def test_a_name_joined_after_a_list_of_kommuner(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "De store kommuner, bl.a. på Sjælland, har flere ledige stillinger.",  # no name after the adverb
    "Alle 98 kommuner, herunder de fem regioner, skal indberette tallene.",  # a count and no name
    "Mange borgere, bl.a. Karen Holst, har klaget over ventetiden.",  # a group that is no kommune: a person
    "Både ansatte og ledere samt Aalborg Universitetshospital deltog.",  # an institution, no list of kommuner
])
def test_no_kommune_from_a_group_that_names_none(text: str) -> None:
    assert _names(text) == []
