"""The knowledge graph built from the seed documents' records."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from knowledge.graph import build_graph, node_link, render
from knowledge.pipeline import extract_path
from nlp.annotate import annotate


@pytest.fixture(scope="module")
def seeds(corpus: Path):  # noqa: ANN201
    extractions = [extract_path(p) for p in sorted((corpus / "seeds").glob("*.txt"))]
    records = [r for ex in extractions for r in ex.records]
    annotations = [annotate(ex.document, ex.records) for ex in extractions]
    sources = {ex.document.id: ex.document.source for ex in extractions}
    return records, annotations, sources


@pytest.fixture(scope="module")
def graph(seeds) -> nx.MultiDiGraph:  # noqa: ANN001
    records, annotations, sources = seeds
    return build_graph(records, annotations, sources=sources)


def _edges(g: nx.MultiDiGraph, kind: str) -> set[tuple[str, str]]:
    return {(u, v) for u, v, d in g.edges(data=True) if d["kind"] == kind}


def test_readable_deterministic_ids(seeds, graph: nx.MultiDiGraph) -> None:  # noqa: ANN001
    records, annotations, sources = seeds
    again = build_graph(records, annotations, sources=sources)
    assert sorted(again.nodes) == sorted(graph.nodes)
    assert sorted(again.edges(keys=True)) == sorted(graph.edges(keys=True))
    assert {"person:finn-soerensen", "person:troels-lund-poulsen", "party:enhedslisten", "kommune:0101",
            "kommune:0169", "indicator:fop-2017-2018-implementering-1", "indicator:fop-2017-2018-sigtelinje-1",
            "commitment:maaltal", "reform:fop-2012", "benefit_scheme:fleksjob"} <= set(graph.nodes)


def test_node_kinds(graph: nx.MultiDiGraph) -> None:
    kinds = {d["kind"] for _, d in graph.nodes(data=True)}
    assert {"document", "question", "answer", "person", "party", "organisation", "committee", "reform",
            "commitment", "indicator", "kommune", "benefit_scheme"} <= kinds


def test_folketing_edges(graph: nx.MultiDiGraph) -> None:
    question = next(n for n, d in graph.nodes(data=True) if d["kind"] == "question")
    assert (question, "person:finn-soerensen") in _edges(graph, "asked_by")
    assert ("person:finn-soerensen", "party:enhedslisten") in _edges(graph, "member_of")
    answer = next(n for n, d in graph.nodes(data=True) if d["kind"] == "answer")
    assert (answer, question) in _edges(graph, "answers")
    assert (answer, "person:troels-lund-poulsen") in _edges(graph, "signed_by")


def test_lineage_edges_and_one_node_for_the_maaltal(graph: nx.MultiDiGraph) -> None:
    # "måltal for udviklingen på reformområdet" and "statistiske måltal for de enkelte
    # ordninger" are one commitment
    events = [d for _, _, d in graph.out_edges("commitment:maaltal", data=True) if d["kind"].startswith("event_")]
    assert sorted(d["event"] for d in events) == ["dropped", "introduced", "replaced"]
    assert ("commitment:maaltal", "organisation:forligskredsen") in _edges(graph, "dropped_by")
    assert ("commitment:maaltal", "commitment:indikatorer") in _edges(graph, "replaced_by")


def test_indicators_defined_measured_and_linked_across_documents(graph: nx.MultiDiGraph) -> None:
    defines = _edges(graph, "defines")
    assert any(v == "indicator:fop-2017-2018-implementering-1" for _, v in defines)
    assert ("indicator:fop-2017-2018-implementering-1", "benefit_scheme:ressourceforlob") in _edges(graph, "measures")
    assert ("indicator:fop-2017-2018-implementering-1", "reform:fop-2012") in _edges(graph, "part_of")
    # seed 000 names "indsatsen i ressourceforløb"; seed 001 defines it
    defined_by = _edges(graph, "defined_by")
    assert ("indicator:fop-other-indsatsen-i-ressourceforloeb", "indicator:fop-2017-2018-implementering-1") in defined_by
    assert not any(u == "indicator:fop-other-tilgang-til-fortidspension" for u, _ in defined_by)
    part_of_replacement = {u for u, v in _edges(graph, "part_of") if v == "commitment:indikatorer"}
    assert "indicator:fop-2017-2018-implementering-2" in part_of_replacement


def test_kommuner_participate_in_the_evaluation_letter(graph: nx.MultiDiGraph) -> None:
    participants = {u for u, v in _edges(graph, "participates_in")}
    assert len({p for p in participants if p.startswith("kommune:")}) == 45


def test_every_edge_carries_evidence(graph: nx.MultiDiGraph) -> None:
    for u, v, d in graph.edges(data=True):
        assert {"evidence_document", "evidence_page", "evidence_start", "evidence_end", "evidence_quote"} <= set(d)
        assert d["evidence_document"], (u, v, d)


def test_graphml_and_node_link_round_trip(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = tmp_path / "g.graphml"
    path.write_text(render(graph, "graphml"), encoding="utf-8")
    back = nx.read_graphml(path, force_multigraph=True)
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    data = node_link(graph)
    assert len(data["nodes"]) == graph.number_of_nodes() and len(data["links"]) == graph.number_of_edges()


def test_empty_input_gives_empty_graph() -> None:
    assert build_graph([], []).number_of_nodes() == 0


def test_unlinked_actors_keep_the_linkers_verdict(graph: nx.MultiDiGraph) -> None:
    node = graph.nodes["organisation:forligskredsen"]
    assert node["label"] == "forligskredsen" and node["link_status"] == "unlinked"
    assert graph.nodes["organisation:star"]["link_status"] in {"exact", "fuzzy"}


def test_renamed_ministry_points_to_its_successor() -> None:
    from knowledge.graph import build_graph
    from extract.records import DocumentInfo

    g = build_graph([DocumentInfo(document_id="d1", issuer="Arbejdsministeriet")])
    assert ("organisation:arbejdsministeriet", "organisation:beskaeftigelsesministeriet") in _edges(g, "renamed_to")
    assert ("document:d1", "organisation:arbejdsministeriet") in _edges(g, "published_by")
