"""Ministry answer letters to Folketing committee questions."""
from __future__ import annotations

from ..document import Document
from ..records import Answer


def parse(doc: Document) -> list[Answer]:
    return [Answer(document_id=doc.id, ftdk_document_id=doc.ftdk_document_id)]
