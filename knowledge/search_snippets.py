"""Snippets with the matched words marked, and which fields of a hit matched ("why").

A word matches a query term the way the index matched it: same term, the term as its
prefix (a compound's head), or the term inside it (a compound's tail, "pension" in
"førtidspensionsområdet"); the last is checked on the folded word, which is cheap and
needs no lexicon at query time.
"""
from __future__ import annotations

from collections.abc import Iterable
from itertools import islice
from typing import Any

from .danish_analysis import WORD_RE, fold, term

MARK_OPEN, MARK_CLOSE = "**", "**"
WINDOW = 30  # words in a snippet
LEAD = 4  # words of context before the first match
SCAN_CHARS = 200_000  # a 400-page report is not scanned to its end for a snippet
PREFIX_MIN = 4
COMPOUND_MIN = 6


class Matcher:
    def __init__(self, terms: Iterable[str]) -> None:
        self.terms = {t for t in terms if t}
        self.long = [t for t in self.terms if len(t) >= PREFIX_MIN and t.isalpha()]
        self.seen: dict[str, frozenset[str]] = {}

    def __call__(self, word: str) -> frozenset[str]:
        """The query terms `word` matches (a compound may hold several)."""
        if word in self.seen:
            return self.seen[word]
        t = term(word)
        found = {q for q in self.long if t.startswith(q)}
        if t in self.terms:
            found.add(t)
        if len(word) >= COMPOUND_MIN and not found and self.long:
            folded = fold(word)
            found.update(q for q in self.long if q in folded)
        self.seen[word] = frozenset(found)
        return self.seen[word]


def _best_window(hits: list[tuple[int, frozenset[str]]]) -> int:
    """Index (in words) where a WINDOW-word stretch holds the most distinct matched terms."""
    best_start, best_count = hits[0][0], 0
    for i, (start, _) in enumerate(hits):
        distinct: set[str] = set()
        for pos, found in hits[i:]:
            if pos >= start + WINDOW - LEAD:
                break
            distinct |= found
        if len(distinct) > best_count:
            best_start, best_count = start, len(distinct)
    return best_start


def _hits(words: list[str], match: Matcher) -> list[tuple[int, frozenset[str]]]:
    seen = match.seen  # the hot loop of a search: a dict look-up per word, mostly
    out = []
    for i, word in enumerate(words):
        found = seen.get(word)
        if found is None:
            found = match(word)
        if found:
            out.append((i, found))
    return out


def snippet(text: str, match: Matcher, hits: list[tuple[int, frozenset[str]]] | None = None) -> str:
    """About WINDOW words of `text` around the densest matches, matched words in **."""
    scanned = text[:SCAN_CHARS]
    if hits is None:
        hits = _hits(WORD_RE.findall(scanned), match)
    start = max(0, _best_window(hits[:200]) - LEAD) if hits else 0
    chosen = list(islice(WORD_RE.finditer(scanned), start, start + WINDOW + 1))
    if not chosen:
        return ""
    more = len(chosen) > WINDOW
    chosen = chosen[:WINDOW]
    out, cursor = [], chosen[0].start()
    for m in chosen:
        out.append(text[cursor:m.start()])
        out.append(f"{MARK_OPEN}{m.group()}{MARK_CLOSE}" if match(m.group()) else m.group())
        cursor = m.end()
    body = " ".join("".join(out).split())
    return f"{'… ' if start > 0 else ''}{body}{' …' if more else ''}"


def describe(text: str, flat: dict[str, Any], title: str, match: Matcher,
             refs: list[str]) -> tuple[str, list[str]]:
    """(snippet, why): the snippet, and the fields of the hit the query matched."""
    hits = _hits(WORD_RE.findall(text[:SCAN_CHARS]), match)
    people = " ".join([*(p.get("name", "") for p in flat.get("asked_by") or []),
                       *(flat.get("persons") or []), flat.get("signed_by") or ""])
    checks = (("title", flat.get("title") or title), ("question_text", flat.get("question_text")),
              ("answer_text", flat.get("answer_text")), ("persons", people))
    why = [name for name, value in checks if value and _hits(WORD_RE.findall(value[:SCAN_CHARS]), match)]
    why += ["text"] if hits else []
    return snippet(text, match, hits), (["reference"] if refs else []) + why
