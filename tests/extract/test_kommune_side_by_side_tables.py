"""A table that sets two lists of kommuner side by side, each under its own header ("Bedst placerede | ... |
Dårligst placerede": a benchmark's top and bottom; "Højeste ledighed | ... | Laveste ledighed"): every name of both
columns is a kommune, marked by the list it stands in. A table whose columns hold no kommuner gives none."""
from __future__ import annotations

from extract.document import Document, Page, Segment
from extract.parsers.kommuner import parse
from extract.records import KommuneRow


def _rows(text: str) -> list[KommuneRow]:
    doc = Document("x", "x.txt", "text", (Page(1, text),), text, (Segment(0, 0, len(text), len(text), True),))
    return [r for r in parse(doc) if isinstance(r, KommuneRow)]


BENCHMARK = """Tabel 1 viser de tre kommuner, der klarer sig bedst i forhold til forventet, og de tre, der klarer sig dårligst.

| Placering | Bedst placerede | Afvigelse (uger) | Dårligst placerede | Afvigelse (uger) |
| 1 | Rebild | -1,4 | Ishøj | 1,6 |
| 2 | Ikast-Brande | -1,2 | Langeland | 1,3 |
| 3 | Lemvig | -1,1 | Albertslund | 1,2 |
"""

# tab-separated, without a rank column, as a PDF's table converts
UNEMPLOYMENT = ("Højeste ledighed\tPct.\tLaveste ledighed\tPct.\n"
                "Lolland\t5,9\tRudersdal\t1,9\n"
                "Brøndby\t5,4\tAllerød\t2,0\n")

# two name columns, but of people and roles: nothing
NO_KOMMUNER = """| Nr. | Leder | Antal | Stedfortræder | Antal |
| 1 | Mette Hansen | 4 | Lars Holm | 2 |
| 2 | Anne Berg | 3 | Peter Lund | 1 |
"""


def test_benchmark_gives_both_lists() -> None:
    rows = _rows(BENCHMARK)
    assert [r.name for r in rows] == ["Rebild", "Ikast-Brande", "Lemvig", "Ishøj", "Langeland", "Albertslund"]
    assert rows[0].attributes == {"Bedst placerede": True, "Dårligst placerede": False}
    assert rows[3].attributes == {"Bedst placerede": False, "Dårligst placerede": True}


def test_tab_table_gives_both_lists() -> None:
    rows = _rows(UNEMPLOYMENT)
    assert [(r.name, r.code) for r in rows] == [("Lolland", "0360"), ("Brøndby", "0153"), ("Rudersdal", "0230"),
                                                ("Allerød", "0201")]
    assert rows[2].attributes == {"Højeste ledighed": False, "Laveste ledighed": True}


def test_name_columns_without_kommuner_give_nothing() -> None:
    assert _rows(NO_KOMMUNER) == []
