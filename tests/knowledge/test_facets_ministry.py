"""The ministry facet and the --ministry filter hold ministries only (danish.reference's
ministries, and names a Danish ministry takes: "...ministeriet", "Ministeriet for ...");
a kommune, a party or an agency that issued a document is counted under `issuer`."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from knowledge.search import search
from knowledge.search_facets import FACETS
from knowledge.search_index import is_ministry, ministries_only, plain
from knowledge.store import MIGRATIONS, Store

# Real corpus files: kommuner, a party programme, STAR and Beskæftigelsesministeriet news
# (issuers, no `ministry` field), and answer letters (a printed ministry).
FILES = ("municipal/f02_ballerup_kvalitetsstandard_rusmiddel.txt", "municipal/f06_df_kommunalpolitik.txt",
         "municipal/f05_la_arbejdsprogram_skat.txt", "star/d01_jobindsats_aktiveringsgrad_passivandel.txt",
         "policy/p02_bm_450_timers_reglen_bliver_225_2011.txt",
         "policy/p10_uvm_nationale_maal_folkeskolen_v_a.txt", "ft_qa/beu-2012-13-l53-spm22-svar.txt")


@pytest.fixture(scope="module")
def db(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ministry") / "sporbar.db"
    with Store(path) as s:
        assert s.ingest([corpus / f for f in FILES]).ok
    return path


def test_the_corpus_issuers_are_what_the_test_says(db: Path) -> None:
    with Store(db, read_only=True) as s:
        issuers = {d["flat"].get("issuer") for d in s.documents()}
    assert {"Ballerup Kommune", "Dansk Folkeparti", "Liberal Alliance", "Beskæftigelsesministeriet",
            "Børne- og Undervisningsministeriet", "Styrelsen for Arbejdsmarked og Rekruttering"} <= issuers


def test_ministry_facet_lists_ministries_only(db: Path) -> None:
    with Store(db, read_only=True) as s:
        facets = search(s, "", kind="policy", limit=1).facets
        every = search(s, "", samling="2012-13", limit=1).facets["ministry"] | facets["ministry"]
    assert set(every) == {"Beskæftigelsesministeriet", "Børne- og Undervisningsministeriet"}
    assert {"Ballerup Kommune", "Dansk Folkeparti", "Liberal Alliance",
            "Styrelsen for Arbejdsmarked og Rekruttering"} <= set(facets["issuer"])
    assert not set(facets["issuer"]) & set(facets["ministry"])
    assert "issuer" in FACETS


@pytest.mark.parametrize(("value", "count"), [("Ballerup", 0), ("Dansk Folkeparti", 0),
                                               ("Styrelsen for Arbejdsmarked", 0), ("Beskæftigelse", 2)])
def test_ministry_filter_finds_ministries_only(db: Path, value: str, count: int) -> None:
    with Store(db, read_only=True) as s:
        assert search(s, "", ministry=value, limit=5).total == count


@pytest.mark.parametrize(("name", "ministry"), [
    ("Beskæftigelsesministeriet", True), ("Børne- og Undervisningsministeriet", True),
    ("Ministeriet for Familie- og Forbrugeranliggender", True), ("UDLÆNDINGE- OG INTEGRATIONSMINISTERIET", True),
    ("Ballerup Kommune", False), ("Dansk Folkeparti", False), ("Styrelsen for Arbejdsmarked og Rekruttering", False),
    ("KL", False), ("LO", False), ("", False), (None, False)])
def test_is_ministry(name: str | None, ministry: bool) -> None:
    assert is_ministry(name) is ministry


def test_a_store_indexed_with_issuers_as_ministries_is_migrated(db: Path, tmp_path: Path) -> None:
    old = tmp_path / "v7.db"
    with sqlite3.connect(db) as src, sqlite3.connect(old) as dst:
        src.backup(dst)
    with sqlite3.connect(old) as con:  # as version 7 indexed it: any issuer was the ministry
        con.execute("UPDATE search_docs SET ministry = ? WHERE source LIKE '%f06_df_kommunalpolitik%'",
                    (plain("Dansk Folkeparti"),))
        con.execute(f"PRAGMA user_version = {MIGRATIONS.index(ministries_only)}")
    with Store(old) as s:
        assert s.schema_version == len(MIGRATIONS)
        assert search(s, "", ministry="Dansk Folkeparti", limit=1).total == 0
        assert "Dansk Folkeparti" not in search(s, "", kind="policy", limit=1).facets["ministry"]
