"""People a meeting's minutes list by their layout (extract/listed_people.py, extract/person_roles.py):
the attendance list on the minutes' first page and the members absent under it, the signatories
closing a member's proposal, and a person named once in full and again shorter. Given names come
from ODA's persons and from danish/data/given_names_da.csv (extract/given_names.py)."""
from __future__ import annotations

import pytest

from extract.given_names import is_given_name
from extract.person_roles import roled_persons

# The first page of Ballerup's minutes (corpus/pdf ballerup_referat_sundhedsudvalg_2012-12-04.pdf),
# as the loader gives it: the attendance list, an empty absence list, the secretary.
BALLERUP_COVER = """Referat

Sundheds- og Forebyggelsesudvalget
tirsdag den 4. december 2012, kl. 13:00
i Mødecenter C, Lokale 32 på Ballerup Rådhus

Åbent referat

Tilstede
Lolan Ottesen (A) - formand
Grethe Larsen (A) - næstformand
Birte Kramhøft (F)
Doris Børger (A)
Karl Vilhelm Nielsen (V)
Maria Lundahl Assov (A)
Per Mortensen (A)

Afbud/Fraværende

Sekretær
Mie Helene Andresen
"""

# The first page of Syddjurs's minutes (corpus/pdf syddjurs_referat_puk_2013-06-20.pdf): members
# grouped by party with blank lines between the groups, an empty "Fraværende".
SYDDJURS_COVER = """Referat

Udvalget for plan, udvikling og kultur (PUK)

Ekstraordinært PUK
Torsdag den 20. juni 2013
Kl. 10:30
Kaløvig Kursuscenter
Præstekravevej 46
Følle Strand
8410 Rønde

Medlemmer

Jesper Mathiesen (A)
Ole Bollesen (A)
Niels Viderø (A)

Ole Bjerregaard (V)
Steen Fris (C)

Fraværende

1 of 5
"""

# The same layouts with a member absent (the heading of either cover, one member moved under it).
ABSENT_SAMPLES = [
    ("Tilstede\nLolan Ottesen (A) - formand\nBirte Kramhøft (F)\n\nAfbud/Fraværende\nKarl Vilhelm Nielsen (V)\n\n"
     "Sekretær\nMie Helene Andresen\n",
     [("Lolan Ottesen", "formand (A)"), ("Birte Kramhøft", "medlem (F)"),
      ("Karl Vilhelm Nielsen", "medlem (V), fraværende"), ("Mie Helene Andresen", "sekretær")]),
    ("Medlemmer\n\nJesper Mathiesen (A)\nOle Bollesen (A)\n\nFraværende\n\nSteen Fris (C)\n\n1 of 5\n",
     [("Jesper Mathiesen", "medlem (A)"), ("Ole Bollesen", "medlem (A)"), ("Steen Fris", "medlem (C), fraværende")]),
]

# A member's proposal in the Aarhus byråd referat 2025-08-27 (corpus/municipal s9_09): its
# signatories, each with the party after a comma; "Solveig" is no given name of Folketinget's members.
PROPOSAL_SIGNATORIES = """Motivering: Det er dybt uhensigtsmæssigt, at skolens beslutning om henvisning af barn til
specialundervisning skal være påvirket af generelle budgetovervejelser.
Solveig Munk, Enhedslisten
Viggo Jonasen, Uden For Part.
Bilag
"""

# DIKUrevyen's general-meeting minutes (corpus/municipal s7_11): the same person in full and, later,
# with the surname printed in lower case.
SHORTER_MENTION = """David Rechnagel Udsen er dirigent. Niels Gustav Westphal Serup er referent.

De gamle bosser trådte af efter krisemøde. David Rechnagel udsen og Nana
Girotti blev bosser efter Daniel Egeberg og Maya Saietz trådte af.
"""

# Lines that name no one: a street that is also a given name ("Solvej 6", the Ballerup project's
# address), a heading opening with a given name that is a word ("Mark"), an empty absence list.
NOTHING_SAMPLES = [
    "Etablering af aktivitetscenter på Solvej 6 i Ballerup\n",
    "Mark og Skov\nDen grønne plan for de næste ti år.\n",
    "Afbud/Fraværende\n\nSekretær\n",
    "Fraværende\n\n1 of 5\n",
]


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in roled_persons(text)]


