"""The organisations a policy text names (extract/parsers/policy_organisations.py): the international and European
bodies of extract/data/international_bodies.tsv, the Danish national institutions of extract/data/national_bodies.tsv
and the regions of the kommune register, each row attested where its table says, and a kommune's magistrate
bodies (extract/data/municipal_bodies.tsv) in the minutes of a byråd; exact lists on corpus texts, a realistic sample,
and words that name no body."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from extract.document import Document
from extract.load import load
from extract.parsers.policy_document import parse
from extract.parsers.policy_organisations import international_bodies_at, national_bodies_at
from tests.attestation import attesting_text

ROOT = Path(__file__).resolve().parents[2]

# A realistic paragraph of a party programme, written for this test: the bodies the corpus names once.
INTERNATIONAL_SAMPLE = ("Danmark skal arbejde gennem OSCE og Europarådet for menneskerettighederne. Europa-Parlamentet "
                        "skal have mere indflydelse, og EU-Domstolen skal ikke lave politik. Ifølge OECD og IMF vil "
                        "væksten falde, og UNHCR beder om flere kvotepladser.")


# A realistic paragraph of a party programme, written for this test: the national institutions the corpus names once.
NATIONAL_SAMPLE = ("Folkekirken skal have frihed, Landsbyggefonden skal afvikles, DSB skal konkurrenceudsættes, og "
                   "støtten til Dansk Flygtningehjælp skal ophøre.")


def _rows(table_name: str = "international_bodies.tsv") -> list[dict[str, str]]:
    table = ROOT / "extract" / "data" / table_name
    lines = [line for line in table.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _doc(text: str) -> Document:
    return Document.from_text(text)


@pytest.mark.parametrize("row", _rows() + _rows("national_bodies.tsv"), ids=lambda r: r["name"])
def test_each_international_body_is_attested_twice(row: dict[str, str]) -> None:
    pattern = re.compile(row["pattern"])
    assert pattern.search(row["example"]) and row["source"]
    sources = row["attested_by"].split(";")
    assert len(set(sources)) >= 2
    for source in sources:
        assert pattern.search(attesting_text(source)), source


def test_the_sample_names_its_bodies_as_printed() -> None:
    assert [name for name, _, _ in international_bodies_at(INTERNATIONAL_SAMPLE)] == [
        "OSCE", "Europarådet", "Europa-Parlamentet", "EU", "EU-Domstolen", "OECD", "IMF", "UNHCR"]  # "EU" of
    # "EU-Domstolen" too


@pytest.mark.parametrize(("text", "names"), [
    # the Union by its full name first, then "EU": one body, named as first printed; the court by its older name
    # (s20_07 gold: "Den Europæiske Union", "EF-domstolen")
    ("Vi er modstandere af udbygningen af Den Europæiske Union. EU skal ikke styres af EF-domstolen.",
     ["Den Europæiske Union", "EF-domstolen"]),
    ("EU skal være slankt, og EU-Domstolen skal ikke lave politik.", ["EU", "EU-Domstolen"]),
])
def test_a_european_body_by_the_form_first_printed(text: str, names: list[str]) -> None:
    assert [name for name, _, _ in international_bodies_at(text)] == names


def test_the_national_sample_names_its_bodies_as_printed() -> None:
    assert [name for name, _, _ in national_bodies_at(NATIONAL_SAMPLE)] == [
        "Folkekirken", "Landsbyggefonden", "DSB", "Dansk Flygtningehjælp"]


@pytest.mark.parametrize(("text", "names"), [
    # the form first printed names the body once (s18_08 gold: "Danmarks Radio"; s19_12 gold: "DR")
    ("Dansk Folkeparti anerkender Danmarks Radios rolle. DR’s medieudbud og TV2 skal privatiseres.",
     ["Danmarks Radio", "TV2"]),
    ("Licensen til DR afskaffes, og TV 2 sælges.", ["DR", "TV 2"]),
    ("Han kørte i sin DRAGON til TV2000-messen; folkekirkens tårne og dsb-toget.", []),
])
def test_a_national_body_by_the_form_it_is_first_printed_in(text: str, names: list[str]) -> None:
    assert [name for name, _, _ in national_bodies_at(text)] == names


@pytest.mark.parametrize(("text", "names"), [
    ("Strafferet skal udformes nationalt og ikke på EU-niveau.", ["EU"]),  # the first part of a compound (s12_07)
    ("Danmark skal leve op til FN’s anbefalinger.", ["FN"]),  # the genitive
    ("De europæiske lande og Europa som helhed.", []),
    ("En neurolog i DEUS og AFNOR-standarder, eu-lovgivning i små bogstaver.", []),
    ("Natoprisen gik til en dansker.", []),
    # the regions, by the kommune register's names, in the genitive too (f07, s18_13 golds)
    ("Tilbuddet drives af Region Hovedstadens sundhedshuse i samarbejde med Region Midtjylland.",
     ["Region Hovedstaden", "Region Midtjylland"]),
    ("Regionen og regionsrådet i hovedstadsregionen.", []),
    # an abbreviation defined in brackets: the body by its name (s19_13 gold), a later bare use the same body
    ("Men også internationale institutioner som EU, Verdenshandelsorganisation\n(WTO) og Den Internationale Valutafond "
     "(IMF) er med til at lægge et pres. EU, WTO og IMF løfter beslutningerne.",
     ["EU", "Verdenshandelsorganisation", "Den Internationale Valutafond"]),
])
def test_a_body_by_its_name_not_inside_another_word(text: str, names: list[str]) -> None:
    assert [name for name, _, _ in international_bodies_at(text)] == names


@pytest.mark.parametrize(("stem", "organisations"), [
    # a programme naming five bodies, each once (s9_04 gold)
    ("s9_04_radikale_international", ("FN", "OSCE", "NATO", "EU", "Europarådet")),
    # a byråd's minutes: the byråd (the issuer, "Byrådet" its short name), a public board in "-nævnet", its committee
    # named by an adjective, the magistrate and its departments, "Borgmesterens Afdeling" once (s10_06 gold)
    ("s10_06_aarhus_bro_lokalplan", ("Aarhus Byråd", "Planklagenævnet", "Teknisk Udvalg", "Borgmesterens Afdeling",
                                     "Magistraten", "Magistratsafdelingen for Teknik og Miljø")),
    # a department named in full and short is named once, in full (s17_01 gold_notes)
    ("s17_01_aarhus_indstilling_diskrimination", ("Aarhus Byråd", "Ligebehandlingsnævnet",
                                                  "Magistratsafdelingen for Borgmesterens Afdeling", "Magistraten",
                                                  "Økonomi- og Erhvervsudvalget")),
])
def test_the_organisations_of_corpus_texts(stem: str, organisations: tuple[str, ...]) -> None:
    [info] = parse(load(ROOT / "corpus" / "municipal" / f"{stem}.txt"))
    assert info.organisations == organisations


@pytest.mark.parametrize(("text", "names"), [
    # a body of the agencies table in the genitive names the body (s10_04 gold: "Folketinget" of "Folketingets
    # parlamentariske kontrol"), as a ministry's genitive does (d09: "Beskæftigelsesministeriets benchmarkinganalyse")
    ("Den centrale sygehusstyrelse skal være underlagt Folketingets parlamentariske kontrol.", ("Folketinget",)),
    ("Beskæftigelsesministeriets benchmarkinganalyse og Folketinget.", ("Beskæftigelsesministeriet", "Folketinget")),
    # a committee of the Folketing is its own body; an abbreviation takes no genitive "s" ("FTs" is no body)
    ("Folketingets Beskæftigelsesudvalg har spurgt.", ("Folketingets Beskæftigelsesudvalg",)),
    ("Se FTs hjemmeside.", ()),
])
def test_a_body_in_the_genitive(tmp_path: Path, text: str, names: tuple[str, ...]) -> None:
    path = tmp_path / "programme.txt"
    path.write_text(text + "\n", encoding="utf-8")
    [info] = parse(load(path))
    assert info.organisations == names
