"""A party's demands in the running prose of its programme, read clause by clause.

The conventions (tests/fixtures/gold/municipal/README.md and the programme golds' gold_notes): a demand that
names a scheme or instrument is `planned`, by the party, year null unless stated; a scheme the party says it
keeps is `confirmed`; principles and aims ("Vi vil et Danmark, hvor ...", "skal have frihed til") are no
events. Last session's "every skal/bør sentence is a demand" gave more wrong events than right ones, so a
sentence is read here only in its main clause, by Danish word order (V2: one constituent, the finite verb,
then the subject when the first place is an adverbial) over the pipeline's lemmas (the pipeline has no
parser: nlp/pipeline.py), and an event needs both a demand's verb and a scheme's noun:

- the party as subject ("vi", "Vi konservative", "Alternativet") of a verb of volition with an infinitive the
  event lexicon or nlp/data/programme_verbs.csv knows ("Alternativet vil lovliggøre aktiv dødshjælp",
  "Derfor vil vi også bevare den udvidede behandlingsgaranti" - kept, so `confirmed`);
- the party as subject of a verb of volition with a transitive infinitive no table names ("Venstre ønsker at
  privatisere offentlige virksomheder", s9_01; "Vi konservative ønsker at styrke den psykiatriske behandling", s7_04):
  an act planned on the object noun phrase, unless its head names a principle (nlp/data/principle_heads.csv) or the
  verb is light (programme_verbs.csv, role light: "bekæmpe", "sætte grænser for");
- a numbered proposal heading, "11.1.3 Forslag | En skat på finansielle transaktioner" (s9_07's gold_notes);
- the party as subject of a demand verb whose object names a scheme (nlp/data/scheme_heads.csv: "Derfor
  støtter vi mulighederne for at vælge behandling i privat regi og fradrag for sundhedsforsikringer");
- the impersonal "Det skal/bør være muligt at <verb> <scheme>" ("Det skal dog være muligt at opkræve en vis
  brugerbetaling i praksissektoren", s7_02; "Det bør være muligt for en vis andel af en kommunes borgere at
  kræve en sag sendt til folkeafstemning", f06) and "Der skal være <scheme>" ("Der skal være en beskeden
  brugerbetaling på sundhedsydelser", s6_08), whose subject is the scheme's noun phrase; "Det skal være et krav,
  at ..." (s6_05); "<someone> skal have mulighed for <scheme>" (s09, s6_08); "Der skal afholdes <an instrument>"
  (s6_05; s7_02's "skal der sikres ..." is the same construction): a passive of making or holding something;
- a scheme made legal, freed or laid down by a verb the event lexicon lacks ("Medicinsk cannabis skal
  lovliggøres", s6_08; "bør lovgiverne fastsætte minimumskrav", s7_01), a demand to refrain ("Danmark skal afstå
  fra at ...", s7_06), and the that-clause of the party's opinion ("Tilsvarende mener Alternativet, at ...");
- a negated deontic predicate: a thing that "må ikke være tilladt" is a demanded ban (s7_01), an exclusion the party
  "mener ikke" should be is a demand to lift it (s7_07); every other negated demand gives nothing.

`read_with_party_voice` joins these to the other readers' events of the sentence (one event per instrument, the
f05 convention); `demands.demand_items` asks it for the bullets of a party's list.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from danish._data import table_rows
from danish.party_forms import member_forms
from danish.reference import party_by_name, party_for
from extract.normalise import collapse_ws
from extract.records import EventKind

from . import lexicon
from .clauses import clause_events
from .draft import Draft
from .members import conjuncts as members_conjuncts
from .word_classes import ADVERBS, ARTICLE, BULLET, alternation, word_set
from ..timex import time_mentions

# in its indefinite or definite form ("arbejde for skabelsen af et kollektivt sikkerhedssystem", s9_04 gold: `planned`)
_ACTION_NOUN = re.compile(rf"[a-zæøå]{{3,}}{alternation('action_noun_suffix')}(?:en|n)?$")


@lru_cache(maxsize=1)
def verbs() -> dict[str, str]:
    """lemma -> role (volition, demand, planned, kept) of nlp/data/programme_verbs.csv."""
    return {r["lemma"]: r["role"] for r in table_rows("nlp", "data", "programme_verbs.csv")}


@lru_cache(maxsize=1)
def scheme_heads() -> frozenset[str]:
    return frozenset(r["head"] for r in table_rows("nlp", "data", "scheme_heads.csv"))


def names_a_scheme(lemma: str) -> bool:
    """The lemma is a scheme's noun, or a compound whose last part is one ("sundhedsforsikring")."""
    return lemma in scheme_heads() or any(len(h) > 3 and lemma.endswith(h) and len(lemma) > len(h) + 2
                                          for h in scheme_heads())


_NOUN_ENDINGS = ("erne", "ene", "er", "en", "et", "ne")


def _is_scheme(token: tuple[str, str]) -> bool:
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


# Where the main clause ends: a subordinate clause (relative, consecutive, conditional, causal) after a comma,
# a dash or a colon. "... arbejdsløshedsforsikringer, så lønmodtagerne får størst mulig frihed" (s7_01).
_SUBORDINATE = re.compile(r"\s*(?:,\s*(?:så|således|der|som|hvor|hvis|når|fordi|idet|mens|selvom|da|men|hvilket|og så)\b"
                          r"|\s[–-]\s|:|;|\.\s+(?=[A-ZÆØÅ])|\.$|\(|,\s*(?:f\.eks\.|eksempelvis|bl\.a\.))")
# Adverbs that stand between the finite verb and the infinitive besides the sentence adverbs of the lineage
# words ("vil vi også bevare", "Vi vil i højere grad ..." is an aim: "grad" names no scheme).
_MORE_ADVERBS = frozenset("gerne fortsat derfor også således blandt andet overordnet fremover".split())
_NEGATION = frozenset("ikke aldrig ingen intet hverken".split())
_NO_SCHEME_SUBJECT = word_set("no_scheme_subject")
_WE = frozenset({"vi"})


@lru_cache(maxsize=1)
def _party_names() -> frozenset[str]:
    return frozenset(n.lower() for n in party_by_name())


