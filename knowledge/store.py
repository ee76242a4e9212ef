"""The embedded SQLite store: documents, their records, what was skipped and why.

One file, WAL mode (readers never block the writer), one transaction per document so a
killed ingest leaves every document either wholly there or not at all. Documents are
keyed by content hash: ingesting the same bytes twice, or at two paths, stores them once.

The schema and its migrations are knowledge/store_schema.py, the search index kept in step
store_index.py, dropping a stored document store_drop.py and the queries store_reading.py.
"""
from __future__ import annotations

import gc
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
from extract.normalise import page_spans

from .pipeline import Extraction, Limits, MemoryRelease, extract_path, iter_files
from .search_index import refresh_terms
from . import indicator_status
# index_work and reindex_works are called through the module (store_index.index_work), so
# that a stand-in a test sets there takes effect wherever they run (tests/knowledge/test_works.py)
from . import store_index
from . import works as works_mod
from .extractor_version import extractor_version
from .store_drop import drop_document, drop_replaced_version
from .store_index import mark_rebuild, now, rebuild_pending
from .store_reading import StoreReading
# Store reads MIGRATIONS under this module's name, where a test may put a longer or shorter list.
from .store_schema import MIGRATIONS, run_sql
from .tables import drop as drop_tables
from .tables import install as install_tables

ENV_DB = "SPORBAR_DB"


def default_db_path() -> Path:
    """`SPORBAR_DB` if set, else sporbar.db in the user's data directory."""
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir("sporbar")) / "sporbar.db"


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


class Store(StoreReading):
    """Reading is StoreReading's (knowledge/store_reading.py); opening, migrating and writing are here."""

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
                store_index.reindex_works(db)  # an ingest died between its re-reads and the index rebuild
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
        # each page's bounds in the text as the loader found them, so a citation's page is the loaded text's
        # (knowledge/app_document.page_bounds; normalising the raw pages again cannot know what OCR mended)
        spans = page_spans(doc.segments, [len(p.text) for p in doc.pages], [p.number for p in doc.pages], len(doc.text))
        pages = json.dumps([{"number": p.number, "text": p.text, "start": lo, "end": hi}
                            for p, (_, lo, hi) in zip(doc.pages, spans)], ensure_ascii=False)
        regions = json.dumps([{"kind": r.kind, "start": r.start, "end": r.end, "page": r.page}
                              for r in doc.regions])
        rows = [(doc.id, i, type(r).__name__, r.model_dump_json()) for i, r in enumerate(extraction.records)]
        db.execute("INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?)",
                   (doc.id, doc.source, doc.media, extraction.kind, doc.text, pages, regions, flat,
                    doc.ftdk_document_id, now()))
        db.executemany("INSERT INTO records (document_id, position, type, data) VALUES (?,?,?,?)", rows)
        _record_extractor(db, doc.id)
        self._remember_source(db, doc.source, doc.id)
        db.execute("DELETE FROM skipped WHERE path = ?", (doc.source,))
        flat_dict = flat_view.model_dump(mode="json")
        joined = works_mod.join(db, document_id=doc.id, text=doc.text, flat=flat_dict,
                                ftdk_document_id=doc.ftdk_document_id, source=doc.source,
                                kind=extraction.kind)
        store_index.index_work(db, joined.work_id, candidate=doc.id)
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
            db.execute("INSERT OR REPLACE INTO skipped VALUES (?,?,?)", (path, reason, now()))

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
                    store_index.reindex_works(db)
                db.execute("UPDATE ingests SET finished = ?, loaded = ?, unchanged = ?, skipped = ? WHERE id = ?",
                           (now(), len(report.loaded) + len(report.reread), len(report.unchanged),
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
                                 (now(),))
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


def _record_extractor(db: sqlite3.Connection, document_id: str) -> None:
    """Note that the running extractor read this document (the v7 table `extractions`)."""
    db.execute("INSERT INTO extractions VALUES (?,?,?)", (document_id, extractor_version(), now()))


# Importable from here as before the split, wherever they are defined.
__all__ = ["ENV_DB", "MIGRATIONS", "IngestReport", "Store", "default_db_path", "drop_document",
           "drop_replaced_version", "mark_rebuild", "on_add", "rebuild_pending", "run_sql"]
