"""`sporbar export ...`: indicator specs and their JSON Schema.

Other modules add export commands of their own to `export_app` (e.g. `export graph`)
by importing it from here.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from extract.errors import SporbarError

# Defined before `.cli` is imported: under `python -m knowledge.cli` that import runs
# cli.py again, whose last line imports cli_trace, which needs `export_app` from here.
export_app = typer.Typer(
    help="Export what the store knows as files.\n\nExample: sporbar export indicators --format yaml --out indikatorer.yaml",
    no_args_is_help=True)

from .cli import DbOption, _fail, app, emit, err, note, open_store  # noqa: E402

app.add_typer(export_app, name="export")

export_schema_app = typer.Typer(help="Print the JSON Schema of an export.\n\nExample: sporbar export schema indicator",
                                no_args_is_help=True)
export_app.add_typer(export_schema_app, name="schema")

FormatOption = Annotated[str, typer.Option("--format", "-f", help="json, yaml or csv.")]
OutOption = Annotated[Optional[Path], typer.Option("--out", "-o", help="Write to this file instead of stdout.")]


def _write(text: str, target: Path | None) -> None:
    if target is None:
        emit(text, end="")
        return
    target.write_text(text, encoding="utf-8")
    err.print(f"wrote {target}")


@export_app.command("indicators")
def export_indicators_command(fmt: FormatOption = "json", db: DbOption = None, out_path: OutOption = None) -> None:
    """Write every indicator in the store as a spec (definition, measure, numerator,
    denominator, population, period unit, source, reform, period, provenance).

    Example: sporbar export indicators --format csv --out indikatorer.csv
    """
    from .export import FORMATS, export_indicators, indicator_specs

    if fmt not in FORMATS:
        note("error:", "red", f"unknown format '{fmt}'; use one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    try:
        with open_store(db) as store:
            count = len(indicator_specs(store))
            if count == 0:
                note("error:", "red", "the store holds no indicator definitions; "
                          "ingest documents first (sporbar ingest PATH...)")
                raise typer.Exit(1)
            text = export_indicators(store, fmt)
    except SporbarError as exc:
        raise _fail(exc) from exc
    _write(text, out_path)
    err.print(f"exported {count} indicator(s) as {fmt}")


@export_schema_app.command("indicator")
def export_schema_indicator() -> None:
    """Print the JSON Schema of `sporbar export indicators --format json`, with the SDMX
    concept each field corresponds to in its description.

    Example: sporbar export schema indicator > indicator.schema.json
    """
    from .export import indicator_json_schema

    emit(json.dumps(indicator_json_schema(), ensure_ascii=False, indent=1))
