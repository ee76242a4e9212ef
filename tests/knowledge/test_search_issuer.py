"""The issuer (a kommune, party or agency) as a search filter, one name per party, and
snippets without the saved texts' page marks."""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from knowledge import app_api
from knowledge.cli import app
from knowledge.search import search
from knowledge.search_index import issuer_name
from knowledge.store import Store

ROOT = Path(__file__).resolve().parents[2]
MUNICIPAL = ROOT / "corpus" / "municipal"
# Three of Ballerup Kommune's documents, Liberal Alliance's two programmes, Dansk Folkeparti's,
# and Radikale Venstre's two: the programme PDF prints "Det Radikale Venstre", the excerpt
# s09 "Radikale Venstre" (corpus/municipal README and manifests).
BALLERUP = ("f02_ballerup_kvalitetsstandard_rusmiddel.txt", "f03_ballerup_referat_sundhedsudvalg.txt",
            "f07_ballerup_rygestop_evaluering.txt")
LA = ("f05_la_arbejdsprogram_skat.txt", "s10_la_arbejdsmarked.txt")
RADIKALE = (ROOT / "corpus" / "pdf_more" / "Kristianuruplarsen__Partiprogrammer__radikale.pdf",
            MUNICIPAL / "s09_radikale_folkestyret.txt")
FILES = [*(MUNICIPAL / n for n in (*BALLERUP, *LA, "f06_df_kommunalpolitik.txt")), *RADIKALE]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    db = tmp_path_factory.mktemp("issuer") / "issuer.db"
    with Store(db) as s:
        assert s.ingest(FILES).ok
    return Store(db)


def _names(hits: list[dict]) -> list[str]:
    return sorted(Path(h["source"]).name for h in hits)


def test_the_two_radikale_spellings_are_one_party_by_the_party_table() -> None:
    assert issuer_name("Det Radikale Venstre") == issuer_name("Radikale Venstre") == "Radikale Venstre"
    assert issuer_name(" Ballerup  Kommune ") == "Ballerup Kommune"  # no party: as printed


def test_each_issuer_finds_exactly_its_documents(store: Store) -> None:
    printed = {Path(d["source"]).name: d["flat"].get("issuer") for d in
               (dict(source=s, flat=json.loads(f)) for s, f in store.db.execute("SELECT source, flat FROM documents"))}
    # the store keeps what each document prints; the facet names the party once
    assert {printed[RADIKALE[0].name], printed[RADIKALE[1].name]} == {"Det Radikale Venstre", "Radikale Venstre"}
    assert app_api.filter_options(store)["issuer"] == ["Ballerup Kommune", "Dansk Folkeparti", "Liberal Alliance",
                                                       "Radikale Venstre"]
    assert _names(search(store, "", issuer="Ballerup Kommune", limit=50).hits) == sorted(BALLERUP)
    assert _names(search(store, "", issuer="Liberal Alliance", limit=50).hits) == sorted(LA)
    for spelling in ("Radikale Venstre", "Det Radikale Venstre"):
        found = search(store, "", issuer=spelling, limit=50)
        assert _names(found.hits) == sorted(p.name for p in RADIKALE), spelling
        assert found.facets["issuer"] == {"Radikale Venstre": 2}
    # a ministry is no issuer here (the `ministry` facet counts it); nothing unknown is found
    assert search(store, "", issuer="Beskæftigelsesministeriet").total == 0
    assert search(store, "", issuer="Venstre").total == 0


def test_every_count_a_menu_shows_is_what_choosing_it_finds(store: Store) -> None:
    for query in ("", "skat", "kommune"):
        base = search(store, query, limit=500) if query else search(store, "", kind="policy", limit=500)
        assert base.facets["issuer"], query
        for value, count in base.facets["issuer"].items():
            extra = {} if query else {"kind": "policy"}
            chosen = search(store, query, issuer=value, limit=500, **extra)
            every = [h for h in chosen.hits if h["match"] == "all"]
            assert (chosen.total, len(every)) == (count, count), (query, value)
            assert app_api.run_search(store, query, issuer=value, **extra).total == count


def test_the_cli_filters_by_issuer(store: Store) -> None:
    result = CliRunner().invoke(app, ["search", "", "--db", str(store.path), "--issuer", "Det Radikale Venstre",
                                      "--json"])
    assert result.exit_code == 0, result.output
    hits = json.loads(result.stdout)
    assert _names(hits) == sorted(p.name for p in RADIKALE)
    assert "--issuer" in CliRunner().invoke(app, ["search", "--help"]).output


def test_a_browse_snippet_shows_no_page_marks(store: Store) -> None:
    # f03 and f07 are excerpts saved with `sporbar text`: they begin with "--- side N ---"
    assert (MUNICIPAL / BALLERUP[1]).read_text(encoding="utf-8").startswith("--- side 6 ---")
    hits = search(store, "", issuer="Ballerup Kommune", limit=50).hits
    assert len(hits) == 3 and all(h["snippet"] for h in hits)
    assert not [h["snippet"] for h in hits if "--- side" in h["snippet"] or "side 6" in h["snippet"]]
    # nor a search for "side", which the marks spell
    for hit in search(store, "side", limit=50).hits:
        assert "--- side" not in hit["snippet"] and "---" not in hit["snippet"].replace("**", ""), hit["snippet"]


def test_an_issuer_with_more_hits_than_500_is_not_truncated(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    import search_scale

    pools, rng = search_scale.corpus_pools(), random.Random(11)
    docs = [search_scale.make_news(i, pools, rng) for i in range(620)]  # one agency issues them all
    with Store(tmp_path / "many.db") as s:
        for d in docs:
            assert s.add(d.extraction)
        (agency,), = s.db.execute("SELECT DISTINCT json_extract(flat, '$.issuer') FROM documents")
        word = docs[0].topic[0]
        holding = search(s, word, limit=500)
        count = holding.facets["issuer"][agency]
        browse = search(s, "", issuer=agency, limit=500)
        assert (browse.total, len(browse.hits), browse.facets["kind"]) == (620, 500, {"policy": 620})
        view = app_api.run_search(s, "", issuer=agency)
        assert view.total == 620 and view.facets["issuer"] == [(agency, 620)]
        narrowed = app_api.run_search(s, word, issuer=agency)
        assert narrowed.total == count and dict(narrowed.facets["kind"])["policy"] == count


def test_an_older_store_gets_the_issuer_index_and_filters_the_same(store: Store, tmp_path: Path) -> None:
    import sqlite3

    from knowledge.store import MIGRATIONS

    old = tmp_path / "v9.db"
    with sqlite3.connect(store.path) as src, sqlite3.connect(old) as dst:
        src.backup(dst)
    with sqlite3.connect(old) as con:  # as version 9 left it: no index on the printed issuer
        con.execute("DROP INDEX documents_issuer")
        con.execute(f"PRAGMA user_version = {len(MIGRATIONS) - 1}")
    with Store(old) as s:
        assert s.schema_version == len(MIGRATIONS)
        plan = " ".join(str(r[-1]) for r in s.db.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM documents WHERE json_extract(flat, '$.issuer') IN (?)", ("x",)))
        assert "documents_issuer" in plan
        found = search(s, "", issuer="Det Radikale Venstre", limit=50)
        assert _names(found.hits) == sorted(p.name for p in RADIKALE)
