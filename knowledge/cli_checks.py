"""Strict input for the `sporbar` commands (issue 17): what a user mistypes is a usage
error that says what is valid, never an empty answer or a new empty store.

Each command calls these checks itself (or names them in its options), so reading the
command shows them:
- `--db` of a read command (`search`, `stats`, `trace`, `export ...`, `app`) is `ReadDb`
  in knowledge/cli.py, whose callback `existing_store` stops with exit 2 when the store
  does not exist instead of creating an empty one there;
- `checked_filters`: `--kind` takes the store's kinds and the app's Danish labels ("svar",
  "spørgsmål", "nyhed"); `--udvalg` and `--samling` take the values the store holds (an
  udvalg also by its name), `--party` a party the store holds in any printed form; anything
  else is exit 2 listing the valid values;
- `present_paths`: `ingest`/`extract`/`text` of a path that does not exist say "no such file
  or folder" and count it as skipped; `unsupported_reported`: files in a folder that are not
  read (unsupported types) are counted and named after the summary;
- `LogProgress`: ingest's progress, a bar on a terminal, one log line per file otherwise
  (batch jobs, CI logs); `stats_lines`: `sporbar stats` for people.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Optional

import typer
from rich.progress import Progress

from extract.errors import UnreadableFile

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

# The app's Danish labels (knowledge.app_document) and their plain-ASCII spellings, as --kind aliases.
KIND_ALIASES = {"svar": "answer", "spørgsmål": "question", "sporgsmal": "question", "spoergsmaal": "question",
                "notat/rapport": "policy", "notat": "policy", "andet fra ft.dk": "ftdk_other",
                "brev": "letter", "nyhed": "news", "rapport": "report",
                "indikatorbeskrivelse": "indicator_spec"}


def _plain(text: object) -> str:
    return _CONTROL.sub("", str(text))


def usage_error(option: str, message: str) -> typer.BadParameter:
    return typer.BadParameter(_plain(message), param_hint=f"'{option}'")


# -- the store --------------------------------------------------------------------------------

def store_path(db: Path | None) -> Path:
    from .store import default_db_path

    return Path(db) if db else default_db_path()


def require_store(db: Path | None) -> Path:
    """The store a read command names; exit 2 when there is none (a typo must not create one)."""
    path = store_path(db)
    if path.is_file():
        return path
    ancestor = next((p for p in path.parents if p.exists()), None)
    if ancestor is not None and not ancestor.is_dir():  # no store can ever be there: a store error (exit 11)
        from extract.errors import StoreError

        from .cli import fail

        raise fail(StoreError(path, f"cannot create the store here: {ancestor} is a file, not a folder"))
    what = "is a folder, not a store file" if path.is_dir() else "does not exist"
    raise usage_error("--db", f"the store {path} {what}; check the path (or SPORBAR_DB), "
                              f"or create it with: sporbar ingest PATH... --db {path}")


def existing_store(db: Optional[Path]) -> Optional[Path]:
    """The `--db` callback of the read commands: the store must exist (`require_store`)."""
    require_store(db)
    return db


def store_values(path: Path) -> dict[str, list[str]]:
    """The kinds, document types, udvalg and samlinger the store holds (its search index)."""
    import sqlite3
    import urllib.parse

    uri = "file:" + urllib.parse.quote(str(path.resolve())) + "?mode=ro"
    found: dict[str, list[str]] = {}
    try:
        db = sqlite3.connect(uri, uri=True)
        try:
            for name in ("kind", "doc_type", "udvalg", "samling", "party"):
                found[name] = [r[0] for r in db.execute(
                    f"SELECT DISTINCT {name} FROM search_docs WHERE {name} IS NOT NULL AND {name} != '' ORDER BY 1")]
            # a row holds every printed form of its parties ("KF | K | KONS", search_index.party_forms)
            found["party"] = sorted({form for forms in found["party"] for form in forms.split(" | ")})
        finally:
            db.close()
    except sqlite3.Error:
        return {}  # an old or broken store: the command itself reports it
    return found


# -- filter values ----------------------------------------------------------------------------

def canonical_kind(value: str, values: dict[str, list[str]]) -> str:
    """A stored kind or document type, or the app's Danish label for one; else exit 2."""
    known = list(dict.fromkeys(values.get("kind", []) + values.get("doc_type", [])))
    wanted = " ".join(value.split()).casefold()
    for kind in known:
        if kind.casefold() == wanted:
            return kind
    alias = KIND_ALIASES.get(wanted)
    if alias and (alias in known or not known):
        return alias
    danish = [label for label, kind in KIND_ALIASES.items() if kind in known and not label.isascii() or
              label in ("svar", "brev", "nyhed", "rapport") and kind in known]
    raise usage_error("--kind", f"unknown kind {value[:60]!r}; valid: {', '.join(known) or '(the store is empty)'}"
                                + (f"; or in Danish: {', '.join(danish)}" if danish else ""))


