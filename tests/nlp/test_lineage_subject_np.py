"""Subjects as clean noun phrases (issue 15), session 10: a modal whose verb the phrase picker cut off is no
part of the phrase ("Ejendomsværdiskat og grundskyld kan på længere sigt", s9_07; "EU's landbrugsstøtte bør",
s9_05), the holder of a thing a demand gives names it by its genitive ("Vælgerne skal have mulighed for ...",
s09; "Danmarks Naturfredningsforening skal have ... status", s9_05), what a scheme is extended to names it
(s9_01), and a "hvor" relative on an indefinite
demanded noun says what it holds (s7_03, the f05 gold's "2025-plan (skattelettelser ...)"). Sentences from those
programmes and realistic Danish written for this test; the phrases that must stay as they are beside them."""
from __future__ import annotations

import pytest

from extract.document import Document
from nlp.lineage import lineage_events
from nlp.lineage.commitment import commitment_phrase
from nlp.lineage.holder import genitive, with_holder
from nlp.lineage.where_relative import with_where_in

# A party programme's title makes the party the voice of its demands (`programme_voice`).
_PROGRAMME = "Principprogram for Radikale Venstre\n\n"


def _subjects(sentence: str) -> list[tuple[str, str]]:
    text = _PROGRAMME + sentence
    doc = Document.from_text(text)
    return [(e.event, e.subject) for e in lineage_events(doc)]


@pytest.mark.parametrize(("sentence", "subject"), [
    # s09 (Radikale Venstre): the holder's genitive (gold "vælgernes initiativret til folkeafstemninger")
    ("Vælgerne skal have mulighed for at tage initiativ til folkeafstemninger.",
     "Vælgernes mulighed for at tage initiativ til folkeafstemninger"),
    # s9_07 (Alternativet): the modal and its adverbial without their verb are no part of the subject
    ("Ejendomsværdiskat og grundskyld kan på længere sigt erstattes af en enkelt ejendomsskat, der fordeles mellem "
     "stat og kommune.", "Ejendomsværdiskat og grundskyld"),
    # s7_03 (Konservative): what the demanded scheme holds, told by its "hvor" relative
    ("Vi konservative er tilhængere af en flad skat, hvor alle danskere betaler samme skatteprocent til staten.",
     "flad skat, hvor alle danskere betaler samme skatteprocent til staten"),
    ("Vi vil arbejde for en gymnasiereform, hvor det faglige niveau styrkes.",
     "gymnasiereform, hvor det faglige niveau styrkes"),
    # s9_01 (Venstre): extended "fra X til Y", Y names it (as "omdannes til persontilskud", s9_01; "fremrykket fra 52
    # uger til 22 uger", p18); a "fra" without "til" is a time and stays out
    ("Det frie valg for borgeren skal udstrækkes fra at gælde frit valg mellem offentlige institutioner til også at "
     "gælde frit valg mellem offentlige og private leverandører.",
     "frie valg for borgeren til også at gælde frit valg mellem offentlige og private leverandører"),
    ("Institutionstilskud skal omdannes til persontilskud.", "Institutionstilskud til persontilskud"),
    ("Fritvalgsordningen skal udvides fra 2025.", "Fritvalgsordningen"),
])
def test_a_demand_subject_is_a_clean_noun_phrase(sentence: str, subject: str) -> None:
    assert _subjects(sentence) == [("planned", subject)]


@pytest.mark.parametrize(("phrase", "expected"), [
    ("Ejendomsværdiskat og grundskyld kan på længere sigt", "Ejendomsværdiskat og grundskyld"),
    ("EU’s landbrugsstøtte bør", "EU’s landbrugsstøtte"),
    ("Pendlerfradraget skal derfor", "Pendlerfradraget"),
    ("Ordningen kan på sigt", "Ordningen"),
    # the modal's verb is there: a duty whose wording is the commitment (f05, p02 golds), kept as written
    ("boligstøtten ikke må kompensere for visse nedsættelser", "boligstøtten ikke må kompensere for visse nedsættelser"),
    ("udskænkningssteder skal underskrive en procedure", "udskænkningssteder skal underskrive en procedure"),
    ("Ordningen skal i fremtiden omfatte alle", "Ordningen skal i fremtiden omfatte alle"),
    ("takstnedsættelse skulle ske i dialog med det enkelte tilbud",
     "takstnedsættelse skulle ske i dialog med det enkelte tilbud"),
])
def test_a_modal_without_its_verb_is_cut_off(phrase: str, expected: str) -> None:
    assert commitment_phrase(phrase) == expected


@pytest.mark.parametrize(("subject", "evidence", "expected"), [
    ("præcis samme status som andre i forbindelse med klagesager",
     "• Danmarks Naturfredningsforening skal have præcis samme status som andre i forbindelse med klagesager.",
     "Danmarks Naturfredningsforenings præcis samme status som andre i forbindelse med klagesager"),
    ("ret til at overføre et uudnyttet topskattefradrag til hinanden",
     "Ægtefæller skal have ret til at overføre et uudnyttet topskattefradrag til hinanden, og forældre skal kunne "
     "gøre brug af deres børns uudnyttede bundfradrag.",
     "Ægtefællers ret til at overføre et uudnyttet topskattefradrag til hinanden"),
    ("adgang til gratis tandpleje", "Pensionisterne skal også have adgang til gratis tandpleje.",
     "Pensionisternes adgang til gratis tandpleje"),
    # no holder: a pronoun, "den enkelte", a verb between the modal and "have", or a subject not given
    ("mulighed for at købe sig til supplerende service",
     "Den enkelte skal have mulighed for at købe sig til supplerende service.",
     "mulighed for at købe sig til supplerende service"),
    ("ret til orlov", "Vi skal have ret til orlov.", "ret til orlov"),
    ("ret til orlov", "Forældre skal blive ved med at have ret til orlov.", "ret til orlov"),
    ("Pengestrømmene", "Pengestrømmene skal begrænses ved lovgivning.", "Pengestrømmene"),
])
def test_the_holder_of_a_thing_given_names_it_by_its_genitive(subject: str, evidence: str, expected: str) -> None:
    assert with_holder(subject, evidence) == expected


def test_genitive() -> None:
    assert [genitive(w) for w in ("Vælgerne", "Danmarks Naturfredningsforening", "Aarhus")] == [
        "Vælgernes", "Danmarks Naturfredningsforenings", "Aarhus'"]


@pytest.mark.parametrize(("subject", "evidence", "expected"), [
    ("2025-plan", "Liberal Alliance vil gennemføre en 2025-plan, hvor skatten sænkes for borgere og virksomheder.",
     "2025-plan, hvor skatten sænkes for borgere og virksomheder"),
    # a definite noun is named already: the relative is background (f06 gold: "kommunalreformen")
    ("kommunalreformen", "Med kommunalreformen, hvor amterne blev afskaffet, fik kommunerne flere opgaver.",
     "kommunalreformen"),
    # the relative hangs on a later noun, or says one word only
    ("flad skat", "Vi vil have en flad skat og et system, hvor alle betaler.", "flad skat"),
    ("flad skat", "Vi vil have en flad skat, hvor muligt.", "flad skat"),
])
def test_a_where_relative_on_an_indefinite_demand(subject: str, evidence: str, expected: str) -> None:
    assert with_where_in(subject, evidence) == expected
