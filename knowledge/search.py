"""Danish search over the store: the Python API the CLI and the app call.

    result = search(store, "førtidspension område måltal", udvalg="BEU", date_from=2014)
    result.hits[0]["title"], result.hits[0]["snippet"], result.facets["udvalg"]

Ranking is FTS5's BM25 with field weights (title and question above body). Documents that
hold every word come first, then those holding some. Words the index has never seen are
replaced by their closest index terms ("mente du ..."); references in the query ("spm
558", "L 65", "BEU alm. del 156") filter, and soften to ranking hints when nothing
carries them. Any string is safe: the query is parsed into quoted terms, never passed on.
"""
from __future__ import annotations

import datetime as dt
import heapq
import json
import math
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .danish_analysis import (MIN_SPLIT, STOPWORDS, WORD_RE, Correction, Vocabulary, compound_split, fold,
                              head_forms, lexicon, member_names, surface_for, term)
from .query import FilterError, Filters, Query, Reference, Word, parse, quote, text_of, where_clause
from .search_notices import Notice, in_danish
from .search_snippets import Matcher, describe
from .search_index import answering_ministry, issuer_not_ministry, refresh_terms, terms_fresh
from .store import Store

# bm25() weights in FTS_COLUMNS order: title, question, people, refs, body, parts
WEIGHTS = (8.0, 5.0, 4.0, 6.0, 1.0, 0.5)
PREFIX_MIN = 4  # shorter terms match exactly only: "job*" would match half the index
MIN_JOIN = 3  # shortest query word joined with its neighbour into a compound ("job", "tid")
# A compound is also searched with its parts written apart ("225-timers-reglen") only while
# the documents hold it as one word in fewer than this many: a rule name or a rare term, where
# every spelling counts; a common compound is found as one word, and a phrase of two common
# parts would cost a positional scan of both (bench/search_scale.py).
APART_MAX_DOCS = 50
# A word already in this many documents is not also matched as a compound head ("word*"):
# merging the doclists of all its compounds is the slowest part of a query at 100k
# documents, and the compounds the lexicon can split are in the `parts` column anyway.
PREFIX_MAX_DOCS = 2000
OR_MAX_SHARE = 0.02  # see _Plan.rare_groups: words in more than 2% of the documents ...
OR_MIN_DOCS = 1000  # ... and in more than this many
# "ministry" holds ministries only; "issuer" the other issuers (kommuner, parties, agencies).
FACETS = ("udvalg", "samling", "kind", "asker", "party", "ministry", "issuer")
# BM25 saturates (a word counts at most ~2x however often or heavily it occurs), so field
# weights alone cannot lift "both words in the question" above "both words somewhere in a
# long answer": documents holding every word in these fields form a tier of their own.
KEY_FIELDS = ("title", "question", "people")


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


@dataclass
class _Plan:
    """The FTS expressions for one query, and what was changed on the way."""

    groups: list[str]  # one per word: the word's alternatives OR-ed
    phrases: list[str]
    refs: list[str]
    highlight: set[str]  # terms to highlight in snippets
    corrections: dict[str, str] = field(default_factory=dict)  # typed word -> term used
    restored: dict[str, str] = field(default_factory=dict)  # typed without æøå -> term used
    compounds: set[str] = field(default_factory=set)  # typed words searched as one compound
    replaced: dict[str, str] = field(default_factory=dict)  # unknown word -> a known word it begins with
    pairs: set[tuple[str, str]] = field(default_factory=set)  # compound parts matched written apart
    absent_names: list[str] = field(default_factory=list)  # persons' names no document holds
    unknown: list[str] = field(default_factory=list)
    applied_refs: list[str] = field(default_factory=list)
    group_docs: list[int] = field(default_factory=list)  # documents holding each group's word
    size: int = 0  # documents in the index

    def rare_groups(self) -> list[str]:
        """The groups for "some of the words": a word in most documents adds almost nothing
        to BM25 but makes the OR as slow as a scan, so the commonest are left out (never all)."""
        limit = max(OR_MIN_DOCS, OR_MAX_SHARE * self.size)
        keep = [g for g, docs in zip(self.groups, self.group_docs) if docs < limit]
        return keep or [min(zip(self.group_docs, self.groups))[1]] if self.groups else []

    def expression(self, *, every: bool, refs: list[str], key_fields: bool = False) -> str:
        """Words AND-ed (every) or OR-ed, the given references required. Without words,
        references alone select; those not required then still rank (OR-ed). With
        `key_fields`, the words must stand in the title, question or people."""
        text = " AND ".join(self.groups + self.phrases) if every else " OR ".join(self.rare_groups() + self.phrases)
        if key_fields and text:
            text = f"{{{' '.join(KEY_FIELDS)}}} : ({text})"
        required = " AND ".join(f"refs : {quote(r)}" for r in refs)
        if text and required:
            return f"({text}) AND {required}"
        if text or required:
            return text or required
        return " OR ".join(f"refs : {quote(r)}" for r in self.refs)


