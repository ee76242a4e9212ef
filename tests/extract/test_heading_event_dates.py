"""A heading's date after a time preposition (danish/data/time_prepositions.csv: "fra", "pr.", "med virkning fra",
"senest" ...) is when what the heading announces happens; the dateline under the heading dates the document
(extract/document_dates.py). Probe rounds 18 and 19 printed two such pages ("Nye regler for fribeløb fra 1. januar
2024" over "Uddannelses- og Forskningsstyrelsen, 20. november 2023"; "Ændringer i Varmepumpepuljen fra 1. marts 2024"
over "Energistyrelsen, 2. februar 2024"), both dated by their headings' dates before. A heading whose only date follows
a preposition keeps that date: nothing better dates the page."""
from __future__ import annotations

from pathlib import Path

import pytest

from danish._data import rows
from danish.dates import TIME_PREPOSITIONS
from knowledge.pipeline import extract_path

BODY = "\n\nStyrelsen har ændret reglerne, så flere kan søge tilskud. Læs mere om ændringerne nedenfor.\n"


def _date(text: str, tmp_path: Path) -> str | None:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return extract_path(path).flat.date


def test_the_table_lists_its_prepositions() -> None:
    assert set(TIME_PREPOSITIONS) == {"fra og med", "med virkning fra", "med virkning pr.", "fra", "pr.", "per",
                                      "inden", "senest", "indtil", "til", "efter", "før"}
    # longest first: "fra og med" is read whole, not as "fra"
    assert list(TIME_PREPOSITIONS) == sorted(TIME_PREPOSITIONS, key=len, reverse=True)


@pytest.mark.parametrize("row", rows("time_prepositions.csv"), ids=lambda r: r["preposition"])
def test_each_preposition_leaves_the_dateline_the_date(row: dict[str, str], tmp_path: Path) -> None:
    assert row["preposition"] in row["example"]
    text = row["example"] + "\nEnergistyrelsen, 2. februar 2024" + BODY
    assert _date(text, tmp_path) == "2024-02-02"


@pytest.mark.parametrize(("text", "date"), [
    ("Nye regler for fribeløb fra 1. januar 2024\nUddannelses- og Forskningsstyrelsen, 20. november 2023" + BODY,
     "2023-11-20"),
    ("Ændret egenbetaling for madservice med virkning fra den 1. juli 2024\nSlagelse Kommune, 14. maj 2024" + BODY,
     "2024-05-14"),
    # the heading's only date, after a preposition: still the page's date
    ("Nye takster pr. 1. januar 2025" + BODY, "2025-01-01"),
    # a date in the heading that no preposition governs dates the document
    ("Referat af byrådets møde 24. april 2024\nHolbæk Kommune" + BODY, "2024-04-24"),
    # the dateline's own date first when the heading has none
    ("Ny pulje til energitjek\nEnergistyrelsen, 2. februar 2024" + BODY, "2024-02-02"),
], ids=["news-page-fra", "med-virkning-fra-den", "only-date-after-pr", "meeting-heading", "dateline-only"])
def test_heading_dates(text: str, date: str, tmp_path: Path) -> None:
    assert _date(text, tmp_path) == date
