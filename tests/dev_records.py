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

import re
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


# The letter text fields keep a word's line-break hyphen as printed, the break a space ("førtids- pension": ft_qa
# README, text fields are verbatim), as the normaliser finds one: a lower-case word part, a hyphen, and a lower-case
# word that is not the "og"/"eller" of a suspended compound ("Sundheds- og"). A copy printed in other lines (a
# ministry's PDF, a scan) breaks its words elsewhere: where a line breaks is the layout's, the words are the same.
_LINE_BREAK_HYPHEN = re.compile(r"(?<=[a-zæøåäöüé])- (?!(?:og|eller|samt|til|and|or)\b)(?=[a-zæøåäöüé])")
TEXT_FIELDS = ("question_text", "answer_text")


def hyphens_joined(text: str) -> str:
    """A text field with its line-break hyphens joined: "førtids- pension" as "førtidspension"."""
    return _LINE_BREAK_HYPHEN.sub("", text)


def words_joined(record: dict[str, object]) -> dict[str, object]:
    """The record with its text fields' line-break hyphens joined, every other field exactly as it is: what a copy of
    a letter laid out in other lines must give as the letter does."""
    return {k: hyphens_joined(v) if k in TEXT_FIELDS and isinstance(v, str) else v for k, v in record.items()}
