"""ft.dk's page of a question with its answer: the question's facts as label lines above the question ("Samling:",
"Til:", "Spørger:", "Dato:", "Svar dato:"/"Svardato:"; layout table: page_label_line), the question and answer
sections, and the page's next section ("Dokumenter"), where the answer ends (page_section_heading). The asker on the
"Spørger:" line is an asker, never a person of the text; the page's "Dato:" is the question's date."""
from __future__ import annotations

from pathlib import Path

from knowledge.pipeline import extract_path


def flat(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    record: dict = extract_path(path).flat.model_dump(mode="json")
    return record


CULTURE_QUESTION_PAGE = """Spørgsmål 318
Om tilskud til spillesteder i landdistrikterne
Spørgsmål 318 Alm. del
Udvalg: Kulturudvalget
Samling: 2019-20
Til: Kulturministeren
Spørger: Alex Ahrendtsen (DF)
Dato: 03-03-2020
Status: Besvaret
Svar dato: 17-03-2020

Spørgsmål
Vil ministeren oplyse, hvor mange spillesteder uden for de større byer der fik driftstilskud i 2019?

Svar
Statens Kunstfond har oplyst, at 23 regionale og rytmiske spillesteder uden for de seks største byer fik driftstilskud i 2019. Tilskuddene udgjorde i alt 41,2 mio. kr.

Dokumenter
Spørgsmål 318 (PDF)
Svar på spørgsmål 318 (PDF)
"""

HOUSING_QUESTION_PAGE = """Om ventelister til almene familieboliger
Spørgsmål nr. 57
Til: Transport- og boligministeren
Spørger: Søren Egge Rasmussen (EL)
Samling: 2020-21
Dato: 12-11-2020
Svardato: 7-12-2020

Spørgsmål
Vil ministeren oplyse, hvor mange husstande der ved udgangen af 2019 stod på venteliste til en almen familiebolig i Region Hovedstaden?

Svar
Landsbyggefonden har oplyst, at der ved udgangen af 2019 var ca. 168.000 husstande på venteliste til en almen familiebolig i Region Hovedstaden. Mange husstande står dog på flere lister samtidig.

Dokumenter
Svar på spm. 57 (PDF)
"""


def test_label_lines_of_the_page(tmp_path: Path) -> None:
    r = flat(tmp_path, CULTURE_QUESTION_PAGE)
    assert (r["samling"], r["addressee"], r["asked_by"]) == (
        "2019-20", "kulturministeren", [{"name": "Alex Ahrendtsen", "party": "DF"}])
    assert (r["question_sent_date"], r["answer_date"]) == ("2020-03-03", "2020-03-17")
    assert "Alex Ahrendtsen" not in (r["persons"] or [])
    r = flat(tmp_path, HOUSING_QUESTION_PAGE)
    assert (r["samling"], r["addressee"], r["asked_by"]) == (
        "2020-21", "transport- og boligministeren", [{"name": "Søren Egge Rasmussen", "party": "EL"}])
    assert (r["question_sent_date"], r["answer_date"]) == ("2020-11-12", "2020-12-07")
    assert "Søren Egge Rasmussen" not in (r["persons"] or [])


def test_the_answer_ends_at_the_pages_next_section(tmp_path: Path) -> None:
    r = flat(tmp_path, CULTURE_QUESTION_PAGE)
    assert r["answer_text"] == ("Statens Kunstfond har oplyst, at 23 regionale og rytmiske spillesteder uden for de seks "
                                "største byer fik driftstilskud i 2019. Tilskuddene udgjorde i alt 41,2 mio. kr.")
    r = flat(tmp_path, HOUSING_QUESTION_PAGE)
    assert r["answer_text"].endswith("Mange husstande står dog på flere lister samtidig.")


def test_a_page_without_an_answer_date_has_none(tmp_path: Path) -> None:
    # The page's "Dato:" is the question's: it is never taken for the answer's.
    r = flat(tmp_path, CULTURE_QUESTION_PAGE.replace("Svar dato: 17-03-2020\n", ""))
    assert (r["question_sent_date"], r["answer_date"]) == ("2020-03-03", None)


LETTER_WITH_LABELS = """Folketingets Kulturudvalg
Christiansborg
1240 København K

Til: Kulturudvalget
Dato: 17. marts 2020

Kulturudvalget har i brev af 3. marts 2020 stillet følgende spørgsmål nr. 318 (alm. del) til kulturministeren, som hermed besvares. Spørgsmålet er stillet efter ønske fra Alex Ahrendtsen (DF).

Spørgsmål nr. 318:
"Vil ministeren oplyse, hvor mange spillesteder der fik driftstilskud i 2019?"

Svar:
Statens Kunstfond har oplyst følgende tal, som fremgår af bilaget:
Dokumenter
23 spillesteder fik driftstilskud i 2019.

Med venlig hilsen

Joy Mogensen
"""


def test_a_letter_with_til_and_dato_labels_is_no_page(tmp_path: Path) -> None:
    # A letter's own "Til:"/"Dato:" labels are no page's (no "Samling:"/"Spørger:" lines): "Dato:" stays the letter's
    # date, and a "Dokumenter" line inside the answer does not end it.
    r = flat(tmp_path, LETTER_WITH_LABELS)
    assert (r["answer_date"], r["question_sent_date"]) == ("2020-03-17", "2020-03-03")
    assert r["answer_text"].endswith("23 spillesteder fik driftstilskud i 2019.")
