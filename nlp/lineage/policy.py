"""A municipal policy's action lists: "Vi vil:" and the infinitives under it.

A municipal policy (Syddjurs Kommune's "Politik for Kultur og Fritid - Lokalt engagement",
corpus/pdf/syddjurs_politik_kultur_fritid_2009; the dev excerpts f04 and s7_14) states under each
focus area what the municipality will do, as a list of infinitives after "Vi vil:":

    Vi vil:
    - sikre enkle og overskuelige rammer for foreningerne. ...
    - udsende en årlig foreningsfolder med vejledning, information og retningslinjer for
    foreningstilskud mv., samt afholde et årligt foreningsmøde

The convention (s7_14 gold notes): "only 'Vi vil' items that name a concrete instrument or recurring
activity are labelled planned ...; vague aims ('sikre enkle og overskuelige rammer', 'sætte fokus på
...', 'prioritere initiativer ...') are not events"; actor null ("vi" is not named), year null,
evidence the item without its bullet. So an item is read by its verbs: a verb of making or holding
something (udsende, afholde, etablere, lave; nlp/data/lineage_words.csv, role policy_action_verb) names
the instrument its object is, and each such verb coordinated in the item ("..., samt afholde et
årligt foreningsmøde") one more; a yearly activity named in the item ("via årlig uddeling af fritids-
og kulturpriser") is a recurring activity. The aims, and what the sentence readers found inside the
items, are no events. A party programme's lists are its demands (`demands`), not read here.

Session 10 (s10_10, s10_11: the same policy's Teater, Musik, Kunst, Børnekultur ... lists) adds the light
verbs the items open with, which name no instrument themselves: "arbejde for" (works_for_verb) before an
action verb ("arbejde for at danne musiknetværk", "arbejde for, at der dannes et faciliteret netværk") or a
noun of making ("arbejde for udvikling af kulturskole i Rønde"; policy_making_noun), and "indgå dialog om"
(policy_light_noun) before such a noun ("indgå dialog om etablering af større kultur, koncert ... hus"); and
the means an aim names ("skabe og fremme et innovativt miljø ... blandt andet gennem inspirationsdage",
"gerne gennem virtuelle vejkort"), unless the means is itself vague ("gennem samarbejde med institutioner og
foreninger og gennem samspil"; policy_vague_means). Examples ("eksempelvis gennem billedkunstråd", "evt.
gennem ...") are no events (s10_10/s10_11 gold notes).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from danish.list_marks import BULLET_MARKS
from extract.normalise import collapse_ws
from extract.records import EventKind

from . import lexicon
from .dating import TIME_TAIL
from .draft import Draft
from .headings import PAGE_MARK_LINE
from .word_classes import ARTICLE, word_set
from ..timex import time_mentions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# "Vi vil:" alone on its line: the municipality's actions follow.
_LEAD = re.compile(r"(?m)^[^\S\n]*Vi\s+vil\s*:[^\S\n]*$")
_BULLET = re.compile(r"^[^\S\n]*[" + BULLET_MARKS + r"][^\S\n]+")
# Where the object of an action verb ends: a clause or list boundary, "samt" before the next action, "mv.".
# (a full stop ends it before a capital or at the end, not a date's "1. januar")
_OBJECT_END = re.compile(r"\s*(?:;|\.(?=\s+[A-ZÆØÅ]|\s*$)|,?\s+samt\s|,\s+(?:eksempelvis|fx|f\.eks\.|herunder|således|så|der|som|hvor)\s"
                         r"|\s+mv\.|\s+m\.v\.|$)")
# "årlig uddeling af fritids- og kulturpriser", "et årligt foreningsmøde": a yearly activity, up to its complement.
# Not the goal of another's initiative ("tager initiativer til fælles årlige musikoplevelser", the policy's p. 6).
_YEARLY = re.compile(r"(?<!\btil\s)(?<!\btil\sfælles\s)\bårlig[et]?\s+(?P<np>[a-zæøå][\wæøå-]*"
                     r"(?:\s+af\s+[\wæøå-]+(?:\s+og\s+[\wæøå-]+)?)?)", re.IGNORECASE)


# The means of an aim, stated as the policy's own ("blandt andet gennem", "gerne gennem"); an example's
# "eksempelvis gennem"/"evt. gennem" is none (s10_11 gold notes).
_MEANS = re.compile(r"\b(?:blandt\s+andet|bl\.\s?a\.|gerne)\s+gennem\s+(?P<np>[^,.;]+)", re.IGNORECASE)
# Where a made thing's phrase ends beyond an object's end: its role in an apposition ("kulturskole i Rønde som
# et samarbejde mellem ...", s10_11).
_MADE_END = re.compile(r"\s+som\s")


@dataclass(frozen=True)
class Item:
    start: int  # the item's text after its bullet
    end: int


def items(text: str) -> list[Item]:
    """The bullet items of every "Vi vil:" list: a bullet and its wrapped lines, to a blank line before a line
    that is no bullet, a heading or a page mark."""
    out: list[Item] = []
    for lead in _LEAD.finditer(text):
        pos = lead.end() + 1
        current: tuple[int, int] | None = None
        blank = False
        while pos < len(text):
            nl = text.find("\n", pos)
            line_end = len(text) if nl < 0 else nl
            line = text[pos:line_end]
            bullet = _BULLET.match(line)
            if bullet:
                if current:
                    out.append(Item(*current))
                current = (pos + bullet.end(), line_end)
                blank = False
            elif not line.strip():
                blank = True
            elif current and not blank and not PAGE_MARK_LINE.match(line):
                current = (current[0], line_end)  # a wrapped line of the item
            else:
                break
            pos = line_end + 1
        if current:
            out.append(Item(*current))
    return out


def _object(rest: str) -> str:
    end = _OBJECT_END.search(rest)
    obj = rest[:end.start()] if end else rest
    return ARTICLE.sub("", obj.strip(" ,")).strip()


def _made_thing(doc: Doc, flat: str, k: int) -> str:
    """What the words from token k on name to be made: the object of an action verb ("at danne musiknetværk",
    "at der dannes et faciliteret netværk") or a noun of making with its object ("udvikling af kulturskole i
    Rønde"); "" when they name none ("arbejde for bredest mulig formidling", "arbejde for at tænke ...")."""
    verbs = word_set("policy_action_verb")
    words = [t for t in doc[k:] if t.is_alpha]
    if words[:1] and words[0].lower_ == "at":
        words = words[1:]
        if words[:1] and words[0].lower_ == "der":  # "at der dannes et faciliteret netværk"
            words = words[1:]
        if words and words[0].lemma_.lower() in verbs:
            return _object(flat[words[0].idx + len(words[0].text):])
        return ""
    if len(words) > 1 and words[0].lower_ in word_set("policy_making_noun") and words[1].lower_ == "af":
        made = _object(flat[words[0].idx:])
        return _MADE_END.split(made, maxsplit=1)[0]
    return ""


def _after_light_verb(doc: Doc, flat: str) -> str | None:
    """An item opening with a light verb ("arbejde for ...", "indgå dialog om ..."): the thing it names to be
    made, or "" (none); None when the item opens otherwise."""
    words = [t for t in doc if t.is_alpha]
    if len(words) > 2 and words[0].lower_ in word_set("works_for_verb") and words[1].lower_ == "for":
        return _made_thing(doc, flat, words[1].i + 1)
    if len(words) > 3 and words[0].lemma_.lower() in word_set("policy_action_verb") \
            and words[1].lower_ in word_set("policy_light_noun") and words[2].lower_ == "om":
        return _made_thing(doc, flat, words[2].i + 1)
    return None


def item_events(text: str, item: Item) -> list[Draft]:
    """The instruments and recurring activities an item names (planned, actor and year unknown)."""
    body = text[item.start:item.end]
    flat = collapse_ws(body)
    doc = lexicon.get_pipeline_doc(flat)
    verbs = word_set("policy_action_verb")
    subjects: list[str] = []
    alpha = [t for t in doc if t.is_alpha]
    keeps = bool(alpha) and alpha[0].lower_ in _KEEP_ADVERBS  # "fortsat give tilskud til ...": a keep-wish
    first = alpha[1 if keeps else 0] if len(alpha) > int(keeps) else None
    # the item's own verb, and each action verb coordinated by "samt"/"og" after a boundary
    making = first is not None and first.lemma_.lower() in verbs  # a verb of making or holding (policy_action_verb)
    heads = [first] if making and first is not None else []
    event = _event_verb(first) if first is not None and not making else None
    if first is not None and not making and (event is not None or keeps):
        # a verb of the event lexicon opening the item ("indføre faste teams i hjemmeplejen", "afskaffe kravet om
        # visitation"): what the municipality will do to a scheme, planned; a verb of keeping, or any verb after
        # "fortsat" ("fortsat give tilskud til de lokale ældreklubber"), keeps it (municipal README, s11:
        # keep-wishes are `confirmed`)
        heads = [first]
    first_keeps = not making and (keeps or (event is not None and event.kind == "confirmed"))
    heads += [t for t in doc if t.i > 0 and t.lemma_.lower() in verbs and doc[t.i - 1].lower_ in ("samt", "og")
              and (first is None or t.i != first.i)]
    light = _after_light_verb(doc, flat)
    if light is not None:
        heads = [h for h in heads if h is not first]  # "indgå dialog om ...": the dialogue is no instrument
        if light:
            subjects.append(light)
    kinds: dict[str, EventKind] = {}
    for verb in heads:
        obj = _object(flat[verb.idx + len(verb.text):])
        # "igangsætte tiltag, der styrker ...": a measure of no named kind is no instrument (s10_11 gold notes)
        if obj and len(obj.split()) <= 14 and obj.lower() not in word_set("policy_vague_object"):
            subjects.append(obj)
            if verb is first and first_keeps:
                kinds[obj] = "confirmed"
    if not subjects:
        means = _MEANS.search(flat)
        if means and means.group("np").split()[0].lower() not in word_set("policy_vague_means"):
            subjects.append(_object(means.group("np")))
    for yearly in _YEARLY.finditer(flat):
        phrase = yearly.group(0)
        if not any(phrase.lower() in s.lower() for s in subjects):
            subjects.append(phrase)
    # the evidence is the item's first sentence ("... og frivillige foreninger." before "Formålet er ...", s7_14 gold)
    stop = re.search(r"\.(?=\s+[A-ZÆØÅ])", body)
    end = item.start + stop.end() if stop else item.end
    return [_dated(Draft(kinds.get(s, "planned"), item.start, end, s, None, None, None, None, False)) for s in subjects]


def _dated(d: Draft) -> Draft:
    """An action's closing time is when it is planned for, no part of what is made ("indføre røgfri arbejdstid ...
    fra 1. januar 2025": 2025), as a clause's time is (dating.TIME_TAIL)."""
    tail = TIME_TAIL.search(d.subject)
    if tail is None:
        return d
    when = time_mentions(d.subject[tail.start():])
    return replace(d, subject=d.subject[:tail.start()].rstrip(" ,"), year=when[0].year if when else None,
                   year_stated=bool(when))


# "fortsat"/"stadig" opening an item: what follows is kept (the municipal README, s11: "skal fortsat", "stadig").
_KEEP_ADVERBS = frozenset("fortsat stadig".split())


def _event_verb(token: "Token") -> lexicon.LexEntry | None:
    """The event lexicon's verb a token is the infinitive of (its entry), or None."""
    verbs, _ = lexicon.entries_by_pos()
    entry = verbs.get(token.lemma_.lower())
    if entry is not None and "named_subject" in entry.only:
        return None  # an inquiry plans only with its actor named (event_lexicon.csv): an item has none
    return entry if entry is not None and token.lower_ == entry.lemma else None


def with_action_lists(text: str, drafts: list[Draft]) -> list[Draft]:
    """A policy's action-list items in place of what the sentence readers made of them (a vague aim is none)."""
    found = items(text)
    if not found:
        return drafts
    kept = [d for d in drafts if not any(i.start - 4 <= d.start < i.end for i in found)]
    new: list[Draft] = []
    seen: set[str] = set()
    for item in found:
        for d in item_events(text, item):
            key = d.subject.lower()
            if key not in seen:  # an item printed twice is one plan (s7_14 gold notes)
                seen.add(key)
                new.append(d)
    return sorted(kept + new, key=lambda d: d.start)
