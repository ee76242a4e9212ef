"""A new commitment adopted "som erstatning for" an old one, and the document that names itself.

"Derfor har vi – efter to års debat – vedtaget dette program som erstatning for det, vi vedtog i 2003."
(Enhedslisten's principprogram, corpus/municipal/s11_03): one sentence, two facts, two events sharing the
evidence (the conventions, star/README.md: "When one sentence states two facts ... two events share the same
evidence"; the municipal README: "a programme that replaces an earlier one is `introduced` plus `replaced`"):
the adoption of the new one, `introduced`, and the old one `replaced`, its `replaced_by` the new one as
written. Neither has a year unless the adopting clause states one: the year of the old one's own adoption ("det,
vi vedtog i 2003") is when the old one was made, not when it was replaced (s11_03 gold notes).

A subject that points at a noun the document's own title is headed by ("dette program" in "Enhedslistens
principprogram") names the document itself: its adoption is the document's, as a programme's cover line names
its title (s08 "Vedtaget af SF’s landsmøde", s11_04 "Vedtaget 30. september 2012 på ... Landsråd"), so the
subject is the title (`self_reference`).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from extract.normalise import collapse_ws

from danish.words import NEGATION_WORDS

from . import actors, lexicon
from .event_lexicon import entries_by_pos, verb_form
from .lexicon_context import MODALITY_WORDS, OPINION_WORDS
from .dating import MADE_IN_YEAR, TIME_OPENER
from .draft import Draft
from .word_classes import ARTICLE, word_set

_AS_REPLACEMENT = re.compile(r"\s+som\s+erstatning\s+for\s+", re.IGNORECASE)


def as_replacement(sentence: str, start: int, end: int, anchor: dt.date | None) -> list[Draft]:
    """The adoption and the replacement a sentence tells with "<verb of adopting> X som erstatning for Y", or []."""
    found = _AS_REPLACEMENT.search(sentence)
    if found is None:
        return []
    before = sentence[:found.start()]
    verb_end = _adopting_verb_end(before)
    if verb_end is None:
        return []  # "vil vedtage ... som erstatning for": a plan, read by the clause reader
    new = collapse_ws(before[verb_end:]).strip(" ,–-")
    old = collapse_ws(sentence[found.end():]).rstrip(" .;")
    if not new or not old or len(new.split()) > 8:
        return []  # the passive ("X blev vedtaget som erstatning for Y") and long objects are the clause reader's
    made = MADE_IN_YEAR.search(before)
    year = int(re.findall(r"\d{4}", made.group(0))[0]) if made else None
    new = ARTICLE.sub("", new)  # "en ny klimaplan": no leading article
    # the agent opening the clause ("Byrådet har i 2024 vedtaget ..."); "vi" is the author's (`speakers`)
    actor = actors.leading_agent(TIME_OPENER.sub("", before.lstrip()))
    return [Draft("introduced", start, end, new, year, None, actor, None, True, year_stated=made is not None),
            Draft("replaced", start, end, old, None, None, actor, new, True)]


def _adopting_verb_end(before: str) -> int | None:
    """Where the last verb of introducing before "som erstatning for" ends, when it is a past or a participle
    (a perfect's auxiliary may stand far before it: "har vi – efter to års debat – vedtaget") and no modal,
    negation or wish makes it a plan or a rule."""
    verbs, _ = entries_by_pos()
    doc = lexicon.get_pipeline_doc(before)
    words = [t.lower_ for t in doc]
    if (MODALITY_WORDS | NEGATION_WORDS | OPINION_WORDS).intersection(words):
        return None
    for t in reversed(doc):
        entry = verbs.get(t.lemma_.lower())
        if entry is not None and entry.kind == "introduced" and not entry.only \
                and verb_form(t.text, entry.lemma) in ("participle", "past"):
            return t.idx + len(t.text)
    return None


_POINTING = word_set("pointing_determiner")


def self_reference(drafts: list[Draft], title: str | None) -> list[Draft]:
    """An introduced subject "dette program" whose noun heads the document's title ("Enhedslistens
    principprogram") is the document: the title is its subject."""
    if not title:
        return drafts
    head = title.split()[-1].lower() if title.split() else ""
    out = []
    for d in drafts:
        words = d.subject.lower().split()
        if d.kind == "introduced" and len(words) == 2 and words[0] in _POINTING and len(words[1]) >= 4 \
                and head.endswith(words[1]):
            d = replace(d, subject=title)
        out.append(d)
    return out


# "X lukkes, og i stedet indføres Y": the second main clause, coordinated after the first, states what takes the
# place of what the first ended (probes19 n04 "Samtidig lukkes den hidtidige skrotningspræmie for oliefyr, og i
# stedet indføres et fast tilskud til et energitjek"; probes10 d12 "Med aftalen nedlægges de fem regioner, og i
# stedet oprettes fire nye regioner").
_AND_INSTEAD = re.compile(r",\s+og\s+i\s+stedet\b", re.IGNORECASE)


def instead_within(sentence: str, drafts: list[Draft]) -> list[Draft]:
    """One sentence that ends a thing and, after ", og i stedet", introduces another: the ended thing is
    `replaced`, its `replaced_by` the new one (the star README: a replacement is an end that names what takes
    the place); the new one's `introduced` stays, as "I stedet oprettes ..." keeps it after a sentence of its own."""
    cue = _AND_INSTEAD.search(sentence)
    if cue is None:
        return drafts
    new = [d for d in drafts if d.kind == "introduced" and sentence.find(d.subject) > cue.end()]
    return _ended_before(sentence, drafts, cue.start(), new[0].subject) if new else drafts


# "X nedlægges, og dens opgaver overgår til Y": the tasks of what ends pass to another body, which takes its place
# (probes21 m11 "Den særskilte koordinationsgruppe for hjerneskadeområdet nedlægges, og dens opgaver overgår til den
# faglige styregruppe"; probes19 m11 "Den tværkommunale koordinationsgruppe for autisme nedlægges, og dens opgaver
# overgår til det faglige netværk for børn og unge"; probes14 n01 "Samtidig nedlægges de fire regionale
# arbejdsmarkedsråd, og deres opgaver overgår til Styrelsen for Arbejdsmarked og Rekruttering": replaced, with Y).
# The same passing is told with "varetages af" and as the reason for the end: "nedlægge den fælles
# koordinationsgruppe ..., idet opgaven fremover varetages af den nationale koordinationsstruktur" (probes25 m11),
# "nedlægge den tværkommunale arbejdsgruppe om rekruttering, da opgaven fremover varetages af det regionale
# rekrutteringspartnerskab" (probes23 m11), "at rådet nedlægges ..., og at rådets opgaver fremover varetages af
# Udvalget for Regional Udvikling" (probes21 m03).
_TASKS_PASS = re.compile(r",\s+(?:og\s+(?:at\s+)?|idet\s+|da\s+)"
                         r"(?:(?:dens|dets|deres|\w+s)\s+opgaver|opgaven|opgaverne)\s+(?:fremover\s+)?"
                         r"(?:(?:overgår|overføres|overdrages)\s+til|varetages\s+(?:fremover\s+)?af)\s+"
                         r"(?P<by>[^,.;]+)", re.IGNORECASE)


def tasks_pass_to(sentence: str, drafts: list[Draft]) -> list[Draft]:
    """One sentence that ends a body and passes its tasks to another: the ended body is `replaced`, its
    `replaced_by` the body that takes the tasks."""
    cue = _TASKS_PASS.search(sentence)
    if cue is None:
        return drafts
    return _ended_before(sentence, drafts, cue.start(), ARTICLE.sub("", collapse_ws(cue.group("by")).strip()))


def _ended_before(sentence: str, drafts: list[Draft], cue: int, by: str) -> list[Draft]:
    """The one thing the sentence ends before the successor's clause at `cue` is `replaced` by `by`; with none or
    several ended there, which one gave way cannot be told and the drafts stay."""
    ended = [d for d in drafts if d.kind == "dropped" and 0 <= sentence.find(d.subject) < cue]
    if len(ended) != 1:
        return drafts
    return [replace(d, kind="replaced", replaced_by=by) if d is ended[0] else d for d in drafts]
