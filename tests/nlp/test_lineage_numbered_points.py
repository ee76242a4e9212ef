"""A recommendation's points numbered with a dot ("Direktionen indstiller,\\n1. at ...,\\n2. at ..."), the ordered
list's other mark beside "At 1)" (s7_09) and "A)" (s7_10): each point its own event, decided by the body whose
decision line follows ("Beslutning i Byrådet den 29. januar 2024"), in the decision's year; an evaluation the
decision sets for a later time stays a plan with its own year. Without a decision line the points are only proposed
(`planned`, the municipal README)."""
from __future__ import annotations

from pathlib import Path

from danish.sentences import sentence_spans
from tests.nlp.notat_events import notat_events

HEAD = "Referat – Byrådets møde 12. marts 2024\nHolstebro Kommune, 12. marts 2024\n\n"

POINTS = ("Punkt 4. Ny struktur på ældreområdet\n\nIndstilling\nDirektionen indstiller,\n"
          "1. at den nye visitationsmodel godkendes med virkning fra 1. maj 2024,\n"
          "2. at klippekortordningen videreføres uændret,\n"
          "3. at aftenåbningen på Nørrelandcentret ophører pr. 1. juli 2024,\n"
          "4. at modellen evalueres i efteråret 2025.\n\n")


def test_numbered_points_each_a_sentence() -> None:
    text = "Direktionen indstiller,\n1. at modellen godkendes,\n2. at ordningen ophører.\n"
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Direktionen indstiller,", "1. at modellen godkendes,", "2. at ordningen ophører."]
    # a date's day before a month is no point
    dated = "Ordningen blev indført den\n1. januar 2020 og gælder stadig.\n"
    assert len(sentence_spans(dated)) == 1


def test_points_decided_by_the_body(tmp_path: Path) -> None:
    body = POINTS + "Beslutning i Byrådet den 12. marts 2024\nIndstillingen blev godkendt med 25 stemmer mod 6.\n"
    assert notat_events(tmp_path, HEAD, body) == [
        ("introduced", "nye visitationsmodel", "Byrådet", 2024),
        ("confirmed", "klippekortordningen", "Byrådet", 2024),
        ("dropped", "aftenåbningen på Nørrelandcentret", "Byrådet", 2024),
        ("planned", "visitationsmodellen", "Byrådet", 2025)]  # "modellen" names the model of point 1


def test_points_only_proposed(tmp_path: Path) -> None:
    assert [e[0] for e in notat_events(tmp_path, HEAD, POINTS)] == ["planned"] * 4


def test_points_rejected(tmp_path: Path) -> None:
    body = POINTS + "Beslutning i Byrådet den 12. marts 2024\nIndstillingen blev ikke godkendt.\n"
    assert notat_events(tmp_path, HEAD, body) == []


# Minutes of one meeting print a bare "Beslutning" heading over the outcome: the body is the one the outcome names,
# else the meeting's of the minutes' title, and the date is the title's.
BARE_HEAD = "Referat – Børne- og Uddannelsesudvalget 4. marts 2024\nHorsens Kommune, 4. marts 2024\n\n"
BARE_POINTS = ("Indstilling\nForvaltningen indstiller,\n- at tolærerordningen videreføres i skoleåret 2024/25,\n"
               "- at ordningen med lektiecafé ophører pr. 1. august 2024.\n\n")


def test_bare_decision_heading_takes_the_meetings_body(tmp_path: Path) -> None:
    assert notat_events(tmp_path, BARE_HEAD, BARE_POINTS + "Beslutning\nTiltrådt.\n") == [
        ("confirmed", "tolærerordningen", "Børne- og Uddannelsesudvalget", 2024),
        ("dropped", "ordningen med lektiecafé", "Børne- og Uddannelsesudvalget", 2024)]


def test_bare_decision_heading_with_the_body_in_the_outcome(tmp_path: Path) -> None:
    body = BARE_POINTS + "Beslutning\nUdvalget godkendte indstillingen.\n"
    assert [e[2] for e in notat_events(tmp_path, BARE_HEAD, body)] == ["Udvalget", "Udvalget"]


def test_bare_decision_heading_rejecting(tmp_path: Path) -> None:
    assert notat_events(tmp_path, BARE_HEAD, BARE_POINTS + "Beslutning\nIkke godkendt.\n") == []
