"""Where an answer letter's question starts when the heading or an opening sentence stands before it: a heading
"Spørgsmål nr. N (Alm. del) fra Folketingets ...udvalg stillet DATO efter ønske fra X (P):" that wraps inside its
asker phrase onto a second line, and a bare "Spørgsmål" heading over the sentence announcing the question ("Udvalget
har i brev af ... stillet mig følgende spørgsmål:"). In both the question starts inside the quote, or after the
colon, and the date is the question's (layout table: heading_asker_wrapped, heading_intro_sentence).

Each sample is a realistic letter written for this test in the layout of a real ministry's letters (named in the
comment); names, numbers and dates are made up. The expected record is read by hand by the ft_qa README's
conventions. Each class has a must-not case: a question that itself ends on a colon before a quotation.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.test_letter_error_classes import asker, case, expected, record, udvalg

# --- the heading wraps inside its asker phrase ------------------------------------------------------------------
# The social ministry's layout of tests/extract/test_answer_layout_variants.py::HEADING_ASKER_SOCIAL (side labels
# "Sagsnr."/"Dato", the heading naming committee, date and asker), the heading printed as one paragraph that a
# narrower page wraps between "ønske" and "fra".
WRAPPED_BEFORE_ASKER = """Social- og Ældreudvalget 2021-22
SOU Alm.del endeligt svar på spørgsmål 402
Offentligt

Social- og Ældreministeriet
Holmens Kanal 22
1060 København K

Sagsnr.
2022 - 5120
Dato
21-06-2022

Spørgsmål nr. 402 (Alm. del) fra Folketingets Social- og Ældreudvalg stillet 30. maj 2022 efter ønske
fra Marlene Harpsøe (DF):

”Vil ministeren oplyse, hvor mange ældre der i 2021 fik bevilget en plejebolig?”

Svar:
Jeg kan oplyse, at 9.412 ældre fik bevilget en plejebolig i 2021.

Med venlig hilsen

Astrid Krag
"""

# The church ministry's heading, wrapped inside the date and again inside the list of askers.
WRAPPED_IN_DATE = """Kirkeudvalget 2020-21
KIU Alm.del endeligt svar på spørgsmål 37
Offentligt

Kirkeministeriet
Frederiksholms Kanal 21
1220 København K

Dato: 12. marts 2021
Sagsnr.: 2021-1187

Spørgsmål nr. 37 (Alm. del) fra Folketingets Kirkeudvalg stillet 19. februar
2021 efter ønske fra Christian Juhl (EL) og Marianne
Jelved (RV):

"Vil ministeren oplyse, hvor mange sogne der i 2020 blev lagt sammen?"

Svar:
Jeg kan oplyse, at 14 sogne blev lagt sammen i 2020.

Med venlig hilsen

Joy Mogensen
"""

# Must not: a question whose own sentence ends on a colon before a quotation under an unwrapped heading keeps it.
QUESTION_QUOTES_ARTICLE = WRAPPED_IN_DATE.replace(
    "Spørgsmål nr. 37 (Alm. del) fra Folketingets Kirkeudvalg stillet 19. februar\n2021 efter ønske fra Christian "
    "Juhl (EL) og Marianne\nJelved (RV):\n\n\"Vil ministeren oplyse, hvor mange sogne der i 2020 blev lagt sammen?\"",
    "Spørgsmål nr. 37:\nVil ministeren kommentere udtalelsen i Kristeligt Dagblad efter mødet:\n"
    "\"Sognene lægges sammen uden at spørge menighedsrådene\"?")

# --- a bare heading over the sentence that announces the question -----------------------------------------------
# The research ministry's layout of corpus/ft_qa_ministries/efk-2017-18-spm205-svar.txt (a bare "Spørgsmål" heading,
# the question unquoted, "Svar" with no colon), the opening sentence of corpus/ft_qa/fiu-2021-22-l207-spm6-svar.txt
# ("... har i brev af <dato> stillet mig følgende spørgsmål") set under the heading.
INTRO_UNDER_HEADING = """Uddannelses- og Forskningsudvalget 2019-20
UFU Alm.del endeligt svar på spørgsmål 88
Offentligt

Uddannelses- og Forskningsministeren

Folketingets Uddannelses- og Forskningsudvalg
Christiansborg
1240 København K

Svar på spørgsmål 88 (UFU alm. del)

Spørgsmål
Udvalget har i brev af 14. januar 2020 efter ønske fra Stinus Lindgreen (RV)
stillet mig følgende spørgsmål:

Vil ministeren oplyse, hvor mange ph.d.-studerende der blev optaget i 2019?

Svar
Der blev optaget 2.304 ph.d.-studerende i 2019.

Med venlig hilsen

