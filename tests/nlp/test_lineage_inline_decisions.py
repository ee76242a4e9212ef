"""A beslutningsprotokol's case told in one sentence, "<udvalg> indstiller, at X lukkes ...", with the decision printed
right below it as "Beslutning: Indstillingen blev godkendt." (probes15, probes17, probes21 and probes23 minutes): the
proposal approved is decided, so its event takes the kind of the proposal's verb, actor the body whose minutes they
are, not `planned`. A decision that only passes the case on ("Anbefales over for Byrådet"), puts it off or rejects it
leaves the proposal `planned` by its proposer."""
from __future__ import annotations

from pathlib import Path

from tests.nlp.notat_events import notat_events, notat_replacements

HEAD = "Økonomiudvalget – beslutningsprotokol\nVejen Kommune, 3. juni 2024\n\n"
CLOSE = ("Punkt 3. Lukning af svømmehallen i Holsted\n"
         "Administrationen indstiller, at svømmehallen i Holsted lukkes pr. 1. januar 2025.\n")


def test_approved_closure_is_dropped(tmp_path: Path) -> None:
    body = CLOSE + "Beslutning: Indstillingen blev godkendt med 7 stemmer for og 2 imod.\n"
    assert notat_events(tmp_path, HEAD, body) == [("dropped", "svømmehallen i Holsted", "Økonomiudvalget", 2025)]


def test_approved_replacement_keeps_its_successor(tmp_path: Path) -> None:
    body = ("Punkt 4. Ny model for snerydning\n"
            "Teknik- og Miljøudvalget anbefaler, at den faste rute for snerydning erstattes af en behovsstyret "
            "udkørsel.\nBeslutning: Godkendt.\n")
    assert notat_replacements(tmp_path, HEAD, body) == [("faste rute for snerydning", "behovsstyret udkørsel")]
    assert [(e[0], e[2], e[3]) for e in notat_events(tmp_path, HEAD, body)] == [("replaced", "Økonomiudvalget", 2024)]


def test_title_compound_names_the_council(tmp_path: Path) -> None:
    # "Referat af byrådsmødet": the body is the compound's first part, as a definite noun
    head = "Referat af byrådsmødet\nBillund Kommune, 30. januar 2025\n\n"
    body = CLOSE + "Beslutning: Indstillingen blev godkendt.\n"
    assert notat_events(tmp_path, head, body) == [("dropped", "svømmehallen i Holsted", "Byrådet", 2025)]


def test_passed_on_stays_planned(tmp_path: Path) -> None:
    body = CLOSE + "Beslutning: Anbefales over for Byrådet.\n"
    assert notat_events(tmp_path, HEAD, body) == [("planned", "svømmehallen i Holsted", "Administrationen", 2025)]


def test_rejected_or_put_off_stays_planned(tmp_path: Path) -> None:
    for outcome in ("Beslutning: Forslaget blev forkastet med 2 stemmer for og 9 imod.\n",
                    "Beslutning: Udsat til næste møde.\n"):
        assert [e[0] for e in notat_events(tmp_path, HEAD, CLOSE + outcome)] == ["planned"]


def test_decision_must_follow_the_proposal(tmp_path: Path) -> None:
    # another line between the proposal and the decision: the decision is not read as this proposal's
    body = CLOSE + "Sagen har været i høring i Holsted Lokalråd.\nBeslutning: Godkendt.\n"
    assert [e[0] for e in notat_events(tmp_path, HEAD, body)] == ["planned"]
