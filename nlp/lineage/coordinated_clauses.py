"""One event per instrument in a party's demands (the f05 convention): coordinated clauses that each name their
scheme and act ("Selskabsskatten sænkes til 12,5 pct., iværksætterskatten afskaffes, og ..."), the other readers'
demands split by their coordinated infinitives or listed schemes, and a sentence cut at the page markers the
sentence splitter kept inside it.
"""
from __future__ import annotations

import re
from dataclasses import replace

from extract.normalise import collapse_ws

from ..lemma_table import lemma_table
from .draft import Draft
from .members import conjuncts as members_conjuncts
from .party_clause import CLAUSE_NEGATIONS, DEMAND_MODALS, lemma_tokens, main_clause, noun_phrase, opens_noun_phrase
from .programme_words import is_scheme, verb_kind, verbs
from .word_classes import ADVERBS, ARTICLE, ARTICLES, BULLET, DEMONSTRATIVES, POSSESSIVES, PRONOUNS, s_passive, word_set


# A demand's coordinated clauses each name their scheme and their act: "Selskabsskatten sænkes til 12,5 pct.,
# iværksætterskatten afskaffes, og kapital- og aktiebeskatningen nedsættes." (f05 bullet: three events). A clause
# whose act the event lexicon lacks but programme_verbs.csv has (nedsætte, øge, lovliggøre ...) is read here, in
# the present or after a modal, when the other readers have read its neighbours.
_COORDINATED = re.compile(r",\s+(?:og\s+)?|(?<!-)\s+og\s+(?=[a-zæøå-]+\s+(?:skal\s+|bør\s+)?[a-zæøå]+es\b)")


# Words before a noun, never before a finite verb: "en kommunes borgere" is a genitive, not a passive.
_DETERMINERS = ARTICLES | DEMONSTRATIVES | POSSESSIVES | frozenset("hver hvert enhver ethvert".split())


_SUBORDINATORS = word_set("and_not_subject") | frozenset("hvor hvis når fordi idet mens da så men hvilket".split())


def uncovered_clauses(sentence: str, start: int, end: int, party: str, found: list[Draft]) -> list[Draft]:
    covered = " ".join(d.subject.lower() for d in found)
    out = []
    clauses = _COORDINATED.split(BULLET.sub("", collapse_ws(sentence)).rstrip(" ."))
    for clause in clauses:
        tokens = lemma_tokens(clause)
        # an act no table names only in a coordination, beside the act the other readers read: a sentence of one
        # clause is theirs ("Evalueringen gennemføres i 2024 og vil blive drøftet i forligskredsen", test_lineage_agents)
        # (inside a sentence Danish capitalises only names, so a capitalised "-es" is a name's genitive, not an
        # s-passive: "Liberal Alliances ambition er ...", "Nye Borgerliges", bench/substitution.py party)
        k = next((k for k, (w, lem) in enumerate(tokens[:7]) if k and w.endswith("es") and w[:1].islower()
                  and (verbs().get(lem) in ("planned", "amount")
                       or (len(clauses) > 1 and s_passive(w, lem) and verb_kind(lem) is None
                           and tokens[k - 1][0].lower() not in _DETERMINERS))),
                 None)
        if k is None or tokens[0][0].lower() in ("det", "der", "man", "vi") or tokens[0][0].lower() in _SUBORDINATORS \
                or any(w.lower() in CLAUSE_NEGATIONS for w, _ in tokens[:k + 2]):
            continue
        if verbs().get(tokens[k][1]) == "amount" and not any(is_scheme(t) for t in tokens[:k]):
            continue
        if len(tokens) > 1 and tokens[1][1] in DEMAND_MODALS and any(w.lower() not in ADVERBS for w, _ in tokens[2:k]):
            tokens = tokens[2:]  # V2 after an adverbial: "Derudover skal transkønnede eksplicit nævnes ..." (s7_07)
            k -= 2
        subject = [w for w, lem in tokens[:k] if lem not in DEMAND_MODALS and w.lower() not in ADVERBS]
        phrase = noun_phrase(subject)
        if not phrase or re.search(rf"(?<![\wæøå-]){re.escape(phrase.lower())}(?![\wæøå-])", covered):
            continue
        if verbs().get(tokens[k][1]) is None:
            # an act no table names: the clause tells it ("Skat indlægges som en styrelse under finansministeriet")
            phrase = noun_phrase(subject + [w for w, _ in lemma_tokens(main_clause(" ".join(w for w, _ in tokens[k:])))])
        if phrase:
            out.append(Draft("planned", start, end, phrase, None, None, party or None, None, False))
    return out


