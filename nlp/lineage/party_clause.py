"""The party's own voice in a sentence of its programme: the main clause (by Danish V2 word order over the
pipeline's lemmas; the pipeline has no parser, nlp/pipeline.py), its finite verb of volition or demand, the party as
its subject ("vi", "Vi konservative", "Alternativet"), the adverbs between, and the noun phrases after.

The shared clause reading of `programme_voice` and its sibling modules (modal_passive, modal_demands, law_content,
negated_permissions, coordinated_clauses, demanded_objects, proposal_headings): the public names are theirs.
"""
from __future__ import annotations

import re
from functools import lru_cache

from danish.party_forms import member_forms
from danish.party_shape import unknown_party
from danish.reference import party_by_name, party_for
from danish.words import NEGATION_WORDS

from .programme_words import PREPOSITIONS, verbs
from .word_classes import adverbial_phrases, ADVERBS, ARTICLE, ARTICLES, CLAUSE_OPENERS, DEFINITE_ARTICLES, PRONOUNS, word_set


# Where the main clause ends: a clause of its own after a comma (word_classes.CLAUSE_OPENERS, and the concessive
# "selvom", the relative "hvilket" and "og så", which only this reader needs), a dash or a colon.
# "... arbejdsløshedsforsikringer, så lønmodtagerne får størst mulig frihed" (s7_01).
_CLAUSE_AFTER_COMMA = sorted(CLAUSE_OPENERS | frozenset({"selvom", "hvilket", "og så"}), key=lambda w: (-len(w), w))
_SUBORDINATE = re.compile(rf"\s*(?:,\s*(?:{'|'.join(_CLAUSE_AFTER_COMMA)})\b"
                          r"|\s[–-]\s|:|;|\.\s+(?=[A-ZÆØÅ])|\.$|\(|,\s*(?:f\.eks\.|eksempelvis|bl\.a\.))")
# Adverbs that stand between the finite verb and the infinitive besides the sentence adverbs of the lineage
# words ("vil vi også bevare", "Vi vil i højere grad ..." is an aim: "grad" names no scheme).
_MORE_ADVERBS = frozenset("gerne fortsat derfor også således blandt andet overordnet fremover".split())
#: The words that negate a programme's clause: the negation words (danish/data/negation_words.csv) and "hverken"
#: (neither: "hverken ... eller").
CLAUSE_NEGATIONS = NEGATION_WORDS | frozenset({"hverken"})
_WE = frozenset({"vi"})


@lru_cache(maxsize=1)
def party_names() -> frozenset[str]:
    """The parties' names (danish/data/parties.csv), lower-cased: a subject that is one is the party speaking."""
    return frozenset(n.lower() for n in party_by_name())


def is_party_subject(words: list[str]) -> bool:
    """"vi", "vi konservative", "Alternativet", "Det Radikale Venstre", "Borgernes Parti": the party speaking."""
    low = [w.lower() for w in words]
    if not low:
        return False
    if low[0] in _WE and (len(low) == 1 or (len(low) == 2 and low[1] in member_forms())):
        return True
    if len(words) == 1 and len(words[0]) >= 2 and words[0].isupper() and party_for(words[0]) is not None:
        return True  # "SF vil ...": the abbreviation of parties.csv (two letters or more)
    return " ".join(low) in party_names() or _unknown_party(words)


# A name of a party's shape opens with a word of its own or an article ("Det Konservative Folkeparti"); a conjunction,
# a preposition, an adverb or a pronoun opening the sentence is the sentence's ("Selvom Dansk Folkeparti er tilhænger
# af det kommunale selvstyre, ...", corpus/municipal f06: no subject of a main clause).
_NO_NAME_OPENERS = (CLAUSE_OPENERS | PREPOSITIONS | ADVERBS | _MORE_ADVERBS | (PRONOUNS - DEFINITE_ARTICLES)
                    | frozenset({"selvom", "og", "eller", "at"}))


