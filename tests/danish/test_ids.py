"""One id scheme: æ -> ae, ø -> oe, å -> aa, other accents dropped."""
from __future__ import annotations

import pytest

from danish.ids import ascii_fold, make_id, person_id, slug


@pytest.mark.parametrize(("text", "expected"), [
    ("Finn Sørensen", "finn-soerensen"), ("Åse Ålund", "aase-aalund"), ("Høje-Taastrup", "hoeje-taastrup"),
    ("Beskæftigelsesudvalget", "beskaeftigelsesudvalget"), ("Özlem Sara Cekic", "ozlem-sara-cekic"),
    ("  Troels Lund Poulsen ", "troels-lund-poulsen"), ("Johanne Schmidt-Nielsen", "johanne-schmidt-nielsen"),
])
def test_slug(text: str, expected: str) -> None:
    assert slug(text) == expected


def test_person_id_ignores_spacing_and_case() -> None:
    assert person_id("Åse  Ålund") == person_id("ÅSE ÅLUND") == "person:aase-aalund"
    assert make_id("committee", "BEU") == "committee:beu"
    assert ascii_fold("Ærø") == "aeroe"
