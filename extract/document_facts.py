"""A document's title, date and samling as a person would give them, by an order of evidence.

A reader dates a document by what it says about itself, strongest first, and never by a
date that merely stands in it. The order (`DATE_EVIDENCE`), each attested by the genre
that prints it:

1. ``brevdato``: a Folketing letter's own date, read by its parser (answer date, or the
   date a question was sent), e.g. corpus/seeds/000 "28. september 2017". An answer
   without a readable date of its own has no date: the question's date is not its date.
2. ``overskrift``: a date in the heading block, e.g. the Aarhus byråd referat "REFERAT
   Aarhus Byråd d. 27-08-2025", Ballerup "Sundheds- og Forebyggelsesudvalget 04-12-2012".
   Under the minutes' label the running header's date is the meeting's, though it repeats on
   every page (Ballerup "Referat / Åbent referat / Dato: 04.12.2012", Syddjurs "Referat For
   Udvalget for plan, udvikling og kultur (PUK) / 20. juni 2013").
3. ``mødedato``: "Mødedato", "Mødet den", "...s beslutning den" (kommunal referater and
   dagsordenspunkter: Aarhus byråd, Ballerup punkt 2, 5, 6 and 8).
4. ``mødebeslutning``: the decision section of an agenda item naming the council's own meeting
   ("Beslutninger / ... at byrådet i sit møde den 27. august 2025 har vedtaget", Aarhus byråd).
5. ``vedtaget``: a policy's or programme's adoption line at the top ("Godkendt af byrådet,
   Syddjurs Kommune den 30. april 2009"; "Vedtaget af SF’s landsmøde 15. april 2012").
6. ``dato``: a letter head's "Dato:", "København, den ..." or "Den 6. november 2013", a
   date standing alone on a line near the top (Ballerup notater "Dato: 20. november 2012",
   STAR and KL news), or a numbered instrument's identity line ("... skrivelse nr. 9038 af
   24/1 2020").
7. ``udgivet``: "Udgivet", "Publiceret", "Offentliggjort", "Sidst opdateret", "Sendt", a news
   page's "NYHED / 18-12-2017".
8. ``sidehoved``: a newsletter's running page code, ddmmyy and the folio on every page
   ("050117 1" ... "050117 2", TrekantBrand's newsletters), where nothing else dates it.
9. ``url``: the source address: an OS2dagsorden meeting folder ("04-12-2012 13:00:00"),
   a news path ("/2018/november/") or an ft.dk samling code ("/samling/20042/").

Never evidence: a date inside a running sentence ("Lov om fleksydelse blev vedtaget den
3. april 2001"), nor a line that repeats on several pages (a running header or banner), but
for the page code of 8.

`samling` is the printed one where there is one; otherwise it is derived from the date
(the Folketing year opens on the first Tuesday of October, Grundloven § 36; after a
general election a "2. samling" runs to the next October) or from an ft.dk URL, and
marked derived. The flat record view keeps only the printed value.

Pure functions over plain values (text, flat view, source URL), so the store can compute
facts for documents stored long ago.

The facts are read by modules of their own: document_dates, document_titles, document_period
and document_issuer, over the page layout of document_layout, each value an `Evidence`
(extract/evidence.py).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .document_dates import document_date, document_samling
from .document_titles import document_title
from .evidence import Evidence

# The finders of the parts, importable from here as before the split (nlp/timex.py reads
# anchor_date from here).
__all__ = ["DocumentFacts", "Evidence", "document_date", "document_samling", "document_title", "facts_of"]


@dataclass(frozen=True)
class DocumentFacts:
    title: Evidence | None
    date: Evidence | None  # value is ISO yyyy-mm-dd
    samling: Evidence | None  # evidence "trykt" when printed, else "dato" / "url" (derived)

    @property
    def samling_derived(self) -> bool:
        return self.samling is not None and self.samling.evidence != "trykt"

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in ("title", "date", "samling"):
            found = getattr(self, name)
            out[name] = found.value if found else None
            out[f"{name}_evidence"] = found.evidence if found else None
        out["samling_derived"] = self.samling_derived
        return out


def facts_of(flat: dict[str, Any], text: str, *, pages: list[str] | None = None, source: str | None = None,
             source_url: str | None = None, folketing: bool = False,
             udvalg_name: str | None = None) -> DocumentFacts:
    """Title, date and samling of one document by the order of evidence."""
    date = document_date(flat, text, pages=pages, source_url=source_url)
    # An answer without a date of its own still belongs to its question's samling.
    asked = Evidence(str(flat["question_sent_date"]), "brevdato") if flat.get("question_sent_date") else None
    samling = document_samling(flat, (date or asked) if folketing else None, source_url)
    return DocumentFacts(document_title(flat, text, pages=pages, source=source, udvalg_name=udvalg_name),
                         date, samling)