def _is_party_subject(words: list[str]) -> bool:
    """"vi", "vi konservative", "Alternativet", "Det Radikale Venstre": the party speaking."""
    low = [w.lower() for w in words]
    if not low:
        return False
    if low[0] in _WE and (len(low) == 1 or (len(low) == 2 and low[1] in member_forms())):
        return True
    if len(words) == 1 and len(words[0]) >= 2 and words[0].isupper() and party_for(words[0]) is not None:
        return True  # "SF vil ...": the abbreviation of parties.csv (two letters or more)
    return " ".join(low) in _party_names()


# A purpose clause in the first place of a V2 sentence: "For at sikre lige konkurrencevilkår mellem virksomhederne
# bør lovgiverne fastsætte minimumskrav til et godt arbejdsmiljø" (s7_01): the finite verb follows it. (A
# condition, "Hvis ...", is left alone: conditional statements are no events, f06 gold_notes.)
_FRONTED_PURPOSE = re.compile(r"^For at [^,.;:]{3,160}?\s+(?=(?:skal|bør|vil|må)\s)")


def _main_clause(sentence: str) -> str:
    sentence = _FRONTED_PURPOSE.sub("", sentence)
    cut = _SUBORDINATE.search(sentence)
    return sentence[:cut.start()] if cut else sentence


def _tokens(clause: str) -> list[tuple[str, str]]:
    from ..pipeline import get_pipeline

    return [(t.text, t.lemma_.lower()) for t in get_pipeline()(clause) if not t.is_space and t.text.strip()]


def _before_coordinated_passive(subject: str) -> str:
    """"fradragssystemet forenkles og" read as the subject of "reduceres" (s9_07: "Alternativet vil arbejde for, at
    fradragssystemet forenkles og reduceres"): two coordinated s-passives share the subject before the first."""
    words = subject.split()
    if len(words) >= 3 and words[-1] == "og":
        passive = _tokens(words[-2])
        if passive and _s_passive(*passive[0]):
            return " ".join(words[:-2])
    return subject


def _noun_phrase(words: list[str]) -> str:
    return ARTICLE.sub("", " ".join(words)).strip(" ,.")


def _conjuncts(phrase: str) -> list[str]:
    """"mulighederne for at vælge behandling i privat regi og fradrag for sundhedsforsikringer" -> the two
    schemes (s7_04 gold: two events sharing the evidence); "titel- og ordensvæsnet" stays one."""
    parts = [ARTICLE.sub("", p).strip() for p in re.split(r"(?<!-)\s+og\s+", phrase)]
    if len(parts) > 1 and all(len(p.split()) >= 2 for p in parts):
        return parts
    return [phrase]


# Adverbials of two words that stand where an adverb does ("skal vi hurtigst muligt have reduceret ...", s7_06;
# "Afbrænding af fossile brændsler skal udfases hurtigst muligt", the same programme; "vil vi på sigt ...").
_ADVERBIAL_PAIRS = frozenset({("hurtigst", "muligt"), ("snarest", "muligt"), ("på", "sigt"), ("så", "vidt")})


def _skip_adverbs(tokens: list[tuple[str, str]], i: int) -> tuple[int, bool]:
    """The index after the adverbs at i, and whether one of them negates."""
    negated = False
    while i < len(tokens):
        word = tokens[i][0].lower()
        if i + 1 < len(tokens) and (word, tokens[i + 1][0].lower()) in _ADVERBIAL_PAIRS:
            i += 2
            continue
        if not (word in ADVERBS or word in _MORE_ADVERBS or word in _NEGATION):
            break
        negated = negated or word in _NEGATION
        i += 1
    return i, negated


_MODALS = frozenset({"skulle", "bør"})


def _finite(tokens: list[tuple[str, str]]) -> int | None:
    """The finite verb of a V2 main clause: a verb of volition or demand, or a modal, after the first
    constituent (within its first eight words); None in V1 (a question, a condition)."""
    for i, (_, lemma) in enumerate(tokens[:8]):
        if verbs().get(lemma) in ("volition", "demand") or lemma in _MODALS or _multiword(tokens, i):
            return i or None
    return None


def _multiword(tokens: list[tuple[str, str]], i: int) -> bool:
    """The word at i begins a verb of several words whose rest follows within a few words (an inverted subject
    and adverbs may stand between: "går vi derfor ikke ind for"); "er" alone is no demand ("være tilhænger af")."""
    lemma = tokens[i][1]
    for verb in verbs():
        first, *rest = verb.split()
        if first == lemma and rest and any(_rest_at(tokens, k, rest) for k in range(i + 1, min(len(tokens), i + 7))):
            return True
    return False


def _rest_at(tokens: list[tuple[str, str]], k: int, rest: list[str]) -> bool:
    """The rest of a particle verb at k, each word as written or by its lemma ("tilhængere" -> tilhænger)."""
    found = tokens[k:k + len(rest)]
    return len(found) == len(rest) and all(word in (w.lower(), lem) for word, (w, lem) in zip(rest, found))


def _particle(tokens: list[tuple[str, str]], lemma: str, i: int) -> tuple[str, int]:
    """A particle verb's rest at i ("går ind for", "går vi derfor ikke ind for", "er tilhængere af"): its lemma
    and the index after."""
    for verb in verbs():
        first, *rest = verb.split()
        if first == lemma and rest and _rest_at(tokens, i, rest):
            return verb, i + len(rest)
    return lemma, i


def _party_at(tokens: list[tuple[str, str]], i: int) -> int | None:
    """The index after the party as subject at i ("vi", "vi konservative", "Det Radikale Venstre"), or None."""
    for n in (4, 3, 2, 1):
        if i + n <= len(tokens) and _is_party_subject([w for w, _ in tokens[i:i + n]]):
            return i + n
    return None


