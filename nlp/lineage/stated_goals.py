"""A party's goal stated as its own with a year it is bound to: "Det er Alternativets mål og prioritet at stoppe
tilbagegangen af biologisk mangfoldighed i Danmark inden 2020" (s11_01 gold: `planned`, year 2020; its gold_notes:
"The dated goal ... -> planned, year 2020 (the year the text attaches; s7_06 convention)").

A goal with no year is an aim, no event: "SF's mål er at gøre mennesker til deltagende og medbestemmende borgere
frem for klienter eller kunder" (s10_01, not in its gold); the year is what makes the goal a commitment in time, as
s7_06's "omstilling ... til 100 pct. vedvarende energi inden 2040". The act is read as a wish to act on a thing
(`demanded_objects.acted_on`), so a principle or a verb with no object gives nothing.
"""
from __future__ import annotations

import re
from dataclasses import replace

from danish.party_shape import unknown_party

from ..timex import time_mentions
from .demanded_objects import acted_on
from .draft import Draft
from .party_clause import lemma_tokens, main_clause, party_names

# "Det er <party>s mål (og <noun>) at <act>", "<party>s mål er at <act>": the party's goal by its genitive.
_GOAL = re.compile(r"^(?:Det\s+er\s+(?:[a-zæøå]+\s+)?(?P<who>[A-ZÆØÅ][\wæøå' ]+?)s\s+mål(?:\s+og\s+[a-zæøå]+)?"
                   r"|(?P<who2>[A-ZÆØÅ][\wæøå' ]+?)s\s+mål\s+er)\s+at\s+(?P<act>.+)$")


def stated_goal(sentence: str, start: int, end: int, party: str) -> list[Draft]:
    """The dated goal of the party the sentence names in the genitive (see the module's doc)."""
    goal = _GOAL.match(" ".join(sentence.split()))
    if not goal:
        return []
    who = (goal.group("who") or goal.group("who2")).rstrip("'’")
    # the table's party, or the party speaking known by the shape of its name (danish/party_shape.py)
    if who.lower() not in party_names() and not (who == party and unknown_party(who)):
        return []
    act = main_clause(goal.group("act"))
    years = [m.year for m in time_mentions(act) if m.year]
    if not years:
        return []  # an aim: no year binds it
    found = acted_on(lemma_tokens(act), 0, start, end, who)
    return [replace(d, year=years[0], year_stated=True) for d in found]
