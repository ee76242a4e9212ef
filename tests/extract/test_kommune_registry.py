"""Invariants of the kommune reference data and of name resolution against it."""
from __future__ import annotations

from collections import Counter

import pytest

from extract.kommune_registry import by_code, kommuner, lookup, resolve

REGIONS = {"Region Hovedstaden", "Region Sjælland", "Region Syddanmark", "Region Midtjylland",
           "Region Nordjylland"}


def test_98_kommuner_with_unique_four_character_codes() -> None:
    rows = kommuner()
    assert len(rows) == 98
    codes = [k.code for k in rows]
    assert len(set(codes)) == 98
    assert all(len(c) == 4 and c.isdigit() for c in codes)
    assert len({k.name for k in rows}) == 98


def test_regions_are_the_five_with_official_sizes() -> None:
    sizes = Counter(k.region for k in kommuner())
    assert set(sizes) == REGIONS
    assert sizes == {"Region Hovedstaden": 29, "Region Sjælland": 17, "Region Syddanmark": 22,
                     "Region Midtjylland": 19, "Region Nordjylland": 11}


def test_every_alias_resolves_to_exactly_its_own_kommune() -> None:
    owners: dict[str, set[str]] = {}
    for k in kommuner():
        for spelling in (k.name, *k.aliases):
            owners.setdefault(spelling.casefold(), set()).add(k.code)
            assert resolve(spelling).kommune == k, spelling
    assert all(len(codes) == 1 for codes in owners.values())


@pytest.mark.parametrize(("written", "code", "name"), [
    ("København", "0101", "København"),
    ("Københavns Kommune", "0101", "København"),
    ("Kbh.", "0101", "København"),
    ("Høje Taastrup", "0169", "Høje-Taastrup"),
    ("Jobcenter Aarhus", "0751", "Aarhus"),
    ("Århus", "0751", "Aarhus"),
    ("Bornholms Regionskommune", "0400", "Bornholm"),
    ("Lyngby-Taarbæk*", "0173", "Lyngby-Taarbæk"),
    ("Kolding kommune", "0621", "Kolding"),
    ("Hjørring", "0860", "Hjørring"),
])
def test_known_spellings(written: str, code: str, name: str) -> None:
    result = resolve(written)
    assert result.kommune is not None and (result.kommune.code, result.kommune.name) == (code, name)
    assert by_code(code).name == name


def test_fuzzy_spelling_above_threshold_resolves() -> None:
    result = resolve("Haderslevv")
    assert result.status == "fuzzy" and result.kommune is not None and result.kommune.code == "0510"


@pytest.mark.parametrize("written", ["Frederiks", "Fyn", "Region Midtjylland", "Kliplev", "Tune"])
def test_below_threshold_or_not_a_kommune_is_reported_not_guessed(written: str) -> None:
    result = resolve(written)
    assert result.kommune is None and result.status in ("unknown", "ambiguous")
    assert lookup(written) is None
