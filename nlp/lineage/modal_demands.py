"""Demands in a party's programme whose subject is not the party: a demand modal ("skal", "bør") with an impersonal
subject ("Det skal være muligt at ...", "Der skal være <scheme>", "Det skal være et krav, at ..."), a possibility
given ("<someone> skal have mulighed for <scheme>"), a passive ("Medicinsk cannabis skal lovliggøres", "Der skal
afholdes <an instrument>"), or someone else laying a scheme down ("bør lovgiverne fastsætte minimumskrav").
"""
from __future__ import annotations

import re

from ..lemma_table import lemma_table
from .demanded_objects import OBJECT_ENDERS, acted_on
from .draft import Draft
from .deontic_clauses import MODAL_INFINITIVES
from .modal_passive import FRONT_ADVERBS, demanding_passive, headed_by_a_thing
from .party_clause import DEMAND_MODALS, duty_modal_at, noun_phrase, opens_noun_phrase, skip_adverbs
from .programme_words import headed_by_a_scheme, is_scheme, verbs
from .word_classes import s_passive, word_set


def impersonal_demand(sentence: str, tokens: list[tuple[str, str]], f: int, start: int, end: int,
                      party: str) -> list[Draft]:
    """"Det skal/bør (adv) være muligt (for ...) at <verb> <scheme>", "Der skal/bør (adv) være <scheme>"."""
    if tokens[f][1] not in DEMAND_MODALS or f != 1:
        return []
    if tokens[0][0].lower() in ("det", "der"):
        expletive, i = tokens[0][0].lower(), f + 1
    elif tokens[0][0].lower() in FRONT_ADVERBS and f + 1 < len(tokens) and tokens[f + 1][0].lower() in ("det", "der"):
        # inverted after an adverb: "Derfor skal der være et frit valg mellem forskellige folkeskoler" (s10_05)
        expletive, i = tokens[f + 1][0].lower(), f + 2
    else:
        return []
    i, negated = skip_adverbs(tokens, i)
    if negated or i >= len(tokens) or tokens[i][1] != "være":
        return []
    rest = tokens[i + 1:]
    if expletive == "det":
        if rest and rest[0][1] != "mulig":
            return _scheme_that(sentence, rest, start, end, party)
        if not rest:
            return []
        at = next((k for k, (w, _) in enumerate(rest) if w.lower() == "at"), None)
        if at is None or at + 2 >= len(rest):
            return []
        if not any(is_scheme(t) for t in rest[at + 1:]):
            # making a possible act on a concrete thing is the demand of an arrangement, its object named: "Det skal
            # være muligt at drive plejehjem på markedsvilkår" (s11_07 gold: `planned`, "plejehjem på markedsvilkår"),
            # as the scheme's "opkræve en vis brugerbetaling" (s7_02); the general reading of an act wished on a
            # thing (`demanded_objects.acted_on`), so a principle, an adverb or a verb with no object gives nothing
            if rest[0][1] != "mulig" or at != 1 or not headed_by_a_thing(rest[at + 2:]):
                return []  # (a thing: "vælge frit" names none, nor "leve et godt liv", a principle)
            return acted_on(rest, at + 1, start, end, party)
        phrase = " ".join(w for w, _ in rest[at + 1:])
        return [Draft("planned", start, end, phrase, None, None, party, None, False)]
    # "Der skal være en beskeden brugerbetaling på sundhedsydelser": the noun before the first preposition
    if not headed_by_a_scheme(rest) and not _scheme_phrase(rest):
        return []
    return [Draft("planned", start, end, noun_phrase([w for w, _ in rest]), None, None, party, None, False)]


def _scheme_phrase(rest: list[tuple[str, str]]) -> bool:
    """The noun phrase, without an article, opens with a phrase that names a scheme by its head (nlp/data/lineage_words.csv,
    role scheme_phrase: "Der skal være frit valg", s11_07; "et frit valg mellem forskellige folkeskoler", s10_05)."""
    words = [w.lower() for w, _ in rest]
    if words and words[0] in ("en", "et"):
        words = words[1:]
    return any(words[:len(phrase.split())] == phrase.split() for phrase in word_set("scheme_phrase"))