def check_udvalg(value: str, values: dict[str, list[str]]) -> None:
    """An udvalg the store holds, by abbreviation or name (any case); else exit 2."""
    from danish.reference import committee_for

    from .search_index import udvalg_abbrev

    held = values.get("udvalg", [])
    wanted = " ".join(value.split()).casefold()
    abbrev = (udvalg_abbrev(value) or "").casefold()
    if any(u.casefold() in (wanted, abbrev) for u in held):
        return
    listed = []
    for u in held:
        committee = committee_for(u) if len(u) <= 5 else None
        listed.append(f"{u} ({committee.name})" if committee else u)
    raise usage_error("--udvalg", f"no udvalg {value[:60]!r} in this store; valid: {', '.join(listed) or '(none)'}")


def check_samling(value: str, values: dict[str, list[str]]) -> None:
    """A samling the store holds ("2016-17"), or the start of one ("2016"); else exit 2."""
    held = values.get("samling", [])
    wanted = " ".join(value.split())
    if any(s.startswith(wanted) for s in held):
        return
    raise usage_error("--samling", f"no samling {value[:60]!r} in this store; valid: {', '.join(held) or '(none)'}")


def check_party(value: str, values: dict[str, list[str]]) -> None:
    """A party the store holds, in any form a document printed it ("EL", "KF", "K"); else exit 2."""
    held = values.get("party", [])
    if " ".join(value.split()).upper() in (p.upper() for p in held):
        return
    raise usage_error("--party", f"no party {value[:60]!r} in this store; valid: {', '.join(held) or '(none)'}")


def checked_filters(db: Path | None, *, kind: str | None = None, udvalg: str | None = None,
                    samling: str | None = None, party: str | None = None) -> str | None:
    """A read command's filters against the values its store holds: exit 2 for one the
    store does not hold. Returns `kind` as stored ("svar" -> "answer")."""
    if not (kind or udvalg or samling or party):
        return kind
    values = store_values(store_path(db))
    if not values:  # an old or broken store: the command itself reports it
        return kind
    if kind:
        kind = canonical_kind(kind, values)
    if udvalg:
        check_udvalg(udvalg, values)
    if samling:
        check_samling(samling, values)
    if party:
        check_party(party, values)
    return kind


# -- paths ------------------------------------------------------------------------------------

def missing_paths(paths: Iterable[Path]) -> list[Path]:
    return [p for p in paths if not (p.exists() or p.is_symlink())]


def present_paths(paths: Iterable[Path]) -> tuple[list[Path], list[UnreadableFile]]:
    """The paths that exist, and an error for each one that does not, reported on stderr
    as skipped ("skipped /x.pdf: no such file or folder; check that the path exists")."""
    given = list(paths)
    missing = missing_paths(given)
    errors = [UnreadableFile(path, "no such file or folder") for path in missing]
    for error in errors:
        typer.echo(f"skipped {_plain(error.message)}", err=True)
    return [p for p in given if p not in missing], errors


#: Companion files of a corpus, not documents: the manifest (README, "Corpus") and metadata
#: sidecars "<stem>.meta.json" beside the document "<stem>.<suffix>" (the dev sets' layout).
CORPUS_MANIFEST = "manifest.csv"
SIDECAR_SUFFIX = ".meta.json"


def _companion(child: Path, suffixes: Iterable[str]) -> bool:
    if child.name == CORPUS_MANIFEST:
        return True
    if child.name.endswith(SIDECAR_SUFFIX):
        stem = child.name[: -len(SIDECAR_SUFFIX)]
        return any((child.parent / f"{stem}{suffix}").is_file() for suffix in suffixes)
    return False


