"""Quantified targets stated in programme and policy prose: a stated quantified target that can be
followed is an indicator of kind other, titled by its whole sentence when no label names it, with
definition, numerator and denominator null unless the text states them (municipal s6_05 and s7_06
gold_notes). Statistics about the present, targets the text attributes to others, past results,
prices, tax rates and ages set by a scheme give nothing (s7_06, f05, f03, f11, s6_06 and
s10_la_arbejdsmarked gold)."""
from __future__ import annotations

import pytest

from extract.document import Document, Page, Segment
from extract.parsers.indicators import parse

FIELDS = ("kind", "number", "title", "definition", "measure", "population", "numerator", "denominator",
          "period_unit", "source")


def _text(text: str) -> list[dict]:
    doc = Document("x", "x.txt", "text", (Page(1, text),), text, (Segment(0, 0, len(text), len(text), True),))
    return [{f: getattr(r, f) for f in FIELDS} for r in parse(doc)]


def _target(title: str, measure: str = "share") -> dict:
    return {"kind": "other", "number": None, "title": title, "definition": None, "measure": measure,
            "population": None, "numerator": None, "denominator": None, "period_unit": None, "source": None}


@pytest.mark.parametrize("sentence", [
    # municipal s7_06 (Alternativet's programme): a change toward a share by a year
    "Alternativet vil arbejde for en effektiv og kontrolleret omstilling af vores energisektor til 100 pct. "
    "vedvarende energi inden 2040.",
    # the same programme's heading of a proposal (3.5.1)
    "Forslag | Omlægning til 100 pct. økologisk produktion før 2040",
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
    "Danmark har et mål om 100 % vedvarende energi fra 2050.",
    "Dansk Folkeparti ønsker, at Danmark skal leve op til FN’s anbefalinger om at yde 0,7 procent af BNP til "
    "ulandsbistand.",
    # a change reported as past, before or after its noun
    "Danmark omlagde for 30 år siden affaldshåndteringen fra deponering på lossepladser til afbrænding.",
    "Omlægningen til 50 pct. økologisk drift blev gennemført i 2010.",
    "I 2010 var omstillingen til 30 pct. vedvarende energi i 2010 allerede nået.",
    # a change with no time to reach it by: a means or a hypothesis, not a target (Alternativet's programme)
    "En omlægning til 100 pct. økologisk produktion kan f.eks. styrkes ved at fritage Ø-mærkede varer for moms.",
    "Selv hvis vi omlægger til 100% økologisk landbrug og giver mere plads til naturen, er det desværre ikke nok.",
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
