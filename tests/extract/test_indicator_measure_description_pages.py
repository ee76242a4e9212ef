"""A målingsbeskrivelse prints one measure's fields as labelled paragraphs with a blank line between ("Navn på
måling: X" / "" / "Opgørelsesmetode: ..." / "" / "Målgruppe: ..."), some of them fields of no table column ("Indhold:",
"Periode:", "Enhed:"): one measure, as a fact box printed line by line is (cues.tsv table_column; star README: title =
the measure's name as written, definition = how it is computed, population = who is measured). The name label
"Navn på måling" is a title column as "Målingens navn" is; a paragraph's first sentence is its field, the sentences
after it remark on it. The block ends at a line that is no label line. A page with a name and no computation or
fraction gives nothing. The samples are written as jobindsats.dk and the regions print their measure descriptions.
"""
from __future__ import annotations

from extract.document import Document
from extract.parsers.indicators import parse

FIELDS = ("kind", "title", "definition", "measure", "population", "numerator", "denominator")

SYGEDAGPENGE_PAGE = (
    "Målingsbeskrivelse: Andel forløb over 52 uger\nStyrelsen for Arbejdsmarked og Rekruttering, 2. maj 2024\n\n"
    "Jobindsats.dk > Sygedagpenge\n\n"
    "Navn på måling: Andel forløb over 52 uger\n\n"
    "Indhold: Målingen viser, hvor mange af kommunens sygedagpengeforløb der varer over et år.\n\n"
    "Opgørelsesmetode: Andelen beregnes som antallet af afsluttede forløb over 52 uger divideret med alle afsluttede "
    "forløb i perioden. Forløb under en uge indgår ikke.\n\n"
    "Målgruppe: Sygemeldte lønmodtagere, der modtager sygedagpenge.\n\n"
    "Enhed: Procent\n\n"
    "Tallene er foreløbige for det seneste år.\n")

REGION_PAGE = (
    "Indikatorbeskrivelse\nRegion Midtjylland, 1. februar 2025\n\n"
    "Navn på indikator: Akutte genindlæggelser\n\n"
    "Beregning: Antal akutte genindlæggelser inden for 30 dage i procent af alle udskrivninger. Planlagte "
    "indlæggelser tæller ikke med.\n\n"
    "Målgruppe: Patienter på 65 år og derover.\n")

NAME_ONLY = (
    "Målingsbeskrivelse\nJobindsats.dk, 2. maj 2024\n\n"
    "Navn på måling: Ledige i job\n\n"
    "Enhed: Antal\n\n"
    "Målingen kan fordeles på køn og alder.\n")


def _doc(text: str) -> Document:
    return Document.from_text(text)


def _indicators(text: str) -> list[dict[str, object]]:
    return [{f: getattr(r, f) for f in FIELDS} for r in parse(_doc(text))]


def test_a_jobindsats_page_is_one_nøgletal_named_by_its_name_label() -> None:
    assert _indicators(SYGEDAGPENGE_PAGE) == [{
        "kind": "nøgletal", "title": "Andel forløb over 52 uger",
        "definition": "Andelen beregnes som antallet af afsluttede forløb over 52 uger divideret med alle afsluttede "
                      "forløb i perioden.",
        "measure": "share", "population": "Sygemeldte lønmodtagere, der modtager sygedagpenge",
        "numerator": "antallet af afsluttede forløb over 52 uger", "denominator": "alle afsluttede forløb i perioden"}]


def test_a_region_page_gives_its_title_definition_and_population() -> None:
    [got] = _indicators(REGION_PAGE)
    assert (got["title"], got["population"], got["measure"]) == (
        "Akutte genindlæggelser", "Patienter på 65 år og derover", "share")
    assert got["definition"] == ("Antal akutte genindlæggelser inden for 30 dage i procent af alle udskrivninger.")


def test_a_page_naming_a_measure_without_computing_it_gives_nothing() -> None:
    assert _indicators(NAME_ONLY) == []
