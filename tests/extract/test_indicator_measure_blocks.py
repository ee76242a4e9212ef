"""A measure's block as indicator descriptions write it: the reference period in any form of its noun (definite "i
løbet af måneden", "ultimo måneden", "opgjort for hele året", a label line "Opgørelsesperiode: Kalenderår"), a
direction or goal followed "ved" a measure, a goal's "Målet opgøres som ..." line, "Tæller:"/"Nævner:" lines (and
"Nævneren er ...") that fill the measure above them, and a section heading "Om målingen" that names no measure.
Short realistic texts in, exact fields out; texts that must give nothing or keep their fields."""
from __future__ import annotations

import pytest

from extract.document import Document
from extract.indicators import fields
from extract.parsers.indicators import parse

FIELDS = ("kind", "number", "title", "definition", "measure", "population", "numerator", "denominator",
          "period_unit", "source")


def _indicators(text: str) -> list[dict]:
    doc = Document.from_text(text)
    return [{f: getattr(r, f) for f in FIELDS} for r in parse(doc)]


# --- the reference period from the noun's lemma ------------------------------------------------------------------

@pytest.mark.parametrize("phrase, unit", [
    ("andelen af ledige, der har deltaget i løntilskud i løbet af måneden", "måned"),
    ("antallet af fuldtidspersoner på sygedagpenge, opgjort ultimo måneden", "måned"),
    ("andelen af samtaler, der skulle have været holdt i måneden", "måned"),
    ("antallet af borgere, der har været ledige i den pågældende måned", "måned"),
    ("den gennemsnitlige ventetid i dage, opgjort for hele året", "år"),
    ("antallet af genoptræningsforløb, der er afsluttet i kalenderåret", "år"),
    ("antallet af personer, der er udskrevet i løbet af det pågældende år", "år"),
])
def test_a_period_in_the_other_forms_of_its_noun(phrase: str, unit: str) -> None:
    assert fields.period_unit_of("", phrase) == unit


@pytest.mark.parametrize("phrase", [
    "Tallene opdateres månedligt.",  # an update frequency (star README: gives null)
    "Nøgletallet offentliggøres én gang om året.",
    "antallet af ledige, der har været ledige i 1 år",  # a duration
    "Kommunen har i år ansat flere sagsbehandlere.",  # "i år" is this year
    "antallet af ydelsesmodtagere i de seneste måneder",  # no number of months
])
def test_no_period_from_a_frequency_a_duration_or_this_year(phrase: str) -> None:
    assert fields.period_unit_of("", phrase) is None


KVALITETSINDIKATOR = """Indikatorbeskrivelse for apopleksi
Regionernes Kliniske Kvalitetsudviklingsprogram, 2. februar 2024

Indikator 2: Tidlig vurdering af synkefunktion
Indikatoren opgøres som andelen af patienter med apopleksi, der får vurderet synkefunktionen inden for fire timer.
Type: Procesindikator
Standard: ≥ 90 %
Tæller: Patienter, der er synkevurderet inden for fire timer efter indlæggelse
Nævner: Patienter på 18 år og derover, der er indlagt med apopleksi i opgørelsesperioden
Opgørelsesperiode: Kalenderår
Datakilde: Landspatientregisteret

Indikator 3: Mobilisering
Indikatoren opgøres som andelen af patienter, der mobiliseres senest dagen efter indlæggelsen.
Type: Procesindikator
Standard: ≥ 80 %
Tæller: Patienter, der er mobiliseret senest dagen efter indlæggelse
Nævner: Patienter, der er indlagt med apopleksi
Opgørelsesperiode: Kalenderår
Datakilde: Dansk Apopleksiregister
"""


def test_fraction_lines_fill_the_measure_above_them_and_its_block_gives_period_and_source() -> None:
    """The "Standard: ≥ 90 %" line over "Tæller:" names no measure: the fraction is indicator 2's, and so are the
    period label and the Datakilde line of its block."""
    got = [(i["number"], i["title"], i["numerator"], i["denominator"], i["period_unit"], i["source"])
           for i in _indicators(KVALITETSINDIKATOR)]
    assert got == [
        (2, "Tidlig vurdering af synkefunktion", "Patienter, der er synkevurderet inden for fire timer efter indlæggelse",
         "Patienter på 18 år og derover, der er indlagt med apopleksi i opgørelsesperioden", "år",
         "Landspatientregisteret"),
        (3, "Mobilisering", "Patienter, der er mobiliseret senest dagen efter indlæggelse",
         "Patienter, der er indlagt med apopleksi", "år", "Dansk Apopleksiregister"),
    ]


MAALINGSSIDE = """Andel i løntilskud – dagpengemodtagere
Styrelsen for Arbejdsmarked og Rekruttering, 2. maj 2023

Om målingen
Målingen viser andelen af dagpengemodtagere, der har været ansat med løntilskud i løbet af en måned.

Hvem indgår i målingen?
Opgørelsen omfatter forsikrede ledige, der har modtaget dagpenge i mindst én dag i måneden.

Beregning
Tæller: dagpengemodtagere med mindst én dags løntilskud i måneden
Nævner: alle dagpengemodtagere i måneden

Målingen findes på Jobindsats.dk.
"""


