"""The CLI speaks English, the app Danish (project standard): the search library returns
typed notices (knowledge/search_notices.py) and each front end words them. Before, `sporbar
search` printed the library's Danish ("0 dokument(er)", "Mente du: ...?", "Ingen resultater.")
and `sporbar trace` cited "s. 1 ... (fil: ...)". Domain words (udvalg, samling, spm.) stay."""
from __future__ import annotations

import re
import typing
from pathlib import Path

import pytest
from typer.testing import CliRunner

from knowledge.cli import app
from knowledge.search import search
from knowledge.search_notices import WORDING, Notice, NoticeKind, in_danish, in_english
from knowledge.store import Store

runner = CliRunner()
# Danish words of sentences and labels the CLI printed before (none is a domain word).
DANISH = re.compile(r"\b(dokument\(er\)|dokumenter|Mente du|Ingen|Ukendte|sprunget|søgbare|resultater|"
                    r"matcher filtrene|henvisningen|nærmeste|ordene|fil|afledt|dato fra|Skriv|s\.)(?=\W)")


@pytest.fixture(scope="module")
def db(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli_english") / "s.db"
    with Store(path) as store:
        assert store.ingest([corpus / "seeds", corpus / "ft_qa" / "uui-2017-18-spm215-svar.txt"]).ok
    return path


def test_every_notice_is_worded_in_both_languages() -> None:
    """One table, both languages per notice: a notice worded in one language only cannot exist."""
    kinds = set(typing.get_args(NoticeKind))
    assert set(WORDING) == kinds
    for kind in kinds:
        notice = [Notice(kind, ("9999", "løftet"))]
        danish, english = in_danish(notice), in_english(notice)
        assert danish and english and danish != english, kind
        assert not DANISH.search(english + " "), english


@pytest.mark.parametrize(("args", "english"), [
    (["fleksjb"], "Did you mean: fleksjob?"),
    (["xqzzyw måltal"], "Unknown words left out: xqzzyw."),
    (["måltal xqzzyw fleksjob"], "document(s)"),
    (["måltal sjælsmark"], "No document holds every word; showing those with some of them."),
    (["UUI spm 558"], "No document carries the whole reference; showing the nearest."),
    (["spørgsmål 9999"], "No question or bill is numbered spm. 9999 in the stored documents."),
    (["", "--udvalg", "BEU", "--samling", "2017-18"], "No document matches the filters."),
    (["zzzqqqxx"], "Unknown words left out: zzzqqqxx."),
    (["måltal", "--udvalg", "UUI"], "No results."),
])
def test_search_speaks_english(db: Path, args: list[str], english: str) -> None:
    done = runner.invoke(app, ["search", *args, "--db", str(db)])
    assert done.exit_code == 0, done.output
    assert english in done.stderr
    assert not DANISH.search(done.stderr), done.stderr
    assert re.search(r"^\d+ document\(s\)$", done.stderr, re.M)
    for line in done.stdout.splitlines():
        if line.startswith("   p. ") or line.startswith("   s. "):
            assert line.startswith("   p. "), line  # the page as the CLI labels it


def test_the_library_returns_notices_and_the_app_keeps_its_danish(db: Path) -> None:
    with Store(db, read_only=True) as store:
        result = search(store, "fleksjb")
        assert result.notices == [Notice("did_you_mean", ("fleksjob",))]
        assert result.message == "Mente du: fleksjob?"  # what the app shows (and its button reads)
        assert result.to_dict()["notices"] == [{"kind": "did_you_mean", "values": ["fleksjob"]}]
        empty = search(store, "", udvalg="BEU", samling="2017-18")
        assert [n.kind for n in empty.notices] == ["no_filter_matches"]
        assert empty.message == "Ingen dokumenter matcher filtrene."


def test_trace_cites_in_english(db: Path) -> None:
    done = runner.invoke(app, ["trace", "måltal", "--db", str(db)])
    assert done.exit_code == 0, done.output
    sources = [" ".join(b.split()) for b in done.stdout.split("\n\n") if "Source:" in b]
    assert sources and all(", p. 1." in s and "(file: " in s for s in sources)
    assert "samling 2018-19 (derived)" in done.stdout  # seed 002 (its samling derived from its date)
    assert not DANISH.search(done.stdout.replace("»", "\n«")), done.stdout  # outside the quotes

