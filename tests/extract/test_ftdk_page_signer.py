"""ft.dk's page of a question in its other wordings: a § 20 question's page prints "Stillet af:" for the asker and
"Til:" or "Stillet til:" for the addressee, heads the answer with its date in brackets ("Svar (19-11-2015):", "Svar
fra justitsminister <Name> (30-11-2018):"), and names who answered on a line under it ("Svar fra: <title> <Name>",
"Besvaret af: <Name>, <role>", "Besvaret af <the minister>" over the name), the page's furniture ("Del", "Print")
after it. A page of an alm. del question may print its samling as "Folketingsåret 2024-25" under the committee
(layout table: page_label_line, page_committee_line, page_dated_answer_label, page_signer_line)."""
from __future__ import annotations

from pathlib import Path

from knowledge.pipeline import extract_path


def flat(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    record: dict = extract_path(path).flat.model_dump(mode="json")
    return record


S20_ASYLUM_PAGE = """S 1204 Om sagsbehandlingstider i familiesammenføringssager - Folketinget
https://www.ft.dk/samling/20161/spoergsmaal/s1204/index.htm

Folketinget
Forside > Dokumenter > Spørgsmål > S 1204

§ 20-spørgsmål
S 1204 Om sagsbehandlingstider i familiesammenføringssager.

Spørgsmål nr. S 1204
Samling: 2016-17
Til: Udlændinge-, integrations- og boligministeren
Stillet af: Josephine Fock (ALT)
Dato: 02-02-2017
Status: Besvaret

Spørgsmål:
Vil ministeren oplyse den gennemsnitlige sagsbehandlingstid i sager om ægtefællesammenføring i 2016?

Svar (10-02-2017):
Udlændingestyrelsen har oplyst, at den gennemsnitlige sagsbehandlingstid i sager om ægtefællesammenføring var 7,8 måneder i 2016.

Svar fra: Udlændinge-, integrations- og boligminister Inger Støjberg

Del
Print
Abonnér på nyheder
Folketinget · Christiansborg · 1240 København K · Telefon 3337 5500
"""

S20_POLICE_PAGE = """Folketinget - S 88 Om politiets responstid på Bornholm

Spørgsmål til skriftlig besvarelse
Samling: 2019-20
Spørgsmål S 88
Stillet af: Peter Juel-Jensen (V)
Stillet til: Justitsministeren
Dato: 14-10-2019
Status: Besvaret

Spørgsmål
Vil ministeren oplyse politiets gennemsnitlige responstid på Bornholm i 2018 og 2019?

Svar
Svar fra justitsminister Nick Hækkerup (23-10-2019):
Rigspolitiet har oplyst, at den gennemsnitlige responstid i Bornholms Politi var 11 minutter i 2018 og 10 minutter i 2019.

Besvaret af: Nick Hækkerup, justitsminister
"""

HOUSING_BESVARET_PAGE = """Spm. nr. 212 (BOU alm. del) - Om boligstøtte til pensionister

Boligudvalget
Folketingsåret 2023-24

Spørgsmål nr. 212 (Alm. del)
Spørgsmålsstiller: Susan Kronborg (RV)
Til: Social- og boligministeren
Dato: 08-04-2024

Spørgsmål:
Vil ministeren oplyse, hvor mange pensionister der modtog boligstøtte i 2023?

Svar (29-04-2024):
Udbetaling Danmark har oplyst, at 176.000 pensionister modtog boligstøtte i 2023.

Besvaret af social- og boligministeren
Pernille Rosenkrantz-Theil
"""

TRANSPORT_BESVARET_PAGE = """Spm. nr. 45 (TRU alm. del) - Om pendlerkort

Transportudvalget
Folketingsåret 2022-23

Spørgsmål nr. 45 (Alm. del)
Spørgsmålsstiller: Kristian Pihl Lorentzen (V)
Til: Transportministeren
Dato: 03-01-2023

Spørgsmål:
Vil ministeren oplyse prisen på et månedskort mellem Aarhus og Skanderborg?

Svar (20-01-2023):
Midttrafik har oplyst, at et månedskort mellem Aarhus og Skanderborg koster 1.120 kr.

Besvaret af: Thomas Danielsen, transportminister
"""


def test_a_s20_page_with_the_answer_label_dated(tmp_path: Path) -> None:
    r = flat(tmp_path, S20_ASYLUM_PAGE)
    assert (r["doc_type"], r["samling"], r["question_number"]) == ("answer", "2016-17", "S 1204")
    assert (r["question_sent_date"], r["answer_date"]) == ("2017-02-02", "2017-02-10")
    assert r["addressee"] == "udlændinge-, integrations- og boligministeren"
    assert r["asked_by"] == [{"name": "Josephine Fock", "party": "ALT"}]
    assert (r["signed_by"], r["signer_role"]) == ("Inger Støjberg", "udlændinge-, integrations- og boligminister")
    assert r["question_text"] == ("Vil ministeren oplyse den gennemsnitlige sagsbehandlingstid i sager om "
                                  "ægtefællesammenføring i 2016?")
    assert r["answer_text"] == ("Udlændingestyrelsen har oplyst, at den gennemsnitlige sagsbehandlingstid i sager om "
                                "ægtefællesammenføring var 7,8 måneder i 2016.")
    assert r["persons"] == []  # never "Inger Støjberg Del Print Abonnér"


def test_a_s20_page_naming_the_minister_in_the_answer_heading(tmp_path: Path) -> None:
    r = flat(tmp_path, S20_POLICE_PAGE)
    assert (r["doc_type"], r["samling"], r["addressee"]) == ("answer", "2019-20", "justitsministeren")
    assert (r["question_sent_date"], r["answer_date"]) == ("2019-10-14", "2019-10-23")
    assert (r["signed_by"], r["signer_role"]) == ("Nick Hækkerup", "justitsminister")
    assert r["answer_text"] == ("Rigspolitiet har oplyst, at den gennemsnitlige responstid i Bornholms Politi var 11 "
                                "minutter i 2018 og 10 minutter i 2019.")
    assert r["persons"] == []


def test_an_alm_del_page_with_folketingsaaret_and_besvaret_af(tmp_path: Path) -> None:
    r = flat(tmp_path, HOUSING_BESVARET_PAGE)
    assert (r["doc_type"], r["samling"], r["addressee"]) == ("answer", "2023-24", "social- og boligministeren")
    assert r["asked_by"] == [{"name": "Susan Kronborg", "party": "RV"}]
    assert (r["question_sent_date"], r["answer_date"]) == ("2024-04-08", "2024-04-29")
    # The definite title names the office, as a sender line does: no role line.
    assert (r["signed_by"], r["signer_role"]) == ("Pernille Rosenkrantz-Theil", None)
    assert r["answer_text"] == "Udbetaling Danmark har oplyst, at 176.000 pensionister modtog boligstøtte i 2023."
    r = flat(tmp_path, TRANSPORT_BESVARET_PAGE)
    assert (r["doc_type"], r["samling"], r["answer_date"]) == ("answer", "2022-23", "2023-01-20")
    assert (r["signed_by"], r["signer_role"]) == ("Thomas Danielsen", "transportminister")
    assert r["answer_text"] == "Midttrafik har oplyst, at et månedskort mellem Aarhus og Skanderborg koster 1.120 kr."


S20_QUESTION_FORM = """Spørgsmål nr. S 301
§ 20-spørgsmål til skriftlig besvarelse
Til: Justitsministeren
Dato: 4. marts 2021
Stillet af: Peter Kofod (DF)
Vil ministeren oplyse, hvor mange betjente der var ansat i Syd- og Sønderjyllands Politi i 2020?
(Spm. nr. S 301).
Svar fra ministeren bedes sendt elektronisk til spørgeren.
På Folketingets formands vegne
Lovsekretariatet
"""


def test_a_s20_question_form_is_no_page(tmp_path: Path) -> None:
    # The form prints "Stillet af:" and "Til:" but never "Samling:": a question letter, its "Dato:" the letter's,
    # and a line opening "Svar fra" in it names no signer.
    r = flat(tmp_path, S20_QUESTION_FORM)
    assert (r["doc_type"], r["signed_by"], r["answer_date"]) == ("question", None, None)
    assert r["question_sent_date"] == "2021-03-04"
