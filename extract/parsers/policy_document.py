"""STAR, jobindsats.dk, ministry and KL documents: document-level facts.

Reads web pages (star.dk, bm.dk, jobindsats.dk, kl.dk) kept as text from their
beginning, STAR/ministry letters and reports. Layout cues relied on:
- the site's skip links: star.dk pages start "Spring over hovedmenu / Spring over
  venstremenu", bm.dk pages only "Spring over hovedmenu"; jobindsats.dk and kl.dk news
  start with their date on a line of its own; the issuer is inferred from these when
  the text does not name it (the gold convention: star.dk/jobindsats.dk -> STAR,
  bm.dk -> Beskæftigelsesministeriet);
- the document's own date stands alone on a line, or after "Dato:" or "Sidst
  opdateret:"; dates inside sentences are events, not the document's date;
- a letter closes with "(Med) venlig hilsen", a name and the sender's organisation;
- the genre shows in markers kept as data (extract/data/genre_markers.tsv: a report's label,
  a measure's documentation sections, a news item's dateline, timestamp, quotes and lede);
- people are listed with the role the text gives them (extract/person_roles.py `roled_persons`,
  officials' titles in extract/data/person_titles.tsv).

The parts are read by modules of their own: policy_title, policy_date, policy_issuer (with
party_voice and issuer_sites), policy_reform, policy_period, policy_organisations and
policy_genre, over the layout cues of policy_layout.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from danish.dates import date_of, despace

from ..document import Document, Span
from ..document_layout import letterhead_lines
from ..person_roles import RoledPerson, roled_persons
from ..role_citation import role_printed
from ..records import Basis, DocumentInfo
from .policy_date import document_date
from .policy_genre import doc_type_of
from .policy_issuer import issuer_of
from .policy_layout import DATE_LINE, GREETING, Found
from .policy_organisations import organisations_at, organisations_of
from .policy_parties import parties_of
from .policy_period import period_of
from .policy_reform import reform_of
from .policy_title import programme_title, title_of

# The parts' finders, importable from here as before the split.
__all__ = ["IndicatorContext", "Found", "doc_type_of", "document_date", "indicator_context", "issuer_of",
           "organisations_of", "parse", "period_of", "persons_of", "reform_of", "title_of"]


def persons_of(doc: Document) -> list[RoledPerson]:
    """People named with their role: a title before the name, an apposition after it, or
    a signature (extract/person_roles.py `roled_persons`)."""
    return roled_persons(doc.text)


def _definition_count(doc: Document, title: Found | None) -> tuple[int, bool]:
    """How many measures the document defines, and whether its title is one of them."""
    from .indicators import parse as parse_indicators  # same extract layer; late to avoid a cycle
    defined = [i for i in parse_indicators(doc) if i.definition]
    return len(defined), title is not None and any(i.title == title.value for i in defined)


def parse(doc: Document) -> list[DocumentInfo]:
    title = title_of(doc)
    date = document_date(doc)
    issuer, reform = issuer_of(doc, title), reform_of(doc)
    period = period_of(doc, title)
    title = programme_title(doc, title, issuer)  # (after the issuer: "Principprogram for SF" names its party)
    persons = persons_of(doc)
    # A letter head's date ("Dato: 20. november 2012" among "Kontakt:", "Sagsnr.:" lines) dates a
    # memo, not a news item: news pages print no case numbers or direct lines.
    dated_top = bool(DATE_LINE.match(doc.text.lstrip("\n")) or (
        # an update stamp ("Sidst opdateret", "Revideret", "Ajourført") dates a page or a manual, no news item
        # an adoption line or a meeting's decision dates a policy or minutes, no news item
        # (a meeting's date dates its minutes: "byrådet i sit / møde den 27. august 2025", s06)
        date and date.evidence not in ("vedtaget", "mødebeslutning", "mødedato")
        and not re.search(r"(?i:opdateret|revideret|ajourført)\W*$", doc.text[max(0, date.start - 30):date.start])
        and date.start < 300 and not GREETING.search(doc.text))) and letterhead_lines(doc.text) < 3
    provenance: dict[str, Span] = {}
    inferred: dict[str, Basis] = {}
    for name, found in (("title", title), ("date", date), ("issuer", issuer),
                        ("reform", reform), ("period", period)):
        if found and found.start >= 0:
            provenance[name] = doc.span(found.start, found.stop)
        if found and found.basis:
            inferred[name] = found.basis
    for k, person in enumerate(persons):
        provenance[f"persons[{k}]"] = doc.span(person.start, person.start + len(person.name))
    # each person's role (the last one given, as person_roles keeps it) where printed, the convention's words of
    # it with their basis
    for person in {p.name: p for p in persons if p.role}.values():
        role_at = role_printed(doc.text, person.start, person.name, person.role or "")
        if role_at and role_at[0]:
            provenance[f"person_roles[{person.name}]"] = doc.span(*role_at[0])
        if role_at and role_at[1]:
            inferred[f"person_roles[{person.name}]"] = Basis(kind="role_wording", source=", ".join(role_at[1]))
    organisations = organisations_at(doc, issuer)
    for k, (_, start, end) in enumerate(organisations):
        provenance[f"organisations[{k}]"] = doc.span(start, end)
    parties = parties_of(doc, issuer)
    for k, (_, start, end) in enumerate(parties):
        if start >= 0:
            provenance[f"parties[{k}]"] = doc.span(start, end)
    return [DocumentInfo(
        document_id=doc.id, span=doc.span(0, len(doc.text)), provenance=provenance, inferred=inferred,
        doc_type=doc_type_of(doc, title, dated_top, *_definition_count(doc, title)),
        title=title.value if title else None, issuer=issuer.value if issuer else None,
        date=date_of(despace(date.value)) if date else None, reform=reform.value if reform else None,
        period=period.value if period else None, persons=tuple(p.name for p in persons),
        person_roles={p.name: p.role for p in persons if p.role},
        organisations=tuple(name for name, _, _ in organisations), parties=tuple(name for name, _, _ in parties))]


@dataclass(frozen=True)
class IndicatorContext:
    """What every indicator of a document inherits: its reform, period and issuer."""

    reform: str | None = None
    period: str | None = None
    issuer: str | None = None
    provenance: dict[str, Span] = field(default_factory=dict)
    inferred: dict[str, Basis] = field(default_factory=dict)


def indicator_context(doc: Document) -> IndicatorContext:
    title = title_of(doc)
    reform, issuer = reform_of(doc), issuer_of(doc, title)
    period = period_of(doc, title)
    provenance = {name: doc.span(f.start, f.stop)
                  for name, f in (("reform", reform), ("period", period), ("issuer", issuer))
                  if f and f.start >= 0}
    inferred = {name: f.basis for name, f in (("reform", reform), ("period", period), ("issuer", issuer))
                if f and f.basis}
    return IndicatorContext(reform.value if reform else None, period.value if period else None,
                            issuer.value if issuer else None, provenance, inferred)