def one_per_instrument(d: Draft, sentence: str) -> list[Draft]:
    """One event per instrument (f05 gold_notes: "bullets naming several instruments give several events sharing
    the evidence"), for the other readers' demands in a party's voice: a second infinitive coordinated with the
    first ("SF vil afskaffe kontanthjælpsloftet og indføre en grøn check" -> the loft, and the check introduced:
    `planned`), and a list of schemes after the first ("afskaffe topskatten, registreringsafgiften og
    arveafgiften")."""
    if d.kind != "planned":
        return [d]
    acts = first_acts_object(d)  # a second infinitive, a demanded act on a thing of its own: two demands
    if len(acts) == 2:
        return acts
    pair = re.split(r"(?<!-)\s+og\s+", d.subject)
    if len(pair) == 2 and all(any(is_scheme(t) for t in lemma_tokens(part)) for part in pair):
        # "Enhedslisten vil afskaffe kontanthjælpsloftet og 225-timersreglen": two schemes, two events
        return [replace(d, subject=ARTICLE.sub("", part)) for part in pair]
    found = re.search(rf"(?<![\wæøå-]){re.escape(d.subject)}(?P<tail>,[^.;:]+)", collapse_ws(sentence))
    if found:
        listed = members_conjuncts(main_clause(d.subject + found.group("tail")))
        if len(listed) > 1 and all(any(is_scheme(t) for t in lemma_tokens(part)) for part in listed):
            return [replace(d, subject=part) for part in listed]
    return [d]


def first_acts_object(d: Draft) -> list[Draft]:
    """A party's demand whose subject runs on into a second act coordinated with the first ("X og <infinitive> Y") is
    of the first act's object: "Alternativet vil indføre skat på finansielle transaktioner og forbyde
    spekulationsforetagender ..." (s12_01 gold: "skat på finansielle transaktioner"; the ban its own event), "vil
    ændre rufferiparagraffen og sikre prostitueredes rettigheder" (s12_07), "ønsker at værne om det danske sprog og
    sikre, at ..." (s18_04). Danish coordinates two infinitives under one modal or "at"; the second's object is not the
    first's. The verb is read by the lexicon: an infinitive whose present in -r is its own form ("forbyder" ->
    "forbyde"); an adjective in -e has none ("fri og lige adgang til alle ydelser", s12_02, stays whole)."""
    if d.kind not in ("planned", "confirmed"):
        return [d]
    second = _SECOND_ACT.match(d.subject)
    if second is None or not _infinitive(second.group("verb")) \
            or (second.group("adverb") is not None and second.group("adverb") not in ADVERBS):
        return [d]
    first = second.group("first").split()
    if _infinitive(first[0]) or "at" in first:
        # the subject is itself the acts, coordinated ("opstille vindmøller og udvikle vindteknologien", s11_08 gold:
        # one event), or the second infinitive is the noun phrase's own ("retten til at ytre sig og organisere sig")
        return [d]
    out = [replace(d, subject=second.group("first"))]
    # the second act, a demanded one (`programme_words.verb_kind`), on a thing of its
    # own is the party's second demand (one event per instrument, the f05 convention): "forbyde
    # spekulationsforetagender ..." (s12_01 gold: "forbud mod spekulationsforetagender ..."), "fastholde Danmark på
    # det luthersk-evangeliske grundlag" (s18_04 gold: `confirmed`); a pronoun ("skærme den imod ..."), a
    # that-clause ("sikre, at ...") or an act of no table ("sikre prostitueredes rettigheder", s12_07: no gold
    # event) names none
    verb = lemma_tokens(second.group("verb"))
    kind = verb_kind(verb[0][1]) if verb else None
    rest = lemma_tokens(d.subject[second.end("verb"):])
    if kind is not None and opens_noun_phrase(rest) and rest[0][0] != "," and rest[0][0].lower() not in PRONOUNS:
        out.append(replace(d, subject=noun_phrase([w for w, _ in rest]), kind=kind))
    return out


def _infinitive(word: str) -> bool:
    table = lemma_table()
    # (a verb in -ere whose present the table also reads as a noun of its agent: "finansierer" -> "finansier", s19_12;
    # the infinitive is its own lemma and its present a word of the table, where a comparative's is not: "højere")
    return table.get(f"{word}r") == word \
        or (word.endswith("ere") and table.get(word) == word and table.get(f"{word}r") is not None)


# The subject as the text prints it, over its line breaks: its first act's object, "og", an infinitive and more.
# A sentence adverb may stand between "og" and the infinitive ("afskaffe tvangslicensen og fremover finansiere DR via
# en abonnementsordning", s19_12 gold: two events); `first_acts_object` checks it is one.
_SECOND_ACT = re.compile(r"^(?P<first>\S.*?\S)\s+og\s+(?:(?P<adverb>[a-zæøå]+)\s+)?(?P<verb>[a-zæøå]{3,}e)(?:\s|,)",
                         re.DOTALL)


# The sentence splitter keeps a page's last sentence and the next page's first together when a page marker
# stands between them ("... i en kortere eller længere periode.\n--- side 23 ---\nVenstre går ind for ...",
# s7_01): each sentence is read on its own, its evidence its own words.
_PIECE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ•])|\s*-{3} side \d+ -{3}\s*")


def sentence_pieces(sentence: str) -> list[tuple[int, int]]:
    """The sentence's pieces between the breaks the splitter kept inside it (a sentence end before a page marker):
    offsets into the sentence, each read on its own."""
    out, at = [], 0
    for m in _PIECE_BREAK.finditer(sentence):
        if sentence[at:m.start()].strip():
            out.append((at, m.start()))
        at = m.end()
    if sentence[at:].strip():
        out.append((at, len(sentence.rstrip())))
    return out