def party_demands(sentence: str, start: int, end: int, party: str) -> list[Draft]:
    """The demands and kept schemes one sentence of a party's programme states (see the module's doc)."""
    text = BULLET.sub("", collapse_ws(sentence))
    denied = negated_deontic(text, start, end, party)
    if denied:
        return denied
    that = _OPINION_THAT.match(text)
    if that and _is_party_subject((that.group("who") or that.group("who2")).split()):
        # "Tilsvarende mener Alternativet, at Danmark skal afstå fra at efterforske og udvinde skifergas" (s7_06),
        # "Det Radikale Venstre mener, at grundloven skal revideres" (s09): the party's opinion is its demand; its
        # that-clause read as a sentence of its own, by the rules here, else by the lexicon's clause reader (a
        # present passive, "Dansk Folkeparti kræver, at skatten på pensioner sænkes", proposes in a programme)
        clause = that.group("clause")
        who = that.group("who") or that.group("who2")
        # the party as the sentence names it ("Det Radikale Venstre", s09 gold), "vi" as the party
        party = who if who.lower() in _party_names() else party
        found = party_demands(clause, start, end, party)
        if not found:
            with lexicon.demands():
                found = [replace(d, actor=d.actor or party, subject=_before_coordinated_passive(d.subject))
                         for d in clause_events(clause, start, end, None)]
        if found:
            return found  # else "går ind for at <verb>": an infinitive, read below
    tokens = _tokens(_main_clause(text))
    f = _finite(tokens)
    if f is None and _FRONTED_PURPOSE.match(text) and tokens and tokens[0][1] in _MODALS:
        return _active(tokens, 0, start, end, party)
    if f is None:
        return []
    lemma = tokens[f][1]
    # straight order ("Vi vil ...", "Venstre går ind for ...") or inverted after an adverbial ("Derfor støtter
    # vi ...", "Derfor vil vi også bevare ..."): the party is the subject either side of the finite verb
    if _is_party_subject([w for w, _ in tokens[:f]]):
        subject_end: int | None = f + 1
    else:
        subject_end = _party_at(tokens, f + 1)
        if subject_end is None and f >= 3 and tokens[f - 1][0].lower() == "og" and _party_at(tokens, 0) is not None:
            # a second verb coordinated with the party's first shares its subject: "Vi bekæmper militarismen og
            # arbejder for dansk udmeldelse af NATO" (s7_05 gold: `planned`), as "Alternativet mener, ... og arbejder
            # for bedre vilkår ..." (s7_06)
            subject_end = f + 1
        if subject_end is None:
            return _possibility(tokens, f, start, end, party) or _impersonal(sentence, tokens, f, start, end, party) \
                or _passive(tokens, f, start, end, party) or _active(tokens, f, start, end, party) \
                or _refrain(tokens, f, start, end, party) or _existential_passive(tokens, f, start, end, party)
    assert subject_end is not None
    i, negated = _skip_adverbs(tokens, subject_end)
    lemma, i = _particle(tokens, lemma, i)
    i, negated_after = _skip_adverbs(tokens, i)
    if negated or negated_after or i >= len(tokens):
        return []
    role = verbs().get(lemma)
    if role == "volition" or lemma in _MODALS:
        if tokens[i][0].lower() == "at":  # "ønsker at styrke ..."
            i += 1
        if i + 1 < len(tokens) and tokens[i][0].lower() == "have" and _verb_kind(tokens[i + 1][1]):
            i += 1  # the perfect infinitive: "Derfor skal vi hurtigst muligt have reduceret affaldsforbrændingen" (s7_06)
        if i >= len(tokens):
            return []
        verb, after = _particle(tokens, tokens[i][1], i + 1)
        if verbs().get(verb) == "demand":  # "Alternativet vil arbejde for afskaffelse af ..." (s7_07)
            return _demanded(tokens[after:], start, end, party)
        if verb != tokens[i][1] and verbs().get(verb) == "kept" and after < len(tokens):
            # a particle verb of keeping: "Vi ønsker fortsat at værne om det kommunale selvstyre" (s9_02: `confirmed`)
            return [Draft("confirmed", start, end, _noun_phrase([w for w, _ in tokens[after:]]), None, None, party,
                          None, False)]
        kind = _verb_kind(tokens[i][1])
        rest = " " + " ".join(w.lower() for w, _ in tokens[i + 1:])
        if any(rest.startswith(f" {phrase}") for phrase in _other_senses().get(tokens[i][1], ())):
            return []  # the lexicon's other sense: "fastholde fokus" is a priority, not a kept scheme
        if verbs().get(tokens[i][1]) == "amount" and not any(_is_scheme(t) for t in tokens[i + 1:]):
            return []  # "Vi vil øge indsatsen for de få virkeligt udsatte" (s7_04): no scheme changes
        if kind is None and role == "volition" and tokens[i][0].lower() in ("en", "et", "de"):
            # wanting a thing is demanding it when it is a scheme ("Vi ønsker en hjemmehjælpsordning, hvor ...";
            # "Vi vil et Danmark, hvor ..." names none: an aim)
            return _demanded(tokens[i:], start, end, party)
        words = [w for w, _ in tokens[i + 1:]]
        if kind is None and role == "volition":
            return _acted_on(tokens, i, start, end, party)
        if kind is None or not words:
            return []
        return [Draft(kind, start, end, _noun_phrase(words), None, None, party, None, False)]
    if role == "demand":
        return _demanded(tokens[i:], start, end, party)
    return []


def _infinitive(token: tuple[str, str]) -> bool:
    """A verb's infinitive as written: lower case, its own lemma, ending in -e ("privatisere", "fremme")."""
    word, lemma = token
    return word.islower() and word == lemma and len(word) > 3 and word.endswith("e")


