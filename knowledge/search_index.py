"""What the full-text index holds for one document, and writing it.

SQLite's FTS5 tokenizers know no Danish, so the text is analysed here (danish_analysis)
and the index stores *terms*, space-separated, one per word in order so phrases still
match. Columns, ranked by weight in search: title, question, people, refs, body (which
holds the answer: a column of its own would double the index for little ranking gain), and
parts (compound parts, so "pension" finds "førtidspensionsområdet"). Terms are stored
without an FTS prefix index: query prefixes are 4+ letters, which a "3" index never serves.

`search_docs` holds the same row's filter and facet values (udvalg, samling, date ...),
taken from the flat record view and, while the parsers leave a field empty, from the
ft.dk header lines of the text itself.
"""
from __future__ import annotations

import datetime as dt
import re
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from danish import samling as samlinger
from danish.dates import first_complete_date
from danish.reference import committee_by_name, ministries, ministry_of_title, name_key, party_by_name, party_for
from extract.flat import person_name
from extract.folketing import udvalg_table

from .danish_analysis import WORD_RE, compound_terms, fold, is_name, name_words, skeleton, term_in
from .query import ref_terms_of

FTS_COLUMNS = ("title", "question", "people", "refs", "body", "parts")

SCHEMA = """
CREATE TABLE search_docs (rowid INTEGER PRIMARY KEY, document_id TEXT NOT NULL UNIQUE REFERENCES documents(id),
    source TEXT, title TEXT, kind TEXT, doc_type TEXT, udvalg TEXT, samling TEXT, date TEXT,
    asker TEXT, party TEXT, ministry TEXT);
CREATE INDEX search_docs_udvalg ON search_docs(udvalg);
CREATE INDEX search_docs_date ON search_docs(date);
CREATE VIRTUAL TABLE search_fts USING fts5(title, question, people, refs, body, parts,
    content='', tokenize='unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, 'row')
"""

# The issuer filter (query.where_clause) looks up the issuer each document prints: an index on
# that very expression spares it a read of every document's flat view (store v10). The
# filter's SQL must spell the expression exactly so for SQLite to use it.
ISSUER_PRINTED = "json_extract(flat, '$.issuer')"
ISSUER_INDEX = f"CREATE INDEX IF NOT EXISTS documents_issuer ON documents({ISSUER_PRINTED})"

# ft.dk header lines: "Beskæftigelsesudvalget 2022-23 (2. samling)" / "BEU Alm.del"
_UDVALG_HEADER = re.compile(r"\b([A-ZÆØÅ]{2,4})\s+(?:[Aa]lm\.?\s*del|L\s*\d|B\s*\d|§\s*20|Aktstk)")
_QUESTION_REF = re.compile(r"\b(?:spørgsmål|spm)\.?\s*(?:nr\.?\s*)?(\d{1,4})\b", re.IGNORECASE)
_CASE_REF = re.compile(r"(?<![\w.])([LBS])\s?(\d{1,4})\b")
_ALMDEL = re.compile(r"\balm\.?\s*del\b", re.IGNORECASE)
HEADER_CHARS = 2500  # references and dates that identify a letter sit near its top


@dataclass(frozen=True)
class IndexRow:
    document_id: str
    source: str
    kind: str
    title: str
    meta: dict[str, str | None]
    columns: dict[str, str]


# v3: a snapshot of the index vocabulary (term -> document count) as a plain table, so a
# search looks a term up in O(log n) instead of walking FTS5 doclists (fts5vocab).
TERMS_SCHEMA = """
CREATE TABLE search_terms (term TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE search_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)
"""


REFRESH_SECONDS = 30.0  # while an ingest runs, rebuild the snapshot at most this often


def terms_fresh(db: sqlite3.Connection) -> bool:
    size = str(db.execute("SELECT COALESCE(MAX(rowid), 0) FROM search_docs").fetchone()[0])
    taken = db.execute("SELECT value FROM search_state WHERE key = 'terms_at'").fetchone()
    return bool(taken) and taken[0] == size


