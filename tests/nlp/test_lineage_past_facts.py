"""Past facts told as background (issue 15, session 12): a scheme, body or agreement created, signed, formed or
adopted in a stated year is `introduced` in that year (the conventions: "created, adopted, decided or launched";
the year from the clause), also inside a relative clause whose antecedent is what was made, and in a party's
programme, where it is a fact of record, not the party's demand. Short Danish sentences in, exact events out
(kind, year, subject, actor, replaced_by), and sentences that must give nothing.

The verbs of making that are common words (skabe, danne, underskrive) count only as a dated past fact
(nlp/data/event_lexicon.csv, column `only`); the lines of the dev texts they were seen in are quoted
(corpus/municipal/s11_08, s6_09, s11_03, s11_04; their gold notes in the meta.json), the others written for
this test.
"""
from __future__ import annotations

import pytest

from extract.document import Document
from extract.records import DocumentInfo
from nlp.lineage import lineage_events


def _events(text: str, issuer: str | None = None, title: str | None = None) -> list[tuple]:
    doc = Document.from_text(text)
    records = [DocumentInfo(document_id="x", issuer=issuer, title=title)] if issuer or title else []
    return [(e.event, e.year, e.subject, e.actor, e.replaced_by) for e in lineage_events(doc, records)]


@pytest.mark.parametrize(("text", "expected"), [
    # a past passive in a relative clause: the antecedent is what was made; no "af", no maker (s11_08 gold: actor
    # null, though the main clause's subject supports the agreement); the free article before the lone noun makes
    # it the definite form (s11_08 gold: "Energispareaftalen")
    ("Dansk Folkeparti støtter den Energispareaftale, som blev underskrevet i 2006.",
     ("introduced", 2006, "Energispareaftalen", None, None)),
    ("Vi er opmærksomme på, at DONG Energy, som i 2006 blev dannet som resultat af en sammenlægning af en række "
     "danske energiselskaber, lever op til hensigten.", ("introduced", 2006, "DONG Energy", None, None)),
    # the expletive passive "blev der + participle": the noun after the participle is what was made (s6_09)
    ("Fra 2007 blev der skabt jobcentre i alle de nye kommuner i Danmark som et led i kommunalreformen.",
     ("introduced", 2007, "jobcentre i alle de nye kommuner i Danmark", None, None)),
    # a main clause's passive: its subject is what was made, not who made it
    ("Samarbejdsaftalen blev underskrevet den 3. maj 2018.", ("introduced", 2018, "Samarbejdsaftalen", None, None)),
    ("Jobcentrene blev etableret i 2007.", ("introduced", 2007, "Jobcentrene", None, None)),
    ("Selskabet er blevet dannet i 2015 ved en fusion.", ("introduced", 2015, "Selskabet", None, None)),
    # the agent of a passive is named after "af"; an active perfect's subject is its agent
    ("Rådet, som blev oprettet af Folketinget i 2012, mødes hver måned.",
     ("introduced", 2012, "Rådet", "Folketinget", None)),
    ("Byrådet har etableret en pulje i 2012.", ("introduced", 2012, "pulje", "Byrådet", None)),
])
def test_a_dated_past_fact_of_making_is_introduced(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]


@pytest.mark.parametrize("text", [
    # verbs of making without a year, or with a span or a deadline: outcomes and acts, no scheme made
    "Den energipolitiske detailstyring har skabt urimeligt høje energipriser.",
    "Kapitalismen har skabt øget velstand og produktivitet.",
    "Erfaringerne fra Folkeoplysningsudvalgets arbejde har dannet afsæt for den foreliggende politik.",
    "Fuldmagten skal være skrevet og underskrevet i blæk.",
    "Regeringen har skabt 5000 nye arbejdspladser siden 2010.",
    "Der skal skabes jobcentre i alle kommuner inden 2025.",
    "Aftalen bliver underskrevet i 2026.",
    "Vi vil danne et nyt råd i 2026.",
])
def test_making_without_a_dated_past_gives_nothing(text: str) -> None:
    assert _events(text) == []


