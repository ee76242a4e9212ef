"""`once`: a value built lazily on first use, once per process, safe under threads.

The spaCy pipeline and the lemma table take seconds and much memory to build; the app's
script threads and the ingest must share one of each, and a request arriving while the
first build runs must wait for it rather than build a second. A build that raises is not
kept: the next call tries again.
"""
from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Once(Generic[T]):
    """The callable `once` returns: call it for the value; `built` says whether it exists."""

    __name__: str  # the builder's, set by functools.update_wrapper

    def __init__(self, build: Callable[[], T]) -> None:
        self._build = build
        self._lock = threading.Lock()
        self._value: tuple[T] | None = None  # a 1-tuple, so a built None counts as built
        functools.update_wrapper(self, build)

    @property
    def built(self) -> bool:
        return self._value is not None

    def __call__(self) -> T:
        value = self._value
        if value is None:  # double-checked: the lock is taken only until the value exists
            with self._lock:
                value = self._value
                if value is None:
                    value = self._value = (self._build(),)
        return value[0]


def once(build: Callable[[], T]) -> Once[T]:
    """Decorate a no-argument builder: the first call builds, every later call (from any
    thread) returns the same value."""
    return Once(build)
