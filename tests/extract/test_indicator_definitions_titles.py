"""A measure's own defining sentence as its definition, and its name as its title (issue 14):

- a fact box whose name line is labelled "Målingens navn:" (cues.tsv table_column, title): the name without its
  label, the "Opgørelse:" sentence its definition, the "Tæller:"/"Nævner:" lines its parts and the population the
  one the sentence names;
- "Om nøgletallet" over a "Nøgletallet opgøres som ..." sentence and a fraction: the page's heading names the
  measure, the sentence defines it, the fraction gives its parts (star README: the definition is the span saying
  how the measure is computed, "Indikatoren opgøres som …", "Målingen viser …");
- a measure named in quotes and defined by the next sentence with the measure as its pronoun ("Den viser andelen
  af ...");
- a benchmark result computed as the difference of actual and expected (cue result_difference; star README:
  kind resultatindikator, measure other, no numerator or denominator for a pure difference).

The samples are written as jobindsats.dk, Sundhedsdatastyrelsen and the ministries word these pages; the cue table
names two of them ("sample:test_indicator_definitions_titles.<NAME>").
"""
from __future__ import annotations

from extract.document import Document
from extract.parsers.indicators import parse

FIELDS = ("kind", "number", "title", "definition", "measure", "population", "numerator", "denominator",
          "period_unit", "source")

NAMED_FACT_BOX = (
    "Ny opgørelse af ledige i løntilskud\nStyrelsen for Arbejdsmarked og Rekruttering, 2. marts 2023\n\n"
    "Fra i dag kan du på jobindsats.dk følge, hvor mange ledige der er i løntilskud.\n\n"
    "Målingens navn: Andel ledige i løntilskud\n"
    "Opgørelse: Målingen opgør andelen af dagpengemodtagere, der i løbet af en måned har været i løntilskud.\n"
    "Tæller: Dagpengemodtagere med mindst én dag i løntilskud i måneden\n"
    "Nævner: Alle dagpengemodtagere i måneden\n")

ABOUT_THE_KEY_FIGURE = (
    "Genindlæggelser blandt ældre\nSundhedsdatastyrelsen, 3. april 2024\n\n"
    "Om nøgletallet\n\n"
    "En genindlæggelse er en akut indlæggelse kort tid efter en udskrivning.\n\n"
    "Nøgletallet opgøres som antallet af akutte genindlæggelser pr. 1.000 borgere på 67 år og derover i løbet af "
    "kalenderåret.\n\n"
    "Tæller: Antal akutte genindlæggelser blandt borgere på 67 år og derover\n"
    "Nævner: Antal borgere på 67 år og derover pr. 1. januar\n")

PRONOUN_DEFINITION = (
    "Jobcentrene i Vestjylland følger nu den samme måling. Kernen i samarbejdet er målingen \"Ledige i job\" på "
    "jobindsats.dk. Den viser andelen af dagpengemodtagere, der inden for seks måneder er kommet i ordinær "
    "beskæftigelse. Målingen kan opdeles på alder.\n")
# the sentence after the named measure reports a finding: no definition
PRONOUN_FINDING = (
    "Kernen i samarbejdet er målingen \"Ledige i job\" på jobindsats.dk. Den viser, at flere ledige er kommet i job "
    "i år.\n")

BENCHMARK_MODEL = (
    "Sådan beregnes kommunernes resultater\n\n"
    "Kommunens resultat beregnes som forskellen mellem det faktiske og det forventede ydelsesomfang. Et negativt tal "
    "betyder, at færre borgere er på offentlig forsørgelse, end man kunne forvente.\n")
BENCHMARK_INTEGRATION = (
    "Sådan beregnes resultatet\n"
    "Resultatet opgøres som forskellen mellem den forventede og den faktiske andel af flygtninge i beskæftigelse. "
    "Et positivt tal betyder, at kommunen klarer sig bedre end forventet.\n")
# a difference of two averages is no benchmark of actual and expected
DIFFERENCE_OF_GROUPS = ("Målet opgøres som forskellen mellem karaktergennemsnittet for anbragte børn og "
                        "karaktergennemsnittet for alle øvrige børn.\n")


def _doc(text: str) -> Document:
    return Document.from_text(text)


def _indicators(text: str) -> list[dict[str, object]]:
    return [{f: getattr(r, f) for f in FIELDS} for r in parse(_doc(text))]


def _one(text: str, title: str) -> dict[str, object]:
    [record] = [r for r in _indicators(text) if r["title"] == title]
    return record


def test_a_name_label_gives_the_title_and_the_opgoerelse_sentence_the_definition() -> None:
    assert _one(NAMED_FACT_BOX, "Andel ledige i løntilskud") == {
        "kind": "nøgletal", "number": None, "title": "Andel ledige i løntilskud",
        "definition": "Målingen opgør andelen af dagpengemodtagere, der i løbet af en måned har været i løntilskud.",
        "measure": "share", "population": "dagpengemodtagere",
        "numerator": "Dagpengemodtagere med mindst én dag i løntilskud i måneden",
        "denominator": "Alle dagpengemodtagere i måneden", "period_unit": "måned", "source": "jobindsats.dk"}


def test_no_record_is_titled_by_its_label() -> None:
    assert not any(str(r["title"]).startswith("Målingens navn") for r in _indicators(NAMED_FACT_BOX))


def test_about_the_key_figure_takes_the_page_heading_and_its_own_sentence() -> None:
    [record] = _indicators(ABOUT_THE_KEY_FIGURE)
    assert record["title"] == "Genindlæggelser blandt ældre"
    assert record["definition"] == ("Nøgletallet opgøres som antallet af akutte genindlæggelser pr. 1.000 borgere på "
                                    "67 år og derover i løbet af kalenderåret.")
    assert record["numerator"] == "Antal akutte genindlæggelser blandt borgere på 67 år og derover"
    assert record["denominator"] == "Antal borgere på 67 år og derover pr. 1. januar"
    assert record["period_unit"] == "år"


def test_a_pronoun_sentence_after_a_named_measure_defines_it() -> None:
    record = _one(PRONOUN_DEFINITION, "Ledige i job")
    assert record["definition"] == ("Den viser andelen af dagpengemodtagere, der inden for seks måneder er kommet i "
                                    "ordinær beskæftigelse.")
    assert (record["kind"], record["measure"], record["population"]) == ("nøgletal", "share", "dagpengemodtagere")


def test_a_pronoun_sentence_reporting_a_finding_defines_nothing() -> None:
    assert _one(PRONOUN_FINDING, "Ledige i job")["definition"] is None


def test_a_difference_of_actual_and_expected_is_a_benchmark_result() -> None:
    assert _indicators(BENCHMARK_MODEL) == [{
        "kind": "resultatindikator", "number": None, "title": "Kommunens resultat",
        "definition": "Kommunens resultat beregnes som forskellen mellem det faktiske og det forventede ydelsesomfang.",
        "measure": "other", "population": None, "numerator": None, "denominator": None, "period_unit": None,
        "source": None}]
    [record] = _indicators(BENCHMARK_INTEGRATION)
    assert (record["kind"], record["measure"], record["numerator"], record["denominator"]) == (
        "resultatindikator", "other", None, None)


def test_a_difference_of_two_groups_is_no_benchmark_result() -> None:
    assert all(r["kind"] != "resultatindikator" for r in _indicators(DIFFERENCE_OF_GROUPS))
