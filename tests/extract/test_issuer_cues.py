"""Who publishes a document, read from its colophon or its copyright line (extract/data/
issuer_cues.tsv, read by extract/document_issuer.py `publisher_line`, used by
extract/parsers/policy_issuer.py `issuer_of`), the name put in the form the reference tables
give it."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from extract.document_issuer import canonical_organisation, publisher_line
from extract.parsers.policy_issuer import issuer_of
from tests.attestation import attesting_text

ROOT = Path(__file__).resolve().parents[2]
CUES = ROOT / "extract" / "data" / "issuer_cues.tsv"

# Realistic Danish colophons and page footers of the genres that print them.
REPORT_COLOPHON_SAMPLE = """Evaluering af sygedagpengereformen

Delrapport 2

Udgivet af: Beskæftigelsesministeriet
Holmens Kanal 20, 1060 København K
ISBN: 978-87-93535-12-4

Rapporten er udarbejdet af Deloitte for Styrelsen for Arbejdsmarked og Rekruttering.
"""
KOMMUNE_GUIDE_SAMPLE = """Din guide til jobcentret

Her kan du læse om dine rettigheder og pligter, når du modtager kontanthjælp.

Udgivet af Holbæk Kommune, Jobcenter Holbæk, marts 2023
Tekst: Lene Bach. Foto: Colourbox
"""
AGENCY_GUIDE_SAMPLE = """Vejledning om jobafklaringsforløb

Vejledningen beskriver reglerne for kommunernes sagsbehandling.

Udgiver: STAR
Njalsgade 72A, 2300 København S
"""
UNION_REPORT_SAMPLE = """Ledighed blandt nyuddannede 2022

Udgiver: Akademikerne
Redaktion: Mette Holm og Søren Krag
Layout: Kasper Lund
"""
THINK_TANK_FOOTER_SAMPLE = """Analyse: Flere ældre bliver på arbejdsmarkedet

Seniorerne arbejder længere end for ti år siden, viser en ny opgørelse. Beskæftigelsesministeriet
venter, at udviklingen fortsætter.

Kontakt · Presse · Nyhedsbrev
© 2021 Cepos | Landgreven 3, 1301 København K
"""
REGIONS_FOOTER_SAMPLE = """Akutberedskabet i tal

Regionerne driver 1813, akutlægebilerne og ambulancerne. Sundhedsstyrelsen fastsætter kravene.

Copyright © Danske Regioner 2022
"""

EXPECTED = {
    "REPORT_COLOPHON_SAMPLE": "Beskæftigelsesministeriet",
    "KOMMUNE_GUIDE_SAMPLE": "Holbæk Kommune",
    # an agency's abbreviation, in its reference form (danish/data/agencies.csv)
    "AGENCY_GUIDE_SAMPLE": "Styrelsen for Arbejdsmarked og Rekruttering",
    "UNION_REPORT_SAMPLE": "Akademikerne",
    "THINK_TANK_FOOTER_SAMPLE": "Cepos",
    "REGIONS_FOOTER_SAMPLE": "Danske Regioner",
}


def _doc(text: str):
    from extract.document import Document

    return Document.from_text(text)


@pytest.mark.parametrize("sample", sorted(EXPECTED))
def test_the_publisher_of_each_sample(sample: str) -> None:
    text = globals()[sample]
    found = publisher_line(text)
    assert found is not None and found.value == EXPECTED[sample]
    # and it is the document's issuer, before ministries and agencies the text names in passing
    assert issuer_of(_doc(text)).value == EXPECTED[sample]  # type: ignore[union-attr]


def _rows() -> list[dict[str, str]]:
    lines = [line for line in CUES.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def test_the_table_lists_the_cues() -> None:
    assert [r["example"] for r in _rows()] == [
        "Udgivet af: Beskæftigelsesministeriet", "Udgiver: Styrelsen for Arbejdsmarked og Rekruttering",
        "© 2021 Cepos"]


@pytest.mark.parametrize("row", _rows(), ids=lambda r: r["example"])
def test_each_cue_is_attested_twice(row: dict[str, str]) -> None:
    sources = row["attested_by"].split(";")
    assert len(set(sources)) >= 2
    for source in sources:
        text = attesting_text(source)
        assert re.search(row["cue"], text), source
        assert publisher_line(text).value == EXPECTED[source.rsplit(".", 1)[1]]  # type: ignore[union-attr]


@pytest.mark.parametrize("text", [
    # a photographer's or an author's name after the mark is no publisher
    "Foto: © Lars Holm\n",
    "© Mette Kjær Hansen 2020\n",
    # a year alone, and the verb in a sentence citing another's report
    "Dansk Folkepartis arbejdsprogram\n© 2009\n",
    "Rapporten blev udgivet af KL i 2020 og viser en stigning.\n",
])
def test_lines_that_name_no_publisher(text: str) -> None:
    assert publisher_line(text) is None


@pytest.mark.parametrize(("printed", "canonical"), [
    ("AMS", "Styrelsen for Arbejdsmarked og Rekruttering"),
    ("Kommunernes Landsforening", "KL"),
    ("Beskæftigelsesministeriet", "Beskæftigelsesministeriet"),
    ("Holbæk Kommune", "Holbæk Kommune"),
    ("Dansk Folkeparti", "Dansk Folkeparti"),
    ("Kraka", "Kraka"),
])
def test_names_in_their_reference_form(printed: str, canonical: str) -> None:
    assert canonical_organisation(printed) == canonical


# A kommune's memo whose letter head prints only its mail domain (a kommune's domain is its name).
KOMMUNE_MAIL_SAMPLE = """Dato: 12. januar 2024
Sagsnr.: 24/00123
E-mail: jobcenter@lyngby-taarbaek.dk
Kontakt: Lene Bach

