"""Closed Danish word classes the lineage readers share: function words, sentence adverbs,
articles, determiners, pronouns, the definite noun ending, finite auxiliaries, the subsets of the
subordinators (nlp/word_classes.py, with the modals) that each reader passes over, negations, list
bullets and relative pronouns; and the test for an active finite verb (`active_finite`, by the lemma
table) that the subject and actor readers share.

One place, because the clause reader, the subject cleaner, the heading splitter and the
deduplication must agree on what, say, a sentence adverb is. The words themselves are data
(nlp/data/lineage_words.csv: each word with its role and the documents that attest it), read
once here for every lineage module (`word_set`, `alternation`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from danish._data import table_rows
from danish.list_marks import BULLET_MARKS

from ..lemma_table import lemma_table
from ..word_classes import (ADJUNCT_CLAUSE_OPENERS, CONDITIONAL, CONDITIONAL_PHRASES, CONSEQUENCE, MODALS, TEMPORAL, WHETHER,
                            s_passive)


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], ...]:
    return table_rows("nlp", "data", "lineage_words.csv")


@lru_cache(maxsize=None)  # the readers ask for a role on every sentence (skip_adverbs on every word): one scan each
def ordered(role: str) -> tuple[str, ...]:
    """The words of a role of nlp/data/lineage_words.csv, in the table's order."""
    found = tuple(r["word"] for r in _table() if r["role"] == role)
    if not found:
        raise KeyError(f"nlp/data/lineage_words.csv has no words of the role {role!r}")
    return found


@lru_cache(maxsize=None)
def word_set(role: str) -> frozenset[str]:
    """The words of a role of nlp/data/lineage_words.csv, as a set to look a word up in."""
    return frozenset(ordered(role))


def alternation(role: str) -> str:
    """The words of a role as a regular expression alternation ("(?:siger|sagde|...)"), in the
    table's order, each word literal."""
    return "(?:" + "|".join(re.escape(w) for w in ordered(role)) + ")"


#: The definite endings of a Danish noun in a rule over text ("ordningen", "tilbuddet", "reglerne").
DEFINITE_ENDING = "(?:en|et|ne)"
# The articles: the definite ones (also the plural "de") and the indefinite ones. Taken off a list
# member, a demand's subject or a phrase compared with another.
DEFINITE_ARTICLES = frozenset("den det de".split())
ARTICLES = DEFINITE_ARTICLES | frozenset("en et".split())
# The demonstratives ("denne ordning", "disse tiltag"): with a definite article, what makes a noun
# phrase name a thing already named.
DEMONSTRATIVES = frozenset("denne dette disse".split())
# The possessives that stand before a noun ("sin plan", "deres forslag", "dens formål").
POSSESSIVES = frozenset("sin sit sine hans hendes dens dets deres vores".split())


def _longest_first(words: frozenset[str]) -> str:
    # longest first, so that "de" is tried after "den" and "det" whatever follows the alternation
    return "(?:" + "|".join(sorted(words, key=lambda w: (-len(w), w))) + ")"


#: The articles as a regex alternation ("(?:den|det|de|en|et)"), for rules that match text.
ARTICLE_PATTERN = _longest_first(ARTICLES)
#: The definite articles as a regex alternation ("(?:den|det|de)").
DEFINITE_ARTICLE_PATTERN = _longest_first(DEFINITE_ARTICLES)

# The cardinal number words a noun phrase may open with ("De fem beskæftigelsespolitiske mål", star d03).
NUMBER_WORDS = frozenset("to tre fire fem seks syv otte ni ti elleve tolv".split())
# Words that may stand before the head of a noun phrase: articles, demonstratives, quantifiers, a few
# adjectives (`agent_nouns.premodifier`) and "og".
DETERMINERS = ARTICLES | DEMONSTRATIVES | frozenset("alle begge hele samlede nye og".split())
# The finite auxiliaries of tense and voice: after a noun phrase and outside a subordinate clause, one
# makes the phrase a main clause about the noun phrase ("velfungerende virksomheder har hidtil været
# grundlag for ...", LA's programme); a line or phrase with one is a clause, not a noun phrase. A modal
# with its infinitive is a duty whose wording is the commitment ("årsopgørelsen skal vise, hvordan
# skatteindbetalingerne bruges", f05 gold; "boligstøtten ikke må kompensere", p02 gold) and is kept,
# unless nothing follows it (a picker's leftover "... skal").
FINITE_AUX: frozenset[str] = frozenset("er var blev bliver har havde".split())
#: The same words as a regex alternation, for rules that match text.
FINITE_AUX_PATTERN = "(?:" + "|".join(sorted(FINITE_AUX)) + ")"

