"""A share's population whose relative clause opens with a point or limit in time ("kontanthjælpsmodtagere, der
ultimo måneden er i virksomhedspraktik", "personer ..., der inden for fire uger påbegynder ..."): the time phrase
goes from the clause, as "i løbet af en måned" already did, so the population is the noun phrase before the pronoun
and never ends on a bare "der"."""
from __future__ import annotations

import pytest

from extract.indicators import fields


@pytest.mark.parametrize("definition, population, numerator", [
    ("Indikatoren opgøres som andelen af jobparate kontanthjælpsmodtagere, der ultimo måneden er i virksomhedspraktik "
     "eller ansættelse med løntilskud.", "jobparate kontanthjælpsmodtagere",
     "jobparate kontanthjælpsmodtagere, der er i virksomhedspraktik eller ansættelse med løntilskud"),
    ("Målingen viser andelen af personer med afsluttet sygedagpengeforløb, der inden for fire uger påbegynder et "
     "jobafklaringsforløb.", "personer med afsluttet sygedagpengeforløb",
     "personer med afsluttet sygedagpengeforløb, der påbegynder et jobafklaringsforløb"),
])
def test_time_phrase_opening_the_relative_clause_leaves_it(definition: str, population: str, numerator: str) -> None:
    assert fields.share_parts(definition) == (population, numerator, population)


def test_a_time_phrase_after_the_verb_is_cut_as_before() -> None:
    assert fields.share_parts("Andelen af ledige, der har fået et tilbud inden for tre måneder.") == (
        "ledige", "ledige, der har fået et tilbud", "ledige")


def test_no_share_gives_nothing() -> None:
    assert fields.share_parts("Ledige, der ultimo måneden er i aktivering, indkaldes til samtale.") == (None, None, None)
