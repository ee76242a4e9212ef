"""A policy document's own date (the order of evidence of extract/document_facts.py), or a news
site's publication stamp."""
from __future__ import annotations

import re

from danish.dates import date_of, despace

from ..document import Document
from .policy_genre import genre_markers
from .policy_layout import Found


def document_date(doc: Document) -> Found | None:
    """The document's own date by the order of evidence in extract/document_facts.py
    (heading, Mødedato, letter date, Udgivet; never a date in a sentence or a running header)."""
    from ..document_dates import date_from_text

    found = date_from_text(doc.text, pages=[p.text for p in doc.pages])
    if found is None or found.start is None:
        return _timestamp(doc)
    printed = doc.text[found.start:found.end] if found.end else ""
    # The value as printed where it reads back as the same date; else the ISO form.
    day = date_of(despace(printed)) if printed else None
    value = printed if day and day.isoformat() == found.value else found.value
    return Found(value, found.start, found.end, found.evidence)


def _timestamp(doc: Document) -> Found | None:
    """A news site's publication stamp, a date and a time of day on a line of their own near
    the top ("12/09/2013 12:35"): the genre marker `timestamp` of extract/data/genre_markers.tsv."""
    stamp = next(m.pattern for m in genre_markers() if m.cue == "timestamp")
    pos = 0
    for n, line in enumerate(doc.text.split("\n")):
        if n >= 12:
            break
        text = " ".join(line.split())
        if stamp.search(text):
            day = re.match(r"\S+", text)
            if day and date_of(day.group(0)):
                start = pos + len(line) - len(line.lstrip())
                return Found(day.group(0), start)
        pos += len(line) + 1
    return None
