"""A demand stated in the passive after a demand modal, whatever the verb: "<scheme> skal <verb>-s" ("Kongehuset
skal nedlægges", s9_03; "Udlicitering skal bruges, hvor det er egnet", s9_04), inverted after an adverbial ("Derfor
skal de dele af de statslige virksomheder, som leverer ydelser ..., sælges", f05). The passive is read from the
morphology (the s-passive of a verb: its lemma and -s, `word_classes.s_passive`), not from a table of verbs, so a
verb no table names still makes the demand.

Precision rests on the subject, since the sentence's grammar is the same for an aim ("Retssikkerheden skal styrkes",
f05; "Kvaliteten skal løftes", s6_08: general aims the golds leave out): its head must be a thing a policy acts on,
not a pronoun or an expletive, not a principle (nlp/data/principle_heads.csv), not a quality (a noun of a
quality suffix, nlp/data/lineage_words.csv role quality_noun_suffix) and not a group of people ("Alle brugere skal
stilles lige", s9_01: a principle). A condition in the first place ("Hvis ...") gives nothing (f06, s9_06 gold_notes),
as does a measurement ("X skal måles" is an indicator, the municipal README's session 9 convention) and a negated
demand (read by `negated_permissions`).
"""
from __future__ import annotations

import re

from ..lemma_table import lemma_table
from .draft import Draft
from .party_clause import duty_modal_at, lemma_tokens, main_clause, noun_phrase, skip_adverbs
from .programme_words import PREPOSITIONS, names_a_principle, tabled_verb
from .word_classes import (active_finite, ADVERBS, DETERMINERS, FINITE_AUX, NEGATION, PROGRAMME_CONDITION_OPENERS,
                           PRONOUNS, s_passive, word_set)
from ..word_classes import MODALS



def _quality(word: str) -> bool:
    low = word.lower()
    return any(low.endswith(s) or low.endswith(s + "en") for s in word_set("quality_noun_suffix"))


def names_people(subject: list[tuple[str, str]]) -> bool:
    """A group of people: a noun of a person in -er ("Alle brugere", "borgerne"), read by its lemma."""
    head = subject[-1][0].lower()
    return head.endswith(("ere", "erne")) and subject[-1][1].endswith("er")


