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
- a letter closes with "(Med) venlig hilsen", a name and the sender's organisation.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..dates import FULL_MONTHS
from ..document import Document, Span
from ..records import DocType, DocumentInfo

STAR = "Styrelsen for Arbejdsmarked og Rekruttering"
BM = "Beskæftigelsesministeriet"
MONTHS = FULL_MONTHS

_SKIP = re.compile(r"^\s*Spring over \w+\s*$", re.M)
_DATE_LINE = re.compile(
    r"^[ \t]*(?:(?:Dato|Sidst opdateret|Senest opdateret|Publiceret|Udgivet|Offentliggjort)\s*:?\s*)?"
    r"(?P<date>\d{1,2}\.? ?(?:%s) \d{4}|\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{4}-\d{2}-\d{2})[ \t]*$" % "|".join(MONTHS),
    re.M | re.I)
_LABELLED_DATE = re.compile(r"(?:Dato|Sidst opdateret|Senest opdateret|Udgivet|Publiceret)\s*:\s*(?P<date>\d{1,2}[-./]\d{1,2}[-./]\d{4}"
                            r"|\d{1,2}\. (?:%s) \d{4})" % "|".join(MONTHS), re.I)
_GREETING = re.compile(r"^\s*(?:Med )?venlig(?:e)? hilsen\s*$", re.M | re.I)


@dataclass(frozen=True)
class Found:
    value: str
    start: int
    end: int | None = None  # where the cited text ends, when the value was reworded

    @property
    def stop(self) -> int:
        return self.end if self.end is not None else self.start + len(self.value)


def parse_date(text: str) -> dt.date | None:
    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text.strip())
    if iso:
        try:
            return dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        except ValueError:
            return None
    m = re.fullmatch(r"(\d{1,2})[-./](\d{1,2})[-./](\d{4})", text.strip())
    if m:
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        m = re.fullmatch(r"(\d{1,2})\.? ?(\w+) (\d{4})", text.strip())
        if not m or m.group(2).lower() not in MONTHS:
            return None
        day, month, year = int(m.group(1)), MONTHS[m.group(2).lower()], int(m.group(3))
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _lines(text: str) -> list[Found]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append(Found(line.strip(), pos + len(line) - len(line.lstrip())))
        pos += len(line) + 1
    return out


def document_date(doc: Document) -> Found | None:
    """The document's own date by the order of evidence in extract/document_facts.py
    (heading, Mødedato, letter date, Udgivet; never a date in a sentence or a running header)."""
    from ..document_facts import date_from_text

    found = date_from_text(doc.text, pages=[p.text for p in doc.pages])
    if found is None or found.start is None:
        return None
    printed = doc.text[found.start:found.end] if found.end else ""
    # The value as printed where it reads back as the same date; else the ISO form.
    value = printed if printed and (day := parse_date(printed)) and day.isoformat() == found.value else found.value
    return Found(value, found.start, found.end)


def title_of(doc: Document) -> Found | None:
    """The first line that reads as a heading: not a skip link, date, address or label."""
    lines = _lines(doc.text)
    letter_head = next((i for i, line in enumerate(lines[:25]) if re.match(r"J\.? ?[Nn]r\.", line.value)), None)
    for line in lines[(letter_head + 1) if letter_head is not None else 0:]:
        value = line.value
        if _SKIP.match(value) or _DATE_LINE.match(value) or len(value) < 8:
            continue
        if re.match(r"(?:Til |Dato|J\.|www\.|[TE]:? |CVR|\d{4} )", value):
            continue
        if len(value) > 160:  # a flattened page: the title runs into the first section
            head = re.split(r"\s+\d+\.\s", value)[0]
            return Found(re.sub(r"\s+", " ", head), line.start, line.start + len(head))
        return Found(value, line.start)
    return None


_ORG_LINE = re.compile(r"^(?:Styrelsen for [\w ]+|[A-ZÆØÅ][\wæøå-]*ministeriet|KL|Kommunernes Landsforening)$")


def _signature_org(doc: Document) -> Found | None:
    greeting = _GREETING.search(doc.text)
    if not greeting:
        return None
    for line in _lines(doc.text[greeting.end():greeting.end() + 300])[:4]:
        if _ORG_LINE.match(line.value):
            return Found(line.value, greeting.end() + line.start)
    return None


