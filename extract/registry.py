"""The one registry of parsers, by document kind, and of extractors that run on every kind.

A parser is a plain function `Document -> list[Record]`: no disk, no network, no logging.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from .document import Document
from .errors import UnknownKind
from .kinds import classify
from .parsers import answer_letter, ftdk_other, indicators, kommuner, policy_document, question_letter
from .records import AnyRecord

Parser = Callable[[Document], Sequence[AnyRecord]]

PARSERS: dict[str, Parser] = {
    "question": question_letter.parse,
    "answer": answer_letter.parse,
    "ftdk_other": ftdk_other.parse,
    "policy": policy_document.parse,
}

#: Extractors for things any kind of document can hold.
EXTRACTORS: tuple[Parser, ...] = (indicators.parse, kommuner.parse)


def parser_for(kind: str) -> Parser:
    try:
        return PARSERS[kind]
    except KeyError:
        known = ", ".join(sorted(PARSERS))
        raise UnknownKind(kind, f"no parser for document kind '{kind}'", advice=f"known kinds: {known}") from None


def parse(doc: Document, *, kind: str | None = None) -> list[AnyRecord]:
    """All records of one document: its kind's parser, then every extractor."""
    records = list(parser_for(kind or classify(doc))(doc))
    for extractor in EXTRACTORS:
        records.extend(extractor(doc))
    return records
