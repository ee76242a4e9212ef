"""One id per person everywhere: extract, nlp and the graph read danish.ids (nlp and the graph import it
directly; extract.people repairs line breaks first)."""
from __future__ import annotations

import pytest

from danish.ids import person_id, slug
from extract.people import person_id as extract_person_id


@pytest.mark.parametrize("name", ["Åse Ålund", "Finn Sørensen", "Mette Frederiksen", "Özlem Sara Cekic"])
def test_extract_gives_the_person_id_of_danish_ids(name: str) -> None:
    assert extract_person_id(name) == person_id(name)


def test_the_issues_example() -> None:
    # issue 12: "Åse Ålund" was person:ase-alund in extract and person:aase-aalund in nlp.
    assert extract_person_id("Åse Ålund") == person_id("Åse  Ålund") == "person:aase-aalund"


def test_extract_repairs_line_breaks_before_the_id() -> None:
    assert extract_person_id("Johan-\nne Schmidt-Nielsen") == "person:johanne-schmidt-nielsen"


def test_nlp_slugs_are_the_same_scheme() -> None:
    assert slug("Høje-Taastrup") == "hoeje-taastrup"


# Graphs are built as in tests/knowledge/test_graph.py: records and annotations of real
# documents. Troels Lund Poulsen signs the answer eru-2015-16-s1107 and seed 000 and is
# named in seed 002; Ulla Tørnæs signs ufu-2016-17-spm3 (a name with ø and æ).
_DOCS = ("ft_qa/eru-2015-16-s1107-svar.txt", "seeds/000_d0d93f54edcaac31.txt", "seeds/002_0a8bf424d9d4d72f.txt",
         "ft_qa/ufu-2016-17-spm3-svar.txt")


@pytest.fixture(scope="module")
def graph(corpus):  # noqa: ANN001, ANN201
    from knowledge.graph import build_graph
    from knowledge.pipeline import extract_path
    from nlp.annotate import annotate

    extractions = [extract_path(corpus / name) for name in _DOCS]
    return build_graph([r for ex in extractions for r in ex.records],
                       [annotate(ex.document, ex.records) for ex in extractions],
                       sources={ex.document.id: ex.document.source for ex in extractions})


def test_one_node_per_person_across_documents(graph) -> None:  # noqa: ANN001
    persons = {n: d for n, d in graph.nodes(data=True) if d["kind"] == "person"}
    by_label: dict[str, set[str]] = {}
    for node, data in persons.items():
        by_label.setdefault(" ".join(data["label"].split()).casefold(), set()).add(node)
    assert all(len(nodes) == 1 for nodes in by_label.values()), by_label
    troels = "person:troels-lund-poulsen"
    documents = {u for u, _, d in graph.in_edges(troels, data=True) if u.startswith("document:")}
    signed = {u for u, _, d in graph.in_edges(troels, data=True) if d["kind"] == "signed_by"}
    assert len(documents) == 3 and len(signed) == 2


def test_graph_person_ids_are_extracts_and_nlps() -> None:
    assert extract_person_id("Ulla Tørnæs") == person_id("Ulla Tørnæs") == "person:ulla-toernaes"


def test_graph_uses_the_same_person_id(graph) -> None:  # noqa: ANN001
    assert "person:ulla-toernaes" in graph.nodes


def test_every_party_id_extract_uses_exists_in_nlp_and_links_the_same() -> None:
    from danish.reference import parties
    from extract.people import canonical_party, party_table
    from nlp.gazetteer import entries
    from nlp.linking import link

    nlp_ids = {e.id for e in entries("party")}
    assert {p.id for p in parties()} == nlp_ids
    for printed, party_id in party_table().items():
        assert party_id in nlp_ids
        assert canonical_party(printed) == party_id
        assert link(printed, "party").id == f"party:{party_id}", printed


def test_search_finds_a_party_however_it_was_printed() -> None:
    from knowledge.search_index import party_forms

    assert party_forms(["K"]) == party_forms(["KF"]) == "KF | K | KONS"
    assert party_forms(["Ø", "S"]) == "EL | Ø | S"
    assert party_forms(["XYZ"]) == "XYZ"