def _acted_on(tokens: list[tuple[str, str]], i: int, start: int, end: int, party: str) -> list[Draft]:
    """"Venstre ønsker at privatisere offentlige virksomheder" (s9_01), "Vi konservative ønsker at styrke den
    psykiatriske behandling" (s7_04): the party wants to do something to a thing - a transitive infinitive after
    its verb of volition whatever the verb, when the event lexicon and programme_verbs.csv lack it, plans an act on
    the object noun phrase. An object that names a principle, not an instrument ("forene social tryghed med ...",
    nlp/data/principle_heads.csv), a reflexive or a prepositional object ("arbejde for", read as a demand) is none."""
    if i >= len(tokens) or not _infinitive(tokens[i]) or tokens[i][1] in _NOT_ACTS or verbs().get(tokens[i][1]) == "light":
        return []
    named = tokens[i + 1:]
    # the object ends where a clause of its own begins, with or without a comma ("styrke den psykiatriske
    # behandling så der sker en ligestilling ...", s7_04)
    named = named[:next((k for k, (w, _) in enumerate(named) if w.lower() in _CLAUSE_OPENERS), len(named))]
    if not named or named[0][0].lower() in _PREPOSITIONS | _NOT_OBJECT or not named[0][0][:1].isalpha():
        return []
    # the head: the last word before a preposition or "og" ("en synlig mangfoldighed og ser dette som ...", s7_07)
    # ("SMS- og hurtiglån": "og" after a word's first part joins two compounds' first parts, s9_07)
    p = next((k for k, (w, _) in enumerate(named) if w.lower() in _PREPOSITIONS
              or (w.lower() == "og" and k and not named[k - 1][0].endswith("-"))), len(named))
    head = named[p - 1] if p else None
    if head is None or not head[0].isalpha() or head[0].lower() in ADVERBS or _names_a_principle(head):
        return []
    phrase = _noun_phrase([w for w, _ in named])
    parts = re.split(r"(?<!-)\s+og\s+", phrase)
    if len(parts) == 2 and all(len(part.split()) <= 3 and not set(part.split()) & _PREPOSITIONS for part in parts):
        # "fremme udlicitering og offentligt-privat partnerskab" (s9_01 gold: two events sharing the evidence)
        return [Draft("planned", start, end, ARTICLE.sub("", part).strip(), None, None, party, None, False)
                for part in parts]
    return [Draft("planned", start, end, part, None, None, party, None, False) for part in _conjuncts(phrase)]


# Auxiliaries and the copula after "vil"/"ønsker at" take no thing acted on (lexical verbs of that kind are the
# `light` role of nlp/data/programme_verbs.csv).
_NOT_ACTS = frozenset("være have blive få".split())
# Words that open no object noun phrase: the infinitive marker, a reflexive, a that-clause, a relative.
_NOT_OBJECT = frozenset("at sig os hinanden som der hvor hvis når".split()) | frozenset({","})
# Words that open a clause after an object noun phrase: a comma, a subordinator, a relative pronoun.
_CLAUSE_OPENERS = frozenset(", så således som der hvor hvis når fordi idet mens men".split())


@lru_cache(maxsize=1)
def _principles() -> frozenset[str]:
    return frozenset(r["head"] for r in table_rows("nlp", "data", "principle_heads.csv"))


def _names_a_principle(token: tuple[str, str]) -> bool:
    return token[1] in _principles() or token[0].lower() in _principles()


def _demanded(named: list[tuple[str, str]], start: int, end: int, party: str) -> list[Draft]:
    """The object of a demand verb: a scheme's noun phrase ("fradrag for sundhedsforsikringer"), or an act on
    one named by a nominalisation of the event lexicon ("afskaffelse af tvungen psykiatrisk udredning", s7_07;
    "en regulering af internationale kapitalstrømme", s08) whose object is the commitment."""
    if len(named) > 2 and named[0][0].lower() == "at" and _verb_kind(named[1][1]):
        # "Liberal Alliance går ind for at afskaffe arveafgiften": the infinitive's act, as after "vil"
        kind = _verb_kind(named[1][1])
        assert kind is not None
        return [Draft(kind, start, end, _noun_phrase([w for w, _ in named[2:]]), None, None, party, None, False)]
    if len(named) > 2 and named[0][0].lower() == "at":
        # "Samtidig vil vi arbejde for at forbyde SMS- og hurtiglån med urimelige renter" (s9_07): an act no table
        # names, on its object, as after "vil"
        return _acted_on(named, 1, start, end, party)
    if not named or named[0][0].lower() == "at":
        return []  # a clause, not a named scheme ("Vi er tilhængere af, at den enkelte ...")
    phrase = _noun_phrase([w for w, _ in named])
    words = phrase.split()
    if len(words) >= 3 and words[1].lower() == "af" and lexicon.noun_entry(words[0]) is not None:
        return [Draft("planned", start, end, lexicon.item_event(phrase)[1].strip(), None, None, party, None, False)]
    # "arbejde for en effektiv og kontrolleret omstilling af vores energisektor til 100 pct. vedvarende energi
    # inden 2040" (s7_06): a nominalisation (the works-for suffixes of lineage_words.csv, as "en regulering af",
    # s08) after its adjectives; a year it is bound to is stated
    act = next((k for k, w in enumerate(words[:5]) if k + 1 < len(words) and words[k + 1].lower() == "af"
                and _ACTION_NOUN.search(w)), None)
    if act is not None and all(w.islower() for w in words[:act]):
        years = [m.year for m in time_mentions(" ".join(words[act:])) if m.year]
        return [Draft("planned", start, end, " ".join(words[act:]), years[0] if years else None, None, party, None,
                      False, year_stated=bool(years))]
    if not any(_is_scheme(t) for t in named):
        return []  # an aim ("et samfund, der ...", "bedre og mere målrettet hjælp til hjemløse")
    return [Draft("planned", start, end, part, None, None, party, None, False) for part in _conjuncts(phrase)]


@lru_cache(maxsize=1)
def _other_senses() -> dict[str, tuple[str, ...]]:
    """The event lexicon's words after a verb that give it a sense that is no event (nlp/data/event_lexicon.csv)."""
    return {e.lemma: e.other_sense for e in lexicon.entries() if e.pos == "verb" and e.other_sense}


@lru_cache(maxsize=1)
def _lexicon_verbs() -> dict[str, str]:
    return {e.lemma: e.kind for e in lexicon.entries() if e.pos == "verb"}


def _verb_kind(lemma: str) -> EventKind | None:
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


_FINITE = frozenset("er var har havde bliver blev kan vil skal bør må får".split())
_PREPOSITIONS = frozenset("på i til for af om med ved fra over under mod".split())


