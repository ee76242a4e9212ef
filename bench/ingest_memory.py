"""Peak memory (RSS) and time of `sporbar ingest`/`extract`: the corpus, a generated hostile
set (file by file and as one batch), and a batch of real PDFs.

A bench: it asserts nothing, it prints the figures against the bar. Each run is a fresh
subprocess that reports its own peak RSS (VmHWM at exit), so one
run's peak never hides another's. Budget (issue 20): under 400 MB for any
single file and any batch, and every hostile file done (read or refused) in under 10 s.
OCR is off by default (`--ocr` turns it on): tesseract runs as its own process and its
memory is not Sporbar's.

The real-PDF batch is corpus/pdf plus, when present, shared/corpus/pdf_more (bench only;
tests never read /work/shared), read twice over so memory growth with the batch shows.

Usage: .venv/bin/python bench/ingest_memory.py [--ocr] [--json] [--skip-hostile] [--skip-pdfs]
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PDF_MORE = Path("/work/shared/corpus/pdf_more")
BUDGET_MB = 400
BUDGET_S = 10
RUNS = ("pdf_single_ingest", "corpus_ingest", "hostile_batch", "hostile_worst", "pdf_extract_half",
        "pdf_extract_batch", "pdf_ingest_batch")
# The CLI, reporting its peak RSS on stderr when it exits (also through SystemExit). VmHWM
# belongs to the process's own memory map, which exec starts afresh (ru_maxrss would
# carry over the peak of the process it was forked from).
CLI = ("import atexit, re, sys; atexit.register(lambda: sys.stderr.write('PEAK_KB %s\\n' % "
       "re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1))); "
       "from knowledge.cli import main; main()")


def run(args: list[str]) -> dict[str, object]:
    """Peak RSS MB, wall seconds, exit code and the last report line of one CLI run."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", CLI, *args], cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - start
    peak = next((int(line.split()[1]) for line in done.stderr.splitlines() if line.startswith("PEAK_KB ")), 0)
    lines = [line for line in done.stderr.splitlines() if line and not line.startswith("PEAK_KB ")]
    return {"peak_mb": round(peak / 1024, 1), "wall_s": round(wall, 1), "exit": done.returncode,
            "last": lines[-1][:160] if lines else ""}


def hostile_set(folder: Path) -> list[Path]:
    """Round one and round two of tests/hardening's hostile files."""
    sys.path.insert(0, str(ROOT))
    from tests.hardening.hostile2 import memory_batch

    return memory_batch(folder)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ocr", action="store_true", help="OCR scanned pages too")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--skip-hostile", action="store_true")
    parser.add_argument("--skip-pdfs", action="store_true")
    args = parser.parse_args()
    ocr = [] if args.ocr else ["--no-ocr"]
    result: dict[str, object] = {"budget_mb": BUDGET_MB, "budget_s": BUDGET_S, "ocr": args.ocr}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        largest = max((ROOT / "corpus" / "pdf").glob("*.pdf"), key=lambda p: p.stat().st_size)
        result["pdf_single_ingest"] = run(["ingest", str(largest), "--db", str(folder / "one.db"), *ocr])
        result["corpus_ingest"] = run(["ingest", str(ROOT / "corpus"), "--db", str(folder / "corpus.db"), *ocr])
        if not args.skip_hostile:
            files = hostile_set(folder / "hostile")
            single = {f.name: run(["ingest", str(f), "--db", str(folder / f"{f.name}.db"), *ocr]) for f in files}
            result["hostile_files"] = single
            result["hostile_batch"] = run(["ingest", *map(str, files), "--db", str(folder / "hostile.db"), *ocr])
            result["hostile_worst"] = {"peak_mb": max(r["peak_mb"] for r in single.values()),  # type: ignore[type-var]
                                       "wall_s": max(r["wall_s"] for r in single.values())}  # type: ignore[type-var]
        if not args.skip_pdfs:
            pdfs = sorted((ROOT / "corpus" / "pdf").glob("*.pdf"))
            pdfs += sorted(PDF_MORE.glob("*.pdf")) if PDF_MORE.is_dir() else []
            batch = folder / "pdfs"
            batch.mkdir()
            for round_ in (1, 2):  # twice over: the second half must not cost more memory
                for pdf in pdfs:
                    shutil.copy(pdf, batch / f"r{round_}_{pdf.name}")
            result["pdf_files"] = 2 * len(pdfs)
            result["pdf_extract_batch"] = run(["extract", str(batch), "--out", str(folder / "out"), *ocr])
            result["pdf_ingest_batch"] = run(["ingest", str(batch), "--db", str(folder / "pdfs.db"), *ocr])
            half = sorted(batch.iterdir())[:len(pdfs)]
            result["pdf_extract_half"] = run(["extract", *map(str, half), "--out", str(folder / "out1"), *ocr])
    over = [name for name, r in (result.get("hostile_files") or {}).items()  # type: ignore[union-attr]
            if r["peak_mb"] > BUDGET_MB or r["wall_s"] > BUDGET_S]
    over += [key for key in RUNS if key in result and result[key]["peak_mb"] > BUDGET_MB]  # type: ignore[index]
    result["over_budget"] = over
    if args.json:
        print(json.dumps(result, indent=1, ensure_ascii=False))
        return
    print(f"budget: peak RSS under {BUDGET_MB} MB for any file and any batch; each hostile file under {BUDGET_S} s")
    for key in RUNS:
        if key in result:
            r = result[key]
            mark = "OVER" if r["peak_mb"] > BUDGET_MB else "ok"  # type: ignore[index, operator]
            print(f"{key:20s} peak {r['peak_mb']:7.1f} MB {mark:4s} {r['wall_s']:6.1f} s  {r.get('last', '')}")  # type: ignore[index]
    for name, r in (result.get("hostile_files") or {}).items():  # type: ignore[union-attr]
        print(f"  {name:28s} peak {r['peak_mb']:7.1f} MB  {r['wall_s']:5.1f} s  exit {r['exit']}  {r['last'][:90]}")
    print(f"over budget ({BUDGET_MB} MB / {BUDGET_S} s): {over or 'none'}")


if __name__ == "__main__":
    main()
