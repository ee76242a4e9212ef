"""Invariants of the reference tables (danish/data, from ODA Aktør and the project's lists)."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from danish import reference
from danish._data import header
from danish.ids import slug

ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@pytest.mark.parametrize("filename", ["oda_committees.csv", "oda_ministries.csv", "oda_minister_titles.csv",
                                      "oda_party_groups.csv", "oda_members.csv", "oda_persons.csv", "committees_project.csv",
                                      "ministries_project.csv", "parties.csv", "agencies.csv", "months.csv",
                                      "abbreviations.csv", "date_labels.csv", "weekdays.csv", "kommuner.csv"])
def test_every_file_cites_its_source(filename: str) -> None:
    assert any("source" in line.lower() for line in header(filename)), filename


def test_every_data_file_has_a_readme_row() -> None:
    # The README says where each table comes from; a table added without its row is caught.
    from pathlib import Path

    folder = Path(__file__).resolve().parents[2] / "danish" / "data"
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert [p.name for p in sorted(folder.glob("*.csv")) if f"| {p.name} |" not in readme] == []


def test_agency_lookups() -> None:
    assert reference.agency_by_name("Arbejdsmarkeds- og Rekrutteringsstyrelsen").id == "star"
    assert reference.agency_by_name("VIVE").name == "Det Nationale Forsknings- og Analysecenter for Velfærd"
    assert reference.agency_by_name("Finansministeriet") is None
    assert reference.ministry("beskaeftigelsesministeriet").abbrev == "BM"
    with pytest.raises(KeyError, match="agencies.csv"):
        reference.agency("no-such-agency")


def test_oda_files_name_the_snapshot() -> None:
    for filename in ("oda_committees.csv", "oda_ministries.csv", "oda_party_groups.csv", "oda_members.csv",
                     "oda_persons.csv"):
        assert any("2019-03-26" in line and "Datakollektivet" in line for line in header(filename))


def test_every_committee_abbreviation_resolves_for_its_period() -> None:
    dated = [c for c in reference.committees() if c.abbrev and c.start]
    assert len(dated) >= 60
    for c in dated:
        assert reference.committee_for(c.abbrev, c.start) == c, c
        assert c.end is None or c.start <= c.end


@pytest.mark.parametrize(("abbrev", "on", "name"), [
    ("ERU", dt.date(2008, 5, 1), "Erhvervsudvalget"),                           # before 2011
    ("ERU", dt.date(2014, 5, 1), "Erhvervs-, Vækst- og Eksportudvalget"),
    ("SOU", dt.date(2012, 1, 10), "Socialudvalget"),
    ("SOU", dt.date(2016, 1, 10), "Social- og Indenrigsudvalget"),
    ("TRU", dt.date(2013, 3, 1), "Transportudvalget"),
    ("AMU", dt.date(2008, 11, 12), "Arbejdsmarkedsudvalget"),                   # corpus/ft_qa amu-2008-09
    ("BEU", dt.date(2019, 2, 1), "Beskæftigelsesudvalget"),
    ("KEF", dt.date(2021, 6, 1), "Klima-, Energi- og Forsyningsudvalget"),      # after ODA: attested by a letter
    ("SOU", dt.date(2020, 3, 1), "Social- og Indenrigsudvalget"),
    ("SOU", dt.date(2022, 3, 11), "Social- og Ældreudvalget"),
    ("ERU", dt.date(2021, 2, 1), "Erhvervsudvalget"),                           # the old name again
    ("DIU", dt.date(2023, 6, 1), "Digitaliseringsudvalget"),                    # the project's list, no period
    ("BEU", dt.date(2023, 6, 1), "Beskæftigelsesudvalget"),                     # after ODA: the last name ODA knew
])
def test_abbreviation_for_the_letters_year(abbrev: str, on: dt.date, name: str) -> None:
    committee = reference.committee_for(abbrev, on)
    assert committee is not None and committee.name == name


def test_committee_names_resolve_back() -> None:
    assert reference.committee_by_name("Folketingets Socialudvalgs").abbrev == "SOU"  # type: ignore[union-attr]
    assert reference.committee_by_name("Udenrigsudvalget").id == "uru"  # type: ignore[union-attr]
    assert reference.committee_by_name("Uddannelses- og Forskningsudvalget", dt.date(2013, 1, 1)).abbrev == "FIV"  # type: ignore[union-attr]
    assert reference.committee_by_name("Uddannelses- og Forskningsudvalget").abbrev == "UFU"  # type: ignore[union-attr]


def test_committee_ids_one_per_abbreviation() -> None:
    by_abbrev: dict[str, set[str]] = {}
    for c in reference.committees():
        assert ID.fullmatch(c.id), c.id
        if c.abbrev:
            by_abbrev.setdefault(c.abbrev, set()).add(c.id)
    assert all(len(ids) == 1 for ids in by_abbrev.values())
    assert len({(c.abbrev, c.name, c.start) for c in reference.committees()}) == len(reference.committees())


def test_party_ids_and_printed_forms_unique() -> None:
    parties = reference.parties()
    assert len({p.id for p in parties}) == len(parties)
    assert all(ID.fullmatch(p.id) for p in parties)
    forms = [f.upper() for p in parties for f in p.printed_forms]
    assert len(forms) == len(set(forms)), "a printed abbreviation names two parties"
    ids = {p.id for p in parties}
    assert all(p.successor_id in ids for p in parties if p.successor_id)


def test_every_oda_party_group_since_2001_has_a_party() -> None:
    recent = [g for g in reference.party_groups() if g.end is None or g.end >= dt.date(2001, 11, 20)]
    missing = {g.abbrev for g in recent if g.start and reference.party_for(g.abbrev) is None}
    assert not missing


def test_every_member_has_a_known_party_and_one_id() -> None:
    members = reference.members()
    assert len(members) >= 300
    assert all(m.party is not None for m in members), [m for m in members if m.party is None][:3]
    assert len({m.id for m in members}) == len({m.name for m in members})
    assert reference.member_by_id()["person:frank-aaen"].party.id == "enhedslisten"  # type: ignore[union-attr]


def test_ministries_one_id_per_name_and_ids_are_slugs() -> None:
    ministries = reference.ministries()
    assert len({m.id for m in ministries}) == len(ministries)
    assert all(m.id == slug(m.name) for m in ministries)
    names = [m.name.casefold() for m in ministries]
    assert len(names) == len(set(names))
    by_id = {m.id: m for m in ministries}
    assert by_id["beskaeftigelsesministeriet"].from_year == 2001
    assert "boerne-og-socialministeriet" in by_id                       # from ODA only


def test_minister_titles_have_both_forms() -> None:
    titles = reference.minister_titles()
    assert any(t.title == "beskæftigelsesminister" and t.name == "beskæftigelsesministeren" for t in titles)
    # "minister for ligestilling" -> "ministeren for ligestilling": the definite form
    assert all("ministeren" in t.name.lower() and "minister" in t.title.lower() for t in titles)


def test_committee_key_is_one_id_for_name_and_abbreviation() -> None:
    # A question letter prints the name, its answer the abbreviation (corpus/ft_qa beu-2012-13).
    assert reference.committee_key("BEU", None) == reference.committee_key(None, "Beskæftigelsesudvalget") == "beu"
    assert reference.committee_key(None, "Folketingets Socialudvalg") == "sou"
    assert reference.committee_key(None, "Erhvervs-, Vækst- og Eksportudvalget") == "eru"
    assert reference.committee_key(None, None) is None


@pytest.mark.parametrize(("printed", "on", "ministry"), [
    # Letterheads and sender lines in corpus/ft_qa and corpus/ft_qa_ministries (issue 13).
    ("TRANSPORTMINISTEREN", dt.date(2019, 11, 21), "Transportministeriet"),        # tru-2019-20-spm33
    ("transportministeren", dt.date(2022, 9, 23), "Transportministeriet"),         # fiu-2021-22-l207-spm6
    ("transport- og bygningsministeren", dt.date(2016, 2, 22), "Transport- og Bygningsministeriet"),  # tru-2015-16-spm342
    ("velfærdsministeren", dt.date(2008, 10, 28), "Velfærdsministeriet"),          # sou-2008-09-l15-spm20
    ("social- og indenrigsministeren", dt.date(2021, 2, 3), "Social- og Indenrigsministeriet"),  # sou-2019-20-spm581
    ("Beskæftigelsesminister", None, "Beskæftigelsesministeriet"),
    ("ministeren for børn og undervisning", dt.date(2012, 5, 1), "Ministeriet for Børn og Undervisning"),
    ("MINISTEREN", dt.date(2015, 12, 9), None),                       # tru-2015-16-spm129: no title
    ("minister for udviklingssamarbejde", dt.date(2017, 1, 1), None),  # no ministry of its own
    ("sundhedsministeren", dt.date(2021, 2, 5), None),                 # titled apart from its ministry
])
def test_ministry_of_a_ministers_title(printed: str, on: dt.date | None, ministry: str | None) -> None:
    found = reference.ministry_of_title(printed, on)
    assert (found.name if found else None) == ministry


def test_every_oda_title_that_names_a_ministry_names_one_of_its_time() -> None:
    """The naming rule against ODA's own tables: a title that resolves resolves to a ministry
    in use during the title's period, and most titles of this century resolve."""
    recent = [t for t in reference.minister_titles() if t.start and t.start.year >= 2001]
    resolved = 0
    for t in reference.minister_titles():
        found = reference.ministry_of_title(t.title, t.start)
        if found is None:
            continue
        resolved += t in recent
        assert any((s is None or t.end is None or s <= t.end) and (e is None or t.start is None or t.start <= e)
                   for s, e in found.periods), (t, found)
    assert resolved >= 0.8 * len(recent), (resolved, len(recent))  # 40 of 50 at the 2019 snapshot
