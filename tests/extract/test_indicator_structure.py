"""Structure finders on short Danish texts: exact indicator fields out, and texts that must
give nothing (statistics, eligibility lists, aims, comparisons)."""
from __future__ import annotations

import pytest

from extract.document import Document
from extract.parsers.indicators import parse

FIELDS = ("kind", "number", "title", "definition", "measure", "population", "numerator", "denominator",
          "period_unit", "source")


def _doc(text: str) -> Document:
    return Document.from_text(text)


def _indicators(text: str) -> list[dict]:
    return [{f: getattr(r, f) for f in FIELDS} for r in parse(_doc(text))]


def test_measure_heading_defined_by_a_division() -> None:
    got = _indicators("Ventetid til genoptræning\n\nAntallet af genoptræningsforløb pr. borger\n\n"
                      "Note: Det samlede antal genoptræningsforløb i kommunen divideret med antallet af borgere "
                      "i kommunen ultimo året. Forløb, der afbrydes, medtages ikke i beregningen. "
                      "Data stammer fra Sundhedsdatastyrelsen.\n")
    assert got == [{
        "kind": "other", "number": None, "title": "Antallet af genoptræningsforløb pr. borger",
        "definition": "Det samlede antal genoptræningsforløb i kommunen divideret med antallet af borgere i kommunen "
                      "ultimo året. Forløb, der afbrydes, medtages ikke i beregningen.",
        "measure": "average", "population": "borgere i kommunen",
        "numerator": "Det samlede antal genoptræningsforløb i kommunen",
        "denominator": "antallet af borgere i kommunen ultimo året", "period_unit": "år",
        "source": "Sundhedsdatastyrelsen"}]


def test_definition_sentence_with_a_share_in_percent() -> None:
    got = _indicators("Beskæftigelsesfrekvensen beregnes som antallet af beskæftigede i procent af "
                      "befolkningen i alderen 16-64 år.\n")
    assert got == [{
        "kind": "other", "number": None, "title": "Beskæftigelsesfrekvensen",
        "definition": "Beskæftigelsesfrekvensen beregnes som antallet af beskæftigede i procent af befolkningen i "
                      "alderen 16-64 år.",
        "measure": "share", "population": "befolkningen i alderen 16-64 år",
        "numerator": "antallet af beskæftigede", "denominator": "befolkningen i alderen 16-64 år",
        "period_unit": None, "source": None}]


def test_rate_per_thousand_is_a_count_over_a_population() -> None:
    (got,) = _indicators("Genindlæggelsesfrekvensen opgøres som antal genindlæggelser pr. 1.000 borgere over 65 år.\n")
    assert (got["measure"], got["numerator"], got["population"]) == (
        "average", "antal genindlæggelser", "borgere over 65 år")


def test_goals_linked_by_number_to_their_targets() -> None:
    got = _indicators(
        "De to nationale mål\n\n1. Flere borgere skal i job.\n2. Færre unge skal stå uden uddannelse.\n\n"
        "Målene følges med to resultatmål, som opgøres hvert år:\n\n"
        "• Mål 1 – Beskæftigelse: Andelen af borgere i job skal stige år for år. Målet er at styrke økonomien.\n"
        "• Mål 2 – Uddannelse: Antallet af unge uden uddannelse skal halveres.\n")
    assert [(g["number"], g["title"], g["definition"], g["measure"], g["population"], g["period_unit"])
            for g in got] == [
        (1, "Flere borgere skal i job.", "Andelen af borgere i job skal stige år for år.", "share",
         "borgere i job", "år"),
        (2, "Færre unge skal stå uden uddannelse.", "Antallet af unge uden uddannelse skal halveres.", "count",
         "unge uden uddannelse", "år")]
    assert {g["kind"] for g in got} == {"other"}


def test_flattened_focus_areas_and_the_index_built_from_them() -> None:
    got = _indicators("Indekset Velfærdsindekset er bygget op på basis af fire fokusområder: 1. Ventetid på "
                      "hjemmehjælp 2. Længde af sagsbehandlingen 3. Andel af klager 4. Tilfredshed blandt "
                      "borgere. Data stammer fra kommunernes sagssystemer.\n")
    assert [(g["number"], g["title"], g["measure"]) for g in got] == [
        (None, "Velfærdsindekset", "other"), (1, "Ventetid på hjemmehjælp", "other"),
        (2, "Længde af sagsbehandlingen", "duration"), (3, "Andel af klager", "share"),
        (4, "Tilfredshed blandt borgere", "other")]
    assert got[0]["definition"] == "Velfærdsindekset er bygget op på basis af fire fokusområder:"
    assert {g["source"] for g in got} == {"kommunernes sagssystemer"}
    assert got[4]["population"] == "borgere"


