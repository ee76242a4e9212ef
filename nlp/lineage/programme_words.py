"""The words a party's programme is read by: its verbs and their roles (nlp/data/programme_verbs.csv), the nouns
that name a scheme (nlp/data/scheme_heads.csv) or a principle (nlp/data/principle_heads.csv), and the kind of event
a demanded act is, from those tables and the event lexicon (nlp/data/event_lexicon.csv).

Read by the programme readers of `programme_voice` and its sibling modules.
"""
from __future__ import annotations

import re
from functools import lru_cache

from danish._data import table_rows
from extract.records import EventKind

from . import lexicon
from .word_classes import PREPOSITIONS, alternation


#: A noun of an action (nlp/data/lineage_words.csv role action_noun_suffix), in its indefinite or definite form
#: ("arbejde for skabelsen af et kollektivt sikkerhedssystem", s9_04 gold: `planned`).
ACTION_NOUN = re.compile(rf"[a-zæøå]{{3,}}{alternation('action_noun_suffix')}(?:en|n)?$")


@lru_cache(maxsize=1)
def verbs() -> dict[str, str]:
    """lemma -> role (volition, demand, planned, kept) of nlp/data/programme_verbs.csv."""
    return {r["lemma"]: r["role"] for r in table_rows("nlp", "data", "programme_verbs.csv")}


@lru_cache(maxsize=1)
def scheme_heads() -> frozenset[str]:
    return frozenset(r["head"] for r in table_rows("nlp", "data", "scheme_heads.csv"))


#: The heads of three letters that count in a compound (nlp/data/scheme_heads.csv: every compound in -lov is a law).
COMPOUND_SHORT_HEADS = frozenset({"lov"})


def names_a_scheme(lemma: str) -> bool:
    """The lemma is a scheme's noun, or a compound whose last part is one ("sundhedsforsikring", "straffelov")."""
    return lemma in scheme_heads() or any((len(h) > 3 or h in COMPOUND_SHORT_HEADS) and lemma.endswith(h)
                                          and len(lemma) > len(h) + 2 and lemma[:-len(h)] not in _PREFIXES
                                          for h in scheme_heads())


#: The unstressed prefixes Danish derives verbs with ("forpligte" of "pligt", "bestemme"): a word of a prefix and a
#: head is a derivation, no compound ("ikke være forpligtet til at stille tilbud", s7_02: no duty named).
_PREFIXES = frozenset({"for", "be", "und"})


_NOUN_ENDINGS = ("erne", "ene", "er", "en", "et", "ne")


def is_scheme(token: tuple[str, str]) -> bool:
    """By the lemma, or the word as written where the lemma table reads another word ("ret" -> "rette")."""
    if names_a_scheme(token[1]) or names_a_scheme(token[0].lower()):
        return True
    # a noun's plural or definite form the lemma table reads as another word ("skatter" -> the verb "skatte")
    word = token[0].lower()
    for e in _NOUN_ENDINGS:
        stem = word[:-len(e)]
        if word.endswith(e) and len(stem) > 2 and (names_a_scheme(stem) or (stem[-1] == stem[-2] and names_a_scheme(
                stem[:-1]))):  # a consonant doubled before the ending: "skatter" of "skat"
            return True
    # a hyphenated compound the lemma table does not know ("225-timersreglen"): its last part
    last = token[0].rsplit("-", 1)
    return len(last) == 2 and len(last[1]) > 2 and names_a_scheme(lexicon.lemma_of(last[1]))


@lru_cache(maxsize=1)
def _principles() -> frozenset[str]:
    return frozenset(r["head"] for r in table_rows("nlp", "data", "principle_heads.csv"))


def names_a_principle(token: tuple[str, str]) -> bool:
    """By the lemma or the word as written, or a compound whose last part is a principle of eight letters or more
    ("produktionsstruktur", s10_02, as "strukturer", s10_01): a shorter head ends too many instruments' names."""
    words = (token[1], token[0].lower())
    return any(w in _principles() or any(len(h) >= 8 and w.endswith(h) and len(w) > len(h) + 2 for h in _principles())
               for w in words)


@lru_cache(maxsize=1)
def other_senses() -> dict[str, tuple[str, ...]]:
    """The event lexicon's words after a verb that give it a sense that is no event (nlp/data/event_lexicon.csv)."""
    return {e.lemma: e.other_sense for e in lexicon.entries() if e.pos == "verb" and e.other_sense}


@lru_cache(maxsize=1)
def _lexicon_verbs() -> dict[str, str]:
    return {e.lemma: e.kind for e in lexicon.entries() if e.pos == "verb"}


def verb_kind(lemma: str) -> EventKind | None:
    """`planned` for a demanded act of the event lexicon or programme_verbs.csv, `confirmed` for keeping."""
    role = verbs().get(lemma)
    if role == "kept":
        return "confirmed"
    if role in ("planned", "amount"):
        return "planned"
    kind = _lexicon_verbs().get(lemma)
    if kind is None:
        return None
    return "confirmed" if kind == "confirmed" else "planned"


def tabled_verb(lemma: str) -> bool:
    """A verb the event lexicon or programme_verbs.csv names (whatever its role): its own readers take it, where the
    readers of "any verb" (`modal_passive`, `means`) leave it."""
    return verb_kind(lemma) is not None or bool(verbs().get(lemma))


#: Finite auxiliaries and modals ("er", "skal", "får"): a phrase with one is a clause, not a scheme's name (a
#: proposal heading, a noun phrase demanded).
FINITE_FORMS = frozenset("er var har havde bliver blev kan vil skal bør må får".split())


def before_preposition(phrase: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The noun phrase up to its first preposition (PREPOSITIONS): its head is the last word ("en beskeden
    brugerbetaling på sundhedsydelser": "... brugerbetaling")."""
    return phrase[:next((k for k, (w, _) in enumerate(phrase) if w.lower() in PREPOSITIONS), len(phrase))]


def headed_by_a_scheme(phrase: list[tuple[str, str]]) -> bool:
    """The noun phrase's head, the last word before its first preposition, names a scheme (`is_scheme`)."""
    head = before_preposition(phrase)
    return bool(head) and is_scheme(head[-1])
