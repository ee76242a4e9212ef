"""The store's schema: the tables of its first version and every migration since, in order.
The schema version (PRAGMA user_version) is how many of MIGRATIONS have run; knowledge/store.py
runs the missing ones when it opens a store."""
from __future__ import annotations

import sqlite3
from collections.abc import Callable

from .search_index import SCHEMA as SEARCH_SCHEMA
from .search_index import TERMS_SCHEMA as SEARCH_TERMS_SCHEMA
from .search_index import backfill as backfill_search
from .search_index import ISSUER_INDEX, ministries_only
from .search_index import take_snapshot
from . import indicator_status
from . import store_index
from . import works as works_mod

# Which extractor read each document (knowledge/extractor_version.py), so that `ingest` reads
# a file again when Sporbar's readers have changed since. A document stored before this table
# has no row and counts as read by an older extractor.
EXTRACTIONS_MIGRATION = """
    CREATE TABLE IF NOT EXISTS extractions (document_id TEXT PRIMARY KEY REFERENCES documents(id),
        extractor TEXT NOT NULL, at TEXT NOT NULL)
    """

STORE_SCHEMA = """
    CREATE TABLE documents (
        id TEXT PRIMARY KEY, source TEXT NOT NULL, media TEXT NOT NULL, kind TEXT NOT NULL,
        text TEXT NOT NULL, pages TEXT NOT NULL, regions TEXT NOT NULL, flat TEXT NOT NULL,
        ftdk_document_id TEXT, ingested_at TEXT NOT NULL);
    CREATE TABLE sources (path TEXT PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents(id),
        size INTEGER, mtime REAL);
    CREATE TABLE records (id INTEGER PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents(id),
        position INTEGER NOT NULL, type TEXT NOT NULL, data TEXT NOT NULL,
        UNIQUE(document_id, position));
    CREATE INDEX records_by_type ON records(type);
    CREATE TABLE skipped (path TEXT PRIMARY KEY, reason TEXT NOT NULL, at TEXT NOT NULL);
    CREATE TABLE ingests (id INTEGER PRIMARY KEY, started TEXT, finished TEXT,
        loaded INTEGER, unchanged INTEGER, skipped INTEGER);
    """

#: One migration: SQL statements, or a Python step given the connection. Either runs inside
#: the one transaction that migrates the store, so a failed step leaves it at its old version.
Migration = str | Callable[[sqlite3.Connection], None]


def run_sql(db: sqlite3.Connection, script: str) -> None:
    """Run `;`-separated statements inside the caller's transaction (executescript commits)."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def _search_index(db: sqlite3.Connection) -> None:
    """v2: the full-text search index (knowledge/search_index.py), with the documents
    stored before it."""
    run_sql(db, SEARCH_SCHEMA)
    backfill_search(db)


def _works(db: sqlite3.Connection) -> None:
    """v4: works, copies of one text (knowledge/works.py), found among the stored documents;
    when some are copies, the index is rebuilt with one row per work."""
    run_sql(db, works_mod.MIGRATION)
    if works_mod.backfill(db):
        store_index.reindex_works(db)
    else:  # each work is its one document, indexed by v2
        db.execute("UPDATE works SET indexed_document = primary_document "
                   "WHERE primary_document IN (SELECT document_id FROM search_docs)")


def _indicator_status(db: sqlite3.Connection) -> None:
    """v5: each indicator's life-cycle status (knowledge/indicator_status.py), for the
    indicators stored before."""
    run_sql(db, indicator_status.MIGRATION)
    indicator_status.refresh_all(db)


def _primary_index(db: sqlite3.Connection) -> None:
    """v6, a repair without a table: a store made before it can have a work searched through
    a copy that is not its primary (a scan ingested before its .txt), and statuses from events
    that shared one word with a measure. The index is rebuilt whole, since taking single rows
    out of a contentless index needs the terms an older analysis gave them; the statuses are
    read again with the stricter is_about."""
    if db.execute("SELECT 1 FROM works WHERE indexed_document IS NOT primary_document").fetchone():
        store_index.reindex_works(db)
    indicator_status.refresh_all(db)


def _reanalysed_index(db: sqlite3.Connection) -> None:
    """v9, a repair without a table: the index's terms keep æ, ø and å ("løftet" is not
    "loftet") and person names whole ("Finn" is not "fin"; knowledge/danish_analysis.py), so
    an index an older analysis wrote is rebuilt whole, and its vocabulary snapshot taken
    again (a store then opened read-only could not take it, and would count the old terms)."""
    store_index.reindex_works(db)
    take_snapshot(db)


# Each entry is one migration; the schema version is how many have run. Entries are never
# changed once released: a store at version n has run exactly the first n.
MIGRATIONS: list[Migration] = [
    STORE_SCHEMA,  # v1: documents, their sources and records, what was skipped, the ingests
    _search_index,  # v2: the full-text search index and its backfill
    SEARCH_TERMS_SCHEMA,  # v3: its vocabulary snapshot, for fast term look-ups
    _works,  # v4: works (copies of one text) and their files (knowledge/works.py)
    _indicator_status,  # v5: each indicator's life-cycle status (knowledge/indicator_status.py)
    _primary_index,  # v6: works searched through their primary copy (a repair, no table)
    EXTRACTIONS_MIGRATION,  # v7: the extractor that read each document
    ministries_only,  # v8: the ministry filter and facet hold ministries only, not every issuer
    _reanalysed_index,  # v9: index terms with æ, ø and å, and names whole (a repair, no table)
    ISSUER_INDEX,  # v10: documents by the issuer they print, for the search's issuer filter
]
SEARCH_VERSION = MIGRATIONS.index(_search_index) + 1
WORKS_VERSION = MIGRATIONS.index(_works) + 1  # its number, wherever other migrations land
STATUS_VERSION = MIGRATIONS.index(_indicator_status) + 1
PRIMARY_INDEX_VERSION = MIGRATIONS.index(_primary_index) + 1
REANALYSED_INDEX_VERSION = MIGRATIONS.index(_reanalysed_index) + 1
