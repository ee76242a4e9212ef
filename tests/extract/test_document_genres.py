"""The document fields of public papers printed with a heading and a dateline under it ("<Issuer>, <date>"):
the genre each names in its heading or its first sentence (extract/data/genre_markers.tsv: a betænkning, a bill's
remarks, a notat, an evaluation, minutes, a kvalitetsstandard, a policy or plan, an explainer page), the publisher
its dateline names (extract/parsers/policy_issuer.py `_dateline_org`), and its heading as its title, also where the
heading ends in a part's name ("... Sammenfatning") or heads a party's page. The doc_type conventions are the star
README's (news = news items and press releases; report = redegørelse, høringsnotat, lovovervågning) and the municipal
README's (a municipal notat is a report; minutes, programmes, policies and overviews are other)."""
from __future__ import annotations

import pytest

from extract.parsers.policy_document import parse


def _doc(text: str):
    from extract.document import Document

    return Document.from_text(text)


BETAENKNING_SAMPLE = """Betænkning over Forslag til lov om ændring af lov om aktiv socialpolitik
Social- og Indenrigsudvalget, 4. december 2018

1. Udvalgsarbejdet
Lovforslaget blev fremsat den 3. oktober 2018 og var til 1. behandling den 11. oktober 2018.

2. Indstillinger
Et flertal i udvalget indstiller lovforslaget til vedtagelse uændret.
"""
TILLAEGSBETAENKNING_SAMPLE = """Tillægsbetænkning afgivet af Beskæftigelsesudvalget den 12. maj 2022

Beskæftigelsesudvalget, 12. maj 2022

1. Udvalgsarbejdet
Udvalget har efter 2. behandling behandlet lovforslaget i et møde.
"""
LOVBEMAERKNINGER_SAMPLE = """Forslag til lov om ændring af lov om sygedagpenge (Forlængelse af jobafklaringsforløb). Bemærkninger til lovforslaget
Beskæftigelsesministeriet, 6. oktober 2021

1. Indledning
Med lovforslaget foreslås det, at jobafklaringsforløb kan forlænges.
"""
BEMAERKNINGER_HEADING_SAMPLE = """Almindelige bemærkninger til forslag til lov om seniorjob
Beskæftigelsesministeriet, 10. januar 2019

Lovforslaget gennemfører den del af aftalen om seniorjob, der kræver lovændring.
"""
NOTAT_TITLE_SAMPLE = """Notat: Ventelister til specialtandpleje – status og anbefaling
Esbjerg Kommune, Sundhed og Omsorg, 2. maj 2023

Til: Sundhedsudvalget

Forvaltningen har opgjort ventetiden pr. 1. april 2023.
"""
MINISTRY_NOTAT_SAMPLE = """Notat om udviklingen i ledighedsydelsen 2013-2023
Beskæftigelsesministeriet, 9. februar 2024

Ledighedsydelsen blev ændret med reformen af førtidspension og fleksjob i 2013.
"""
# An evaluation's summary: its heading ends in the part's name, its dateline names the evaluator, its first
# sentence names the genre; the ministry that ordered it is named, not the publisher.
EVALUATION_SUMMARY_SAMPLE = """Evaluering af nytteindsatsen. Sammenfatning
VIVE – Det Nationale Forsknings- og Analysecenter for Velfærd, 3. marts 2020

Denne rapport evaluerer nytteindsatsen, som blev indført med kontanthjælpsreformen i 2014. Evalueringen er bestilt af Beskæftigelsesministeriet.
"""
BYRAAD_MINUTES_SAMPLE = """Referat – Byrådets møde 26. februar 2024
Randers Kommune, 26. februar 2024

Punkt 4. Ny skolestruktur i Randers Syd
Byrådet godkendte indstillingen.
"""
GENERALFORSAMLING_SAMPLE = """Referat af ordinær generalforsamling 2023
Grundejerforeningen Egebakken, 19. april 2023

Generalforsamlingen blev afholdt i fælleshuset. 24 husstande var repræsenteret.
"""
REGION_PROTOCOL_SAMPLE = """Beslutningsprotokol – Regionsrådets møde den 31. januar 2024
Region Syddanmark, 31. januar 2024

Punkt 3. Ny akutklinik i Grindsted
Regionsrådet besluttede at etablere en akutklinik.
"""
KVALITETSSTANDARD_SAMPLE = """Kvalitetsstandard for madservice – servicelovens § 83
Herning Kommune, 1. marts 2024

Formål
Madservice skal sikre, at borgeren får en sund og varieret kost.
"""
PLAN_SAMPLE = """Beskæftigelsesplan 2024
Vejle Kommune, 5. september 2023

Indledning
Planen sætter retningen for jobcentrets indsats i det kommende år.
"""
EXPLAINER_SAMPLE = """Om seniorpension
Styrelsen for Arbejdsmarked og Rekruttering, 2. januar 2024

Seniorpension er for dig, der har mindre end seks år til folkepensionsalderen og er nedslidt.
"""
PARTY_PAGE_SAMPLE = """Trafik: Flere busser i landdistrikterne
Radikale Venstre, 3. april 2023

Radikale Venstre vil give flere kommuner mulighed for at køre med flextrafik. Vi vil afsætte 200 mio. kr. om året.
"""


