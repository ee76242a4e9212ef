"""What a party demands or wishes done, read from the object of its verb: a scheme or an act named by a demand
verb's object ("Alternativet vil arbejde for afskaffelse af ...", "Derfor støtter vi ... fradrag for
sundhedsforsikringer"), and the general rule of wishing to act on a thing: a transitive infinitive after a verb of
volition that no table names ("Vi konservative ønsker at styrke den psykiatriske behandling", s7_04) plans an act on
its object noun phrase, unless that names a principle (nlp/data/principle_heads.csv). In the party's own voice
(programme_voice) that act is kept only when its object names an instrument (session 17).
"""
from __future__ import annotations

from . import lexicon
from ..timex import time_mentions
from .draft import Draft
from .party_clause import and_split, conjuncts, coordinated_adjective, is_infinitive, noun_phrase
from .programme_words import ACTION_NOUN, PREPOSITIONS, is_scheme, names_a_principle, verb_kind, verbs
from .word_classes import ADVERBS, ARTICLE, CLAUSE_OPENERS


def acted_on(tokens: list[tuple[str, str]], i: int, start: int, end: int, party: str) -> list[Draft]:
    """"Venstre ønsker at privatisere offentlige virksomheder" (s9_01), "Vi konservative ønsker at styrke den
    psykiatriske behandling" (s7_04): the party wants to do something to a thing - a transitive infinitive after
    its verb of volition whatever the verb, when the event lexicon and programme_verbs.csv lack it, plans an act on
    the object noun phrase. An object that names a principle, not an instrument ("forene social tryghed med ...",
    nlp/data/principle_heads.csv), a reflexive or a prepositional object ("arbejde for", read as a demand) is none."""
    if i >= len(tokens) or not is_infinitive(tokens[i]) or tokens[i][1] in NOT_ACTS or verbs().get(tokens[i][1]) == "light":
        return []
    named = tokens[i + 1:]
    # the object ends where a clause of its own begins, with or without a comma ("styrke den psykiatriske
    # behandling så der sker en ligestilling ...", s7_04)
    named = named[:next((k for k, (w, _) in enumerate(named) if w.lower() in OBJECT_ENDERS), len(named))]
    if not named or named[0][0].lower() in PREPOSITIONS | _NOT_OBJECT or not named[0][0][:1].isalpha():
        return []
    # the head: the last word before a preposition or "og" ("en synlig mangfoldighed og ser dette som ...", s7_07)
    # ("SMS- og hurtiglån": "og" after a word's first part joins two compounds' first parts, s9_07)
    # (two adjectives of one noun are one phrase: "sikre en alsidig og holdbar produktionsstruktur", s10_02)
    p = next((k for k, (w, _) in enumerate(named) if w.lower() in PREPOSITIONS
              or (w.lower() == "og" and k and not named[k - 1][0].endswith("-")
                  and not _adjectives_of_one_noun(named, k))), len(named))
    head = named[p - 1] if p else None
    # (a hyphenated compound is one word: "vælge sin senior-ønskebolig", s11_07)
    if head is None or not head[0].replace("-", "").isalpha() or head[0].lower() in ADVERBS or names_a_principle(head):
        return []
    phrase = noun_phrase([w for w, _ in named])
    parts = and_split(phrase)
    if len(parts) == 2 and all(len(part.split()) <= 3 and not set(part.split()) & PREPOSITIONS for part in parts):
        # "fremme udlicitering og offentligt-privat partnerskab" (s9_01 gold: two events sharing the evidence)
        return [Draft("planned", start, end, ARTICLE.sub("", part).strip(), None, None, party, None, False)
                for part in parts]
    return [Draft("planned", start, end, part, None, None, party, None, False) for part in conjuncts(phrase)]


