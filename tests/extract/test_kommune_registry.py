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


# The kommuner before the 2007 reform (danish/data/kommuner_pre2007.csv, cited there).
def test_former_kommuner_are_the_271_of_2006_and_five_of_bornholm() -> None:
    from extract.kommune_registry import former_kommuner

    rows = former_kommuner()
    codes = [f.code for f in rows]
    assert len(set(codes)) == len(rows) == 276
    assert len({f.name for f in rows}) == 276
    bornholm_2003 = {c for c in codes if "0401" <= c <= "0409"}
    assert len(bornholm_2003) == 5 and len(set(codes) - bornholm_2003) == 271


def test_every_former_kommune_became_part_of_the_98() -> None:
    from extract.kommune_registry import former_kommuner

    today = {k.code for k in kommuner()}
    successors = {k.code for f in former_kommuner() for k in f.successors}
    assert successors == today  # every successor is one of the 98, and each of the 98 has a predecessor


@pytest.mark.parametrize(("new", "old"), [
    ("Furesø", {"Farum", "Værløse"}),
    ("Egedal", {"Ledøje-Smørum", "Stenløse", "Ølstykke"}),
    ("Rudersdal", {"Birkerød", "Søllerød"}),
    ("Ærø", {"Marstal", "Ærøskøbing"}),
    ("Bornholm", {"Bornholms Region", "Allinge-Gudhjem", "Hasle", "Neksø", "Rønne", "Aakirkeby"}),
    ("Ballerup", {"Ballerup"}),
])
def test_mergers(new: str, old: set[str]) -> None:
    from extract.kommune_registry import former_kommuner

    assert {f.name for f in former_kommuner() if new in {k.name for k in f.successors}} == old


def test_names_that_survived_map_to_themselves() -> None:
    from extract.kommune_registry import former

    survivors = [k for k in kommuner() if former(k.name) is not None]
    assert len(survivors) >= 60  # most kommuner kept the name of one of their predecessors
    for k in survivors:
        assert k in former(k.name).successors, k.name  # type: ignore[union-attr]


def test_split_kommuner_name_every_successor_and_are_never_guessed() -> None:
    from extract.kommune_registry import former, former_kommuner

    split = {f.name: sorted(k.name for k in f.successors) for f in former_kommuner() if f.split}
    assert len(split) == 13
    assert split["Brædstrup"] == ["Horsens", "Skanderborg"]
    assert split["Slangerup"] == ["Frederikssund", "Hillerød"]
    assert split["Nørre-Rangsstrup"] == ["Haderslev", "Tønder"]
    # written forms: "Kommune" wrappers, case, "aa" for "å"
    assert [k.name for k in former("Søllerød Kommune").successors] == ["Rudersdal"]  # type: ignore[union-attr]
    assert [k.name for k in former("HOLMEGAARD KOMMUNE").successors] == ["Næstved"]  # type: ignore[union-attr]
    assert former("Holbæk Kommune").successors == (lookup("Holbæk"),)  # type: ignore[union-attr]
    assert former("Kliplev") is None  # a village, never a kommune
    # name resolution itself leaves old names unresolved (the conventions do not map them)
    assert resolve("Søllerød Kommune").kommune is None
