"""Property tests: arbitrary and mutated input never raises anything but a documented
`SporbarError`, and every provenance span lies inside its document.

300 examples per property here; `make fuzz` runs 10,000 (SPORBAR_FUZZ_EXAMPLES).
"""
from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.document import Document, Span
from extract.errors import SporbarError
from extract.load import _split_pages, build, load
from extract.normalise import normalise
from extract.records import AnyRecord
from extract.registry import EXTRACTORS, PARSERS
from knowledge.pipeline import extract_document

from .conftest import ROOT, fuzz_examples

FUZZ = settings(max_examples=fuzz_examples(), deadline=None, derandomize=False,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.large_base_example, HealthCheck.filter_too_much])
REAL_TEXTS = sorted(p for d in ("seeds", "ft_qa", "star") for p in (ROOT / "corpus" / d).glob("*.txt"))
SMALL_PDF = ROOT / "corpus" / "pdf" / "middelfart_notat_letterhead_2016.pdf"
TABLE_PDF = ROOT / "corpus" / "pdf" / "ballerup_punkt6_prioritering_midler.pdf"  # ruled table: pdfplumber runs

# Pieces of the documents the parsers look for, so fuzzing reaches past the first regex.
TOKENS = [
    "Spørgsmål nr. 558:", "Svar:", "Folketingets Beskæftigelsesudvalg", "Beskæftigelsesudvalget",
    "2016-17", "BEU Alm.del - Svar på Spørgsmål 558", "Offentligt", "L 22 - spm. 31", "J.nr. 2017 - 6136",
    "(alm. del)", "28. september 2017", "i brev af 31. august 2017", "Med venlig hilsen", "/", "Finn Sørensen (EL)",
    "Beskæftigelsesministeren", "Peter Hummelgaard", "1213741_0001.png", "\f", "\n", "\n\n", "\t", " ", "-\n",
    "Aarhus Kommune", "København", "Ballerup", "42,5 pct.", "%", "Sigtelinje", "Resultatindikator:",
    "Andel af", "nøgletal", "indført i 2015", "afskaffet", "erstattet af", "**", "â€™", "Ã¦", "e-mail",
    "Kommune\t12\t3,4", "| a | b |", "\u00ad", "\ufffe", "\x02", "(", ")", "\"", ":", "1.", "2019", "Side 1 af 2",
]
text_pieces = st.one_of(st.sampled_from(TOKENS), st.text(max_size=30),
                        st.text(alphabet="abcæøåABCÆØÅ 0123456789.,:-\n", max_size=40))
domainish = st.lists(text_pieces, max_size=60).map("".join)
anything = st.text(max_size=2000)


@st.composite
def mutated_real(draw: st.DrawFn) -> str:
    """A real corpus text with a few cuts, copies, insertions and line swaps."""
    text = draw(st.sampled_from(REAL_TEXTS)).read_text(encoding="utf-8")
    for _ in range(draw(st.integers(0, 6))):
        i = draw(st.integers(0, len(text)))
        j = draw(st.integers(i, min(len(text), i + 2000)))
        op = draw(st.sampled_from(["cut", "copy", "insert", "swap", "truncate"]))
        if op == "cut":
            text = text[:i] + text[j:]
        elif op == "copy":
            text = text[:j] + text[i:j] + text[j:]
        elif op == "insert":
            text = text[:i] + draw(domainish) + text[i:]
        elif op == "swap":
            lines = text.split("\n")
            a, b = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            lines[a], lines[b] = lines[b], lines[a]
            text = "\n".join(lines)
        else:
            text = text[:i]
    return text


def document_of(text: str) -> Document:
    return build(Path("fuzz.txt"), text.encode("utf-8"), "text", _split_pages(text))


def check_span(doc: Document, span: Span | None, what: str) -> None:
    if span is None:
        return
    assert span.document_id == doc.id, what
    assert 0 <= span.start <= span.end <= len(doc.text), (what, span, len(doc.text))
    assert span.page in {p.number for p in doc.pages}, (what, span)


def check_records(doc: Document, records: Sequence[AnyRecord]) -> None:
    for record in records:
        assert record.document_id == doc.id
        check_span(doc, record.span, type(record).__name__)
        for field, span in record.provenance.items():
            check_span(doc, span, f"{type(record).__name__}.{field}")
            assert field.split("[")[0] in type(record).model_fields, field  # "persons[0]": an item of a list


def run_parser(parser: Callable[[Document], Sequence[AnyRecord]], text: str) -> None:
    doc = document_of(text)
    try:
        records = parser(doc)
    except SporbarError:
        return
    check_records(doc, records)


