"""A noun phrase that names several commitments: one event each (the conventions: "one event
per commitment or instrument").

A "nemlig" list ("..., nemlig seniorpensionen (2019) og retten til tidlig pension"), a counted
plural ("to omfattende forsøgsordninger") whose members a bullet list names, and a coordinated
list of short noun phrases ("Registreringsafgiften, arveafgiften ... skal afskaffes").
"""
from __future__ import annotations

import re
from dataclasses import replace

from danish.list_marks import BULLET_MARKS

from .draft import Draft
from .programme_words import PREPOSITIONS
from .word_classes import ARTICLE, ARTICLE_PATTERN


# "vedtog Folketinget to forskellige pensionsordninger ..., nemlig seniorpensionen (2019) og retten til
# tidlig pension, også kaldet Arnepensionen (2020)" (p16): "nemlig" lists the members of the noun
# phrase, and each member is a commitment of its own (the conventions: "one event per commitment").
_NAMELY = re.compile(r",?\s+nemlig\s+(?P<list>.+?)\s*\.?$", re.IGNORECASE)
_MEMBER_YEAR = re.compile(r"\s*\((?P<year>\d{4})\)\s*$")


def namely_members(d: Draft, after_cue_text: str) -> list[Draft]:
    # the list read across the lines it wraps over ("..., nemlig seniorpensionen (2019) og retten til tidlig
    # pension, også kaldet\nArnepensionen (2020)", p16 printed to PDF): a line break is a space in a sentence
    namely = _NAMELY.search(" ".join(after_cue_text.split()))
    if not namely:
        return [d]
    listed = re.sub(r",\s+også kaldet\s+([^,(]+?)(\s*\(\d{4}\))?(?=\s+og\s|,|$)", r" (\1)\2", namely.group("list").strip())
    members = [m.strip() for m in re.split(r",\s+|\s+og\s+(?=[^()]*(?:\(|$))", listed) if m.strip()]
    if len(members) < 2:
        return [d]
    out = []
    for member in members:
        year = _MEMBER_YEAR.search(member)
        name = _MEMBER_YEAR.sub("", member).strip()
        out.append(replace(d, subject=name, year=int(year.group("year")) if year else d.year, date=None if year else d.date,
                           year_stated=bool(year) or d.year_stated))
    return out


# A counted plural ("iværksættes to omfattende forsøgsordninger", p28) whose members a bullet list names
# further on, each as "Name — what it is" ("• Frit valg af aktør — Dette forsøg giver ..."): one event per
# member, as with "nemlig" (p16) and p18's "de seneste tre evalueringer ... Det drejer sig om:" whose
# members are labelled one by one. The count must equal the list's length.
_COUNTS = {"to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8}
_COUNTED = re.compile(r"^(?P<count>to|tre|fire|fem|seks|syv|otte)\s+(?:[\wæøå-]+\s+){0,2}?[\wæøå-]+(?:er|ne|inger)\b", re.IGNORECASE)
_NAMED_POINT = re.compile(rf"^[ \t]*[{BULLET_MARKS}]\s+(?P<name>[^\n—–:]{{3,80}}?)\s+[—–:]\s+\S[^\n]*$", re.MULTILINE)


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def counted_members(d: Draft, text: str) -> list[Draft]:
    counted = _COUNTED.match(d.subject.strip())
    if not counted:
        return [d]
    window = text[d.end:d.end + 1500]
    points = list(_NAMED_POINT.finditer(window))
    block: list[re.Match[str]] = []
    for point in points:  # the first run of consecutive named points
        # a point's text may wrap onto lines of its own (p28 printed to PDF: "... hvilken aktør\nder skal bistå
        # ..."): those lines are the point's; a blank line between two points ends the run
        if block and _BLANK_LINE.search(window[block[-1].end():point.start()]):
            break
        block.append(point)
    if len(block) != _COUNTS[counted.group("count").lower()]:
        return [d]
    return [replace(d, subject=point.group("name").strip()) for point in block]


# "Registreringsafgiften, arveafgiften, PSO-afgiften, særskatten på pensioner og skat af fri telefon skal
# afskaffes" (f05): a list of short noun phrases names several instruments, one event each (the
# conventions: "one event per commitment or instrument"). Only a list with a comma and a last "og"/"eller",
# every member a short phrase, at most twelve (a bullet's list, not a run of text); "kapital- og
# aktiebeskatningen" (a shared compound) is one phrase.
_CONJUNCT_SPLIT = re.compile(r",\s+|(?<!\s)\s+(?:og|eller|samt)\s+")


_LIST_HEAD = re.compile(r"^(?:[^,.;:\s][^,.;:]{1,39},\s+)+(?:" + ARTICLE_PATTERN + r"\s+)?$")  # a member opens with a letter: linear


def listed_before(clause: str, subject: str) -> str:
    """The whole list when the subject found is its last members ("Registreringsafgiften, arveafgiften,
    ... særskatten på pensioner og skat af fri telefon skal afskaffes": the subject stops at a comma)."""
    at = clause.find(subject)
    return clause[:at] + subject if at > 0 and _LIST_HEAD.match(clause[:at]) else subject


# A list after a preposition is that preposition's object, one thing ("straffen for vold, voldtægt, trusler og
# overgreb på børn", s12_07; "dansk deltagelse i EU, FN, NATO og WTO" and "styrket sundhedsfaglig indsats med
# plejehjemslæge, basispakke/medicin og gerontologi", s11_07; "ret til forsørgelse under arbejdsløshed, sygdom og
# barsel", s12_05; "opgaver inden for natur og miljø, uddannelse, social og trafik", f06: each one subject in its
# gold): Danish coordinates the prepositional object's nouns, not the head's.


def conjuncts(subject: str) -> list[str]:
    if "," not in subject or not re.search(r"\s(?:og|eller|samt)\s", subject):
        return [subject]
    parts = [ARTICLE.sub("", p.strip()) for p in _CONJUNCT_SPLIT.split(subject) if p.strip()]
    if not 3 <= len(parts) <= 12 or any(len(p.split()) > 5 or p.endswith("-") or p[:1].isdigit() for p in parts):
        return [subject]
    if any(w.lower() in PREPOSITIONS for w in parts[0].split()[1:-1]):  # a preposition inside the first member
        return [subject]
    return parts