class IndexVocabulary(Vocabulary):
    """The store's terms, looked up one at a time in the `search_terms` snapshot; the
    whole vocabulary is read (and kept per process) only when a typo needs correcting."""

    def __init__(self, store: Store) -> None:  # noqa: D107 - no in-memory counts up front
        self.store = store

    def size(self) -> int:
        return int(self.store.db.execute("SELECT COALESCE(MAX(rowid), 0) FROM search_docs").fetchone()[0])

    def count(self, index_term: str) -> int:
        row = self.store.db.execute("SELECT docs FROM search_terms WHERE term = ?", (index_term,)).fetchone()
        return int(row[0]) if row else 0

    def prefix_count(self, prefix: str) -> int:
        row = self.store.db.execute("SELECT COUNT(*) FROM (SELECT 1 FROM search_terms WHERE term >= ? "
                                    "AND term < ? LIMIT 1000)", (prefix, prefix + "\uffff")).fetchone()
        if row[0] or terms_fresh(self.store.db):
            return int(row[0])
        # The snapshot predates the newest documents: ask the index itself.
        found = self.store.db.execute("SELECT 1 FROM search_fts WHERE search_fts MATCH ? LIMIT 1",
                                      (f"{quote(prefix)}*",)).fetchone()
        return 1 if found else 0

    def corrections(self, word: str, *, limit: int = 2) -> list[Correction]:
        return _full_vocabulary(self.store).corrections(word, limit=limit)

    def restored(self, word: str) -> list[str]:
        return _full_vocabulary(self.store).restored(word)

    def matches(self, expression: str) -> bool:
        return self.store.db.execute("SELECT 1 FROM search_fts WHERE search_fts MATCH ? LIMIT 1",
                                     (expression,)).fetchone() is not None

    def is_person(self, folded: str) -> bool:
        """Also a name the store's documents name (an asker, a signer, a person): their
        `people` column holds it whole (search_index.person_names). Only a word the index
        holds as a term can be there: most inflected words are not, and cost one look-up."""
        known = self.__dict__.setdefault("_persons", {})
        if folded not in known:
            held = self.count(folded) > 0 or not terms_fresh(self.store.db)  # a stale snapshot: ask the index
            known[folded] = super().is_person(folded) or (held and self.store.db.execute(
                "SELECT 1 FROM search_fts WHERE search_fts MATCH ? LIMIT 1",
                (f"people : {quote(folded)}",)).fetchone() is not None)
        return bool(known[folded])


_VOCABULARIES: dict[tuple[str, str], Vocabulary] = {}


def _full_vocabulary(store: Store) -> Vocabulary:
    """Every index term with its document count, for typo corrections: the snapshot, or the
    index itself where the snapshot is behind it (a store opened read-only cannot take one)."""
    if terms_fresh(store.db):
        taken = store.db.execute("SELECT value FROM search_state WHERE key = 'terms_at'").fetchone()
        key, sql = (str(store.path), f"snapshot {taken[0]}"), "SELECT term, docs FROM search_terms"
    else:
        key, sql = (str(store.path), f"index {_index_size(store)}"), "SELECT term, doc FROM search_vocab"
    if key not in _VOCABULARIES:
        _VOCABULARIES.clear()
        _VOCABULARIES[key] = Vocabulary(dict(store.db.execute(sql)))
    return _VOCABULARIES[key]


def vocabulary_of(store: Store) -> Vocabulary:
    return IndexVocabulary(store)


def vocabulary(store: Store) -> Vocabulary:
    """The index vocabulary, its snapshot brought up to date first."""
    try:
        refresh_terms(store.db)
    except sqlite3.OperationalError:  # a read-only or busy store: search on the last snapshot
        pass
    return IndexVocabulary(store)


