"""A party programme's main clause with a demand modal ("skal", "bør") states one of the party's demands, whoever
its grammatical subject: "Derfor skal staten tage kontrollen med pengeskabelsen tilbage fra de private banker",
"Vi bør lave en helt ny straffelov", "Boligerne bør også kunne finansieres efter reglerne for alment støttet
byggeri" (s12_01, s12_07, s12_04 gold: `planned`, the party as actor; the municipal README's convention: "party
demands naming a concrete scheme are `planned` with the party as actor").

The other programme readers (`programme_voice` and its siblings) each need a verb or a noun of their tables; on
programme chapters no session had read they found under half of the labelled demands (bench/lineage_alignment.py,
sessions 10-12: 37-46 % of the gold sentences), and the labelled demands are mostly in this form. So this reader
is their fallback: it reads a sentence only when none of them found an event in it, and only its main clause, by
Danish V2 word order (the modal in second place, within the first eight words, no subordinating word or comma
before it: "..., så den skal ..." and "Hvis ..., skal ..." are not main-clause demands).

A modal before a verb of a wished state (nlp/data/lineage_words.csv, role `state_verb`: "skal sikre, at ...",
"skal give muligheder for ...", "skal være ...", "skal have ...", "skal stå for ...") states an
aim of an institution or a principle, which the conventions leave out ("principles and aims ... are no events",
programme_voice); what the modal lays on an act ("tage", "lave", "indføre", a passive "finansieres") is a demand.

The subject is what the demand acts on: the object after the verb ("en helt ny straffelov"), the subject before
the modal when the verb is a passive ("Boligerne") or has no object. The year stays null unless stated (the
programme convention); the actor is the party (events.py sets it for every planned event in a party's voice).
"""
from __future__ import annotations

from .draft import Draft
from .party_clause import DEMAND_MODALS, is_infinitive, lemma_tokens, main_clause, noun_phrase, party_at, skip_adverbs
from . import lexicon
from .programme_words import FINITE_FORMS, PREPOSITIONS, is_scheme, verbs
from .modal_passive import demanding_passive, passive_at
from .word_classes import (BULLET, CLAUSE_OPENERS, DEFINITE_ARTICLES, DEMONSTRATIVES, DETERMINERS, PRONOUNS, s_passive,
                           word_set)
from danish.words import STOPWORDS

from ..word_classes import HOW_WHEN

#: The most words before the modal in a V2 main clause (the first constituent).
_FIRST_PLACE = 8
#: Words that, before the modal, show it stands in a subordinate clause: the openers of an adverbial or relative
#: clause (word_classes.CLAUSE_OPENERS), of a that-clause or whether-clause, and of a comparison ("end").
_SUBORDINATORS = CLAUSE_OPENERS | frozenset({"at", "om", "end"})
#: A modal infinitive between the modal and the verb it governs ("skal ikke kunne ekspropriere"; "Der skal kunne ydes
#: ...", modal_demands.existential_passive).
MODAL_INFINITIVES = frozenset({"kunne"})
#: The pronouns that, alone in the first place, point back at what an earlier sentence named.
_POINTING = DEFINITE_ARTICLES | DEMONSTRATIVES
#: "ske" (happen): what shall happen is the subject before the modal, an act named by its noun ("Ophævelsen af
#: skattestoppet skal ske som et led i ...", s9_07 gold: `planned`, "skattestoppet på ejendomsværdiskat").
_HAPPEN = frozenset({"ske"})
#: The adverbial particles of Danish particle verbs, which close the object: "tage kontrollen ... tilbage", "sætte
#: ... ned", "lukke ... op" (Danish grammar: the particle follows a nominal object).
_PARTICLES = frozenset("tilbage ud ind op ned væk frem hjem".split())
#: Words that open an indirect question: how and when (nlp/word_classes.HOW_WHEN), whether ("hvorvidt"; not "om",
#: a preposition after most verbs) and the other interrogatives.
_INTERROGATIVES = HOW_WHEN | frozenset("hvorvidt hvad hvilke hvilken hvilket hvem hvor hvorfor".split())
#: The most words of a subject read from the object.
_SUBJECT_WORDS = 10