Notat om ressourceforløb

Antallet af borgere i ressourceforløb er steget i 2023.
"""
# A kommune's page that prints its own addresses (as the Holbæk page of the policy dev set, p09).
KOMMUNE_SITE_SAMPLE = """Hjælp til forsørgelse

Søg om økonomisk hjælp på www.holbaek.dk/selvbetjening. Du kan også skrive til
jobcenter@holbaek.dk, hvis du har spørgsmål til reglerne. Læs mere om opholdskravet på
www.holbaek.dk/opholdskrav.
"""


@pytest.mark.parametrize(("host", "kommune"), [
    ("www.middelfart.dk", "Middelfart Kommune"),
    ("holbaek.dk", "Holbæk Kommune"),
    ("jobcenter.lyngby-taarbaek.dk", "Lyngby-Taarbæk Kommune"),
    ("hoeje-taastrup.dk", "Høje-Taastrup Kommune"),
    # another domain, or a site that is no kommune's
    ("kk.dk", None), ("jobindsats.dk", None), ("holbaek.com", None),
])
def test_a_kommunes_domain_is_its_name(host: str, kommune: str | None) -> None:
    from extract.document_issuer import kommune_of_host

    assert kommune_of_host(host) == kommune


def test_middelfarts_letter_head_prints_the_kommunes_domain(corpus: Path) -> None:
    from extract.document_issuer import kommune_of_host
    from extract.load import load

    text = load(corpus / "pdf" / "middelfart_notat_letterhead_2016.pdf", ocr=False).text
    hosts = {m.group(1) for m in re.finditer(r"(?:www\.|@)([\w.-]+\.dk)\b", text)}
    assert hosts and {kommune_of_host(h) for h in hosts} == {"Middelfart Kommune"}


@pytest.mark.parametrize(("text", "issuer"), [
    (KOMMUNE_MAIL_SAMPLE, "Lyngby-Taarbæk Kommune"),
    (KOMMUNE_SITE_SAMPLE, "Holbæk Kommune"),
])
def test_a_kommune_named_by_its_domain_issues_its_papers(text: str, issuer: str) -> None:
    assert issuer_of(_doc(text)).value == issuer  # type: ignore[union-attr]


@pytest.mark.parametrize(("host", "organisation"), [
    # the star README's sites, read from the reference tables' abbreviations
    ("www.bm.dk", "Beskæftigelsesministeriet"), ("ism.dk", "Indenrigs- og Sundhedsministeriet"),
    ("star.dk", "Styrelsen for Arbejdsmarked og Rekruttering"),
    # others the corpus prints the same way
    ("www.uim.dk", "Udlændinge- og Integrationsministeriet"), ("kl.dk", "KL"),
    # a ministry no longer in use names no site; nor does a news site
    ("am.dk", None), ("berlingske.dk", None),
    ("jobcenter@holbaek.dk".split("@")[1], "Holbæk Kommune"),
])
def test_a_ministrys_or_an_agencys_site_is_its_abbreviation(host: str, organisation: str | None) -> None:
    from extract.document_issuer import organisation_of_host

    assert organisation_of_host(host) == organisation


def test_a_page_printing_only_a_ministrys_addresses_is_the_ministrys() -> None:
    text = ("Integrationsgrunduddannelsen\n\nLæs reglerne på www.uim.dk/igu og find blanketten på "
            "www.uim.dk/blanketter.\n")
    assert issuer_of(_doc(text)).value == "Udlændinge- og Integrationsministeriet"  # type: ignore[union-attr]


# A letterhead's organisation line over a notat, alone or with its date (session 22's probes: the issuer was empty
# for every ministry but the two the dev texts name): the reference tables' name.
@pytest.mark.parametrize("head, issuer", [
    ("Indenrigs- og Sundhedsministeriet, 10. februar 2023", "Indenrigs- og Sundhedsministeriet"),
    ("Social- og Indenrigsministeriet", "Social- og Indenrigsministeriet"),
    ("Finansministeriet – 3. maj 2021", "Finansministeriet"),
    ("Aarhus Kommune, 26. september 2018", "Aarhus Kommune"),
    ("Styrelsen for Arbejdsmarked og Rekruttering", "Styrelsen for Arbejdsmarked og Rekruttering"),
    # the ministries of the 2019-2022 governments and the state agencies (session 23's reference rows)
    ("Ældreministeriet, 9. november 2023", "Ældreministeriet"),
    ("Indenrigs- og Boligministeriet", "Indenrigs- og Boligministeriet"),
    ("Børne- og Undervisningsministeriet", "Børne- og Undervisningsministeriet"),
    ("Vejdirektoratet, 31. marts 2023", "Vejdirektoratet"),
    ("Sundhedsdatastyrelsen", "Sundhedsdatastyrelsen"),
])
def test_a_letterhead_line_names_the_publisher(head: str, issuer: str) -> None:
    text = f"Notat om opfølgning på aftalen\n{head}\n\nAftalen blev indgået i 2020. Den evalueres i 2024.\n"
    found = issuer_of(_doc(text))
    assert found is not None and found.value == issuer
    assert text[found.start:found.end].startswith(issuer.split()[0])


@pytest.mark.parametrize("head", [
    "Notatet er sendt til Finansministeriet og Aarhus Kommune til orientering.",  # a sentence, not a letterhead
    "Ministeriet for Ingenting",  # no ministry the tables know
])
def test_a_head_line_that_is_no_letterhead(head: str) -> None:
    text = f"Notat\n{head}\n\nAftalen blev indgået i 2020.\n"
    assert issuer_of(_doc(text)) is None
