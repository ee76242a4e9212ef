"""A KKR's own newsletter and minutes call it by its bare acronym ("KKR besluttede også at nedlægge ...", probes22 m11;
"KKR godkendte rammeaftalen", probes23 m11): the acronym standing alone names the body, the actor. A head that needs a
name ("kkr", "kommune" in nlp/data/agent_heads.csv) still names nobody inside a longer phrase without one."""
from __future__ import annotations

from pathlib import Path

from nlp.lineage.agent_nouns import is_agent
from tests.nlp.notat_events import notat_events

HEAD = "Nyt fra KKR Sjælland\nKKR Sjælland, 4. december 2024\n\n"


def test_bare_acronym_is_the_actor(tmp_path: Path) -> None:
    body = "KKR besluttede at nedlægge den tværkommunale arbejdsgruppe om ordblindhed.\n"
    assert [(e[0], e[1], e[2]) for e in notat_events(tmp_path, HEAD, body)] == [
        ("dropped", "tværkommunale arbejdsgruppe om ordblindhed", "KKR")]


def test_acronym_alone_or_named() -> None:
    assert is_agent("KKR")
    assert is_agent("KKR Hovedstaden")
    assert not is_agent("kommunen")  # a named head's common noun names nobody
    assert not is_agent("KKR og regionen i")  # an acronym inside a longer phrase needs its name