def _adjectives_of_one_noun(named: list[tuple[str, str]], k: int) -> bool:
    """The "og" at k joins two adjectives before one noun: an adjective before it, a word after it that is no
    article and a further word that is no preposition ("en alsidig og holdbar produktionsstruktur i Danmark")."""
    return (coordinated_adjective(named[k - 1][0]) and k + 2 < len(named)
            and named[k + 1][0].lower() not in ("en", "et", "den", "det", "de")
            and named[k + 2][0].lower() not in PREPOSITIONS | {"og", ","})


# Auxiliaries and the copula after "vil"/"ønsker at" take no thing acted on (lexical verbs of that kind are the
# `light` role of nlp/data/programme_verbs.csv).
NOT_ACTS = frozenset("være have blive få".split())
#: Where an object noun phrase ends (here and in `law_content`): a comma, or a word that opens a clause of its own
#: (word_classes.CLAUSE_OPENERS).
OBJECT_ENDERS = CLAUSE_OPENERS | frozenset({","})
# Words that open no object noun phrase: what ends one, the infinitive marker or a that-clause ("at"), a reflexive.
_NOT_OBJECT = OBJECT_ENDERS | frozenset("at sig os hinanden".split())


def demanded_object(named: list[tuple[str, str]], start: int, end: int, party: str) -> list[Draft]:
    """The object of a demand verb: a scheme's noun phrase ("fradrag for sundhedsforsikringer"), or an act on
    one named by a nominalisation of the event lexicon ("afskaffelse af tvungen psykiatrisk udredning", s7_07;
    "en regulering af internationale kapitalstrømme", s08) whose object is the commitment."""
    if len(named) > 2 and named[0][0].lower() == "at" and verb_kind(named[1][1]):
        # "Liberal Alliance går ind for at afskaffe arveafgiften": the infinitive's act, as after "vil"
        kind = verb_kind(named[1][1])
        assert kind is not None
        return [Draft(kind, start, end, noun_phrase([w for w, _ in named[2:]]), None, None, party, None, False)]
    if len(named) > 2 and named[0][0].lower() == "at":
        # "Samtidig vil vi arbejde for at forbyde SMS- og hurtiglån med urimelige renter" (s9_07): an act no table
        # names, on its object, as after "vil"
        return acted_on(named, 1, start, end, party)
    if not named or named[0][0].lower() == "at":
        return []  # a clause, not a named scheme ("Vi er tilhængere af, at den enkelte ...")
    if named[0][0].lower() in PREPOSITIONS:
        # a prepositional object names who is asked, not what: "Vi kræver af stat, kommune og erhvervsliv, at der
        # skal være fleksible orlovsordninger" (Dansk Folkeparti's programme)
        return []
    phrase = noun_phrase([w for w, _ in named])
    words = phrase.split()
    if len(words) >= 3 and words[1].lower() == "af" and lexicon.noun_entry(words[0]) is not None:
        return [Draft("planned", start, end, lexicon.item_event(phrase)[1].strip(), None, None, party, None, False)]
    # "arbejde for en effektiv og kontrolleret omstilling af vores energisektor til 100 pct. vedvarende energi
    # inden 2040" (s7_06): a nominalisation (the works-for suffixes of lineage_words.csv, as "en regulering af",
    # s08) after its adjectives; a year it is bound to is stated
    act = next((k for k, w in enumerate(words[:5]) if k + 1 < len(words) and words[k + 1].lower() == "af"
                and ACTION_NOUN.search(w)), None)
    if act is not None and all(w.islower() for w in words[:act]):
        years = [m.year for m in time_mentions(" ".join(words[act:])) if m.year]
        return [Draft("planned", start, end, " ".join(words[act:]), years[0] if years else None, None, party, None,
                      False, year_stated=bool(years))]
    if not any(is_scheme(t) for t in named):
        return []  # an aim ("et samfund, der ...", "bedre og mere målrettet hjælp til hjemløse")
    return [Draft("planned", start, end, part, None, None, party, None, False) for part in conjuncts(phrase)]
