"""A given name before a compound that names a place or a structure ("Thor Havvindmøllepark", "Freja
Erhvervspark", "Valdemar Sportshallen") is the place's name, no person's: the compound ends in a place head of
extract/data/person_name_heads.tsv ("park", "hallen", "broen", "torvet", "lufthavn") after a stem of four letters or
more, as a street's compound ends in "-gade" (extract/prose_names.py `_is_compound_place`). Surnames that end in a
short head ("Bohlbro", "Liventhal") or after a short stem ("Nørhave", ODA's members) stay people.

The samples are realistic texts written for this test (an answer letter's paragraph on a wind farm tender, a
kommune's note on a business park and a sports hall); names and figures are made up.
"""
from __future__ import annotations

import pytest

from extract.person_roles import roled_persons

WIND_FARM_SAMPLE = """Udbuddet af Thor Havvindmøllepark blev igangsat i 2019, og parken forventes at levere strøm
fra 2025. Energistyrelsen har oplyst, at også Hesselø Havvindmøllepark vil blive udbudt. Spørgsmål om
udbuddet kan rettes til kontorchef Lise Kjærgaard.
"""
MUNICIPAL_SAMPLE = """Byrådet har godkendt lokalplanen for Freja Erhvervspark ved motorvejen. Klubberne i
Valdemar Sportshallen flytter i anlægsperioden, og trafikken ledes ad Storstrømsbroen. Sagen er forelagt af
Peter Bohlbro og Bodil Liventhal fra Teknik og Miljø.
"""

CASES = [
    pytest.param(WIND_FARM_SAMPLE, ["Lise Kjærgaard"], id="wind-farm"),
    pytest.param(MUNICIPAL_SAMPLE, ["Peter Bohlbro", "Bodil Liventhal"], id="business-park-and-hall"),
    # must not: surnames ending in a head after a short stem, or in a short head, are people's
    pytest.param("Mødet blev ledet af Per Nørhave, og referatet skrevet af Anne Lindhus.",
                 ["Per Nørhave", "Anne Lindhus"], id="must-not-surnames"),
]


@pytest.mark.parametrize(("text", "persons"), CASES)
def test_a_given_name_before_a_places_compound_is_no_person(text: str, persons: list[str]) -> None:
    assert [p.name for p in roled_persons(text)] == persons
