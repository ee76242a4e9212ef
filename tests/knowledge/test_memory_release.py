"""`MemoryRelease`: the ingest's gc.collect + malloc_trim runs when the resident set has
grown past a threshold or every N files, not after every file (bench/ingest_release.py)."""
from __future__ import annotations

from collections.abc import Sequence

from knowledge.pipeline import MemoryRelease, resident_mb


class FakeProcess:
    """A resident set that grows by what each file leaves behind and shrinks on a release."""

    def __init__(self, rss: float) -> None:
        self.rss = rss
        self.released_at: list[int] = []
        self.file = 0

    def read(self, grown: float) -> None:
        self.file += 1
        self.rss += grown

    def release(self) -> None:
        self.released_at.append(self.file)
        self.rss -= 20


def _run(growth: Sequence[float], *, grown_mb: float = 48, every: int = 50) -> list[int]:
    process = FakeProcess(300)
    policy = MemoryRelease(process.release, grown_mb=grown_mb, every=every, rss=lambda: process.rss)
    for grown in growth:
        process.read(grown)
        policy.after_file()
    assert policy.releases == len(process.released_at)
    return process.released_at


def test_small_files_release_every_n_files() -> None:
    assert _run([0.5] * 120, every=50) == [50, 100]


def test_a_file_that_leaves_much_behind_releases_at_once() -> None:
    # a 20 MB paragraph leaves 60 MB of pages and docs: released right after it, and the
    # count of small files starts again from there
    assert _run([1, 1, 60, 1, 1, 1], every=4) == [3]
    assert _run([1] * 3 + [60] + [1] * 6, every=4) == [4, 8]


def test_growth_adds_up_from_the_last_release() -> None:
    assert _run([10] * 10, grown_mb=48, every=50) == [5, 10]


def test_the_release_may_be_the_stores(monkeypatch) -> None:  # noqa: ANN001
    from knowledge import store

    calls: list[int] = []
    monkeypatch.setattr(store, "_release_memory", lambda: calls.append(1))
    policy = MemoryRelease(every=1)
    assert policy.after_file() is True and calls == [1]


def test_resident_set_is_read() -> None:
    assert 10 < resident_mb() < 100_000
