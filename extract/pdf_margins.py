"""Layout that is no text of the page: running headers repeated atop every page, printed page
numbers (folios) and a word processor's margin line numbers, found by geometry across the document."""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .pdf_letterhead import strip_footer
from .pdf_runs import Run

if TYPE_CHECKING:  # RawPage is pdf_layout's, which imports this module: for the type checker only
    from .pdf_layout import RawPage


def drop_repeats(pages: list[str]) -> list[str]:
    """Remove running headers/footers: lines repeated at the top of every later page."""
    if len(pages) < 2:
        return [strip_footer(p) for p in pages]
    first = pages[0].split("\n")[:4]
    cleaned = [strip_footer(pages[0])]
    for text in pages[1:]:
        lines = text.split("\n")
        while lines and lines[0].strip() and lines[0] in first:
            lines.pop(0)
        cleaned.append(strip_footer("\n".join(lines)))
    return cleaned


# Printed page numbers (folios) are layout, not text: left in the flow they sit between
# the halves of a sentence, or of a hyphenated word, running across a page break
# ("kompetencegi- 78. 79. vende", dansk_folkeparti p. 40). A folio is found by geometry
# across the document, not by its look alone (a lone "3" may be a table cell):
#   - a run that is only a number ("12", "78.") on a line of only such runs,
#   - below every other run of its page (the foot) or above every one (the head),
#   - and another page has one at the same place (x and y within FOLIO_PLACE points)
#     whose number differs by `step` per page: 1 for one printed page per PDF page (also
#     when only odd pages are numbered), 2 for a spread of two printed pages.
# Attested (corpus/pdf, corpus/pdf_more; tests/extract/test_pdf_folios.py):
FOLIO_ATTESTED: tuple[tuple[str, str], ...] = (
    ("Kristianuruplarsen__Partiprogrammer__SF.pdf", "foot, centred, 1..5"),
    ("Kristianuruplarsen__Partiprogrammer__liberal_alliance.pdf", "foot, right, odd pages 1, 3, 5 ..."),
    ("Kristianuruplarsen__Partiprogrammer__dansk_folkeparti.pdf", "foot of a 2-up spread, 4. 5. / 6. 7. ..."),
    ("dikurevy__Forening__vedtaegter.pdf", "foot, centred, 1..6"),
    ("syddjurs_politik_kultur_fritid_2009.pdf", "foot, centred, from p. 2: 1, 2, 3 ..."),
    ("star_jobindsats_api_eksempler_2022.pdf", "foot, centred, from p. 2: 1, 2, 3 ..."),
)
_FOLIO = re.compile(r"\d{1,4}\.?")
FOLIO_PLACE = 3.0
FOLIO_STEPS = (1, 2)


def _folio_candidates(runs: list[Run]) -> list[tuple[Run, int]]:
    """Runs that could be the page's folio: a number alone on its line at the foot or head."""
    if any(r.line < 0 for r in runs):
        return []  # OCR words: their boxes are the scan's, read apart
    numbers = [r for r in runs if _FOLIO.fullmatch(r.text.strip())]
    if not numbers:
        return []
    others = [r for r in runs if not _FOLIO.fullmatch(r.text.strip())]
    if not others:
        return []
    lowest, highest = min(o.bottom for o in others), max(o.top for o in others)
    found = []
    for run in numbers:
        level = [o for o in others if o.bottom - 1 <= (run.top + run.bottom) / 2 <= o.top + 1]
        if not level and (run.top < lowest + 0.5 or run.bottom > highest - 0.5):
            found.append((run, int(run.text.strip().rstrip("."))))
    return found


#: how many pages before and after a folio candidate may confirm it
FOLIO_REACH = 3


def mark_folios(pages: list[RawPage]) -> list[set[int]]:
    """For each page, the ids of its runs that are folios (see FOLIO_ATTESTED)."""
    candidates = [_folio_candidates(p.runs) for p in pages]
    marked: list[set[int]] = [set() for _ in pages]
    for i, found in enumerate(candidates):
        for run, value in found:
            # confirmed by a near page (a chapter page or every other page may go unnumbered):
            # comparing with every page would cost pages² on a long document of numbers
            for j in range(max(0, i - FOLIO_REACH), min(len(candidates), i + FOLIO_REACH + 1)):
                other = candidates[j]
                if j == i:
                    continue
                if any(abs(o.left - run.left) <= FOLIO_PLACE and abs(o.top - run.top) <= FOLIO_PLACE
                       and any(v - value == (j - i) * step for step in FOLIO_STEPS) for o, v in other):
                    marked[i].add(id(run))
                    break
    return marked


# Margin line numbers are layout too: a word processor's line numbering prints an integer
# "before each column of text", on every line or on every N-th ("countBy"), restarting per
# page or running on (ECMA-376 Part 1, lnNumType: the setting Word and LibreOffice write;
# drafts number their lines so that amendments can cite "linje 12"). Left in the flow each
# one opens its line ("3 Kommunen skal ..."). A page's line numbers are found by geometry:
#   - runs that are only an integer, in the left margin (left of every other run of the
#     page) and aligned in one column (left or right edges within FOLIO_PLACE points),
#   - at least LINE_NUMBERS_MIN of them, each level with a line of text,
#   - rising down the page by one constant step, with at most step - 1 text lines between
#     two of them (a numbered list's item running over two lines is no line numbering).
# Attested by the convention and two samples of its two shapes (tests/extract/test_pdf_folios.py):
# every line numbered, restarting per page; every fifth line numbered, running on across pages.
_LINE_NUMBER = re.compile(r"\d{1,5}")
LINE_NUMBERS_MIN = 4


def line_number_runs(runs: list[Run]) -> set[int]:
    """The ids of the runs that are the page's margin line numbers (see above)."""
    if any(r.line < 0 for r in runs):
        return set()  # OCR words: their boxes are the scan's, read apart
    numbers = [r for r in runs if _LINE_NUMBER.fullmatch(r.text.strip())]
    others = [r for r in runs if r.text.strip() and not _LINE_NUMBER.fullmatch(r.text.strip())]
    if len(numbers) < LINE_NUMBERS_MIN or not others:
        return set()
    margin = min(o.left for o in others)
    column = sorted((r for r in numbers if r.right < margin), key=lambda r: -r.top)
    if len(column) < LINE_NUMBERS_MIN or not (
            max(r.left for r in column) - min(r.left for r in column) <= FOLIO_PLACE
            or max(r.right for r in column) - min(r.right for r in column) <= FOLIO_PLACE):
        return set()
    values = [int(r.text.strip()) for r in column]
    step = values[1] - values[0]
    if step < 1 or any(b - a != step for a, b in zip(values, values[1:])):
        return set()
    # the page's text lines by their middles, bottom first (bisect: a page of thousands of
    # runs is read in n log n, not n²)
    middles = sorted({round((o.top + o.bottom) / 2, 1) for o in others})

    def lines_within(low: float, high: float) -> int:
        return bisect.bisect_right(middles, high) - bisect.bisect_left(middles, low)

    if sum(lines_within(r.bottom - 2, r.top + 2) > 0 for r in column) < LINE_NUMBERS_MIN:
        return set()
    for upper, lower in zip(column, column[1:]):
        if lines_within(lower.top + 2.001, upper.bottom - 2.001) > step - 1:
            return set()
    return {id(r) for r in column}
