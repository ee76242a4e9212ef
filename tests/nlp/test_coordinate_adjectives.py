"""A comma between coordinate adjectives ends no noun phrase and no clause: Danish writes "en ny, samlet ordning"
(probes21 n01), "en tidligere, tværfaglig og sammenhængende indsats" (seeds 001 and 003), "et nyt, større fradrag"
(municipal s12_08). After a noun the comma opens a clause, and that stays a stop."""
from __future__ import annotations

from pathlib import Path

import pytest

from nlp.phrases import after_cue, between_adjectives
from tests.nlp.notat_events import notat_events, notat_replacements

HEAD = "Notat om udtagning af lavbundsjorder\nMiljøministeriet, 14. november 2023\n\n"


@pytest.mark.parametrize("phrase, expected", [
    ("en ny, samlet ordning for udtagning og vådområder.", "ny, samlet ordning for udtagning og vådområder"),
    ("et nyt, større fradrag for pendlere.", "nyt, større fradrag for pendlere"),
    ("en ny, mere fleksibel ordning for seniorjob.", "ny, mere fleksibel ordning for seniorjob"),
    # after a noun: a relative clause, a relative adverb, a finite verb, a focusing adverb
    ("en pulje, der skal styrke indsatsen.", "pulje"),
    ("en frist, hvorefter patienter kan vælge et privathospital.", "frist"),
    ("et ressourceforløb, har ikke fået tilbud.", "ressourceforløb"),
    ("et loft, primært rettet mod store bedrifter.", "loft"),
    # a present or an s-passive after the comma goes on with the main clause (probes21 n03)
    ("en forsøgsordning, gøres permanent fra 2025.", "forsøgsordning"),
])
def test_the_phrase_runs_past_a_comma_between_adjectives(phrase: str, expected: str) -> None:
    assert after_cue(phrase) == expected


def test_the_test_needs_an_article_and_one_word_before_the_comma() -> None:
    text = "Ordningen, samlet set en succes, videreføres."
    assert not between_adjectives(text, text.index(","))


@pytest.mark.parametrize("body, expected", [
    ("Der indføres en ny, mere fleksibel ordning for seniorjob.",
     [("introduced", "ny, mere fleksibel ordning for seniorjob", None, None)]),
])
def test_a_clause_is_not_cut_between_adjectives(tmp_path: Path, body: str, expected: list) -> None:
    assert notat_events(tmp_path, HEAD, body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Ordningen med tilskud til udtagning afløses fra 2025 af en ny, samlet ordning for udtagning og vådområder.",
     [("Ordningen med tilskud til udtagning", "ny, samlet ordning for udtagning og vådområder")]),
    ("Den gamle pulje erstattes af en ny, permanent pulje til grøn omstilling.",
     [("gamle pulje", "ny, permanent pulje til grøn omstilling")]),
    ("Den gamle pulje erstattes af en pulje, der er større.", [("gamle pulje", "pulje")]),
])
def test_the_successor_runs_past_a_comma_between_adjectives(tmp_path: Path, body: str, expected: list) -> None:
    assert notat_replacements(tmp_path, HEAD, body) == expected
