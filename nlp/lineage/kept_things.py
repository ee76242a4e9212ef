"""What a party's programme says it keeps: an existing scheme, institution or practice it supports or wants to go
on, which the conventions make `confirmed` (the municipal README: "keep this" wishes, "vil bevare", "skal fortsat",
"stadig", are `confirmed`; the gold_notes of s11_05, s11_07 and s11_08: support for an existing arrangement is a
keep-wish), against a new thing demanded, `planned`. Danish marks the difference in the noun phrase and the adverbs:

- the object of a verb of support (nlp/data/programme_verbs.csv, role support: "støtte", "være tilhænger af") that
  names a thing already there, by the free definite article before it ("Dansk Folkeparti støtter den
  Energispareaftale, som blev underskrevet i 2006"; "er tilhænger af den øgede liberalisering på energiområdet",
  s11_08 gold: both `confirmed`) or by the names of the institutions it belongs to ("Liberal Alliance er tilhænger
  af dansk deltagelse i EU, FN, NATO og WTO", s11_07 gold: `confirmed`), is kept; an indefinite thing is a new one,
  demanded as before ("Derfor er vi tilhængere af afprøvningspladser og vindmølleparker til havs", s11_08:
  `planned`); a thing of every one ("SF støtter ethvert folkeslags ret til kulturel autonomi", s10_02: no event) is
  a value, the quantifier's general rule (nlp/data/lineage_words.csv role quantifier);
- a verb of keeping in the party's present tense ("Derfor værner vi om nærhedsprincippet", s11_05 gold:
  `confirmed`), as after its "vil" ("Vi vil fastholde ...");
- a judgement of the party that an act goes on ("Det er vigtigt, at Danmark fortsætter med at opstille vindmøller
  ...", s11_08; "Det er samtidig afgørende at en række mindre sygehuse fortsat dels kan varetage akutte
  døgnfunktioner", s10_04; both golds `confirmed`);
- a definite thing with a demand modal and the passive of a verb of keeping ("Hjemmeværnet skal bevares på et
  uændret niveau", s20_08 gold: `confirmed`, as "De åbne indre grænser skal fastholdes", s19_10, by the event
  lexicon's verb); an indefinite subject is things of a kind, no one scheme kept ("Skoler og børneinstitutioner på
  øerne skal bevares", f06: not in its gold);
- the party's judgement of a thing named definite, by a verb of judging with "som" or "for (at være)" ("Dansk
  Folkeparti betragter terrorlovgivningen som en god start", s19_06; "Dansk Folkeparti anser værnepligten for at
  være et vigtigt led i et demokratisk forsvar", s20_08; both golds `confirmed`);
- an adverbial of continuation (lineage_words.csv roles continuation_adverb and future_adverb: "fortsat",
  "stadig", "også i fremtiden", "også fremtidigt") with a definite thing: the party's object ("I det internationale
  arbejde ser vi også i fremtiden NATO-samarbejdet som krumtappen ...") or the subject of a modal ("Beredskabet og
  Hjemmeværnet ... skal stadig udgøre en markant del af det danske nødberedskab"; s11_05 gold: both `confirmed`).

Read by `programme_voice.party_demands` over the main clause's lemma tokens (nlp/lineage/party_clause.py).
"""
from __future__ import annotations

import re

from . import lexicon
from .demanded_objects import NOT_ACTS, OBJECT_ENDERS, demanded_object
from .draft import Draft
from .modal_passive import names_people
from .party_clause import (DEMAND_MODALS, is_infinitive, lemma_tokens, main_clause, noun_phrase, party_at,
                           present_tense, skip_adverbs)
from .programme_words import (FINITE_FORMS, PREPOSITIONS, before_preposition, is_scheme, names_a_principle, other_senses,
                               verbs)
from .word_classes import ADVERBS, DEFINITE_ARTICLES, alternation, s_passive, word_set
from ..word_classes import MODALS

