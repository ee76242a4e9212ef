"""Danish search over the store: the Python API the CLI and the app call.

    result = search(store, "førtidspension område måltal", udvalg="BEU", date_from=2014)
    result.hits[0]["title"], result.hits[0]["snippet"], result.facets["udvalg"]

Ranking is FTS5's BM25 with field weights (title and question above body). Documents that
hold every word come first, then those holding some. Words the index has never seen are
replaced by their closest index terms ("mente du ..."); references in the query ("spm
558", "L 65", "BEU alm. del 156") filter, and soften to ranking hints when nothing
carries them. Any string is safe: the query is parsed into quoted terms, never passed on.

The query plan is knowledge/search_plan.py, the vocabulary search_vocabulary.py, the ranking
search_ranking.py and the facets search_facets.py.
"""
from __future__ import annotations

import datetime as dt
import json
import math
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from .danish_analysis import Vocabulary, surface_for
from .query import FilterError, Filters, Query, Reference, parse, quote, text_of, where_clause
from .search_facets import facet_counts
from .search_notices import Notice, in_danish
from .search_plan import person_term, Plan, plan_query
from .search_ranking import ranked_rows, tiered_scores
from .search_snippets import Matcher, describe
from .search_vocabulary import vocabulary, vocabulary_of
from .store import Store


@dataclass
class SearchResult:
    query: str
    hits: list[dict[str, Any]] = field(default_factory=list)
    total: int = 0
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    suggestions: list[str] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)  # for each front end to word

    @property
    def message(self) -> str | None:
        """The notices in Danish, as the app shows them (knowledge/search_notices.py)."""
        return in_danish(self.notices)

    def to_dict(self) -> dict[str, Any]:
        return {"query": self.query, "total": self.total, "hits": self.hits, "facets": self.facets,
                "suggestions": self.suggestions, "notices": [n.to_dict() for n in self.notices],
                "message": self.message}


def _hit(row: sqlite3.Row | tuple[Any, ...], score: float, every: bool, plan: Plan,
         match: Matcher) -> dict[str, Any]:
    rowid, doc_id, source, title, kind, udvalg, samling, date, text, flat_json = row
    flat = json.loads(flat_json)
    snippet, why = describe(text, flat, title, match, plan.applied_refs)
    return {**{k: v for k, v in flat.items() if k not in ("source", "document_id")},
            "document_id": doc_id, "source": source, "title": title, "kind": kind,
            "udvalg": flat.get("udvalg") or ({"name": None, "abbrev": udvalg} if udvalg else None),
            "samling": flat.get("samling") or samling, "date": date, "score": round(score, 3),
            "match": "all" if every else "some", "snippet": snippet, "why": why}


def _load_hits(store: Store, ranked: list[tuple[int, float, bool]], plan: Plan) -> list[dict[str, Any]]:
    if not ranked:
        return []
    ids = ",".join(str(r[0]) for r in ranked)
    rows = {r[0]: r for r in store.db.execute(
        "SELECT d.rowid, d.document_id, d.source, d.title, d.kind, d.udvalg, d.samling, d.date, doc.text, doc.flat "
        f"FROM search_docs d JOIN documents doc ON doc.id = d.document_id WHERE d.rowid IN ({ids})")}
    match = Matcher(plan.highlight, plan.pairs)  # one per search: words repeat across hits
    return [_hit(rows[rowid], score, every, plan, match) for rowid, score, every in ranked if rowid in rows]


RARE = 3  # a word in fewer documents than this may be a typo of a common one
COMMONER = 10  # ... if a word one edit away is in this many times more documents


def _rare_word_corrections(query: Query, vocab: Vocabulary, plan: Plan) -> None:
    """When not every word is found together, offer "mente du" for a rare word that is one
    edit from a much commoner one ("fleksjop" -> "fleksjob"); the search itself stands."""
    for word in query.words:
        found = vocab.count(word.term)
        if (not word.term.isalpha() or found >= RARE or word.surface in plan.restored or word.surface in plan.compounds
                or person_term(word, vocab, to_match=False)):
            continue  # a name the store knows is never "corrected" ("Hønge" is no "hængige")
        better = [c for c in vocab.corrections(word.surface, limit=3)
                  if c.whole and c.distance == 1 and c.document_count >= COMMONER * max(found, 1)]
        if better:
            plan.corrections[word.surface] = better[0].right


