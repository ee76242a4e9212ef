"""Passive clauses of national policy texts.

A passive subject relative on an agreement ("forliget, som blev indgået i juni 2023"): the auxiliary after "som"
is no agent, and the agreement before the comma is what was made (the star README: `introduced`, an agreement made).
The object relative with its agent after "som" ("som regeringen indgik i 2010") is read as before.
An adverbial of several words between the auxiliary and the participle ("er til gengæld afskaffet") leaves the subject
told before a relative clause the subject (nlp/data/lineage_words.csv adverbial_phrase); a clause of manner on a
decision ("Som aftalt i forbindelse med finansloven for 2022 er X lempet") fills the first place of V2, and X after the
auxiliary is the subject."""
from __future__ import annotations

import pytest

from extract.document import Document
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.year, e.subject, e.actor) for e in lineage_events(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    # a news article on a defence proposal (probe 17, doc 07)
    ("Udspillet skal nu forhandles med partierne bag forsvarsforliget for 2024-2033, som blev indgået i juni 2023.",
     [("introduced", 2023, "forsvarsforliget for 2024-2033", "partierne bag forsvarsforliget for 2024-2033")]),
    # a status note to a forligskreds
    ("Partierne bag aftalen om tidlig pension, som blev indgået i oktober 2020, mødes igen i foråret.",
     [("introduced", 2020, "aftalen om tidlig pension", "Partierne bag aftalen om tidlig pension")]),
    # the agent after "som": the object relative, as before
    ("Aftalen om en fælles ghettostrategi, som regeringen indgik i efteråret 2010, følges op i år.",
     [("introduced", 2010, "Aftalen om en fælles ghettostrategi", "regeringen")]),
    # an agreement made in a setting, not a time
    ("Aftalen blev indgået i forbindelse med finansloven for 2022.", [("introduced", None, "Aftalen", None)]),
])
def test_passive_relative_on_an_agreement(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    # "indgå i" a whole: a part of something, no agreement made (an agreement is made at a time or in a setting)
    "Udgifterne til ordningen, som blev indgået i budgettet, er opgjort.",
    "Tallene, som er indgået i opgørelsen, er foreløbige.",
    "Udgifterne, der er indgået i beregningen, er opgjort.",
])
def test_no_agreement_made(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a styrelse's web page on changed rules (probe 17, doc 04)
    ("Den særlige SU-bonus til studerende, der begyndte på en kandidatuddannelse umiddelbart efter "
     "bacheloruddannelsen, er til gengæld afskaffet for studerende, der begynder efter 1. september 2016.",
     [("dropped", None, "særlige SU-bonus til studerende", None)]),
    ("Tillægget til enlige forsørgere, som blev indført i 2015, er til gengæld forhøjet fra 2020.",
     [("introduced", 2015, "Tillægget til enlige forsørgere", None), ("changed", 2020, "Tillægget til enlige forsørgere", None)]),
    ("Ordningen, som administreres af kommunerne, er som udgangspunkt videreført uændret.",
     [("confirmed", None, "Ordningen", None)]),
])
def test_adverbial_phrase_before_the_participle(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a forligskreds status note (probe 17, doc 10)
    ("Som aftalt i forbindelse med finansloven for 2022 er anciennitetsreglerne lempet, så perioder med barsel og "
     "sygdom nu også medregnes.", [("changed", None, "anciennitetsreglerne", None)]),
    ("Som aftalt med finansloven for 2020 er puljen forhøjet med 50 mio. kr.", [("changed", None, "puljen", None)]),
    ("Som besluttet i budgetforliget er tilskuddet til foreningerne afskaffet.",
     [("dropped", None, "tilskuddet til foreningerne", None)]),
])
def test_decision_manner_clause_first(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_adverbial_phrase_is_attested() -> None:
    from nlp.lineage.word_classes import without_adverbial_phrases
    assert without_adverbial_phrases("er til gengæld afskaffet".split()) == ["er", "afskaffet"]
    assert without_adverbial_phrases("er til afskaffet".split()) == ["er", "til", "afskaffet"]
