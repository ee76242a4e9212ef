"""An inquiry, a weighing or a discussion announced by a named actor is `planned` (nlp/data/event_lexicon.csv rows
vurdere, drøfte; nlp/lineage/planned_action.py names the action): "Regeringen vil dog i 2025 vurdere, om
..." (probes22 n02), "Fødevarestyrelsen vil i løbet af 2025 undersøge, om ..." (probes22 n04, probes18 n06),
"Styrelsen vil drøfte anbefalingerne ... i efteråret 2023" (probes18 n06, probes16 06). Samples written in the
phrasing of those documents (other schemes); judgements held, routines and purposes must give nothing."""
from __future__ import annotations

import pytest

from extract.document import Document, Page, Segment
from nlp.lineage import lineage_events
from nlp.lineage.planned_action import inquired_action

# a lovforslag's hovedpunkter (the genre of probes22 n02)
WEIGHING_SAMPLE = ("Seniorpensionen gøres permanent. Regeringen vil dog i 2025 vurdere, om anciennitetskravene "
                   "skal justeres.")
# a styrelse's page on changed rules (the genre of probes22 n04 and probes18 n06)
INQUIRY_SAMPLE = ("Fødevarestyrelsen vil i løbet af 2025 undersøge, om de nye kontrolfrekvenser har den ønskede "
                  "effekt. Styrelsen vil desuden vurdere, om gebyrerne dækker omkostningerne.")
# (undersøge is no row: a party programme's "Vi skal undersøge, hvordan ..." is read as a demand by the programme
# readers, which take every verb of the lexicon: s9_07)


def _events(text: str) -> list[tuple]:
    doc = Document("x", "x.txt", "text", (Page(1, text),), text, (Segment(0, 0, len(text), len(text), True),))
    return [(e.event, e.year, e.subject, e.actor) for e in lineage_events(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Regeringen vil dog i 2025 vurdere, om anciennitetskravene skal justeres.",
     [("planned", 2025, "vurdering af anciennitetskravene", "Regeringen")]),
    ("Fødevarestyrelsen vil i løbet af 2025 vurdere, om de nye kontrolfrekvenser har den ønskede effekt.",
     [("planned", 2025, "vurdering af de nye kontrolfrekvenser", "Fødevarestyrelsen")]),
    ("Styrelsen vil i 2026 vurdere, hvorvidt fribeløbet skal hæves.",
     [("planned", 2026, "vurdering af fribeløbet", "Styrelsen")]),
    # the partners the verb acts with stand before the question
    ("Styrelsen vil i løbet af 2026 vurdere sammen med parterne, om målene skal justeres.",
     [("planned", 2026, "vurdering af målene", "Styrelsen")]),
    # a plural noun that reads as a verb does not end the question's subject before its auxiliary
    ("Styrelsen vil i 2026 vurdere, om de nye grænser har betydet færre sager.",
     [("planned", 2026, "vurdering af de nye grænser", "Styrelsen")]),
    # a direct object is what is weighed or discussed
    ("Regeringen vil i 2025 vurdere anciennitetskravene for tidlig pension.",
     [("planned", 2025, "vurdering af anciennitetskravene for tidlig pension", "Regeringen")]),
    ("Styrelsen vil drøfte anbefalingerne med arbejdsmarkedets parter i efteråret 2023.",
     [("planned", 2023, "drøftelse af anbefalingerne med arbejdsmarkedets parter", "Styrelsen")]),
    ("Ministeriet vil i 2024 drøfte rapportens anbefalinger med forligskredsen.",
     [("planned", 2024, "drøftelse af rapportens anbefalinger med forligskredsen", "Ministeriet")]),
])
def test_an_announced_inquiry_is_planned(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    # a judgement held: its content clause is a finding, no plan
    "Regeringen vurderer, at ordningen virker efter hensigten.",
    # a routine: the present without a year
    "Styrelsen vurderer hvert år kontrolfrekvenserne.",
    "Udvalget drøfter løbende sagerne på sine møder.",
    # a purpose: "for at" keeps its verb silent
    "Kommunen bruger puljen for at vurdere reglerne.",
    # a conditional plan
    "Hvis regeringen vil vurdere ordningen, skal det ske i 2025.",
    # a past inquiry is no plan (a report of one is an evaluation's business)
    "Styrelsen vurderede i 2023 kontrolfrekvenserne.",
    # a programme's own voice and a role described are no announced plan (s9_07, s19_02's phrasing)
    "Vi skal vurdere, hvordan man kan indføre en grøn mærkeordning.",
    "Forløbet har tilknyttet en mentor, der løbende skal vurdere forretningsplanen.",
    # a task listed without a modal (s7_14's bullets)
    "Bestyrelsens opgaver:\n\n• vurdere foreningens økonomi\n• drøfte vedtægterne",
    # a fronted object: the subject reader does not take it
    "Udvalgets forslag om at indføre et nyt tillæg vil regeringen vurdere nærmere.",
    # a coordinated clause's modal with the subject left out, or a pronoun after "men"
    "Lodtrækningen er omdiskuteret, men skal vurderes igen i 2027.",
    "Der er ingen planer om en pulje, men jeg vil gerne drøfte vilkårene.",
    # a question with no subject of its own names nothing
    "Regeringen vil i 2025 vurdere, om der er behov for ændringer.",
])
def test_no_announced_inquiry_gives_nothing(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(("verb", "question", "expected"), [
    ("vurdere", ", om anciennitetskravene skal justeres", "vurdering af anciennitetskravene"),
    ("vurdere", ", om de nye kontrolfrekvenser har den ønskede effekt", "vurdering af de nye kontrolfrekvenser"),
    ("vurdere", ", om det kan betale sig", None),
    ("vurdere", ", hvordan reglerne virker", None),  # not a whether-question
    ("indføre", ", om ordningen skal gælde", None),  # a verb the table lacks
])
def test_the_inquired_action_is_the_questions_subject(verb: str, question: str, expected: str | None) -> None:
    assert inquired_action(verb, question) == expected
