"""One event told twice is one event.

A restatement of the same kind and core noun phrase, an evaluation's finding restated, and two
cues of one kind in one sentence.
"""
from __future__ import annotations

import re
from dataclasses import replace

from danish.list_marks import BULLET_MARKS

from .draft import Draft
from .word_classes import ARTICLE_PATTERN, FUNCTION_WORDS


def merge_same_kind(drafts: list[Draft]) -> list[Draft]:
    """Two cues of one kind in a sentence are one event unless the later names its own subject or states its own
    year: "Forsøget blev forlænget i 2022 og udvidet til Region Syddanmark i 2023" tells two changes, a year each. An
    introduction is one event whatever its times ("vedtaget i 2011 og trådte i kraft den 1. september 2012": the
    conventions date it by the adoption)."""
    out: list[Draft] = []
    for d in drafts:
        own_year = d.kind != "introduced" and d.year_stated and d.year is not None and d.subject \
            and all(o.year != d.year for o in out if o.kind == d.kind)
        if out and any(o.kind == d.kind for o in out) and (not d.explicit_subject or not d.subject) and not own_year:
            continue
        out.append(d)
    return out


_PP = re.compile(r"\s(?:på|for|i|af|med|til|om|fra|ved|under|mellem|inden)\s", re.IGNORECASE)


# An article or "ny" opening a phrase is no part of what the phrase names ("en skærpet opfølgning").
_LEADING_WORD = re.compile(rf"^(?:{ARTICLE_PATTERN}|nye?|nyt)\s+")


def _core(subject: str) -> str:
    """The noun phrase before its first prepositional complement, without an article."""
    head = _PP.split(f" {subject.strip().lower()} ", maxsplit=1)[0].strip()
    return _LEADING_WORD.sub("", head)


def _restates(d: Draft, earlier: Draft) -> bool:
    """The same event told again: its kind and the same core noun phrase ("Derfor indføres der en
    skærpet opfølgning for kommuner med ..." and later "Der bliver derfor igangsat en skærpet
    opfølgning på kommunernes indsats", d10). Items of a list are distinct by being listed (d11)."""
    if earlier.position >= 0 and d.position < 0 and d.start == earlier.position and d.kind == earlier.kind \
            and d.subject == earlier.subject:
        return True  # a list item read once as its lead's (`lists._own_event`) and again as a sentence of its own
    if d.kind != earlier.kind or d.kind == "evaluated" or d.position >= 0 or earlier.position >= 0:
        return False
    if d.actor and earlier.actor and d.actor.lower() != earlier.actor.lower():
        return False  # two agents' acts are two events: a committee recommends, the ministry plans (probes15 n11)
    if d.start < earlier.end or (d.year_stated and earlier.year_stated and d.year != earlier.year):
        return False  # one sentence may state two events; two stated years are two events
    core, other = _core(d.subject), _core(earlier.subject)
    if _scheme_with(d.subject) == _article_free(earlier.subject) or _scheme_with(earlier.subject) == _article_free(d.subject):
        # "Ordningen med ressourceforløb, der udsprang af reformen" after "Der blev indført ressourceforløb"
        # (seed 003): the scheme named by its content is the same scheme
        return True
    if d.year_stated and earlier.year_stated and d.year == earlier.year and _names_within(d.subject, earlier.subject):
        # the lead retold in the body with the same year: "tidlig pension, også kaldet Arnepension (2020)" and
        # "retten til tidlig pension, også kaldet Arnepensionen (2020)" (p16)
        return True
    if len(core.split()) >= 2:
        return core == other
    # a one-word core ("Seniorpensionen blev vedtaget ... i 2019" after "vedtog Folketinget ... seniorpensionen
    # (2019)", p16) is the same thing only with the same stated year, definite or not
    same_year = d.year_stated and earlier.year_stated and d.year == earlier.year
    return bool(core) and same_year and _indefinite(core) == _indefinite(other)


# A one-word head and its content after "med": "Ordningen med ressourceforløb" (seed 003), "Ordningen med
# seniorjob afskaffes" (tests/nlp/test_cues.py), "forsøget med frikommuner": the content names the scheme.
_HEAD_WITH = re.compile(r"^" + ARTICLE_PATTERN + r"?\s*[\wæøå-]+\s+med\s+(?P<content>[\wæøå -]+)$", re.IGNORECASE)


