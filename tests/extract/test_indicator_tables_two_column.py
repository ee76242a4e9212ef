"""Measure tables flattened to text with spaced pipes: a two-column table ("Nøgletal | Sådan opgøres det")
and a goal table whose "Sådan opgøres det" column sits among baseline and target columns (probe round 21
s06, p06). Each row is one measure; a lone " | " outside such a table is no table."""
from __future__ import annotations

from extract.document import Document
from extract.parsers.indicators import parse

FIELDS = ("kind", "title", "definition", "measure")

TWO_COLUMN_NOEGLETAL = (
    "Nøgletal for sygedagpengeområdet i RAR Sjælland\nStyrelsen for Arbejdsmarked og Rekruttering, 3. maj 2023\n\n"
    "Rådet følger tre nøgletal fra Jobindsats.\n\n"
    "Nøgletal | Sådan opgøres det\n"
    "Antal sygedagpengeforløb | Antal igangværende sygedagpengeforløb i løbet af måneden.\n"
    "Andel delvist raskmeldte | Personer, der er delvist raskmeldt, i procent af alle sygedagpengemodtagere.\n"
    "Forløb over 22 uger | Andelen af sygedagpengeforløb, der har varet mere end 22 uger.\n\n"
    "Tallene opdateres hver måned.\n")

GOAL_TABLE_BASELINE = (
    "Kvalitetsmål for træningsområdet 2025\nHolbæk Kommune, 12. marts 2025\n\n"
    "Udvalget har godkendt to kvalitetsmål.\n\n"
    "Mål | Sådan opgøres det | Baseline 2024 | Mål 2025\n"
    "Hurtig opstart | Andel af genoptræningsforløb, der starter inden for 7 dage efter udskrivning | 71 pct. | 80 pct.\n"
    "Selvhjulpenhed | Andel af borgere, der efter endt træning kan klare sig uden hjemmehjælp | 45 pct. | 50 pct.\n")

NOT_A_TABLE = (
    "Nyt fra styrelsen | Arbejdsmarked\nStyrelsen for Arbejdsmarked og Rekruttering, 3. maj 2023\n\n"
    "Styrelsen har i dag holdt møde med KL | Referat følger.\n")


def _indicators(text: str) -> list[dict[str, object]]:
    doc = Document.from_text(text)
    return [{f: getattr(r, f) for f in FIELDS} for r in parse(doc)]


def test_two_column_table_gives_every_row() -> None:
    assert _indicators(TWO_COLUMN_NOEGLETAL) == [
        {"kind": "nøgletal", "title": "Antal sygedagpengeforløb",
         "definition": "Antal igangværende sygedagpengeforløb i løbet af måneden.", "measure": "count"},
        {"kind": "nøgletal", "title": "Andel delvist raskmeldte",
         "definition": "Personer, der er delvist raskmeldt, i procent af alle sygedagpengemodtagere.",
         "measure": "share"},
        {"kind": "nøgletal", "title": "Forløb over 22 uger",
         "definition": "Andelen af sygedagpengeforløb, der har varet mere end 22 uger.", "measure": "share"}]


def test_goal_table_with_baseline_columns() -> None:
    rows = _indicators(GOAL_TABLE_BASELINE)
    assert [(r["title"], r["definition"], r["measure"]) for r in rows] == [
        ("Hurtig opstart", "Andel af genoptræningsforløb, der starter inden for 7 dage efter udskrivning", "share"),
        ("Selvhjulpenhed", "Andel af borgere, der efter endt træning kan klare sig uden hjemmehjælp", "share")]


def test_lone_pipe_without_a_measure_header_is_no_table() -> None:
    assert _indicators(NOT_A_TABLE) == []
