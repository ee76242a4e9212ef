"""A party speaking as "vi": "Vi konservative", "os konservative", "Som konservative er vi", "Vi i Venstre",
"I Dansk Folkeparti mener vi" - the party that the first person plural of a programme's chapter names.

The party's names come from the parties reference table (data/parties.csv, from ODA's aktør table), its
members' plural ("konservative", "radikale") from data/party_member_forms.csv (cited there).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import reference
from ._data import rows
from .party_shape import shaped_parties


@lru_cache(maxsize=1)
def member_forms() -> dict[str, str]:
    """A members' plural ("konservative") -> the party's name ("Det Konservative Folkeparti")."""
    by_id = {p.id: p.name for p in reference.parties()}
    return {r["form"]: by_id[r["party_id"]] for r in rows("party_member_forms.csv")}


@dataclass(frozen=True, slots=True)
class WeParty:
    party: str  # the party's name in the reference table
    start: int
    end: int  # the words that name it ("Vi konservative")


_WE = r"(?:[Vv]i|os)"


@lru_cache(maxsize=8)
def _pattern(shaped: frozenset[str] = frozenset()) -> re.Pattern[str]:
    """`shaped`: the text's parties by the shape of their names, "Vi i Borgernes Parti" (danish/party_shape.py)."""
    names = sorted((n for n in [*reference.party_by_name(), *shaped] if len(n) >= 5), key=len, reverse=True)
    name = "(?P<name>" + "|".join(re.escape(n) for n in names) + ")"
    names2 = name.replace("?P<name>", "?P<name2>")
    forms = "(?P<form>" + "|".join(re.escape(f) for f in sorted(member_forms(), key=len, reverse=True)) + ")"
    forms2 = forms.replace("?P<form>", "?P<form2>")
    return re.compile(
        # "Vi konservative ønsker", "for os konservative"; "Som konservative er vi modstandere af ..."
        rf"(?<![\wæøå]){_WE}\s+{forms}(?![\wæøå])"
        rf"|(?<![\wæøå])[Ss]om\s+{forms2}\s+[a-zæøå]+\s+vi(?![\wæøå])"
        # "Vi i Enhedslisten vil ...", "os i Venstre"; "I Dansk Folkeparti mener vi, at ..." (s6_05)
        rf"|(?<![\wæøå]){_WE}\s+i\s+{name}(?![\wæøå])"
        rf"|(?<![\wæøå])I\s+{names2}\s+[a-zæøå]+\s+vi(?![\wæøå])")


def we_parties(text: str) -> list[WeParty]:
    """Each place where the first person plural names its party, in the order of the text."""
    out = []
    for m in _pattern(shaped_parties(text)).finditer(text):
        if m.group("form") or m.group("form2"):
            party = member_forms()[m.group("form") or m.group("form2")]
        else:
            name = m.group("name") or m.group("name2")
            party = reference.party_by_name().get(name, name)  # a shaped name is its own
        out.append(WeParty(party, m.start(), m.end()))
    return out


def we_party(text: str) -> WeParty | None:
    """The one party the text's "vi" names (its first mention), or None when it names none or two."""
    found = we_parties(text)
    return found[0] if found and len({w.party for w in found}) == 1 else None
