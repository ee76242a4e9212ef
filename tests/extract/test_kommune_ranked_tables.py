"""A table whose kommuner stand in the column its header names "Kommune", after a rank column ("Placering | Kommune |
Forskel", a ranking as benchmark tables print it; "Nr.<tab>Kommune<tab>Andel"): the rows give the kommuner of that
column, the first column being a rank. A table with no kommune in its named column gives none."""
from __future__ import annotations

from extract.document import Document
from extract.parsers.kommuner import parse


def _names(text: str) -> list[str]:
    doc = Document.from_text(text)
    return [r.name for r in parse(doc) if hasattr(r, "code")]


PIPE_RANKING = """Tabel 2. De fem kommuner med den største fremgang, 2023

Placering | Kommune | Forskel (pct.-point)
1 | Lemvig | 2,3
2 | Faxe | 1,8
3 | Assens | 1,2
"""

TAB_RANKING = "Nr.\tKommune\tAndel i job\n1\tSkive\t61,2\n2\tHerning\t59,8\n3\tIkast-Brande\t58,1\n"

# A rank and a kommune column with no kommune in it (job titles): nothing.
NO_KOMMUNE = """Placering | Kommune | Point
1 | Sagsbehandler | 12
2 | Teamleder | 9
"""


def test_pipe_ranking_gives_its_kommune_column() -> None:
    assert _names(PIPE_RANKING) == ["Lemvig", "Faxe", "Assens"]


def test_tab_ranking_gives_its_kommune_column() -> None:
    assert _names(TAB_RANKING) == ["Skive", "Herning", "Ikast-Brande"]


def test_a_kommune_column_without_kommuner_gives_nothing() -> None:
    assert _names(NO_KOMMUNE) == []


# Two columns in pipes: a benchmark's ranking of one result ("Kommune | Faktisk minus forventet (uger)") and a rate
# table of one figure per kommune: the rows give their kommuner as a wider table's would.
TWO_COLUMN_RANKING = """Tabel 1. De ti kommuner med de bedste resultater, 2022
Kommune | Faktisk minus forventet (uger)
Odder | -2,9
Rebild | -2,6
Stevns | -2,4
"""

TWO_COLUMN_RATES = """Kommune | Andel i uddannelse (pct.)
Tønder | 81,4
Vesthimmerland | 79,9
"""

# A breadcrumb and a line of prose with one pipe each, and a two-column table of no kommuner: nothing.
NO_TWO_COLUMN_TABLE = """Forside | Nyheder
Beskæftigelse | Sygedagpenge
Region | Andel
Nordjylland | 12,1
Sjælland | 11,4
"""


def test_two_column_tables_give_their_kommuner() -> None:
    assert _names(TWO_COLUMN_RANKING) == ["Odder", "Rebild", "Stevns"]
    assert _names(TWO_COLUMN_RATES) == ["Tønder", "Vesthimmerlands"]


def test_lines_with_one_pipe_and_no_kommuner_give_nothing() -> None:
    assert _names(NO_TWO_COLUMN_TABLE) == []