# "<party> mener, at ...", "<adverbial> mener <party>, at ..." (not "mener ikke": s7_07's negated opinion is
# left to the gold's judgement, and a negated demand is read by no rule here).
_OPINION_VERB = r"(?:mener|ønsker|foreslår|kræver|går ind for|arbejder for|vil(?:\s+også)?\s+arbejde for)"
_OPINION_THAT = re.compile(rf"^(?:(?P<who>[A-ZÆØÅ][\wæøå]*(?:\s+[\wæøå]+){{0,3}}?)\s+{_OPINION_VERB}"
                           rf"|[A-ZÆØÅ][a-zæøå]+\s+{_OPINION_VERB}\s+(?P<who2>[A-ZÆØÅ\w][\wæøå]*(?:\s+[A-ZÆØÅ][\wæøå]*){{0,2}}))"
                           r"\s*,?\s+at\s+(?P<clause>.+)$")


# "<party> mener ikke, at ...": the party's opinion negated (s7_07); only a deontic predicate is read after it.
_NEGATED_OPINION = re.compile(r"^(?P<who>[A-ZÆØÅ][\wæøå]*(?:\s+[\wæøå]+){0,3}?)\s+(?:mener|ønsker)\s+ikke\s*,?\s+at\s+"
                              r"(?P<clause>.+)$")
# "må" is a demand modal only before a negated deontic predicate: "vi må til stadighed vurdere ..." (s09) demands no
# scheme.
_DEONTIC_MODALS = _MODALS | {"måtte"}


def negated_deontic(text: str, start: int, end: int, party: str) -> list[Draft]:
    """"Organisationstvang må således ikke være tilladt." (s7_01 gold: `planned`, "forbud mod organisationstvang"),
    "Alternativet mener ikke, at homoseksuelle og biseksuelle mænd kategorisk skal være udelukket fra bloddonation"
    (s7_07 gold: `planned`): a negated deontic predicate (nlp/data/programme_verbs.csv, roles ban and lift) demands a
    ban on its subject, or the end of an exclusion. Negated once: the clause's "ikke" or the opinion's."""
    negations = 0
    opinion = _NEGATED_OPINION.match(text)
    if opinion:
        if not _is_party_subject(opinion.group("who").split()):
            return []
        text, negations = opinion.group("clause"), 1
    tokens = _tokens(_main_clause(text))
    k = next((k for k, (_, lemma) in enumerate(tokens[:8]) if k and lemma in _DEONTIC_MODALS), None)
    if k is None:
        return []
    i, negated = _skip_adverbs(tokens, k + 1)
    if i + 1 >= len(tokens) or tokens[i][1] != "være" or verbs().get(tokens[i + 1][1]) not in ("ban", "lift"):
        return []
    subject = [w for w, _ in tokens[:k] if w.lower() not in _NEGATION]
    negations += int(negated) + sum(1 for w, _ in tokens[:k] if w.lower() in _NEGATION)
    if negations != 1 or not subject or (len(subject) == 1 and subject[0].lower() in _NO_SCHEME_SUBJECT):
        return []  # "Det må ikke være tilladt at ...": what is banned is the infinitive, not read here
    phrase = _noun_phrase(subject)
    if verbs()[tokens[i + 1][1]] == "ban":
        # a ban is a scheme (nlp/data/scheme_heads.csv: "forbud"); the sentence's first word loses its capital
        phrase = "forbud mod " + (phrase[0].lower() + phrase[1:] if phrase[1:2].islower() else phrase)
    else:
        phrase = " ".join([phrase] + [w for w, _ in tokens[i + 1:]])
    return [Draft("planned", start, end, phrase, None, None, party, None, False)]


def _refrain(tokens: list[tuple[str, str]], f: int, start: int, end: int, party: str) -> list[Draft]:
    """"Danmark skal afstå fra at efterforske og udvinde olie og gas fra Arktis og andre sårbare områder" (s7_06,
    twice; its gold: `planned`, "efterforskning og udvinding af olie og gas fra Arktis"): a demand to stop an
    activity, named by the infinitives and their object."""
    if tokens[f][1] not in _MODALS:
        return []
    i, negated = _skip_adverbs(tokens, f + 1)
    if negated or i + 3 >= len(tokens) or verbs().get(tokens[i][1]) != "refrain" \
            or [w.lower() for w, _ in tokens[i + 1:i + 3]] != ["fra", "at"]:
        return []
    return [Draft("planned", start, end, " ".join(w for w, _ in tokens[i + 3:]), None, None, party, None, False)]


def _impersonal(sentence: str, tokens: list[tuple[str, str]], f: int, start: int, end: int, party: str) -> list[Draft]:
    """"Det skal/bør (adv) være muligt (for ...) at <verb> <scheme>", "Der skal/bør (adv) være <scheme>"."""
    if tokens[f][1] not in _MODALS or f != 1 or tokens[0][0].lower() not in ("det", "der"):
        return []
    i, negated = _skip_adverbs(tokens, f + 1)
    if negated or i >= len(tokens) or tokens[i][1] != "være":
        return []
    rest = tokens[i + 1:]
    if tokens[0][0].lower() == "det":
        if rest and rest[0][1] != "mulig":
            return _scheme_that(sentence, rest, start, end, party)
        if not rest:
            return []
        at = next((k for k, (w, _) in enumerate(rest) if w.lower() == "at"), None)
        if at is None or at + 2 >= len(rest) or not any(_is_scheme(t) for t in rest[at + 1:]):
            return []
        phrase = " ".join(w for w, _ in rest[at + 1:])
        return [Draft("planned", start, end, phrase, None, None, party, None, False)]
    # "Der skal være en beskeden brugerbetaling på sundhedsydelser": the noun before the first preposition
    p = next((k for k, (w, _) in enumerate(rest) if w.lower() in _PREPOSITIONS), len(rest))
    if not p or not _is_scheme(rest[p - 1]):
        return []
    return [Draft("planned", start, end, _noun_phrase([w for w, _ in rest]), None, None, party, None, False)]


