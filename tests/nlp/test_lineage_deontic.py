"""A party programme's main clause with "skal"/"bør" states a demand whoever its subject (issue 15;
nlp/lineage/deontic_clauses.py): `planned` by the party, its subject what the demand acts on. Aims and principles
(a verb of a wished state, a reflexive attitude, a pronoun pointing back) and modals in a subordinate clause give
nothing. Sentences of the programme chapters in corpus/municipal (s12_01, s12_07, s9_07, s12_06, s7_01, s9_05,
s12_09, s11_07)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.pipeline import extract_path
from nlp.lineage.deontic_clauses import demand_bullet, deontic_demand


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Vi bør lave en helt ny straffelov, der forholder sig til nutidige forbrydelser og retsopfattelser.",
     "helt ny straffelov"),
    ("Derfor skal staten tage kontrollen med pengeskabelsen tilbage fra de private banker.",
     "kontrollen med pengeskabelsen"),
    ("Ophævelsen af skattestoppet skal ske som et led i en omfattende reformering af skatten på fast ejendom.",
     "Ophævelsen af skattestoppet"),
    ("• Ydelser og behov skal i højere grad afgøres med udgangspunkt i den faktiske sundhedstilstand.",
     "Ydelser og behov"),
])
def test_a_modal_main_clause_is_a_demand(sentence: str, subject: str) -> None:
    drafts = deontic_demand(sentence, 0, len(sentence), "Liberal Alliance")
    assert [(d.kind, d.subject, d.actor, d.year) for d in drafts] == [("planned", subject, "Liberal Alliance", None)]


@pytest.mark.parametrize("sentence", [
    "Skolen skal sikre, at børn og unge får et grundigt kendskab til Danmarks historie.",  # a wished state
    "Uddannelsessystemet skal fremme selvstændighedskulturen.",
    "Den sociale indsats skal respektere den personlige værdighed.",  # a principle to respect (s09, s9_05)
    "Forbrugernes frihed til at vælge selv skal respekteres.",
    "Infrastrukturen skal som udgangspunkt være velholdt, forgrenet og sikker.",
    "Det skal kunne betale sig at arbejde, at uddanne sig og at deltage i aktive tilbud.",  # pointing back
    "Det skal primært ske ved at sænke skatter og afgifter.",
    "Danmark bør koncentrere sig om rationelle energibesparelser og klimatilpasninger.",  # reflexive: an attitude
    "Vi mener, at staten skal tage kontrollen tilbage.",  # the modal in a subordinate clause
    "Hvis ordningen forlænges, skal den evalueres.",
    "Pensionsalderen skal ikke hæves yderligere.",  # negated: leave it as it is, no plan to change it
    "Vi skal undersøge, hvordan man kan etablere en sådan mærkeordning på bedst mulig måde.",  # an indirect question
    "Vi skal arbejde videre med at sikre ligeværd på tværs af identiteter.",  # a light verb (programme_verbs.csv)
    "Vi vil have et stærkt samfund.",  # no demand modal
])
def test_aims_attitudes_and_subordinate_modals_give_nothing(sentence: str) -> None:
    assert deontic_demand(sentence, 0, len(sentence), "Venstre") == []


PROGRAMME = """Liberal Alliances retspolitik

Liberal Alliance vil afskaffe topskatten. Vi bør lave en helt ny straffelov, der forholder sig til nutidige \
forbrydelser og retsopfattelser. Stat, region og kommune skal kunne ekspropriere til private formål. Skolen \
skal sikre, at børn og unge får et grundigt kendskab til Danmarks historie.
"""

NOTE = """Notat om rengøring

