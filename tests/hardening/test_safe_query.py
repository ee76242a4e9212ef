"""Safe queries: whatever a user types into search, the answer is results or an empty
list with a message; never an error, and never a change to the store."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from knowledge.search import SearchResult, search
from knowledge.store import Store

from .conftest import ROOT
from .test_fuzz import FUZZ

NASTY = [
    '"', "'", "(", ")", "((", "))", "NEAR", "NEAR(", "NEAR/3", "*", "^", ":", "-", "+", "AND", "OR", "NOT",
    "; DROP TABLE documents; --", "' OR 1=1 --", "\" OR \"\"=\"", "UNION SELECT * FROM sqlite_master",
    "\x00", "\\", "%", "_", "{", "}", "[", "]", "title:", "body:", "udvalg:", "spm.", "nr.", "L 22",
    "BEU alm. del spm. 558", "førtidspension", "fleksjob", "København", "ÆØÅ", "æøå", "é", "🙂",
    "\u200b", "\ufeff", "\n", "\t", " ", "0", "-1", "99999999999999999999", "1e308", "NaN", "spm 558*",
    "^førtid*", "\"ufærdig", "a\"b\"c", "col:val", "NEAR(a b, 2)", "MATCH", "rank", "bm25(", "x'00'",
]
query_text = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(NASTY), max_size=12).map(" ".join),
    st.lists(st.one_of(st.sampled_from(NASTY), st.text(max_size=8)), max_size=20).map("".join),
)
filter_text = st.one_of(st.none(), st.sampled_from(NASTY), st.text(max_size=30))
date_value = st.one_of(st.none(), st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)),
                       st.integers(-10**6, 10**6), st.text(max_size=20))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    db = tmp_path_factory.mktemp("search") / "s.db"
    with Store(db) as writer:
        report = writer.ingest([ROOT / "corpus" / "ft_qa", ROOT / "corpus" / "seeds", ROOT / "corpus" / "star"])
        assert report.loaded and not report.skipped
    reader = Store(db)
    yield reader
    reader.close()


def _documents(store: Store) -> int:
    return int(store.db.execute("SELECT COUNT(*) FROM documents").fetchone()[0])


def _check(result: SearchResult) -> None:
    assert isinstance(result, SearchResult)
    assert isinstance(result.hits, list)
    assert result.hits or result.message, result  # an empty list always comes with a message
    result.to_dict()


@pytest.mark.fuzz
@FUZZ
@given(query=query_text)
def test_any_query_string_is_answered(store: Store, query: str) -> None:
    _check(search(store, query))


@pytest.mark.fuzz
@FUZZ
@given(query=query_text, udvalg=filter_text, samling=filter_text, asker=filter_text, party=filter_text,
       ministry=filter_text, kind=filter_text, date_from=date_value, date_to=date_value,
       limit=st.integers(-10, 30))  # huge limits are tested once below: each loads 500 snippets
def test_any_filters_are_answered(store: Store, query: str, udvalg: str | None, samling: str | None,
                                  asker: str | None, party: str | None, ministry: str | None,
                                  kind: str | None, date_from: object, date_to: object, limit: int) -> None:
    result = search(store, query, udvalg=udvalg, samling=samling, asker=asker, party=party, ministry=ministry,
                    kind=kind, date_from=date_from, date_to=date_to, limit=limit)  # type: ignore[arg-type]
    assert isinstance(result, SearchResult) and isinstance(result.hits, list)
    result.to_dict()


def test_huge_limit_is_capped(store: Store) -> None:
    result = search(store, "kommune", limit=10**9)
    assert 0 < len(result.hits) <= 500


def test_filters_without_hits_come_with_a_message(store: Store) -> None:
    _check(search(store, "", kind='"'))


@pytest.mark.parametrize("query", [
    "x" * 10_000, "førtidspension " * 1000, "(" * 5000, '"' * 10_001, "\x00" * 100, "NEAR " * 2000,
    "a OR " * 2000 + "b", "*" * 500, "; DROP TABLE documents; --", "' OR '1'='1",
])
def test_extreme_queries(store: Store, query: str) -> None:
    _check(search(store, query))


def test_queries_cannot_change_the_store(store: Store) -> None:
    before = _documents(store)
    for query in ("; DROP TABLE documents; --", "'); DELETE FROM records; --", "x\x00; DROP TABLE sources"):
        _check(search(store, query))
    assert _documents(store) == before > 0
    assert store.db.execute("SELECT COUNT(*) FROM records").fetchone()[0] > 0


def test_a_real_query_still_finds_its_document(store: Store) -> None:
    result = search(store, "førtidspension fleksjob")
    assert result.hits
    sources = [Path(h.get("source", "")).name for h in result.hits]
    assert any(s.startswith("000_") for s in sources), sources
