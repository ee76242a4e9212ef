"""doc_type of memos that name their genre before the subject in the heading ("Notat: Status på ...", "Notat om
justeringer af ..."), dated under it by a ministry or a forvaltning: by the municipal README ("a municipal notat is a
`report`") and the STAR convention (report: redegørelse, høringsnotat), a report, not a news item, though dated.
The samples are written for this test in the layout probes of rounds 10-13 showed (heading, sender line with the
date, sections); a news item that mentions a notat in a sentence stays news."""
from __future__ import annotations

import pytest

from pathlib import Path

from knowledge.pipeline import extract_path

NOTAT_COLON_SAMPLE = """Notat: Status på madordninger i skolerne
Kolding Kommune, Børn og Uddannelse, 4. marts 2024

Baggrund
Børne- og Uddannelsesudvalget besluttede i 2022 at afprøve en madordning på tre skoler. Ordningen omfatter i dag 1.150 elever.

Status
Deltagelsen er steget fra 41 pct. i 2022 til 58 pct. i 2023. Forvaltningen anbefaler, at ordningen videreføres.
"""

NOTAT_OM_SAMPLE = """Notat om udviklingen i reglerne for seniorjob
Beskæftigelsesministeriet, 12. januar 2023

1. Indledning
Seniorjobordningen blev indført i 2008 og giver ledige over 55 år ret til ansættelse i et seniorjob i kommunen.

2. Ændringer
Ordningen blev ændret i 2017, hvor adgangen blev udvidet.
"""

NEWS_MENTIONS_NOTAT = """Flere ledige seniorer får seniorjob
Beskæftigelsesministeriet, 3. februar 2023

Antallet af personer i seniorjob er steget med 12 pct. det seneste år, viser nye tal.
Notat om udviklingen kan læses på ministeriets hjemmeside.
- Det er positivt, at flere seniorer kommer i arbejde, siger beskæftigelsesminister Ane Halsboe-Jepsen.
"""


def _doc_type(text: str, tmp_path: Path) -> str | None:
    path = tmp_path / "sample.txt"
    path.write_text(text, encoding="utf-8")
    return extract_path(path).flat.doc_type


@pytest.mark.parametrize(("text", "genre"), [
    (NOTAT_COLON_SAMPLE, "report"),
    (NOTAT_OM_SAMPLE, "report"),
    (NEWS_MENTIONS_NOTAT, "news"),
], ids=["notat-colon", "notat-om", "must-not-news-mentions-notat"])
def test_memo_heading_makes_a_report(text: str, genre: str, tmp_path: Path) -> None:
    assert _doc_type(text, tmp_path) == genre
