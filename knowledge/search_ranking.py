"""BM25 ranking over the FTS5 index, with field weights; the scores of one pass kept for the
total, the facets and the every-word tier; tiers lifted above the ones below them."""
from __future__ import annotations

import heapq

from .query import Filters, where_clause
from .store import Store


# bm25() weights in FTS_COLUMNS order: title, question, people, refs, body, parts
WEIGHTS = (8.0, 5.0, 4.0, 6.0, 1.0, 0.5)


_SCORED: dict[tuple[str, int, str], list[tuple[int, float]]] = {}
SCORED_KEPT = 8


def index_size(store: Store) -> int:
    """The highest rowid of the search index: a key that changes when the index does (the scores cache)."""
    return int(store.db.execute("SELECT COALESCE(MAX(rowid), 0) FROM search_docs").fetchone()[0])


def scored(store: Store, expression: str) -> list[tuple[int, float]]:
    """(rowid, score) of every match: one pass of FTS5 serves the total, the facets and
    the ranking of the every-word tier (a second pass costs as much as the first)."""
    key = (str(store.path), index_size(store), expression)
    if key not in _SCORED:
        if len(_SCORED) >= SCORED_KEPT:
            _SCORED.pop(next(iter(_SCORED)))
        sql = f"SELECT rowid, bm25(search_fts, {', '.join(map(str, WEIGHTS))}) FROM search_fts WHERE search_fts MATCH ?"
        _SCORED[key] = [(r, -s) for r, s in store.db.execute(sql, (expression,))]
    return _SCORED[key]


def ranked_rows(store: Store, expression: str, filters: Filters, limit: int,
                exclude: set[int]) -> list[tuple[int, float]]:
    """(rowid, score) of the best `limit` matches of `expression` under `filters`, not in `exclude`, best first
    (BM25 with WEIGHTS)."""
    weights = ", ".join(map(str, WEIGHTS))
    if not filters:
        cached = _SCORED.get((str(store.path), index_size(store), expression))
        if cached is not None:
            return heapq.nlargest(limit, (rs for rs in cached if rs[0] not in exclude), key=lambda rs: rs[1])
        skip = f" AND rowid NOT IN ({','.join(map(str, exclude))})" if exclude else ""
        sql = (f"SELECT rowid, bm25(search_fts, {weights}) AS score FROM search_fts "
               f"WHERE search_fts MATCH ?{skip} ORDER BY score LIMIT ?")
        return [(r[0], -float(r[1])) for r in store.db.execute(sql, [expression, limit])]
    where, args = where_clause(filters)
    skip = f" AND d.rowid NOT IN ({','.join(map(str, exclude))})" if exclude else ""
    sql = (f"SELECT d.rowid, bm25(search_fts, {weights}) AS score "
           f"FROM search_fts JOIN search_docs d ON d.rowid = search_fts.rowid "
           f"WHERE search_fts MATCH ?{where}{skip} ORDER BY score LIMIT ?")
    return [(r[0], -float(r[1])) for r in store.db.execute(sql, [expression, *args, limit])]


def tiered_scores(ranked: list[tuple[int, float, int]]) -> list[tuple[int, float, bool]]:
    """Scores that fall as the list goes down: each tier's BM25 is lifted above the best
    score of the tiers below it. (rowid, score, every word matched)."""
    out: list[tuple[int, float, bool]] = []
    floor = 0.0
    for tier in sorted({t for _, _, t in ranked}):
        group = [(r, s + floor, tier > 0) for r, s, t in ranked if t == tier]
        floor = max(s for _, s, _ in group)
        out = group + out
    return out
