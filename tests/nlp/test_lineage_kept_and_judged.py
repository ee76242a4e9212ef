"""Keep-wishes, judgements, the party's duty modal and an agent's act in a list (session 21, session 20's blind set
joined): Danish grammar and the programme conventions, each form attested by two programme chapters of
corpus/municipal (s20_08, s19_06, s19_10, s20_10, s12_07, s20_05, s20_13, s10_la) or by the municipal README's
"keep this" convention, run through the whole pipeline as a short programme text, with sentences of the same forms
that must give nothing."""
from __future__ import annotations

from pathlib import Path

import pytest

from nlp.lineage.list_aims import states_an_aim
from nlp.lineage.programme_words import is_scheme
from tests.nlp.programme_events import programme_events as _events


@pytest.mark.parametrize(("sentence", "events"), [
    # a definite thing, a demand modal, the passive of a verb of keeping (s20_08 gold: `confirmed`)
    ("Hjemmeværnet skal bevares på et uændret niveau.", [("confirmed", "Hjemmeværnet", "Dansk Folkeparti")]),
    ("Beredskabet og Hjemmeværnet skal bevares.", [("confirmed", "Beredskabet og Hjemmeværnet", "Dansk Folkeparti")]),
    # an indefinite subject is things of a kind, no scheme kept (f06: not in its gold)
    ("Skoler og børneinstitutioner på øerne skal bevares.", []),
    # a quality is an aim, never kept
    ("Kvaliteten skal bevares.", []),
    # a negated keep is no event
    ("Hjemmeværnet skal ikke bevares.", []),
])
def test_a_definite_thing_kept_in_the_passive(tmp_path: Path, sentence: str,
                                                events: list[tuple[str, str, str | None]]) -> None:
    assert _events(tmp_path, sentence) == events


@pytest.mark.parametrize(("sentence", "events"), [
    # the party judges a scheme named definite: kept (s20_08, s19_06 golds: `confirmed`)
    ("Dansk Folkeparti anser værnepligten for at være et vigtigt led i et demokratisk forsvar.",
     [("confirmed", "værnepligten", "Dansk Folkeparti")]),
    ("Dansk Folkeparti betragter terrorlovgivningen som en god start.",
     [("confirmed", "terrorlovgivningen", "Dansk Folkeparti")]),
    # a pronoun, a thing of no scheme, an indefinite thing: an opinion, no event (s12_03)
    ("Dansk Folkeparti anser det som selvfølgeligt, at et retssamfund straffer.", []),
    ("Dansk Folkeparti betragter sproget som en del af kulturen.", []),
    ("Dansk Folkeparti betragter en værnepligt som en god idé.", []),
    # the passive of a verb of judging is no judgement of the party ("skal betragtes som varer", s7_06)
    ("Al energi skal betragtes som varer på et marked.", []),
])
def test_the_party_judges_a_scheme(tmp_path: Path, sentence: str, events: list[tuple[str, str, str | None]]) -> None:
    assert _events(tmp_path, sentence) == events


@pytest.mark.parametrize(("sentence", "events"), [
    # the party's duty modal as its "vil", an act on an instrument (s20_10, s12_07 golds: `planned`)
    ("Vi skal sikre bilaterale hjemsendelsesaftaler med de lande, som Danmark modtager asylansøgere fra.",
     [("planned", "bilaterale hjemsendelsesaftaler med de lande", "Liberal Alliance")]),
    ("Vi bør lave en helt ny straffelov, der forholder sig til nutidige forbrydelser.",
     [("planned", "helt ny straffelov", "Liberal Alliance")]),
    # an act on no instrument is an aim (s6_08, s19_10: in no gold)
    ("Vi skal udnytte ressourcerne bedre.", []),
    ("Vi skal styrke vidensniveauet og den politiske debat om EU.", []),
])
def test_the_partys_duty_modal_acts_on_an_instrument(tmp_path: Path, sentence: str,
                                                     events: list[tuple[str, str, str | None]]) -> None:
    assert _events(tmp_path, sentence, party="Liberal Alliance") == events


@pytest.mark.parametrize(("sentence", "subject"), [
    # a verb the event lexicon lacks, named by its action noun (planned_actions.csv; s12_07, s20_05 golds)
    ("Derfor ønsker Alternativet at legalisere brug af medicinsk cannabis.",
     "legalisering af brug af medicinsk cannabis"),
    ("Cannabis skal legaliseres.", "legalisering af cannabis"),
    ("Alternativet vil afkriminalisere besiddelse af hash til eget brug.",
     "afkriminalisering af besiddelse af hash til eget brug"),  # s12_07 gold's "afkriminalisering af besiddelse ..."
])
def test_making_a_thing_legal(tmp_path: Path, sentence: str, subject: str) -> None:
    assert [(kind, found) for kind, found, _ in _events(tmp_path, sentence, party="Alternativet")] == [
        ("planned", subject)]


