"""A case's decision lines in turn: minutes print each body's decision as the case goes from udvalg to byråd
("Beslutning i Social- og Seniorudvalget ... / Anbefales." then "Beslutning i Byrådet ... / Godkendt.", a byråd's
beslutningsprotokol; "Økonomiudvalgets beslutning ... / Anbefales." with a note on the vote, then "Beslutning i
Byrådet ... / Indstillingen godkendt."). The body of the last line decides the points, in its meeting's year, and each point is its own evidence;
a chain whose last body rejects gives nothing. Texts in, exact events out."""
from __future__ import annotations

from pathlib import Path

from tests.nlp.notat_events import notat_events, notat_evidence

HEAD = "Byrådet – Beslutningsprotokol, punkt 7\nSønderborg Kommune, 24. september 2025\n\n"
POINTS = ("Indstilling\nDirektøren for Teknik og Miljø indstiller,\n1. at busrute 14 nedlægges,\n"
          "2. at taksten for flextur forhøjes med 5 kr.\n\n")


def test_the_last_body_of_the_chain_decides(tmp_path: Path) -> None:
    body = POINTS + ("Beslutning i Teknik- og Miljøudvalget den 2. september 2025\nAnbefales.\n\n"
                     "Beslutning i Byrådet den 24. september 2025\nGodkendt.\n")
    assert notat_events(tmp_path, HEAD, body) == [("dropped", "busrute 14", "Byrådet", 2025),
                                                  ("changed", "taksten for flextur", "Byrådet", 2025)]
    assert notat_evidence(tmp_path, HEAD, body) == ["1. at busrute 14 nedlægges,",
                                                    "2. at taksten for flextur forhøjes med 5 kr."]


def test_a_genitive_chain_with_a_vote_note(tmp_path: Path) -> None:
    body = POINTS + ("Økonomiudvalgets beslutning den 10. september 2025\nAnbefales.\nV stemte imod.\n\n"
                     "Beslutning i Byrådet den 24. september 2025\nIndstillingen godkendt.\n")
    assert [(k, a) for k, _, a, _ in notat_events(tmp_path, HEAD, body)] == [("dropped", "Byrådet"),
                                                                             ("changed", "Byrådet")]


def test_a_chain_ending_in_a_rejection_gives_nothing(tmp_path: Path) -> None:
    body = POINTS + ("Beslutning i Teknik- og Miljøudvalget den 2. september 2025\nAnbefales.\n\n"
                     "Beslutning i Byrådet den 24. september 2025\nIkke godkendt.\n")
    assert notat_events(tmp_path, HEAD, body) == []


def test_one_decision_line_keeps_its_body(tmp_path: Path) -> None:
    body = POINTS + "Beslutning i Teknik- og Miljøudvalget den 2. september 2025\nGodkendt.\n"
    assert [a for _, _, a, _ in notat_events(tmp_path, HEAD, body)] == ["Teknik- og Miljøudvalget"] * 2