def _unknown_party(words: list[str]) -> bool:
    """A party the table does not know, by the shape of its name ("Borgernes Parti", danish/party_shape.py); the
    readers ask for the subject only in a programme whose party speaks (events.py `party_voice`), as they do of the
    table's names."""
    return words[0].lower() not in _NO_NAME_OPENERS and unknown_party(" ".join(words))


# A purpose clause in the first place of a V2 sentence: "For at sikre lige konkurrencevilkår mellem virksomhederne
# bør lovgiverne fastsætte minimumskrav til et godt arbejdsmiljø" (s7_01): the finite verb follows it. (A
# condition, "Hvis ...", is left alone: conditional statements are no events, f06 gold_notes.)
FRONTED_PURPOSE = re.compile(r"^For at [^,.;:]{3,160}?\s+(?=(?:skal|bør|vil|må)\s)")


def main_clause(sentence: str) -> str:
    """The sentence's main clause: without a fronted purpose clause ("For at sikre ..."), up to the first subordinate
    clause, dash, colon or sentence end."""
    sentence = FRONTED_PURPOSE.sub("", sentence)
    cut = _SUBORDINATE.search(sentence)
    return sentence[:cut.start()] if cut else sentence


def lemma_tokens(clause: str) -> list[tuple[str, str]]:
    """The clause's words with their lower-cased lemmas from the pipeline (nlp/pipeline.py), spaces left out: what
    the programme readers read a clause by. A fresh list each call (callers slice and build on it)."""
    return list(_lemma_tokens(clause))


@lru_cache(maxsize=2048)
def _lemma_tokens(clause: str) -> tuple[tuple[str, str], ...]:
    """The pipeline's reading of a clause, once: the programme readers of one sentence (programme_voice's, then the
    fallback of deontic_clauses, a list's bullet readers) each ask for the same main clause; on a programme chapter
    four in ten calls were repeats."""
    from ..pipeline import get_pipeline

    return tuple((t.text, t.lemma_.lower()) for t in get_pipeline()(clause) if not t.is_space and t.text.strip())


def is_infinitive(token: tuple[str, str]) -> bool:
    """A verb's infinitive as written: lower case, its own lemma, ending in -e ("privatisere", "fremme")."""
    word, lemma = token
    return word.islower() and word == lemma and len(word) > 3 and word.endswith("e")


def present_tense(token: tuple[str, str]) -> bool:
    """A verb's present tense: its infinitive and -r ("arbejder" of arbejde, "anser" of anse)."""
    word, lemma = token[0].lower(), token[1]
    return lemma.endswith("e") and word == lemma + "r"


def noun_phrase(words: list[str]) -> str:
    """The words as a subject: joined, without an opening article and the punctuation at its ends."""
    return ARTICLE.sub("", " ".join(words)).strip(" ,.")


def opens_noun_phrase(words: list[tuple[str, str]]) -> bool:
    """The words after a demanded act's verb open its object: not nothing, a preposition (programme_words.PREPOSITIONS:
    "arbejdes for ...") or the "at" of an infinitive."""
    return bool(words) and words[0][0].lower() not in PREPOSITIONS and words[0][0].lower() != "at"


def coordinated_adjective(word: str) -> bool:
    """A word that, before "og" and another word ahead of a noun, is the first of two adjectives of that noun: it
    ends in an adjective's suffix (nlp/data/lineage_words.csv, coordinated_adjective_suffix), bare or with the -e
    or -t of agreement ("alsidig og holdbar produktionsstruktur", s10_02; "fysisk og psykisk arbejdsmiljø", s7_01)."""
    w = word.lower()
    return w.isalpha() and len(w) > 4 and any(
        w.endswith(suffix + ending) for suffix in word_set("coordinated_adjective_suffix") for ending in ("", "e", "t"))


