"""Decisions recorded in minutes and policies (issue 15, municipal and association genres): short
Danish texts in, exact events out, and texts that must give none.

The Aarhus samples are lines of corpus/pdf/aarhus_byraad_referat_2025-08-27 (items 4, 8, 9, 12, 16),
the minutes whose items 2, 4, 13 and 14 are the dev excerpts s07, s7_08 and f12."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from danish._data import table_rows
from extract.document import Document
from nlp.lineage import lineage_events
from nlp.lineage import minutes
from nlp.lineage.minutes import phrases

ROOT = Path(__file__).resolve().parents[2]


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.year, e.subject, e.actor) for e in lineage_events(doc)]


ADOPTED = """Punkt 4: Svar på forslag fra V om at farten skal ned på Grenåvej i Løgten &

Skødstrup

EMN-2025-004084
Beslutninger

Tilbagesendes Magistratsafdelingen for Teknik og Miljø med bemærkning, at byrådet i sit møde den 27. august 2025 har
vedtaget Magistratens foranstående indstilling af 19. august 2025.
Socialdemokratiets byrådsgruppe kunne ikke tiltræde indstillingen.
Magistratsafdelingen for Teknik og Miljø udarbejder notat.

BESLUTNINGSFORSLAG FRA V
"""

SUMMARISED = """Punkt 12: Anlægsbevilling til nyt idrætsanlæg i Lisbjerg

EMN-2025-007459
Beslutninger

Tilbagesendes Magistratsafdelingen for Kultur og Borgerservice og Magistratsafdelingen for Teknik og Miljø med
bemærkning, at byrådet i sit møde den 27. august 2025 har vedtaget Magistratens foranstående indstilling af 19. august
2025.
Magistratsafdelingen for Kultur og Borgerservice udarbejder notat.
Anlægsbevilling til etablering af to kunstgræsbaner med klubhusfaciliteter, ankomstareal og outdoor.
Resume
"""

REFERRED = """Punkt 9: Bro mellem Dokk1 og Balticagade

EMN-2025-006675
Beslutninger

Fremsendes med ændringsforslaget fra det Konservative Folkepartis byrådsgruppe til Teknisk Udvalg til behandling i
henhold til beslutning i byrådets møde den 27. august 2025.

.
Resume
"""

TO_MAGISTRAT = """Punkt 16: Forslag fra M om International Aarhus 2.0

EMN-2025-008892
Beslutninger

Fremsendes til Borgmesterens Afdeling med henblik på udarbejdelse af en indstilling, jf. byrådets vedtagelse i mødet den
27. august 2025 om magistratsbehandling af forslaget.
Sagen bedes tilbagesendt byrådet via Magistraten.

