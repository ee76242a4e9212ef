"""Committee question letters ("Udvalget udbeder sig ministerens besvarelse ...")."""
from __future__ import annotations

from ..document import Document
from ..records import Question


def parse(doc: Document) -> list[Question]:
    return [Question(document_id=doc.id, ftdk_document_id=doc.ftdk_document_id)]
