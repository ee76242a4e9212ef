"""Entity linking to canonical ids: exact, fuzzy, ambiguous and unknown are told apart."""
from __future__ import annotations

import pytest

from danish.ids import person_id
from nlp.linking import THRESHOLD, find_in_text, link


@pytest.mark.parametrize(("name", "kind", "expected"), [
    ("Enhedslisten", "party", "party:enhedslisten"),
    ("EL", "party", "party:enhedslisten"),
    ("Det Radikale Venstre", "party", "party:radikale-venstre"),
    ("Socialdemokraterne", "party", "party:socialdemokratiet"),
    ("STAR", "organisation", "organisation:star"),
    ("Kommunernes Landsforening", "organisation", "organisation:kl"),
    ("Beskæftigelsesudvalget", "committee", "committee:beu"),
    ("Folketingets Beskæftigelsesudvalg", "committee", "committee:beu"),
])
def test_exact_spellings(name: str, kind: str, expected: str) -> None:
    result = link(name, kind)  # type: ignore[arg-type]
    assert (result.status, result.id) == ("exact", expected)


def test_typo_links_fuzzily_above_threshold() -> None:
    result = link("Styrelsen for Arbejdsmarked og Rekrutering", "organisation")
    assert result.status == "fuzzy" and result.id == "organisation:star" and result.score >= THRESHOLD


def test_unknown_name_is_reported_not_guessed() -> None:
    result = link("Foreningen af Danske Kaninavlere", "organisation")
    assert result.status == "unknown" and result.id is None


def test_ambiguous_name_is_reported_with_candidates() -> None:
    # halfway between Social- og Indenrigsministeriet and Social- og Integrationsministeriet
    result = link("Social- og Integrigministeriet", "ministry")
    assert result.status == "ambiguous" and result.id is None
    assert set(result.candidates[:2]) == {"social-og-indenrigsministeriet", "social-og-integrationsministeriet"}


def test_person_ids_are_one_per_person() -> None:
    assert person_id("Finn Sørensen") == person_id(" Finn  Sørensen") == "person:finn-soerensen"


def test_find_in_text_prefers_longest_spelling() -> None:
    found = find_in_text("Med reformen af førtidspension og fleksjob fra 2012", "reform")
    assert [(e.id, s, t) for e, s, t in found] == [("fop-2012", 4, 42)]