Ane Halsboe-Jørgensen

Ref.-nr.
20/000412-03

4. februar 2020
"""

# The same with the opening in the order of corpus/ft_qa/udu-2009-10-spm248-svar.txt ("I brev af <dato> har
# Uddannelsesudvalget efter ønske fra X stillet mig følgende spørgsmål:").
INTRO_I_BREV_UNDER_HEADING = INTRO_UNDER_HEADING.replace(
    "Udvalget har i brev af 14. januar 2020 efter ønske fra Stinus Lindgreen (RV)\nstillet mig følgende spørgsmål:",
    "I brev af 14. januar 2020 har Uddannelses- og Forskningsudvalget efter ønske fra\nStinus Lindgreen (RV) stillet "
    "mig følgende spørgsmål:")

# Must not: under a bare heading the question itself, no announcing sentence, is kept whole.
QUESTION_UNDER_HEADING = INTRO_UNDER_HEADING.replace(
    "Udvalget har i brev af 14. januar 2020 efter ønske fra Stinus Lindgreen (RV)\nstillet mig følgende spørgsmål:\n\n",
    "")

_Q402 = "Vil ministeren oplyse, hvor mange ældre der i 2021 fik bevilget en plejebolig?"
_Q37 = "Vil ministeren oplyse, hvor mange sogne der i 2020 blev lagt sammen?"
_Q88 = "Vil ministeren oplyse, hvor mange ph.d.-studerende der blev optaget i 2019?"
_UFU = dict(doc_type="answer", udvalg=udvalg("Uddannelses- og Forskningsudvalget", "UFU"), samling="2019-20",
            case=case("alm. del"), question_number=88, answer_date="2020-02-04",
            addressee="uddannelses- og forskningsministeren", journal_number="20/000412-03", question_text=_Q88,
            answer_text="Der blev optaget 2.304 ph.d.-studerende i 2019.", signed_by="Ane Halsboe-Jørgensen")

CASES = [
    pytest.param(WRAPPED_BEFORE_ASKER, expected(
        doc_type="answer", udvalg=udvalg("Social- og Ældreudvalget", "SOU"), samling="2021-22", case=case("alm. del"),
        question_number=402, question_sent_date="2022-05-30", answer_date="2022-06-21",
        asked_by=[asker("Marlene Harpsøe", "DF")], ministry="Social- og Ældreministeriet", journal_number="2022 - 5120",
        question_text=_Q402, answer_text="Jeg kan oplyse, at 9.412 ældre fik bevilget en plejebolig i 2021.",
        signed_by="Astrid Krag", parties=["DF"]), id="wrapped-before-asker"),
    pytest.param(WRAPPED_IN_DATE, expected(
        doc_type="answer", udvalg=udvalg("Kirkeudvalget", "KIU"), samling="2020-21", case=case("alm. del"),
        question_number=37, question_sent_date="2021-02-19", answer_date="2021-03-12",
        asked_by=[asker("Christian Juhl", "EL"), asker("Marianne Jelved", "RV")], ministry="Kirkeministeriet",
        journal_number="2021-1187", question_text=_Q37,
        answer_text="Jeg kan oplyse, at 14 sogne blev lagt sammen i 2020.", signed_by="Joy Mogensen",
        parties=["EL", "RV"]), id="wrapped-in-date"),
    pytest.param(QUESTION_QUOTES_ARTICLE, expected(
        doc_type="answer", udvalg=udvalg("Kirkeudvalget", "KIU"), samling="2020-21", case=case("alm. del"),
        question_number=37, answer_date="2021-03-12", ministry="Kirkeministeriet", journal_number="2021-1187",
        question_text="Vil ministeren kommentere udtalelsen i Kristeligt Dagblad efter mødet: \"Sognene lægges "
                      "sammen uden at spørge menighedsrådene\"?",
        answer_text="Jeg kan oplyse, at 14 sogne blev lagt sammen i 2020.", signed_by="Joy Mogensen"),
        id="must-not-question-quoting"),
    pytest.param(INTRO_UNDER_HEADING, expected(
        **_UFU, question_sent_date="2020-01-14", asked_by=[asker("Stinus Lindgreen", "RV")], parties=["RV"]),
        id="intro-under-heading"),
    pytest.param(INTRO_I_BREV_UNDER_HEADING, expected(
        **_UFU, question_sent_date="2020-01-14", asked_by=[asker("Stinus Lindgreen", "RV")], parties=["RV"]),
        id="intro-i-brev-under-heading"),
    pytest.param(QUESTION_UNDER_HEADING, expected(**_UFU), id="must-not-question-under-heading"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_question_starts_past_the_heading_and_its_opening(text: str, want: dict, tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    assert record(path) == want
