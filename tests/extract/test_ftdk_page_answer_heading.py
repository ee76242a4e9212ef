"""ft.dk's page of a question may head its answer section with the answer's kind and date ("Endeligt svar,
19-01-2016") and the ministry's heading naming the question ("Udenrigsministerens svar på spørgsmål 98 (URU alm.
del):"), where other pages print "Svar dato:" among the label lines (layout table: page_answer_heading). The date is
the answer's; the heading lines are no part of the answer's text (ft_qa README: answer_text is the body after
"Svar").

The samples are realistic pages written for this test in the layout of tests/extract/test_ftdk_question_page.py's
pages (label lines, "Spørgsmål", "Svar", "Dokumenter"); names, numbers and dates are changed, and none is a copy of
a probe page. The expected fields are read by hand.
"""
from __future__ import annotations

from pathlib import Path

from tests.extract.test_ftdk_question_page import flat

FOREIGN_QUESTION_PAGE = """Spm. om bistand til Sahel, til udenrigsministeren - Folketinget

Udenrigsudvalget 2016-17
URU alm. del

Spørgsmål 214
Spm. om bistand til Sahel, til udenrigsministeren

Spørgsmål
Vil ministeren oplyse, hvor meget Danmark gav i udviklingsbistand til landene i Sahel i 2016?

Spørger: Udenrigsudvalget
Til: Udenrigsministeren
Samling: 2016-17
Dato: 14-02-2017

Svar
Endeligt svar, 08-03-2017

Udenrigsministerens svar på spørgsmål 214 (URU alm. del):

Danmark gav i 2016 i alt 611 mio. kr. i udviklingsbistand til landene i Sahel.

Med venlig hilsen
Anders Samuelsen

Dokumenter
URU alm. del - svar på spm. 214 (PDF)
"""

TAX_QUESTION_PAGE = """Om afgiften på sodavand
Spørgsmål 77 Alm. del
Udvalg: Skatteudvalget
Samling: 2013-14
Til: Skatteministeren
Spørger: Frank Aaen (EL)
Dato: 05-11-2013

Spørgsmål
Vil ministeren oplyse provenuet af afgiften på sodavand i 2012?

Svar
Foreløbigt svar, 27-11-2013

Provenuet af afgiften på sodavand kan først opgøres, når regnskabet for 2012 er afsluttet.

Dokumenter
Foreløbigt svar på spm. 77 (PDF)
"""


def test_the_answer_sections_heading_dates_the_answer(tmp_path: Path) -> None:
    r = flat(tmp_path, FOREIGN_QUESTION_PAGE)
    assert (r["question_sent_date"], r["answer_date"]) == ("2017-02-14", "2017-03-08")
    assert r["answer_text"] == "Danmark gav i 2016 i alt 611 mio. kr. i udviklingsbistand til landene i Sahel."
    assert r["signed_by"] == "Anders Samuelsen"
    r = flat(tmp_path, TAX_QUESTION_PAGE)
    assert (r["question_sent_date"], r["answer_date"]) == ("2013-11-05", "2013-11-27")
    assert r["answer_text"] == ("Provenuet af afgiften på sodavand kan først opgøres, når regnskabet for 2012 er "
                                "afsluttet.")


def test_an_answer_that_opens_with_its_own_words_is_kept_whole(tmp_path: Path) -> None:
    # Without the dated kind line nothing is a heading: a first sentence citing another answer stays, no date is read.
    text = FOREIGN_QUESTION_PAGE.replace("Endeligt svar, 08-03-2017\n\nUdenrigsministerens svar på spørgsmål 214 "
                                         "(URU alm. del):\n", "Jeg henviser til mit svar på spørgsmål 12 (URU alm. del):\n")
    r = flat(tmp_path, text)
    assert r["answer_date"] is None
    assert r["answer_text"] == ("Jeg henviser til mit svar på spørgsmål 12 (URU alm. del): Danmark gav i 2016 i alt "
                                "611 mio. kr. i udviklingsbistand til landene i Sahel.")
