"""First render of the app on the bundled corpus, beside a trivial Streamlit app.

Starts each app with `streamlit run` on a free port, opens it in Debian's chromium
(Playwright, never `playwright install`) and times from navigation until the page's
first content is painted and the script run is finished. Reports both times, their
ratio, and the Sporbar server's RSS after visiting every page.

Usage: python bench/app_first_render.py [--db PATH]   (default: ingest corpus/ afresh, no OCR)
"""
from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("SPORBAR_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
TRIVIAL = 'import streamlit as st\nst.title("Søg")\nst.text_input("Søg i spørgsmål, svar og dokumenter")\n'


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(script: Path, env: dict[str, str]) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(script), "--server.headless", "true",
                             "--server.port", str(port), "--server.address", "127.0.0.1",
                             "--server.fileWatcherType", "none"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=1).read() == b"ok":
                return proc, url
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{script} did not start")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def first_render(page, url: str) -> tuple[float, float]:  # noqa: ANN001 - playwright Page
    """(seconds to the heading and search box, seconds until the run is finished)."""
    start = time.perf_counter()
    page.goto(url)
    page.get_by_role("heading", name="Søg").first.wait_for(timeout=60_000)
    page.get_by_label("Søg i spørgsmål, svar og dokumenter").wait_for(timeout=60_000)
    painted = time.perf_counter() - start
    page.wait_for_function("document.querySelectorAll('[data-testid=\"stStatusWidget\"]').length == 0",
                           timeout=60_000)
    return painted, time.perf_counter() - start


def build_db(folder: Path) -> Path:
    db = folder / "corpus.db"
    subprocess.run([sys.executable, "-m", "knowledge.cli", "ingest", str(ROOT / "corpus"), "--db", str(db),
                    "--no-ocr"], cwd=ROOT, check=False, capture_output=True)
    return db


def main() -> None:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = args.db or build_db(folder)
        trivial = folder / "trivial_app.py"
        trivial.write_text(TRIVIAL, encoding="utf-8")
        env = {**os.environ, "SPORBAR_DB": str(db), "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
        results: dict[str, list[tuple[float, float]]] = {}
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            for name, script in (("trivial", trivial), ("sporbar", ROOT / "app_streamlit.py")):
                proc, url = serve(script, env)
                try:
                    results[name] = []
                    for _ in range(args.runs):  # each run a fresh browser context = a new session
                        context = browser.new_context()
                        results[name].append(first_render(context.new_page(), url))
                        context.close()
                    if name == "sporbar":
                        page = browser.new_context().new_page()
                        for side in ("Søg", "Spor", "Indikatorer", "Kommuner", "Dokument"):
                            page.goto(f"{url}/?side={side}")
                            page.wait_for_timeout(1500)
                        print(f"sporbar server RSS after every page: {rss_mb(proc.pid):.0f} MB")
                finally:
                    os.killpg(proc.pid, signal.SIGTERM)
                    proc.wait(10)
            browser.close()
    for name, runs in results.items():
        painted = sorted(r[0] for r in runs)[len(runs) // 2]
        done = sorted(r[1] for r in runs)[len(runs) // 2]
        print(f"{name:8} first content {painted:5.2f} s   run finished {done:5.2f} s   (median of {len(runs)})")
    ratio = sorted(r[0] for r in results["sporbar"])[args.runs // 2] / sorted(
        r[0] for r in results["trivial"])[args.runs // 2]
    print(f"ratio sporbar/trivial (first content): {ratio:.2f}")


if __name__ == "__main__":
    main()
