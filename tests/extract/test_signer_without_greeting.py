"""A signature with no closing greeting (layout table: answer_signer_under_body): the answer's last paragraph is
followed directly by the minister's name, and under the name the official after "/" (with the ministry's address
block after it) or the minister's role (with a web page's share links after it). The name signs the answer, ends
it, and is no person of the letter; the official under "/" is one.

Each sample is a realistic letter written for this test from the layout of a ministry's letters that a probe of
unseen letters showed unread (round 25: the immigration ministry's "name / official" over its address block, the
climate ministry's answer on a web page); names, numbers and dates are changed, none is a copy of a probe letter.
The expected record is read by hand by the ft_qa README's conventions. Must-not cases: a name line inside the
answer with the answer going on after it, and a name with neither "/" nor a role under it.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.test_letter_error_classes import asker, case, expected, record, udvalg

# The immigration ministry's answer with the minister over "/" and the official, then the ministry's name over
# two lines and its address: no "Med venlig hilsen".
SLASH_THEN_ADDRESS = """Udlændinge- og Integrationsudvalget 2017-18
UUI Alm.del endeligt svar på spørgsmål 233
Offentligt
Folketinget
Udlændinge- og Integrationsudvalget
Christiansborg
1240 København K

Dato: 14. december 2017
Kontor: Asylkontoret
Sagsnr.: 2017-40512

Spørgsmål nr. 233 (Alm. del):
"Vil ministeren oplyse, hvor mange asylansøgere der i 2017 har fået afslag i åbenbart grundløs-proceduren?"

Svar:
Udlændingestyrelsen har oplyst, at 412 asylansøgere i perioden 1. januar til 30. november 2017 har fået
afslag i åbenbart grundløs-proceduren.

Inger Støjberg
/
Peter Hald Mortensen

Udlændinge- og
Integrationsministeriet
Slotsholmsgade 10
1216 København K
Tlf. 6198 4000
"""

# The climate ministry's answer as ft.dk's web page prints it: the name and the role under the answer, then the
# page's share links.
ROLE_THEN_SHARE_LINKS = """Om spørgsmål 318 | Folketinget
Folketinget
Klima-, Energi- og Forsyningsudvalget
KEF alm. del - spørgsmål 318
Spørgsmål 318
Samling: 2022-23
Til: Klima-, energi- og forsyningsministeren
Dato: 14-03-2023
Spørger: Rasmus Nordqvist (SF)
Svardato: 04-04-2023
Spørgsmål
Vil ministeren oplyse, hvor mange solcelleanlæg der i 2022 blev nettilsluttet?
Svar
Energistyrelsen har oplyst, at der i 2022 blev nettilsluttet ca. 61.000 solcelleanlæg.
Lars Aagaard
Klima-, energi- og forsyningsminister
Del på Facebook
Del på LinkedIn
Abonner på nyheder
"""

# The defence ministry's answer with the minister's role under the name and nothing after it.
ROLE_UNDER_NAME = """Forsvarsudvalget 2020-21
FOU Alm.del endeligt svar på spørgsmål 97
Offentligt
Forsvarsministeriet

Dato: 3. februar 2021
Sagsnr.: 2021/000318

Spørgsmål nr. 97:
"Vil ministeren oplyse, hvor mange værnepligtige der blev indkaldt i 2020?"

Svar:
Forsvarsministeriets Personalestyrelse har oplyst, at der i 2020 blev indkaldt 4.212 værnepligtige.

Trine Bramsen
Forsvarsminister
"""

# Must not: a name on a line of its own inside the answer, the answer going on after it.
NAME_INSIDE_ANSWER = ROLE_UNDER_NAME.replace(
    "indkaldt 4.212 værnepligtige.\n",
    "indkaldt 4.212 værnepligtige.\nJens Peter Holm\nforsvarsminister i 2001 indførte ordningen, og den er siden "
    "blevet videreført uændret.\n")

# Must not: a name under the answer with neither "/" nor a role under it, then a sentence: no signature block.
NAME_WITHOUT_ROLE = ROLE_UNDER_NAME.replace("Trine Bramsen\nForsvarsminister\n",
                                            "Trine Bramsen\nKontakt ministeriet for yderligere oplysninger.\n")

_QUESTION_97 = "Vil ministeren oplyse, hvor mange værnepligtige der blev indkaldt i 2020?"
_ANSWER_97 = "Forsvarsministeriets Personalestyrelse har oplyst, at der i 2020 blev indkaldt 4.212 værnepligtige."
_DEFENCE = dict(doc_type="answer", udvalg=udvalg("Forsvarsudvalget", "FOU"), samling="2020-21", case=case("alm. del"),
                question_number=97, answer_date="2021-02-03", ministry="Forsvarsministeriet",
                journal_number="2021/000318", question_text=_QUESTION_97)

CASES = [
    pytest.param(SLASH_THEN_ADDRESS, expected(
        doc_type="answer", udvalg=udvalg("Udlændinge- og Integrationsudvalget", "UUI"), samling="2017-18",
        case=case("alm. del"), question_number=233, answer_date="2017-12-14",
        ministry="Udlændinge- og Integrationsministeriet", journal_number="2017-40512",
        question_text="Vil ministeren oplyse, hvor mange asylansøgere der i 2017 har fået afslag i åbenbart "
                      "grundløs-proceduren?",
        answer_text="Udlændingestyrelsen har oplyst, at 412 asylansøgere i perioden 1. januar til 30. november 2017 "
                    "har fået afslag i åbenbart grundløs-proceduren.",
        signed_by="Inger Støjberg", persons=["Peter Hald Mortensen"]), id="slash-then-address"),
    pytest.param(ROLE_THEN_SHARE_LINKS, expected(
        doc_type="answer", udvalg=udvalg("Klima-, Energi- og Forsyningsudvalget", "KEF"), samling="2022-23",
        case=case("alm. del"), question_number=318, question_sent_date="2023-03-14", answer_date="2023-04-04",
        asked_by=[asker("Rasmus Nordqvist", "SF")], addressee="klima-, energi- og forsyningsministeren",
        question_text="Vil ministeren oplyse, hvor mange solcelleanlæg der i 2022 blev nettilsluttet?",
        answer_text="Energistyrelsen har oplyst, at der i 2022 blev nettilsluttet ca. 61.000 solcelleanlæg.",
        signed_by="Lars Aagaard", signer_role="klima-, energi- og forsyningsminister", parties=["SF"]),
        id="role-then-share-links"),
    pytest.param(ROLE_UNDER_NAME, expected(
        **_DEFENCE, answer_text=_ANSWER_97, signed_by="Trine Bramsen", signer_role="forsvarsminister"),
        id="role-under-name"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_signer_without_greeting_signs_and_ends_the_answer(text: str, want: dict, tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    assert record(path) == want


def _answer_text(text: str, tmp_path: Path) -> str | None:
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    return record(path)["answer_text"]


def test_a_name_inside_the_answer_does_not_end_it(tmp_path: Path) -> None:
    assert _answer_text(NAME_INSIDE_ANSWER, tmp_path) == (
        f"{_ANSWER_97} Jens Peter Holm forsvarsminister i 2001 indførte ordningen, og den er siden blevet videreført "
        "uændret.")


def test_a_name_with_no_role_or_slash_under_it_is_no_signature(tmp_path: Path) -> None:
    assert _answer_text(NAME_WITHOUT_ROLE, tmp_path) == (
        f"{_ANSWER_97} Trine Bramsen Kontakt ministeriet for yderligere oplysninger.")
