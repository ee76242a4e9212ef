"""Kommuner in a numbered ranking or a result list that gives each kommune's figure in brackets ("1. Billund
(+2,1)", "• Lolland (18,2 pct.)"), and a double name broken over a line at its hyphen ("Ringkøbing-\\nSkjern").
Texts in, exact kommuner out; lists and breaks that must give none."""
from __future__ import annotations

from extract.document import Document
from extract.parsers.kommuner import scan


def _names(text: str) -> list[tuple[str, str]]:
    doc = Document.from_text(text)
    return [(row.name, row.as_written) for row in scan(doc).rows.values()]


RANKING = """Benchmarking af kommunernes resultater, 1. halvår 2023

Top 5 på sygedagpengeområdet
1. Favrskov (+1,9)
2. Lyngby-Taarbæk (+1,7)
3. Skanderborg (+1,5)
4. Ringkøbing-Skjern (+1,2)
5. Odder (+0,9)
"""

RESULTS = """Andel af befolkningen på offentlig forsørgelse, 2022

• Lolland (22,4 pct.)
• Guldborgsund (20,1 pct.)
• Bornholm (18,7 %)
"""


def test_a_numbered_ranking_with_figures_in_brackets() -> None:
    assert _names(RANKING) == [("Favrskov", "Favrskov"), ("Lyngby-Taarbæk", "Lyngby-Taarbæk"),
                               ("Skanderborg", "Skanderborg"), ("Ringkøbing-Skjern", "Ringkøbing-Skjern"),
                               ("Odder", "Odder")]


def test_a_bulleted_result_list_with_percents_in_brackets() -> None:
    assert _names(RESULTS) == [("Lolland", "Lolland"), ("Guldborgsund", "Guldborgsund"), ("Bornholm", "Bornholm")]


def test_bracketed_words_or_a_lone_numbered_line_give_none() -> None:
    # a bracket that holds words, not a figure, is no figure of a list item; two numbered lines are no list
    assert _names("Projektets partnere\n1. Lejre (Roskilde-egnen)\n2. Stevns (Østsjælland)\n") == []
    assert _names("Dagsorden\n1. Godkendelse (5 min)\n2. Evaluering (20 min)\n3. Eventuelt (5 min)\n") == []


def test_a_double_name_broken_at_its_hyphen() -> None:
    text = "Forsøget gennemføres af jobcentrene i Ringkøbing-\nSkjern og Ikast-\nBrande Kommune.\n"
    assert _names(text) == [("Ringkøbing-Skjern", "Ringkøbing-\nSkjern"), ("Ikast-Brande", "Ikast-\nBrande")]


def test_a_hyphen_at_a_line_end_that_joins_no_kommune() -> None:
    # a word hyphenated at the line's end, and a route between two towns, are no kommune
    assert _names("Tilskuddet dækker Nord-\nTrafik og ruten Aarhus-\nSilkeborg.\n") == []
