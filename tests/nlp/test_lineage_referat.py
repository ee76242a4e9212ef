"""Municipal referater: a recommendation's points and the decision on them (nlp/lineage/referat.py).
The two layouts of corpus/pdf/ballerup_referat_sundhedsudvalg_2012-12-04 (decision line after
the points) and corpus/pdf/aarhus_byraad_referat_2025-08-27 (adoption told above the case), with
cases written for the test."""
from __future__ import annotations

from extract.document import Document
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.year, e.subject, e.actor, e.decision) for e in lineage_events(doc)]


DECIDED = """Indstilling
Center for Sundhed indstiller, at

A) Kvalitetsstandarden for hjemmesygepleje 2014 godkendes.

B) Ordningen med madudbringning videreføres i 2014.

Social- og Sundhedsudvalgets beslutning den 03.12.2013 Punkt 4
Indstillingen godkendt
"""


def test_points_decided_by_the_committee() -> None:
    assert _events(DECIDED) == [
        ("introduced", 2013, "Kvalitetsstandarden for hjemmesygepleje 2014", "Social- og Sundhedsudvalget", True),
        ("confirmed", 2013, "Ordningen med madudbringning", "Social- og Sundhedsudvalget", True),
    ]


def test_points_without_a_decision_are_proposals() -> None:
    text = DECIDED.split("Social- og")[0]
    assert [(e[0], e[4]) for e in _events(text)] == [("planned", False), ("planned", False)]


def test_rejected_points_are_no_events() -> None:
    assert _events(DECIDED.replace("Indstillingen godkendt", "Indstillingen ikke godkendt")) == []


def test_adoption_told_above_the_case() -> None:
    text = ("Beslutninger\n\nTilbagesendes Magistratsafdelingen for Sociale Forhold med bemærkning, at byrådet i sit "
            "møde den 10. september 2025 har vedtaget Magistratens foranstående indstilling af 2. september 2025.\n"
            "Forslag om nedlæggelse af aflastningstilbuddet på Skovvej.\n"
            "Beslutningspunkter\n\nDet indstilles:\n"
            "At 1) aflastningstilbuddet på Skovvej nedlægges pr. 1. januar 2026\n"
            "At 2) byrådet godkender, at pladserne flyttes til Engvej.\n")
    # the adoption line is the decision on the points, not one more event
    assert _events(text) == [("dropped", 2025, "aflastningstilbuddet på Skovvej", "byrådet", True)]


# A report taken to note (f07: "A) Evalueringen af rygestopkurser tages til efterretning." under "Taget til
# efterretning"; s06: "At 2) Byrådet tager 2024-afraportering af klimaindsatsen til efterretning"): the report has
# been made, an `evaluated` event of the meeting's year; the committee only notes it, so it is not the actor.
NOTED = """Indstilling
Center for Ældre indstiller, at

A) Evalueringen af den rehabiliterende hjemmepleje tages til efterretning.

Ældreudvalgets beslutning den 05.03.2015 Punkt 3
Taget til efterretning
"""


def test_an_evaluation_taken_to_note_is_evaluated_in_the_meeting_year() -> None:
    assert _events(NOTED) == [("evaluated", 2015, "rehabiliterende hjemmepleje", None, True)]


def test_a_rejected_point_is_still_no_event() -> None:
    assert _events(NOTED.replace("Taget til efterretning", "Ikke godkendt")) == []


# An adopted recommendation whose every point only takes something to note (s06, Aarhus Byråd 27 August 2025,
# item 7): the adoption decides nothing of its own; the noted objects name the events, "den opdaterede X" a
# change of X, "afrapportering af X" an evaluation of X, dated with the meeting, with no actor.
ONLY_NOTED = """Punkt 5: Afrapportering på affaldsplanen

EMN-2025-001234
Beslutninger

Tilbagesendes Magistratsafdelingen for Teknik og Miljø med bemærkning, at byrådet i sit møde den 10. september 2025 har
vedtaget Magistratens foranstående indstilling af 2. september 2025.

Beslutningspunkter

Det indstilles:
At 1) Byrådet tager den opdaterede handleplan for affaldssortering til efterretning, jf. bilag 1.
At 2) Byrådet tager 2024-afrapportering af affaldsplanen til efterretning, jf. bilag 2.
Sagsforløb
"""


def test_an_adoption_of_noted_points_gives_the_noted_objects() -> None:
    assert _events(ONLY_NOTED) == [
        ("changed", 2025, "handleplan for affaldssortering", None, True),
        ("evaluated", 2025, "affaldsplanen", None, True),
    ]


def test_a_noted_object_that_names_no_change_or_report_gives_nothing() -> None:
    # "klimaregnskabet 2024" (s06 At 4): a measurement report taken to note, no event of an instrument
    text = ONLY_NOTED.replace("den opdaterede handleplan for affaldssortering", "klimaregnskabet 2024 for kommunen") \
        .replace("At 2) Byrådet tager 2024-afrapportering af affaldsplanen til efterretning, jf. bilag 2.\n", "")
    assert _events(text) == []


def test_an_adoption_with_a_decided_point_stays_an_event() -> None:
    # f12: one point noted, one decided ("byrådet godkender, at ..."): the adoption is not only noting
    text = ONLY_NOTED.replace("At 2) Byrådet tager 2024-afrapportering af affaldsplanen til efterretning, jf. bilag 2.",
                              "At 2) byrådet godkender, at genbrugsstationen på Skovvej nedlægges pr. 1. januar 2026.")
    assert _events(text) == [
        ("evaluated", 2025, "Afrapportering på affaldsplanen", "byrådet", True),
        ("changed", 2025, "handleplan for affaldssortering", None, True),
    ]


