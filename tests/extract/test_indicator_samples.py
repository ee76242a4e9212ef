"""Indicators beyond employment from realistic Danish samples written for these tests (new
sentences, not copied from any corpus text): goals in prose and lists, "opgøres/beregnes
som", "Målingen viser", "pr. 1.000", "i procent af", measures in tables, kvalitetsstandarder;
and sentences that must give nothing. Every field is exact; no formula the text does not
state."""
from __future__ import annotations

import pytest

from extract.document import Document
from extract.indicators.finders import unwrapped
from extract.parsers.indicators import parse

FIELDS = ("kind", "number", "title", "definition", "measure", "population", "numerator", "denominator",
          "period_unit", "source")


def _doc(text: str) -> Document:
    return Document.from_text(text, id="t", source="t.txt")


def _rows(text: str) -> list[dict]:
    return [{f: getattr(r, f) for f in FIELDS} for r in parse(_doc(text))]


def _row(**given: object) -> dict:
    row: dict = dict.fromkeys(FIELDS)
    row.update({"kind": "other", **given})
    return row


@pytest.mark.parametrize(("text", "expected"), [
    # a target in running text after a sentence naming goals; a count's population is what it counts
    ("Regeringen har i dag præsenteret nye mål for sundheden. Frem mod 2030 skal flere leve længe, "
     "og antallet af dagligrygere skal reduceres med mindst 30 procent.\n",
     [_row(title="antallet af dagligrygere skal reduceres med mindst 30 procent", measure="count",
           population="dagligrygere")]),
    # ... a share's phrase (the line before names the goals) is its definition and division
    ("Kommunens mål for beskæftigelsen er ambitiøse.\n"
     "Andelen af unge, der gennemfører en ungdomsuddannelse, skal øges til 95 pct. inden 2030.\n",
     [_row(title="Andelen af unge, der gennemfører en ungdomsuddannelse, skal øges til 95 pct.",
           definition="Andelen af unge, der gennemfører en ungdomsuddannelse", measure="share",
           population="unge", numerator="unge, der gennemfører en ungdomsuddannelse", denominator="unge")]),
    # ... in V2 order after a fronted adverbial ("I 2030 skal andelen af X være steget til ...")
    ("Regeringens mål for beskæftigelsen er klare. I 2030 skal andelen af ledige, der er i job efter et år, "
     "være steget til 60 procent.\n",
     [_row(title="andelen af ledige, der er i job efter et år, være steget til 60 procent",
           definition="andelen af ledige, der er i job efter et år", measure="share", population="ledige",
           numerator="ledige, der er i job efter et år", denominator="ledige")]),
    # ... a target the lead states and the list repeats is one goal, the list's
    ("Regeringen har i dag fremlagt sine mål. Frem mod 2025 skal antallet af langtidsledige falde med "
     "20 procent.\n\nMålene er:\n• Antallet af langtidsledige på kontanthjælp skal falde med 20 procent\n",
     [_row(title="Antallet af langtidsledige på kontanthjælp skal falde med 20 procent", measure="count",
           population="langtidsledige på kontanthjælp")]),
    # ... a target that halves its count names its figure in the verb
    ("Regeringens mål for de unge er klare. Antallet af unge uden job og uddannelse skal halveres inden 2030.\n",
     [_row(title="Antallet af unge uden job og uddannelse skal halveres", measure="count",
           population="unge uden job og uddannelse")]),
    # "opgøres som ... pr. 1.000 ...": admissions per admissions is a share
    ("Indikatoren for genindlæggelser\n\nIndikatoren opgøres som antallet af akutte genindlæggelser "
     "inden for 30 dage pr. 1.000 indlæggelser.\n",
     [_row(title="Indikatoren for genindlæggelser",
           definition="Indikatoren opgøres som antallet af akutte genindlæggelser inden for 30 dage pr. 1.000 "
                      "indlæggelser.",
           measure="share", numerator="antallet af akutte genindlæggelser inden for 30 dage",
           denominator="1.000 indlæggelser")]),
    # "beregnes som ... i procent af ..."
    ("Sygefraværet beregnes som antal sygedage i procent af det samlede antal arbejdsdage.\n",
     [_row(title="Sygefraværet",
           definition="Sygefraværet beregnes som antal sygedage i procent af det samlede antal arbejdsdage.",
           measure="share", numerator="antal sygedage", denominator="det samlede antal arbejdsdage")]),
    # "viser, hvor mange X, i procent af Y": the question word is no part of the numerator;
    # the persons after "alle" are who is measured (the star gold's "samtlige personer i ...")
    ("Jobeffekt\n\nIndikatoren viser, hvor mange ledige der er i job, i procent af alle ledige i kommunen.\n",
     [_row(title="Jobeffekt",
           definition="Indikatoren viser, hvor mange ledige der er i job, i procent af alle ledige i kommunen.",
           measure="share", population="alle ledige i kommunen", numerator="ledige der er i job",
           denominator="alle ledige i kommunen")]),
    # a measure named by its heading, defined by "Målingen viser"; "de seneste 12 måneder" is its period
    ("Virksomhedspraktik for kontanthjælpsmodtagere\n\nMålingen viser andelen af borgere på kontanthjælp, "
     "der har været i virksomhedspraktik inden for de seneste 12 måneder.\n",
     [_row(title="Virksomhedspraktik for kontanthjælpsmodtagere",
           definition="Målingen viser andelen af borgere på kontanthjælp, der har været i virksomhedspraktik "
                      "inden for de seneste 12 måneder.",
           measure="share", population="borgere på kontanthjælp",
           numerator="borgere på kontanthjælp, der har været i virksomhedspraktik",
           denominator="borgere på kontanthjælp", period_unit="måned")]),
    # numbered goals under a heading naming them
    ("Nationale mål for sundhed:\n1. Flere skal have et godt helbred\n2. Færre skal ryge dagligt\n"
     "3. Kortere ventetid på behandling\n",
     [_row(number=1, title="Flere skal have et godt helbred", measure="other"),
      _row(number=2, title="Færre skal ryge dagligt", measure="other"),
      _row(number=3, title="Kortere ventetid på behandling", measure="other")]),
    # numbered goals made measurable later in the text, linked by number ("Mål 1 måles ved",
    # "Mål 3 opgøres som"); a goal with no such sentence has no definition
    ("Kommunens tre mål for beskæftigelsen:\n1. Flere borgere i job\n2. Færre unge på offentlig forsørgelse\n"
     "3. Kortere sygeforløb\n\nOpfølgning\n"
     "Mål 1 måles ved andelen af borgere på offentlig forsørgelse, der kommer i job.\n"
     "Mål 3 opgøres som den gennemsnitlige varighed af sygedagpengeforløb.\n",
     [_row(number=1, title="Flere borgere i job",
           definition="Mål 1 måles ved andelen af borgere på offentlig forsørgelse, der kommer i job.",
           measure="share", population="borgere på offentlig forsørgelse",
           numerator="borgere på offentlig forsørgelse, der kommer i job",
           denominator="borgere på offentlig forsørgelse"),
      _row(number=2, title="Færre unge på offentlig forsørgelse", measure="other"),
      _row(number=3, title="Kortere sygeforløb",
           definition="Mål 3 opgøres som den gennemsnitlige varighed af sygedagpengeforløb.", measure="average",
           population="sygedagpengeforløb")]),
    # a municipal kvalitetsstandard: the goal under "Servicemål", counted over its own cases
    ("Kvalitetsstandard for hjemmepleje\n\nServicemål\nHjemmehjælpen skal starte senest 5 hverdage efter "
     "bevillingen i 95 % af sagerne.\n\nMålgruppe\nBorgere over 65 år med nedsat funktionsevne.\n",
     [_row(title="Hjemmehjælpen skal starte senest 5 hverdage efter bevillingen i 95 % af sagerne.",
           measure="share", population="sagerne")]),
    # measures named in a table with their definitions and sources; per 1.000 citizens is an average
    ("Indikator\tDefinition\tKilde\n"
     "Andel dagligrygere\tAndelen af voksne, der ryger dagligt\tDen Nationale Sundhedsprofil\n"
     "Antal genindlæggelser\tAntal akutte genindlæggelser pr. 1.000 borgere\tLandspatientregisteret\n",
     [_row(title="Andel dagligrygere", definition="Andelen af voksne, der ryger dagligt", measure="share",
           population="voksne", numerator="voksne, der ryger dagligt", denominator="voksne",
           source="Den Nationale Sundhedsprofil"),
      _row(title="Antal genindlæggelser", definition="Antal akutte genindlæggelser pr. 1.000 borgere",
           measure="average", population="borgere", numerator="Antal akutte genindlæggelser",
           denominator="1.000 borgere", source="Landspatientregisteret")]),
    # a fact box: the vertical form of a measure table, one labelled field a line
    ("Nøgletal: Andel ledige, der har fået et tilbud\n"
     "Definition: Andelen af ledige, der har modtaget et tilbud inden for perioden.\nKilde: jobindsats.dk\n",
     [_row(kind="nøgletal", title="Andel ledige, der har fået et tilbud",
           definition="Andelen af ledige, der har modtaget et tilbud inden for perioden.", measure="share",
           population="ledige", numerator="ledige, der har modtaget et tilbud", denominator="ledige",
           source="jobindsats.dk")]),
    # ... two boxes in a row, the first a fraction; the next "Indikator:" starts a new one
    ("Indikator: Sygefravær blandt ansatte\nTæller: Antal sygedage\nNævner: Antal fuldtidsansatte\n"
     "Datakilde: Lønsystemet\n"
     "Indikator: Genindlæggelser\nBeregning: Antal genindlæggelser inden for 30 dage pr. 1.000 udskrivninger.\n"
     "Kilde: Landspatientregisteret\n",
     [_row(title="Sygefravær blandt ansatte", measure="average", population="fuldtidsansatte",
           numerator="Antal sygedage", denominator="Antal fuldtidsansatte", source="Lønsystemet"),
      _row(title="Genindlæggelser",
           definition="Antal genindlæggelser inden for 30 dage pr. 1.000 udskrivninger.", measure="share",
           numerator="Antal genindlæggelser inden for 30 dage", denominator="1.000 udskrivninger",
           source="Landspatientregisteret")]),
])
def test_samples_give_exactly_these_indicators(text: str, expected: list[dict]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize("text", [
    # a target said in a debate, with no goal named around it
    "Antallet af ledige skal reduceres med 10 procent, sagde ordføreren i debatten.\n",
    # a figure that was, not one that shall be
    "Målet er nået. Antallet af hjemløse faldt med 12 procent fra 2019 til 2022.\n",
    # a target with no figure in prose
    "Regeringens mål er klare. Antallet af hjemløse skal reduceres markant.\n",
    # an evaluation's finding is a statistic, not a measure
    "Evalueringen af rygestopforløbet viser, at 40 procent af deltagerne var røgfri efter seks måneder.\n",
    # intentions and conditions are no goals, whatever they hold
    "Intentionerne med målene er:\n• Antallet af ledige skal falde med 10 procent.\n",
    # labelled lines that name no measure, or name one without saying how it is computed
    "Mødedato: 3. marts 2024\nSted: Rådhuset\nBeskrivelse: Gennemgang af budgettet.\n",
    # an ordinary letter
    "Kære Hanne\n\nTak for dit brev af 3. marts. Vi holder møde i næste uge om budgettet.\n\n"
    "Med venlig hilsen\nPeter\n",
])
def test_sentences_that_give_nothing(text: str) -> None:
    assert _rows(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a PDF wraps a definition mid-sentence: the definition runs on over the break
    ("Andel i job\n\nIndikatoren opgøres som andelen af borgere, der er i job eller\n"
     "uddannelse seks måneder efter forløbets afslutning.\n",
     [_row(title="Andel i job",
           definition="Indikatoren opgøres som andelen af borgere, der er i job eller uddannelse seks måneder "
                      "efter forløbets afslutning.",
           measure="share", population="borgere",
           numerator="borgere, der er i job eller uddannelse seks måneder efter forløbets afslutning",
           denominator="borgere")]),
    # ... also where the sentence would otherwise not end at all on its first line
    ("Sygefraværet beregnes som antal sygedage i procent af det\nsamlede antal arbejdsdage.\n",
     [_row(title="Sygefraværet",
           definition="Sygefraværet beregnes som antal sygedage i procent af det samlede antal arbejdsdage.",
           measure="share", numerator="antal sygedage", denominator="det samlede antal arbejdsdage")]),
    # ... and a line-break hyphen is kept as written (the convention's "Refor- men")
    ("Sygefraværet beregnes som antal sygedage i procent af det sam-\nlede antal arbejdsdage.\n",
     [_row(title="Sygefraværet",
           definition="Sygefraværet beregnes som antal sygedage i procent af det sam- lede antal arbejdsdage.",
           measure="share", numerator="antal sygedage", denominator="det sam- lede antal arbejdsdage")]),
    # a target wrapped after the goals it stands beside
    ("Kommunens mål for beskæftigelsen er ambitiøse, og antallet af borgere på\n"
     "kontanthjælp skal reduceres med mindst 10 procent.\n",
     [_row(title="antallet af borgere på kontanthjælp skal reduceres med mindst 10 procent", measure="count",
           population="borgere på kontanthjælp")]),
])
def test_wrapped_lines_read_as_one_sentence(text: str, expected: list[dict]) -> None:
    assert _rows(text) == expected


