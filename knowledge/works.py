"""Works: the copies of one text (a letter as .txt and as PDF, a page saved twice) are one
work with several files, so everything that counts counts it once.

Two files are one work when they carry the same ft.dk document key (the number ft.dk gives
each file: "svar/924680/1187188/" or a page image "1187188_0001.png"), or when their texts
are near-duplicates: MinHash over character 5-shingles of the letters and digits
(Broder 1997; datasketch's MinHash; spaces and punctuation left out, so a PDF's line
breaks and an OCR's spacing do not count) finds candidates through LSH bands kept in
SQLite, and the exact Jaccard similarity of the two shingle sets must reach `THRESHOLD`.
On corpus/: seed 000's .txt and text-layer PDF are 0.97, its OCR'd image-only PDF 0.85;
every other pair is below 0.3 (an agenda item and the referat that contains it, two
answers from one committee's template). Texts too short for their template not to
dominate (`MIN_SHINGLES`) are joined by their ft.dk key only.

The work's facts (title, date, samling, udvalg ...) are merged from all its copies: each
copy's facts by the order of evidence (extract.document_facts), then the first value in
the order of the copies, the richest copy first. Its *primary* copy is the richest of those
that hold the whole text (an excerpt saved from a PDF joins the PDF when it is most of it, but
a citation should name the document, not the part); the records of the others count only
where they add something (an event the primary lacks).
"""
from __future__ import annotations

import csv
import hashlib
import json
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from extract.document_facts import facts_of
from extract.evidence import DATE_EVIDENCE

SHINGLE_CHARS = 5
MIN_SHINGLES = 300
PERMUTATIONS = 128
BATCH = 20_000  # shingles hashed at a time: 128 x 20k uint64 stays small
BANDS, ROWS = 32, 4  # candidate probability 1-(1-J^4)^32: 0.99 at J=0.6, 0.23 at J=0.3
THRESHOLD = 0.8  # exact Jaccard of the shingle sets
EXCERPT_SHARE = 0.95  # a copy with fewer shingles than this share of the fullest copy's is an excerpt
FOLKETING_KINDS = frozenset({"question", "answer", "ftdk_other"})
_WORD = re.compile(r"[^\W_]+")
_FTDK_KEY = re.compile(r"ft\.dk/samling/.*/(\d{5,9})/index\.htm")

MIGRATION = """
CREATE TABLE works (id TEXT PRIMARY KEY, primary_document TEXT NOT NULL, indexed_document TEXT,
    facts TEXT NOT NULL);
CREATE TABLE work_files (document_id TEXT PRIMARY KEY REFERENCES documents(id),
    work_id TEXT NOT NULL REFERENCES works(id), joined_by TEXT NOT NULL, similarity REAL,
    ftdk_key TEXT, source_url TEXT, richness INTEGER NOT NULL DEFAULT 0);
CREATE INDEX work_files_by_work ON work_files(work_id);
CREATE INDEX work_files_by_key ON work_files(ftdk_key);
CREATE TABLE work_bands (band INTEGER NOT NULL, bucket INTEGER NOT NULL, document_id TEXT NOT NULL);
CREATE INDEX work_bands_lookup ON work_bands(band, bucket)
"""


@dataclass(frozen=True)
class Joined:
    work_id: str
    new: bool  # the document founded the work
    joined_by: str  # "first", "ft.dk", "tekst"
    similarity: float | None = None


# -- near-duplicates ---------------------------------------------------------------------

