"""One id per person everywhere: extract, nlp and the graph read danish.ids."""
from __future__ import annotations

import pytest

from danish.ids import person_id
from extract.people import person_id as extract_person_id
from nlp.gazetteer import slug as nlp_slug
from nlp.linking import person_id as nlp_person_id


@pytest.mark.parametrize("name", ["Åse Ålund", "Finn Sørensen", "Mette Frederiksen", "Özlem Sara Cekic"])
def test_extract_and_nlp_give_one_person_id(name: str) -> None:
    assert extract_person_id(name) == nlp_person_id(name) == person_id(name)


def test_the_issues_example() -> None:
    # issue 12: "Åse Ålund" was person:ase-alund in extract and person:aase-aalund in nlp.
    assert extract_person_id("Åse Ålund") == nlp_person_id("Åse  Ålund") == "person:aase-aalund"


def test_extract_repairs_line_breaks_before_the_id() -> None:
    assert extract_person_id("Johan-\nne Schmidt-Nielsen") == "person:johanne-schmidt-nielsen"


def test_nlp_slugs_are_the_same_scheme() -> None:
    assert nlp_slug("Høje-Taastrup") == "hoeje-taastrup"
