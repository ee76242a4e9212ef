"""The asker phrase on the question heading's own line after a comma: "Spørgsmål nr. 154 (Alm. del), stillet af
Forsvarsudvalget den 5. marts 2020:" over the quoted question. Danish may set a comma before a participial phrase
that adds to a noun ("spørgsmål nr. 154, stillet af ..."), so the phrase is the heading's asker line as it is
without the comma (layout table: heading_asker_line): its date is the question's, and the question starts at the
quote, not at the comma.

Each sample is a realistic letter written for this test in the layout of a real ministry's letters (named in the
comment); names, numbers and dates are made up. The expected record is read by hand by the ft_qa README's
conventions. A committee that puts the question in its own name names no asker (layout table: committee_put_it).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.test_letter_error_classes import asker, case, expected, record, udvalg

# The defence ministry's layout (capitals sender line, committee address block, a side column with "Dato" and
# "Ref.-nr.", the heading naming the committee that put the question; cf. /work/probes20 letter 11).
COMMITTEE_AFTER_COMMA = """FORSVARSMINISTEREN

Folketingets Forsvarsudvalg
Christiansborg
1240 København K

                                                     Forsvarsministeriet
                                                     Holmens Kanal 42
                                                     1060 København K

                                                     Dato: 14. april 2021
                                                     Ref.-nr.: 2021/004411

Spørgsmål nr. 212 (Alm. del), stillet af Forsvarsudvalget den 23. marts 2021:

"Vil ministeren oplyse, hvor mange soldater der i 2020 var udsendt til Irak?"

Svar:
Jeg kan oplyse, at 127 soldater var udsendt til Irak i 2020.

Trine Bramsen
"""

# The employment ministry's heading with a member as asker, the comma before "stillet <dato> efter ønske fra".
MEMBER_AFTER_COMMA = """Beskæftigelsesudvalget 2018-19
BEU Alm.del endeligt svar på spørgsmål 318
Offentligt

Beskæftigelsesministeriet
Ved Stranden 8
1061 København K

Dato: 2. april 2019
J.nr. 2019-1432

Spørgsmål nr. 318 (Alm. del), stillet 12. marts 2019 efter ønske fra Finn Sørensen (EL):

”Vil ministeren oplyse, hvor mange førtidspensionister der var i 2018?”

Svar:
Jeg kan oplyse, at der var 212.000 førtidspensionister i 2018.

Med venlig hilsen

Troels Lund Poulsen
"""

# Must not: a heading with a comma and no asker phrase keeps the question whole after its colon.
COMMA_NO_ASKER = MEMBER_AFTER_COMMA.replace(
    "Spørgsmål nr. 318 (Alm. del), stillet 12. marts 2019 efter ønske fra Finn Sørensen (EL):",
    "Spørgsmål nr. 318 (Alm. del):")

_Q318 = "Vil ministeren oplyse, hvor mange førtidspensionister der var i 2018?"
_BEU = dict(doc_type="answer", udvalg=udvalg("Beskæftigelsesudvalget", "BEU"), samling="2018-19",
            case=case("alm. del"), question_number=318, answer_date="2019-04-02",
            ministry="Beskæftigelsesministeriet", journal_number="2019-1432", question_text=_Q318,
            answer_text="Jeg kan oplyse, at der var 212.000 førtidspensionister i 2018.",
            signed_by="Troels Lund Poulsen")

CASES = [
    pytest.param(COMMITTEE_AFTER_COMMA, expected(
        doc_type="answer", udvalg=udvalg("Forsvarsudvalget"), case=case("alm. del"), question_number=212,
        question_sent_date="2021-03-23", answer_date="2021-04-14", addressee="forsvarsministeren",
        ministry="Forsvarsministeriet", journal_number="2021/004411",
        question_text="Vil ministeren oplyse, hvor mange soldater der i 2020 var udsendt til Irak?",
        answer_text="Jeg kan oplyse, at 127 soldater var udsendt til Irak i 2020.", signed_by="Trine Bramsen"
        ), id="committee-after-comma"),
    pytest.param(MEMBER_AFTER_COMMA, expected(
        **_BEU, question_sent_date="2019-03-12", asked_by=[asker("Finn Sørensen", "EL")], parties=["EL"]),
        id="member-after-comma"),
    pytest.param(COMMA_NO_ASKER, expected(**_BEU), id="must-not-plain-heading"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_asker_phrase_after_the_headings_comma(text: str, want: dict, tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    assert record(path) == want
