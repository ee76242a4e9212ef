"""PDF loading speed: Sporbar's `load` (pdfium text + letterhead split + repairs) against
bare pdfplumber `extract_text` and bare pypdfium2 `get_text_range` on the same corpus
PDFs, in the same process.

Reports pages per CPU-second for each and the ratios (targets: >= 3x pdfplumber; >= 0.3 of
bare pypdfium2, which does no layout, tables or repairs at all). CPU seconds
(`time.process_time`) rather than wall time because the machine is shared; each method
runs `--runs` times and the median is kept. Image-only PDFs are left out of both sides
(neither reads text from them; OCR is measured separately).

Usage: .venv/bin/python bench/pdf_load.py [--runs 3] [--json]
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.errors import SporbarError  # noqa: E402
from extract.load import load  # noqa: E402


def corpus_pdfs() -> list[Path]:
    return sorted((ROOT / "corpus" / "pdf").rglob("*.pdf"))


def sporbar_load(path: Path) -> int:
    return len(load(path, ocr=False, max_pages=10_000).pages)


def pdfplumber_text(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        count = 0
        for page in pdf.pages:
            page.extract_text()
            page.close()  # same courtesy as ours: no page cache growth
            count += 1
    return count


def pypdfium2_text(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    try:
        count = 0
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
            count += 1
    finally:
        pdf.close()
    return count


def readable(paths: list[Path]) -> list[Path]:
    """PDFs with a text layer (the image-only scans raise NeedsOcr without OCR)."""
    keep = []
    for path in paths:
        try:
            sporbar_load(path)
            keep.append(path)
        except SporbarError:
            pass
    return keep


def measure(method: Callable[[Path], int], paths: list[Path], runs: int) -> tuple[int, float]:
    """(pages, median CPU seconds) over `runs` passes through every file."""
    times, pages = [], 0
    for _ in range(runs):
        start = time.process_time()
        pages = sum(method(p) for p in paths)
        times.append(time.process_time() - start)
    return pages, statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    paths = readable(corpus_pdfs())
    import pdfplumber  # noqa: F401  - import cost out of the timed region

    ours_pages, ours_s = measure(sporbar_load, paths, args.runs)
    plumb_pages, plumb_s = measure(pdfplumber_text, paths, args.runs)
    bare_pages, bare_s = measure(pypdfium2_text, paths, args.runs)
    result = {
        "files": len(paths),
        "pages": ours_pages,
        "sporbar_load_pages_per_cpu_s": round(ours_pages / ours_s, 1),
        "pdfplumber_extract_text_pages_per_cpu_s": round(plumb_pages / plumb_s, 1),
        "pypdfium2_get_text_range_pages_per_cpu_s": round(bare_pages / bare_s, 1),
        "ratio": round((ours_pages / ours_s) / (plumb_pages / plumb_s), 2),
        "target_ratio": 3.0,
        "ratio_to_pypdfium2": round((ours_pages / ours_s) / (bare_pages / bare_s), 2),
        "target_ratio_to_pypdfium2": 0.3,
    }
    if args.json:
        print(json.dumps(result, indent=1))
        return
    print(f"{result['files']} PDFs, {result['pages']} pages, median of {args.runs} runs (CPU seconds)")
    print(f"  sporbar load        {result['sporbar_load_pages_per_cpu_s']:8.1f} pages/CPU-s")
    print(f"  pdfplumber text     {result['pdfplumber_extract_text_pages_per_cpu_s']:8.1f} pages/CPU-s")
    print(f"  pypdfium2 text      {result['pypdfium2_get_text_range_pages_per_cpu_s']:8.1f} pages/CPU-s")
    print(f"  ratio to pdfplumber {result['ratio']:8.2f}x  (target >= 3x)")
    print(f"  ratio to pypdfium2  {result['ratio_to_pypdfium2']:8.2f}   (aim >= 0.3)")


if __name__ == "__main__":
    main()
