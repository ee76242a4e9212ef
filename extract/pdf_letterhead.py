"""The letterhead column of ministry and kommune letters, taken out of a page's body: a run goes to
the letterhead when it starts right of 0.6 of the page width on a visual line that also has a
body run, or right of 0.7 on its own (recipe A of shared/notes/pdf.md); page-number footers."""
from __future__ import annotations

import re

from .pdf_runs import TAB_GAP, join_lines, join_stream, line_text, group_lines, Run


# Numbers right of the body with no word: a contents page's page numbers ("3", "156."), a table's amounts
# ("1.234", "12,5 %"), which stay in the body; unless shaped as a letterhead column's values level with a body
# line: a journal number ("2022-5074", "2015-6848 + 2015-7012": TRM's J. nr. under its label, ft_qa
# fiu-2021-22-l207-spm6, tru-2019-20-spm33; "16/048363-02"), a document or CVR number of six digits or more
# ("272393", SM's Doknr., sou-2019-20-spm581), a telephone number in groups ("41 71 27 00", "7228 2400").
_LETTERHEAD_NUMBER = re.compile(r"\s*(?:\d{2,4}\s?-\s?\d{2,}\S*(?:\s*\+\s*\d{2,4}\s?-\s?\d{2,}\S*)*|\d{2}/\d{4,}\S*"
                                r"|\d{6,}|\d{2}(?:\s\d{2}){3}|\d{4}\s\d{4})\s*")
_FOOTER = re.compile(r"^\s*(?:Side\s+)?\d{1,3}\s*(?:/|af)\s*\d{1,3}\s*$|^\s*Side\s+\d{1,3}\s*$")


def split_columns(runs: list[Run], width: float, height: float | None = None, *,
                  tables: list[tuple[float, float, float, float]] | None = None) -> tuple[str, str, str]:
    """(body above the letterhead, letterhead text, rest of the body) of one page.

    The letterhead block is placed where its first line stands, so the ft.dk stamp at
    the top of the page stays first, as in ft.dk's own text versions. Runs from pdfium
    (`line` set) keep pdfium's reading order in the body; OCR words are read by lines.
    Letters are portrait pages: a landscape page (a 2-up spread of a booklet, a slide)
    has no letterhead column, and its right half is not one. Nor are the right-hand cells
    of a ruled table (`tables`: boxes as (left, bottom, right, top)), nor numbers level with a body
    line that are no letterhead values (a contents page's page numbers, a table's amounts: _LETTERHEAD_NUMBER).
    """
    lines = group_lines(runs)
    stream = bool(runs) and all(r.line >= 0 for r in runs)
    if height is not None and width > height:
        return "", "", join_stream(runs) if stream else join_lines(lines)
    letterhead, body = _columns(lines, width, tables or [], ())
    # A column set flush left (BM's, TRM's letters) is the letterhead's wherever its edge is: its lines
    # between the body's lines, not level with one, are in it too when they start left of 0.7.
    edges = _column_edges(letterhead)
    if edges:
        letterhead, body = _columns(lines, width, tables or [], edges)
    wordy = sum(1 for line in letterhead if re.search(r"[^\W\d_]{3}", line_text(line)))
    tabular = sum(1 for line in lines if len(line) >= 3 and max(
        b.left - a.right for a, b in zip(line, line[1:])) >= TAB_GAP)
    # One stray right-hand run is a page number; numbers alone are a table of contents;
    # many multi-column lines are a table, whose right columns are not a letterhead.
    if wordy < 2 or tabular > 0.2 * len(lines):
        return "", "", join_stream(runs) if stream else join_lines(lines)
    head_top = letterhead[0][0].top
    if stream:
        in_head = {id(r) for line in letterhead for r in line}
        rest = [r for r in runs if id(r) not in in_head]
        above = join_stream([r for r in rest if r.top > head_top + 3])
        below = join_stream([r for r in rest if r.top <= head_top + 3])
        return above, strip_footer(join_lines(letterhead)).strip("\n"), below
    above_lines = [line for line in body if line[0].top > head_top + 3]
    below_lines = [line for line in body if line[0].top <= head_top + 3]
    return join_lines(above_lines), strip_footer(join_lines(letterhead)).strip("\n"), join_lines(below_lines)


def _columns(lines: list[list[Run]], width: float, tables: list[tuple[float, float, float, float]],
             edges: tuple[float, ...]) -> tuple[list[list[Run]], list[list[Run]]]:
    """(letterhead lines, body lines): recipe A, and a run on one of the column's `edges` right of 0.6."""
    letterhead: list[list[Run]] = []
    body: list[list[Run]] = []
    for line in lines:
        left_part = [r for r in line if r.left < 0.6 * width]
        right_part = [r for r in line if r.left >= 0.6 * width and not _in_table(r, tables)]
        if left_part and right_part and not any(ch.isalpha() for r in right_part for ch in r.text) \
                and not all(_LETTERHEAD_NUMBER.fullmatch(r.text) for r in right_part):
            right_part = []  # "3", "12": a contents page's numbers; "1.234": a table's amounts
        taken = {id(r) for r in right_part}
        left_part = [r for r in line if id(r) not in taken]
        if right_part and (left_part or min(r.left for r in right_part) >= 0.7 * width
                           or all(any(abs(r.left - edge) <= _ALIGNED for edge in edges) for r in right_part)):
            letterhead.append(right_part)
            if left_part:
                body.append(left_part)
        else:
            body.append(line)
    return letterhead, body


# Runs whose left edges lie this close (points) stand in one column set flush left.
_ALIGNED = 1.5
# A letterhead column's edge: the left edge of at least this many of its runs.
_COLUMN_RUNS = 3


def _column_edges(letterhead: list[list[Run]]) -> tuple[float, ...]:
    """The left edges that at least _COLUMN_RUNS letterhead runs share (a column set flush left)."""
    lefts = sorted(r.left for line in letterhead for r in line)
    return tuple(edge for k, edge in enumerate(lefts)
                 if (k == 0 or edge - lefts[k - 1] > _ALIGNED)
                 and sum(1 for x in lefts if abs(x - edge) <= _ALIGNED) >= _COLUMN_RUNS)


def _in_table(run: Run, tables: list[tuple[float, float, float, float]]) -> bool:
    x, y = (run.left + run.right) / 2, (run.top + run.bottom) / 2
    return any(left <= x <= right and bottom <= y <= top for left, bottom, right, top in tables)


def strip_footer(text: str) -> str:
    """The text without the lines that are a letter's footer (_FOOTER)."""
    return "\n".join(line for line in text.split("\n") if not _FOOTER.match(line))
