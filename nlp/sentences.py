"""Sentence spans of a normalised Danish text, fast and without a model.

Quirks of the sources: PDF text keeps the page's line breaks, so a single newline is
usually a wrapped line, not a boundary; Danish ordinals end in a dot ("1. januar",
"stk. 3."), and ministries write many dotted abbreviations (jf., bl.a., J.nr.).
"""
from __future__ import annotations

import re

from extract.normalise import trim_span

# Abbreviations after which a dot does not end a sentence.
ABBREVIATIONS = frozenset("""
nr jf bl a fx f eks mv m fl pct ca stk d kr mio mia dvs evt inkl ift osv alm
j tlf tel vedr hhv jvf el ang iflg mht pga vha s p dr jr ekskl min max ff pr iht ifm sml jvnf kl
""".split())

_BREAK = re.compile(
    r"\n[ \t]*\n+"                                  # a blank line: paragraph break
    r"|\n(?=[ \t]*(?:[•▪·*\-–]\s|\d{1,2}\)\s))"     # a bullet or "1)" item starts
    r"|(?<=:)[ \t]*\n"                              # a list introduction ends
    r"|(?<=[.!?])[\"”’]?[ \t]*\n(?=[ \t]*[A-ZÆØÅ\"”“])"  # line ends a sentence
    r"|(?<=[.!?])[\"”’]?[ \t]+(?=[A-ZÆØÅ\"”“])"      # mid-line sentence end
    r"|\s(?=\d+\.\d+\.?\s+[A-ZÆØÅ])"                # flattened section numbers "1.1. Baggrund"
)
_REFERENCE = re.compile(r"(?:stk\.|nr\.|§|bilag|punkt|kapitel|spørgsmål)\s*\d{1,2}\.[\"”’]?\s*$", re.IGNORECASE)
_WORD_BEFORE_DOT = re.compile(r"([\wæøåÆØÅ]+)\.?[\"”’]?\s*$")


def _is_false_stop(text: str, pos: int) -> bool:
    """A dot before `pos` that belongs to an abbreviation or a small ordinal."""
    head = text[max(0, pos - 12):pos].rstrip()
    if not head.endswith((".", ".\"", ".”", ".’")):
        return False
    match = _WORD_BEFORE_DOT.search(head)
    if not match:
        return False
    word = match.group(1)
    if word.isdigit():
        # "stk. 3." ends a sentence (a reference number); "den 3. april" does not (an
        # ordinal); years (4 digits) always may.
        return len(word) <= 2 and not _REFERENCE.search(text[max(0, pos - 30):pos])
    return word.lower() in ABBREVIATIONS or (len(word) == 1 and word.islower())


def _short_heading_break(text: str, start: int, end: int) -> list[int]:
    """Single newlines after a short line without final punctuation: headings, letterhead."""
    cuts = []
    line_start = start
    at = text.find("\n", start, end)
    while at != -1:
        line = text[line_start:at].strip()
        if line and len(line) < 50 and not line.endswith((",", "-", "og", "i", "af", "at")) \
                and text[at + 1:at + 2].isupper():
            cuts.append(at)
        line_start = at + 1
        at = text.find("\n", line_start, end)
    return cuts


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of every sentence, whitespace trimmed, in text order."""
    cuts = [0]
    for match in _BREAK.finditer(text):
        if _is_false_stop(text, match.start()) and "\n\n" not in match.group(0):
            continue
        cuts.append(match.start())
        cuts.append(match.end())
    cuts.append(len(text))
    spans: list[tuple[int, int]] = []
    for lo, hi in zip(cuts[::2], cuts[1::2]):
        pieces = [lo, *_short_heading_break(text, lo, hi), hi]
        for a, b in zip(pieces, pieces[1:]):
            a, b = trim_span(text, a, b)
            if b > a:
                spans.append((a, b))
    return spans
