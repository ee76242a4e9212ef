"""Commitments to come with a named actor in national policy texts.

A bill put forward is proposed, not decided (the star README: `planned`, "expected or proposed but not yet decided"):
"fremsætte" (nlp/data/event_lexicon.csv, only "to_come") under a modal, an intent or a time to come is `planned`, its
subject the thing to be made and its actor the subject of the clause; its past and its relative clause are steps of a
bill's history and give nothing. Two infinitives under one modal ("vil følge ordningen og iværksætte en ny evaluering")
share it: the second is as planned as the first."""
from __future__ import annotations

import pytest

from extract.document import Document
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.year, e.subject, e.actor) for e in lineage_events(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    # a finance agreement (probe 17, doc 09) and a government's answer to a council's recommendations (doc 11)
    ("Regeringen vil i 2021 fremsætte et forslag til en ny og mere enkel ældrelov.",
     [("planned", 2021, "en ny og mere enkel ældrelov", "Regeringen")]),
    ("Indenrigs- og Sundhedsministeriet vil i foråret 2025 fremsætte de nødvendige lovforslag.",
     [("planned", 2025, "nødvendige lovforslag", "Indenrigs- og Sundhedsministeriet")]),
    # an agreement's list item: the passive present with a time to come
    ("Et lovforslag om en ny ældrelov fremsættes i oktober 2024.",
     [("planned", 2024, "lovforslag om en ny ældrelov", None)]),
    # the second infinitive under one modal (probe 17, doc 06)
    ("Ministeriet vil følge ordningen tæt og iværksætte en ny evaluering, inden forlængelsen udløber.",
     [("planned", None, "ny evaluering", "Ministeriet")]),
    ("Regeringen vil styrke indsatsen og indføre en ny ydelse til enlige forsørgere.",
     [("planned", None, "ny ydelse til enlige forsørgere", "Regeringen")]),
])
def test_a_commitment_to_come(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    # a bill's history: the adoption is the event, not the step of putting it forward
    "Lovforslaget blev fremsat den 23. oktober 2019 og var til 1. behandling den 8. november 2019.",
    "Det var min forgænger, der fremsatte lovforslaget.",
    # a relative clause on the bill only qualifies it
    "Elementerne udmøntes ved lovforslag, som fremsættes i indeværende folketingsår.",
    # an adjunct clause tells a circumstance, no bill to come (a party programme's rule of civil procedure, pdf_more
    # Dansk Folkeparti; a condition of a party's vote)
    "Hver part kan begære et retsmøde med én dommer, som kommer med et forslag, idet han samtidig fremsætter en "
    "forligstekst.",
    "Hvis regeringen fremsætter et lovforslag om sagen, vil vi stemme imod.",
    # an association's statutes: an agenda put forward is no proposal (s9_13, s10_12, s11_09, s11_11)
    "Bestyrelsen fremsætter herefter en endelig dagsorden, som offentliggøres senest 2 dage før generalforsamlingen.",
    # after a comma a new clause: no infinitive under the modal
    "Regeringen vil styrke indsatsen, og for at indføre en ny ydelse kræves en lov.",
    # an infinitive marked by "at" after the conjunction is no second infinitive under the modal
    "Kommunen vil gerne hjælpe og har besluttet ikke at indføre en ny ordning.",
])
def test_no_commitment(text: str) -> None:
    assert _events(text) == []