#: The adverbs that say a thing goes on as it is ("fortsat", "stadig").
CONTINUATION_ADVERBS = word_set("continuation_adverb")


def _quantified(token: tuple[str, str]) -> bool:
    """"ethvert", "alle", "ingen" (lineage_words.csv role quantifier, by the word or its lemma: "ethvert" ->
    enhver): a thing of every one or of none is a general rule, no instrument."""
    return token[0].lower() in word_set("quantifier") or token[1] in word_set("quantifier")


def continuation_at(tokens: list[tuple[str, str]], i: int) -> int | None:
    """The index after an adverbial of continuation at i: "fortsat", "stadig", or "også" with an adverbial of the
    future ("også i fremtiden", "også fremtidigt": as now, also then); None when there is none. "i fremtiden"
    alone is a time to come, no continuation ("Vi vil i fremtiden indføre ...")."""
    if i < len(tokens) and tokens[i][0].lower() in CONTINUATION_ADVERBS:
        return i + 1
    if i + 1 < len(tokens) and tokens[i][0].lower() == "også":
        future = word_set("future_adverb")
        if tokens[i + 1][0].lower() in future:
            return i + 2
        if i + 2 < len(tokens) and tokens[i + 1][0].lower() == "i" and tokens[i + 2][0].lower() in future:
            return i + 3
    return None


def _continued(tokens: list[tuple[str, str]], i: int) -> tuple[int, bool]:
    """The index after the adverbs and adverbials of continuation at i, and whether one of continuation was among
    them (a negation gives no index: -1)."""
    keeps = False
    while i < len(tokens):
        after = continuation_at(tokens, i)
        if after is not None:  # before the other adverbs: "fortsat" is one of those too
            i, keeps = after, True
            continue
        j, negated = skip_adverbs(tokens[:i + 2], i)  # one adverb or adverbial pair at a time
        if negated:
            return -1, False
        if j == i:
            break
        i = j
    return i, keeps