def test_a_programme_states_a_dated_past_fact_as_a_fact() -> None:
    # in a party's programme a relative clause telling what others did is description (s7_06, s7_02), but one that
    # dates what was made is a fact of record (s11_08 gold: `introduced` 2006 by nobody named)
    text = "Energipolitik\n\nDansk Folkeparti støtter den Energispareaftale, som blev underskrevet i 2006."
    # (and what the party supports, a thing already there, it keeps: nlp/lineage/kept_things.py; both events name it
    # by the definite form the free article before the lone noun and its relative clause ask for)
    assert _events(text, issuer="Dansk Folkeparti") == [
        ("confirmed", None, "Energispareaftalen", "Dansk Folkeparti", None),
        ("introduced", 2006, "Energispareaftalen", None, None)]
    text = "Jobcentre\n\nFra 2007 blev der skabt jobcentre i alle de nye kommuner som et led i kommunalreformen."
    assert _events(text, issuer="Dansk Folkeparti") == [
        ("introduced", 2007, "jobcentre i alle de nye kommuner", None, None)]


def test_a_programme_still_reads_what_others_did_as_description() -> None:
    # a dated change others made, in a relative clause of a programme, describes the noun (s7_06's genre): only a
    # dated making is kept as a fact
    text = "Energi\n\nVi kan lære meget af de kommuner, som i 2019 har omlagt deres affaldshåndtering."
    assert _events(text, issuer="Alternativet") == []


def test_a_programme_adopted_as_a_replacement_is_introduced_and_replaced() -> None:
    # the municipal README: "a programme that replaces an earlier one is `introduced` plus `replaced`"; "dette
    # program" is the document, named by its title; 2003 dates the old one's adoption, not the replacement (s11_03)
    text = ("Enhedslistens principprogram\n\nDerfor har vi – efter to års debat – "
            "vedtaget dette program som erstatning for det, vi vedtog i 2003.")
    assert _events(text, issuer="Enhedslisten", title="Enhedslistens principprogram") == [
        ("introduced", None, "Enhedslistens principprogram", "Enhedslisten", None),
        ("replaced", None, "det, vi vedtog", "Enhedslisten", "dette program"),
    ]


@pytest.mark.parametrize(("text", "expected"), [
    ("Byrådet har i 2024 vedtaget en ny klimaplan som erstatning for planen fra 2015.",
     [("introduced", 2024, "ny klimaplan", "Byrådet", None), ("replaced", None, "planen", "Byrådet", "ny klimaplan")]),
    # a plan or a negation is no adoption
    ("Byrådet vil vedtage en ny klimaplan som erstatning for planen fra 2015.",
     [("planned", 2015, "ny klimaplan", "Byrådet", None)]),
    ("Vi har ikke vedtaget en ny plan som erstatning for den gamle.", []),
])
def test_adopted_as_a_replacement(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_a_programme_cover_with_the_date_before_the_assembly() -> None:
    # the Konservative cover (s11_04): "Vedtaget <date> på <party's assembly> i <town>", over a line break, the title
    # block above a blank line; the order of "Vedtaget af SF’s landsmøde 15. april 2012" (s08) turned round
    text = ("--- side 4 ---\nFrihed og fællesskab\nRadikale Venstres principprogram\n\nVedtaget 12. juni 2021 på\n"
            "Radikale Venstres landsmøde i Odense\n\nLayout: Partiets sekretariat")
    assert _events(text) == [("introduced", 2021, "Frihed og fællesskab Radikale Venstres principprogram",
                              "Radikale Venstres landsmøde", None)]
    # told in a sentence, it is the sentence's one event (the clause reader's), not a cover line as well
    told = _events("Programmet blev vedtaget 12. juni 2021 på Radikale Venstres landsmøde i Odense.")
    assert [e[:3] for e in told] == [("introduced", 2021, "Programmet")]
