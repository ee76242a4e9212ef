"""A committee that puts the question in the answer's standard opening ("Besvarelse af spørgsmål nr. N stillet af
Folketingets <udvalg> den <dato>") names no asker (ft_qa_ministries README), whatever the committee's name: of
several words ("Klima-, Energi- og Forsyningsudvalg") and broken over a line ("Miljø- og\\nFødevareudvalg", probes25
qa 03, where the cut name "Folketingets Miljø-" was read as the asker). A sentence of its own that says who put the
question ("Spørgsmålet er stillet af Børne- og Undervisningsudvalget.") is an asker line: the committee is named as
asker, {committee, null} (ft_qa README; so read in probes16 qa 14, probes22 qa 15, probes25 qa 18).

The samples are realistic letters written for this test in the layouts of the food and climate ministries' answers;
names, numbers and dates are changed. The expected fields are read by hand by the READMEs.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.test_letter_error_classes import asker, record

FOOD_OPENING_BROKEN_NAME = """Miljø- og Fødevareudvalget 2020-21
L 64 Bilag 3
Offentligt

Ministeren for Fødevarer, Landbrug og Fiskeri

Folketingets Miljø- og Fødevareudvalg
Christiansborg
1240 København K

Dato: 9. december 2020
J.nr.: 2020-18871

Besvarelse af spørgsmål nr. 3 vedr. L 64 (Forslag til lov om ændring af dyrevelfærdsloven) stillet af Folketingets Miljø- og
Fødevareudvalg den 25. november 2020

Spørgsmål nr. 3:
"Vil ministeren oplyse, hvor mange kontrolbesøg der blev aflagt i svinebesætninger i 2019?"

Svar:
Fødevarestyrelsen har oplyst, at der blev aflagt 1.412 kontrolbesøg i svinebesætninger i 2019.

Med venlig hilsen

Rasmus Prehn
"""

CLIMATE_OPENING_LONG_NAME = """Klima-, Energi- og Forsyningsudvalget 2021-22
KEF Alm.del endeligt svar på spørgsmål 77
Offentligt

Klima-, Energi- og Forsyningsministeriet

Dato: 2. november 2021
J.nr. 2021-6620

Svar på spørgsmål 77 (KEF alm. del) stillet af Folketingets Klima-, Energi- og Forsyningsudvalg den 19. oktober 2021

Spørgsmål 77:
"Vil ministeren oplyse, hvor mange husstande der fik tilskud til at udskifte et oliefyr i 2020?"

Svar:
Energistyrelsen har oplyst, at 6.930 husstande fik tilskud til at udskifte et oliefyr i 2020.

Med venlig hilsen

Dan Jørgensen
"""

# The asker line of its own under the opening: the committee is named as asker.
CHILDREN_ASKER_SENTENCE = CLIMATE_OPENING_LONG_NAME.replace(
    "Svar på spørgsmål 77 (KEF alm. del) stillet af Folketingets Klima-, Energi- og Forsyningsudvalg den 19. oktober "
    "2021\n",
    "Folketingets Klima-, Energi- og Forsyningsudvalg har den 19. oktober 2021 stillet følgende spørgsmål nr. 77 "
    "(alm. del), som hermed besvares.\n\nSpørgsmålet er stillet af Klima-, Energi- og Forsyningsudvalget.\n")

# Must not: the committee puts the question after a member's wish; the member is the asker.
CLIMATE_WISH = CLIMATE_OPENING_LONG_NAME.replace(
    "den 19. oktober 2021\n", "den 19. oktober 2021 efter ønske fra Mette Gjerskov (S)\n")


@pytest.mark.parametrize(("text", "asked_by", "number"), [
    (FOOD_OPENING_BROKEN_NAME, [], 3),
    (CLIMATE_OPENING_LONG_NAME, [], 77),
    (CHILDREN_ASKER_SENTENCE, [asker("Klima-, Energi- og Forsyningsudvalget", None)], 77),
    (CLIMATE_WISH, [asker("Mette Gjerskov", "S")], 77),
], ids=["broken_name_opening", "long_name_opening", "asker_sentence_names_committee", "wish_must_not"])
def test_committee_putting_the_question_in_the_opening_names_no_asker(text: str, asked_by: list, number: int,
                                                                     tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    r = record(path)
    assert (r["asked_by"], r["question_number"]) == (asked_by, number)
