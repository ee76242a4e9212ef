"""A bare definite noun that points back ("Loftet", "Jobfradraget") names the thing an earlier event spelled out, not
the values that event's change gave it: "forhøje loftet over fradraget ... fra 6.000 kr. til 7.000 kr." and then
"Loftet blev fordoblet til 6.000 kr." (probes15 n02, whose subject read "... fra 6.000 kr. til 7.000 til 6.000 kr");
"... jobfradraget fra 4,5 pct. til 6 pct. ..." and then "Jobfradraget blev indført med virkning fra indkomståret
2020" (a probes15 lovforslag)."""
from __future__ import annotations

from extract.document import Document
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.year, e.subject) for e in lineage_events(doc)]


def test_the_anaphor_names_the_thing_without_the_earlier_values() -> None:
    text = ("Partierne er enige om at forhøje loftet over fradraget for kontingent til fagforeninger fra 6.000 kr. til "
            "7.000 kr. årligt. Loftet blev fordoblet til 6.000 kr. i 2020.")
    assert _events(text) == [
        ("changed", None, "loftet over fradraget for kontingent til fagforeninger fra 6.000 kr. til 7.000"),
        ("changed", 2020, "loftet over fradraget for kontingent til fagforeninger til 6.000 kr")]


def test_an_earlier_subject_without_values_is_taken_whole() -> None:
    text = ("Regeringen har forhøjet grænsen for fradrag for gaver til almennyttige foreninger. Grænsen blev også "
            "ændret i 2019.")
    assert [e[2] for e in _events(text)][-1] == "grænsen for fradrag for gaver til almennyttige foreninger"