Kommunen har udarbejdet en ny kvalitetsstandard. Rengøringen skal udføres hver anden uge af kommunens \
medarbejdere. Borgeren skal selv betale for vinduespudsning.
"""


def _events(tmp_path: Path, text: str) -> list[tuple]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return [(e.event, e.subject, e.actor) for e in extract_path(path).flat.lineage_events]


def test_the_party_speaks_its_demands_in_its_programme(tmp_path: Path) -> None:
    assert _events(tmp_path, PROGRAMME) == [
        ("planned", "afskaffelse af topskatten", "Liberal Alliance"),
        ("planned", "helt ny straffelov", "Liberal Alliance"),
    ]


def test_a_rule_in_a_municipal_text_is_no_party_demand(tmp_path: Path) -> None:
    assert not any(subject in ("Rengøringen", "vinduespudsning") for _, subject, _ in _events(tmp_path, NOTE))


@pytest.mark.parametrize(("bullet", "subject"), [
    ("•\tBesiddelse og ejerskab af peberspray legaliseres.", "Besiddelse og ejerskab af peberspray"),  # s12_07
    ("•\tErstatningsansvarsloven revideres, så erstatningssummer bliver højere", "Erstatningsansvarsloven"),
])
def test_a_bullet_in_the_present_passive_is_a_demand(bullet: str, subject: str) -> None:
    drafts = demand_bullet(bullet, 0, len(bullet), "Liberal Alliance")
    assert [(d.kind, d.subject, d.actor) for d in drafts] == [("planned", subject, "Liberal Alliance")]


@pytest.mark.parametrize("bullet", [
    "• En kommunes borgere betaler for meget.",  # a genitive, no passive; a present tense, no demand
    "• Gentagelseskriminalitet er ikke en formildende omstændighed.",  # a judgement
    "• Modernisering af rufferiparagraffen.",  # a bare noun: the nominal readers' (programme_voice.nominal_item)
    "• Topskatten afskaffes ikke.",  # negated
    "• Vi bør lave en helt ny straffelov.",  # a modal bullet: the list reader's own (demands._modal_demands)
])
def test_bullets_that_demand_nothing_of_a_thing(bullet: str) -> None:
    assert demand_bullet(bullet, 0, len(bullet), "Liberal Alliance") == []


@pytest.mark.parametrize(("sentence", "subject"), [
    # an adverbial of several words between the finite verb and the infinitive (lineage_words.csv adverbial_phrase)
    ("Dansk Folkeparti ønsker for det første at ændre lejeloven, så den bliver let læselig.", "lejeloven"),
    ("Alternativet vil på kort sigt indføre skat på finansielle transaktioner.", "skat på finansielle transaktioner"),
])
def test_an_adverbial_of_several_words_stands_where_an_adverb_does(tmp_path: Path, sentence: str,
                                                                     subject: str) -> None:
    events = _events(tmp_path, "Partiets politik\n\n" + sentence + "\n")
    assert [s for _, s, _ in events if subject in s], events


def test_the_s_passive_asks_for_its_s() -> None:
    """"betaler" (present tense of betale) is one letter from its lemma, like "nedlægges" of nedlægge: only the
    latter is an s-passive (word_classes.s_passive, which every programme reader shares)."""
    from nlp.lineage.word_classes import s_passive

    assert s_passive("nedlægges", "nedlægge") and s_passive("Legaliseres", "legalisere")
    assert not s_passive("betaler", "betale") and not s_passive("indføre", "indføre")


def test_a_modal_demand_to_go_on_keeps_what_is() -> None:
    """The municipal README's convention: "keep this" wishes ("skal fortsat", "stadig") are `confirmed`."""
    sentence = "Derfor skal vi fortsat opkræve en afgift på tobak og alkohol."
    assert [(d.kind, d.subject) for d in deontic_demand(sentence, 0, len(sentence), "Det Konservative Folkeparti")] \
        == [("confirmed", "afgift på tobak og alkohol")]


@pytest.mark.parametrize("sentence", [
    # the programme convention: "general values, aspirations and directions without a named instrument are not
    # events" (corpus/municipal gold_notes); a modal clause with no scheme or act of the lexicon named in it
    "Retssikkerheden skal styrkes.",  # f05
    "EU skal føre en effektiv miljøpolitik, der tager hånd om grænseoverskridende miljøproblemer.",  # s11_06
    "Samarbejdet i EU skal ske i respekt for vores lands suverænitet.",  # s11_04
    "A-kasserne skal også træde i karakter og bevise, at de kan hjælpe deres medlemmer.",  # s6_09
    "Gennem en aktiv udviklingspolitik skal vi fortsat gøre en stor indsats for at hjælpe verdens udsatte.",  # s11_05
    "Stat, region og kommune skal kunne ekspropriere til private formål.",  # an act named by its verb alone
])
def test_a_modal_clause_that_names_no_instrument_gives_nothing(sentence: str) -> None:
    assert deontic_demand(sentence, 0, len(sentence), "Liberal Alliance") == []


def test_a_short_verb_s_passive_only_where_a_reader_asks_for_it() -> None:
    """"øges" (øge) is as short as the genitive "uges" (en uges ferie): the programme readers leave a three-letter
    infinitive out; `short` takes it, for the readers that always did (anaphora, planned_action)."""
    from nlp.lineage.word_classes import s_passive

    assert not s_passive("øges", "øge") and s_passive("øges", "øge", short=True)
    assert s_passive("ses", "se", short=True) and not s_passive("betaler", "betale", short=True)
