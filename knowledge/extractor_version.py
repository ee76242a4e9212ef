"""Which extractor made a stored document's records.

A store keeps the records its documents were read into. When Sporbar's readers improve (a
new letter layout, a lexicon entry, a repaired PDF reading), a store built before would go on
serving the old records for every file whose bytes did not change, and a user would never see
the fix. So each stored document carries the stamp of the extractor that read it, and `ingest`
reads a file again when its stamp is not the running one (knowledge/store.py).

The stamp is a digest of what decides the records: the source and data files of the packages
that read documents (extract, nlp, danish) and the versions of the libraries they read with.
It is computed from the installed files, so an edited rule table counts as a new extractor
without anyone having to remember to bump a number.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import metadata
from pathlib import Path

#: the packages whose code and data turn a file into records
READER_PACKAGES = ("extract", "nlp", "danish")
#: what in them decides records: code and the rule tables it reads
READER_SUFFIXES = (".py", ".csv", ".tsv", ".yaml", ".yml", ".json", ".txt")
#: libraries whose version changes what is read from a file (text layer, tokens, lemmas)
READER_LIBRARIES = ("pdfplumber", "pypdfium2", "spacy", "spacy-lookups-data", "lemmy", "pydantic")


def _package_dir(name: str) -> Path:
    module = __import__(name)
    return Path(module.__file__ or "").parent


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A short digest naming this extractor: equal for two processes exactly when they read
    files with the same code, rule tables and library versions."""
    digest = hashlib.sha256()
    for package in READER_PACKAGES:
        root = _package_dir(package)
        for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in READER_SUFFIXES
                           and "__pycache__" not in p.parts):
            digest.update(f"{package}/{path.relative_to(root).as_posix()}\0".encode())
            digest.update(path.read_bytes())
            digest.update(b"\0")
    for library in READER_LIBRARIES:
        try:
            version = metadata.version(library)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{library}={version}\0".encode())
    return digest.hexdigest()[:16]
