"""Kommuner found in real documents: tables with marks, lists, running text."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.document import Document
from extract.load import load
from extract.parsers.kommuner import parse as parse_all
from extract.parsers.kommuner import scan
from extract.records import KommuneRow
from tests.attestation import attesting_text


def parse(doc):  # the rows only; unresolved names are tested on their own below
    return [r for r in parse_all(doc) if isinstance(r, KommuneRow)]


def _doc(text: str) -> Document:
    return Document.from_text(text, id="t", source="t.txt")


def _gold(gold: Path, name: str) -> dict:
    return json.loads(next(gold.rglob(f"{name}.gold.json")).read_text(encoding="utf-8"))


def test_seed_004_table_all_45_kommuner_with_five_attributes(corpus: Path, gold: Path) -> None:
    rows = parse(load(corpus / "seeds" / "004_66c79f67e679d369.txt"))
    expected = {k["name"]: k for k in _gold(gold, "004_66c79f67e679d369")["kommuner"]}
    got = {r.name: r for r in rows}
    assert len(got) == 45 and set(got) == set(expected)
    for name, row in got.items():
        assert row.attributes == expected[name]["attributes"], name
        assert row.as_written == expected[name]["as_written"]
    assert got["Høje-Taastrup"].code == "0169" and got["Høje-Taastrup"].as_written == "Høje Taastrup"


def test_provenance_points_at_the_written_name(corpus: Path) -> None:
    doc = load(corpus / "seeds" / "004_66c79f67e679d369.txt")
    for row in parse(doc):
        span = row.provenance["as_written"]
        assert doc.text[span.start:span.end] == row.as_written


def test_comma_and_og_list_in_running_text(corpus: Path, gold: Path) -> None:
    rows = parse(load(corpus / "star" / "d04_bm_benchmark_2018.txt"))
    assert [r.name for r in rows] == [k["name"] for k in _gold(gold, "d04_bm_benchmark_2018")["kommuner"]]


@pytest.mark.parametrize(("stem", "names"), [
    ("sou-2024-25-spm562-spm", ["Ringsted"]),
    ("eru-2015-16-s1107-svar", ["Ærø"]),
    ("beu-2012-13-l53-spm22-svar", []),
    ("amu-2008-09-spm53-svar", []),
])
def test_folketing_letters(corpus: Path, stem: str, names: list[str]) -> None:
    assert [r.name for r in parse(load(corpus / "ft_qa" / f"{stem}.txt"))] == names


@pytest.mark.parametrize(("text", "names"), [
    ("Ministeriet, Ved Stranden 8, 1061 København K", []),
    ("patienter på Aalborg Universitetshospital", []),
    ("Vi har besøgt Jobcenter Horsens i går.", ["Horsens"]),
    ("Møder i Odense og Aarhus blev holdt.", ["Odense", "Aarhus"]),
    # towns given as examples of towns (policy p28: "byer som Aarhus, Aalborg, Odense og Esbjerg")
    ("Ventetiden er længst i de større byer som Aarhus og Odense.", ["Odense", "Aarhus"]),
    ("Byerne som helhed har flere ledige.", []),
    # a place preposition opening the clause after a colon; a name coordinated with a kommune named as one
    ("Note: I Frederikshavn og Guldborgsund er tallene usikre.", ["Frederikshavn", "Guldborgsund"]),
    ("Derudover deltager Bornholms Regionskommune og Lyngby-Taarbæk i netværket.", ["Bornholm", "Lyngby-Taarbæk"]),
    ("Aarhus Kommune og Region Midtjylland samarbejder.", ["Aarhus"]),
    # the surroundings of a town are a region (the star README: regional headings are no kommuner)
    ("Borgere i Københavns omegn deltog.", []),
    # a focus adverb between the preposition and the place ("til bl.a.", "i især")
    ("Orkestret tager på turnéer til bl.a. Aalborg og Odense.", ["Aalborg", "Odense"]),
    ("Ledigheden er steget i især Esbjerg.", ["Esbjerg"]),
    ("Det gælder bl.a. Vejen til job.", []),
    ("Borgere fra Københavns Kommune deltog.", ["København"]),
    ("Langeland, Ærø og Svendborg indgår.", ["Langeland", "Ærø", "Svendborg"]),
    ("København og omegn:\n• Albertslund\n• Lyngby-Taarbæk*\n", ["Albertslund", "Lyngby-Taarbæk"]),
    ("Vejen til job er lang.", []),
    ("\tA\tB\nFyn\t•\t\nOdense\t•\t\nNyborg\t\t•\n", ["Odense", "Nyborg"]),
    # a pipe table without its outer pipes (GitHub's table syntax allows it), a table aligned in spaces
    ("Kommune | Genindlæggelser | Ventetid\nEsbjerg | 7,9 | 11\nVejle | 7,2 | 9\n", ["Esbjerg", "Vejle"]),
    ("Område            Måling 1   Måling 2\nHele landet         16,2       4,1\nKøbenhavn           18,9       5,0\n"
     "Århus               15,7       4,3\n", ["København", "Aarhus"]),
    # two spaces in running text make no table
    ("Vejen  til job  er lang.\nHele  landet  har  flere  ledige.\nVejen  Kommune  deltager.\n", ["Vejen"]),
])
def test_small_danish_strings(text: str, names: list[str]) -> None:
    assert sorted(r.name for r in parse(_doc(text))) == sorted(names)


def test_asterisk_kept_in_as_written_and_unresolved_rows_reported() -> None:
    result = scan(_doc("\tNetværk\nLyngby-Taarbæk*\t•\nKøge\t•\nFrederiks\t•\n"))
    assert {r.as_written for r in result.rows.values()} == {"Lyngby-Taarbæk*", "Køge"}
    assert [u.as_written for u in result.unresolved] == ["Frederiks"]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abc ÆØÅæøå,.og\n\t•KøgeOdenseAarhus", max_size=300))
def test_never_crashes_and_spans_lie_inside_the_text(text: str) -> None:
    doc = _doc(text)
    for row in parse(doc):
        assert 0 <= row.span.start <= row.span.end <= len(text)


@pytest.mark.parametrize(("text", "names", "unresolved"), [
    ("Borgere i Haderslevv Kommune klager.", ["Haderslev"], []),
    ("Jobcenter Koldingg har svaret.", ["Kolding"], []),
    ("Borgere i Frederiks Kommune klager.", [], ["Frederiks Kommune"]),
    ("Den Kommune vi kender.", [], []),
])
def test_fuzzy_only_where_a_kommune_is_meant_and_misses_reported(text: str, names: list[str],
                                                                 unresolved: list[str]) -> None:
    result = scan(_doc(text))
    assert [r.name for r in result.rows.values()] == names
    assert [u.as_written for u in result.unresolved] == unresolved


def test_markdown_pipe_table_with_region_row_reported() -> None:
    text = ("| Kommune | Netværk A | Netværk B |\n|---|---|---|\n| Assens | x | |\n| Køge | | x |\n"
            "| Region Sjælland | | |\n")
    result = scan(_doc(text))
    assert {r.name: r.attributes for r in result.rows.values()} == {
        "Assens": {"Netværk A": True, "Netværk B": False}, "Køge": {"Netværk A": False, "Netværk B": True}}
    assert [u.as_written for u in result.unresolved] == ["Region Sjælland"]


def test_kommuner_named_after_kommunerne() -> None:
    assert [r.name for r in parse(_doc("Projektet omfatter kommunerne Aarhus og Odense."))] == ["Aarhus", "Odense"]


def test_unresolved_kommune_names_are_reported_not_guessed(tmp_path) -> None:
    from extract.load import load
    from extract.parsers.kommuner import parse as parse_kommuner
    from extract.records import KommuneRow, UnresolvedName

    path = tmp_path / "notat.txt"
    path.write_text("Mødet blev holdt i Holbæk Kommune og i Nordby Kommune.\n", encoding="utf-8")
    doc = load(path)
    records = parse_kommuner(doc)
    assert [r.name for r in records if isinstance(r, KommuneRow)] == ["Holbæk"]
    missed = [r for r in records if isinstance(r, UnresolvedName)]
    assert [(m.as_written, m.status) for m in missed] == [("Nordby Kommune", "unknown")]
    assert doc.text[missed[0].span.start:missed[0].span.end] == "Nordby Kommune"


@pytest.mark.parametrize(("text", "expected"), [
    # a kommune's own bodies after its name in the genitive
    ("Holbæks byråd vedtog i går ordningen.", [("Holbæk", "Holbæks")]),
    ("Det besluttede Aarhus' borgmester.", [("Aarhus", "Aarhus")]),
    ("Odenses beskæftigelsesudvalg mødes i morgen.", [("Odense", "Odenses")]),
    ("Odenses Beskæftigelsesudvalg mødes i morgen.", [("Odense", "Odenses")]),  # the body's proper name
    # a caption with lower-case "kommune"
    ("Tabel 2. Forsøget i Holbæk kommune, 2019", [("Holbæk", "Holbæk")]),
    # a genitive before anything else, a hospital or a county names no kommune
    ("Holbæks historie er lang.", []),
    ("Holbæk Sygehus har travlt.", []),
    ("Patienter fra Vejle Amt blev flyttet.", []),
    # counts are never expanded
    ("19 kommuner deltager i forsøget med frit valg.", []),
    # a kommune's own service named after it
    ("Kontakt Borgerservice Holbæk for at søge.", [("Holbæk", "Holbæk")]),
    ("Henvis borgeren til Jobcenter\nHorsens, som tager over.", [("Horsens", "Horsens")]),  # wrapped in a PDF
    # an inline list joined by "samt" like one joined by "og"
    ("Forsøget omfatter Assens, Nyborg samt Ærø.", [("Assens", "Assens"), ("Nyborg", "Nyborg"), ("Ærø", "Ærø")]),
    # a predicate or apposition that calls the name a kommune (municipal f09: "Aarhus er
    # valgt som Kulturkommune 2017", "Syddjurs som kulturkommune"; the rest written here)
    ("Vejle er udpeget som frikommune i forsøget.", [("Vejle", "Vejle")]),
    ("Gladsaxe blev kåret til Årets Kommune i 2019.", [("Gladsaxe", "Gladsaxe")]),
    ("Esbjerg har som den første kommune indført frit valg.", [("Esbjerg", "Esbjerg")]),
    ("Frederiksberg og Gentofte er to af de kommuner, der har flest ældre.",
     [("Frederiksberg", "Frederiksberg"), ("Gentofte", "Gentofte")]),
    # ... but not a town in "the" kommune, nor a name before another noun
    ("Vejle er den største by i kommunen.", []),
    ("Vejle er en smuk by ved fjorden.", []),
    ("Aarhus som europæisk kulturhovedstad 2017", []),
    # a preposition opening the sentence, like one inside it ("i Odense")
    ("I Hillerød og Allerød har man gode erfaringer.", [("Hillerød", "Hillerød"), ("Allerød", "Allerød")]),
    ("Resultatet var godt. På Ærø faldt ledigheden.", [("Ærø", "Ærø")]),
    ("I Python kan filen læses.", []),
    # a function word opening the sentence is no part of a name (Snowball stop words)
    ("Også Holbæk, Kalundborg og Odsherred indgår i samarbejdet.",
     [("Holbæk", "Holbæk"), ("Kalundborg", "Kalundborg"), ("Odsherred", "Odsherred")]),
    ("Efter mødet. Men Vejle har ikke svaret.", []),
    # the kommune's council by name (aarhus_byraad_referat_2025-08-27, aarhus_borgerhenvendelse_email_2025)
    ("Sagen blev behandlet i Aarhus Byråd den 3. maj.", [("Aarhus", "Aarhus")]),
    ("Vejle Byråds beslutning står ved magt.", [("Vejle", "Vejle")]),
    # suspended compounds in a list: the hyphen stands for the common "Kommune(r)"
    ("Lolland- og Guldborgsund Kommuner samarbejder.", [("Lolland", "Lolland"), ("Guldborgsund", "Guldborgsund")]),
    ("Aabenraa-, Sønderborg- og Tønder Kommuner har fælles sygehus.",
     [("Aabenraa", "Aabenraa"), ("Sønderborg", "Sønderborg"), ("Tønder", "Tønder")]),
    # ... but a hyphen inside a compound is no list: a region, a district
    ("Turister på Lolland-Falster og i Aarhus-området.", []),
])
def test_genitive_bodies_captions_and_what_names_no_kommune(text: str, expected: list) -> None:
    assert [(r.name, r.as_written) for r in parse(_doc(text))] == expected


# -- a kommune named through an elected office (extract/data/kommune_offices.tsv) ---------------

# A joint letter's signatures, each with the signer's office in a kommune (as in corpus/municipal f08).
OFFICE_SIGNATURES_SAMPLE = (
    "Med venlig hilsen\n\n"
    "Anne Marie Holm\nBorgmester Frederiksberg,\nMedlem af Sundhedskoordinationsudvalget\n\n"
    "Peter Juul,\nKommunalbestyrelsesmedlem\nGribskov, Medlem af styregruppen\n\n"
    "Lone Bech\nByrådsmedlem Aarhus, formand for Kulturudvalget\n\n"
    "Jens Ravn\nRådmand Odense, By- og Kulturforvaltningen\n")
# A committee's member roster: name, office and kommune on one line.
OFFICE_ROSTER_SAMPLE = (
    "Styregruppens medlemmer:\n"
    "Karin Lund, Byrådsmedlem Horsens\n"
    "Mogens Toft, Rådmand Aalborg\n")


def test_a_kommunes_office_in_a_signature_names_the_kommune(corpus: Path) -> None:
    assert sorted(r.name for r in parse(load(corpus / "municipal" / "f08_kkr_hovedstaden_invitation.txt"))) == [
        "Brøndby", "Fredensborg", "Frederiksberg", "Gribskov", "København"]
    assert [r.name for r in parse(_doc(OFFICE_SIGNATURES_SAMPLE))] == ["Frederiksberg", "Gribskov", "Aarhus", "Odense"]
    assert [r.name for r in parse(_doc(OFFICE_ROSTER_SAMPLE))] == ["Horsens", "Aalborg"]


@pytest.mark.parametrize("text", [
    "Borgmester Ib Terp udtaler, at aftalen er god.",  # a person after the office
    "Det fortalte borgmester Jacob Bundsgaard på mødet.",
    "Rådmand Steen Stavnsbo (S) vil se på sagen.",
    "Mødet blev ledet af borgmesteren.\nOdense\n",  # no office right before the name
    "Kontakt borgmesterens kontor, 5000 Odense C.",
])
def test_an_office_before_a_person_or_apart_names_no_kommune(text: str) -> None:
    assert parse(_doc(text)) == []


def _office_rows() -> tuple[dict[str, str], ...]:
    from danish._data import table_rows
    return table_rows("extract", "data", "kommune_offices.tsv", delimiter="\t")


@pytest.mark.parametrize("row", _office_rows(), ids=lambda r: r["title"])
def test_each_office_is_attested_twice(row: dict[str, str]) -> None:
    sources = row["attested_by"].split(";")
    assert len(sources) >= 2
    for source in sources:
        text = attesting_text(source)
        assert any(row["title"] in line.lower() for line in text.splitlines()), source
        assert parse(_doc(text)), source
    assert row["title"] in row["example"].lower()
