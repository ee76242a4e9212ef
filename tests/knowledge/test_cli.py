"""The `sporbar` CLI end to end on the bundled corpus, in a subprocess as users run it."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"


def sporbar(*args: str, db: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "200"}
    if db:
        env["SPORBAR_DB"] = str(db)
    return subprocess.run([sys.executable, "-m", "knowledge.cli", *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=300)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    out = tmp_path_factory.mktemp("pred")
    result = sporbar("extract", str(CORPUS), "--json", "--no-ocr", "--out", str(out))
    return out, result


def test_extract_runs_over_the_whole_corpus(extracted: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    out, result = extracted
    documents = [p for p in CORPUS.rglob("*") if p.suffix in (".txt", ".pdf")]
    written = list(out.glob("*.json"))
    # Only the image-only scans are skipped (OCR switched off to keep the test fast).
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped ")]
    assert all("text layer" in line for line in skipped), skipped
    assert len(written) + len(skipped) == len(documents)
    assert result.returncode == (1 if skipped else 0)
    assert not list(out.glob("*.tmp"))


def test_flat_records_validate_against_the_generated_schema(
        extracted: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    out, _ = extracted
    schema = json.loads(sporbar("schema", "record").stdout)
    for path in out.glob("*.json"):
        record = json.loads(path.read_text(encoding="utf-8"))
        jsonschema.validate(record, schema)
        assert record["doc_type"] in ("question", "answer", "indicator_spec", "letter", "news", "report", "other")


def test_extract_json_to_stdout_and_human_table() -> None:
    seed = CORPUS / "seeds" / "000_d0d93f54edcaac31.txt"
    result = sporbar("extract", str(seed), "--json")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["source"] == str(seed) and record["doc_type"] == "answer"
    table = sporbar("extract", str(seed))
    assert table.returncode == 0 and "doc_type" in table.stdout and "answer" in table.stdout


def test_extract_reports_bad_files_and_carries_on(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text("Svar:\nJeg kan oplyse, at måltal ikke anvendes.\n", encoding="utf-8")
    (tmp_path / "weird.pptx").write_bytes(b"PK")
    result = sporbar("extract", str(tmp_path / "empty.txt"), str(tmp_path / "good.txt"),
                     str(tmp_path / "weird.pptx"), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.startswith("skipped ")]
    assert len(lines) == 2
    assert any("empty.txt: the file is empty" in line for line in lines)
    assert any("weird.pptx: unsupported file type" in line for line in lines)
    assert "extracted 1 file(s), skipped 2" in result.stderr
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["good.json"]


def test_ingest_is_idempotent_and_stats_reports_it(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    first = sporbar("ingest", str(CORPUS / "seeds"), str(CORPUS / "ft_qa"), "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert "loaded 25 file(s), unchanged 0, skipped 0" in first.stderr
    second = sporbar("ingest", str(CORPUS / "seeds"), db=db)  # via SPORBAR_DB
    assert "loaded 0 file(s), unchanged 5, skipped 0" in second.stderr
    stats = json.loads(sporbar("stats", "--json", "--db", str(db)).stdout)
    assert stats["documents"] == 25 and stats["last_ingest"]["unchanged"] == 5
    assert stats["records_by_type"].get("Answer", 0) + stats["records_by_type"].get("Question", 0) >= 19


def test_every_help_ends_with_an_example() -> None:
    main = sporbar("--help")
    assert main.returncode == 0 and "Exit codes:" in main.stdout
    for command in ("extract", "ingest", "stats", "app"):
        text = sporbar(command, "--help").stdout.strip()
        assert "Example: sporbar " + command in text, command


def test_a_single_bad_file_exits_with_its_own_code(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert sporbar("extract", str(empty)).returncode == 5
    good = CORPUS / "seeds" / "000_d0d93f54edcaac31.txt"
    assert sporbar("extract", str(empty), str(good), "--out", str(tmp_path / "o")).returncode == 1
