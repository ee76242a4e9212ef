"""Citations: where a search hit, timeline event, indicator or kommune mention comes from,
as fields and as one Danish line ready to paste.

A citation names the work (title, issuer, date, udvalg, spm., samling: the work's facts,
merged from all its copies, see knowledge/works.py), the page, the exact quote, the ft.dk
address where known and the file the quote was read from. A samling or date that is not
printed in the document says so ("afledt af datoen", "fra kildens adresse"). A quote is only
given with where it stands: a passage not found in the document is not quoted, and a value the
document does not print is cited by its basis ("udledt af kildens adresse: ft.dk") instead.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extract.records import Basis

from .app_document import format_date

if TYPE_CHECKING:
    from .store import Store

_MARK = re.compile(r"\*\*")
QUOTE_MAX = 600  # a citation quotes a passage, not a whole letter


def reference(facts: dict[str, Any]) -> str:
    """"BEU alm. del spm. 558", "BEU L 94 spm. 23", "spm. S 1107", "KEB alm. del samrådsspm. V"."""
    number = facts.get("question_number")
    if number is None:
        return ""
    case = facts.get("case") or {}
    kind, case_number = case.get("kind"), case.get("number")
    where = "alm. del" if kind == "alm. del" else (f"{kind} {case_number}" if kind in ("L", "B") and case_number else "")
    # A samrådsspørgsmål is numbered by letters ("V", "BL": the ft_qa README's convention for
    # question_number), and printed "Samrådsspørgsmål V": "spm. V" would name no question.
    asked = f"samrådsspm. {number}" if str(number).isalpha() else f"spm. {number}"
    return " ".join(p for p in (_udvalg_abbrev(facts), where, asked) if p)


def _udvalg_abbrev(facts: dict[str, Any]) -> str:
    """The abbreviation printed, else the one the printed udvalg name had on the letter's date
    (danish.reference, as search reads it): "spm. 215" alone names no question."""
    if facts.get("udvalg_abbrev"):
        return str(facts["udvalg_abbrev"])
    from .search_index import udvalg_abbrev

    try:
        on = dt.date.fromisoformat(str(facts.get("date"))[:10]) if facts.get("date") else None
    except ValueError:
        on = None
    return udvalg_abbrev(facts.get("udvalg"), on) or ""


def citation(facts: dict[str, Any] | None, *, document_id: str, source: str, page: int | None,
             quote: str | None, start: int | None = None, end: int | None = None,
             basis: str | None = None) -> dict[str, Any]:
    """A citation of a passage (`quote` at `start`-`end`), or of a value the document does not
    print, by its `basis` (what it was inferred by, already in the reader's language)."""
    facts = facts or {}
    quote = " ".join((quote or "").split())
    if len(quote) > QUOTE_MAX:
        quote = quote[:QUOTE_MAX].rsplit(" ", 1)[0] + " …"
    out = {
        "title": facts.get("title"), "issuer": facts.get("issuer"), "issuer_basis": facts.get("issuer_basis"),
        "date": facts.get("date"),
        "date_evidence": facts.get("date_evidence"), "udvalg": facts.get("udvalg"),
        "udvalg_abbrev": facts.get("udvalg_abbrev"), "question_number": facts.get("question_number"),
        "reference": reference(facts) or None, "samling": facts.get("samling"),
        "samling_derived": bool(facts.get("samling_derived")), "page": page, "quote": quote or None,
        "url": facts.get("ftdk_url") or facts.get("source_url"), "file": Path(source).name if source else None,
        "document_id": document_id, "work_id": facts.get("work_id"), "start": start, "end": end,
        "basis": basis or None,
    }
    out["text"] = citation_line(out)
    return out


@dataclass(frozen=True)
class Wording:
    """The words of a citation line: the app's Danish, or the CLI's English."""
    date: Callable[[Any], str]
    date_from_url: str
    derived: str
    page: str
    file: str
    basis: Callable[[Basis], str]  # what an inferred value rests on


DANISH = Wording(format_date, "dato fra kildens adresse", "afledt", "s.", "fil", lambda b: b.danish)
ENGLISH = Wording(str, "date from the source's address", "derived", "p.", "file", lambda b: b.text)


def citation_line(c: dict[str, Any], words: Wording = DANISH) -> str:
    """One citation line: issuer, »title«, date, udvalg, spm., samling, page: »quote«. URL (fil: ...).
    Titles, names and references stay as printed; only the line's own words follow `words`."""
    issuer = c.get("issuer") or ""
    if issuer and c.get("issuer_basis"):  # an issuer the document does not print says what it rests on
        issuer += f" ({words.basis(Basis.model_validate(c['issuer_basis']))})"
    parts = [issuer, f"»{c['title']}«" if c.get("title") else ""]
    if c.get("date"):
        parts.append(words.date(c["date"]) + (f" ({words.date_from_url})" if c.get("date_evidence") == "url" else ""))
    if c.get("udvalg") and not (c.get("title") or "").startswith(str(c["udvalg"])):
        parts.append(str(c["udvalg"]))
    if c.get("reference"):
        parts.append(str(c["reference"]))
    if c.get("samling"):
        parts.append(f"samling {c['samling']}" + (f" ({words.derived})" if c.get("samling_derived") else ""))
    if c.get("page"):
        parts.append(f"{words.page} {c['page']}")
    line = ", ".join(p for p in parts if p)
    if c.get("quote"):
        line += f": »{c['quote']}«"
    elif c.get("basis"):
        line += f" ({c['basis']})"
    line += "."
    if c.get("url"):
        line += f" {c['url']}"
    if c.get("file"):
        line += f" ({words.file}: {c['file']})"
    return line


class Citer:
    """Citations for one store: its works' facts and files, loaded once."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.facts = _Facts(store)
        self.sources = _Sources(store)
        self._bounds: dict[str, tuple[str, list[int], list[int]]] = {}

    def cite(self, document_id: str, *, page: int | None, quote: str | None, start: int | None = None,
             end: int | None = None, basis: str | None = None) -> dict[str, Any]:
        if quote and quote.strip() and (start is None or end is None):
            # a quote handed over without its place is given only where the document prints it
            found_page, start, end = self.locate(document_id, quote)
            if start is None:
                quote = None
            else:
                page = page or found_page
        return citation(self.facts.get(document_id), document_id=document_id, source=self.sources.get(document_id, ""),
                        page=page, quote=quote, start=start, end=end, basis=basis)

    def _text(self, document_id: str) -> tuple[str, list[int], list[int]]:
        """The stored text and its page starts (for turning an offset into a page)."""
        if document_id not in self._bounds:
            from .app_document import page_bounds

            doc = self.store.document(document_id) or {"text": "", "pages": []}
            bounds = page_bounds(doc["pages"], doc.get("media", "text")) if doc["pages"] else [(1, 0, len(doc["text"]))]
            if not bounds or bounds[-1][2] != len(doc["text"]):
                bounds = [(1, 0, len(doc["text"]))]
            self._bounds[document_id] = (doc["text"], [b[1] for b in bounds], [b[0] for b in bounds])
        return self._bounds[document_id]

    def locate(self, document_id: str, passage: str) -> tuple[int | None, int | None, int | None]:
        """(page, start, end) of a passage in the stored text, or Nones when it is not there verbatim."""
        text, starts, numbers = self._text(document_id)
        words = passage.split()
        if not words:
            return None, None, None
        pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
        m = pattern.search(text)
        if not m:
            return None, None, None
        return numbers[max(0, bisect.bisect_right(starts, m.start()) - 1)], m.start(), m.end()

    def page_of(self, document_id: str, offset: int) -> int | None:
        _, starts, numbers = self._text(document_id)
        return numbers[max(0, bisect.bisect_right(starts, offset) - 1)] if starts else None

    def line_at(self, document_id: str, start: int, end: int) -> str:
        """The line a mention stands on: the quote for a kommune named in a list or table."""
        text, _, _ = self._text(document_id)
        lo = text.rfind("\n", 0, start) + 1
        hi = text.find("\n", end)
        return text[lo:hi if hi >= 0 else len(text)].strip()

    def cite_hit(self, hit: dict[str, Any]) -> dict[str, Any]:
        """A search hit with its work's facts, files and a citation of its snippet."""
        doc_id = str(hit.get("document_id"))
        facts = self.facts.get(doc_id) or {}
        pieces = [p.strip() for p in _MARK.sub("", str(hit.get("snippet") or "")).split("…") if p.strip()]
        passage = " … ".join(pieces)
        page, start, end = self.locate(doc_id, max(pieces, key=len)) if pieces else (None, None, None)
        cited = self.cite(doc_id, page=page, quote=passage, start=start, end=end)
        return {**hit, "title": facts.get("title") or hit.get("title"), "date": facts.get("date") or hit.get("date"),
                "samling": facts.get("samling") or hit.get("samling"), "work": work_summary(facts),
                "citation": cited}


class _Facts:
    """document id -> its work's facts, read when first asked (a search cites ten documents,
    not the whole store)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.cache: dict[str, dict[str, Any] | None] = {}

    def get(self, document_id: str, default: Any = None) -> Any:
        if document_id not in self.cache:
            work = self.store.work_of(document_id) if hasattr(self.store, "work_of") else None
            self.cache[document_id] = (work["facts"] | {"work_id": work["id"], "primary_document":
                                                        work["primary_document"]}) if work else None
        return self.cache[document_id] if self.cache[document_id] is not None else default


class _Sources:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.cache: dict[str, str] = {}

    def get(self, document_id: str, default: str = "") -> str:
        if document_id not in self.cache:
            row = self.store.db.execute("SELECT source FROM documents WHERE id = ?", (document_id,)).fetchone()
            self.cache[document_id] = row[0] if row else default
        return self.cache[document_id]


def work_summary(facts: dict[str, Any]) -> dict[str, Any]:
    return {"id": facts.get("work_id"), "primary_document": facts.get("primary_document"),
            "files": [f["name"] for f in facts.get("files") or []],
            "file_paths": [f["source"] for f in facts.get("files") or []],
            "document_ids": [f["document_id"] for f in facts.get("files") or []]}
