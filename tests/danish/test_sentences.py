"""Abbreviations and sentence splitting (sentences copied from corpus/ documents)."""
from __future__ import annotations

from danish.sentences import ABBREVIATION_FORMS, ABBREVIATIONS, ends_with_abbreviation, sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def test_abbreviation_table() -> None:
    assert len(ABBREVIATION_FORMS) == len(set(ABBREVIATION_FORMS))
    assert all(form.endswith(".") for form in ABBREVIATION_FORMS)
    assert {"bl", "a", "jf", "pct", "gnsn", "nr", "j"} <= ABBREVIATIONS


def test_no_break_after_abbreviations_or_ordinals() -> None:
    text = "Der er bl.a. tale om 25 pct. af de ledige. Loven trådte i kraft den 1. Januar. Næste sætning."
    assert _sentences(text) == ["Der er bl.a. tale om 25 pct. af de ledige.", "Loven trådte i kraft den 1. Januar.",
                                "Næste sætning."]


def test_a_unit_after_a_figure_ends_its_sentence_before_a_capital() -> None:
    """"kr." and "pct." are followed in their sentence by lower case ("40 mio. kr. til", "5 pct. i 2023"); before a
    capital the dot ends the sentence as well (data/abbreviations.csv, ends_list; "... 6 mio. kr. Disse ...",
    "... 8 pct. Alt ..." in corpus/)."""
    text = "Puljen forhøjes med 40 mio. kr. Puljen udbetales i 2024. Ledigheden faldt med 5 pct. Efter reformen steg den."
    assert _sentences(text) == ["Puljen forhøjes med 40 mio. kr.", "Puljen udbetales i 2024.",
                                "Ledigheden faldt med 5 pct.", "Efter reformen steg den."]
    assert _sentences("Det koster 5 kr. pr. time og 40 mio. kr. i alt.") == ["Det koster 5 kr. pr. time og 40 mio. kr. i alt."]


def test_reference_numbers_end_sentences() -> None:
    assert _sentences("Det følger af § 2, stk. 3. Derfor gælder det.") == ["Det følger af § 2, stk. 3.",
                                                                          "Derfor gælder det."]


def test_abbreviation_at_the_end() -> None:
    assert ends_with_abbreviation("opgjort som gnsn.") and ends_with_abbreviation("se bl.a.")
    assert not ends_with_abbreviation("opgjort som gennemsnit.")


def test_a_decimal_number_ends_its_sentence_before_a_capital() -> None:
    """Danish writes the decimal comma, and a number with one ("25,8", "0,5") is never an ordinal, so its full stop
    before a capital ends the sentence (a budget agreement's tax lines; a rate reported in a notat)."""
    text = "Skatteprocenten fastholdes på 25,8. Grundskyldspromillen hæves fra 26,5 til 27,0 promille."
    assert _sentences(text) == ["Skatteprocenten fastholdes på 25,8.",
                                "Grundskyldspromillen hæves fra 26,5 til 27,0 promille."]
    assert _sentences("Ledigheden steg med 0,5. Derfor styrkes indsatsen.") == [
        "Ledigheden steg med 0,5.", "Derfor styrkes indsatsen."]


def test_whole_ordinals_still_hold_their_sentence_together() -> None:
    """A whole day's number stays an ordinal (precision of the decimal rule): "den 25. maj", "den 3. Maj" in a
    heading's capitals, and a comma-separated list of days ("den 2, 3. og 4. juni") does not split."""
    text = "Mødet holdes den 25. maj på rådhuset. Sagen behandles igen den 3. Juni 2025, og den 2, 3. og 4. juni er der lukket."
    assert _sentences(text) == ["Mødet holdes den 25. maj på rådhuset.",
                                "Sagen behandles igen den 3. Juni 2025, og den 2, 3. og 4. juni er der lukket."]
