"""Facet counts on every search filter (issue 17): udvalg, samling, kind, asker, party and
ministry, over every match; choosing a value as a filter finds exactly the counted documents."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.search import search
from knowledge.search_facets import FACETS
from knowledge.store import Store


@pytest.fixture(scope="module")
def store(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Store:
    db = tmp_path_factory.mktemp("facets") / "sporbar.db"
    with Store(db) as s:
        assert s.ingest([corpus / "ft_qa", corpus / "seeds", corpus / "star"]).ok
    return Store(db)


def test_every_filter_has_facets() -> None:
    assert set(FACETS) == {"udvalg", "samling", "kind", "asker", "party", "ministry", "issuer"}


def test_asker_party_and_ministry_are_counted_as_printed(store: Store) -> None:
    result = search(store, "ministeren", limit=2)
    assert result.total > len(result.hits)
    # Johanne Schmidt-Nielsen (EL) asked the two answers test_search finds by her name.
    assert result.facets["asker"].get("Johanne Schmidt-Nielsen") == 2
    assert result.facets["party"].get("EL", 0) >= 2
    assert result.facets["ministry"].get("Transportministeriet") == 1


@pytest.mark.parametrize("name", ["udvalg", "samling", "asker", "party", "ministry"])
def test_a_counted_value_as_filter_finds_its_count(store: Store, name: str) -> None:
    facets = search(store, "ministeren", limit=1).facets[name]
    assert facets, name
    value, count = next(iter(facets.items()))  # the commonest value
    assert search(store, "ministeren", limit=1, **{name: value}).total == count


def test_facets_of_filters_without_words(store: Store) -> None:
    result = search(store, "", party="EL", limit=1)
    assert result.facets["party"]["EL"] == result.total
    assert sum(result.facets["kind"].values()) == result.total
