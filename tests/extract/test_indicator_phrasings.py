"""Measures whose computation is phrased otherwise than "X opgøres som ...", and the fields their layout gives:

- a benchmark result named as the difference itself ("Resultatmålet er forskellen mellem den faktiske og den
  forventede ..."; cue result_difference): a resultatindikator, measure other, no numerator or denominator (star
  README);
- a share that states its division after its counted clause ("andelen af X, der Y, ud af alle X, der Z"): the
  numerator stops where the denominator begins (star README: numerator and denominator are short phrases);
- a question heading about the measure ("Hvad viser målingen?") names no measure: the name above it does;
- a table whose title column is "Nøgletal" lists nøgletal, and a "Nr." column numbers them (cues.tsv table_column);
- "1. X" in an overview and "Ad 1) Indikatoren opgøres som ..." further down: one measure linked by its number
  (issue 14), of the kind the text names its measures by ("tre implementeringsindikatorer").

The samples are written as STAR, the regions and the ministries word their measure descriptions.
"""
from __future__ import annotations

from extract.document import Document
from extract.parsers.indicators import parse

FIELDS = ("kind", "number", "title", "definition", "measure", "population", "numerator", "denominator")

BENCHMARK_ER_FORSKELLEN = (
    "Benchmarking af jobcentrenes sygedagpengeindsats\nStyrelsen for Arbejdsmarked og Rekruttering, 4. marts 2024\n\n"
    "Sådan beregnes resultatet\n"
    "Kommunens resultatmål er forskellen mellem det faktiske og det forventede antal uger på sygedagpenge blandt "
    "borgere, der er blevet sygemeldt i løbet af halvåret. Det forventede antal beregnes i en statistisk model.\n")

BENCHMARK_ER_FORSKELLEN_2 = (
    "Resultater for kontanthjælpsområdet\nVIVE, 2. oktober 2023\n\n"
    "Resultatindikatoren for kontanthjælpsindsatsen er forskellen mellem den faktiske og den forventede "
    "beskæftigelsesgrad blandt kontanthjælpsmodtagere over 30 år. En positiv forskel betyder, at kommunen har klaret "
    "sig bedre end forventet.\n")

SHARE_UD_AF = (
    "Beskæftigelsesministerens mål for 2026\nBeskæftigelsesministeriet, 3. december 2025\n\n"
    "Mål 2: Flere unge ledige skal i uddannelse\n"
    "Resultatmål: Andelen af unge ledige, der starter på en uddannelse, skal stige.\n"
    "Måling: Mål 2 opgøres som andelen af unge ledige, der inden for tre måneder er begyndt på en uddannelse, ud af "
    "alle unge ledige, der har været ledige i tre måneder.\n")

SHARE_I_PROCENT_AF = (
    "Kvalitetsmål for genoptræning\nRegion Midtjylland, 5. februar 2025\n\n"
    "Mål 1: Hurtigere genoptræning\n"
    "Resultatmål: Flere patienter skal begynde genoptræning inden for en uge.\n"
    "Måling: Mål 1 opgøres som andelen af patienter med en genoptræningsplan, der har påbegyndt genoptræning inden "
    "for 7 dage, i procent af alle patienter med en genoptræningsplan.\n")

QUESTION_HEADING = (
    "Nøgletalsbeskrivelse: Ledige i aktivering\nStyrelsen for Arbejdsmarked og Rekruttering, 2. maj 2024\n\n"
    "Jobindsats.dk > A-dagpenge > Aktivering\n\n"
    "Nøgletallets navn\nAktiveringsgrad for forsikrede ledige\n\n"
    "Hvad måler nøgletallet?\n"
    "Nøgletallet viser andelen af forsikrede ledige, der har deltaget i et aktivt tilbud.\n\n"
    "Datagrundlag\nOplysningerne kommer fra DREAM.\n")