def unsupported_files(paths: Iterable[Path]) -> list[Path]:
    """Files under the given folders that `ingest` and `extract` do not read (by type),
    leaving out a corpus's own companion files (its manifest, metadata sidecars)."""
    from extract.load import SUFFIXES

    from .pipeline import folder_entries

    return [child for folder in paths if folder.is_dir() for child in folder_entries(folder)
            if child.is_file() and child.suffix.lower() not in SUFFIXES and not _companion(child, SUFFIXES)]


@contextmanager
def unsupported_reported(paths: Iterable[Path]) -> Iterator[None]:
    """Run a command over `paths`, then name the files of unsupported types in their
    folders (also when the command exits early)."""
    unread = unsupported_files(paths)
    try:
        yield
    finally:
        report_unsupported(unread)


def report_unsupported(files: list[Path], *, shown: int = 10) -> None:
    from extract.load import SUFFIXES

    if not files:
        return
    names = ", ".join(_plain(f) for f in files[:shown]) + (f" and {len(files) - shown} more" if len(files) > shown else "")
    typer.echo(f"not read: {len(files)} file(s) of unsupported types: {names} "
               f"(supported: {', '.join(sorted(SUFFIXES))})", err=True)


# -- progress ---------------------------------------------------------------------------------

class LogProgress(Progress):
    """rich's progress bar on a terminal; elsewhere (a batch job, a CI log) one line per
    file on stderr: "ingesting 3/91: name.pdf"."""

    def update(self, task_id: Any, **kwargs: Any) -> None:
        super().update(task_id, **kwargs)
        if self.disable and kwargs.get("advance"):
            task = self._tasks[task_id]
            total = f"/{int(task.total)}" if task.total is not None else ""
            print(f"ingesting {int(task.completed)}{total}: {_plain(kwargs.get('description') or '')}",
                  file=sys.stderr, flush=True)


# -- stats ------------------------------------------------------------------------------------

KIND_NAMES = {"answer": "answers", "question": "questions", "policy": "ministry and policy documents",
              "ftdk_other": "other Folketing documents"}
RECORD_NAMES = {"Answer": "answers", "Question": "questions", "DocumentInfo": "document facts",
                "IndicatorDefinition": "indicator definitions", "KommuneRow": "kommune mentions",
                "LineageEvent": "lineage events", "OdaFacts": "facts from Folketingets Åbne Data",
                "UnresolvedName": "names left unresolved"}


def _when(value: object) -> str:
    """"2026-12-03T10:40:36+00:00" -> "2026-12-03 10:40 UTC"."""
    text = str(value or "")
    m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d)(?::\d\d(?:\.\d+)?)?(\+00:00|Z)?", text)
    return f"{m.group(1)} {m.group(2)}{' UTC' if m.group(3) else ''}" if m else text


def stats_lines(data: dict[str, Any]) -> list[str]:
    """`sporbar stats` for people: counts with readable names, one fact per line."""
    works = data.get("works")
    copies = works is not None and works < data["documents"]
    # A text kept as .txt and as PDF is two files and one work: counted once by search, the
    # tables and the exports, so their counts are below the per-file counts here.
    lines = [f"Store: {data['db']} (schema version {data['schema_version']})",
             f"Documents: {data['documents']}" + (f" files of {works} works (copies of one text, e.g. a .txt "
                                                  "and its PDF, count once in search, tables and exports)"
                                                  if copies else "")]
    lines += [f"  {n:>7}  {KIND_NAMES.get(k, k)}" for k, n in data.get("documents_by_kind", {}).items()]
    lines.append(f"Records: {sum(data.get('records_by_type', {}).values())}" + (" (in all files)" if copies else ""))
    lines += [f"  {n:>7}  {RECORD_NAMES.get(k, k)}" for k, n in data.get("records_by_type", {}).items()]
    last = data.get("last_ingest")
    if last:
        lines.append(f"Last ingest: {_when(last.get('started'))} to {_when(last.get('finished'))}: loaded "
                     f"{last.get('loaded')}, unchanged {last.get('unchanged')}, skipped {last.get('skipped')}")
    skipped = data.get("skipped") or []
    if skipped:
        lines.append(f"Skipped files: {len(skipped)}")
        lines += [f"  {item['reason']}" for item in skipped]
    if data.get("oda_disagreements"):
        lines.append(f"Documents where ODA and the letter disagree: {len(data['oda_disagreements'])}")
    return [_plain(line) for line in lines]
