"""Who speaks as "vi".

The first person plural of the document's author ("I denne analyse viser vi", the issuer) and of a
quote's speaker ("- Derfor har vi nedsat en kommission ..., siger Peter Hummelgaard").
"""
from __future__ import annotations

import re
from dataclasses import replace

from .draft import Draft
from .word_classes import alternation


# "I denne analyse viser vi, at ..." (p16, Kraka's analysis), "Vi foreslår, at ..." in a notat: the first
# person plural outside a quotation is the document's author, its issuer. Quoted speech ("- Derfor har vi
# nedsat en kommission", p04; "..., siger ministeren") is the speaker's, not the author's.
_WE = re.compile(r"\b(?:vi|Vi)\b")
_SAYS = alternation("quote_verb")  # the verbs that attribute a quote
_QUOTE_OPEN = re.compile(r"^\s*[-–»\"”“]")
_QUOTED = re.compile(rf"{_QUOTE_OPEN.pattern}|\b{_SAYS}\b", re.IGNORECASE)


# A kommune's own policy says what it will do as "Vi vil ...": the municipal README (s10_10, s10_11) keeps those
# items' actor null, the kommune being the issuer.
_KOMMUNE = re.compile(r"(?:Kommune|Regionskommune)$")
_WE_WILL = re.compile(r"\b[Vv]i\s+vil\b")


def we_are_the_author(text: str, drafts: list[Draft], issuer: str | None) -> list[Draft]:
    if not issuer:
        return drafts
    own_policy = _KOMMUNE.search(issuer) is not None
    return [replace(d, actor=issuer) if d.actor is None and _WE.search(text[d.start:d.end])
            and not _QUOTED.search(text[d.start:d.end])
            and not (own_policy and _WE_WILL.search(text[d.start:d.end])) else d for d in drafts]


# Who speaks a quote: "..., siger beskæftigelsesminister Peter Hummelgaard (S)." (p04) - an office and a name,
# or a name; the quote's "vi" decided as that speaker's side.
_SPEAKER = re.compile(rf"\b{_SAYS}\s+(?P<who>(?:[a-zæøå-]+minister\s+|borgmester\s+)?"
                      r"(?-i:[A-ZÆØÅ][\wæøå-]+)(?:\s+(?-i:[A-ZÆØÅ][\wæøå-]+)){1,3})", re.IGNORECASE)


def we_are_the_speaker(text: str, drafts: list[Draft]) -> list[Draft]:
    """"- Derfor har vi nedsat en kommission ... , siger Peter Hummelgaard." (p04): a quoted "vi" decided,
    and the speaker named at the quote's end (in the same paragraph) speaks for them."""
    out: list[Draft] = []
    for d in drafts:
        said = text[d.start:d.end]
        if d.actor is None and _QUOTE_OPEN.match(said) and _WE.search(said):
            paragraph_end = text.find("\n\n", d.start)
            speaker = _SPEAKER.search(text, d.start, paragraph_end if paragraph_end >= 0 else len(text))
            if speaker:
                d = replace(d, actor=speaker.group("who"))
        out.append(d)
    return out
