"""A scheme kept as it is: "Taksten for sommerhuse er uændret." (probes17 m09), "Tilskuddet til jordvarmeanlæg er
uændret 30.000 kr." (probes16 04) say by the adjective what "Reglerne ... er ikke ændret" says by the negated
participle (star/README.md `confirmed`: standing rules restated); a figure that stays the same is no scheme. Keeping
for a later year is no change to come: "Ordningen ... videreføres i 2025" in a budget agreement of 2024 (probes19
m04), "Den midlertidige pulje ... videreføres i 2025 og 2026" in a finanslovsaftale (probes16 09) are `confirmed`,
where a change for a later year told in the present stays `planned`."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.nlp.notat_events import notat_events

HEAD = "Budgetaftale 2025\nKolding Kommune, 18. september 2024\n\n"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Taksten for sommerhuse er uændret.", ("confirmed", "Taksten for sommerhuse")),
    ("Tilskuddet til jordvarmeanlæg er uændret 30.000 kr.", ("confirmed", "Tilskuddet til jordvarmeanlæg")),
    ("Reglerne om fribeløb for elever på ungdomsuddannelser er uændrede.",
     ("confirmed", "Reglerne om fribeløb for elever på ungdomsuddannelser")),
])
def test_scheme_unchanged_is_kept(tmp_path: Path, sentence: str, expected: tuple[str, str]) -> None:
    assert [e[:2] for e in notat_events(tmp_path, HEAD, sentence)] == [expected]


@pytest.mark.parametrize("sentence", [
    "Borgernes tilfredshed er uændret.",
    "Den samlede udgift til lokal buskørsel er uændret.",
    "Taksten for sommerhuse er uændret i forhold til sidste år, men stiger i 2026.",
])
def test_unchanged_figure_is_no_event(tmp_path: Path, sentence: str) -> None:
    assert [e for e in notat_events(tmp_path, HEAD, sentence) if e[0] == "confirmed"] == []


def test_kept_for_a_later_year_is_confirmed(tmp_path: Path) -> None:
    assert notat_events(tmp_path, HEAD, "Den midlertidige pulje til bekæmpelse af ensomhed blandt ældre videreføres "
                                        "i 2025 og 2026.") == [
        ("confirmed", "midlertidige pulje til bekæmpelse af ensomhed blandt ældre", None, 2025)]


def test_changed_for_a_later_year_stays_planned(tmp_path: Path) -> None:
    assert [e[0] for e in notat_events(tmp_path, HEAD, "Kvalitetsstandarderne revideres ved udgangen af 2025.")] == [
        "planned"]
