"""Lineage cues on small Danish sentences: kind, year, subject, actor, replacement."""
from __future__ import annotations

import pytest

from extract.document import Document
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.year, e.subject, e.actor, e.replaced_by, e.decision) for e in lineage_events(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ordningen med seniorjob afskaffes fra 1. januar 2016.",
     ("dropped", 2016, "Ordningen med seniorjob", None, None, True)),
    ("Målingen vil ikke længere blive offentliggjort på jobindsats.dk.",
     ("dropped", None, "Målingen", None, None, True)),
    ("Fra 2019 indføres en ny benchmarkingmodel i stedet for den tidligere resultatrevision.",
     ("replaced", 2019, "resultatrevisionen", None, "ny benchmarkingmodel", True)),  # "den tidligere X": the definite X (d12 gold)
    ("Regeringen foreslår, at kontanthjælpsloftet afskaffes.",
     ("planned", None, "afskaffelse af kontanthjælpsloftet", "Regeringen", None, False)),
    ("Satsen for fleksløntilskud blev i 2017 hævet med 5 procent.",
     ("changed", 2017, "Satsen for fleksløntilskud", None, None, True)),
    ("Kontanthjælpsreformen blev vedtaget af Folketinget i 2013.",
     ("introduced", 2013, "Kontanthjælpsreformen", "Folketinget", None, True)),
    ("Aftalepartierne har besluttet, at ydelsen skal fastholdes på det nuværende niveau.",
     ("confirmed", None, "ydelsen", "Aftalepartierne", None, True)),
    ("Den næste benchmarkinganalyse forventes offentliggjort marts 2022.",
     ("planned", 2022, "næste benchmarkinganalyse", None, None, False)),
    ("Evalueringen viser, at ressourceforløbene virker for de fleste borgere.",
     ("evaluated", None, "ressourceforløbene", None, None, True)),
    ("Fra og med 1. januar 2020 er målingen Gnsn. varighed erstattet af målingen Antal afsluttede forløb.",
     ("replaced", 2020, "målingen Gnsn. varighed", None, "målingen Antal afsluttede forløb", True)),
    ("Seniorydelsen blev erstattet af fleksydelse i 2001.",
     ("replaced", 2001, "Seniorydelsen", None, "fleksydelse", True)),
    # what takes the place runs past a date's ordinal dot, and the date is when, not what
    ("Tilskudsordningen erstattes af en socioøkonomisk tildelingsmodel fra 1. august 2025.",
     ("replaced", 2025, "Tilskudsordningen", None, "socioøkonomisk tildelingsmodel", True)),
    ("Lægebilen blev pr. 1. januar 2020 erstattet af en akutbil bemandet med paramediciner fra 1. marts 2020.",
     ("replaced", 2020, "Lægebilen", None, "akutbil bemandet med paramediciner", True)),
    ("De fem regioner nedlægges og erstattes af fire regioner med virkning fra den 1. januar 2027.",
     ("replaced", 2027, "fem regioner", None, "fire regioner", True)),
    # a keep-statement's adverbial of continuity (municipal README: "keep this" statements are confirmed)
    ("Den nuværende lægebil i Thisted fortsætter som hidtil.",
     ("confirmed", None, "lægebilen i Thisted", None, None, True)),
    ("Lokaletilskudsordningen bevares i sin nuværende form.",
     ("confirmed", None, "Lokaletilskudsordningen", None, None, True)),
    # a verb of keeping under "vil" is a keep wish, whoever voices it (municipal README: "vil bevare" is confirmed);
    # a keep put forward stays a proposal (f03 gold)
    ("Regeringen vil fastholde levetidsindekseringen af pensionsalderen.",
     ("confirmed", None, "levetidsindekseringen af pensionsalderen", "Regeringen", None, True)),
    ("Det foreslås, at puljen videreføres i 2026.", ("planned", 2026, "puljen", None, None, False)),
    # "ventes" is the short form of "forventes"
    ("Lovforslaget ventes fremsat i Folketinget i efteråret 2025.",
     ("planned", 2025, "Lovforslaget", None, None, False)),
    # a proposal withdrawn ends (s7_12 gold: "Bestyrelsen trækker forslaget tilbage" is dropped)
    ("Forslaget om at indføre et årligt tilskud til spejdergrupperne blev trukket tilbage i marts 2024.",
     ("dropped", 2024, "årligt tilskud til spejdergrupperne", None, None, True)),
    # "det" of the matrix clause is no expletive of the content clause: "at X forlænges" has its own subject
    ("Det blev samtidig besluttet, at ordningen med natbusser i weekenden forlænges til udgangen af 2025.",
     ("changed", None, "ordningen med natbusser i weekenden", None, None, True)),
    # the new thing after "med" as after "af", and an active "erstatter X med Y"; a finite verb of ending coordinated
    ("Papirblanketten erstattes med en digital løsning fra 2025.",
     ("replaced", 2025, "Papirblanketten", None, "digital løsning", True)),
    ("Kommunen erstatter papirblanketten med en digital løsning fra 2025.",
     ("replaced", 2025, "papirblanketten", None, "digital løsning", True)),
    ("Ordningen med natbusser ophører den 1. juli 2025 og erstattes af et udvidet tilbud om flextur.",
     ("replaced", 2025, "Ordningen med natbusser", None, "udvidet tilbud om flextur", True)),
    # a committee set up later ("nedsætte" to come; "nedsatte" is introduced, as before)
    ("Regeringen vil derfor nedsætte en pensionskommission.",
     ("planned", None, "pensionskommission", "Regeringen", None, False)),
    ("I foråret 2024 nedsættes en ekspertgruppe om ældrepleje.",
     ("planned", 2024, "ekspertgruppe om ældrepleje", None, None, False)),
    # the perfect of proposing as its present ("har foreslået at", as "foreslår at"); a season's year is when
    ("Regeringen har foreslået at hæve karakterkravet til 6 fra sommeren 2027.",
     ("planned", 2027, "karakterkravet til 6", "Regeringen", None, False)),
    # an evaluation set for later names no new value: its "til" is the report's addressee
    ("Ordningen evalueres med afrapportering til udvalget i efteråret 2027.",
     ("planned", 2027, "evaluering af ordningen", None, None, False)),
    ("Puljen evalueres efter to år med en rapport til Byrådet i 2026.",
     ("planned", 2026, "evaluering af puljen", None, None, False)),
    ("Som følge af lovændringen er ordningen ændret pr. 1. juli 2019.",
     ("changed", 2019, "ordningen", None, None, True)),
    ("Beskæftigelsesministeren har i dag offentliggjort en ny benchmarkingmodel.",
     ("introduced", None, "ny benchmarkingmodel", "Beskæftigelsesministeren", None, True)),
    # the purpose the writer states for what is to come is announced (s03 "Det er således formålet, at etablere et
    # samlet aktivitetscenter på Solvej 6", seed 002 "det er intentionen, at ...": both `planned`)
    ("Det er således formålet, at etablere et fælles sundhedshus i Skovlunde.",
     ("planned", None, "fælles sundhedshus i Skovlunde", None, None, False)),
    # a cue's phrase over a PDF's line break ("et varigt løft\npå 300 mio. kr.", f10)
    ("I økonomiaftalen for 2014 lykkedes det at få et varigt løft\npå 100 mio. kr. til psykiatrien.",
     ("introduced", None, "varigt løft på 100 mio. kr. til psykiatrien", "økonomiaftalen for 2014", None, True)),
])
def test_one_event(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]


