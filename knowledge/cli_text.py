"""`sporbar text FILE...`: the normalised text a document is read as, page by page.

What search indexes and what quotes are cut from, so users, tests and benchmarks can see
it (like `pdftotext`). Plain output marks each page with a `--- side N ---` line; `--json`
prints one JSON object per file (JSON Lines) with its pages and their text.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from extract.document import Document
from extract.errors import SporbarError, UnreadableFile

from .cli import EXIT_HELP, MaxMb, MaxPages, Ocr, app, note
from .cli_checks import present_paths, unsupported_reported
from .pipeline import iter_files

PAGE_MARKER = "--- side {number} ---"


def page_texts(doc: Document) -> list[tuple[int, str]]:
    """(page number, normalised text) of every page, in order; together they are `doc.text`."""
    bounds = doc.page_bounds()
    starts = [bounds[p.number][0] if p.number in bounds else None for p in doc.pages]
    pages: list[tuple[int, str]] = []
    for i, page in enumerate(doc.pages):
        start = starts[i]
        if start is None:  # a page the normaliser kept nothing of (blank, or only a marker)
            pages.append((page.number, ""))
            continue
        end = next((s for s in starts[i + 1:] if s is not None), len(doc.text))
        pages.append((page.number, doc.text[start:end]))
    return pages


def as_json(path: Path, doc: Document) -> dict[str, Any]:
    return {"source": str(path), "id": doc.id, "media": doc.media, "warnings": list(doc.warnings),
            "pages": [{"number": n, "text": t} for n, t in page_texts(doc)]}


def as_plain(doc: Document) -> str:
    parts = []
    for number, text in page_texts(doc):
        parts.append(PAGE_MARKER.format(number=number) + "\n")
        parts.append(text if not text or text.endswith("\n") else text + "\n")
    return "".join(parts)


@app.command("text", epilog=EXIT_HELP)
def text_command(
    files: Annotated[list[Path], typer.Argument(help="Files or folders to read.", readable=False)],
    json_out: Annotated[bool, typer.Option("--json", help="One JSON object per file: source, id, pages [{number, text}].")] = False,
    max_mb: MaxMb = 25.0,
    max_pages: MaxPages = 400,
    ocr: Ocr = True,
) -> None:
    """Print the normalised text each file is read as, with page markers.

    Bad files are reported on stderr and skipped; the exit code is non-zero only if one
    failed.

    Example: sporbar text corpus/pdf/middelfart_notat_letterhead_2016.pdf --no-ocr
    """
    files, missing = present_paths(files)
    if not files:
        raise typer.Exit(UnreadableFile.exit_code)
    with unsupported_reported(files):
        _print_texts(files, json_out=json_out, max_mb=max_mb, max_pages=max_pages, ocr=ocr)
    if missing:
        raise typer.Exit(1)


def _print_texts(files: list[Path], *, json_out: bool, max_mb: float, max_pages: int, ocr: bool) -> None:
    from extract.load import load

    paths = list(iter_files(files))
    codes: set[int] = set()
    done = 0
    for path in paths:
        try:
            doc = load(path, max_mb=max_mb, max_pages=max_pages, ocr=ocr)
        except SporbarError as exc:
            codes.add(exc.exit_code)
            note("skipped", "red", exc.message)  # a coloured label; the message is never markup
            continue
        for warning in doc.warnings:
            note("warning", "yellow", warning)
        if json_out:
            sys.stdout.write(json.dumps(as_json(path, doc), ensure_ascii=False) + "\n")
        else:
            if len(paths) > 1:
                sys.stdout.write(f"==> {path} <==\n")
            sys.stdout.write(as_plain(doc))
        sys.stdout.flush()
        done += 1
    if codes:
        raise typer.Exit(codes.pop() if done == 0 and len(codes) == 1 else 1)