def _printed(store: Store, index_term: str, like: str) -> str:
    """A word as a document holding `index_term` prints it, capitalised like `like`."""
    rows = store.db.execute("SELECT doc.text FROM search_fts JOIN search_docs d ON d.rowid = search_fts.rowid "
                            "JOIN documents doc ON doc.id = d.document_id WHERE search_fts MATCH ? LIMIT 5",
                            (quote(index_term),)).fetchall()
    return surface_for(index_term, [r[0] for r in rows], like=like) or index_term


def _suggestion(store: Store, query: Query, plan: Plan) -> list[str]:
    if not plan.corrections:
        return []
    words = []
    for word in query.words:
        right = plan.corrections.get(word.surface)
        words.append(word.surface if right is None else _printed(store, right, word.surface))
    return [" ".join(words)]


def search(store: Store, query: str, *, udvalg: str | None = None, samling: str | None = None,
           date_from: dt.date | str | int | None = None, date_to: dt.date | str | int | None = None,
           asker: str | None = None, party: str | None = None, ministry: str | None = None,
           kind: str | None = None, issuer: str | None = None, limit: int = 10) -> SearchResult:
    """Search the store; never raises on what a user types. An unreadable filter gives no
    hits and a message saying what is valid (the CLI refuses it as a usage error first)."""
    query = text_of(query or "")
    parsed = parse(query)
    result = SearchResult(query=query)
    try:
        filters = Filters.build(udvalg=udvalg, samling=samling, date_from=date_from, date_to=date_to,
                                asker=asker, party=party, ministry=ministry, kind=kind, issuer=issuer)
    except FilterError as exc:
        result.notices.append(Notice("invalid_filter", (str(exc),)))
        return result
    if parsed.is_empty and not filters:
        result.notices.append(Notice("no_query"))
        return result
    vocab, known = vocabulary(store), _udvalg_known(store, parsed.reference.udvalg)
    plan = plan_query(parsed, vocab, udvalg_known=known)
    first = _run(store, parsed, plan, filters, hit_limit(limit), result)
    if first.hits and all(h["match"] == "all" for h in first.hits[:1]):
        return first
    # No document has every word as typed: words typed without æ, ø or å may be meant with them.
    retry = plan_query(parsed, vocab, udvalg_known=known, restore_known=True)
    if retry.restored == plan.restored:
        return first
    second = _run(store, parsed, retry, filters, hit_limit(limit), SearchResult(query=query))
    return second if second.hits and second.hits[0]["match"] == "all" else first


def hit_limit(limit: object, default: int = 10) -> int:
    """The number of hits to return, 1-500; NaN, infinity or a non-number is the default."""
    try:
        number = float(limit)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default
    return max(1, min(int(number), 500)) if math.isfinite(number) else default


def _udvalg_known(store: Store, abbrev: str | None) -> bool:
    return bool(abbrev) and store.db.execute(
        "SELECT 1 FROM search_docs WHERE udvalg = ? LIMIT 1", (str(abbrev).upper(),)).fetchone() is not None