def _object(named: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The object noun phrase at the start of named: up to a clause of its own (a comma, a subordinator, "og"
    before a finite verb or an adverb: "nærhedsprincippet og er kritiske overfor ...", "og derved beholder ...") or "som" ("NATO-samarbejdet som
    krumtappen", a predicative)."""
    while named and not named[-1][0][:1].isalnum():
        named = named[:-1]  # the sentence's full stop
    for k, (w, lem) in enumerate(named):
        low = w.lower()
        if low == "," and 0 < k < len(named) - 1 and _name(named[k - 1][0]) and _name(named[k + 1][0]):
            continue  # a list of names: "i EU, FN, NATO og WTO"
        if low in OBJECT_ENDERS or low == "som":
            return named[:k]
        if low == "og" and k + 1 < len(named) and (named[k + 1][0].lower() in FINITE_FORMS | ADVERBS
                                                   or present_tense(named[k + 1])):
            return named[:k]
    return named


def _name(word: str) -> bool:
    """A proper name as written: a capital, letters only ("EU", "NATO", "Grønland")."""
    return word[:1].isupper() and word.isalpha()


def _definite_noun(token: tuple[str, str]) -> bool:
    """A noun in its definite form, by the lemma (the word is longer than its lemma and ends in -en, -et, -ne:
    "Beredskabet" -> beredskab); a hyphenated compound by its last part ("NATO-samarbejdet")."""
    word = token[0].rsplit("-", 1)[-1]
    lemma = lexicon.lemma_of(word.lower()) if "-" in token[0] else token[1]
    return (word.isalpha() and word.lower().endswith(("en", "et", "ne")) and len(word) > len(lemma)
            and word.lower().startswith(lemma[:max(3, len(lemma) - 1)]))


def _quality(word: str) -> bool:
    """A noun of a quality, by its suffix (lineage_words.csv role quality_noun_suffix: "Kvaliteten",
    "Retssikkerheden"), as modal_passive reads a subject: an aim, not a thing that goes on."""
    low = word.lower()
    return any(low.endswith(s) or low.endswith(s + "en") for s in word_set("quality_noun_suffix"))


def _names_definite_things(phrase: list[tuple[str, str]]) -> bool:
    """Every noun of the phrase (before its first preposition; "og" joins them) is definite: "Beredskabet og
    Hjemmeværnet", "NATO-samarbejdet"; not a principle ("nærhedsprincippet" after a verb of keeping is read there)."""
    head = before_preposition(phrase)
    nouns = [t for t in head if t[0].lower() != "og"]
    return bool(nouns) and all(_definite_noun(t) for t in nouns) and not names_a_principle(nouns[-1])


def _identified(obj: list[tuple[str, str]]) -> bool:
    """The object names a thing already there: the free definite article before an adjective or a noun ("den
    øgede liberalisering", "den Energispareaftale, som ..."), a scheme's noun in its definite form
    ("jobkortordningen"), or a bare noun whose complement is the names of institutions ("dansk deltagelse i EU, FN,
    NATO og WTO")."""
    if len(obj) >= 2 and obj[0][0].lower() in DEFINITE_ARTICLES and obj[1][0].isalpha() \
            and obj[1][0].lower() not in ("fleste", "andre", "samme"):
        return True
    head = before_preposition(obj)
    if len(head) == 1 and _definite_noun(head[0]) and is_scheme(head[0]):
        # a scheme named in its definite form, the one there is: "Dansk Folkeparti er tilhænger af
        # jobkortordningen" (s19_05 gold: `confirmed`); a definite noun that names no scheme stays demanded ("Derfor
        # støtter vi mulighederne for at vælge behandling i privat regi", s7_04 gold: `planned`)
        return True
    rest = obj[len(head) + 1:]
    names = [w for w, _ in rest if w not in (",", "og")]
    return (bool(head) and len(head) < len(obj) and obj[len(head)][0].lower() in ("i", "af")
            and all(w.isalpha() and w.islower() for w, _ in head)
            and bool(names) and all(_name(w) for w in names))


def _kept_subject(obj: list[tuple[str, str]]) -> str:
    """The kept thing as a subject: the noun phrase without its article. (A lone noun after the article before a
    relative clause, "den Energispareaftale, som ...", is named by its definite form, "Energispareaftalen", s11_08
    gold: `commitment.restricted_definite` makes it so for every event's subject.)"""
    return noun_phrase([w for w, _ in obj]).replace(" ,", ",")  # the tokens of a list of names joined as written


def supported(named: list[tuple[str, str]], start: int, end: int, party: str) -> list[Draft]:
    """The object of the party's verb of support: a thing already there is kept (`confirmed`), a thing of every
    one nothing, anything else read as a demanded object (`demand_objects.demanded_object`)."""
    if named and _quantified(named[0]):
        return []  # "SF støtter ethvert folkeslags ret til kulturel autonomi": a value (s10_02 gold: no event)
    if named and named[0][0] in (",", "at"):
        return []  # a that-clause: "Vi anerkender, at der ikke er ubegrænsede ressourcer ..." (s12_02: no event)
    at, negated = skip_adverbs(named, 0)  # "støtter tillige velfærdsaftalen ..." (s19_05)
    if negated:
        return []
    named = named[at:]
    obj = _object(named)
    words = [w for w, _ in obj]
    act = any(words[k + 1].lower() == "af" and lexicon.noun_entry(words[k]) is not None
              for k in range(min(3, len(words) - 1)))
    year = _made_in(obj)
    if (_identified(obj) or year is not None) and not act:  # "støtter den foreslåede afskaffelse af ..." stays demanded
        kept_one = Draft("confirmed", start, end, _kept_subject(obj), None, None, party, None, False)
        if year is None or not _agreement(obj):
            return [kept_one]
        # an agreement the party supports, dated: made that year, and kept (s19_04, s19_05 gold: `introduced` with
        # the year and no actor, then `confirmed`; s11_08's "den Energispareaftale, som blev underskrevet i 2006" the
        # same by its relative clause)
        made = Draft("introduced", start, end, _kept_subject(obj), year, None, None, None, False, year_stated=True,
                     agentless=True)  # who made it the sentence does not say
        return [made, kept_one]
    return demanded_object(named, start, end, party)


def _made_in(obj: list[tuple[str, str]]) -> int | None:
    """The year of a thing dated by "fra <year>" right after its noun phrase ("velfærdsaftalen fra 2006 med
    green-card ordningen", s19_05; "den frivillige aftale med De Forenede Nationers Højkommissær for Flygtninge fra
    1978", s19_04): a thing made then, so one there is. None without one."""
    definite = bool(obj) and obj[0][0].lower() in DEFINITE_ARTICLES
    for k in range(1, len(obj) - 1):
        if obj[k][0].lower() == "fra" and _YEAR.fullmatch(obj[k + 1][0]) and (definite or _definite_noun(obj[k - 1])):
            return int(obj[k + 1][0])
    return None


def _agreement(obj: list[tuple[str, str]]) -> bool:
    """The object's head is an agreement ("aftale", "forlig" and their compounds: "velfærdsaftalen")."""
    head = before_preposition(obj)
    return bool(head) and head[-1][1].endswith(_AGREEMENT_HEADS)


_YEAR = re.compile(r"(?:19|20)\d\d")
_AGREEMENT_HEADS = ("aftale", "forlig")


def kept(named: list[tuple[str, str]], lemma: str, start: int, end: int, party: str) -> list[Draft]:
    """The object of a verb of keeping in the party's present tense ("Derfor værner vi om nærhedsprincippet"):
    `confirmed`, unless the words after the verb give it the event lexicon's other sense ("fastholder fokus")."""
    rest = " " + " ".join(w.lower() for w, _ in named)
    if any(rest.startswith(f" {phrase}") for phrase in other_senses().get(lemma, ())):
        return []
    obj = _object(named)
    if not obj or obj[0][0].lower() in PREPOSITIONS | {"at"} or not obj[-1][0].isalpha():
        return []
    return [Draft("confirmed", start, end, _kept_subject(obj), None, None, party, None, False)]


def continued_object(tokens: list[tuple[str, str]], start: int, end: int, party: str) -> list[Draft]:
    """The party as subject, a verb, an adverbial of continuation and a definite object: "I det internationale
    arbejde ser vi også i fremtiden NATO-samarbejdet som krumtappen ..." (s11_05 gold: `confirmed`), or a verb of
    keeping in the present tense ("Vi bevarer ...", "Derfor fastholder vi ..."). Nothing without either."""
    straight = party_at(tokens, 0)
    if straight is not None:
        f = straight  # "Vi konservative bevarer ..."
    else:  # inverted after an adverbial: "Derfor fastholder vi ...", "I det internationale arbejde ser vi ..."
        f = next((k for k in range(1, min(len(tokens), 8)) if party_at(tokens, k + 1) is not None), -1)
        if f < 0:
            return []
    subject_end = f + 1 if straight is not None else party_at(tokens, f + 1)
    if f >= len(tokens) or subject_end is None:
        return []
    verb = tokens[f]
    if not verb[0].islower() or not verb[0].isalpha():
        return []
    i, keeps = _continued(tokens, subject_end)
    if i < 0 or i >= len(tokens):
        return []
    if verbs().get(verb[1]) == "kept" and present_tense(verb):
        return kept(tokens[i:], verb[1], start, end, party)
    obj = _object(tokens[i:])
    if keeps and _names_definite_things(obj):
        return [Draft("confirmed", start, end, noun_phrase([w for w, _ in before_preposition(obj)]), None, None,
                      party, None, False)]
    return []


def continued_subject(tokens: list[tuple[str, str]], f: int | None, start: int, end: int, party: str) -> list[Draft]:
    """A definite subject, a modal at f (None: the first demand modal, after a subject too long for the clause
    reader's first eight words) and an adverbial of continuation: "Beredskabet og Hjemmeværnet med deres mange
    frivillige og fastansatte skal stadig udgøre en markant del af det danske nødberedskab" (s11_05 gold:
    `confirmed`, one event for the two bodies); the subject up to its first preposition. An expletive ("Der skal
    fortsat arbejdes for ..."), a name ("Danmark skal fortsat være ...") or a principle is no thing kept."""
    if f is None:
        f = next((k for k, (_, lemma) in enumerate(tokens) if lemma in DEMAND_MODALS), None)
    if not f:
        return []
    i, keeps = _continued(tokens, f + 1)
    subject = _definite_thing_before(tokens, f)
    if not keeps or i < 0 or i >= len(tokens) or subject is None or s_passive(*tokens[i]):
        # "Retssikkerheden skal fortsat styrkes": a quality, a change going on; "Borgerne skal fortsat kunne vælge":
        # people (modal_passive reads them so); no thing kept
        return []
    return [Draft("confirmed", start, end, noun_phrase([w for w, _ in subject]), None, None, party, None, False)]


def goes_on(tokens: list[tuple[str, str]], f: int | None, start: int, end: int, party: str) -> list[Draft]:
    """A definite scheme as subject, a demand modal at f and an intransitive verb of continuation closing the clause
    (lineage_words.csv role continuation_verb): the scheme goes on as it is, a keep-wish, `confirmed` as "skal fortsat"
    is (the municipal README): "Ordningen med to timers gratis parkering i midtbyen skal fortsætte" (a local
    programme's bullet). With an object or a complement ("skal fortsætte med at ...") the verb names another act;
    a subject that names no scheme ("Væksten i byen skal fortsætte") is an aim, no thing kept. f None: the first
    demand modal, after a subject too long for the clause reader's first eight words (as `continued_subject`)."""
    if f is None:
        f = next((k for k, (_, lemma) in enumerate(tokens) if lemma in DEMAND_MODALS), None)
    if not f or tokens[f][1] not in DEMAND_MODALS:
        return []
    i, negated = skip_adverbs(tokens, f + 1)
    subject = _definite_thing_before(tokens, f)
    if negated or i >= len(tokens) or subject is None or tokens[i][1] not in word_set("continuation_verb") \
            or any(w[:1].isalnum() for w, _ in tokens[i + 1:]) or not any(is_scheme(t) for t in subject):
        return []
    # the whole subject: a scheme's complement names which one ("Ordningen med to timers gratis parkering")
    return [Draft("confirmed", start, end, noun_phrase([w for w, _ in tokens[:f]]), None, None, party, None, False)]


def _definite_thing_before(tokens: list[tuple[str, str]], f: int) -> list[tuple[str, str]] | None:
    """The subject before the modal at f up to its first preposition, when it names definite things (not a quality,
    not people): a thing there is to keep; else None."""
    subject = before_preposition(tokens[:f])
    if not _names_definite_things(tokens[:f]) or _quality(subject[-1][0]) or names_people(subject):
        return None
    return subject


def kept_in_passive(tokens: list[tuple[str, str]], f: int, start: int, end: int, party: str) -> list[Draft]:
    """A definite subject, a demand modal at f and the passive of a verb of keeping (programme_verbs.csv, role
    kept): "Hjemmeværnet skal bevares på et uændret niveau" (s20_08 gold: `confirmed`). The subject up to its
    first preposition; an indefinite subject, a principle, a quality or people keep nothing (see the module's doc)."""
    if not f or tokens[f][1] not in DEMAND_MODALS:
        return []
    i, negated = skip_adverbs(tokens, f + 1)
    subject = _definite_thing_before(tokens, f)
    if negated or i >= len(tokens) or not s_passive(*tokens[i]) or verbs().get(tokens[i][1]) != "kept" \
            or subject is None:
        return []
    return [Draft("confirmed", start, end, noun_phrase([w for w, _ in subject]), None, None, party, None, False)]


def judged(named: list[tuple[str, str]], start: int, end: int, party: str) -> list[Draft]:
    """The object of the party's verb of judging (programme_verbs.csv, role judge) before "som" or "for": a thing
    named definite is one there is, judged, so kept (see the module's doc), when it is a scheme (scheme_heads.csv:
    "værnepligten", "terrorlovgivningen"); a pronoun ("anser det som selvfølgeligt, at ...", s12_03), an indefinite
    thing or another thing judged is none."""
    at, negated = skip_adverbs(named, 0)
    if negated:
        return []
    named = named[at:]
    end_at = next((k for k, (w, _) in enumerate(named) if w.lower() in ("som", "for")), None)
    if not end_at or end_at > 6:
        return []
    obj = named[:end_at]
    if not _names_definite_things(obj) or not is_scheme(before_preposition(obj)[-1]):
        return []  # (a judged thing that names no scheme, an institution or a value, is an opinion, no event kept)
    return [Draft("confirmed", start, end, noun_phrase([w for w, _ in obj]), None, None, party, None, False)]


# "Det er (samtidig) vigtigt, at ...": a judgement of the party on a clause (lineage_words.csv, role
# judgement_adjective); up to two adverbs between the copula and the adjective.
_JUDGED = re.compile(rf"^Det\s+er\s+(?:[a-zæøå]+\s+){{0,2}}?{alternation('judgement_adjective')},?\s+at\s+(?P<clause>.+)$",
                     re.DOTALL)
# The correlative "dels ... dels" (both ... and) stands where an adverb does: "fortsat dels kan varetage ... dels kan
# løse ..." (s10_04).
_CORRELATIVE = "dels"


def _infinitive_phrase(tokens: list[tuple[str, str]], i: int) -> str | None:
    """The infinitive at i and its object, with a coordinated infinitive's ("opstille vindmøller og udvikle
    vindteknologien"), as written; None when the verb is an auxiliary or takes no object here."""
    if i >= len(tokens) or not is_infinitive(tokens[i]) or tokens[i][1] in NOT_ACTS:
        return None
    obj = _object(tokens[i + 1:])
    if not obj or obj[0][0].lower() in PREPOSITIONS | {"at"} or not obj[-1][0].isalpha():
        return None
    return " ".join(w for w, _ in tokens[i:i + 1 + len(obj)])


def judged_continuation(sentence: str, start: int, end: int, party: str) -> list[Draft]:
    """The party judges it important that an act goes on: "Det er vigtigt, at Danmark fortsætter med at opstille
    vindmøller og udvikle vindteknologien" (s11_08 gold: `confirmed`), "Det er samtidig afgørende at en række mindre
    sygehuse fortsat dels kan varetage akutte døgnfunktioner" (s10_04 gold: `confirmed`): what goes on is kept, the
    act as its infinitive phrase. A judgement with no verb or adverb of continuation is no event ("Det er vigtigt,
    at vi fastholder fokus på ...": lexicon_context)."""
    judged = _JUDGED.match(" ".join(sentence.split()))
    if not judged:
        return []
    tokens = lemma_tokens(main_clause(judged.group("clause")))
    for k, (word, _) in enumerate(tokens[:8]):
        low = word.lower()
        if low in ("fortsætter", "fortsætte") and [w.lower() for w, _ in tokens[k + 1:k + 3]] == ["med", "at"]:
            act = _infinitive_phrase(tokens, k + 3)  # "fortsætter med at opstille vindmøller"
        elif low in CONTINUATION_ADVERBS:
            i = k + 1
            while i < len(tokens) and (tokens[i][0].lower() in ADVERBS or tokens[i][0].lower() == _CORRELATIVE):
                i += 1
            if i >= len(tokens) or tokens[i][0].lower() not in MODALS:
                return []
            act = _infinitive_phrase(tokens, i + 1)  # "fortsat dels kan varetage akutte døgnfunktioner"
        else:
            continue
        return [Draft("confirmed", start, end, act, None, None, party, None, False)] if act else []
    return []
