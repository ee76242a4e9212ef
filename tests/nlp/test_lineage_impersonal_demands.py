"""A party's demands whose main clause has an impersonal or generic subject, or that it states as its dated goal
(issue 15; nlp/lineage/modal_demands.py, stated_goals.py, programme_voice.py): "Det skal være muligt at <verb>
<thing>", "Man skal (selv) kunne <verb> <thing>", "Der skal være frit valg", "vil ... arbejde på at <verb> <thing>"
and "Det er <party>s mål at <verb> <thing> inden <year>" are `planned` by the party (the municipal README and the
programme golds' gold_notes: s11_01, s11_07); aims, principles, a pronoun or a clause as the thing, a goal without a
year and a negation give nothing. Short texts in the manner of the programme chapters of corpus/municipal."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.pipeline import extract_path
from nlp.lineage.programme_voice import party_demands

ELDERLY = """Ældrepolitik

Liberal Alliance vil afskaffe topskatten. Liberal Alliance mener:

• Det skal være muligt at drive plejehjem på markedsvilkår. Man skal selv kunne vælge sin senior-ønskebolig, og \
man skal kunne vælge den tidligere end i dag. Der skal være frit valg – pengene skal følge borgeren.

Det skal være muligt at leve et godt liv. Det er vigtigt, at vi passer på hinanden.
"""

NATURE = """Vild natur

Alternativet vil lovliggøre aktiv dødshjælp. Det er Alternativets mål og prioritet at stoppe tilbagegangen af \
biologisk mangfoldighed i Danmark inden 2020. Alternativet vil arbejde aktivt og målrettet på at værne om de få gode \
naturarealer, vi har tilbage. Derfor vil Alternativet arbejde på at fremme udeskole i naturen på alle klassetrin i \
folkeskolen. Det er Alternativets mål at skabe et bedre samfund for alle.
"""


def _extract(tmp_path: Path, text: str) -> list[tuple]:
    path = tmp_path / "programme.txt"
    path.write_text(text, encoding="utf-8")
    return [(e.event, e.year, e.subject, e.actor) for e in extract_path(path).flat.lineage_events]


@pytest.mark.parametrize(("text", "events"), [
    (ELDERLY, [
        ("planned", None, "afskaffelse af topskatten", "Liberal Alliance"),
        ("planned", None, "plejehjem på markedsvilkår", "Liberal Alliance"),
        ("planned", None, "senior-ønskebolig", "Liberal Alliance"),
        ("planned", None, "frit valg", "Liberal Alliance"),
        # "leve et godt liv" names a principle (principle_heads.csv), "Det er vigtigt, at vi passer på hinanden" no
        # instrument: nothing
    ]),
    (NATURE, [
        ("planned", None, "lovliggørelse af aktiv dødshjælp", "Alternativet"),
        ("planned", 2020, "stop af tilbagegangen af biologisk mangfoldighed i Danmark", "Alternativet"),
        # "arbejde aktivt og målrettet på at værne om ..." is a direction (s11_01 gold_notes), a goal without a year
        # an aim: nothing
        ("planned", None, "udeskole i naturen på alle klassetrin i folkeskolen", "Alternativet"),
    ]),
])
def test_impersonal_and_generic_demands_of_a_programme(tmp_path: Path, text: str, events: list[tuple]) -> None:
    assert _extract(tmp_path, text) == events


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Det skal være muligt at drive plejehjem på markedsvilkår.", "plejehjem på markedsvilkår"),
    ("Samtidig skal det være muligt at oprette friskoler i alle kommuner.", "friskoler i alle kommuner"),
    ("Man skal selv kunne vælge sin senior-ønskebolig.", "senior-ønskebolig"),
    ("Der skal være frit valg – pengene skal følge borgeren.", "frit valg"),
    ("Derfor skal der være et frit valg mellem forskellige folkeskoler.", "frit valg mellem forskellige folkeskoler"),
    ("Vi vil arbejde på at fremme udeskole i naturen.", "udeskole i naturen"),
])
def test_a_demand_with_an_impersonal_or_generic_subject(sentence: str, subject: str) -> None:
    assert [(d.kind, d.subject, d.actor) for d in party_demands(sentence, 0, len(sentence), "Liberal Alliance")] == [
        ("planned", subject, "Liberal Alliance")]


@pytest.mark.parametrize("sentence", [
    "Det er vigtigt, at vi passer på hinanden.",
    "Det skal være muligt at leve et godt liv.",  # a principle
    "Det skal være muligt at være sig selv.",  # the copula
    "Det skal ikke være muligt at drive plejehjem på markedsvilkår.",  # negated
    "Man skal kunne vælge den tidligere end i dag.",  # a pronoun
    "Man skal ikke nødvendigvis være skatteadvokat for at kunne forstå sin selvangivelse.",
    "Man skal selv kunne bestemme, hvilket sygehus man vil vælge.",  # an indirect question
    "Man skal selv kunne bestemme hvilket godkendt sygehus man vil vælge.",
    "Der skal være et valg.",  # "valg" alone names no scheme
    "Der skal være plads til alle.",
    "SF arbejder derfor på at bygge alliancer med ligesindede over hele verden.",  # work going on, no demand
    "Alternativet vil arbejde aktivt og målrettet på at værne om de få gode naturarealer.",
    "Det er Alternativets mål at skabe et bedre samfund.",  # a goal with no year: an aim
    "SF's mål er at gøre mennesker til deltagende og medbestemmende borgere frem for klienter eller kunder.",
    "Det er kommunens mål at stoppe tilbagegangen af biologisk mangfoldighed inden 2020.",  # not a party's
])
def test_aims_and_principles_give_nothing(sentence: str) -> None:
    assert party_demands(sentence, 0, len(sentence), "Liberal Alliance") == []


def test_a_dated_goal_keeps_its_year_and_names_the_party() -> None:
    sentence = "Det er Alternativets mål og prioritet at stoppe tilbagegangen af biologisk mangfoldighed inden 2020."
    [goal] = party_demands(sentence, 0, len(sentence), "Alternativet")
    assert (goal.kind, goal.year, goal.year_stated, goal.actor) == ("planned", 2020, True, "Alternativet")
    assert goal.subject.startswith("tilbagegangen af biologisk mangfoldighed")


def test_a_party_of_two_words_names_its_goal_too() -> None:
    """The slot for an adverb ("Det er også Alternativets mål") takes a lower-case word only: "Dansk Folkepartis mål"
    and "Liberal Alliances mål" are whole parties, not an adverb and a stranger."""
    sentence = "Det er Dansk Folkepartis mål at stoppe tilbagegangen af biologisk mangfoldighed inden 2030."
    assert [(d.kind, d.year, d.actor) for d in party_demands(sentence, 0, len(sentence), "Dansk Folkeparti")] == [
        ("planned", 2030, "Dansk Folkeparti")]
    also = "Det er også Alternativets mål at stoppe tilbagegangen af biologisk mangfoldighed inden 2020."
    assert [(d.year, d.actor) for d in party_demands(also, 0, len(also), "Alternativet")] == [(2020, "Alternativet")]
