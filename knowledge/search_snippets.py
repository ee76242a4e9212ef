"""Snippets with the matched words marked, and which fields of a hit matched ("why").

A word matches a query term the way the index matched it: same term, the term as its
prefix (a compound's head), or the term inside it (a compound's tail, "pension" in
"førtidspensionsområdet"); the last is checked on the folded word, which is cheap and
needs no lexicon at query time.

Speed: a stem is a prefix of its folded word, so a word can only match if its folded
form contains a query term. One regular expression per search, spelling each term the
ways `fold` undoes ("maltal" -> m(a|å|æ|aa|ae)lt(a|å|æ|aa|ae)l), finds those few
candidate words in C; only they are analysed.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from extract.document import TEXT_PAGE_MARK
from extract.flat import person_name

from .danish_analysis import fold, term

MARK_OPEN, MARK_CLOSE = "**", "**"
WINDOW_CHARS = 220  # the stretch of text a snippet shows
LEAD_CHARS = 40  # context before the first match in it
SCAN_CHARS = 200_000  # a 400-page report is not scanned to its end for a snippet
PREFIX_MIN = 4
COMPOUND_MIN = 6
# What each folded letter may have been printed as (the inverse of danish_analysis.fold:
# "aa" is "å", ä and ö are æ and ø, other accents are dropped; æ, ø and å are letters).
_SPELLINGS = {"å": "(?:å|aa)", "æ": "(?:æ|ä)", "ø": "(?:ø|ö)", "a": "(?:a|á|à|â)", "o": "(?:o|ó|ò|ô)",
              "e": "(?:e|é|è|ê|ë)", "u": "(?:u|ü|ú)", "i": "(?:i|í|ï)"}
_NEVER = re.compile(r"(?!x)x")
# The page marks a saved text carries between pages ("--- side 2 ---"): the loader's, not the
# document's words, so no snippet shows one nor marks its "side" as a match.
_PAGE_MARK = re.compile(TEXT_PAGE_MARK)


def without_page_marks(text: str) -> str:
    """`text` with each page mark blanked to spaces of its length: offsets stay the text's."""
    return _PAGE_MARK.sub(lambda m: " " * len(m.group()), text) if "--- side " in text else text


def _spelled(folded_term: str) -> str:
    return "".join(_SPELLINGS.get(c, re.escape(c)) for c in folded_term)


# A hyphen, dash or space between the parts of a compound written apart ("225-timers-reglen").
_APART = re.compile(r"[\s\-\u2010\u2011\u2013]{1,3}([^\W_]+)")


