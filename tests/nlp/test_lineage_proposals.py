"""Session 7 recall patterns (issue 15, lineage recall on texts never seen), on short Danish texts written for
these tests (not copies of the dev texts). Each pattern names the dev documents that attest it (the general
Danish pattern, not their sentence), and each comes with sentences that must give nothing.

| pattern | Danish | attested by |
|---|---|---|
| a proposal's lead with an adverb, its points as "- At ..." or "1. ..." | "X foreslår derfor:" | s07, s6_07 |
| who proposes is the actor of a proposal not decided | "Danmarksdemokraterne foreslår ..." | s07, s6_07 |
| a decision told by its support verb and noun | "har truffet principbeslutning om at ..." | s6_07, s07 |
| working for doing it is aiming at it (`planned`) | "arbejder aktivt for at etablere" | s6_07, f06, s08 |
| a document or rule still being made | "er under udarbejdelse", "er under revision" | f03, s6_11 |
| put forward for a decision, told as a state | "vil snarligt være klar til politisk godkendelse" | s6_11 (f08, f03) |
| money granted as a lift | "fik et varigt løft på 300 mio. kr. til" | f08, f10 |
| a count of goals set is no statistic | "har udpeget 5 indsatsområder:" | f08, p10, d03 |
| a demand told as a noun under a party's lead | "Socialdemokratiet vil: • Afskaffelse af ..." | municipal README, issue 15 |
| V2 after "her": the subject follows the verb | "Her præciseres træningsperioderne" | s6_11 |
| subject, relative clause, verb | "Ydelseskataloget, som er ..., er under revision" | s6_11 |
| a nominalisation's complement past a line break | "afledte ændringer i\\npraksis" | f12 |
| a nominalisation in a coordinated opening "Med ... og ..." | "Med reformen og stramningerne i reglerne" | s6_09 |
"""
from __future__ import annotations

import datetime as dt

import pytest

from extract.document import Document
from extract.records import DocumentInfo
from nlp.lineage import lineage_events


def _events(text: str, date: dt.date | None = None) -> list[tuple]:
    doc = Document.from_text(text)
    info = DocumentInfo(document_id="x", doc_type="other", date=date)
    return [(e.event, e.year, e.subject, e.actor) for e in lineage_events(doc, [info])]


def _evidence(text: str) -> list[str]:
    doc = Document.from_text(text)
    return [e.evidence for e in lineage_events(doc, [DocumentInfo(document_id="x", doc_type="other")])]


PROPOSAL = """Forslag fra Venstre om en ny svømmehal i Viby

Venstre foreslår derfor:
- At Aarhus Kommune arbejder aktivt for at etablere en ny svømmehal i Viby med plads til skolesvømning.

Begrundelse:
Borgerne i Viby har i dag langt til nærmeste svømmehal."""


def test_a_proposals_points_under_a_lead_with_an_adverb_are_planned_by_the_proposer() -> None:
    assert _events(PROPOSAL) == [("planned", None, "ny svømmehal i Viby med plads til skolesvømning", "Venstre")]
    # the lead is part of what the text says about the point (s6_07 gold: lead and point)
    assert _evidence(PROPOSAL)[0].startswith("Venstre foreslår derfor: - At Aarhus Kommune")


def test_a_proposed_decision_is_planned_and_a_decision_made_is_introduced() -> None:
    text = "Konservative foreslår derfor, at Aarhus Byråd træffer en principbeslutning om, at der skal findes en " \
        "ny placering til vinterbadeklubben på Aarhus Ø."
    assert _events(text) == [("planned", None, "ny placering til vinterbadeklubben på Aarhus Ø", "Konservative")]
    text = "Kommunalbestyrelsen har allerede truffet beslutning om at arbejde for en ny naturpark ved Mols Bjerge."
    assert _events(text) == [("introduced", None, "ny naturpark ved Mols Bjerge", "Kommunalbestyrelsen")]
    # the decision noun governs the infinitive as a verb of deciding does ("besluttede at lukke"); who took it
    # decided, as with "Kommunalbestyrelsen har ... truffet beslutning" above (the clause before the event word is
    # read as a clause: its subject before the finite verb)
    assert _events("Byrådet traf i 2019 beslutning om at lukke skolen.") == [("dropped", 2019, "skolen", "Byrådet")]


