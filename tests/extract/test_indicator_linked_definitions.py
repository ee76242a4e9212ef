"""A definition placed after the list of measures and linked to one by label and number ("Ad sigtelinje 1:
Indikatoren opgøres som ...", probe rounds 20 and 21, s05): it is that measure's definition."""
from __future__ import annotations

from extract.document import Document
from extract.parsers.indicators import parse

FIELDS = ("kind", "number", "title", "definition", "measure")

SIGTELINJER_AD = (
    "Sigtelinjer for beskæftigelsesindsatsen 2025\nStyrelsen for Arbejdsmarked og Rekruttering, 2. februar 2025\n\n"
    "1. Oversigt\n\n"
    "Sigtelinje 1: Flere ledige skal hurtigt i job.\n"
    "Sigtelinje 2: Færre unge skal være på offentlig forsørgelse.\n\n"
    "2. Opgørelse\n\n"
    "Ad sigtelinje 1: Indikatoren opgøres som andelen af nye ledighedsforløb, der er afsluttet inden for 13 uger.\n\n"
    "Ad sigtelinje 2: Indikatoren viser antallet af unge under 30 år på offentlig forsørgelse.\n")

AD_WITHOUT_MATCHING_ITEM = (
    "Sigtelinjer for beskæftigelsesindsatsen 2025\nStyrelsen for Arbejdsmarked og Rekruttering, 2. februar 2025\n\n"
    "Sigtelinje 1: Flere ledige skal hurtigt i job.\n\n"
    "Ad sigtelinje 3: Indikatoren opgøres som andelen af nye ledighedsforløb, der er afsluttet inden for 13 uger.\n")


def _indicators(text: str) -> list[dict[str, object]]:
    doc = Document.from_text(text)
    return [{f: getattr(r, f) for f in FIELDS} for r in parse(doc)]


def test_ad_line_defines_the_numbered_item() -> None:
    assert _indicators(SIGTELINJER_AD) == [
        {"kind": "sigtelinje", "number": 1, "title": "Flere ledige skal hurtigt i job.",
         "definition": "Indikatoren opgøres som andelen af nye ledighedsforløb, der er afsluttet inden for 13 uger.",
         "measure": "share"},
        {"kind": "sigtelinje", "number": 2, "title": "Færre unge skal være på offentlig forsørgelse.",
         "definition": "Indikatoren viser antallet af unge under 30 år på offentlig forsørgelse.", "measure": "count"}]


def test_ad_line_for_another_number_is_not_attached() -> None:
    first = _indicators(AD_WITHOUT_MATCHING_ITEM)[0]
    assert (first["number"], first["title"]) == (1, "Flere ledige skal hurtigt i job.")
    assert first["definition"] is None
