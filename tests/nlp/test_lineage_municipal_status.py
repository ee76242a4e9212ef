"""Status lines of municipal texts the probes of session 31 met (probes21: a kvalitetsstandard, a KKR recommendation, an
ældreråd's høringssvar), each from a rule of Danish or of the genre: a quality standard's section headed by its changes
("Ændringer pr. 1. marts 2025") goes on through its sentences to the next heading, so each sentence of it is a change
made, not a routine; the subject of an event verb without an object ("fortsætter uændret", "ophører", "udgår") is what
goes on or ends, never who acts; and "sidst" between the auxiliary and the participle ("blev sidst hævet", "er sidst
revideret") is an adverb, no subject. Texts in, exact events out, and texts that give nothing."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.nlp.notat_events import notat_events, notat_replacements

STANDARD = "Kvalitetsstandard for praktisk hjælp 2025\nGuldborgsund Kommune, 16. januar 2025\n\n"
ROUTINES = "Hvad kan du få hjælp til?\n- Rengøring af de rum, du bruger dagligt, hver anden uge\n\n"


@pytest.mark.parametrize("section, expected", [
    # a dated decision opens the section; the sentences after it are changes of the same section
    ("Ændringer pr. 1. marts 2025\nUdvalget besluttede den 4. december 2024 at ændre tøjvasken fra hver uge til hver "
     "anden uge.\nMadudbringningen via den lokale slagter ophører og erstattes af en ny madordning.\n"
     "Hjælpen til vinduespudsning afskaffes.\n",
     [("changed", "tøjvasken fra hver uge til hver anden uge", "Udvalget", 2024),
      ("replaced", "Madudbringningen", None, None), ("dropped", "Hjælpen til vinduespudsning", None, None)]),
    # the next heading ends the section: the routines below it state no event
    ("Ændringer pr. 1. marts 2025\nHjælpen til vinduespudsning afskaffes.\n\nSådan får du hjælp\n"
     "Du kontakter Visitationen på telefon.\nRengøringen tilpasses efter behov.\nTøjvask erstattes af en vaskeriordning.\n",
     [("dropped", "Hjælpen til vinduespudsning", None, None)]),
    # prose under a heading of routines stays a routine, however many sentences stand above it
    ("Sådan får du hjælp\nDu kontakter Visitationen på telefon.\nTøjvask erstattes af en vaskeriordning.\n", []),
])
def test_a_change_section_goes_on_to_the_next_heading(tmp_path: Path, section: str, expected: list) -> None:
    assert notat_events(tmp_path, STANDARD, ROUTINES + section) == expected


def test_what_replaces_in_a_change_section(tmp_path: Path) -> None:
    section = ("Ændringer pr. 1. marts 2025\nUdvalget besluttede den 4. december 2024 at ændre rengøringen.\n"
               "Indkøbsordningen ophører og erstattes af en digital indkøbsløsning.\n")
    assert notat_replacements(tmp_path, STANDARD, ROUTINES + section) == [("Indkøbsordningen", "digital indkøbsløsning")]


KKR = "Anbefaling om Rammeaftale 2025-2026\nKKR Sjælland, 13. juni 2024\n\n"


@pytest.mark.parametrize("body, expected", [
    # what goes on is the subject, not an actor of it
    ("Fokusområdet om borgere med komplekse behov fra den tidligere aftale fortsætter uændret.",
     [("confirmed", "Fokusområdet om borgere med komplekse behov fra den tidligere aftale", None, None)]),
    ("Samarbejdet med de frivillige foreninger om besøgsvenner fortsætter uændret.",
     [("confirmed", "Samarbejdet med de frivillige foreninger om besøgsvenner", None, None)]),
    # an agent that decides to go on with a thing still acts on its object
    ("Kommunalbestyrelsen fortsætter samarbejdet med regionen om akutpladser.", []),
])
def test_what_goes_on_is_no_actor(tmp_path: Path, body: str, expected: list) -> None:
    assert notat_events(tmp_path, KKR, body) == expected


LETTER = "Høringssvar om madservice\nÆldrerådet i Skanderborg Kommune, 3. oktober 2024\n\n"


@pytest.mark.parametrize("body, expected", [
    ("Taksten for madservice blev sidst hævet med 4 kr. pr. portion i 2023.",
     [("changed", "Taksten for madservice", None, 2023)]),
    ("Busnettet blev sidst ændret i 2017.", [("changed", "Busnettet", None, 2017)]),
])
def test_sidst_is_no_subject(tmp_path: Path, body: str, expected: list) -> None:
    assert notat_events(tmp_path, LETTER, body) == expected


@pytest.mark.parametrize("body, expected", [
    # the tasks of the ended body pass to another: that body takes its place
    ("Den tværkommunale koordinationsgruppe for autisme nedlægges, og dens opgaver overgår til det faglige netværk "
     "for børn og unge.", [("tværkommunale koordinationsgruppe for autisme", "faglige netværk for børn og unge")]),
    ("Samtidig nedlægges de fire regionale arbejdsmarkedsråd, og deres opgaver overgår til Styrelsen for Arbejdsmarked "
     "og Rekruttering.", [("fire regionale arbejdsmarkedsråd", "Styrelsen for Arbejdsmarked og Rekruttering")]),
    # tasks that pass without an ending are no replacement
    ("Opgaverne med visitation overgår til Sundhedsudvalget.", []),
])
def test_tasks_that_pass_to_another_body(tmp_path: Path, body: str, expected: list) -> None:
    assert notat_replacements(tmp_path, KKR, body) == expected
