"""Where each field of a lineage event is printed (`provenance`), or what it rests on when the text does not
print it (`inferred`, extract/records.py `Basis`): the year, date, actor, replacement and period end a reader
took from the evidence, from a heading, from the sentence before or from the document itself. Moved out of
`events`, which finds the events; this module only cites them.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from functools import lru_cache

from extract.document import Document, Span
from extract.records import Basis

from . import actors
from .draft import Draft
from ..timex import TimeMention, time_mentions


def cited_fields(doc: Document, d: Draft, anchor: dt.date | None, issuer: str | None, actor: str | None,
                 replaced_by: str | None) -> tuple[dict[str, Span], dict[str, Basis]]:
    """The event's per-field spans and bases; `actor` and `replaced_by` as the record will hold them."""
    span = doc.span(d.start, d.end)
    provenance: dict[str, Span] = {"evidence": span, "subject": span}
    inferred: dict[str, Basis] = {}
    if d.year is not None and not d.year_stated and anchor is not None and d.year == anchor.year:
        # the year is the document's, not written where the event is told
        inferred["year"] = Basis(kind="document_date", source=anchor.isoformat())
    cited = _date_printed(doc.text, d, anchor) if d.date is not None else None
    if d.year is not None and "year" not in inferred:
        # a date printed with its year prints the year too (a referat's meeting line "den 04.12.2012")
        at = _year_printed(doc.text, d, cited[:2] if cited and cited[2] and d.date and d.date.year == d.year else None)
        if at:
            provenance["year"] = doc.span(*at)
    if d.date is not None:
        if cited:
            provenance["date"] = doc.span(cited[0], cited[1])
            if not cited[2] and d.year_at:
                # a status cell's day and month under its section heading's year ("Vedtaget. Byrådet 25. juni")
                inferred["date"] = Basis(kind="heading_year", source=doc.text[d.year_at[0]:d.year_at[1]])
            elif not cited[2] and anchor is not None and d.date.year == anchor.year:
                inferred["date"] = Basis(kind="document_date", source=anchor.isoformat())  # "30. juni", this year
    named = _actor_at(doc.text[d.start:d.end], actor) if actor and not d.actor_at else None
    if actor and d.actor_at:  # where the reader read it (a notice's "forslag fra ledelsen", a minutes' title)
        provenance["actor"] = doc.span(*d.actor_at)
    elif named:
        provenance["actor"] = doc.span(d.start + named[0], d.start + named[1])
    elif actor and actor == issuer:
        # not named where the event is told: the document's own issuer speaks ("vi", a page's plans)
        inferred["actor"] = Basis(kind="document_issuer", source=actor)
    elif actor:
        printed = _actor_printed(doc.text, d, actor)
        if printed:
            provenance["actor"] = doc.span(*printed)
    if actor and "actor" not in provenance and "actor" not in inferred:
        _cite_composite_actor(doc, d, actor, provenance, inferred)
    at = _replacement_printed(doc.text, d, replaced_by) if replaced_by else None
    if at:
        provenance["replaced_by"] = doc.span(*at)
    at = _end_year_printed(doc.text, d) if d.end_year is not None else None
    if at:
        provenance["end_year"] = doc.span(*at)
    return provenance, inferred


def _printed_at(text: str, phrase: str, *, inflected: bool = False) -> re.Match[str] | None:
    """Where `text` prints a phrase (its first place): across line breaks and line-break hyphens ("erstattes af
    resultat-\nmål", "Cen- trum-Demokraterne"), and `inflected`, as an actor is named, in its genitive or
    definite forms too ("byrådets", "Regeringen")."""
    return _phrase_pattern(phrase, inflected).search(text)


@lru_cache(maxsize=512)
def _phrase_pattern(phrase: str, inflected: bool) -> re.Pattern[str]:
    words = r"(?:-?\s+)".join(_word_pattern(word) for word in phrase.split())
    inflections = r"(?:s|et|ets|en|ens)?" if inflected else ""
    return re.compile(rf"(?<![\w-]){words}{inflections}(?![\w-])", re.IGNORECASE)


# A name with its abbreviation in brackets, as an actor is written once in full ("Beskæftigelsesrådet (BER)",
# d03; "Styrelsen for Arbejdsmarked og Rekruttering (STAR)", d11, p18, seed 001).
_WITH_ABBREVIATION = re.compile(r"^(?P<name>.+?)\s*\((?P<short>[^()]+)\)$")