def refresh_terms(db: sqlite3.Connection, *, now: bool = False) -> None:
    """Rebuild the vocabulary snapshot if documents were indexed since it was taken (but
    not on every search while an ingest keeps adding them, unless `now`: an ingest takes it
    when it ends, since `sporbar search` opens the store read-only and cannot)."""
    if terms_fresh(db):
        return
    last = db.execute("SELECT value FROM search_state WHERE key = 'terms_time'").fetchone()
    if not now and last and time.time() - float(last[0]) < REFRESH_SECONDS:
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        take_snapshot(db)
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def take_snapshot(db: sqlite3.Connection) -> None:
    """The vocabulary snapshot taken now, inside the caller's transaction."""
    size = str(db.execute("SELECT COALESCE(MAX(rowid), 0) FROM search_docs").fetchone()[0])
    db.execute("DELETE FROM search_terms")
    db.execute("INSERT INTO search_terms SELECT term, doc FROM search_vocab")
    db.executemany("INSERT OR REPLACE INTO search_state VALUES (?, ?)",
                   [("terms_at", size), ("terms_time", str(time.time()))])


def analysed(text: str | None, names: frozenset[str] = frozenset()) -> str:
    """The index terms of a text, the persons `names` (`name_words`) kept whole."""
    return " ".join(term_in(w, names) for w in WORD_RE.findall(text or ""))


def _body_and_parts(text: str, title: str, names: frozenset[str] = frozenset()) -> tuple[str, str]:
    """The body's terms and the compound parts of body and title, in one pass. A name is
    no compound ("Vestergaard" is no "vester" + "gaard")."""
    words = WORD_RE.findall(text)
    parts: dict[str, None] = {}
    for word in dict.fromkeys([*words, *WORD_RE.findall(title)]):
        if len(word) >= 6 and not is_name(word, names):
            parts.update(dict.fromkeys(compound_terms(word)))
    return " ".join(term_in(w, names) for w in words), " ".join(parts)


def _first_date(text: str) -> str | None:
    value = first_complete_date(text)
    return value.isoformat() if value else None


def _samling(header: str) -> str | None:
    """"2012-13" or "2022-23 (2. samling)" as printed: a year and the next, not any number
    pair (danish.samling)."""
    found = next(samlinger.find(header), None)
    return header[found.start:found.end] if found else None


def display_title(flat: dict[str, Any], text: str) -> str:
    """A one-line title: the document's own, else the question, else its first real line."""
    if flat.get("title"):
        return str(flat["title"])
    if flat.get("question_text"):
        return str(flat["question_text"])[:160]
    for line in text.splitlines()[:40]:
        if len(WORD_RE.findall(line)) >= 4:
            return " ".join(line.split())[:160]
    return " ".join(text.split())[:80]


def person_names(flat: dict[str, Any]) -> frozenset[str]:
    """The words of the names of the persons a document names (askers, persons, signer):
    indexed whole, never stemmed (danish_analysis.term_in)."""
    return name_words([*(p.get("name", "") for p in flat.get("asked_by") or []),
                       *(person_name(p) for p in flat.get("persons") or []), flat.get("signed_by") or ""])


def _people(flat: dict[str, Any]) -> list[str]:
    names = [f"{p.get('name', '')} {p.get('party') or ''}" for p in flat.get("asked_by") or []]
    udvalg = flat.get("udvalg") or {}
    return [*names, *(person_name(p) for p in flat.get("persons") or []), *(flat.get("parties") or []),
            *(flat.get("organisations") or []), flat.get("signed_by") or "", flat.get("addressee") or "",
            flat.get("ministry") or "", flat.get("issuer") or "", udvalg.get("name") or ""]


def _refs(flat: dict[str, Any], header: str, udvalg: str | None) -> str:
    case = flat.get("case") or {}
    found = ref_terms_of(question=flat.get("question_number"), case_kind=case.get("kind"),
                         case_number=case.get("number"), udvalg_abbrev=udvalg)
    found += [f"spm{int(m.group(1))}" for m in _QUESTION_REF.finditer(header)]
    found += [f"{m.group(1).lower()}{int(m.group(2))}" for m in _CASE_REF.finditer(header)]
    if _ALMDEL.search(header):
        found.append("almdel")
    return " ".join(dict.fromkeys(found))


def plain(value: str | None) -> str:
    """ASCII-folded words only, for substring filters a user types without æøå too:
    "Johanne Schmidt-Nielsen" -> "johanne schmidt nielsen", "Hønge" -> "honge"."""
    return " ".join(WORD_RE.findall(skeleton(value or "")))


def udvalg_abbrev(value: str | None, on: dt.date | None = None) -> str | None:
    """"Beskæftigelsesudvalget" or "beu" -> "BEU" (danish.reference: the abbreviation the
    name had on `on`, the letter's date, else its latest); None if unknown."""
    if not value:
        return None
    wanted = fold(" ".join(value.split()))
    for abbrev, _ in udvalg_table():
        if wanted == fold(abbrev):
            return abbrev
    named = committee_by_name(value, on)
    return named.abbrev if named and named.abbrev else None