def deontic_demand(sentence: str, start: int, end: int, party: str) -> list[Draft]:
    """The demand a party programme's main clause with "skal"/"bør" states, or nothing."""
    text = BULLET.sub("", sentence).strip()
    tokens = lemma_tokens(main_clause(text))
    modal = next((i for i, (_, lemma) in enumerate(tokens[:_FIRST_PLACE + 1]) if lemma in DEMAND_MODALS), None)
    if not modal or any(w.lower() in _SUBORDINATORS or w.lower() in FINITE_FORMS for w, _ in tokens[:modal]):
        return []  # (a comma alone is a list of subjects: "Stat, region og kommune skal ikke kunne ...", s12_07)
    if any(w == "," and nxt.lower() == "og" for (w, _), (nxt, _) in zip(tokens[:modal], tokens[1:modal + 1])):
        return []  # a second main clause after ", og": "Danmark er et lille land, og derfor bør staten ..."
    first = [w for w, _ in tokens[:modal]]
    if len(first) == 1 and first[0].lower() in _POINTING:
        return []  # "Det skal primært ske ved ...", "Det skal vi tage seriøst": what is demanded was named before
    if first[0].lower() in word_set("quantifier"):
        return []  # a general rule, as in a party's list (demands.py): "Enhver reform af skattesystemet bør ..."
    i, negated = skip_adverbs(tokens, modal + 1)
    if negated:
        # "Pensionsalderen skal ikke hæves yderligere": a demand to leave a thing as it is, not a plan to change it;
        # the programme readers' convention (programme_voice: a negated demand gives nothing but a ban or a lifted
        # exclusion, which they read first)
        return []
    i, _ = skip_adverbs(tokens, i)
    after_party = party_at(tokens, i)
    if after_party is not None:
        i = after_party  # "Derfor bør Alternativet ..."
    elif i < len(tokens) and tokens[i][0].lower() in PRONOUNS:
        i += 1  # the inverted pronoun or the expletive: "Derfor skal vi ...", "Dog skal der ..."
    elif not _subject_words(first):
        i = _after_inverted_subject(tokens, i)  # "Derfor skal staten tage ...": the subject after the modal
    i, _ = skip_adverbs(tokens, i)
    if i < len(tokens) and tokens[i][1] in MODAL_INFINITIVES:
        i, _ = skip_adverbs(tokens, i + 1)
    if i >= len(tokens):
        return []
    word, lemma = tokens[i]
    if _lays_no_act(word, lemma) or (s_passive(word, lemma) and not demanding_passive(lemma)):
        # (a passive of a change of degree, as `modal_passive` reads it: "Vore skatteregler skal fortsat forenkles og
        # gøres gennemskuelige", s19_06; "Skattereglerne skal forenkles", f05 gold_notes: a general principle)
        return []
    obj = [w for w, _ in tokens[i + 1:]]
    while obj and obj[0] == ",":
        obj = obj[1:]
    if obj and obj[0].lower() in _INTERROGATIVES:
        return []  # an indirect question names no thing: "Vi skal undersøge, hvordan man kan etablere ..." (s9_07)
    if obj and obj[0].lower() in word_set("reflexive_pronoun"):
        return []  # "Det skal kunne betale sig ...", "bør koncentrere sig om ...": an attitude, no act on a thing
    obj = _without_particle(obj)
    subject_first = _subject_words(first)
    if s_passive(word, lemma) or word.lower() in _HAPPEN or not obj or obj[0].lower() == "at":
        words = subject_first or obj
    elif obj[0].lower() in PREPOSITIONS:
        words = [word] + obj  # an act with no object, named by its verb and its phrase: "ekspropriere til private formål"
    else:
        words = obj
    subject = _thing(words)
    if not subject or not names_an_instrument(subject):
        return []
    # "skal fortsat ...", "skal stadig ...": a wish to go on keeps what is (the municipal README: "keep this" wishes,
    # "skal fortsat", "stadig", are `confirmed`)
    kept = any(w.lower() in word_set("continuation_adverb") for w, _ in tokens[modal + 1:i])
    return [Draft("confirmed" if kept else "planned", start, end, subject, None, None, party, None, False)]


