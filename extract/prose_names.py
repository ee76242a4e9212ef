"""People named in running prose by given name and surname, with no title to say so."""
from __future__ import annotations

import re
from functools import lru_cache

from danish.words import STOPWORDS

from .given_names import is_given_name
from .person_titles import minister_titles
from .roled_person import INSTITUTION_WORD, NAME_PART, RoledPerson, genitive_free, is_title_word


# -- people named in running prose ---------------------------------------------------------------
#
# Danish prose names a person by given name and surname with no title to say so: "Martin Busk fra
# Bricks" (a citizen's letter, corpus/municipal s6_12), "... byrådsgrupper og Viggo Jonasen kunne
# ikke tiltræde" (Aarhus byråd minutes, s6_06), "glaskunstner Steffen Dam" (Syddjurs notat, s6_04),
# "Kontakt Jens Hansen for ..." (tests/extract/test_prose_names.py). The name is a run of capitalised
# words, one space apart, that opens with a Danish given name (extract/given_names.py) and ends in a
# surname: a word that is no given name ("Anne Marie" alone is two given names, no one's full name),
# the particles of Danish and foreign surnames allowed inside ("Lise von Seelen"). A capitalised
# word opening a sentence ("Derfor", "Både") or an office ("Borgmester") before it is left out; any
# other capitalised word before it makes the run an organisation's or a place's name ("Dansk
# Folkeparti", "Sankt Hans Torv"). It is no person's name
# - when a word of the run is a genitive before another name word ("Anne Maries Hus", "Hans Knudsens
#   Plads", "Jens Baggesens Vej": places and institutions named after people),
# - when a head word of extract/data/person_name_heads.tsv follows it or stands in it (a place, an
#   institution, a firm: "Jens Hansen A/S", "Knud Højgaards Fond"), or a head noun of
#   `INSTITUTION_WORD` (a street, a school, a council),
# - when a surname is a kommune's name (danish/data/kommuner.csv: "Hans Egedal Kommune" is cut
#   by its head noun, "Per Aarhus" is a place's),
# - when its given name is also a Danish word that opens sentences and headings ("Per", "Hans": the
#   table's `word` rows) and it does not stand inside a sentence, after a lower-case word.
# The name gets no role here; a reader that gives one wins (roled_persons keeps the roled entry).
NAME_PARTICLES = ("von", "van", "der", "de", "af", "la", "le")
# A run of capitalised words one space apart (no tab: a table's cells are no name), with particles.
# A middle initial inside the name ("Holger K. Nielsen", "Jan E. Jørgensen": Danish names print them
# so, tests/extract/test_prose_names.py), never at its end.
_PROSE_RUN = re.compile(rf"(?<![\wæøå.@-]){NAME_PART}(?: (?:(?:{'|'.join(NAME_PARTICLES)}) |[A-ZÆØÅ]\. )?{NAME_PART})*"
                        r"(?![\wæøå@-]|\.[a-zæøå])")
_PROSE_MAX_WORDS = 4  # a given name, a middle name or two, a surname; a longer run is a heading in title case


@lru_cache(maxsize=1)
def _name_heads() -> dict[str, str]:
    """person_name_heads.tsv: word -> kind."""
    from danish._data import table_rows

    return {row["word"]: row["kind"] for row in table_rows("extract", "data", "person_name_heads.tsv", delimiter="\t")}


@lru_cache(maxsize=1)
def _head_forms() -> frozenset[str]:
    """Every head word of the table and its definite forms ("Hus", "Huset", "Husets")."""
    return frozenset(form + ending for head, kind in _name_heads().items() if kind != "word"
                     for form in head.split("|") for ending in ("", "et", "en", "ens", "ets"))


def _is_head(word: str) -> bool:
    return word in _head_forms()


@lru_cache(maxsize=1)
def _compound_place_heads() -> tuple[str, ...]:
    """The table's place heads and their definite forms, lower-cased, of four letters or more ("park", "torvet",
    "broen", "hallen", "lufthavn"): the last part of a compound that names a place or a structure. The short bare
    forms ("bro", "hus", "hal") end surnames too ("Bohlbro", "Liventhal" in ODA's table) and are left out."""
    return tuple(sorted({form.lower() + ending for head, kind in _name_heads().items() if kind == "place"
                         for form in head.split("|") for ending in ("", "et", "en")
                         if len(form) + len(ending) >= 4}, key=len, reverse=True))


