"""A flattened table inside an answer whose cells are whole numbers and whose rows are named by ministries
("Beskæftigelsesministeriet\\n212\\n198\\n187\\nFinansministeriet ..."): a ministry's name alone on a line inside the
body is a table cell there, and the body goes on through the table, its notes and the paragraph after a page mark.
A ministry's name ends the body only as a letterhead, followed by address lines (layout table: table_value_column,
beside table_value_line for cells with a decimal comma or thousands dots).

The samples are realistic letters written for this test in the finance ministry's layout of
tests/fixtures/letters/answer-table-ministries.txt (a "Tabel N" with one cell per line); names and figures are made
up. The expected record is read by hand by the ft_qa README's conventions (a flattened table stays in the answer; a
letterhead block that follows the body is left out).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.test_letter_error_classes import asker, case, expected, record, udvalg

WHOLE_NUMBER_TABLE = """Finansudvalget 2022-23
FIU Alm.del endeligt svar på spørgsmål 144
Offentligt

Finansministeriet
Christiansborg Slotsplads 1
1218 København K
Telefon 33 92 33 33

Folketingets Finansudvalg
Christiansborg
1240 København K

14. april 2023
J.nr. 2023 - 2210

Finansudvalget har den 22. marts 2023 stillet følgende spørgsmål nr. 144 (alm. del) til
finansministeren, som hermed besvares. Spørgsmålet er stillet efter ønske fra Rune
Lund (EL).

Spørgsmål nr. 144:
”Vil ministeren oplyse antallet af årsværk i departementerne i 2020-2022, opdelt på ministerier?”

Svar:
Antallet af årsværk i departementerne fremgår af tabel 1.

Tabel 1
Årsværk i departementerne, 2020-2022
2020
2021
2022
Beskæftigelsesministeriet
312
298
305
Skatteministeriet
287
291
276
I alt
599
589
581

Kilde: Statens Koncernsystem.

Side 1 af 2

Antallet af årsværk har således været nogenlunde stabilt i perioden.

Med venlig hilsen

Nicolai Wammen
"""

_ANSWER = ("Antallet af årsværk i departementerne fremgår af tabel 1. Tabel 1 Årsværk i departementerne, 2020-2022 "
           "2020 2021 2022 Beskæftigelsesministeriet 312 298 305 Skatteministeriet 287 291 276 I alt 599 589 581 "
           "Kilde: Statens Koncernsystem. Antallet af årsværk har således været nogenlunde stabilt i perioden.")

# Must not: the same table closing the body with no greeting, and the ministry's letterhead under it (name, street,
# postcode): the letterhead still ends the body after the last cell.
TABLE_THEN_LETTERHEAD = WHOLE_NUMBER_TABLE.replace(
    "Kilde: Statens Koncernsystem.\n\nSide 1 af 2\n\nAntallet af årsværk har således været nogenlunde stabilt i "
    "perioden.\n\nMed venlig hilsen\n\nNicolai Wammen\n",
    "Finansministeriet\nChristiansborg Slotsplads 1\n1218 København K\n")

_COMMON = dict(doc_type="answer", udvalg=udvalg("Finansudvalget", "FIU"), samling="2022-23", case=case("alm. del"),
               question_number=144, question_sent_date="2023-03-22", answer_date="2023-04-14",
               asked_by=[asker("Rune Lund", "EL")], addressee="finansministeren", ministry="Finansministeriet",
               journal_number="2023 - 2210",
               question_text="Vil ministeren oplyse antallet af årsværk i departementerne i 2020-2022, opdelt på "
                             "ministerier?", parties=["EL"])

CASES = [
    pytest.param(WHOLE_NUMBER_TABLE, expected(**_COMMON, answer_text=_ANSWER, signed_by="Nicolai Wammen"),
                 id="ministry-cells-whole-numbers"),
    pytest.param(TABLE_THEN_LETTERHEAD, expected(
        **_COMMON, answer_text="Antallet af årsværk i departementerne fremgår af tabel 1. Tabel 1 Årsværk i "
                               "departementerne, 2020-2022 2020 2021 2022 Beskæftigelsesministeriet 312 298 305 "
                               "Skatteministeriet 287 291 276 I alt 599 589 581"), id="must-not-letterhead-after"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_ministry_named_table_cells_stay_in_the_answer(text: str, want: dict, tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    assert record(path) == want