def read_with_party_voice(sentence: str, start: int, end: int, party: str, others: list[Draft]) -> list[Draft]:
    """The events of a sentence of a party's programme: a kept scheme read here wins over the other readers'
    (which read "Vi vil fastholde ..." as a plan); else theirs, else the demands read here."""
    heading = _PROPOSAL_HEADING.match(collapse_ws(sentence))
    if heading:
        return proposal_heading(heading.group("what"), start, end, party, others)
    mine = [d for lo, hi in _pieces(sentence) for d in party_demands(sentence[lo:hi], start + lo, start + hi, party)]
    if mine and all(d.kind == "confirmed" for d in mine):
        return mine
    that = _OPINION_THAT.match(BULLET.sub("", collapse_ws(sentence)))
    if mine and that and _is_party_subject((that.group("who") or that.group("who2")).split()):
        return mine  # the party's opinion: its that-clause is the demand, the matrix clause none
    # the party's members as the agent ("Vi konservative vil arbejde ... for at mange afgifter afskaffes" read with
    # the agent "konservative") are the party (danish/party_forms.py; the municipal README: "Vi konservative" makes
    # Det Konservative Folkeparti actor)
    others = [replace(d, actor=party) if d.actor and _is_party_subject(("vi " + d.actor).split()[-2:]) else d
              for d in others]
    theirs = [part for d in others for part in _one_per_instrument(d, sentence)]
    return theirs + uncovered_clauses(sentence, start, end, party, theirs) if theirs else mine


# A numbered proposal heading of a programme: "11.1.3 Forslag | En skat på finansielle transaktioner" (s9_07; the genre
# of Alternativet's programme, s7_06 "3.1.1 Forslag | Solenergi", s7_07 "9.7.2 Forslag | Bloddonation"). s9_07's
# gold_notes: "The numbered 'Forslag | ...' headings are the party's proposals; where the proposal is stated only in
# the heading, the heading (with its number) is the evidence".
_PROPOSAL_HEADING = re.compile(r"^\d+(?:\.\d+)+\s+Forslag\s*\|\s*(?P<what>\S.*)$")


def proposal_heading(what: str, start: int, end: int, party: str, others: list[Draft]) -> list[Draft]:
    """The proposal a heading names: the act of its clause ("Skattestoppet på ejendomsværdiskat ophæves", read by
    the other readers), a nominalisation of the event lexicon ("Indførelse af differentierede
    selskabsskattesatser": its object), or a noun phrase naming a scheme ("En skat på finansielle transaktioner",
    "Lavere skatter for de laveste indkomster"); a topic ("Solenergi", "Bloddonation", s7_06, s7_07: their sections'
    sentences state the demands) is none."""
    if others:
        return [replace(d, kind="planned", actor=party) if d.kind != "confirmed" else d for d in others]
    words = what.rstrip(" .").split()
    if len(words) >= 3 and words[1].lower() == "af" and lexicon.noun_entry(words[0]) is not None:
        # the whole object: a heading is short, and its relative clause tells which instrument ("en mærkeordning
        # til selskaber, der fører en åben og samfundsvenlig skattepolitik", s9_07 gold)
        return [Draft("planned", start, end, _noun_phrase(words[2:]), None, None, party, None, False)]
    with lexicon.demands():
        told = clause_events(" ".join(words), start, end, None)
    if told:  # "Skattestoppet på ejendomsværdiskat ophæves"
        return [replace(d, kind="planned", actor=party) for d in told]
    tokens = _tokens(" ".join(words))
    p = next((k for k, (w, _) in enumerate(tokens) if w.lower() in _PREPOSITIONS), len(tokens))
    if not p or not _is_scheme(tokens[p - 1]) or any(lem in _MODALS or w.lower() in _FINITE for w, lem in tokens):
        return []
    return [Draft("planned", start, end, _noun_phrase(words), None, None, party, None, False)]


# A demand's coordinated clauses each name their scheme and their act: "Selskabsskatten sænkes til 12,5 pct.,
# iværksætterskatten afskaffes, og kapital- og aktiebeskatningen nedsættes." (f05 bullet: three events). A clause
# whose act the event lexicon lacks but programme_verbs.csv has (nedsætte, øge, lovliggøre ...) is read here, in
# the present or after a modal, when the other readers have read its neighbours.
_COORDINATED = re.compile(r",\s+(?:og\s+)?|(?<!-)\s+og\s+(?=[a-zæøå-]+\s+(?:skal\s+|bør\s+)?[a-zæøå]+es\b)")


def _s_passive(word: str, lemma: str) -> bool:
    """The s-passive of a verb: its infinitive and -s ("indlægges" of indlægge, "nævnes" of nævne). A noun's genitive
    looks the same ("en kommunes borgere"): the caller takes none after a determiner."""
    return word.lower()[:-1] == lemma and lemma.endswith("e") and len(lemma) > 3


# Words before a noun, never before a finite verb: "en kommunes borgere" is a genitive, not a passive.
_DETERMINERS = frozenset("en et den det de hver hvert enhver ethvert sin sit sine deres vores hans hendes dens dets "
                         "denne dette disse".split())


_SUBORDINATORS = word_set("and_not_subject") | frozenset("hvor hvis når fordi idet mens da så men hvilket".split())


def uncovered_clauses(sentence: str, start: int, end: int, party: str, found: list[Draft]) -> list[Draft]:
    covered = " ".join(d.subject.lower() for d in found)
    out = []
    clauses = _COORDINATED.split(BULLET.sub("", collapse_ws(sentence)).rstrip(" ."))
    for clause in clauses:
        tokens = _tokens(clause)
        # an act no table names only in a coordination, beside the act the other readers read: a sentence of one
        # clause is theirs ("Evalueringen gennemføres i 2024 og vil blive drøftet i forligskredsen", test_lineage_agents)
        k = next((k for k, (w, lem) in enumerate(tokens[:7]) if k and w.lower().endswith("es")
                  and (verbs().get(lem) in ("planned", "amount")
                       or (len(clauses) > 1 and _s_passive(w, lem) and _verb_kind(lem) is None
                           and tokens[k - 1][0].lower() not in _DETERMINERS))),
                 None)
        if k is None or tokens[0][0].lower() in ("det", "der", "man", "vi") or tokens[0][0].lower() in _SUBORDINATORS \
                or any(w.lower() in _NEGATION for w, _ in tokens[:k + 2]):
            continue
        if verbs().get(tokens[k][1]) == "amount" and not any(_is_scheme(t) for t in tokens[:k]):
            continue
        if len(tokens) > 1 and tokens[1][1] in _MODALS and any(w.lower() not in ADVERBS for w, _ in tokens[2:k]):
            tokens = tokens[2:]  # V2 after an adverbial: "Derudover skal transkønnede eksplicit nævnes ..." (s7_07)
            k -= 2
        subject = [w for w, lem in tokens[:k] if lem not in _MODALS and w.lower() not in ADVERBS]
        phrase = _noun_phrase(subject)
        if not phrase or re.search(rf"(?<![\wæøå-]){re.escape(phrase.lower())}(?![\wæøå-])", covered):
            continue
        if verbs().get(tokens[k][1]) is None:
            # an act no table names: the clause tells it ("Skat indlægges som en styrelse under finansministeriet")
            phrase = _noun_phrase(subject + [w for w, _ in _tokens(_main_clause(" ".join(w for w, _ in tokens[k:])))])
        if phrase:
            out.append(Draft("planned", start, end, phrase, None, None, party or None, None, False))
    return out