def active_object(sentence: str) -> str | None:
    """What an active verb after the sentence's demand modal acts on, its object noun phrase, as `deontic_demand`
    reads it ("Kommunerne skal tilbyde gratis svømmeundervisning til alle børn" -> "gratis svømmeundervisning til
    alle børn"); None where there is no such verb and object: a passive ("Topskatten skal afskaffes"), a verb of a
    wished state, a light verb or an auxiliary, a negation, a prepositional object, a that-clause, an indirect
    question or a reflexive. The verb is read by its form (an infinitive is lower case, its own lemma, in -e:
    `party_clause.is_infinitive`), past an adverbial phrase ("skal i alle sager betale ...")."""
    tokens = lemma_tokens(main_clause(BULLET.sub("", sentence).strip()))
    modal = next((i for i, (_, lemma) in enumerate(tokens[:_FIRST_PLACE + 1]) if lemma in DEMAND_MODALS), None)
    if not modal:
        return None
    i, negated = skip_adverbs(tokens, modal + 1)
    if i < len(tokens) and tokens[i][1] in MODAL_INFINITIVES:
        i, more = skip_adverbs(tokens, i + 1)
        negated = negated or more
    if i < len(tokens) and tokens[i][0].lower() in PREPOSITIONS:
        # (an -e noun after a determiner, "i alle tilfælde", "på den måde", is the phrase's, not the verb)
        i = next((k for k in range(i + 1, min(len(tokens), i + 6))
                  if is_infinitive(tokens[k]) and tokens[k][0] not in STOPWORDS
                  and tokens[k - 1][0].lower() not in DETERMINERS | word_set("quantifier")), len(tokens))
        if i < len(tokens) and tokens[i][1] in MODAL_INFINITIVES:  # "skal i alle tilfælde kunne overføre ..."
            i, more = skip_adverbs(tokens, i + 1)
            negated = negated or more
    if negated or i >= len(tokens) or not is_infinitive(tokens[i]) or tokens[i][0] in STOPWORDS:
        return None
    word, lemma = tokens[i]
    if _lays_no_act(word, lemma) or lemma in ("blive", "få", "være", "have"):
        return None
    obj = [w for w, _ in tokens[i + 1:]]
    if not obj or obj[0].lower() in PREPOSITIONS | _INTERROGATIVES | {"at", ","} \
            or obj[0].lower() in word_set("reflexive_pronoun") or not obj[0][:1].isalpha():
        return None
    return _thing(_without_particle(obj)) or None


def _lays_no_act(word: str, lemma: str) -> bool:
    """A verb after the modal that lays no act on a thing: a verb of a wished state, an aim or a principle ("Skolen
    skal sikre, at ...", "Infrastrukturen skal ... være velholdt"), or a light verb, which names no act on its own
    (programme_verbs.csv: "Vi skal arbejde videre med at ...")."""
    return lemma in word_set("state_verb") or word.lower() in word_set("state_verb") \
        or verbs().get(word.lower()) == "light" or verbs().get(lemma) == "light"


def _thing(words: list[str]) -> str:
    """The noun phrase the demand acts on: the words to the end of their first prepositional phrase, without a closing
    particle ("kontrollen med pengeskabelsen")."""
    return noun_phrase(_without_particle(_one_phrase(words))).replace(" ,", ",")


