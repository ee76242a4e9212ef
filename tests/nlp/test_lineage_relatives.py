"""Object relatives: "X, som <agent> <verb>" - the commitment is the phrase the relative
hangs on and the agent is the relative's own subject (p02's "aftalen om en fælles
ghettostrategi, som regeringen indgik i efteråret 2010 med ..."; the other sentences are
realistic Danish written for this test, attesting the word order beyond one document)."""
from __future__ import annotations

import pytest

from extract.document import Document
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.year, e.subject, e.actor) for e in lineage_events(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    # p02 (dev policy): an agreement made with partners
    ("Lovforslaget udmønter dele af aftalen om en fælles ghettostrategi, som regeringen indgik i efteråret 2010 "
     "med Dansk Folkeparti og Kristendemokraterne.",
     ("introduced", 2010, "aftalen om en fælles ghettostrategi", "regeringen med Dansk Folkeparti og Kristendemokraterne")),
    ("Reglerne er en del af forliget om efterlønnen, som et bredt flertal indgik i 2011.",
     ("introduced", 2011, "forliget om efterlønnen", "et bredt flertal")),
    # any verb of the event lexicon in the same order
    ("Loven gennemfører en del af reformen af førtidspension og fleksjob, som Folketinget vedtog i december 2012.",
     ("introduced", 2012, "reformen af førtidspension og fleksjob", "Folketinget")),
    ("Kommunerne skal fortsat følge kontanthjælpsloftet, som regeringen indførte i 2016.",
     ("introduced", 2016, "kontanthjælpsloftet", "regeringen")),
    # the support verb of an evaluation (p30: "en ny midtvejsevaluering af frikommuneforsøget på
    # beskæftigelsesområdet, som KORA har foretaget"): what it looks at, and who made it
    ("Professoren står bag en ny midtvejsevaluering af frikommuneforsøget på beskæftigelsesområdet, som KORA har foretaget.",
     ("evaluated", None, "frikommuneforsøget på beskæftigelsesområdet", "KORA")),
    ("Rapporten bygger på en evaluering af kontanthjælpsreformen, som VIVE har gennemført for styrelsen.",
     ("evaluated", None, "kontanthjælpsreformen", "VIVE")),
    ("Tallene stammer fra en evaluering af jobafklaringsforløbene, som Styrelsen for Arbejdsmarked og Rekruttering "
     "udarbejdede i 2017.",
     ("evaluated", 2017, "jobafklaringsforløbene", "Styrelsen for Arbejdsmarked og Rekruttering")),
])
def test_object_relative_names_the_commitment_and_its_agent(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]


@pytest.mark.parametrize("text", [
    # "indgå i" is to be part of: no agreement is made
    "Det er data, som kommunerne indgår i.",
    "Tallene er dem, som regeringen indgår i drøftelser om.",
    # a support verb without an evaluation before it
    "Rapporten bygger på data, som VIVE har udarbejdet for styrelsen.",
])
def test_taking_part_is_no_agreement(text: str) -> None:
    assert _events(text) == []


def test_the_evaluation_is_one_already_told_and_keeps_its_agent() -> None:
    # p18's layout: evaluations published by an agency, headed paragraphs "Evalueringen ..." on each;
    # an evaluation of another year is another one and keeps no agent (written for this test)
    text = ("NYHED / 03-05-2019\n\nKontanthjælpsreformen evalueres løbende, og de seneste to evalueringer er netop "
            "offentliggjort af Styrelsen for Arbejdsmarked og Rekruttering (STAR). Det drejer sig om:\n\n"
            "Evaluering af uddannelsespålægget\nEvalueringen blev igangsat på baggrund af opstartsevalueringen af "
            "uddannelseshjælpen fra efteråret 2016, som viste, at der var udfordringer.\n\n"
            "Evaluering af rådighedskravet\nEvalueringen ser på konsekvenserne af det skærpede rådighedskrav og "
            "samspillet med a-kasserne.")
    star = "Styrelsen for Arbejdsmarked og Rekruttering (STAR)"
    assert [(e.event, e.year, e.subject, e.actor) for e in _evaluations(text)] == [
        ("evaluated", 2019, "Kontanthjælpsreformen", star),
        ("evaluated", 2016, "uddannelseshjælpen", None),
        ("evaluated", 2019, "skærpede rådighedskrav", star),
    ]


def _evaluations(text: str) -> list:
    doc = Document.from_text(text)
    return [e for e in lineage_events(doc) if e.event == "evaluated"]


@pytest.mark.parametrize(("text", "expected"), [
    # a "hvor" relative on an indefinite noun says what the new thing holds (f05 "en 2025-plan, hvor skatten
    # sænkes ..."; f10 "et antal fokusområder, hvor kommunerne ... skal fremvise resultater"; s7_03 "en flad skat,
    # hvor alle danskere betaler samme skatteprocent til staten"): their gold subjects keep its content
    ("Regeringen har lanceret en 2030-plan, hvor udledningen af drivhusgasser halveres.",
     [("introduced", None, "2030-plan, hvor udledningen af drivhusgasser halveres", "Regeringen")]),
    ("Kommunalbestyrelsen har indført en ny model, hvor borgerne selv booker deres samtaler.",
     [("introduced", None, "ny model, hvor borgerne selv booker deres samtaler", "Kommunalbestyrelsen")]),
])
def test_an_indefinite_noun_takes_its_where_relative(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a definite noun is named already: the relative is background (f06 gold "kommunalreformen")
    ("Byrådet vedtog i 2019 skolereformen, hvor alle skoler fik længere skoledage.",
     [("introduced", 2019, "skolereformen", "Byrådet")]),
    # a preposition's content clause is the rule's wording, not a relative ("regler om, hvor ofte ...", p30)
    ("Kommunerne er blevet fritaget fra en række regler om, hvor ofte de ledige skal til samtale.",
     [("dropped", None, "regler om hvor ofte de ledige skal til samtale", None)]),
])
def test_a_definite_noun_or_a_preposition_keeps_no_where_relative(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