def _actor_forms(actor: str) -> tuple[str, ...]:
    """The forms an actor is printed in, in the order they are looked for: whole, else the name or the
    abbreviation of a name written with its abbreviation in brackets (a sentence says "BER" or
    "Beskæftigelsesrådet", the actor is both)."""
    parts = _WITH_ABBREVIATION.match(actor)
    return (actor, parts.group("name"), parts.group("short")) if parts else (actor,)


def _actor_at(text: str, actor: str) -> tuple[int, int] | None:
    """Where `text` prints the actor (its first place, in the first of its forms printed)."""
    return next((m.span() for m in (_printed_at(text, f, inflected=True) for f in _actor_forms(actor)) if m), None)


def _actor_printed(text: str, d: Draft, actor: str) -> tuple[int, int] | None:
    """Where the actor is printed when the reader did not say (`Draft.actor_at`) and the evidence does not
    name it: the nearest place before the evidence (a proposal's heading names its proposer, a speaker is
    named before the quote), else after it. The places are read once per document and actor (`_places`):
    scanning the whole text before each event made citing a long document's events quadratic in its length."""
    forms = _actor_forms(actor)
    for form in forms:
        starts, ends = _places(text, form)
        before = bisect.bisect_right(ends, d.start)  # the places that end before the evidence starts
        if before:
            return starts[before - 1], ends[before - 1]
    for form in forms:
        starts, ends = _places(text, form)
        after = bisect.bisect_left(starts, d.end)  # the first place that starts after the evidence ends
        if after < len(starts):
            return starts[after], ends[after]
    return None


