"""A count set against the whole it is part of, "A i forhold til alle B" (cue ratio, value relative_to): A the
numerator, B the denominator, the measure a share, as "ud af" and "i procent af" read (star convention: share =
andel, pct.). "i forhold til 1990" or "i forhold til forventet" divides nothing. And a målingsbeskrivelse's
"Populationen:" line gives the population, as "Population:" and "Målgruppe:" do (cue table_column).

The samples are written as a minister's goals (probe p22 s02), a kommune's kvalitetsstandard (probe p17 p6) and
jobindsats.dk's målingsbeskrivelser (probe p22 s01) word them; the cue table names them."""
from __future__ import annotations

import pytest

from extract.document import Document, Page, Segment
from extract.parsers.indicators import parse

MAAL_NYLEDIGE = ("Beskæftigelsesministerens mål for 2025\n\n"
                 "Mål 1: Flere ledige skal hurtigt tilbage i job\n"
                 "Mål 1 opgøres som antallet af nyledige dagpengemodtagere, som er på offentlig forsørgelse i mindst "
                 "80 pct. af ugerne i den 6. måned efter start, i forhold til alle nyledige dagpengemodtagere i samme "
                 "kvartal.\n")

RETTIDIGE_BESOEG = ("Resultatmål for hjemmeplejen\n\n"
                    "Resultatmål 1: Rettidige besøg\n"
                    "95 pct. af de planlagte besøg skal gennemføres inden for en halv time af det aftalte tidspunkt.\n"
                    "Opfølgning: Andelen beregnes som antal besøg gennemført til tiden i forhold til alle planlagte "
                    "besøg i måneden.\n")

POPULATIONEN_LABEL = ("Målingsbeskrivelse: Andel i løntilskud blandt jobparate\n\n"
                      "Navn på måling: Andel jobparate i løntilskud\n\n"
                      "Beskrivelse: Målingen viser andelen af jobparate kontanthjælpsmodtagere, der har været i "
                      "løntilskud i løbet af en måned.\n\n"
                      "Populationen: Personer, der har modtaget kontanthjælp som jobparate i mindst én dag i måneden. "
                      "Personer i ressourceforløb er ikke med.\n\n"
                      "Datakilde: DREAM.\n")


def _doc(text: str) -> Document:
    return Document("x", "x.txt", "text", (Page(1, text),), text, (Segment(0, 0, len(text), len(text), True),))


def _parts(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(r.measure, r.numerator, r.denominator) for r in parse(_doc(text))]


def test_goal_counted_in_relation_to_all_is_a_share_of_them() -> None:
    assert _parts(MAAL_NYLEDIGE) == [(
        "share",
        "antallet af nyledige dagpengemodtagere, som er på offentlig forsørgelse i mindst 80 pct. af ugerne i den 6. "
        "måned efter start",
        "alle nyledige dagpengemodtagere i samme kvartal")]


def test_follow_up_line_in_relation_to_all_gives_both_parts() -> None:
    assert _parts(RETTIDIGE_BESOEG) == [("share", "antal besøg gennemført til tiden", "alle planlagte besøg i måneden")]


@pytest.mark.parametrize("text", [
    # a baseline year: a target's change, no division
    "Klimamål\n\nMål 1: Lavere udledning\nUdledningen af drivhusgasser opgøres som antallet af ton CO2e og skal "
    "reduceres med 70 pct. i 2030 i forhold til 1990.\n",
    # a benchmark against the expected level: a difference, no division
    "Mål 2: Kortere forløb\nResultatet opgøres som antallet af uger på sygedagpenge i forhold til forventet.\n",
])
def test_in_relation_to_a_year_or_the_expected_divides_nothing(text: str) -> None:
    assert all(n is None and d is None for _, n, d in _parts(text))


def test_populationen_label_gives_the_population() -> None:
    assert [r.population for r in parse(_doc(POPULATIONEN_LABEL))] == [
        "Personer, der har modtaget kontanthjælp som jobparate i mindst én dag i måneden"]
