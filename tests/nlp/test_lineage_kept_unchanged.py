"""A standing rule stated unchanged is kept: "Reglerne om ... er ikke ændret" is `confirmed` (the star README:
"confirmed: explicitly kept or continued ... standing rules restated"), the cue `cues.KEPT_UNCHANGED`. A notice of new
rules tells what stays; the past "blev ikke ændret i 2018", a clause with no scheme as its subject and a negated change
inside a subordinate clause state no rule kept."""
from __future__ import annotations

import pytest

from extract.document import Document, Page, Segment
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple]:
    doc = Document("x", "x.txt", "text", (Page(1, text),), text, (Segment(0, 0, len(text), len(text), True),))
    return [(e.event, e.subject) for e in lineage_events(doc)]


# Two notices in the genre: an agency's page on new study rules, a ministry's note on a tax bill.
_SU_NOTICE = ("Fremover kan universiteterne selv fastsætte regler for tilmelding til fag og prøver. "
              "Reglerne om studieaktivitet i SU-systemet er ikke ændret.")
_TAX_NOTE = ("Lovforslaget forhøjer beskæftigelsesfradraget for enlige forsørgere. "
             "Kravet om 225 timers arbejde er fortsat ikke blevet ændret.")


def test_agency_notice_keeps_its_standing_rule() -> None:
    assert ("confirmed", "Reglerne om studieaktivitet i SU-systemet") in _events(_SU_NOTICE)


def test_ministry_note_keeps_its_standing_rule() -> None:
    assert ("confirmed", "Kravet om 225 timers arbejde") in _events(_TAX_NOTE)


@pytest.mark.parametrize(("text", "expected"), [
    ("Taksten for sommerhuse er ikke ændret.", [("confirmed", "Taksten for sommerhuse")]),
    ("225-timersreglen er heller ikke ændret.", [("confirmed", "225-timersreglen")]),
    ("Reglerne om befordringsfradrag er ikke blevet ændret.", [("confirmed", "Reglerne om befordringsfradrag")]),
])
def test_negated_change_of_a_scheme_is_confirmed(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    "Det er ikke ændret, hvor mange timer man skal arbejde for at bevare retten til kontanthjælp.",
    "Det er ikke ændret.",
    "Antallet af ledige er ikke ændret.",
    "Frafaldet i hovedforløbet er ikke ændret.",
    "Regeringen er ikke ændret.",
    "Forældrebestyrelsernes rolle blev ikke ændret med reformen.",
    "Reglerne blev ikke ændret i 2018.",
    "Kravet om 225 timer er ikke ændret med aftalen.",
    "Hvis reglerne ikke er ændret, gælder de gamle regler.",
    "Ministeriet oplyser, at reglerne om befordringsfradrag ikke er ændret.",
    "Der er ikke ændret på reglerne om befordringsfradrag.",
])
def test_no_rule_kept(text: str) -> None:
    assert _events(text) == []
