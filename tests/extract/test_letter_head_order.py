"""A letter's record does not depend on the order its head is printed in.

Ministries lay out the head of an answer letter differently: the letterhead (ministry, street, postcode,
T/E/www/CVR, date, J.nr.) above the addressee, below it or beside it; the address block in the page footer with
only the date and journal number at the top (ufu-2016-17-spm3-svar prints its letterhead after the answer,
mpu-2009-10-l206-spm73-svar its footer line after the signer); the date before the journal number or after it.
bench/metamorphic.py re-prints every dev letter (corpus/ft_qa, corpus/ft_qa_ministries) in each of these orders
("headswap", "footer", "dateorder", built on letter_layout) and each copy must give its text's record, field for
field. Before the answer reader cut a letterhead block that follows the signer, the footer copies gave 0.9899
of ft_qa's fields (the signer of sou-2008-09-l15-spm20-svar and sou-2009-10-spm662-svar lost, the address read
into the answer).

The Folketing's own question form ("Til:" over "Dato:") is one template no ministry lays out again, and is
left as it is; so is a letter whose head cannot be split into an addressee and a letterhead.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bench.metamorphic import VARIANTS, letter_layout
from extract.letter_layouts import cue
from tests.dev_records import dev_record_fields as _dev_record
from tests.dev_records import record_fields as _record

_CORPUS = Path(__file__).resolve().parents[2] / "corpus"
SETS = ("ft_qa", "ft_qa_ministries")
LETTERS = sorted(p for name in SETS for p in (_CORPUS / name).glob("*.txt"))
KINDS = ("headswap", "footer", "dateorder")


def _copy(tmp_path: Path, path: Path, text: str) -> Path:
    copy = tmp_path / path.name
    copy.write_text(text, encoding="utf-8")
    sidecar = path.with_suffix(".meta.json")
    if sidecar.exists():
        shutil.copy(sidecar, tmp_path / sidecar.name)  # the letter's address, which the extractor reads
    return copy


def _text(name: str) -> str:
    return next(p for p in LETTERS if p.stem == name).read_text(encoding="utf-8")


def test_the_letters_are_there() -> None:
    assert len(LETTERS) == 20 + 27


@pytest.mark.parametrize(("kind", "counts"), [
    ("headswap", {"ft_qa": 8, "ft_qa_ministries": 8}),
    ("footer", {"ft_qa": 8, "ft_qa_ministries": 5}),
    ("dateorder", {"ft_qa": 3, "ft_qa_ministries": 2}),
])
def test_each_variant_reorders_letters_of_both_sets(kind: str, counts: dict[str, int]) -> None:
    changed = {name: sum(VARIANTS[kind](p.read_text(encoding="utf-8")) != p.read_text(encoding="utf-8")
                         for p in (_CORPUS / name).glob("*.txt")) for name in SETS}
    assert changed == counts


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("path", LETTERS, ids=lambda p: p.stem)
def test_a_letter_with_its_head_in_another_order_gives_the_same_record(tmp_path: Path, path: Path,
                                                                     kind: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert _record(_copy(tmp_path, path, VARIANTS[kind](text))) == _dev_record(path)


# -- the variants' layouts ------------------------------------------------------------------------------

def test_headswap_prints_the_letterhead_above_the_addressee() -> None:
    lines = VARIANTS["headswap"](_text("beu-2022-23-2s-spm61-svar")).split("\n")
    assert lines[:17] == ["Beskæftigelsesudvalget 2022-23 (2. samling)", "BEU Alm.del", "Offentligt",
                          "2662638_0001.png", "Beskæftigelsesministeriet", "Holmens Kanal 20", "1060 København K",
                          "T +45 72 20 50 00", "E [email protected]", "www.bm.dk", "CVR 10172748", "J.nr. 2023 - 820",
                          "15. februar 2023", "Folketingets Beskæftigelsesudvalg", "[email protected]",
                          "Niels Flemming Hansen (KF)", "[email protected]"]


def test_headswap_takes_the_date_beside_the_body_up_with_the_letterhead() -> None:
    # ft.dk's text version puts the date and J.nr. that stood beside the body among its first lines
    text = _text("amu-2008-09-spm53-svar")
    lines = VARIANTS["headswap"](text).split("\n")
    assert lines[4].startswith("BeskæftigelsesministerietVed Stranden 8")
    assert lines[5:7] == ["18. december 2008J.nr. 2008-0006659",
                          "Folketingets ArbejdsmarkedsudvalgChristiansborg1240 København K"]
    assert lines.count("18. december 2008J.nr. 2008-0006659") == 1


def test_footer_moves_the_address_and_contact_lines_and_keeps_date_and_case_number_at_the_top() -> None:
    text = _text("sou-2021-22-spm264-svar")
    lines = VARIANTS["footer"](text).split("\n")
    assert lines[:8] == ["Folketingets Social- og Ældreudvalg", "Sagsnr.", "2022 - 1328", "Doknr.", "537696", "Dato",
                         "11-03-2022", "Folketingets Social- og Ældreudvalg har d. 2. marts 2022 stillet følgende"]
    assert lines[-5:] == ["", "Holmens Kanal 22", "1060 København K", "Telefon 33 92 93 00", "www.sm.dk"]


def test_footer_moves_a_contact_label_with_its_value() -> None:
    lines = VARIANTS["footer"](_text("tru-2019-20-spm33-svar")).split("\n")
    assert lines[-6:] == ["Benny Engelbrecht", "", "Frederiksholms Kanal 27 F", "1220 København K", "Telefon",
                          "41 71 27 00"]
    assert lines.count("41 71 27 00") == 1


def test_dateorder_keeps_labels_with_their_values() -> None:
    lines = VARIANTS["dateorder"](_text("sou-2021-22-spm264-svar")).split("\n")
    assert lines[4:11] == ["www.sm.dk", "Dato", "11-03-2022", "Sagsnr.", "2022 - 1328", "Doknr.", "537696"]


def test_the_question_form_and_a_column_of_labels_are_left_as_they_are() -> None:
    for name in ("sou-2024-25-spm562-spm", "kef-2020-21-spm466-spm"):  # "Til:" over "Dato:"
        assert all(VARIANTS[kind](_text(name)) == _text(name) for kind in KINDS)
    # TRM prints "Dato / J. nr." over their values: no date line next to a journal-number line
    assert VARIANTS["dateorder"](_text("tru-2019-20-spm33-svar")) == _text("tru-2019-20-spm33-svar")


def test_the_variants_keep_every_line() -> None:
    for path in LETTERS:
        text = path.read_text(encoding="utf-8")
        for kind in KINDS:
            assert sorted(s.strip() for s in VARIANTS[kind](text).split("\n") if s.strip()) == \
                sorted(s.strip() for s in text.split("\n") if s.strip()), (path.stem, kind)
        assert letter_layout(text)  # the split the variants are built on


# -- the reader's mend: a letterhead block after the signer ---------------------------------------------

@pytest.mark.parametrize(("name", "signer", "answer_end"), [
    # "Departementet Holmens Kanal 22 1060 København K" / "Tlf. 3392 9300 Fax. ..." below "Karen Jespersen"
    ("sou-2008-09-l15-spm20-svar", "Karen Jespersen", "siden sommeren 2007."),
    # the glued "DepartementetHolmens Kanal 221060 København K" / "Tlf. 3392 9300" below the signers
    ("sou-2009-10-spm662-svar", "Benedikte Kiær", "har medført besparelser."),
])
def test_an_address_block_after_the_signer_ends_the_answer(tmp_path: Path, name: str, signer: str,
                                                           answer_end: str) -> None:
    path = next(p for p in LETTERS if p.stem == name)
    record = _record(_copy(tmp_path, path, VARIANTS["footer"](path.read_text(encoding="utf-8"))))
    assert record["signed_by"] == signer
    assert record["answer_text"].endswith(answer_end)
    assert record["answer_text"] == _dev_record(path)["answer_text"]


def test_an_address_run_line_is_names_and_numbers_ending_in_a_postcode() -> None:
    run = cue("address_run_line")
    assert run.match("Departementet Holmens Kanal 22 1060 København K")  # sou-2008-09-l15-spm20-svar
    assert run.match("DepartementetHolmens Kanal 221060 København K")  # sou-2009-10-spm662-svar
    assert not run.match("1060 København K")  # a postcode line of its own is postcode_line's
    # a sentence naming an address is body text
    assert not run.match("Ansøgningen sendes til Styrelsen, Holmens Kanal 22 1060 København K")