@pytest.mark.parametrize("text", [
    "Flere personer skal i beskæftigelse i stedet for at være på offentlig forsørgelse.",
    "Formanden trak sig tilbage efter generalforsamlingen.",
    "Regeringen vil ikke nedsætte en kommission.",  # negated
    "Men det er afgørende, at det etiske grundlag for forskningen er fastlagt ved lov.",  # an opinion's matrix clause
    "Udgiften dækkes ved, at der må forventes væsentligt flere biler i p-husene.",  # a forecast of an amount (s6_06)
    "Antallet af borgere over 80 år ventes at stige med 45 procent frem mod 2035.",  # a forecast of a quantity  # "trække sig tilbage": a person steps down
    "Klubben skal bevares i sin nuværende form.",  # a duty, not a decision (cues.py)
    "Der er ikke indført konkrete tiltag i analysen i forbindelse med COVID-19.",
    "KL mener, at den præsenterede benchmarkmodel bør justeres.",
    "Intentionen er, at adgangen til førtidspension begrænses.",
    "Formålet med rådgivningen er at forebygge sociale problemer.",  # an aim of a service, no plan
    "Det er ikke formålet, at etablere et nyt center.",  # negated
    "Med reformen er det hensigten, at kommunerne skal øge fokus på de ledige.",  # an aim (s6_09)
    "Der er oprettet mere end 25.000 fleksjob med få timer.",
    "Vil ministeren oplyse, om måltallene er afskaffet?",
    "Målinger for gnsn. varighed fjernet",
    "Målingen er opdateret med data for 2. kvartal 2021.",
])
def test_no_event(text: str) -> None:
    assert _events(text) == []


