"""A kommune's nøgletal page: the figures up top as "label: value" lines, the measures defined further down in a
numbered list under a heading naming definitions ("Definitioner", "Begreber"; cues.tsv `glossary_heading`), each
item "N. <the figure's label>: <how it is computed>". Under such a heading a measure's noun phrase defines the
measure ("Den gennemsnitlige varighed i uger af ..."), and the item keeps its number. "Alle tal er hentet fra X"
names the page's one data source (star README: source is where the measure is published or computed)."""
from __future__ import annotations

from extract.document import Document
from extract.parsers.indicators import parse

SKIVE_NOEGLETAL = """Nøgletal for beskæftigelsesområdet – Viborg Kommune
Viborg Kommune, 12. december 2023

Nøgletallene giver udvalget et overblik over udviklingen. Alle tal er hentet fra Jobindsats.dk.

Status oktober 2023

Fuldtidspersoner på offentlig forsørgelse: 9.870
Andel af befolkningen på offentlig forsørgelse: 15,9 pct.
Gennemsnitlig varighed på sygedagpenge: 11,2 uger

Definitioner
1. Fuldtidspersoner på offentlig forsørgelse: Antallet af personer på offentlige ydelser omregnet til fuldtidspersoner, opgjort for personer i alderen 16-66 år.
2. Andel af befolkningen på offentlig forsørgelse: Fuldtidspersoner på offentlig forsørgelse i procent af befolkningen i alderen 16-66 år.
3. Gennemsnitlig varighed på sygedagpenge: Den gennemsnitlige varighed i uger af afsluttede sygedagpengeforløb i løbet af de seneste 12 måneder.

Spørgsmål kan rettes til Jobcenter Viborg.
"""

ODSHERRED_NOEGLETAL = """Kvartalsvise nøgletal for jobcentret
Odsherred Kommune, 4. maj 2023

Tallene forelægges Arbejdsmarkedsudvalget hvert kvartal. Alle data er hentet fra Jobindsats.dk.

Ledige dagpengemodtagere: 612
Andel unge på uddannelseshjælp i aktivering: 47 pct.

Begreber
1. Ledige dagpengemodtagere: Antallet af fuldtidsledige forsikrede ledige i løbet af kvartalet.
2. Andel unge på uddannelseshjælp i aktivering: Andelen af uddannelseshjælpsmodtagere, der har været i aktivering i løbet af måneden.
"""

# A numbered list of points that is no term list: no heading naming definitions, and nothing computed.
DAGSORDEN = """Dagsorden for Arbejdsmarkedsudvalget
1. Godkendelse af dagsorden: Dagsordenen blev godkendt.
2. Antal ledige i kommunen: Forvaltningen orienterede om udviklingen.
"""


def _indicators(text: str) -> list[tuple[object, ...]]:
    doc = Document.from_text(text)
    return [(r.number, r.title, r.definition, r.measure, r.source) for r in parse(doc)]


def test_numbered_definitions_under_definitioner_give_the_measures() -> None:
    assert _indicators(SKIVE_NOEGLETAL) == [
        (1, "Fuldtidspersoner på offentlig forsørgelse", "Antallet af personer på offentlige ydelser omregnet til "
         "fuldtidspersoner, opgjort for personer i alderen 16-66 år.", "count", "Jobindsats.dk"),
        (2, "Andel af befolkningen på offentlig forsørgelse", "Fuldtidspersoner på offentlig forsørgelse i procent af "
         "befolkningen i alderen 16-66 år.", "share", "Jobindsats.dk"),
        (3, "Gennemsnitlig varighed på sygedagpenge", "Den gennemsnitlige varighed i uger af afsluttede "
         "sygedagpengeforløb i løbet af de seneste 12 måneder.", "average", "Jobindsats.dk"),
    ]


def test_numbered_items_under_begreber_give_the_measures() -> None:
    got = _indicators(ODSHERRED_NOEGLETAL)
    assert [(n, t, m) for n, t, _, m, _ in got] == [
        (1, "Ledige dagpengemodtagere", "count"), (2, "Andel unge på uddannelseshjælp i aktivering", "share")]
    assert {s for *_, s in got} == {"Jobindsats.dk"}


def test_numbered_points_without_a_definitions_heading_give_nothing() -> None:
    assert _indicators(DAGSORDEN) == []