def check_normalised(raw: str) -> None:
    text, segments, repairs = normalise(raw)
    position = 0
    for seg in segments:
        assert seg.norm_start == position  # contiguous, in order: every character mapped
        assert 0 <= seg.raw_start <= seg.raw_end <= max(len(raw), 1)
        if seg.exact:
            assert text[seg.norm_start:seg.norm_start + seg.length] == raw[seg.raw_start:seg.raw_end]
        position += seg.length
    assert position == len(text)
    for start, end, _kind in repairs:
        assert 0 <= start <= end <= len(text)


PARSER_NAMES = sorted(PARSERS)
EXTRACTOR_NAMES = [f"{e.__module__}.{e.__name__}" for e in EXTRACTORS]


@pytest.mark.fuzz
@FUZZ
@given(raw=st.one_of(anything, domainish, mutated_real()))
def test_normaliser_maps_every_character(raw: str) -> None:
    check_normalised(raw)


@pytest.mark.fuzz
@pytest.mark.parametrize("kind", PARSER_NAMES)
@FUZZ
@given(text=st.one_of(anything, domainish, mutated_real()))
def test_parser_never_fails_and_cites_inside(kind: str, text: str) -> None:
    run_parser(PARSERS[kind], text)


@pytest.mark.fuzz
@pytest.mark.parametrize("index", range(len(EXTRACTORS)), ids=EXTRACTOR_NAMES)
@FUZZ
@given(text=st.one_of(anything, domainish, mutated_real()))
def test_extractor_never_fails_and_cites_inside(index: int, text: str) -> None:
    run_parser(EXTRACTORS[index], text)


@pytest.mark.fuzz
@FUZZ
@given(text=st.one_of(domainish, mutated_real()))
def test_whole_pipeline_and_flat_view(text: str) -> None:
    doc = document_of(text)
    try:
        extraction = extract_document(doc)
    except SporbarError:
        return
    check_records(doc, extraction.records)
    extraction.flat.model_dump_json()


def _load_bytes(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes(data)
        try:
            doc = load(path, ocr=False)
        except SporbarError as exc:
            assert exc.message.startswith(str(path))
            return
        check_normalised(doc.raw_text)
        for region in doc.regions:
            assert 0 <= region.start <= region.end <= len(doc.text)


@pytest.mark.fuzz
@FUZZ
@given(data=st.one_of(st.binary(max_size=4000), st.text(max_size=2000).map(lambda s: s.encode("utf-8")),
                      st.text(max_size=1000).map(lambda s: s.encode("utf-16")),
                      st.text(alphabet="æøåÆØÅ abc\n", max_size=500).map(lambda s: s.encode("latin-1"))),
       suffix=st.sampled_from([".txt", ".html", ".md"]))
def test_loading_arbitrary_bytes_as_text_or_html(data: bytes, suffix: str) -> None:
    _load_bytes(data, suffix)


@st.composite
def mutated_pdf(draw: st.DrawFn, source: Path = SMALL_PDF) -> bytes:
    data = bytearray(source.read_bytes())
    for _ in range(draw(st.integers(1, 8))):
        i = draw(st.integers(0, len(data) - 1))
        op = draw(st.sampled_from(["flip", "cut", "truncate", "insert"]))
        if op == "flip":
            data[i] = draw(st.integers(0, 255))
        elif op == "cut":
            del data[i:i + draw(st.integers(1, 200))]
        elif op == "insert":
            data[i:i] = draw(st.binary(min_size=1, max_size=64))
        else:
            del data[i:]
        if not data:
            break
    return bytes(data)


@pytest.mark.fuzz
@FUZZ
@given(data=mutated_pdf())
def test_loading_mutated_pdfs(data: bytes) -> None:
    _load_bytes(data, ".pdf")


@pytest.mark.fuzz
@settings(FUZZ, max_examples=max(30, fuzz_examples() // 10))  # pdfplumber: ~0.1 s per example
@given(data=mutated_pdf(TABLE_PDF))
def test_loading_mutated_pdfs_with_tables(data: bytes) -> None:
    _load_bytes(data, ".pdf")


# Found by `make fuzz` (10,000 examples): "reform af" is rewritten to "reformen af" and the
# span's end is taken from the longer value, two characters past the text it cites.
def test_policy_reform_span_cites_the_text_it_came_from() -> None:
    doc = document_of("Spring over hovedmenu\n\nEvaluering af reform af førtidspension og fleksjob i 2017")
    info = next(r for r in PARSERS["policy"](doc) if type(r).__name__ == "DocumentInfo")
    span = info.provenance["reform"]
    assert doc.text[span.start:span.end].lower().startswith("reform af førtidspension")
    check_records(doc, [info])
    assert span.end - span.start == len("reform af førtidspension og fleksjob")
