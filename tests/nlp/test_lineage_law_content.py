"""A law as the subject of a demand modal and an active verb (nlp/lineage/law_content.py): what the party demands the
law do is its demand, one event per coordinated infinitive (s7_05 gold: "adskillelse af stat og kirke",
"afskaffelse af kongehuset"); a safeguard, an aim, a pronoun's antecedent, a negation and a condition give nothing.
Real Danish sentences from the party programmes of corpus/municipal and corpus/pdf_more."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.pipeline import extract_path
from nlp.lineage.programme_voice import party_demands

# The pattern in two more programmes, as printed (the sample that nlp/data/lineage_words.csv's law_noun rows cite):
# Radikale Venstre's (corpus/pdf_more/Kristianuruplarsen__Partiprogrammer__radikale.pdf) and Dansk Folkeparti's
# (…__dansk_folkeparti.pdf), whose "lovgivningen bør indeholde klar hjemmel for fængselsstraf" demands the legal basis.
PROGRAMMES = ("En ny grundlov skal indføre menneskerettighederne som grundlaget for det danske folkestyre og sikre de "
              "personlige rettigheder i forhold til den teknologiske udvikling. Lovgivningen bør indeholde klar hjemmel "
              "for fængselsstraf.")

# s7_05 (Enhedslisten's programme): its first lines, after a demand that names the party.
CONSTITUTION = """Grundlov

Enhedslisten arbejder for dansk udmeldelse af NATO. Et vigtigt element i et socialistisk demokrati er en ny grundlov. Den \
nye socialistiske grundlov skal adskille stat og kirke, afskaffe kongehuset og erstatte det med en \
demokratisk-republikansk styreform, samt give en utvetydig sikring af basale individuelle rettigheder, herunder \
organisations-, ytrings- og forsamlingsfrihed, retten til sundhed, bolig, uddannelse og arbejde.
"""


def test_a_constitutions_acts_are_the_partys_plans(tmp_path: Path) -> None:
    path = tmp_path / "programme.txt"
    path.write_text(CONSTITUTION, encoding="utf-8")
    events = [(e.event, e.subject, e.actor) for e in extract_path(path).flat.lineage_events]
    # the acts of the second sentence each name their own action, not the one after the next comma
    assert events == [
        ("planned", "udmeldelse af NATO", "Enhedslisten"),
        ("planned", "adskillelse af stat og kirke", "Enhedslisten"),
        ("planned", "afskaffelse af kongehuset", "Enhedslisten"),
    ]


@pytest.mark.parametrize(("sentence", "subjects"), [
    ("Den nye grundlov skal adskille stat og kirke, afskaffe kongehuset og erstatte det med en republik.",
     ["stat og kirke", "kongehuset"]),
    ("Lovgivningen bør indeholde klar hjemmel for fængselsstraf.", ["klar hjemmel for fængselsstraf"]),
])
def test_a_law_shall_act_on_a_thing(sentence: str, subjects: list[str]) -> None:
    assert [(d.kind, d.subject) for d in party_demands(sentence, 0, len(sentence), "Partiet")] == [
        ("planned", s) for s in subjects]


@pytest.mark.parametrize("sentence", [
    # a safeguard or an aim the law secures (s7_05 gold_notes: "a general safeguard, not a scheme")
    "Den nye grundlov skal give en utvetydig sikring af basale individuelle rettigheder.",
    "En ny grundlov skal endvidere sikre almenvellets interesser.",
    "Loven skal sikre borgere mod overgreb fra stat, mennesker, virksomheder og organisationer.",  # Liberal Alliance's
    "Grundloven skal beskytte borgerne.",  # a group of people
    "Lovgivningen skal være klar og gennemskuelig.",  # the copula: a quality (Radikale's programme)
    "Lovgivningen skal ikke stå i vejen for nye teknologier.",  # negated (Liberal Alliance's)
    "Grundloven skal ikke afskaffe kongehuset.",  # negated
    "Hvis grundloven skal afskaffe kongehuset, kræver det en folkeafstemning.",  # a condition
    "Et vigtigt element i et socialistisk demokrati er en ny grundlov.",  # no modal
    "Kommunen skal afskaffe gebyret.",  # no law: a body's duty, not the law's content
])
def test_a_law_securing_an_aim_gives_nothing(sentence: str) -> None:
    assert party_demands(sentence, 0, len(sentence), "Partiet") == []
