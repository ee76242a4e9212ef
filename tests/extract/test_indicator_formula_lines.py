"""A målingsbeskrivelse's "Formel:" line states the measure's one division, "A / B", with "x 100" after it when the
quotient is a percentage (cue table_column, role formula): A the numerator, B the denominator, a percentage a share
(star convention: share = andel, pct.). A formula of no single spaced slash divides nothing that can be read.

The samples are written as jobindsats.dk's målingsbeskrivelser word them (probe p22 s01)."""
from __future__ import annotations

import pytest

from extract.document import Document, Page, Segment
from extract.parsers.indicators import parse

FORMEL_PRAKTIK = ("Målingsbeskrivelse: Andel i virksomhedspraktik blandt aktivitetsparate\n\n"
                  "Navn på måling: Andel aktivitetsparate i virksomhedspraktik\n\n"
                  "Beskrivelse: Målingen viser, hvor stor en del af de aktivitetsparate kontanthjælpsmodtagere der har "
                  "deltaget i virksomhedspraktik i løbet af en måned.\n\n"
                  "Formel: Antal aktivitetsparate kontanthjælpsmodtagere med mindst én dags virksomhedspraktik i "
                  "måneden / antal aktivitetsparate kontanthjælpsmodtagere i måneden x 100\n\n"
                  "Enhed: Procent\n")

FORMEL_LOENTIMER = ("Navn på måling: Jobparate med løntimer\n"
                    "Beskrivelse: Målingen viser andelen af jobparate kontanthjælpsmodtagere med ordinære løntimer.\n"
                    "Formel: Antal jobparate med mindst én ordinær løntime i måneden / antal jobparate i måneden × 100\n"
                    "Kilde: jobindsats.dk\n")

# no factor of 100: the parts are read, the kind of quantity from what they count
FORMEL_DAGE = ("Navn på måling: Gennemsnitlig varighed\n"
               "Beskrivelse: Målingen viser det gennemsnitlige antal dage på ydelsen.\n"
               "Formel: Antal dage på ydelsen i året / antal personer på ydelsen i året\n")


def _parts(text: str) -> list[tuple[str | None, str | None, str | None]]:
    doc = Document("x", "x.txt", "text", (Page(1, text),), text, (Segment(0, 0, len(text), len(text), True),))
    return [(r.measure, r.numerator, r.denominator) for r in parse(doc)]


def test_formula_with_x_100_is_a_share_of_its_parts() -> None:
    assert _parts(FORMEL_PRAKTIK) == [(
        "share", "Antal aktivitetsparate kontanthjælpsmodtagere med mindst én dags virksomhedspraktik i måneden",
        "antal aktivitetsparate kontanthjælpsmodtagere i måneden")]


def test_formula_with_times_sign_gives_its_parts() -> None:
    assert _parts(FORMEL_LOENTIMER) == [(
        "share", "Antal jobparate med mindst én ordinær løntime i måneden", "antal jobparate i måneden")]


def test_formula_without_percentage_gives_its_parts() -> None:
    assert [(n, d) for _, n, d in _parts(FORMEL_DAGE)] == [
        ("Antal dage på ydelsen i året", "antal personer på ydelsen i året")]


@pytest.mark.parametrize("formula", [
    "Formel: (A + B) / C / D",          # two divisions: no one numerator
    "Formel: Antal ledige og/eller sygemeldte i måneden",  # a slash in a word, no division
])
def test_formula_of_no_single_division_gives_no_parts(formula: str) -> None:
    text = ("Navn på måling: Ledige i måneden\n"
            "Beskrivelse: Målingen viser antallet af ledige i måneden.\n" + formula + "\n")
    assert all(n is None and d is None for _, n, d in _parts(text))
