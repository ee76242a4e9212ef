"""Limits: memory stays flat as PDFs grow (pages are closed as we go); limits are options."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, run_sporbar

LINE = "Beskæftigelsesministeren svarer på spørgsmål om førtidspension og fleksjob i kommunerne."

# Loads one PDF in a fresh interpreter and prints its page count and peak RSS in MB.
PROBE = """
import json, resource, sys
from extract.load import load
doc = load(sys.argv[1], max_pages=100000, ocr=False)
print(json.dumps({"pages": len(doc.pages), "chars": len(doc.text),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _text_pdf(path: Path, pages: int) -> Path:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path))
    for number in range(pages):
        for i in range(45):
            pdf.drawString(50, 800 - 17 * i, f"{number}.{i} {LINE}")
        pdf.showPage()
    pdf.save()
    return path


def _peak(path: Path) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", PROBE, str(path)], cwd=ROOT, capture_output=True,
                         text=True, timeout=300, check=True).stdout
    return json.loads(out)  # type: ignore[no-any-return]


@pytest.mark.slow
def test_peak_memory_does_not_grow_with_page_count(tmp_path: Path) -> None:
    small = _peak(_text_pdf(tmp_path / "p30.pdf", 30))
    large = _peak(_text_pdf(tmp_path / "p300.pdf", 300))
    assert (small["pages"], large["pages"]) == (30, 300)
    assert large["chars"] > 9 * small["chars"]
    # Ten times the pages: the text grows by ~1 MB; kept pdfium/pdfplumber pages would add
    # tens of MB (shared/notes/pdf.md: 172 MB vs 48 MB over 51 pages).
    assert large["peak_mb"] - small["peak_mb"] < 25, (small, large)


def test_limits_are_options_of_extract_and_ingest(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text((LINE + "\n") * 30000, encoding="utf-8")  # ~2.7 MB
    result = run_sporbar("extract", str(big), "--max-mb", "1", "--json")
    assert result.returncode == 9  # TooLarge's own code: every file given failed for that reason
    assert f"skipped {big}: 2.7 MB, over the limit of 1 MB; split the file or raise the limit" in result.stderr
    pdf = _text_pdf(tmp_path / "p12.pdf", 12)
    result = run_sporbar("ingest", str(pdf), "--db", str(tmp_path / "s.db"), "--max-pages", "10")
    assert result.returncode == 1
    assert "12 pages, over the limit of 10" in result.stderr
