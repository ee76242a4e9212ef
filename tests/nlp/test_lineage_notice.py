"""Proposals a general meeting's notice lists as agenda points, and the annexes they are headed by (issue 15,
session 10): lines of DIKUrevyen's notice of 21 September 2015 (corpus/municipal s10_12) and of its minutes'
annexes (s9_13). An unvoted statute proposal is `planned`, by its proposer as phrased (municipal README,
session 10)."""
from __future__ import annotations

import pytest

from extract.document import Document
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.year, e.subject, e.actor) for e in lineage_events(doc)]


NOTICE = """Indkaldelses til ordinær generalforsamling 21. september 2015
I henhold til foreningens vedtægter
indkaldes der hermed til ordinær generalforsamling i DIKUrevyen.
Der er fem vedtægtsændringsforslag fra ledelsen i denne dagsorden.

Dagsorden

1. Valg af dirigent.
4. Regnskab.
5. Budget for revyåret 2016.
6. Vedtægtsændringer.
(a) Ekstra mulighed for godkendelse af vedtægtsændringer. (Bilag A)
(b) Ændring af titlen »ledelsen« til »bestyrelsen«. (Bilag B)
7. Eventuelt.
"""


def test_a_notices_lettered_proposals_are_planned_by_the_proposer_in_the_meetings_year() -> None:
    assert _events(NOTICE) == [
        ("planned", 2015, "Ekstra mulighed for godkendelse af vedtægtsændringer", "ledelsen"),
        ("planned", 2015, "Ændring af titlen »ledelsen« til »bestyrelsen«", "ledelsen"),
    ]


ANNEX = """Bilag B

Ændring af titlen »ledelsen« til
»bestyrelsen«

Tekstændringer til § 4:
Afsnit 2
"""


def test_an_annex_of_rewritten_passages_is_headed_by_its_proposal() -> None:
    """Read alone, the annex names neither the proposer nor the vote: `planned`, actor and year unknown."""
    assert _events(ANNEX) == [("planned", None, "Ændring af titlen »ledelsen« til »bestyrelsen«", None)]


@pytest.mark.parametrize("text", [
    # lettered points under an agenda item that is no proposal, in a notice
    "Indkaldelse til ordinær generalforsamling 21. september 2015\n\nDagsorden\n\n1. Valg af dirigent.\n"
    "2. Regnskab.\n(a) Revisors bemærkninger.\n(b) Godkendelse af regnskabet.\n",
    # the same points in a text that is no notice (a heading and the agenda alone)
    "Dagsorden\n\n6. Vedtægtsændringer.\n(a) Ekstra mulighed for godkendelse af vedtægtsændringer. (Bilag A)\n",
    # an annex heading that no rewritten passage follows
    "Bilag C\n\nValg af bestyrelsen/revybosser\n\nBestyrelsen består af 2-3 medlemmer.\n",
])
def test_no_proposal(text: str) -> None:
    assert _events(text) == []
