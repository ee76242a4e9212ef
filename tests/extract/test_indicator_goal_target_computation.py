"""A goal, the target (resultatmål) under it and the line saying how it is computed ("Opgørelse: ...", "Målet
opgøres som ...") are one indicator entry, as the dev gold labels a goal with its measure (tests/fixtures/gold/
policy/p10: the goal the title, the measure its definition). Two layouts: a goal's name headed "Mål 1. X" over a
"Resultatmål:" line, and a numbered resultatmål under a goal ("Resultatmål 1.1: Mindst 80 pct. ...") over its
"Opgørelse:" line; a sub-number ("1.1") is no number of the int field (as "Indikator 2.1", finders._item_number)."""
from __future__ import annotations

from extract.document import Document
from extract.parsers import indicators

SOCIALE_MAAL = """Sociale mål – sådan opgøres de
Social- og Boligstyrelsen, 2. februar 2024

Mål 1. Færre unge skal være uden uddannelse
Resultatmål: Andelen af unge uden uddannelse skal falde med en tredjedel.
Målet opgøres som andelen af 25-årige, der ikke har gennemført en ungdomsuddannelse.

Mål 2. Færre ældre skal være ensomme
Resultatmål: Antallet af ensomme ældre skal halveres.
Opgørelse: Antal personer over 65 år, der i den nationale sundhedsprofil svarer, at de ofte er uønsket alene.
"""

SKOLE_MAAL = """Kommunens mål for skoleområdet
Mål 1: Alle elever skal blive så dygtige, de kan.

Resultatmål 1.1: Mindst 75 pct. af eleverne skal være gode til at læse i de nationale test.
Opgørelse: Andelen af elever i 8. klasse, der opnår mindst karakteren "god" i den nationale test i læsning.

Resultatmål 1.2: Elevernes trivsel skal øges.
Opgørelse: Gennemsnittet af elevernes svar i den nationale trivselsmåling.
"""

# A numbered heading over prose is no goal with a measure: the "Mål 1." form is read only over a field line.
MAAL_OVER_PROSA = """Arbejdsprogram 2024
Mål 1. Bedre samarbejde med foreningerne
Vi vil holde møder med foreningerne hvert kvartal.
"""


def _read(text: str) -> list[tuple[object, ...]]:
    doc = Document.from_text(text)
    return [(r.number, r.title, r.definition, r.measure) for r in indicators.parse(doc)]


def test_goal_heading_target_and_computation_are_one_entry() -> None:
    assert _read(SOCIALE_MAAL) == [
        (1, "Færre unge skal være uden uddannelse",
         "Målet opgøres som andelen af 25-årige, der ikke har gennemført en ungdomsuddannelse.", "share"),
        (2, "Færre ældre skal være ensomme", "Antal personer over 65 år, der i den nationale sundhedsprofil svarer, "
         "at de ofte er uønsket alene.", "count"),
    ]


def test_numbered_target_under_a_goal_takes_its_computation_line() -> None:
    got = _read(SKOLE_MAAL)
    assert (None, "Mindst 75 pct. af eleverne skal være gode til at læse i de nationale test.",
            'Andelen af elever i 8. klasse, der opnår mindst karakteren "god" i den nationale test i læsning.',
            "share") in got
    assert (None, "Elevernes trivsel skal øges.", "Gennemsnittet af elevernes svar i den nationale trivselsmåling.",
            "average") in got
    assert not [t for t in got if t[1] is not None and str(t[1]).startswith(("Opgørelse", "Resultatmål"))]


def test_goal_heading_over_prose_gives_no_measure() -> None:
    assert all(d is None for _, _, d, _ in _read(MAAL_OVER_PROSA))