def _day(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def party_forms(printed: list[str]) -> str | None:
    """Every form of each party the document prints ("K" -> "KF | K | KONS"), so a party
    filter finds the party however a letter printed it (danish.reference)."""
    forms: list[str] = []
    for value in printed:
        party = party_for(value)
        forms += party.printed_forms if party else [value]
    return " | ".join(dict.fromkeys(forms)) or None


@lru_cache(maxsize=1)
def _ministry_names() -> frozenset[str]:
    return frozenset(name_key(n) for m in ministries() for n in (m.name, *m.aliases))


# Danish ministries are named "<domain>ministeriet" or "Ministeriet for <domain>" (every name
# in danish/data/ministries_project.csv and ODA's list): a ministry the tables do not know yet
# is still one by its name.
_MINISTRY_NAME = re.compile(r"^(?:\S.*ministeriet|ministeriet for \S.*)$")


def is_ministry(name: str | None) -> bool:
    """Whether a printed issuer is a ministry ("Beskæftigelsesministeriet"), not a kommune,
    party, agency or organisation ("Ballerup Kommune", "Dansk Folkeparti", "KL")."""
    key = name_key(name or "")
    return bool(key) and (key in _ministry_names() or bool(_MINISTRY_NAME.match(key)))


def issuer_name(printed: str | None) -> str | None:
    """One name per issuer: a party by the party table's name (danish.reference.party_by_name,
    from ODA's aktør list: "Det Radikale Venstre" and "Radikale Venstre" are one party),
    any other issuer as printed, its spacing the menu's. Read at facet time, so a store
    extracted before needs no re-extraction."""
    name = " ".join(str(printed or "").split())
    return party_by_name().get(name, name) or None


def issuer_spellings(name: str) -> list[str]:
    """Every printed issuer `issuer_name` gives `name` for: the name and, for a party, each of
    the table's other names (what the issuer filter looks for in the documents)."""
    canonical = issuer_name(name)
    if not canonical:
        return []
    return list(dict.fromkeys([canonical, name, *(n for n, c in party_by_name().items() if c == canonical)]))


def issuer_not_ministry(flat: dict[str, Any]) -> str | None:
    """The issuer a document prints when it is no ministry (a kommune, a party, an agency),
    named by `issuer_name`: the search's `issuer` facet and filter, beside `ministry`."""
    issuer = flat.get("issuer")
    return None if not issuer or is_ministry(str(issuer)) else issuer_name(str(issuer))


def answering_ministry(flat: dict[str, Any]) -> str | None:
    """The ministry the document prints (its `ministry`, else an issuer that is a ministry);
    for an answer that prints none, the ministry its minister's title heads (the signer's
    role, else the sender line the flat view keeps as `addressee`): a letterhead
    "TRANSPORTMINISTEREN" leaves `ministry` empty by the gold's convention, yet the answer is
    the Transportministeriet's (danish.reference, issue 13). Never another issuer: "Ballerup
    Kommune" or "Dansk Folkeparti" is no ministry. One value per document; the filter and
    the facet both read it, so a counted value finds its count."""
    issuer = flat.get("issuer")
    printed = flat.get("ministry") or (issuer if is_ministry(issuer) else None)
    if printed or flat.get("doc_type") != "answer":
        return str(printed) if printed else None
    on = _day(flat.get("answer_date") or flat.get("question_sent_date"))
    found = ministry_of_title(flat.get("signer_role"), on) or ministry_of_title(flat.get("addressee"), on)
    return found.name if found else None


def _meta(flat: dict[str, Any], header: str) -> dict[str, str | None]:
    udvalg = flat.get("udvalg") or {}
    # One value per udvalg for facets and filters: letters print either the name or the
    # abbreviation, and the same udvalg must count once.
    date = (flat.get("answer_date") or flat.get("question_sent_date") or flat.get("date")
            or _first_date(header))
    abbrev = udvalg.get("abbrev") or udvalg_abbrev(udvalg.get("name"), _day(date))
    if not abbrev and (m := _UDVALG_HEADER.search(header[:400])):
        abbrev = m.group(1)
    samling = flat.get("samling")
    if not samling:
        samling = _samling(header[:300])
    askers = [p.get("name", "") for p in flat.get("asked_by") or []]
    parties = [p.get("party") for p in flat.get("asked_by") or [] if p.get("party")] + list(flat.get("parties") or [])
    return {"udvalg": abbrev.upper() if abbrev else udvalg.get("name"), "samling": samling, "date": date,
            "asker": " | ".join(plain(a) for a in askers) or None, "party": party_forms(parties),
            "ministry": plain(answering_ministry(flat)) or None,
            "doc_type": flat.get("doc_type")}


def index_row(document_id: str, source: str, kind: str, text: str, flat: dict[str, Any]) -> IndexRow:
    header = text[:HEADER_CHARS]
    meta = _meta(flat, header)
    title = display_title(flat, text)
    question = flat.get("question_text") or ""
    names = person_names(flat)
    columns = {
        "title": analysed(flat.get("title") or title, names),
        "question": analysed(question, names),
        "people": analysed(" . ".join(_people(flat)), names),
        "refs": _refs(flat, header, meta["udvalg"] if meta["udvalg"] and len(meta["udvalg"]) <= 4 else None),
    }
    columns["body"], columns["parts"] = _body_and_parts(text, title, names)
    return IndexRow(document_id, source, kind, title, meta, columns)


def _next_rowid(db: sqlite3.Connection) -> int | None:
    """A rowid never used before: above the largest row and above any row taken out
    (`forget_rowid`), because caches of results and the vocabulary snapshot are keyed by
    MAX(rowid) and would take a reused rowid for an unchanged index. None before the
    search_state table exists (the v2 backfill): SQLite's own choice then."""
    try:
        taken = db.execute("SELECT value FROM search_state WHERE key = 'rowid_high'").fetchone()
    except sqlite3.OperationalError:
        return None
    largest = int(db.execute("SELECT COALESCE(MAX(rowid), 0) FROM search_docs").fetchone()[0])
    return max(largest, int(taken[0]) if taken else 0) + 1


def forget_rowid(db: sqlite3.Connection, rowid: int) -> None:
    """Remember a row taken out of the index, so its rowid is not given out again."""
    db.execute("INSERT OR REPLACE INTO search_state VALUES ('rowid_high', CAST(MAX(?, COALESCE("
               "(SELECT CAST(value AS INTEGER) FROM search_state WHERE key = 'rowid_high'), 0)) AS TEXT))", (rowid,))


def write_row(db: sqlite3.Connection, row: IndexRow) -> None:
    m = row.meta
    cur = db.execute(
        "INSERT OR IGNORE INTO search_docs (rowid, document_id, source, title, kind, doc_type, udvalg, samling, "
        "date, asker, party, ministry) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (_next_rowid(db), row.document_id, row.source, row.title, row.kind, m["doc_type"], m["udvalg"],
         m["samling"], m["date"], m["asker"], m["party"], m["ministry"]))
    if cur.rowcount != 1:
        return  # already indexed
    db.execute(f"INSERT INTO search_fts (rowid, {', '.join(FTS_COLUMNS)}) VALUES (?{',?' * len(FTS_COLUMNS)})",
               (cur.lastrowid, *(row.columns[c] for c in FTS_COLUMNS)))