def and_split(phrase: str) -> list[str]:
    """The phrase's parts at each "og" that joins two things, not two first parts of a compound ("titel- og
    ordensvæsnet") and not two adjectives of one noun ("bæredygtig økonomisk og social udvikling")."""
    parts: list[str] = []
    for piece in re.split(r"(?<!-)\s+og\s+", phrase):
        before = parts[-1].split() if parts else []
        if before and coordinated_adjective(before[-1]) and len(piece.split()) >= 2 \
                and piece.split()[0].lower() not in ARTICLES:
            parts[-1] = f"{parts[-1]} og {piece}"
        else:
            parts.append(piece)
    return parts


def conjuncts(phrase: str) -> list[str]:
    """"mulighederne for at vælge behandling i privat regi og fradrag for sundhedsforsikringer" -> the two
    schemes (s7_04 gold: two events sharing the evidence); "titel- og ordensvæsnet" and "en alsidig og holdbar
    produktionsstruktur" (s10_02) stay one."""
    parts = [ARTICLE.sub("", p).strip() for p in and_split(phrase)]
    if len(parts) > 1 and all(len(p.split()) >= 2 for p in parts):
        return parts
    return [phrase]


# Adverbials of two words that stand where an adverb does ("skal vi hurtigst muligt have reduceret ...", s7_06;
# "Afbrænding af fossile brændsler skal udfases hurtigst muligt", the same programme; "vil vi på sigt ...").
_ADVERBIAL_PAIRS = frozenset({("hurtigst", "muligt"), ("snarest", "muligt"), ("på", "sigt"), ("så", "vidt")})


def skip_adverbs(tokens: list[tuple[str, str]], i: int) -> tuple[int, bool]:
    """The index after the adverbs at i (and the adverbials of several words, nlp/data/lineage_words.csv role
    adverbial_phrase, "på <adjective> sigt" among them), and whether one of them negates."""
    negated = False
    while i < len(tokens):
        word = tokens[i][0].lower()
        if i + 1 < len(tokens) and (word, tokens[i + 1][0].lower()) in _ADVERBIAL_PAIRS:
            i += 2
            continue
        phrase = _adverbial_phrase_at(tokens, i)
        if phrase:
            i += phrase
            continue
        if not (word in ADVERBS or word in _MORE_ADVERBS or word in CLAUSE_NEGATIONS
                or word in word_set("continuation_adverb")):  # "Vi vil stadig bevare ..."
            break
        negated = negated or word in CLAUSE_NEGATIONS
        i += 1
    return i, negated


def _adverbial_phrase_at(tokens: list[tuple[str, str]], i: int) -> int:
    """The length of the adverbial of several words at i, or 0."""
    words = tuple(w.lower() for w, _ in tokens[i:i + 4])
    if len(words) >= 3 and words[0] == "på" and words[2] == "sigt" and words[1].isalpha():
        return 3
    if words[:2] == ("sammen", "med"):
        return _comitative_length(tokens, i)
    return next((len(p) for p in adverbial_phrases() if words[:len(p)] == p), 0)


def _comitative_length(tokens: list[tuple[str, str]], i: int) -> int:
    """"sammen med <noun phrase>" (with whom) in the adverbial's place between the finite verb and the infinitive:
    "Kulturministeriet skal sammen med Sundhedsministeriet gennemføre et pilotprojekt" (s20_05 gold: `planned`),
    "Alternativet ønsker sammen med arbejdsmarkedets parter at undersøge ..." (s20_03). The noun phrase ends before
    the infinitive (its marker "at", or `is_infinitive`) within four words; none: 0."""
    for k in range(i + 3, min(len(tokens), i + 7)):
        if tokens[k][0].lower() == "at" or is_infinitive(tokens[k]):
            return k - i
    return 0


#: The modals of a demand, by lemma ("skal"/"skulle" -> skulle, "bør"): in a party's voice what it wants done.
DEMAND_MODALS = frozenset({"skulle", "bør"})
#: The modals of a duty laid on a thing, by lemma: the demand modals and "må" (nlp/data/lineage_words.csv role
#: duty_modal), read only where a thing or the expletive "der" is the subject of a passive ("Der må indføres en
#: kvalitetssikring gennem tidssvarende certificeringsmetoder", s10_04; "Møntunionen må gentænkes og ændres",
#: s11_02: both `planned` in their golds). With a person as subject "må" is a necessity the party sees, no demand on
#: a scheme ("vi må til stadighed vurdere ...", s09), so the party's voice keeps DEMAND_MODALS.
PASSIVE_DEMAND_MODALS = DEMAND_MODALS | word_set("duty_modal")