def shingles(text: str) -> set[str]:
    """Character 5-grams of the text's letters and digits, case folded."""
    stream = "".join(_WORD.findall(text.casefold()))
    return {stream[i:i + SHINGLE_CHARS] for i in range(len(stream) - SHINGLE_CHARS + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def band_buckets(found: set[str]) -> list[tuple[int, int]]:
    """(band, bucket) of the text's MinHash signature: equal buckets make candidates."""
    from datasketch import MinHash

    minhash = MinHash(num_perm=PERMUTATIONS, seed=1)
    ordered = sorted(found)
    for i in range(0, len(ordered), BATCH):
        minhash.update_batch([s.encode("utf-8") for s in ordered[i:i + BATCH]])
    values = minhash.hashvalues
    out = []
    for band in range(BANDS):
        chunk = values[band * ROWS:(band + 1) * ROWS].tobytes()
        out.append((band, int.from_bytes(hashlib.blake2b(chunk, digest_size=7).digest(), "big")))
    return out


# -- where a file came from -------------------------------------------------------------------

def source_url(path: str) -> str | None:
    """The address a corpus file was taken from: its sidecar .meta.json, else the nearest
    manifest.csv (columns file, source_url) in the folders above it."""
    file = Path(path)
    try:
        meta = json.loads(file.with_suffix(".meta.json").read_text(encoding="utf-8"))
        if isinstance(meta.get("source_url"), str) and meta["source_url"].startswith("http"):
            return str(meta["source_url"])
    except (OSError, ValueError, AttributeError):
        pass
    resolved = file.resolve()
    for folder in list(resolved.parents)[:4]:
        url = _manifest(str(folder / "manifest.csv")).get(str(resolved.relative_to(folder)))
        if url:
            return url
    return None


@lru_cache(maxsize=16)
def _manifest(path: str) -> dict[str, str]:
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            return {row["file"]: row["source_url"] for row in csv.DictReader(handle)
                    if (row.get("source_url") or "").startswith("http") and row.get("file")}
    except (OSError, KeyError, csv.Error):
        return {}


def ftdk_key(ftdk_document_id: str | None, url: str | None) -> str | None:
    if ftdk_document_id:
        return str(ftdk_document_id)
    m = _FTDK_KEY.search(url or "")
    return m.group(1) if m else None


def ftdk_url(url: str | None, flat: dict[str, Any]) -> str | None:
    """The exact ft.dk address where known, else the question's page from its samling and number."""
    if url and "ft.dk/" in url:
        return url
    key = flat.get("ftdk_url_key")
    return f"https://www.ft.dk{key}index.htm" if key and str(key).startswith("/samling/") else None


def richness(flat: dict[str, Any]) -> int:
    return sum(1 for v in flat.values() if v not in (None, "", [], {}))


# -- joining ------------------------------------------------------------------------------

def join(db: sqlite3.Connection, *, document_id: str, text: str, flat: dict[str, Any],
         ftdk_document_id: str | None, source: str, kind: str) -> Joined:
    """Put one stored document into its work (inside the caller's transaction)."""
    url = source_url(source)
    key = ftdk_key(ftdk_document_id or flat.get("ftdk_document_id"), url)
    found = shingles(text)
    buckets = band_buckets(found) if len(found) >= MIN_SHINGLES else []
    joined = _same_key(db, key) or _near_duplicate(db, found, buckets, kind) or Joined(document_id, True, "first")
    if joined.new:
        db.execute("INSERT INTO works (id, primary_document, indexed_document, facts) VALUES (?,?,NULL,'{}')",
                   (document_id, document_id))
    db.execute("INSERT OR REPLACE INTO work_files VALUES (?,?,?,?,?,?,?)",
               (document_id, joined.work_id, joined.joined_by, joined.similarity, key, url, richness(flat)))
    db.executemany("INSERT INTO work_bands VALUES (?,?,?)", [(b, h, document_id) for b, h in buckets])
    refresh(db, joined.work_id)
    return joined


def _same_key(db: sqlite3.Connection, key: str | None) -> Joined | None:
    if not key:
        return None
    row = db.execute("SELECT work_id FROM work_files WHERE ftdk_key = ? LIMIT 1", (key,)).fetchone()
    return Joined(row[0], False, "ft.dk") if row else None


def _near_duplicate(db: sqlite3.Connection, found: set[str], buckets: list[tuple[int, int]],
                    kind: str) -> Joined | None:
    """The work of the most similar stored text of the same kind, if similar enough."""
    if not buckets:
        return None
    clause = " OR ".join("(band = ? AND bucket = ?)" for _ in buckets)
    args = [v for pair in buckets for v in pair]
    candidates = [r[0] for r in db.execute(f"SELECT DISTINCT document_id FROM work_bands WHERE {clause}", args)]
    best: tuple[float, str] | None = None
    for candidate in candidates:
        row = db.execute("SELECT d.text, f.work_id FROM documents d JOIN work_files f ON f.document_id = d.id "
                         "WHERE d.id = ? AND d.kind = ?", (candidate, kind)).fetchone()
        if row is None:
            continue
        score = jaccard(found, shingles(row[0]))
        if score >= THRESHOLD and (best is None or score > best[0]):
            best = (score, row[1])
    return Joined(best[1], False, "tekst", round(best[0], 3)) if best else None


def refresh(db: sqlite3.Connection, work_id: str) -> dict[str, Any]:
    """Recompute the work's primary copy and merged facts from all its files."""
    rows = db.execute(
        "SELECT d.id, d.source, d.kind, d.text, d.pages, d.flat, f.source_url, f.richness, d.media, "
        # what the document's issuer rests on where its text does not print it (extract/records.py Basis)
        "(SELECT json_extract(r.data, '$.inferred.issuer') FROM records r WHERE r.document_id = d.id "
        "AND r.type = 'DocumentInfo' ORDER BY r.position LIMIT 1) "
        "FROM work_files f JOIN documents d ON d.id = f.document_id WHERE f.work_id = ?", (work_id,)).fetchall()
    # A copy holding clearly less of the text than another is an excerpt of it (a saved part of
    # a PDF joins the PDF when the part is most of it): the fuller copy is what a citation
    # should name. Among full copies, the richest first; a text file before a PDF of the same
    # richness (no layout noise).
    # (A work of one file, most of them, has nothing to order: its text is not shingled again.)
    held = [len(shingles(r[3])) for r in rows] if len(rows) > 1 else [0]
    fullest = max(held)
    order = {r[0]: (n < EXCERPT_SHARE * fullest, -r[7], r[8] == "pdf", r[1]) for r, n in zip(rows, held)}
    rows.sort(key=lambda r: order[r[0]])
    facts = merge([_copy_facts(r) for r in rows])
    db.execute("UPDATE works SET primary_document = ?, facts = ? WHERE id = ?",
               (rows[0][0], json.dumps(facts, ensure_ascii=False), work_id))
    return facts


def _copy_facts(row: tuple[Any, ...]) -> dict[str, Any]:
    doc_id, source, kind, text, pages_json, flat_json, url, _, _, issuer_basis = row
    flat = json.loads(flat_json)
    pages = [p["text"] for p in json.loads(pages_json)]
    facts = facts_of(flat, text, pages=pages, source=source, source_url=url, folketing=kind in FOLKETING_KINDS,
                     udvalg_name=_udvalg_name(flat, text, kind)).to_dict()
    udvalg = flat.get("udvalg") or {}
    return {**facts, "udvalg": udvalg.get("name"), "udvalg_abbrev": udvalg.get("abbrev"),
            "question_number": flat.get("question_number"), "case": flat.get("case"),
            "doc_type": flat.get("doc_type"), "kind": kind,
            "issuer": flat.get("issuer") or flat.get("ministry"), "signed_by": flat.get("signed_by"),
            "issuer_basis": json.loads(issuer_basis) if issuer_basis and flat.get("issuer") else None,
            "ftdk_url": ftdk_url(url, flat), "source_url": url,
            "files": [{"document_id": doc_id, "source": source, "name": Path(source).name}]}


def _udvalg_name(flat: dict[str, Any], text: str, kind: str) -> str | None:
    """A committee letter whose parser left the udvalg empty still prints it on its first line."""
    name = (flat.get("udvalg") or {}).get("name")
    if name or kind not in FOLKETING_KINDS:
        return name
    from extract.folketing import udvalg_table

    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return next((full for _, full in udvalg_table() if first == full), None)


_MERGED = ("title", "title_evidence", "udvalg", "udvalg_abbrev", "question_number", "case", "doc_type", "kind",
           "issuer", "signed_by", "ftdk_url", "source_url")


def merge(copies: list[dict[str, Any]]) -> dict[str, Any]:
    """One set of facts from the copies' facts, richest copy first: the first value found;
    the date by the strongest evidence; a printed samling before a derived one."""
    merged: dict[str, Any] = {name: next((c[name] for c in copies if c.get(name) not in (None, "")), None)
                              for name in _MERGED}
    dated = [c for c in copies if c.get("date")]
    dated.sort(key=lambda c: DATE_EVIDENCE.index(c["date_evidence"]) if c["date_evidence"] in DATE_EVIDENCE else 99)
    merged["date"] = dated[0]["date"] if dated else None
    merged["date_evidence"] = dated[0]["date_evidence"] if dated else None
    with_samling = sorted((c for c in copies if c.get("samling")), key=lambda c: c["samling_derived"])
    merged["samling"] = with_samling[0]["samling"] if with_samling else None
    merged["samling_derived"] = with_samling[0]["samling_derived"] if with_samling else False
    # the issuer's basis is the one of the copy the issuer is taken from
    merged["issuer_basis"] = next((c.get("issuer_basis") for c in copies if c.get("issuer") == merged["issuer"]),
                                  None) if merged["issuer"] else None
    merged["files"] = [f for c in copies for f in c["files"]]
    return merged


def backfill(db: sqlite3.Connection) -> list[str]:
    """Works for documents stored before works existed, in the order they were stored;
    returns the ids of those that joined an earlier document's work."""
    copies = []
    rows = db.execute("SELECT id, text, flat, ftdk_document_id, source, kind FROM documents WHERE id NOT IN "
                      "(SELECT document_id FROM work_files) ORDER BY ingested_at, rowid").fetchall()
    for doc_id, text, flat, ftdk_id, source, kind in rows:
        joined = join(db, document_id=doc_id, text=text, flat=json.loads(flat), ftdk_document_id=ftdk_id,
                      source=source, kind=kind)
        if not joined.new:
            copies.append(doc_id)
    return copies


def work_map(db: sqlite3.Connection) -> dict[str, tuple[str, str]]:
    """document id -> (work id, primary document id)."""
    return {d: (w, p) for d, w, p in db.execute(
        "SELECT f.document_id, f.work_id, w.primary_document FROM work_files f JOIN works w ON w.id = f.work_id")}


def facts_by_document(db: sqlite3.Connection) -> dict[str, dict[str, Any]]:
    """document id -> its work's merged facts (with the work id)."""
    works = {w: json.loads(f) | {"work_id": w, "primary_document": p}
             for w, p, f in db.execute("SELECT id, primary_document, facts FROM works")}
    return {d: works[w] for d, w in db.execute("SELECT document_id, work_id FROM work_files") if w in works}


# -- counting once ----------------------------------------------------------------------------

def _norm(text: Any) -> str:
    return " ".join(_WORD.findall(str(text or "").casefold()))


def record_key(type_name: str, data: dict[str, Any]) -> tuple[Any, ...] | None:
    """What makes two records from copies of one text the same thing; None: only the
    primary copy's record of this type counts (the document-level ones)."""
    if type_name == "LineageEvent":
        return (type_name, data.get("event"), _norm(data.get("evidence")))
    if type_name == "IndicatorDefinition":
        return (type_name, data.get("kind"), data.get("number"), _norm(data.get("title") or data.get("definition")))
    if type_name == "KommuneRow":
        return (type_name, data.get("code"))
    return None


def _same(a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    """Equal keys, or equal but for the text, which the copies' layers may spell a little
    differently (a hyphen kept, a page number between lines)."""
    if a[:-1] != b[:-1]:
        return False
    if a == b:
        return True
    from rapidfuzz import fuzz

    return isinstance(a[-1], str) and isinstance(b[-1], str) and fuzz.ratio(a[-1], b[-1]) >= 90


def distinct(rows: Iterable[tuple[str, str, dict[str, Any]]],
             works: dict[str, tuple[str, str]]) -> list[tuple[str, str, dict[str, Any]]]:
    """The records with copies counted once: all of each work's primary copy, and those of
    its other copies that the primary lacks."""
    rows = list(rows)
    kept: dict[str, list[tuple[Any, ...]]] = {}
    for doc_id, type_name, data in rows:
        work, primary = works.get(doc_id, (doc_id, doc_id))
        key = record_key(type_name, data)
        if doc_id == primary and key is not None:
            kept.setdefault(work, []).append(key)
    out = []
    for doc_id, type_name, data in rows:
        work, primary = works.get(doc_id, (doc_id, doc_id))
        if doc_id != primary:
            key = record_key(type_name, data)
            if key is None or any(_same(key, k) for k in kept.get(work, [])):
                continue
            kept.setdefault(work, []).append(key)
        out.append((doc_id, type_name, data))
    return out
