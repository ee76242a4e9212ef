"""A municipal policy's "Vi vil:" lists whose items open with a light verb (issue 15, session 10): lines of
Syddjurs Kommune's "Politik for Kultur og Fritid - Lokalt engagement" (corpus/municipal s10_10, s10_11; the
gold notes: only items naming a concrete instrument are `planned`, actor and year unknown; items introduced
by "eksempelvis"/"evt." are no events; vague aims are none)."""
from __future__ import annotations

import pytest

from extract.document import Document
from nlp.lineage import lineage_events


def _events(text: str) -> list[tuple]:
    doc = Document.from_text(text)
    return [(e.event, e.year, e.subject, e.actor) for e in lineage_events(doc)]


MUSIKSKOLE = """Musikskole
Vi vil:
- skabe forudsætninger for livslang, aktiv deltagelse i musiklivet som lyttere og
udøvere. Tilbud til børn og unge er centralt
- fremme det lokale musikmiljø blandt andet gennem samarbejde med institutioner
og foreninger og gennem samspil
- arbejde for udvikling af kulturskole i Rønde som et samarbejde mellem kommunens
kulturinstitutioner
"""


def test_a_noun_of_making_after_arbejde_for_names_the_thing_made() -> None:
    """"arbejde for udvikling af X": X, with its noun of making, up to its apposition ("som et samarbejde ...");
    a means that is itself vague ("gennem samarbejde ... og gennem samspil") is none."""
    assert _events(MUSIKSKOLE) == [("planned", None, "udvikling af kulturskole i Rønde", None)]


HUSE = """Aktivitets- og kulturhuse
Vi vil:
- arbejde for udbygning af allerede eksisterende kulturbærende huse, som
eksempelvis Kom-Bi Biograf og Kulturhus i Hornslet og Hotellet i Rønde
- indgå dialog om etablering af større kultur, koncert, udstillings- og konferencehus i
Ebeltoft
- arbejde for mangfoldigheden i aktiviteter og anvendelse af eksisterende aktivitets-
og kulturhuse herunder fokusere på alternative udnyttelsesmuligheder for den
offentlige service som borgerservice, bibliotek mv.
"""


def test_items_over_several_lines_and_indgaa_dialog_om() -> None:
    """An item wrapped over lines is read whole; "indgå dialog om etablering af X" plans X, the dialogue is no
    instrument; "arbejde for mangfoldigheden ..." is an aim."""
    assert _events(HUSE) == [
        ("planned", None, "udbygning af allerede eksisterende kulturbærende huse", None),
        ("planned", None, "etablering af større kultur, koncert, udstillings- og konferencehus i Ebeltoft", None),
    ]


BOERNEKULTUR = """Børnekultur
Vi vil:
- skabe og fremme et innovativt miljø for aktører indenfor børnekulturen blandt
andet gennem inspirationsdage for børnekulturen
- arbejde for, at der dannes et faciliteret netværk, hvor børnekulturen til stadighed
udfordres og udvikles
- sikre fleksible og inspirerende rammer
- arbejde for mangfoldighed gennem lokale tiltag og fælles tiltag for større dele af
kommunens børn eksempelvis som børnekulturpakker
"""


def test_means_and_a_network_to_be_formed() -> None:
    """The means an aim names ("blandt andet gennem inspirationsdage") is the instrument; "arbejde for, at der
    dannes X" plans X; an example ("eksempelvis som børnekulturpakker") and "sikre ... rammer" are none."""
    assert _events(BOERNEKULTUR) == [
        ("planned", None, "inspirationsdage for børnekulturen", None),
        ("planned", None, "faciliteret netværk", None),
    ]


def test_arbejde_for_at_with_an_action_verb() -> None:
    text = ("Musik\nVi vil:\n- arbejde for at danne musiknetværk, hvor musikkulturen til stadighed udfordres og\n"
            "udvikles\n- arbejde på at udvikle faciliteter for den udøvende musik\n")
    assert _events(text) == [("planned", None, "musiknetværk", None)]


@pytest.mark.parametrize("text", [
    # an instrument given as an example ("eksempelvis gennem", "evt. gennem") is none (s10_11 gold notes)
    "Kunst\nVi vil:\n- inddrage kunstnere i udviklingstiltag og oplæg eksempelvis gennem billedkunstråd\n",
    "Landsbykultur\nVi vil:\n- igangsætte tiltag, der styrker den kulturelle sammenhængskraft lokalt såvel som\n"
    "kommunalt evt. gennem ”Liv i forsamlingshusene på hele Djursland”.\n",
    # aims after "arbejde for" name nothing to be made
    "Kunst\nVi vil:\n- arbejde for at tænke kunst og byplanlægning sammen\n- arbejde for bredest mulig formidling "
    "og profilering af kunstnere, tiltag og\narrangementer\n",
    # a heading and a description of the present, not under a "Vi vil:" lead
    "Mål og handlinger til realisering\n\nDe organisatoriske rammer har opmærksomhed med henblik på at understøtte de\n"
    "frivilliges engagement og initiativer.\n",
])
def test_no_policy_event(text: str) -> None:
    assert _events(text) == []