@pytest.mark.parametrize(("text", "doc_type", "issuer", "title"), [
    (BETAENKNING_SAMPLE, "report", "Social- og Indenrigsudvalget",
     "Betænkning over Forslag til lov om ændring af lov om aktiv socialpolitik"),
    (LOVBEMAERKNINGER_SAMPLE, "report", "Beskæftigelsesministeriet",
     "Forslag til lov om ændring af lov om sygedagpenge (Forlængelse af jobafklaringsforløb). Bemærkninger til lovforslaget"),
    (BEMAERKNINGER_HEADING_SAMPLE, "report", "Beskæftigelsesministeriet",
     "Almindelige bemærkninger til forslag til lov om seniorjob"),
    (EVALUATION_SUMMARY_SAMPLE, "report", "VIVE – Det Nationale Forsknings- og Analysecenter for Velfærd",
     "Evaluering af nytteindsatsen. Sammenfatning"),
    (BYRAAD_MINUTES_SAMPLE, "other", "Randers Kommune", "Referat – Byrådets møde 26. februar 2024"),
    (GENERALFORSAMLING_SAMPLE, "other", "Grundejerforeningen Egebakken", "Referat af ordinær generalforsamling 2023"),
    (REGION_PROTOCOL_SAMPLE, "other", "Region Syddanmark", "Beslutningsprotokol – Regionsrådets møde den 31. januar 2024"),
    (KVALITETSSTANDARD_SAMPLE, "other", "Herning Kommune", "Kvalitetsstandard for madservice – servicelovens § 83"),
    (PLAN_SAMPLE, "other", "Vejle Kommune", "Beskæftigelsesplan 2024"),
    (EXPLAINER_SAMPLE, "other", "Styrelsen for Arbejdsmarked og Rekruttering", "Om seniorpension"),
])
def test_dated_papers_by_genre(text: str, doc_type: str, issuer: str, title: str) -> None:
    [info] = parse(_doc(text))
    assert (info.doc_type, info.issuer, info.title) == (doc_type, issuer, title)


# A notat's heading ("Notat: ...", "Notat om ...") over its dateline: its publisher and title. (Its genre, a report
# by the municipal README, is left to a later change: the lineage tests of tests/nlp/notat_events.py date a
# notat's perfect tense by its writing, as nlp/lineage/dating.py dates news and letters only.)
@pytest.mark.parametrize(("text", "issuer", "title"), [
    (NOTAT_TITLE_SAMPLE, "Esbjerg Kommune, Sundhed og Omsorg", "Notat: Ventelister til specialtandpleje – status og anbefaling"),
    (MINISTRY_NOTAT_SAMPLE, "Beskæftigelsesministeriet", "Notat om udviklingen i ledighedsydelsen 2013-2023"),
])
def test_a_notat_under_its_dateline(text: str, issuer: str, title: str) -> None:
    [info] = parse(_doc(text))
    assert (info.issuer, info.title) == (issuer, title)


def test_a_party_page_with_its_dateline_keeps_its_heading() -> None:
    [info] = parse(_doc(PARTY_PAGE_SAMPLE))
    assert (info.issuer, info.title) == ("Radikale Venstre", "Trafik: Flere busser i landdistrikterne")


@pytest.mark.parametrize(("text", "doc_type"), [
    # a press release dated under its heading stays news: no genre noun opens its heading
    ("Bredt flertal bag ny aftale om dagpenge\nBeskæftigelsesministeriet, 22. oktober 2015\n\n"
     "Regeringen har i dag indgået en aftale om et nyt dagpengesystem.\n", "news"),
    # a news item about a plan, a notat or minutes only mentions them in its heading
    ("Ny plan skal få flere i job\nKolding Kommune, 3. september 2024\n\nByrådet har vedtaget en ny plan.\n", "news"),
    ("Kommunen offentliggør notat om ventelister\nEsbjerg Kommune, 2. maj 2023\n\nNotatet viser lange ventetider.\n", "news"),
    ("Nyt referat viser uenighed i byrådet\nRanders Kommune, 26. februar 2024\n\nByrådet var uenigt.\n", "news"),
    # "Om" opening a sentence-like heading with a name is no explainer page
    ("Om Mette Frederiksen bliver genvalgt\n12. marts 2019\n\nValget afgøres i juni.\n", "news"),
    # a report only referred to in a sentence is no self-reference
    ("Ny rapport om ledighed\n12. marts 2019\n\nRapporten viser, at ledigheden falder, siger direktør Anne Holm.\n", "news"),
])
def test_news_stays_news(text: str, doc_type: str) -> None:
    [info] = parse(_doc(text))
    assert info.doc_type == doc_type