def duty_modal_at(tokens: list[tuple[str, str]], f: int) -> bool:
    """The modal at f lays a duty on the subject of a passive (PASSIVE_DEMAND_MODALS): "må" with "gerne" after it
    gives leave, no duty ("Der må gerne opkræves et gebyr")."""
    lemma = tokens[f][1]
    return lemma in DEMAND_MODALS or (lemma in PASSIVE_DEMAND_MODALS
                                      and all(w.lower() != "gerne" for w, _ in tokens[f + 1:f + 4]))


def finite_verb(tokens: list[tuple[str, str]]) -> int | None:
    """The finite verb of a V2 main clause: a verb of volition or demand, or a modal, after the first
    constituent (within its first eight words); None in V1 (a question, a condition)."""
    for i, (word, lemma) in enumerate(tokens[:8]):
        if verbs().get(lemma) in ("volition", "demand", "support") or lemma in DEMAND_MODALS or _multiword(tokens, i) \
                or (verbs().get(lemma) == "judge" and present_tense((word, lemma))):  # (its present active only:
            # "skal betragtes som varer" is a passive after the modal, s7_06)
            return i or None
    # else a duty modal ("Møntunionen må gentænkes ..."), which only the passive readers take: not before the
    # verbs above, so "Derfor må vi arbejde for ..." is still read by its verb of demand
    return next((i or None for i, (_, lemma) in enumerate(tokens[:8]) if lemma in PASSIVE_DEMAND_MODALS), None)


def _multiword(tokens: list[tuple[str, str]], i: int) -> bool:
    """The word at i begins a verb of several words whose rest follows within a few words (an inverted subject
    and adverbs may stand between: "går vi derfor ikke ind for"); "er" alone is no demand ("være tilhænger af")."""
    return any(_rest_at(tokens, k, rest) for rest in _multiword_rests().get(tokens[i][1], ())
               for k in range(i + 1, min(len(tokens), i + 7)))


@lru_cache(maxsize=1)
def _multiword_rests() -> dict[str, tuple[list[str], ...]]:
    """First lemma -> the rests of the table's verbs of several words ("være" -> ["tilhænger", "af"]), split once,
    not for every word of every sentence."""
    out: dict[str, list[list[str]]] = {}
    for verb, role in verbs().items():
        if role == "effort":
            continue  # read only after a verb of volition (programme_verbs.csv), never as the finite verb
        first, *rest = verb.split()
        if rest:
            out.setdefault(first, []).append(rest)
    return {first: tuple(rests) for first, rests in out.items()}


def _rest_at(tokens: list[tuple[str, str]], k: int, rest: list[str]) -> bool:
    """The rest of a particle verb at k, each word as written or by its lemma ("tilhængere" -> tilhænger)."""
    found = tokens[k:k + len(rest)]
    return len(found) == len(rest) and all(word in (w.lower(), lem) for word, (w, lem) in zip(rest, found))


def particle_verb(tokens: list[tuple[str, str]], lemma: str, i: int) -> tuple[str, int]:
    """A particle verb's rest at i ("går ind for", "går vi derfor ikke ind for", "er tilhængere af"): its lemma
    and the index after."""
    for verb in verbs():
        first, *rest = verb.split()
        if first == lemma and rest and _rest_at(tokens, i, rest):
            return verb, i + len(rest)
    return lemma, i


def party_at(tokens: list[tuple[str, str]], i: int) -> int | None:
    """The index after the party as subject at i ("vi", "vi konservative", "Det Radikale Venstre"), or None."""
    for n in (4, 3, 2, 1):
        if i + n <= len(tokens) and is_party_subject([w for w, _ in tokens[i:i + n]]):
            return i + n
    return None
