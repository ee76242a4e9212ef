"""bench/blind.py: a blind set kept in the repository as one sealed archive, measured by counts only."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bench.blind import archive, measure, seal, unseal

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="the seal is the openssl command line's")

TEXT = "Principprogram for Venstre\n\nSkat\n\nVenstre vil afskaffe topskatten.\n\nSamfundet ændrer sig hele tiden.\n"
GOLD = {"doc_type": "other", "lineage_events": [
    {"event": "planned", "subject": "topskatten", "evidence": "Venstre vil afskaffe topskatten.", "year": None,
     "actor": "Venstre"}]}


def _set(folder: Path) -> Path:
    folder.mkdir()
    (folder / "x01.txt").write_text(TEXT, encoding="utf-8")
    (folder / "x01.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    (folder / "README.md").write_text("a blind set\n", encoding="utf-8")
    return folder


def test_the_archive_hides_the_labels_and_opens_to_the_same_files(tmp_path: Path) -> None:
    folder = _set(tmp_path / "set")
    sealed = seal(folder, "t", tmp_path / "store")
    assert sealed == archive("t", tmp_path / "store")
    assert b"topskatten" not in sealed.read_bytes() and b"gold" not in sealed.read_bytes()
    (tmp_path / "open").mkdir()
    opened = unseal("t", tmp_path / "open", tmp_path / "store")
    assert sorted(p.name for p in opened) == ["README.md", "x01.gold.json", "x01.txt"]
    assert all(p.read_bytes() == (folder / p.name).read_bytes() for p in opened)


def test_measure_prints_figures_and_counts_never_a_sentence(tmp_path: Path) -> None:
    seal(_set(tmp_path / "set"), "t", tmp_path / "store")
    printed = measure("t", tmp_path / "store")
    assert printed.splitlines()[0] == "blind set t: 1 texts"
    assert [line.split()[0] for line in printed.splitlines()[1:6]] == ["all", "doc", "indicators", "kommuner", "lineage"]
    assert printed.splitlines()[-1].startswith("lineage by sentence: gold 1 | predicted 1 | found 1 | same kind 1 |")
    assert "topskatten" not in printed and "Samfundet" not in printed


def test_a_folder_with_no_gold_is_not_sealed(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    (folder / "x01.txt").write_text(TEXT, encoding="utf-8")
    with pytest.raises(SystemExit, match="no <id>.gold.json"):
        seal(folder, "t", tmp_path / "store")


def test_readers_counts_the_sets_events_by_reader(tmp_path: Path) -> None:
    from bench.blind import readers

    seal(_set(tmp_path / "set"), "t", tmp_path / "store")
    table = readers("t", tmp_path / "store").splitlines()
    # events, in a gold sentence, precision, of the gold's kind, with a subject the scorer accepts, gold events found
    assert table[1].split()[:2] == ["clauses.clause_events", "[lex"]
    assert table[1].split()[-6:] == ["1", "1", "1.00", "1", "1", "1"]
    assert table[-1].split() == ["all", "1", "1", "1.00", "1", "1", "1", "of", "1"]
