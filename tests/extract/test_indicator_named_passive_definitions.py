"""A measure named in quotes ("I stedet kommer målingen »X«") is defined by the next sentence whose subject is that
measure (cue named_definition, star convention "Målingen viser …"): also when its verb is the passive of computing
("Den nye måling opgøres som ...", "Målingen beregnes som ...", the cue computation's verbs). That sentence is the
named measure's definition, not a second measure titled "Den nye måling". A sentence about another subject ("Tallene
opgøres som ...") defines nothing. The samples are written as jobindsats.dk's news items word them.
"""
from __future__ import annotations

from extract.document import Document
from extract.parsers.indicators import parse

FIELDS = ("kind", "title", "definition", "measure", "period_unit", "source")

NEW_MEASURE_OPGOERES = (
    "Ny måling af ventetid til første samtale\nStyrelsen for Arbejdsmarked og Rekruttering, 3. marts 2025\n\n"
    "Fra april offentliggør vi målingen »Ventetid til første samtale« på Jobindsats.dk. Den nye måling opgøres som "
    "det gennemsnitlige antal dage fra første ledighedsdag til første jobsamtale for personer, der er blevet ledige "
    "i løbet af måneden.\n")

RENAMED_MEASURE_BEREGNES = (
    "Ændret navn på måling\nJobindsats.dk, 12. september 2024\n\n"
    "Fra 1. oktober hedder målingen ’Varighed af afsluttede forløb’. Målingen beregnes som den gennemsnitlige varighed i "
    "uger af de forløb, der er afsluttet i løbet af kvartalet.\n")

OTHER_SUBJECT = (
    "Ny måling\nJobindsats.dk, 12. september 2024\n\n"
    "I dag kommer målingen ’Ledige i job’ på Jobindsats.dk. Tallene opgøres som et gennemsnit for måneden.\n")


def _doc(text: str) -> Document:
    return Document.from_text(text)


def _indicators(text: str) -> list[dict[str, object]]:
    return [{f: getattr(r, f) for f in FIELDS} for r in parse(_doc(text))]


def test_den_nye_maaling_opgoeres_som_defines_the_named_measure() -> None:
    assert _indicators(NEW_MEASURE_OPGOERES) == [{
        "kind": "nøgletal", "title": "Ventetid til første samtale",
        "definition": "Den nye måling opgøres som det gennemsnitlige antal dage fra første ledighedsdag til første "
                      "jobsamtale for personer, der er blevet ledige i løbet af måneden.",
        "measure": "average", "period_unit": "måned", "source": "jobindsats.dk"}]


def test_maalingen_beregnes_som_defines_the_named_measure() -> None:
    [got] = _indicators(RENAMED_MEASURE_BEREGNES)
    assert (got["title"], got["measure"]) == ("Varighed af afsluttede forløb", "average")
    assert got["definition"] == ("Målingen beregnes som den gennemsnitlige varighed i uger af de forløb, der er "
                                 "afsluttet i løbet af kvartalet.")


def test_a_sentence_about_another_subject_defines_nothing() -> None:
    [got] = _indicators(OTHER_SUBJECT)
    assert (got["title"], got["definition"]) == ("Ledige i job", None)