def _is_compound_place(word: str) -> bool:
    """A compound ending in a place head after a stem of four letters or more ("Havvindmøllepark", "Erhvervsparken",
    "Sportshallen", "Storstrømsbroen"): a place's or a structure's name, no surname, as "Nørregade" is a street's
    (INSTITUTION_WORD). "Nørhave" (a stem of three letters) stays a surname."""
    lower = word.lower()
    return any(lower.endswith(head) and len(lower) - len(head) >= 4 for head in _compound_place_heads())


@lru_cache(maxsize=1)
def _known_people() -> frozenset[str]:
    """The names of Folketinget's Aktør table (danish/data/oda_persons.csv): people whose surname is
    also a given name ("Sanne Bjørn", "Thyra Frank", "Jacob Mark"; 14 of its 2,883 names)."""
    from danish.reference import person_names
    return frozenset(person_names())


@lru_cache(maxsize=1)
def _kommune_words() -> frozenset[str]:
    from .kommune_registry import kommuner

    return frozenset(k.name for k in kommuner())


def _opens_sentence(text: str, index: int) -> bool:
    """Whether a sentence, a line or a bullet opens at text[index]: its first word is capitalised
    as every sentence's is ("Kontakt Jens Hansen", "Ifølge Mette Holm")."""
    before = text[max(0, index - 3):index].rstrip(" \t")
    return not before or before[-1] in "\n.!?:;•*–-\"»”("


def names_in_prose(text: str) -> list[RoledPerson]:
    """The persons named in running prose (_PROSE_RUN), without a role."""
    found: list[RoledPerson] = []
    heads = _name_heads()
    ambiguous = {w for w, kind in heads.items() if kind == "word"}
    follower = re.compile(r"[ \t]*(?:" + "|".join(re.escape(h) for h, k in heads.items() if k == "firm") + r")(?![\wæøå])")
    for run in _PROSE_RUN.finditer(text):
        words = run.group(0).split(" ")
        offset = run.start()
        # a name broken after its given name at a line's end ("projektkoordinator Hanne / Marie Holm"; "glaskunstner
        # Steffen / Dam", s6_04 wrapped at another width): the surname opening the line opens no sentence
        broken = re.search(r"(?<![\wæøå-])(?P<first>[A-ZÆØÅ][a-zæøåé]+)[ \t]*\n[ \t]*$", text[max(0, offset - 40):offset])
        broken_here = bool(broken and is_given_name(broken.group("first")))
        # a sentence's first word or an office before the name ("Derfor Jens Hansen", "Borgmester Jens Hansen")
        while words and not is_given_name(words[0]) and (words[0].casefold() in STOPWORDS or is_title_word(words[0])
                                                         or (offset == run.start() and not broken_here
                                                             and _opens_sentence(text, offset))):
            offset += len(words[0]) + 1
            words = words[1:]
        if broken and offset == run.start() and broken_here:
            offset -= len(broken.group(0))
            words = [broken.group("first"), *words]
        if len(words) < 2 or len(words) > _PROSE_MAX_WORDS or not is_given_name(words[0]):
            continue
        after = text[run.end():run.end() + 12]
        name = " ".join(words)
        name = genitive_free(name, text, run.end())
        words = name.split(" ")
        surnames = [w for w in words[1:] if w not in NAME_PARTICLES and not re.fullmatch(r"[A-ZÆØÅ]\.", w)]
        if not surnames or (is_given_name(surnames[-1]) and name not in _known_people()):
            continue  # "Anne Marie": given names only; a person of the ODA table is one ("Thyra Frank", "Jacob Mark")
        if is_title_word(surnames[-1]) or surnames[-1].lower().endswith(minister_titles()):
            continue  # an office glued to the name by a lost line break ("Karin Nødgaardformand", "Uffe Elbækkulturminister")
        if any(w.endswith("s") and i < len(words) - 1 for i, w in enumerate(words) if i > 0):
            continue  # "Anne Maries Hus", "Hans Knudsens Plads": a genitive before a name word
        # the phrase may run on over a line break ("Peter Larsen / Kaffe ApS", "Hans Kongelige / Højhed")
        run_on = re.match(r"[ \t]*\n[ \t]*(?P<words>[A-ZÆØÅ][\wæøå-]*(?: [A-ZÆØÅ][\wæøå-]*){0,2})", text[run.end():run.end() + 60])
        more = run_on.group("words").split(" ") if run_on else []
        if any(_is_head(w) for w in (*words, *more)) or follower.match(after) \
                or (run_on and follower.match(text, run.end() + run_on.end())):
            continue
        if any(w in _kommune_words() for w in surnames) or any(INSTITUTION_WORD.search(w) for w in words):
            continue
        if _is_compound_place(surnames[-1]):
            continue  # "Thor Havvindmøllepark", "Freja Erhvervspark": a given name before a place's compound name
        if words[0] in ambiguous:
            before = text[max(0, offset - 30):offset]
            if not re.search(r"(?<![\wæøå])[a-zæøå][\wæøå-]*[,:]?[ \t]+$", before):
                continue  # "Per Borger" heading, "Hans Majestæt": not inside a sentence
        found.append(RoledPerson(name, None, offset))
        # two signers joined by "&" under a proposal ("Nicolaj Bang & Polly Dutschke.", Aarhus byråd
        # minutes, s6_06; "Lene Holm & Tove Krag", tests/extract/test_prose_names.py): the second,
        # a name of the same shape closing the line or the sentence, is a person though its given
        # name is not in the table
        partner = _PARTNER.match(text, run.end())
        if partner and not follower.match(text, run.end()):
            second = partner.group("name").split(" ")
            if second[0].casefold() not in STOPWORDS and not any(
                    _is_head(w) or INSTITUTION_WORD.search(w) or w in _kommune_words() for w in second):
                found.append(RoledPerson(partner.group("name"), None, partner.start("name")))
    return found + _listed_with(text, found)


