"""The life-cycle status of each indicator, as the documents state it, kept as a table.

An indicator's status (introduced, changed, planned, discontinued, replaced), its validity
(valid from / to) and what replaced it come from lineage events about it in *any* document
in the store: a 2019 driftsnyhed says that the 2016 measure was removed. So the status of
an indicator can change when another document is added.

The SQL view `indicators` (knowledge/tables.py) and `sporbar export indicators` both read
the one table `indicator_status`, which `refresh_for_document` keeps in step inside the
transaction that adds a document: it recomputes the indicators of the new document and
those of other documents that one of its events is about. Event matching is cheap word
overlap, so a store of thousands of documents only compares the words that could match
(`_stems`), never every indicator with every event.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from danish.words import content_words
from extract.normalise import collapse_ws

MIGRATION = """
CREATE TABLE indicator_status (
    document_id TEXT NOT NULL REFERENCES documents(id),
    position INTEGER NOT NULL,
    status TEXT, valid_from TEXT, valid_to TEXT, replaced_by TEXT, status_evidence TEXT,
    PRIMARY KEY (document_id, position));
"""

# Lineage event kind -> the status it gives a measure (SCHEMA.md's event kinds; `confirmed`
# and `evaluated` say nothing about the measure's life cycle).
STATUS = {"introduced": "introduced", "changed": "changed", "planned": "planned", "dropped": "discontinued",
          "replaced": "replaced"}
# An event about "målinger", "indikatorer", "nøgletal" in general is about the measures
# the same document defines ("nye målinger på jobindsats.dk").
_GENERIC_MEASURES = ("måling", "indikator", "nøgletal", "mål ")
# Two words are one word in two inflections when the shorter, of at least this many
# letters, begins the longer ("jobcenterindeks", "jobcenterindekset").
_STEM = 5

Key = tuple[str, int]  # (document id, record position) of an IndicatorDefinition
_TESTS_PER_QUERY = 200  # SQLite bounds an expression's depth (1000): OR-ed tests go in chunks


def _same_word(a: str, b: str) -> bool:
    """The same word in another inflection ("jobcenterindeks", "jobcenterindekset")."""
    short, long_ = sorted((a, b), key=len)
    return long_.startswith(short) and len(short) >= _STEM and len(long_) - len(short) <= 3 or a == b


@lru_cache(maxsize=1)
def _named_schemes() -> frozenset[str]:
    """Every spelling of the benefit schemes and measures of the gazetteer
    (nlp/data/benefit_schemes.csv: "ressourceforløb", "fleksjobordningen" ...), case folded."""
    from nlp.gazetteer import entries

    return frozenset(s.casefold() for entry in entries("benefit_scheme") for s in entry.spellings)


def is_about(event: dict[str, Any], title: str | None, same_document: bool) -> bool:
    """True when the event's subject names the measure `title`:

    - the subject holds most (three quarters) of the title's content words, in any
      inflection ("LO s jobcenterindeks" names "Jobcenterindekset"); or
    - the subject's words all stand in the title and the subject is more than one word
      ("varighed på ydelsen"), or its one word names a scheme of the gazetteer
      ("ressourceforløb" names "indsatsen i ressourceforløb"). One ordinary word shared
      ("Arbejdet", "Danmark", "gruppe") never makes an event about a measure;
    - or, in the measure's own document, the subject is measures in general."""
    subject = str(event.get("subject") or "")
    t, s = content_words(title), content_words(subject)
    if t and s:
        covered = sum(1 for w in t if any(_same_word(w, v) for v in s))
        if covered / len(t) >= 0.75:
            return True
        within = sum(1 for v in s if any(_same_word(v, w) for w in t))
        if within / len(s) >= 0.75 and (len(s) > 1 or next(iter(s)) in _named_schemes()):
            return True
    return same_document and any(g in subject.casefold() + " " for g in _GENERIC_MEASURES)


def _when(event: dict[str, Any]) -> str | None:
    return str(event.get("date") or event.get("year") or "") or None


