"""The embedded SQLite store: documents, their records, what was skipped and why.

One file, WAL mode (readers never block the writer), one transaction per document so a
killed ingest leaves every document either wholly there or not at all. Documents are
keyed by content hash: ingesting the same bytes twice, or at two paths, stores them once.
"""
from __future__ import annotations

import datetime as dt
import gc
import hashlib
import json
import os
import sqlite3
import sys
import urllib.parse
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from extract.errors import SporbarError, StoreError
from extract.names import shown, source_name
from extract.records import AnyRecord

from .pipeline import Extraction, Limits, MemoryRelease, extract_path, iter_files
from .search_index import SCHEMA as SEARCH_SCHEMA
from .search_index import TERMS_SCHEMA as SEARCH_TERMS_SCHEMA
from .search_index import backfill as backfill_search
from .search_index import forget_rowid
from .search_index import ISSUER_INDEX, ministries_only
from .search_index import refresh_terms, take_snapshot
from .search_index import index_document
from . import indicator_status
from . import works as works_mod
from .extractor_version import extractor_version
from .tables import drop as drop_tables
from .tables import install as install_tables

ENV_DB = "SPORBAR_DB"

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
        _reindex_works(db)
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
        _reindex_works(db)
    indicator_status.refresh_all(db)


def _reanalysed_index(db: sqlite3.Connection) -> None:
    """v9, a repair without a table: the index's terms keep æ, ø and å ("løftet" is not
    "loftet") and person names whole ("Finn" is not "fin"; knowledge/danish_analysis.py), so
    an index an older analysis wrote is rebuilt whole, and its vocabulary snapshot taken
    again (a store then opened read-only could not take it, and would count the old terms)."""
    _reindex_works(db)
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

# The mark (a search_state key) that the full-text index must be rebuilt whole: written in the
# transaction that replaces a document read again by a newer extractor, cleared in the one
# that rebuilds. While it stands, adding documents leaves the index alone (the rebuild covers
# them), and opening the store or finishing an ingest rebuilds: a process killed in between
# never leaves search serving the old index for the new records.
REBUILD_PENDING = "rebuild_pending"


def default_db_path() -> Path:
    """`SPORBAR_DB` if set, else sporbar.db in the user's data directory."""
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir("sporbar")) / "sporbar.db"


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


@dataclass
class IngestReport:
    loaded: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    #: unchanged files read again because a newer extractor runs than the one that stored them
    reread: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.skipped