def _evidence(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.actor, e.evidence) for e in lineage_events(doc)]


# The evidence of a point decided by the decision line printed after it (s6_10, s04 gold notes): the point
# through the decision line when it is the only point; the decision line alone when there are several (the
# span from "A)" to the decision would hold B too). The body of "Sundheds- og Forebyggelsesudvalgets beslutning"
# is named whole.
ONE_POINT = """Indstilling
Center for Social, Sundhed og Beskæftigelse indstiller, at

A) Fordelingen af midlerne til forebyggende hjemmebesøg godkendes.

Sundheds- og Forebyggelsesudvalgets beslutning den 04.12.2012 Punkt 7
Indstillingen godkendt
"""


def test_a_single_decided_point_runs_through_the_decision_line() -> None:
    assert _evidence(ONE_POINT) == [
        ("introduced", "Sundheds- og Forebyggelsesudvalget",
         "A) Fordelingen af midlerne til forebyggende hjemmebesøg godkendes. Sundheds- og Forebyggelsesudvalgets "
         "beslutning den 04.12.2012 Punkt 7 Indstillingen godkendt"),
    ]


def test_several_decided_points_share_the_decision_line() -> None:
    assert [e[2] for e in _evidence(DECIDED)] == [
        "Social- og Sundhedsudvalgets beslutning den 03.12.2013 Punkt 4 Indstillingen godkendt"] * 2


# An item's summary and its case text tell the same act once more, with an adjective (s7_10; the conventions: f03,
# s04, s6_06, f14 gold notes): one event, the summary's. Another agent's act on the same thing stays its own.
RETOLD = """Sammendrag
Med afsæt i økonomiaftalen for 2014, har KL igangsat en proces frem mod foråret 2014, der skal styrke det nære
sundhedsvæsen.

Sagsfremstilling
KL har igangsat en grundig proces frem mod foråret 2014, der skal styrke det nære sundhedsvæsen.
"""


def test_a_retold_act_with_an_adjective_is_one_event() -> None:
    assert [(e[0], e[2], e[3]) for e in _events(RETOLD)] == [("introduced", "proces", "KL")]


def test_another_agents_act_stays_its_own() -> None:
    text = RETOLD.replace("KL har igangsat en grundig", "Regeringen har igangsat en grundig")
    assert [(e[0], e[2], e[3]) for e in _events(text)] == [("introduced", "proces", "KL"),
                                                           ("introduced", "grundig proces", "Regeringen")]


# A point in the impersonal passive, "der" and the s-passive of any verb, asks that something be done (s10_06: "At 1)
# der arbejdes videre med en broforbindelse, der tager udgangspunkt i model C.."; s07: "At 1) der i forbindelse med
# den kommende konkretisering af planerne for Pier 3 og Aarhus Ø sikres plads til publikumsrettede arealer"): with
# no decision printed it is proposed, `planned`, in the year of the dated document (nlp/lineage/impersonal_points.py).
ASKED = """Dato: 3. september 2025
Beslutningspunkter

Det indstilles:
At 1) der arbejdes videre med en cykelsti langs Randersvej, der tager udgangspunkt i model B.
At 2) der i forbindelse med den kommende lokalplan sikres plads til en ny daginstitution i Skejby.
Borgmesterens Afdelings påtegning
"""


def test_impersonal_points_without_a_decision_are_planned_in_the_document_year() -> None:
    assert _events(ASKED) == [("planned", 2025, "cykelsti langs Randersvej", None, False),
                              ("planned", 2025, "plads til en ny daginstitution i Skejby", None, False)]


def test_an_impersonal_point_of_an_undated_document_has_no_year() -> None:
    assert [e[1] for e in _events(ASKED.split("\n", 1)[1])] == [None, None]


def test_a_point_with_an_agent_and_no_event_word_gives_nothing() -> None:
    # s07's "At 2) Teknik og Miljø anbefaler Havnens Perle at tage fat i kommende aktører": advice, no event (its gold)
    text = ("Det indstilles:\nAt 1) Teknik og Miljø anbefaler foreningen at tage fat i kommende aktører i "
            "området.\nBorgmesterens Afdelings påtegning\n")
    assert _events(text) == []


def test_an_impersonal_point_negated_gives_nothing() -> None:
    text = "Det indstilles:\nAt 1) der arbejdes ikke videre med en cykelsti langs Randersvej.\nBorgmesterens Afdelings påtegning\n"
    assert _events(text) == []


def test_an_impersonal_point_decided_is_read_by_its_decision_only() -> None:
    # a decided point is read through its clause's event word (f03, s7_09); the impersonal reading is for proposals
    text = ASKED.split("Borgmesterens")[0] + "Økonomiudvalgets beslutning den 10.09.2025 Punkt 4\nIndstillingen godkendt\n"
    assert _events(text) == []


def test_an_impersonal_point_about_the_case_itself_gives_nothing() -> None:
    # what a meeting does with the case is procedure (referat.PROCEDURAL_HEADS; f14 gold notes: "procedural")
    for point in ("der gives en orientering om sagen på næste møde.", "der udsættes behandlingen af sagen til næste møde."):
        assert _events(f"Det indstilles:\nAt 1) {point}\nBorgmesterens Afdelings påtegning\n") == []


def test_an_impersonal_points_bare_noun_takes_its_relative_clause() -> None:
    # s10_06 gold: "broforbindelse med udgangspunkt i model C" (subject_phrase.with_relative, as every clause's subject)
    text = ("Det indstilles:\nAt 1) der arbejdes videre med en broforbindelse, der tager udgangspunkt i model C.\n"
            "Borgmesterens Afdelings påtegning\n")
    assert _events(text) == [("planned", None, "broforbindelse udgangspunkt i model C", None, False)]