QUESTION_HEADING_2 = (
    "Om målingen af ventetid\nJobindsats.dk, 9. september 2024\n\n"
    "Jobindsats.dk > Ledighedsydelse\n\n"
    "Navn på måling\nVisitation til fleksjob\n\n"
    "Hvad viser målingen?\n"
    "Målingen viser det gennemsnitlige antal uger fra visitation til fleksjob til ansættelse i et fleksjob.\n")

TABLE_NOEGLETAL_SUNDHED = (
    "Nøgletal for sygedagpengeområdet\nStyrelsen for Arbejdsmarked og Rekruttering, 1. marts 2024\n\n"
    "Tabellen viser de nøgletal, som offentliggøres på Jobindsats.dk.\n\n"
    "Nr. | Nøgletal | Beregning | Enhed\n"
    "1 | Sygemeldte i alt | Antal personer, der modtager sygedagpenge i måneden | Personer\n"
    "2 | Delvis raskmelding | Andel af sygedagpengemodtagere, der er delvist raskmeldt | Pct.\n")

TABLE_INDIKATORER_SKOLE = (
    "Indikatorer for folkeskolen\nBørne- og Undervisningsministeriet, 4. april 2024\n\n"
    "Nr. | Indikator | Definition | Kilde\n"
    "1 | Trivsel | Andel af eleverne, der svarer, at de trives i skolen | Trivselsmålingen\n"
    "2 | Fravær | Antal fraværsdage pr. elev i løbet af skoleåret | Elevfraværsregisteret\n")

NOTES_BY_NUMBER = (
    "Implementeringsindikatorer for ungeindsatsen 2025\nStyrelsen for Arbejdsmarked og Rekruttering, 3. februar 2025\n\n"
    "STAR følger reformen ved hjælp af tre implementeringsindikatorer, der offentliggøres på Jobindsats.dk.\n\n"
    "Oversigt\n1. Hurtig første samtale\n2. Uddannelsesrettede tilbud\n3. Unge i uddannelse\n\n"
    "Definitioner\n"
    "Ad 1) Indikatoren opgøres som andelen af nye forløb, hvor den første samtale er holdt inden for to uger.\n"
    "Ad 2) Indikatoren viser antallet af unge, der deltager i et uddannelsesrettet tilbud ultimo måneden.\n"
    "Ad 3) Indikatoren opgøres som andelen af unge, der er i gang med en uddannelse et år efter første samtale.\n")

NOTES_BY_NUMBER_2 = (
    "Sigtelinjer for beskæftigelsesindsatsen\nKL, 12. januar 2024\n\n"
    "Kommunerne følger indsatsen med to sigtelinjer.\n\n"
    "1. Flere i job\n2. Færre på offentlig forsørgelse\n\n"
    "Ad 1. Indikatoren opgøres som andelen af ledige, der er i job seks måneder efter forløbets start.\n"
    "Ad 2. Indikatoren viser antallet af fuldtidspersoner på offentlig forsørgelse.\n")


def _doc(text: str) -> Document:
    return Document.from_text(text)


def _indicators(text: str) -> list[dict[str, object]]:
    return [{f: getattr(r, f) for f in FIELDS} for r in parse(_doc(text))]


def test_benchmark_result_named_as_the_difference() -> None:
    [one] = _indicators(BENCHMARK_ER_FORSKELLEN)
    assert (one["kind"], one["title"], one["measure"]) == ("resultatindikator", "Kommunens resultatmål", "other")
    assert one["definition"] == ("Kommunens resultatmål er forskellen mellem det faktiske og det forventede antal uger "
                                 "på sygedagpenge blandt borgere, der er blevet sygemeldt i løbet af halvåret.")
    assert (one["numerator"], one["denominator"]) == (None, None)
    [two] = _indicators(BENCHMARK_ER_FORSKELLEN_2)
    assert (two["kind"], two["title"]) == ("resultatindikator", "Resultatindikatoren for kontanthjælpsindsatsen")