# A list of names coordinated with "," and "og" ("Jesper Kjeldsen, Eva Borchorst Mejnertz, Mette Bjerre, Metin
# Lindved Aydin og Polly Dutschke kunne tiltræde indstillingen", Aarhus byråd minutes, s17_01 gold: all five;
# tests/extract/test_prose_names.py): coordination joins like with like, so when two of its items are people
# already read, an item of the same shape whose given name the table lacks is a person too (as the "&" partner).
# Read over the capitalised runs in one pass: consecutive runs joined by a comma or by "og", the last by "og".
_LIST_GAP = re.compile(r",[ \t]*\n?[ \t]*|[ \t]*\n?[ \t]*og[ \t]*\n?[ \t]*")


def _listed_with(text: str, found: list[RoledPerson]) -> list[RoledPerson]:
    known = {(p.name, p.start) for p in found}
    more: list[RoledPerson] = []
    group: list[tuple[str, int]] = []
    last_gap = ""

    def close() -> None:
        if len(group) >= 3 and last_gap.strip() == "og" and sum(item in known for item in group) >= 2:
            for name, start in group:
                words = name.split(" ")
                if (name, start) in known or not 2 <= len(words) <= _PROSE_MAX_WORDS \
                        or words[0].casefold() in STOPWORDS \
                        or any(_is_head(w) or INSTITUTION_WORD.search(w) or w in _kommune_words() for w in words):
                    continue
                more.append(RoledPerson(name, None, start))

    previous_end = -1
    for run in _PROSE_RUN.finditer(text):
        gap = text[previous_end:run.start()] if previous_end >= 0 else ""
        if group and _LIST_GAP.fullmatch(gap):
            last_gap = gap
        else:
            close()
            group, last_gap = [], ""
        group.append((run.group(0), run.start()))
        previous_end = run.end()
    close()
    return more


_PARTNER = re.compile(rf"[ \t]*&[ \t]*(?P<name>{NAME_PART}(?: {NAME_PART}){{1,2}})(?=[ \t]*(?:[.,;]|\n|$))")
