"""File in, records out: load -> classify -> parse -> NLP annotations. No storage here."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from extract.document import Document
from extract.flat import FlatRecord, project
from extract.kinds import classify
from extract.load import DEFAULT_MAX_MB, DEFAULT_MAX_PAGES, SUFFIXES, load
from extract.records import AnyRecord
from extract.registry import parse
from nlp.lineage import lineage_events


@dataclass(frozen=True)
class Limits:
    max_mb: float = DEFAULT_MAX_MB
    max_pages: int = DEFAULT_MAX_PAGES
    ocr: bool = True


@dataclass(frozen=True)
class Extraction:
    document: Document
    kind: str
    records: tuple[AnyRecord, ...]

    @property
    def flat(self) -> FlatRecord:
        return project(self.records, source=self.document.source, document_id=self.document.id)


def extract_document(doc: Document) -> Extraction:
    kind = classify(doc)
    records = parse(doc, kind=kind)
    records.extend(lineage_events(doc, records))
    return Extraction(doc, kind, tuple(records))


def extract_path(path: str | Path, *, limits: Limits = Limits()) -> Extraction:
    """Load and extract one file; raises `SporbarError` subclasses for bad input."""
    doc = load(path, max_mb=limits.max_mb, max_pages=limits.max_pages, ocr=limits.ocr)
    extraction = extract_document(doc)
    extraction = _issuer_from_site(path, extraction)
    # A file fetched from Folketinget's open data carries ODA's facts in a sidecar.
    from .oda_metadata import oda_record

    facts = oda_record(Path(path), doc.id, extraction.records)
    if facts is None:
        return extraction
    return Extraction(extraction.document, extraction.kind, (*extraction.records, facts))


def _issuer_from_site(path: str | Path, extraction: Extraction) -> Extraction:
    """A document whose text names no issuer gets the one its own address tells (the site
    convention of corpus/star/README.md; extract/parsers/issuer_sites.py issuer_of_site)."""
    from extract.parsers.issuer_sites import site_issuer_found
    from extract.records import AnyRecord, DocumentInfo

    from .works import source_url

    if not any(isinstance(r, DocumentInfo) and r.issuer is None for r in extraction.records):
        return extraction
    doc = extraction.document
    found = site_issuer_found(source_url(str(path)), doc.text)
    if found is None:
        return extraction

    def with_issuer(r: AnyRecord) -> AnyRecord:
        if not isinstance(r, DocumentInfo) or r.issuer is not None:
            return r
        # the name the domain spells, where the text prints it; else the address is the basis
        cited = {"provenance": {**r.provenance, "issuer": doc.span(found.start, found.stop)}} if found.start >= 0 else {}
        basis = {"inferred": {**r.inferred, "issuer": found.basis}} if found.basis else {}
        return r.model_copy(update={"issuer": found.value, **cited, **basis})

    return Extraction(doc, extraction.kind, tuple(with_issuer(r) for r in extraction.records))


def folder_entries(folder: Path) -> Iterator[Path]:
    """Everything under `folder` that is not a folder, in a stable order, except what is
    hidden: hidden files and folders (.oda/ of a fetch, .git/) are bookkeeping, not documents.
    `iter_files` and the CLI's unsupported-file report walk folders through here."""
    for child in sorted(folder.rglob("*")):
        if not any(part.startswith(".") for part in child.relative_to(folder).parts) and not child.is_dir():
            yield child


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named directly (whatever their type, so bad ones get reported) and the
    supported files found under folders, in a stable order. Under folders, anything with
    a supported name that is not a folder is yielded, so `load` reports (and the summary
    counts) FIFOs, devices, dangling links and link loops instead of passing them over."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from (child for child in folder_entries(path) if child.suffix.lower() in SUFFIXES)
        else:
            yield path


def resident_mb() -> float:
    """This process's resident set (VmRSS) in MB; 0.0 where /proc is not there."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class MemoryRelease:
    """When an ingest hands memory back between files. The release (gc.collect() and
    malloc_trim, knowledge/store.py) is a full collection of a heap that holds the spaCy
    pipeline and the lemma table: about 170 ms, more than twice the time of reading an
    average corpus file (bench/ingest_release.py). So it runs only when it pays: when the
    resident set has grown by `grown_mb` since the last release (a large or hostile file
    left its pages and docs behind; a batch's peak must stay its fixed cost plus its largest
    file, issue 20), or after `every` files (cycles of many small files add up slowly)."""

    def __init__(self, release: Callable[[], None] | None = None, *, grown_mb: float = 48.0, every: int = 50,
                 rss: Callable[[], float] = resident_mb) -> None:
        self.release = release if release is not None else _store_release
        self.grown_mb = grown_mb
        self.every = every
        self.rss = rss
        self.since = 0
        self.baseline = rss()
        self.releases = 0

    def after_file(self) -> bool:
        """Call after each file; True when it released memory."""
        self.since += 1
        if self.since < self.every and self.rss() - self.baseline < self.grown_mb:
            return False
        self.release()
        self.releases += 1
        self.since = 0
        self.baseline = self.rss()
        return True


def _store_release() -> None:
    from . import store

    store._release_memory()
