"""The shared name-resolution rule: threshold and ambiguity margin, never a guess."""
from __future__ import annotations

from extract.fuzzy import decide, ranked_owners


def test_owners_are_ranked_by_their_best_spelling() -> None:
    ranked = ranked_owners("hoje taastrup", ["høje-taastrup", "hoje taastrup", "tårnby"],
                           ["Høje-Taastrup", "Høje-Taastrup", "Tårnby"])
    assert ranked[0] == ("Høje-Taastrup", 100.0) and [o for o, _ in ranked].count("Høje-Taastrup") == 1


def test_decide_accepts_reports_ambiguity_and_refuses_weak_matches() -> None:
    assert decide([("A", 95.0), ("B", 80.0)], threshold=90, margin=3) == ("fuzzy", "A", 95.0, ("A",))
    assert decide([("A", 95.0), ("B", 93.0)], threshold=90, margin=3) == ("ambiguous", None, 95.0, ("A", "B"))
    assert decide([("A", 85.0)], threshold=90, margin=3) == ("unknown", None, 85.0, ())
    assert decide([], threshold=90, margin=3) == ("unknown", None, 0.0, ())
