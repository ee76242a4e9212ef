"""The shapes the structure finders read lists by: a bullet mark, an item line (bulleted or
numbered), a heading-like line and the paragraph under a heading."""
from __future__ import annotations

import re

from ..list_marks import BULLET
from .finders import Line


#: The list mark at a line's start, if any (extract/list_marks.py), with its space: what a list reader strips.
BULLET_MARK = re.compile(rf"^\s*(?:{BULLET}\s+)?")


#: An item line: a list mark or an item number ("1.", "2)") and its title.
ITEM_LINE = re.compile(rf"^\s*(?:{BULLET}|\d{{1,2}}[.)])\s+(?P<title>\S.*?)\s*$")
# A numbered item line ("1. Flere borgere i job", "2) ..."): its number and its title.
NUMBERED_ITEM = re.compile(r"^\s*(?P<n>\d{1,2})[.)]\s+(?P<title>\S.*?)\s*$")


def _is_heading_like(line: str) -> bool:
    text = line.strip()
    return 0 < len(text) < 60 and text[:1].isupper() and not text.endswith((".", ",", ";"))


def paragraph_at(lines: list[Line], j: int) -> tuple[int, int] | None:
    """(start, end) of the paragraph from line j: up to a blank line, or up to a heading
    after a line that ends a sentence (kvalitetsstandarder run section after section)."""
    if j >= len(lines) or not lines[j][1].strip():
        return None
    k = j
    while k + 1 < len(lines) and lines[k + 1][1].strip() and not (
            lines[k][1].rstrip().endswith(".") and _is_heading_like(lines[k + 1][1])):
        k += 1
    start = lines[j][0] + len(lines[j][1]) - len(lines[j][1].lstrip())
    return start, lines[k][0] + len(lines[k][1].rstrip())


def paragraph_below(section: list[Line]) -> tuple[int, int] | None:
    """The paragraph under a heading line (section[0]), past at most two blank lines."""
    j = 1
    while j < len(section) and not section[j][1].strip() and j < 3:
        j += 1
    return paragraph_at(section, j)
