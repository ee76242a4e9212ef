"""The ODA conversion's cleaning rules, on rows copied from the export (tests/fixtures/danish)."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "fixtures" / "danish" / "oda_aktor_sample.json"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_oda_tables", ROOT / "danish" / "data" / "build_oda_tables.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def data() -> dict:  # type: ignore[type-arg]
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def test_committee_rows_per_samling_become_one_row_per_name(data: dict) -> None:  # type: ignore[type-arg]
    rows = _script().committees(data["committees"])
    eru = [(r["name"], r["from"], r["to"], r["in_use_2019"]) for r in rows if r["abbrev"] == "ERU"]
    # ODA's row without an abbreviation ("Erhvervsudvalget" 2001-02) joins ERU's name.
    assert eru == [("Erhvervsudvalget", "1999-10-05", "2011-09-15", ""),
                   ("Erhvervs-, Vækst- og Eksportudvalget", "2011-10-04", "", "yes")]
    # "Børne- og undervisningsudvalget" / "Børne- og Undervisningsudvalget": one name, the common spelling.
    assert [r["name"] for r in rows if r["abbrev"] == "BUU"] == ["Børne- og Undervisningsudvalget"]
    assert "test" not in {r["name"] for r in rows}                       # FPR's row named "test"
    library = [r for r in rows if r["name"] == "Tilsynet med Folketingets Bibliotek"]
    assert len(library) == 1 and library[0]["abbrev"] == ""              # "Tilsyn med Bibliotek" is no abbreviation


def test_ministries_and_titles_drop_mistakes_and_non_ministries(data: dict) -> None:  # type: ignore[type-arg]
    script = _script()
    names = {r["name"] for r in script.ministries(data["ministries"])}
    assert "Beskæftigelsesministeriet" in names
    assert not {n for n in names if "fejloprett" in n.lower() or n in ("Folketinget", "ministeriet for ligestil")}
    titles = {r["title"]: r["name"] for r in script.minister_titles(data["minister_titles"])}
    assert titles["beskæftigelsesminister"] == "beskæftigelsesministeren"
    assert "Folketingets formand" not in titles


def test_party_groups_and_members(data: dict) -> None:  # type: ignore[type-arg]
    script = _script()
    el = [(r["name"], r["to"]) for r in script.party_groups(data["party_groups"]) if r["abbrev"] == "EL"]
    assert ("Enhedslisten", "") in el and ("Enhedslisten - De Rød-Grønne", "1995-10-03") in el
    members = script.members(data["persons"])
    assert [(m["name"], m["party_abbrev"]) for m in members] == [
        ("Frank Aaen", "EL"), ("Nicolai Wammen", "S"), ("Sara Olsvig", "IA")]   # the person without a party is left out


def test_persons_are_every_person_by_name_without_the_appointing_party(data: dict) -> None:  # type: ignore[type-arg]
    persons = _script().persons(data["persons"])
    assert [(p["oda_id"], p["name"]) for p in persons] == [
        ("134", "Christian Friis Bach"), ("5", "Frank Aaen"), ("361", "Klaus Frandsen"), ("12", "Nicolai Wammen"),
        ("13", "Sara Olsvig")]   # "Klaus Frandsen (udpeget af RV)" is Klaus Frandsen; no party needed


def test_the_script_refuses_other_files(tmp_path: Path) -> None:
    other = tmp_path / "other.json"
    other.write_text('{"source": {"repo": "someone/else"}}', encoding="utf-8")
    for path in (other, tmp_path / "missing.json"):
        done = subprocess.run([sys.executable, str(ROOT / "danish" / "data" / "build_oda_tables.py"), str(path)],
                              capture_output=True, text=True, check=False)
        assert done.returncode != 0 and str(path) in done.stderr