# The subordinators of a clause that states no event of its own, by what the clause says, are nlp/word_classes.py's
# (the phrase pickers need them too). The readers pass over such a clause, each with the subset its place asks for
# (below); one definition, so that they differ only where a comment says why.
#: What opens a clause the lexicon reads no event in, as its first word (`lexicon.find`): a condition, an
#: indirect question or a time clause.
NO_EVENT_OPENERS = CONDITIONAL | WHETHER | TEMPORAL
#: What opens a later clause of a sentence that `clauses.clause_events` passes over: the same and a consequence
#: (a clause after the first: a sentence-initial "Da X blev indgået i 2020, ..." still counts there).
LATER_CLAUSE_OPENERS = NO_EVENT_OPENERS | CONSEQUENCE
#: What opens a condition in the first place of a party programme's sentence, so that its modal states no demand
#: (`modal_passive`, `law_content`; f06, s9_06 gold_notes): the conditions proper, and "når" (whenever) and "om"
#: (if, "om nødvendigt"), which before a demand modal open a condition too ("Når ... skal ..."). Not "da": at a
#: programme sentence's start it gives a reason ("Da ..., skal ..."), after which the main clause may still demand;
#: not "hvorvidt" (no programme sentence of the dev texts opens with it; adding it changes no dev output); nor
#: "i fald" (two words: the readers compare the first token).
PROGRAMME_CONDITION_OPENERS = CONDITIONAL | frozenset("når om".split())
#: The text rule of a condition (`clauses.CONDITION`: a sentence or a later clause opened by one states a rule,
#: and so does the main clause before it: "Ydelsen ændres, hvis borgeren flytter"). Narrower than the sets
#: above: after a main clause "om" opens its object ("Byrådet besluttede, om ...") and "når" a time of an
#: event still stated ("Ordningen træder i kraft, når loven er vedtaget"); at a sentence's start "om" is as
#: often a preposition ("Om aftalen ...").
CONDITIONAL_PATTERN = "(?:" + "|".join(sorted(CONDITIONAL | CONDITIONAL_PHRASES, key=lambda w: (-len(w), w))) + ")"
#: What ends a noun phrase or a party programme's main clause because a clause of its own begins (`party_clause.
#: main_clause` after a comma; `demanded_objects` and `law_content` after an object noun phrase, with or without a
#: comma: "styrke den psykiatriske behandling så der sker en ligestilling ...", s7_04): the relative and adverbial
#: clauses, "således" (so that) and "men" (but). Not the object clauses ("at", "om", "hvordan"): after "Vi ønsker,"
#: they hold what the party wants.
CLAUSE_OPENERS = ADJUNCT_CLAUSE_OPENERS | frozenset("således men".split())
# A negated duty is a rule whose whole wording is the commitment ("boligstøtten ikke må kompensere for
# visse nedsættelser", p02; "Der betales ikke arbejdsmarkedsbidrag af ...", f05): kept as written.
NEGATION = frozenset("ikke ingen aldrig".split())
PRONOUNS = frozenset("det den de der dette denne disse man vi han hun jeg du i".split())

#: The prepositions that end a noun phrase's head ("regionerne i ...", "forbud mod ..."): its head is the word before.
PREPOSITIONS = frozenset("på i til for af om med ved fra over under mod".split())
# (a preposition is never a finite verb, though the lemma table reads "med" as a form of "mede": "Kontrakten med DSB
# skal opsiges" is one noun phrase before the modal)
_NOT_FINITE_VERBS = FINITE_AUX | MODALS | frozenset("blive bliver vil ville".split()) | PREPOSITIONS


def is_finite_verb(word: str, *, passive: bool = False, short: bool = False, lemma: str | None = None) -> bool:
    """A clause's finite verb, for the readers that end a phrase where its clause's verb stands (a target's "mål om
    ...", an evaluation's content clause, a pronoun opening a sentence): an auxiliary or a modal, a present or past
    active (`active_finite`); with `passive`, an s-passive too ("videreføres"), by the pipeline's lemma unless the
    caller has it (`lemma`); `short` as in `s_passive`. `word` is lower-case."""
    if word in FINITE_AUX or word in MODALS or active_finite(word):
        return True
    if not passive:
        return False
    from .event_lexicon import lemma_of  # the spaCy pipeline, loaded only when a passive is asked for
    return s_passive(word, lemma if lemma is not None else lemma_of(word), short=short)


