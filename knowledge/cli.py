"""The `sporbar` command line. Thin: each command is a few lines over a plain function.

Data goes to stdout (or --out), logs and progress to stderr. Library errors are
`SporbarError`s; this is the only place they become exit codes.
"""
from __future__ import annotations

import errno
import json
import math
import re
import sqlite3
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, TextColumn
from rich.table import Table
from rich.text import Text

from extract.errors import EXIT_CODES, SporbarError, StoreError, UnreadableFile
from extract.flat import flat_json_schema
from extract.names import shown
from extract.records import UnresolvedName

from .cli_checks import LogProgress, existing_store, present_paths, stats_lines, unsupported_reported
from .pipeline import Limits, extract_path, iter_files

EXIT_HELP = "Exit codes: " + "; ".join(f"{code} {text}" for code, text in sorted(EXIT_CODES.items()))

app = typer.Typer(
    name="sporbar",
    help="Sporbar reads Danish Folketing and ministry documents into searchable, linked, cited records.\n\n"
         "Example: sporbar extract corpus/seeds/000_d0d93f54edcaac31.txt --json",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
# Nothing printed is ever read as rich markup or emoji codes: file names, document text
# and arguments hold brackets ("good [bilag 1].txt") and colons (":thumbs_up:"). Colour
# comes only from `note`'s label, built as a Text.
# C0 and C1 control characters other than tab and newline, and DEL: escape sequences in a
# document ("\x1b[2J", "\x1b]0;title\x07") must not reach the terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: object) -> str:
    """Text for human output: control characters removed, undecodable bytes escaped."""
    value = _CONTROL.sub("", str(text))
    return value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


class _PlainConsole(Console):
    """Every string printed (a line, a table cell, a title) is plain text, cleaned of
    control characters; styling comes only from Text objects built here."""

    def render_str(self, text: str, **kwargs: object) -> Text:
        return super().render_str(clean(text), **kwargs)  # type: ignore[arg-type]


err = _PlainConsole(stderr=True, highlight=False, soft_wrap=True, markup=False, emoji=False)
out = _PlainConsole(highlight=False, soft_wrap=True, markup=False, emoji=False)


def note(label: str, style: str, text: object) -> None:
    """One line on stderr: a coloured label, then plain text (never markup)."""
    err.print(Text.assemble((label, style), " ", clean(text)))


def emit(text: str, end: str = "\n") -> None:
    """Data (JSON, GraphML, CSV) to stdout byte for byte: not through rich, which would
    turn ":thumbs_up:" into an emoji and strip some control characters."""
    sys.stdout.write(text + end)
    sys.stdout.flush()


def _positive_mb(value: float) -> float:
    if not math.isfinite(value) or value <= 0:
        raise typer.BadParameter(f"{value} is not a size; give a positive number of MB, e.g. 25")
    return value


_DB_HELP = "SQLite store to use (default: user data dir)."
# A read command's store must exist (exit 2 otherwise): a typo in --db must not create one.
DbOption = Annotated[Optional[Path], typer.Option("--db", envvar="SPORBAR_DB", help=_DB_HELP,
                                                  callback=existing_store)]
# ingest's store: created when it does not exist.
NewDbOption = Annotated[Optional[Path], typer.Option("--db", envvar="SPORBAR_DB", help=_DB_HELP)]
MaxMb = Annotated[float, typer.Option("--max-mb", help="Skip files larger than this many MB.",
                                      callback=_positive_mb)]
MaxPages = Annotated[int, typer.Option("--max-pages", min=1,
                                       help="Skip PDFs (and texts, by form feeds) with more pages than this.")]
Ocr = Annotated[bool, typer.Option("--ocr/--no-ocr", help="OCR scanned pages when tesseract is installed.")]


def open_store(db: Path | None, *, write: bool = False):  # noqa: ANN201 - Store is imported lazily for a fast --help
    """The store; read-only unless `write` (only ingest writes), so reads work in a
    read-only folder and never change the file."""
    from .store import Store

    return Store(db, read_only=not write)


def fail(exc: SporbarError) -> typer.Exit:
    """The exit of a command that failed with `exc`: its message noted on stderr, its exit code."""
    note("error:", "red", exc.message)
    return typer.Exit(exc.exit_code)


def _summary(verb: str, done: int, skipped: list[tuple[str, str]], extra: str = "", *,
             list_skipped: bool = True, reported: int = 0) -> None:
    """The closing line; `reported`: files skipped and named before (missing paths), counted
    here but not listed again."""
    err.print(clean(f"{verb} {done} file(s){extra}, skipped {len(skipped) + reported}"))
    for path, reason in skipped if list_skipped else ():
        err.print(clean(f"  skipped: {reason}" if reason.startswith(shown(path)) else f"  skipped {shown(path)}: {reason}"))


@app.command(epilog=EXIT_HELP)
def extract(
    # readable=False: an unreadable file must be reported by us and skipped, not make
    # click refuse the whole batch before anything is read.
    files: Annotated[list[Path], typer.Argument(help="Files or folders to read.", readable=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Print the flat record view as JSON.")] = False,
    out_dir: Annotated[Optional[Path], typer.Option("--out", help="Write DIR/<stem>.json per file.")] = None,
    max_mb: MaxMb = 25.0,
    max_pages: MaxPages = 400,
    ocr: Ocr = True,
) -> None:
    """Extract the flat record view of each file (SCHEMA.md).

    Bad files are reported on stderr and skipped; the exit code is non-zero only if one
    failed.

    Example: sporbar extract corpus/ft_qa/*.txt --json --out /tmp/pred
    """
    files, missing = present_paths(files)
    # A path that does not exist is a skipped file like any other: counted in the summary.
    skipped = [(error.source, error.message) for error in missing]
    if not files:
        _summary("extracted", 0, skipped, list_skipped=False)
        raise typer.Exit(UnreadableFile.exit_code)
    with unsupported_reported(files):
        _extract(files, skipped, as_json=as_json, out_dir=out_dir,
                 limits=Limits(max_mb=max_mb, max_pages=max_pages, ocr=ocr))


def _extract(files: list[Path], skipped: list[tuple[str, str]], *, as_json: bool, out_dir: Path | None,
             limits: Limits) -> None:
    """Extract every file; `skipped` holds the paths already skipped (missing ones)."""
    codes: set[int] = {UnreadableFile.exit_code} if skipped else set()
    done = 0
    if out_dir:
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise fail(StoreError(out_dir, f"cannot create the output folder ({exc.strerror or exc})",
                                  advice="choose another --out folder")) from exc
    for path in iter_files(files):
        try:
            result = extract_path(path, limits=limits)
        except SporbarError as exc:
            skipped.append((str(path), exc.message))
            codes.add(exc.exit_code)
            note("skipped", "red", exc.message)
            continue
        for warning in result.document.warnings:
            note("warning", "yellow", warning)
        for name in (r for r in result.records if isinstance(r, UnresolvedName)):
            hint = f" (could be: {', '.join(name.candidates)})" if name.candidates else ""
            note("note", "yellow", f"{shown(path)}: {name.entity} name '{name.as_written}' left "
                 f"unresolved, {name.status}{hint}; not guessed")
        flat = result.flat
        if out_dir:
            problem = _write_atomic(out_dir / f"{path.stem}.json", flat.model_dump_json(indent=1))
            if problem:
                skipped.append((str(path), problem.message))
                codes.add(problem.exit_code)
                note("skipped", "red", problem.message)
                if problem.exit_code == StoreError.exit_code:  # a full or read-only disk: nothing more fits
                    break
                continue
        elif as_json:
            emit(flat.model_dump_json(indent=1))
        else:
            _print_table(path, flat.model_dump(exclude_none=True))
        done += 1
    if out_dir or len(skipped) or done != 1:
        _summary("extracted", done, skipped, list_skipped=False)  # each was reported as it came
    if skipped:
        raise typer.Exit(codes.pop() if done == 0 and len(codes) == 1 else 1)


def _write_atomic(target: Path, text: str) -> SporbarError | None:
    """Write via a temporary file and rename, so no half-written file is ever left; on
    failure the temporary file is removed too. The error, or None."""
    tmp = target.with_name(f".{target.name[:80]}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(target)
        return None
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        reason = exc.strerror or str(exc)
        if exc.errno in (errno.ENAMETOOLONG, errno.EILSEQ, errno.EINVAL):
            return UnreadableFile(target, f"cannot write this output file ({reason})",
                                  advice="rename the input file to a shorter name")
        return StoreError(target, f"cannot write this output file ({reason})",
                          advice="free disk space or choose another --out folder")


def _print_table(path: Path, data: dict[str, object]) -> None:
    table = Table(title=Text(clean(shown(path))), show_lines=False)
    table.add_column("field", style="bold")
    table.add_column("value", overflow="fold")
    for key, value in data.items():
        if value in ([], {}, None) or key == "source":
            continue
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        table.add_row(Text(key), Text(clean(text)))
    out.print(table)


@app.command(epilog=EXIT_HELP)
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders to load into the store.",
                                                readable=False)],
    db: NewDbOption = None,
    max_mb: MaxMb = 25.0,
    max_pages: MaxPages = 400,
    ocr: Ocr = True,
) -> None:
    """Load files and folders into the knowledge store (idempotent by content hash).

    Example: sporbar ingest corpus/ --db /tmp/sporbar.db
    """
    paths, missing = present_paths(paths)
    if not paths:
        raise typer.Exit(1)
    with unsupported_reported(paths):
        _ingest(paths, db, Limits(max_mb=max_mb, max_pages=max_pages, ocr=ocr), missing=len(missing))
    if missing:
        raise typer.Exit(1)


def _ingest(paths: list[Path], db: Path | None, limits: Limits, *, missing: int = 0) -> None:
    """Ingest the files under `paths`; `missing` paths were skipped already (and reported)."""
    try:
        store = open_store(db, write=True)
    except SporbarError as exc:
        raise fail(exc) from exc
    files = list(iter_files(paths))
    try:
        # Progress: a bar on a terminal, one log line per file elsewhere (batch jobs, CI logs).
        with LogProgress(TextColumn("{task.description}", markup=False), BarColumn(), MofNCompleteColumn(),
                         console=err, transient=True, disable=not sys.stderr.isatty()) as bar:
            task = bar.add_task("ingesting", total=len(files))
            report = store.ingest(files, limits=limits,
                                  progress=lambda p: bar.update(task, advance=1, description=clean(p.name[:40])))
    except SporbarError as exc:  # the store itself failed (disk full, read-only): exit 11
        raise fail(exc) from exc
    finally:
        store.close()
    for warning in report.warnings:
        note("warning", "yellow", warning)
    reread = f", read again by this version of Sporbar {len(report.reread)}" if report.reread else ""
    _summary("loaded", len(report.loaded), report.skipped, f", unchanged {len(report.unchanged)}{reread}",
             reported=missing)
    if report.skipped:
        raise typer.Exit(1)


@app.command()
def stats(db: DbOption = None,
          as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False) -> None:
    """What the store holds: documents, records by kind, last ingest, skipped files.

    Example: sporbar stats --json
    """
    try:
        with open_store(db) as store:
            data = store.stats()
    except SporbarError as exc:
        raise fail(exc) from exc
    if as_json:
        emit(json.dumps(data, ensure_ascii=False, indent=1))
        return
    for line in stats_lines(data):
        typer.echo(line)


schema_app = typer.Typer(help="Print JSON Schemas.\n\nExample: sporbar schema record", no_args_is_help=True)
app.add_typer(schema_app, name="schema")


@schema_app.command("record")
def schema_record() -> None:
    """JSON Schema of the flat record view.

    Example: sporbar schema record > record.schema.json
    """
    emit(json.dumps(flat_json_schema(), ensure_ascii=False, indent=1))


@app.command("app")
def run_app(db: DbOption = None,
            port: Annotated[int, typer.Option(help="Port on localhost.")] = 8501) -> None:
    """Start the Streamlit app on localhost.

    Example: sporbar app --db /tmp/sporbar.db --port 8501
    """
    import os
    import subprocess

    script = Path(__file__).resolve().parent.parent / "app_streamlit.py"
    env = {**os.environ, "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    if db:
        env["SPORBAR_DB"] = str(db)
    raise typer.Exit(subprocess.call([sys.executable, "-m", "streamlit", "run", str(script),
                                      "--server.address", "127.0.0.1", "--server.port", str(port),
                                      "--server.headless", "true"], env=env))


# Commands that live beside the modules they drive register themselves on `app`.
from . import cli_export, cli_fetch, cli_search, cli_text, cli_trace  # noqa: E402,F401


def _db_in_use() -> str:
    """The store the command was given (--db, SPORBAR_DB or the default), for messages."""
    args = sys.argv[1:]
    for i, arg in enumerate(args):
        if arg == "--db" and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith("--db="):
            return arg[len("--db="):]
    from .store import default_db_path

    return str(default_db_path())


def main() -> None:
    app.__doc__ = EXIT_HELP
    app.info.epilog = EXIT_HELP
    # A name or argument with bytes that are not UTF-8 is printed escaped, never a crash.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    try:
        app()
    except SporbarError as exc:
        raise SystemExit(fail(exc).exit_code) from exc
    except sqlite3.Error as exc:  # a store that breaks mid-command: corrupt pages, disk full
        store = StoreError(_db_in_use(), f"cannot be used ({exc})",
                           advice="check the --db file (or SPORBAR_DB): restore it from a copy or ingest again")
        raise SystemExit(fail(store).exit_code) from exc


if __name__ == "__main__":
    # Under `python -m knowledge.cli` this file runs as __main__, while the command modules
    # register on the imported `knowledge.cli.app`: run that one, so every command is there.
    from knowledge.cli import main as _main

    _main()
