"""What a party's programme says it keeps (nlp/lineage/kept_things.py), on short Danish sentences written for these
tests in the manner of the programme chapters of corpus/municipal (s11_05, s11_07, s11_08, s10_04): an existing
scheme, institution or practice the party supports or wants to go on is `confirmed` (the municipal README: "keep
this" wishes, "vil bevare", "skal fortsat", "stadig"; the gold_notes of s11_05, s11_07, s11_08), a new thing it
supports is demanded as before, and a value, a quality or a thing of every one gives nothing."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.pipeline import extract_path
from nlp.lineage.draft import Draft
from nlp.lineage.programme_voice import party_demands, read_with_party_voice


def _read(sentence: str, party: str = "Dansk Folkeparti") -> list[tuple[str, str, str | None]]:
    return [(d.kind, d.subject, d.actor) for d in party_demands(sentence, 0, len(sentence), party)]


@pytest.mark.parametrize(("sentence", "subject"), [
    # the free definite article names a thing already there (a lone noun before the relative clause gets its
    # definite form at the pipeline's end, `test_a_kept_thing_before_a_relative_is_named_by_its_definite_form`)
    ("Dansk Folkeparti støtter den boligaftale, som blev indgået i 2010.", "boligaftale"),
    ("Dansk Folkeparti er tilhænger af den øgede konkurrence på postområdet, men finder det forkert, at priserne "
     "stiger.", "øgede konkurrence på postområdet"),
    ("Derfor vil vi støtte den nuværende ordning med frit sygehusvalg.", "nuværende ordning med frit sygehusvalg"),
    # the kommunale selvstyre is there (s9_02 gold: "Vi ønsker fortsat at værne om det kommunale selvstyre" is
    # `confirmed`): supporting it keeps it too
    ("Dansk Folkeparti er tilhænger af det kommunale selvstyre.", "kommunale selvstyre"),
    # a bare noun whose complement names institutions (s11_07 gold: "dansk deltagelse i EU, FN, NATO og WTO")
    ("Dansk Folkeparti er tilhænger af dansk medlemskab af NATO, FN og Nordisk Råd.",
     "dansk medlemskab af NATO, FN og Nordisk Råd"),
])
def test_supporting_a_thing_already_there_keeps_it(sentence: str, subject: str) -> None:
    assert _read(sentence) == [("confirmed", subject, "Dansk Folkeparti")]


@pytest.mark.parametrize(("sentence", "events"), [
    # an indefinite scheme is a new one, demanded (s7_03 gold: "en flad skat" `planned`)
    ("Vi er tilhængere af en flad skat, hvor alle betaler det samme.", [("planned", "flad skat", "Dansk Folkeparti")]),
    # new things named by a bare plural are never kept (s11_08: "afprøvningspladser og vindmølleparker til havs" is
    # `planned`); no scheme's noun names them here, so nothing
    ("Derfor er vi tilhængere af testcentre og solcelleparker til havs.", []),
    # a thing of every one is a value, no instrument (s10_02: "SF støtter ethvert folkeslags ret ..." has no event)
    ("SF støtter ethvert menneskes ret til selv at vælge sin religion.", []),
    ("Vi støtter alle initiativer, der skaber vækst i landdistrikterne.", []),
    ("Vi støtter det.", []),
    # the act of a nominalisation stays an act demanded, even after the article
    ("Vi støtter den foreslåede afskaffelse af efterlønnen.", [("planned", "afskaffelse af efterlønnen",
                                                               "Dansk Folkeparti")]),
])
def test_supporting_a_new_thing_or_a_value_keeps_nothing(sentence: str, events: list[tuple]) -> None:
    assert _read(sentence) == events


@pytest.mark.parametrize(("sentence", "subject"), [
    # a verb of keeping in the party's present tense (s11_05 gold: "Derfor værner vi om nærhedsprincippet")
    ("Derfor værner vi om frihedsrettighederne og er kritiske over for mere overvågning.", "frihedsrettighederne"),
    ("Vi bevarer folkeskolen som den samlende skole.", "folkeskolen"),
    # "også i fremtiden" with a definite thing (s11_05 gold: "ser vi også i fremtiden NATO-samarbejdet som ...")
    ("I sundhedspolitikken ser vi også i fremtiden FN-samarbejdet som rammen om indsatsen.", "FN-samarbejdet"),
    # a definite subject, a modal and "stadig" (s11_05 gold: "Beredskabet og Hjemmeværnet ... skal stadig udgøre
    # ...": one event for the two bodies, up to the first preposition)
    ("Politiet og Beredskabet med deres mange ansatte skal stadig løse opgaverne lokalt.", "Politiet og Beredskabet"),
    ("Ungdomsskolerne skal også fremtidigt være gratis for alle unge.", "Ungdomsskolerne"),
    # "stadig" between the party's "vil" and its verb of keeping, as "fortsat"
    ("Vi vil stadig bevare efterlønnen.", "efterlønnen"),
    # a judgement that an act goes on (s11_08, s10_04 golds): the act as its infinitive phrase
    ("Det er vigtigt, at Danmark fortsætter med at bygge vindmøller og udvikle teknologien og derved skaber job.",
     "bygge vindmøller og udvikle teknologien"),
    ("Det er afgørende, at de små skoler fortsat kan tilbyde undervisning i alle fag.",
     "tilbyde undervisning i alle fag"),
])
def test_a_thing_that_goes_on_is_kept(sentence: str, subject: str) -> None:
    assert _read(sentence) == [("confirmed", subject, "Dansk Folkeparti")]


@pytest.mark.parametrize("sentence", [
    "Vi fastholder fokus på de ledige.",  # the event lexicon's other sense: a priority
    "I fremtiden ser vi gerne flere elbiler på vejene.",  # "i fremtiden" alone: a time to come
    "Vi ser i fremtiden samarbejdet som afgørende.",  # no "også": no continuation
    "Kvaliteten skal stadig forbedres i hele sygehusvæsenet.",  # a quality
    "Retssikkerheden skal fortsat styrkes.",  # a quality, and a change going on
    "Skolerne skal ikke fortsat lukkes.",  # negated
    "Der skal fortsat arbejdes for mere ligestilling.",  # an expletive subject: an aim
    "Borgerne skal fortsat kunne vælge deres egen læge.",  # people, not a thing kept
    "Danmark skal fortsat være en stærk allieret.",  # a country, not a thing kept
    "Det er vigtigt, at vi fastholder fokus på de ledige.",  # a judgement with no continuation
    "Det er vigtigt, at borgerne fortsat kan få hjælp.",  # an auxiliary: no act named
    "Det er afgørende, at der findes flere lærere.",  # nothing goes on
    "På europæisk plan skal EU fortsætte med at udvikle sin arbejdsmiljøpolitik.",  # s7_01 gold: no event
])
def test_no_thing_kept(sentence: str) -> None:
    assert _read(sentence) == []


CHAPTER = """Forsvar og beredskab

