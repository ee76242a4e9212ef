"""Letters that reach users as scans (older Folketing letters are image-only PDFs) give their text version's record.

Three dev letters are printed as a ministry lays them out and scanned at 300 dpi (bench/metamorphic.py
print_scan_pdf, the bench's "scan" variant: grey paper, 0.3 degrees askew, fixed-seed specks), read back by
OCR (tesseract, extract/ocr.py) and the OCR repairs (extract/ocr_repair.py); each repair is tested on its
attesting snippets, on snippets it must leave as they are, and on text that no OCR wrote.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from bench.metamorphic import print_scan_pdf
from extract.normalise import GlueEvidence, normalise
from extract.ocr import ocr_available
from extract.ocr_repair import OCR_REPAIR, OCR_REPAIRS, ocr_repaired
from knowledge.pipeline import extract_path
from tests.dev_records import words_joined

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
# A letter over two pages (efk), a letterhead column beside the body with its journal number, date and a
# signer (fiu), a section sign in the question (amu); the stamp's page image "NNNN 0001.png" in all three.
LETTERS = ("ft_qa_ministries/efk-2017-18-spm205-svar", "ft_qa/fiu-2021-22-l207-spm6-svar",
           "ft_qa/amu-2004-05-l22-spm31-svar")


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    # no skip: `make test` installs tesseract-ocr-dan (Makefile debs), so a missing OCR is a broken install
    assert ocr_available(), "tesseract with its Danish and English languages (tesseract-ocr-dan) and pytesseract " \
                            "are needed: run `make debs`, or apt-get install tesseract-ocr tesseract-ocr-dan"
    out = tmp_path_factory.mktemp("scans")
    records = {}
    for name in LETTERS:
        text = CORPUS / f"{name}.txt"
        scan = print_scan_pdf(text.read_text(encoding="utf-8"), out / f"{text.stem}.pdf")
        sidecar = text.with_suffix(".meta.json")
        (out / sidecar.name).write_bytes(sidecar.read_bytes())  # the letter's address, as the bench copies it
        records[name] = extract_path(scan).flat.model_dump(mode="json")
    return records


@pytest.mark.slow
def test_a_scanned_answer_over_two_pages_gives_its_fields(scanned: dict[str, dict]) -> None:
    record = scanned["ft_qa_ministries/efk-2017-18-spm205-svar"]
    assert record["udvalg"] == {"name": "Energi-, Forsynings- og Klimaudvalget", "abbrev": "EFK"}
    assert (record["question_number"], record["question_sent_date"], record["answer_date"]) == \
        (205, "2018-03-13", "2019-05-01")
    assert record["question_text"] == (
        "Kan ministeren oplyse, hvad det vil koste henholdsvis statsfinanserne, private husholdninger og "
        "erhvervslivet at gennemføre initiativerne i Alternativets energiudspil ”God energi” fremlagt den 13. "
        "marts 2018?")  # as the letter prints it (with English beside Danish, tesseract read the opening "”" as '"')
    assert record["ftdk_document_id"] == "2052583"  # the stamp's "2052583 0001.png" (page_image)


@pytest.mark.slow
def test_a_scanned_letterhead_column_gives_its_fields(scanned: dict[str, dict]) -> None:
    record = scanned["ft_qa/fiu-2021-22-l207-spm6-svar"]
    assert record["udvalg"] == {"name": "Finansudvalget", "abbrev": None}
    assert record["case"] == {"kind": "L", "number": "207"}
    assert record["addressee"] == "transportministeren"
    assert record["ministry"] == record["issuer"] == "Transportministeriet"
    assert (record["journal_number"], record["answer_date"]) == ("2022-5074", "2022-09-23")
    assert record["asked_by"] == [{"name": "Kristian Phil Lorentzen", "party": "V"}]
    assert record["signed_by"] == "Trine Bramsen"
    assert record["ftdk_document_id"] == "2627041"


@pytest.mark.slow
def test_a_scanned_section_sign_is_read_as_one(scanned: dict[str, dict]) -> None:
    record = scanned["ft_qa/amu-2004-05-l22-spm31-svar"]
    assert record["question_text"] == (
        "Kan ministeren bekræfte, at de midler, der efter lovforslagets § 49 afsættes af staten til de lokale "
        "beskæftigelsesr åd til fremme af særlige virksomhedsrettede lokale initiativer, ikke kan anvendes til "
        "finansiering af løbende driftsopgaver i jobcentret?")
    assert record["case"] == {"kind": "L", "number": "22"}
    assert record["journal_number"] == "04-201-52/101-0012"
    assert record["addressee"] == "beskæftigelsesministeren"


@pytest.mark.slow
def test_the_scans_give_the_text_versions_record(scanned: dict[str, dict]) -> None:
    fields = ("doc_type", "udvalg", "samling", "case", "question_number", "question_sent_date", "answer_date",
              "asked_by", "addressee", "ministry", "journal_number", "question_text", "signed_by", "signer_role",
              "issuer", "date", "parties", "ftdk_document_id")
    def quotes_as_one(value: object) -> object:
        # tesseract reads the opening "”" of Danish quotes as '"'; a letter may print either, so no repair can
        # tell which it was (the scorer's text similarity takes them as one)
        return value.replace('"', "”") if isinstance(value, str) else value

    for name, scan in scanned.items():
        # the scan's lines break where the printer broke them: its text fields' line-break hyphens are the layout's
        record = words_joined(scan)
        own = words_joined(extract_path(CORPUS / f"{name}.txt").flat.model_dump(mode="json"))
        assert {f: quotes_as_one(record[f]) for f in fields} == {f: quotes_as_one(own[f]) for f in fields}, name


# -- the OCR repairs, one by one ------------------------------------------------------------------------

def repaired(text: str) -> str:
    return OCR_REPAIR.sub(ocr_repaired, text)


# What each repair's attesting snippets (OCR_REPAIRS, in the table's order) read as once mended: the letter's
# own text, written out here so that a repair that mends the wrong character, or too much, fails.
MENDED: dict[str, tuple[str, ...]] = {
    "page_image": ("628348_0001.png", "2662638_0001.png", "2787231_0001.png"),
    "email_at": ("udvalg@ft.dk", "Finn.S@ft.dk", "E bm@bm.dk"),
    "ft_at": ("Henrik.Kristensen@ft.dk", "tiludvalg@ft.dk.", "udvalg@ft.dk"),
    "section_sign": ("folkeskolelovens § 17, stk. 1", "lovforslagets § 49 til de lokale", "angivet i § 50. Løbende"),
    "committee_q": ("SOU Alm.del", "SOU alm. del", "SOU alm. del"),
}


def test_every_repair_has_its_mended_snippets() -> None:
    assert set(MENDED) == {name for name, _, _, _ in OCR_REPAIRS}


@pytest.mark.parametrize(("name", "pattern", "_replacement", "snippets"), OCR_REPAIRS, ids=[r[0] for r in OCR_REPAIRS])
def test_every_repair_is_attested_and_mends_its_snippets(name: str, pattern: str, _replacement: str,
                                                         snippets: tuple[str, ...]) -> None:
    assert len(snippets) >= 2
    assert len(snippets) == len(MENDED[name]), "write out what each new snippet reads as once mended"
    for snippet, mended in zip(snippets, MENDED[name]):
        assert mended != snippet
        assert repaired(snippet) == mended
        # found in running text too: as a line between lines, and inside a line unless the repair is one of a
        # whole line ("^...$")
        assert repaired(f"Svar\n{snippet}\nog") == f"Svar\n{mended}\nog"
        if not pattern.startswith("^"):
            assert repaired(f"Svar {snippet} og") == f"Svar {mended} og"


@pytest.mark.parametrize("snippet", [
    "628348_0001.png", "side 2 0001.png", "Tlf. 3392 0001",                      # page_image
    "udvalg@ft.dk", "www.væksthus.dk", "læ.dk", "Ærø og Læsø",                    # email_at
    "www.ft.dk", "heft.dk", "E ft.dk", "kraft.dk",                                # ft_at
    "i 8 år", "i 8 50-årige", "lovens 8 1234", "8 49 000 kr.", "af 8 17 kommuner",  # section_sign
    "SOU Alm.del", "SQUASH", "(SQU)",                                             # committee_q
])
def test_the_repairs_leave_correct_text_as_it_is(snippet: str) -> None:
    assert repaired(snippet) == snippet


def test_only_the_text_tesseract_wrote_is_repaired_and_mapped_back() -> None:
    text_layer = "SQU Alm.del\nlovforslagets 8 49 til\n"
    scanned_page = "SQU Alm.del\nlovforslagets 8 49 til\n"
    raw = text_layer + scanned_page
    own = GlueEvidence.OWN_LINE_BREAKS
    assert normalise(raw, glue_evidence=own)[0] == raw  # no OCR page: no OCR repair
    text, segments, repairs = normalise(raw, glue_evidence=own, ocr=[(len(text_layer), len(raw))])
    assert text == text_layer + "SOU Alm.del\nlovforslagets § 49 til\n"
    assert sorted(kind for _, _, kind in repairs) == ["committee_q", "section_sign"]
    section = text.index("§")
    piece = next(s for s in segments if s.norm_start <= section < s.norm_start + s.length)
    assert raw[piece.raw_start:piece.raw_end] == "8"  # the repaired sign points at what tesseract wrote
