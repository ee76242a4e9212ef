"""Two titled names in back-to-back sentences: the first name ends at its sentence's full stop, and the next sentence
may open with a titled name of its own ("Professor Per Hove Thomsen. Direktør Lars Hansen er enig."). Both are
persons; the first name's span ends at its last word. The samples are realistic sentences written for this test."""
from __future__ import annotations

import pytest

from extract.people import named_persons


@pytest.mark.parametrize(("text", "names"), [
    ("Det fremgår af en udtalelse fra professor Lene Holm Vestergaard. Direktør Mads Kirkegaard er enig i vurderingen.",
     ["Lene Holm Vestergaard", "Mads Kirkegaard"]),
    ("Sagen er forelagt for kontorchef Jens Riis. Afdelingschef Karin Bech har tiltrådt indstillingen.",
     ["Jens Riis", "Karin Bech"]),
])
def test_both_titled_names(text: str, names: list[str]) -> None:
    hits = named_persons(text)
    assert [h.value for h in hits] == names
    assert [text[h.start:h.end] for h in hits] == names


@pytest.mark.parametrize("text", [
    "Det oplyser professor Lene Holm Vestergaard. Derfor er sagen afsluttet.",  # the next sentence names nobody
    "Det oplyser professor Lene Holm Vestergaard. Det er styrelsens vurdering.",
])
def test_no_second_name(text: str) -> None:
    assert [h.value for h in named_persons(text)] == ["Lene Holm Vestergaard"]
