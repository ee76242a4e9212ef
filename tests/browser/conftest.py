"""Browser fixtures: a Streamlit server on a free port over a temp store ingested from
corpus/ (plus a hostile document; see tests/app/conftest.py), and Playwright on Debian's
chromium.

Never `playwright install` (it downloads, and fails offline); the tests skip when
/usr/bin/chromium is missing. Failing tests leave a screenshot in build/test-artifacts.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.app.conftest import HOSTILE_NAME, app_db  # noqa: F401 - one shared store per session

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app_streamlit.py"
# Debian's chromium, never a downloaded one; SPORBAR_CHROMIUM points elsewhere (or nowhere).
CHROMIUM = Path(os.environ.get("SPORBAR_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = ROOT / "build" / "test-artifacts" / "browser"
SCREENSHOTS = ROOT / "docs" / "screenshots"
CHROME_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
               "--disable-extensions", "--disable-background-networking"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def test_db(app_db: Path) -> tuple[Path, str]:
    """(store path, id of the hostile document); the store is the AppTest tests' one."""
    from knowledge.store import Store

    with Store(app_db) as store:
        hostile_id = next(d["id"] for d in store.documents() if d["source"].endswith(HOSTILE_NAME))
    return app_db, hostile_id


@pytest.fixture(scope="session")
def app_url(test_db: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = free_port()
    log_path = tmp_path_factory.mktemp("server") / "streamlit.log"
    env = {**os.environ, "SPORBAR_DB": str(test_db[0]), "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    with open(log_path, "w") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(APP), "--server.headless", "true",
             "--server.port", str(port), "--server.address", "127.0.0.1",
             "--server.fileWatcherType", "none", "--server.runOnSave", "false"],
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True, cwd=ROOT, env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, proc, log_path)
        yield url
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


def _wait_healthy(url: str, proc: subprocess.Popen, log_path: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited early:\n{log_path.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.read() == b"ok":
                    return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"streamlit did not become healthy in 60 s:\n{log_path.read_text()}")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict, tmp_path_factory: pytest.TempPathFactory) -> dict:
    home = tmp_path_factory.mktemp("chromium-home")
    # Keep chromium's crash reports and dconf cache out of $HOME.
    env = {**os.environ, "XDG_CONFIG_HOME": str(home / "config"), "XDG_CACHE_HOME": str(home / "cache")}
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM), "args": CHROME_ARGS, "env": env}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict) -> dict:
    return {**browser_context_args, "viewport": {"width": 1400, "height": 1000}, "accept_downloads": True,
            "locale": "da-DK"}


@pytest.fixture(autouse=True)
def _patient_expect() -> None:
    """CI machines are shared: give Streamlit's reruns time before an assertion fails."""
    from playwright.sync_api import expect

    expect.set_options(timeout=30_000)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()
    if report.when == "call" and report.failed and "page" in getattr(item, "funcargs", {}):
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        try:
            item.funcargs["page"].screenshot(path=str(ARTIFACTS / f"{item.name}.png"), full_page=True)
        except Exception:  # noqa: BLE001 - a broken page must not hide the real failure
            pass
