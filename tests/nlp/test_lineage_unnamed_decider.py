"""An agenda item printed alone ("Punkt 7. Sammenlægning af ...", a dagsorden's or beslutningsprotokol's single
item) names no body in its title, and its bare "Beslutning" heading prints none either: the outcome still decides the
recommendation's points (the municipal README: an indstilling's decision points are its events; star/README.md:
`planned` is "not yet decided"). Points the outcome approves by number take their own kind in the meeting's year,
actor not stated (null); points it leaves out stay proposed; a rejection leaves no event (probes19 m01, probes15
KKR Syddanmark sag 4)."""
from __future__ import annotations

from pathlib import Path

from tests.nlp.notat_events import notat_events

HEAD = "Punkt 7. Sammenlægning af Tuse Skole og Udby Skole\nHolbæk Kommune, 24. april 2024\n\n"
POINTS = ("Indstilling\nDirektionen indstiller,\n"
          "1. at Tuse Skole og Udby Skole sammenlægges pr. 1. august 2025,\n"
          "2. at de to skolebestyrelser erstattes af én fælles skolebestyrelse fra samme dato,\n"
          "3. at der gives en anlægsbevilling på 1,2 mio. kr. til ombygning af faglokaler.\n\n")


def test_points_approved_by_number_are_decided(tmp_path: Path) -> None:
    body = POINTS + ("Beslutning\nIndstillingens punkt 1 og 3 blev godkendt.\n"
                     "Punkt 2 blev udsat til kommunalbestyrelsens møde i juni.\n")
    assert notat_events(tmp_path, HEAD, body) == [
        ("changed", "Tuse Skole og Udby Skole", None, 2024),
        ("planned", "to skolebestyrelser", None, 2024)]
    # the impersonal "der gives en anlægsbevilling" is read as a proposal only (tests/nlp/test_lineage_referat.py:
    # a decided point is read through its clause's event word), so approved it is no longer a plan


def test_whole_recommendation_approved(tmp_path: Path) -> None:
    body = POINTS + "Beslutning\nGodkendt.\n"
    assert [(k, y) for k, _, _, y in notat_events(tmp_path, HEAD, body)] == [
        ("changed", 2024), ("replaced", 2024)]


def test_without_a_decision_the_points_stay_proposed(tmp_path: Path) -> None:
    assert [e[0] for e in notat_events(tmp_path, HEAD, POINTS)] == ["planned"] * 3


def test_rejected_gives_nothing(tmp_path: Path) -> None:
    assert notat_events(tmp_path, HEAD, POINTS + "Beslutning\nIndstillingen blev ikke godkendt.\n") == []