@pytest.mark.parametrize("text", [
    # a letter's place and date, a journalist's byline and a weekday name no publisher
    "Ny aftale om dagpenge\nKøbenhavn, 22. oktober 2015\n\nRegeringen har indgået en aftale.\n",
    "Ny aftale om dagpenge\nMette Holm, 22. oktober 2015\n\nRegeringen har indgået en aftale.\n",
    "Ny aftale om dagpenge\nTorsdag, 22. oktober 2015\n\nRegeringen har indgået en aftale.\n",
    "Ny aftale om dagpenge\nHellerup, 22. oktober 2015\n\nRegeringen har indgået en aftale.\n",
])
def test_a_dateline_without_an_organisation_names_no_issuer(text: str) -> None:
    [info] = parse(_doc(text))
    assert info.issuer is None


def test_a_sentence_after_a_heading_stays_prose() -> None:
    from extract.document_titles import is_prose

    assert not is_prose("Evaluering af kontanthjælpsloftet. Sammenfatning")
    assert is_prose("Reformen blev evalueret. Resultaterne var blandede")


@pytest.mark.parametrize(("text", "title"), [
    # a headline that ends on a word a wrapped heading would go on from ("med", "for") still ends over its dateline
    ("Ministeren: Flere unge skal have en uddannelse, og virksomhederne skal med\nRitzau, 4. maj 2023\n\n"
     "Regeringen fremlagde i dag et udspil om erhvervsuddannelserne.\n",
     "Ministeren: Flere unge skal have en uddannelse, og virksomhederne skal med"),
    ("Nye regler for\nSundhedsstyrelsen, 2. februar 2022\n\nReglerne for vaccination af børn ændres fra 1. marts.\n",
     "Nye regler for"),
    # a heading wrapped over two lines with no dateline between still reads as one
    ("Prioritering af midler til indsatser for\nkronisk syge borgere\n\nUdvalget drøftede sagen.\n",
     "Prioritering af midler til indsatser for kronisk syge borgere"),
])
def test_a_heading_ends_over_its_dateline(text: str, title: str) -> None:
    [info] = parse(_doc(text))
    assert info.title == title


AGENDA_ITEM_UNDER_DATELINE = """Byrådet – punkt 7: Ny model for madservice
Tønder Kommune, 18. marts 2025

Resume
Sagen handler om en ny model for madservice til hjemmeboende borgere.

Sagsfremstilling
Den nuværende kontrakt udløber 31. december 2025.

Indstilling
Direktøren indstiller, at Byrådet godkender den nye model.

Beslutning
Godkendt.
"""
EVALUATION_ITEM_UNDER_DATELINE = """Evaluering af frikommuneforsøget med færre jobsamtaler
Morsø Kommune, 2. juni 2024

Sagsfremstilling
Forsøget har kørt i fire år, og evalueringen foreligger nu.

Indstilling
Forvaltningen indstiller, at evalueringen tages til efterretning.
"""
NEWS_WITH_ONE_SECTION_WORD = """Byrådet har besluttet: Seniorbussen fortsætter
Tønder Kommune, 19. marts 2025

Seniorbussen kører videre i 2026. Det besluttede Byrådet på sit møde tirsdag.

Beslutning
Byrådet var enigt.
"""


@pytest.mark.parametrize(("text", "doc_type"), [
    # an agenda item's sections under a dateline: the meeting's dated page, no news item (the municipal README's
    # minutes are other; an item about an evaluation is a report)
    (AGENDA_ITEM_UNDER_DATELINE, "other"),
    (EVALUATION_ITEM_UNDER_DATELINE, "report"),
    # one section word is no agenda: a dated news item stays news
    (NEWS_WITH_ONE_SECTION_WORD, "news"),
])
def test_an_agenda_item_under_a_dateline(text: str, doc_type: str) -> None:
    [info] = parse(_doc(text))
    assert info.doc_type == doc_type
