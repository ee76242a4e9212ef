"""A planned action told by a verb is named by its noun (nlp/lineage/planned_action.py, issue 15): the gold
subjects of party demands and plans write "afskaffelse af grundskylden" for "Grundskylden skal afskaffes"
(corpus/municipal f05, f06, s6_08, s7_03, s7_05, s7_06, s7_07, s10; seeds 002, 004). Sentences written for the
test in the phrasing of those documents (other schemes), and sentences that must stay as they are."""
from __future__ import annotations

import pytest

from danish._data import table_rows
from extract.document import Document
from nlp.lineage import lexicon, lineage_events
from nlp.lineage.planned_action import action_nouns, nominal_verb_phrase, planned_action
from tests.attestation import attesting_text


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.year, e.subject, e.actor) for e in lineage_events(doc)]


@pytest.mark.parametrize(("subject", "evidence", "expected"), [
    # a passive after the scheme, with a modal and an adverb between
    ("Ejendomsværdiskatten", "Ejendomsværdiskatten skal derfor afskaffes.", "afskaffelse af ejendomsværdiskatten"),
    ("Arbejdsmarkedsbidraget", "Arbejdsmarkedsbidraget afskaffes og bundfradraget hæves.",
     "afskaffelse af arbejdsmarkedsbidraget"),
    # each scheme of a list the verb closes, and of a list an infinitive opens
    ("medieafgiften", "Bilafgiften, medieafgiften og tonnageskatten skal afskaffes.", "afskaffelse af medieafgiften"),
    ("tonnageskatten", "Partiet vil afskaffe bilafgiften, medieafgiften og tonnageskatten.",
     "afskaffelse af tonnageskatten"),
    # coordinated infinitives are one action of two nouns
    ("olie fra Vadehavet", "Danmark skal afstå fra at efterforske og udvinde olie fra Vadehavet.",
     "efterforskning og udvinding af olie fra Vadehavet"),
    # a name keeps its capital, the capital of a sentence's first word goes
    ("Beskæftigelsesministeriet", "Beskæftigelsesministeriet skal nedlægges.", "nedlæggelse af Beskæftigelsesministeriet"),
    ("FerieKonto", "FerieKonto skal nedlægges.", "nedlæggelse af FerieKonto"),
    ("arbejdsmarkedsreformen", "Det er aftalt, at arbejdsmarkedsreformen skal evalueres inden for 3 år.",
     "evaluering af arbejdsmarkedsreformen"),
    # a recasting demanded (s11_02 gold: "omlægning af landbrugsstøtten i EU"), also when the table's verb is the
    # second of two coordinated passives ("Møntunionen må gentænkes og ændres", s11_02)
    ("Fiskeristøtten", "Fiskeristøtten bør omlægges, så den fremmer skånsomt fiskeri.", "omlægning af fiskeristøtten"),
    ("Stabilitetspagten", "Stabilitetspagten må gentænkes og omlægges, så den fremmer investeringer.",
     "omlægning af stabilitetspagten"),
])
def test_the_action_a_verb_plans_is_named_by_its_noun(subject: str, evidence: str, expected: str) -> None:
    assert planned_action(subject, evidence) == expected


@pytest.mark.parametrize(("subject", "evidence"), [
    # the verb of another main clause joined after a comma
    ("sygehusvæsenet", "Regionerne skal nedlægges, og sygehusvæsenet erstattes af selvejende institutioner."),
    # a verb the table lacks: what it plans is not an action on the scheme ("hæves til 68 år")
    ("Pensionsalderen", "Pensionsalderen skal hæves til 68 år."),
    # a relative clause's verb is its own subject's
    ("Ordningen", "Ordningen, som kommunen har indført, skal evalueres."),
    # already an action's noun phrase
    ("afskaffelse af topskatten", "Vi arbejder for afskaffelse af topskatten, som skal afskaffes."),
    # the scheme not in the evidence
    ("efterlønnen", "Den skal afskaffes."),
    # two coordinated passives the table lacks
    ("Stabilitetspagten", "Stabilitetspagten må gentænkes og styrkes."),
])
def test_no_verb_of_the_table_acting_on_the_scheme_leaves_it(subject: str, evidence: str) -> None:
    assert planned_action(subject, evidence) == subject