class Store:
    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        """`read_only`: for commands that only read (search, stats, trace, export). An
        existing store is opened without write access and nothing is written (not even
        caches), so reading works in a read-only folder; a missing or outdated store is
        opened for writing as before (created or migrated)."""
        self.path = Path(path) if path else default_db_path()
        try:
            if read_only and self.path.is_file():
                self.db = _connect_read_only(self.path)
                if self.schema_version >= len(MIGRATIONS) and not rebuild_pending(self.db):
                    return
                # an older schema must be migrated first, or the index an interrupted ingest
                # left to rebuild be rebuilt, so reading never serves a stale index
                self.db.close()
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, timeout=60, isolation_level=None, check_same_thread=False)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            indicator_status.register(self.db)
            self._migrate()
        except sqlite3.Error as exc:
            raise StoreError(self.path, f"cannot open the store ({exc})") from exc
        except OSError as exc:  # e.g. --db under a path that is a file
            raise StoreError(self.path, f"cannot create the store ({exc.strerror or exc})") from exc

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    @property
    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        with self.transaction() as db:
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
            if version > len(MIGRATIONS):  # written by a newer Sporbar: its tables mean more than we know
                raise StoreError(self.path, f"the store has schema version {version}, made by a newer Sporbar "
                                            f"than this one (which knows up to {len(MIGRATIONS)})",
                                 advice="upgrade Sporbar, or use another --db")
            if version < len(MIGRATIONS):
                drop_tables(db)  # views must not stand in the way of a migration rebuilding a table
            for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
                if isinstance(step, str):
                    run_sql(db, step)
                else:
                    step(db)
                db.execute(f"PRAGMA user_version = {number}")
            if rebuild_pending(db):
                _reindex_works(db)  # an ingest died between its re-reads and the index rebuild
            install_tables(db)  # views over the records (knowledge/tables.py); no-op when current

    # -- writing -----------------------------------------------------------------

    def has_document(self, document_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE id = ?", (document_id,)).fetchone() is not None

    def add(self, extraction: Extraction) -> bool:
        """Store one document and its records in one transaction; False if already there."""
        doc = extraction.document
        with self.transaction() as db:
            if db.execute("SELECT 1 FROM documents WHERE id = ?", (doc.id,)).fetchone():
                self._remember_source(db, doc.source, doc.id)
                return False
            self._insert(db, extraction)
        return True

    def replace(self, extraction: Extraction) -> None:
        """Store a document read again by a newer extractor in place of its old records, in one
        transaction: a failure leaves the old version whole."""
        with self.transaction() as db:
            # Its index row holds the terms an older analysis gave it, which the running one
            # cannot name to take them out of the contentless index: the index is rebuilt
            # whole once the batch is read (`ingest`), or on the next open if it dies first.
            mark_rebuild(db)
            if db.execute("SELECT 1 FROM documents WHERE id = ?", (extraction.document.id,)).fetchone():
                drop_document(db, extraction.document.id)
            self._insert(db, extraction)

    def is_current(self, document_id: str) -> bool:
        """Whether the stored document was read by the running extractor."""
        row = self.db.execute("SELECT extractor FROM extractions WHERE document_id = ?", (document_id,)).fetchone()
        return row is not None and row[0] == extractor_version()

    def _insert(self, db: sqlite3.Connection, extraction: Extraction) -> None:
        doc = extraction.document
        flat_view = extraction.flat
        flat = flat_view.model_dump_json()
        pages = json.dumps([{"number": p.number, "text": p.text} for p in doc.pages], ensure_ascii=False)
        regions = json.dumps([{"kind": r.kind, "start": r.start, "end": r.end, "page": r.page}
                              for r in doc.regions])
        rows = [(doc.id, i, type(r).__name__, r.model_dump_json()) for i, r in enumerate(extraction.records)]
        db.execute("INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?)",
                   (doc.id, doc.source, doc.media, extraction.kind, doc.text, pages, regions, flat,
                    doc.ftdk_document_id, _now()))
        db.executemany("INSERT INTO records (document_id, position, type, data) VALUES (?,?,?,?)", rows)
        _record_extractor(db, doc.id)
        self._remember_source(db, doc.source, doc.id)
        db.execute("DELETE FROM skipped WHERE path = ?", (doc.source,))
        flat_dict = flat_view.model_dump(mode="json")
        joined = works_mod.join(db, document_id=doc.id, text=doc.text, flat=flat_dict,
                                ftdk_document_id=doc.ftdk_document_id, source=doc.source,
                                kind=extraction.kind)
        _index_work(db, joined.work_id, candidate=doc.id)
        indicator_status.refresh_for_document(db, doc.id)
        for hook in _ON_ADD:
            hook(db, extraction)

    def _remember_source(self, db: sqlite3.Connection, source: str, document_id: str) -> None:
        try:
            st = os.stat(source)
            size, mtime = st.st_size, st.st_mtime
        except OSError:
            size, mtime = None, None
        previous = db.execute("SELECT document_id FROM sources WHERE path = ?", (source,)).fetchone()
        db.execute("INSERT OR REPLACE INTO sources VALUES (?,?,?,?)", (source, document_id, size, mtime))
        if previous and previous[0] != document_id:
            drop_replaced_version(db, previous[0])

    def note_skipped(self, path: str, reason: str) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO skipped VALUES (?,?,?)", (path, reason, _now()))

    def ingest(self, paths: Iterable[str | Path], *, limits: Limits = Limits(),
               progress: Callable[[Path], None] | None = None) -> IngestReport:
        """Load files and folders; bad files are skipped with their reason, never fatal.

        Crash-safe: each document is one transaction (`add`), so a killed ingest leaves
        every document wholly stored or absent, and a rerun skips what is there by
        content hash. The `ingests` row is written first and completed last, so an
        interrupted run shows as unfinished in `stats`. Documents read again by a newer
        extractor (`replace`) leave the search index to one whole rebuild at the end, asked
        for by a mark committed with each of them (REBUILD_PENDING): a run killed before it
        is rebuilt by the next open or ingest.
        """
        report = IngestReport()
        release = MemoryRelease(_release_memory)  # only when memory grew (bench/ingest_release.py)
        run_id = self._ingest_started()
        for path in iter_files(paths):
            if progress:
                progress(path)
            try:
                self._ingest_one(path, limits, report)
            except SporbarError as exc:
                report.skipped.append((source_name(path), exc.message))
                self.note_skipped(source_name(path), exc.message)
            except sqlite3.Error as exc:
                # The store itself failed (disk full, file removed): nothing later can succeed.
                raise StoreError(self.path, f"cannot write the store while adding {shown(path)} ({exc})") from exc
            except Exception as exc:  # noqa: BLE001 - a parser bug must not end a batch of thousands
                message = (f"{shown(path)}: internal error while reading it ({type(exc).__name__}: {exc}); "
                           "please report this file to the Sporbar maintainers")
                report.skipped.append((source_name(path), message))
                self.note_skipped(source_name(path), message)
            finally:
                release.after_file()
        try:
            with self.transaction() as db:
                if rebuild_pending(db):  # documents read again (`replace`), here or by a run that died
                    _reindex_works(db)
                db.execute("UPDATE ingests SET finished = ?, loaded = ?, unchanged = ?, skipped = ? WHERE id = ?",
                           (_now(), len(report.loaded) + len(report.reread), len(report.unchanged),
                            len(report.skipped), run_id))
            refresh_terms(self.db, now=True)  # the vocabulary typo corrections read (search_index.py)
        except sqlite3.Error as exc:  # the documents are stored; the next open rebuilds what is pending
            raise StoreError(self.path, f"cannot finish the ingest: the search index was not brought up to date "
                                        f"({exc}); it is rebuilt when the store is next opened") from exc
        return report

    def _ingest_started(self) -> int:
        try:
            with self.transaction() as db:
                cur = db.execute("INSERT INTO ingests (started, loaded, unchanged, skipped) VALUES (?, 0, 0, 0)",
                                 (_now(),))
                return int(cur.lastrowid or 0)
        except sqlite3.Error as exc:  # read-only file, disk full, locked past the timeout
            raise StoreError(self.path, f"cannot write the store ({exc})") from exc

    def _ingest_one(self, path: Path, limits: Limits, report: IngestReport) -> None:
        document_id = _quick_id(path, limits.max_mb)
        if document_id and self.has_document(document_id) and not self.is_current(document_id):
            # the same bytes, read by an older extractor: read them again so the store serves
            # what the running readers find, not what an earlier version found
            extraction = extract_path(path, limits=limits)
            report.warnings.extend(extraction.document.warnings)
            self.replace(extraction)
            report.reread.append(source_name(path))
            return
        if document_id and self.has_document(document_id):
            with self.transaction() as db:
                self._remember_source(db, source_name(path), document_id)
                db.execute("DELETE FROM skipped WHERE path = ?", (source_name(path),))
            report.unchanged.append(source_name(path))
            return
        extraction = extract_path(path, limits=limits)
        report.warnings.extend(extraction.document.warnings)
        (report.loaded if self.add(extraction) else report.unchanged).append(source_name(path))

    # -- reading -----------------------------------------------------------------

    def documents(self) -> list[dict[str, Any]]:
        cur = self.db.execute("SELECT id, source, media, kind, flat, ftdk_document_id FROM documents ORDER BY source")
        return [{"id": r[0], "source": r[1], "media": r[2], "kind": r[3], "flat": json.loads(r[4]),
                 "ftdk_document_id": r[5]} for r in cur]

    def document(self, document_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT id, source, media, kind, text, pages, regions, flat, ftdk_document_id "
                              "FROM documents WHERE id = ?", (document_id,)).fetchone()
        if row is None:
            return None
        return {"id": row[0], "source": row[1], "media": row[2], "kind": row[3], "text": row[4],
                "pages": json.loads(row[5]), "regions": json.loads(row[6]), "flat": json.loads(row[7]),
                "ftdk_document_id": row[8]}

    def records(self, *, types: Iterable[str] | None = None, document_id: str | None = None,
                copies: bool = False) -> list[tuple[str, str, dict[str, Any]]]:
        """(document id, record type, record data) in document order. Copies of one text
        count once (knowledge/works.py) unless `copies` or one `document_id` is asked for."""
        sql = "SELECT document_id, type, data FROM records WHERE 1=1"
        args: list[Any] = []
        if types is not None:
            names = list(types)
            sql += f" AND type IN ({','.join('?' * len(names))})"
            args.extend(names)
        if document_id is not None:
            sql += " AND document_id = ?"
            args.append(document_id)
        sql += " ORDER BY document_id, position"
        rows = [(r[0], r[1], json.loads(r[2])) for r in self.db.execute(sql, args)]
        if copies or document_id is not None:
            return rows
        return works_mod.distinct(rows, works_mod.work_map(self.db))

    def works(self) -> list[dict[str, Any]]:
        """Every work: id, primary document, merged facts (title, date, samling ...) and files."""
        return [{"id": w, "primary_document": p, "facts": json.loads(f)}
                for w, p, f in self.db.execute("SELECT id, primary_document, facts FROM works ORDER BY id")]

    def work_of(self, document_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT w.id, w.primary_document, w.facts FROM work_files f JOIN works w "
                              "ON w.id = f.work_id WHERE f.document_id = ?", (document_id,)).fetchone()
        return {"id": row[0], "primary_document": row[1], "facts": json.loads(row[2])} if row else None

    def facts_by_document(self) -> dict[str, dict[str, Any]]:
        """document id -> its work's merged facts, for citations."""
        return works_mod.facts_by_document(self.db)

    def stats(self) -> dict[str, Any]:
        by_type = dict(self.db.execute("SELECT type, COUNT(*) FROM records GROUP BY type ORDER BY type").fetchall())
        by_kind = dict(self.db.execute("SELECT kind, COUNT(*) FROM documents GROUP BY kind ORDER BY kind").fetchall())
        last = self.db.execute("SELECT started, finished, loaded, unchanged, skipped FROM ingests "
                               "ORDER BY id DESC LIMIT 1").fetchone()
        skipped = [{"path": p, "reason": r, "at": a}
                   for p, r, a in self.db.execute("SELECT path, reason, at FROM skipped ORDER BY path")]
        return {
            "db": str(self.path),
            "schema_version": self.schema_version,
            "documents": self.db.execute("SELECT COUNT(*) FROM documents").fetchone()[0],
            # copies of one text are one work (knowledge/works.py), counted once by search and exports
            "works": self.db.execute("SELECT COUNT(*) FROM works").fetchone()[0],
            # documents read by an older extractor than this one: `ingest` reads them again
            "extractor_version": extractor_version(),
            "documents_from_older_extractor": self.db.execute(
                "SELECT COUNT(*) FROM documents d LEFT JOIN extractions e ON e.document_id = d.id "
                "WHERE e.extractor IS NOT ?", (extractor_version(),)).fetchone()[0],
            "documents_by_kind": by_kind,
            "records_by_type": by_type,
            "last_ingest": dict(zip(("started", "finished", "loaded", "unchanged", "skipped"), last)) if last else None,
            "skipped": skipped,
            # Where Folketinget's open data and the letter itself disagree (both are kept).
            "oda_disagreements": [
                {"document": d, "oda_dokument_id": i, "fields": json.loads(f)}
                for d, i, f in self.db.execute(
                    "SELECT document_id, json_extract(data, '$.oda_dokument_id'), json_extract(data, '$.disagreements') "
                    "FROM records WHERE type = 'OdaFacts' AND json_array_length(data, '$.disagreements') > 0 "
                    "ORDER BY document_id")],
        }


def _index_work(db: sqlite3.Connection, work_id: str, *, candidate: str | None = None) -> None:
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


def _reindex_works(db: sqlite3.Connection) -> None:
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
        _index_work(db, work_id, candidate=primary)


def mark_rebuild(db: sqlite3.Connection) -> None:
    """Ask for the index to be rebuilt whole (REBUILD_PENDING), inside the caller's transaction.
    The largest rowid is remembered now, before rows are dropped without being indexed again,
    so the rebuilt rows are numbered above it."""
    forget_rowid(db, int(db.execute("SELECT COALESCE(MAX(rowid), 0) FROM search_docs").fetchone()[0]))
    db.execute("INSERT OR REPLACE INTO search_state VALUES (?, ?)", (REBUILD_PENDING, _now()))


def rebuild_pending(db: sqlite3.Connection) -> bool:
    """Whether the index awaits a whole rebuild (False for a store older than search_state)."""
    try:
        return db.execute("SELECT 1 FROM search_state WHERE key = ?", (REBUILD_PENDING,)).fetchone() is not None
    except sqlite3.OperationalError:  # no search_state table yet (a store before v3)
        return False


# Other modules (the search index) register work to do inside the document transaction.
_ON_ADD: list[Callable[[sqlite3.Connection, Extraction], None]] = []


def on_add(hook: Callable[[sqlite3.Connection, Extraction], None]) -> None:
    _ON_ADD.append(hook)


def _quick_id(path: Path, max_mb: float) -> str | None:
    """The content id without parsing, so unchanged files are skipped cheaply. Read as
    `load` reads (regular files only, within the size limit): a sparse 3 GB file or a
    FIFO is refused here, not hashed or waited on."""
    from extract.document import content_id
    from extract.load import read_limited

    return content_id(read_limited(path, max_mb)) if path.is_file() else None


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write. In a read-only folder a WAL store has no -shm file
    to share, so it is opened as immutable (nobody can be writing it there)."""
    uri = "file:" + urllib.parse.quote(str(path.resolve())) + "?mode=ro"
    db = sqlite3.connect(uri, uri=True, timeout=60, isolation_level=None, check_same_thread=False)
    try:
        db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        return db
    except sqlite3.OperationalError:
        db.close()
        return sqlite3.connect(uri + "&immutable=1", uri=True, isolation_level=None, check_same_thread=False)


def _release_memory() -> None:
    """Between the files of a batch: free the last document's objects (pages, spaCy docs,
    pdfium handles caught in reference cycles) and give glibc's freed heap back to the
    system, so the batch's peak is the fixed cost plus its largest file, not their sum
    (issue 20: a hostile batch peaked 70 MB above its largest file)."""
    gc.collect()
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


def _load_libc() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6")
        return libc if hasattr(libc, "malloc_trim") else None
    except OSError:  # musl or no glibc: nothing to trim
        return None


_LIBC = _load_libc()


def drop_replaced_version(db: sqlite3.Connection, document_id: str) -> None:
    """Forget a document that no source path points at any more (its file was edited and
    ingested again): its records, its search-index entries and every row of any table
    keyed by its document_id. Inside the caller's transaction."""
    if db.execute("SELECT 1 FROM sources WHERE document_id = ?", (document_id,)).fetchone():
        return  # the same content is still the file at another path
    drop_document(db, document_id)


def _record_extractor(db: sqlite3.Connection, document_id: str) -> None:
    """Note that the running extractor read this document (the v7 table `extractions`)."""
    db.execute("INSERT INTO extractions VALUES (?,?,?)", (document_id, extractor_version(), _now()))


def drop_document(db: sqlite3.Connection, document_id: str) -> None:
    """Forget a stored document whatever points at it: its records, its search-index entries
    and every row of any table keyed by its document_id; its works choose their primary copy
    again. Inside the caller's transaction."""
    unindex_document(db, document_id)
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
        _index_work(db, work_id, candidate=primary)


def record_from_row(type_name: str, data: dict[str, Any]) -> AnyRecord:
    from extract import records as rec

    return getattr(rec, type_name).model_validate(data)


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
