"""PDF text fidelity: % of the words of Sporbar's loaded text absent from each PDF's own
text layer (pypdfium2 `get_text_range()`, line-end hyphenation joined), per file and
over each folder; per file also the other way round ("lost": % of the layer's words the
loaded text lacks, running headers and page numbers included). Optionally the same
figure for pdfplumber `extract_text` as a yardstick.

Image-only PDFs (no text layer; they need OCR) are left out. OCR is off.

Usage: .venv/bin/python bench/pdf_fidelity.py [DIR_OR_PDF ...] [--pdfplumber] [--json]
       (default: corpus/pdf and corpus/pdf_more)
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.errors import SporbarError  # noqa: E402
from extract.load import load  # noqa: E402
from extract.pdf_fidelity import Fidelity, fidelity, layer_text, layer_words, lost_percent, total_percent  # noqa: E402


def pdfs(target: Path) -> list[Path]:
    if target.is_file():
        return [target]
    return sorted(p for p in target.rglob("*") if p.suffix.lower() == ".pdf")


def pdfplumber_text(path: Path) -> str:
    import pdfplumber

    parts = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            parts.append(page.extract_text() or "")
            page.close()
    return "\n".join(parts)


def run(targets: list[Path], plumber: bool) -> dict[str, dict]:
    report: dict[str, dict] = {}
    for target in targets:
        ours: list[Fidelity] = []
        theirs: list[Fidelity] = []
        lost: dict[str, float] = {}
        for path in pdfs(target):
            try:
                text = load(path, ocr=False, max_pages=10_000).text
            except SporbarError as exc:
                print(f"  skip {path.name}: {exc}", file=sys.stderr)
                continue
            pages = layer_text(path.read_bytes())
            layer = layer_words(pages)
            ours.append(fidelity(text, layer, file=path.name))
            lost[path.name] = lost_percent(text, pages)
            if plumber:
                theirs.append(fidelity(pdfplumber_text(path), layer, file=path.name))
        entry: dict = {"files": len(ours), "percent": round(total_percent(ours), 2),
                       "per_file": {r.file: {"words": r.words, "percent": round(r.percent, 2),
                                             "layer_words_lost_percent": round(lost[r.file], 2),
                                             "examples": list(r.examples)} for r in ours}}
        if plumber:
            entry["pdfplumber_percent"] = round(total_percent(theirs), 2)
            for r in theirs:
                entry["per_file"][r.file]["pdfplumber_percent"] = round(r.percent, 2)
        report[str(target)] = entry
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("targets", nargs="*", type=Path)
    parser.add_argument("--pdfplumber", action="store_true", help="also measure pdfplumber extract_text")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    targets = args.targets or [ROOT / "corpus" / "pdf", ROOT / "corpus" / "pdf_more"]
    report = run([t for t in targets if t.exists()], args.pdfplumber)
    if args.json:
        print(json.dumps(report, indent=1, ensure_ascii=False))
        return
    for target, entry in report.items():
        extra = f"  (pdfplumber {entry['pdfplumber_percent']:.2f} %)" if "pdfplumber_percent" in entry else ""
        print(f"{target}: {entry['files']} PDFs, {entry['percent']:.2f} % of words absent from the text layer{extra}")
        for name, row in sorted(entry["per_file"].items(), key=lambda kv: -kv[1]["percent"]):
            plumb = f"  plumber {row['pdfplumber_percent']:5.2f}" if "pdfplumber_percent" in row else ""
            print(f"  {row['percent']:6.2f} %{plumb}  lost {row['layer_words_lost_percent']:5.2f} %  "
                  f"{row['words']:6d} words  {name}  {' '.join(row['examples'][:6])}")


if __name__ == "__main__":
    main()