def _one_per_instrument(d: Draft, sentence: str) -> list[Draft]:
    """One event per instrument (f05 gold_notes: "bullets naming several instruments give several events sharing
    the evidence"), for the other readers' demands in a party's voice: a second infinitive coordinated with the
    first ("SF vil afskaffe kontanthjælpsloftet og indføre en grøn check" -> the loft, and the check introduced:
    `planned`), and a list of schemes after the first ("afskaffe topskatten, registreringsafgiften og
    arveafgiften")."""
    if d.kind != "planned":
        return [d]
    second = re.match(r"^(?P<first>.+?)\s+og\s+(?P<verb>[a-zæøå]+e)\s+(?P<object>\S.*)$", d.subject)
    if second:
        lemma = _tokens(second.group("verb"))[0][1] if _tokens(second.group("verb")) else ""
        kind = _verb_kind(lemma)
        if kind is not None:
            return [replace(d, subject=second.group("first")),
                    replace(d, subject=_noun_phrase(second.group("object").split()), kind=kind)]
    pair = re.split(r"(?<!-)\s+og\s+", d.subject)
    if len(pair) == 2 and all(any(_is_scheme(t) for t in _tokens(part)) for part in pair):
        # "Enhedslisten vil afskaffe kontanthjælpsloftet og 225-timersreglen": two schemes, two events
        return [replace(d, subject=ARTICLE.sub("", part)) for part in pair]
    found = re.search(rf"(?<![\wæøå-]){re.escape(d.subject)}(?P<tail>,[^.;:]+)", collapse_ws(sentence))
    if found:
        listed = members_conjuncts(_main_clause(d.subject + found.group("tail")))
        if len(listed) > 1 and all(any(_is_scheme(t) for t in _tokens(part)) for part in listed):
            return [replace(d, subject=part) for part in listed]
    return [d]


# The sentence splitter keeps a page's last sentence and the next page's first together when a page marker
# stands between them ("... i en kortere eller længere periode.\n--- side 23 ---\nVenstre går ind for ...",
# s7_01): each sentence is read on its own, its evidence its own words.
_PIECE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ•])|\s*-{3} side \d+ -{3}\s*")


def _pieces(sentence: str) -> list[tuple[int, int]]:
    out, at = [], 0
    for m in _PIECE_BREAK.finditer(sentence):
        if sentence[at:m.start()].strip():
            out.append((at, m.start()))
        at = m.end()
    if sentence[at:].strip():
        out.append((at, len(sentence.rstrip())))
    return out


def _scheme_that(sentence: str, rest: list[tuple[str, str]], start: int, end: int, party: str) -> list[Draft]:
    """"Det skal være et krav, at virksomheder af en vis størrelse opretter kvalificerede praktikpladser" (s6_05,
    DF's programme; its gold: `planned`, "krav om at virksomheder ... opretter praktikpladser"): the expletive
    "det" stands for the that-clause, and the predicative noun names the scheme it makes (a duty, a right)."""
    comma = next((k for k, (w, _) in enumerate(rest) if w == ","), len(rest))
    rest = rest[:comma]
    words = [w for w, _ in rest]
    if len(words) != 2 or words[0].lower() not in ("en", "et") or not _is_scheme(rest[1]):
        return []
    that = re.search(r",\s*at\s+(?P<what>[^,.;:]+)", sentence)
    if not that:
        return []
    return [Draft("planned", start, end, f"{words[1]} om, at {that.group('what').strip()}", None, None, party, None,
                  False)]


def _possibility(tokens: list[tuple[str, str]], f: int, start: int, end: int, party: str) -> list[Draft]:
    """"Vælgerne skal have mulighed for at tage initiativ til folkeafstemninger" (s09), "Den alment praktiserende
    læge skal have mulighed for at opkræve et gebyr" (s6_08): a demand that someone be given the possibility of a
    scheme, `planned` in both golds; "mulighed" alone names no scheme ("Den enkelte skal have mulighed for selv at
    vælge ...", s09: nothing)."""
    if tokens[f][1] not in _MODALS:
        return []
    i, negated = _skip_adverbs(tokens, f + 1)
    if negated or i + 2 >= len(tokens) or tokens[i][0].lower() not in ("have", "give") or tokens[i + 1][1] != "mulighed" \
            or tokens[i + 2][0].lower() != "for":
        return []
    rest = tokens[i + 1:]
    if not any(_is_scheme(t) for t in rest[2:]):
        return []
    return [Draft("planned", start, end, " ".join(w for w, _ in rest), None, None, party, None, False)]


def _passive(tokens: list[tuple[str, str]], f: int, start: int, end: int, party: str) -> list[Draft]:
    """"Medicinsk cannabis skal lovliggøres.", "Apotekervæsenet skal liberaliseres." (s6_08): the subject before
    the modal, made legal or freed by a verb of programme_verbs.csv the event lexicon lacks (its own verbs are
    read by the lexicon's readers). Not a kept scheme: "... skal bevares" was left out of f06's gold."""
    if tokens[f][1] not in _MODALS or f > 6 or tokens[0][0].lower() in ("man", "vi") \
            or (f == 1 and tokens[0][0].lower() in ("det", "der")):
        return []  # "Det"/"Der" alone before the modal is the expletive; before a noun ("Det frie valg") an article
    i, negated = _skip_adverbs(tokens, f + 1)
    if negated or i >= len(tokens) or not tokens[i][0].lower().endswith("es") or verbs().get(tokens[i][1]) != "planned":
        return []
    subject = [w for w, _ in tokens[:f]]
    if i + 2 < len(tokens) and tokens[i + 1][0].lower() == "til":
        # what the scheme is made into or extended to names it too: "Institutionstilskud skal omdannes til
        # persontilskud" (s9_01 gold: "persontilskud i stedet for institutionstilskud"), "Demokratiet skal udstrækkes
        # til pensionskasser og lignende" (s09 gold: "demokrati i pensionskasser og lignende")
        subject += [w for w, _ in tokens[i + 1:]]
    return [Draft("planned", start, end, _noun_phrase(subject), None, None, party, None, False)]


