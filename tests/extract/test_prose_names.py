"""People named in running prose (extract/prose_names.py `_prose_names`, part of `roled_persons`): a
Danish given name and a surname, with no title to say so; and the phrases built on people's names
that name places, institutions and firms instead (extract/data/person_name_heads.tsv, each row
attested by two samples of this file)."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from extract.person_roles import roled_persons
from extract.prose_names import names_in_prose
from knowledge.pipeline import extract_path
from tests.attestation import attesting_text
from tests.dev_records import dev_record_fields

ROOT = Path(__file__).resolve().parents[2]
HEADS = ROOT / "extract" / "data" / "person_name_heads.tsv"

# Realistic Danish texts of the genres the readers meet: a kommune's invitation, a plan, a grant
# notice, a tender note, a press item, a key-figure sheet. Each prints names in prose and phrases
# built on people's names.
VENUE_SAMPLE = """Invitation til dialogmøde om ældreplejen

Mødet holdes i Anne Maries Hus, Hans Knudsens Plads 3, 2200 København N, torsdag den 4. april
kl. 17-19. Efter mødet går vi samlet til koncerten på Sankt Hans Torv. Der er parkering ved
Dronning Louises Bro og ved Grundtvigs Kirke. Udstillingen fra Karen Blixen Museum kan ses i
foyeren. Hans Majestæt Kongen sender en hilsen. Ved regnvejr flytter vi til Jens Baggesen Hallen.

Tilmelding til Lone Kristensen på e-mail lkr@kk.dk senest mandag.
"""
CITY_SAMPLE = """Byrådet har vedtaget en ny plan for byens grønne områder. Poul Henningsens Park og Karen
Blixens Have får nye stier, og belysningen ved Dronning Louises Bro og Grundtvigs Kirke skiftes.
Arbejdet på Sankt Hans Torv udføres af Niels Andersen & Søn, og bussen til Hans Christian
Andersen Lufthavn får nye stoppesteder ved Peter Schmeichel Stadion. - Det bliver en grønnere by, siger
rådmand Jesper Nielsen.
"""
CULTURE_SAMPLE = """Kulturudvalget har bevilget 200.000 kr. til Anne Maries Hus og til et nyt projekt i Poul
Henningsens Park. Knud Højgaards Fond støtter projektet, og Karen Blixen Museum låner værker ud.
Sommerens forestilling i Karen Blixens Have åbnes af Hans Kongelige Højhed Kronprinsen, og Carl Nielsen
Teatret og Niels Bohr Bibliotek holder åbent hus. Projektet
ledes af Sofie Lund Madsen fra Kulturforvaltningen.
"""
GRANT_SAMPLE = """Puljen til lokale initiativer

Knud Højgaards Fond og Jens Hansen A/S har i år givet tilskud til 14 foreninger. Peter Larsen
Kaffe ApS sponsorerer kaffen ved uddelingen, og Peter Larsen Kaffe ApS har lovet at komme igen.
Spørgsmål kan rettes til Mette Holm Sørensen.
"""
FIRM_SAMPLE = """Udbud af vedligeholdelse 2024

Tre firmaer har budt: Jens Hansen A/S, Peter Larsen Kaffe ApS og Niels Andersen & Søn.
Per Enhed: 450 kr.
Tilbuddene er vurderet af Birgit Holm og Kasper Lund-Andersen.
"""
ROYAL_SAMPLE = """Hans Majestæt Kongen åbner den nye bro den 4. juni. Ved åbningen deltager også Hans Kongelige
Højhed Kronprinsen, og borgmester Jacob Bundsgaard holder tale.
"""
TRAVEL_SAMPLE = """Studietur for Ældrerådet 2024

Vi flyver fra Hans Christian Andersen Lufthavn kl. 8.15. Første dag ser vi Carl Nielsen Teatret og
Niels Bohr Bibliotek, anden dag en kamp på Peter Schmeichel Stadion og en koncert i Jens Baggesen
Hallen. Turen arrangeres af Henrik Mølgaard.
"""
BUDGET_SAMPLE = """Nøgletal for hjemmeplejen

Udgift Per Borger
Per Borger 65+: 14.200 kr.

