"""Lineage in the genres beyond STAR and ministry letters: municipal referater and notater,
party programmes, quality standards (the phrasing of corpus/pdf: aarhus_byraad_referat_2025-08-27,
ballerup_referat_sundhedsudvalg_2012-12-04, ballerup_kvalitetsstandarder_rusmiddel_2013;
corpus/pdf_more: the party programmes). Texts written for the test, about other matters."""
from __future__ import annotations

import pytest

from extract.document import Document
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.year, e.subject, e.actor) for e in lineage_events(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    # a list bullet is no part of the subject (party programmes)
    ("• Registreringsafgiften afskaffes, og der indføres en ny vejafgift.",
     [("dropped", None, "Registreringsafgiften", None), ("introduced", None, "ny vejafgift", None)]),
    # a proposal's content is the planned event, the proposer its actor, not its subject
    ("Derfor foreslår Radikale Venstre, at der igangsættes en forsøgsordning med gratis busser.",
     [("planned", None, "forsøgsordning med gratis busser", "Radikale Venstre")]),
    # councils and office holders decide (issue 15: "councils"; d03/d04 "beskæftigelsesministeren")
    ("Sundheds- og Forebyggelsesudvalget godkendte den 4. december 2012 den nye kvalitetsstandard for hjemmepleje.",
     [("introduced", 2012, "nye kvalitetsstandard for hjemmepleje", "Sundheds- og Forebyggelsesudvalget")]),
    ("Kommunalbestyrelsen vedtog i 2019 en ny klimaplan.",
     [("introduced", 2019, "ny klimaplan", "Kommunalbestyrelsen")]),
    # "Social-, børne- og ...": a comma after a hyphen does not end the clause; a year joined to a noun
    # ("2030-mål") names the thing, it is not when
    ("Social-, børne- og integrationsminister Karen Hansen har fremlagt regeringens nye 2030-mål.",
     [("introduced", None, "regeringens nye 2030-mål", "Social-, børne- og integrationsminister Karen Hansen")]),
])
def test_genre_events(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    "Det må ikke længere tolereres, at medarbejdere udsættes for trusler.",  # "må" is no commitment
    "Kriminaliteten har ændret sig i de senere år.",  # an adverbial ("i de senere år") is no subject
])
def test_no_event(text: str) -> None:
    assert _events(text) == []


def test_a_restatement_is_one_event_the_fuller_one() -> None:
    text = ("Der bliver derfor igangsat en skærpet kontrol af kommunernes indsats. Kontrollen skal styrke indsatsen. "
            "Derfor indføres der en skærpet kontrol med kommuner med dårlige resultater.")
    assert _events(text) == [("introduced", None, "skærpet kontrol med kommuner med dårlige resultater", None)]


def test_evaluations_published_together_are_each_an_event() -> None:
    # p18's form (several evaluations, each under its own heading), about another reform
    text = ("Der er udarbejdet en række evalueringer af dagpengereformen, der netop er offentliggjort.\n\n"
            "Evaluering af den nye rådighedsvurdering\n"
            "Evalueringen har til formål at afdække, om den nye rådighedsvurdering fungerer, som den var tænkt.\n\n"
            "Evaluering af de forkortede frister\n"
            "Evalueringen ser på konsekvenserne af de forkortede frister og samspillet med a-kasserne.")
    assert [(e[0], e[2]) for e in _events(text)] == [
        ("evaluated", "dagpengereformen"),
        ("evaluated", "nye rådighedsvurdering"),
        ("evaluated", "forkortede frister"),
    ]


@pytest.mark.parametrize(("text", "subject"), [
    # an evaluation with its finding in a relative clause (p18: "opstartsevalueringen af ..., som viste, at")
    ("Reformen blev fulgt op af midtvejsevalueringen af jobreformen fra foråret 2016, som viste, at der var "
     "problemer med kontakten.", "jobreformen"),
    # an analysis or a calculation that shows results is an assessment (p16, p06; seed 003's "viser en evaluering")
    ("I denne analyse viser vi, at tilgangen til seniorjob er langt lavere end ventet.", "tilgangen til seniorjob"),
    ("Forligskredsen blev som en del af skolereformen enige om fire nationale mål for gymnasiet.",
     "fire nationale mål for gymnasiet"),
])
def test_more_phrasings(text: str, subject: str) -> None:
    assert [e[2] for e in _events(text)] == [subject]