class Matcher:
    def __init__(self, terms: Iterable[str], pairs: Iterable[tuple[str, str]] = ()) -> None:
        """`pairs`: (first, last) part terms of compounds the query also matched written apart;
        their words are marked only side by side ("timers reglen"), not each on its own."""
        self.terms = {t for t in terms if t}
        self.long = [t for t in self.terms if len(t) >= PREFIX_MIN and t.isalpha()]
        self.pairs: dict[str, set[str]] = {}
        for first, last in pairs:
            self.pairs.setdefault(first, set()).add(last)
        self.seen: dict[str, frozenset[str]] = {}
        wanted = self.terms | set(self.pairs)
        alternatives = "|".join(_spelled(t) for t in sorted(wanted, key=len, reverse=True))
        # Only the term itself: a leading [^\W_]* would make the engine backtrack at every
        # position of the text; the word around a hit is found by hand instead.
        self.candidates = re.compile(alternatives, re.IGNORECASE) if alternatives else _NEVER

    def __call__(self, word: str) -> frozenset[str]:
        """The query terms `word` matches (a compound may hold several)."""
        if word in self.seen:
            return self.seen[word]
        t = term(word)
        found = {q for q in self.long if t.startswith(q)}
        if t in self.terms:
            found.add(t)
        if word[:1].isupper() and fold(word) in self.terms:  # a name its document names (term_in)
            found.add(fold(word))
        if len(word) >= COMPOUND_MIN and not found and self.long:
            folded = fold(word)
            found.update(q for q in self.long if q in folded)
        self.seen[word] = frozenset(found)
        return self.seen[word]

    def hits(self, text: str) -> list[tuple[int, int, frozenset[str]]]:
        """(start, end, matched terms) of each matching word in `text`."""
        out: list[tuple[int, int, frozenset[str]]] = []
        last_end = -1
        for m in self.candidates.finditer(text, 0, SCAN_CHARS):
            start, end = m.start(), m.end()
            if start < last_end:
                continue  # a second hit inside a word already seen
            while start > 0 and text[start - 1].isalnum():
                start -= 1
            while end < len(text) and text[end].isalnum():
                end += 1
            last_end = end
            found = self(text[start:end])
            if found:
                out.append((start, end, found))
            elif self.pairs and (apart := self._apart(text, start, end)):
                out += apart
                last_end = apart[-1][1]
        return out

    def _apart(self, text: str, start: int, end: int) -> list[tuple[int, int, frozenset[str]]]:
        """A compound's first part and the part after it, when the query matched them so."""
        lasts = self.pairs.get(term(text[start:end]))
        following = _APART.match(text, end) if lasts else None
        if not lasts or not following or term(following.group(1)) not in lasts:
            return []
        pair = frozenset({term(text[start:end]), term(following.group(1))})
        return [(start, end, pair), (following.start(1), following.end(1), pair)]


def _best_start(hits: list[tuple[int, int, frozenset[str]]]) -> int:
    """Offset where a WINDOW_CHARS stretch holds the most distinct matched terms."""
    best_start, best_count = hits[0][0], 0
    for i, (start, _, _) in enumerate(hits):
        distinct: set[str] = set()
        for pos, _, found in hits[i:]:
            if pos >= start + WINDOW_CHARS - LEAD_CHARS:
                break
            distinct |= found
        if len(distinct) > best_count:
            best_start, best_count = start, len(distinct)
    return best_start


def _word_edge(text: str, index: int, *, forward: bool) -> int:
    """Move `index` to the nearest whitespace so no word is cut in half."""
    step = 1 if forward else -1
    while 0 < index < len(text) and not text[index].isspace() and not text[index - 1].isspace():
        index += step
    return max(0, min(index, len(text)))


def snippet(text: str, hits: list[tuple[int, int, frozenset[str]]]) -> str:
    """About WINDOW_CHARS of `text` around the densest matches, matched words in **."""
    start = _word_edge(text, max(0, _best_start(hits[:200]) - LEAD_CHARS), forward=False) if hits else 0
    end = _word_edge(text, start + WINDOW_CHARS, forward=True)
    out, cursor = [], start
    for hit_start, hit_end, _ in hits:
        if hit_start >= start and hit_end <= end:
            out += [text[cursor:hit_start], MARK_OPEN, text[hit_start:hit_end], MARK_CLOSE]
            cursor = hit_end
    out.append(text[cursor:end])
    body = " ".join("".join(out).split())
    return f"{'… ' if start > 0 else ''}{body}{' …' if end < len(text.rstrip()) else ''}"


def describe(text: str, flat: dict[str, Any], title: str, match: Matcher,
             refs: list[str]) -> tuple[str, list[str]]:
    """(snippet, why): the snippet, and the fields of the hit the query matched."""
    text = without_page_marks(text)
    hits = match.hits(text)
    people = " ".join([*(p.get("name", "") for p in flat.get("asked_by") or []),
                       *(person_name(p) for p in flat.get("persons") or []), flat.get("signed_by") or ""])
    checks = (("title", flat.get("title") or title), ("question_text", flat.get("question_text")),
              ("answer_text", flat.get("answer_text")), ("persons", people))
    why = [name for name, value in checks if value and match.hits(value)]
    why += ["text"] if hits else []
    return snippet(text, hits), (["reference"] if refs else []) + why
