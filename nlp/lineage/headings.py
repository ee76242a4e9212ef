"""Where a sentence of a document starts: heading lines and list-marker lines.

Reports, web pages, party programmes and referater lay out headings ("Evaluering af det
fremrykkede revurderingstidspunkt") and bullets ("• Topskatten afskaffes", "At 1) ...") without
end punctuation, so the sentence splitter runs them into the sentence below; they are cut off
here, since the conventions' evidence is the sentence itself.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from danish.list_marks import BULLET_MARKS
from danish.sentences import is_insertion_dash, opens_mid_line

from .word_classes import FINITE_AUX, FUNCTION_WORDS, word_set


# A line that only marks a page: the text's page marker ("--- side 3 ---"), a PDF's "3 of 10", or a bare page
# number. A list or an annex title goes on past one (`policy`'s "Vi vil:" items, `approval`'s bilag titles).
PAGE_MARK_LINE = re.compile(r"^\s*(?:---.*---|\d+\s+of\s+\d+|\d+)\s*$")
# A line that ends in a preposition or conjunction is a sentence wrapped, not a heading.
_LINK_WORDS = word_set("heading_link_word")
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ")


def _heading_lines(text: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each line in text[lo:hi] that does not end in punctuation and is
    followed, past blank lines, by a line opening with a capital; `end` is just past the
    last newline before that capital. Line by line, because a regular expression searched
    from every position is quadratic on a line of 200,000 letters (a hostile file)."""
    at = lo
    while at < hi:
        line_end = text.find("\n", at, hi)
        if line_end < 0:
            return
        line = text[at:line_end].rstrip()
        if line and line[-1] not in ".!?:;,":
            after = line_end
            while after < hi and text[after].isspace():
                after += 1
            if after < hi and text[after] in _CAPITALS:
                end = text.rfind("\n", line_end, after) + 1
                yield at, end
                at = end
                continue
        at = line_end + 1


# A new line opened by a list marker starts a sentence of its own: "At 1) ...\nAt) ..." (referater),
# "• Topskatten afskaffes ...\n• Bundfradraget forhøjes ..." (party programmes), "A) ...\nB) ..."; the marks are
# danish/list_marks.py's.
_ITEM_LINE = re.compile(r"\n(?=[ \t]*(?:(?:At\s*)?(?:[A-Za-z]|\d{1,2})?\)\s|[" + BULLET_MARKS + r"]\s))")


def _item_split(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for lo, hi in spans:
        cuts = [lo] + [m.end() for m in _ITEM_LINE.finditer(text, lo, hi) if not is_insertion_dash(text, m.start())] + [hi]
        out.extend((a, b) for a, b in zip(cuts, cuts[1:]) if text[a:b].strip())
    return [(a + len(text[a:b]) - len(text[a:b].lstrip()), a + len(text[a:b].rstrip())) for a, b in out]


# An agenda point's number flattened into its heading line: "Punkt 1. Godkendelse af dagsorden\nDagsordenen blev
# godkendt." (probes21 m01, probes18 d02, probes19 m02 and m01: referater number their points so). The number's stop
# ends no sentence; the title after it is still a heading line of its own.
_POINT_NUMBER = re.compile(r"[ \t]*(?:(?:Punkt|Pkt\.|Sag)[ \t]+)?\d{1,3}\.[ \t]*", re.IGNORECASE)


def _after_point_number(text: str, pos: int) -> bool:
    """Only an agenda point's number stands before `pos` on its line."""
    line_start = text.rfind("\n", 0, pos) + 1
    return _POINT_NUMBER.fullmatch(text, line_start, pos) is not None


def heading_split(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A heading line is not the first words of the sentence under it: "Evaluering af det fremrykkede
    revurderingstidspunkt\nEvalueringen ser på ..." (p18), "Udvikling af nye målinger\nDer er udviklet
    ..." (web pages and reports alike). A short line without end punctuation, followed by a line that
    opens with a capital, ends where its line ends (the conventions' evidence is the sentence itself)."""
    out: list[tuple[int, int]] = []
    for lo, hi in _item_split(text, spans):
        start = lo
        for m_start, m_end in _heading_lines(text, lo, hi):
            line = text[start:m_end].strip()
            # a sentence that opens mid-line, after another's full stop, has no heading at its head: a heading is a
            # line of its own ("... fred og stabilitet. I\ndet internationale arbejde ser vi også i fremtiden\n
            # NATO-samarbejdet som ...", s11_05 wrapped at another width)
            if opens_mid_line(text, start) and not _after_point_number(text, start):
                break
            if m_start < start or not line or len(line.split()) > 12 or line.split()[-1].lower() in FUNCTION_WORDS | _LINK_WORDS \
                    or FINITE_AUX.intersection(w.lower() for w in line.split()):
                # a long line, one ending in a function word, or one with a finite auxiliary is a sentence
                # wrapped, not a heading ("Ovenstående er de grundlæggende tanker bag ejerstrategien for
                # Trekantområdets\nBrandvæsen, der er tiltrådt ...", f13; "Spørgsmålet er stillet efter ønske fra
                # ... Astrid\nKrag (S).", eru-2017-18-spm343-spm): headings are noun phrases
                break
            out.append((start, start + len(text[start:m_end].rstrip())))
            start = m_end
            while start < hi and text[start].isspace():
                start += 1
        out.append((start, hi))
    return [(a, b) for a, b in out if b > a]
