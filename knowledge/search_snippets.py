"""Snippets with the matched words marked, and which fields of a hit matched ("why").

A word matches a query term the way the index matched it: same term, the term as its
prefix (a compound's head), or the term inside it (a compound's tail, "pension" in
"førtidspensionsområdet"); the last is checked on the folded word, which is cheap and
needs no lexicon at query time.
"""
from __future__ import annotations

from collections.abc import Iterable
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
        self._seen: dict[str, frozenset[str]] = {}

    def __call__(self, word: str) -> frozenset[str]:
        """The query terms `word` matches (a compound may hold several)."""
        if word in self._seen:
            return self._seen[word]
        t = term(word)
        found = {q for q in self.long if t.startswith(q)}
        if t in self.terms:
            found.add(t)
        if len(word) >= COMPOUND_MIN:
            folded = fold(word)
            found.update(q for q in self.long if q in folded)
        self._seen[word] = frozenset(found)
        return self._seen[word]


def _best_window(hits: list[tuple[int, frozenset[str]]]) -> int:
    """Index (in words) where a WINDOW-word stretch holds the most distinct matched terms."""
    best_start, best_count = hits[0][0], 0
    for i, (start, _) in enumerate(hits):
        distinct = set().union(*(found for pos, found in hits[i:] if pos < start + WINDOW - LEAD))
        if len(distinct) > best_count:
            best_start, best_count = start, len(distinct)
    return best_start


def snippet(text: str, terms: Iterable[str]) -> str:
    """About WINDOW words of `text` around the densest matches, matched words in **."""
    match = Matcher(terms)
    tokens = list(WORD_RE.finditer(text[:SCAN_CHARS]))
    if not tokens:
        return ""
    hits = [(i, t) for i, m in enumerate(tokens) if (t := match(m.group()))]
    start = max(0, _best_window(hits[:200]) - LEAD) if hits else 0
    chosen = tokens[start:start + WINDOW]
    out, cursor = [], chosen[0].start()
    for m in chosen:
        out.append(text[cursor:m.start()])
        out.append(f"{MARK_OPEN}{m.group()}{MARK_CLOSE}" if match(m.group()) else m.group())
        cursor = m.end()
    body = " ".join("".join(out).split())
    lead = "… " if start > 0 else ""
    tail = " …" if start + WINDOW < len(tokens) else ""
    return f"{lead}{body}{tail}"


def _matches(text: str | None, match: Matcher) -> bool:
    return bool(text) and any(match(m.group()) for m in WORD_RE.finditer(text[:SCAN_CHARS]))


def matched_fields(flat: dict[str, Any], title: str, text: str, terms: Iterable[str],
                   refs: list[str]) -> list[str]:
    """The fields of a hit the query matched, most telling first."""
    match = Matcher(terms)
    people = " ".join([*(p.get("name", "") for p in flat.get("asked_by") or []),
                       *(flat.get("persons") or []), flat.get("signed_by") or ""])
    checks = (("title", flat.get("title") or title), ("question_text", flat.get("question_text")),
              ("answer_text", flat.get("answer_text")), ("persons", people), ("text", text))
    why = [name for name, value in checks if _matches(value, match)]
    if refs:
        why.insert(0, "reference")
    return why
