"""A name standing after "mellem", "undtagen" or "bortset fra" is not who acts: the two ends of a route ("natbuslinje
560N mellem Kalundborg og Gørlev", probes24 m07; "patientbussen mellem Frederikshavn og Hjørring", probes21 m03) and
the one party outside an agreement or a vote ("Alle partier i Odsherred Byråd undtagen Nye Borgerlige har indgået
aftale", probes25 04; "med stemmer fra alle partier undtagen Dansk Folkeparti", probes21 m03)."""
from __future__ import annotations

import datetime as dt

from nlp.lineage.actors import placed_outside
from nlp.lineage.clauses import clause_events


def _read(sentence: str) -> list[tuple]:
    return [(d.kind, d.subject, d.actor) for d in clause_events(sentence, 0, len(sentence), dt.date(2024, 9, 1))]


def test_the_ends_of_a_route_are_no_actor() -> None:
    assert _read("Samtidig nedlægges buslinje 210 mellem Holbæk og Tølløse, fordi der er for få passagerer.") \
        == [("dropped", "buslinje 210 mellem Holbæk og Tølløse", None)]


def test_the_party_left_out_is_no_actor() -> None:
    assert _read("Alle partier i Vejle Byråd undtagen Dansk Folkeparti har indgået aftale om budget 2025-2028.") \
        == [("introduced", "aftale om budget 2025-2028", None)]


def test_a_named_actor_elsewhere_in_the_sentence_stays() -> None:
    assert _read("Venstre og Konservative har indgået aftale om budget 2025-2028.") \
        == [("introduced", "aftale om budget 2025-2028", "Venstre og Konservative")]
    # named once as the agent and once after "mellem": the agent stands
    assert placed_outside("Region Sjælland", "Region Sjælland har oprettet en bus mellem Region Sjælland og Fyn.") \
        == "Region Sjælland"
    assert placed_outside("Nye Borgerlige", "Alle partier undtagen Nye Borgerlige stemte for.") is None


def test_the_parties_between_whom_an_agreement_is_made_are_its_actor() -> None:
    assert placed_outside("regeringen og KL", "Aftalen blev indgået i marts 2016 mellem regeringen og KL.") \
        == "regeringen og KL"
    assert placed_outside("Kalundborg og Gørlev", "Natbussen mellem Kalundborg og Gørlev nedlægges.") is None
    assert placed_outside("den daværende regering (S, RV og SF), Venstre og Dansk Folkeparti",
                          "Aftalen blev indgået mellem den daværende regering (S, RV og SF), Venstre og Dansk Folkeparti.") \
        == "den daværende regering (S, RV og SF), Venstre og Dansk Folkeparti"
