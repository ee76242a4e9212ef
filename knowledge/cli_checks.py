"""Strict input for the `sporbar` commands (issue 17): what a user mistypes is a usage
error that says what is valid, never an empty answer or a new empty store.

- A read command (`search`, `stats`, `trace`, `export ...`, `app`) with a `--db` that does
  not exist stops with exit 2 instead of creating an empty store there.
- `--kind` takes the store's kinds and the app's Danish labels ("svar", "spørgsmål",
  "nyhed"); `--udvalg` and `--samling` take the values the store holds (an udvalg also by
  its name); anything else is exit 2 listing the valid values.
- `ingest`/`extract` of a path that does not exist say "no such file or folder"; files in
  a folder that are not read (unsupported types) are counted and named after the summary.
- Progress: a bar on a terminal, one log line per file otherwise (batch jobs, CI logs).

The checks wrap the commands' callbacks when this module is imported (last of cli.py's
command modules), so each command's own code stays as it is.
"""
from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import typer
from rich.progress import Progress

from extract.errors import UnreadableFile

# Commands that write a store: the only ones allowed to create one.
WRITES = frozenset({"ingest", "fetch"})
PATH_COMMANDS = frozenset({"ingest", "extract", "text"})
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

        from .cli import _fail

        raise _fail(StoreError(path, f"cannot create the store here: {ancestor} is a file, not a folder"))
    what = "is a folder, not a store file" if path.is_dir() else "does not exist"
    raise usage_error("--db", f"the store {path} {what}; check the path (or SPORBAR_DB), "
                              f"or create it with: sporbar ingest PATH... --db {path}")


def store_values(path: Path) -> dict[str, list[str]]:
    """The kinds, document types, udvalg and samlinger the store holds (its search index)."""
    import sqlite3
    import urllib.parse

    uri = "file:" + urllib.parse.quote(str(path.resolve())) + "?mode=ro"
    found: dict[str, list[str]] = {}
    try:
        db = sqlite3.connect(uri, uri=True)
        try:
            for name in ("kind", "doc_type", "udvalg", "samling"):
                found[name] = [r[0] for r in db.execute(
                    f"SELECT DISTINCT {name} FROM search_docs WHERE {name} IS NOT NULL AND {name} != '' ORDER BY 1")]
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


# -- paths ------------------------------------------------------------------------------------

def missing_paths(paths: Iterable[Path]) -> list[Path]:
    return [p for p in paths if not (p.exists() or p.is_symlink())]


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

    def update(self, task_id: Any, **kwargs: Any) -> None:  # type: ignore[override]
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
    lines = [f"Store: {data['db']} (schema version {data['schema_version']})",
             f"Documents: {data['documents']}"]
    lines += [f"  {n:>7}  {KIND_NAMES.get(k, k)}" for k, n in data.get("documents_by_kind", {}).items()]
    lines.append(f"Records: {sum(data.get('records_by_type', {}).values())}")
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


def _readable_stats(original: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(original)
    def stats(db: Path | None = None, as_json: bool = False) -> None:
        if as_json:
            return original(db=db, as_json=True)
        from extract.errors import SporbarError

        from .cli import _fail, open_store

        try:
            with open_store(db) as store:
                data = store.stats()
        except SporbarError as exc:
            raise _fail(exc) from exc
        for line in stats_lines(data):
            typer.echo(line)
        return None

    return stats


# -- wrapping the commands --------------------------------------------------------------------

def _checked(name: str, callback: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(callback)
    def command(**kwargs: Any) -> Any:
        if name not in WRITES and "db" in kwargs:
            path = require_store(kwargs["db"])
            chosen = {k: kwargs.get(k) for k in ("kind", "udvalg", "samling") if kwargs.get(k)}
            if chosen:
                values = store_values(path)
                if values:
                    if "kind" in chosen:
                        kwargs["kind"] = canonical_kind(chosen["kind"], values)
                    if "udvalg" in chosen:
                        check_udvalg(chosen["udvalg"], values)
                    if "samling" in chosen:
                        check_samling(chosen["samling"], values)
        if name not in PATH_COMMANDS:
            return callback(**kwargs)
        key = "paths" if "paths" in kwargs else "files"
        given = list(kwargs[key])
        missing = missing_paths(given)
        for path in missing:
            typer.echo(f"skipped {_plain(UnreadableFile(path, 'no such file or folder').message)}", err=True)
        kwargs[key] = [p for p in given if p not in missing]
        if not kwargs[key]:
            # extract and text exit with the file error's own code when every file failed for it
            raise typer.Exit(1 if name == "ingest" else UnreadableFile.exit_code)
        unread = unsupported_files(kwargs[key])
        try:
            result = callback(**kwargs)
        finally:
            report_unsupported(unread)
        if missing:
            raise typer.Exit(1)
        return result

    return command


def install(app: typer.Typer) -> None:
    """Wrap every command of `app` (and its sub-apps) in the checks above."""
    from . import cli

    cli.Progress = LogProgress  # type: ignore[misc]  # ingest's bar: log lines when not on a terminal
    stack = [app]
    while stack:
        group = stack.pop()
        for info in group.registered_commands:
            if info.callback is not None and not getattr(info.callback, "_sporbar_checked", False):
                name = info.name or info.callback.__name__.replace("_", "-")
                callback = _readable_stats(info.callback) if group is app and name == "stats" else info.callback
                info.callback = _checked(name, callback)
                info.callback._sporbar_checked = True  # type: ignore[attr-defined]
        stack += [g.typer_instance for g in group.registered_groups if g.typer_instance is not None]


from .cli import app as _app  # noqa: E402 - cli.py imports this module after every command module

install(_app)
