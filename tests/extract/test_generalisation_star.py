"""Indicators and kommuner on unseen variants of the STAR/jobindsats.dk/ministry layouts:
other reforms, measures, names and list styles than the dev documents."""
from __future__ import annotations

import pytest

from extract.document import Document
from extract.parsers.kommuner import scan


def _doc(text: str) -> Document:
    return Document.from_text(text)


def _kommuner(text: str) -> list[tuple[str, str, str]]:
    return [(r.name, r.code, r.as_written) for r in scan(_doc(text)).rows.values()]


@pytest.mark.parametrize(("text", "expected"), [
    ("Jobcenter Vejle har haft gode resultater.", [("Vejle", "0630", "Vejle")]),
    ("Københavns Kommune har de fleste ledige.", [("København", "0101", "Københavns")]),
    ("Aarhus, Odense og Aalborg kommuner deltager i forsøget.",
     [("Aarhus", "0751", "Aarhus"), ("Odense", "0461", "Odense"), ("Aalborg", "0851", "Aalborg")]),
    # a capitalised "Kommunerne" before the list names them; it is not part of a name
    ("Kommunerne Vejle, Kolding og Fredericia har de bedste resultater.",
     [("Vejle", "0630", "Vejle"), ("Kolding", "0621", "Kolding"), ("Fredericia", "0607", "Fredericia")]),
    ("Jobcenter København og Jobcenter Aalborg deltager.",
     [("København", "0101", "København"), ("Aalborg", "0851", "Aalborg")]),
    ("Svend Jensen fra Næstved Kommune udtaler, at indsatsen virker.", [("Næstved", "0370", "Næstved")]),
    # the genitive "Kommunes" is as strong a cue as "Kommune"
    ("Odense Kommunes jobcenter har gode resultater.", [("Odense", "0461", "Odense")]),
])
def test_kommuner_in_running_text(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _kommuner(text) == expected


def _indicators(text: str) -> list[dict]:
    from extract.parsers.indicators import parse

    fields = ("kind", "number", "title", "definition", "measure", "population", "numerator", "denominator",
              "period_unit")
    return [{f: getattr(r, f) for f in fields} for r in parse(_doc(text))]


def test_numbered_with_parenthesis_and_count_definition() -> None:
    got = _indicators(
        "Implementeringsindikatorer:\n\n"
        "1) Flere aktivitetsparate skal have en virksomhedsrettet indsats.\n"
        "Indikatoren opgøres som andelen af aktivitetsparate kontanthjælpsmodtagere, der deltager i "
        "virksomhedspraktik i løbet af en måned.\n"
        "2) Færre unge skal være på uddannelseshjælp.\n"
        "Indikatoren opgøres som antallet af unge under 30 år på uddannelseshjælp ultimo en måned.\n")
    assert got == [
        {"kind": "implementeringsindikator", "number": 1,
         "title": "Flere aktivitetsparate skal have en virksomhedsrettet indsats.",
         "definition": "Indikatoren opgøres som andelen af aktivitetsparate kontanthjælpsmodtagere, der deltager i "
                       "virksomhedspraktik i løbet af en måned.",
         "measure": "share", "population": "aktivitetsparate kontanthjælpsmodtagere",
         "numerator": "aktivitetsparate kontanthjælpsmodtagere, der deltager i virksomhedspraktik",
         "denominator": "aktivitetsparate kontanthjælpsmodtagere", "period_unit": "måned"},
        {"kind": "implementeringsindikator", "number": 2, "title": "Færre unge skal være på uddannelseshjælp.",
         "definition": "Indikatoren opgøres som antallet af unge under 30 år på uddannelseshjælp ultimo en måned.",
         "measure": "count", "population": "unge under 30 år på uddannelseshjælp", "numerator": None,
         "denominator": None, "period_unit": "måned"}]


def test_sigtelinje_label_and_average_duration() -> None:
    (got,) = _indicators("Sigtelinjer 2019\n\nSigtelinje 2: Flere sygemeldte skal tilbage i arbejde.\n"
                         "Indikatoren opgøres som den gennemsnitlige varighed af sygedagpengeforløb i løbet af et år.\n")
    assert (got["kind"], got["number"], got["measure"], got["population"], got["period_unit"]) == (
        "sigtelinje", 2, "average", "sygedagpengeforløb", "år")


def test_other_definition_verbs() -> None:
    got = _indicators(
        "Implementeringsindikatorer:\n\n1. Hurtigere afklaring af ledige.\n"
        "Indikatoren angiver andelen af ledige, der har haft en samtale inden for de første 3 måneder.\n"
        "2. Jobafklaringsforløb.\nMålet opgøres som antallet af personer i jobafklaringsforløb.\n")
    assert [(g["number"], g["definition"], g["measure"], g["population"]) for g in got] == [
        (1, "Indikatoren angiver andelen af ledige, der har haft en samtale inden for de første 3 måneder.",
         "share", "ledige"),
        (2, "Målet opgøres som antallet af personer i jobafklaringsforløb.", "count", "personer i jobafklaringsforløb")]


def test_bullets_under_an_indicator_heading() -> None:
    (got,) = _indicators(
        "Implementeringsindikatorer for sygedagpengereformen\n\n• Opfølgningen skal ske rettidigt.\n"
        "Indikatoren opgøres som andelen af sygedagpengeforløb, hvor første opfølgningssamtale er afholdt rettidigt.\n")
    assert got["kind"] == "implementeringsindikator" and got["number"] is None
    assert got["title"] == "Opfølgningen skal ske rettidigt."
    assert (got["population"], got["numerator"], got["denominator"]) == (
        "sygedagpengeforløb", "sygedagpengeforløb, hvor første opfølgningssamtale er afholdt rettidigt",
        "sygedagpengeforløb")


@pytest.mark.parametrize("text", [
    "Reformens intentioner:\n\n• Flere unge skal i uddannelse.\n• Færre skal på kontanthjælp.\n",
    "Målingen omfatter følgende ydelser:\n\n• A-dagpenge\n• Kontanthjælp\n• Sygedagpenge\n",
    "Konklusioner:\n\n1. Indsatsen virker.\n2. Flere er kommet i job.\n",
    # findings and quoted figures under a "målinger"/"nøgletal" lead-in are not measures
    "Det fremgår af de seneste målinger, at:\n\n1. Flere er kommet i job.\n2. Ledigheden er faldet.\n",
    "Jeg kan henvise til følgende nøgletal:\n\n1. Antallet af personer i ressourceforløb var 20.000 i 2016.\n"
    "2. Ledigheden var 4 pct.\n",
])
def test_lists_that_are_not_indicators(text: str) -> None:
    assert _indicators(text) == []


def test_markdown_bold_heading_names_the_kind() -> None:
    (got,) = _indicators("**Implementeringsindikatorer**\n\n1. Flere ledige skal i virksomhedspraktik.\n"
                         "Indikatoren opgøres som andelen af ledige, der har været i virksomhedspraktik.\n")
    assert (got["kind"], got["number"], got["numerator"]) == (
        "implementeringsindikator", 1, "ledige, der har været i virksomhedspraktik")


def test_labelled_items_with_a_dash() -> None:
    got = _indicators(
        "Sigtelinje 1 – Flere unge skal i uddannelse\n"
        "Indikatoren opgøres som andelen af unge på uddannelseshjælp, der påbegynder en uddannelse i løbet af et år.\n\n"
        "Sigtelinje 2 – Færre på offentlig forsørgelse\n"
        "Indikatoren opgøres som antallet af fuldtidspersoner på offentlig forsørgelse.\n")
    assert [(g["kind"], g["number"], g["title"], g["measure"], g["period_unit"]) for g in got] == [
        ("sigtelinje", 1, "Flere unge skal i uddannelse", "share", "år"),
        ("sigtelinje", 2, "Færre på offentlig forsørgelse", "count", None)]


def test_statistics_in_an_answer_are_not_indicators() -> None:
    assert _indicators("Jeg kan oplyse, at andelen af ledige, der har været i virksomhedspraktik, er steget.\n\n"
                       "1. Der er oprettet 5.000 fleksjob.\n2. Antallet af ledige er faldet.\n") == []


def test_jobcentrene_is_not_a_jobcenter_name() -> None:
    from extract.parsers.kommuner import parse

    rows = parse(_doc("Jobcentrene i Aarhus og Randers har deltaget."))
    assert [(type(r).__name__, r.as_written) for r in rows] == [("KommuneRow", "Aarhus"), ("KommuneRow", "Randers")]


def test_new_measure_in_single_curly_quotes() -> None:
    (got,) = _indicators("Nye målinger\n\nJobindsats.dk er udvidet med den nye måling ’Gennemsnitlig varighed af "
                         "sygedagpengeforløb’. Målingen viser den gennemsnitlige varighed af afsluttede "
                         "sygedagpengeforløb, opgjort i uger.\n")
    assert (got["kind"], got["title"], got["measure"], got["population"]) == (
        "nøgletal", "Gennemsnitlig varighed af sygedagpengeforløb", "average", "afsluttede sygedagpengeforløb")
    assert got["definition"] == ("Målingen viser den gennemsnitlige varighed af afsluttede sygedagpengeforløb, "
                                 "opgjort i uger.")


def test_capitalised_ny_maaling_label() -> None:
    (got,) = _indicators("Ny måling: Antal personer i seniorjob. Målingen opgør antallet af personer, der er "
                         "ansat i seniorjob, i en given måned.\n")
    assert (got["title"], got["measure"], got["period_unit"]) == ("Antal personer i seniorjob", "count", "måned")


@pytest.mark.parametrize(("text", "expected"), [
    ("Regeringen indgik en aftale om en reform af sygedagpengesystemet med Venstre.",
     "reformen af sygedagpengesystemet"),
    ("Reformen af beskæftigelsesindsatsen trådte i kraft i 2015.", "Reformen af beskæftigelsesindsatsen"),
    ("Kontanthjælpsreformen trådte i kraft.", "Kontanthjælpsreformen"),
    ("Det kræver en reform af den måde, vi arbejder på.", None),
])
def test_reform_named_by_a_single_noun(text: str, expected: str | None) -> None:
    from extract.parsers.policy_reform import reform_of

    found = reform_of(_doc(text))
    assert (found.value if found else None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Nyhed\nUdgivet: 12. marts 2019\n\nTekst her.", "12. marts 2019"),
    ("Om ordningen\n\nSenest opdateret: 05-03-2018\n\nTekst.", "05-03-2018"),
])
def test_other_date_labels(text: str, expected: str) -> None:
    import datetime as dt

    from danish.dates import date_of
    from extract.parsers.policy_date import document_date
    from nlp.timex import document_date as anchor_date

    found = document_date(_doc(text))
    assert found is not None and found.value == expected
    # the parser and lineage's anchor read the document's date by the one rule
    assert anchor_date(text) == date_of(expected) and isinstance(date_of(expected), dt.date)