def active_finite(word: str) -> bool:
    """A verb in the present or past active, by the lemma table: "påbegynder", "godkender", "besluttede",
    "indførte", "vedtog"; not a participle ("indført", "arbejdet"), a passive ("nedlægges"), an auxiliary or a
    modal, nor a noun ("udvalget")."""
    low = word.lower()
    if low in _NOT_FINITE_VERBS or low.endswith("s"):
        return False
    lemma = lemma_table().get(low)
    if not lemma or lemma == low or not lemma.endswith("e"):
        return False
    stem = lemma[:-1]
    return low in (lemma + "r", stem + "ede", stem + "te") or not low.endswith(("t", "n", "ne", "e", "r"))


# A relative pronoun or a coordinating "og" opening a clause: its subject is the phrase before it.
RELATIVE = re.compile(r"^(?:der|som|og)\s", re.IGNORECASE)

# Words that name nothing alone; a phrase of only these, or a line ending in one, is no commitment or heading.
FUNCTION_WORDS = word_set("function_word")

# What opens a subject but is no part of the noun phrase: list bullets ("• Topskatten afskaffes",
# party programmes; "- Forbud mod ...", referater), the marks extract's list readers know (danish/list_marks.py).
BULLET = re.compile(rf"^[{BULLET_MARKS}\s]+")

# A noun in its definite form ("ordningen", "reglerne"): an anaphor, or a head already named.
DEFINITE = re.compile(rf"^[A-Za-zæøåÆØÅ]+{DEFINITE_ENDING}$")

# Sentence adverbs that stand between an auxiliary and its participle (Danish V2: "bliver nu
# ændret", "blev også afskaffet", "er derfor blevet forlænget"): never a commitment.
ADVERBS = word_set("sentence_adverb")


@lru_cache(maxsize=1)
def adverbial_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in word_set("adverbial_phrase"))


def without_adverbial_phrases(words: list[str]) -> list[str]:
    """The words with the adverbials of several words (role adverbial_phrase: "til gengæld", "som udgangspunkt") left
    out: they stand where a sentence adverb does, between the finite verb and its participle or infinitive."""
    out: list[str] = []
    i = 0
    while i < len(words):
        low = tuple(w.lower() for w in words[i:i + 4])
        length = next((len(p) for p in adverbial_phrases() if low[:len(p)] == p), 0)
        if length:
            i += length
            continue
        out.append(words[i])
        i += 1
    return out


def lead_without_adverbs(lead: str) -> str | None:
    """A list's lead (a line ending in ':', whitespace collapsed) with the sentence adverbs after its first word left
    out ("Aftalen indebærer desuden:", "Regeringen vil derfor:"): Danish puts a sentence adverb after the finite verb,
    or after the subject when inverted, and it changes nothing the lead announces; None for no lead. The first word
    stays, so a V2 inversion after a fronted adverb ("Derfor vil SF:") can still be told by the reader."""
    body = lead.strip()
    if not body.endswith(":"):
        return None
    words = body[:-1].split()
    return " ".join(words[:1] + [w for w in words[1:] if w.lower() not in ADVERBS]) + ":"
# An article opening a phrase, taken off a list member or a demand's subject.
ARTICLE = re.compile(rf"^{ARTICLE_PATTERN}\s+", re.IGNORECASE)


# Event verbs without an object: the clause's subject is what ends or goes on ("Målingen udgår af jobindsats.dk",
# "Reformen trådte i kraft den 1. januar 2014", "fortsætter uændret frem til 2026", "fortsætter i uændret form").
INTRANSITIVE_EVENT_VERB = re.compile(
    r"^(?:udgår|udgik|udløb\w*|ophør\w*|bortfald\w*|trådte\b.*\bi kraft|træder\b.*\bi kraft|fortsætter\b.*)$")


def takes_no_object(verb_phrase: str) -> bool:
    """The verb phrase opens with an event verb that takes no object: its subject undergoes it, nobody is named as
    acting (probes21 m11 "Fokusområdet ... fortsætter uændret": what goes on, not who)."""
    return INTRANSITIVE_EVENT_VERB.match(" ".join(verb_phrase.lower().split()).strip(" .;,")) is not None
