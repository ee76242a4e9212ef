"""A measure's definition says how a share or an average is computed; the endings it speaks of are the counted
cases' own ("forløb, der er afsluttet", "hvor udredningen er afsluttet"), no policy's. The sentences the indicator
parser takes as the definition of a share or an average give no lineage event (nlp/lineage/events.py
`_skipped_ranges`); a count's sentence is still read, for a policy may be phrased as one ("Antallet af ...
reduceres med fire"), and the page's own events stay."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.pipeline import extract_path

HEAD = "Målingsbeskrivelse\nStyrelsen for Arbejdsmarked og Rekruttering, 3. marts 2024\n\n"


def _read(tmp_path: Path, body: str) -> tuple[list[tuple[str, str]], list[str]]:
    path = tmp_path / "maaling.txt"
    path.write_text(HEAD + body, encoding="utf-8")
    flat = extract_path(path).flat
    return [(e.event, e.subject) for e in flat.lineage_events], [i.definition or "" for i in flat.indicators]


@pytest.mark.parametrize("body", [
    # a share whose counted cases end
    "Rettidige samtaler\nMålingen viser andelen af afsluttede sygedagpengeforløb, der afsluttes med raskmelding "
    "inden for 8 uger.\n",
    # an average over ended cases, after a field label
    "Varighed af forløb\nDefinition: Nøgletallet beregnes som det gennemsnitlige antal uger, et ledighedsforløb har "
    "varet, for de forløb, der er afsluttet inden for året.\n",
])
def test_the_definition_of_a_share_or_an_average_gives_no_event(tmp_path: Path, body: str) -> None:
    events, definitions = _read(tmp_path, body)
    assert definitions and events == []


def test_the_pages_own_events_stay(tmp_path: Path) -> None:
    events, definitions = _read(tmp_path, (
        "Rettidige samtaler\nMålingen viser andelen af afsluttede sygedagpengeforløb, der afsluttes med raskmelding "
        "inden for 8 uger.\n\nMålingen erstattede i 2019 den tidligere måling af sygedagpengeforløbenes varighed.\n"))
    assert definitions and [kind for kind, _ in events] == ["replaced"]


def test_a_policy_phrased_as_a_count_is_still_read(tmp_path: Path) -> None:
    events, _ = _read(tmp_path, "Administration\nAntallet af chefstillinger i Social og Sundhed reduceres med tre.\n")
    assert [kind for kind, _ in events] == ["changed"]
