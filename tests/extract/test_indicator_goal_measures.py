"""A goal with the measure it is followed by under it ("Nationalt mål 2: X" / "Indikator: Y" / "Beskrivelse: Z",
or "Mål 2: X" / "Resultatmål: Z") is one indicator entry, the goal its title and number, the measure's description
its definition, as the dev gold labels such pairs (tests/fixtures/gold/policy/p10: each national goal with its
resultatmål as definition). The field labels ("Indikator:", "Resultatmål:", "Beskrivelse:") are the cue table's
`table_column` labels. A site the text says its measures are updated on ("opdateres én gang om året på
esundhed.dk") is their source (star README: where the measure is published or computed)."""
from __future__ import annotations

from extract.document import Document
from extract.parsers import indicators

SUNDHED_MAAL = """Nationale mål for det nære sundhedsvæsen
Region Midtjylland, 3. marts 2023

Regionen og de 19 kommuner har aftalt tre fælles mål for samarbejdet om de ældre medicinske patienter. Målene følges med indikatorer, som opdateres én gang om året på esundhed.dk.

Nationalt mål 2: Færre undgåelige indlæggelser
Indikator: Forebyggelige indlæggelser
Beskrivelse: Antal forebyggelige indlæggelser blandt borgere på 65 år og derover pr. 1.000 borgere i aldersgruppen.
Udgangspunkt 2021: 41,2

Nationalt mål 3: Kortere tid på sygehuset
Indikator: Liggetid
Beskrivelse: Gennemsnitlig liggetid i dage for indlæggelser af patienter på 65 år og derover.
Udgangspunkt 2021: 3,8 dage
"""

SOCIALE_MAAL = """Sociale mål for udsatte borgere
Social- og Boligstyrelsen, 10. januar 2024

Kommunerne har sammen med styrelsen fastlagt to mål for indsatsen over for udsatte borgere. Tallene opdateres hvert år på socialstyrelsen.dk.

Mål 1: Flere borgere i hjemløshed skal have en varig løsning på deres boligsituation inden for et år
Resultatmål: Andelen af borgere i hjemløshed, der får en fast bolig inden for et år, skal stige.

Mål 2: Færre unge skal forlade grundskolen uden at kunne læse
Resultatmål: Mindst 90 pct. af eleverne i 9. klasse skal opnå mindst karakteren 2 i læsning.
"""

# A goal's name over prose that is no field of a measure: nothing to pair, no measure.
PROSA_UNDER_MAAL = """Strategi for et godt ældreliv
Mål 1: Et godt ældreliv for alle
Vi vil arbejde for, at de ældre borgere oplever tryghed og nærvær i hverdagen.
"""


def _read(text: str) -> list[dict[str, object]]:
    doc = Document.from_text(text)
    records = indicators.parse(doc)
    return [r.model_dump(include={"number", "title", "definition", "measure", "source"}) for r in records]


def test_goal_with_named_indicator_and_description_is_one_entry() -> None:
    # a count per 1.000 persons is a rate: an average (extract/parsers/indicators.py _measure)
    assert _read(SUNDHED_MAAL) == [
        {"number": 2, "title": "Færre undgåelige indlæggelser",
         "definition": "Antal forebyggelige indlæggelser blandt borgere på 65 år og derover pr. 1.000 borgere i "
                       "aldersgruppen.", "measure": "average", "source": "esundhed.dk"},
        {"number": 3, "title": "Kortere tid på sygehuset",
         "definition": "Gennemsnitlig liggetid i dage for indlæggelser af patienter på 65 år og derover.",
         "measure": "average", "source": "esundhed.dk"},
    ]


def test_goal_over_its_resultatmaal_line_takes_it_without_the_label() -> None:
    got = _read(SOCIALE_MAAL)
    assert [(r["number"], r["title"], r["definition"]) for r in got] == [
        (1, "Flere borgere i hjemløshed skal have en varig løsning på deres boligsituation inden for et år",
         "Andelen af borgere i hjemløshed, der får en fast bolig inden for et år, skal stige."),
        (2, "Færre unge skal forlade grundskolen uden at kunne læse",
         "Mindst 90 pct. af eleverne i 9. klasse skal opnå mindst karakteren 2 i læsning."),
    ]
    assert {r["source"] for r in got} == {"socialstyrelsen.dk"}
    assert [r["measure"] for r in got] == ["share", "share"]


def test_goal_over_prose_gives_no_measure() -> None:
    assert all(r["definition"] is None for r in _read(PROSA_UNDER_MAAL))
