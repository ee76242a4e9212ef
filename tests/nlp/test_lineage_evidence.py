"""Lineage evidence spans and subjects on short Danish texts: the exact sentence a journalist cites.

The conventions (shared/corpus/dev/star/README.md): "`evidence` is the exact sentence or sentences
(one contiguous span)". Each case names the dev text whose shape it copies.
"""
from __future__ import annotations

import pytest

from extract.document import Document
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.subject, e.actor, e.evidence) for e in lineage_events(doc)]


_PROGRAMME = "Liberal Alliances arbejdsprogram\n\nLiberal Alliance mener:\n\n"


@pytest.mark.parametrize(("text", "expected"), [
    # a tankestreg insertion wrapped to the start of a PDF line is no bullet (f06, DF's kommunalpolitik)
    ("Kommunen har besluttet, at ældreplejens vigtigste tilbud\n– hjemmeplejen – skal udbydes i 2014.",
     "Kommunen har besluttet, at ældreplejens vigtigste tilbud – hjemmeplejen – skal udbydes i 2014."),
    # a sentence ending on a stranded "i" ends there (d11, jobindsats.dk)
    ("Målingen Gnsn. varighed af aktiveringsforløb udgår, da den kan være forvirrende for de forløb borgerne "
     "deltager i. Målingen erstattes af Antal afsluttede aktiveringsforløb.",
     "Målingen Gnsn. varighed af aktiveringsforløb udgår, da den kan være forvirrende for de forløb borgerne "
     "deltager i."),
])
def test_evidence_is_the_sentence(text: str, expected: str) -> None:
    assert _events(text)[0][3] == expected


@pytest.mark.parametrize(("text", "subject"), [
    # f12 (Aarhus byråd): the subject stops inside the range, the change starts at its "til"
    ("Det foreslås at udvide ovenstående til at gælde alle elever på Hårup Skoles nuværende 6. til 8. klassetrin.",
     "ovenstående til at gælde alle elever på Hårup Skoles nuværende 6. til 8. klassetrin"),
    ("Det foreslås at udvide ovenstående til at gælde alle elever på Elev Skoles nuværende 3. til 5. klassetrin.",
     "ovenstående til at gælde alle elever på Elev Skoles nuværende 3. til 5. klassetrin"),
])
def test_a_range_says_til_once(text: str, subject: str) -> None:
    assert _events(text)[0][1] == subject


@pytest.mark.parametrize(("item", "evidence"), [
    # Liberal Alliance's programme (corpus/pdf_more): a document still to be made is the demand
    ("Der skal udarbejdes redegørelse for, hvorfor man ikke har efterkommet\nborgerens ønske, hvis det er tilfældet.",
     "• Der skal udarbejdes redegørelse for, hvorfor man ikke har efterkommet borgerens ønske, hvis det er tilfældet."),
    ("Der skal udarbejdes en redegørelse for, hvordan midlerne på området bliver brugt.",
     "• Der skal udarbejdes en redegørelse for, hvordan midlerne på området bliver brugt."),
])
def test_an_indefinite_document_to_be_made_is_a_demand(item: str, evidence: str) -> None:
    assert _events(f"{_PROGRAMME}•\t{item}") == [("planned", "redegørelse", "Liberal Alliance", evidence)]


def test_the_text_itself_is_still_no_commitment() -> None:
    # "Notatet er udarbejdet af ...": the definite document noun is the text, not an event
    assert _events("Notatet er udarbejdet af Social- og Sundhedsforvaltningen i 2013.") == []


@pytest.mark.parametrize(("text", "expected"), [
    # f08 (KKR Hovedstaden): "Papiret" shortens "et rammepapir", introduced the sentence before
    ("Drøftelserne vil indgå i et rammepapir, der beskriver hvordan vi arbejder videre med sundhedsudspillet. "
     "Papiret fremlægges til godkendelse på KKR Hovedstadens møde den 4. februar 2013.",
     ("rammepapiret", "Drøftelserne vil indgå i et rammepapir, der beskriver hvordan vi arbejder videre med "
      "sundhedsudspillet. Papiret fremlægges til godkendelse på KKR Hovedstadens møde den 4. februar 2013.")),
    ("Arbejdsgruppen skriver et høringsoplæg om den fremtidige tandpleje, der beskriver tre modeller. "
     "Oplægget fremlægges til godkendelse på udvalgets møde den 3. marts 2014.",
     ("høringsoplægget", "Arbejdsgruppen skriver et høringsoplæg om den fremtidige tandpleje, der beskriver tre "
      "modeller. Oplægget fremlægges til godkendelse på udvalgets møde den 3. marts 2014.")),
    # a noun said again whole names its thing itself (f11): one sentence
    ("Aflastningen havde 12 pladser og en venteliste. I løbet af året blev ventelisten nedlagt.",
     ("ventelisten", "I løbet af året blev ventelisten nedlagt.")),
])
def test_a_shortened_anaphor_takes_the_sentence_that_introduced_it(text: str, expected: tuple) -> None:
    assert [(s, e) for _, s, _, e in _events(text)] == [expected]


_DELOITTE = ("Deloitte har lavet fokusrevisioner af kommunernes forvaltning af ressourceforløb og jobafklaringsforløb. "
             "De har kigget på 375 ressourceforløbssager fra 25 kommuner for hvert område. Begge rapporter blev "
             "offentliggjort i juni 2020 og viser, at der er et stykke vej fra virkeligheden ude i kommunerne på flere "
             "områder til intentionerne i loven.")
_PROGRAMME_2017 = ("Derfor har Styrelsen for Arbejdsmarked og Rekruttering igangsat et bredt evalueringsprogram, der "
                   "belyser samtlige af reformens elementer. Evalueringen gennemføres i efteråret 2017 og vil blive "
                   "drøftet i forligskredsen bag reformen i 2018.")


@pytest.mark.parametrize("text", [
    # seed 003: the pronoun "De" and its finite verb go on about the audit, and the year follows
    _DELOITTE,
    # seed 004: the definite noun takes up the programme and gives its year
    _PROGRAMME_2017,
])
def test_sentences_going_on_about_an_undated_event_join_its_evidence(text: str) -> None:
    assert _events(text)[0][3] == text


def test_an_article_opens_a_new_noun_phrase_not_a_continuation() -> None:
    # star d12: "De personer, der ..." is the article of a new subject, not the pronoun; gold cites one sentence
    first = ("Fleksydelsesordningen erstattede desuden den tidligere seniorydelsesordning, som var blevet kritiseret "
             "for ikke i tilstrækkeligt omfang at give fleksjobvisiterede mulighed for at trække sig tilbage fra "
             "arbejdsmarkedet på lige fod med personer på det ordinære arbejdsmarked.")
    text = first + " De personer, der indtil 1. juli 2001 modtog seniorydelse, overgik til fleksydelse."
    assert [(kind, subject, evidence) for kind, subject, _, evidence in _events(text)] == \
        [("replaced", "seniorydelsesordningen", first)]
