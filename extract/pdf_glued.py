"""Whether a PDF's text layer carries a converter's lost line breaks, so the normaliser's
glued-word repairs apply to it as to a text version.

A PDF's own text layer keeps its line breaks, so the normaliser reads it without its glued-word
repairs (`GlueEvidence.OWN_LINE_BREAKS`): there a capital inside a word is the word's own (`TrekantBrand`,
`PowerShell`). But a text version whose line breaks a converter lost (ft.dk's text versions of
letters: `BeskæftigelsesministerietVed Stranden 81061 København K`) can itself be printed or saved
to PDF (a browser's or a text editor's "print to PDF"): then the PDF's layer holds the glued words,
and read without the repairs the letter lost its ministry and issuer ("Folketinget"), its
addressee and its askers (the ft_qa dev letters printed one text line a PDF line: micro F1 0.988
and 0.968 against their own records).

The sign is the junctions a PDF's own words never make: a letter or a digit glued to a postcode
and town, to a contact label, to a date at its line's end, to a letter's own part ("havstokken”?Svar"),
or the "og" of a suspended compound glued to the next word: the normaliser's rules other than the
lower-case/capital one (`GLUE_RULES`, `LINE_RULES` in normalise.py, each with the corpus snippets
that attest it). Two such junctions tell a layer that lost its line breaks; one may be a
typo.
"""
from __future__ import annotations

import re

from .normalise import GLUE_RULES, LINE_RULES

# The glued-word rule that a PDF's own words also match (a capital inside a word), so it is no sign.
_NOT_A_SIGN = frozenset({"case", "definite_case"})
LOST_BREAKS_MIN = 2

_JUNCTION = re.compile("|".join(f"(?:{pattern})" for name, pattern, _ in (*GLUE_RULES, *LINE_RULES)
                                if name not in _NOT_A_SIGN), re.MULTILINE)


def lost_line_breaks(raw: str) -> bool:
    """True when `raw` (a PDF's text layer) glues words at LOST_BREAKS_MIN junctions or more."""
    found = 0
    for _ in _JUNCTION.finditer(raw):
        found += 1
        if found >= LOST_BREAKS_MIN:
            return True
    return False
