"""Lineage events from Danish policy language the extractor was not fitted to (issue 15): short Danish
sentences in, exact kind/year/subject/actor/decision out, and sentences that must give nothing.

Each class is attested by two documents or a written convention (nlp/data/event_lexicon.csv names
them); the sentences here are realistic samples of the same patterns, written for this test, beside
short quotations of the municipal dev texts (corpus/municipal/, gold notes in their meta.json).
"""
from __future__ import annotations

import pytest

from extract.document import Document
from nlp.lineage import lineage_events
from extract.adoption_lines import approvals


def _doc(text: str) -> Document:
    return Document.from_text(text)


def _events(text: str) -> list[tuple]:
    return [(e.event, e.year, e.subject, e.actor, e.decision) for e in lineage_events(_doc(text))]


@pytest.mark.parametrize(("text", "expected"), [
    # nouns with an "i" complement, a proposal as their predicate (f03; lexicon column `complements`)
    ("Der foreslås en reduktion i taksterne på 2 pct. i 2013.",
     ("planned", 2013, "taksterne på 2 pct", None, False)),
    ("Med aftalen blev der gennemført en nedsættelse i ydelsen for unge under 30 år.",
     ("changed", None, "ydelsen for unge under 30 år", None, True)),
    # a nominalised change as the subject of an adoption is the change (conventions: "changed ... including
    # changes decided in a political agreement")
    ("Udvidelsen af ordningen blev vedtaget i 2018.", ("changed", 2018, "ordningen", None, True)),
    ("Forlængelsen af forsøget blev aftalt i 2019.", ("changed", 2019, "forsøget", None, True)),
    # a nominalised change as the object of a decision is the change (conventions: "changed ... including
    # changes decided in a political agreement")
    ("Byrådet vedtog en nedsættelse af taksten i 2013.", ("changed", 2013, "taksten", "Byrådet", True)),
    ("Forligskredsen er enige om en forlængelse af forsøget til 2022.",
     ("changed", None, "forsøget", "Forligskredsen", True)),
    ("Regeringen har besluttet en lempelse af kravet.", ("changed", None, "kravet", "Regeringen", True)),
    ("Den 1. juli 2019 trådte en ændring af reglerne i kraft.", ("changed", 2019, "reglerne", None, True)),
    # nominalisations and verbs of change, ending and creating (lexicon rows citing the conventions)
    ("Aftalen betyder en forhøjelse af satsen fra 2021.", ("changed", 2021, "satsen", None, True)),
    ("Kravet til opholdstid blev strammet i 2018.", ("changed", 2018, "Kravet til opholdstid", None, True)),
    ("Med aftalen blev der gennemført en stramning af reglerne for familiesammenføring.",
     ("changed", None, "reglerne for familiesammenføring", None, True)),
    ("Udfasningen af ordningen blev aftalt i 2019.", ("dropped", 2019, "ordningen", None, True)),
    ("Genindførelsen af kontanthjælpsloftet blev vedtaget i 2016.",
     ("introduced", 2016, "kontanthjælpsloftet", None, True)),
    # a dated nominalisation in the s-genitive (f07 "ved strukturreformens indførelse den 1. januar 2007")
    ("Instruktørerne har varetaget kurserne siden strukturreformens indførelse den 1. januar 2007.",
     ("introduced", 2007, "strukturreformen", None, True)),
    ("Efter lovens vedtagelse i 2019 har kommunerne fået nye opgaver.",
     ("introduced", 2019, "loven", None, True)),
    # transfer of a task, its recipient part of the change (f06 gold: "opgaver ... overdraget til kommunerne";
    # f06 "regionerne overtog sygehusdriften"; f11 "Ballerup kommune overtog i 2007")
    ("Opgaven med beskæftigelsesindsatsen blev i 2009 overdraget til kommunerne.",
     ("changed", 2009, "Opgaven med beskæftigelsesindsatsen til kommunerne", None, True)),
    # designation (f08 "KL har i første omgang udpeget 5 indsatsområder"; f10 "KL har udpeget et antal fokusområder")
    ("KL har udpeget et antal fokusområder, hvor kommunerne skal fremvise resultater.",
     # a quantifier heads in form only (quantifier_nouns.csv); the indefinite noun takes its "hvor" relative
     ("introduced", None, "fokusområder, hvor kommunerne skal fremvise resultater", "KL", True)),
    # an announcement (f10 "Regeringen har samtidig bebudet et sundhedsudspil i 2013")
    ("Regeringen har samtidig bebudet et sundhedsudspil i 2013.",
     ("planned", 2013, "sundhedsudspil", "Regeringen", False)),
    # put forward for a decision (f08 "fremlægges til godkendelse", f03 "Indstilles til godkendelse")
    ("Planen fremlægges til beslutning i byrådet den 12. marts 2024.",
     ("planned", 2024, "Planen", None, False)),
    # reported decisions in minutes (nlp/lineage/referat.py)
    ("Byrådet besluttede at indføre gratis frokost i børnehaverne fra 1. august 2025.",
     ("introduced", 2025, "gratis frokost i børnehaverne", "Byrådet", True)),
    ("Kommunalbestyrelsen besluttede at nedlægge ventelisten.",
     ("dropped", None, "ventelisten", "Kommunalbestyrelsen", True)),
    ("Byrådet besluttede, at ordningen videreføres i 2014.", ("confirmed", 2014, "ordningen", "Byrådet", True)),
    # a council's decision told as the ground of what follows (f09, f14)
    ("I forlængelse af kommunalbestyrelsens beslutning af marts 2019 styrkes samarbejdet med foreningerne.",
     ("introduced", 2019, "samarbejdet med foreningerne", "kommunalbestyrelsen", True)),
    # a recommendation is proposed, not decided (f12 "indstilles en justeret ramme"; f03)
    ("Forvaltningen indstiller, at ordningen videreføres i 2015.", ("planned", 2015, "ordningen", "Forvaltningen", False)),
    ("Økonomiudvalget anbefaler, at forslaget godkendes.", ("planned", None, "forslaget", "Økonomiudvalget", False)),
    # a period gives the start (the end is the record's end year)
    ("Ordningen blev indført i perioden 2016–2020 som et forsøg.", ("introduced", 2016, "Ordningen", None, True)),
    # adoption and entry into force: the adoption (conventions)
    ("Loven blev vedtaget den 20. december 2019 og træder i kraft den 1. januar 2020.",
     ("introduced", 2019, "Loven", None, True)),
    ("Byrådet har vedtaget en ny klimaplan, som træder i kraft 1. januar 2025.",
     ("introduced", None, "ny klimaplan", "Byrådet", True)),
    # made permanent, the analytic form of "permanentgøres" (issue 15): kept, `confirmed`
    ("Forsøget gøres permanent fra 1. januar 2022.", ("confirmed", 2022, "Forsøget", None, True)),
    ("Ordningen blev gjort permanent i 2018.", ("confirmed", 2018, "Ordningen", None, True)),
    # an evaluation set going, in the active (issue 15: "er sat i gang")
    ("Ministeren har sat en evaluering af reformen i gang.", ("evaluated", None, "reformen", "Ministeren", True)),
    # reported decisions of a forligskreds or a government (issue 15)
    ("Forligskredsen besluttede i juni 2015 at forlænge ordningen til 2020.",
     ("changed", 2015, "ordningen", "Forligskredsen", True)),
    ("Partierne bag aftalen er enige om at afskaffe kontanthjælpsloftet.",
     ("dropped", None, "kontanthjælpsloftet", "Partierne bag aftalen", True)),
])
def test_one_event(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]