def test_measure_named_after_a_computing_lead() -> None:
    (got,) = _indicators("Derudover beregnes en supplerende størrelse: Jobgraden 12 måneder efter endt forløb. "
                         "Den indgår ikke i indekset.\n")
    assert (got["title"], got["measure"], got["kind"]) == ("Jobgraden 12 måneder efter endt forløb", "share", "other")


@pytest.mark.parametrize("text", [
    # statistics quoted, not defined
    "Antallet af ledige var 120.000 i 2019.\n\nDet er det laveste niveau i ti år.\n",
    # eligibility conditions in a numbered list after a colon
    "Det er en betingelse for at få tilkendt seniorpension, at: 1. personen har højst 6 år til folkepension "
    "2. personen har arbejdet i 20 år 3. arbejdsevnen er nedsat.\n",
    # a comparison, not a division: no formula, no indicator
    "Benchmarkingen ser på de faktiske resultater og sammenholder dem med de forventede.\n",
    # refusion rates
    "Refusionssatserne er fastsat til 80 pct. i de første fire uger og 40 pct. fra uge 5-26.\n",
    # aims of a reform in a numbered list under a heading that is not a goal list
    "Reformens intentioner\n\n1. Flere skal i job.\n2. Færre skal på overførselsindkomst.\n",
    # a headline starting with a measure word but no computation below it
    "Antallet af ledige falder igen\n\nLedigheden faldt i marts for sjette måned i træk.\n",
    "Antallet af ledige i job stiger\n\nOtte ud af ti ledige finder job inden for et år.\n",
])
def test_texts_that_define_no_indicator(text: str) -> None:
    assert _indicators(text) == []


def test_resultatmaal_bullets_are_goals_with_their_metric() -> None:
    got = _indicators("Resultatmål:\n\n• Mindst 80 pct. af eleverne skal være gode til at læse.\n"
                      "• Andelen af de dygtigste elever i matematik skal stige år for år.\n"
                      "• Elevernes trivsel skal øges.\n")
    assert [(g["kind"], g["measure"], g["population"], g["period_unit"]) for g in got] == [
        ("other", "share", "eleverne", None), ("other", "share", "de dygtigste elever i matematik", "år"),
        ("other", "other", "elever", None)]
    assert got[0]["title"] == "Mindst 80 pct. af eleverne skal være gode til at læse."


def test_measure_page_defined_by_maalingen_viser() -> None:
    (got,) = _indicators("Spring over hovedmenu\n\nNy på jobindsats.dk\n\nAndel i job efter forløb\n\n"
                         "Målingen viser andelen af personer i ressourceforløb, der er i job tre måneder efter "
                         "forløbet. Målingen opdateres månedligt.\n")
    assert (got["kind"], got["title"], got["measure"], got["source"], got["population"]) == (
        "nøgletal", "Andel i job efter forløb", "share", "jobindsats.dk", "personer i ressourceforløb")
    assert got["definition"] == ("Målingen viser andelen af personer i ressourceforløb, der er i job tre måneder "
                                 "efter forløbet.")


def test_fraction_labels_give_numerator_and_denominator() -> None:
    (got,) = _indicators("Genindlæggelser inden for 30 dage\n\n"
                         "Tæller: Antal genindlæggelser inden for 30 dage efter udskrivning\n"
                         "Nævner: Antal udskrivninger af patienter over 65 år\n")
    assert (got["title"], got["numerator"], got["denominator"], got["population"], got["measure"]) == (
        "Genindlæggelser inden for 30 dage", "Antal genindlæggelser inden for 30 dage efter udskrivning",
        "Antal udskrivninger af patienter over 65 år", "udskrivninger af patienter over 65 år", "share")
    assert got["definition"].startswith("Tæller: Antal genindlæggelser")


@pytest.mark.parametrize("text", [
    "Nyheder\n\nMålingen af ledigheden er forsinket.\n",
    "Tæller: 12\n",
])
def test_no_measure_from_news_heading_or_lone_label(text: str) -> None:
    assert _indicators(text) == []


def test_numbered_goals_under_a_goal_heading() -> None:
    got = _indicators("De sociale 2020-mål\n\n1. Flere socialt udsatte skal have et arbejde.\n"
                      "2. Andelen af unge med en uddannelse skal stige til 95 pct.\n\nLæs mere om målene.\n")
    # a share of X "med" Y: population X, numerator "X med Y" (as the policy gold reads
    # "Andelen af elever med dårlige resultater ...", p11)
    assert [(g["number"], g["kind"], g["measure"], g["population"], g["numerator"]) for g in got] == [
        (1, "other", "other", "socialt udsatte", None), (2, "other", "share", "unge", "unge med en uddannelse")]


