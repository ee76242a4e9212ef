"""The parties a policy text names (the flat record's `parties`): each party whose name, other name or abbreviation
(danish/data/parties.csv) the text prints as the table writes it, and the issuer when a party issues the text.

The convention is the gold notes' of the municipal set ("parties: RV (Radikale Venstre, named)", s17_01; "parties:
V", s18_01 and s18_02; a programme chapter that never names its party has none, s18_03): the parties named in the
text, by their abbreviation. Read as printed, capitals and all, so the common words a party's short form can be
("ny", "alt", "df" in an R example, s17_03; "jf." in minutes, s17_01) name none; a one-letter ballot letter ("V", "B")
is no name in running text. A name may stand in the genitive ("Venstres Landsmøde", "SF’s landsmøde").
"""
from __future__ import annotations

import re
from functools import lru_cache

from danish import reference
from danish.party_shape import party_name_pattern

from ..document import Document
from .policy_layout import Found


@lru_cache(maxsize=1)
def _named() -> tuple[re.Pattern[str], dict[str, str]]:
    """The party-name pattern of danish/party_shape.py (names and abbreviations of two letters or more), and the
    abbreviation each printed form stands for."""
    abbrev_of = {form: p.abbrev for p in reference.parties() for form in (p.name, *p.aliases, p.abbrev)
                 if form and p.abbrev}
    return party_name_pattern(shortest=2, abbreviations=True), abbrev_of


def parties_of(doc: Document, issuer: Found | None) -> list[tuple[str, int, int]]:
    """(abbreviation, start, end) of each party the text names, in the order of its first mention; the issuer's
    party first when a party issues the text, cited where the issuer was read (its name may be printed in capitals
    only: "VENSTRES PRINCIPPROGRAM", s18_01)."""
    pattern, abbrev_of = _named()
    found: dict[str, tuple[str, int, int]] = {}
    by_issuer = reference.party_by_name().get(issuer.value) if issuer else None
    if issuer is not None and by_issuer is not None:
        party = next(p for p in reference.parties() if p.name == by_issuer)
        found[party.abbrev] = (party.abbrev, issuer.start, issuer.stop)
    for m in pattern.finditer(doc.text):
        abbrev = abbrev_of.get(m.group(0))
        if abbrev:  # (a party the table gives no abbreviation is no value of the field)
            found.setdefault(abbrev, (abbrev, m.start(), m.end()))
    return list(found.values())
