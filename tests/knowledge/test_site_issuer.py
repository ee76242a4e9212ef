"""The issuer a document's own address tells when its text names none (the site convention of
corpus/star/README.md "Document fields", which corpus/policy/README.md adopts): the owner of
extract/data/issuer_sites.tsv, a ministry's, an agency's or a kommune's own domain, or the name the
text prints that the domain spells; an unknown site tells nothing."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from extract.parsers.issuer_sites import issuer_of_site
from knowledge.pipeline import extract_path
from knowledge.works import source_url
from tests.attestation import corpus_text

ROOT = Path(__file__).resolve().parents[2]
TABLE = ROOT / "extract" / "data" / "issuer_sites.tsv"

# A think tank's analysis that signs nowhere but prints its name (as corpus/policy p16 on kraka.dk).
ANALYSIS_SAMPLE = ("Analyse\n\nFå vælger tidlig pension\n\nI denne analyse viser Kraka, at tilgangen til tidlig "
                   "pension er lavere end ventet.\n")
NEWS_SAMPLE = ("Den udskældte 225-timers regel er ude af kraft. Et flertal forlænger nu suspenderingen, siger "
               "beskæftigelsesminister Peter Hummelgaard (S).\n")


@pytest.mark.parametrize(("url", "text", "issuer"), [
    # the table's sites (the convention's own and the dev texts')
    ("https://www.star.dk/da/reformer/forsoeg/", NEWS_SAMPLE, "Styrelsen for Arbejdsmarked og Rekruttering"),
    ("https://www.kristeligt-dagblad.dk/danmark/politisk-flertal", NEWS_SAMPLE, "Kristeligt Dagblad"),
    # a kommune's own domain, a ministry's abbreviation
    ("https://holbaek.dk/borger/job-og-ledighed/", NEWS_SAMPLE, "Holbæk Kommune"),
    ("https://bm.dk/nyheder/2017/12/", NEWS_SAMPLE, "Beskæftigelsesministeriet"),
    # a site the text names itself
    ("https://kraka.dk/analyse/faa_vaelger_tidlig_pension", ANALYSIS_SAMPLE, "Kraka"),
    # a site neither known nor spelled by the text, or no address: nothing
    ("https://kraka.dk/analyse/faa_vaelger_tidlig_pension", NEWS_SAMPLE, None),
    ("https://docplayer.dk/29990596-lo-s-jobcenterindeks.html", NEWS_SAMPLE, None),
    (None, ANALYSIS_SAMPLE, None),
    ("file:///tmp/notat.txt", ANALYSIS_SAMPLE, None),
])
def test_the_site_of_a_documents_address_names_its_issuer(url: str | None, text: str, issuer: str | None) -> None:
    assert issuer_of_site(url, text) == issuer


def _rows() -> list[dict[str, str]]:
    lines = [line for line in TABLE.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@pytest.mark.parametrize("row", _rows(), ids=lambda r: r["site"])
def test_each_site_is_attested_by_a_text_on_it(row: dict[str, str]) -> None:
    for source in row["attested_by"].split(";"):
        if source.startswith("convention:"):
            assert "README" in source
            continue
        [path] = sorted((ROOT / "corpus").rglob(f"{source}.txt")) or sorted((ROOT / "corpus").rglob(f"{source}.pdf"))
        address = source_url(str(path)) or ""
        assert row["site"] in corpus_text(source).lower() or row["site"] in address, source


def test_a_news_item_that_names_no_issuer_gets_its_sites() -> None:
    from extract.records import DocumentInfo

    [info] = [r for r in extract_path(ROOT / "corpus" / "policy" / "p04_kd_225_timers_reglen_suspension_2020.txt").records
              if isinstance(r, DocumentInfo)]
    assert info.issuer == "Kristeligt Dagblad"
