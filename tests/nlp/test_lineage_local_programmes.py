"""A party's local programme for a kommune's election: the branch that signs it speaks for its party, its "Vi vil"
items and keep-wishes are the party's events (the municipal README: party demands naming a scheme are `planned` with
the party as actor; keep-wishes, "vil bevare", "skal fortsat", "stå fast på", are `confirmed`).

The texts are realistic local programmes of the kind probe rounds 15, 17 and 18 wrote (Venstre i Skive Kommune,
Socialdemokratiet i Horsens, Socialdemokratiet i Odense), each signed by the branch under its title."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.pipeline import extract_path
from nlp.lineage.genres import party_issuer
from extract.records import DocumentInfo


def _events(tmp_path: Path, text: str) -> list[tuple]:
    path = tmp_path / "programme.txt"
    path.write_text(text, encoding="utf-8")
    return [(e.event, e.year, e.subject, e.actor) for e in extract_path(path).flat.lineage_events]


HORSENS = """Et Horsens, der hænger sammen – Socialdemokratiets program for kommunalvalget 2025
Socialdemokratiet i Horsens, 20. august 2025

Ældre
Vi vil bevare de lokale daghjem i Brædstrup og Østbirk.

Børn og skole
Vi står fast på den ekstra time til bevægelse i indskolingen.
"""

SKIVE = """Et Skive for hele kommunen – Venstres program til kommunalvalget 2025
Venstre i Skive Kommune, 20. august 2025

Erhverv og trafik
Ordningen med to timers gratis parkering i midtbyen skal fortsætte.
"""


def test_a_local_branch_speaks_for_its_party(tmp_path: Path) -> None:
    # the branch's programme title has no programme noun of the table ("program"): its signature makes it the
    # party's voice, and the keep-wishes are the party's
    assert _events(tmp_path, HORSENS) == [
        ("confirmed", None, "lokale daghjem i Brædstrup og Østbirk", "Socialdemokratiet"),
        ("confirmed", None, "ekstra time til bevægelse i indskolingen", "Socialdemokratiet")]


def test_a_scheme_that_shall_go_on_is_kept(tmp_path: Path) -> None:
    assert _events(tmp_path, SKIVE) == [
        ("confirmed", None, "Ordningen med to timers gratis parkering i midtbyen", "Venstre")]


@pytest.mark.parametrize(("issuer", "party"), [
    ("Socialdemokratiet i Horsens", "Socialdemokratiet"),
    ("Socialdemokratiet i Odense", "Socialdemokratiet"),
    ("Venstre i Skive Kommune", "Venstre"),
    # a kommune's own body or a council that happens to hold "i" is no party's branch
    ("Handicaprådet i Sønderborg Kommune", None),
    ("Ældrerådet i Furesø", None),
    ("Teknik- og Miljøforvaltningen i Aarhus Kommune", None),
])
def test_local_branch_issuer(issuer: str, party: str | None) -> None:
    info = DocumentInfo(document_id="x", doc_type="other", issuer=issuer)
    assert party_issuer([info]) == party


@pytest.mark.parametrize("text", [
    # a growth, an aim, goes on: no scheme kept
    SKIVE.replace("Ordningen med to timers gratis parkering i midtbyen skal fortsætte.",
                  "Væksten i byen og i landsbyerne skal fortsætte."),
    # "fortsætte med at ...": another act, no keep-wish of the subject
    SKIVE.replace("skal fortsætte.", "skal fortsætte med at udvikle sig."),
    # a negated continuation keeps nothing
    SKIVE.replace("skal fortsætte.", "skal ikke fortsætte."),
    # a kommune's council is not a party: its "i Sønderborg Kommune" makes no party's voice of a høringssvar
    """Høringssvar vedrørende kvalitetsstandard for kørsel
Handicaprådet i Sønderborg Kommune, 8. november 2023

Handicaprådet takker for muligheden for at afgive høringssvar.
""",
])
def test_texts_that_keep_nothing(tmp_path: Path, text: str) -> None:
    assert [e for e in _events(tmp_path, text) if e[0] == "confirmed"] == []
