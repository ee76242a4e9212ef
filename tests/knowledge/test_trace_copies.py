"""Issue 15's trace points: the same event from copies of one text appears once, and an
undated event takes its document's date for ordering, marked as such; an event dated by a
period, or undated in an undated document that covers a period, is ordered by the period's
start and shown as a period."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from knowledge.cli import app
from knowledge.store import Store
from knowledge.trace import trace

runner = CliRunner()


@pytest.fixture(scope="module")
def seeds_with_copies(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds, plus seed 000 again as a PDF (corpus/pdf/synthetic, the same letter typeset) and
    as a renamed .txt copy: three copies of one text."""
    folder = tmp_path_factory.mktemp("copies")
    shutil.copytree(corpus / "seeds", folder / "seeds")
    shutil.copy(corpus / "pdf" / "synthetic" / "ministry_letter_seed000_reportlab.pdf", folder / "brev_kopi.pdf")
    shutil.copy(corpus / "seeds" / "000_d0d93f54edcaac31.txt", folder / "samme_brev.txt")
    db = folder / "copies.db"
    with Store(db) as store:
        report = store.ingest([folder])
        # the byte-identical .txt is the same file (content hash); the PDF is another copy of the text
        assert len(report.loaded) == 6 and len(report.unchanged) == 1, report
        assert len(store.records(types=["LineageEvent"], copies=True)) > len(store.records(types=["LineageEvent"]))
    return db


def test_an_event_from_copies_of_one_text_appears_once(seeds_with_copies: Path) -> None:
    with Store(seeds_with_copies) as store:
        events = trace(store, "måltal")["events"]
    dropped = [e for e in events if e["event"] == "dropped" and e["year"] == 2014]
    replaced = [e for e in events if e["event"] == "replaced" and e["year"] == 2014]
    assert len(dropped) == 1 and len(replaced) == 1, [(e["event"], e["year"], e["source"]) for e in events]


def test_an_undated_event_is_ordered_by_its_documents_date(seeds_with_copies: Path) -> None:
    with Store(seeds_with_copies) as store:
        events = trace(store, "benchmarking")["events"]
    # seed 002 is a letter of 30 April 2019: its undated half-yearly update plan is placed there
    undated = [e for e in events if e["year"] is None and e["source"].endswith("002_0a8bf424d9d4d72f.txt")]
    assert undated, events
    for e in undated:
        assert e["date_from_document"] and e["sort_date"] == e["document_date"] == "2019-04-30"
    keys = [e["sort_date"] for e in events if e["sort_date"]]
    assert keys == sorted(keys)


# The period a text names for an event ("i perioden 2016-2020", "i 2014/2015"), and a document
# that covers a period and prints no date (seed 001: STAR's "Sigtelinjer og
# implementeringsindikatorer 2017 - 2018"): `trace` sorted the latter as undated, after the
# 2019 letter, and printed "undated"; the former lost its last year.
PERIOD_NOTE = ("Notat om målingen af jobcentrene\n\n"
               "Måltallene for jobcentrene blev indført i perioden 2016-2020.\n")


@pytest.fixture(scope="module")
def seeds_and_period(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("period")
    (folder / "notat_perioden.txt").write_text(PERIOD_NOTE, encoding="utf-8")
    db = folder / "period.db"
    with Store(db) as store:
        assert store.ingest([corpus / "seeds", folder / "notat_perioden.txt"]).ok
    return db


def test_events_dated_by_a_period_are_ordered_by_its_start(seeds_and_period: Path) -> None:
    with Store(seeds_and_period) as store:
        events = trace(store, "måltal")["events"]
    order = [(e["sort_date"], Path(e["source"]).name, e["event"]) for e in events]
    assert order == [("2012", "000_d0d93f54edcaac31.txt", "introduced"),
                     ("2014", "000_d0d93f54edcaac31.txt", "dropped"),
                     ("2014", "000_d0d93f54edcaac31.txt", "replaced"),
                     ("2016", "notat_perioden.txt", "introduced"),
                     ("2017", "001_3dd5ad225882c538.txt", "introduced"),
                     ("2019", "002_0a8bf424d9d4d72f.txt", "confirmed")], order
    named = next(e for e in events if e["source"].endswith("notat_perioden.txt"))
    assert (named["year"], named["end_year"], named["period_from_document"]) == (2016, 2020, False)
    star = next(e for e in events if e["source"].endswith("001_3dd5ad225882c538.txt"))
    assert star["year"] is None and star["document_date"] is None and not star["date_from_document"]
    assert (star["period_from_document"], star["document_period"]) == (True, "2017-2018")
    dated = [e for e in events if e is not star]
    assert not any(e["period_from_document"] for e in dated)


def test_the_timeline_shows_each_period_as_such(seeds_and_period: Path) -> None:
    result = runner.invoke(app, ["trace", "måltal", "--db", str(seeds_and_period)], terminal_width=200)
    assert result.exit_code == 0, result.output
    heads = [line.split(" · ")[0] for line in result.stdout.splitlines() if " · " in line and not line[0].isspace()]
    assert heads == ["2012", "2014", "2014", "2016–2020", "2017-2018 (document period)", "2019"], heads
    assert "undated" not in result.stdout


REFERAT_PDF = Path(__file__).resolve().parents[2] / "corpus" / "pdf" / "ballerup_referat_sundhedsudvalg_2012-12-04.pdf"
REFERAT_EXCERPT = REFERAT_PDF.parents[1] / "municipal" / "f03_ballerup_referat_sundhedsudvalg.txt"  # an excerpt of it


def test_the_timeline_tells_an_event_two_documents_state_once(tmp_path: Path) -> None:
    """Ballerup's minutes (PDF) and an excerpt of them (f03) say in the same words that budget
    2013 was set in June 2012: `trace` printed the event twice, as the app did before it
    listed the other file under "Også i". The JSON keeps both."""
    db = tmp_path / "referat.db"
    with Store(db) as store:
        assert store.ingest([REFERAT_EXCERPT, REFERAT_PDF]).ok
    data = runner.invoke(app, ["trace", "budget 2013", "--db", str(db), "--json"])
    assert len(json.loads(data.stdout)["events"]) == 2
    result = runner.invoke(app, ["trace", "budget 2013", "--db", str(db)], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Timeline: budget 2013 (1 event)\n")
    [block] = result.stdout.split("\n\n")[1:]
    assert block.startswith("2012 · introduced · budget 2013")
    assert block.splitlines()[-1] == f"  Also in: {REFERAT_PDF.name}, p. 7"
