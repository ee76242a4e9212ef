"""Lineage in municipal layouts the probes of session 28 met (a kommune's news page, a revised kvalitetsstandard, a
regionsråd's printed decision), each from a rule of Danish or of the genre: "den"/"det"/"de" before a further word
of the object are the article, not the pronoun that blocks a particle verb ("gøre den gratis seniorbus permanent");
a frequency that a change moves "fra ... til ..." is the change's value, no habit; a quality standard's section
headed by its changes ("Ændringer i forhold til 2025", "Hvad er nyt i 2025") lists changes made, not routines; and a
body's printed decision ("Regionsrådet besluttede med 31 stemmer mod 10:") is decided item by item, each item its
own evidence. Texts in, exact events out, and texts that give nothing."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.nlp.notat_events import notat_events, notat_evidence

NEWS = "Nyt fra byrådet\nHelsingør Kommune, 28. januar 2025\n\n"


@pytest.mark.parametrize("body, expected", [
    # the article opens the object's noun phrase: the particle verb "gøre ... permanent" is read past it
    ("Byrådet har på sit møde mandag aften besluttet at gøre den gratis seniorbus permanent.",
     [("confirmed", "gratis seniorbus", "Byrådet", 2025)]),
    ("Kommunalbestyrelsen har i dag besluttet at gøre det nye forsøg med lektiecafeer permanent.",
     [("confirmed", "nye forsøg med lektiecafeer", "Kommunalbestyrelsen", 2025)]),
    ("Byrådet satte i 2023 det nye forsøg med mentorer i gang.",
     [("introduced", "nye forsøg med mentorer", "Byrådet", 2023)]),
    # the pronoun stands right before the particle: it names nothing
    ("Vi satte det i gang.", []),
    ("Byrådet gjorde den permanent.", []),
])
def test_an_article_is_no_object_pronoun(tmp_path: Path, body: str, expected: list) -> None:
    assert notat_events(tmp_path, NEWS, body) == expected


@pytest.mark.parametrize("body, expected", [
    # "hver anden", "hvert år" between "fra" and "til" are the old and new value of what changes
    ("Rengøring ændres fra hver anden til hver tredje uge.",
     [("changed", "Rengøring fra hver anden til hver tredje uge", None, None)]),
    ("Tandplejens eftersyn flyttes fra hvert år til hvert andet år.",
     [("changed", "Tandplejens eftersyn fra hvert år til hvert andet år", None, None)]),
    # a habit of the verb itself stays a routine
    ("Tilskuddet udbetales hvert år til foreningerne.", []),
    ("Taksten reguleres hvert år.", []),
])
def test_a_changed_frequency_is_no_habit(tmp_path: Path, body: str, expected: list) -> None:
    assert notat_events(tmp_path, NEWS, body) == expected


STANDARD = "Kvalitetsstandard for praktisk hjælp 2026\nHjørring Kommune, 3. december 2025\n\n"
ROUTINES = "Omfang\nRengøring gives hver tredje uge. Hjælpen tilpasses efter behov.\n\n"


@pytest.mark.parametrize("section, expected", [
    ("Ændringer i forhold til 2025\n– Tøjvask i eget hjem erstattes af en vaskeriordning.\n"
     "– Madudbringningen ændres fra to til tre gange om ugen.\n",
     [("replaced", "Tøjvask i eget hjem", None, None), ("changed", "Madudbringningen fra to til tre gange om ugen", None, None)]),
    ("Hvad er nyt i 2026?\nHjælpen til vinduespudsning afskaffes.\n",
     [("dropped", "Hjælpen til vinduespudsning", None, None)]),
    # the same sentences under a heading of the service's routines state no event
    ("Opfølgning\nTøjvask i eget hjem erstattes af en vaskeriordning.\nHjælpen til vinduespudsning afskaffes.\n", []),
])
def test_a_standards_changes_section(tmp_path: Path, section: str, expected: list) -> None:
    assert notat_events(tmp_path, STANDARD, ROUTINES + section) == expected


REGION = "Beslutning om akutområdet\nRegion Sjælland, 16. juni 2025\n\n"


def test_a_printed_decisions_items(tmp_path: Path) -> None:
    body = ("Regionsrådet besluttede med 31 stemmer mod 10:\n- at akutklinikken i Kalundborg har åbent kl. 8-22,\n"
            "- at den mobile akutbil gøres permanent,\n- at busruten til Nakskov nedlægges.\n")
    assert notat_events(tmp_path, REGION, body) == [("confirmed", "mobile akutbil", "Regionsrådet", 2025),
                                                    ("dropped", "busruten til Nakskov", "Regionsrådet", 2025)]
    assert notat_evidence(tmp_path, REGION, body) == ["- at den mobile akutbil gøres permanent,",
                                                      "- at busruten til Nakskov nedlægges."]


def test_a_printed_decision_without_a_vote(tmp_path: Path) -> None:
    body = "Byrådet vedtog:\n- at tilskuddet til foreningerne forhøjes med 2 mio. kr.,\n- at der holdes møde i august.\n"
    assert notat_events(tmp_path, REGION, body) == [("changed", "tilskuddet til foreningerne", "Byrådet", 2025)]


@pytest.mark.parametrize("body", [
    # a lead whose items state no event gives nothing, and the vote is no event
    "Regionsrådet besluttede med 31 stemmer mod 10:\n- at akutklinikken har åbent kl. 8-22,\n- at sagen genoptages.\n",
    # a proposal's "at" is no decision lead
    "Borgmesteren sagde:\n- at busruten er vigtig.\n",
])
def test_a_printed_decision_with_no_event(tmp_path: Path, body: str) -> None:
    assert notat_events(tmp_path, REGION, body) == []
