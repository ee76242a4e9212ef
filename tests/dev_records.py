"""The extraction of a bundled corpus text, done once per test process and shared.

Many tests compare a changed copy of a dev text (printed as a PDF or a Word document, renamed, put years
back, its letter head reordered, re-saved) with the record of the text as bundled, or score the dev sets
field by field. The bundled text's own extraction is the same in each of them; before session 16 it was
redone for every copy, every variant and every field scored (the municipal set four times over, each letter
once per reordering and per printing): the nine files that do so took 109 s, 66 s with it shared. Only files
under corpus/ are served from here: the repo's own, which no test writes (a changed copy lives in the test's
tmp_path and is always extracted afresh). The records are immutable (frozen dataclasses and pydantic models),
so one object can be handed to every test; each test still dumps and compares the fields itself.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

from knowledge.pipeline import Extraction, extract_path

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@cache
def _extracted(path: Path, stamp: tuple[tuple[int, int], ...]) -> Extraction:
    return extract_path(path)


def _stamp(path: Path) -> tuple[tuple[int, int], ...]:
    """The text's and its sidecar's (the address the extractor reads) size and time: an edited file is read anew."""
    stats = [p.stat() for p in (path, path.with_suffix(".meta.json")) if p.exists()]
    return tuple((s.st_size, s.st_mtime_ns) for s in stats)


def dev_extraction(path: str | Path) -> Extraction:
    """`extract_path(path)` of a file under corpus/, extracted once per test process."""
    given = Path(path)  # as given: the record's source is the path the test names
    if not given.resolve().is_relative_to(CORPUS):
        raise ValueError(f"{path}: only the bundled corpus is extracted once; extract a copy with extract_path")
    return _extracted(given, _stamp(given))


def fields(extraction: Extraction) -> dict[str, object]:
    """The record as `sporbar extract --json` writes it, without what names the file (its source and content id):
    what a changed copy of a text must give as the text does."""
    flat = extraction.flat.model_dump(mode="json")
    return {k: v for k, v in flat.items() if k not in ("source", "document_id")}


def record_fields(path: str | Path) -> dict[str, object]:
    """`fields` of a file extracted afresh (a changed copy in a test's tmp_path)."""
    return fields(extract_path(path))


def dev_record_fields(path: str | Path) -> dict[str, object]:
    """`fields` of a bundled corpus text, extracted once for all its copies (`dev_extraction`)."""
    return fields(dev_extraction(path))
