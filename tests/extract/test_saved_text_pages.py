"""A text saved from `sporbar text` keeps its pages only as "--- side N ---" lines (every text
of corpus/municipal is such an excerpt). Loading it gives those pages with their printed
numbers, so a citation says "side 74" where the reader sees "--- side 74 ---", not "side 1"."""
from __future__ import annotations

from pathlib import Path

from extract.load import load
from knowledge.cli_text import as_plain, page_texts
from knowledge.pipeline import extract_path

ROOT = Path(__file__).resolve().parents[2]


def test_an_excerpt_cites_the_pages_its_page_lines_name() -> None:
    # f03: minutes' pages 6 and 7 of the Ballerup PDF (its meta.json names the source lines)
    result = extract_path(ROOT / "corpus" / "municipal" / "f03_ballerup_referat_sundhedsudvalg.txt")
    assert [p.number for p in result.document.pages] == [6, 7]
    kommune = next(r for r in result.records if type(r).__name__ == "KommuneRow")
    assert kommune.span.page == 7
    text = result.document.text
    assert "--- side 7 ---" in text[: kommune.span.start]


def test_a_saved_text_reloads_with_the_pdfs_page_numbers(tmp_path: Path) -> None:
    pdf = load(ROOT / "corpus" / "pdf" / "ballerup_referat_sundhedsudvalg_2012-12-04.pdf")
    saved = tmp_path / "saved.txt"
    saved.write_text(as_plain(pdf), encoding="utf-8")
    again = load(saved)
    assert len(pdf.pages) > 5
    assert [p.number for p in again.pages] == [n for n, _ in page_texts(pdf)]
    assert again.raw_text == saved.read_text(encoding="utf-8")  # the file, byte for byte


def test_text_above_the_first_page_line_is_the_page_before(tmp_path: Path) -> None:
    path = tmp_path / "excerpt.txt"
    path.write_text("slutningen af side 4.\n--- side 5 ---\nSide fem.\n--- side 6 ---\nSide seks.\n", encoding="utf-8")
    assert [(p.number, p.text.split("\n")[0]) for p in load(path).pages] == [
        (4, "slutningen af side 4."), (5, "--- side 5 ---"), (6, "--- side 6 ---")]


def test_other_texts_stay_one_page(tmp_path: Path) -> None:
    cases = {
        "plain.txt": "Et notat uden sidelinjer.\n",
        "jumps.txt": "--- side 2 ---\nA\n--- side 9 ---\nB\n",  # not the loader's own numbering
        "above_one.txt": "Forord\n--- side 1 ---\nA\n--- side 2 ---\nB\n",  # nothing comes before page 1
        "inline.txt": "Se linjen --- side 3 --- midt i en sætning.\n",
    }
    for name, text in cases.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        assert [p.number for p in load(path).pages] == [1], name