def _places(text: str, phrase: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where a document prints an actor's form (`_printed_at`, inflected), in text order: (starts, ends)."""
    known = _places_in(text)
    if phrase not in known:
        found = [m.span() for m in _phrase_pattern(phrase, True).finditer(text)]
        known[phrase] = tuple(a for a, _ in found), tuple(b for _, b in found)
    return known[phrase]


@lru_cache(maxsize=2)
def _places_in(text: str) -> dict[str, tuple[tuple[int, ...], tuple[int, ...]]]:
    """The places read so far in one document, by form (kept for the document being read, as `_dated_mentions`)."""
    return {}


def _year_printed(text: str, d: Draft, in_date: tuple[int, int] | None) -> tuple[int, int] | None:
    """Where the year is printed: where the reader took it from (a section heading, though a row's title prints
    another year; an approval line's compact date "300409": `year_at`); else in the evidence; else in the date's
    place (`in_date`); else the nearest place before the evidence that prints it (the sentence before, whose year
    an additive sentence inherits; a referat's meeting line), else after it (a sentence that goes on about it)."""
    if d.year_at:
        return d.year_at
    year = rf"(?<!\d){d.year}(?!\d)"
    printed = re.search(year, text[d.start:d.end])
    if printed:
        return d.start + printed.start(), d.start + printed.end()
    if in_date:
        return in_date
    # A bare year is a common string (a URL's "2015", a law's number): only the text near the event is where its
    # year was read from; beyond that the year stays uncited rather than cited at an unrelated place.
    lo = max(0, d.start - _NEAR_BEFORE)
    before = [m for m in re.finditer(year, text[lo:d.start]) if not _in_address(text, lo + m.start())]
    if before:
        return lo + before[-1].start(), lo + before[-1].end()
    after = next((m for m in re.compile(year).finditer(text, d.end, min(len(text), d.end + _NEAR_AFTER))
                  if not _in_address(text, m.start())), None)
    return after.span() if after else None


_NEAR_BEFORE = 800  # characters: the sentences before an event (an inherited year, a referat's meeting line)
_NEAR_AFTER = 400  # characters: the sentence after it (one that goes on about it)


def _in_address(text: str, at: int) -> bool:
    """Whether position `at` lies inside a web or mail address ("www.x.dk/2015/...", "...@x.dk")."""
    start = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1
    token = text[start:at]
    return "/" in token or "@" in token or token.startswith("www.")


def _date_printed(text: str, d: Draft, anchor: dt.date | None) -> tuple[int, int, bool] | None:
    """Where the date is printed, and whether with its year: in the evidence (a day and month without a year
    takes the document's, `time_mentions`); else where the reader took it from (a status cell, `date_at`); else
    the nearest place before the evidence that prints it whole (a referat's meeting date), else after it."""
    found = [m for m in time_mentions(text[d.start:d.end], anchor=anchor) if m.date == d.date]
    if found:
        m = found[0]
        return d.start + m.start, d.start + m.end, str(m.year) in text[d.start + m.start:d.start + m.end]
    if d.date_at:
        written = text[d.date_at[0]:d.date_at[1]]
        # with its year ("30. april 2009", a journal line's "300409") or without it (a status cell's "25. juni")
        return d.date_at[0], d.date_at[1], bool(re.search(r"\d{4}$|^\d{6}$", written))
    whole = [m for m in _dated_mentions(text) if m.date == d.date]
    before = [m for m in whole if m.end <= d.start]
    if before:
        return before[-1].start, before[-1].end, True
    after = [m for m in whole if m.start >= d.end]
    return (after[0].start, after[0].end, True) if after else None


@lru_cache(maxsize=2)
def _dated_mentions(text: str) -> tuple[TimeMention, ...]:
    """The full dates a document prints (read once per document, not once per event)."""
    return tuple(m for m in time_mentions(text) if m.date is not None)


def _word_pattern(word: str) -> str:
    """A word as printed: a line-break hyphen may split it anywhere ("Cen- trum-Demokraterne")."""
    return r"-?\s*".join(r"(?:-\s+)?".join(re.escape(c) for c in part) for part in word.split("-"))


def _replacement_printed(text: str, d: Draft, replaced_by: str) -> tuple[int, int] | None:
    """Where the replacement is printed: in the evidence, else in the sentence after it ("... afskaffes.
    I stedet indføres en ny ordning")."""
    found = _printed_at(text[d.start:d.end], replaced_by)
    if found:
        return d.start + found.start(), d.start + found.end()
    after = text[d.end:d.end + _NEAR_AFTER]
    stop = re.search(r"[.!?](?=\s)|\n\s*\n", after)
    found = _printed_at(after[:stop.end() if stop else len(after)], replaced_by)
    if found:
        return d.end + found.start(), d.end + found.end()
    # a replacement the reader completed from a later sentence ("en række indikatorer" ... "De centrale
    # indikatorer findes i dag på jobindsats.dk"): the words the evidence prints, at least two of them
    words = replaced_by.split()
    for n in range(len(words) - 1, 1, -1):
        found = _printed_at(text[d.start:d.end], " ".join(words[:n]))
        if found:
            return d.start + found.start(), d.start + found.end()
    return None


def _end_year_printed(text: str, d: Draft) -> tuple[int, int] | None:
    """Where the evidence prints a period's last year ("i perioden 2016–2020"): its last mention there."""
    # "2014/2015" is a period, not an address
    found = [m for m in re.finditer(rf"(?<!\d){d.end_year}(?!\d)", text[d.start:d.end])
             if not _in_address(text, d.start + m.start())
             or re.search(r"(?:^|\s)\d{4}\s*/\s*$", text[max(0, d.start + m.start() - 8):d.start + m.start()])]
    return (d.start + found[-1].start(), d.start + found[-1].end()) if found else None


def _cite_composite_actor(doc: Document, d: Draft, actor: str, provenance: dict[str, Span],
                          inferred: dict[str, Basis]) -> None:
    """An actor the reader composed: a list of parties the evidence prints across line-break hyphens
    ("Kristen-Demokraterne og Cen- trum-Demokraterne"), the parties behind an agreement the text names
    ("aftalen om en ny beskæftigelsesindsats": its name cited, "aftalepartierne bag" its basis), or a
    subject and its companions apart ("regeringen indgik i efteråret 2010 med Dansk Folkeparti og ...":
    cited from the subject to the last companion)."""
    told = doc.text[d.start:d.end]
    whole = _printed_at(told, actor)
    if whole:
        provenance["actor"] = doc.span(d.start + whole.start(), d.start + whole.end())
        return
    if actor.lower().startswith(actors.PARTIES_BEHIND):
        agreement = actor[len(actors.PARTIES_BEHIND):]
        named = _printed_at(told, agreement)
        if named:
            provenance["actor"] = doc.span(d.start + named.start(), d.start + named.end())
            inferred["actor"] = Basis(kind="agreement_parties", source=agreement)
        return
    head, _, rest = actor.partition(" ")
    first = _printed_at(told, head) if rest else None
    last = _printed_at(told[first.end():], rest) if first else None
    if first and last:
        provenance["actor"] = doc.span(d.start + first.start(), d.start + first.end() + last.end())
