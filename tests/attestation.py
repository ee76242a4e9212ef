"""The text a data table's attestation names, for the table tests that check each row where it is
attested (the `attested_by` columns of extract/data/*.tsv and nlp/data/*.csv, whose headers
define the forms):

- "sample:<test module>.<NAME>": a realistic Danish sample written into a test module as the
  constant NAME ("sample:test_person_roles.DIRECTOR_SAMPLE" is DIRECTOR_SAMPLE of
  tests/extract/test_person_roles.py);
- "sample:tests/<path>": a test file written with samples ("sample:tests/nlp/test_cues.py");
- anything else: a corpus document by its id, corpus/**/<id>.txt, or a corpus PDF's text layer
  when the document is a PDF only.

Each form must name exactly one text; the table test then asserts that the text holds the row.
A plain module, not a fixture: table rows are read at collection time.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
CORPUS = ROOT / "corpus"
SAMPLE = "sample:"


def _test_module(name: str) -> ModuleType:
    """The test module tests/**/<name>.py: the one pytest already imported, else loaded from its file."""
    paths = sorted(TESTS.rglob(f"{name}.py"))
    assert len(paths) == 1, f"sample:{name}.*: {len(paths)} test modules of that name"
    [path] = paths
    for module in list(sys.modules.values()):
        file = getattr(module, "__file__", None)
        if file and Path(file).resolve() == path:
            return module
    spec = importlib.util.spec_from_file_location(f"_attestation_{name}", path)
    assert spec and spec.loader, path
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def corpus_text(doc_id: str) -> str:
    """A corpus document by its id: its .txt, or the text layer of its PDF (no OCR)."""
    texts = sorted(CORPUS.rglob(f"{doc_id}.txt")) or sorted(CORPUS.rglob(f"{doc_id}.pdf"))
    assert len(texts) == 1, f"{doc_id}: {len(texts)} corpus documents of that id"
    [path] = texts
    if path.suffix == ".txt":
        return path.read_text(encoding="utf-8")
    from extract.load import load

    return load(path, ocr=False).text


def attesting_text(source: str) -> str:
    """The text an attestation names (see the module's doc); an error when it names none."""
    if not source.startswith(SAMPLE):
        return corpus_text(source)
    ref = source[len(SAMPLE):]
    if "/" in ref:
        path = ROOT / ref
        assert path.is_file() and path.resolve().is_relative_to(TESTS), f"{source}: no test file"
        return path.read_text(encoding="utf-8")
    module, name = ref.rsplit(".", 1)
    text = getattr(_test_module(module), name)
    assert isinstance(text, str), f"{source}: not a text sample"
    return text
