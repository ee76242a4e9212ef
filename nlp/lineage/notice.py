"""The proposals a general meeting's notice puts on its agenda.

A notice of a general meeting (DIKUrevyen's "Indkaldelses til ordinær generalforsamling 21. september
2015", corpus/municipal/s10_12) lists under an agenda item of statute changes the board's proposals as
lettered points:

    Der er fem vedtægtsændringsforslag fra ledelsen i denne dagsorden. ...
    6. Vedtægtsændringer.
    (a) Ekstra mulighed for godkendelse af vedtægtsændringer. (Bilag A)
    (b) Ændring af titlen »ledelsen« til »bestyrelsen«. (Bilag B)

A proposal not yet voted on is `planned`, by its proposer as the text names it, in the meeting's year
(municipal README, session 10: "an unvoted statute proposal is `planned` by »ledelsen«"; s10_12 gold; the
same proposals' annex in s9_13 and their outcomes in the minutes s7_11/s7_12, read by `assembly`).
"""
from __future__ import annotations

import re

from extract.normalise import collapse_ws

from . import actors
from .draft import Draft
from .word_classes import DEFINITE_ENDING
from ..timex import time_mentions

# The notice's title: "Indkaldelse(s) til (ordinær|ekstraordinær) generalforsamling <date>".
_TITLE = re.compile(r"(?m)^\s*Indkaldelse[s]?\s+til\s+(?:den\s+)?(?:ordinær|ekstraordinær)?\s*generalforsamling\b"
                    r"(?P<rest>[^\n]*)", re.IGNORECASE)
# Who proposes: "vedtægtsændringsforslag fra ledelsen", "forslag fra bestyrelsen".
_PROPOSER = re.compile(r"forslag\s+fra\s+(?P<who>[a-zæøå]+)\b", re.IGNORECASE)
# A numbered agenda item ("6. Vedtægtsændringer.") and a lettered point under it ("(b) Ændring af ... (Bilag B)").
_AGENDA_ITEM = re.compile(r"^\s*\d{1,2}\.\s+(?P<title>\S.*)$")
_POINT = re.compile(r"^\s*\(?(?P<letter>[a-z])\)\s+(?P<title>\S.*?)\s*$")
# An agenda item of proposals: statute changes ("Vedtægtsændringer") or proposals ("Forslag fra ...").
_PROPOSALS_ITEM = re.compile(r"ændring|forslag", re.IGNORECASE)
_DEFINITE = re.compile(rf"{DEFINITE_ENDING}$", re.IGNORECASE)
_ANNEX_REFERENCE = re.compile(r"\s*\(\s*Bilag\s+\w+\s*\)\s*$", re.IGNORECASE)


def agenda_proposals(text: str) -> list[Draft]:
    """The lettered proposals of a notice's agenda items of proposals: `planned`, by the proposer, in the year."""
    title = _TITLE.search(text[:400])
    if title is None:
        return []
    when = time_mentions(title.group("rest"))
    year = when[0].year if when else None
    year_at = (title.start("rest") + when[0].start, title.start("rest") + when[0].end) if when else None
    proposer = _PROPOSER.search(collapse_ws(text))
    proposer_at = _PROPOSER.search(text)  # the same words where the text prints them (its own line breaks)
    # the proposer as phrased: an agent of the gazetteer or the tables, or the definite noun the notice names
    # ("fra ledelsen": the association's board by its old title, s10_12 gold)
    who = proposer.group("who").lower() if proposer and (actors.subject_agent(proposer.group("who"))
                                                          or _DEFINITE.search(proposer.group("who"))) else None
    out: list[Draft] = []
    under_proposals = False
    pos = 0
    for line in text.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        item = _AGENDA_ITEM.match(line)
        if item:
            under_proposals = bool(_PROPOSALS_ITEM.search(item.group("title")))
            continue
        point = _POINT.match(line)
        if point is None:
            if line.strip():
                under_proposals = False  # the agenda's points end at the first other line
            continue
        if under_proposals:
            subject = _ANNEX_REFERENCE.sub("", point.group("title")).rstrip(" .")
            out.append(Draft("planned", start, start + len(line.rstrip()), subject, year, None, who, None, False,
                             year_stated=year is not None, year_at=year_at,
                             actor_at=proposer_at.span("who") if who and proposer_at else None))
    return out


# A proposal's annex (s9_13, "Bilag B" of the same meeting's minutes, the proposals of s10_12's points (b) and
# (c)): "Bilag B", its title (wrapped), then the statute's rewritten passages ("Tekstændringer til § 4:"). Read
# alone, it does not say whether the proposal was adopted nor who proposed it: `planned`, actor and year unknown
# (s9_13 gold notes; one event for the annex, its passages being the same proposal's consequential edits).
_ANNEX = re.compile(r"(?m)^[^\S\n]*Bilag\s+[A-ZÆØÅ][^\S\n]*\n\s*\n(?P<title>(?:[^\S\n]*\S[^\n]*\n){1,3})\s*\n"
                    r"[^\S\n]*Tekst(?:ændringer|tilføjelse)\s+til\s+§")


def annex_proposals(text: str) -> list[Draft]:
    """The proposal each annex of rewritten statute passages is headed by."""
    return [Draft("planned", m.start(), m.end("title") - 1, collapse_ws(m.group("title")).rstrip(" ."),
                  None, None, None, None, False) for m in _ANNEX.finditer(text)]


def with_agenda_proposals(text: str, drafts: list[Draft]) -> list[Draft]:
    """A notice's proposals, and the proposals annexes are headed by, in place of what the sentence readers made
    of their lines."""
    found = agenda_proposals(text) + annex_proposals(text)
    if not found:
        return drafts
    kept = [d for d in drafts if not any(f.start <= d.start < f.end for f in found)]
    return sorted(kept + found, key=lambda d: d.start)