def _person(word: Word, vocab: Vocabulary, *, to_match: bool = True) -> str | None:
    """The name term of a query word that is a known person's name ("Finn", "Hønge"), else
    None. To match, a name only the store knows must be one the stemmer would change: the
    `people` column also holds organisations and ministries, whose stems ("skat") are no
    names; any word there is still never corrected (`to_match` False)."""
    folded = fold(word.surface)
    if not word.surface.isalpha() or len(folded) < 2:
        return None
    if folded in member_names() or (to_match and folded == word.term):
        return folded if folded in member_names() else None
    return folded if vocab.is_person(folded) else None


def _name_alternatives(word: Word, name: str, vocab: Vocabulary, plan: _Plan) -> str | None:
    """A name matches as a name: whole, never as a stem ("Finn" is not "fin" of
    "Finansministeren") nor a prefix ("Hans" is not "Hansen"), and is never corrected.
    Typed in lower case, a name that is also a Danish word ("lykke") is that word too."""
    names = [name]
    if not word.surface[:1].isupper() and word.term != name and lexicon().is_form(word.surface.lower()):
        names.append(word.term)
    counts = [vocab.count(n) for n in names]
    if not any(counts):
        return None
    plan.highlight.update(names)
    plan.group_docs.append(max(counts))
    return "(" + " OR ".join(quote(n) for n, c in zip(names, counts) if c) + ")"


def _exact_or_prefix(t: str, docs: int) -> str:
    if len(t) < PREFIX_MIN or not t.isalpha() or docs >= PREFIX_MAX_DOCS:
        return quote(t)
    # Exact and prefix as two phrases: a document holding the word itself scores on both,
    # one holding only a longer compound ("benchmarkinganalysen") on one.
    return f"({quote(t)} OR {quote(t)}*)"


def _compound(inner: str, head: str, vocab: Vocabulary, plan: _Plan, *, whole_needed: bool) -> str | None:
    """A compound however the documents write it: as one word ("225-timersreglen"), its parts
    apart with a hyphen or a space ("225-timers-reglen", "225-timers regel"), its last part in
    any form the lemma table confirms (reglen, regel, regler). The same alternatives whether
    the query wrote it as one word or as two, so every spelling finds the same documents.
    None when the index holds none of them (or, `whole_needed`, not the word written as one)."""
    bare = inner[:-1] if inner[-1:] in "se" and lexicon().inner(inner[:-1]) else inner  # without "s"/"e"
    if len(bare) < MIN_SPLIT or bare in STOPWORDS or len(head) < MIN_SPLIT:
        return None  # "under|visere", "til|knytning": a prefix, not a word of its own
    forms = head_forms(head)
    wholes = {w: vocab.count(w) for w in sorted({term(inner + f) for f in forms})}
    if max(wholes.values()) >= APART_MAX_DOCS:
        return None  # a common compound: found as one word, as before
    wholes = {w: docs for w, docs in wholes.items() if docs or (vocab.prefix_count(w) and len(w) >= PREFIX_MIN)}
    if whole_needed and not wholes:
        return None
    inner_term = term(inner)
    heads = {h: vocab.count(h) for h in sorted({term(f) for f in forms})} if vocab.count(inner_term) else {}
    apart = {h: docs for h, docs in heads.items() if docs}
    if not (wholes or apart):
        return None
    alternatives = [_exact_or_prefix(w, docs) for w, docs in wholes.items()]
    alternatives += [quote(f"{inner_term} {h}") for h in apart]
    group = "(" + " OR ".join(alternatives) + ")"
    if not wholes and not vocab.matches(group):
        return None  # its parts are known, but never written together
    plan.highlight.update(wholes)
    plan.pairs.update((inner_term, h) for h in apart)
    plan.group_docs.append(max([*wholes.values(), *apart.values()]))
    return group


_APART = re.compile(r"[\s\-\u2010\u2011\u2013]+")  # a space, a hyphen or a dash between two words


def adjacent_pairs(raw: str) -> set[tuple[str, str]]:
    """Pairs of words the query writes next to each other, apart only by a space or a hyphen."""
    found = list(WORD_RE.finditer(raw))
    return {(x.group().lower(), y.group().lower()) for x, y in zip(found, found[1:])
            if _APART.fullmatch(raw, x.end(), y.start())}