def test_jobindsats_measures_take_the_site_named_in_the_text() -> None:
    got = _indicators("Driftsnyhed fra Jobindsats\n\nDer er kommet to nye nøgletal:\n\n1. Ledige i praktik\n"
                      "Målingen viser antallet af ledige, som i løbet af en måned har været i virksomhedspraktik.\n"
                      "2. Varighed af praktik\nMålingen viser den gennemsnitlige varighed af praktikforløb for ledige.\n")
    assert [(g["kind"], g["number"], g["measure"], g["population"], g["period_unit"]) for g in got] == [
        ("nøgletal", 1, "count", "ledige", "måned"), ("nøgletal", 2, "average", "praktikforløb for ledige", None)]
    from extract.parsers.indicators import parse

    assert {r.source for r in parse(_doc("Driftsnyhed fra Jobindsats\n\nDer er kommet et nyt nøgletal:\n\n"
                                         "1. Ledige i praktik\nMålingen viser antallet af ledige.\n"))} == {"jobindsats.dk"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Jobindsats.dk\n\nSelvforsørgelse efter ressourceforløb\n\nMålingen viser, hvor mange personer der er "
     "selvforsørgende 6 måneder efter endt ressourceforløb.\n",
     ("nøgletal", "Selvforsørgelse efter ressourceforløb", "count", "personer", "jobindsats.dk")),
    ("Nøgletal for fleksjob\n\nGennemsnitlig timetal i fleksjob\n\nNøgletallet viser det gennemsnitlige antal timer "
     "om ugen for personer i fleksjob.\n",
     ("other", "Gennemsnitlig timetal i fleksjob", "average", "personer i fleksjob", None)),
    ("Benchmarking\n\nResultatmålingen opgøres som forskellen mellem det faktiske og det forventede antal "
     "fuldtidspersoner på offentlig forsørgelse.\n",
     ("resultatindikator", "Resultatmålingen", "other", "fuldtidspersoner på offentlig forsørgelse", None)),
])
def test_measure_pages_of_other_layouts(text: str, expected: tuple) -> None:
    (got,) = _indicators(text)
    from extract.parsers.indicators import parse

    (record,) = parse(_doc(text))
    assert (got["kind"], got["title"], got["measure"], got["population"], record.source) == expected
    assert (got["numerator"], got["denominator"]) == (None, None)  # no division stated


