"""The store's full-text index kept in step with its documents: each work indexed once,
through its primary copy; a document taken out; the whole index rebuilt, and the mark
(REBUILD_PENDING) that asks for that rebuild. Each function works inside the caller's
transaction (knowledge/store.py)."""
from __future__ import annotations

import datetime as dt
import json
import sqlite3

from .search_index import forget_rowid
from .search_index import index_document

# The mark (a search_state key) that the full-text index must be rebuilt whole: written in the
# transaction that replaces a document read again by a newer extractor, cleared in the one
# that rebuilds. While it stands, adding documents leaves the index alone (the rebuild covers
# them), and opening the store or finishing an ingest rebuilds: a process killed in between
# never leaves search serving the old index for the new records.
REBUILD_PENDING = "rebuild_pending"


def now() -> str:
    """The time stamp the store's rows carry (UTC, to the second)."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def index_work(db: sqlite3.Connection, work_id: str, *, candidate: str | None = None) -> None:
    """Index a work once, through its primary copy (works.primary_document: the richest,
    a text file before a PDF): that copy's text goes into the full-text index and is what
    search finds and quotes. When a better copy arrives later (a .txt after the scan it was
    OCR'd from), the index moves to it: the old copy's row is taken out. The indexed row's
    title, date and samling are the work's merged facts. `candidate` is used only for a
    work not (yet) in the works table."""
    if rebuild_pending(db):
        return  # the whole index is rebuilt before anyone searches it (REBUILD_PENDING)
    found = db.execute("SELECT indexed_document, primary_document, facts FROM works WHERE id = ?",
                       (work_id,)).fetchone()
    indexed, primary, facts_json = found if found else (None, candidate or work_id, "{}")
    if indexed != primary:
        if indexed is not None:
            unindex_document(db, indexed)
        source, kind, text, flat = db.execute("SELECT source, kind, text, flat FROM documents WHERE id = ?",
                                              (primary,)).fetchone()
        index_document(db, document_id=primary, source=source, kind=kind, text=text, flat=json.loads(flat))
        db.execute("UPDATE works SET indexed_document = ? WHERE id = ?", (primary, work_id))
        indexed = primary
    facts = json.loads(facts_json)
    db.execute("UPDATE search_docs SET title = COALESCE(?, title), date = ?, samling = COALESCE(?, samling) "
               "WHERE document_id = ?", (facts.get("title"), facts.get("date"), facts.get("samling"), indexed))


def unindex_document(db: sqlite3.Connection, document_id: str) -> None:
    """Take one document out of the full-text index (inside the caller's transaction). A
    contentless FTS5 row is deleted by giving back the values it indexed, so they are
    computed again from the stored document."""
    from .search_index import FTS_COLUMNS, index_row

    if rebuild_pending(db):
        return  # its terms may be an older analysis's; the rebuild pending empties the index
    row = db.execute("SELECT source, kind, text, flat FROM documents WHERE id = ?", (document_id,)).fetchone()
    indexed = db.execute("SELECT rowid FROM search_docs WHERE document_id = ?", (document_id,)).fetchone()
    if indexed is None:
        return
    if row:
        columns = index_row(document_id, row[0], row[1], row[2], json.loads(row[3])).columns
        db.execute(f"INSERT INTO search_fts (search_fts, rowid, {', '.join(FTS_COLUMNS)}) "
                   f"VALUES ('delete', ?{',?' * len(FTS_COLUMNS)})", (indexed[0], *(columns[c] for c in FTS_COLUMNS)))
    db.execute("DELETE FROM search_docs WHERE rowid = ?", (indexed[0],))
    forget_rowid(db, indexed[0])


def reindex_works(db: sqlite3.Connection) -> None:
    """Rebuild the full-text index with one row per work (FTS5 contentless tables are
    emptied with 'delete-all'; single rows cannot be taken out without their old terms),
    and clear the mark that asked for it (REBUILD_PENDING), in the caller's transaction.
    The new rows get rowids above every old one: result caches and the vocabulary snapshot
    are keyed by the largest rowid, which must not come back unchanged for another index."""
    forget_rowid(db, int(db.execute("SELECT COALESCE(MAX(rowid), 0) FROM search_docs").fetchone()[0]))
    db.execute("INSERT INTO search_fts(search_fts) VALUES('delete-all')")
    db.execute("DELETE FROM search_docs")
    db.execute("DELETE FROM search_state WHERE key <> 'rowid_high'")  # the snapshot's keys and the mark
    db.execute("UPDATE works SET indexed_document = NULL")
    for work_id, primary in db.execute("SELECT id, primary_document FROM works ORDER BY id").fetchall():
        index_work(db, work_id, candidate=primary)


def mark_rebuild(db: sqlite3.Connection) -> None:
    """Ask for the index to be rebuilt whole (REBUILD_PENDING), inside the caller's transaction.
    The largest rowid is remembered now, before rows are dropped without being indexed again,
    so the rebuilt rows are numbered above it."""
    forget_rowid(db, int(db.execute("SELECT COALESCE(MAX(rowid), 0) FROM search_docs").fetchone()[0]))
    db.execute("INSERT OR REPLACE INTO search_state VALUES (?, ?)", (REBUILD_PENDING, now()))


def rebuild_pending(db: sqlite3.Connection) -> bool:
    """Whether the index awaits a whole rebuild (False for a store older than search_state)."""
    try:
        return db.execute("SELECT 1 FROM search_state WHERE key = ?", (REBUILD_PENDING,)).fetchone() is not None
    except sqlite3.OperationalError:  # no search_state table yet (a store before v3)
        return False
