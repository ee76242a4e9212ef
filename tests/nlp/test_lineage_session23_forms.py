"""Lineage on sentence forms of session 23's probes (a ministry notat, agency news, a kommune's referat and
budget texts the project never saw), each written from Danish grammar: a noun's content clause before the main
verb, the modals of intent with "at", a coordinated verb with its own auxiliary, a passive's patient that is
a body, "krav" as the object of an event word. Sentences in, exact events out, and sentences that give nothing."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.nlp.notat_events import notat_events

# (a dated ministry text with no genre word: news, whose perfect tense the conventions date by the writing date; a
# "Notat om ..." heading would make it a report, the municipal README's notat)
HEAD = "Ændringer i ordningerne\nTransportministeriet, 3. marts 2023\n\n"


def events(tmp_path: Path, body: str) -> list[tuple[str, str, str | None, int | None]]:
    return notat_events(tmp_path, HEAD, body)


@pytest.mark.parametrize("body, expected", [
    # a noun's content clause closes with a comma, and the main clause's verb follows (the subject is the noun with
    # its clause, as in the agreement items' "kravet om, at ...")
    ("Kravet om, at den sygemeldte skal møde personligt op, ophæves.",
     [("dropped", "Kravet om, at den sygemeldte skal møde personligt op", None, None)]),
    ("Reglen om, at ledige skal søge to job om ugen, blev indført ved lov i 2018.",
     [("introduced", "Reglen om, at ledige skal søge to job om ugen", None, 2018)]),
    ("Kravet om, at kommunen skal tilbyde en samtale, fastholdes.",
     [("confirmed", "Kravet om, at kommunen skal tilbyde en samtale", None, None)]),
    # ... and with a relative clause on the noun between it and the passive verb
    ('Projekt "Vejen til job" for unge uden uddannelse, som startede i 2022, forlænges til udgangen af 2025.',
     [("changed", 'Projekt "Vejen til job" for unge uden uddannelse', None, None)]),
    ("Ordningens krav om, at virksomheden skal være certificeret, bortfalder og erstattes af en ny ordning.",
     [("replaced", "Ordningens krav om, at virksomheden skal være certificeret", None, None)]),
    # a time adverbial in the central field between the modal and the infinitive (round 5's "vil i 2026 evaluere")
    ("Ministeriet vil i 2026 evaluere ordningen.", [("planned", "evaluering af ordningen", "Ministeriet", 2026)]),
    # V2 after a fronted adverbial: the agent follows the deciding verb (round 5's referat)
    ("På mødet i maj besluttede Kommunalbestyrelsen at indføre gratis svømning for børn.",
     [("introduced", "gratis svømning for børn", "Kommunalbestyrelsen", 2023)]),
    ("I 2019 besluttede byrådet at lukke skolen.", [("dropped", "skolen", "byrådet", 2019)]),
    # items numbered with a dot under an agreement's lead (round 5's budgetaftale)
    ("Parterne er enige om følgende:\n3. Klippekortordningen på plejecentrene afskaffes og erstattes af en pulje til "
     "aktiviteter.", [("replaced", "Klippekortordningen på plejecentrene", "Parterne", None)]),
    # a time between the deciding verb and its content clause: the content's verb states the event (round 5)
    ("Regeringen aftalte i juni 2022, at det udvidede frie sygehusvalg genindføres.",
     [("introduced", "udvidede frie sygehusvalg", "Regeringen", 2022)]),
    # the modals of intent take "at" before the infinitive: announced, as "vil"
    ("Ministeriet forventer at indføre en ny pulje i 2024.", [("planned", "ny pulje", "Ministeriet", 2024)]),
    ("Styrelsen planlægger at afskaffe kravet om personligt fremmøde.",
     [("planned", "afskaffelse af kravet om personligt fremmøde", "Styrelsen", None)]),
    # a second participle with its own auxiliary shares the subject; its time is its own ("nu" and the perfect: the
    # document's year)
    ("Puljen blev lanceret i 2019 og er nu afsluttet.",
     [("introduced", "Puljen", None, 2019), ("dropped", "Puljen", None, 2023)]),
    ("Kontanthjælpsloftet blev indført i 2016 og er siden blevet afskaffet.",
     [("introduced", "Kontanthjælpsloftet", None, 2016), ("dropped", "Kontanthjælpsloftet", None, 2023)]),
    # the body a passive acts on is not who acts
    ("Styrelsen for Dataforsyning nedlægges pr. 1. januar 2024.",
     [("planned", "nedlæggelse af styrelsen for Dataforsyning", None, 2024)]),
    # "krav" as the object of the decided infinitive is the commitment, not a demand
    ("Klima- og Miljøudvalget besluttede i november 2022 at indføre krav om klimaberegning ved nybyggeri.",
     [("introduced", "krav om klimaberegning ved nybyggeri", "Klima- og Miljøudvalget", 2022)]),
    # V2 with a fronted adverbial: the modal, the subject, the infinitive
    ("I 2024 vil administrationen udarbejde en ny handleplan for affald.",
     [("planned", "ny handleplan for affald", None, 2024)]),
    # a decided text opening the clause: a later date is when it takes effect, not a plan
    ("Med aftalen indføres et forbud mod knive i nattelivet fra 1. januar 2024.",
     [("introduced", "forbud mod knive i nattelivet", None, 2024)]),
    # ... but a bill's content is proposed: its later date is a plan's
    ("Med lovforslaget indføres et forbud mod knive i nattelivet fra 1. januar 2024.",
     [("planned", "forbud mod knive i nattelivet", None, 2024)]),
    # a present passive states what is made, with its number: no count of what exists
    ("Aftalen indeholder følgende initiativer:\n- Der oprettes 20 nye nærpolitienheder i landdistrikterne.",
     [("introduced", "20 nye nærpolitienheder i landdistrikterne", "aftalepartierne", None)]),
    # completing an evaluation is the evaluation, not an end (afslutte's other sense; "afsluttet" a support verb)
    ("Vejdirektoratet har i 2022 afsluttet en evaluering af 2+1-vejene.",
     [("evaluated", "2+1-vejene", "Vejdirektoratet", 2022)]),
    # "for perioden 2024-2027" after a noun is the span the thing covers, not when it was agreed (the present tense
    # takes the document's year, 2023)
    ("Partierne er enige om følgende medieaftale for perioden 2024-2027.",
     [("introduced", "følgende medieaftale for perioden 2024-2027", "Partierne", 2023)]),
    # a finding names no evaluated thing; the sentence goes on about the evaluation before, and the time of its
    # second clause is another thing's (the perfect takes the document's year)
    ('Rambøll har evalueret indsatsen "ABC for mental sundhed". Evalueringen viser positive resultater, og '
     'kommunen fortsætter derfor samarbejdet i 2024.',
     [("evaluated", 'indsatsen "ABC for mental sundhed"', None, 2023)]),
])
def test_forms_read(tmp_path: Path, body: str, expected: list[tuple[str, str, str | None, int | None]]) -> None:
    assert events(tmp_path, body) == expected


@pytest.mark.parametrize("body", [
    # a demand with its content clause stays a demand ("Det skal være et krav, at ...": s6_05's frame)
    "Det er et krav, at virksomhederne opretter flere praktikpladser.",
    # a content clause whose main clause has a subject of its own is no subject of the verb
    "Spørgsmålet om, at reglerne er uklare, har ministeren ikke taget stilling til.",
    # a count of what exists, in the perfect, stays a statistic
    "Der er oprettet 25.000 fleksjob siden reformen.",
    # a modal that opens the clause asks ("Vil ministeren ...?")
    "Vil ministeren oplyse, om kommunerne vil indføre en ny ordning?",
])
def test_forms_without_event(tmp_path: Path, body: str) -> None:
    assert events(tmp_path, body) == []


def test_an_active_verb_after_a_relative_acts_on_its_object(tmp_path: Path) -> None:
    """The subject-and-relative reading is for passive and intransitive verbs: an active verb's commitment is its
    object (p11's "Folkeskoleforligskredsen, som bestod af ..., blev ... enige om tre nationale mål")."""
    found = events(tmp_path, "Forligskredsen, som bestod af Venstre og SF, fastlagde i 2014 tre nationale mål for "
                             "folkeskolen.")
    assert [(kind, subject, year) for kind, subject, _, year in found] == [
        ("introduced", "tre nationale mål for folkeskolen", 2014)]


def test_a_relative_replacement_is_the_main_clauses_deciders(tmp_path: Path) -> None:
    """"Byrådet vedtog ... den nye politik, som afløser politikken fra 2017": the body that adopted the new one
    replaced the old one (round 5's handicappolitik; not the kommune its genitive names)."""
    found = events(tmp_path, "Byrådet vedtog den 26. februar 2023 Silkeborg Kommunes nye handicappolitik, som afløser "
                             "politikken fra 2017.")
    assert [(kind, actor, year) for kind, _, actor, year in found] == [
        ("introduced", "Byrådet", 2023), ("replaced", "Byrådet", 2023)]
