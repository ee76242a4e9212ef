"""Sentence spans: Danish abbreviations and ordinals do not end sentences."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from danish.sentences import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def test_abbreviations_and_ordinals_stay_inside() -> None:
    text = ("Spørgsmål nr. 558 (alm. del) er stillet den 31. august 2017, jf. stk. 3. "
            "Det blev bl.a. besvaret. Næste sætning.")
    assert _sentences(text) == ["Spørgsmål nr. 558 (alm. del) er stillet den 31. august 2017, jf. stk. 3.",
                                "Det blev bl.a. besvaret.", "Næste sætning."]


def test_wrapped_pdf_lines_join_and_bullets_split() -> None:
    text = "Det er en beslutning, som vi har\nværet enige om.\n• Første punkt\n• Andet punkt"
    assert _sentences(text) == ["Det er en beslutning, som vi har\nværet enige om.", "• Første punkt",
                                "• Andet punkt"]


def test_flattened_section_numbers_split() -> None:
    text = "Lov om fleksydelse 1. Indledning 1.1. Baggrund I december 2000 indgik partierne et forlig."
    assert _sentences(text)[-1] == "1.1. Baggrund I december 2000 indgik partierne et forlig."


@pytest.mark.parametrize(("text", "expected"), [
    # f06 (DF's kommunalpolitik): a PDF line wrapped before a tankestreg insertion
    ("Det er vores mål. Regionernes væsentligste opgave\n– sygehusene – skal overdrages til staten. Mere.",
     ["Det er vores mål.", "Regionernes væsentligste opgave\n– sygehusene – skal overdrages til staten.", "Mere."]),
    # a realistic second shape: the insertion closes and the sentence runs on in lowercase
    ("Udvalget vil styrke indsatsen for de ældre borgere\n– især de svageste – gennem en ny plan.",
     ["Udvalget vil styrke indsatsen for de ældre borgere\n– især de svageste – gennem en ny plan."]),
])
def test_a_wrapped_tankestreg_insertion_stays_in_its_sentence(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize("text", [
    "Fokusområder:\n– forebyggelse – herunder rehabilitering\n– kronikere",  # a lead ends with ":"
    "Indsatsen omfatter\n– forebyggelse\n– rehabilitering",                   # no closing dash: bullets
    "– forebyggelse – herunder rehabilitering\n– kronikere – herunder diabetes",  # a bullet before: bullets
])
def test_dash_bullets_still_split(text: str) -> None:
    assert len(_sentences(text)) == text.count("\n") + 1


@pytest.mark.parametrize(("text", "expected"), [
    # d11 (jobindsats.dk): a stranded preposition ends the sentence
    ("Det er den varighed af de aktiveringsforløb borgerne deltager i. Denne information findes på jobindsats.dk.",
     ["Det er den varighed af de aktiveringsforløb borgerne deltager i.", "Denne information findes på jobindsats.dk."]),
    ("Det er den ordning, vi alle bor i. Den skal bevares.", ["Det er den ordning, vi alle bor i.", "Den skal bevares."]),
    # an initial is still an abbreviation
    ("Notatet er skrevet af m. fl. Hansen i 2019.", ["Notatet er skrevet af m. fl. Hansen i 2019."]),
])
def test_one_letter_danish_words_end_sentences(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # s03 (Ballerup, Solvej 6): a house number ends the sentence
    ("Det er besluttet at flytte Parkhuset til Solvej 6. Samtidig har de ældre brugere et behov.",
     ["Det er besluttet at flytte Parkhuset til Solvej 6.", "Samtidig har de ældre brugere et behov."]),
    # f11's address written as a sentence end
    ("Kommunen overtog i 2007 bygningen på Torvevej 31. Den rummer 12 pladser.",
     ["Kommunen overtog i 2007 bygningen på Torvevej 31.", "Den rummer 12 pladser."]),
    # an ordinal after a name that is no street still joins ("3. Division")
    ("Holdet spiller i Danmarksserien og 3. Division i år.", ["Holdet spiller i Danmarksserien og 3. Division i år."]),
])
def test_a_house_number_is_no_ordinal(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # s07 (Aarhus, a party's proposal): the numbered points after the lead, each its own sentence
    ("Danmarksdemokraterne foreslår derfor at,\n1. Aarhus Byråd træffer en principbeslutning om, at der skal findes en "
     "permanent placering til Havnens Perle på Aarhus\nØ.\n2. Byrådet pålægger Teknik og Miljø samt relevante aktører "
     "at arbejde for en langsigtet løsning.",
     ["Danmarksdemokraterne foreslår derfor at,\n1. Aarhus Byråd træffer en principbeslutning om, at der skal findes en "
      "permanent placering til Havnens Perle på Aarhus\nØ.",
      "2. Byrådet pålægger Teknik og Miljø samt relevante aktører at arbejde for en langsigtet løsning."]),
    # s10_12 (a general meeting's agenda)
    ("1. Valg af dirigent.\n2. Fremlægges af foreningens gang det forløbne år.",
     ["1. Valg af dirigent.", "2. Fremlægges af foreningens gang det forløbne år."]),
    # a date wrapped to the start of a line stays inside its sentence (no full stop before it)
    ("Loven blev vedtaget den\n3. april 2001 og trådte i kraft.", ["Loven blev vedtaget den\n3. april 2001 og trådte i kraft."]),
])
def test_a_numbered_item_after_a_sentence_end_starts_a_sentence(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@given(st.text(alphabet=st.sampled_from(list("ab. \n:•1)ÆøÅ,?")), max_size=200))
def test_spans_are_ordered_trimmed_and_inside(text: str) -> None:
    last = 0
    for a, b in sentence_spans(text):
        assert last <= a < b <= len(text)
        assert not text[a].isspace() and not text[b - 1].isspace()
        last = b


def test_a_page_line_after_a_full_stop_ends_the_sentence() -> None:
    # a text saved with the project's page lines ("--- side N ---", corpus/municipal s9_05, s11_07, f05): the
    # next page's heading is no part of the sentence before, as the page's end is not in the file
    text = ("• Produktion af hamp og cannabis skal tillades i den danske fødevareklynge.\n--- side 31 ---\n"
            "ENERGI OG KLIMA\nEn konkurrencedygtig energipolitik\n\nDanmark bør spare på energien.")
    assert [text[a:b] for a, b in sentence_spans(text)][0] == \
        "• Produktion af hamp og cannabis skal tillades i den danske fødevareklynge."
    # a sentence the page line splits goes on past it (s12_10)
    text = "Danmarks sikkerhed skal bygge på de værdier og interesser,\n--- side 39 ---\nsom Europa og USA deler. Det er vigtigt."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Danmarks sikkerhed skal bygge på de værdier og interesser,\n--- side 39 ---\nsom Europa og USA deler.",
        "Det er vigtigt."]