BESLUTNINGSFORSLAG FRA M
"""


@pytest.mark.parametrize(("text", "expected"), [
    # the council adopted the recommendation: one event, by the council, in the meeting's year; the dissent and
    # the follow-up memo are procedure
    (ADOPTED, [("introduced", 2025, "Magistratens indstilling om forslag fra V om at farten skal ned på Grenåvej i "
                "Løgten & Skødstrup", "byrådet")]),
    # the summary line under the decision names what was adopted
    (SUMMARISED, [("introduced", 2025, "Anlægsbevilling til etablering af to kunstgræsbaner med klubhusfaciliteter, "
                   "ankomstareal og outdoor", "byrådet")]),
    # sent on to a committee: undecided, planned by the council
    (REFERRED, [("planned", 2025, "Bro mellem Dokk1 og Balticagade", "byrådet")]),
    (TO_MAGISTRAT, [("planned", 2025, "Forslag fra M om International Aarhus 2.0", "byrådet")]),
])
def test_decision_block(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    # the approval of the agenda is procedure
    "Punkt 1: Godkendelse af dagsorden\n\nEMN-2023-009832\nBeslutninger\nGodkendt.\n",
    # a follow-up memo or a dissent alone is no decision
    "Magistratsafdelingen for Teknik og Miljø udarbejder notat.",
    "Socialdemokratiets byrådsgruppe kunne ikke tiltræde indstillingen.",
    # the Magistrat's recommendation to the council is procedure (f12 gold notes)
    "Fremsendes til Aarhus Byråd med bemærkning, at Magistraten i mødet den 12. august 2025 anbefaler, at byrådet "
    "tiltræder Magistratsafdelingen for Børn og Unges indstilling af 26. juni 2025.",
    # the same with a recommendation of two departments (s7_09 gold notes: a step of the one decision)
    "Fremsendes til Aarhus Byråd med bemærkning, at Magistraten i mødet den 19. august 2025 anbefaler, at byrådet "
    "tiltræder Magistratsafdelingen for Kultur og Borgerservices og Magistratsafdelingen for Teknik og Miljøs "
    "indstilling af 30. juni 2025.",
    # a follow-up memo with its topic (s7_09 gold notes: administrative follow-up, as in s7_08)
    "Magistratsafdelingen for Kultur og Borgerservice udarbejder notat med beskrivelse af principper for "
    "medfinansiering fra foreningsaktører i forbindelse med byudviklingsprojekter.",
])
def test_no_event(text: str) -> None:
    assert _events(text) == []


def test_decision_phrases_are_attested() -> None:
    """Every phrase of nlp/data/decision_lines.csv reads its example, and each cited source holds it."""
    rows = table_rows("nlp", "data", "decision_lines.csv")
    assert len(rows) == len(phrases())
    here = " ".join(Path(__file__).read_text(encoding="utf-8").split())
    for row, phrase in zip(rows, phrases()):
        assert phrase.kind in ("introduced", "planned", "changed", "dropped")
        found = phrase.pattern.search(row["example"])
        assert found and found.group("body") and found.group("date"), row["example"]
        sources = row["attested_by"].split(";")
        assert len(sources) >= 2 or any(s.startswith("conv:") for s in sources), row
        for source in sources:
            if source.startswith("sample:"):
                assert re.search(phrase.pattern.pattern.lstrip("^"), here, re.IGNORECASE), source
            elif not source.startswith("conv:"):
                text = " ".join((next((ROOT / "corpus").glob(f"*/{source}.txt"))).read_text(encoding="utf-8").split())
                assert re.search(phrase.pattern.pattern.lstrip("^"), text, re.IGNORECASE), (source, row["pattern"])


# A general meeting's minutes (lines of DIKUrevyen's "Referat for ordinær generalforsamling d. 21. september 2015",
# /work/shared/corpus/pdf_more/dikurevy__Forening__referat.pdf, whose parts are the dev excerpts s7_11 and s7_12).
GENERAL_MEETING = """Referat for ordinær generalforsamling d. 21. september 2015
Til stede
• Kasper Elbo

Regnskab

Fra bestyrelsens side ønsker man at udskyde dette punkt til en ekstraordinær
generalforsamling inden for seks måneder.

Ændring af titlen »ledelsen« til »bestyrelsen«

David har kontaktet et bureau for foreningsvejledning.

Stemmer
For Imod Ikke afgivende
21	0	0
Forslaget er vedtaget, med den note at formuleringen skal forbedres jf.
Svens forslag.
Se bilag B for de endelige ændringer.

Klargøring af hvad en stemmeberettiget person er

Der foreslås at forslaget trækkes tilbage, da der mangler detaljer om
specialtilfælde.
Bestyrelsen trækker forslaget tilbage.

Gøre det muligt for at stemme in absentia med fuldmagt

Der foreslås at der bare kræves almindelig fuldmagt med papir.

Stemmer
For Imod Ikke afgivende
20	0	1
Forslaget er vedtaget.
Eventuelt
Eventuelt A: Vedtægtsændringsforslagstilføjelse: Mulighed for
overgangsbestyrelse
Der påpeges at en mulig overgangsbestyrelse skal have mulighed for at sige ja eller nej.
Søren foreslår at der tilføjes en sætning om overgangsbestyrelsen.
Der er for meget uenighed om detaljerne ved ændringsforslaget, så bestyrelsen trækker forslaget tilbage.
"""


def test_general_meeting_decisions() -> None:
    """Postponed to a later meeting: planned, year unknown; adopted by vote: the heading's proposal, by the
    general meeting in its year (a change of a rule `changed`, a new rule `introduced`); withdrawn: dropped by
    who withdrew it; the suggestions of the debate ("Der foreslås at ...") are no decision."""
    assert _events(GENERAL_MEETING) == [
        ("planned", None, "Regnskab (udskudt til en ekstraordinær generalforsamling)", "bestyrelsen"),
        ("changed", 2015, "Ændring af titlen »ledelsen« til »bestyrelsen«", "generalforsamlingen"),
        ("dropped", 2015, "Klargøring af hvad en stemmeberettiget person er", "bestyrelsen"),
        ("introduced", 2015, "Gøre det muligt for at stemme in absentia med fuldmagt", "generalforsamlingen"),
        ("dropped", 2015, "Vedtægtsændringsforslagstilføjelse: Mulighed for overgangsbestyrelse", "bestyrelsen"),
    ]


def _evidence(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.subject, e.evidence) for e in lineage_events(doc)]


MEETING_ITEMS = """Referat for ordinær generalforsamling d. 21. september 2015

