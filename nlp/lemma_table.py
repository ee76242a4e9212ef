"""spacy-lookups-data's Danish lemma table (553k word forms), held compactly and shared by
the NLP pipeline (lemmas) and the search analyser (compound parts).

As Python dicts and sets the table cost about 100 MB per copy, and there were two copies
(issue 20: peak RSS under 400 MB). Here each form is an 8-byte BLAKE2b hash in a sorted
`array('Q')`, found by bisect, with a 4-byte index into the tuple of distinct lemmas: about
7 MB for the forms. Two forms sharing a hash, or an unknown word hitting a form's hash, has
a chance of about 1 in 10^13 per look-up; the build refuses a table with a collision.

Reading the gzipped JSON takes seconds and ~150 MB, so the compact form is kept in the
user cache dir (keyed by the package version) and read in a fraction of that.
"""
from __future__ import annotations

import bisect
import hashlib
import importlib.metadata
import marshal
import os
from array import array
from pathlib import Path

from .once import once

FORMAT = 1  # bump when the cache layout changes


def _key(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")


class LemmaTable:
    """Word form -> lemma, read-only, with dict-like `get` and `in`."""

    def __init__(self, keys: array, lemma_ids: array, lemmas: tuple[str, ...]) -> None:
        self._keys = keys  # sorted form hashes
        self._ids = lemma_ids  # parallel to _keys: index into lemmas
        self.lemmas = lemmas  # distinct lemmas (the table's values)

    def __len__(self) -> int:
        return len(self._keys)

    def _index(self, word: str) -> int:
        key = _key(word)
        i = bisect.bisect_left(self._keys, key)
        return i if i < len(self._keys) and self._keys[i] == key else -1

    def get(self, word: str) -> str | None:
        i = self._index(word)
        return None if i < 0 else self.lemmas[self._ids[i]]

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._index(word) >= 0

    @classmethod
    def from_mapping(cls, table: dict[str, str]) -> LemmaTable:
        lemmas = tuple(sorted(set(table.values())))
        lemma_id = {lemma: i for i, lemma in enumerate(lemmas)}
        pairs = sorted((_key(form), lemma_id[lemma]) for form, lemma in table.items())
        keys = array("Q", (k for k, _ in pairs))
        if any(a == b for a, b in zip(keys, keys[1:])):
            raise ValueError("two word forms of the lemma table share a hash")
        return cls(keys, array("I", (i for _, i in pairs)), lemmas)

    def dumps(self) -> bytes:
        return marshal.dumps((FORMAT, self._keys.tobytes(), self._ids.tobytes(), self.lemmas))

    @classmethod
    def loads(cls, data: bytes) -> LemmaTable:
        try:
            version, keys, ids, lemmas = marshal.loads(data)
        except (EOFError, TypeError, ValueError) as exc:
            raise ValueError(f"unreadable cache ({exc})") from exc
        if version != FORMAT:
            raise ValueError("old cache format")
        key_array, id_array = array("Q"), array("I")
        key_array.frombytes(keys)
        id_array.frombytes(ids)
        if len(key_array) != len(id_array):
            raise ValueError("truncated cache")
        return cls(key_array, id_array, tuple(lemmas))


def _cache_path() -> Path:
    import platformdirs

    version = importlib.metadata.version("spacy-lookups-data")
    return Path(platformdirs.user_cache_dir("sporbar")) / f"da_lemma_lookup-{version}.v{FORMAT}.bin"


def _source() -> dict[str, str]:
    import gzip
    import json

    from spacy_lookups_data import da  # type: ignore[import-untyped]

    with gzip.open(Path(str(da["lemma_lookup"]) + ".gz"), "rt", encoding="utf-8") as fh:
        return {k: v for k, v in json.load(fh).items() if isinstance(k, str) and isinstance(v, str)}


def _load() -> LemmaTable:
    path = _cache_path()
    try:
        return LemmaTable.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        pass
    table = LemmaTable.from_mapping(_source())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(table.dumps())
        tmp.replace(path)
    except OSError:
        pass  # a read-only home only costs speed
    return table


@once
def lemma_table() -> LemmaTable:
    """The process-wide table, loaded once (thread-safe)."""
    return _load()
