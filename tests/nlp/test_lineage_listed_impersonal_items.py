"""Impersonal items of a budget agreement's or a plan's list: "- Der igangsættes et toårigt forsøg med ...",
"• Der etableres et nyt koordinationsforum ...". The expletive "der" opens the item after its list mark as it opens
a sentence, so the thing the passive introduces follows the verb (probes22 m04, probes20 kkr, probes15 kkr,
probes17 national). "i stedet for X" compares within its clause and points back at no dropped item (probes18 d06).
Short Danish texts in, exact events out, and texts that must give none."""
from __future__ import annotations

from extract.document import Document, Page, Segment
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple[str, str | None]]:
    doc = Document("x", "x.txt", "text", (Page(1, text),), text, (Segment(0, 0, len(text), len(text), True),))
    return [(e.event, e.subject) for e in lineage_events(doc)]


BUDGET = """Budgetforlig 2025-2028
Hjørring Kommune, 3. oktober 2024

Nye initiativer
- Der igangsættes et toårigt forsøg med lektiecafeer på bibliotekerne i Hirtshals og Sindal.
- Der indføres en fælles varslingsfrist på seks måneder ved lukning af tilbud.
"""


def test_dash_items_with_expletive_der_introduce_what_follows_the_verb() -> None:
    assert _events(BUDGET) == [
        ("introduced", "toårigt forsøg med lektiecafeer på bibliotekerne i Hirtshals og Sindal"),
        ("introduced", "fælles varslingsfrist på seks måneder ved lukning af tilbud"),
    ]


KKR = """Notat fra KKR Sjælland
14. marts 2024

Tiltag i rammeaftalen
• Der etableres et nyt koordinationsforum for børn og unge med komplekse behov.
"""


def test_bullet_item_with_expletive_der() -> None:
    assert _events(KKR) == [("introduced", "nyt koordinationsforum for børn og unge med komplekse behov")]


def test_the_expletive_is_never_the_subject() -> None:
    assert all(subject and not subject.lower().startswith("der ") and subject.lower() != "der"
               for _, subject in _events(BUDGET + KKR))


def test_item_with_der_after_a_noun_is_a_relative_not_an_expletive() -> None:
    # "der" after a noun is a relative pronoun: what it says of the noun is no event of a list item
    text = """Notat
Slagelse Kommune, 2. maj 2024

Status
- Borgere, der bor i botilbud uden for egen kommune, følges af en koordinator.
"""
    assert _events(text) == []


MADSERVICE = """Kvalitetsstandard for madservice 2025
Guldborgsund Kommune, 12. december 2024

Ændringer i forhold til 2024
- Der kan ikke længere bestilles biret.
- Kølemad leveres nu to gange om ugen i stedet for tre.
"""


def test_instead_of_compares_within_its_clause_and_replaces_no_earlier_item() -> None:
    events = _events(MADSERVICE)
    assert ("dropped", "biret") in events
    assert all(kind != "replaced" for kind, _ in events)


def test_fronted_instead_of_still_points_back_at_the_dropped_thing() -> None:
    text = """Nyt om fødsler på Ærø
Region Syddanmark, 4. marts 2024

Det jordemoderbetjente fødested i Ærøskøbing lukkes med udgangen af marts 2024.
I stedet for fødestedet oprettes en jordemoderkonsultation på Ærø Sygehus.
"""
    assert [kind for kind, _ in _events(text)].count("replaced") == 1