@pytest.mark.parametrize("text", [
    # negated events and demands: a commitment denied is no event
    "Regeringen vil ikke afskaffe kontanthjælpsloftet.",
    "Ordningen indføres ikke.",
    "Brugerbetaling skal ikke indføres.",
    "Vi vil ikke indføre brugerbetaling.",
    "Partiet siger nej til at afskaffe efterlønnen.",
    "Nej til afskaffelse af efterlønnen.",
    "Byrådet besluttede ikke at lukke skolen.",
    "Udvalget godkendte derfor ikke forslaget om en ny takst.",
    "Indstillingen blev ikke godkendt.",
    "Forslaget om at nedlægge ventelisten blev ikke vedtaget.",
    "Der er ikke planer om at ændre ordningen.",
    "Regeringen ønsker ikke at forlænge ordningen.",
    "Regeringen afviser at afskaffe efterlønnen.",
    # a call to keep what exists, under a modal of duty (f06 gold notes: "skal bevares" is not labelled)
    "Skoler og børneinstitutioner på øerne skal bevares.",
    "Der foreslås ingen reduktion i taksterne.",
    "Opgaven blev ikke overdraget til kommunerne.",
    "KL har endnu ikke udpeget nogen fokusområder.",
    "Ingen forlængelse af ordningen blev vedtaget.",
    "Ordningen blev ikke\nindført i 2019.",  # a negation before a line break (PDF text)
    # questions and conditions
    "Skal opgaven overdrages til staten?",
    "Hvis taksten reduceres, skal kvaliteten fastholdes.",
    "Vil regeringen afskaffe kontanthjælpsloftet?",
    "Hvis ordningen forlænges, skal den evalueres.",
    # standing rules and routines (f02 gold notes: "mindst hvert andet år", "altid inden for 14 dage";
    # p10: "Hvert år gennemføres en skoleudviklingssamtale")
    "Kvalitetsstandarden skal revideres mindst hvert andet år.",
    "At råd og vejledning iværksættes hurtigst muligt og altid inden for 14 dage efter henvendelse.",
    "Ordningen forlænges hvert andet år efter ansøgning.",
    "Taksten justeres årligt efter pris- og lønudviklingen.",
    "Tilbuddet tilpasses løbende efter behov.",
    "Taksterne reduceres hvert år med 2 pct.",
    # meeting procedure (f14 "Punktet genoptages"; f12 forwarding lines; f07 "Taget til efterretning")
    "Udvalget godkendte indstillingen.",
    "Udvalget besluttede at udskyde sagen til næste møde.",
    "Sagen blev oversendt til Økonomiudvalget.",
    "Magistraten anbefaler, at byrådet tiltræder Magistratsafdelingens indstilling af 26. juni 2025.",
    # a participle after a determiner is an adjective, across a PDF line break too (f13's goal bullet)
    "Drive et effektivt beredskab med udgangspunkt i de aftalte forudsætninger og det\nfastlagte serviceniveau.",
    # a nominalisation with a time after "i", no complement; an effect against a forecast; participants
    "Vurderingen af en eventuel takstnedsættelse i 2014 drøftes på mødet.",
    "Samlet reducerer ordningen arbejdsudbuddet mindre end forventet.",
    "Følgende kommuner er udpeget til at afprøve modellen for frit valg.",
    "Regeringen har udpeget en ny formand for kommissionen.",
    "Tilbuddet tilpasses den enkelte borgers behov.",
])
def test_no_event(text: str) -> None:
    assert _events(text) == []