def _scheme_that(sentence: str, rest: list[tuple[str, str]], start: int, end: int, party: str) -> list[Draft]:
    """"Det skal være et krav, at virksomheder af en vis størrelse opretter kvalificerede praktikpladser" (s6_05,
    DF's programme; its gold: `planned`, "krav om at virksomheder ... opretter praktikpladser"): the expletive
    "det" stands for the that-clause, and the predicative noun names the scheme it makes (a duty, a right)."""
    comma = next((k for k, (w, _) in enumerate(rest) if w == ","), len(rest))
    rest = rest[:comma]
    words = [w for w, _ in rest]
    if len(words) != 2 or words[0].lower() not in ("en", "et") or not is_scheme(rest[1]):
        return []
    that = re.search(r",\s*at\s+(?P<what>[^,.;:]+)", sentence)
    if not that:
        return []
    return [Draft("planned", start, end, f"{words[1]} om, at {that.group('what').strip()}", None, None, party, None,
                  False)]


def possibility_demand(tokens: list[tuple[str, str]], f: int, start: int, end: int, party: str) -> list[Draft]:
    """"Vælgerne skal have mulighed for at tage initiativ til folkeafstemninger" (s09), "Den alment praktiserende
    læge skal have mulighed for at opkræve et gebyr" (s6_08): a demand that someone be given the possibility of a
    scheme, `planned` in both golds; "mulighed" alone names no scheme ("Den enkelte skal have mulighed for selv at
    vælge ...", s09: nothing)."""
    if tokens[f][1] not in DEMAND_MODALS:
        return []
    i, negated = skip_adverbs(tokens, f + 1)
    if negated or i + 2 >= len(tokens) or tokens[i][0].lower() not in ("have", "give") or tokens[i + 1][1] != "mulighed" \
            or tokens[i + 2][0].lower() != "for":
        return []
    rest = tokens[i + 1:]
    if not any(is_scheme(t) for t in rest[2:]):
        return []
    return [Draft("planned", start, end, " ".join(w for w, _ in rest), None, None, party, None, False)]


def passive_demand(tokens: list[tuple[str, str]], f: int, start: int, end: int, party: str) -> list[Draft]:
    """"Medicinsk cannabis skal lovliggøres.", "Apotekervæsenet skal liberaliseres." (s6_08): the subject before
    the modal, made legal or freed by a verb of programme_verbs.csv the event lexicon lacks (its own verbs are
    read by the lexicon's readers). Not a kept scheme: "... skal bevares" was left out of f06's gold."""
    if not duty_modal_at(tokens, f) or f > 6 or tokens[0][0].lower() in ("man", "vi") \
            or (f == 1 and tokens[0][0].lower() in ("det", "der")):
        return []  # "Det"/"Der" alone before the modal is the expletive; before a noun ("Det frie valg") an article
    i, negated = skip_adverbs(tokens, f + 1)
    if negated or i >= len(tokens) or not tokens[i][0].lower().endswith("es") or verbs().get(tokens[i][1]) != "planned":
        return []
    subject = [w for w, _ in tokens[:f]]
    to = i + 1
    if to < len(tokens) and tokens[to][0].lower() == "fra":
        # "Det frie valg for borgeren skal udstrækkes fra at gælde frit valg mellem offentlige institutioner til
        # også at gælde frit valg mellem offentlige og private leverandører" (s9_01 gold: "frit valg mellem
        # offentlige og private leverandører"): what it was is past, what it is extended to names it
        to = next((k for k in range(to + 1, len(tokens)) if tokens[k][0].lower() == "til"), len(tokens))
    if to + 1 < len(tokens) and tokens[to][0].lower() == "til":
        # what the scheme is made into or extended to names it too: "Institutionstilskud skal omdannes til
        # persontilskud" (s9_01 gold: "persontilskud i stedet for institutionstilskud"), "Demokratiet skal udstrækkes
        # til pensionskasser og lignende" (s09 gold: "demokrati i pensionskasser og lignende")
        subject += [w for w, _ in tokens[to:]]
    return [Draft("planned", start, end, noun_phrase(subject), None, None, party, None, False)]


