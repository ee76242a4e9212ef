"""Two years a national policy text gives by a phrase, not a bare date: the finance act a thing was made with ("med" /
"ved finansloven for 2021": that year, as the probe rounds' gold has it: probes12, probes14, probes17, probes19,
probes21 n08), and "sidste år" / "i fjor" in a dated speech or news item (the year before the document's; probes21 n05).
A target's "for 2018", a comparison "i forhold til sidste år" and a span "inden for det sidste år" date nothing.
The texts are written for the test, in the phrasing of those documents but about other schemes."""
from __future__ import annotations

import pytest

from extract.document import Document
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.year, e.subject) for e in lineage_events(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Analyse, 12. marts 2024\n\nMed finansloven for 2022 blev befordringsfradraget for yderkommuner gjort permanent, "
     "mens tillægget for pendlere over 100 km bortfaldt.",
     [("confirmed", 2022, "befordringsfradraget for yderkommuner"), ("dropped", 2022, "tillægget for pendlere over 100 km")]),
    ("Notat, 4. april 2019\n\nTilskuddet til frivillige foreninger blev afskaffet ved finansloven for 2016.",
     [("dropped", 2016, "Tilskuddet til frivillige foreninger")]),
])
def test_the_finance_act_dates_what_was_made_with_it(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tale, 19. september 2024\n\nJeg er glad for, at Folketinget sidste år vedtog en national handlingsplan mod ensomhed.",
     [("introduced", 2023, "national handlingsplan mod ensomhed")]),
    ("Nyhed, 2. februar 2022\n\nI fjor blev der indført en ny tilskudsordning til fritidsjob.",
     [("introduced", 2021, "ny tilskudsordning til fritidsjob")]),
])
def test_last_year_is_the_year_before_the_document(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_a_comparison_with_last_year_dates_nothing_as_last_year() -> None:
    events = _events("Nyhed, 6. februar 2024\n\nTilskudssatsen er forhøjet i forhold til sidste år.")
    assert all(year != 2023 for _, year, _ in events)
