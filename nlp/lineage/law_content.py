"""What a party demands a law shall do: a law as the subject of a demand modal and an active verb ("Den nye
socialistiske grundlov skal adskille stat og kirke, afskaffe kongehuset og erstatte det med en
demokratisk-republikansk styreform", s7_05, whose gold plans "adskillelse af stat og kirke" and "afskaffelse af
kongehuset"; "En ny grundlov skal indføre menneskerettighederne som grundlaget for det danske folkestyre",
Radikale's programme; "lovgivningen bør indeholde klar hjemmel for fængselsstraf", Dansk Folkeparti's). The law is
the instrument, so its content is the demand: each coordinated infinitive plans an act on its object, as the
party's own "vil <verb> <object>" does (`demanded_objects.acted_on`).

The law is told by the head of the subject (nlp/data/lineage_words.csv, role law_noun). Precision rests on the
object, as for the party's wish: no pronoun ("erstatte det med ...": the act on what came before), no principle,
quality or group of people (`modal_passive.names_a_thing`: "Loven skal sikre borgere mod overgreb", Liberal
Alliance's programme), no light verb or auxiliary, no clause; a negation or a condition gives nothing. A
safeguard given ("samt give en utvetydig sikring af basale individuelle rettigheder", s7_05 gold_notes: "a
general safeguard, not a scheme") is no act on a thing. Left open: rights introduced by an act verb ("indføre
menneskerettighederne som grundlaget ...") are read as a thing acted on; s7_05's gold_notes call rights guarantees a
safeguard, so a rights head may belong with the principles once a second document attests it.
"""
from __future__ import annotations

from .demanded_objects import NOT_ACTS, OBJECT_ENDERS
from .draft import Draft
from .modal_passive import headed_by_a_thing, names_a_thing
from .party_clause import DEMAND_MODALS, is_infinitive, noun_phrase, opens_noun_phrase, skip_adverbs
from .programme_words import PREPOSITIONS, verb_kind, verbs
from .word_classes import PROGRAMME_CONDITION_OPENERS, word_set

# Words that join two infinitives of one modal ("adskille stat og kirke, afskaffe kongehuset og erstatte ...").
_JOINS = frozenset({",", "og", "samt", "eller"})


def law_content(tokens: list[tuple[str, str]], f: int, start: int, end: int, party: str) -> list[Draft]:
    """The acts a law heading the subject before the modal `f` shall do, each on its object (see the module's doc)."""
    if tokens[f][1] not in DEMAND_MODALS or not 0 < f <= 6 or tokens[0][0].lower() in PROGRAMME_CONDITION_OPENERS:
        return []
    if tokens[f - 1][1] not in word_set("law_noun"):
        return []  # the law heads the subject: "Den nye socialistiske grundlov skal ..."
    i, negated = skip_adverbs(tokens, f + 1)
    if negated:
        return []
    found: list[Draft] = []
    for verb, named in _infinitives(tokens, i):
        if verb[1] in NOT_ACTS or verb[1] in _SAFEGUARDS or verbs().get(verb[1]) == "light":
            continue
        named = named[:next((k for k, (w, _) in enumerate(named) if w.lower() in OBJECT_ENDERS), len(named))]
        if not opens_noun_phrase(named):
            continue
        if not headed_by_a_thing(named) or not names_a_thing(_before_and(named)):
            continue
        found.append(Draft(verb_kind(verb[1]) or "planned", start, end,
                           noun_phrase([w for w, _ in named]), None, None, party, None, False))
    return found


def _infinitives(tokens: list[tuple[str, str]], i: int) -> list[tuple[tuple[str, str], list[tuple[str, str]]]]:
    """The infinitives after the modal, each with the words up to the next one ("adskille | stat og kirke",
    "afskaffe | kongehuset", "erstatte | det med ..."): a join followed by an infinitive opens the next."""
    if i >= len(tokens) or not is_infinitive(tokens[i]):
        return []
    found: list[tuple[tuple[str, str], list[tuple[str, str]]]] = []
    verb, k = tokens[i], i + 1
    named: list[tuple[str, str]] = []
    while k < len(tokens):
        if tokens[k][0].lower() in _JOINS:
            nxt = k + 1 + (k + 1 < len(tokens) and tokens[k + 1][0].lower() in _JOINS)
            if _opens_verb_phrase(tokens, nxt):
                found.append((verb, named))
                verb, k, named = tokens[nxt], nxt + 1, []
                continue
        named.append(tokens[k])
        k += 1
    found.append((verb, named))
    return found


def _opens_verb_phrase(tokens: list[tuple[str, str]], k: int) -> bool:
    """An infinitive with its object after it: a noun in -e that looks like one ("stat og kirke, afskaffe ...")
    has no noun phrase of its own after it (the pipeline tags no parts of speech)."""
    return k + 1 < len(tokens) and is_infinitive(tokens[k]) and tokens[k + 1][0].lower() not in _JOINS \
        and tokens[k + 1][0][:1].isalpha() and tokens[k + 1][0].lower() not in PREPOSITIONS


def _before_and(named: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The object's first noun phrase, before a preposition or "og" ("stat og kirke": "stat")."""
    p = next((k for k, (w, _) in enumerate(named) if w.lower() in PREPOSITIONS or w.lower() == "og"), len(named))
    return named[:p]


# Verbs whose object is a safeguard or an aim the law secures, not a thing it acts on (s7_05 gold_notes: "the
# rights guarantees in the same sentence are a general safeguard"; "Loven skal sikre borgere mod overgreb").
_SAFEGUARDS = frozenset({"give", "sikre"})