Valg af kasserer

Der foreslås at forslaget trækkes tilbage, da der mangler detaljer.
Bestyrelsen trækker forslaget tilbage.
Eventuelt B: Vedtægtsændringsforslag: Nyt kontingent for passive medlemmer
Der foreslås at dette forslag udskydes til næste generalforsamling for at kunne
finpudse det. Bestyrelsen trækker forslaget tilbage.

Valg af revisor

I fremtiden skal der være valg af revisor før valg af bestyrelsen.
Reglerne for valg af revisor skal så gøres mere klare til næste generalforsamling.
DIKUrevyen skal have en revisor.
"""


def test_a_withdrawal_is_told_with_the_suggestion_it_answers() -> None:
    """s7_12 gold notes: the suggestion and the withdrawal share the evidence; a postponement suggested there is the
    item's plan as well; what is to be "i fremtiden" or by the next general meeting is planned, a standing rule is
    not."""
    assert _evidence(MEETING_ITEMS) == [
        ("dropped", "Valg af kasserer",
         "Der foreslås at forslaget trækkes tilbage, da der mangler detaljer. Bestyrelsen trækker forslaget tilbage."),
        ("dropped", "Vedtægtsændringsforslag: Nyt kontingent for passive medlemmer",
         "Der foreslås at dette forslag udskydes til næste generalforsamling for at kunne finpudse det. "
         "Bestyrelsen trækker forslaget tilbage."),
        ("planned", "Vedtægtsændringsforslag: Nyt kontingent for passive medlemmer (udskudt til næste generalforsamling)",
         "Der foreslås at dette forslag udskydes til næste generalforsamling for at kunne finpudse det. "
         "Bestyrelsen trækker forslaget tilbage."),
        ("planned", "valg af revisor før valg af bestyrelsen",
         "I fremtiden skal der være valg af revisor før valg af bestyrelsen."),
        ("planned", "reglerne for valg af revisor gøres mere klare til næste generalforsamling",
         "Reglerne for valg af revisor skal så gøres mere klare til næste generalforsamling."),
    ]


@pytest.mark.parametrize("text", [
    # a rejected proposal is no event
    "Referat for ordinær generalforsamling d. 21. september 2015\n\nNyt logo\n\nStemmer\nFor Imod\n3 18\n"
    "Forslaget blev forkastet.\n",
    # a postponement without a later meeting is procedure (s07 gold notes: "Sagens behandling blev udsat ...")
    "Referat for ordinær generalforsamling d. 21. september 2015\n\nNyt logo\n\nSagens behandling blev udsat.\n",
])
def test_no_meeting_decision(text: str) -> None:
    assert _events(text) == []


def test_an_item_postponed_to_the_next_meeting() -> None:
    text = ("Referat for ordinær generalforsamling d. 21. september 2015\n\nBudget for 2016\n\n"
            "Punktet udskydes til næste generalforsamling.\n\nStemmer\nFor Imod\n20 0\nForslaget er vedtaget.\n")
    assert _events(text)[0] == ("planned", None, "Budget for 2016 (udskudt til næste generalforsamling)", None)


# A municipal policy's action lists (lines of Syddjurs Kommune's "Politik for Kultur og Fritid - Lokalt engagement",
# corpus/pdf/syddjurs_politik_kultur_fritid_2009, pp. 8 and 12; s7_14 is its p. 10-11).
POLICY = """Teater
Vi vil:
- etablere egnsteater, som primært udøver børneteater
- arbejde for bredest mulig formidling/profilering af arrangementer for at synliggøre
aktiviteterne og øge tilgængeligheden. IT er det afgørende redskab
- inspirere til, at det frivillige foreningsliv tager initiativer til fælles årlige
musikoplevelser med brede arrangementer over hele kommunen