def test_two_facts_in_one_sentence() -> None:
    events = _events("Herudover blev fleksjobordningen målrettet, ligesom tilskuddet blev omlagt.")
    assert [(e[0], e[2]) for e in events] == [("changed", "fleksjobordningen"), ("changed", "tilskuddet")]


@pytest.mark.parametrize(("text", "expected"), [
    # a main clause after "og" that opens with its own time and a verb of announcing: two facts, the time
    # the second's (s02: "Der er etableret sygeplejeklinikker ... og i 2013 forventes det at yderligere en
    # klinik åbnes")
    ("Der er oprettet et nyt værested i Skovlunde og i 2015 planlægges en udvidelse af åbningstiden.",
     [("introduced", None), ("planned", 2015)]),
    ("Ordningen er forlænget og fra 2016 forventes den gjort permanent.", [("changed", None), ("planned", 2016)]),
])
def test_a_coordinated_announcement_owns_its_time(text: str, expected: list) -> None:
    assert [(e[0], e[1]) for e in _events(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # coordinated verbs sharing the subject, each with its own year: two facts
    ("Forsøget blev i 2019 forlænget til 2022 og blev i 2021 gjort permanent.",
     [("changed", 2019, "Forsøget"), ("confirmed", 2021, "Forsøget")]),
    ("Ordningen blev forlænget i 2022 og udvidet til Region Syddanmark i 2023.",
     [("changed", 2022, "Ordningen"), ("changed", 2023, "Ordningen til Region Syddanmark")]),
    # one year for both verbs, or an introduction adopted and then in force: one event
    ("Ordningen blev ændret og forenklet i 2019.", [("changed", 2019, "Ordningen")]),
    ("Randzoneloven blev vedtaget i 2011 og trådte i kraft den 1. september 2012.",
     [("introduced", 2011, "Randzoneloven")]),
])
def test_coordinated_verbs_with_their_own_years(text: str, expected: list) -> None:
    assert [(e[0], e[1], e[2]) for e in _events(text)] == expected


def test_adoption_year_wins_over_entry_into_force() -> None:
    events = _events("Et bredt flertal vedtog i 2012 en reform af førtidspension og fleksjob, "
                     "der trådte i kraft den 1. januar 2013.")
    assert [(e[0], e[1]) for e in events] == [("introduced", 2012)]


def test_dropped_then_instead_gives_replaced() -> None:
    events = _events("Forligskredsen blev i 2014 enig om ikke længere at anvende statistiske måltal. "
                     "Forligskredsen blev i stedet enig om at følge op via en række indikatorer.")
    assert [(e[0], e[1], e[2]) for e in events] == [("dropped", 2014, "statistiske måltal"),
                                                   ("replaced", 2014, "statistiske måltal")]
    assert events[1][4] == "række indikatorer"
