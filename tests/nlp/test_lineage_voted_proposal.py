"""A byråd's referat that prints no "Beslutning" heading under a proposal told in one sentence: the vote's tally,
then the outcome on a line of its own, "For stemte 21 (...), imod stemte 6 (...). / Indstillingen er godkendt."
(probes22 m01), "For indstillingen stemte A, V og O (17), imod stemte F, C og Ø (14). / Indstillingen blev herefter
vedtaget." (probes24 m01). The approved proposal is decided, each of its at-clauses an event; a rejection, or an outcome
with another line between it and the proposal, leaves it a proposal."""
from __future__ import annotations

from pathlib import Path

from tests.nlp.notat_events import notat_events

HEAD = "Referat af Byrådets møde\nSkive Kommune, 24. april 2024\n\n"
TWO_CLAUSES = ("Punkt 12. Fremtiden for Balling Svømmehal\n"
               "Kultur- og Fritidsudvalget indstiller, at Balling Svømmehal lukkes med udgangen af 2024, og at "
               "skolesvømningen for eleverne i Balling flyttes til Skive Svømmehal.\n")


def test_vote_then_adoption_decides_both_clauses(tmp_path: Path) -> None:
    body = TWO_CLAUSES + "\nFor indstillingen stemte A, V og O (17), imod stemte F, C og Ø (14).\n\n" \
                         "Indstillingen blev herefter vedtaget.\n"
    events = notat_events(tmp_path, HEAD, body)
    assert [(e[0], e[2], e[3]) for e in events] == [("dropped", "Byrådet", 2024), ("changed", "Byrådet", 2024)]
    assert events[0][1] == "Balling Svømmehal"


def test_adoption_line_without_tally(tmp_path: Path) -> None:
    body = ("Punkt 7. Sammenlægning af Durup Skole og Glyngøre Skole\n"
            "Børne- og Ungdomsudvalget indstiller, at Durup Skole og Glyngøre Skole lægges sammen til én skole "
            "fra 1. august 2024.\nIndstillingen er godkendt.\n")
    assert [(e[0], e[2]) for e in notat_events(tmp_path, HEAD, body)] == [("changed", "Byrådet")]


def test_rejected_or_unnamed_outcome_stays_planned(tmp_path: Path) -> None:
    for outcome in ("For stemte 6 (O og D), imod stemte 21.\nIndstillingen blev forkastet.\n",
                    "Sagen har været i høring i Balling Lokalråd.\nIndstillingen er godkendt.\n"):
        events = notat_events(tmp_path, HEAD, TWO_CLAUSES + outcome)
        assert {(e[0], e[2]) for e in events} == {("planned", "Kultur- og Fritidsudvalget")}
