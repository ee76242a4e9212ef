"""A citation's page is the page of the text as the loader read it: the store keeps each page's bounds, and a store
without them finds them again by normalising the raw pages as the loader did (knowledge/app_document.page_bounds)."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.load import load
from extract.normalise import page_spans
from knowledge.app_document import page_bounds
from knowledge.store import Store

# A text file that shows no lost line breaks, with capitals inside its words kept (Liberal Alliance's programme as
# a saved text: its glued-word repairs are not a converter's text version's), a letter that does show them, a
# PDF, and a PDF whose layer keeps a capital inside a word ("TrekantBrand").
FILES = ["municipal/s12_08_la_ivaerksaetter_turisme.txt", "ft_qa/amu-2008-09-spm53-svar.txt",
         "pdf/ballerup_referat_sundhedsudvalg_2012-12-04.pdf", "pdf/trekantbrand_nyhedsbrev_1_2017.pdf"]


def _loaded_spans(path: Path) -> list[tuple[int, int, int]]:
    doc = load(path)
    return page_spans(doc.segments, [len(p.text) for p in doc.pages], [p.number for p in doc.pages], len(doc.text))


@pytest.mark.parametrize("name", FILES)
def test_raw_pages_normalised_again_give_the_loaded_texts_bounds(corpus: Path, name: str) -> None:
    doc = load(corpus / name)
    pages = [{"number": p.number, "text": p.text} for p in doc.pages]
    assert page_bounds(pages, doc.media) == _loaded_spans(corpus / name)


def test_the_bounds_by_media_alone_were_off_for_a_text_showing_no_lost_line_breaks(corpus: Path) -> None:
    # what page_bounds did before session 17: every text file normalised with all glue repairs
    from extract.normalise import GlueEvidence, normalise
    doc = load(corpus / FILES[0])
    raw = "".join(p.text for p in doc.pages)
    text, _, _ = normalise(raw, glue_evidence=GlueEvidence.LOST_LINE_BREAKS)
    assert text != doc.text  # so bounds from it point beside the loaded text's words


def test_the_store_keeps_each_pages_bounds_as_loaded(corpus: Path, tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        assert store.ingest([corpus / name for name in FILES]).ok
        for name in FILES:
            doc = load(corpus / name)
            stored = store.document(doc.id)
            assert stored is not None
            assert [(p["number"], p["start"], p["end"]) for p in stored["pages"]] == _loaded_spans(corpus / name)
            assert page_bounds(stored["pages"], stored["media"]) == _loaded_spans(corpus / name)