def test_a_difference_that_is_no_measure_gives_nothing() -> None:
    text = ("Ny rapport om ledighed\nVIVE, 2. oktober 2023\n\n"
            "Forskellen mellem den faktiske og den forventede ledighed er størst i hovedstaden. Det er forskellen "
            "mellem det faktiske og det forventede resultat, der tæller i dialogen med kommunerne.\n")
    assert _indicators(text) == []


def test_share_numerator_stops_at_its_division() -> None:
    [one] = _indicators(SHARE_UD_AF)
    assert one["numerator"] == "unge ledige, der inden for tre måneder er begyndt på en uddannelse"
    assert one["denominator"] == "alle unge ledige, der har været ledige i tre måneder"
    assert one["population"] == "unge ledige"
    [two] = _indicators(SHARE_I_PROCENT_AF)
    assert two["numerator"] == "patienter med en genoptræningsplan, der har påbegyndt genoptræning inden for 7 dage"
    assert two["denominator"] == "alle patienter med en genoptræningsplan"


def test_question_heading_names_no_measure() -> None:
    [one] = _indicators(QUESTION_HEADING)
    assert one["title"] == "Aktiveringsgrad for forsikrede ledige"
    [two] = _indicators(QUESTION_HEADING_2)
    assert two["title"] == "Visitation til fleksjob"
    assert two["definition"] == ("Målingen viser det gennemsnitlige antal uger fra visitation til fleksjob til "
                                 "ansættelse i et fleksjob.")


def test_question_heading_with_no_name_above_gives_nothing() -> None:
    text = "Hvad viser målingen?\nMålingen viser andelen af ledige, der er i job.\n"
    assert _indicators(text) == []


def test_table_column_names_kind_and_number() -> None:
    rows = _indicators(TABLE_NOEGLETAL_SUNDHED)
    assert [(r["kind"], r["number"], r["title"]) for r in rows] == [
        ("nøgletal", 1, "Sygemeldte i alt"), ("nøgletal", 2, "Delvis raskmelding")]
    rows = _indicators(TABLE_INDIKATORER_SKOLE)
    assert [(r["kind"], r["number"], r["title"]) for r in rows] == [("other", 1, "Trivsel"), ("other", 2, "Fravær")]


def test_table_without_numbers_keeps_none() -> None:
    text = ("Nøgletal | Beregning | Enhed\n"
            "Sygemeldte i alt | Antal personer, der modtager sygedagpenge i måneden | Personer\n")
    # (a text that does not name jobindsats.dk: its "Nøgletal" are of kind other, computed._block_kind)
    assert [(r["kind"], r["number"]) for r in _indicators(text)] == [("other", None)]


def test_notes_linked_by_number_to_the_overview() -> None:
    rows = _indicators(NOTES_BY_NUMBER)
    assert [(r["kind"], r["number"], r["title"], r["measure"]) for r in rows] == [
        ("implementeringsindikator", 1, "Hurtig første samtale", "share"),
        ("implementeringsindikator", 2, "Uddannelsesrettede tilbud", "count"),
        ("implementeringsindikator", 3, "Unge i uddannelse", "share")]
    assert rows[1]["definition"] == ("Indikatoren viser antallet af unge, der deltager i et uddannelsesrettet tilbud "
                                     "ultimo måneden.")
    rows = _indicators(NOTES_BY_NUMBER_2)
    assert [(r["kind"], r["number"], r["title"]) for r in rows] == [
        ("sigtelinje", 1, "Flere i job"), ("sigtelinje", 2, "Færre på offentlig forsørgelse")]


def test_a_list_with_no_notes_gives_nothing() -> None:
    text = ("Årsplan for jobcentret\nJobcenter Vejle, 3. februar 2025\n\n"
            "Vi arbejder med tre implementeringsindikatorer i år.\n\n"
            "Indsatser\n1. Hurtig første samtale\n2. Uddannelsesrettede tilbud\n\n"
            "Ad 1) Samtalen holdes i jobcentret.\n")
    assert _indicators(text) == []