def test_work_for_doing_it_is_planned() -> None:
    assert _events("Kommunen arbejder for at etablere flere pladser i dagplejen.") == [
        ("planned", None, "flere pladser i dagplejen", None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ydelseskataloget, som er kommunens administrative styringsredskab, er under revision.",
     [("planned", None, "Ydelseskataloget", None)]),
    ("Udvalget afventer, idet der er en ny takstmodel under udarbejdelse i KKR-regi.",
     [("planned", None, "ny takstmodel", None)]),
    ("Værdighedspolitikken for ældreområdet er revideret og vil snarligt være klar til politisk godkendelse.",
     [("changed", None, "Værdighedspolitikken for ældreområdet", None),
      ("planned", None, "Værdighedspolitikken for ældreområdet", None)]),
])
def test_a_document_still_being_made_or_ready_for_a_decision_is_planned(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_money_granted_as_a_lift_is_introduced() -> None:
    text = "I finansloven for 2024 lykkedes det at få et varigt løft på 500 mio. kr. til psykiatrien."
    assert _events(text) == [("introduced", None, "varigt løft på 500 mio. kr. til psykiatrien", None)]


def test_a_count_of_goals_set_is_no_statistic() -> None:
    text = "Regionsrådet har i første omgang udpeget 4 fokusområder: sundhed, mobilitet, uddannelse og klima."
    assert [e[:2] + e[3:] for e in _events(text)] == [("introduced", None, "Regionsrådet")]


def test_nominal_demands_under_a_party_lead() -> None:
    text = "Socialdemokratiets arbejdsprogram\n\nSocialdemokratiet vil:\n" \
        "• En skærpelse af straffen for vold mod offentligt ansatte.\n• Afskaffelse af karensdagen.\n" \
        "• Flere hænder i ældreplejen.\n• Mere fokus på forebyggelse.\n\nSlut."
    assert _events(text) == [("planned", None, "straffen for vold mod offentligt ansatte", "Socialdemokratiet"),
                             ("planned", None, "karensdagen", "Socialdemokratiet")]


@pytest.mark.parametrize(("text", "expected"), [
    # V2 after "her": the subject follows the verb (s6_11)
    ("Her præciseres træningsperioderne for den vedligeholdende træning.",
     [("changed", None, "træningsperioderne for den vedligeholdende træning", None)]),
    # the complement of a nominalisation past a PDF line break (f12)
    ("Der er foretaget afledte ændringer i\npraksis for tilsyn med dagplejen.",
     [("changed", None, "praksis for tilsyn med dagplejen", None)]),
    # the nominalisation as the second noun of the opening "Med ... og ..." (s6_09)
    ("Med reformen og stramningerne i rådighedsreglerne er det hensigten, at kommunerne skal øge fokus.",
     [("changed", None, "rådighedsreglerne", None)]),
])
def test_word_orders_and_line_breaks(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    "Beslutningen træffes af centerchefen.",  # the standard line of who decides: no decision told
    "Udvalget træffer beslutning om tildeling af tilskud til foreninger.",  # a body's competence: how it works
    "Byrådet skal træffe beslutning om at lukke skolen.",  # a decision still to make
    "Byrådet har truffet beslutning om, hvorvidt skolen skal lukkes.",  # what was decided is not told
    "Kvaliteten skal løftes, så den bliver på niveau med de bedste.",  # a general aim, no money granted
    "Der er oprettet 25.000 fleksjob siden 2013.",  # a statistic
    "Der skal være mere fokus på forebyggelse.",  # a general aim
    "Tilbuddet tilrettelægges efter borgerens behov.",  # how a service works
    "Efter servicelovens § 83 kan kommunen tilbyde praktisk hjælp.",  # a legal basis
    "Skal planen være klar til politisk godkendelse i foråret?",  # a question
    "Planen er ikke under revision.",  # a negation
    "Byrådet har ikke truffet beslutning om at lukke skolen.",  # a negation
    "Kommunen har købt grunden for at etablere et plejehjem.",  # a purpose, not an aim worked for
    "Området er under udvikling.",  # development, no document being made
    "Det præciseres, at reglerne gælder for alle.",  # a clarification of what holds, no change
])
def test_nothing(text: str) -> None:
    assert _events(text) == []