def test_only_wraps_are_joined() -> None:
    text = ("Målfastsættelse:\no Flere besøgende udefra\no Flere partnerskaber\n"
            "Resultatmål\nMindst 90 procent af borgerne skal\nhave en samtale.\n• punkt\n1. punkt\n")
    joined = unwrapped(text)
    assert len(joined) == len(text)
    assert joined.split("\n") == ["Målfastsættelse:", "o Flere besøgende udefra", "o Flere partnerskaber",
                                   "Resultatmål", "Mindst 90 procent af borgerne skal have en samtale.",
                                   "• punkt", "1. punkt", ""]
    # table rows are read line by line, whatever case a row starts in
    rows = "Ydelse\tAntal\nKontanthjælp\t120\na-dagpenge\t80\n| Ydelse | Antal |\n| a-dagpenge | 80 |\n"
    assert unwrapped(rows) == rows


# Accounts a kommune keeps (klimaregnskab, CO2-regnskab, energiregnskab): the quantity the
# account computes is the measure, an amount in a physical unit (measure other), whose
# emissions or consumption the population, the account the source, a year the period
# where the text keeps the account by year.
@pytest.mark.parametrize(("text", "expected"), [
    # the object of "opgør", with the account's scope
    ("Kommunens klimaregnskab for 2023 opgør udledningen af drivhusgasser fra kommunen som geografisk område. "
     "Udledningen var 412.000 tons CO2e.\n",
     [_row(title="udledningen af drivhusgasser fra kommunen som geografisk område", measure="other",
           population="kommunen som geografisk område", period_unit="år", source="klimaregnskab")]),
    # the subject of "opgøres"; the account's heading carries its year
    ("Energiregnskab 2024\n\nEnergiforbruget i kommunens bygninger opgøres årligt i MWh og sammenholdes med det "
     "foregående år.\n",
     [_row(title="Energiforbruget i kommunens bygninger", measure="other", population="kommunens bygninger",
           period_unit="år", source="energiregnskab")]),
    # two quantities coordinated under one "opgøre"
    ("Af energiregnskabet fremgår det, at kommunen hvert år skal opgøre elforbruget på skolerne og "
     "varmeforbruget i daginstitutionerne.\n",
     [_row(title="elforbruget på skolerne", measure="other", population="skolerne", period_unit="år",
           source="energiregnskab"),
      _row(title="varmeforbruget i daginstitutionerne", measure="other", population="daginstitutionerne",
           period_unit="år", source="energiregnskab")]),
    # "hvert år" in the sentence naming the account; the quantity a sentence later
    ("CO2-regnskabet for kommunen som virksomhed udarbejdes hvert år. Det opgør brændstofforbruget for "
     "kommunens køretøjer.\n",
     [_row(title="brændstofforbruget for kommunens køretøjer", measure="other", population="kommunens køretøjer",
           period_unit="år", source="CO2-regnskab")]),
    # no year stated: no period; the quantity restated later is one measure
    ("Klimaregnskabet skal opgøre CO2-udledningen fra kommunen som koncern. Metoden til opgørelse af "
     "CO2-udledningen ændres i år.\n",
     [_row(title="CO2-udledningen fra kommunen som koncern", measure="other", population="kommunen som koncern",
           source="klimaregnskab")]),
])
def test_accounts_give_the_quantity_they_compute(text: str, expected: list[dict]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize("text", [
    # a figure an account reports is a statistic
    "Kommunens CO2-regnskab viser, at CO2-udledningen fra kommunens egne bygninger faldt med 6 pct. fra 2022 "
    "til 2023.\n",
    "Klimaregnskabet giver en lavere opgørelse af de historiske udledninger på ca. 331.000 tons CO2e.\n",
    # an account only referred to, and a projection
    "Byrådet tager klimaregnskabet 2024 for Aarhus Kommune som koncern til efterretning. Således forventes nu en "
    "udledning på ca. 614.000 tons CO2e i 2030.\n",
    # an aim that names no quantity
    "Kommunen vil være CO2-neutral i 2050 og opgøre sin indsats i et nyt klimaregnskab.\n",
    # emissions computed in a text that keeps no account (a party's demand)
    "Partiet vil opgøre udledningen af CO2e fra landbruget mere præcist.\n",
    # a financial account is no account of a physical quantity
    "Anlægsregnskabet opgør forbruget på de fire anlægsprojekter.\n",
])
def test_accounts_that_give_nothing(text: str) -> None:
    assert _rows(text) == []


# Targets beyond shares and counts, in a sentence that names goals: emissions and consumption
# (measure other, whose after "fra"/"for"), waiting and case-handling times (duration), grade
# averages (average), a level rather than a change ("mindst 7,0", "højst er 3 måneder"), a
# change stated as a noun ("en reduktion af X på 70 pct."), a baseline year kept in the title;
# a count per 1.000 persons is a rate per person, an average.
@pytest.mark.parametrize(("text", "expected"), [
    ("Klimaplanens mål er, at udledningen af CO2e fra kommunen som geografisk område skal reduceres med 70 pct. "
     "i 2030 i forhold til 1990.\n",
     [_row(title="udledningen af CO2e fra kommunen som geografisk område skal reduceres med 70 pct. i 2030 i forhold "
                 "til 1990", measure="other", population="kommunen som geografisk område")]),
    ("Byrådets mål for klimaet er en reduktion af CO2-udledningen på 70 pct. i 2030 i forhold til 1990.\n",
     [_row(title="reduktion af CO2-udledningen på 70 pct. i 2030 i forhold til 1990", measure="other")]),
    # ... per inhabitant: a rate per person, an average; the level with its unit
    ("Klimaplanens mål er, at udledningen pr. indbygger skal være under 2 tons CO2e i 2030.\n",
     [_row(title="udledningen pr. indbygger skal være under 2 tons CO2e", measure="average")]),
    ("Klimaplanens mål er, at udledningen pr. hektar skal falde med 10 pct.\n",
     [_row(title="udledningen pr. hektar skal falde med 10 pct.", measure="other")]),
    # ... or a compound naming its quantity
    ("Byrådet har vedtaget et mål om en CO2-reduktion på 70 pct. i 2030 i forhold til 1990.\n",
     [_row(title="CO2-reduktion på 70 pct. i 2030 i forhold til 1990", measure="other")]),
    ("Klimaplanens mål: en drivhusgasreduktion på 50 procent i forhold til 2010.\n",
     [_row(title="drivhusgasreduktion på 50 procent i forhold til 2010", measure="other")]),
    ("Kommunens mål for bygningerne er, at energiforbruget i de kommunale bygninger skal reduceres med 20 pct. "
     "frem mod 2030.\n",
     [_row(title="energiforbruget i de kommunale bygninger skal reduceres med 20 pct.", measure="other")]),
    ("Kommunens mål for hjemløseområdet er, at antallet af hjemløse skal halveres inden 2030, og at ventetiden på "
     "et botilbud højst er 3 måneder.\n",
     [_row(title="antallet af hjemløse skal halveres", measure="count", population="hjemløse"),
      _row(title="ventetiden på et botilbud højst er 3 måneder", measure="duration")]),
    ("Kommunens servicemål er, at sagsbehandlingstiden for ansøgninger om hjælpemidler højst er 8 uger.\n",
     [_row(title="sagsbehandlingstiden for ansøgninger om hjælpemidler højst er 8 uger", measure="duration",
           population="ansøgninger om hjælpemidler")]),
    ("Skolepolitikkens mål er, at karaktergennemsnittet ved folkeskolens afgangsprøve skal være mindst 7,0 i 2028.\n",
     [_row(title="karaktergennemsnittet ved folkeskolens afgangsprøve skal være mindst 7,0", measure="average")]),
    ("Skolens mål er, at andelen af elever, der trives, skal være mindst 90 pct.\n",
     [_row(title="andelen af elever, der trives, skal være mindst 90 pct.", definition="andelen af elever, der trives",
           measure="share", population="elever", numerator="elever, der trives", denominator="elever")]),
    ("Sundhedspolitikkens mål er, at antallet af forebyggelige indlæggelser pr. 1.000 ældre borgere skal falde "
     "med 10 pct. inden 2027.\n",
     [_row(title="antallet af forebyggelige indlæggelser pr. 1.000 ældre borgere skal falde med 10 pct.",
           measure="average", population="ældre borgere")]),
    # ... and in a goal list
    ("Mål for sundhed:\n• Antallet af forebyggelige indlæggelser pr. 1.000 ældre borgere skal falde med 10 pct.\n",
     [_row(title="Antallet af forebyggelige indlæggelser pr. 1.000 ældre borgere skal falde med 10 pct.",
           measure="average", population="ældre borgere")]),
])
def test_targets_beyond_shares_and_counts(text: str, expected: list[dict]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize("text", [
    # a finding, not a target
    "Målet er nået. Udledningen faldt med 12 pct. fra 2019 til 2022.\n",
    # an aim with no figure
    "Kommunens mål er at nedbringe udledningen af CO2e markant.\n",
    "Trivslen blandt eleverne skal styrkes, er skolens mål.\n",
    # a state of affairs beside a goal
    "Vi har et mål om grøn omstilling. Ventetiden er i dag over 3 måneder.\n",
    # a level stated with no goal named around it
    "Ventetiden på et botilbud må højst være 3 måneder, sagde rådmanden.\n",
    # a reduction reported, not aimed at
    "Kommunens mål blev fulgt op i 2023. Der var en reduktion af CO2-udledningen på 12 pct. fra 2019 til 2022.\n",
    "Kommunens mål blev evalueret. Der var en CO2-reduktion på 12 pct. fra 2019 til 2022.\n",
    # a level in a main clause beside a goal states how things are
    "Kommunens mål er klare. Ventetiden på et botilbud under 3 måneder er sjælden.\n",
])
def test_targets_that_give_nothing(text: str) -> None:
    assert _rows(text) == []


# Nøgletal pages and lists of health, elderly care and schools: a heading and the indefinite
# noun phrase defining it ("Antal X pr. 1.000 borgere ..."), its source on the same line; a
# grade average; a subject with its determiner ("Den gennemsnitlige ventetid ... opgøres
# som ..."); a goal opening with a waiting time; "inden for et kalenderår" is the period.
@pytest.mark.parametrize(("text", "expected"), [
    ("Forebyggelige indlæggelser\nAntal forebyggelige indlæggelser pr. 1.000 borgere på 65 år og derover. "
     "Kilde: Landspatientregisteret.\n",
     [_row(title="Forebyggelige indlæggelser",
           definition="Antal forebyggelige indlæggelser pr. 1.000 borgere på 65 år og derover.", measure="average",
           population="borgere på 65 år og derover", numerator="Antal forebyggelige indlæggelser",
           denominator="1.000 borgere på 65 år og derover", source="Landspatientregisteret")]),
    ("Hjemmehjælp til ældre\n\nAndel borgere på 67 år og derover, der modtager hjemmehjælp.\n",
     [_row(title="Hjemmehjælp til ældre",
           definition="Andel borgere på 67 år og derover, der modtager hjemmehjælp.", measure="share",
           population="borgere på 67 år og derover", numerator="borgere på 67 år og derover, der modtager hjemmehjælp",
           denominator="borgere på 67 år og derover")]),
    ("Nøgletal for folkeskolen:\n• Andel elever, der trives i skolen\n• Karaktergennemsnit ved 9. klasses afgangsprøve\n",
     [_row(title="Andel elever, der trives i skolen", measure="share", population="elever"),
      _row(title="Karaktergennemsnit ved 9. klasses afgangsprøve", measure="average")]),
    ("Den gennemsnitlige ventetid på genoptræning opgøres som antal dage fra udskrivning til første træning.\n",
     [_row(title="Den gennemsnitlige ventetid på genoptræning",
           definition="Den gennemsnitlige ventetid på genoptræning opgøres som antal dage fra udskrivning til første "
                      "træning.", measure="average")]),
    ("Socialpolitiske mål 2025:\n1. Antallet af hjemløse skal reduceres med 30 pct.\n"
     "2. Ventetiden på behandling for stofmisbrug må højst være 14 dage.\n",
     [_row(number=1, title="Antallet af hjemløse skal reduceres med 30 pct.", measure="count", population="hjemløse"),
      _row(number=2, title="Ventetiden på behandling for stofmisbrug må højst være 14 dage.", measure="duration")]),
    ("Indikator: Forebyggelige genindlæggelser\nDefinition: Antal forebyggelige genindlæggelser pr. 1.000 borgere på "
     "65 år og derover inden for et kalenderår.\nKilde: eSundhed.dk\n",
     [_row(title="Forebyggelige genindlæggelser",
           definition="Antal forebyggelige genindlæggelser pr. 1.000 borgere på 65 år og derover inden for et "
                      "kalenderår.", measure="average", population="borgere på 65 år og derover",
           numerator="Antal forebyggelige genindlæggelser",
           denominator="1.000 borgere på 65 år og derover inden for et kalenderår", period_unit="år",
           source="eSundhed.dk")]),
])
def test_noegletal_of_health_schools_and_social_goals(text: str, expected: list[dict]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize("text", [
    # a table's caption and a column in an answer: statistics, not measures
    "Tabel 1\nAntal personer i fleksjob fordelt på det ugentlige antal timer, oktober 2022\n",
    "Irak\nAfghanistan\nSyrien\nAntal børn\n32\n14\n",
    # a value with its label, and a finding under a heading
    "Deltagere\nAntal deltagere: 45.\n",
    "Status for 2023\nAntal ledige steg til 3.000 i 2023.\n",
    # findings about a school
    "Kommunen har en høj andel elever, der trives. Karaktergennemsnittet var 7,2 i 2023.\n",
    # an aim with no quantity
    "Målet er at styrke elevernes trivsel og faglighed.\n",
])
def test_noegletal_shapes_that_give_nothing(text: str) -> None:
    assert _rows(text) == []


# Goal headings of climate plans and municipal policies ("klimamål", "pejlemærker"); a
# labelled goal whose target opens with a quantity names its owner; a share whose relative
# clause is one word ("der trives,") ends before the modal.
@pytest.mark.parametrize(("text", "expected"), [
    ("Kommunens klimamål:\n• CO2-udledningen fra transport skal halveres inden 2030.\n",
     [_row(title="CO2-udledningen fra transport skal halveres inden 2030.", measure="other", population="transport")]),
    ("Sundhedspolitikkens pejlemærker er:\n1. Færre forebyggelige indlæggelser\n"
     "2. Ventetiden på genoptræning skal være under 14 dage\n",
     [_row(number=1, title="Færre forebyggelige indlæggelser", measure="other"),
      _row(number=2, title="Ventetiden på genoptræning skal være under 14 dage", measure="duration")]),
    ("Byrådet har vedtaget fire pejlemærker for skoleområdet:\n• Andelen af elever, der trives, skal stige til 90 pct.\n",
     [_row(title="Andelen af elever, der trives, skal stige til 90 pct.", definition="Andelen af elever, der trives",
           measure="share", population="elever", numerator="elever, der trives", denominator="elever")]),
    ("Klimaplanens mål\n\nMål 1: CO2-udledningen fra kommunen som geografisk område skal reduceres med 70 pct. i 2030 "
     "i forhold til 1990.\n",
     [_row(number=1, title="Mål 1",
           definition="CO2-udledningen fra kommunen som geografisk område skal reduceres med 70 pct. i 2030 i forhold "
                      "til 1990.", measure="other", population="kommunen som geografisk område")]),
])
def test_goal_headings_of_climate_and_municipal_policies(text: str, expected: list[dict]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize("text", [
    # a heading that names no goals
    "Klimaets udfordringer:\n• CO2-udledningen fra transport steg i 2022.\n",
    # goal markers that are conclusions of an evaluation
    "Evalueringens konklusioner om pejlemærkerne er:\n• Andelen af elever, der trives, er steget.\n",
])
def test_goal_heading_shapes_that_give_nothing(text: str) -> None:
    assert _rows(text) == []


# Måltal items ("Antal X: højst 40") name their metric at their head; a target under
# "Resultatmål" is a goal, not the heading's definition; a measure named by a compound of a
# measure noun says what it shows ("Trivselsmålingen viser, hvor stor en andel ...").
@pytest.mark.parametrize(("text", "expected"), [
    ("Måltal for socialområdet 2025:\n• Antal hjemløse borgere: højst 40\n"
     "• Gennemsnitlig ventetid på misbrugsbehandling: under 14 dage\n",
     [_row(title="Antal hjemløse borgere: højst 40", measure="count", population="hjemløse borgere"),
      _row(title="Gennemsnitlig ventetid på misbrugsbehandling: under 14 dage", measure="average")]),
    # ... a rate per 1.000 persons among them is an average
    ("Måltal for sundhed:\n• Antal forebyggelige indlæggelser pr. 1.000 ældre borgere: højst 25\n",
     [_row(title="Antal forebyggelige indlæggelser pr. 1.000 ældre borgere: højst 25", measure="average",
           population="ældre borgere")]),
    ("Resultatmål\nAntallet af borgere på midlertidige botilbud skal nedbringes med 20 procent i løbet af 2025.\n",
     [_row(title="Antallet af borgere på midlertidige botilbud skal nedbringes med 20 procent i løbet af 2025.",
           measure="count", population="borgere på midlertidige botilbud")]),
    ("Trivselsmålingen viser, hvor stor en andel af eleverne der trives i skolen.\n",
     [_row(title="Trivselsmålingen",
           definition="Trivselsmålingen viser, hvor stor en andel af eleverne der trives i skolen.", measure="share",
           population="eleverne")]),
    ("Beskæftigelsesindikatoren viser, hvor mange af de ledige der er i job et år efter forløbet.\n",
     [_row(title="Beskæftigelsesindikatoren",
           definition="Beskæftigelsesindikatoren viser, hvor mange af de ledige der er i job et år efter forløbet.",
           measure="count", population="ledige")]),  # no leading article (issue 14, cue population_article)
])
def test_maaltal_and_named_measures(text: str, expected: list[dict]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize("text", [
    # a bare "Målingen" names no measure of its own, and a measure's finding is a statistic
    "Målingen viser, hvor stor en andel af eleverne der trives.\n",
    "Trivselsmålingen viser, at 90 pct. af eleverne trives.\n",
    # a heading over a target is no definition of the heading
    "Resultatmål for hjemløseindsatsen\nAntallet af hjemløse borgere skal falde fra 120 i 2022 til 60 i 2026.\n",
])
def test_maaltal_shapes_that_give_nothing(text: str) -> None:
    assert _rows(text) == []


# A STAR-layout numbered item ("Indikator N: title" over its definition) whose definition
# states its division with "i procent af" or "pr. 1.000" (the definition phrases)
# carries the division's parts; a quantifier ("alle", "samtlige") stays in the copied phrase.
@pytest.mark.parametrize(("text", "expected"), [
    ("Nøgletal for jobcentrenes indsats\n\n"
     "Indikator 1: Andel af ydelsesmodtagere i job\n"
     "Indikatoren opgøres som antallet af personer, der er i ordinær beskæftigelse tre måneder efter "
     "endt ydelse, i procent af alle personer, der har afsluttet et ydelsesforløb i perioden.\n",
     [_row(number=1, title="Andel af ydelsesmodtagere i job",
           definition="Indikatoren opgøres som antallet af personer, der er i ordinær beskæftigelse tre "
                      "måneder efter endt ydelse, i procent af alle personer, der har afsluttet et "
                      "ydelsesforløb i perioden.",
           measure="share", population="alle personer, der har afsluttet et ydelsesforløb i perioden",
           numerator="antallet af personer, der er i ordinær beskæftigelse tre måneder efter endt ydelse",
           denominator="alle personer, der har afsluttet et ydelsesforløb i perioden")]),
    ("Nøgletal for jobcentrenes indsats\n\n"
     "Indikator 3: Antal virksomhedsrettede tilbud pr. 1.000 borgere\n"
     "Indikatoren måles ved antallet af påbegyndte virksomhedspraktikker pr. 1.000 indbyggere i alderen "
     "16-66 år.\n",
     [_row(number=3, title="Antal virksomhedsrettede tilbud pr. 1.000 borgere",
           definition="Indikatoren måles ved antallet af påbegyndte virksomhedspraktikker pr. 1.000 "
                      "indbyggere i alderen 16-66 år.",
           measure="average", population="indbyggere i alderen 16-66 år",
           numerator="antallet af påbegyndte virksomhedspraktikker",
           denominator="1.000 indbyggere i alderen 16-66 år")]),
    # a source line naming a site keeps the site's dot ("Jobindsats.dk", not "Jobindsats")
    ("Nøgletal for jobcentrenes indsats\n\n"
     "Indikator 2: Andel af ledige i job\n"
     "Indikatoren opgøres som andelen af ledige, der er i job efter et år. Kilde: Jobindsats.dk.\n",
     [_row(number=2, title="Andel af ledige i job",
           definition="Indikatoren opgøres som andelen af ledige, der er i job efter et år.",
           measure="share", population="ledige", numerator="ledige, der er i job efter et år",
           denominator="ledige", source="Jobindsats.dk")]),
])
def test_numbered_items_carry_their_stated_division(text: str, expected: list[dict]) -> None:
    assert _rows(text) == expected


def test_a_bare_out_of_figure_in_a_numbered_definition_is_no_division() -> None:
    """ "otte ud af ti" states a figure, not how the measure is computed."""
    text = ("Nøgletal for jobcentrenes indsats\n\nIndikator 1: Ledige i job\n"
            "Indikatoren viser, at otte ud af ti ledige var i job efter et år.\n")
    assert all(r["numerator"] is None and r["denominator"] is None for r in _rows(text))


def test_goals_defined_apart_by_number_keep_their_own_definitions() -> None:
    """ "Mål 1: X" ... "Mål 1 opgøres som ..." (the star convention's "Mål 1 opgør"): each goal
    takes the definition carrying its number; the first definition after the list is not the
    last goal's, and the goal's text is its title."""
    text = ("Beskæftigelsesministerens mål for 2022\n\n"
            "Beskæftigelsesministeren har fastsat følgende mål for jobcentrenes indsats i 2022:\n\n"
            "Mål 1: Flere personer skal have en uddannelse\nMål 2: Færre personer på offentlig forsørgelse\n\n"
            "Mål 1 opgøres som andelen af ledige i alderen 30-49 år, der påbegynder et uddannelsesforløb.\n"
            "Mål 2 opgøres som antallet af fuldtidspersoner på offentlig forsørgelse.\n")
    assert [(r["number"], r["title"], r["definition"], r["measure"]) for r in _rows(text)] == [
        (1, "Flere personer skal have en uddannelse",
         "Mål 1 opgøres som andelen af ledige i alderen 30-49 år, der påbegynder et uddannelsesforløb.", "share"),
        (2, "Færre personer på offentlig forsørgelse",
         "Mål 2 opgøres som antallet af fuldtidspersoner på offentlig forsørgelse.", "count")]


@pytest.mark.parametrize(("definition", "measure"), [
    # the percent is in the clause saying who is counted: the head noun "antallet" decides
    ("Målingen viser antallet af personer, der har været ledige i mindst 80 pct. af tiden.", "count"),
    # "antal og andel" is a share (star d02); a stated division too
    ("Målingen opgør antal og andel ledige, som i en given måned har påbegyndt et forløb.", "share"),
    ("Indikatoren opgøres som antallet af ledige i job i procent af alle ledige.", "share"),
])
def test_the_defined_head_noun_names_the_measure(definition: str, measure: str) -> None:
    from extract.indicators.fields import measure_of
    assert measure_of(definition, None) == measure


@pytest.mark.parametrize(("text", "population"), [
    # the relative clause says who is counted (the kvalitetsstandard gold: "antal borgere, der
    # har modtaget råd og vejledning"); a trailing period is no part of it
    ("Langtidsledighed\n\nMålingen viser antallet af personer, der har været ledige i mindst 80 pct. af tiden "
     "inden for de seneste 52 uger.\n", "personer, der har været ledige i mindst 80 pct. af tiden"),
    # a clause of a period alone leaves the counted noun
    ("Ledige\n\nMålingen viser antal ledige, som i løbet af en måned er registreret i jobcentret.\n", "ledige"),
])
def test_a_counts_population_keeps_the_clause_saying_who_is_counted(text: str, population: str) -> None:
    assert [r["population"] for r in _rows(text)] == [population]


def test_a_goal_section_heading_may_name_its_year() -> None:
    """ "Resultatmål for 2024" heads its goals as "Resultatmål" does (cue goal_section)."""
    text = ("Beskæftigelsesplan 2024\n\nResultatmål for 2024\n"
            "• Andelen af unge under 25 år på offentlig forsørgelse skal falde til 8 pct.\n"
            "• Flere borgere med handicap skal i job.\n")
    assert [(r["title"], r["measure"], r["population"]) for r in _rows(text)] == [
        ("Andelen af unge under 25 år på offentlig forsørgelse skal falde til 8 pct.", "share",
         "unge under 25 år på offentlig forsørgelse"),
        ("Flere borgere med handicap skal i job.", "other", "borgere med handicap")]


def test_listed_counts_per_persons_are_rates_over_those_persons() -> None:
    """An announced measure "Antal X pr. 1.000 borgere" is an average over the borgere (the
    star convention: a rate per person is an average), as a defined one is."""
    text = ("Fra i dag finder du to nye målinger på esundhed.dk:\n"
            "• Antal somatiske genindlæggelser pr. 1.000 borgere\n"
            "• Andel færdigbehandlede patienter, der venter på udskrivning\n")
    assert [(r["title"], r["measure"], r["population"]) for r in _rows(text)] == [
        ("Antal somatiske genindlæggelser pr. 1.000 borgere", "average", "borgere"),
        ("Andel færdigbehandlede patienter, der venter på udskrivning", "share", "færdigbehandlede patienter")]


@pytest.mark.parametrize(("text", "measure"), [
    # a degree or a duration taken on average is an average (star convention; d11 "Gnsn. varighed")
    ("Den gennemsnitlige ledighedsgrad for personer på a-dagpenge", "average"),
    ("Varighed af ledighedsforløb: hvor mange uger de ledige i gennemsnit har været ledige", "average"),
    # a duration, a degree and a share stated as such stay what they are
    ("Varighed af ledighedsforløb", "duration"),
    ("Aktiveringsgrad for ledige dagpengemodtagere", "share"),
    ("Andelen af ledige, der i gennemsnit har været ledige i over et år", "share"),
])
def test_an_average_of_a_degree_or_duration_is_an_average(text: str, measure: str) -> None:
    from extract.indicators.fields import measure_word
    assert measure_word(text) == measure


def test_a_population_read_from_how_many_has_no_leading_article() -> None:
    from extract.indicators.fields import population_of
    assert population_of("", "Målingen viser, hvor mange uger de ledige i gennemsnit har været ledige.") == "ledige"


def test_a_line_ending_in_an_abbreviation_runs_on() -> None:
    # the dot of "pct.", "kr.", "jf." or "f.eks." ends no sentence: a lower-case next line continues it
    # (the Aarhus byråd referat, s7_12, s10_11), a capital one does not
    text = ("2.4.1 Forslag | Omstilling til 100 pct.\nelektriske busser før 2035\n"
            "At 2) der frigives 4,5 mio. kr.\nfra Sundhed og Omsorg.\n"
            "Byrådet tager sagen til efterretning, jf.\nbilag 3.\n"
            "Efter 6 måneder er 16 pct.\nStadig røgfri.\n")
    assert unwrapped(text).split("\n") == [
        "2.4.1 Forslag | Omstilling til 100 pct. elektriske busser før 2035",
        "At 2) der frigives 4,5 mio. kr. fra Sundhed og Omsorg.",
        "Byrådet tager sagen til efterretning, jf. bilag 3.",
        "Efter 6 måneder er 16 pct.", "Stadig røgfri.", ""]