def _joined(first: Word, second: Word, adjacent: set[tuple[str, str]], vocab: Vocabulary,
            plan: _Plan) -> str | None:
    """Two adjacent query words the documents write as one compound ("timers reglen" ->
    "timersreglen"): searched as that compound (`_compound`), not as two loose words."""
    a, b = first.surface, second.surface
    if not (a.isalpha() and b.isalpha()) or len(a) < MIN_JOIN or len(b) < MIN_JOIN:
        return None
    if (a.lower(), b.lower()) not in adjacent:
        return None  # not adjacent as typed (a stopword stood between them)
    if _person(first, vocab) or _person(second, vocab):
        return None
    found = _compound(a.lower(), b.lower(), vocab, plan, whole_needed=True)
    if found:
        plan.compounds.update((a, b))
    return found


def _alternatives(word: Word, vocab: Vocabulary, plan: _Plan, *, restore_known: bool = False) -> str | None:
    t = word.term
    if name := _person(word, vocab):
        if found := _name_alternatives(word, name, vocab, plan):
            return found
        if word.surface[:1].isupper() and not vocab.restored(word.surface):
            plan.absent_names.append(word.surface)  # a person no document names: no "Skandaler" for "Søvndal"
            return None
    if restore_known and word.surface.isascii() and t.isalpha() and (restored := vocab.restored(word.surface)[:3]):
        plan.restored[word.surface] = restored[0]
        plan.highlight.update([t, *restored])
        counts = [vocab.count(t), *(vocab.count(r) for r in restored)]
        plan.group_docs.append(max(counts))
        return "(" + " OR ".join(_exact_or_prefix(r, docs) for r, docs in zip([t, *restored], counts)) + ")"
    if t.isalpha() and not lexicon().is_form(word.surface.lower()) and (split := compound_split(word.surface)):
        if found := _compound(*split, vocab, plan, whole_needed=False):
            plan.compounds.add(word.surface)
            return found
    if vocab.prefix_count(t):
        plan.highlight.add(t)
        docs = vocab.count(t)
        plan.group_docs.append(docs)
        return _exact_or_prefix(t, docs)
    if t.isalpha() and (restored := vocab.restored(word.surface)[:3]):
        # Typed without æ, ø or å ("fortidspension"): the words spelled with them, said so.
        plan.restored[word.surface] = restored[0]
        plan.highlight.update(restored)
        counts = [vocab.count(r) for r in restored]
        plan.group_docs.append(max(counts))
        return "(" + " OR ".join(_exact_or_prefix(r, docs) for r, docs in zip(restored, counts)) + ")"
    fixes = vocab.corrections(word.surface) if t.isalpha() and len(t) >= 3 else []
    # One edit on the whole word is a typo ("høringsvar"); otherwise a compound the
    # documents write apart ("benchmarkingliste") beats a looser correction.
    typo = any(f.whole and f.distance <= 1 for f in fixes)
    if not typo and t.isalpha() and len(t) >= 2 * PREFIX_MIN and (pair := vocab.split(word.surface)):
        plan.highlight.update(pair)
        plan.group_docs.append(min(vocab.count(p) for p in pair))
        return f"({quote(pair[0])} AND {quote(pair[1])})"
    if not fixes:
        plan.unknown.append(word.surface)
        return None
    # Of the words the typed one begins with, only the closest: a looser second one found
    # "udviklingen" for "klyngeledelse" ("kling"). Whole-word corrections all stay.
    heads = [f for f in fixes if not f.whole]
    fixes = [f for f in fixes if f.whole or f is heads[0]]
    if whole := next((f for f in fixes if f.whole), None):
        plan.corrections[word.surface] = whole.right
    else:  # a word's head ("klynge" for "klyngeledelse") is no typo, but no match either: said so
        plan.replaced[word.surface] = fixes[0].right
    plan.group_docs.append(max(f.document_count for f in fixes))
    plan.highlight.update(f.right for f in fixes)
    return "(" + " OR ".join(quote(f.right) for f in fixes) + ")"