def test_a_party_programme_states_demands() -> None:
    # the layout of corpus/pdf_more's programmes: the programme named in the head, demands as bullets
    text = ("Det Konservative Folkepartis arbejdsprogram\n\nSkat og erhverv\n\n"
            "• Arveafgiften afskaffes.\n• Selskabsskatten sænkes til 15,5 pct.\n"
            "Boligjobordningen blev indført i 2011.\n")
    assert _events(text) == [
        ("planned", None, "afskaffelse af arveafgiften", "Det Konservative Folkeparti"),
        ("planned", None, "Selskabsskatten til 15,5 pct", "Det Konservative Folkeparti"),
        ("introduced", 2011, "Boligjobordningen", None),
    ]


def test_namely_lists_the_commitments() -> None:
    # p16's apposition, about other schemes
    text = ("I 2017 og i 2018 vedtog Folketinget to nye ordninger for ledige, nemlig jobbonussen (2017) og "
            "retten til voksenlærlinge, også kaldet lærlingeløftet (2018).")
    assert [(e[0], e[1], e[2]) for e in _events(text)] == [
        ("introduced", 2017, "jobbonussen"),
        ("introduced", 2018, "retten til voksenlærlinge (lærlingeløftet)"),
    ]


def test_a_year_in_a_name_is_not_when() -> None:
    text = "Det blev besluttet, at Kvalitetsstandard for genoptræning 2019 videreføres i 2020."
    assert [(e[0], e[1]) for e in _events(text)] == [("confirmed", 2020)]


def test_a_quality_standard_describes_routines_not_events() -> None:
    # the layout of corpus/pdf/ballerup_kvalitetsstandarder_rusmiddel_2013, about another service
    text = ("Kvalitetsstandard for hjemmehjælp\n2015\n\nMål\nAt hjælpen iværksættes hurtigst muligt og senest inden "
            "for 5 dage.\nDer udarbejdes en plan for hjælpen.\n\nKvalitetsstandarden blev godkendt af "
            "Kommunalbestyrelsen i 2014.\n")
    assert _events(text) == [("introduced", 2014, "Kvalitetsstandarden", "Kommunalbestyrelsen")]


def test_statutes_state_standing_rules_not_events() -> None:
    """An association's statutes (the layout of corpus/municipal s11_11, "Vedtægter for DIKUrevyen", about another
    association): the present tense is a standing rule, no event; a dated revision keeps its kind."""
    text = ("Vedtægter for Roklubben Bølgen\n\n§ 1 Navn\nForeningens navn er Roklubben Bølgen.\n\n§ 4 "
            "Generalforsamlingen\nStk. 1\nBestyrelsen fremlægger det nye års budget.\nNye medlemmer bliver godkendt "
            "ved simpelt flertal.\n\nVedtægterne blev revideret på generalforsamlingen i 2019.\n")
    assert _events(text) == [("changed", 2019, "Vedtægterne", None)]


def test_statutes_below_their_title_are_read_by_their_layout() -> None:
    """s10_13's layout: "§ N" headings and "Stk. N" parts in a text that names itself statutes; a law's paragraphs
    (a bill's "§ 1" with "Stk.") are no statutes."""
    from nlp.lineage.genres import statutes_layout

    body = "§ 8 Bestyrelsen\nStk. 1\nBestyrelsen fremlægger budgettet.\n§ 9 Økonomi\nStk. 2\nRegnskabet revideres.\n"
    assert statutes_layout(body + "Disse vedtægter træder i kraft ved stiftelsen.\n")
    assert not statutes_layout(body + "Loven træder i kraft den 1. juli 2026.\n")


