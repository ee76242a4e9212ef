"""`sporbar trace`: the issue's must-show on the seeds, and the trace API."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from knowledge.cli import app
from knowledge.store import Store
from knowledge.trace import trace

runner = CliRunner()


@pytest.fixture(scope="module")
def seeds_db(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("trace") / "seeds.db"
    with Store(db) as store:
        report = store.ingest([corpus / "seeds"])
    assert len(report.loaded) == 5
    return db


def test_trace_maaltal_must_show(seeds_db: Path) -> None:
    result = runner.invoke(app, ["trace", "måltal", "--db", str(seeds_db), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    events = data["events"]
    for event in events:
        assert {"year", "date", "event", "subject", "actor", "replaced_by", "quote", "source", "page"} <= set(event)
        assert event["quote"] and event["page"] >= 1 and event["source"].endswith(".txt")

    def find(kind: str, year: int | None, seed: str) -> dict:
        hits = [e for e in events if e["event"] == kind and e["year"] == year and Path(e["source"]).name.startswith(seed)]
        assert hits, f"no {kind} {year} event from seed {seed}: {events}"
        return hits[0]

    introduced = find("introduced", 2012, "000")
    assert "aftaleteksten" in introduced["quote"] and "lovbemærkningerne" in introduced["quote"]
    dropped = find("dropped", 2014, "000")
    assert dropped["actor"].lower() == "forligskredsen" and "måltal" in dropped["quote"]
    replaced = find("replaced", 2014, "000")
    assert "indikatorer" in replaced["replaced_by"]
    linked = replaced["replaced_by_indicators"]
    from_seed_001 = [i for i in linked if Path(i["source"]).name.startswith("001") and i["definition"]]
    assert {i["id"] for i in from_seed_001} >= {"indicator:fop-2017-2018-implementering-1",
                                                "indicator:fop-2017-2018-implementering-2",
                                                "indicator:fop-2017-2018-implementering-3"}
    named = {i["id"]: i for i in linked}
    assert named["indicator:fop-other-indsatsen-i-ressourceforloeb"]["defined_by"] == [
        "indicator:fop-2017-2018-implementering-1"]
    excluded = find("confirmed", 2019, "002")
    assert "Førtidspension og fleksjob indgår ikke" in excluded["quote"]
    assert [e["year"] for e in events if e["year"]] == sorted(e["year"] for e in events if e["year"])
    node_ids = {n["id"] for n in data["nodes"]}
    assert {"commitment:maaltal", "commitment:indikatorer", "indicator:fop-2017-2018-implementering-1"} <= node_ids


def test_trace_api_is_what_the_app_calls(seeds_db: Path) -> None:
    with Store(seeds_db) as store:
        result = trace(store, "benchmarking")
    assert {e["event"] for e in result["events"]} >= {"changed", "planned"}
    assert all(e["source"].endswith("002_0a8bf424d9d4d72f.txt") or e["relation"] == "neighbourhood"
               for e in result["events"])
    for edge in result["edges"]:
        assert {edge["source"], edge["target"]} <= {n["id"] for n in result["nodes"]}


def test_unknown_concept_exits_non_zero(seeds_db: Path) -> None:
    result = runner.invoke(app, ["trace", "kvantefysik", "--db", str(seeds_db), "--json"])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["events"] == []


def test_export_graph_formats(seeds_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "g.graphml"
    result = runner.invoke(app, ["export", "graph", "--format", "graphml", "--db", str(seeds_db), "--out", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").startswith("<graphml") or "<graphml" in target.read_text(encoding="utf-8")
    result = runner.invoke(app, ["export", "graph", "--format", "json", "--db", str(seeds_db)])
    data = json.loads(result.stdout)
    assert any(n["id"] == "person:finn-soerensen" for n in data["nodes"])
    bad = runner.invoke(app, ["export", "graph", "--format", "dot", "--db", str(seeds_db)])
    assert bad.exit_code == 2


def test_the_indicators_in_plain_text_are_headed_and_cited(seeds_db: Path) -> None:
    """The indicators that replaced måltal are printed under a heading, each with the page
    and file of the passage that defines it, as the events are (they used to follow the last
    event as bare "label: definition" lines, with no source)."""
    result = runner.invoke(app, ["trace", "måltal", "--db", str(seeds_db)])
    assert result.exit_code == 0, result.output
    _, _, indicators = result.stdout.partition("\nIndicators linked to måltal (")
    blocks = indicators.split("\n\n")[1:]
    first = next(b for b in blocks if b.startswith("Virksomhedsrettet indsats for personer i ressourceforløb"))
    assert "»Indikatoren opgøres som andelen af personer i ressourceforløb" in first
    assert " ".join(first.split()).endswith("fleksjobreformen«, p. 1. (file: 001_3dd5ad225882c538.txt)")
    assert all("Source: " in b for b in blocks)
    data = json.loads(runner.invoke(app, ["trace", "måltal", "--db", str(seeds_db), "--json"]).stdout)
    cited = {n["id"]: n["citation"] for n in data["nodes"] if n.get("citation")}
    definition = cited["indicator:fop-2017-2018-implementering-1"]
    assert definition["page"] == 1 and definition["file"] == "001_3dd5ad225882c538.txt"
    assert definition["quote"].startswith("Indikatoren opgøres som andelen af personer i ressourceforløb")