@pytest.mark.parametrize("text", [
    "Målgruppen\n\n1. Personer over 60 år.\n2. Personer med nedsat arbejdsevne.\n",
    "Reformens intentioner og mål\n\n1. Flere skal i job.\n2. Færre på ydelse.\n",
])
def test_numbered_lists_that_are_not_goals(text: str) -> None:
    assert _indicators(text) == []


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from([
    "De tre nationale mål", "1. Flere skal i job.", "2. Færre på ydelse.", "• Mål 1 – Job: Andelen skal stige.",
    "Antallet af dage indlagt", "Note: Antal dage divideret med antal personer.", "Tæller: Antal A", "Nævner: Antal B",
    "Målingen viser antal ledige.", "Indeks X er bygget op af fire områder: 1. A 2. B 3. C.", "Data stammer fra Y.",
    "Derudover beregnes: Z.", "Kvoten beregnes som antal X i procent af Y.", "", ":", "1.", "Mål 1:"]), max_size=14))
def test_structure_finders_never_crash_and_cite_inside_the_text(parts: list[str]) -> None:
    doc = _doc("\n".join(parts))
    for record in parse(doc):
        for span in record.provenance.values():
            assert 0 <= span.start <= span.end <= len(doc.text)


def test_measures_listed_in_a_table() -> None:
    got = _indicators("Indikatorer for ældreområdet\n\n| Indikator | Tæller | Nævner | Datakilde |\n|---|---|---|---|\n"
                      "| Genindlæggelser | Antal genindlæggelser | Antal udskrivninger | Landspatientregistret |\n"
                      "| Hjemmehjælp | Antal timer hjemmehjælp | Antal borgere over 80 år | Kommunerne |\n")
    assert [(g["title"], g["numerator"], g["denominator"], g["measure"], g["population"], g["source"]) for g in got] == [
        ("Genindlæggelser", "Antal genindlæggelser", "Antal udskrivninger", "share", "udskrivninger",
         "Landspatientregistret"),
        ("Hjemmehjælp", "Antal timer hjemmehjælp", "Antal borgere over 80 år", "average", "borgere over 80 år",
         "Kommunerne")]


def test_a_table_of_kommuner_or_figures_is_no_measure_table() -> None:
    assert _indicators("Kommune\tLedige\tAndel\nAarhus\t1200\t4,1\nOdense\t900\t3,9\n") == []


def test_measures_announced_in_a_list_and_benefits_are_scope() -> None:
    got = _indicators("Nye målinger på Jobindsats\n\nFra i dag kan du finde to nye målinger på jobindsats.dk:\n\n"
                      "• Antal personer i jobafklaringsforløb fordelt på varighed\n"
                      "• Andel sygedagpengemodtagere med rettidig opfølgning\n\n"
                      "Målingerne kan findes for følgende ydelser:\n\n• Kontanthjælp\n• Sygedagpenge\n")
    assert [(g["kind"], g["title"], g["measure"], g["population"], g["source"]) for g in got] == [
        ("nøgletal", "Antal personer i jobafklaringsforløb fordelt på varighed", "count",
         "personer i jobafklaringsforløb", "jobindsats.dk"),
        ("nøgletal", "Andel sygedagpengemodtagere med rettidig opfølgning", "share", "sygedagpengemodtagere",
         "jobindsats.dk")]


@pytest.mark.parametrize("text", [
    "Akutte genindlæggelser\n\nIndikatoren er opgjort som andelen af udskrivninger, der følges af en akut "
    "genindlæggelse inden for 30 dage.\n",
    "Akutte genindlæggelser\n\nIndikatoren beregnes som andelen af udskrivninger, der følges af en akut "
    "genindlæggelse inden for 30 dage.\n",
])
def test_participle_and_present_computation_phrases(text: str) -> None:
    (got,) = _indicators(text)
    assert (got["title"], got["measure"], got["population"]) == ("Akutte genindlæggelser", "share", "udskrivninger")


def test_a_headline_with_a_verb_names_no_measure() -> None:
    assert _indicators("Antallet af ledige falder igen\n\nLedigheden opgøres som antallet af ledige i procent af "
                       "arbejdsstyrken.\n") == [{
        "kind": "other", "number": None, "title": "Ledigheden",
        "definition": "Ledigheden opgøres som antallet af ledige i procent af arbejdsstyrken.",
        "measure": "share", "population": "arbejdsstyrken", "numerator": "antallet af ledige",
        "denominator": "arbejdsstyrken", "period_unit": None, "source": None}]


def test_a_rate_defined_by_a_percentage_is_no_measure() -> None:
    assert _indicators("Refusionen beregnes som 80 pct. af udgifterne i de første fire uger.\n") == []
