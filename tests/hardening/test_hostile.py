"""Hostile files: each gives one clear line (file, problem, what to do); batches finish."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from extract import errors
from extract.load import load
from knowledge.store import Store

from .conftest import run_sporbar
from .hostile import DANISH, HOSTILE, REAL_TEXT

EXPECTED = {maker.__name__: error for maker, error in HOSTILE}
FAILING = sorted(name for name, error in EXPECTED.items() if error is not None)


@pytest.mark.parametrize("name", FAILING)
def test_bad_file_raises_its_documented_error_with_advice(hostile_dir: dict[str, Path], name: str) -> None:
    path = hostile_dir[name]
    with pytest.raises(errors.SporbarError) as info:
        load(path)
    assert type(info.value) is EXPECTED[name]
    message = info.value.message
    assert "\n" not in message
    assert message.startswith(f"{path}: ")  # the file ...
    problem, _, advice = message[len(str(path)) + 2:].partition("; ")
    assert problem and advice  # ... what is wrong; what to do
    assert info.value.exit_code in errors.EXIT_CODES


def test_scan_without_ocr_needs_ocr(hostile_dir: dict[str, Path]) -> None:
    with pytest.raises(errors.NeedsOcr, match="text layer"):
        load(hostile_dir["image_only_pdf"], ocr=False)


def test_blank_pdf_is_empty_not_a_scan(tmp_path: Path) -> None:
    import pikepdf

    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.add_blank_page()
    pdf.save(tmp_path / "blank.pdf")
    with pytest.raises(errors.EmptyDocument, match="blank PDF"):
        load(tmp_path / "blank.pdf")


def test_lying_page_count_is_read_by_its_real_pages(hostile_dir: dict[str, Path]) -> None:
    doc = load(hostile_dir["pdf_lying_page_count"])
    assert len(doc.pages) == 1 and "Dato: 20. november 2012" in doc.text


@pytest.mark.parametrize("name", ["latin1_text", "utf16_text", "utf16_no_bom"])
def test_non_utf8_text_is_decoded(hostile_dir: dict[str, Path], name: str) -> None:
    doc = load(hostile_dir[name])
    assert doc.text.startswith(DANISH.strip())
    assert "\ufffd" not in doc.text and "\x00" not in doc.text
    if name != "utf16_text":  # a BOM says what it is; a guess is reported
        assert len(doc.warnings) == 1 and "UTF-8" in doc.warnings[0]


def test_html_scripts_frames_and_javascript_never_reach_the_text(hostile_dir: dict[str, Path]) -> None:
    doc = load(hostile_dir["hostile_html"])
    assert doc.text.startswith("Svar på spørgsmål nr. 12")
    assert "Ministeren svarer: se bilag." in doc.text
    for marker in ("SCRIPTED", "IFRAMED", "STYLED", "ONLOAD", "IMGERR", "javascript", "evil.example", "<"):
        assert marker not in doc.text


def test_size_and_page_limits_are_options(hostile_dir: dict[str, Path]) -> None:
    with pytest.raises(errors.TooLarge, match="over the limit of 10 MB"):
        load(hostile_dir["huge_text"], max_mb=10)
    with pytest.raises(errors.TooLarge, match="500 pages, over the limit of 100"):
        load(hostile_dir["pdf_500_pages"], max_pages=100)
    assert len(load(hostile_dir["pdf_500_pages"], max_pages=500).pages) == 500


# In batches OCR is off (--no-ocr), so the scan is reported as needing it.
BATCH_ERROR = {**EXPECTED, "image_only_pdf": errors.NeedsOcr}


def _hostile_batch(hostile_dir: dict[str, Path]) -> list[Path]:
    # A directory named on the command line is read as a folder (here: an empty one).
    return [p for n, p in hostile_dir.items() if n != "directory_named_txt"]


@pytest.mark.slow
def test_cli_extract_reports_each_bad_file_once_and_finishes(hostile_dir: dict[str, Path], tmp_path: Path) -> None:
    files = _hostile_batch(hostile_dir)
    good = [p for p in files if BATCH_ERROR[_name(hostile_dir, p)] is None]
    bad = [p for p in files if p not in good]
    result = run_sporbar("extract", *map(str, files), "--out", str(tmp_path / "out"), "--no-ocr")
    assert result.returncode == 1, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("skipped ")]
    assert sorted(lines) == sorted(f"skipped {_message(p)}" for p in bad)
    assert f"extracted {len(good)} file(s), skipped {len(bad)}" in result.stderr
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == sorted(f"{p.stem}.json" for p in good)  # no .tmp left behind


@pytest.mark.slow
def test_cli_ingest_counts_bad_files_and_stats_lists_them(hostile_dir: dict[str, Path], tmp_path: Path) -> None:
    files = _hostile_batch(hostile_dir)
    bad = [p for p in files if BATCH_ERROR[_name(hostile_dir, p)] is not None]
    db = tmp_path / "h.db"
    result = run_sporbar("ingest", *map(str, files), "--db", str(db), "--no-ocr")
    assert result.returncode == 1
    assert f"skipped {len(bad)}" in result.stderr
    stats = json.loads(run_sporbar("stats", "--db", str(db), "--json").stdout)
    assert stats["documents"] == len(files) - len(bad)
    assert sorted(s["path"] for s in stats["skipped"]) == sorted(map(str, bad))
    assert stats["last_ingest"]["skipped"] == len(bad) and stats["last_ingest"]["finished"]


def test_help_documents_exit_codes() -> None:
    result = run_sporbar("--help")
    assert result.returncode == 0
    for code, meaning in errors.EXIT_CODES.items():
        assert f"{code} {meaning}" in " ".join(result.stdout.split())


def test_unreadable_file_in_a_folder_is_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    secret = folder / "a_secret.txt"
    secret.write_text(DANISH, encoding="utf-8")
    secret.chmod(0)
    (folder / "b_ok.txt").write_bytes(REAL_TEXT.read_bytes())
    for directory in (tmp_path, folder):
        directory.chmod(0o755)
    result = run_sporbar("extract", str(folder), "--out", str(tmp_path / "out"), drop_root=True)
    assert result.returncode == 1, result.stderr
    assert f"skipped {secret}: permission denied; make it readable" in result.stderr
    assert "extracted 1 file(s), skipped 1" in result.stderr
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["b_ok.json"]


def test_unreadable_file_named_on_the_command_line_is_skipped(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(DANISH, encoding="utf-8")
    secret.chmod(0)
    tmp_path.chmod(0o755)
    result = run_sporbar("extract", str(secret), str(REAL_TEXT), "--out", str(tmp_path / "out"), drop_root=True)
    assert result.returncode == 1, result.stderr
    assert f"skipped {secret}: permission denied" in result.stderr


def test_file_that_disappears_mid_batch_is_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    names = ["a.txt", "b.txt", "c.txt"]
    for i, name in enumerate(names):
        (folder / name).write_text(f"{DANISH}Dokument {i}.\n", encoding="utf-8")

    def vanish(path: Path) -> None:
        if path.name == "a.txt":
            (folder / "b.txt").unlink()  # listed already, gone before it is read

    with Store(tmp_path / "s.db") as store:
        # The CLI lists a folder's files before it starts, as here.
        report = store.ingest(sorted(folder.iterdir()), progress=vanish)
        assert [Path(p).name for p in report.loaded] == ["a.txt", "c.txt"]
        assert len(report.skipped) == 1
        path, reason = report.skipped[0]
        assert path == str(folder / "b.txt") and "does not exist" in reason
        assert store.stats()["skipped"][0]["path"] == path


def test_a_parser_bug_is_a_skipped_file_not_a_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import knowledge.store as store_module

    real = store_module.extract_path

    def flaky(path: Path, **kwargs: object):  # noqa: ANN202
        if path.name == "bad.txt":
            raise ZeroDivisionError("simulated parser bug")
        return real(path, **kwargs)

    monkeypatch.setattr(store_module, "extract_path", flaky)
    (tmp_path / "bad.txt").write_text(DANISH + "x\n", encoding="utf-8")
    (tmp_path / "good.txt").write_bytes(REAL_TEXT.read_bytes())
    with Store(tmp_path / "s.db") as store:
        report = store.ingest([tmp_path / "bad.txt", tmp_path / "good.txt"])
        assert [Path(p).name for p in report.loaded] == ["good.txt"]
        assert "internal error" in report.skipped[0][1] and "ZeroDivisionError" in report.skipped[0][1]


def _name(hostile_dir: dict[str, Path], path: Path) -> str:
    return next(n for n, p in hostile_dir.items() if p == path)


def _message(path: Path) -> str:
    try:
        load(path, ocr=False)
    except errors.SporbarError as exc:
        return exc.message
    raise AssertionError(f"{path} loaded")


def test_hostile_set_is_what_it_claims(hostile_dir: dict[str, Path]) -> None:
    assert hostile_dir["zero_byte"].stat().st_size == 0
    assert hostile_dir["huge_text"].stat().st_size >= 50 * 1024 * 1024
    assert hostile_dir["encrypted_pdf"].read_bytes().count(b"/Encrypt") >= 1
    assert os.path.isdir(hostile_dir["directory_named_txt"])
