"""A page footer whose web address is printed bare, without "www." ("Kulturministeriet · Nybrogade 2 · 1203 København
K · kum.dk", probes22 qa 14; "Digitaliseringsministeriet · Slotsholmsgade 4 · ... · digmin.dk", probes24 qa 03). The
footer is a letterhead line like any other (layout table: footer_items_line, web_domain_item): where it falls between
two paragraphs over a page break, with its page mark, it is cut out and the answer goes on after it (ft_qa README:
letterhead blocks that interrupt the body are left out). A probe (round 24, letter 03) showed the answer cut at the
footer, its last paragraph lost.

The samples are realistic letters written for this test in the layout of the digitalisation and culture ministries'
answers; names, numbers and dates are changed. The expected answers are read by hand by the ft_qa README.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.test_letter_error_classes import record

DIGITAL_FOOTER_MID_BODY = """Digitaliseringsudvalget 2024-25
DIU Alm.del Svar på Spørgsmål 41
Offentligt

DIGITALISERINGSMINISTERIET

Folketingets Digitaliseringsudvalg

Dato: 3. december 2024
Sagsnr.: 2024-08812

Svar på spørgsmål nr. 41 (Alm. del) fra Folketingets Digitaliseringsudvalg

Spørgsmålet er stillet efter ønske fra Katrine Robsøe (RV).

Spørgsmål:
Vil ministeren oplyse, hvor mange kommuner der tilbyder hjælp til MitID på biblioteket?

Svar:
Digitaliseringsstyrelsen har oplyst, at 87 kommuner tilbyder hjælp til MitID på biblioteket.

Digitaliseringsministeriet · Slotsholmsgade 4 · 1216 København K · digmin.dk
Side 1 af 2

De øvrige kommuner henviser borgerne til borgerservice.

Venlig hilsen

Caroline Stage Olsen
Digitaliseringsminister

Side 2 af 2
"""

CULTURE_FOOTER_MID_BODY = """Kulturudvalget 2022-23
KUU Alm.del endeligt svar på spørgsmål 208
Offentligt

Folketingets Kulturudvalg

Dato: 14. marts 2023
J.nr.: 23/01877

Kulturministerens svar på spørgsmål nr. 208 (Alm. del) fra Folketingets Kulturudvalg stillet den 24. februar 2023 efter ønske fra Christian Friis Bach (RV).

Spørgsmål nr. 208:
"Vil ministeren oplyse, hvor mange spillesteder der fik driftsstøtte i 2022?"

Svar:
Slots- og Kulturstyrelsen har oplyst, at 61 regionale spillesteder fik driftsstøtte i 2022.

Kulturministeriet · Nybrogade 2 · 1203 København K · kum.dk
Side 1 af 2

Hertil kommer fire rytmiske spillesteder med særlig status.

Med venlig hilsen

Jakob Engel-Schmidt

Side 2 af 2
"""

# Must not: a footer item that is a web address ends nothing when the body's own sentence names a site; a line of
# running text that names a domain is no footer (it has no item gaps), and the answer keeps it.
DOMAIN_IN_SENTENCE = DIGITAL_FOOTER_MID_BODY.replace(
    "Digitaliseringsministeriet · Slotsholmsgade 4 · 1216 København K · digmin.dk\nSide 1 af 2\n\n", "").replace(
    "til borgerservice.", "til borgerservice og til vejledningen på borger.dk.")


@pytest.mark.parametrize(("text", "answer"), [
    (DIGITAL_FOOTER_MID_BODY, "Digitaliseringsstyrelsen har oplyst, at 87 kommuner tilbyder hjælp til MitID på "
                              "biblioteket. De øvrige kommuner henviser borgerne til borgerservice."),
    (CULTURE_FOOTER_MID_BODY, "Slots- og Kulturstyrelsen har oplyst, at 61 regionale spillesteder fik driftsstøtte "
                              "i 2022. Hertil kommer fire rytmiske spillesteder med særlig status."),
    (DOMAIN_IN_SENTENCE, "Digitaliseringsstyrelsen har oplyst, at 87 kommuner tilbyder hjælp til MitID på "
                         "biblioteket. De øvrige kommuner henviser borgerne til borgerservice og til vejledningen på "
                         "borger.dk."),
], ids=["digital_bare_domain", "culture_bare_domain", "domain_in_sentence_must_not"])
def test_answer_goes_on_past_a_footer_with_a_bare_web_address(text: str, answer: str, tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    assert record(path)["answer_text"] == answer
