"""The one table of headings and list leads that hold no measures or goals (the
`not_goal_heading` rows of cues.tsv), used by every finder that reads headings: each row,
its attesting example, samples written for this test, and headings that stay goals."""
from __future__ import annotations

import pytest

from extract.indicators import cues, finders, goal_lists, listed_measures

ROWS = [  # (value, the example cues.tsv gives for the row)
    ("intentions", "Intentionerne med kontanthjælpsreformen er:"),
    ("conclusions", "De centrale konklusioner er:"),
    ("findings", "Derfor er det centralt for reformen af førtidspension og fleksjob, at:"),
    ("benefits", "Målingerne kan findes for følgende ydelser:"),
    ("target groups", "Målgruppen"),
    ("conditions", "er det en betingelse for at få tilkendt seniorpension, at:"),
]


def test_the_table_lists_these_rows() -> None:
    assert [(c.value, c.example) for c in cues.rows("not_goal_heading")] == ROWS


@pytest.mark.parametrize("cue", cues.rows("not_goal_heading"), ids=lambda c: c.value)
def test_each_row_holds_its_example(cue: cues.Cue) -> None:
    assert cue.regex.search(cue.example)


@pytest.mark.parametrize("heading", [
    "Intentionerne med reformen er:",
    "Hovedkonklusioner",
    "Det fremgår af målingerne, at:",
    "Målingerne kan findes for følgende ydelser:",
    "Ydelsens målgruppe",
    "Evalueringens vigtigste konklusioner er:",  # the rows' samples (test_indicator_cues.SAMPLES)
    "Det er en betingelse for at få hjælpen, at:",
])
def test_not_goal_headings(heading: str) -> None:
    assert finders.not_goal_heading(heading)
    assert finders.heading_kind(heading) is None


@pytest.mark.parametrize(("heading", "kind"), [
    ("Implementeringsindikatorer:", "implementeringsindikator"),
    ("De tre nationale mål for folkeskolen er:", "other"),
    ("Sigtelinjer for reformen", "sigtelinje"),
    ("Nøgletal for sygefravær:", "nøgletal"),
])
def test_goal_headings_keep_their_kind(heading: str, kind: str) -> None:
    assert not finders.not_goal_heading(heading)
    assert finders.heading_kind(heading) == kind


def test_every_finder_reads_the_same_table() -> None:
    """A list under an intentions lead gives nothing, in the STAR finders and the
    structure finders alike; the same list under a goals lead gives the goals."""
    items = "\n• Flere borgere skal i job.\n• Færre unge skal være på offentlig forsørgelse.\n"
    assert finders.goal_bullets("Målene med reformen er:" + items)
    assert not finders.goal_bullets("Intentionerne med målene er:" + items)
    numbered = "De tre mål:\n1. Flere i job\n2. Færre på ydelse\n3. Kortere forløb\n"
    assert len(goal_lists.numbered_goals(numbered)) == 3
    assert not goal_lists.numbered_goals(numbered.replace("De tre mål:", "Betingelserne for målene:"))
    inline = "Indsatsen er bygget op på tre fokusområder: 1. Job 2. Uddannelse 3. Sundhed."
    assert len(listed_measures.inline_lists(inline)) == 3
    assert not listed_measures.inline_lists(inline.replace("fokusområder", "fokusområder for målgruppen"))