def _named(doc: Document, pattern: str) -> Found | None:
    m = re.search(pattern, doc.text)
    return Found(m.group(0), m.start()) if m else None


def issuer_of(doc: Document) -> Found | None:
    """Who publishes the document: a signature, the site's template, or a named agency."""
    text = doc.text
    skips = _SKIP.findall(text[:200])
    head = text[:400]
    dated_news = _DATE_LINE.match(text.lstrip("\n"))
    if dated_news and re.search(r"jobindsats|måling", head, re.I):
        return _named(doc, r"Styrelsen for Arbejdsmarked og Rekruttering") or Found(STAR, -1)
    if len(skips) >= 2:  # star.dk's page template
        return Found(STAR, -1)
    if dated_news and (re.search(r"(?:^|\n)KL (?:mener|har|er|vil|foreslår)\b", text)
                       or len(re.findall(r"\bKL\b", text)) >= 3 or "kl.dk" in text.lower()):
        return Found("KL", text.find("KL "))
    signed = _signature_org(doc)
    if signed:
        return signed
    if len(skips) == 1:  # bm.dk's page template
        return Found(BM, -1)
    return (_named(doc, r"Styrelsen for Arbejdsmarked og Rekruttering")
            or _named(doc, r"Beskæftigelsesministeriet"))


_REFORMS = (
    # "reformen af førtidspension og fleksjob", "reform af sygedagpengesystemet"
    re.compile(r"\b[Rr]eform(?:en)? af (?:[a-zæøå]+(?: [a-zæøå]+)? og [a-zæøå]+|[a-zæøå]{6,}(?:et|en|ne)\b)"),
    re.compile(r"\b[\wæøå]+(?:- og [\wæøå]+)?reformen\b"),
    re.compile(r"\b[Aa]ftale(?:n)? om (?:en )?[\wæøå ]{3,50}?indsats\b"),
)


def reform_of(doc: Document) -> Found | None:
    """The reform or agreement the document is about: the earliest one it names."""
    hits = [m for pattern in _REFORMS for m in [pattern.search(doc.text)] if m]
    if not hits:
        return None
    first = min(hits, key=lambda m: m.start())
    value = first.group(0)
    if value.lower().startswith("reform af"):
        value = "reformen" + value[len("reform"):]
    return Found(value, first.start(), first.end())


def period_of(doc: Document, title: Found | None) -> Found | None:
    """The years a spec or goal covers: "2017 - 2018" in the title, "3. kvartal 2020 -
    2. kvartal 2021", or "mål for 2018"; a date or "i efteråret 2017" is no period."""
    if title:
        m = re.search(r"\b(20\d\d|19\d\d)\s*[-–]\s*(?:\d\. \w+ )?(20\d\d|19\d\d)\b", title.value)
        if m:
            return Found(f"{m.group(1)}-{m.group(2)}", title.start + m.start(), title.start + m.end())
    m = re.search(r"\bmål (?:for )?(?:beskæftigelsesindsatsen )?((?:19|20)\d\d)\b", doc.text[:1500])
    return Found(m.group(1), m.start(1)) if m else None


_NAME = r"[A-ZÆØÅ][a-zæøåé]+(?: [A-ZÆØÅ][a-zæøåé]+){1,3}"
_ROLE_BEFORE = re.compile(rf"\b(?:[Bb]eskæftigelses|[A-ZÆØÅa-zæøå]*)minister (?P<name>{_NAME})")
_ROLE_AFTER = re.compile(rf"\b(?:til|fra|ved|af) (?P<name>{_NAME}), (?:special|chef|)konsulent|"
                         rf"\b(?:til|fra|ved|af) (?P<name2>{_NAME}), (?:fuldmægtig|kontorchef|direktør)")


