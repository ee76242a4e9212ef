"""An item of a party's demand list that states an aim, not a demand on an instrument.

A party's list lead ("Liberal Alliance mener:") makes its items demands (the f05 convention, `demands.demand_items`),
but the programme convention still holds inside the list: "general values, aspirations and directions without a
named instrument are not events" (the municipal README; s7_01 gold_notes). Danish says an aim in a list item by the
same grammar as in the prose, which `deontic_clauses` and `modal_passive` already read there:

- a duty modal before a verb of a wished state (nlp/data/lineage_words.csv role `state_verb`; "have" aside, since
  what is had may be a right or a choice, "Ægtefæller skal have ret til at overføre ...", f05 gold: `planned`):
  "• Ledelsen på plejehjemmene skal være bedre, så ..." (s11_07), "• EU skal spille en rolle i sikkerhedspolitik"
  (s19_10) - no gold lists them; an expletive's "Der skal være ..." makes a thing exist and stays (s6_08 gold);
- a passive after the modal whose subject's head is a quality or a principle, as `modal_passive` reads the prose
  ("Kvaliteten skal løftes", s6_08; "Retssikkerheden skal styrkes", f05 gold_notes: a general principle).
A manner after a passive is no mark of an aim in a list: "• Strafferet skal udformes nationalt og ikke på EU-niveau"
(s12_07) is none, but "• Den aktive beskæftigelsesindsats skal beskæres kraftigt" and "• Overførselsindkomster skal
reguleres efter inflationen" (s10_la) are demands in its gold; tried and left (five labelled items lost for three).
"""
from __future__ import annotations

from .modal_passive import head_words, names_a_quality_or_principle, passive_at
from .party_clause import DEMAND_MODALS, lemma_tokens, main_clause, skip_adverbs
from .programme_words import is_scheme
from .word_classes import BULLET, word_set

#: The most words before the modal in the item's main clause (V2: its first constituent).
_FIRST_PLACE = 8


def states_an_aim(item: str) -> bool:
    """The list item's main clause states an aim (above), so no demand of it is an event."""
    tokens = lemma_tokens(main_clause(BULLET.sub("", item).strip()))
    modal = next((k for k, (_, lemma) in enumerate(tokens[:_FIRST_PLACE + 1]) if k and lemma in DEMAND_MODALS), None)
    if modal is None or tokens[0][0].lower() in _EXPLETIVES:
        # (an expletive's "Der skal indføres ...", "Der skal være ...": a thing made to exist, f05, s6_08; "Det skal
        # være muligt at drive plejehjem på markedsvilkår", s11_07 gold: a permission demanded)
        return False
    i, negated = skip_adverbs(tokens, modal + 1)
    if negated or i >= len(tokens):
        return False
    word, lemma = tokens[i][0].lower(), tokens[i][1]
    if word != "have" and lemma in word_set("state_verb") and not _acts_on_a_scheme(tokens[i + 1:]):
        # ("have" stays a demand: what is had may be a right, "skal have ret til at overføre ...", f05, or a choice,
        # "skal have et frit skolevalg", s18_06 gold; and the lemma table reads the infinitive "have" as the noun "hav")
        return True
    if passive_at(tokens, i):
        head = head_words(tokens[:modal])
        return bool(head) and names_a_quality_or_principle(head[-1])
    return False


def _acts_on_a_scheme(rest: list[tuple[str, str]]) -> bool:
    """The verb's object is a noun phrase headed by a scheme (nlp/data/scheme_heads.csv): the verb makes or keeps an
    instrument, no state ("• Vi skal sikre bilaterale hjemsendelsesaftaler med de lande, ...", s20_10 gold:
    `planned`), where a that-clause or a state ("skal sikre, at ...", "skal give børn og unge muligheder") is none."""
    head = head_words(rest)
    return bool(head) and head[0][0].lower() not in (",", "at") and is_scheme(head[-1])


#: The expletive subjects of an existential clause.
_EXPLETIVES = frozenset({"der", "det"})