def test_an_approval_line_under_a_cover_title_is_the_adoption() -> None:
    """f04's cover: the title on the lines above, the council and its kommune, the date."""
    text = ("--- side 1 ---\nPolitik\nfor\nKultur og Fritid -\nLokalt engagement.\n"
            "Godkendt af byrådet, Syddjurs Kommune den 30. april 2009\n\n1 of 13\n")
    assert _events(text) == [("introduced", 2009, "Politik for Kultur og Fritid - Lokalt engagement",
                              "byrådet, Syddjurs Kommune", True)]


def test_an_approval_line_in_a_list_of_attachments() -> None:
    """f14's bilag list: number, access, title, approval with a ddmmyy date, journal number."""
    text = ("Bilag\n1 Åben Opsamlingsnotat. Temamøde 20.09.2012\t222359/12\n"
            "2 Åben Ældrepolitik 2020 - Et godt ældreliv, Vedtaget af kommunalbestyrelsen 150620\t73288/20\n")
    found = list(approvals(text))
    assert [(a.subject, a.actor, a.year, str(a.date)) for a in found] == [
        ("Ældrepolitik 2020 - Et godt ældreliv", "kommunalbestyrelsen", 2020, "2020-06-15")]
    assert text[found[0].start:found[0].end] == "2 Åben Ældrepolitik 2020 - Et godt ældreliv, Vedtaget af kommunalbestyrelsen 150620"


