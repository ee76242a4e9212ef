"""Mergers in lineage (nlp/data/event_lexicon.csv: "sammenlægge" in any form, the particle verb "lægge sammen" only in
the passive, `only` "passive"), as municipal decisions and national notes tell them: "Tuse Naturskole og Kisserup
Naturskole sammenlægges til Holbæk Naturskole pr. 1. august 2024" (probes17 m01), "Børnehuset Mosegården og Børnehuset
Solsikken sammenlægges til én institution" (probes16 d01), "Den særskilte pulje til supercykelstier blev i 2023 lagt
sammen med Cykelpuljen" (probes11 n11), "Biblioteksfilialerne i Brædstrup og Østbirk lægges sammen i et nyt borgerhus"
(probes15). A merger changes how the merged things are organised (`changed`, the star README's "modified"); they are its
subject and never its actor. The active of "lægge sammen" also adds up ("Han lagde tallene sammen") or makes a thing
together with someone ("Vi har lagt sammen med borgerne en plan"): no event. The sentences are written for these
tests in the manner of those documents."""
from __future__ import annotations

from pathlib import Path

import pytest

from nlp.lineage.clauses import clause_events
from tests.nlp.notat_events import notat_events


def _events(sentence: str) -> list[tuple]:
    return [(d.kind, d.subject, d.actor, d.year) for d in clause_events(sentence, 0, len(sentence), None)]


@pytest.mark.parametrize(("sentence", "events"), [
    ("Tuse Naturskole og Kisserup Naturskole sammenlægges til Holbæk Naturskole pr. 1. august 2024.",
     [("changed", "Tuse Naturskole og Kisserup Naturskole", None, 2024)]),
    ("Børnehuset Mosegården og Børnehuset Solsikken sammenlægges til én institution med virkning fra 1. januar 2025.",
     [("changed", "Børnehuset Mosegården og Børnehuset Solsikken", None, 2025)]),
    # the particle verb's s-passive and its participle after a passive auxiliary
    ("Den særskilte pulje til supercykelstier blev i 2023 lagt sammen med Cykelpuljen.",
     [("changed", "særskilte pulje til supercykelstier", None, 2023)]),
    ("Biblioteksfilialerne i Brædstrup og Østbirk lægges sammen i et nyt borgerhus.",
     [("changed", "Biblioteksfilialerne i Brædstrup og Østbirk", None, None)]),
    ("Region Hovedstaden og Region Sjælland lægges sammen til Region Østdanmark pr. 1. januar 2027.",
     [("changed", "Region Hovedstaden og Region Sjælland", None, 2027)]),
    ("Puljerne til cykelstier er blevet lagt sammen.", [("changed", "Puljerne til cykelstier", None, None)]),
    # under a modal with a time to come: a plan
    ("De to skoler skal lægges sammen i 2026.", [("planned", "to skoler", None, 2026)]),
])
def test_a_merger_changes_the_merged_things(sentence: str, events: list[tuple]) -> None:
    assert _events(sentence) == events


@pytest.mark.parametrize("sentence", [
    # the active of "lægge sammen": adding up, or doing a thing together with someone
    "Han lagde tallene sammen.",
    "Han lægger tallene sammen.",
    "Vi har lagt tallene sammen.",
    "Vi har lagt sammen med borgerne en plan.",
    "Vi lagde sammen med borgerne en plan for området.",
    # the head verb with another particle or an object of its own
    "Der lægges vægt på samarbejdet.",
    "Kommunen vil lægge vægt på dialogen.",
    # negated
    "De to skoler lægges ikke sammen.",
])
def test_no_merger_gives_nothing(sentence: str) -> None:
    assert _events(sentence) == []


def test_an_approved_merger_point_is_the_bodys_change(tmp_path: Path) -> None:
    """An indstilling's point approved by the byråd (probes17 m01's form): the merged things with what they become
    (the subject the decided points give "omlægges til Sydtandklinikken", tests/nlp/test_lineage_decided_points.py),
    the approving body as actor, never the merged things."""
    head = "Byrådets møde den 24. april 2024 – Punkt 7: Naturskolernes organisering\nHolbæk Kommune, 24. april 2024\n\n"
    body = ("Indstilling\nAdministrationen indstiller,\n"
            "1. at Tuse Naturskole og Kisserup Naturskole sammenlægges til Holbæk Naturskole pr. 1. august 2024,\n"
            "2. at der udarbejdes en evaluering af den nye organisering i foråret 2025.\n\n"
            "Beslutning i Byrådet den 24. april 2024\nIndstillingen blev godkendt.\n")
    assert notat_events(tmp_path, head, body) == [
        ("changed", "Tuse Naturskole og Kisserup Naturskole til Holbæk Naturskole", "Byrådet", 2024),
        ("planned", "evaluering af den nye organisering", "Byrådet", 2025)]
