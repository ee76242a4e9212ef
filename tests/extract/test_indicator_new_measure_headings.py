"""A measure's labelled fields under a heading that announces it as new ("Ny måling: Forløb over 2 år" /
"Definition: Målingen viser andelen ..." / "Tæller: ..." / "Nævner: ..."): the heading's label (cue
new_measure_label of extract/indicators/cues.tsv) is no part of the title, the name after it is; the labelled lines
give the definition, numerator, denominator and population as under any heading over a measure's fields.

The samples are written as jobindsats.dk's driftsnyheder and a kommune's nøgletal page word such headings; the cue
table names them as "sample:test_indicator_new_measure_headings.<NAME>".
"""
from __future__ import annotations

import pytest

from extract.document import Document
from extract.parsers.indicators import parse

FIELDS = ("kind", "number", "title", "definition", "measure", "population", "numerator", "denominator")

NY_MAALING = ("Driftsnyhed: Ny måling om ledighedsydelse\n"
              "Styrelsen for Arbejdsmarked og Rekruttering, 2. oktober 2023\n\n"
              "Fra næste opdatering kan man på jobindsats.dk følge, hvor mange på ledighedsydelse der kommer i "
              "fleksjob.\n\n"
              "Ny måling: Overgang til fleksjob\n"
              "Definition: Målingen viser andelen af personer på ledighedsydelse, som inden for tre måneder er "
              "startet i fleksjob.\n"
              "Tæller: personer på ledighedsydelse, der er startet i fleksjob inden for tre måneder\n"
              "Nævner: alle personer på ledighedsydelse i måneden\n"
              "Opdateres: månedligt\n")
NYT_NOEGLETAL = ("Nøgletal for beskæftigelsesområdet 2024\n\n"
                 "Nyt nøgletal: Unge i uddannelse\n"
                 "Definition: Andel af unge under 25 år på uddannelseshjælp, der er startet på en ordinær "
                 "uddannelse.\n"
                 "Tæller: unge under 25 år på uddannelseshjælp, der er startet på en ordinær uddannelse\n"
                 "Nævner: alle unge under 25 år på uddannelseshjælp\n")


def _doc(text: str) -> Document:
    return Document.from_text(text)


def _indicators(text: str) -> list[dict[str, object]]:
    return [{f: getattr(r, f) for f in FIELDS} for r in parse(_doc(text))]


def test_a_new_maaling_heading_names_the_measure_its_fields_define() -> None:
    assert _indicators(NY_MAALING) == [{
        "kind": "nøgletal", "number": None, "title": "Overgang til fleksjob",
        "definition": "Målingen viser andelen af personer på ledighedsydelse, som inden for tre måneder er startet i "
                      "fleksjob.",
        "measure": "share", "population": "personer på ledighedsydelse",
        "numerator": "personer på ledighedsydelse, der er startet i fleksjob inden for tre måneder",
        "denominator": "alle personer på ledighedsydelse i måneden"}]


def test_a_new_noegletal_heading_of_a_kommune_names_a_measure_of_kind_other() -> None:
    got = _indicators(NYT_NOEGLETAL)
    assert [(g["kind"], g["title"], g["measure"], g["numerator"], g["denominator"]) for g in got] == [
        ("other", "Unge i uddannelse", "share",
         "unge under 25 år på uddannelseshjælp, der er startet på en ordinær uddannelse",
         "alle unge under 25 år på uddannelseshjælp")]


@pytest.mark.parametrize("text", [
    # a news title announcing a measure, with no labelled fields under it
    "Ny måling: Hvor mange seniorer kommer tilbage i job?\nStyrelsen for Arbejdsmarked og Rekruttering, "
    "17. april 2024\n\nFra i dag kan du følge udviklingen for ældre ledige.\n",
    # a new measure's heading over prose that computes nothing
    "Nyt nøgletal: Tilfredshed\nKommunen vil fremover spørge borgerne om deres oplevelse af hjemmeplejen.\n",
])
def test_new_measure_headings_over_no_fields_give_no_fields(text: str) -> None:
    # (the heading may still name a measure, as before: only labelled lines give its fields)
    assert [(g["definition"], g["numerator"], g["denominator"]) for g in _indicators(text)] in ([], [(None, None, None)])
