"""`sporbar trace` finds a reform or benefit scheme of the gazetteers (nlp/data/reforms.csv,
benefit_schemes.csv) by any of its names (session 6): "fleksjob" found the 2012 reform's
events, "fleksjobreformen" found nothing. The seeds name the reform "reformen af
førtidspension og fleksjob" (003, 004) and "reform af førtidspension og fleksjobområdet" (003)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from knowledge import trace as trace_mod
from knowledge.cli import app
from knowledge.store import Store
from knowledge.trace_names import concept_for, coordinated_names, name_key

runner = CliRunner()


@pytest.fixture(scope="module")
def seeds_db(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("trace_names") / "seeds.db"
    with Store(db) as store:
        assert len(store.ingest([corpus / "seeds"]).loaded) == 5
    return db


def _events(db: Path, query: str) -> list[tuple[object, ...]]:
    result = runner.invoke(app, ["trace", query, "--db", str(db), "--json"])
    assert result.exit_code in (0, 1), result.output
    data = json.loads(result.stdout)
    return [(e["year"], e["event"], e["subject"], Path(e["source"]).name[:3], e["relation"]) for e in data["events"]]


REFORM_2012 = [
    (2012, "introduced", "måltal for udviklingen på reformområdet", "000", "match"),
    (2012, "introduced", "reform af førtidspension og fleksjobområdet", "003", "match"),
    (2013, "introduced", "reformen af førtidspension og fleksjob", "004", "match"),
    (2017, "evaluated", "reformen af førtidspension og fleksjob", "004", "match"),
    (None, "introduced", "sigtelinjer og implementeringsindikatorer for reformen", "001", "neighbourhood"),
    (None, "planned", "reformen af førtidspension og fleksjob", "004", "match"),
    (2019, "confirmed", "Førtidspension og fleksjob indgår ikke i målingen", "002", "neighbourhood"),
    (None, "evaluated", "reformen af førtidspension og fleksjob", "003", "match"),
]


@pytest.mark.parametrize("query", [
    "fleksjobreformen", "fleksjobreform", "Fleksjobreformer", "reformen af fleksjob",  # derived names, inflected
    "førtidspensions- og fleksjobreformen", "reformen af førtidspension og fleksjob",  # the gazetteer's own
])
def test_every_name_of_the_2012_reform_traces_its_events(seeds_db: Path, query: str) -> None:
    assert _events(seeds_db, query) == REFORM_2012


def test_the_reform_node_is_in_the_neighbourhood(seeds_db: Path) -> None:
    with Store(seeds_db) as store:
        nodes = {n["id"] for n in trace_mod.trace(store, "fleksjobreformen")["nodes"]}
    assert "reform:fop-2012" in nodes


@pytest.mark.parametrize("query", ["måltal", "benchmarking", "225-timers reglen", "indikatorer", "xyzzy"])
def test_a_query_that_names_no_concept_traces_as_before(seeds_db: Path, query: str,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    assert concept_for(query) is None
    now = _events(seeds_db, query)
    monkeypatch.setattr(trace_mod, "concept_for", lambda q: None)  # the query's own words only
    assert now == _events(seeds_db, query)


def test_maaltal_keeps_its_steps(seeds_db: Path) -> None:
    assert _events(seeds_db, "måltal") == [
        (2012, "introduced", "måltal for udviklingen på reformområdet", "000", "match"),
        (2014, "dropped", "statistiske måltal for de enkelte ordninger", "000", "match"),
        (2014, "replaced", "statistiske måltal for de enkelte ordninger", "000", "match"),
        (None, "introduced", "sigtelinjer og implementeringsindikatorer for reformen", "001", "neighbourhood"),
        (2019, "confirmed", "Førtidspension og fleksjob indgår ikke i målingen", "002", "neighbourhood"),
    ]


@pytest.mark.parametrize("query, concept", [
    ("fleksjobreformen", "reform:fop-2012"), ("reformen af fleksjob", "reform:fop-2012"),
    ("førtidspensionsreformen 2012", "reform:fop-2012"),
    # fop-2000's own alias: the 2012 reform's coordination does not take it
    ("førtidspensionsreformen", "reform:fop-2000"), ("reformen af førtidspension", "reform:fop-2000"),
    ("Kontanthjælpsloftet", "reform:kontanthjaelpsloft-2015"), ("kontanthjælpsloft", "reform:kontanthjaelpsloft-2015"),
    ("kontanthjælpsreformen", "reform:kontanthjaelp-2013"), ("reformen af kontanthjælpssystemet", "reform:kontanthjaelp-2013"),
    ("fleksjobbet", "benefit_scheme:fleksjob"), ("fleksjob", "benefit_scheme:fleksjob"),
    ("integrationsydelse", "benefit_scheme:integrationsydelse"),  # not the kontanthjælpsloft's coordination
    ("måltal", None), ("225-timersreglen", None), ("reform", None), ("", None),
])
def test_the_concept_a_query_names(query: str, concept: str | None) -> None:
    found = concept_for(query)
    assert (found.node if found else None) == concept


def test_names_as_lemma_parts() -> None:
    assert name_key("fleksjobreformen") == name_key("reformen af fleksjob") == name_key("fleksjobreformer") \
        == ("fleksjob", "reform")


@pytest.mark.parametrize("name, names", [
    ("førtidspensions- og fleksjobreformen", ("førtidspensionsreformen", "fleksjobreformen")),
    ("reform af førtidspension og fleksjobområdet", ("reform af førtidspension", "reform af fleksjobområdet")),
    ("Reformen af førtidspension og fleksjob", ("Reformen af førtidspension", "Reformen af fleksjob")),
    ("integrationsydelse og kontanthjælpsloft", ()),  # two things side by side share no part
    ("Kontanthjælpsreformen", ()),
])
def test_coordinated_names(name: str, names: tuple[str, ...]) -> None:
    assert coordinated_names(name) == names