def test_organisations_once_in_their_fullest_form() -> None:
    # corpus/star d04 and d05: "Det Nationale Forsknings- og Analysecenter for Velfærd (VIVE)"
    # and later "VIVE" are one organisation (danish/data/agencies.csv), listed as printed in full.
    from extract.parsers.policy_organisations import organisations_of

    text = ("Analysen er lavet af Det Nationale Forsknings- og Analysecenter for Velfærd (VIVE) for "
            "Beskæftigelsesministeriet. VIVE peger på, at jobcentrene og Ankestyrelsen ...")
    assert organisations_of(_doc(text)) == ["Det Nationale Forsknings- og Analysecenter for Velfærd (VIVE)",
                                            "Beskæftigelsesministeriet", "Ankestyrelsen"]


def test_an_inverted_agency_name_is_the_agency() -> None:
    # corpus/policy p14: STAR's circulars name it "Arbejdsmarkeds- og Rekrutteringsstyrelsen".
    from extract.parsers.policy_issuer import issuer_of

    found = issuer_of(_doc("Skrivelse om seniorpension\n\nArbejdsmarkeds- og Rekrutteringsstyrelsens "
                           "skrivelse nr. 9038 af 24/1 2020.\n"))
    assert found is not None and found.value == "Styrelsen for Arbejdsmarked og Rekruttering"
