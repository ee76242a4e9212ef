"""Invariants of the gazetteers: nlp/data files and the danish.reference kinds."""
from __future__ import annotations

import re
from importlib import resources

import pytest

from danish import reference
from danish.ids import slug

from nlp.gazetteer import FILES, KINDS, entries, party_by_abbrev, read_rows


@pytest.mark.parametrize("kind", KINDS)
def test_ids_are_unique_slugs(kind: str) -> None:
    ids = [e.id for e in entries(kind)]  # type: ignore[arg-type]
    assert ids, f"{kind} gazetteer is empty"
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", i) for i in ids), ids


@pytest.mark.parametrize("kind", KINDS)
def test_names_unique_and_no_spelling_claimed_twice(kind: str) -> None:
    seen: dict[str, str] = {}
    for entry in entries(kind):  # type: ignore[arg-type]
        for spelling in entry.spellings:
            key = spelling.casefold()
            assert seen.get(key, entry.id) == entry.id, f"{spelling!r} names {seen[key]} and {entry.id}"
            seen[key] = entry.id


@pytest.mark.parametrize("filename", [*FILES.values(), "commitments.csv"])
def test_every_file_cites_its_source(filename: str) -> None:
    text = resources.files("nlp").joinpath("data", filename).read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert any("source" in line.lower() or "hand-made" in line.lower() for line in header)


def test_ministry_successors_exist_and_renames_chain_forward() -> None:
    by_id = {e.id: e for e in entries("ministry")}
    ministries = {m.id: m for m in reference.ministries()}
    for entry in by_id.values():
        if entry.successor_id:
            assert entry.successor_id in by_id
            assert ministries[entry.id].to_year, f"{entry.id} has a successor but no end year"
            assert ministries[entry.successor_id].from_year >= ministries[entry.id].from_year  # type: ignore[operator]
    assert by_id["arbejdsministeriet"].successor_id == "beskaeftigelsesministeriet"


def test_party_letters_cover_folketing_abbreviations() -> None:
    letters = party_by_abbrev()
    for abbrev, party in {"EL": "enhedslisten", "S": "socialdemokratiet", "RV": "radikale-venstre",
                          "K": "konservative", "KF": "konservative", "Ø": "enhedslisten", "LA": "liberal-alliance", "DD": "danmarksdemokraterne",
                          "M": "moderaterne", "DF": "dansk-folkeparti", "SF": "sf"}.items():
        assert letters[abbrev].id == party


def test_benefit_schemes_named_by_the_issue_are_there() -> None:
    names = {e.name for e in entries("benefit_scheme")}
    assert {"førtidspension", "fleksjob", "ledighedsydelse", "ressourceforløb", "jobafklaringsforløb",
            "sygedagpenge", "kontanthjælp"} <= names


def test_commitment_heads_unique() -> None:
    rows = read_rows("commitments.csv")
    assert len({r["id"] for r in rows}) == len(rows)
    assert all(r["terms"] and r["label"] for r in rows)


def test_kommuner_come_from_extracts_registry() -> None:
    kommuner = entries("kommune")
    assert len(kommuner) == 98
    assert {k.id for k in kommuner} >= {"0101", "0169"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Finn Sørensen", "finn-soerensen"), ("Høje-Taastrup", "hoeje-taastrup"), ("Århus", "aarhus"),
    ("  Troels Lund Poulsen ", "troels-lund-poulsen"),
])
def test_slug(text: str, expected: str) -> None:
    assert slug(text) == expected
