"""The `sporbar` command line. Thin: each command is a few lines over a plain function.

Data goes to stdout (or --out), logs and progress to stderr. Library errors are
`SporbarError`s; this is the only place they become exit codes.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from extract.errors import EXIT_CODES, SporbarError
from extract.flat import flat_json_schema
from extract.records import UnresolvedName

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
err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)

DbOption = Annotated[Optional[Path], typer.Option("--db", envvar="SPORBAR_DB",
                                                  help="SQLite store to use (default: user data dir).")]
MaxMb = Annotated[float, typer.Option("--max-mb", help="Skip files larger than this many MB.")]
MaxPages = Annotated[int, typer.Option("--max-pages", help="Skip PDFs with more pages than this.")]
Ocr = Annotated[bool, typer.Option("--ocr/--no-ocr", help="OCR scanned pages when tesseract is installed.")]


def open_store(db: Path | None):  # noqa: ANN201 - Store is imported lazily for a fast --help
    from .store import Store

    return Store(db)


def _fail(exc: SporbarError) -> typer.Exit:
    err.print(f"[red]error[/red]: {exc.message}")
    return typer.Exit(exc.exit_code)


def _summary(verb: str, done: int, skipped: list[tuple[str, str]], extra: str = "", *,
             list_skipped: bool = True) -> None:
    err.print(f"{verb} {done} file(s){extra}, skipped {len(skipped)}")
    for path, reason in skipped if list_skipped else ():
        err.print(f"  skipped: {reason}" if reason.startswith(path) else f"  skipped {path}: {reason}")


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
    limits = Limits(max_mb=max_mb, max_pages=max_pages, ocr=ocr)
    skipped: list[tuple[str, str]] = []
    codes: set[int] = set()
    done = 0
    if out_dir:
        out_dir.mkdir(parents=True, exist_ok=True)
    for path in iter_files(files):
        try:
            result = extract_path(path, limits=limits)
        except SporbarError as exc:
            skipped.append((str(path), exc.message))
            codes.add(exc.exit_code)
            err.print(f"[red]skipped[/red] {exc.message}")
            continue
        for warning in result.document.warnings:
            err.print(f"[yellow]warning[/yellow] {warning}")
        for name in (r for r in result.records if isinstance(r, UnresolvedName)):
            hint = f" (could be: {', '.join(name.candidates)})" if name.candidates else ""
            err.print(f"[yellow]note[/yellow] {path}: {name.entity} name '{name.as_written}' left "
                      f"unresolved, {name.status}{hint}; not guessed")
        flat = result.flat
        done += 1
        if out_dir:
            target = out_dir / f"{path.stem}.json"
            tmp = target.with_suffix(".json.tmp")
            tmp.write_text(flat.model_dump_json(indent=1), encoding="utf-8")
            tmp.replace(target)  # atomic: no half-written file is ever left behind
        elif as_json:
            out.print(flat.model_dump_json(indent=1), markup=False)
        else:
            _print_table(path, flat.model_dump(exclude_none=True))
    if out_dir or len(skipped) or done != 1:
        _summary("extracted", done, skipped, list_skipped=False)  # each was reported as it came
    if skipped:
        raise typer.Exit(codes.pop() if done == 0 and len(codes) == 1 else 1)


def _print_table(path: Path, data: dict[str, object]) -> None:
    table = Table(title=str(path), show_lines=False)
    table.add_column("field", style="bold")
    table.add_column("value", overflow="fold")
    for key, value in data.items():
        if value in ([], {}, None) or key == "source":
            continue
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        table.add_row(key, str(text))
    out.print(table)


@app.command(epilog=EXIT_HELP)
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders to load into the store.",
                                                readable=False)],
    db: DbOption = None,
    max_mb: MaxMb = 25.0,
    max_pages: MaxPages = 400,
    ocr: Ocr = True,
) -> None:
    """Load files and folders into the knowledge store (idempotent by content hash).

    Example: sporbar ingest corpus/ --db /tmp/sporbar.db
    """
    try:
        store = open_store(db)
    except SporbarError as exc:
        raise _fail(exc) from exc
    files = list(iter_files(paths))
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  console=err, transient=True, disable=not sys.stderr.isatty()) as bar:
        task = bar.add_task("ingesting", total=len(files))
        report = store.ingest(files, limits=Limits(max_mb=max_mb, max_pages=max_pages, ocr=ocr),
                              progress=lambda p: bar.update(task, advance=1, description=p.name[:40]))
    for warning in report.warnings:
        err.print(f"[yellow]warning[/yellow] {warning}")
    _summary("loaded", len(report.loaded), report.skipped, f", unchanged {len(report.unchanged)}")
    store.close()
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
        raise _fail(exc) from exc
    if as_json:
        out.print(json.dumps(data, ensure_ascii=False, indent=1), markup=False)
        return
    out.print(f"store: {data['db']} (schema v{data['schema_version']})")
    out.print(f"documents: {data['documents']}  " + ", ".join(f"{k} {v}" for k, v in data["documents_by_kind"].items()))
    out.print("records: " + ", ".join(f"{k} {v}" for k, v in data["records_by_type"].items()))
    if data["last_ingest"]:
        out.print(f"last ingest: {data['last_ingest']}")
    for item in data["skipped"]:
        out.print(f"skipped: {item['reason']}")


schema_app = typer.Typer(help="Print JSON Schemas.\n\nExample: sporbar schema record", no_args_is_help=True)
app.add_typer(schema_app, name="schema")


@schema_app.command("record")
def schema_record() -> None:
    """JSON Schema of the flat record view.

    Example: sporbar schema record > record.schema.json
    """
    out.print(json.dumps(flat_json_schema(), ensure_ascii=False, indent=1), markup=False)


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
from . import cli_export, cli_fetch, cli_search, cli_text, cli_trace, cli_checks  # noqa: E402,F401 - checks last


def main() -> None:
    app.__doc__ = EXIT_HELP
    app.info.epilog = EXIT_HELP
    app()


if __name__ == "__main__":
    # Under `python -m knowledge.cli` this file runs as __main__, while the command modules
    # register on the imported `knowledge.cli.app`: run that one, so every command is there.
    from knowledge.cli import main as _main

    _main()