def index_document(db: sqlite3.Connection, *, document_id: str, source: str, kind: str, text: str,
                   flat: dict[str, Any]) -> None:
    """Add one stored document to the search index (inside the caller's transaction)."""
    write_row(db, index_row(document_id, source, kind, text, flat))


def backfill(db: sqlite3.Connection) -> int:
    """Index the documents stored before the search index existed."""
    import json

    rows = db.execute("SELECT d.id, d.source, d.kind, d.text, d.flat FROM documents d "
                      "WHERE d.id NOT IN (SELECT document_id FROM search_docs)").fetchall()
    for doc_id, source, kind, text, flat in rows:
        index_document(db, document_id=doc_id, source=source, kind=kind, text=text, flat=json.loads(flat))
    return len(rows)


def ministries_only(db: sqlite3.Connection) -> None:
    """Recompute every indexed document's ministry (`answering_ministry`), for a store indexed
    when any issuer counted as one."""
    import json

    rows = db.execute("SELECT d.rowid, doc.flat FROM search_docs d JOIN documents doc ON doc.id = d.document_id")
    for rowid, flat in rows.fetchall():
        db.execute("UPDATE search_docs SET ministry = ? WHERE rowid = ?",
                   (plain(answering_ministry(json.loads(flat))) or None, rowid))