def names_an_instrument(subject: str) -> bool:
    """The demand names a scheme or an instrument of policy: a noun with a head of nlp/data/scheme_heads.csv (a tax,
    a duty, a rule, a benefit: "Kongehusets apanage", "skat", "folkeafstemninger") or an act named by a noun of the
    event lexicon ("Ophævelsen af skattestoppet", s9_07). The programme convention (corpus/municipal gold_notes of
    every programme excerpt): "Concrete party demands naming a scheme or instrument are planned; general values,
    aspirations and directions without a named instrument are not events". A modal clause with no other reader's
    verb or noun is this fallback's only evidence, so it asks the convention's question of its subject: without
    it, on the work half of the municipal set (session 16), 34 of its 42 events stood in sentences no gold lists
    ("Retssikkerheden skal styrkes", "Samarbejdet i EU skal ske i respekt for ...", "EU skal føre en effektiv
    miljøpolitik"); with it, 6 of 8 are left out and 30 of the 34 (bench/lineage_alignment.py)."""
    tokens = lemma_tokens(subject)
    return any(is_scheme(t) for t in tokens) or (bool(tokens) and lexicon.noun_entry(tokens[0][0]) is not None)


def _subject_words(first: list[str]) -> list[str]:
    """The first place's words as the clause's subject: nothing when they are an adverbial or a pronoun ("Derfor",
    "Af samme grund", "Vi"), the party speaking included."""
    low = [w.lower() for w in first]
    if not low or low[0] in PRONOUNS or low[0] in PREPOSITIONS or (len(low) == 1 and not first[0][:1].isupper()):
        return []
    if len(low) == 1 and skip_adverbs([(low[0], low[0])], 0)[0] == 1:
        return []  # a sentence adverb alone ("Derfor", "Desuden")
    if party_at([(w, w.lower()) for w in first], 0) == len(first):
        return []
    return first


def _after_inverted_subject(tokens: list[tuple[str, str]], i: int) -> int:
    """The index of the infinitive after a noun subject that follows the modal in V2 ("Derfor skal staten tage
    kontrollen ..."): the first lower-case word in the infinitive's -e, within four words, not a plural definite
    noun's -rne ("kommunerne"). (By form: the lookup lemmas of the pipeline are ambiguous, "tage" -> "tag".)"""
    for k in range(i, min(len(tokens), i + 4)):
        word = tokens[k][0]
        if word.endswith("e") and word.isalpha() and word.islower() and not word.endswith("rne"):
            return k
    return i


def _one_phrase(words: list[str]) -> list[str]:
    """The words up to the end of their first prepositional phrase: a noun and the phrase that names what it is of
    ("kontrollen med pengeskabelsen", not "... tilbage fra de private banker"), at most _SUBJECT_WORDS."""
    seen = False
    for k, w in enumerate(words[:_SUBJECT_WORDS]):
        if w.lower() in PREPOSITIONS and k > 0:
            if seen:
                return words[:k]
            seen = True
    return words[:_SUBJECT_WORDS]


def _without_particle(words: list[str]) -> list[str]:
    """The words without a closing particle, preposition or punctuation ("kontrollen med pengeskabelsen tilbage")."""
    while words and (words[-1].lower() in PREPOSITIONS or words[-1].lower() in _PARTICLES
                     or not any(c.isalnum() for c in words[-1])):
        words = words[:-1]
    return words


def demand_bullet(item: str, start: int, end: int, party: str) -> list[Draft]:
    """A bullet of a party's demand list ("Liberal Alliance mener:") in the present passive that no other reader took:
    the list's lead makes every bullet a demand (the f05 convention, demands.py), so "Besiddelse og ejerskab af
    peberspray legaliseres." and "Erstatningsansvarsloven revideres, så ..." (s12_07; "Topskatten afskaffes", f05)
    demand it of their subject. (The list's modal bullets are demands.py's own, by its conventions.)"""
    tokens = lemma_tokens(main_clause(BULLET.sub("", item).strip()))
    passive = next((k for k in range(1, min(len(tokens), _FIRST_PLACE + 1)) if passive_at(tokens, k)), None)
    if passive is None or any(w.lower() in _SUBORDINATORS or w.lower() in FINITE_FORMS for w, _ in tokens[:passive]):
        return []
    _, negated = skip_adverbs(tokens, passive + 1)
    subject = noun_phrase([w for w, _ in tokens[:passive]])
    return [] if negated or not subject else [Draft("planned", start, end, subject, None, None, party, None, False)]
