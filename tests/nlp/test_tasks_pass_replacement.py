"""A body ended while its tasks pass to another ("idet/da opgaven fremover varetages af Y", "og at rådets opgaver
fremover varetages af Y"): `replaced`, its replaced_by the body that takes the tasks (probes21 m03, probes23 m11,
probes25 m11); a task taken over with nothing ended gives no replacement."""
from __future__ import annotations

import pytest

from extract.document import Document
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.subject, e.replaced_by) for e in lineage_events(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    ("KKR Midtjylland besluttede at nedlægge den tværkommunale styregruppe for plejeboliger, idet opgaven "
     "fremover varetages af det faglige netværk for ældre.",
     ("replaced", "tværkommunale styregruppe for plejeboliger", "faglige netværk for ældre")),
    ("Byrådet besluttede at nedlægge Integrationsrådet, da opgaverne fremover varetages af Social- og "
     "Sundhedsudvalget.",
     ("replaced", "Integrationsrådet", "Social- og Sundhedsudvalget")),
    # the older wording still holds: "og dens opgaver overgår til"
    ("Den særskilte koordinationsgruppe for demens nedlægges, og dens opgaver overgår til det faglige netværk.",
     ("replaced", "særskilte koordinationsgruppe for demens", "faglige netværk")),
])
def test_tasks_passed_on_replace_the_ended_body(text: str, expected: tuple) -> None:
    assert expected in _events(text)
    assert not [e for e in _events(text) if e[0] == "dropped"]


@pytest.mark.parametrize("text", [
    # a task taken over with nothing ended: no replacement
    "Opgaven varetages fremover af det regionale rekrutteringspartnerskab.",
    # a body kept, its tasks described
    "Styregruppen fortsætter, idet opgaven fremover er at følge udbygningen af plejeboliger.",
])
def test_no_replacement_without_an_end(text: str) -> None:
    assert not [e for e in _events(text) if e[0] == "replaced"]