# What stands around a subject but is no part of it: white space and list marks (danish/list_marks.py).
_AROUND = " \t\n" + BULLET_MARKS.replace("\\", "")


def _scheme_with(subject: str) -> str | None:
    found = _HEAD_WITH.match(subject.strip(_AROUND))
    return _article_free(found.group("content")) if found else None


def _article_free(subject: str) -> str:
    return _LEADING_WORD.sub("", subject.strip(_AROUND).lower())


def _indefinite(word: str) -> str:
    return re.sub(r"(?<=\w{4})(?:en|et)$", "", word)


def _names_within(a: str, b: str) -> bool:
    """One subject's words (definite or not) all stand in the other, and there are at least two."""
    wa = {_indefinite(w) for w in re.findall(r"[\wæøå]{3,}", a.lower())} - FUNCTION_WORDS
    wb = {_indefinite(w) for w in re.findall(r"[\wæøå]{3,}", b.lower())} - FUNCTION_WORDS
    return min(len(wa), len(wb)) >= 2 and (wa <= wb or wb <= wa)


def _qualified_restatement(d: Draft, earlier: Draft) -> bool:
    """The same agent's same act on the same thing, retold with an adjective: "Med afsæt i økonomiaftalen for 2013,
    har KL igangsat en proces frem mod foråret 2013" in an item's summary and "KL har igangsat en intensiv proces
    frem mod foråret 2013" in its case text (s7_10 gold: one event, the summary's evidence). The conventions tell an
    item's summary and case text as one event (f03, s04, s6_06, f14 gold notes)."""
    if d.kind != earlier.kind or not d.actor or d.actor != earlier.actor or d.position >= 0 or earlier.position >= 0:
        return False
    if d.start < earlier.end or (d.year_stated and earlier.year_stated and d.year != earlier.year):
        return False
    core, other = _core(d.subject).split(), _core(earlier.subject).split()
    return len(other) == 1 and len(core) == 2 and core[-1] == other[0]


def _same_thing(a: str, b: str) -> bool:
    wa = set(re.findall(r"[\wæøå]{3,}", a.lower())) - FUNCTION_WORDS
    wb = set(re.findall(r"[\wæøå]{3,}", b.lower())) - FUNCTION_WORDS
    return not wa or not wb or wa <= wb or wb <= wa


def dedupe(drafts: list[Draft]) -> list[Draft]:
    """An evaluation is reported once per document; repeats restate the same finding. Other
    events told again with the same core noun phrase are one event."""
    out: list[Draft] = []
    seen_evaluated = False
    for d in drafts:
        if any(_qualified_restatement(d, o) for o in out):
            continue  # the summary's statement stands; the case text retells it with an adjective
        told = next((i for i, o in enumerate(out) if _restates(d, o)), None)
        if told is not None:
            if d.actor and not out[told].actor:
                # the same act told again with its decider: "Kommissionen anbefaler, at loftet afskaffes" and then
                # "Regeringen vil afskaffe loftet" (probes15 n11); the statement that names who acts is the event
                out[told] = d
            elif _scheme_with(out[told].subject) == _article_free(d.subject):
                out[told] = d  # the scheme by its own name, not "Ordningen med ..." (seed 003 gold)
            elif len(d.subject.split()) > len(out[told].subject.split()):
                out[told] = d  # the fuller statement of the two
            continue
        if d.kind == "evaluated":
            same = next((i for i, o in enumerate(out) if o.kind == "evaluated" and not o.actor and d.actor
                         and o.subject.lower() == d.subject.lower()), None)
            if same is not None:
                out[same] = replace(out[same], actor=d.actor)  # the restatement names who evaluated
                continue
            if seen_evaluated and not d.actor and any(o.kind == "evaluated" and _same_thing(d.subject, o.subject)
                                                      and not (d.year_stated and d.year != o.year) for o in out):
                continue  # the finding restated; an evaluation of another thing is its own (p18: three evaluations)
            seen_evaluated = True
        out.append(d)
    return out
