"""Reference data as extract reads it (danish.reference: committees, parties) and the Folketing helpers built on it."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from extract.folketing import (UDVALG_RE, definite, ftdk_url_key, question_key, samling_code, samling_years,
                               udvalg_table)
from extract.people import canonical_party, named_persons, party_table, person_id, repair_name
from knowledge.pipeline import extract_path

ROOT = Path(__file__).resolve().parents[2]

CURRENT_PARTIES = {"socialdemokratiet", "venstre", "dansk-folkeparti", "enhedslisten", "sf", "radikale-venstre",
                   "konservative", "liberal-alliance", "alternativet", "danmarksdemokraterne", "moderaterne",
                   "kristendemokraterne", "nye-borgerlige"}


def test_udvalg_table_invariants() -> None:
    rows = udvalg_table()
    assert len(rows) >= 30
    names = [name for _, name in rows]
    assert len(names) == len(set(names)), "a committee name is listed twice"
    for abbrev, name in rows:
        assert abbrev.isupper() and 2 <= len(abbrev) <= 5, abbrev
        # Every standing committee's name (the "-udvalget" form letters print) must be found
        # by the parser's committee pattern, in definite form.
        if name.endswith("udvalget") and not name.startswith(("Udvalget til", "21-")):
            assert UDVALG_RE.fullmatch(name), name
            assert definite(name) == name


def test_party_table_invariants() -> None:
    table = party_table()
    assert CURRENT_PARTIES <= set(table.values())
    assert all(a.isupper() for a in table)


@pytest.mark.parametrize("printed, canonical", [("KF", "konservative"), ("K", "konservative"), ("Ø", "enhedslisten"),
                                                ("EL", "enhedslisten"), ("RV", "radikale-venstre"),
                                                ("IA", "inuit-ataqatigiit"), ("MFU", None), (None, None)])
def test_canonical_party(printed: str | None, canonical: str | None) -> None:
    assert canonical_party(printed) == canonical


@pytest.mark.parametrize("written, definite_form", [
    ("Folketingets Socialudvalgs", "Socialudvalget"),
    ("Folketingets Arbejdsmarkedsudvalg", "Arbejdsmarkedsudvalget"),
    ("Folketingets Sundheds- og Ældreudvalg", "Sundheds- og Ældreudvalget"),
    ("Erhvervs-, Vækst- og Eksportudvalget", "Erhvervs-, Vækst- og Eksportudvalget"),
])
def test_definite_form(written: str, definite_form: str) -> None:
    assert definite(written) == definite_form


@pytest.mark.parametrize("samling, code", [("2012-13", "20121"), ("2022-23 (2. samling)", "20222"),
                                           ("2018-19 (1. samling)", "20181"), (None, None)])
def test_samling_code(samling: str | None, code: str | None) -> None:
    assert samling_code(samling) == code


def test_ftdk_url_key_needs_every_part() -> None:
    assert ftdk_url_key(samling="2012-13", case_kind="alm. del", case_number=None, udvalg_abbrev="BEU",
                        question_number=156) == "/samling/20121/almdel/beu/spm/156/"
    assert ftdk_url_key(samling="2012-13", case_kind="L", case_number="53", udvalg_abbrev=None,
                        question_number=22) == "/samling/20121/lovforslag/l53/spm/22/"
    assert ftdk_url_key(samling="2015-16", case_kind="other", case_number=None, udvalg_abbrev=None,
                        question_number="S 1107") == "/samling/20151/spoergsmaal/s1107/"
    assert ftdk_url_key(samling=None, case_kind="alm. del", case_number=None, udvalg_abbrev="BEU",
                        question_number=156) is None
    assert ftdk_url_key(samling="2012-13", case_kind="alm. del", case_number=None, udvalg_abbrev=None,
                        question_number=156) is None


def test_question_key_joins_question_and_answer_parts() -> None:
    key = question_key(udvalg_name="Beskæftigelsesudvalget", samling="2012-13", case_kind="L", case_number="53",
                       question_number=22)
    assert key == "beskæftigelsesudvalget|2012-13|L|53|22"
    assert question_key(udvalg_name="Beskæftigelsesudvalget", samling="2012-13", case_kind="L", case_number=None,
                        question_number=22) is None
    # Not printed: the parliamentary year of the question's date; the session suffix is dropped.
    unprinted = question_key(udvalg_name="Socialudvalget", samling=None, case_kind="alm. del", case_number=None,
                             question_number=5, question_sent_date=dt.date(2022, 11, 3))
    printed = question_key(udvalg_name="Socialudvalget", samling="2022-23 (1. samling)", case_kind="alm. del",
                           case_number=None, question_number=5)
    assert unprinted == printed == "socialudvalget|2022-23|alm. del||5"


@pytest.mark.parametrize("sent, years", [(dt.date(2017, 9, 28), "2016-17"), (dt.date(2017, 10, 3), "2017-18"),
                                         (dt.date(2000, 1, 5), "1999-00"),
                                         # between 1 October and the first Tuesday of October (Grundloven
                                         # § 36): the old Folketing year still runs
                                         (dt.date(2017, 10, 2), "2016-17"),  # first Tuesday: 3 Oct 2017
                                         (dt.date(2018, 10, 1), "2017-18"),  # first Tuesday: 2 Oct 2018
                                         (dt.date(2018, 10, 2), "2018-19"),
                                         (dt.date(2020, 10, 5), "2019-20"),  # first Tuesday: 6 Oct 2020
                                         (dt.date(2020, 10, 6), "2020-21"),
                                         (dt.date(2025, 10, 6), "2024-25"),  # first Tuesday: 7 Oct 2025
                                         (dt.date(2019, 10, 1), "2019-20"),  # 1 Oct 2019 was a Tuesday
                                         # after an election a 2. samling opens; its years are the same
                                         (dt.date(2022, 11, 3), "2022-23"), (dt.date(2019, 6, 20), "2018-19")])
def test_samling_years_from_a_date(sent: dt.date, years: str) -> None:
    assert samling_years(None, sent) == years


def test_a_question_key_from_a_date_before_the_opening_day_is_the_old_years() -> None:
    key = question_key(udvalg_name="Socialudvalget", samling=None, case_kind="alm. del", case_number=None,
                       question_number=5, question_sent_date=dt.date(2020, 10, 5))
    assert key == question_key(udvalg_name="Socialudvalget", samling="2019-20", case_kind="alm. del",
                               case_number=None, question_number=5)


def _dev_golds() -> list[Path]:
    return sorted((ROOT / "tests" / "fixtures" / "gold").glob("ft_qa*/*.gold.json"))


def test_every_dev_golds_samling_is_unchanged_by_the_opening_rule() -> None:
    """Switching from "month >= October" to danish.samling's first-Tuesday rule changes no dev
    letter: the extracted samling is the gold's, the printed samling's code and years read as
    before, and every gold date gives the years it gave under the old rule (and the printed
    samling's years where both are there)."""
    checked = 0
    for gold_path in _dev_golds():
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = ROOT / "corpus" / gold_path.parent.name / gold_path.name.replace(".gold.json", ".txt")
        assert extract_path(text).flat.samling == gold["samling"], gold_path.name
        if gold["samling"]:
            printed = gold["samling"]
            assert samling_years(printed) == printed[:7]
            assert samling_code(printed) == printed[:4] + ("2" if "2. samling" in printed else "1")
            if gold["question_sent_date"]:
                assert samling_years(None, dt.date.fromisoformat(gold["question_sent_date"])) == printed[:7]
        for field in ("question_sent_date", "answer_date"):
            if gold[field]:
                day = dt.date.fromisoformat(gold[field])
                old = day.year if day.month >= 10 else day.year - 1
                assert samling_years(None, day) == f"{old}-{(old + 1) % 100:02d}", (gold_path.name, field)
        checked += 1
    assert checked == 47


def test_names_are_repaired_and_get_stable_ids() -> None:
    assert repair_name("Johan-ne Schmidt-Nielsen") == "Johanne Schmidt-Nielsen"
    assert repair_name("Niels\nFlemming Hansen") == "Niels Flemming Hansen"
    assert person_id("Finn  Sørensen") == person_id("Finn Sørensen") == "person:finn-soerensen"


@pytest.mark.parametrize("text, title", [
    ("til ministeren for ligestilling, som hermed besvares", "ministeren for ligestilling"),
    ("Til:\nMinisteren for Fødevarer, Landbrug og Fiskeri\n", "ministeren for fødevarer, landbrug og fiskeri"),
    ("til sundheds- og ældreministeren, som", "sundheds- og ældreministeren"),
    ("bede ministeren for at sikre", None),
])
def test_minister_titles(text: str, title: str | None) -> None:
    from extract.letters import TITLE_RE, title_text

    match = TITLE_RE.search(text)
    assert (title_text(match.group(0)) if match else None) == title


@pytest.mark.parametrize(("text", "persons"), [
    # dev ft_qa_ministries kuu-2017-18-spm326: an institution, opened by the definite article
    ("Ministeren bedes kommentere henvendelsen fra Den Jyske Opera omdelt som KUU alm. del", []),
    # session 24's probe letters: an institution by its head noun, as the other readers of names take it
    ("Vil ministeren kommentere henvendelsen af 7. januar 2019 fra Danmarks Naturfredningsforening, Lolland-Falster "
     "afdeling", []),
    # corpus/ft_qa beu-2012-13-l53-spm22: the sender a person
    ("Ministeren bedes kommentere henvendelsen af 14. november 2012 fra Anita Lanng, jf. L 53", ["Anita Lanng"]),
    # corpus/ft_qa eru-2017-18-spm343-spm: a person named by a title
    ("Den 4. juni 2018 oplyste den daværende erhvervsminister Brian Mikkelsen på", ["Brian Mikkelsen"]),
])
def test_named_persons_are_people_not_institutions(text: str, persons: list[str]) -> None:
    assert [h.value for h in named_persons(text)] == persons
