"""Strict CLI input (issue 17): each mistyped value is a usage error naming what is valid;
reads never create a store; missing paths and unread files are named; progress lines
off a terminal; readable stats; CSV for Excel."""
from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from knowledge.cli import app
from knowledge.cli_checks import stats_lines

runner = CliRunner()
# Two answers (BEU 2016-17, UUI 2017-18) and one question (BEU 2021-22): enough for every check.
FILES = ("seeds/000_d0d93f54edcaac31.txt", "ft_qa/uui-2017-18-spm215-svar.txt", "ft_qa/beu-2021-22-l94-spm23-spm.txt")


@pytest.fixture(scope="module")
def db(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("checks")
    files = [corpus / f for f in FILES if (corpus / f).exists()]
    assert len(files) == len(FILES), "the corpus files moved"
    result = runner.invoke(app, ["ingest", *map(str, files), "--db", str(folder / "s.db")])
    assert result.exit_code == 0, result.output
    return folder / "s.db"


def invoke(*args: str) -> object:
    return runner.invoke(app, list(args))


@pytest.mark.parametrize("command", [["search", "måltal"], ["stats"], ["trace", "måltal"],
                                     ["export", "indicators"], ["export", "answers"]])
def test_a_read_with_a_mistyped_db_creates_nothing(tmp_path: Path, command: list[str]) -> None:
    target = tmp_path / "typo" / "sporbar.db"
    result = invoke(*command, "--db", str(target))
    assert result.exit_code == 2
    assert "does not exist" in result.stderr and "sporbar ingest" in result.stderr
    assert not target.parent.exists()


def test_kind_takes_the_apps_danish_labels(db: Path) -> None:
    english = json.loads(invoke("search", "ministeren", "--db", str(db), "--kind", "answer", "--json").stdout)
    danish = json.loads(invoke("search", "ministeren", "--db", str(db), "--kind", "svar", "--json").stdout)
    assert english and danish == english and {h["kind"] for h in danish} == {"answer"}


def test_an_unknown_kind_lists_the_valid_ones(db: Path) -> None:
    result = invoke("search", "ministeren", "--db", str(db), "--kind", "svarbrev")
    assert result.exit_code == 2
    assert "unknown kind 'svarbrev'" in result.stderr and "answer" in result.stderr and "svar" in result.stderr


def test_an_unknown_udvalg_lists_the_stores_with_names(db: Path) -> None:
    result = invoke("search", "ministeren", "--db", str(db), "--udvalg", "BEUX")
    assert result.exit_code == 2
    assert "no udvalg 'BEUX'" in result.stderr and "BEU (Beskæftigelsesudvalget)" in result.stderr
    by_name = invoke("search", "ministeren", "--db", str(db), "--udvalg", "beskæftigelsesudvalget", "--json")
    assert by_name.exit_code == 0 and json.loads(by_name.stdout)


def test_an_unknown_samling_lists_the_stores(db: Path) -> None:
    result = invoke("search", "ministeren", "--db", str(db), "--samling", "1999-00")
    assert result.exit_code == 2
    assert "no samling '1999-00'" in result.stderr and "2016-17" in result.stderr
    assert invoke("search", "ministeren", "--db", str(db), "--samling", "2016").exit_code == 0  # a prefix


def test_table_exports_check_udvalg_too(db: Path) -> None:
    result = invoke("export", "answers", "--db", str(db), "--udvalg", "XYZ")
    assert result.exit_code == 2 and "no udvalg 'XYZ'" in result.stderr


def test_ingest_of_a_missing_path_says_so(tmp_path: Path) -> None:
    result = invoke("ingest", "/no/such/path", "--db", str(tmp_path / "s.db"))
    assert result.exit_code == 1
    assert "skipped /no/such/path: no such file or folder; check that the path exists" in result.stderr
    assert "unsupported file type" not in result.stderr
    assert not (tmp_path / "s.db").exists()


def test_unsupported_files_in_a_folder_are_counted_and_named(corpus: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(corpus / FILES[0], folder)
    (folder / "notat.rtf").write_bytes(b"PK\x03\x04")
    (folder / "tal.xlsx").write_bytes(b"PK\x03\x04")
    # A corpus's companions are not unread documents: its manifest, a document's metadata sidecar.
    (folder / "manifest.csv").write_text("id,file\n", encoding="utf-8")
    (folder / (Path(FILES[0]).name.rsplit(".", 1)[0] + ".meta.json")).write_text("{}", encoding="utf-8")
    (folder / "orphan.meta.json").write_text("{}", encoding="utf-8")
    result = invoke("ingest", str(folder), "--db", str(tmp_path / "s.db"))
    assert result.exit_code == 0, result.stderr
    line = next(x for x in result.stderr.splitlines() if x.startswith("not read:"))
    assert line.startswith("not read: 3 file(s) of unsupported types:")
    assert "notat.rtf" in line and "tal.xlsx" in line and "orphan.meta.json" in line
    assert "manifest.csv" not in line
    # Not on a terminal: progress as one log line per file.
    assert f"ingesting 1/1: {Path(FILES[0]).name}" in result.stderr


def test_stats_is_readable_and_json(db: Path) -> None:
    text = invoke("stats", "--db", str(db))
    assert text.exit_code == 0
    assert "answers" in text.stdout and "{" not in text.stdout and "policy" not in text.stdout
    data = json.loads(invoke("stats", "--db", str(db), "--json").stdout)
    assert data["documents"] == len(FILES)


def test_stats_lines_name_kinds_and_ingests() -> None:
    lines = stats_lines({"db": "x.db", "schema_version": 4, "documents": 3,
                         "documents_by_kind": {"answer": 2, "policy": 1}, "records_by_type": {"LineageEvent": 5},
                         "last_ingest": {"started": "2026-12-03T10:40:36+00:00", "finished": "2026-12-03T10:41:00+00:00",
                                         "loaded": 3, "unchanged": 0, "skipped": 0}, "skipped": []})
    assert lines == ["Store: x.db (schema version 4)", "Documents: 3", "        2  answers",
                     "        1  ministry and policy documents", "Records: 5", "        5  lineage events",
                     "Last ingest: 2026-12-03 10:40 UTC to 2026-12-03 10:41 UTC: loaded 3, unchanged 0, skipped 0"]


def test_export_indicators_for_excel(db: Path) -> None:
    plain = invoke("export", "indicators", "--db", str(db), "--format", "csv")
    excel = invoke("export", "indicators", "--db", str(db), "--format", "csv", "--excel")
    assert excel.exit_code == 0 and excel.stdout.startswith("\ufeffid;kind;")
    assert list(csv.reader(io.StringIO(excel.stdout.lstrip("\ufeff")), delimiter=";")) \
        == list(csv.reader(io.StringIO(plain.stdout)))
    assert invoke("export", "indicators", "--db", str(db), "--excel").exit_code == 2  # json has no Excel form


def test_extract_of_only_missing_files_exits_with_the_read_error_code(corpus: Path) -> None:
    from extract.errors import UnreadableFile

    result = invoke("extract", "/no/such.pdf")
    assert result.exit_code == UnreadableFile.exit_code and "no such file or folder" in result.stderr
    mixed = invoke("extract", "/no/such.pdf", str(corpus / FILES[0]), "--json")
    assert mixed.exit_code == 1 and json.loads(mixed.stdout)["document_id"]


def test_a_read_with_a_db_under_a_file_is_a_store_error(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    result = invoke("stats", "--db", str(tmp_path / "notes.txt" / "s.db"))
    assert result.exit_code == 11 and "is a file, not a folder" in result.stderr


def test_a_missing_path_beside_good_files_is_counted_as_skipped(corpus: Path, tmp_path: Path) -> None:
    good = str(corpus / FILES[0])
    result = invoke("extract", "/no/such.pdf", good, "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "skipped /no/such.pdf: no such file or folder; check that the path exists" in result.stderr
    assert "extracted 1 file(s), skipped 1" in result.stderr and "skipped 0" not in result.stderr
    assert [p.name for p in (tmp_path / "out").iterdir()] == [Path(FILES[0]).stem + ".json"]
    loaded = invoke("ingest", "/no/such.pdf", good, "--db", str(tmp_path / "s.db"))
    assert loaded.exit_code == 1
    assert "skipped /no/such.pdf: no such file or folder" in loaded.stderr
    assert "loaded 1 file(s), unchanged 0, skipped 1" in loaded.stderr


def test_only_missing_paths_are_all_counted(tmp_path: Path) -> None:
    from extract.errors import UnreadableFile

    result = invoke("extract", "/no/such.pdf", "/no/such.txt", "--out", str(tmp_path / "out"))
    assert result.exit_code == UnreadableFile.exit_code
    assert "skipped /no/such.txt: no such file or folder" in result.stderr
    assert "extracted 0 file(s), skipped 2" in result.stderr
    assert not (tmp_path / "out").exists()


def test_an_unknown_party_lists_the_stores(db: Path) -> None:
    """Like an udvalg: a party no document names was an empty answer ("Ingen resultater")."""
    for command in (["search", "ministeren"], ["export", "answers"]):
        result = invoke(*command, "--db", str(db), "--party", "XX")
        assert result.exit_code == 2, result.output
        assert "no party 'XX' in this store; valid: " in result.stderr and "EL" in result.stderr
    held = json.loads(invoke("search", "ministeren", "--db", str(db), "--party", "el", "--json").stdout)
    assert held and all("EL" in [a["party"] for a in h["asked_by"]] + h["parties"] for h in held)


@pytest.mark.parametrize("command", [["search", "ministeren"], ["export", "answers"]])
def test_a_period_that_ends_before_it_starts_is_a_usage_error(db: Path, command: list[str]) -> None:
    result = invoke(*command, "--db", str(db), "--from", "2018", "--to", "2017")
    assert result.exit_code == 2, result.output
    assert "the period starts (2018-01-01) after it ends (2017-12-31)" in " ".join(result.stderr.split())
    assert invoke(*command, "--db", str(db), "--from", "2017", "--to", "2017").exit_code == 0


def test_stats_says_why_exports_count_fewer_records_than_the_files_hold() -> None:
    """126 files of 118 works: `export indicators` wrote 67 of the 80 definitions stats
    listed, with nothing saying that copies of one text count once."""
    lines = stats_lines({"db": "x.db", "schema_version": 7, "documents": 3, "works": 2,
                         "documents_by_kind": {"answer": 3}, "records_by_type": {"Answer": 3}, "skipped": []})
    assert lines[1:] == ["Documents: 3 files of 2 works (copies of one text, e.g. a .txt and its PDF, count once "
                         "in search, tables and exports)", "        3  answers", "Records: 3 (in all files)",
                         "        3  answers"]


def test_stats_counts_works(corpus: Path, tmp_path: Path) -> None:
    files = [corpus / "seeds" / "000_d0d93f54edcaac31.txt", corpus / "pdf" / "synthetic" / "ministry_letter_seed000_reportlab.pdf"]
    assert invoke("ingest", *map(str, files), "--db", str(tmp_path / "s.db")).exit_code == 0
    data = json.loads(invoke("stats", "--db", str(tmp_path / "s.db"), "--json").stdout)
    assert (data["documents"], data["works"]) == (2, 1)
    assert "Documents: 2 files of 1 works" in invoke("stats", "--db", str(tmp_path / "s.db")).stdout


@pytest.mark.parametrize("query", ["", "  ", "*"])
def test_a_search_for_nothing_is_a_usage_error_unless_filtered(db: Path, query: str) -> None:
    """It printed "0 dokument(er)" and exited 0; with a filter it lists what the filter holds."""
    result = invoke("search", query, "--db", str(db))
    assert result.exit_code == 2
    assert "holds nothing to search for" in " ".join(result.stderr.split())
    listed = invoke("search", query, "--db", str(db), "--udvalg", "UUI", "--json")
    assert listed.exit_code == 0 and [h["udvalg"]["abbrev"] or h["udvalg"]["name"] for h in json.loads(listed.stdout)]
