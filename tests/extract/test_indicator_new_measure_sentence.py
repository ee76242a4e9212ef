"""A "Ny måling: X" heading line over the measure's own defining sentence ("Målingen opgør andelen af ...", cue
named_definition) and then its fraction ("Tæller: ..." / "Nævner: ..."): the heading line is the naming sentence, so
the sentence on the next line is the definition and the fraction lines its numerator and denominator (a driftsnyhed
that replaces a measure, probe p22 s04; the same layout with "Målingen viser" below)."""
from __future__ import annotations

from extract.document import Document, Page, Segment
from extract.parsers.indicators import parse

FIELDS = ("kind", "title", "definition", "measure", "numerator", "denominator")

OPGOER = ("Driftsnyhed: Målingen af gennemsnitlig varighed udgår\n"
          "Styrelsen for Arbejdsmarked og Rekruttering, 27. juni 2022\n\n"
          "Målingen erstattes af en ny måling.\n\n"
          "Ny måling: Andel langtidsledige forsikrede\n"
          "Målingen opgør andelen af ledige dagpengemodtagere, som har været ledige i mindst 80 pct. af tiden "
          "inden for de seneste 52 uger.\n"
          "Tæller: Forsikrede ledige med en ledighedsgrad på mindst 0,8 over de seneste 52 uger\n"
          "Nævner: Alle forsikrede ledige i opgørelsesmåneden\n"
          "Målingen opdateres hver måned.\n")

VISER = ("Driftsnyhed: Ny måling på sygedagpengeområdet\n"
         "Styrelsen for Arbejdsmarked og Rekruttering, 3. marts 2023\n\n"
         "Ny måling: Sygedagpengemodtagere i virksomhedsrettet tilbud\n"
         "Målingen viser andelen af sygedagpengemodtagere, som har deltaget i virksomhedspraktik eller løntilskud "
         "i løbet af måneden.\n"
         "Tæller: Sygedagpengemodtagere med mindst én dag i virksomhedspraktik eller løntilskud i måneden\n"
         "Nævner: Alle sygedagpengemodtagere i måneden\n")

# the heading over prose that defines nothing: no definition and no fraction
NO_DEFINITION = ("Ny måling: Hvor mange seniorer kommer tilbage i job?\n"
                 "Fra i dag kan du følge udviklingen for ældre ledige på jobindsats.dk.\n")


def _indicators(text: str) -> list[dict[str, object]]:
    doc = Document("x", "x.txt", "text", (Page(1, text),), text, (Segment(0, 0, len(text), len(text), True),))
    return [{f: getattr(r, f) for f in FIELDS} for r in parse(doc)]


def test_opgoer_sentence_under_the_heading_defines_and_the_fraction_follows() -> None:
    assert _indicators(OPGOER) == [{
        "kind": "nøgletal", "title": "Andel langtidsledige forsikrede",
        "definition": "Målingen opgør andelen af ledige dagpengemodtagere, som har været ledige i mindst 80 pct. af "
                      "tiden inden for de seneste 52 uger.",
        "measure": "share",
        "numerator": "Forsikrede ledige med en ledighedsgrad på mindst 0,8 over de seneste 52 uger",
        "denominator": "Alle forsikrede ledige i opgørelsesmåneden"}]


def test_viser_sentence_under_the_heading_defines_and_the_fraction_follows() -> None:
    got = _indicators(VISER)
    assert [(g["title"], g["definition"], g["numerator"], g["denominator"]) for g in got] == [(
        "Sygedagpengemodtagere i virksomhedsrettet tilbud",
        "Målingen viser andelen af sygedagpengemodtagere, som har deltaget i virksomhedspraktik eller løntilskud i "
        "løbet af måneden.",
        "Sygedagpengemodtagere med mindst én dag i virksomhedspraktik eller løntilskud i måneden",
        "Alle sygedagpengemodtagere i måneden")]


def test_heading_over_prose_that_defines_nothing_gives_no_definition() -> None:
    assert [(g["definition"], g["numerator"]) for g in _indicators(NO_DEFINITION)] in ([], [(None, None)])
