"""A § 20 answer whose opening names the member as its subject ("Folketingsmedlem X (V) har den <dato> stillet mig
følgende spørgsmål nr. S N") while its body uses an asker phrase as plain prose ("sket efter ønske fra eller efter
høring af de berørte menighedsråd", "forslaget blev stillet af de tre kommuner"). A probe (round 24, letter 04)
showed the prose phrase shadowing the opening: the reading stopped at a phrase that names nobody, the asker was lost
and the member was counted a person of the text. A phrase that names nobody is no asker phrase; the opening's
subject is the asker (ft_qa README: asked_by is filled when the text names who asked; the members who asked are never
persons of the text).

The samples are realistic letters written for this test in the layouts of the church and justice ministries' § 20
answers (probes24 qa 04, probes16 qa 03, probes10 qa suu-2023-24-s512); names, numbers and dates are changed. The
expected fields are read by hand by the ft_qa README.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.test_letter_error_classes import asker, record

# The church ministry's layout: letterhead, "Den <dato>", "J.nr.", the member as the opening's subject, the quoted
# question with its "Begrundelse", "Svar:"; the body says a merger happened "efter ønske fra" the parish councils.
CHURCH_S20_PROSE_WISH = """Kirkeudvalget 2013-14
S 512 endeligt svar
Offentligt

Ministeren for ligestilling og kirke

Folketingets Lovsekretariat
Christiansborg
1240 København K

Den 4. februar 2014
J.nr. 2014-1102-7

Folketingsmedlem Carl Holst (V) har den 24. januar 2014 stillet mig følgende spørgsmål nr. S 512, som jeg hermed besvarer:

Spørgsmål S 512:
"Vil ministeren oplyse, hvor mange præstestillinger der er nedlagt i Ribe Stift siden 2010?"

Svar:
Der er siden 2010 nedlagt 14 præstestillinger i Ribe Stift. Nedlæggelserne er sket efter ønske fra eller efter høring af de berørte menighedsråd.

Med venlig hilsen

Marianne Jelved
"""

# The justice ministry's layout of a § 20 answer (probes16 qa 03): "Folketingsmedlem X (P) har den <dato> stillet mig
# følgende spørgsmål nr. S N (...)", the quoted question, "Svar:"; the body says a proposal was "stillet af" the
# municipalities.
JUSTICE_S20_PROSE_PUT = """Retsudvalget 2010-11
S 2214 endeligt svar
Offentligt

Justitsministeriet
Slotsholmsgade 10
1216 København K

Dato: 12. april 2011
Kontor: Politikontoret
Sagsnr.: 2011-0030-2214

Folketingsmedlem Karen J. Klint (S) har den 30. marts 2011 stillet mig
følgende spørgsmål nr. S 2214, som hermed besvares:

"Vil ministeren oplyse, om der er planer om at lukke nærpolitiet i Vejen?"

Svar:
Rigspolitiet har oplyst, at der ikke er planer om at lukke nærpolitiet i Vejen. Forslaget om et fælles
nærpoliti blev stillet af de tre kommuner i området, og det indgår i politikredsens overvejelser.

Med venlig hilsen

Lars Barfoed
"""

# Must not: the same body prose with an opening that names no member gives no asker; the phrase names nobody.
CHURCH_NO_SUBJECT = CHURCH_S20_PROSE_WISH.replace(
    "Folketingsmedlem Carl Holst (V) har den 24. januar 2014 stillet mig følgende spørgsmål nr. S 512",
    "Jeg har modtaget spørgsmål nr. S 512")


@pytest.mark.parametrize(("text", "asked_by", "persons", "number"), [
    (CHURCH_S20_PROSE_WISH, [asker("Carl Holst", "V")], [], "S 512"),
    (JUSTICE_S20_PROSE_PUT, [asker("Karen J. Klint", "S")], [], "S 2214"),
    (CHURCH_NO_SUBJECT, [], [], "S 512"),
], ids=["church_prose_wish", "justice_prose_put", "no_subject_must_not"])
def test_subject_asker_is_read_past_a_prose_asker_phrase(text: str, asked_by: list, persons: list, number: str,
                                                          tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    r = record(path)
    assert (r["asked_by"], r["persons"], r["question_number"]) == (asked_by, persons, number)
    assert r["answer_text"].endswith(("de berørte menighedsråd.", "politikredsens overvejelser."))
