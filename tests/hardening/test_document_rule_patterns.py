"""The document-field rules added for municipal texts on hostile lines: each must stay linear.

Shapes that make a rule quadratic: a run of hyphenated capitalised words (a word boundary after
every hyphen lets a pattern start again inside the run), a long line of capitalised words before
a cue that never comes, a run of dotted labels that look like a host, a page line with a long
gap. Every case asserts the exact result; the pytest timeout only guards against a hang (speed
is measured in bench/)."""
from __future__ import annotations

import pytest

from extract.document_layout import page_texts
from extract.parsers.policy_genre import genre_markers
from extract.parsers.policy_issuer import issuer_of
from extract.parsers.policy_period import period_of
from extract.parsers.policy_reform import reform_of
from extract.person_roles import roled_persons

GUARD = 60  # seconds; each case takes well under one


def _doc_for_tests(text: str):
    from extract.document import Document

    return Document.from_text(text)


@pytest.mark.timeout(GUARD)
def test_hyphenated_capitals_name_no_kommune_and_no_newsletter() -> None:
    assert issuer_of(_doc_for_tests("Sagsnr.: 1\n" + "Ab-" * 70_000 + " kommune")) is None
    assert issuer_of(_doc_for_tests("Ab-" * 70_000 + " nyhedsbrev")) is None


@pytest.mark.timeout(GUARD)
def test_a_line_of_capitalised_words_is_no_programme_lead_and_no_contact() -> None:
    assert issuer_of(_doc_for_tests("Aa " * 70_000 + "mener:\n")) is None
    assert roled_persons("Kontakt: " + "Aa " * 70_000 + "\n") == []


@pytest.mark.timeout(GUARD)
def test_dotted_labels_are_no_site() -> None:
    assert issuer_of(_doc_for_tests("a." * 100_000 + " " + "a-" * 100_000)) is None


@pytest.mark.timeout(GUARD)
def test_a_page_line_with_a_long_gap_is_no_page_line() -> None:
    text = "--- side" + " " * 200_000 + "1 ---\nTekst\n--- side 2 ---\n"
    assert page_texts(text) == [text]


@pytest.mark.timeout(GUARD)
def test_genre_labels_after_a_long_gap_are_no_labels() -> None:
    text = "Notat" + " " * 200_000 + "x\n" + "Sagsnr" + " " * 200_000 + "x\n" + "Referat" + " " * 200_000 + "x\n"
    assert [m.cue for m in genre_markers() if m.found_in(text, "")] == []
    assert [m.cue for m in genre_markers() if m.found_in("Referat" + " " * 200_000 + "x\n", "")] == []


@pytest.mark.timeout(GUARD)
def test_a_long_word_run_has_no_reform_and_no_horizon() -> None:
    doc = _doc_for_tests("enhver " * 40_000 + "reform af " + "a" * 100_000 + " frem mod " * 10_000)
    assert reform_of(doc) is None and period_of(doc, None) is None


@pytest.mark.timeout(GUARD)
def test_suspended_compounds_without_end_name_no_committee() -> None:
    from extract.parsers.policy_organisations import municipal_bodies

    assert municipal_bodies("Ab- " * 50_000 + "Ab, og " * 20_000 + "Center for Ab, " * 10_000) == [
        "Center for Ab, Center"]
    assert municipal_bodies("Børne-, Unge- og Kulturudvalget godkendte sagen.") == ["Børne-, Unge- og Kulturudvalget"]


@pytest.mark.timeout(GUARD)
def test_a_long_attendance_line_names_no_member() -> None:
    assert roled_persons("Tilstede\n" + "Aa " * 70_000 + "(A)\n" + "Tilstede\n" * 50_000) == []


@pytest.mark.timeout(GUARD)
def test_capitalised_runs_before_no_programme_name_no_party() -> None:
    assert issuer_of(_doc_for_tests("Ab-" * 70_000 + "s principprogram " + "Ab " * 70_000)) is None
    text = "x" * 100 + "principprogram" + " " * 200_000 + "x\n"
    assert [m.cue for m in genre_markers() if m.found_in(text, "")] == []


@pytest.mark.timeout(GUARD)
def test_a_long_sender_line_names_no_sender() -> None:
    assert roled_persons("From: " + "Aa " * 70_000 + "\n") == []
    assert roled_persons("1\n" * 100_000 + "From: Aa Bb\n") == []


@pytest.mark.timeout(GUARD)
def test_a_long_line_of_digits_is_no_contact_blocks_address() -> None:
    from extract.parsers.issuer_sites import contact_block

    assert contact_block("Brydehuset\nA" + "1" * 200_000 + " 2750 Ballerup\nE-mail a@balk.dk\n") is None
    assert contact_block(("Brydehuset\n" + "Vej 1, 2750 " * 50_000 + "\n") * 2) is None
