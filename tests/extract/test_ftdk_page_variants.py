"""Other versions of ft.dk's page of a question: a committee line naming the samling, perhaps with the committee's
abbreviation ("Kirkeudvalget 2023-24", "Kulturudvalget (KUU), 2012-13"; layout table: page_committee_line), labels
worded otherwise ("Spørgsmålsstiller:", "Stillet:", "Besvaret:"; page_label_line), the page's "Dato:" printed under
the question, "Besvaret:" over the answer's kind (page_answer_heading), and a page ending its answer with the links
to the PDFs and no "Dokumenter" heading (page_section_heading).

The samples are realistic pages written for this test; names, numbers and dates are invented, none is a copy of a
probe page. The expected fields are read by hand by the ft_qa README: the page's "Dato:"/"Stillet:" is the question's
date, "Besvaret:" the answer's; the asker is an asker, never a person of the text; the answer is the body after the
"Svar" section's headings, without the page's links.
"""
from __future__ import annotations

from pathlib import Path

from tests.extract.test_ftdk_question_page import flat

CHURCH_QUESTION_PAGE = """Kirkeudvalget 2021-22
KIU Alm.del spørgsmål 17

Spørgsmål 17
Til: Kirkeministeren (Ane Halsboe-Jørgensen)
Spørgsmålsstiller: Kristian Thulesen Dahl (DF)
Stillet: 02-11-2021
Besvaret: 24-11-2021

Spørgsmål:
Vil ministeren oplyse, hvor mange sognepræstestillinger der har været ubesat i mere end et år i Ribe Stift?

Svar:
Kirkeministeriet har forelagt spørgsmålet for Ribe Stift, som oplyser, at fem stillinger har været ubesat i mere
end et år. Stiftet forventer at besætte tre af dem i foråret 2022.

Svar på spørgsmål 17 (PDF)
Del side
Senest opdateret: 24-11-2021
"""

LIBRARY_QUESTION_PAGE = """Spm. nr. 112 - Alm. del - Folketinget
Forside > Dokumenter > Spørgsmål og svar
Spørgsmål 112 - Alm. del
Miljøudvalget (MOF), 2014-15
Spørgsmål nr. 112 fra Miljøudvalget til miljøministeren
Spørgsmålet er stillet efter ønske fra Christian Rabjerg Madsen (S).
Spørgsmål
Vil ministeren oplyse, hvor mange kommuner der har fået dispensation fra kravet om tømning af bundfældningstanke?
Dato: 12-01-2015
Svar
Besvaret: 03-02-2015
Endeligt svar
Miljøstyrelsen har oplyst, at 14 kommuner har fået dispensation. Dispensationerne gælder for sommerhusområder.
Med venlig hilsen
Kirsten Brosbøl
Miljøminister
Relaterede dokumenter
Svar på spm. 112 (PDF, 84 KB)
Spm. 112 (PDF, 51 KB)
"""


def test_the_committee_line_gives_samling_and_abbreviation(tmp_path: Path) -> None:
    r = flat(tmp_path, CHURCH_QUESTION_PAGE)
    assert (r["udvalg"], r["samling"]) == ({"name": "Kirkeudvalget", "abbrev": "KIU"}, "2021-22")
    r = flat(tmp_path, LIBRARY_QUESTION_PAGE)
    assert (r["udvalg"], r["samling"]) == ({"name": "Miljøudvalget", "abbrev": "MOF"}, "2014-15")


def test_labels_worded_otherwise(tmp_path: Path) -> None:
    r = flat(tmp_path, CHURCH_QUESTION_PAGE)
    assert (r["question_sent_date"], r["answer_date"]) == ("2021-11-02", "2021-11-24")
    assert r["asked_by"] == [{"name": "Kristian Thulesen Dahl", "party": "DF"}]
    assert r["addressee"] == "kirkeministeren"
    assert "Kristian Thulesen Dahl" not in (r["persons"] or [])


def test_dates_of_a_page_printing_them_around_the_question(tmp_path: Path) -> None:
    # "Dato:" under the question is the question's; "Besvaret:" over "Endeligt svar" the answer's.
    r = flat(tmp_path, LIBRARY_QUESTION_PAGE)
    assert (r["question_sent_date"], r["answer_date"]) == ("2015-01-12", "2015-02-03")
    assert r["question_text"] == ("Vil ministeren oplyse, hvor mange kommuner der har fået dispensation fra kravet om "
                                  "tømning af bundfældningstanke?")
    assert r["answer_text"] == ("Miljøstyrelsen har oplyst, at 14 kommuner har fået dispensation. Dispensationerne "
                                "gælder for sommerhusområder.")
    assert (r["signed_by"], r["signer_role"]) == ("Kirsten Brosbøl", "miljøminister")


def test_the_answer_ends_at_the_links_to_the_pdfs(tmp_path: Path) -> None:
    r = flat(tmp_path, CHURCH_QUESTION_PAGE)
    assert r["answer_text"] == ("Kirkeministeriet har forelagt spørgsmålet for Ribe Stift, som oplyser, at fem "
                                "stillinger har været ubesat i mere end et år. Stiftet forventer at besætte tre af "
                                "dem i foråret 2022.")


def test_a_stamped_letter_with_a_dato_label_is_no_page(tmp_path: Path) -> None:
    # The stamp's first line reads like the page's committee line, but a letter prints none of the page's own labels
    # (the asker's, the answer's): its "Dato:" stays the letter's date.
    letter = """Kirkeudvalget 2021-22
KIU Alm.del - Svar på Spørgsmål 17
Offentligt

Folketingets Kirkeudvalg

Dato: 24. november 2021
J.nr. 2021-4471

Kirkeudvalget har i brev af 2. november 2021 stillet følgende spørgsmål nr. 17 (alm. del), som hermed besvares.

Spørgsmål nr. 17:
"Vil ministeren oplyse, hvor mange sognepræstestillinger der har været ubesat i mere end et år?"

Svar:
Fem stillinger har været ubesat i mere end et år.

Med venlig hilsen

Ane Halsboe-Jørgensen
"""
    r = flat(tmp_path, letter)
    assert (r["question_sent_date"], r["answer_date"], r["samling"]) == ("2021-11-02", "2021-11-24", "2021-22")
    assert r["answer_text"] == "Fem stillinger har været ubesat i mere end et år."


def test_a_letter_naming_a_pdf_keeps_its_answer(tmp_path: Path) -> None:
    # A line ending "(PDF)" ends the answer only on a page; a letter's answer may name an attachment so.
    letter = CHURCH_QUESTION_PAGE.replace("Spørgsmålsstiller: Kristian Thulesen Dahl (DF)\n", "").replace(
        "Besvaret: 24-11-2021\n", "")
    r = flat(tmp_path, letter)
    assert r["answer_date"] is None
    assert r["answer_text"].endswith("Svar på spørgsmål 17 (PDF) Del side Senest opdateret: 24-11-2021")
