"""Dropping a stored document: its records, its search-index entries and every row keyed by
its document_id, with its works choosing their primary copy again. Inside the caller's
transaction (knowledge/store.py)."""
from __future__ import annotations

import sqlite3

from . import indicator_status
# index_work is called through the module, so that a stand-in a test sets there takes effect here too
from . import store_index
from . import works as works_mod


def drop_replaced_version(db: sqlite3.Connection, document_id: str) -> None:
    """Forget a document that no source path points at any more (its file was edited and
    ingested again): its records, its search-index entries and every row of any table
    keyed by its document_id. Inside the caller's transaction."""
    if db.execute("SELECT 1 FROM sources WHERE document_id = ?", (document_id,)).fetchone():
        return  # the same content is still the file at another path
    drop_document(db, document_id)


def drop_document(db: sqlite3.Connection, document_id: str) -> None:
    """Forget a stored document whatever points at it: its records, its search-index entries
    and every row of any table keyed by its document_id; its works choose their primary copy
    again. Inside the caller's transaction."""
    store_index.unindex_document(db, document_id)
    works = [w for (w,) in db.execute("SELECT work_id FROM work_files WHERE document_id = ?", (document_id,))] \
        if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'work_files'").fetchone() else []
    tables = [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
              if name != "documents" and not name.startswith("search_fts") and "document_id" in
              [c[1] for c in db.execute(f'PRAGMA table_info("{name}")')]]
    # Indicators elsewhere whose status this version's events decided are read again after it
    # is gone (its own indicators go with it).
    status_of_others = [(key, title) for key, title in indicator_status.affected_by(db, document_id)
                        if key[0] != document_id]
    for name in tables:
        db.execute(f'DELETE FROM "{name}" WHERE document_id = ?', (document_id,))
    if "work_files" in tables:  # a work (knowledge/works.py) left without any copy goes too
        db.execute("DELETE FROM works WHERE id NOT IN (SELECT work_id FROM work_files)")
    db.execute("DELETE FROM documents WHERE id = ?", (document_id,))
    indicator_status.refresh(db, status_of_others)
    # A work that keeps other copies gets its primary copy and merged facts chosen again, as
    # when a copy is added, and is indexed again through its new primary if the dropped
    # version was the one in the search index.
    for work_id in works:
        if db.execute("SELECT 1 FROM works WHERE id = ?", (work_id,)).fetchone() is None:
            continue
        db.execute("UPDATE works SET indexed_document = NULL WHERE id = ? AND indexed_document = ?",
                   (work_id, document_id))
        works_mod.refresh(db, work_id)
        primary = db.execute("SELECT primary_document FROM works WHERE id = ?", (work_id,)).fetchone()[0]
        store_index.index_work(db, work_id, candidate=primary)
