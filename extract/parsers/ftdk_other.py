"""Other ft.dk material: orientation letters, bilag, stub pages."""
from __future__ import annotations

from ..document import Document
from ..records import DocumentInfo


def parse(doc: Document) -> list[DocumentInfo]:
    return [DocumentInfo(document_id=doc.id, doc_type="other")]
