"""The product's code and data tables hold no control characters. A word boundary written as "\\b" in a regular
expression that is not a raw string is a backspace (U+0008): the pattern then silently never matches. Session 25 wrote
one into nlp/lineage/negation.py this way and found it only by searching for it."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("extract", "nlp", "knowledge", "danish", "bench")
SUFFIXES = {".py", ".csv", ".tsv", ".yaml", ".yml", ".toml"}
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _files() -> list[Path]:
    return sorted(p for package in PACKAGES for p in (ROOT / package).rglob("*")
                  if p.suffix in SUFFIXES and p.is_file() and "__pycache__" not in p.parts)


def test_no_control_character_in_code_or_tables() -> None:
    files = _files()
    assert len(files) > 100  # the packages were found
    found = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        hit = CONTROL.search(text)
        if hit is not None:
            found.append(f"{path.relative_to(ROOT)}: U+{ord(hit.group(0)):04X} at line {text.count(chr(10), 0, hit.start()) + 1}")
    assert found == []
