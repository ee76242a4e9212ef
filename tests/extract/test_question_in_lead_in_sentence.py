"""A question heading continued by a relative clause that carries the question's facts (layout table:
heading_asker_line): "Spørgsmål nr. 612 (Alm. del), som Folketingets <udvalg> har stillet til <minister> den <dato>
efter ønske fra X (SF):" over the quoted question. The clause is the heading's, not the question's: the quote is the
question, the date the question's sent date, the minister the addressee, the members the askers. The phrase is the
ministries' cover-sentence wording ("Hermed sendes besvarelse af spørgsmål nr. 412 (Alm. del), som Folketingets
Retsudvalg har stillet til justitsministeren den ..."), here set as the question's heading.

Each sample is a realistic letter written for this test (names, numbers and dates changed, none a copy of a probe
letter); the expected record is read by hand by the ft_qa README's conventions. Must not: a relative clause that
is no asker phrase leaves the heading's text as it was.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.test_letter_error_classes import asker, case, expected, record, udvalg

IMMIGRATION_LEAD_IN = """Udlændinge- og Integrationsudvalget 2017-18
UUI Alm.del endeligt svar på spørgsmål 402
Offentligt

Dato: 9. april 2018
Sagsnr.: 2018-10217

Spørgsmål nr. 402 (Alm. del), som Folketingets Udlændinge- og Integrationsudvalg har
stillet til udlændinge- og integrationsministeren den 20. marts 2018 efter ønske fra Martin
Henriksen (DF):

"Vil ministeren oplyse, hvor mange familiesammenføringer der blev givet i 2017?"

Svar:
Udlændingestyrelsen har oplyst, at der i 2017 blev givet 4.120 familiesammenføringer.

Med venlig hilsen

Inger Støjberg
"""

JUSTICE_LEAD_IN = """Retsudvalget 2016-17
REU Alm.del endeligt svar på spørgsmål 873
Offentligt

Dato: 2. juni 2017
Sagsnr.: 2017-0030-2214

Spørgsmål nr. 873 (Alm. del), som Folketingets Retsudvalg har stillet til justitsministeren
den 11. maj 2017 efter ønske fra Pernille Skipper (EL):

”Vil ministeren oplyse, hvor mange politibetjente der i 2016 var udstationeret ved grænsen?”

Svar:
Rigspolitiet har oplyst, at der i gennemsnit var 226 betjente udstationeret ved grænsen i 2016.

Med venlig hilsen

Søren Pape Poulsen
"""

# Must not: a relative clause on the heading that asks nothing ("som udvalget har drøftet") is not taken as the
# asker phrase; without a quote under it nothing of it is cut.
NO_ASKER_CLAUSE = JUSTICE_LEAD_IN.replace(
    ", som Folketingets Retsudvalg har stillet til justitsministeren\nden 11. maj 2017 efter ønske fra Pernille "
    "Skipper (EL):\n\n”Vil ministeren oplyse, hvor mange politibetjente der i 2016 var udstationeret ved grænsen?”",
    ":\nVil ministeren oplyse, hvor mange politibetjente der i 2016 var udstationeret ved grænsen, som udvalget har "
    "drøftet?")

CASES = [
    pytest.param(IMMIGRATION_LEAD_IN, expected(
        doc_type="answer", udvalg=udvalg("Udlændinge- og Integrationsudvalget", "UUI"), samling="2017-18",
        case=case("alm. del"), question_number=402, question_sent_date="2018-03-20", answer_date="2018-04-09",
        asked_by=[asker("Martin Henriksen", "DF")], addressee="udlændinge- og integrationsministeren",
        journal_number="2018-10217",
        question_text="Vil ministeren oplyse, hvor mange familiesammenføringer der blev givet i 2017?",
        answer_text="Udlændingestyrelsen har oplyst, at der i 2017 blev givet 4.120 familiesammenføringer.",
        signed_by="Inger Støjberg", parties=["DF"]), id="immigration"),
    pytest.param(JUSTICE_LEAD_IN, expected(
        doc_type="answer", udvalg=udvalg("Retsudvalget", "REU"), samling="2016-17", case=case("alm. del"),
        question_number=873, question_sent_date="2017-05-11", answer_date="2017-06-02",
        asked_by=[asker("Pernille Skipper", "EL")], addressee="justitsministeren", journal_number="2017-0030-2214",
        question_text="Vil ministeren oplyse, hvor mange politibetjente der i 2016 var udstationeret ved grænsen?",
        answer_text="Rigspolitiet har oplyst, at der i gennemsnit var 226 betjente udstationeret ved grænsen i 2016.",
        signed_by="Søren Pape Poulsen", parties=["EL"]), id="justice"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_lead_in_clause_belongs_to_the_heading(text: str, want: dict, tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    assert record(path) == want


def test_a_clause_that_asks_nothing_stays_in_the_question(tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_text(NO_ASKER_CLAUSE, encoding="utf-8")
    assert record(path)["question_text"] == (
        "Vil ministeren oplyse, hvor mange politibetjente der i 2016 var udstationeret ved grænsen, som udvalget har "
        "drøftet?")