def test_a_partys_demands_name_the_planned_action() -> None:
    text = "Kristendemokraterne vil:\n\n• Medieafgiften, bilafgiften og tonnageskatten skal afskaffes.\n" \
        "• Ungdomsydelsen skal reguleres efter inflationen.\n\nPartiet har mange medlemmer."
    assert _events(text) == [
        ("planned", None, "afskaffelse af medieafgiften", "Kristendemokraterne"),
        ("planned", None, "afskaffelse af bilafgiften", "Kristendemokraterne"),
        ("planned", None, "afskaffelse af tonnageskatten", "Kristendemokraterne"),
        ("planned", None, "regulering af ungdomsydelsen", "Kristendemokraterne"),
    ]


@pytest.mark.parametrize(("text", "expected"), [
    # a done event's kind says what happened to the scheme: no action noun
    ("Ordningen med fritidspas blev afskaffet i 2019.", [("dropped", 2019, "Ordningen med fritidspas", None)]),
    # a plan to discuss names what is to be discussed, its forum the actor (seed 004's gold: "drøftelse af
    # evalueringen i forligskredsen bag reformen")
    ("Evalueringen vil blive drøftet i forligskredsen bag aftalen i 2026.",
     [("planned", 2026, "drøftelse af evalueringen", "forligskredsen bag aftalen")]),
])
def test_done_events_keep_their_subject_and_a_forum_is_the_actor(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("row", table_rows("nlp", "data", "planned_actions.csv"), ids=lambda r: r["verb"])
def test_every_planned_action_row_is_attested(row: dict[str, str]) -> None:
    sources = row["attested_by"].split(";")
    first = " ".join(attesting_text(sources[0]).split())
    assert row["example"] in first, f"{row['verb']}: the example is not in {sources[0]}"
    assert row["verb"] in {lexicon.lemma_of(w.strip(".,")) for w in row["example"].split()}
    for source in sources:
        text = " ".join(attesting_text(source).split()).lower()
        assert row["verb"][:-1] in text or row["noun"] in text, f"{row['verb']} not in {source}"
    assert action_nouns()[row["verb"]] == row["noun"] and row["noun"] == row["noun"].lower()


@pytest.mark.parametrize(("subject", "expected"), [
    # an infinitive phrase the picker left is named by its action's noun (s7_06 "afstå fra at efterforske og
    # udvinde skifergas"; s03 "besluttet at flytte aktivitetscentret ...": their gold "efterforskning og
    # udvinding af ...", "flytning af ..."), in any kind of event
    ("efterforske og udvinde kul fra Nordsøen", "efterforskning og udvinding af kul fra Nordsøen"),
    ("flytte jobcentret til rådhuset", "flytning af jobcentret til rådhuset"),
    ("afskaffe den lokale ligningskommission", "afskaffelse af lokale ligningskommission"),
    # not an infinitive of the table, or nothing after it: unchanged
    ("bore efter olie i Nordsøen", "bore efter olie i Nordsøen"),
    ("afskaffes", "afskaffes"),
    ("evaluere", "evaluere"),
    ("afskaffelse af boligjobordningen", "afskaffelse af boligjobordningen"),
])
def test_an_infinitive_phrase_is_named_by_its_action(subject: str, expected: str) -> None:
    assert nominal_verb_phrase(subject) == expected



@pytest.mark.parametrize("evidence", [
    "Registreringsafgiften, arveafgiften og skat af fri telefon skal afskaffes.",
    "Alternativet vil lovliggøre aktiv dødshjælp og nedlægge regionerne, jf. stk. 3.",
    "Benchmarkingmodellen opdateres halvårligt med IT-systemets tal.",
])
def test_evidence_lemmas_are_each_words_own(evidence: str) -> None:
    # planned_action reads a sentence's lemmas from one pass over it: each word's lemma must be the one
    # the word has alone (lexicon.lemma_of), so the pass changes no subject
    from nlp.lineage.planned_action import _evidence_lemmas

    lemmas = _evidence_lemmas(evidence)
    for word, lemma in lemmas.items():
        if word.isalpha():
            assert lemma == lexicon.lemma_of(word), word
