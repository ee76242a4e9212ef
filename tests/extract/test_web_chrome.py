"""Web-page furniture (extract/data/web_chrome.tsv) is never a title: each class is attested
by at least two corpus texts where it stands as a line of its own, and such a line is
passed over for the heading below it."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from extract.document_titles import heading_of
from tests.attestation import attesting_text

ROOT = Path(__file__).resolve().parents[2]
TABLE = ROOT / "extract" / "data" / "web_chrome.tsv"


def _rows() -> list[dict[str, str]]:
    lines = [line for line in TABLE.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def test_the_table_lists_its_classes() -> None:
    assert [r["class"] for r in _rows()] == ["skip_link"]


@pytest.mark.parametrize("row", _rows(), ids=lambda r: r["class"])
def test_each_class_is_attested_by_two_corpus_texts(row: dict[str, str]) -> None:
    pattern = re.compile(row["pattern"], re.M)
    assert pattern.fullmatch(row["example"])
    stems = row["attested_by"].split(";")
    assert len(stems) >= 2
    for stem in stems:
        lines = [" ".join(line.split()) for line in attesting_text(stem).splitlines()]
        assert any(pattern.fullmatch(line) for line in lines), stem


@pytest.mark.parametrize("chrome", ["Spring over hovedmenu", "Hop til indhold", "Spring til hovedindhold",
                                    "Gå til indhold"])
def test_a_skip_link_is_passed_over_for_the_heading(chrome: str) -> None:
    text = f"{chrome}\n\nNationale mål for folkeskolen\n\nFolkeskolen skal udfordre alle elever."
    found = heading_of(text)
    assert found is not None and found.value == "Nationale mål for folkeskolen"


def test_an_ordinary_heading_is_kept() -> None:
    found = heading_of("Spring i udviklingen af ledigheden\n\nLedigheden faldt i 2019.")
    assert found is not None and found.value == "Spring i udviklingen af ledigheden"