def test_an_approval_without_a_date_or_a_title_gives_nothing() -> None:
    assert list(approvals("Godkendt af byrådet\n")) == []
    assert list(approvals("\n\nGodkendt af byrådet den 3. maj 2021\n")) == []


def test_a_point_taken_to_note_keeps_its_own_date() -> None:
    """"At 1) byrådet tager til efterretning, at ... ophører pr. 1. januar 2026" (f12): decided elsewhere, so
    dated with its own date and not the byråd's decision; a point the byråd adopts takes the meeting's date."""
    text = ("Beslutninger\n\nTilbagesendes Magistratsafdelingen for Sociale Forhold med bemærkning, at byrådet i sit "
            "møde den 10. september 2025 har vedtaget Magistratens foranstående indstilling af 2. september 2025.\n"
            "Forslag om nedlæggelse af aflastningstilbuddet på Skovvej.\n"
            "Beslutningspunkter\n\nDet indstilles:\n"
            "At 1) aflastningstilbuddet på Skovvej nedlægges pr. 1. april 2026\n"
            "At 2) byrådet tager til efterretning, at den fælles ledelse af Skovvej og Engvej ophører pr. 1. januar 2026.\n")
    assert _events(text) == [
        ("dropped", 2025, "aflastningstilbuddet på Skovvej", "byrådet", True),
        ("dropped", 2026, "fælles ledelse af Skovvej og Engvej", None, True),
    ]


@pytest.mark.parametrize(("doc_type", "year"), [("news", 2012), ("letter", 2012), ("report", None), ("other", None)])
def test_a_perfect_is_dated_by_writing_only_in_news_and_letters(doc_type: str, year: int | None) -> None:
    """"Derudover er der indført en ½ takst" in a memo (f11) or minutes (f12) is undated (their gold); in
    news and letters the perfect tells what happened as of writing (d01, p18, seed 002)."""
    import datetime as dt

    from extract.records import DocumentInfo

    text = "Derudover er der indført en ny takst for aflastning uden overnatning."
    info = DocumentInfo(document_id="x", doc_type=doc_type, date=dt.date(2012, 11, 19))
    assert [(e.event, e.year) for e in lineage_events(_doc(text), [info])] == [("introduced", year)]


@pytest.mark.parametrize(("issuer", "expected"), [
    ("Dansk Folkeparti", [("planned", "Regionernes væsentligste opgave – sygehusene til staten", "Dansk Folkeparti",
                           False)]),
    ("Ballerup Kommune", []),
])
def test_a_party_document_states_its_demands_with_skal(issuer: str, expected: list[tuple]) -> None:
    """In a party's own programme "skal" + a verb of change is the party's demand, `planned` by the party
    (f05, f06 gold notes); in a kommune's text it is a rule, no event."""
    from extract.records import DocumentInfo

    text = "Regionernes væsentligste opgave – sygehusene – skal overdrages til staten."
    info = DocumentInfo(document_id="x", issuer=issuer)
    assert [(e.event, e.subject, e.actor, e.decision) for e in lineage_events(_doc(text), [info])] == expected