def _passive_read_as_noun(word: str, lemma: str) -> bool:
    """After "der" and a demand modal, an s-passive whose infinitive the lemma table reads as a noun ("skabes",
    "skabe" -> "skab": "bør der skabes økonomiske incitamenter til ...", s10_04 gold: `planned`; "Der skal skabes
    flere muligheder for frit valg", s10_03): the place of the word leaves no genitive to mistake it for."""
    # the s-passive (`word_classes.s_passive`) of the lemma and -e, an infinitive the table reads as the lemma
    return s_passive(word, f"{lemma}e") and lemma_table().get(f"{lemma}e") == lemma


def existential_passive(tokens: list[tuple[str, str]], f: int, start: int, end: int, party: str) -> list[Draft]:
    """"Der skal afholdes hyppige prøver for at opfange ... faglige svagheder" (s6_05, DF's programme; its gold:
    `planned`, "hyppige prøver i skolen"), as "Samtidig skal der sikres borgerne ... adgang til egne patientdata"
    (s7_02): the expletive "der" with a demand modal and a passive, whose logical subject after it is what the party
    demands held or made - by a verb of making or holding an instrument (nlp/data/lineage_words.csv, role
    policy_action_verb; the event lexicon's own verbs are its readers') or by any verb whose passive demands
    (`modal_passive.demanding_passive`) when a concrete thing heads what follows (`modal_passive.headed_by_a_thing`:
    "Der skal indføres en grøn check", not "Der skal skabes tryghed"). No object ("Der skal fortsat arbejdes for
    mere ligestilling", s7_02) or a negation: nothing."""
    if not duty_modal_at(tokens, f):
        return []
    if f == 1 and tokens[0][0].lower() == "der":
        i = f + 1
    elif f + 1 < len(tokens) and tokens[f + 1][0].lower() == "der":
        i = f + 2
    else:
        return []
    i, negated = skip_adverbs(tokens, i)
    if i < len(tokens) and tokens[i][0].lower() in MODAL_INFINITIVES:
        # a modal chain: "Der skal kunne ydes økonomisk støtte til etablering af centre i nærområdet" (s19_04 gold:
        # `planned`), as the programme's "skal ikke kunne ekspropriere" (deontic_clauses)
        i, more = skip_adverbs(tokens, i + 1)
        negated = negated or more
    if negated or i + 1 >= len(tokens) or not tokens[i][0].lower().endswith("es") \
            or (tokens[i][1] not in word_set("policy_action_verb") and verbs().get(tokens[i][1]) != "planned"
                # (a verb of three letters too: after "der" and the modal no genitive stands, "Der skal ydes ...")
                and not ((s_passive(*tokens[i], short=True) or _passive_read_as_noun(*tokens[i]))
                         and demanding_passive(tokens[i][1]))):
        # (or a verb of laying down a scheme the event lexicon lacks: "Der skal fastsættes klare mål for politiets
        # ydelser", s9_01 gold: `planned`, as "bør lovgiverne fastsætte minimumskrav", s7_01)
        return []
    named = tokens[i + 1:]
    # the purpose clause "for at", also with the comma of the older rules: "Samtidig skal der uddannes flere
    # allergilæger for, at sundhedssystemet bliver i stand til ..." (s10_04 gold: "uddannelse af flere allergilæger")
    purpose = next((k for k in range(len(named) - 1) if [w.lower() for w, _ in named[k:k + 2]] == ["for", "at"]
                    or [w.lower() for w, _ in named[k:k + 3]] == ["for", ",", "at"]), len(named))
    named = named[:purpose]
    if not opens_noun_phrase(named):
        return []
    if tokens[i][1] not in word_set("policy_action_verb") and verbs().get(tokens[i][1]) != "planned" \
            and not headed_by_a_thing(named):
        return []  # a verb no table names: the thing made must be concrete, as `modal_passive`'s subject
    return [Draft("planned", start, end, noun_phrase([w for w, _ in named]), None, None, party, None, False)]


