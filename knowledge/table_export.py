"""Rows of the store's tables (knowledge/tables.py) as CSV, JSON Lines or Parquet files.

    with Store(path) as store:
        count = write_export(store, "answers", "csv", Path("svar.csv"), Filters.build(udvalg="BEU"))

The filters are those of `sporbar search` and select documents the same way (the
`search_docs` values: udvalg, samling, date, asker, party), so an export holds the rows
of exactly the documents a filtered search would list. Each JSONL line validates against
`row_json_schema(view)`; a CSV has one row per table row, with a header of the column
names; `excel=True` writes what Excel opens directly on a Danish machine (UTF-8 with a
byte order mark, semicolons).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from .output import replacing
from .query import Filters, where_clause
from .store import Store
from .tables import ANSWERS, KOMMUNE_MENTIONS, LINEAGE_EVENTS, QUESTIONS, Column, View

# What `sporbar export NAME` writes: the name a user types -> the table it reads.
EXPORTS: dict[str, View] = {"answers": ANSWERS, "questions": QUESTIONS, "events": LINEAGE_EVENTS,
                            "kommuner": KOMMUNE_MENTIONS}
FORMATS: tuple[str, ...] = ("csv", "jsonl", "parquet")


def _value(column: Column, raw: Any) -> Any:
    """A cell as the JSON Schema types it: SQLite gives booleans as 0/1 and JSON as text."""
    if raw is None:
        return None
    if column.type == "boolean":
        return bool(raw)
    if column.type == "json":
        return json.loads(raw)
    return raw


def rows(store: Store, view: View, filters: Filters = Filters()) -> Iterator[dict[str, Any]]:
    """The table's rows (exported columns only), of the documents the filters select."""
    columns = view.exported
    where, args = where_clause(filters)
    # Through the row's search-index row (`search_rowid`, its work's row: tables._search_row),
    # not its own document id: a copy of a text with several files has no row of its own, and
    # joining on it dropped the work from every filtered export.
    sql = (f"SELECT {', '.join(f'v.{c.name}' for c in columns)} FROM {view.name} v "
           f"LEFT JOIN search_docs d ON d.rowid = v.search_rowid WHERE 1=1{where}")
    for raw in store.db.execute(sql, args):
        yield {c.name: _value(c, value) for c, value in zip(columns, raw)}


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return value


def write_csv(items: Iterator[dict[str, Any]], view: View, stream: IO[str], *, excel: bool = False) -> int:
    writer = csv.writer(stream, delimiter=";" if excel else ",", lineterminator="\r\n" if excel else "\n")
    writer.writerow([c.name for c in view.exported])
    count = 0
    for item in items:
        writer.writerow([_csv_cell(v) for v in item.values()])
        count += 1
    return count


def write_jsonl(items: Iterator[dict[str, Any]], stream: IO[str]) -> int:
    count = 0
    for item in items:
        stream.write(json.dumps(item, ensure_ascii=False) + "\n")
        count += 1
    return count


def _arrow_schema(view: View) -> Any:
    import pyarrow as pa

    types = {"text": pa.string(), "integer": pa.int64(), "boolean": pa.bool_(), "date": pa.date32(),
             "json": pa.string(), "scalar": pa.string()}
    return pa.schema([pa.field(c.name, types[c.type], nullable=True, metadata={"description": c.en})
                      for c in view.exported])


def _arrow_value(column: Column, value: Any) -> Any:
    if value is None:
        return None
    if column.type == "date":
        return dt.date.fromisoformat(value)
    if column.type == "json":
        return json.dumps(value, ensure_ascii=False)
    if column.type == "scalar":
        return str(value)  # question numbers are 558 or "S 1107": one Arrow type for both
    return value


def write_parquet(items: Iterator[dict[str, Any]], view: View, target: Path) -> int:
    """Parquet through pyarrow (installed with streamlit), typed per column."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns: dict[str, list[Any]] = {c.name: [] for c in view.exported}
    for item in items:
        for column in view.exported:
            columns[column.name].append(_arrow_value(column, item[column.name]))
    table = pa.table(columns, schema=_arrow_schema(view))
    with replacing(target) as tmp:
        pq.write_table(table, tmp)
    return int(table.num_rows)


def write_export(store: Store, name: str, fmt: str, target: Path | None, filters: Filters = Filters(), *,
                 excel: bool = False, stdout: IO[str] | None = None) -> int:
    """Write table `name` (see EXPORTS) as `fmt` to `target` (or `stdout`); the row count."""
    if name not in EXPORTS:
        raise ValueError(f"unknown export {name!r}; use one of {', '.join(EXPORTS)}")
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    view = EXPORTS[name]
    items = rows(store, view, filters)
    if fmt == "parquet":
        if target is None:
            raise ValueError("parquet is binary: give a file to write with --out")
        return write_parquet(items, view, target)

    def write(stream: IO[str]) -> int:
        if fmt == "csv":
            return write_csv(items, view, stream, excel=excel)
        return write_jsonl(items, stream)

    if target is None:
        stream = stdout or io.StringIO()
        if excel and fmt == "csv":
            stream.write("\ufeff")
        return write(stream)
    with replacing(target) as tmp:  # never a half-written export
        # utf-8-sig: the byte order mark tells Excel the file is UTF-8 (else æøå break)
        with tmp.open("w", encoding="utf-8-sig" if excel and fmt == "csv" else "utf-8", newline="") as stream:
            count = write(stream)
    return count
