"""Shared fixtures for the hardening tests: the hostile set, the CLI in a subprocess."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .hostile import make_all

ROOT = Path(__file__).resolve().parents[2]
# Not `-m knowledge.cli`: run as __main__ it would be imported twice by its sub-command modules.
SPORBAR = [sys.executable, "-c", "from knowledge.cli import main; main()"]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "fuzz: hypothesis property tests (SPORBAR_FUZZ_EXAMPLES sets the count)")


def fuzz_examples() -> int:
    """300 examples per property by default; `make fuzz` sets 10,000."""
    return int(os.environ.get("SPORBAR_FUZZ_EXAMPLES", "300"))


@pytest.fixture(scope="session")
def hostile_dir(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_all(tmp_path_factory.mktemp("hostile"))


def without_root_read(cmd: list[str]) -> list[str]:
    """As root, permission bits are ignored; drop the capabilities that bypass them so a
    mode-000 file is unreadable, as it is for an ordinary user."""
    if os.geteuid() != 0:
        return cmd
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: cannot make a file unreadable")
    caps = "-dac_override,-dac_read_search"
    return [setpriv, "--bounding-set", caps, "--inh-caps", caps, "--", *cmd]


def run_sporbar(*args: str, drop_root: bool = False, timeout: float = 300,
                env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [*SPORBAR, *args]
    if drop_root:
        cmd = without_root_read(cmd)
    full_env = {**os.environ, "COLUMNS": "250", **(env or {})}
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout, env=full_env)