def _run(store: Store, parsed: Query, plan: Plan, filters: Filters, limit: int,
         result: SearchResult) -> SearchResult:
    notes = result.notices
    if plan.unknown:
        notes.append(Notice("unknown_words", tuple(plan.unknown)))
    if plan.absent_names:
        notes.append(Notice("name_absent", tuple(plan.absent_names)))
    for typed, found in plan.restored.items():
        notes.append(Notice("letters_restored", (typed, _printed(store, found, typed))))
    for typed, found in plan.replaced.items():
        notes.append(Notice("word_replaced", (typed, _printed(store, found, typed))))
    if not (plan.groups or plan.phrases or plan.refs):
        if not filters:
            if not notes:  # unknown words already say why nothing was searched
                notes.append(Notice("nothing_searchable"))
            return result
        return _browse(store, filters, limit, result, notes)
    if missing := _unknown_number(store, parsed.reference):
        # A number is what the user knows the question by: another question's letter, or
        # every letter of the udvalg, is no answer to it.
        notes.append(Notice("unknown_question", (missing,)))
        return result
    refs, total, facets = _relax_refs(store, plan, filters, notes)
    plan.applied_refs = refs
    found_every_word = total > 0
    every_expr = plan.expression(every=True, refs=refs)
    tiers = [(plan.expression(every=True, refs=refs, key_fields=True), 2)] if plan.groups or plan.phrases else []
    tiers.append((every_expr, 1))
    if len(plan.groups) + len(plan.phrases) > 1:
        tiers.append((plan.expression(every=False, refs=refs), 0))
    ranked: list[tuple[int, float, int]] = []
    for expression, tier in tiers:
        if len(ranked) >= limit:
            break
        seen = {r for r, _, _ in ranked}
        ranked += [(r, s, tier) for r, s in ranked_rows(store, expression, filters, limit - len(ranked), seen)]
        if tier == 0 and total == 0:
            total, facets = facet_counts(store, expression, filters)
            notes.append(Notice("some_words_only"))
    result.hits = _load_hits(store, tiered_scores(ranked), plan)
    result.total, result.facets = max(total, len(result.hits)), facets
    if not found_every_word and not plan.corrections:
        _rare_word_corrections(parsed, vocabulary_of(store), plan)
    result.suggestions = _suggestion(store, parsed, plan)
    if result.suggestions:
        notes.append(Notice("did_you_mean", (result.suggestions[0],)))
    if not result.hits:
        notes.append(Notice("no_results"))
    return result


def _unknown_number(store: Store, reference: Reference) -> str | None:
    """The question or case number of the query ("spm. 9999", "L 999") when no stored
    document carries it, in any udvalg; None when every number is carried (or none given)."""
    wanted: list[tuple[str, str]] = []
    if reference.case_kind == "S" and reference.case_number:
        wanted.append((f"s{reference.case_number}", f"S {reference.case_number}"))
    elif reference.question is not None:
        wanted.append((f"spm{reference.question}".lower(), f"spm. {reference.question}"))
    if reference.case_kind in ("L", "B", "F") and reference.case_number:
        wanted.append((f"{reference.case_kind.lower()}{reference.case_number}",
                       f"{reference.case_kind} {reference.case_number}"))
    for ref_term, label in wanted:
        if store.db.execute("SELECT 1 FROM search_fts WHERE search_fts MATCH ? LIMIT 1",
                            (f"refs : {quote(ref_term)}",)).fetchone() is None:
            return label
    return None


def _relax_refs(store: Store, plan: Plan, filters: Filters,
                notes: list[Notice]) -> tuple[list[str], int, dict[str, dict[str, int]]]:
    """The references to require: all of them, else without the udvalg, else none, as
    long as nothing carries them (a letter may print "spørgsmål nr. 558" but not "BEU")."""
    full = plan.refs
    numbered = [r for r in full if not r.isalpha()]
    tries = [full] + ([numbered] if numbered and numbered != full else []) + ([[]] if full else [])
    total = 0
    facets: dict[str, dict[str, int]] = {}
    for refs in tries:
        if not (plan.groups or plan.phrases or refs) and full:
            refs = []  # references alone, none carried: rank by any of them
        total, facets = facet_counts(store, plan.expression(every=True, refs=refs), filters)
        if total:
            break
    if full and refs != full and total:  # "showing the nearest" only when there are some to show
        notes.append(Notice("reference_relaxed"))
    return refs, total, facets


def _browse(store: Store, filters: Filters, limit: int, result: SearchResult,
            notes: list[Notice]) -> SearchResult:
    """Filters without words: the newest matching documents."""
    where, args = where_clause(filters)
    rows = store.db.execute(f"SELECT d.rowid FROM search_docs d WHERE 1=1{where} "
                            "ORDER BY d.date DESC NULLS LAST LIMIT ?", [*args, limit]).fetchall()
    empty = Plan([], [], [], set())
    result.hits = _load_hits(store, [(r[0], 0.0, True) for r in rows], empty)
    result.total, result.facets = facet_counts(store, None, filters)
    if not result.hits:
        notes.append(Notice("no_filter_matches"))
    return result


# FACETS, PREFIX_MIN and plan_query are importable from here as before the split.
__all__ = ["Notice", "SearchResult", "plan_query", "search", "vocabulary"]