def persons_of(doc: Document) -> list[Found]:
    """People named as signers ("Med venlig hilsen" + name), with a role before their
    name ("Beskæftigelsesminister Troels Lund Poulsens") or after it ("Pia Damgaard,
    specialkonsulent")."""
    found: list[Found] = []
    for m in _ROLE_BEFORE.finditer(doc.text):
        name = m.group("name")
        if name.endswith("s") and doc.text[m.end("name"):m.end("name") + 1] == " ":
            name = name[:-1]  # genitive: "Troels Lund Poulsens udmelding"
        found.append(Found(name, m.start("name")))
    for m in _ROLE_AFTER.finditer(doc.text):
        group = "name" if m.group("name") else "name2"
        found.append(Found(m.group(group), m.start(group)))
    greeting = _GREETING.search(doc.text)
    if greeting:
        for line in _lines(doc.text[greeting.end():greeting.end() + 200])[:1]:
            if re.fullmatch(_NAME, line.value):
                found.append(Found(line.value, greeting.end() + line.start))
    unique: dict[str, Found] = {}
    for f in found:
        unique.setdefault(f.value, f)
    return list(unique.values())


_ORGANISATIONS = re.compile(
    r"\b(?:Styrelsen for Arbejdsmarked og Rekruttering|[A-ZÆØÅ][\wæøå-]*(?:- og [A-ZÆØÅ][\wæøå]*)?ministeriet"
    r"|Folketingets [A-ZÆØÅ]?\w*udvalg|Folketinget|Rigsrevisionen|Sundhedsstyrelsen|Beskæftigelsesrådet"
    r"|Det Nationale Forsknings- og Analysecenter for Velfærd(?: \(VIVE\))?|VIVE|KL|Deloitte)\b")


def organisations_of(doc: Document) -> list[str]:
    return list(dict.fromkeys(m.group(0) for m in _ORGANISATIONS.finditer(doc.text)))


def doc_type_of(doc: Document, title: Found | None, dated_top: bool, definitions: int) -> DocType:
    heading = title.value if title else ""
    if re.search(r"lovovervågning|redegørelse|høringsnotat|evalueringsrapport", heading, re.I):
        return "report"
    if re.search(r"sigtelinje|indikator|nøgletal", heading, re.I) or (definitions >= 3 and not dated_top):
        return "indicator_spec"
    if _GREETING.search(doc.text) and re.search(r"(?:^|\n)\s*(?:Til |Kære )", doc.text):
        return "letter"
    if dated_top:
        return "news"
    return "other"


def _definition_count(doc: Document) -> int:
    from .indicators import parse as parse_indicators  # same extract layer; late to avoid a cycle
    return sum(1 for i in parse_indicators(doc) if i.definition)


def parse(doc: Document) -> list[DocumentInfo]:
    title = title_of(doc)
    date = document_date(doc)
    issuer, reform = issuer_of(doc), reform_of(doc)
    period = period_of(doc, title)
    persons = persons_of(doc)
    dated_top = bool(_DATE_LINE.match(doc.text.lstrip("\n")) or (
        date and not re.search(r"Sidst opdateret", doc.text[max(0, date.start - 30):date.start])
        and date.start < 300 and not _GREETING.search(doc.text)))
    provenance: dict[str, Span] = {}
    for name, found in (("title", title), ("date", date), ("issuer", issuer),
                        ("reform", reform), ("period", period)):
        if found and found.start >= 0:
            provenance[name] = doc.span(found.start, found.stop)
    for k, person in enumerate(persons):
        provenance[f"persons[{k}]"] = doc.span(person.start, person.start + len(person.value))
    return [DocumentInfo(
        document_id=doc.id, span=doc.span(0, len(doc.text)), provenance=provenance,
        doc_type=doc_type_of(doc, title, dated_top, _definition_count(doc)),
        title=title.value if title else None, issuer=issuer.value if issuer else None,
        date=parse_date(date.value) if date else None, reform=reform.value if reform else None,
        period=period.value if period else None, persons=tuple(p.value for p in persons),
        organisations=tuple(organisations_of(doc)))]


@dataclass(frozen=True)
class IndicatorContext:
    """What every indicator of a document inherits: its reform, period and issuer."""

    reform: str | None = None
    period: str | None = None
    issuer: str | None = None
    provenance: dict[str, Span] = field(default_factory=dict)


def indicator_context(doc: Document) -> IndicatorContext:
    reform, issuer = reform_of(doc), issuer_of(doc)
    period = period_of(doc, title_of(doc))
    provenance = {name: doc.span(f.start, f.start + len(f.value))
                  for name, f in (("reform", reform), ("period", period), ("issuer", issuer))
                  if f and f.start >= 0}
    return IndicatorContext(reform.value if reform else None, period.value if period else None,
                            issuer.value if issuer else None, provenance)