Dansk Folkeparti vil bevare et stærkt dansk forsvar. Derfor værner vi om værnepligten og er imod en ren \
professionel hær. I det internationale arbejde ser vi også i fremtiden NATO-samarbejdet som grundlaget for vores \
sikkerhed. Politiet og Beredskabet skal stadig løse opgaverne tæt på borgerne. Dansk Folkeparti er tilhænger af \
dansk deltagelse i FN og NATO. Vi er tilhængere af en ny hjemmeværnsordning for unge. Dansk Folkeparti støtter \
ethvert folks ret til selvforsvar.
"""


def test_a_chapter_of_kept_things(tmp_path: Path) -> None:
    """The whole extractor over a chapter in the party's voice: each kept thing once, `confirmed`, by the party; the
    new scheme it supports `planned`; the value nothing."""
    path = tmp_path / "programme.txt"
    path.write_text(CHAPTER, encoding="utf-8")
    flat = extract_path(path).flat
    assert flat.issuer == "Dansk Folkeparti"
    assert [(e.event, e.year, e.subject, e.actor) for e in flat.lineage_events] == [
        ("confirmed", None, "stærkt dansk forsvar", "Dansk Folkeparti"),
        ("confirmed", None, "værnepligten", "Dansk Folkeparti"),
        ("confirmed", None, "NATO-samarbejdet", "Dansk Folkeparti"),
        ("confirmed", None, "Politiet og Beredskabet", "Dansk Folkeparti"),
        ("confirmed", None, "dansk deltagelse i FN og NATO", "Dansk Folkeparti"),
        ("planned", None, "ny hjemmeværnsordning for unge", "Dansk Folkeparti"),
    ]


def test_a_dated_fact_beside_a_kept_thing_stays() -> None:
    """"Dansk Folkeparti støtter den Energispareaftale, som blev underskrevet i 2006" (s11_08 gold): the party keeps
    the agreement (`confirmed`, read here) and the relative clause dates its making (`introduced` 2006, another
    reader's): the kept thing wins over the other readers' plan of it, not over their dated fact. (Both subjects
    are the readers' noun phrase; the pipeline's end names both by the definite form, the test after this one.)"""
    sentence = "Dansk Folkeparti støtter den boligaftale, som blev indgået i 2010."
    made = Draft("introduced", 0, len(sentence), "boligaftale", 2010, None, None, None, False, year_stated=True)
    plan = Draft("planned", 0, len(sentence), "boligaftale", None, None, "Dansk Folkeparti", None, False)
    found = read_with_party_voice(sentence, 0, len(sentence), "Dansk Folkeparti", [plan, made])
    assert [(d.kind, d.subject, d.year) for d in found] == [("confirmed", "boligaftale", None),
                                                             ("introduced", "boligaftale", 2010)]


def test_a_kept_thing_before_a_relative_is_named_by_its_definite_form(tmp_path: Path) -> None:
    """"den Energispareaftale, som blev underskrevet i 2006" names the one agreement meant, as "Energispareaftalen"
    does (s11_08 gold, for the party's support of it as for the relative's dated fact): the whole extractor gives
    the kept thing that name (`commitment.restricted_definite`, at the end of the pipeline for every event)."""
    path = tmp_path / "programme.txt"
    path.write_text("Energi\n\nDansk Folkeparti vil bevare et stærkt dansk forsvar. Dansk Folkeparti støtter den "
                    "Energispareaftale, som blev underskrevet i 2006. Vi støtter den boligaftale, som blev vedtaget "
                    "i 2010.\n", encoding="utf-8")
    flat = extract_path(path).flat
    assert [(e.event, e.year, e.subject) for e in flat.lineage_events] == [
        ("confirmed", None, "stærkt dansk forsvar"),
        ("confirmed", None, "Energispareaftalen"), ("introduced", 2006, "Energispareaftalen"),
        ("confirmed", None, "boligaftalen"), ("introduced", 2010, "boligaftalen"),
    ]
