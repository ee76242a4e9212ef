"""The letter's date under a "Den" label printed alone on the line above it ("Den\n14. april 2009"), as converters
break a letterhead's label from its value (layout table: den_label_line): the date is the letter's answer date, and
the date the opening cites ("har den 2. april 2009 stillet ...") stays the question's."""
from __future__ import annotations

from pathlib import Path

from knowledge.pipeline import extract_path


def flat(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    record: dict = extract_path(path).flat.model_dump(mode="json")
    return record


ENVIRONMENT_DEN_LABEL = """Miljø- og Planlægningsudvalget 2008-09
MPU alm. del - Svar på Spørgsmål 212
Offentligt

Miljøministeren
Folketingets Miljø- og Planlægningsudvalg
Christiansborg
1240 København K

J.nr.
NST-120-00311
Den
14. april 2009

Folketingets Miljø- og Planlægningsudvalg har den 2. april 2009 stillet mig følgende spørgsmål nr. 212 (alm. del), som hermed besvares. Spørgsmålet er stillet efter ønske fra Ida Auken (SF).

Spørgsmål nr. 212:
"Vil ministeren oplyse, hvor mange hektar skov der er rejst på statens arealer i 2008?"

Svar:
Skov- og Naturstyrelsen har oplyst, at der i 2008 blev rejst 410 hektar ny skov på statens arealer.

Med venlig hilsen

Troels Lund Poulsen
"""

TRANSPORT_DEN_LABEL = """Transportudvalget 2009-10
TRU alm. del - Svar på Spørgsmål 88
Offentligt

Transportministeren
Folketingets Transportudvalg
Christiansborg
1240 København K

Den
30. november 2009
Sagsnr.
2009-4471

Transportudvalget har i brev af den 17. november 2009 stillet følgende spørgsmål nr. 88 (alm. del) til transportministeren, som hermed besvares. Spørgsmålet er stillet efter ønske fra Magnus Heunicke (S).

Spørgsmål nr. 88:
"Vil ministeren oplyse antallet af aflyste regionaltog i 2009?"

Svar:
Banedanmark har oplyst, at 1.214 regionaltog blev aflyst i perioden januar-oktober 2009.

Med venlig hilsen

Lars Barfoed
"""


def test_date_under_den_label_is_the_answer_date(tmp_path: Path) -> None:
    r = flat(tmp_path, ENVIRONMENT_DEN_LABEL)
    assert (r["answer_date"], r["question_sent_date"], r["journal_number"]) == ("2009-04-14", "2009-04-02",
                                                                                 "NST-120-00311")
    r = flat(tmp_path, TRANSPORT_DEN_LABEL)
    assert (r["answer_date"], r["question_sent_date"], r["journal_number"]) == ("2009-11-30", "2009-11-17",
                                                                                 "2009-4471")


def test_date_label_on_its_own_line_gives_the_answer_date(tmp_path: Path) -> None:
    # The "Dato" label broken from its value the same way (layout table: date_label_no_colon).
    r = flat(tmp_path, TRANSPORT_DEN_LABEL.replace("Den\n30. november", "Dato\n30. november"))
    assert (r["answer_date"], r["question_sent_date"]) == ("2009-11-30", "2009-11-17")


def test_den_in_running_text_over_a_line_break_is_no_label(tmp_path: Path) -> None:
    # "Den" ending a line of the body and a date opening the next is a sentence, not the letterhead's label: with no
    # letterhead date the letter has no answer date.
    text = ENVIRONMENT_DEN_LABEL.replace("Den\n14. april 2009\n", "").replace(
        "Skov- og Naturstyrelsen har oplyst, at der",
        "Skov- og Naturstyrelsen har oplyst følgende. Den\n1. januar 2009 er det gældende tal, og der")
    r = flat(tmp_path, text)
    assert r["answer_date"] is None
    assert r["question_sent_date"] == "2009-04-02"
