"""A party the table does not know, by the shape of its name: new parties stand at every election ("Borgernes
Parti", founded 2025), and a programme of a party missing from data/parties.csv was read as no one's.

Danish party names are proper names whose head noun is "parti": the table's own rows attest the shape ("Dansk
Folkeparti", "Socialistisk Folkeparti", "Det Konservative Folkeparti", "Kristeligt Folkeparti",
"Fremskridtspartiet", "Venstre, Danmarks Liberale Parti"). A run of one to four capitalised words ending in
"Parti" or in a word ending in "parti"/"partiet" is such a name; the common noun is written in lower case ("et
nyt parti", "partiet"), and "Partiet" alone opening a sentence is the common noun too.

Consulted only where the table knows no party in the text (by a name or an abbreviation the party readers read),
so a text naming a known party reads as before. The readers then ask of a shaped name what they ask of a table
party's (extract/parsers/party_voice.py, danish/party_forms.py, nlp/lineage/party_clause.py).
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import reference
from .words import DEMAND_VERB_PATTERN

# The head: "Parti" after another word ("Borgernes Parti"), or a compound of it ("Folkeparti", "Fremskridtspartiet");
# in the genitive with -s ("Borgernes Partis", "Fremskridtspartiets").
_HEAD = r"(?:Parti|[A-ZÆØÅ][\w-]*parti(?:et)?)"
_WORD = r"[A-ZÆØÅ][\w-]*"
_RUN = re.compile(rf"(?<![\w-])(?P<run>(?:{_WORD} ){{0,3}}{_HEAD})s?(?![\w-])")
_NAME = re.compile(rf"(?:{_WORD} ){{0,3}}{_HEAD}")
# Where a sentence, a line or a bullet begins: a capital there is the sentence's, not a proper name's.
_OPENING = re.compile(r"(?:\A|[.!?:][ \t]*|\n[ \t]*|[•▪●*–-][ \t]+)$")
_ABBREVIATION = re.compile(r"(?<![\w-])[A-ZÆØÅ]{2,4}(?![\w-])")
# A demand verb after a name, in the genitive too ("Venstre vil", "Venstres mål"): the party acting (danish/words.py)
_DEMAND_AFTER = re.compile(rf"s?\s+{DEMAND_VERB_PATTERN}\b")


def party_shaped(name: str) -> bool:
    """The name has a party name's shape: "Borgernes Parti", "Grønt Folkeparti", "Frihedspartiet"; not "Parti" or
    "Partiet" alone, not the common noun in lower case."""
    return _NAME.fullmatch(name) is not None and name not in ("Parti", "Partiet")


@lru_cache(maxsize=16)
def party_name_pattern(extra: frozenset[str] = frozenset(), *, shortest: int = 5,
                       every_multiword: bool = False, abbreviations: bool = False) -> re.Pattern[str]:
    """A party by any of its names (danish/data/parties.csv through danish.reference) and `extra` (a text's parties
    by the shape of their names), longest first, in the genitive too ("Dansk Folkepartis"): the names of `shortest`
    letters or more, and with `every_multiword` every name of two words or more ("V", "SF" alone stand for much
    else); with `abbreviations` each party's abbreviation too, as printed ("SF", "DF"). One builder for every reader
    of party names (here, extract/parsers/party_voice.py and extract/parsers/policy_parties.py)."""
    short = [p.abbrev for p in reference.parties() if p.abbrev] if abbreviations else []
    names = sorted({n for n in [*reference.party_by_name(), *extra, *short]
                    if len(n) >= shortest or (every_multiword and " " in n)}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?=s?(?![\w-]))")


def table_names_a_party(text: str) -> bool:
    """The text names a party of the table by name or abbreviation ("SF", two letters or more). A one-word name
    opening a sentence may be the common word it is made of ("Alternativet er, at ...", corpus/municipal s6_09, as
    extract/parsers/party_voice.py reads it): there it names the party only as the subject of a demand verb
    ("Venstre vil ...")."""
    return any(" " in m.group(0) or not _OPENING.search(text[max(0, m.start() - 3):m.start()])
               or _DEMAND_AFTER.match(text, m.end()) for m in party_name_pattern().finditer(text)) \
        or any(reference.party_for(m.group(0)) is not None for m in _ABBREVIATION.finditer(text))


def _names_a_table_party(name: str) -> bool:
    """The name is, or holds, a party's name or abbreviation of the table ("Konservative Folkeparti")."""
    return party_name_pattern().search(name) is not None or any(
        reference.party_for(m.group(0)) is not None for m in _ABBREVIATION.finditer(name))


def unknown_party(name: str) -> bool:
    """A name of a party's shape that names no party of the table ("Konservative Folkeparti" is the table's to read)."""
    return party_shaped(name) and not _names_a_table_party(name)


@lru_cache(maxsize=4)  # each reader of one document asks for its text's names (a text is held while cached: few)
def shaped_parties(text: str) -> frozenset[str]:
    """The parties the text names by a name of a party's shape, when it names no party of the table."""
    return shaped_parties_in(text)


def shaped_parties_in(text: str) -> frozenset[str]:
    """`shaped_parties` uncached: for a sentence read once (nlp/phrases.py asks of each clause it takes an actor
    from), which would push the document's own text out of the few the cache holds."""
    if "arti" not in text or table_names_a_party(text):  # every shape holds "Parti" or "parti"
        return frozenset()
    runs = [(m.group("run"), _OPENING.search(text[max(0, m.start() - 3):m.start()]) is not None)
            for m in _RUN.finditer(text)]
    within = {run for run, opening in runs if not opening}
    names = {_name_of(run, within, text) if opening else run for run, opening in runs}
    # one word is a name only where the text capitalises it inside a sentence: opening one, "Regeringspartiet"
    # is as likely the common noun
    return frozenset(n for n in names if party_shaped(n) and (" " in n or n in within))


def _name_of(run: str, within: set[str], text: str) -> str:
    """The name in a run of capitals that opens a sentence: the longest part of it the text also writes inside a
    sentence ("For Borgernes Parti er ..." and "mener Borgernes Parti"), else the run without its first word when
    the text writes that word in lower case too and the rest is a name by itself (the sentence's "I", "Selvom": "I
    Dansk Folkeparti mener vi", corpus/municipal s6_05; "Selvom Dansk Folkeparti er tilhænger af ...", f06), else
    the run ("Borgernes Parti" though "borgernes" stands in the text too)."""
    words = run.split(" ")
    inside = next((" ".join(words[k:]) for k in range(len(words)) if " ".join(words[k:]) in within), None)
    if inside:
        return inside
    rest = " ".join(words[1:])
    if len(words) > 1 and party_shaped(rest) and (" " in rest or rest in within) \
            and re.search(rf"(?<![\w-]){re.escape(words[0].lower())}(?![\w-])", text):
        return rest
    return run


def shaped_party_in(part: str, text: str) -> tuple[str, int, int] | None:
    """The first of `text`'s shaped parties that `part` (its title lines) names, in the genitive too, with where."""
    names = sorted(shaped_parties(text), key=len, reverse=True)
    if not names:
        return None
    m = re.search(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?=s?(?![\w-]))", part)
    return (m.group(0), m.start(), m.end()) if m else None
