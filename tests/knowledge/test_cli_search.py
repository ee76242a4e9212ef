"""`sporbar search` in plain text shows, for each hit, where to find and cite it: page,
date and reference, as --json's citation gives them (reviewer, session 4: only --json
had them)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from knowledge.cli import app
from knowledge.store import Store

runner = CliRunner()


@pytest.fixture(scope="module")
def db(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli_search") / "s.db"
    with Store(path) as store:
        report = store.ingest([corpus / "seeds" / "000_d0d93f54edcaac31.txt",
                               corpus / "pdf" / "synthetic" / "ministry_letter_seed000_reportlab.pdf",
                               corpus / "pdf" / "ballerup_kvalitetsstandarder_rusmiddel_2013.pdf",
                               corpus / "ft_qa" / "uui-2017-18-spm215-svar.txt",
                               corpus / "ft_qa_ministries" / "keb-2014-15-1s-samspmV-spm.txt",
                               corpus / "ft_qa_ministries" / "suu-2020-21-samspmBL-spm.txt"])
    assert len(report.loaded) == 6
    return path


@pytest.mark.parametrize("query, where", [
    ("558", "p. 1 · 2017-09-28 · BEU alm. del spm. 558"),  # the letter's date, its reference (BEU: its PDF)
    ("Brydehuset", "p. 1 · 2012-12-04"),
    # the letter prints its udvalg's name only: the reference names it by its abbreviation then
    ("Sjælsmark", "p. 1 · 2018-01-10 · UUI alm. del spm. 215"),
    # samrådsspørgsmål are numbered by letters and cited as such, not as "spm. V"
    ("skifergas", "p. 1 · 2015-05-22 · KEB alm. del samrådsspm. V"),
    ("lyntestning", "p. 1 · 2021-02-05 · SUU alm. del samrådsspm. BL"),  # a municipal PDF: no reference; its date from its address
])
def test_each_hit_shows_page_date_and_reference(db: Path, query: str, where: str) -> None:
    plain = runner.invoke(app, ["search", query, "--db", str(db)])
    assert plain.exit_code == 0, plain.output
    lines = plain.stdout.splitlines()
    assert lines[2] == f"   {where}"  # under the hit's title and file, above its snippet
    cited = json.loads(runner.invoke(app, ["search", query, "--db", str(db), "--json"]).stdout)[0]["citation"]
    assert where == " · ".join(str(v) for v in (f"p. {cited['page']}", cited["date"], cited["reference"]) if v)


def test_a_typo_is_corrected_in_a_store_opened_read_only(db: Path, tmp_path: Path) -> None:
    """`sporbar search` opens the store read-only, so it cannot take the vocabulary snapshot
    typo corrections read: an ingest takes it when it ends, and a store whose snapshot is
    behind its index (made by an older Sporbar) is corrected from the index itself. Before,
    "fleksjb" found nothing in a store only ever searched from the command line."""
    found = runner.invoke(app, ["search", "fleksjb", "--db", str(db)])
    assert found.exit_code == 0, found.output
    assert "Did you mean: fleksjob?" in found.stderr and "558" in found.stdout.splitlines()[0]
    behind = tmp_path / "behind.db"
    behind.write_bytes(db.read_bytes())  # WAL checkpointed on close: the file is the store
    import sqlite3

    with sqlite3.connect(behind) as old:
        old.execute("DELETE FROM search_terms")
        old.execute("DELETE FROM search_state WHERE key LIKE 'terms_%'")
    again = runner.invoke(app, ["search", "fleksjb", "--db", str(behind)])
    assert again.exit_code == 0 and "Did you mean: fleksjob?" in again.stderr and "558" in again.stdout
