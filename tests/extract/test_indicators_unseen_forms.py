"""Indicator definitions and kommuner in forms no dev text holds (session 22's probes of nøgletal pages, goal lists
and measure pages written from the conventions): each case a form the finders claim to read, failing for a reason
of the code. Texts in, exact fields out."""
from __future__ import annotations

from pathlib import Path

from knowledge.pipeline import extract_path


def flat(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "noegletal.txt"
    path.write_text(text, encoding="utf-8")
    return extract_path(path).flat.model_dump()


NOEGLETAL = """Nøgletal for sundhed og forebyggelse
Odense Kommune, 3. marts 2022

Forebyggelige indlæggelser
Nøgletallet viser antallet af forebyggelige indlæggelser blandt borgere på 65 år og derover pr. 1.000 borgere i aldersgruppen i løbet af et kalenderår. Kilde: Sundhedsdatastyrelsen.

Akutte genindlæggelser
Nøgletallet opgøres som antallet af akutte genindlæggelser inden for 30 dage i procent af alle udskrivninger. Kilde: Landspatientregistret.

Daglig rygning
Opgøres som andelen af voksne borgere, der ryger dagligt.
"""


def test_each_measure_keeps_its_own_source_and_its_definition_stops_before_it(tmp_path: Path) -> None:
    got = [(i["title"], i["source"], i["definition"], i["period_unit"]) for i in flat(tmp_path, NOEGLETAL)["indicators"]]
    assert got == [
        ("Forebyggelige indlæggelser", "Sundhedsdatastyrelsen",
         "Nøgletallet viser antallet af forebyggelige indlæggelser blandt borgere på 65 år og derover pr. 1.000 borgere "
         "i aldersgruppen i løbet af et kalenderår.", "år"),
        ("Akutte genindlæggelser", "Landspatientregistret",
         "Nøgletallet opgøres som antallet af akutte genindlæggelser inden for 30 dage i procent af alle udskrivninger.",
         None),
        # the definition that leaves its subject to the heading; no source of its own, and the others' are theirs
        ("Daglig rygning", None, "Opgøres som andelen af voksne borgere, der ryger dagligt.", None),
    ]


ONE_SOURCE = """Nøgletal for ældreområdet
Vejle Kommune, 3. marts 2022

Data stammer fra Danmarks Statistik.

Faldulykker
Nøgletallet opgøres som antallet af faldulykker blandt borgere over 65 år i løbet af året.

Genoptræning
Nøgletallet viser den gennemsnitlige ventetid på genoptræning i dage.
"""


def test_a_source_said_for_the_whole_text_is_every_measures(tmp_path: Path) -> None:
    got = [(i["title"], i["source"], i["period_unit"]) for i in flat(tmp_path, ONE_SOURCE)["indicators"]]
    assert got == [("Faldulykker", "Danmarks Statistik", "år"), ("Genoptræning", "Danmarks Statistik", None)]


def test_a_kommune_opening_the_body_under_a_dated_line(tmp_path: Path) -> None:
    text = ("Samarbejde om opkvalificering\nStyrelsen for Arbejdsmarked og Rekruttering, 11. november 2021\n\n"
            "Horsens Kommune har indgået et samarbejde med byggebranchen om opkvalificering.\n")
    assert [k["name"] for k in flat(tmp_path, text)["kommuner"]] == ["Horsens"]
    address = "Jobcenter\nVestergade 5\n8700 Horsens\n\nVi holder lukket i uge 29.\n"
    assert flat(tmp_path, address)["kommuner"] == []


MAALINGSBESKRIVELSE = """Nye målinger af samtaler
Styrelsen for Arbejdsmarked og Rekruttering, 7. marts 2023

ANDEL FORLØB MED RETTIDIG SAMTALE
Beskrivelse: Målingen viser andelen af sygedagpengeforløb, hvor den første samtale er afholdt senest i 8. uge.
Tæller: Antal forløb med rettidig første samtale
Nævner: Antal forløb, hvor første samtale skulle have været afholdt
Population: Sygedagpengemodtagere med forløb på mindst 8 uger

GENNEMSNITLIG VARIGHED AF FORLØB
Beskrivelse:
Målingen viser den gennemsnitlige varighed af afsluttede sygedagpengeforløb i uger.
"""


def test_a_heading_over_labelled_fields_names_the_measure(tmp_path: Path) -> None:
    """A målingsbeskrivelse: the measure's name as a heading, its fields as labelled lines (a label over its value
    too); the labels are the cue table's column names, and no label is the measure's text."""
    records = flat(tmp_path, MAALINGSBESKRIVELSE)["indicators"]
    got = [(i["title"], i["definition"], i["numerator"], i["denominator"]) for i in records]
    assert got == [
        ("ANDEL FORLØB MED RETTIDIG SAMTALE",
         "Målingen viser andelen af sygedagpengeforløb, hvor den første samtale er afholdt senest i 8. uge.",
         "Antal forløb med rettidig første samtale", "Antal forløb, hvor første samtale skulle have været afholdt"),
        ("GENNEMSNITLIG VARIGHED AF FORLØB",
         "Målingen viser den gennemsnitlige varighed af afsluttede sygedagpengeforløb i uger.", None, None),
    ]
    assert records[0]["population"] == "Sygedagpengemodtagere med forløb på mindst 8 uger"  # the labelled one


# Where a text says its measures are published is their source (the star README: "where the measure is published or
# computed"); session 23's probe of a health agency's indicator page.
PUBLISHED = """Nationale mål for sundhedsvæsenet
Sundhedsdatastyrelsen

Indikatorerne opdateres årligt og offentliggøres på esundhed.dk.

Forebyggelige indlæggelser
Nøgletallet viser antallet af forebyggelige indlæggelser blandt borgere på 65 år og derover pr. 1.000 borgere.

Akutte genindlæggelser
Nøgletallet opgøres som antallet af akutte genindlæggelser inden for 30 dage i procent af alle udskrivninger.
"""


def test_the_site_a_text_publishes_its_measures_on_is_their_source(tmp_path: Path) -> None:
    record = flat(tmp_path, PUBLISHED)
    assert [(i["title"], i["source"]) for i in record["indicators"]] == [
        ("Forebyggelige indlæggelser", "esundhed.dk"), ("Akutte genindlæggelser", "esundhed.dk")]
    assert record["issuer"] == "Sundhedsdatastyrelsen"


# A sigtelinje paper whose indicators are numbered under their sigtelinje ("Indikator 2.1"): the generic label names
# no kind (the paper's heading does), the sub-number is no number of the list, and the site the text says they are
# computed on is their source (seed 001's "fremgår af jobindsats.dk"); a sigtelinje has none (seed 001 gold).
SIGTELINJER = """Sigtelinjer og implementeringsindikatorer for sygedagpengereformen

Styrelsen for Arbejdsmarked og Rekruttering

Indikatorerne opgøres på jobindsats.dk.

Sigtelinje 1: Flere sygemeldte skal fastholde tilknytningen til arbejdspladsen.
Indikator 1.1: Andel sygedagpengeforløb med delvis raskmelding
Indikatoren opgøres som andelen af sygedagpengeforløb, hvor den sygemeldte har været delvist raskmeldt.

Sigtelinje 2: Færre sygemeldte skal have lange sygeforløb.
Indikator 2.1: Antal sygedagpengeforløb over 22 uger
Indikatoren opgøres som antallet af personer, der i en given måned har modtaget sygedagpenge i mere end 22 uger.
"""


def test_indicators_numbered_under_their_sigtelinje(tmp_path: Path) -> None:
    got = [(i["kind"], i["number"], i["title"], i["source"]) for i in flat(tmp_path, SIGTELINJER)["indicators"]]
    assert got == [
        ("sigtelinje", 1, "Flere sygemeldte skal fastholde tilknytningen til arbejdspladsen.", None),
        ("implementeringsindikator", None, "Andel sygedagpengeforløb med delvis raskmelding", "jobindsats.dk"),
        ("sigtelinje", 2, "Færre sygemeldte skal have lange sygeforløb.", None),
        ("implementeringsindikator", None, "Antal sygedagpengeforløb over 22 uger", "jobindsats.dk"),
    ]


# A nøgletal page whose "Definition" heading stands over the measure's sentence and its "Tæller:"/"Nævner:" lines: the
# field's heading names no measure; the page's title does (its "Nøgletal:" label off), and the sentence defines it.
FIELD_HEADING = """Nøgletal: Akutte genindlæggelser blandt ældre

Indikatoren indgår i de nationale mål for sundhedsvæsenet.

Definition
Antal akutte genindlæggelser inden for 30 dage efter udskrivelse pr. 1.000 borgere på 65 år og derover. Indikatoren opgøres årligt.

Tæller: Akutte genindlæggelser inden for 30 dage hos borgere på 65 år og derover.
Nævner: Antal borgere på 65 år og derover pr. 1. januar.
"""


def test_a_fields_heading_names_no_measure(tmp_path: Path) -> None:
    got = [(i["title"], i["definition"], i["numerator"], i["denominator"])
           for i in flat(tmp_path, FIELD_HEADING)["indicators"]]
    assert got == [("Akutte genindlæggelser blandt ældre",
                    "Antal akutte genindlæggelser inden for 30 dage efter udskrivelse pr. 1.000 borgere på 65 år og derover.",
                    "Akutte genindlæggelser inden for 30 dage hos borgere på 65 år og derover",
                    "Antal borgere på 65 år og derover pr. 1. januar")]


# An implementeringsindikator's label over a paragraph that opens with the measure's noun phrase (round 5's STAR
# paper): the paragraph says what it computes; "offentliggøres kvartalsvis på jobindsats.dk" names the source.
LABELLED_MEASURES = """Sigtelinjer og implementeringsindikatorer for sygedagpengeområdet

Implementeringsindikatorerne offentliggøres kvartalsvis på jobindsats.dk.

Implementeringsindikatorer

Implementeringsindikator 1: Rettidighed i opfølgningssamtaler
Andelen af opfølgningssamtaler med sygedagpengemodtagere, der er afholdt rettidigt.

Implementeringsindikator 2: Tværfaglige teams
Gennemsnitligt antal uger fra første fraværsdag til behandling i rehabiliteringsteamet.
"""


def test_an_indicators_label_over_its_noun_phrase(tmp_path: Path) -> None:
    got = [(i["kind"], i["number"], i["title"], i["measure"], i["definition"], i["source"])
           for i in flat(tmp_path, LABELLED_MEASURES)["indicators"]]
    assert got == [
        ("implementeringsindikator", 1, "Rettidighed i opfølgningssamtaler", "share",
         "Andelen af opfølgningssamtaler med sygedagpengemodtagere, der er afholdt rettidigt.", "jobindsats.dk"),
        ("implementeringsindikator", 2, "Tværfaglige teams", "average",
         "Gennemsnitligt antal uger fra første fraværsdag til behandling i rehabiliteringsteamet.", "jobindsats.dk"),
    ]


def test_a_period_inside_a_shares_relative_clause(tmp_path: Path) -> None:
    """"andelen af sygedagpengemodtagere, der i løbet af en måned har været delvist raskmeldt": the period between the
    relative pronoun and its verb goes, the clause stays (as star d02's gold numerator drops "i en given måned")."""
    text = ("Sigtelinjer for sygedagpengeområdet\n\nSigtelinjer\n\n1. Flere sygemeldte skal have en delvis raskmelding.\n"
            "Indikatoren opgøres som andelen af sygedagpengemodtagere, der i løbet af en måned har været delvist "
            "raskmeldt.\n")
    got = [(i["population"], i["numerator"], i["denominator"], i["period_unit"]) for i in flat(tmp_path, text)["indicators"]]
    assert got == [("sygedagpengemodtagere", "sygedagpengemodtagere, der har været delvist raskmeldt",
                    "sygedagpengemodtagere", "måned")]


# Session 24's probes: a numbered label heading a block of labelled fields is read as a numbered list reads it (title,
# number, kind), and a goal whose label carries only a name is titled by that name.
NUMBERED_BLOCKS = """Indikatorer for beskæftigelsesindsatsen 2024
Styrelsen for Arbejdsmarked og Rekruttering, 15. januar 2024

Indikator 1: Virksomhedsrettet indsats for aktivitetsparate kontanthjælpsmodtagere
Definition: Indikatoren opgøres som andelen af aktivitetsparate kontanthjælpsmodtagere, der har været i virksomhedspraktik eller løntilskud i løbet af en måned.
Datakilde: jobindsats.dk

Implementeringsindikator 2: Rettidige jobsamtaler
Definition: Indikatoren opgøres som andelen af jobsamtaler, der er afholdt rettidigt.
Datakilde: Det Fælles Datagrundlag
"""


def test_a_numbered_heading_over_labelled_fields(tmp_path: Path) -> None:
    got = [(i["kind"], i["number"], i["title"], i["source"]) for i in flat(tmp_path, NUMBERED_BLOCKS)["indicators"]]
    assert got == [("other", 1, "Virksomhedsrettet indsats for aktivitetsparate kontanthjælpsmodtagere", "jobindsats.dk"),
                   ("implementeringsindikator", 2, "Rettidige jobsamtaler", "Det Fælles Datagrundlag")]


NAMED_GOALS = """Nationale mål for sundhedsvæsenet
Indenrigs- og Sundhedsministeriet, 5. juni 2024

Mål 1: Flere sammenhængende patientforløb
Indikator: Akutte genindlæggelser
Beskrivelse: Andelen af indlæggelser, der efterfølges af en akut genindlæggelse inden for 30 dage efter udskrivelsen.
Datakilde: Landspatientregisteret

Mål 2: Mere lighed i sundhed
Indikator: Middellevetid
Beskrivelse: Den forventede restlevetid for en nyfødt.
Datakilde: Danmarks Statistik
"""


def test_a_goal_label_carrying_only_a_name(tmp_path: Path) -> None:
    # the name, not "Mål 1" with the name as definition; the indicator under it is the goal's measure, one entry as
    # the dev gold labels a goal with its measure (tests/fixtures/gold/policy/p10), its Datakilde the entry's source
    got = [(i["number"], i["title"], i["definition"], i["source"])
           for i in flat(tmp_path, NAMED_GOALS)["indicators"]]
    assert got == [(1, "Flere sammenhængende patientforløb", "Andelen af indlæggelser, der efterfølges af en akut "
                    "genindlæggelse inden for 30 dage efter udskrivelsen.", "Landspatientregisteret"),
                   (2, "Mere lighed i sundhed", "Den forventede restlevetid for en nyfødt.", "Danmarks Statistik")]


# Session 24's probes: a measure defined in prose whose subject carries a relative clause closed by its comma.
PROSE_DEFINITION = """Kvalitetsrapport for jobcentret 2021
Aarhus Kommune, 3. maj 2022

Andelen af borgere, der er selvforsørgende seks måneder efter afsluttet forløb, opgøres som antallet af borgere uden offentlig ydelse seks måneder efter afslutning divideret med alle borgere, der har afsluttet et forløb i perioden.
"""


def test_the_comma_closing_the_subjects_relative_clause_is_no_part_of_its_title(tmp_path: Path) -> None:
    (got,) = [(i["title"], i["measure"]) for i in flat(tmp_path, PROSE_DEFINITION)["indicators"]]
    assert got == ("Andelen af borgere, der er selvforsørgende seks måneder efter afsluttet forløb", "share")


# Session 25's probes: a goal list whose definition lines state the division as a measure's definition does.
GOAL_DIVISIONS = """Ministerens mål for 2024
Beskæftigelsesministeriet, 12. december 2023

Mål 1: Langtidsledigheden skal bekæmpes
Målet opgøres som antal langtidsledige i procent af arbejdsstyrken.

Mål 2: Flere unge i job
Målet opgøres som antallet af unge i ordinær beskæftigelse i procent af alle unge under 30 år.
"""


def test_a_goals_definition_line_gives_the_division(tmp_path: Path) -> None:
    got = [(i["number"], i["measure"], i["numerator"], i["denominator"])
           for i in flat(tmp_path, GOAL_DIVISIONS)["indicators"]]
    assert got == [(1, "share", "antal langtidsledige", "arbejdsstyrken"),
                   (2, "share", "antallet af unge i ordinær beskæftigelse", "alle unge under 30 år")]


# Session 25's probes: "Nøgletal" and "Måling" label numbered measures as "Indikator" does; the name's sentence and
# the measure's noun phrase may share a line (the name kept as printed, its full stop too, as the gold keeps
# "Progression blandt borgere i små fleksjob."); a nøgletal is from jobindsats.dk only when the text names the site.
NOEGLETAL_LABELS = """Nøgletal for dagtilbud 2023
KL, 22. august 2023

Nøgletal 1. Normering
Antal børn pr. pædagogisk medarbejder i kommunale daginstitutioner.

Nøgletal 2. Pædagoguddannet personale
Andelen af det pædagogiske personale med en pædagoguddannelse.
"""

ONE_LINE_MAALINGER = """Udtræk fra jobindsats.dk
Styrelsen for Arbejdsmarked og Rekruttering, 3. marts 2024

Måling 1: Andel på offentlig forsørgelse. Antal fuldtidspersoner på offentlige forsørgelsesydelser i procent af befolkningen i alderen 16-66 år.
Måling 2: Varighed. Gennemsnitligt antal uger på ydelse for personer med et afsluttet forløb i kvartalet.
"""


def test_noegletal_and_maaling_label_numbered_measures(tmp_path: Path) -> None:
    got = [(i["kind"], i["number"], i["title"], i["definition"], i["source"])
           for i in flat(tmp_path, NOEGLETAL_LABELS)["indicators"]]
    assert got == [("nøgletal", 1, "Normering", "Antal børn pr. pædagogisk medarbejder i kommunale daginstitutioner.", None),
                   ("nøgletal", 2, "Pædagoguddannet personale",
                    "Andelen af det pædagogiske personale med en pædagoguddannelse.", None)]
    got = [(i["number"], i["title"], i["definition"], i["measure"], i["denominator"])
           for i in flat(tmp_path, ONE_LINE_MAALINGER)["indicators"]]
    assert got == [(1, "Andel på offentlig forsørgelse.", "Antal fuldtidspersoner på offentlige forsørgelsesydelser i "
                    "procent af befolkningen i alderen 16-66 år.", "share", "befolkningen i alderen 16-66 år"),
                   (2, "Varighed.", "Gennemsnitligt antal uger på ydelse for personer med et afsluttet forløb i kvartalet.",
                    "average", None)]


# Session 25's probes: after a label the name may follow the (sub)number with no mark between.
UNMARKED_NAMES = """Kvalitetsindikatorer for plejeboliger 2024
Rudersdal Kommune, 4. april 2024

Indikator 1.1 Ernæring
Andel af beboere med uplanlagt vægttab, som har fået en ernæringsindsats.

Indikator 2 Tryksår
Antal beboere med nyopståede tryksår i løbet af kvartalet.
"""


def test_a_labels_name_after_its_number_without_a_mark(tmp_path: Path) -> None:
    got = [(i["number"], i["title"], i["measure"]) for i in flat(tmp_path, UNMARKED_NAMES)["indicators"]]
    assert got == [(None, "Ernæring", "share"), (2, "Tryksår", "count")]


# A numbered "Nøgletal N." heading over labelled fields is the fields' measure, read once (computed.labelled_blocks),
# not a numbered item of its own beside a record titled "Definition".
NOEGLETAL_FIELDS = """Nøgletal for integrationsområdet 2022
KL, 21. juni 2022

Nøgletal 1. Selvforsørgelse blandt flygtninge
Definition: Antal flygtninge, der er selvforsørgende 12 måneder efter programmet, i procent af alle, der har afsluttet programmet.
Datakilde: Danmarks Statistik
"""


def test_a_numbered_noegletal_heading_over_labelled_fields(tmp_path: Path) -> None:
    got = [(i["kind"], i["number"], i["title"], i["source"]) for i in flat(tmp_path, NOEGLETAL_FIELDS)["indicators"]]
    assert got == [("nøgletal", 1, "Selvforsørgelse blandt flygtninge", "Danmarks Statistik")]


# Session 25's probes: under a bare number a paragraph is the item's definition when it says how its subject is
# computed or opens with a measure's noun phrase stating a division; a concept defined is no measure.
NUMBERED_SECTIONS = """Kvalitetsrapport for folkeskolerne 2022/23
Vejle Kommune, 15. november 2023

1. Faglighed
Andelen af elever, der består dansk og matematik, i procent af alle elever, der har aflagt prøverne.

2. Fravær
Elevfraværet defineres som antal fraværsdage i procent af det samlede antal skoledage.

3. Sundhed
Sundhed defineres som en vedvarende tilstand af fysisk, psykisk og socialt velvære.
"""


def test_a_bare_numbered_heading_over_its_measures_definition(tmp_path: Path) -> None:
    got = [(i["number"], i["title"], i["measure"]) for i in flat(tmp_path, NUMBERED_SECTIONS)["indicators"]]
    assert got == [(1, "Faglighed", "share"), (2, "Fravær", "share")]
