"""The parties a policy text names (extract/parsers/policy_parties.py): every gold of the municipal set that lists
`parties` (the convention's "parties: RV (Radikale Venstre, named)"), exact; and short Danish texts in which a
party's short form is a common word, or a ballot letter, and names none."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.document import Document
from extract.load import load
from extract.parsers.policy_document import parse
from extract.parsers.policy_layout import Found
from extract.parsers.policy_parties import parties_of

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "fixtures" / "gold" / "municipal"


def _doc(text: str) -> Document:
    return Document.from_text(text)


def _golds_with_parties() -> list[str]:
    return sorted(p.name[: -len(".gold.json")] for p in GOLD.glob("*.gold.json")
                  if "parties" in json.loads(p.read_text(encoding="utf-8")))


def test_the_golds_that_list_parties_are_many() -> None:
    assert len(_golds_with_parties()) >= 25


@pytest.mark.parametrize("stem", _golds_with_parties())
def test_the_parties_of_every_labelled_text(stem: str) -> None:
    gold = json.loads((GOLD / f"{stem}.gold.json").read_text(encoding="utf-8"))
    [info] = parse(load(ROOT / "corpus" / "municipal" / f"{stem}.txt"))
    assert sorted(info.parties) == sorted(gold["parties"])


@pytest.mark.parametrize(("text", "parties"), [
    ("Forslaget blev fremsat af Enhedslisten og støttet af SF.", ["EL", "SF"]),
    ("Venstres landsmøde vedtog programmet.", ["V"]),  # the genitive
    ("SF’s landsmøde 15. april 2012", ["SF"]),
    ("Det Konservative Folkeparti ønsker lavere skat.", ["KF"]),
])
def test_a_party_named_as_the_table_writes_it(text: str, parties: list[str]) -> None:
    assert [p for p, _, _ in parties_of(_doc(text), None)] == parties


@pytest.mark.parametrize("text", [
    "Der er alt for lidt plads, og en ny plan er på vej.",  # "alt", "ny": common words
    "df <- read.csv('data.csv')",  # a data frame, not Dansk Folkeparti
    "jf. sagsfremstillingen ovenfor",  # "jf." is no party
    "Bilag V: oversigt over punkt B.",  # ballot letters are no names in running text
    "Drej til venstre ved krydset.",  # the direction
])
def test_a_common_word_or_a_letter_names_no_party(text: str) -> None:
    assert parties_of(_doc(text), None) == []


def test_a_party_issuer_printed_in_capitals_is_the_texts_party() -> None:
    doc = _doc("VENSTRES PRINCIPPROGRAM\n\nMennesket trives bedst i frihed.\n")
    assert parties_of(doc, Found("Venstre", 0, 8)) == [("V", 0, 8)]
