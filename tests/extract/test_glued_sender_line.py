"""The sender line of an answer glued to the recipient's line below it ("KulturministerenFolketingets
Kulturudvalg"), as a converter glues the other lines of an older letterhead (corpus/ft_qa/amu-2008-09-spm53-svar.txt:
"Folketingets ArbejdsmarkedsudvalgChristiansborg1240 København K"): the minister's title before the committee is the
addressee (layout table: glued_sender_recipient).

The samples are realistic letters written for this test in the layout of the culture ministry's answers of 2008-10
(the sender line above the committee's address, a one-line footer, "Dato:" glued to "Sagsnr.:"); names, numbers and
dates are made up. The expected record is read by hand by the ft_qa README's conventions. Must not: a bare
"Ministeren" glued the same way names no minister.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.test_letter_error_classes import asker, case, expected, record, udvalg

CULTURE_GLUED_SENDER = """Kulturudvalget 2009-10
KUU alm. del Svar på Spørgsmål 233
Offentligt

KulturministerenFolketingets Kulturudvalg
Christiansborg
1240 København K

Dato: 14. april 2010Sagsnr.: 2010-000412

Kulturudvalget har i brev af 24. marts 2010 stillet følgende spørgsmål nr. 233 (alm. del), som hermed besvares.
Spørgsmålet er stillet efter ønske fra Mogens Jensen (S).

Spørgsmål nr. 233:
"Vil ministeren oplyse, hvor mange lokale radioer der fik driftstilskud i 2009?"

Svar:
Radio- og tv-nævnet har oplyst, at 142 lokale radioer fik driftstilskud i 2009.

Med venlig hilsen

Per Stig Møller
"""

TAX_GLUED_SENDER = """Skatteudvalget 2009-10
SAU alm. del Svar på Spørgsmål 311
Offentligt

SkatteministerenFolketingets Skatteudvalg
Christiansborg
1240 København K

Dato: 3. maj 2010Sagsnr.: 2010-118-0207

Skatteudvalget har i brev af 12. april 2010 stillet følgende spørgsmål nr. 311 (alm. del), som hermed besvares.
Spørgsmålet er stillet efter ønske fra Frank Aaen (EL).

Spørgsmål nr. 311:
"Vil ministeren oplyse, hvor mange virksomheder der fik en skattekontrol i 2009?"

Svar:
SKAT har oplyst, at 21.480 virksomheder fik en skattekontrol i 2009.

Med venlig hilsen

Troels Lund Poulsen
"""

# Must not: a bare "Ministeren" glued to the committee names no minister (as bare_minister_line).
BARE_MINISTER_GLUED = CULTURE_GLUED_SENDER.replace("KulturministerenFolketingets", "MinisterenFolketingets")

_CULTURE = dict(doc_type="answer", udvalg=udvalg("Kulturudvalget", "KUU"), samling="2009-10", case=case("alm. del"),
                question_number=233, question_sent_date="2010-03-24", answer_date="2010-04-14",
                asked_by=[asker("Mogens Jensen", "S")], journal_number="2010-000412",
                question_text="Vil ministeren oplyse, hvor mange lokale radioer der fik driftstilskud i 2009?",
                answer_text="Radio- og tv-nævnet har oplyst, at 142 lokale radioer fik driftstilskud i 2009.",
                signed_by="Per Stig Møller", parties=["S"])

CASES = [
    pytest.param(CULTURE_GLUED_SENDER, expected(**_CULTURE, addressee="kulturministeren"), id="culture-glued"),
    pytest.param(TAX_GLUED_SENDER, expected(
        doc_type="answer", udvalg=udvalg("Skatteudvalget", "SAU"), samling="2009-10", case=case("alm. del"),
        question_number=311, question_sent_date="2010-04-12", answer_date="2010-05-03",
        asked_by=[asker("Frank Aaen", "EL")], addressee="skatteministeren", journal_number="2010-118-0207",
        question_text="Vil ministeren oplyse, hvor mange virksomheder der fik en skattekontrol i 2009?",
        answer_text="SKAT har oplyst, at 21.480 virksomheder fik en skattekontrol i 2009.",
        signed_by="Troels Lund Poulsen", parties=["EL"]), id="tax-glued"),
    pytest.param(BARE_MINISTER_GLUED, expected(**_CULTURE), id="must-not-bare-minister"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_glued_sender_line_names_the_addressee(text: str, want: dict, tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    assert record(path) == want