def active_demand(tokens: list[tuple[str, str]], f: int, start: int, end: int, party: str) -> list[Draft]:
    """Someone else shall lay down a scheme: "bør lovgiverne fastsætte minimumskrav til et godt arbejdsmiljø"
    (s7_01, after a fronted purpose clause): a modal, its subject (before it, or after it in V2 inversion), a
    verb of programme_verbs.csv (`planned`; the event lexicon's own verbs are its readers') and a scheme's noun
    heading the object."""
    if tokens[f][1] not in DEMAND_MODALS:
        return []
    i, negated = skip_adverbs(tokens, f + 1)
    verb = next((k for k in range(i, min(len(tokens), i + 4)) if verbs().get(tokens[k][1]) == "planned"
                 and not tokens[k][0].lower().endswith("es")), None)
    if negated or verb is None or verb + 1 >= len(tokens):
        return []
    named = tokens[verb + 1:]
    if not headed_by_a_scheme(named):
        return []
    return [Draft("planned", start, end, noun_phrase([w for w, _ in named]), None, None, party, None, False)]


def generic_ability(tokens: list[tuple[str, str]], f: int, start: int, end: int, party: str) -> list[Draft]:
    """"Man skal selv kunne vælge sin senior-ønskebolig" (s11_07 gold: `planned`): the generic "man" given the
    ability to act on a thing is a right the party demands, as "Det skal være muligt at <verb> <thing>"; the thing
    is the object (`demanded_objects.acted_on`, a possessive left off), concrete (`headed_by_a_thing`): "man skal
    kunne vælge den tidligere end i dag" (a pronoun) and "Man skal ikke nødvendigvis være skatteadvokat" (s9_07,
    negated, the copula) give nothing. The pattern of two programmes: s11_07, and s6_08's "Man skal selv kunne
    bestemme hvilket godkendt sygehus ..., man vil vælge" (a clause as the object: nothing here)."""
    if f != 1 or tokens[0][0].lower() != "man" or tokens[f][1] not in DEMAND_MODALS:
        return []
    i, negated = skip_adverbs(tokens, f + 1)
    if i < len(tokens) and tokens[i][0].lower() == "selv":  # "selv" of the subject: by oneself
        i, more = skip_adverbs(tokens, i + 1)
        negated = negated or more
    if negated or i + 2 >= len(tokens) or tokens[i][0].lower() != "kunne":
        return []
    named = tokens[i + 2:]
    if named and named[0][0].lower() in _POSSESSIVES:
        named = named[1:]
    if named and named[0][1] in _INTERROGATIVES:
        return []  # an indirect question is a clause, no thing: "bestemme hvilket godkendt sygehus ..." (s6_08)
    # a clause or a comparison ends the object ("vælge den tidligere end i dag", s11_07), and a comparative heads no
    # thing
    named = named[:next((k for k, (w, _) in enumerate(named) if w.lower() in OBJECT_ENDERS | {"end"}), len(named))]
    if not named or named[-1][0].lower() == named[-1][1] + "ere" or not headed_by_a_thing(named):
        return []
    return acted_on([tokens[i + 1]] + named, 0, start, end, party)


# The reflexive possessives of a generic subject ("vælge sin senior-ønskebolig"): the thing is named without them.
_POSSESSIVES = frozenset({"sin", "sit", "sine"})
# The lemmas that open an indirect question.
_INTERROGATIVES = frozenset({"hvilken", "hvad", "hvem", "hvor", "hvordan", "hvorvidt", "om"})

