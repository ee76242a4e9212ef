"""The final gate of a lineage event's subject: a phrase the subject pickers left that is no noun phrase carries
no event (issue 15: "Subjects as clean noun phrases"; the municipal gold README: "subjects as noun phrases of the
text").

The classes are data (nlp/data/subject_gate.csv, each with an example and the documents that attest it): a
personal pronoun opening the phrase ("vi vores socialistiske værdier", s11_03), a present passive ("afgøres
hvordan arealet konkret", s10_06; "formes af de mennesker", s9_03), a place adverbial ("Flere steder i landet",
s10_04). Every class drops its event: in the dev texts the clause such a phrase comes from states no event the
gold lists (the phrase the gold would take, e.g. "lægevagten" after "bliver", is not where the picker looked).

The present passive is read by the pipeline's lemma table and the word after it, so that a noun of the same
letters is no verb: "aftalen" (lemma "aftale" + "n") is no passive, and a genitive ("forældres adgang") is
followed by its noun; the gate takes a passive only with its agent ("af") or an indirect question after it.

Not a class: a finite verb inside the phrase ("Revybosserne består af 2-3 medlemmer", s11_09): gold subjects
hold clauses after "hvor", ":" or a noun ("forsøg hvor udvalgte a-kasser får ansvaret ...", d07; "Førtidspension
og fleksjob indgår ikke", seed 002), and without a parser the lemma table cannot tell them apart.
"""
from __future__ import annotations

from functools import lru_cache

from danish._data import table_rows

from ..lemma_table import lemma_table
from ..word_classes import HOW_WHEN, WHETHER
from .word_classes import s_passive

# What follows a present passive that opens no commitment: its agent ("formes af de mennesker", s9_03: who, not
# what) or an indirect question ("afgøres hvordan arealet konkret skal udvikles", s10_06: a matter still open, the
# gold_notes' "procedure"). A genitive of the same letters ("forældres adgang til ...", f05 gold: the lemma
# "forældre" + s) is followed by its noun; a passive followed by another word (an adverb, a preposition of place
# or time) can carry the event the gold lists under another wording, and is left to the readers before.
_AFTER_VERB = frozenset({"af"}) | WHETHER | HOW_WHEN


@lru_cache(maxsize=1)
def gate_rows() -> tuple[dict[str, str], ...]:
    return table_rows("nlp", "data", "subject_gate.csv")


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return {r["class"]: frozenset(r["words"].split()) for r in gate_rows()}


def _present_passive(word: str) -> bool:
    """"afgøres" (afgøre + s, `word_classes.s_passive`), "formes" (form + es): a verb's present passive, by its
    lemma."""
    low = word.lower()
    lemma = lemma_table().get(low)
    if not lemma:
        return False
    # besides the s-passive of its lemma, that of the lemma and -e where the table reads the word as a noun's form
    # ("formes" -> "form": the passive of "forme"; as `modal_demands._passive_read_as_noun`, which also asks the
    # table that the infinitive is read as the noun)
    return s_passive(low, lemma) or s_passive(low, f"{lemma}e")


def gate_class(subject: str) -> str | None:
    """The class of nlp/data/subject_gate.csv that `subject` falls in (its event is dropped), or None."""
    words = subject.strip(" .,:;").split()
    if not words:
        return None
    first = words[0].lower()
    classes = _words()
    if first in classes["personal_pronoun"]:
        return "personal_pronoun"
    if _present_passive(first) and (len(words) == 1 or words[1].lower() in _AFTER_VERB):
        return "present_passive"
    if len(words) >= 2 and first in classes["place_adverbial"] and words[1].lower() == "steder":
        return "place_adverbial"
    if first in classes["relative_pronoun"]:
        return "relative_pronoun"
    return None


@lru_cache(maxsize=1)
def _actions() -> dict[str, str]:
    return {r["class"]: r["action"] for r in gate_rows()}


def names_a_commitment(subject: str) -> bool:
    """False when the subject is no noun phrase by a class of the gate (its event is left out)."""
    found = gate_class(subject)
    return found is None or _actions()[found] != "drop"
