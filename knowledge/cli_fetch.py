"""`sporbar fetch oda`: pull one committee's questions and answers from Folketinget's open data.

The only command that reaches the network, and then only the service `--api` names.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Optional

import typer

from extract.errors import SporbarError

from .cli import fail, app, err

fetch_app = typer.Typer(help="Fetch documents from their publishers into a corpus folder.\n\n"
                             "Example: sporbar fetch oda --udvalg BEU --samling 2017-18 --out corpus/oda",
                        no_args_is_help=True)
app.add_typer(fetch_app, name="fetch")


def _since(value: str | None) -> dt.datetime | None:
    if value is None:
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; write it as 2018-01-31 or 2018-01-31T12:00") from None


@fetch_app.command("oda")
def fetch_oda(
    udvalg: Annotated[str, typer.Option("--udvalg", help="Committee abbreviation, e.g. BEU.")],
    samling: Annotated[str, typer.Option("--samling", help="Samling, e.g. 2017-18 or '2022-23 2. samling'.")],
    types: Annotated[str, typer.Option("--type", help="Comma-separated: spørgsmål, svar, §20.")] = "spørgsmål,svar",
    since: Annotated[Optional[str], typer.Option("--since", help="Only documents ODA updated after this date.")] = None,
    out_dir: Annotated[Path, typer.Option("--out", help="Corpus folder to store files in.")] = Path("corpus/oda"),
    api: Annotated[str, typer.Option("--api", help="ODA's address (a replay server can stand in).")]
        = "https://oda.ft.dk/api/",
    delay: Annotated[float, typer.Option("--delay", help="Seconds between requests (be polite).", min=0.0)] = 1.0,
) -> None:
    """Fetch a committee's questions and answers for one samling from ODA (oda.ft.dk).

    Raw responses and files are kept unchanged under OUT, with a manifest; a second run
    fetches only what ODA changed, an interrupted run resumes. Then: sporbar ingest OUT.
    """
    from .oda_client import OdaClient
    from .oda_fetch import FetchQuery, OdaFetcher

    wanted = tuple(t.strip().lower().replace(" ", "") for t in types.split(",") if t.strip())
    query = FetchQuery(udvalg=udvalg, samling=samling, types=wanted, since=_since(since))
    # One line per file fetched or skipped, on a terminal and in batch logs alike.
    fetcher = OdaFetcher(OdaClient(api=api, delay=delay), out_dir,
                         log=lambda line: err.print(line))  # err prints plain text, never markup
    try:
        report = fetcher.fetch(query)
    except SporbarError as exc:
        raise fail(exc) from None
    err.print(f"fetched {len(report.downloaded)} new file(s) from {report.documents} ODA document(s), "
              f"{report.unchanged} unchanged, {len(report.failed)} failed; "
              f"{fetcher.client.requests_made} request(s) to {api}")
    if report.failed:
        raise typer.Exit(1)
