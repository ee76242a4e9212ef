"""Other ft.dk material: orientation letters and bilag, and ft.dk's stub pages.

- A stub page is an index entry, not a letter: one title line ("MPU alm. del - svar på
  spm. 261, fra miljøministeren") and a paraphrase of the subject. It names committee,
  case, number and minister, but quotes neither question nor answer.
- An orientation letter or bilag carries ft.dk's stamp ("BEU Alm.del Bilag 328"), a
  letterhead, a subject line, "Kære <name>", a body and a greeting with the signer.
"""
from __future__ import annotations

import re

from ..document import Document
from ..folketing import page_labels
from ..letter_layouts import cue
from ..letters import GREETING_RE, TITLE_RE, Fields, find_ministry, letter_date, lines, signature_after, title_text
from ..people import NAME
from ..person_roles import roled_persons
from ..records import DocumentInfo, Question
from .ftdk_bases import with_key_bases
from .policy_organisations import organisations_at
from .policy_reform import reform_of

_SALUTATION_RE = re.compile(rf"(?m)^[ \t]*Kære\s+(?P<name>{NAME})")
# The index title line of a stub page (layout table: ftdk_stub).
_STUB_RE = cue("stub_title")


# "MPU alm. del - svar på spm. 261, fra miljøministeren" / "L 65 - spørgsmål 79, til ..."
_STUB_REF_RE = re.compile(
    r"\A\s*(?:(?P<abbrev>[A-ZÆØÅ]{2,5})\s+(?P<almdel>alm\.\s?del)|(?P<kind>[LBF])\s?(?P<bill>\d+))"
    r"[^\n]{0,30}?\s-\s(?:svar på\s+)?(?:spørgsmål|spm\.)\s*(?:nr\.\s*)?(?P<number>\d+)"
    # any minister title: "fra udlændinge-, integrations- og boligministeren", "til ministeren for ligestilling"
    rf"(?:[^\n]*?,\s*(?:fra|til)\s+(?P<minister>{TITLE_RE.pattern}))?", re.IGNORECASE)


def is_stub(doc: Document) -> bool:
    """An ft.dk index page for a question or answer, with no letter text of its own. A page under the same title
    line that prints the question's label lines ("Samling:", "Spørgsmålsstiller:"; probes23/qa 09) holds the
    question and the answer: no stub."""
    return bool(_STUB_RE.match(doc.text)) and len(doc.text) < 1500 and not page_labels(doc.text)


def stub_reference(doc: Document) -> Question | None:
    """The question a stub page points at: committee, case, number and minister, as printed."""
    match = _STUB_REF_RE.match(doc.text) if is_stub(doc) else None
    if match is None:
        return None
    provenance = {name: doc.span(match.start(name), match.end(name))
                  for name in ("abbrev", "number", "minister") if match.group(name)}
    kind = "alm. del" if match["almdel"] else (match["kind"] or "").upper() or None
    renamed = {"abbrev": "udvalg_abbrev", "minister": "addressee", "number": "question_number"}
    printed_kind = "almdel" if match["almdel"] else "kind" if match["kind"] else None
    if printed_kind:  # the case kind as the page prints it ("alm. del.", "L")
        provenance["case_kind"] = doc.span(match.start(printed_kind), match.end(printed_kind))
    return with_key_bases(Question(
        document_id=doc.id, span=doc.span(match.start(), match.end()),
        provenance={renamed.get(k, k): v for k, v in provenance.items()},
        ftdk_document_id=doc.ftdk_document_id, udvalg_abbrev=match["abbrev"],
        question_number=int(match["number"]), case_kind=kind,  # type: ignore[arg-type]  # L/B/F as printed
        case_number=match["bill"], addressee=title_text(match["minister"] or "") or None))


def parse(doc: Document) -> list[DocumentInfo | Question]:
    reference = stub_reference(doc)
    return [_info(doc), *([reference] if reference else [])]


def _info(doc: Document) -> DocumentInfo:
    text = doc.text
    f = Fields(doc)
    salutation = _SALUTATION_RE.search(text)
    greeting = GREETING_RE.search(text)
    is_letter = bool(salutation or greeting) and not is_stub(doc)
    _title(f, salutation.start() if salutation else len(text), stub=not is_letter)
    date = letter_date(text, 0, min(len(text), 1500))
    if date and date.value:
        f.put("date", date.value, date.start, date.end)
    f.put_hit("issuer", find_ministry(text, [(0, len(text))], []))
    reform = reform_of(doc)
    if reform:
        f.put("reform", reform.value, reform.start, reform.stop)
    persons = [salutation.group("name")] if salutation else []
    if greeting:
        signer, _, others = signature_after(text, greeting.end(), len(text))
        persons += [h.value for h in ([signer] if signer else []) + others]
    if persons:
        f.put("persons", tuple(dict.fromkeys(persons)), salutation.start("name") if salutation else 0,
              salutation.end("name") if salutation else 0)
        # the roles the letter gives them (its signature, a title before a name): person_roles.py
        f.values["person_roles"] = {p.name: p.role for p in roled_persons(text) if p.role and p.name in persons}
    organisations = organisations_at(doc)
    f.values["organisations"] = tuple(name for name, _, _ in organisations)
    for k, (_, start, end) in enumerate(organisations):
        f.provenance[f"organisations[{k}]"] = doc.span(start, end)
    return DocumentInfo(document_id=doc.id, span=doc.span(0, len(text)), provenance=f.provenance,
                        doc_type="letter" if is_letter else "other",
                        **{k: v for k, v in f.values.items() if k in DocumentInfo.model_fields})


def _title(f: Fields, before: int, *, stub: bool) -> None:
    """A stub's title is its first line; a letter's is its subject line (the first plain
    sentence-like line above 'Kære ...', not an address, phone or e-mail line)."""
    text = f.doc.text
    for s, e in lines(text, 0, before):
        line = text[s:e]
        if stub or (len(line.split()) >= 4 and not re.search(r"\d|@|\[email", line) and not line.endswith(".")):
            f.put("title", " ".join(line.split()), s, e)
            return
