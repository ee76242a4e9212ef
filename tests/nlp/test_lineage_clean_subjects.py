"""Subjects as clean noun phrases (issue 15), on short Danish sentences written for these tests in the manner of the
municipal party programmes and referater: a free definite article before a lone noun and a restrictive relative
clause names the thing by its definite form ("den Energispareaftale, som blev underskrevet i 2006", s11_08 gold:
"Energispareaftalen"), and a place that is given something by a demand follows the thing with its preposition
("Offentlige plejehjem skal have køkkener", s11_07 gold: "køkkener ... på offentlige plejehjem")."""
from __future__ import annotations

import pytest

from danish._data import table_rows
from extract.document import Document
from nlp.lineage import lineage_events
from nlp.lineage.commitment import restricted_definite
from nlp.lineage.holder import place_heads, with_holder
from nlp.lineage.planned_action import planned_action
from tests.attestation import attesting_text


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.year, e.subject) for e in lineage_events(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    # the relative clause's own event names the scheme as the article and the relative do: its definite form
    ("Regeringen indførte i 2015 den ordning, som blev afskaffet i 2019.",
     [("introduced", 2015, "ordningen"), ("dropped", 2019, "ordningen")]),
    ("Byrådet vedtog i 2019 de regler, der siden er blevet ændret.",
     [("introduced", 2019, "reglerne"), ("changed", 2019, "reglerne")]),
    # an adjective between article and noun: the phrase stays as it is (s7_04 gold: "den udvidede
    # behandlingsgaranti, der ..." -> "den udvidede behandlingsgaranti")
    ("Regeringen afskaffede i 2018 den udvidede behandlingsgaranti, der blev indført i 2002.",
     [("dropped", 2018, "udvidede behandlingsgaranti"), ("introduced", 2002, "udvidede behandlingsgaranti")]),
])
def test_a_free_article_before_a_relative_gives_the_definite_form(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("subject", "evidence", "phrase"), [
    ("Energispareaftale", "Dansk Folkeparti støtter den Energispareaftale, som blev underskrevet i 2006.",
     "Energispareaftalen"),
    ("gruppe", "Jeg henvender mig som en del af den gruppe, der blev nedsat i foråret.", "gruppen"),
    ("midler", "De midler, der er afsat efter lovforslagets § 49, fordeles i 2005.", "midlerne"),
    # stays: an indefinite article, no article, no relative, a phrase of more than the noun
    ("aftale", "Partierne indgik en aftale, som trådte i kraft i 2010.", "aftale"),
    ("Ordningen", "Ordningen, som blev indført i 2015, afskaffes.", "Ordningen"),
    ("ordning", "Den ordning blev afskaffet i 2019.", "ordning"),
    ("Radikale", "De Radikale, der stemte imod, ønsker reglen afskaffet.", "Radikale"),
    ("udvidede behandlingsgaranti", "Vi vil bevare den udvidede behandlingsgaranti, der sikrer alle hurtig behandling.",
     "udvidede behandlingsgaranti"),
])
def test_restricted_definite(subject: str, evidence: str, phrase: str) -> None:
    assert restricted_definite(subject, evidence) == phrase


@pytest.mark.parametrize(("subject", "evidence", "phrase"), [
    ("køkkener", "Offentlige plejehjem skal have køkkener, og der skal tilbydes aktiviteter.",
     "køkkener på offentlige plejehjem"),
    ("større ledelsesmæssige frihedsgrader",
     "De offentlige institutioner skal have større ledelsesmæssige frihedsgrader – såsom bedre lønvilkår.",
     "større ledelsesmæssige frihedsgrader i offentlige institutioner"),
    ("egne haver", "Alle daginstitutionerne skal have egne haver.", "egne haver"),  # "alle": no one holder
    ("bedre legepladser", "Kommunens daginstitutioner skal have bedre legepladser.",
     "bedre legepladser i kommunens daginstitutioner"),
    # people and names hold a right or a status: their genitive (s09, s9_05 gold)
    ("mulighed for at tage initiativ til folkeafstemninger",
     "Vælgerne skal have mulighed for at tage initiativ til folkeafstemninger.",
     "Vælgernes mulighed for at tage initiativ til folkeafstemninger"),
    ("samme status som andre", "Danmarks Naturfredningsforening skal have samme status som andre.",
     "Danmarks Naturfredningsforenings samme status som andre"),
    ("ret til frit valg", "Vi skal have ret til frit valg.", "ret til frit valg"),
])
def test_the_holder_of_what_a_demand_gives(subject: str, evidence: str, phrase: str) -> None:
    assert with_holder(subject, evidence) == phrase


@pytest.mark.parametrize("row", table_rows("nlp", "data", "place_holders.csv"), ids=lambda r: r["head"])
def test_every_place_holder_is_attested(row: dict[str, str]) -> None:
    text = " ".join(attesting_text(row["attested_by"]).split())
    assert row["example"] in text and row["head"] in row["example"].lower()
    assert place_heads()[row["head"]] == row["preposition"]


def test_place_holders_are_attested_by_two_documents() -> None:
    rows = table_rows("nlp", "data", "place_holders.csv")
    assert len({r["attested_by"] for r in rows}) >= 2  # the rule, one head each


@pytest.mark.parametrize(("subject", "evidence", "phrase"), [
    # an expletive passive's demand and a wished act are named by the action's noun (nlp/data/planned_actions.csv;
    # s10_04 gold: "uddannelse af flere allergilæger", s9_01 gold: "privatisering af offentlige virksomheder")
    ("flere sygeplejersker", "Samtidig skal der uddannes flere sygeplejersker.", "uddannelse af flere sygeplejersker"),
    ("offentlige forsyningsselskaber", "Partiet ønsker at privatisere offentlige forsyningsselskaber, som kan drives "
     "bedre i privat regi.", "privatisering af offentlige forsyningsselskaber"),
    # a verb the table does not hold leaves the scheme as it is
    ("flere sygeplejersker", "Samtidig skal der ansættes flere sygeplejersker.", "flere sygeplejersker"),
])
def test_a_planned_act_is_named_by_its_noun(subject: str, evidence: str, phrase: str) -> None:
    assert planned_action(subject, evidence) == phrase
