"""Reading the package's cited CSV files: `#` lines are comments naming the source."""
from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def rows(filename: str) -> tuple[dict[str, str], ...]:
    """The data rows of `danish/data/<filename>`, comment lines left out."""
    text = resources.files("danish").joinpath("data", filename).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple(dict(row) for row in csv.DictReader(lines))


def header(filename: str) -> list[str]:
    """The comment lines at the top of a data file (its source note)."""
    text = resources.files("danish").joinpath("data", filename).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.startswith("#")]
