"""`sporbar export ...`: indicator specs, the store's tables (answers, questions, events, kommuner)
as CSV/JSONL/Parquet, their JSON Schemas, and Datasette metadata.

Other modules add export commands of their own to `export_app` (e.g. `export graph`)
by importing it from here.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from extract.errors import SporbarError

# Defined before `.cli` is imported: under `python -m knowledge.cli` that import runs
# cli.py again, whose last line imports cli_trace, which needs `export_app` from here.
export_app = typer.Typer(
    help="Export what the store knows as files.\n\nExample: sporbar export indicators --format yaml --out indikatorer.yaml",
    no_args_is_help=True)

from .cli import DbOption, fail, app, emit, err, note, open_store  # noqa: E402
from .cli_checks import checked_filters  # noqa: E402

app.add_typer(export_app, name="export")

export_schema_app = typer.Typer(help="Print the JSON Schema of an export.\n\nExample: sporbar export schema indicator",
                                no_args_is_help=True)
export_app.add_typer(export_schema_app, name="schema")

FormatOption = Annotated[str, typer.Option("--format", "-f", help="json, yaml or csv.")]
OutOption = Annotated[Optional[Path], typer.Option("--out", "-o", help="Write to this file instead of stdout.")]


def write_output(text: str, target: Path | None) -> None:
    """Write `text` to the file `target`, or to stdout when there is none (--out)."""
    from .output import write_text

    if target is None:
        emit(text, end="")
        return
    try:
        write_text(target, text)
    except SporbarError as exc:
        raise fail(exc) from exc
    err.print(f"wrote {target}")


@export_app.command("indicators")
def export_indicators_command(fmt: FormatOption = "json", db: DbOption = None, out_path: OutOption = None,
                              excel: Excel = False,
                              indicator_type: Annotated[Optional[str], typer.Option(
                                  "--type", help="Only this indicator kind (sigtelinje, implementeringsindikator, "
                                                 "resultatindikator, nøgletal, other).")] = None,
                              reform: Annotated[Optional[str], typer.Option(
                                  "--reform", help="Only indicators whose reform contains this text.")] = None,
                              status: Annotated[Optional[str], typer.Option(
                                  "--status", help="Only this life-cycle status (introduced, changed, planned, "
                                                   "discontinued, replaced).")] = None) -> None:
    """Write the indicators in the store as specs (definition, measure, numerator,
    denominator, population, period unit, source, reform, period, status, provenance),
    all of them or those the filters choose - as the app's Indikatorer page filters them.

    Example: sporbar export indicators --format csv --type sigtelinje --out sigtelinjer.csv
    """
    from .export import FORMATS, IndicatorSpec, indicator_specs, render

    if fmt not in FORMATS:
        note("error:", "red", f"unknown format '{fmt}'; use one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    for name, value in (("kind", indicator_type), ("status", status)):
        allowed = list(_literal_values(IndicatorSpec, name))
        if value is not None and value not in allowed:
            raise typer.BadParameter(f"{value!r} is not one of: {', '.join(allowed)}",
                                     param_hint="'--type'" if name == "kind" else "'--status'")
    try:
        with open_store(db) as store:
            specs = indicator_specs(store)
            if not specs:
                note("error:", "red", "the store holds no indicator definitions; "
                          "ingest documents first (sporbar ingest PATH...)")
                raise typer.Exit(1)
            chosen = [s for s in specs
                      if (indicator_type is None or s.kind == indicator_type)
                      and (status is None or s.status == status)
                      and (reform is None or reform.casefold() in (s.reform or "").casefold())]
            text = render(chosen, fmt)
    except SporbarError as exc:
        raise fail(exc) from exc
    count = len(chosen)
    if excel:
        if fmt != "csv":
            raise typer.BadParameter("--excel applies to --format csv only", param_hint="'--excel'")
        text = excel_csv(text)
    write_output(text, out_path)
    err.print(f"exported {count} of {len(specs)} indicator(s) as {fmt}")


def _literal_values(model: Any, field: str) -> tuple[Any, ...]:
    """The values a Literal-typed pydantic field allows, Optional unwrapped: the values of
    `Literal[...] | None` are the Literal's, never the NoneType class (whose name in a
    usage message crashed `--status foo`)."""
    from typing import Literal, get_args, get_origin

    def values(annotation: Any) -> list[Any]:
        if get_origin(annotation) is Literal:
            return list(get_args(annotation))
        return [v for arg in get_args(annotation) for v in values(arg)]

    return tuple(values(model.model_fields[field].annotation))


def excel_csv(text: str) -> str:
    """CSV as Danish Excel opens it in columns: byte order mark, semicolons, CRLF."""
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(csv.reader(io.StringIO(text)))
    return "\ufeff" + buffer.getvalue()


@export_schema_app.command("indicator")
def export_schema_indicator() -> None:
    """Print the JSON Schema of `sporbar export indicators --format json`, with the SDMX
    concept each field corresponds to in its description.

    Example: sporbar export schema indicator > indicator.schema.json
    """
    from .export import indicator_json_schema

    emit(json.dumps(indicator_json_schema(), ensure_ascii=False, indent=1))


# -- the store's tables (knowledge/tables.py) as files --------------------------------

_TABLE_HELP = {
    "answers": "Write the answers table (one row per answered question, with udvalg, samling, askers, parties, "
               "minister, ministry, dates, journal number, question and answer text, and the citation).",
    "questions": "Write the questions table (one row per question letter, with its citation).",
    "events": "Write the lineage_events table (introduced, changed, dropped, replaced ... with the sentence, "
              "page and document).",
    "kommuner": "Write the kommune_mentions table (kommune code and name, as written, attributes, citation).",
}
TableFormat = Annotated[str, typer.Option("--format", "-f", help="csv, jsonl or parquet.")]
Excel = Annotated[bool, typer.Option("--excel", help="CSV for Excel: UTF-8 with a byte order mark, semicolons.")]
Udvalg = Annotated[Optional[str], typer.Option("--udvalg", help="Udvalg abbreviation or name, e.g. BEU.")]
Samling = Annotated[Optional[str], typer.Option("--samling", help="Samling, e.g. 2012-13.")]
DateFrom = Annotated[Optional[str], typer.Option("--from", help="From year or date (2014, 2014-05-01).")]
DateTo = Annotated[Optional[str], typer.Option("--to", help="To year or date, inclusive.")]
Asker = Annotated[Optional[str], typer.Option("--asker", help="Who asked (part of the name).")]
Party = Annotated[Optional[str], typer.Option("--party", help="Party abbreviation, e.g. EL.")]


def _table_command(name: str) -> None:
    def command(fmt: TableFormat = "csv", db: DbOption = None, out_path: OutOption = None, excel: Excel = False,
                udvalg: Udvalg = None, samling: Samling = None, date_from: DateFrom = None, date_to: DateTo = None,
                asker: Asker = None, party: Party = None) -> None:
        from .query import FilterError, Filters
        from .table_export import FORMATS, write_export

        checked_filters(db, udvalg=udvalg, samling=samling, party=party)  # values the store holds, else exit 2
        if fmt not in FORMATS:
            note("error:", "red", f"unknown format '{fmt}'; use one of {', '.join(FORMATS)}")
            raise typer.Exit(2)
        if fmt == "parquet" and out_path is None:
            note("error:", "red", "parquet is a binary format; give the file to write with --out")
            raise typer.Exit(2)
        if excel and fmt != "csv":
            note("error:", "red", "--excel applies to --format csv only")
            raise typer.Exit(2)
        try:
            filters = Filters.build(udvalg=udvalg, samling=samling, date_from=date_from, date_to=date_to,
                                    asker=asker, party=party)
        except FilterError as exc:  # an unreadable date is a usage error, never dropped
            raise typer.BadParameter(str(exc), param_hint="'--from'/'--to'") from exc
        try:
            with open_store(db) as store:
                count = write_export(store, name, fmt, out_path, filters, excel=excel, stdout=sys.stdout)
        except SporbarError as exc:
            raise fail(exc) from exc
        except BrokenPipeError:
            # `sporbar export answers | head`: the reader has what it wanted.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(0) from None
        if out_path is not None:
            err.print(f"wrote {out_path}")
        err.print(f"exported {count} row(s) of {name} as {fmt}" + (" (filtered)" if filters else ""))
        if count == 0 and not filters:
            err.print(f"the store holds no {name}; ingest documents first (sporbar ingest PATH...)")

    command.__doc__ = (f"{_TABLE_HELP[name]}\n\nFilters select documents as `sporbar search` does.\n\n"
                       f"Example: sporbar export {name} --format csv --udvalg BEU --from 2014 --out {name}.csv")
    export_app.command(name)(command)

    def schema() -> None:
        from .table_export import EXPORTS
        from .tables import row_json_schema

        emit(json.dumps(row_json_schema(EXPORTS[name]), ensure_ascii=False, indent=1))

    schema.__doc__ = (f"Print the JSON Schema of one line of `sporbar export {name} --format jsonl`.\n\n"
                      f"Example: sporbar export schema {name} > {name}.schema.json")
    export_schema_app.command(name)(schema)


for _name in _TABLE_HELP:
    _table_command(_name)


@export_app.command("datasette-metadata")
def export_datasette_metadata(
        database: Annotated[list[str], typer.Option("--database", help="Datasette database name (the store's "
                                                    "file name without .db); repeat for several.")] = ["corpus", "sporbar"],  # noqa: B006
        out_path: OutOption = None) -> None:
    """Write Datasette metadata for the store's tables: titles, descriptions and column
    descriptions in Danish and English, default facets, full-text search.

    Example: sporbar export datasette-metadata --database mystore --out metadata.json
    """
    from .tables import datasette_metadata

    write_output(json.dumps(datasette_metadata(tuple(database)), ensure_ascii=False, indent=1) + "\n", out_path)