@pytest.mark.parametrize(("text", "expected"), [
    # a decision with an adverbial between the deciding verb and "at" + infinitive; the council opens the clause
    ("Byrådet besluttede på sit møde den 12. marts 2024 at lukke Solsikken Børnehus.",
     [("dropped", 2024, "Solsikken Børnehus", "Byrådet")]),
    # V2 after a prepositional opening with a finite passive: the subject follows the verb
    ("Med budgetaftalen for 2024 afskaffes brugerbetalingen på skolefritidsordningen.",
     [("dropped", None, "brugerbetalingen på skolefritidsordningen", None)]),
    # the deciding verb is no part of the agent
    ("Forligskredsen bag reformen har besluttet at videreføre jobrotationsordningen.",
     [("confirmed", None, "jobrotationsordningen", "Forligskredsen bag reformen")]),
    # an evaluation announced with who will do it (a consultancy outside the gazetteers: no actor, not a wrong one)
    ("Forsøget evalueres af Rambøll i 2024.", [("planned", 2024, "evaluering af forsøget", None)]),
])
def test_municipal_phrasings(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # V2 with a council after a time opening; the article the agent leaves is not the subject's
    ("Den 12. maj 2021 vedtog byrådet en ramme for kvalitetsopfølgning.",
     [("introduced", 2021, "ramme for kvalitetsopfølgning", "byrådet")]),
    ("Som første skridt til et nyt idrætsanlæg etableres to kunstgræsbaner ved skolen.",
     [("introduced", None, "to kunstgræsbaner ved skolen", None)]),
    # a comparison, a forecast of a quantity and a time measured from an event are no events (aarhus referat)
    ("Der er tilført dobbelt så mange pladser, som der er fjernet gadepladser.", []),
    ("Således forventes nu en udledning på ca. 614.000 tons CO2e i 2030.", []),
    ("Aftalen fik kritik, men to år efter aftalen blev indgået, er der ikke sket meget.", []),
])
def test_referat_phrasings(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_we_is_the_author_outside_quotes() -> None:
    from extract.records import DocumentInfo

    text = ("I denne analyse viser vi, at tilgangen til seniorjob er lavere end ventet.\n\n"
            "- Derfor har vi nedsat en kommission om seniorjob, siger ministeren.")
    doc = Document.from_text(text)
    info = DocumentInfo(document_id="x", issuer="Tænketanken Fremtid")
    events = [(e.event, e.actor) for e in lineage_events(doc, [info])]
    assert events == [("evaluated", "Tænketanken Fremtid"), ("introduced", None)]


@pytest.mark.parametrize(("text", "expected"), [
    # an effect measured or found missing is an assessment (p04, p06); its negation is the finding
    ("For fleksydelsen kan Rigsrevisionen ikke måle en klar effekt.", [("evaluated", None, "fleksydelsen", "Rigsrevisionen")]),
    ("Ifølge Finansministeriets beregning har jobpræmien gjort, at 900 personer er kommet i arbejde.",
     [("evaluated", None, "jobpræmien", "Finansministeriet")]),
])
def test_effects_assessed(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_a_notat_that_mentions_a_standard_is_no_standard() -> None:
    # corpus/pdf/ballerup_notat_2012-204248: a notat whose first paragraph mentions a kvalitetsstandard
    text = ("SOCIAL OG SUNDHED\n\nDato: 20. november 2012\n\nRedegørelse vedr. høringssvar\n\n"
            "Kvalitetsstandard for træning er revideret og vil snart være klar til godkendelse.\n"
            "Samtidig udvides træningstilbuddet.\n")
    assert ("changed", None, "træningstilbuddet", None) in _events(text)  # a standard would drop this present tense


def test_a_quality_standards_section_below_its_title_is_the_genre() -> None:
    """An excerpt of one service's section (s6_02, "9. Efterbehandling") names no kvalitetsstandard in its first
    lines; its headings tell the genre (nlp/data/genre_headings.csv), and its present tense is routine."""
    text = ("4. Hjemmetræning\n\nLovgrundlag\n\nSEL § 86. Kommunalbestyrelsen skal tilbyde vedligeholdelsestræning.\n"
            "Formål\nAt borgeren bevarer sine fysiske funktioner.\nYdelsens målgruppe\nBorgere over 65 år.\n"
            "Beskrivelse af ydelsen\nDer udarbejdes en træningsplan sammen med borgeren.\n"
            "Træningsplanen blev indført af Kommunalbestyrelsen i 2011.\n")
    assert _events(text) == [("introduced", 2011, "Træningsplanen", "Kommunalbestyrelsen")]


def test_one_heading_of_a_quality_standard_is_no_genre() -> None:
    # a notat with a "Formål" section and one heading of a standard keeps its present tense
    text = ("Notat om hjemmetræning\n\nFormål\nAt give udvalget et overblik.\nBeskrivelse af ydelsen\n"
            "Der indføres en ny træningsplan for alle borgere over 65 år.\n")
    assert [e[0] for e in _events(text)] == ["introduced"]


def test_the_genre_headings_are_attested() -> None:
    from danish._data import table_rows
    from nlp.lineage.genres import GENRES
    from tests.attestation import attesting_text

    rows = table_rows("nlp", "data", "genre_headings.csv")
    assert rows
    for row in rows:
        assert row["genre"] in {name for name, _, _ in GENRES}, row
        sources = [s for s in row["attested_by"].split(";") if s]
        assert len(sources) >= 2, row
        for source in sources:
            lines = {line.strip().rstrip(":").strip().lower() for line in attesting_text(source).splitlines()}
            assert row["heading"] in lines, (row["heading"], source)
