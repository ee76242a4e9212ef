"""Reading the package's cited CSV files: `#` lines are comments naming the source."""
from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources


def table_rows(package: str, *path: str, delimiter: str = ",",
               quoting: int = csv.QUOTE_MINIMAL) -> tuple[dict[str, str], ...]:
    """The data rows of a cited table shipped in `package` (CSV or, with delimiter="\t",
    TSV): blank lines and `#` comment lines (the source notes) left out. Every data file of
    the project is read through here, so the format is defined once."""
    text = resources.files(package).joinpath(*path).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple(dict(row) for row in csv.DictReader(lines, delimiter=delimiter, quoting=quoting))  # type: ignore[call-overload]


@lru_cache(maxsize=None)
def rows(filename: str) -> tuple[dict[str, str], ...]:
    """The data rows of `danish/data/<filename>`, comment lines left out."""
    return table_rows("danish", "data", filename)


def header(filename: str) -> list[str]:
    """The comment lines at the top of a data file (its source note)."""
    text = resources.files("danish").joinpath("data", filename).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.startswith("#")]