def status_of(title: str | None, doc_id: str, events: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """Status, validity and replacement of one measure from the lineage events about it,
    in any document (`events`: document id -> its events in document order); the latest
    event (by year, then document order) gives the status."""
    about = [(e, d) for d, evs in events.items() for e in evs
             if e.get("event") in STATUS and is_about(e, title, d == doc_id)]
    if not about:
        return {}
    ordered = sorted(enumerate(about), key=lambda p: (str(_when(p[1][0]) or ""), p[0]))
    latest, latest_doc = ordered[-1][1]
    out: dict[str, Any] = {"status": STATUS[latest["event"]],
                           "status_evidence": f"{latest_doc}: {collapse_ws(str(latest.get('evidence') or ''))}"}
    starts = [_when(e) for e, _ in about if e.get("event") == "introduced" and _when(e)]
    ends = [(e, _when(e)) for e, _ in about if e.get("event") in ("dropped", "replaced") and _when(e)]
    if starts:
        out["valid_from"] = min(s for s in starts if s)
    if ends and out["status"] in ("discontinued", "replaced"):
        out["valid_to"] = max(w for _, w in ends if w)
    replaced = [e for e, _ in about if e.get("event") == "replaced" and e.get("replaced_by")]
    if replaced:
        out["replaced_by"] = str(replaced[-1]["replaced_by"])
    return out


# -- the table ------------------------------------------------------------------------

_COLUMNS = ("status", "valid_from", "valid_to", "replaced_by", "status_evidence")
_EVENT_TYPE = "LineageEvent"
_INDICATOR_TYPE = "IndicatorDefinition"


def _stems(title: str | None) -> set[str]:
    """Substrings one of which every subject that `is_about` the title (in another
    document) contains: each title word, cut to the length at which inflections agree."""
    return {w[:_STEM] for w in content_words(title)}


def _fold(text: str | None) -> str | None:
    return text.casefold() if text is not None else None


def _events_about(db: sqlite3.Connection, indicators: list[tuple[Key, str | None]]) -> dict[str, list[dict[str, Any]]]:
    """The status events that could be about these measures, in document order: every status
    event of their own documents, and those of other documents whose subject contains one of
    a title's stems. One scan of the events for the lot (in chunks SQLite's expression depth
    allows), not one per measure; `status_of` picks each measure's own from it."""
    stems = sorted(set().union(*(_stems(title) for _, title in indicators)))
    own = sorted({doc_id for (doc_id, _), _ in indicators})
    kinds = sorted(STATUS)
    tests = [("r.document_id = ?", d) for d in own] + \
        [("instr(sporbar_fold(json_extract(r.data, '$.subject')), ?) > 0", stem) for stem in stems]
    found = {(doc_id, position): (doc_id, data) for doc_id, position, data in matching_any(
        db, f"SELECT r.document_id, r.position, r.data FROM records r WHERE r.type = ? "
            f"AND json_extract(r.data, '$.event') IN ({','.join('?' * len(kinds))})", (_EVENT_TYPE, *kinds), tests)}
    events: dict[str, list[dict[str, Any]]] = {}
    for key in sorted(found):
        doc_id, data = found[key]
        events.setdefault(doc_id, []).append(json.loads(data))
    return events


def matching_any(db: sqlite3.Connection, select: str, args: Sequence[Any],
                 tests: Sequence[tuple[str, Any]]) -> list[tuple[Any, ...]]:
    """The rows of `select ... WHERE <conditions>` (its `args`) that also pass any one of
    `tests` (an SQL condition with one `?`, and its value), each row once, in the order first
    found. The tests are OR-ed in chunks, since SQLite bounds an expression's depth and a
    document can have thousands of subject words."""
    rows: dict[tuple[Any, ...], None] = {}
    for at in range(0, len(tests), _TESTS_PER_QUERY):
        chunk = tests[at:at + _TESTS_PER_QUERY]
        rows.update(dict.fromkeys(db.execute(f"{select} AND ({' OR '.join(sql for sql, _ in chunk)})",
                                             (*args, *(value for _, value in chunk)))))
    return list(rows)


def _indicators(db: sqlite3.Connection, where: str = "", args: Iterable[Any] = ()) -> list[tuple[Key, str | None]]:
    rows = db.execute("SELECT document_id, position, json_extract(data, '$.title') FROM records "
                      f"WHERE type = ? {where} ORDER BY document_id, position", (_INDICATOR_TYPE, *args))
    return [((d, p), t) for d, p, t in rows]


def _write(db: sqlite3.Connection, indicators: Iterable[tuple[Key, str | None]]) -> None:
    indicators = list(indicators)
    if not indicators:
        return
    events = _events_about(db, indicators)
    for (doc_id, position), title in indicators:
        status = status_of(title, doc_id, events)
        db.execute("DELETE FROM indicator_status WHERE document_id = ? AND position = ?", (doc_id, position))
        if status:
            db.execute(f"INSERT INTO indicator_status (document_id, position, {', '.join(_COLUMNS)}) "
                       f"VALUES (?, ?{', ?' * len(_COLUMNS)})",
                       (doc_id, position, *(status.get(c) for c in _COLUMNS)))


def register(db: sqlite3.Connection) -> None:
    """Give a writing connection the SQL function the refresh uses: Python's casefold, for
    Danish letters (SQLite's lower() folds ASCII only). Once per connection, before any
    statement runs (SQLite refuses to define a function while statements are active)."""
    db.create_function("sporbar_fold", 1, _fold, deterministic=True)


def affected_by(db: sqlite3.Connection, document_id: str) -> list[tuple[Key, str | None]]:
    """The indicators whose status the events of `document_id` may decide: its own and
    those of other documents that one of its events is about."""
    events = [json.loads(d) for (d,) in db.execute(
        "SELECT data FROM records WHERE document_id = ? AND type = ?", (document_id, _EVENT_TYPE))]
    events = [e for e in events if e.get("event") in STATUS]
    own = _indicators(db, "AND document_id = ?", (document_id,))
    if not events:
        return own
    # Only titles sharing a word stem with one of the subjects can be about them (`_stems`):
    # on every add, the store's other indicators are filtered in SQL, not all compared here.
    stems = sorted(set().union(*(_stems(str(e.get("subject") or "")) for e in events)))
    if not stems:
        return own
    title_has = "instr(sporbar_fold(json_extract(data, '$.title')), ?) > 0"
    candidates: dict[Key, str | None] = {(d, p): t for d, p, t in matching_any(
        db, "SELECT document_id, position, json_extract(data, '$.title') FROM records WHERE type = ? "
            "AND document_id <> ?", (_INDICATOR_TYPE, document_id), [(title_has, stem) for stem in stems])}
    return own + [(key, title) for key, title in sorted(candidates.items(), key=lambda kt: kt[0])
                  if any(is_about(e, title, False) for e in events)]


def refresh(db: sqlite3.Connection, indicators: Iterable[tuple[Key, str | None]]) -> None:
    """Recompute the status of these indicators (those that still exist) inside the
    caller's transaction."""
    existing = [(key, title) for key, title in indicators
                if db.execute("SELECT 1 FROM records WHERE document_id = ? AND position = ?", key).fetchone()]
    _write(db, existing)


def refresh_for_document(db: sqlite3.Connection, document_id: str) -> None:
    """Keep the table in step after `document_id` was added (same transaction)."""
    refresh(db, affected_by(db, document_id))


def refresh_all(db: sqlite3.Connection) -> None:
    """Recompute every indicator's status (a new store version, or a backfill)."""
    db.execute("DELETE FROM indicator_status")
    _write(db, _indicators(db))


def status_rows(db: sqlite3.Connection) -> dict[Key, dict[str, Any]]:
    """(document id, position) -> the stored status fields, for the exports."""
    rows = db.execute(f"SELECT document_id, position, {', '.join(_COLUMNS)} FROM indicator_status")
    return {(r[0], r[1]): {c: v for c, v in zip(_COLUMNS, r[2:], strict=True) if v is not None} for r in rows}
