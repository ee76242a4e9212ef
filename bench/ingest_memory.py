"""Peak memory (RSS) of `sporbar ingest` over the whole corpus, beside the bare import cost.

Each run is a fresh subprocess; its peak RSS is read from `getrusage(RUSAGE_CHILDREN)`
after it ends (Linux reports the largest child so far, so the import-only baseline runs
first). OCR is off by default (`--ocr` turns it on) because tesseract runs as its own
process and its memory is not Sporbar's.

Usage: .venv/bin/python bench/ingest_memory.py [--ocr] [--json]
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLI = "from knowledge.cli import main; main()"


def peak_of(cmd: list[str]) -> tuple[float, float, str]:
    """(peak RSS MB of the child, wall seconds, stderr tail)."""
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return peak_mb, wall, "\n".join(done.stderr.strip().splitlines()[-2:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ocr", action="store_true", help="OCR scanned pages too")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    files = [p for p in (ROOT / "corpus").rglob("*") if p.suffix.lower() in (".pdf", ".txt", ".html", ".md")]
    baseline, _, _ = peak_of([sys.executable, "-c", "import knowledge.cli, knowledge.store, knowledge.search"])
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "corpus.db"
        cmd = [sys.executable, "-c", CLI, "ingest", str(ROOT / "corpus"), "--db", str(db)]
        peak, wall, summary = peak_of(cmd + ([] if args.ocr else ["--no-ocr"]))
        size_mb = sum(p.stat().st_size for p in Path(folder).iterdir()) / 1024 / 1024
    result = {"files": len(files), "corpus_mb": round(sum(p.stat().st_size for p in files) / 2**20, 1),
              "import_peak_rss_mb": round(baseline, 1), "ingest_peak_rss_mb": round(peak, 1),
              "ingest_wall_s": round(wall, 1), "store_mb": round(size_mb, 1), "ocr": args.ocr,
              "summary": summary}
    if args.json:
        print(json.dumps(result, indent=1, ensure_ascii=False))
        return
    print(f"corpus: {result['files']} files, {result['corpus_mb']} MB; OCR {'on' if args.ocr else 'off'}")
    print(f"  peak RSS, imports only   {result['import_peak_rss_mb']:7.1f} MB")
    print(f"  peak RSS, ingest         {result['ingest_peak_rss_mb']:7.1f} MB  ({result['ingest_wall_s']} s wall)")
    print(f"  store on disk            {result['store_mb']:7.1f} MB")
    print(f"  {summary}")


if __name__ == "__main__":
    main()
