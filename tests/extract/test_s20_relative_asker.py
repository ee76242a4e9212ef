"""A § 20 answer's cover sentence names the asker in a relative clause: "Hermed sendes besvarelse af spørgsmål nr.
S 1452, som folketingsmedlem Karen Hækkerup (S) har stillet til justitsministeren den 10. juni 2008". The member is
the asker (ft_qa README: asked_by is filled when the text names who asked), the role words are no part of the name
(layout table member_relative_asker), and the member is no person of the answer.

The samples are realistic letters written for this test in the Justitsministeriet cover-letter layout (letterhead,
"Sagsnr.", "Folketingets Lovsekretariat", the cover sentence, the signers, then the question, "Begrundelse" and
"Svar"), as in the 2008 and 2011 § 20 answers the probes read; names, numbers and dates are changed, and none is a
copy of a probe letter. The expected fields are read by hand.
"""
from __future__ import annotations

from pathlib import Path

from tests.extract.test_letter_error_classes import asker
from tests.extract.test_s20_asker_role import _read  # the fields a § 20 asker test reads, one helper for both files

S20_JUSTICE_RELATIVE_ASKER = """Justitsministeriet
Slotsholmsgade 10
1216 København K

Telefon 72 26 84 00

Lovafdelingen
Dato: 3. marts 2009
Kontor: Politikontoret
Sagsnr.: 2009-945-0112
Dok.: PKA40211

Folketingets Lovsekretariat
Christiansborg
1240 København K

Hermed sendes besvarelse af spørgsmål nr. S 2210, som folketingsmedlem Morten
Bødskov (S) har stillet til justitsministeren den 20. februar 2009.

Brian Mikkelsen
/ Anne Kjær Olsen



Spørgsmål nr. S 2210:
”Hvor mange indbrud i private boliger blev anmeldt til politiet i 2008?”

Begrundelse:
”Det er efter spørgerens opfattelse vigtigt at kende udviklingen i antallet af indbrud.”

Svar:
Rigspolitiet har oplyst, at der i 2008 blev anmeldt 37.412 indbrud i private boliger.
"""

S20_JUSTICE_RELATIVE_ASKER_PLAIN = """Justitsministeriet
Slotsholmsgade 10
1216 København K

Dato: 12. maj 2011
Kontor: Strafferetskontoret
Sagsnr.: 2011-0030-1402
Dok.: JMS40517

Folketingets Lovsekretariat
Christiansborg
1240 København K

Hermed sendes besvarelse af spørgsmål nr. S 2733, som Karina Lorentzen Dehnhardt (SF) har stillet til justitsministeren den 2. maj 2011.

Lars Barfoed
/
Pia Nielsen

Spørgsmål nr. S 2733:
”Vil ministeren oplyse, hvor mange tilhold der blev udstedt i 2010?”

Svar:
Rigspolitiet har oplyst, at der i 2010 blev udstedt 1.204 tilhold.
"""


def test_the_member_of_the_cover_sentence_is_the_asker(tmp_path: Path) -> None:
    got = _read(tmp_path, S20_JUSTICE_RELATIVE_ASKER)
    assert (got["question_number"], got["question_sent_date"], got["asked_by"], got["signed_by"]) == (
        "S 2210", "2009-02-20", [asker("Morten Bødskov", "S")], "Brian Mikkelsen")
    assert "Morten Bødskov" not in got["persons"]
    got = _read(tmp_path, S20_JUSTICE_RELATIVE_ASKER_PLAIN)
    assert (got["question_number"], got["question_sent_date"], got["asked_by"], got["signed_by"]) == (
        "S 2733", "2011-05-02", [asker("Karina Lorentzen Dehnhardt", "SF")], "Lars Barfoed")
    assert "Karina Lorentzen Dehnhardt" not in got["persons"]


def test_a_relative_clause_without_a_party_gives_no_asker(tmp_path: Path) -> None:
    # "som Rigspolitiet har stillet til ...": no party after the name, so nobody is read as the asker
    text = S20_JUSTICE_RELATIVE_ASKER_PLAIN.replace("som Karina Lorentzen Dehnhardt (SF) har stillet",
                                                    "som Rigspolitiet har stillet")
    assert _read(tmp_path, text)["asked_by"] == []


def test_a_bracket_that_is_no_party_gives_no_asker(tmp_path: Path) -> None:
    # "som Kriminalforsorgen (KIF) har stillet til ...": the bracket is an institution's abbreviation, no party
    text = S20_JUSTICE_RELATIVE_ASKER_PLAIN.replace("som Karina Lorentzen Dehnhardt (SF) har stillet",
                                                    "som Direktoratet Kriminalforsorgen (KIF) har stillet")
    assert _read(tmp_path, text)["asked_by"] == []
