"""A side column (the ministry's name, address, "Dato:", "Sags nr.", "Akt-id") that the converter set inside the
letter: between the quoted question and the asker line or "Svar:", or between two answer paragraphs, with the
ministry's name broken over two lines wherever the letterhead breaks it ("Udlændinge- og\\nIntegrationsministeriet",
"Ministeriet for Børn, Undervisning\\nog Ligestilling", "Ministeriet for Fødevarer,\\nLandbrug og Fiskeri"; layout
table: labelled_part_line, ministry_over_two_lines). By the ft_qa README such blocks are no part of the question or
the answer; they are the letter's own parts, so their date is the answer date and the ministry is read from them.

The letters are realistic samples written for this test; names, numbers and dates are invented.
"""
from __future__ import annotations

from pathlib import Path

from tests.extract.test_ftdk_question_page import flat

COLUMN_AFTER_QUESTION = """Udlændinge- og Integrationsudvalget 2019-20
UUI Alm.del - Svar på Spørgsmål 212
Offentligt

Folketingets Udlændinge- og Integrationsudvalg

Svar på spørgsmål nr. 212 (Alm. del) fra Folketingets Udlændinge- og Integrationsudvalg

Spørgsmål:
"Vil ministeren oplyse, hvor mange familiesammenføringer der blev givet i 2019, fordelt på måneder?"

Udlændinge- og
Integrationsministeriet
Slotsholmsgade 10
1216 København K
Tlf. 6198 4000
www.uim.dk
Dato: 14. januar 2020
Sags nr.: 2020 - 0412
Akt-id: 4471203

Spørgsmålet er stillet efter ønske fra Morten Messerschmidt (DF).

Svar:
Udlændingestyrelsen har oplyst, at der i 2019 blev givet 3.112 tilladelser til familiesammenføring.

Med venlig hilsen

Mattias Tesfaye
"""

COLUMN_IN_ANSWER = """Børne- og Undervisningsudvalget 2012-13
BUU Alm.del - Svar på Spørgsmål 88
Offentligt

Folketingets Børne- og Undervisningsudvalg

Børne- og Undervisningsudvalget har i brev af 3. december 2012 stillet følgende spørgsmål nr. 88 (alm. del) til
ministeren for børn og undervisning, som hermed besvares.

Spørgsmål nr. 88:
"Vil ministeren oplyse, hvor mange folkeskoler der har indført lektiecafé?"

Svar:
Styrelsen for Evaluering og Kvalitetsudvikling har oplyst, at 612 folkeskoler har indført lektiecafé,
Ministeriet for Børn, Undervisning
og Ligestilling
Frederiksholms Kanal 21
1220 København K
Tlf. 3392 5000
Dato: 17. december 2012
J.nr. 012.345.67
og at tallet er steget siden skoleåret 2010-11.

Med venlig hilsen

Christine Antorini
"""


def test_a_column_under_the_question_is_cut_and_read(tmp_path: Path) -> None:
    r = flat(tmp_path, COLUMN_AFTER_QUESTION)
    assert r["question_text"] == ("Vil ministeren oplyse, hvor mange familiesammenføringer der blev givet i 2019, "
                                  "fordelt på måneder?")
    assert (r["answer_date"], r["ministry"], r["journal_number"]) == (
        "2020-01-14", "Udlændinge- og Integrationsministeriet", "2020 - 0412")
    assert r["asked_by"] == [{"name": "Morten Messerschmidt", "party": "DF"}]


def test_a_ministry_broken_before_og_in_a_column_inside_the_answer(tmp_path: Path) -> None:
    r = flat(tmp_path, COLUMN_IN_ANSWER)
    assert r["answer_text"] == ("Styrelsen for Evaluering og Kvalitetsudvikling har oplyst, at 612 folkeskoler har "
                                "indført lektiecafé, og at tallet er steget siden skoleåret 2010-11.")
    assert (r["answer_date"], r["ministry"]) == ("2012-12-17", "Ministeriet for Børn, Undervisning og Ligestilling")


def test_a_question_going_on_after_a_ministry_line_is_kept(tmp_path: Path) -> None:
    # Lines naming a ministry inside the quoted question, with no address or contact line, are the question's words.
    text = COLUMN_AFTER_QUESTION.replace(
        '"Vil ministeren oplyse, hvor mange familiesammenføringer der blev givet i 2019, fordelt på måneder?"\n\n'
        "Udlændinge- og\nIntegrationsministeriet\nSlotsholmsgade 10\n1216 København K\nTlf. 6198 4000\nwww.uim.dk\n"
        "Dato: 14. januar 2020\nSags nr.: 2020 - 0412\nAkt-id: 4471203\n",
        '"Vil ministeren oplyse, hvor mange sager\nUdlændinge- og\nIntegrationsministeriet\nbehandlede i 2019?"\n')
    r = flat(tmp_path, text)
    assert r["question_text"] == ("Vil ministeren oplyse, hvor mange sager Udlændinge- og Integrationsministeriet "
                                  "behandlede i 2019?")
    assert r["answer_date"] is None
