"""A person named with the role a text gives them (`RoledPerson`), and what every reader of such
names shares: the shape of a name, the words that make a capitalised phrase no person's, an office
title (extract/data/person_titles.tsv and the kommuner's offices)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .person_titles import official_titles


# One word of a person's name as Danish documents print it: a capital and lower-case letters, or two
# such parts joined by a hyphen ("Anne-Marie", "Holm-Nielsen"); the letters include the accented ones of
# names from other languages ("René", "Jürgensen", "Arinbjörn Brandsson": DIKUrevyen's minutes,
# corpus/municipal s7_11). The one definition every reader of names builds on (roled persons, names in
# running prose, listed people).
NAME_PART = r"[A-ZÆØÅÄÖÜÁÓÍÉ][a-zæøåéèäöüáóíúýð]+(?:-[A-ZÆØÅÄÖÜÁÓÍÉ][a-zæøåéèäöüáóíúýð]+)?"
# A full name: a given name and one to three more names.
PERSON_NAME = rf"{NAME_PART}(?: {NAME_PART}){{1,3}}"
# Capitalised words that open a phrase but never a person's name.
NOT_FIRST_NAME = frozenset({"Den", "Det", "De", "Der", "Her", "Styrelsen", "Folketingets", "Kommune", "Region"})
# A capitalised phrase with an institution's head noun is an institution ("jobcenterchef i ...",
# "chef Jobcenter Aarhus", "direktør Danmarks Statistik"), not a person; so are streets, schools and
# hospitals named after people ("Jens Baggesens Vej", "Niels Steensens Gymnasium", "Peter Bangs Vej",
# "Sankt Annæ Plads": tests/extract/test_person_roles.py NAMED_AFTER_PEOPLE_SAMPLES). "Gade" alone is
# a surname too (Steen Gade, ODA's members): only its compounds ("Nørregade") are streets.
INSTITUTION_WORD = re.compile(r"(?i)(?:styrelse|ministeri|udvalg|råd|cent(?:er|ret)|kommune|region|universitet"
                               r"|forening|institut|statistik|jobcenter|danmarks?"
                               r"|skole|gymnasi|hospital|kollegi)\w*$"
                               # a street's noun ends the word ("Hvejsel" is a surname)
                               r"|(?i:vej|allé|boulevard|stræde|plads?|(?<=\w)gade)(?:en|et)?$")


@dataclass(frozen=True)
class RoledPerson:
    """A person and the role the text gives them, with where the name stands."""

    name: str
    role: str | None
    start: int


def role_text(title: str) -> str:
    """A title as a role: its first letter lower-cased ("Borgmester" -> "borgmester")."""
    return title[0].lower() + title[1:] if title else title


@lru_cache(maxsize=1)
def _signatory_titles() -> tuple[str, ...]:
    from .kommune_registry import office_titles

    return tuple(t.lower() for t in (*official_titles(), *office_titles()))


def is_title_word(word: str) -> bool:
    """The word is, or ends in, an official's or an office's title ("kontorchef", "beskæftigelsesminister")."""
    return word.lower().endswith(_signatory_titles())


def genitive_free(name: str, text: str, end: int) -> str:
    """'Troels Lund Poulsens udmelding' -> 'Troels Lund Poulsen': a name in the genitive
    before a lower-case noun."""
    if name.endswith("s") and re.match(r" [a-zæøå]", text[end:end + 2]):
        return name[:-1]
    return name
