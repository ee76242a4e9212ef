"""The search index's vocabulary: terms looked up one at a time in the `search_terms` snapshot,
the whole of it read (and kept per process) only to correct a typo."""
from __future__ import annotations

import sqlite3

from .danish_analysis import Correction, Vocabulary
from .query import quote
from .search_index import refresh_terms, terms_fresh
from .search_ranking import index_size
from .store import Store


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
        key, sql = (str(store.path), f"index {index_size(store)}"), "SELECT term, doc FROM search_vocab"
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
