"""A local list ("lokalliste": "Kystlisten", "Lokallisten Odsherred", "Fælleslisten Morsø"; probes22, 24, 25 m12) is in
no party table; issuing its election programme it speaks as a party does: its demands are `planned` and its
keep-wishes `confirmed`, the list their actor, by the name the text calls it."""
from __future__ import annotations

from pathlib import Path

from knowledge.pipeline import extract_path


def _events(tmp_path: Path, text: str) -> list[tuple]:
    # the issuer under the title is read by the whole pipeline (as tests/nlp/test_lineage_local_programmes.py does)
    path = tmp_path / "programme.txt"
    path.write_text(text, encoding="utf-8")
    return [(e.event, e.subject, e.actor) for e in extract_path(path).flat.lineage_events]


_PROGRAMME = """Vores mærkesager til kommunalvalget 2025
Havlisten Lolland, 1. september 2025

Havlisten er en tværpolitisk lokalliste, der arbejder for hele Lolland.

Det vil vi:
- Der skal etableres et ungdomshus med fast personale i Maribo.
- Brugerbetalingen på musikskolen skal afskaffes.

Det vil vi bevare:
- Vi vil bevare den nuværende ordning med gratis kompostbeholdere.

Stem på Havlisten den 18. november.
"""


def test_a_local_lists_demands_are_its_plans(tmp_path: Path) -> None:
    got = _events(tmp_path, _PROGRAMME)
    assert ("planned", "ungdomshus med fast personale i Maribo", "Havlisten") in got
    assert ("planned", "afskaffelse af brugerbetalingen på musikskolen", "Havlisten") in got
    assert ("confirmed", "ordningen med gratis kompostbeholdere", "Havlisten") in got


def test_the_place_is_the_names_where_the_text_uses_it(tmp_path: Path) -> None:
    text = _PROGRAMME.replace("Havlisten er", "Havlisten Lolland er")
    assert ("planned", "ungdomshus med fast personale i Maribo", "Havlisten Lolland") in _events(tmp_path, text)


def test_a_kommunes_own_text_is_no_lists_voice(tmp_path: Path) -> None:
    # issued by a kommune, the same lines are no party's demands
    text = _PROGRAMME.replace("Havlisten Lolland, 1. september 2025", "Lolland Kommune, 1. september 2025")
    assert not [e for e in _events(tmp_path, text) if e[2] in ("Havlisten", "Havlisten Lolland", "Lolland Kommune")
                and e[0] in ("planned", "confirmed")]
