"""Folketing answer letters that name a person after a title written with a capital, as a sentence opens
with it ("Biskop Elof Westergaard har oplyst", probes20 qa 17; "Biskop Thomas Reinholdt Rasmussen",
probes16 qa 17; "Professor Per Hove Thomsen", probes16 qa 04): the person goes to `persons` as the same
title in lower case already sent it ("overlæge Poul Videbech"). The bishop's title is a row of
extract/data/person_titles.tsv, attested by the two samples below."""
from __future__ import annotations

from pathlib import Path

from extract.people import named_persons
from extract.person_roles import roled_persons
from knowledge.pipeline import extract_path

# A Kirkeministeriet answer: the stift's bishop cited at a sentence's start, then in lower case.
BISHOP_ANSWER_SAMPLE = """Folketingets Kirkeudvalg
Christiansborg
1240 København K
Dato: 14. marts 2023
J.nr. 2023-1187
Kirkeudvalget har den 28. februar 2023 stillet følgende spørgsmål nr. 41 (alm. del) til kirkeministeren, som hermed besvares.
Spørgsmål nr. 41:
Vil ministeren oplyse, hvor mange præstestillinger i Viborg Stift der har været ubesatte i 2022?
Svar:
Kirkeministeriet har indhentet oplysninger fra Viborg Stift. Biskop Henrik Stubkjær har oplyst, at tre stillinger
har været ubesatte i mere end et halvt år. Stiftet har oplyst, at biskop Henrik Stubkjær har nedsat en arbejdsgruppe,
der skal se på rekrutteringen.
Med venlig hilsen
Louise Schack Elholm
"""

# An answer: a stift's bishop named in lower case inside the sentence and in capitals opening one.
BISHOP_STIFT_SAMPLE = """Folketingets Kirkeudvalg
Christiansborg
1240 København K
Dato: 16. maj 2022
J.nr. 2022-0931
Kirkeudvalget har den 2. maj 2022 stillet følgende spørgsmål nr. 77 (alm. del) til kirkeministeren, som hermed besvares.
Spørgsmål nr. 77:
Vil ministeren redegøre for, hvordan Haderslev Stift bruger de midler, der er afsat til sogneindsatsen?
Svar:
Jeg har bedt Haderslev Stift om en redegørelse. Stiftet oplyser, at biskop Marianne Christiansen har fordelt midlerne
til fem pastorater. Direktør Anne Friis Nielsen fra Stiftsadministrationen har oplyst, at pengene er brugt i 2022.
Med venlig hilsen
Ane Halsboe-Jørgensen
"""


def _persons(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    persons = extract_path(path).flat.model_dump(mode="json")["persons"]
    assert isinstance(persons, list)
    return persons


def test_a_bishop_at_a_sentences_start_is_a_person(tmp_path: Path) -> None:
    assert _persons(tmp_path, BISHOP_ANSWER_SAMPLE) == ["Henrik Stubkjær"]


def test_a_capitalised_title_in_the_body_names_its_person(tmp_path: Path) -> None:
    assert _persons(tmp_path, BISHOP_STIFT_SAMPLE) == ["Marianne Christiansen", "Anne Friis Nielsen"]


def test_capitalised_titles_in_running_text() -> None:
    assert [h.value for h in named_persons("Professor Per Hove Thomsen har peget på stigningen.")] == ["Per Hove Thomsen"]
    assert [h.value for h in named_persons("Det er oplyst. Direktør Lars Hansen har oplyst det.")] == ["Lars Hansen"]
    assert [h.value for h in named_persons("Biskop Elof Westergaard har oplyst det.")] == ["Elof Westergaard"]


def test_the_bishops_role() -> None:
    people = roled_persons(BISHOP_STIFT_SAMPLE)
    assert ("Marianne Christiansen", "biskop") in [(p.name, p.role) for p in people]


def test_a_capital_inside_no_title_names_nobody() -> None:
    # "Biskoppen" is the title's definite form, no title before a name; an institution after a title is no person
    assert [h.value for h in named_persons("Biskoppen Ribe Stift har svaret. Direktør Styrelsen for Arbejdsmarked.")] \
        == []
    assert [h.value for h in named_persons("Formand for udvalget er ikke valgt endnu.")] == []