def _existential_passive(tokens: list[tuple[str, str]], f: int, start: int, end: int, party: str) -> list[Draft]:
    """"Der skal afholdes hyppige prøver for at opfange ... faglige svagheder" (s6_05, DF's programme; its gold:
    `planned`, "hyppige prøver i skolen"), as "Samtidig skal der sikres borgerne ... adgang til egne patientdata"
    (s7_02): the expletive "der" with a demand modal and a passive, whose logical subject after it is what the party
    demands held or made - by a verb of making or holding an instrument (nlp/data/lineage_words.csv, role
    policy_action_verb; the event lexicon's own verbs are its readers'). No object ("Der skal fortsat arbejdes for
    mere ligestilling", s7_02) or a negation: nothing."""
    if tokens[f][1] not in _MODALS:
        return []
    if f == 1 and tokens[0][0].lower() == "der":
        i = f + 1
    elif f + 1 < len(tokens) and tokens[f + 1][0].lower() == "der":
        i = f + 2
    else:
        return []
    i, negated = _skip_adverbs(tokens, i)
    if negated or i + 1 >= len(tokens) or not tokens[i][0].lower().endswith("es") \
            or (tokens[i][1] not in word_set("policy_action_verb") and verbs().get(tokens[i][1]) != "planned"):
        # (or a verb of laying down a scheme the event lexicon lacks: "Der skal fastsættes klare mål for politiets
        # ydelser", s9_01 gold: `planned`, as "bør lovgiverne fastsætte minimumskrav", s7_01)
        return []
    named = tokens[i + 1:]
    purpose = next((k for k in range(len(named) - 1) if [w.lower() for w, _ in named[k:k + 2]] == ["for", "at"]),
                   len(named))
    named = named[:purpose]
    if not named or named[0][0].lower() in _PREPOSITIONS or named[0][0].lower() == "at":
        return []
    return [Draft("planned", start, end, _noun_phrase([w for w, _ in named]), None, None, party, None, False)]


def _active(tokens: list[tuple[str, str]], f: int, start: int, end: int, party: str) -> list[Draft]:
    """Someone else shall lay down a scheme: "bør lovgiverne fastsætte minimumskrav til et godt arbejdsmiljø"
    (s7_01, after a fronted purpose clause): a modal, its subject (before it, or after it in V2 inversion), a
    verb of programme_verbs.csv (`planned`; the event lexicon's own verbs are its readers') and a scheme's noun
    heading the object."""
    if tokens[f][1] not in _MODALS:
        return []
    i, negated = _skip_adverbs(tokens, f + 1)
    verb = next((k for k in range(i, min(len(tokens), i + 4)) if verbs().get(tokens[k][1]) == "planned"
                 and not tokens[k][0].lower().endswith("es")), None)
    if negated or verb is None or verb + 1 >= len(tokens):
        return []
    named = tokens[verb + 1:]
    p = next((k for k, (w, _) in enumerate(named) if w.lower() in _PREPOSITIONS), len(named))
    if not p or not _is_scheme(named[p - 1]):
        return []
    return [Draft("planned", start, end, _noun_phrase([w for w, _ in named]), None, None, party, None, False)]


def nominal_item(item: str, start: int, end: int, party: str) -> list[Draft]:
    """A bullet under a party's lead that names a scheme without a verb ("Vi vil: - et loft over egenbetalingen på
    plejehjem - en klippekortordning til alle"): the demanded scheme, when the noun before its first preposition is
    one ("mere tid til omsorg" is an aim: nothing)."""
    tokens = _tokens(_main_clause(BULLET.sub("", collapse_ws(item))))
    if not tokens or tokens[0][0].lower() not in ("en", "et") or any(
            lem in _MODALS or verbs().get(lem) or w.lower() in _FINITE or (w.endswith("es") and len(w) > 4)
            for w, lem in tokens):
        return []  # only "en"/"et" + noun: a clause ("Der betales ikke arbejdsmarkedsbidrag af ...") is the clause
        # readers', a bound on a rate ("Maksimalt 40 pct. skat på arbejde", f05: the topskat bullet's) no scheme
    p = next((k for k, (w, _) in enumerate(tokens) if w.lower() in _PREPOSITIONS), len(tokens))
    if not p or not _is_scheme(tokens[p - 1]) or p > 4:
        return []
    return [Draft("planned", start, end, _noun_phrase([w for w, _ in tokens]), None, None, party or None, None, False)]


def infinitive_item(item: str, start: int, end: int, party: str) -> list[Draft]:
    """A bullet under "<party> vil:" that is an infinitive ("Venstre vil: - afskaffe kontanthjælpsloftet - indføre et
    jobfradrag for alle i arbejde"): the lead's "vil" with the bullet's verb, read as "Venstre vil afskaffe ..." is
    (as an agreement's "er enige om at: afskaffe ...", lexicon.item_event)."""
    tokens = _tokens(_main_clause(BULLET.sub("", collapse_ws(item))))
    if len(tokens) < 2 or tokens[0][0].lower() != tokens[0][1] or tokens[1][0].lower() == "at":
        return []  # not an infinitive as written (its lemma), or "at" after it
    kind = _verb_kind(tokens[0][1])
    if kind is None or (verbs().get(tokens[0][1]) == "amount" and not any(_is_scheme(t) for t in tokens[1:])):
        return []
    return [Draft(kind, start, end, _noun_phrase([w for w, _ in tokens[1:]]), None, None, party or None, None,
                  False)]