def plan_query(query: Query, vocab: Vocabulary, *, udvalg_known: bool = True, restore_known: bool = False) -> _Plan:
    """FTS alternatives per word. A udvalg abbreviation the index knows is a reference,
    not a word; one it does not know ("EL", "KL") is a word. With `restore_known`, a word
    typed without æ, ø and å is also searched spelled with them, even when the index knows it
    as typed ("forudsatter" also as "forudsætter": the retry when no document has every word)."""
    udvalg = query.reference.udvalg
    refs = [r for r in query.reference.ref_terms() if udvalg_known or r != (udvalg or "").lower()]
    plan = _Plan([], [], refs, set(), size=vocab.size())
    words = [w for w in query.words if not (udvalg_known and udvalg and w.surface == udvalg)]
    adjacent = adjacent_pairs(query.raw[:500])
    i = 0
    while i < len(words):
        if i + 1 < len(words) and (joined := _joined(words[i], words[i + 1], adjacent, vocab, plan)):
            plan.groups.append(joined)
            i += 2
            continue
        alt = _alternatives(words[i], vocab, plan, restore_known=restore_known)
        if alt:
            plan.groups.append(alt)
        i += 1
    for phrase in query.phrases:
        phrase_terms = [_person(w, vocab) or w.term for w in phrase]
        plan.phrases.append(quote(" ".join(phrase_terms)))
        plan.highlight.update(phrase_terms)
    return plan


_SCORED: dict[tuple[str, int, str], list[tuple[int, float]]] = {}
SCORED_KEPT = 8


def _index_size(store: Store) -> int:
    return int(store.db.execute("SELECT COALESCE(MAX(rowid), 0) FROM search_docs").fetchone()[0])


def _scored(store: Store, expression: str) -> list[tuple[int, float]]:
    """(rowid, score) of every match: one pass of FTS5 serves the total, the facets and
    the ranking of the every-word tier (a second pass costs as much as the first)."""
    key = (str(store.path), _index_size(store), expression)
    if key not in _SCORED:
        if len(_SCORED) >= SCORED_KEPT:
            _SCORED.pop(next(iter(_SCORED)))
        sql = f"SELECT rowid, bm25(search_fts, {', '.join(map(str, WEIGHTS))}) FROM search_fts WHERE search_fts MATCH ?"
        _SCORED[key] = [(r, -s) for r, s in store.db.execute(sql, (expression,))]
    return _SCORED[key]


def _ranked(store: Store, expression: str, filters: Filters, limit: int,
            exclude: set[int]) -> list[tuple[int, float]]:
    weights = ", ".join(map(str, WEIGHTS))
    if not filters:
        cached = _SCORED.get((str(store.path), _index_size(store), expression))
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


def _facet_values(store: Store) -> dict[str, tuple[Any, Any, list[str]]]:
    """Facet -> (rowids, value codes, labels), kept per process and store size."""
    import numpy as np

    key = (str(store.path), _index_size(store))
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
        for rowid, udvalg, samling, kind, asked_json, *flat_values in store.db.execute(
                "SELECT d.rowid, d.udvalg, d.samling, d.kind, json_extract(doc.flat, '$.asked_by'), "
                + ", ".join(f"json_extract(doc.flat, '$.{f}')" for f in fields) + " "
                "FROM search_docs d JOIN documents doc ON doc.id = d.document_id"):
            askers, parties = _asked(asked_json)
            flat = dict(zip(fields, flat_values))
            ministry = answering_ministry(flat)  # as the filter reads it
            per_facet: tuple[list[Any], ...] = ([udvalg], [samling], [kind], askers, parties, [ministry],
                                                [issuer_not_ministry(flat)])
            for name, values in zip(FACETS, per_facet):
                add(name, rowid, values)
        _FACET_VALUES[key] = {name: (np.array(rows, dtype=np.int64), np.array(codes, dtype=np.int64), list(labels))
                              for name, (rows, codes, labels) in pairs.items()}
    return _FACET_VALUES[key]


