"""The means of an aim: "<aim> skal <passive> ved <instrument>".

A programme states an aim in the passive after a demand modal ("Pengestrømmene skal begrænses", "Friskolerne skal
styrkes") and often names the means in an adverbial of "ved" (by): "Pengestrømmene skal begrænses ved lovgivning"
(s7_07), "Dette skal mindskes markant ved omlægning af drivmidlet" (s20_01), "Danske forbrugeres frihed ... skal
respekteres ved at afvikle afgifter som f.eks. sukkerafgiften" (s9_05); also "Friskolerne skal styrkes ved at sætte
koblingsprocenten til 80 pct." (s18_06) and "Hjemløshed skal afhjælpes ved at skabe særlige tilbud ..." (s10_05).
Each gold lists the means, not the aim, as the `planned` event: the programme convention ("concrete party demands
naming a scheme or instrument are planned; general aims are not events") read through Danish's adverbial of means.
The means must name an instrument or an act of the event lexicon (`deontic_clauses.names_an_instrument`), so the last
two, whose means name no scheme's noun, are not read here; "Ghettodannelse skal bekæmpes ved at undgå en stærk
koncentration ..." (s10_05) names none and gives nothing. "gennem" and "med" are
left: "skal reduceres gennem fokuseret forebyggelse" (s20_13), "skal styrkes gennem internationale organisationer"
(s09) and "skal indkræves med ordentlighed" (f05) are in no gold. A verb of an act a table names ("godkendes ved
simpelt flertal", s11_10) is its own readers'.
"""
from __future__ import annotations

from .deontic_clauses import names_an_instrument
from .draft import Draft
from .modal_passive import passive_at
from .party_clause import duty_modal_at, is_infinitive, noun_phrase, skip_adverbs
from .programme_words import tabled_verb
from .word_classes import CLAUSE_OPENERS, word_set

#: The most words (adverbs of degree, "markant", "kraftigt") between the passive and its "ved".
_BEFORE_MEANS = 2
#: Where the means' noun phrase ends: a comma, a clause of its own, an example ("som f.eks.", "såsom"), a second means
#: or a second passive ("ved lovgivning og altid indregistreres offentligt", s7_07).
_MEANS_ENDERS = CLAUSE_OPENERS | frozenset({",", ".", ";", "og", "samt", "som", "såsom"})


def means_of_an_aim(tokens: list[tuple[str, str]], f: int, start: int, end: int, party: str) -> list[Draft]:
    """The means after "ved" of an aim a demand modal states in the passive (see the module's doc)."""
    if not f or not duty_modal_at(tokens, f):
        return []
    i, negated = skip_adverbs(tokens, f + 1)
    if negated or i >= len(tokens) or not passive_at(tokens, i):
        return []
    lemma = tokens[i][1]
    if tabled_verb(lemma):
        return []  # a verb of an act the tables name: its readers' ("skal godkendes ved simpelt flertal")
    by = next((k for k in range(i + 1, min(len(tokens), i + 2 + _BEFORE_MEANS)) if tokens[k][0].lower() == "ved"),
              None)
    if by is None or any(not w.isalpha() for w, _ in tokens[i + 1:by]):
        return []
    rest = tokens[by + 1:]
    if rest and rest[0][0].lower() == "at":  # "ved at afvikle afgifter ...": what the act is done to
        # (the infinitive by its form too: the lemma table reads "skabe" as the noun "skab")
        if len(rest) < 3 or not (is_infinitive(rest[1]) or (rest[1][0].islower() and rest[1][0].endswith("e"))) \
                or rest[1][1] in word_set("state_verb"):
            return []
        rest = rest[2:]
    means = rest[:next((k for k, (w, _) in enumerate(rest) if w.lower() in _MEANS_ENDERS), len(rest))]
    phrase = noun_phrase([w for w, _ in means])
    if not means or not names_an_instrument(phrase):
        return []
    return [Draft("planned", start, end, phrase, None, None, party, None, False)]
