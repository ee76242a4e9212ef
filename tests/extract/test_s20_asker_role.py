"""A § 20 answer's opening names the asker by role after "stillet <dato> af": "Besvarelse af spørgsmål nr. S 612
stillet 5. december 2016 af\\nfolketingsmedlem Jesper Petersen (S)". The role words ("folketingsmedlem", "medlem af
Folketinget"; layout table member_role_before_name) are no part of the name, the member is the asker (ft_qa README:
asked_by is filled when the text names who asked, "stillet af X"), and no person of the answer.

The samples are realistic letters written for this test in the § 20 answer layout of
corpus/ft_qa/eru-2015-16-s1107-svar.txt ("Besvarelse af spørgsmål S N stillet ... af X (P)", the question, "Svar");
names, numbers and dates are changed, and none is a copy of a probe letter. The expected fields are read by hand.
"""
from __future__ import annotations

from pathlib import Path

from tests.extract.test_letter_error_classes import asker, record

S20_BUSINESS_ASKER_ROLE = """Erhvervs-, Vækst- og Eksportudvalget 2016-17
S 488
Offentligt

Erhvervsministeriet

Dato: 21. november 2016

Besvarelse af spørgsmål nr. S 488 stillet 10. november 2016 af
folketingsmedlem Kirsten Brosbøl (S)

Spørgsmål:
"Vil ministeren oplyse, hvor mange virksomheder der i 2015 fik afslag på eksportkredit?"

Svar:
Eksport Kredit Fonden har oplyst, at 14 virksomheder fik afslag på eksportkredit i 2015.

Med venlig hilsen

Brian Mikkelsen
erhvervsminister
"""

S20_CLIMATE_ASKER_ROLE = """Klima-, Energi- og Forsyningsudvalget 2020-21
S 233
Offentligt

Klima-, Energi- og Forsyningsministeriet

Dato: 16. marts 2021

Svar på spørgsmål nr. S 233 stillet den 2. marts 2021 af medlem af Folketinget Søren Egge Rasmussen (EL)

Spørgsmål:
"Vil ministeren oplyse, hvor mange varmepumper der blev installeret med tilskud i 2020?"

Svar:
Energistyrelsen har oplyst, at der i 2020 blev givet tilskud til 4.812 varmepumper.

Med venlig hilsen

Dan Jørgensen
"""


# The question's heading names the member plainly, with the party (layout table: s20_heading_named_asker), in the
# layout of the § 20 answers above whose question stands under its heading; the member is the asker.
S20_JUSTICE_PLAIN_HEADING = """Retsudvalget 2010-11
S 2388
Offentligt

Justitsministeriet

Dato: 14. april 2011

Spørgsmål nr. S 2388 fra Karina Lorentzen Dehnhardt (SF):
"Vil ministeren oplyse, hvor mange sager om partnervold politiet modtog i 2010?"

Svar:
Rigspolitiet har oplyst, at politiet i 2010 modtog 1.912 anmeldelser om vold i nære relationer.

Med venlig hilsen

Lars Barfoed
"""

S20_TAX_PLAIN_HEADING = """Skatteudvalget 2014-15
S 77
Offentligt

Skatteministeriet

Dato: 30. oktober 2014

Spørgsmål nr. S 77 til skatteministeren fra Dennis Flydtkjær (DF):
"Vil ministeren oplyse, hvor mange pendlere der fik befordringsfradrag i 2013?"

Svar:
SKAT har oplyst, at 1.061.000 personer fik befordringsfradrag for 2013.

Med venlig hilsen

Benny Engelbrecht
"""


def _read(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    got = record(path)
    return {k: got[k] for k in ("question_number", "question_sent_date", "asked_by", "persons", "signed_by")}


def test_the_member_named_by_role_is_the_asker(tmp_path: Path) -> None:
    assert _read(tmp_path, S20_BUSINESS_ASKER_ROLE) == {
        "question_number": "S 488", "question_sent_date": "2016-11-10",
        "asked_by": [asker("Kirsten Brosbøl", "S")], "persons": [], "signed_by": "Brian Mikkelsen"}
    assert _read(tmp_path, S20_CLIMATE_ASKER_ROLE) == {
        "question_number": "S 233", "question_sent_date": "2021-03-02",
        "asked_by": [asker("Søren Egge Rasmussen", "EL")], "persons": [], "signed_by": "Dan Jørgensen"}


def test_a_role_word_without_a_name_gives_no_asker(tmp_path: Path) -> None:
    # "af et folketingsmedlem": no name follows the role, so nobody is read as asker or person
    text = S20_BUSINESS_ASKER_ROLE.replace("af\nfolketingsmedlem Kirsten Brosbøl (S)", "af et folketingsmedlem")
    got = _read(tmp_path, text)
    assert (got["asked_by"], got["persons"]) == ([], [])


def test_a_plain_heading_with_the_party_names_the_asker(tmp_path: Path) -> None:
    got = _read(tmp_path, S20_JUSTICE_PLAIN_HEADING)
    assert (got["question_number"], got["asked_by"], got["persons"]) == (
        "S 2388", [asker("Karina Lorentzen Dehnhardt", "SF")], [])
    got = _read(tmp_path, S20_TAX_PLAIN_HEADING)
    assert (got["question_number"], got["asked_by"], got["persons"]) == ("S 77", [asker("Dennis Flydtkjær", "DF")], [])


def test_a_plain_heading_without_a_party_gives_no_asker(tmp_path: Path) -> None:
    # "fra Rigspolitiet": no party after the name, so nobody is read as the asker
    text = S20_JUSTICE_PLAIN_HEADING.replace("fra Karina Lorentzen Dehnhardt (SF):", "fra Rigspolitiet:")
    assert _read(tmp_path, text)["asked_by"] == []
