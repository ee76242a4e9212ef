"""Facet counts of a search (udvalg, samling, kind, asker, party, ministry, issuer) over every
match, not just the page: one vectorised pass over values kept per process and store size."""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from .query import Filters, where_clause
from .search_index import answering_ministry, issuer_not_ministry
from .search_ranking import index_size, scored
from .store import Store


# "ministry" holds ministries only; "issuer" the other issuers (kommuner, parties, agencies).
FACETS = ("udvalg", "samling", "kind", "asker", "party", "ministry", "issuer")


# What each indexed document counts under in the facets: udvalg, samling, kind, then the
# askers, their parties and the ministry as the documents print them, an answer's also as
# its minister's title names it (search_index.answering_ministry; the values the app's menus
# show and the filters accept).
# Per facet, every (rowid, value) pair of the indexed documents as two numpy arrays, the
# value as a code into the facet's labels. Values are as the documents print them (the
# app's menus show them and the filters accept them); askers and their parties may be
# several per document. Counting a facet is then one vectorised pass, however many match.
_FACET_VALUES: dict[tuple[str, int], dict[str, tuple[Any, Any, list[str]]]] = {}


def _asked(asked_json: str | None) -> tuple[list[str], list[str]]:
    try:
        asked = [p for p in json.loads(asked_json or "[]") if isinstance(p, dict)]
    except ValueError:
        asked = []
    return (list(dict.fromkeys(str(p["name"]) for p in asked if p.get("name"))),
            list(dict.fromkeys(str(p["party"]) for p in asked if p.get("party"))))


def _named_parties(named_json: str | None) -> list[str]:
    try:
        named = json.loads(named_json or "[]")
    except ValueError:
        return []
    return [str(p) for p in named if isinstance(p, str) and p] if isinstance(named, list) else []


def _facet_values(store: Store) -> dict[str, tuple[Any, Any, list[str]]]:
    """Facet -> (rowids, value codes, labels), kept per process and store size."""
    import numpy as np

    key = (str(store.path), index_size(store))
    if key not in _FACET_VALUES:
        _FACET_VALUES.clear()
        pairs: dict[str, tuple[list[int], list[int], dict[str, int]]] = {name: ([], [], {}) for name in FACETS}

        def add(name: str, rowid: int, values: Iterable[Any]) -> None:
            rows, codes, labels = pairs[name]
            for value in values:
                if value:
                    rows.append(rowid)
                    codes.append(labels.setdefault(str(value), len(labels)))

        fields = ("ministry", "issuer", "doc_type", "signer_role", "addressee", "answer_date", "question_sent_date")
        for rowid, udvalg, samling, kind, asked_json, named_json, *flat_values in store.db.execute(
                "SELECT d.rowid, d.udvalg, d.samling, d.kind, json_extract(doc.flat, '$.asked_by'), "
                "json_extract(doc.flat, '$.parties'), "
                + ", ".join(f"json_extract(doc.flat, '$.{f}')" for f in fields) + " "
                "FROM search_docs d JOIN documents doc ON doc.id = d.document_id"):
            askers, parties = _asked(asked_json)
            # the parties a text names count too, as the party filter matches them (knowledge/search_index.py)
            parties = list(dict.fromkeys([*parties, *_named_parties(named_json)]))
            flat = dict(zip(fields, flat_values))
            ministry = answering_ministry(flat)  # as the filter reads it
            per_facet: tuple[list[Any], ...] = ([udvalg], [samling], [kind], askers, parties, [ministry],
                                                [issuer_not_ministry(flat)])
            for name, values in zip(FACETS, per_facet):
                add(name, rowid, values)
        _FACET_VALUES[key] = {name: (np.array(rows, dtype=np.int64), np.array(codes, dtype=np.int64), list(labels))
                              for name, (rows, codes, labels) in pairs.items()}
    return _FACET_VALUES[key]


def facet_counts(store: Store, expression: str | None, filters: Filters) -> tuple[int, dict[str, dict[str, int]]]:
    """Total and counts per udvalg, samling, kind, asker, party and ministry over every match
    (not just the page)."""
    import numpy as np

    where, args = where_clause(filters)
    if expression is not None and not filters:
        rowids: list[int] = [rowid for rowid, _ in scored(store, expression)]
    elif expression is None:  # filters only
        rowids = [r[0] for r in store.db.execute(f"SELECT d.rowid FROM search_docs d WHERE 1=1{where}", args)]
    else:
        rowids = [r[0] for r in store.db.execute(
            f"SELECT d.rowid FROM search_fts JOIN search_docs d ON d.rowid = search_fts.rowid "
            f"WHERE search_fts MATCH ?{where}", [expression, *args])]
    facets: dict[str, dict[str, int]] = {}
    chosen = np.zeros(index_size(store) + 1, dtype=bool)
    if rowids:
        chosen[np.fromiter(rowids, dtype=np.int64, count=len(rowids))] = True
    for name, (rows, codes, labels) in _facet_values(store).items():
        inside = rows < len(chosen)
        counts = np.bincount(codes[inside][chosen[rows[inside]]], minlength=len(labels))
        found = [(labels[i], int(counts[i])) for i in np.flatnonzero(counts)]
        facets[name] = dict(sorted(found, key=lambda kv: (-kv[1], kv[0])))
    return len(rowids), facets