def head_words(subject: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The subject up to its first preposition or relative: its head is the last word."""
    p = next((k for k, (w, _) in enumerate(subject) if k and (w.lower() in PREPOSITIONS or w == ",")), len(subject))
    return subject[:p]


def headed_by_a_thing(phrase: list[tuple[str, str]]) -> bool:
    """The noun phrase's head (its last word before a preposition or a relative) is a thing a policy acts on
    (`names_a_thing`): a demanded passive's subject, what an existential passive makes, a law's object."""
    return names_a_thing(head_words(phrase))


def modal_passive(sentence: str, tokens: list[tuple[str, str]], f: int, start: int, end: int,
                  party: str) -> list[Draft]:
    if not tokens or not duty_modal_at(tokens, f) or tokens[0][0].lower() in PROGRAMME_CONDITION_OPENERS:
        return []
    if f > 0 and not (f == 1 and tokens[0][0].lower() in ADVERBS | FRONT_ADVERBS):
        subject = tokens[:f]  # straight order: "Kongehuset skal nedlægges"
        i, negated = skip_adverbs(tokens, f + 1)
    else:
        # inverted after an adverbial: "Derfor skal de dele af de statslige virksomheder ... sælges"
        i, negated = skip_adverbs(tokens, f + 1)
        v = next((k for k in range(i, len(tokens)) if passive_at(tokens, k)), None)
        if v is None:
            tail = _TAIL_PASSIVE.search(sentence)  # after a relative clause: ", som leverer ..., sælges."
            if tail is None or not passive_at([(tail.group(1), tail.group(1)[:-1].lower())], 0):
                return []
            v = len(tokens)
        subject, i = tokens[i:v], v
        while len(subject) > 1 and (subject[-1][0].lower() in ADVERBS | FRONT_ADVERBS or _VIS_ADVERB.fullmatch(subject[-1][0])):
            subject = subject[:-1]  # an adverb after the inverted subject: "Derfor skal det naturligvis prioriteres"
        i, more = skip_adverbs(tokens, i)
        negated = negated or more
        if i == len(tokens):
            i = -1  # the tail's passive
    if negated or not subject or (i >= 0 and (i >= len(tokens) or not passive_at(tokens, i))):
        return []
    if i >= 0 and not _untabled_demand(tokens, i):
        return []
    if not _thing_subject(subject):
        return []
    phrase = noun_phrase([w for w, _ in subject])
    if i < 0:  # the subject with its relative clause, up to the tail's comma ("de dele af ..., som leverer ...")
        tail = _TAIL_PASSIVE.search(sentence)
        whole = _AFTER_MODAL.search(sentence[:tail.start()]) if tail else None
        phrase = noun_phrase(whole.group(1).split()) if whole else phrase
    return [Draft("planned", start, end, phrase, None, None, party, None, False)]


def _thing_subject(subject: list[tuple[str, str]]) -> bool:
    """The subject of a demand in the passive: one noun phrase (`_noun_phrase_only`) of at most fourteen words whose
    head is a thing a policy acts on (`headed_by_a_thing`)."""
    return bool(subject) and _noun_phrase_only(subject) and headed_by_a_thing(subject) and len(subject) <= 14


def _untabled_demand(tokens: list[tuple[str, str]], k: int) -> bool:
    """The passive at k demands an act (`demanding_passive`) by a verb no table names (a verb a table names is its
    readers': `modal_demands.passive_demand`, the event lexicon's clause reader), and only a complement follows it."""
    lemma = tokens[k][1]
    # (not a verb of a wished state, as after the deontic fallback's modal: "Samfundet skal indrettes, så flest muligt
    # kan klare sig selv", s17_08; "Tilskud skal indrettes, så vi får mest mulig bæredygtighed for pengene", s11_02:
    # how a thing shall be, an aim neither gold lists. The existential passive is another frame: "Der skal sikres
    # borgerne fuld indsigt ..." makes a thing exist, s7_02 gold: `planned`)
    return demanding_passive(lemma) and lemma not in word_set("state_verb") and not tabled_verb(lemma) \
        and _ends_clause(tokens, skip_adverbs(tokens, k + 1)[0])  # (an adverbial of time between: "opsiges hurtigst
    # muligt", s19_11)


def demanding_passive(lemma: str) -> bool:
    """A verb whose passive after a demand modal can demand an act on a thing: not a change of degree, not a
    measurement."""
    return lemma not in _NOT_DEMANDS and not _of_degree(lemma)


def names_a_quality_or_principle(word: tuple[str, str]) -> bool:
    """A head noun that names a principle (nlp/data/principle_heads.csv) or a quality (its suffix), not a scheme."""
    return names_a_principle(word) or _quality(word[0])


def names_a_thing(head: list[tuple[str, str]]) -> bool:
    """A noun phrase (up to its first preposition) whose head is a thing a policy acts on: not a pronoun or an
    expletive, not a principle, a quality or a group of people."""
    if not head:
        return False
    last = head[-1]
    # (a compound's last part decides: "10-årsreformplan", s19_12)
    return last[0].rsplit("-", 1)[-1][:1].isalpha() and last[0].lower() not in PRONOUNS | word_set("no_scheme_subject") \
        and not names_a_principle(last) and not _quality(last[0]) and not names_people(head) \
        and last[0].lower() != last[1] + "t"  # an adjective's neuter, no noun ("Der skal tænkes stort")


def _of_degree(lemma: str) -> bool:
    """A verb made of "for-" and an adjective's inflected form ("forenkle" of "enkle", "forbedre" of "bedre",
    "forstærke", "forhøje"): a change of degree in what the subject already is, an aim ("Skattereglerne skal
    forenkles", f05 gold_notes: a general principle, as "Retssikkerheden skal styrkes"). Read by the lemma table:
    the rest after "for" is a form of another word, where a verb's rest ("forbyde": "byde") is its own lemma."""
    rest = lemma[3:]
    found = lemma_table().get(rest)
    return lemma.startswith("for") and len(rest) >= 4 and found is not None and found != rest


def passive_at(tokens: list[tuple[str, str]], k: int) -> bool:
    """An s-passive, not a genitive after a determiner ("en kommunes borgere")."""
    return s_passive(*tokens[k]) \
        and not (k and tokens[k - 1][0].lower() in DETERMINERS)  # (a definite noun, "optagelsen", is its lemma and -n)


#: An adverb made with the suffix -vis ("naturligvis", "heldigvis", "forholdsvis"): Danish forms sentence adverbs so.
_VIS_ADVERB = re.compile(r"[a-zæøå]{3,}vis")
#: Adverbs that open a V2 main clause before its modal, the subject after it ("Derfor skal ...").
FRONT_ADVERBS = frozenset("derfor samtidig desuden endvidere derudover også".split())
_AFTER_MODAL = re.compile(r"\b(?:skal|bør)\s+(.+)$")
_TAIL_PASSIVE = re.compile(r",\s*([a-zæøå]{4,}s)\s*\.?\s*$")
# Measuring makes an indicator, not an event (the municipal README: "X skal måles" sentences are indicators).
_NOT_DEMANDS = frozenset({"måle"})


# What may follow the passive in a demand on a scheme: the clause's end, another clause, a coordinated passive, or
# the complement that names what the scheme becomes or the instrument it is done by ("omdannes til persontilskud",
# s9_01; "begrænses ved lovgivning", s7_07). Anything else is a manner or a recipient, the mark of a principle: "Skat
# skal indkræves med ordentlighed" (f05), "Folkeafstemninger skal gennemføres på baggrund af offentlig debat" (s09),
# "Alle mennesker skal sikres lige rettigheder" (s08: the subject a recipient, the object an aim).
_AFTER_PASSIVE = frozenset(", . ; : og eller samt til ved".split())


def _ends_clause(tokens: list[tuple[str, str]], k: int) -> bool:
    return k >= len(tokens) or tokens[k][0].lower() in _AFTER_PASSIVE or _purpose_at(tokens, k)


def _purpose_at(tokens: list[tuple[str, str]], k: int) -> bool:
    """"for at <verb>" after the passive opens a purpose adverbial, not a manner: why the scheme is acted on, so the
    demand stands ("Kongehuset skal nedlægges for at fjerne den sidste rest af enevælden", Enhedslisten's programme;
    "Erhvervsuddannelserne ... skal udbygges for at sikre uddannelsespladser til alle unge", Dansk Folkeparti's;
    "Der skal afholdes hyppige prøver for at opfange ...", s6_05, as `modal_demands.existential_passive` reads it)."""
    return k + 1 < len(tokens) and tokens[k][0].lower() == "for" and tokens[k + 1][0].lower() == "at"


def _noun_phrase_only(subject: list[tuple[str, str]]) -> bool:
    """The subject is one noun phrase: no clause inside it ("Det betyder, at beslutninger ...", "Alternativet er, at
    der ..."), no verb ("Derfor skal sundhedsvæsenet i større grad gennemføre forskning ..."), no negation, and not an
    expletive "der"/"det" alone in its first place."""
    first = subject[0][0].lower()
    if first == "der" or (first == "det" and len(subject) == 1):
        return False
    for k, (word, lemma) in enumerate(subject):
        low = word.lower()
        # (a present verb inside it, not at its end: a plural in -er, "styrelser", reads as one to the lemma table)
        if low in ("at", "være", "blive") or low in FINITE_AUX or low in MODALS or low in NEGATION \
                or (active_finite(word) and k < len(subject) - 1):
            return False
        if k and low == lemma and low.endswith("e") and low.isalpha() and len(low) > 4 and word.islower() \
                and subject[k - 1][0].lower() not in DETERMINERS:
            return False  # an infinitive ("gennemføre"): the clause goes on past the subject
    return True


def wished_passive(clause: str, start: int, end: int, party: str) -> list[Draft]:
    """The that-clause of a party's wish or demand in the present passive, whatever the verb: "Vi går ind for, at
    de to styrelser sammenlægges" as "De to styrelser skal sammenlægges" (the wish is the demand modal; "Dansk
    Folkeparti kræver, at skatten på pensioner sænkes" is the event lexicon's). The same controls as a modal's
    passive: a thing as the subject, no degree or measurement, nothing after the passive but a complement."""
    tokens = lemma_tokens(main_clause(clause))
    k = next((k for k in range(1, len(tokens)) if passive_at(tokens, k)), None)
    if k is None:
        return []
    subject = tokens[:k]
    while subject and subject[-1][0].lower() in ADVERBS:
        subject = subject[:-1]
    if not _thing_subject(subject) or not _untabled_demand(tokens, k):
        return []
    return [Draft("planned", start, end, noun_phrase([w for w, _ in subject]), None, None, party, None, False)]
