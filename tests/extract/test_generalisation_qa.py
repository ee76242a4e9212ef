"""Letters written from the patterns of real ft.dk question/answer letters but with other
committees, ministries, names, numbers and date forms than the dev set: the parsers must
read them from the genre's cues, not from any one dev letter's wording."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.pipeline import extract_path

FIELDS = ("doc_type", "question_number", "question_sent_date", "answer_date", "deadline", "addressee",
          "ministry", "journal_number", "question_text", "answer_text", "signed_by", "signer_role")


def flat(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    record = extract_path(path).flat.model_dump(mode="json")
    return {k: record[k] for k in (*FIELDS, "udvalg", "case", "asked_by", "persons")}


# "d." for "den", "Med venlige hilsner", "Jnr.", a minister's role under the signature.
CULTURE_ANSWER = """Folketingets Kulturudvalg
Christiansborg
1240 København K
København, d. 3. marts 2015
Jnr. 2015-00456
Kulturudvalget har i brev af d. 10. februar 2015 stillet mig følgende spørgsmål nr. 12 (alm. del), som hermed besvares:
”Vil ministeren oplyse, hvor mange museer der modtog statstilskud i 2014?”
Svar:
I 2014 modtog 97 museer statstilskud.
Med venlige hilsner
Marianne Jelved
Kulturminister
"""


def test_den_abbreviated_greeting_in_plural_and_jnr(tmp_path: Path) -> None:
    r = flat(tmp_path, CULTURE_ANSWER)
    assert r["doc_type"] == "answer"
    assert (r["question_number"], r["question_sent_date"], r["answer_date"]) == (12, "2015-02-10", "2015-03-03")
    assert r["journal_number"] == "2015-00456"
    assert r["answer_text"] == "I 2014 modtog 97 museer statstilskud."
    assert (r["signed_by"], r["signer_role"]) == ("Marianne Jelved", "kulturminister")


# ISO letter date, "Vores reference:", a bare "Hilsen".
FINANCE_ANSWER = """Finansministeriet
Dato: 2019-03-21
Vores reference: 2019-2233
Finansudvalget har den 7. marts 2019 stillet følgende spørgsmål nr. 301 (alm. del) til finansministeren, som hermed besvares.
Spørgsmål nr. 301:
Vil ministeren oplyse de samlede udgifter til konsulenter i staten?
Svar:
De samlede udgifter udgjorde 1,5 mia. kr. i 2018.
Hilsen
Kristian Jensen
"""


def test_iso_date_vores_reference_and_bare_hilsen(tmp_path: Path) -> None:
    r = flat(tmp_path, FINANCE_ANSWER)
    assert (r["answer_date"], r["question_sent_date"]) == ("2019-03-21", "2019-03-07")
    assert r["journal_number"] == "2019-2233"
    assert (r["ministry"], r["addressee"]) == ("Finansministeriet", "finansministeren")
    assert r["answer_text"] == "De samlede udgifter udgjorde 1,5 mia. kr. i 2018."
    assert r["signed_by"] == "Kristian Jensen"


# A question letter whose "Dato:" value reads "d. 3. marts 2015".
CULTURE_QUESTION = """Kulturudvalget
Til: Kulturministeren
Dato: d. 3. marts 2015
Udvalget udbeder sig ministerens besvarelse af følgende spørgsmål:
KUU alm. del
Spørgsmål nr. 12
Vil ministeren oplyse, hvor mange museer der modtog statstilskud i 2014?
Spørgsmålet er stillet efter ønske fra Mogens Jensen (S).
Spørgsmålet ønskes besvaret senest den 17. marts 2015.
På udvalgets vegne
Mette Bock
næstformand
"""


def test_question_dato_with_d_abbreviation(tmp_path: Path) -> None:
    r = flat(tmp_path, CULTURE_QUESTION)
    assert r["doc_type"] == "question"
    assert (r["question_sent_date"], r["deadline"]) == ("2015-03-03", "2015-03-17")
    assert r["addressee"] == "kulturministeren"
    assert r["asked_by"] == [{"name": "Mogens Jensen", "party": "S"}]
    assert (r["signed_by"], r["signer_role"]) == ("Mette Bock", "næstformand")
