"""Shared test paths. Tests read only the repo's own corpus/ and tests/fixtures/."""
from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
FIXTURES = ROOT / "tests" / "fixtures"
GOLD = FIXTURES / "gold"


# `make test` runs the suite on two pytest-xdist workers, a test file at a time (`-n 2 --dist loadfile`), so a
# module's fixtures (test_cli's extraction of the whole corpus, test_round_two's batches) are built once. The
# files that share a costly session fixture go to one worker together, so that fixture too is built once: the
# app's store with the Streamlit server and chromium over it (every file of tests/app and tests/browser), the
# store ingested from corpus/ and the OCR read of seed 000's scan (tests/knowledge/conftest.py). (xdist's own
# `--dist loadgroup` marks cannot do it under pytest 9: it renames a test through an attribute pytest 9 dropped.)
_SHARED_DIRS = {"tests/app": "app_db", "tests/browser": "app_db"}
_SHARED_FIXTURES = ("corpus_db", "seed000_scan")


@cache
def _shared_group(test_file: str) -> str:
    """The group a test file runs in: its shared fixture's name, or the file itself."""
    folder = test_file.rpartition("/")[0]
    if folder in _SHARED_DIRS:
        return _SHARED_DIRS[folder]
    try:
        source = (ROOT / test_file).read_text(encoding="utf-8")
    except OSError:
        return test_file
    return next((name for name in _SHARED_FIXTURES if name in source), test_file)


@pytest.hookimpl(optionalhook=True)  # a pytest-xdist hook: a run without xdist never calls it
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    if config.getvalue("dist") != "loadfile":
        return None  # xdist's own scheduler
    from xdist.scheduler import LoadScopeScheduling

    class SharedFixtureScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return _shared_group(nodeid.split("::", 1)[0])

    return SharedFixtureScheduling(config, log)


@pytest.fixture(scope="session")
def corpus() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def gold() -> Path:
    return GOLD


def load_scorer() -> ModuleType:
    """The project's copy of shared/tools/score.py, as a module."""
    spec = importlib.util.spec_from_file_location("ft_score", FIXTURES / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def score_dev_set(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., dict[str, Any]]:
    """Extract every text of corpus/<name> as `sporbar extract --json` writes it and score it
    against tests/fixtures/gold/<name>: {"overall": micro F1, "fields": F1 per field}.
    Every text must have its gold file and every gold file its text."""
    from tests.dev_records import dev_extraction

    def score_set(name: str, *, expected: int) -> dict[str, Any]:
        out = tmp_path_factory.mktemp(f"{name}_pred")
        texts = sorted((CORPUS / name).glob("*.txt"))
        assert len(texts) == expected
        for path in texts:
            flat = dev_extraction(path).flat.model_dump(mode="json")
            (out / f"{path.stem}.json").write_text(json.dumps(flat, ensure_ascii=False), encoding="utf-8")
        score = load_scorer()
        tally = score.Tally()
        golds = sorted((GOLD / name).glob("*.gold.json"))
        assert [g.name[: -len(".gold.json")] for g in golds] == [t.stem for t in texts]
        for gold_path in golds:
            stem = gold_path.name[: -len(".gold.json")]
            score.score_doc(tally, score.load(gold_path), score.load(out / f"{stem}.json"), "doc")
        fields = {f: score.f1(*c) for f, c in tally.counts.items()}
        totals = [sum(c[i] for c in tally.counts.values()) for i in range(3)]
        return {"overall": score.f1(*totals), "fields": fields}

    return score_set
