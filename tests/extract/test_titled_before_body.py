"""A person named after a title and the authority the person serves, with no commas: "Direktør for Energistyrelsen
Kristoffer Böttzauw har oplyst", "Vicedirektør i Udlændingestyrelsen Anni Fode har oplyst" (probes23/qa 11 and 18;
layout table: titled_before_body). The samples are realistic sentences written for this test, names invented."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.people import named_persons
from tests.extract.test_ftdk_question_page import flat

ENERGY_BODY = ("Direktør for Energistyrelsen Kasper Mølgaard Holm har oplyst, at der i 2021 blev givet tilladelse til "
               "to nye forsøgsanlæg.")
IMMIGRATION_BODY = ("Vicedirektør i Udlændingestyrelsen Birthe Vang har oplyst, at sagsbehandlingstiden er nedbragt "
                    "til fire måneder.")


@pytest.mark.parametrize(("text", "name"), [
    (ENERGY_BODY, "Kasper Mølgaard Holm"),
    (IMMIGRATION_BODY, "Birthe Vang"),
    ("Det har kontorchef ved Arbejdstilsynet Lise Brandt bekræftet.", "Lise Brandt"),
])
def test_the_name_after_the_authority(text: str, name: str) -> None:
    assert [h.value for h in named_persons(text)] == [name]


@pytest.mark.parametrize("text", [
    "Direktør for Energistyrelsen har oplyst, at der ikke er givet tilladelse.",  # the office, no name
    "Direktør for Danske Regioner Anders Jensen har oplyst det.",  # no authority noun: where the name starts is open
    "Styrelsen for Arbejdsmarked og Rekruttering har oplyst det.",
])
def test_no_name_after_the_authority(text: str) -> None:
    assert named_persons(text) == []


def test_a_person_of_an_answer_letter(tmp_path: Path) -> None:
    letter = f"""Folketingets Klima-, Energi- og Forsyningsudvalg

Dato: 3. juni 2022
J.nr. 2022-2214

Klima-, Energi- og Forsyningsudvalget har i brev af 12. maj 2022 stillet følgende spørgsmål nr. 412 (alm. del),
som hermed besvares.

Spørgsmål nr. 412:
"Vil ministeren oplyse, hvor mange forsøgsanlæg der er givet tilladelse til?"

Svar:
{ENERGY_BODY}

Med venlig hilsen

Dan Jørgensen
"""
    r = flat(tmp_path, letter)
    assert "Kasper Mølgaard Holm" in (r["persons"] or [])
    assert r["signed_by"] == "Dan Jørgensen"