def test_a_measure_page_is_one_measure_named_by_its_title() -> None:
    """"Om målingen" is a section about the page's measure, "Hvem indgår i målingen?" and "Beregning" are its
    fields: one measure, titled by the page, its fraction from the labelled lines."""
    assert _indicators(MAALINGSSIDE) == [{
        "kind": "nøgletal", "number": None, "title": "Andel i løntilskud – dagpengemodtagere",
        "definition": "Målingen viser andelen af dagpengemodtagere, der har været ansat med løntilskud i løbet af en "
                      "måned.",
        "measure": "share", "population": "dagpengemodtagere",
        "numerator": "dagpengemodtagere med mindst én dags løntilskud i måneden",
        "denominator": "alle dagpengemodtagere i måneden", "period_unit": "måned", "source": "jobindsats.dk"}]


NOEGLETALSSIDE = """Akutte genindlæggelser blandt ældre
Sundhedsdatastyrelsen, 4. september 2023

Om nøgletallet
Nøgletallet viser andelen af udskrivninger af borgere på 65 år og derover, der efterfølges af en akut genindlæggelse. Nøgletallet opgøres for hele året.
"""


def test_about_the_key_figure_takes_the_pages_title_and_the_next_sentence_its_period() -> None:
    (got,) = _indicators(NOEGLETALSSIDE)
    assert (got["title"], got["measure"], got["period_unit"]) == ("Akutte genindlæggelser blandt ældre", "share", "år")


def test_a_heading_that_names_another_measure_keeps_its_own_fraction() -> None:
    """Fraction lines under a measure's own name (no field heading, no label line over them) stay that measure's."""
    text = ("Indikator 1: Genindlæggelser\nIndikatoren opgøres som andelen af udskrivninger, der efterfølges af en "
            "genindlæggelse.\n\nAkutte indlæggelser af ældre\nTæller: Antal akutte indlæggelser af borgere over 65 år\n"
            "Nævner: Antal borgere over 65 år\n")
    got = [(i["title"], i["numerator"], i["denominator"]) for i in _indicators(text)]
    assert got == [("Genindlæggelser", "udskrivninger, der efterfølges af en genindlæggelse", "udskrivninger"),
                   ("Akutte indlæggelser af ældre", "Antal akutte indlæggelser af borgere over 65 år",
                    "Antal borgere over 65 år")]


NAEVNEREN = """Nye målinger om ressourceforløb
Styrelsen for Arbejdsmarked og Rekruttering, 6. juni 2023

Andel i job efter ressourceforløb
Målingen viser andelen af personer med afsluttet ressourceforløb, der er i ordinær beskæftigelse. Andelen opgøres for forløb, der er afsluttet i en given måned. Nævneren er alle personer, hvis ressourceforløb er afsluttet i måneden.
"""


def test_a_sentence_naming_the_denominator_and_one_stating_the_period() -> None:
    (got,) = _indicators(NAEVNEREN)
    assert (got["numerator"], got["denominator"], got["period_unit"]) == (
        "personer med afsluttet ressourceforløb, der er i ordinær beskæftigelse",
        "alle personer, hvis ressourceforløb er afsluttet i måneden", "måned")


# --- a direction or a goal followed by a measure -------------------------------------------------------------------

SIGTELINJER = """Sigtelinjer for sygedagpengeområdet 2024
Styrelsen for Arbejdsmarked og Rekruttering, 15. januar 2024

Sigtelinje 1: Flere sygemeldte skal vende tilbage til arbejde.
Sigtelinjen følges ved antallet af sygedagpengemodtagere, der i løbet af en måned raskmeldes til arbejde.

Sigtelinje 2: Færre skal have lange sygeforløb.
Sigtelinjen måles ved andelen af sygedagpengeforløb, der varer mere end 22 uger, opgjort ultimo måneden.
"""


def test_a_sigtelinje_followed_by_a_measure_is_defined_by_it() -> None:
    got = [(i["number"], i["definition"], i["measure"], i["population"], i["period_unit"])
           for i in _indicators(SIGTELINJER)]
    assert got == [
        (1, "Sigtelinjen følges ved antallet af sygedagpengemodtagere, der i løbet af en måned raskmeldes til arbejde.",
         "count", "sygedagpengemodtagere", "måned"),
        (2, "Sigtelinjen måles ved andelen af sygedagpengeforløb, der varer mere end 22 uger, opgjort ultimo måneden.",
         "share", "sygedagpengeforløb", "måned"),
    ]


def test_followed_with_help_or_closely_defines_nothing() -> None:
    text = ("Sigtelinje 1: Flere unge skal i uddannelse.\nSigtelinjen følges ved hjælp af data fra kommunerne.\n\n"
            "Sigtelinje 2: Færre skal på kontanthjælp.\nSigtelinjen følges tæt af styrelsen.\n")
    assert [(i["number"], i["definition"]) for i in _indicators(text)] == [(1, None), (2, None)]


def test_a_goal_sentence_takes_the_line_saying_how_the_goal_is_measured() -> None:
    text = ("Aftalen fastsætter et mål for området:\n\n"
            "Nationalt mål: Antallet af langtidsledige skal halveres frem mod 2030.\n"
            "Målet opgøres som antallet af personer, der har været ledige i mindst 80 pct. af tiden det seneste år.\n")
    (got,) = _indicators(text)
    assert (got["definition"], got["measure"]) == (
        "Målet opgøres som antallet af personer, der har været ledige i mindst 80 pct. af tiden det seneste år.", "count")


def test_a_goal_followed_by_a_sentence_about_something_else_keeps_no_definition() -> None:
    text = ("Nationalt mål: Antallet af langtidsledige skal halveres frem mod 2030.\n"
            "Målet er fastsat i den politiske aftale fra 2022.\n")
    (got,) = _indicators(text)
    assert got["definition"] is None
