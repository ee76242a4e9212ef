"""Numbered elements of an agreement, a plan or a decision ("1. Der indføres ...", "2. Kravet ... skærpes ...") are
sentences of their own, read without their number: probes21 n01 (an aftaletekst's seven numbered elements gave no
event), probes14 m12's byråd note ("4. Sprogcentrets jobrettede danskundervisning flyttes til ...") and probes19 q03's
answer ("2. Regeringen har med flerårsaftalen ... besluttet at oprette ca. 300 nye fængselspladser"). Two things are not
read: a numbered goal, whose verb is "skal" (a klimahandleplan's Målsætninger, a school's goals; the STAR convention
labels none of the minister's numbered goals), and a number standing alone, a fragment of a list broken up by a
PDF's layout whose lead is elsewhere (seed 001's "2. Der oprettes fleksjob ..." between a page number and prose).
A lead that announces its items with "følgende" in a sentence of its own ("... er enige om følgende initiativer, der
skal ...") makes them the agreement's elements, as a lead ending in a colon does."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.nlp.notat_events import notat_events, notat_evidence

HEAD = "Aftale om en grønnere husdyrproduktion\nMinisteriet for Fødevarer, Landbrug og Fiskeri, 14. november 2023\n\n"


@pytest.mark.parametrize("body, expected", [
    # (a future date without an agreement's lead is planned, as in any sentence)
    ("Partierne bag aftalen har drøftet husdyrproduktionen.\n\n"
     "1. Der indføres en ny tilskudsordning til luftrensning i svinestalde fra 2024.\n\n"
     "2. Puljen til forsøg med klimavenlige fodertilsætningsstoffer videreføres uændret.\n\n"
     "3. Dispensationsordningen for mindre bedrifter afskaffes fra 2025.\n",
     [("planned", "ny tilskudsordning til luftrensning i svinestalde", None, 2024),
      ("confirmed", "Puljen til forsøg med klimavenlige fodertilsætningsstoffer", None, None),
      ("planned", "afskaffelse af dispensationsordningen for mindre bedrifter", None, 2025)]),
    # a plan's numbered points, the first read with the one after it
    ("Kommunen har besluttet følgende.\n\n1. Den jobrettede danskundervisning flyttes til erhvervsskolen pr. 1. august 2026.\n\n"
     "2. Regeringen har med flerårsaftalen besluttet at oprette 300 nye fængselspladser.\n",
     [("planned", "jobrettede danskundervisning til erhvervsskolen", None, 2026),
      ("introduced", "300 nye fængselspladser", "Regeringen", 2023)]),
])
def test_numbered_elements_are_read_without_their_number(tmp_path: Path, body: str, expected: list) -> None:
    assert notat_events(tmp_path, HEAD, body) == expected


def test_the_evidence_keeps_the_number(tmp_path: Path) -> None:
    body = "Indhold\n\n1. Der indføres en ny pulje til luftrensning.\n\n2. Kravet om fast gulv skærpes til 25 pct.\n"
    assert notat_evidence(tmp_path, HEAD, body) == ["1. Der indføres en ny pulje til luftrensning.",
                                                    "2. Kravet om fast gulv skærpes til 25 pct."]


@pytest.mark.parametrize("body", [
    # numbered goals: what is to be reached ("skal")
    "Målsætninger\n\n1. Udledningen af drivhusgasser skal reduceres med 70 pct. i 2030 i forhold til 1990.\n\n"
    "2. Kommunen skal være klimaneutral senest i 2050.\n",
    "Skolens mål\n\n1. Elevernes fravær skal nedbringes.\n\n2. Elevernes trivsel skal fastholdes på et højt niveau.\n",
    # a number alone, between a page number and prose: a fragment of a list whose lead is elsewhere
    "Reformen har flere dele.\n\n5\n\n2. Der oprettes fleksjob med tanke på progression.\n\nSTAR følger reformen tæt.\n",
    # an indstilling's points open with "at": read under their lead (lists.recommendation_points), not alone
    "1. at ordningen med varm mad fastholdes for borgere over 85 år,\n2. at gebyret for ekstra sække nedsættes.\n",
])
def test_goals_fragments_and_points_are_not_elements(tmp_path: Path, body: str) -> None:
    assert notat_events(tmp_path, HEAD, body) == []


PARTIES = "Regeringen (Socialdemokratiet, Venstre og Moderaterne), SF og Det Konservative Folkeparti"


@pytest.mark.parametrize("lead, items, expected", [
    # "følgende" points forward to the items: they are the agreement's elements, decided by the parties before
    # "er enige" (probes21 n01's aftaletekst), numbered or bulleted
    (f"{PARTIES} er enige om følgende initiativer, der skal styrke dyrevelfærden.",
     "1. Der indføres en ny tilskudsordning til luftrensning fra 2024.\n\n2. Puljen til foderforsøg videreføres uændret.\n",
     [("introduced", "ny tilskudsordning til luftrensning", PARTIES, 2024),
      ("confirmed", "Puljen til foderforsøg", PARTIES, None)]),
    ("Partierne bag forliget blev enige om følgende ændringer af ordningen.",
     "• Fristen for ansøgning forlænges til 1. marts.\n• Tilskuddet til små bedrifter afskaffes.\n",
     [("changed", "Fristen for ansøgning", "Partierne bag forliget", None),
      ("dropped", "Tilskuddet til små bedrifter", "Partierne bag forliget", None)]),
])
def test_a_forward_lead_makes_its_items_the_agreements(tmp_path: Path, lead: str, items: str, expected: list) -> None:
    assert notat_events(tmp_path, HEAD, f"{lead}\n\n{items}") == expected


def test_a_forward_lead_without_items_leads_nothing(tmp_path: Path) -> None:
    # prose after it is no item: the sentence after is read on its own, without the parties as its actor
    body = "Partierne er enige om følgende principper for den videre proces.\n\nDer indføres en ny pulje til luftrensning.\n"
    assert [e for e in notat_events(tmp_path, HEAD, body) if "pulje" in e[1]] == [
        ("introduced", "ny pulje til luftrensning", None, None)]