def test_ballerup_cover_lists_members_with_party_and_role_and_the_secretary() -> None:
    assert _people(BALLERUP_COVER) == [
        ("Lolan Ottesen", "formand (A)"), ("Grethe Larsen", "næstformand (A)"), ("Birte Kramhøft", "medlem (F)"),
        ("Doris Børger", "medlem (A)"), ("Karl Vilhelm Nielsen", "medlem (V)"), ("Maria Lundahl Assov", "medlem (A)"),
        ("Per Mortensen", "medlem (A)"), ("Mie Helene Andresen", "sekretær")]


def test_syddjurs_cover_lists_members_across_party_groups() -> None:
    assert _people(SYDDJURS_COVER) == [
        ("Jesper Mathiesen", "medlem (A)"), ("Ole Bollesen", "medlem (A)"), ("Niels Viderø", "medlem (A)"),
        ("Ole Bjerregaard", "medlem (V)"), ("Steen Fris", "medlem (C)")]


@pytest.mark.parametrize(("text", "expected"), ABSENT_SAMPLES)
def test_members_under_an_absence_heading_are_absent(text: str, expected: list[tuple[str, str]]) -> None:
    assert _people(text) == expected


def test_proposal_signatories_with_given_names_beyond_folketinget() -> None:
    assert [name for name, _ in _people(PROPOSAL_SIGNATORIES)] == ["Solveig Munk", "Viggo Jonasen"]


def test_a_shorter_mention_of_a_named_person_is_not_a_second_person() -> None:
    names = [name for name, _ in _people(SHORTER_MENTION)]
    assert "David Rechnagel" not in names
    assert [n for n in names if n.startswith("David")] == ["David Rechnagel Udsen"]
    assert {"Niels Gustav Westphal Serup", "Daniel Egeberg", "Maya Saietz"} <= set(names)


@pytest.mark.parametrize("text", NOTHING_SAMPLES)
def test_layouts_that_name_no_one(text: str) -> None:
    assert roled_persons(text) == []


def test_danish_given_names_beyond_folketinget_are_given_names() -> None:
    assert all(is_given_name(w) for w in ("Solveig", "Maya", "Oskar", "Frank", "Birgit"))
    assert not any(is_given_name(w) for w in ("Center", "Parkhuset", "Den", "Kommune"))


# Another proposal of the same minutes (Aarhus byråd referat 2025-08-27, corpus/pdf): two proposers,
# each with the party's name.
SELF_DRIVING_PROPOSAL = """2) At Aarhus Kommune aktivt interessevaretager overfor regering og folketing med henblik på at blive udpeget som
testkommune for selvkørende biler.
Jakob Søgaard Clausen, Danmarksdemokraterne
Henrik Arens, Liberal Alliance.
Bilag
"""


def test_proposers_named_with_their_party_are_read_from_the_line_layout() -> None:
    from extract.signatures import party_signatories

    assert [p.name for p in party_signatories(SELF_DRIVING_PROPOSAL)] == ["Jakob Søgaard Clausen", "Henrik Arens"]
    # the party's name, not the given name, makes the line a signatory's: a given name unknown to
    # both tables is read too
    assert [p.name for p in party_signatories(PROPOSAL_SIGNATORIES.replace("Solveig", "Trevor"))] == ["Trevor Munk"]


@pytest.mark.parametrize("text", [
    "Medlemmer:\nBorgmester Jensen, Venstre\n",  # an office and a surname
    "Forslaget blev stillet af\nHanne Lund, Venstre\n",  # inside a sentence, no signature
    "Kontakt:\nCenter for Sundhed, Ballerup\n",  # no party
])
def test_lines_with_a_party_that_name_no_proposer(text: str) -> None:
    from extract.signatures import party_signatories

    assert party_signatories(text) == []


def test_a_long_run_of_signatory_lines_reads_each_once() -> None:
    from extract.signatures import party_signatories

    text = "Forslaget sendes videre.\n" + "Jens Hansen, Venstre\n" * 20_000
    assert len(party_signatories(text)) == 20_000
    assert [p.name for p in roled_persons(text)] == ["Jens Hansen"]
