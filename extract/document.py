"""The `Document`: pages of raw text plus one normalised text that maps back to them.

Every record Sporbar produces cites a `Span` of `Document.text`; `Document.locate`
turns any offset of that text into (page number, offset in the page's raw text), so a
quote can always be checked against what the source file actually says.
"""
from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field
from typing import Literal

# The page line of the project's own text output ("--- side N ---"), defined with the sentence reader that
# must see it; re-exported for the extract readers.
from danish.sentences import TEXT_PAGE_MARK as TEXT_PAGE_MARK

Media = Literal["pdf", "html", "text", "docx", "odt"]
RegionKind = Literal["letterhead", "table", "header"]


@dataclass(frozen=True, slots=True)
class Page:
    """One page as the loader read it, before any repair."""

    number: int
    text: str


@dataclass(frozen=True, slots=True)
class Span:
    """Provenance of a value: document id, page and [start, end) in `Document.text`."""

    document_id: str
    page: int
    start: int
    end: int

    def to_dict(self) -> dict[str, object]:
        return {"document": self.document_id, "page": self.page, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Region:
    """A stretch of the normalised text with a layout role (letterhead column, table ...)."""

    kind: RegionKind
    start: int
    end: int
    page: int


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of normalised text and where it came from in the raw page concatenation.

    `exact` pieces are copied character for character; the others are repairs (mojibake
    fixed, a space inserted) whose characters all point at the start of the raw run.
    """

    norm_start: int
    raw_start: int
    raw_end: int
    length: int
    exact: bool


@dataclass(frozen=True)
class Document:
    id: str
    source: str
    media: Media
    pages: tuple[Page, ...]
    text: str
    segments: tuple[Segment, ...]
    regions: tuple[Region, ...] = ()
    tables: tuple[tuple[tuple[str, ...], ...], ...] = ()
    ftdk_document_id: str | None = None
    warnings: tuple[str, ...] = ()
    # An HTML page's title (extract/page_title.py): its body's heading element, else its own
    # <title> without the site's name, which is not in `text` and so has no span.
    page_title: str | None = None
    # The name an HTML page declares for its site (<meta property="og:site_name">, <meta name="application-name">):
    # its publisher, where the text names none (extract/parsers/policy_issuer.py _declared_site).
    site_name: str | None = None
    _norm_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)
    _page_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_norm_starts", tuple(s.norm_start for s in self.segments))
        starts, pos = [], 0
        for page in self.pages:
            starts.append(pos)
            pos += len(page.text)  # raw coordinates: the pages' texts back to back
        object.__setattr__(self, "_page_starts", tuple(starts))

    @classmethod
    def from_text(cls, text: str, id: str = "x", source: str = "x.txt") -> Document:
        """A one-page text document whose text is its raw text, character for character.

        For text that needs no loading or repair: a pasted passage, a test's or a bench's sample. A file goes
        through `extract.load`, which normalises and keeps the map back to the raw bytes.
        """
        return cls(id, source, "text", (Page(1, text),), text, (Segment(0, 0, len(text), len(text), True),))

    @property
    def raw_text(self) -> str:
        return "".join(p.text for p in self.pages)

    def raw_offset(self, index: int) -> tuple[int, bool]:
        """Raw offset of normalised character `index`, and whether it was copied exactly."""
        if not self.segments:
            return 0, False
        i = max(0, bisect.bisect_right(self._norm_starts, index) - 1)
        seg = self.segments[i]
        if seg.exact:
            return seg.raw_start + min(index - seg.norm_start, max(seg.length - 1, 0)), True
        return seg.raw_start, False

    def locate(self, index: int) -> tuple[int, int]:
        """(page number, offset in that page's raw text) of normalised character `index`."""
        raw, _ = self.raw_offset(index)
        p = max(0, bisect.bisect_right(self._page_starts, raw) - 1)
        return self.pages[p].number, raw - self._page_starts[p]

    def span(self, start: int, end: int) -> Span:
        page, _ = self.locate(start) if self.pages else (1, 0)
        return Span(self.id, page, start, end)

    def page_text(self, number: int) -> str:
        """The normalised text of one page (for display)."""
        bounds = self.page_bounds()
        lo, hi = bounds.get(number, (0, 0))
        return self.text[lo:hi]

    def page_bounds(self) -> dict[int, tuple[int, int]]:
        """Normalised [start, end) of every page, found from the segment map."""
        bounds: dict[int, list[int]] = {}
        for seg in self.segments:
            p = max(0, bisect.bisect_right(self._page_starts, seg.raw_start) - 1)
            number = self.pages[p].number
            lo_hi = bounds.setdefault(number, [seg.norm_start, seg.norm_start + seg.length])
            lo_hi[0] = min(lo_hi[0], seg.norm_start)
            lo_hi[1] = max(lo_hi[1], seg.norm_start + seg.length)
        return {k: (v[0], v[1]) for k, v in bounds.items()}

    def in_region(self, index: int, kind: RegionKind) -> bool:
        return any(r.kind == kind and r.start <= index < r.end for r in self.regions)


def content_id(data: bytes) -> str:
    """Stable document id: the first 16 hex digits of the SHA-256 of the file's bytes."""
    return hashlib.sha256(data).hexdigest()[:16]
