"""`sporbar text`: the normalised text a document is read as, with page markers; and
search finding the words issue 11 found missing."""
from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from extract.load import load
from knowledge.cli import app
from knowledge.search import search
from knowledge.store import Store

runner = CliRunner()


def test_text_prints_each_page_after_its_marker(corpus: Path) -> None:
    path = corpus / "pdf" / "synthetic" / "ministry_letter_seed000_reportlab.pdf"
    result = runner.invoke(app, ["text", str(path), "--no-ocr"])
    assert result.exit_code == 0, result.output
    doc = load(path, ocr=False)
    _, page1, page2 = result.stdout.split("--- side ")
    assert page1.startswith("1 ---\n") and page2.startswith("2 ---\n")
    assert page1.removeprefix("1 ---\n").rstrip("\n") == doc.page_text(1).rstrip("\n")
    assert "Beskæftigelsesudvalget har i brev af 31. august 2017 stillet følgende spørgsmål nr. 558" in page1
    assert "Troels Lund Poulsen" in page2


def test_text_json_gives_pages_that_make_up_the_document(corpus: Path) -> None:
    path = corpus / "pdf" / "ballerup_kvalitetsstandarder_rusmiddel_2013.pdf"
    result = runner.invoke(app, ["text", str(path), "--json", "--no-ocr"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["source"] == str(path) and data["media"] == "pdf"
    assert [p["number"] for p in data["pages"]] == list(range(1, 24))
    assert "".join(p["text"] for p in data["pages"]) == load(path, ocr=False).text
    page3 = data["pages"][2]["text"]
    assert "beskrive serviceniveauet på stofmisbrugsbehandlingsområdet og" in page3


def test_text_reports_a_bad_file_and_goes_on(corpus: Path, tmp_path: Path) -> None:
    empty = tmp_path / "tom.pdf"
    empty.write_bytes(b"")
    good = corpus / "ft_qa" / "beu-2022-23-2s-spm61-svar.txt"
    result = runner.invoke(app, ["text", str(empty), str(good), "--json"])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and str(empty) in errors[0] and "empty" in errors[0]
    pages = json.loads(result.stdout)["pages"]
    assert pages[0]["text"].startswith("Beskæftigelsesudvalget 2022-23 (2. samling)")


def test_text_of_a_scan_without_ocr_exits_with_the_scan_code(corpus: Path) -> None:
    result = runner.invoke(app, ["text", str(corpus / "pdf" / "ballerup_ejendomsoversigt_scan_p1-2.pdf"), "--no-ocr"])
    assert result.exit_code == 8 and "text layer" in result.stderr and result.stdout == ""


def test_search_finds_words_that_pdfs_hold(corpus: Path, tmp_path: Path) -> None:
    # issue 11: both searches found nothing while the loader split the words
    with Store(tmp_path / "pdf.db") as store:
        report = store.ingest([corpus / "pdf" / "ballerup_kvalitetsstandarder_rusmiddel_2013.pdf",
                               corpus / "pdf" / "trekantbrand_email_med_bilag_2017.pdf"])
        assert report.ok
        first = search(store, "stofmisbrugsbehandlingsområdet").hits
        second = search(store, "programpakken").hits
    assert [Path(h["source"]).name for h in first] == ["ballerup_kvalitetsstandarder_rusmiddel_2013.pdf"]
    assert [Path(h["source"]).name for h in second] == ["trekantbrand_email_med_bilag_2017.pdf"]


def test_warnings_and_skips_are_plain_labelled_lines_on_stderr(corpus: Path, tmp_path: Path) -> None:
    # Reviewer, session 4: a literal "[yellow]warning[/yellow]" was printed (markup is off).
    legacy = tmp_path / "redegoerelse_cp1252.txt"  # seed 003 as an old Windows editor saved it
    legacy.write_bytes((corpus / "seeds" / "003_85cc670bf6a80336.txt").read_text(encoding="utf-8")
                       .encode("cp1252", errors="replace"))
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    result = runner.invoke(app, ["text", str(legacy), str(broken), "--no-ocr"])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0] == (f"warning {legacy}: not UTF-8, decoded as Windows-1252/Latin-1; "
                        "re-save as UTF-8 to be sure")
    assert lines[1].startswith(f"skipped {broken}") and "[" not in result.stderr
    assert "Der blev indført ressourceforløb" in result.stdout  # the text itself, decoded right
