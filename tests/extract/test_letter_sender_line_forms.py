"""Two forms of a Folketing answer's sender line: the minister's title level with the letter's date in a
two-column letterhead that a layout-keeping converter parts by spaces, not a tab ("ERHVERVSMINISTEREN
<spaces> 23. april 2021", probes22 qa 17, as "ERHVERVS- OG VÆKSTMINISTEREN\\t11. marts 2014" in the dev letter
eru-2013-14-spm233-svar), and a "for" title in its indefinite form ("Minister for ligestilling", probes22
qa 04, the form signers' role lines print: "Minister for ligestilling og kirke", "Minister for fødevarer,
landbrug og fiskeri"). The ft_qa README counts a sender line naming the minister as the addressee."""
from __future__ import annotations

from pathlib import Path

from knowledge.pipeline import extract_path

SPACED_SENDER_AND_DATE = """Folketingets Erhvervsudvalg
Christiansborg
1240 København K

ERHVERVSMINISTEREN                                        9. juni 2022
                                                          J.nr. 2022-5521

Svar på spørgsmål 14 ad L 88 stillet af Erhvervsudvalget den 27. maj 2022 efter ønske fra Hans Kristian Skibby (DF).

Spørgsmål 14:
Vil ministeren oplyse, hvor mange virksomheder der har søgt om tilskud?

Svar:
Der er modtaget 412 ansøgninger.

Med venlig hilsen

Simon Kollerup
"""

# The sender line over the recipient, the date and J.nr. in a right-hand column (as probes22 qa 04 prints them).
BARE_FOR_SENDER = """Minister for fødevarer, landbrug og fiskeri

Folketingets Fødevareudvalg
Christiansborg
1240 København K
                                                  J.nr. 2016-1200
                                                  3. marts 2016

Fødevareudvalget har den 17. februar 2016 stillet følgende spørgsmål nr. 201 (alm. del) til ministeren, som hermed besvares.

Spørgsmål nr. 201:
Vil ministeren oplyse antallet af kontrolbesøg i 2015?

Svar:
Der blev gennemført 5.230 kontrolbesøg.

Med venlig hilsen

Esben Lunde Larsen
"""


def _record(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    record = extract_path(path).flat.model_dump(mode="json")
    assert isinstance(record, dict)
    return record


def test_a_title_and_date_parted_by_spaces(tmp_path: Path) -> None:
    r = _record(tmp_path, SPACED_SENDER_AND_DATE)
    assert (r["addressee"], r["answer_date"], r["question_sent_date"]) == ("erhvervsministeren", "2022-06-09", "2022-05-27")
    assert r["journal_number"] == "2022-5521"


def test_an_indefinite_for_title_as_sender_line(tmp_path: Path) -> None:
    r = _record(tmp_path, BARE_FOR_SENDER)
    assert (r["addressee"], r["answer_date"]) == ("minister for fødevarer, landbrug og fiskeri", "2016-03-03")


def test_a_for_title_under_the_signature_is_no_sender(tmp_path: Path) -> None:
    # the role line under the signer names the signer's role, never the addressee (ft_qa README)
    text = BARE_FOR_SENDER.replace("Minister for fødevarer, landbrug og fiskeri\n\n", "") + "Minister for fødevarer\n"
    r = _record(tmp_path, text)
    assert r["addressee"] is None


def test_spaces_and_a_date_after_a_sentence_are_no_letter_date(tmp_path: Path) -> None:
    text = SPACED_SENDER_AND_DATE.replace("ERHVERVSMINISTEREN                                        9. juni 2022\n", "")
    r = _record(tmp_path, text.replace("Der er modtaget 412 ansøgninger.", "Der er modtaget 412 ansøgninger.   1. juli 2021"))
    assert (r["addressee"], r["answer_date"]) == (None, None)
