"""What a Folketing letter's keys rest on: values the letter does not print but that are built by a rule from what
it prints or from the file it came in (extract/records.py `Basis`):
- `ftdk_document_id`: ft.dk's number of the file, from the names of its page images ("1187188_0001.png",
  extract/load.py `ftdk_document_id`), which the loader takes out of the text;
- `ftdk_url_key`: the path of the question's page on ft.dk ("/samling/20121/lovforslag/l53/spm/22/"), by ft.dk's
  address scheme from the letter's samling, committee, case and question number (extract/folketing.py);
- `question_link`: the key an answer shares with the question it answers, from the same fields.
"""
from __future__ import annotations

from typing import TypeVar

from ..records import Basis, FolketingFields

_Letter = TypeVar("_Letter", bound=FolketingFields)


def with_key_bases(letter: _Letter) -> _Letter:
    """The letter with a basis for each of its keys that has a value and no span."""
    inferred = dict(letter.inferred)
    if letter.ftdk_document_id and "ftdk_document_id" not in letter.provenance:
        inferred["ftdk_document_id"] = Basis(kind="page_images", source=f"{letter.ftdk_document_id}_0001.png")
    parts = _parts(letter)
    if letter.ftdk_url_key and "ftdk_url_key" not in letter.provenance:
        inferred["ftdk_url_key"] = Basis(kind="ftdk_address", source=parts)
    question_link = getattr(letter, "question_link", None)
    if question_link and "question_link" not in letter.provenance:
        inferred["question_link"] = Basis(kind="letter_key", source=parts)
    return letter if inferred == letter.inferred else letter.model_copy(update={"inferred": inferred})


def _parts(letter: FolketingFields) -> str:
    """The printed fields a key is built from, as a reader would name them ("BEU 2012-13, L 53, spm. 22")."""
    case = " ".join(p for p in (letter.case_kind, letter.case_number if letter.case_kind != "alm. del" else None) if p)
    number = f"spm. {letter.question_number}" if letter.question_number is not None else ""
    committee = letter.udvalg_abbrev or letter.udvalg_name or ""
    return ", ".join(p for p in (f"{committee} {letter.samling or ''}".strip(), case, number) if p)