Udgiften er opgjort af Lars Mikkelsen i samarbejde med Anne Marie og Ida.
"""

# What the readers give for each sample: the names (and roles) of people, none of the places,
# institutions and firms named after people.
EXPECTED = {
    "VENUE_SAMPLE": [("Lone Kristensen", None)],
    "CITY_SAMPLE": [("Jesper Nielsen", "rådmand")],
    "CULTURE_SAMPLE": [("Sofie Lund Madsen", None)],
    "GRANT_SAMPLE": [("Mette Holm Sørensen", None)],
    "FIRM_SAMPLE": [("Birgit Holm", None), ("Kasper Lund-Andersen", None)],
    "ROYAL_SAMPLE": [("Jacob Bundsgaard", "borgmester")],
    "BUDGET_SAMPLE": [("Lars Mikkelsen", None)],
    "TRAVEL_SAMPLE": [("Henrik Mølgaard", None)],
}


@pytest.mark.parametrize("sample", sorted(EXPECTED))
def test_people_in_prose_and_not_the_places_named_after_them(sample: str) -> None:
    text = globals()[sample]
    assert [(p.name, p.role) for p in roled_persons(text)] == EXPECTED[sample]


def _rows() -> list[dict[str, str]]:
    lines = [line for line in HEADS.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def test_the_table_lists_the_heads() -> None:
    assert [(r["word"], r["kind"]) for r in _rows()] == [
        ("Hus", "place"), ("Torv", "place"), ("Park", "place"), ("Have", "place"), ("Bro", "place"),
        ("Fond", "institution"), ("Museum", "institution"), ("Kirke", "institution"),
        ("Teater|Teatret", "institution"), ("Bibliotek", "institution"), ("Hal|Hallen", "place"),
        ("Stadion", "place"), ("Lufthavn", "place"),
        ("A/S", "firm"), ("ApS", "firm"), ("& Søn", "firm"),
        ("Majestæt", "honorific"), ("Højhed", "honorific"),
        ("Per", "word"), ("Hans", "word")]


@pytest.mark.parametrize("row", _rows(), ids=lambda r: r["word"])
def test_each_head_is_attested_twice(row: dict[str, str]) -> None:
    sources = row["attested_by"].split(";")
    assert len(set(sources)) >= 2
    for source in sources:
        text = attesting_text(source)
        forms = row["word"].split("|")
        assert any(form in text for form in forms), source
        # the word stands in the sample, and no person the readers give is named with it
        assert not any(set(forms) & set(p.name.split()) for p in roled_persons(text)), source


@pytest.mark.parametrize(("text", "expected"), [
    # a sentence's first word before the name, a name before a verb and before "fra"
    ("Kontakt Jens Hansen for yderligere oplysninger.", ["Jens Hansen"]),
    ("Jeg har en fin dialog med Martin Busk fra Bricks.", ["Martin Busk"]),
    ("Ifølge Mette Holm Sørensen er sagen ikke afgjort.", ["Mette Holm Sørensen"]),
    # a genitive before a noun is the person ("Lars Løkke Rasmussens regering")
    ("Forslaget stammer fra Lars Løkke Rasmussens regering.", ["Lars Løkke Rasmussen"]),
    # "v/" before a contact's name, a hyphenated surname, a particle
    ("Orientering v/ Hanne Kjær-Nielsen og Lise von Seelen.", ["Hanne Kjær-Nielsen", "Lise von Seelen"]),
    # a middle initial inside the name, none at its end
    ("Spørgsmålet er stillet af Holger K. Nielsen og besvaret af Jan E. Jørgensen.",
     ["Holger K. Nielsen", "Jan E. Jørgensen"]),
    ("Det oplyser Jens H. i en mail.", []),
    # two given names only are no one's full name; nor is one
    ("Hilsen Anne Marie og Jens.", []),
    # streets, squares, institutions named after people
    ("Mødet holdes på Hans Knudsens Plads i Anne Maries Hus.", []),
    ("Bussen kører ad Jens Baggesens Vej til Niels Steensens Gymnasium.", []),
    # organisations and places whose names hold a given name
    ("Sagen er sendt til Dansk Folkeparti og til Sankt Hans Aften-udvalget.", []),
    ("Festen holdes Sankt Hans Aften ved stranden.", []),
    ("Tilskuddet går til Jens Hansen A/S og Niels Andersen & Søn.", []),
    # a kommune's name as a surname is a place ("Per Aarhus") and an office glued to a name is no surname
    ("Sagen drøftes med Karin Nødgaardformand og Per Aarhus.", []),
    # two signers joined by "&": the second though its given name is not in the table; a firm is none
    ("Forslaget er stillet af\nLene Holm & Tove Krag.\n", ["Lene Holm", "Tove Krag"]),
    ("Med venlig hilsen Kasper Lund & Trevor Davies", ["Kasper Lund", "Trevor Davies"]),
    ("Opgaven løses af Peter Bang & Dansk Byggeri A/S.", ["Peter Bang"]),
    ("Opgaven løses af Niels Andersen & Søn.", []),
    # a title-case heading of many words is no name
    ("Om Anne Marie Hansen Og Søren Jensen Projektet", []),
    # a list of names: items of a known name's shape are people though the table lacks their given names (s17_01)
    ("Udvalget består af Jens Hansen, Mette Holm, Metin Aydin og Naeema Kamal.",
     ["Jens Hansen", "Mette Holm", "Metin Aydin", "Naeema Kamal"]),
    # ... but not with one known name alone, nor a list of places
    ("Sagen drøftes med Jens Hansen og Naeema Kamal.", ["Jens Hansen"]),
    ("Kontorerne i Vester Hassing, Nørre Alslev og Jens Hansen.", ["Jens Hansen"]),
])
def test_prose_samples(text: str, expected: list[str]) -> None:
    assert [p.name for p in roled_persons(text)] == expected


@pytest.mark.parametrize(("stem", "names"), [
    # minutes: members named in the decision's prose, and a proposal's signers joined by "&"
    ("s6_06_aarhus_parkering_phuse", ["Viggo Jonasen", "Nicolaj Bang", "Polly Dutschke"]),
    # a citizen's e-mail naming the person they deal with
    ("s6_12_aarhus_borgerhenvendelse", ["Martin Busk"]),
    # a notat naming an artist by trade
    ("s6_04_syddjurs_kulturkommune_maal", ["Steffen Dam"]),
    # a committee's supporting members as a list, two given names the table lacks ("Metin", "Polly")
    ("s17_01_aarhus_indstilling_diskrimination",
     ["Jesper Kjeldsen", "Eva Borchorst Mejnertz", "Mette Bjerre", "Metin Lindved Aydin", "Polly Dutschke"]),
])
def test_names_in_the_prose_of_municipal_texts(corpus: Path, stem: str, names: list[str]) -> None:
    flat = extract_path(corpus / "municipal" / f"{stem}.txt").flat.model_dump(mode="json")
    assert flat["persons"] == names


@pytest.mark.parametrize(("path", "persons"), [
    # a question letter naming a citizen in its question (the ft_qa README: persons are the people named in the
    # text other than the askers and the signer)
    ("ft_qa_ministries/sou-2019-20-spm44-spm.txt", ["Jonas Høj Jensen"]),
    # a samråd question naming its four askers and the udvalg's chair in prose: askers and signer, no persons
    ("ft_qa_ministries/keb-2014-15-1s-samspmV-spm.txt", []),
    # an answer naming its asker, its signing minister and an official: only the official is a person
    ("ft_qa/suu-2019-20-spm286-svar.txt", ["Sofie Elsborg Larsen"]),
])
def test_names_in_the_prose_of_folketing_letters(corpus: Path, path: str, persons: list[str]) -> None:
    assert dev_record_fields(corpus / path)["persons"] == persons


@pytest.mark.parametrize("text", [
    # a minister's title glued to the signer's name by a lost line break is no surname (tests/fixtures/letters)
    "Med venlig hilsen\nUffe Elbækkulturminister\n",
    "Svaret er givet af Ellen Trane Nørbysundhedsminister i dag.",
])
def test_a_name_glued_to_a_ministers_title_is_no_name_in_prose(text: str) -> None:
    assert [p.name for p in names_in_prose(text)] == []
