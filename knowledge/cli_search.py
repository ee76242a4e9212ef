"""`sporbar search`: Danish full-text search over the store (knowledge.search)."""
from __future__ import annotations

import json
from typing import Annotated, Any, Optional

import typer

from extract.errors import SporbarError

from .cli import DbOption, fail, app, emit, err, open_store, out
from .cli_checks import checked_filters
from .search_notices import in_english

Text = Annotated[Optional[str], typer.Option(show_default=False)]


@app.command()
def search(
    query: Annotated[str, typer.Argument(help='What to look for: words, "a phrase", spm 558, L 65, BEU alm. del 156.')],
    db: DbOption = None,
    udvalg: Annotated[Optional[str], typer.Option("--udvalg", help="Udvalg abbreviation or name, e.g. BEU.")] = None,
    samling: Annotated[Optional[str], typer.Option("--samling", help="Samling, e.g. 2012-13.")] = None,
    date_from: Annotated[Optional[str], typer.Option("--from", help="From year, month or date (2014, 2014-05, 2014-05-01).")] = None,
    date_to: Annotated[Optional[str], typer.Option("--to", help="To year, month or date, inclusive.")] = None,
    asker: Annotated[Optional[str], typer.Option("--asker", help="Who asked (part of the name).")] = None,
    party: Annotated[Optional[str], typer.Option("--party", help="Party abbreviation, e.g. EL.")] = None,
    ministry: Annotated[Optional[str], typer.Option("--ministry", help="Answering ministry (part of the name).")] = None,
    kind: Annotated[Optional[str], typer.Option("--kind", help="Document kind: question, answer, policy ...")] = None,
    issuer: Annotated[Optional[str], typer.Option(
        "--issuer", help="Issuer that is no ministry: a kommune or party, e.g. \"Ballerup Kommune\".")] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, max=500, help="Number of hits.")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print the hits as a JSON list, best first.")] = False,
) -> None:
    """Search the store: ranked hits with highlighted snippets and why each matched.

    Words are found in other inflections and in compounds, a compound also written apart
    ("225 timers reglen"), and with typos. Æ, ø and å are letters: a word typed without them
    finds those spelled with them only when no document has it as typed, and says so. Names
    match as names ("Finn" is not "Finansministeren").

    Example: sporbar search "førtidspension måltal" --udvalg BEU --from 2014 --to 2019
    """
    from .query import FilterError, date_bound, date_range, parse
    from .search import search as run_search

    if parse(query).is_empty and not any((udvalg, samling, date_from, date_to, asker, party, ministry, kind, issuer)):
        raise typer.BadParameter(f"{query!r} holds nothing to search for; give words, \"a phrase\" or a "
                                 "reference (spm 558, L 65), or a filter (--udvalg BEU) to list documents",
                                 param_hint="'QUERY'")

    kind = checked_filters(db, kind=kind, udvalg=udvalg, samling=samling, party=party)  # else exit 2
    # An unreadable filter is a usage error, never dropped: "--from 99999" must not search everything.
    for option, value, end in (("--from", date_from, False), ("--to", date_to, True)):
        try:
            date_bound(value, end=end)
        except FilterError as exc:
            raise typer.BadParameter(f"{exc}", param_hint=f"'{option}'") from exc
    try:
        date_range(date_from, date_to)
    except FilterError as exc:  # --from after --to
        raise typer.BadParameter(f"{exc}", param_hint="'--from'/'--to'") from exc
    try:
        with open_store(db) as store:
            result = run_search(store, query, udvalg=udvalg, samling=samling, date_from=date_from,
                                date_to=date_to, asker=asker, party=party, ministry=ministry, kind=kind,
                                issuer=issuer, limit=limit)
            from .citation import Citer

            citer = Citer(store)  # each hit with its work's files and a citation of its snippet
            result.hits = [citer.cite_hit(h) for h in result.hits]
    except SporbarError as exc:
        raise fail(exc) from exc
    if message := in_english(result.notices):
        err.print(message, markup=False)
    if as_json:
        emit(json.dumps(result.hits, ensure_ascii=False, indent=1, default=str))
        return
    err.print(f"{result.total} document(s)", markup=False)
    for rank, hit in enumerate(result.hits, start=1):
        out.print(f"{rank}. {hit['title']}  [{hit['score']:.2f}]", markup=False)
        out.print(f"   {hit['source']}  ({', '.join(hit['why'])})", markup=False)
        if where := _where(hit["citation"]):
            out.print(f"   {where}", markup=False)
        out.print(f"   {hit['snippet']}", markup=False)
    for name, counts in result.facets.items():
        if counts:
            err.print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in list(counts.items())[:8]), markup=False)


def _where(citation: dict[str, Any]) -> str:
    """What a reader needs to find and cite the snippet, as --json gives it: its page, the
    document's date and its reference ("p. 2 · 2017-09-28 · BEU alm. del spm. 558")."""
    parts = [f"p. {citation['page']}" if citation.get("page") else "", citation.get("date") or "",
             citation.get("reference") or ""]
    return " · ".join(p for p in parts if p)
