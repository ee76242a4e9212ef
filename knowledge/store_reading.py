"""Reading the store: its documents, their records (copies of one text counted once), works
and the figures `sporbar stats` shows. Store (knowledge/store.py) takes these methods from
StoreReading."""
from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from extract.records import AnyRecord

from . import works as works_mod
from .extractor_version import extractor_version


class StoreReading:
    """The queries of Store, over its open connection `db` to the file at `path`."""

    db: sqlite3.Connection
    path: Path

    @property
    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

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


def record_from_row(type_name: str, data: dict[str, Any]) -> AnyRecord:
    from extract import records as rec

    return getattr(rec, type_name).model_validate(data)


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
