"""Evaluations and analyses (reports, STAR's evaluations, the evaluated kind).

What an evaluation looks at ("evaluering af X", "ser på konsekvenserne af X", "viser, at X
virker"), and who made "the evaluation" a later sentence speaks of.
"""
from __future__ import annotations

import re
from dataclasses import replace

from . import lexicon
from .draft import Draft
from .word_classes import ADVERBS, is_finite_verb
from ..phrases import after_cue


_THE_EVALUATION = re.compile(r"^\W*(?:evalueringen|evalueringerne|undersøgelsen|analysen)\b", re.IGNORECASE)


def evaluation_actor(drafts: list[Draft], text: str) -> list[Draft]:
    """"Evalueringen ser på ..." after "de seneste tre evalueringer er netop offentliggjort af Styrelsen
    for Arbejdsmarked og Rekruttering (STAR)" (p18): a bare "the evaluation" is one of those already
    told, and was made by the same agent - when it has the same year (the autumn-2015 start-up
    evaluation is another one)."""
    out: list[Draft] = []
    for d in drafts:
        if d.kind == "evaluated" and not d.actor and _THE_EVALUATION.match(text[d.start:d.end]):
            told = next((e for e in reversed(out) if e.kind == "evaluated" and e.actor and e.year == d.year), None)
            if told is not None:
                d = replace(d, actor=told.actor)
        out.append(d)
    return out


# "Reformen blev evalueret af Rambøll": what was evaluated is the passive subject.
EVALUATION_WORD = re.compile(r"\b\w*evaluering\w*", re.IGNORECASE)
# The verbs an evaluation reports its finding with ("viste, at ...", "pegede på ...").
FINDING_VERBS = r"(?:viste|viser|konkluderede|konkluderer|pegede på|peger på)"
SHOWED = re.compile(rf"\s*(?:som|der)\s+{FINDING_VERBS}\b", re.IGNORECASE)
PASSIVE_EVALUATED = re.compile(r"^(?:blev|er) evalueret\b", re.IGNORECASE)


# (spaces or a line break: a PDF's line may wrap between the noun and "af", p18 printed)
EVALUATION_OF = re.compile(r"\b(?:\w*evaluering\w*|fokusrevision\w*|vurdering\w*|analyse\w*)\s+af\s+(?P<x>[^,.;]+?)"
                           r"(?=\s+(?:blev|er|var|har|viser|peger|konkluderer)\b|[,.;]|$)", re.IGNORECASE)
# What an evaluation looks at: "ser på konsekvenserne af det fremrykkede revurderingstidspunkt", "afdække,
# om den obligatoriske lægeattest fungerer" (p18)
_EXAMINES = re.compile(r"\b(?:ser på|belyser|afdække|afdækker|undersøge|undersøger)\s*,?\s+(?:(?:konsekvenserne|effekten|effekterne|"
                       r"virkningen|betydningen) af\s+|om\s+)(?P<x>(?:[\wæøå-]+\s+){0,5}?[\wæøå-]+)"
                       r"(?=\s+(?:fungerer|virker|har|er|og|samt|i|for|som)\b|[,.;]|$)", re.IGNORECASE)
_AT_CLAUSE = re.compile(r",?\s+at\s+(?P<x>(?:[\wæøå-]+\s+){0,5}?)(?:virker|er|har|får|kan|skal|bliver|blev|var|ikke)\b",
                        re.IGNORECASE)


# "en evaluering af, hvordan ændringen har påvirket ventetiderne" (probes18 n03), "en evaluering af, om ordningen rammer
# den tiltænkte målgruppe" (probes13 n11): the content clause's subject is what is evaluated, up to its finite verb.
_OF_CONTENT = re.compile(r"\b\w*evaluering\w*\s+af\s*,\s*(?:om|hvordan|hvorvidt)\s+(?P<x>(?:[\wæøå-]+\s+){0,5}?[\wæøå-]+)"
                         r"(?=\s+[\wæøå]+\b)", re.IGNORECASE)


def _content_subject(sentence: str) -> str:
    """The subject of an evaluation's content clause, or ""; its words end at the clause's finite verb."""
    match = _OF_CONTENT.search(sentence)
    if match is None:
        return ""
    words = sentence[match.start("x"):].split()
    verb = next((n for n, w in enumerate(words) if is_finite_verb(w.strip(",.;").lower())), 0)
    return " ".join(words[:verb]) if 0 < verb <= 6 else ""


# A finding's at-clause subject ends where the clause's adverbs begin: "at slutlånet kun i ringe grad har øget ..."
# (probes21 n02), "at regeringen endnu ikke har anvist ..." (probes11 n05): the subject is the words before them.
_FINDING_ADVERBS = ADVERBS | frozenset("kun endnu ikke reelt især".split())


# A body's judgement and the first words of its at-clause, whatever the clause's verb: "konkluderede, at danskkravet
# især rammer par ..." (probes25 n11). Only after a verb of judging: the result sentences of an evaluation already told
# ("Evalueringen viser, at ...") are left to the event told before them.
_AT_WORDS = re.compile(r"\b(?:vurderede|konkluderede|vurderer|konkluderer)\b[^.;]{0,60}?,\s+at\s+(?P<x>(?:[\wæøå-]+\s+){1,6})",
                       re.IGNORECASE)


def _before_adverb(phrase: str) -> str:
    """The words of an at-clause's subject before its first sentence adverb, or "" when none stands in it."""
    words = phrase.split()
    cut = next((n for n, w in enumerate(words) if w.lower() in _FINDING_ADVERBS), None)
    return " ".join(words[:cut]) if cut else ""


def _before_verb(phrase: str) -> str:
    """An at-clause's subject: its words before the first sentence adverb ("især", "kun") or finite verb, or ""."""
    words = phrase.split()
    cut = next((n for n, w in enumerate(words) if w.lower() in _FINDING_ADVERBS or is_finite_verb(w.lower())), 0)
    return " ".join(words[:cut])


def evaluation_subject(sentence: str) -> tuple[str, bool] | None:
    """What is evaluated: "evaluering af X", "evaluering af, om X ...", else the subject of "viser, at X virker"."""
    content = _content_subject(sentence)
    if content:
        return content, True
    for pattern in (EVALUATION_OF, _EXAMINES, _AT_CLAUSE):
        match = pattern.search(sentence)
        if match and pattern is _AT_CLAUSE and _before_adverb(match.group("x")):
            return _before_adverb(match.group("x")), True
        if match and after_cue(match.group("x")):
            # "en evaluering af reglen foretaget af Finansministeriet": up to the participle
            return after_cue(lexicon.nominal_object(match.group("x")) or match.group("x")), True
    bare = _AT_WORDS.search(sentence)
    if bare and _before_verb(bare.group("x")):
        # a judgement whose at-clause verb is none of _AT_CLAUSE's
        return _before_verb(bare.group("x")), True
    if re.search(r"\breform(?:en|ens)\b", sentence, re.IGNORECASE):
        return "reformen", True  # resolved to the document's reform below
    named = re.search(r"\b[\wæøå]{3,}reform(?:en|ens)?\b", sentence, re.IGNORECASE)
    if named:
        return re.sub(r"s$", "", named.group(0)), True  # "Sygedagpengereformen evalueres løbende, og ..."
    return None