def test_a_list_items_agent_acting_on_no_scheme_is_no_event(tmp_path: Path) -> None:
    body = ("Liberal Alliance mener:\n\n"
            "• Kommuner bør investere i den tidlige indsats for udsatte børn.\n"  # s20_13: not in its gold
            "• Danmark skal påtage sig sin del af forpligtelsen.\n"  # s20_10: not in its gold
            "• Udlændinge skal altid være velkomne i Danmark, hvis de kan klare sig selv.\n"  # s20_10: an aim
            "• Den gensidige forsørgerpligt skal gælde for alle, der lever i ægteskab.\n"  # s10 gold: the scheme's scope
            "• Kommunerne skal tilbyde gratis svømmeundervisning til alle børn.\n")  # what the agent acts on
    assert [(kind, subject) for kind, subject, _ in _events(tmp_path, body, party="Liberal Alliance")] == [
        ("planned", "gensidige forsørgerpligt"), ("planned", "gratis svømmeundervisning til alle børn")]


@pytest.mark.parametrize(("item", "aim"), [
    ("Vi skal sikre bilaterale hjemsendelsesaftaler med de lande.", False),  # a scheme made: s20_10 gold
    ("Skolen skal sikre, at børn og unge får et grundigt kendskab til demokratiet.", True),  # a that-clause
    ("Uddannelsessystemet skal give børn og unge muligheder.", True),  # no scheme given
    ("Udlændinge skal altid være velkomne i Danmark.", True),  # "altid" a sentence adverb before the state verb
])
def test_a_state_verb_that_makes_a_scheme_states_no_aim(item: str, aim: bool) -> None:
    assert states_an_aim(item) is aim


@pytest.mark.parametrize(("word", "lemma", "scheme"), [
    ("værnepligten", "værnepligt", True),  # scheme_heads.csv "pligt": s20_08, s20_11, s10_la, s20_04
    ("hjemsendelsesaftaler", "hjemsendelsesaftale", True),  # "aftale": s20_10, s19_05
    ("forpligtet", "forpligte", False),  # a prefix and the head is a derived verb, no duty (s7_02)
    ("forsikring", "forsikring", True),  # a head of its own stays one
])
def test_a_prefix_makes_no_compound(word: str, lemma: str, scheme: bool) -> None:
    assert is_scheme((word, lemma)) is scheme


@pytest.mark.parametrize(("sentence", "events"), [
    # "sammen med <noun phrase>" between the modal and the infinitive (s20_05 gold: `planned`; s20_03's "ønsker
    # sammen med arbejdsmarkedets parter at undersøge ..." the same place)
    ("Kulturministeriet skal sammen med Sundhedsministeriet gennemføre et pilotprojekt i tre udvalgte kommuner.",
     [("planned", "pilotprojekt i tre udvalgte kommuner")]),
    ("Kulturministeriet skal gennemføre et pilotprojekt i tre udvalgte kommuner.",
     [("planned", "pilotprojekt i tre udvalgte kommuner")]),
    # "sammen med" inside a subject or after the verb is no adverbial skipped: nothing demanded here
    ("Børn skal lege sammen med andre børn.", []),
])
def test_a_comitative_adverbial_before_the_infinitive(tmp_path: Path, sentence: str,
                                                      events: list[tuple[str, str]]) -> None:
    assert [(kind, subject) for kind, subject, _ in _events(tmp_path, sentence, party="Alternativet")] == events


@pytest.mark.parametrize(("sentence", "events"), [
    # the means after "ved" of an aim stated in the passive: the means is the event (s7_07, s20_01 golds)
    ("Pengestrømmene skal begrænses ved lovgivning og altid indregistreres offentligt.", [("planned", "lovgivning")]),
    ("Dette skal mindskes markant ved omlægning af drivmidlet.", [("planned", "omlægning af drivmidlet")]),
    # "ved at" and an act on an instrument (s9_05 gold: the tax)
    ("Danske forbrugeres frihed skal respekteres ved at afvikle afgifter som f.eks. sukkerafgiften.",
     [("planned", "afgifter")]),
    # a means that names no instrument, an act the tables name, "gennem": nothing of this reader (s10_05, s11_10,
    # s20_13: in no gold)
    ("Ghettodannelse skal bekæmpes ved at undgå en stærk koncentration af udlændinge.", []),
    ("Denne bestyrelse skal godkendes ved simpelt flertal.", []),
    ("Indsigten skal styrkes gennem internationale organisationer.", []),
])
def test_the_means_of_an_aim(tmp_path: Path, sentence: str, events: list[tuple[str, str]]) -> None:
    assert [(kind, subject) for kind, subject, _ in _events(tmp_path, sentence, party="Alternativet")] == events

