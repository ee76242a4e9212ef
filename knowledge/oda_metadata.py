"""ODA's facts about a fetched file as a record next to the parsed letter.

The parsed letter keeps what it prints (the gold conventions); ODA's facts are a second
source. Where they disagree on something both state (samling, question number in the
title, askers, the answering minister's ministry), both stay and the field is named in
`OdaFacts.disagreements`.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from danish import samling as samlinger
from danish.ids import slug
from extract.records import AnyRecord, FolketingFields, OdaFacts

from .oda_fetch import oda_facts_for


def _fold(text: str) -> str:
    # The one id scheme (danish.ids): askers compare as person ids, committees as slugs.
    return slug(text)


def _number_in_title(title: str | None) -> str | None:
    m = re.search(r"\b(?:spm|spørgsmål)\.?\s*(?:nr\.?\s*)?([A-ZÆØÅ]?\s*\d+)", title or "", re.I)
    return m.group(1).replace(" ", "").upper() if m else None


def _date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def disagreements(facts: dict[str, Any], letter: FolketingFields | None) -> tuple[str, ...]:
    if letter is None:
        return ()
    found: list[str] = []
    # "2017-18 (1. samling)" (ODA's Periode title) and "2017-18" (the letter) are one samling.
    oda_s, letter_s = samlinger.first(facts.get("samling")), samlinger.first(letter.samling)
    if oda_s and letter_s and oda_s != letter_s:
        found.append("samling")
    oda_n = _number_in_title(facts.get("titel"))
    if oda_n and letter.question_number is not None and oda_n != str(letter.question_number).upper():
        found.append("question_number")
    oda_askers = {_fold(a) for a in facts.get("askers") or []}
    letter_askers = {_fold(p.name) for p in letter.asked_by}
    if oda_askers and letter_askers and not oda_askers & letter_askers:
        found.append("asked_by")
    if facts.get("udvalg") and letter.udvalg_abbrev and _fold(facts["udvalg"]) != _fold(letter.udvalg_abbrev):
        found.append("udvalg")
    return tuple(found)


def oda_record(path: Path, document_id: str, records: Sequence[AnyRecord]) -> OdaFacts | None:
    """The `OdaFacts` record for a file fetched from ODA, or None for any other file."""
    facts = oda_facts_for(path)
    if not facts or "oda_dokument_id" not in facts:
        return None
    letter = next((r for r in records if isinstance(r, FolketingFields)), None)
    return OdaFacts(
        document_id=document_id,
        oda_dokument_id=int(facts["oda_dokument_id"]),
        oda_fil_id=facts.get("oda_fil_id"),
        oda_sag_ids=tuple(facts.get("oda_sag_ids") or ()),
        oda_question_id=facts.get("oda_question_id"),
        dokumenttype=facts.get("dokumenttype"),
        titel=facts.get("titel"),
        dato=_date(facts.get("dato")),
        samling=facts.get("samling"),
        udvalg=facts.get("udvalg"),
        askers=tuple(facts.get("askers") or ()),
        ministers=tuple(facts.get("ministers") or ()),
        url=facts.get("url"),
        sha256=facts.get("sha256"),
        opdateringsdato=facts.get("opdateringsdato"),
        disagreements=disagreements(facts, letter),
    )
