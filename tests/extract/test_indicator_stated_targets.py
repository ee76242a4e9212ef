"""Quantified targets stated in programme and policy prose: a stated quantified target that can be
followed is an indicator of kind other, titled by its whole sentence when no label names it, with
definition, numerator and denominator null unless the text states them (municipal s6_05 and s7_06
gold_notes). Statistics about the present, targets the text attributes to others, past results,
prices, tax rates and ages set by a scheme give nothing (s7_06, f05, f03, f11, s6_06 and
s10_la_arbejdsmarked gold)."""
from __future__ import annotations

import pytest

from extract.document import Document
from extract.parsers.indicators import parse

FIELDS = ("kind", "number", "title", "definition", "measure", "population", "numerator", "denominator",
          "period_unit", "source")


def _text(text: str) -> list[dict]:
    doc = Document.from_text(text)
    return [{f: getattr(r, f) for f in FIELDS} for r in parse(doc)]


def _target(title: str, measure: str = "share") -> dict:
    return {"kind": "other", "number": None, "title": title, "definition": None, "measure": measure,
            "population": None, "numerator": None, "denominator": None, "period_unit": None, "source": None}


@pytest.mark.parametrize("sentence", [
    # municipal s7_06 (Alternativet's programme): a change toward a share by a year
    "Alternativet vil arbejde for en effektiv og kontrolleret omstilling af vores energisektor til 100 pct. "
    "vedvarende energi inden 2040.",
    # a proposal heading in a programme's "Forslag |" style, written for this test
    "Forslag | Omstilling til 100 pct. elektriske busser før 2035",
    # written for this test: the noun "overgang", "frem mod", "procent"
    "Kommunen arbejder for en overgang til 75 procent fossilfri kollektiv trafik frem mod 2030.",
    # the change as a modal passive (cue transition_passive samples)
    "Energiforsyningen skal omstilles til 100 pct. vedvarende energi senest i 2035.",
    "Landbruget bør omlægges til 50 procent økologisk drift inden 2035.",
])
def test_a_change_toward_a_share_by_a_year_is_a_target_titled_by_its_sentence(sentence: str) -> None:
    assert _text(sentence + "\n") == [_target(sentence)]


def test_the_target_in_its_paragraph_keeps_only_its_sentence() -> None:
    text = ("3.1 Vision | Kontrolleret og effektiv\nomstilling til vedvarende energi\n\n"
            "Alternativet vil arbejde for en effektiv og kontrolleret omstilling af vores energisektor til 100 pct. "
            "vedvarende energi inden 2040.\n\nAfbrænding af fossile brændsler skal udfases hurtigst muligt.\n")
    assert [g["title"] for g in _text(text)] == [
        "Alternativet vil arbejde for en effektiv og kontrolleret omstilling af vores energisektor til 100 pct. "
        "vedvarende energi inden 2040."]


@pytest.mark.parametrize("text", [
    # a statistic about the present (s7_06 gold_notes)
    "Omkring 40 pct. af den nuværende el-produktion kommer fra få, centrale kulkraftværker, hvorimod "
    "Alternativets vision om et vedvarende energisystem i højere grad er funderet på en række decentrale "
    "producenter af vedvarende energi.",
    # targets the text attributes to others (s7_06 gold_notes; Alternativet's programme 13.1; DF's programme)
    "Der er langt flere fossile brændsler i allerede kendte reserver, end det er forsvarligt at afbrænde, hvis "
    "målet om at holde os under en temperaturstigning på 2 grader skal nås.",
    "Danmark har et mål om 55 pct. vedvarende energi i 2030.",
    # a change reported as past, before or after its noun
    "Danmark omlagde for 30 år siden affaldshåndteringen fra deponering på lossepladser til afbrænding.",
    "Omlægningen til 50 pct. økologisk drift blev gennemført i 2010.",
    "I 2010 var omstillingen til 30 pct. vedvarende energi i 2010 allerede nået.",
    # a change with no time to reach it by: a means or a hypothesis, not a target (written for this test)
    "En omstilling til 100 pct. elbusser kan f.eks. fremmes ved at fritage dem for registreringsafgift.",
    "Selv hvis vi omstiller til 100% elbiler og bygger flere cykelstier, er det desværre ikke nok.",
    # tax rates, ages and prices a scheme sets are instruments (f05, s10_la_arbejdsmarked, s6_06 gold)
    "Selskabsskatten sænkes til 12,5 pct., iværksætterskatten afskaffes.",
    "Pensionsalderen skal hæves til 68 år og herefter følge udviklingen i levealder.",
    "Byrådet ønsker at sænke prisen på parkering i kommunale p-huse med 50% i 2026.",
    # budget cuts and past results (f11, f03 gold)
    "Når man sammenligner budget 2012 med budget 2013, vil det være muligt at reducere med 2 % i 2013.",
    "Maglemosen holdes udenfor, idet UUC Maglemosen foretog takstreduktioner i 2012 med 15 pct.",
    # a goal the text says it does not hold (Liberal Alliance's programme)
    "Det indebærer imidlertid ikke nødvendigvis, at 60 pct. af en ungdomsårgang skal have en videregående "
    "uddannelse, men at der udbydes solide uddannelser på alle niveauer.",
])
def test_statistics_cited_targets_past_changes_and_instruments_are_no_targets(text: str) -> None:
    assert _text(text + "\n") == []


