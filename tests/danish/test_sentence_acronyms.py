"""An acronym in capitals ends its sentence although its letters spell a lower-case abbreviation (KL / kl., DR / dr.)."""
from __future__ import annotations

from danish.sentences import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def test_an_organisation_in_capitals_ends_its_sentence() -> None:
    text = "Planen er udarbejdet i dialog med KL. Tilskuddet til bogbusser blev afskaffet i 2019."
    assert _sentences(text) == ["Planen er udarbejdet i dialog med KL.",
                                "Tilskuddet til bogbusser blev afskaffet i 2019."]
    text = "Programmet blev sendt på DR. Siden er det genudsendt to gange."
    assert _sentences(text) == ["Programmet blev sendt på DR.", "Siden er det genudsendt to gange."]


def test_the_lower_case_abbreviation_keeps_its_sentence() -> None:
    # "kl." (klokken) and "dr." before a capital are abbreviations in lower case, and so is "Kl." opening a sentence
    assert _sentences("Mødet begynder kl. 10 i salen. Kl. 13 holdes frokost.") == [
        "Mødet begynder kl. 10 i salen.", "Kl. 13 holdes frokost."]
    assert _sentences("Talen blev holdt af dr. Hansen i Aarhus.") == ["Talen blev holdt af dr. Hansen i Aarhus."]


def test_a_line_in_capitals_keeps_its_abbreviations() -> None:
    # a heading written all in capitals: "NR." is the abbreviation, not an acronym ending a sentence
    assert _sentences("BEKENDTGØRELSE NR. 1234 OM TILSKUD") == ["BEKENDTGØRELSE NR. 1234 OM TILSKUD"]
