"""Generated batches of small real-looking documents, and consistency checks on a store."""
from __future__ import annotations

import sqlite3
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted(p for d in ("ft_qa", "seeds", "star") for p in (ROOT / "corpus" / d).glob("*.txt"))


def make_batch(folder: Path, count: int) -> list[Path]:
    """`count` distinct text documents: corpus texts, each with its own closing line."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = [p.read_text(encoding="utf-8") for p in SOURCES]
    paths = []
    for i in range(count):
        path = folder / f"doc{i:04d}.txt"
        path.write_text(texts[i % len(texts)] + f"\nIntern kopi nr. {i}.\n", encoding="utf-8")
        paths.append(path)
    return paths


def read_only(db: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30, isolation_level=None)


def snapshot_problems(conn: sqlite3.Connection) -> list[str]:
    """Inconsistencies visible in one read transaction (empty list: consistent)."""
    conn.execute("BEGIN")
    try:
        problems = []
        orphans = conn.execute("SELECT COUNT(*) FROM records WHERE document_id NOT IN "
                               "(SELECT id FROM documents)").fetchone()[0]
        if orphans:
            problems.append(f"{orphans} records without a document")
        bare = conn.execute("SELECT COUNT(*) FROM documents d WHERE NOT EXISTS "
                            "(SELECT 1 FROM records r WHERE r.document_id = d.id)").fetchone()[0]
        if bare:
            problems.append(f"{bare} documents without records")
        gaps = conn.execute("SELECT COUNT(*) FROM (SELECT document_id, COUNT(*) n, MAX(position) m "
                            "FROM records GROUP BY document_id) WHERE n != m + 1").fetchone()[0]
        if gaps:
            problems.append(f"{gaps} documents with gaps in their records")
        unsourced = conn.execute("SELECT COUNT(*) FROM documents d WHERE NOT EXISTS "
                                 "(SELECT 1 FROM sources s WHERE s.document_id = d.id)").fetchone()[0]
        if unsourced:
            problems.append(f"{unsourced} documents without a source path")
        return problems
    finally:
        conn.execute("COMMIT")


def records_per_source(db: Path) -> dict[str, int]:
    """Source file name -> number of stored records, via the sources table."""
    with read_only(db) as conn:
        rows = conn.execute("SELECT s.path, COUNT(r.id) FROM sources s JOIN records r "
                            "ON r.document_id = s.document_id GROUP BY s.path").fetchall()
    return {Path(p).name: n for p, n in rows}


def document_count(db: Path) -> int:
    try:
        with read_only(db) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0  # not created yet, or mid-migration
