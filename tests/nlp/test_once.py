"""`nlp.once`: a lazily built value is built exactly once, also when many threads ask at once."""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from nlp.once import once


def test_built_once_under_threads() -> None:
    calls: list[int] = []
    release = threading.Event()
    threads = 16
    arrived = threading.Barrier(threads + 1)

    @once
    def table() -> dict[str, str]:
        """A slow build: every thread arrives while the first one is still building."""
        calls.append(1)
        release.wait(timeout=10)
        return {"ministeren": "minister"}

    def ask() -> dict[str, str]:
        arrived.wait(timeout=10)
        return table()

    with ThreadPoolExecutor(max_workers=threads) as pool:
        futures = [pool.submit(ask) for _ in range(threads)]
        arrived.wait(timeout=10)
        release.set()
        values = [f.result(timeout=10) for f in futures]
    assert len(calls) == 1
    assert all(v is values[0] for v in values) and table() is values[0]
    assert table.built and table.__name__ == "table" and "slow build" in (table.__doc__ or "")


def test_a_failed_build_is_tried_again() -> None:
    attempts: list[int] = []

    @once
    def flaky() -> str:
        attempts.append(1)
        if len(attempts) == 1:
            raise OSError("lemma table not readable")
        return "ok"

    with pytest.raises(OSError):
        flaky()
    assert not flaky.built
    assert flaky() == "ok" and flaky() == "ok" and len(attempts) == 2


def test_none_is_a_built_value() -> None:
    calls: list[int] = []

    @once
    def optional() -> None:
        calls.append(1)

    assert optional() is None and optional() is None and len(calls) == 1


def test_the_pipeline_is_built_once() -> None:
    from nlp.pipeline import get_pipeline

    with ThreadPoolExecutor(max_workers=4) as pool:
        pipelines = list(pool.map(lambda _: get_pipeline(), range(8)))
    assert all(p is pipelines[0] for p in pipelines) and get_pipeline.built
