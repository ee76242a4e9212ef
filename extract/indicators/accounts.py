"""Quantities an account keeps: a kommune's klimaregnskab (emissions in tons CO2e), a
CO2-regnskab or an energiregnskab (consumption in MWh), as council items, notater and
climate plans name them.

An account's measure is named as what the account computes, the object of "opgøre" or
"opgørelse af" ("metoden til at opgøre scope 1 og 2's CO2e udledninger for Aarhus
Kommune som bysamfund", "Klimaregnskabet opgør udledningen af drivhusgasser fra
kommunen som geografisk område"), or as the subject of "opgøres" ("Energiforbruget i
kommunens bygninger opgøres årligt ..."). The quantity is an amount in a physical unit,
so its measure is `other` (the convention's measure for what is neither share, count,
average nor duration); whose emissions or consumption is the phrase after "for"/"fra"
with the account's scope ("som bysamfund", "som koncern", "som geografisk område"); the
source is the account; the period is a year where the text keeps the account by year
("klimaregnskabet 2024", "årligt"). A figure an account reports ("I 2023 var
udledningen 412.000 tons CO2e", "en lavere opgørelse af de historiske udledninger på ca.
331.000 tons") is a statistic, and a projection names no measure; a later mention of the
same quantity ("overgangen til ... opgørelse af CO2e udledninger") restates it.

Every phrase is a row of `cues.tsv` (roles account_genre, account_quantity, accounted_by,
account_scope), each with the documents or written samples that attest it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import cues
from .finders import Found, lines_of, sentences

# a few words before the quantity ("scope 1 og 2's", "de historiske"), bounded so a long
# line costs each trigger at most five words
_PREMODIFIERS = r"(?:[\wæøå’'.-]+\s+){0,5}?"
# whose quantity: a name in capitals ("Aarhus Kommune") or one noun ("kommunen", "skolerne",
# "kommunens køretøjer"), with the account's scope after it ("som bysamfund")
_OWNER = r"(?:(?-i:[A-ZÆØÅ][\wæøå-]*(?:\s+[A-ZÆØÅ][\wæøå-]*){0,3})|(?:kommunens\s+)?(?-i:[a-zæøå][\wæøå-]*))"
# a figure reported right after the quantity: a statistic, not a measure
_REPORTED = re.compile(r"\s*(?:på|var|er|udgjorde|udgør|lå)\s+(?:ca\.\s+|omkring\s+|knap\s+|godt\s+)?[-−]?\d")
_YEAR = re.compile(r"\s*(?:for\s+)?(?:19|20)\d\d\b")  # matched at the end of the account's name
_ANNUAL = re.compile(r"\bårlig\w*|\bhvert år\b", re.I)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    quantity = cues.pattern("account_quantity").pattern
    scope = cues.pattern("account_scope").pattern
    trigger = cues.pattern("accounted_by").pattern
    owner = rf"(?P<pop>{_OWNER}(?:\s+{scope})?)"
    tail = rf"(?:\s+(?:for|fra|på|i)\s+{owner})?"
    # a second quantity coordinated with the first ("opgøre elforbruget på skolerne og
    # varmeforbruget i daginstitutionerne") is computed by the same verb
    as_object = re.compile(rf"(?:{trigger})\s+(?P<title>{_PREMODIFIERS}(?P<head>{quantity}){tail})", re.I)
    coordinated = re.compile(rf"\s+og\s+(?P<title>{_PREMODIFIERS}(?P<head>{quantity}){tail})", re.I)
    as_subject = re.compile(rf"^(?P<title>(?:[\wæøå’'-]+\s+){{0,2}}?(?P<head>{quantity})"
                            rf"(?:\s+(?:i|for|fra)\s+(?P<pop>(?:[\wæøå’'-]+\s+){{0,3}}?[\wæøå’'-]+)(?:\s+{scope})?)?)"
                            rf"\s+(?:opgøres|beregnes|måles)\b", re.I)
    return as_object, coordinated, as_subject


def _genre(text: str) -> tuple[str, re.Match[str]] | None:
    """The account the text is about (cue account_genre): its name and first mention."""
    hits = [(m.start(), k, cue.value, m) for k, cue in enumerate(cues.rows("account_genre"))
            if (m := cue.regex.search(text))]
    if not hits:
        return None
    _, _, value, m = min(hits, key=lambda h: (h[0], h[1]))
    return value, m


def _kept_by_year(text: str) -> bool:
    """The account is kept by year: its name followed by a year ("klimaregnskabet 2024"), or
    "årligt"/"hvert år" in a sentence that names it."""
    genre = cues.pattern("account_genre")
    for m in genre.finditer(text):
        if _YEAR.match(text, m.end()):
            return True
    return any(genre.search(sentence) and _ANNUAL.search(sentence)
               for _, line in lines_of(text) for _, sentence in sentences(line))


def _key(head: str) -> str:
    word = re.sub(r"[^a-zæøå0-9]", "", head.casefold())
    return re.sub(r"(?:erne|er|en|et)$", "", word)


def account_quantities(text: str) -> list[Found]:
    genre = _genre(text)
    if genre is None:
        return []
    source = genre[0]
    annual = _kept_by_year(text)
    as_object, coordinated, as_subject = _patterns()
    candidates: list[tuple[int, re.Match[str]]] = []
    for line_start, line in lines_of(text):
        for offset, sentence in sentences(line):
            base = line_start + offset
            for m in as_object.finditer(sentence):
                candidates.append((base, m))
                more = coordinated.match(sentence, m.end())
                if more:
                    candidates.append((base, more))
            subject = as_subject.match(sentence)
            if subject:
                candidates.append((base, subject))
    found: list[Found] = []
    seen: dict[str, set[str | None]] = {}
    for base, m in sorted(candidates, key=lambda c: c[0] + c[1].start("title")):
        if _REPORTED.match(m.string, m.end("head")) or _REPORTED.match(m.string, m.end("title")):
            continue  # "opgørelse af de historiske udledninger på ca. 331.000 tons": a reported figure
        key, population = _key(m.group("head")), m.group("pop")
        owners = seen.setdefault(key, set())
        if owners and (population is None or population in owners):
            continue  # the same quantity again: a restatement
        owners.add(population)
        f = Found("other", m.group("title"), base + m.start("title"), source=source, style="account")
        f.measure = "other"
        f.population = population
        f.period_unit = "år" if annual else None
        found.append(f)
    return found