Lokale projekter
Vi vil:
- udarbejde et projektkatalog, der skaber overblik over projekter i kommunens byer,
som er planlagte eller igangsat
- sikre en årlig ajourføring af projektkataloget på baggrund af dialog med
distriktsrådene og de implicerede kommunale aktører
- støtte distriktsrådene økonomisk med et årligt tilskud
- afholde et årligt møde med distriktsrådene
- lave en oversigt over kommunens haller og deres belægning
"""


def test_policy_action_list() -> None:
    """An item whose verb makes or holds something names its instrument; a yearly activity is a recurring one;
    aims ("arbejde for", "inspirere til" another's initiative) are no events."""
    assert _events(POLICY) == [
        ("planned", None, "egnsteater", None),
        # a verb of the event lexicon opening the item names what it makes (s17_05 gold: "projektkatalog")
        ("planned", None, "projektkatalog", None),
        ("planned", None, "årlig ajourføring af projektkataloget", None),
        ("planned", None, "årligt tilskud", None),
        ("planned", None, "årligt møde med distriktsrådene", None),
        # "lave" makes the instrument it names (s7_14 "lave opgørelser over ...", s6_06 "lave en online løsning")
        ("planned", None, "oversigt over kommunens haller og deres belægning", None),
    ]


@pytest.mark.parametrize("text", [
    # vague aims (s7_14 gold notes), and a lexicon verb inside an aim ("sikre at der etableres ...")
    "Vi vil:\n- sikre enkle og overskuelige rammer for foreningerne\n- sætte fokus på naturen som oplevelses- og "
    "læringssted\n- lade kommunale Fritidskonsulenter stå til rådighed for hjælp og vejledning og sikre\nat der "
    "etableres et godt tæt samspil mellem ildsjæle, foreninger, forvaltning og\npolitikere\n",
])
def test_no_policy_action(text: str) -> None:
    assert _events(text) == []


def test_a_council_members_proposal_is_the_proposing_partys_plan() -> None:
    """Under "BESLUTNINGSFORSLAG FRA V" the proposers' "Vi foreslår" is Venstre's plan (s7_08 gold); a plan told as
    another's in the same section keeps its own agent."""
    text = ("BESLUTNINGSFORSLAG FRA V\nBeslutningsforslag\nVi foreslår, at der igangsættes en undersøgelse af, hvilke "
            "fartdæmpende foranstaltninger der giver mening på vejstrækningen.\n"
            "INDSTILLING FRA MAGISTRATSAFDELINGEN FOR TEKNIK OG MILJØ\n")
    assert [(e[0], e[3]) for e in _events(text)] == [("planned", "Venstre")]
    assert minutes._proposers("KF OG M") == "Det Konservative Folkeparti og Moderaterne"
    assert minutes._proposers("EL OG VIGGO JONASEN, UFP") is None  # a person among the proposers: no party names
    assert minutes._as_printed("EL OG VIGGO JONASEN, UFP") == "EL og Viggo Jonasen, UFP"  # ... so as printed (s9_09)


def test_a_proposals_present_tense_point_is_the_proposers_plan() -> None:
    """A proposal's point in the present tense ("Der etableres ...") is proposed, not done: `planned` by the
    proposers (municipal README: "its points `planned` by the proposers"; s9_09 gold); background told as done in
    the same section keeps its kind ("er lovgivningen for nylig blevet lempet", s9_09 gold: changed)."""
    text = ("BESLUTNINGSFORSLAG FRA EL OG VIGGO JONASEN, UFP\n"
            "Angående skolernes udgifter til specialundervisning:\n"
            "Der etableres særskilt budgettering af udgifter til specialundervisning, så henvisning af barn\n"
            "til specialundervisning ikke får indflydelse på budget til normalundervisning.\n"
            "Solveig Munk, Enhedslisten\nBilag\n")
    assert [(e[0], e[3]) for e in _events(text)] == [("planned", "EL og Viggo Jonasen, UFP")]
    background = ("BESLUTNINGSFORSLAG FRA DD OG LA\nSelvkørende biler er ikke længere blot science fiction. I Danmark er "
                  "lovgivningen for nylig blevet lempet, så det er lettere for kommuner at igangsætte forsøg.\nBilag\n")
    assert [(e[0], e[3]) for e in _events(background)] == [("changed", None)]
    # outside a proposal the present passive of a notat stays what it states
    assert [e[0] for e in _events("Der etableres særskilt budgettering af udgifter til specialundervisning.")] \
        == ["introduced"]


PROPOSAL_ITEM = """Punkt 18: Forslag fra EL og Viggo Jonasen, UFP, om særskilt budgettering

af specialundervisning

EMN-2025-008908
Beslutninger

Fremsendes til Magistratsafdelingen for Børn og Unge med henblik på udarbejdelse af en indstilling, jf. byrådets
vedtagelse i mødet den 27. august 2025 om magistratsbehandling af forslaget.
Sagen bedes tilbagesendt byrådet via Magistraten.

BESLUTNINGSFORSLAG FRA EL OG VIGGO JONASEN, UFP
Angående skolernes udgifter til specialundervisning:
Der etableres særskilt budgettering af udgifter til specialundervisning, så henvisning af barn
til specialundervisning ikke får indflydelse på budget til normalundervisning.
Solveig Munk, Enhedslisten
Bilag
"""


def test_a_proposal_is_made_in_the_year_of_the_meeting_that_treats_it() -> None:
    """The proposers' undated point takes the year of its item's meeting (s9_09 gold: 2025, as the referral); a
    proposal printed without a dated decision above it stays undated."""
    assert [(e[0], e[1], e[3]) for e in _events(PROPOSAL_ITEM)] == [
        ("planned", 2025, "byrådet"), ("planned", 2025, "EL og Viggo Jonasen, UFP")]
    undated = PROPOSAL_ITEM.replace("jf. byrådets\nvedtagelse i mødet den 27. august 2025 om", "om")
    assert ("planned", None, "EL og Viggo Jonasen, UFP") in [(e[0], e[1], e[3]) for e in _events(undated)]
    # an item answering the proposal, adopted months after it was made, does not date it (the proposal's own
    # date is not printed)
    answered = PROPOSAL_ITEM.replace(
        "Fremsendes til Magistratsafdelingen for Børn og Unge med henblik på udarbejdelse af en indstilling, jf. byrådets\n"
        "vedtagelse i mødet den 27. august 2025 om magistratsbehandling af forslaget.",
        "Tilbagesendes Magistratsafdelingen for Børn og Unge med bemærkning, at byrådet i sit møde den 27. august 2025 "
        "har vedtaget\nMagistratens foranstående indstilling af 19. august 2025.")
    assert ("planned", None, "EL og Viggo Jonasen, UFP") in [(e[0], e[1], e[3]) for e in _events(answered)]
    # another item's decision above the proposal is not its meeting
    other = PROPOSAL_ITEM.replace("\nBESLUTNINGSFORSLAG", "\nPunkt 19: Orientering\n\nBESLUTNINGSFORSLAG")
    assert ("planned", None, "EL og Viggo Jonasen, UFP") in [(e[0], e[1], e[3]) for e in _events(other)]


@pytest.mark.parametrize(("text", "expected"), [
    # the words after an inner colon spell out what was adopted: one event, the content in its subject (s7_11
    # gold: "ny boss-vedtagnings-procedure (siddende bosser foreslår nye, generalforsamlingen godkender ...)")
    ("Der blev bl.a. vedtaget en ny boss-vedtagnings-procedure: Ved generalforsamlingen foreslår de siddende bosser de "
     "nye bosser, og generalforsamlingen godkender ved simpelt flertal.",
     [("introduced", None, "ny boss-vedtagnings-procedure: Ved generalforsamlingen foreslår de siddende bosser de nye "
       "bosser, og generalforsamlingen godkender ved simpelt flertal", None)]),
    # ... and a new measure's name (d02 gold: "måling 'Antal og andel ydelsesmodtagere, som har påbegyndt ...'")
    ("For at følge op på målet om flere ledige i job er der udviklet en ny måling: Andel ledige, som har fået et job.",
     [("introduced", None, "måling: Andel ledige, som har fået et job", None)]),
    # f08: the areas named after the colon are the content of the one decision; a counted plural announces its
    # members, a category list, not the noun's content
    ("KL har i første omgang udpeget 5 indsatsområder: Forebyggelse af indlæggelser, rehabilitering og sundhedsfremme.",
     [("introduced", None, "5 indsatsområder", "KL")]),
    # a definite noun is named already
    ("Byrådet vedtog den nye ordning: Borgerne kan selv vælge leverandør.",
     [("introduced", None, "nye ordning", "Byrådet")]),
])
def test_a_colon_opens_the_content_of_the_event_before_it(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_the_points_of_an_adopted_recommendation_are_not_split() -> None:
    """Item 5 of the Aarhus minutes: the council adopted the recommendation, whose point approves the accounts; the
    adoption is the one event (issue 15: numbered points of one indstilling are not split)."""
    text = ("Punkt 5: Revisionspåtegning og endelig godkendelse af regnskab 2024\n\nEMN-2025-008579\nBeslutninger\n\n"
            "Tilbagesendes Borgmesterens Afdeling med bemærkning, at byrådet i sit møde den 27. august 2025 har vedtaget\n"
            "Magistratens foranstående indstilling af 19. august 2025.\n\n.\nResume\n\n"
            "Borgmesterens Afdeling har modtaget beretning om resultatet af revisionen af regnskabet for regnskabsåret 2024.\n"
            "Beslutningspunkter\n\nDet indstilles:\nAt 1) Regnskabet for 2024 godkendes endeligt.\n")
    assert _events(text) == [("introduced", 2025, "Magistratens indstilling om revisionspåtegning og endelig godkendelse "
                                                   "af regnskab 2024", "byrådet")]


def test_an_adopted_report_is_evaluated() -> None:
    """Item 7: the title names a report on results (nlp/data/status_overview.csv, role report), so the adoption is
    `evaluated`; the title's word broken at the line's end is one word."""
    text = ("Punkt 7: Afrapportering på klimaregnskab samt orientering om ny 2030-\nfremskrivning\n\nBeslutninger\n\n"
            "Tilbagesendes Magistratsafdelingen for Teknik og Miljø og Borgmesterens Afdeling med bemærkning, at byrådet i sit\n"
            "møde den 27. august 2025 har vedtaget Magistratens foranstående indstilling af 19. august 2025.\n\n.\nResume\n")
    assert _events(text) == [("evaluated", 2025, "Afrapportering på klimaregnskab samt orientering om ny "
                                                 "2030-fremskrivning", "byrådet")]


@pytest.mark.parametrize(("text", "expected"), [
    # s05: V2 after a time adverbial, the agent after the verb, the quoted name with its place
    ("Den 24. december 2016 fra kl. 10 til 12 gennemførte st. Middelfart for første gang ”Åben garage” på stationen "
     "i Middelfart.", [("introduced", 2016, "”Åben garage” på stationen i Middelfart", "st. Middelfart")]),
    ("I marts 2019 gennemførte Kulturhuset for første gang en åben workshop for byens foreninger.",
     [("introduced", 2019, "åben workshop for byens foreninger", "Kulturhuset")]),
])
def test_done_for_the_first_time_is_launched(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_a_first_without_a_verb_of_carrying_out_is_no_launch() -> None:
    assert _events("For første gang er der flere ældre end unge i kommunen.") == []


def test_a_definite_noun_phrase_opened_by_den_is_the_subject() -> None:
    """"Den nuværende fælles ledelse ... ophører": "Den" opens a noun phrase, not a date ("Den 1. januar"), so the
    subject stands before the intransitive verb (f12)."""
    events = _events("Den nuværende fælles ledelse af Hårup Skole og Elev Skole ophører pr. 1. januar 2026.")
    assert [(e[2], e[1]) for e in events] == [("nuværende fælles ledelse af Hårup Skole og Elev Skole", 2026)]
    assert _events("Den 1. januar 2016 ophørte ordningen.") == [("dropped", 2016, "ordningen", None)]


def test_a_decision_block_without_its_item_heading() -> None:
    """An excerpt that starts inside an item: the adoption is still one event, of the recommendation itself."""
    text = ("Beslutninger\n\nTilbagesendes Magistratsafdelingen for Teknik og Miljø med bemærkning, at byrådet i sit møde "
            "den 27. august 2025 har\nvedtaget Magistratens foranstående indstilling af 19. august 2025.\n"
            "Magistratsafdelingen for Teknik og Miljø udarbejder notat.\n\nBESLUTNINGSFORSLAG FRA V\n")
    assert _events(text) == [("introduced", 2025, "Magistratens indstilling", "byrådet")]


def test_a_suggestion_under_a_wrapped_heading_starts_below_it() -> None:
    text = ("Referat for ordinær generalforsamling d. 21. september 2015\n\n"
            "Eventuelt A: Vedtægtsændringsforslag: Nyt kontingent for\npassive medlemmer\n"
            "Der foreslås at dette forslag udskydes til næste generalforsamling. Bestyrelsen trækker forslaget tilbage.\n")
    told = "Der foreslås at dette forslag udskydes til næste generalforsamling. Bestyrelsen trækker forslaget tilbage."
    assert _evidence(text) == [
        ("dropped", "Vedtægtsændringsforslag: Nyt kontingent for passive medlemmer", told),
        ("planned", "Vedtægtsændringsforslag: Nyt kontingent for passive medlemmer (udskudt til næste generalforsamling)",
         told),
    ]