@pytest.mark.parametrize("text", [
    # a tax rate is an instrument, not a share of anyone (f05 gold)
    "Vores mål er, at topskatten skal ned på 40 pct.\n",
    # a level reached, reported in the perfect: no "skal"
    "Målet er nået: Andelen af unge i job er kommet op på 80 pct.\n",
])
def test_rates_and_levels_reached_are_no_targets(text: str) -> None:
    assert _text(text) == []


@pytest.mark.parametrize("sentence", [
    # the share the document's own goal names, in the first person (cue own_goal_lead samples)
    "Vi har et mål om 100 pct. vedvarende energi i kommunens egne bygninger i 2040.",
    "Vores mål er 60 procent genanvendelse af husholdningsaffaldet inden 2030.",
    "Vi har sat os et mål om mindst 90 % tilfredse brugere.",
])
def test_the_share_an_own_goal_names_is_a_target(sentence: str) -> None:
    assert _text(sentence + "\n") == [_target(sentence)]


@pytest.mark.parametrize("text", [
    # goals of others, cited (s7_06 gold_notes): a country's, an international body's
    "Danmark har et mål om 55 pct. vedvarende energi i 2030.",
    "EU's mål om 32 pct. vedvarende energi i 2030 er for lavt.",
    "Regeringen har sat et mål om 70 pct. reduktion af drivhusgasserne i 2030.",
    # an own goal with no figure
    "Vores mål er en bæredygtig økonomisk bundlinje i balance.",
])
def test_goals_of_others_and_goals_without_a_figure_are_no_own_targets(text: str) -> None:
    assert _text(text + "\n") == []


@pytest.mark.parametrize(("sentence", "group"), [
    # the first-person "et mål om, at" beside s6_05's "Vi har som mål, at" (cue goal_statement samples)
    ("Vi har et mål om, at 90 procent af eleverne skal gennemføre en ungdomsuddannelse.", "eleverne"),
    ("Vi har sat os en målsætning om, at mindst 80 pct. af borgerne skal være tilfredse.", "borgerne"),
])
def test_a_share_of_a_group_an_own_goal_states_in_an_at_clause(sentence: str, group: str) -> None:
    assert _text(sentence + "\n") == [_target(sentence) | {"population": group}]


def test_a_share_of_a_group_in_a_goal_of_others_is_cited() -> None:
    assert _text("Danmark har et mål om, at 50 pct. af elforbruget skal dækkes af vindkraft.\n") == []


@pytest.mark.parametrize("text", [
    # support for the present level, no demand (Liberal Alliance's programme)
    "Liberal Alliance støtter Danmarks nuværende bidrag af udviklingsbistand på 13,8 mia. kr. (0,7 pct. af BNI).",
    # a statistic and a past result
    "Turismen står for 3,6 pct. af BNP.",
    "I 2015 blev 0,85 pct. af BNI brugt på udviklingsbistand, og det skal vi huske.",
])
def test_a_share_of_the_national_income_is_no_target(text: str) -> None:
    assert _text(text + "\n") == []


def test_a_proposal_heading_wrapped_after_pct_is_one_target() -> None:
    # a heading wrapped after "pct.", which ends no sentence (written for this test, in the "Forslag |" style)
    text = "2.4.1 Forslag | Omstilling til 100 pct.\nelektriske busser før 2035\n\nDen kollektive trafik ...\n"
    assert _text(text) == [_target("2.4.1 Forslag | Omstilling til 100 pct. elektriske busser før 2035")]


@pytest.mark.parametrize("sentence", [
    # a party working for a state it names by the share to be reached (s18_10 gold: both indicators, kind other)
    "Alternativet vil arbejde for 100 pct. økologisk skovbrug.",
    "Alternativet vil arbejde for en omstilling af landbruget, så det er 100 pct. økologisk inden 2040.",
])
def test_a_state_a_party_works_for_by_its_share_is_a_target(sentence: str) -> None:
    assert _text(sentence + "\n") == [_target(sentence)]


@pytest.mark.parametrize("text", [
    # a change of a rate, a rate demanded, a share in a description or a condition (s18_10's other sentences)
    "Venstre vil arbejde for 5 pct. lavere skat.",
    "Venstre vil arbejde for at sænke topskatten til 40 pct.",
    "Et 100 pct. økologisk landbrug vil i kraft af et reduceret forbrug af kunstgødning betyde store fordele.",
    "Hvis 100% økologisk produktion skal kunne give højt nok udbytte, er der behov for forskning.",
])
def test_a_rate_a_description_or_a_condition_is_no_target(text: str) -> None:
    assert _text(text + "\n") == []