def _facets(store: Store, expression: str | None, filters: Filters) -> tuple[int, dict[str, dict[str, int]]]:
    """Total and counts per udvalg, samling, kind, asker, party and ministry over every match
    (not just the page)."""
    import numpy as np

    where, args = where_clause(filters)
    if expression is not None and not filters:
        rowids: list[int] = [rowid for rowid, _ in _scored(store, expression)]
    elif expression is None:  # filters only
        rowids = [r[0] for r in store.db.execute(f"SELECT d.rowid FROM search_docs d WHERE 1=1{where}", args)]
    else:
        rowids = [r[0] for r in store.db.execute(
            f"SELECT d.rowid FROM search_fts JOIN search_docs d ON d.rowid = search_fts.rowid "
            f"WHERE search_fts MATCH ?{where}", [expression, *args])]
    facets: dict[str, dict[str, int]] = {}
    chosen = np.zeros(_index_size(store) + 1, dtype=bool)
    if rowids:
        chosen[np.fromiter(rowids, dtype=np.int64, count=len(rowids))] = True
    for name, (rows, codes, labels) in _facet_values(store).items():
        inside = rows < len(chosen)
        counts = np.bincount(codes[inside][chosen[rows[inside]]], minlength=len(labels))
        found = [(labels[i], int(counts[i])) for i in np.flatnonzero(counts)]
        facets[name] = dict(sorted(found, key=lambda kv: (-kv[1], kv[0])))
    return len(rowids), facets


def _hit(row: sqlite3.Row | tuple[Any, ...], score: float, every: bool, plan: _Plan,
         match: Matcher) -> dict[str, Any]:
    rowid, doc_id, source, title, kind, udvalg, samling, date, text, flat_json = row
    flat = json.loads(flat_json)
    snippet, why = describe(text, flat, title, match, plan.applied_refs)
    return {**{k: v for k, v in flat.items() if k not in ("source", "document_id")},
            "document_id": doc_id, "source": source, "title": title, "kind": kind,
            "udvalg": flat.get("udvalg") or ({"name": None, "abbrev": udvalg} if udvalg else None),
            "samling": flat.get("samling") or samling, "date": date, "score": round(score, 3),
            "match": "all" if every else "some", "snippet": snippet, "why": why}


def _load_hits(store: Store, ranked: list[tuple[int, float, bool]], plan: _Plan) -> list[dict[str, Any]]:
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


def _rare_word_corrections(query: Query, vocab: Vocabulary, plan: _Plan) -> None:
    """When not every word is found together, offer "mente du" for a rare word that is one
    edit from a much commoner one ("fleksjop" -> "fleksjob"); the search itself stands."""
    for word in query.words:
        found = vocab.count(word.term)
        if (not word.term.isalpha() or found >= RARE or word.surface in plan.restored or word.surface in plan.compounds
                or _person(word, vocab, to_match=False)):
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


def _suggestion(store: Store, query: Query, plan: _Plan) -> list[str]:
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


def _run(store: Store, parsed: Query, plan: _Plan, filters: Filters, limit: int,
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
        ranked += [(r, s, tier) for r, s in _ranked(store, expression, filters, limit - len(ranked), seen)]
        if tier == 0 and total == 0:
            total, facets = _facets(store, expression, filters)
            notes.append(Notice("some_words_only"))
    result.hits = _load_hits(store, _tiered_scores(ranked), plan)
    result.total, result.facets = max(total, len(result.hits)), facets
    if not found_every_word and not plan.corrections:
        _rare_word_corrections(parsed, vocabulary_of(store), plan)
    result.suggestions = _suggestion(store, parsed, plan)
    if result.suggestions:
        notes.append(Notice("did_you_mean", (result.suggestions[0],)))
    if not result.hits:
        notes.append(Notice("no_results"))
    return result


def _tiered_scores(ranked: list[tuple[int, float, int]]) -> list[tuple[int, float, bool]]:
    """Scores that fall as the list goes down: each tier's BM25 is lifted above the best
    score of the tiers below it. (rowid, score, every word matched)."""
    out: list[tuple[int, float, bool]] = []
    floor = 0.0
    for tier in sorted({t for _, _, t in ranked}):
        group = [(r, s + floor, tier > 0) for r, s, t in ranked if t == tier]
        floor = max(s for _, s, _ in group)
        out = group + out
    return out


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


def _relax_refs(store: Store, plan: _Plan, filters: Filters,
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
        total, facets = _facets(store, plan.expression(every=True, refs=refs), filters)
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
    empty = _Plan([], [], [], set())
    result.hits = _load_hits(store, [(r[0], 0.0, True) for r in rows], empty)
    result.total, result.facets = _facets(store, None, filters)
    if not result.hits:
        notes.append(Notice("no_filter_matches"))
    return result


__all__ = ["Notice", "SearchResult", "search", "term", "vocabulary"]
