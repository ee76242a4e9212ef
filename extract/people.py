"""Members, ministers and officials named in Folketing letters, with their parties.

Askers follow fixed phrases: "efter ønske fra Finn Sørensen (EL)", "stillet af Trine
Bramsen (S)", "efter ønske fra ikkemedlem af udvalget (MFU) Astrid\\nKrag (S)", two
askers joined by "og". PDF text breaks names across lines and hyphenates them
("Johan-\\nne"), so names are repaired; the party is kept as printed ("KF") and
`canonical_party` gives the one id used for linking ("konservative").

People named with their role in other texts: extract/person_roles.py `roled_persons`; the title
table: extract/person_titles.py.
"""
from __future__ import annotations

import re
from functools import lru_cache

from danish import ids, reference

from .folketing import UDVALG_RE, Hit, definite
from .given_names import opens_with_given_name
from .letter_layouts import cue
from .normalise import collapse_ws
from .person_titles import CONTACT_LABELS, titles
from .roled_person import INSTITUTION_WORD

# Importable from here as before the split.
__all__ = ["NAME", "PARTY_RE", "CONTACT_LABELS", "askers", "canonical_party", "named_persons", "parties_in",
           "party_table", "person_id", "repair_name", "titles"]


_NAME_WORD = r"(?:[A-ZÆØÅÉÖÜ][\w'’-]*\.?|von|van|de|la|le)"
NAME = rf"[A-ZÆØÅÉÖÜ][\w'’-]+(?:\s+{_NAME_WORD}){{1,5}}"
# "Af: Trine Bramsen (S)" heads a § 20 question next to "Til:" and "Dato:".
_WISH_CUE = re.compile(r"(?=[ea \t])(?:efter\s+ønske\s+fra\s*|(?m:^[ \t]*Af:[ \t]*))", re.IGNORECASE)
# The date a question was put may stand between "stillet" and its asker, as it may after him: "stillet den 13. marts
# 2015 af X (DF)" as "stillet af Trine Bramsen (S) den 10. maj" (eru-2015-16-s1107-svar).
_ASKER_CUE = re.compile(r"(?=[esp])(?:efter\s+ønske\s+fra\s*|stillet\s+(?:(?:den\s+|d\.\s*)?\d{1,2}\.\s*[a-zæøå]+\s+\d{4}\s+)?"
                        r"af(?:\s*:)?\s+|på\s+udvalgets\s+vegne\s+af\s+)", re.IGNORECASE)
# A § 20 answer's question heading names the member by role ("Spørgsmål nr. S 567 til udenrigsministeren fra
# medlem af Folketinget\nPia Olsen (SF):"): the last asker cue, read where no asker phrase names one (layout
# table: member_heading_asker).
_MEMBER_HEADING = cue("member_heading_asker")
_MEMBER_ROLE = cue("member_role_before_name")
# ... or plainly, with the party: "Spørgsmål nr. S 2345 fra Karina Lorentzen Dehnhardt (SF):" (layout table:
# s20_heading_named_asker); only a name with a party after it is read there.
_NAMED_HEADING = cue("s20_heading_named_asker")
_MFU = re.compile(r"ikke-?\s?medlem(?:mer)?\s+af\s+udvalget\s*(?:\(MFU\))?\s*", re.IGNORECASE)
# An asker's first name may be printed abbreviated, as Danish given names traditionally are
# ("Johs. Poulsen (RV)", "Chr. Mejdahl (V)"): a short capitalised word with its dot.
_ABBREVIATED_FIRST = cue("abbreviated_first_name").pattern
_ONE_ASKER = re.compile(rf"(?P<name>{NAME}|{_ABBREVIATED_FIRST}(?:\s+{_NAME_WORD}){{1,4}})"
                        r"(?:\s*\((?P<party>[A-ZÆØÅ]{1,4})\))?")


@lru_cache(maxsize=1)
def party_table() -> dict[str, str]:
    """Every form printed after a member's name ("EL", "Ø", "KF", "K") -> the party's id,
    from `danish.reference` (danish/data/parties.csv)."""
    return {form.upper(): party.id for party in reference.parties() for form in party.printed_forms}


def canonical_party(abbrev: str | None) -> str | None:
    """'KF', 'K' -> 'konservative'; 'Ø' -> 'enhedslisten' (the graph's party id);
    None for anything that is not a party."""
    party = reference.party_for(abbrev)
    return party.id if party else None


def repair_name(name: str) -> str:
    """Undo line-break damage: 'Johan-ne' -> 'Johanne', 'Niels\\nFlemming' -> 'Niels Flemming', 'Damsbo-\\nAndersen' ->
    'Damsbo-Andersen'."""
    name = collapse_ws(name)
    # a double surname broken at its own hyphen keeps it: "Lennart Damsbo-\nAndersen" -> "Damsbo-Andersen"
    name = re.sub(r"(?<=[a-zæøå])- (?=[A-ZÆØÅ])", "-", name)
    return re.sub(r"(?<=[a-zæøå])- ?(?=[a-zæøå])", "", name)


def person_id(name: str) -> str:
    """The one person id (`danish.ids`) of a name as printed, line-break damage undone:
    'Finn Sørensen' -> 'person:finn-soerensen'."""
    return ids.person_id(repair_name(name))


def askers(text: str, start: int = 0, end: int | None = None) -> list[tuple[Hit, Hit | None]]:
    """Askers after the first asker cue in text[start:end]: (name, party) hits.

    A committee asking in its own name gives its (definite) name and no party.
    """
    end = len(text) if end is None else end
    # "stillet af Folketingets X-udvalg efter ønske fra Y (P)": the member is the asker.
    cue = _WISH_CUE.search(text, start, end) or _ASKER_CUE.search(text, start, end) \
        or _MEMBER_HEADING.search(text, start, end)
    plain = None if cue else _NAMED_HEADING.search(text, start, end)
    cue = cue or plain
    if not cue:
        return _subject_asker(text, start, end)
    pos = cue.end()
    if (mfu := _MFU.match(text, pos, end)):
        pos = mfu.end()
    # "stillet 5. december 2016 af folketingsmedlem Jesper Petersen (S)": the role words are no part of the name
    # (layout table: member_role_before_name).
    if (role := _MEMBER_ROLE.match(text, pos, end)):
        pos = role.end()
    if (udvalg := UDVALG_RE.match(text, pos, end)):
        return [(Hit(definite(udvalg.group(0)), udvalg.start(), udvalg.end()), None)]
    found: list[tuple[Hit, Hit | None]] = []
    while (m := _ONE_ASKER.match(text, pos, end)):
        name = Hit(repair_name(_trim_name(m.group("name"))), m.start("name"), m.end("name"))
        party = m.group("party")
        found.append((name, Hit(party, m.start("party"), m.end("party")) if party else None))
        joiner = _JOINER.match(text, m.end(), end)
        if not party or not joiner:
            break
        pos = joiner.end()
    if plain is not None:  # a plain heading names a member only with the party after the name
        return [f for f in found if f[1] is not None and f[1].value.upper() in party_table()]
    # "efter ønske fra" and "stillet af" are also plain prose in an answer's body ("sket efter ønske fra eller
    # efter høring af de berørte menighedsråd", probes24 qa 04): a cue that names nobody is no asker phrase, and
    # the opening may still name the member as its subject.
    return found or _subject_asker(text, start, end)


def _subject_asker(text: str, start: int, end: int) -> list[tuple[Hit, Hit | None]]:
    """The member as the subject of the opening ("Folketingsmedlem Peder Hvelplund (EL) har den 6. februar 2024
    stillet følgende spørgsmål nr. S 512"), as a committee is in "<Udvalget> har den ... stillet følgende
    spørgsmål": the one who put the question is its asker (ft_qa README); the role words before the name are no
    part of it (layout table: member_subject_asker). So is the member of the cover sentence's "som X (P) har
    stillet til ministeren" (member_relative_asker)."""
    m = _SUBJECT_ASKER.search(text, start, end) or _RELATIVE_ASKER.search(text, start, end)
    if m is None or m.group("party") not in party_table():
        return []
    return [(Hit(repair_name(m.group("name")), m.start("name"), m.end("name")),
             Hit(m.group("party"), m.start("party"), m.end("party")))]


_SUBJECT_ASKER = cue("member_subject_asker")
# ... or in the cover sentence's relative clause: "Hermed sendes besvarelse af spørgsmål nr. S 1452, som
# folketingsmedlem Karen Hækkerup (S) har stillet til justitsministeren" (layout table: member_relative_asker).
_RELATIVE_ASKER = cue("member_relative_asker")
# Askers are joined by ",", "og" or "samt" ("X (P), Y (P) og Z (P)"). A list a typist got wrong
# (a comma after "fra", none between two members) is read here only up to the error; the
# letter parsers then take every member the asker line names with a party
# (extract/parsers/ftdk_fields.py `_listed_askers`, cue listed_asker).
_JOINER = re.compile(r"\s*(?:,|og|samt)\s+")


def _trim_name(name: str) -> str:
    # A name runs into the next sentence when the party is missing: "Finn Sørensen. Der";
    # a middle initial's dot ("Jan E. Jørgensen") and an abbreviated first name's ("Johs.
    # Poulsen") are no sentence end.
    first = re.match(rf"{_ABBREVIATED_FIRST}\s+", name)
    if first:
        return first.group(0) + _trim_name(name[first.end():])
    # a label after the name ends it ("J.nr."), a middle initial does not ("Karen J.\nKlint")
    return re.split(r"(?<!\s[A-ZÆØÅ])\.\s|\s(?:Spørgsmål\w*|Svar\w*|Der|Det|Den|Med|Venlig|Dato|Til|Kopi|På|J\.?\s?nr)\b|\sJ\.?$", name)[0].rstrip(".")


PARTY_RE = re.compile(r"\((?P<abbrev>[A-ZÆØÅ]{1,4})\)")


def parties_in(text: str) -> list[Hit]:
    """Party abbreviations printed in brackets anywhere in the text, as printed."""
    table = party_table()
    return [Hit(m.group("abbrev"), m.start("abbrev"), m.end("abbrev"))
            for m in PARTY_RE.finditer(text) if m.group("abbrev") in table]


# A person's title written before the name in lower case ("erhvervsminister Brian Mikkelsen",
# "overlæge Poul Videbech"): the titles are the one title table (extract/data/person_titles.tsv).
# A title opening a sentence is written with a capital, the whole word then the title itself ("Biskop Elof
# Westergaard har oplyst", probes20 qa 17; "Biskop Thomas Reinholdt Rasmussen", probes16 qa 17; "Professor Per Hove
# Thomsen", probes16 qa 04); in lower case a title is also the end of a compound ("kontorchef", "overlæge").
_TITLE_WORDS = "|".join(titles())
_CAPITALISED_TITLES = "|".join(t[:1].upper() + t[1:] for t in titles())
# a title as it stands before a name: in lower case (also a compound's end), or capitalised as a whole word
_TITLE = rf"(?:(?:{_TITLE_WORDS})|(?<![\wæøå-])(?:{_CAPITALISED_TITLES}))"
_TITLED = re.compile(
    rf"{_TITLE}\s+(?P<name>{NAME})"
    # The name as an apposition set off by commas after the title ("Energistyrelsens direktør,\nKristoffer Böttzauw,
    # har ..."): Danish sets a non-restrictive apposition between commas; both commas are asked for, so a title
    # ending a clause before a list of names is no apposition (layout table: titled_apposition)
    rf"|(?:{_TITLE_WORDS}),\s+(?P<name3>{NAME}),"
    # "beskæftigelsesministeren (Peter Hummelgaard)", "Til: Ministeren for udviklingssamarbejde (Ulla Tørnæs)"
    rf"|[Mm]inisteren(?:\s+for\s+[a-zæøå, ]{{3,60}}?)?\s+\((?P<name2>{NAME})\)"
    # "Direktør for Energistyrelsen Kristoffer Böttzauw": the authority between title and name (layout table:
    # titled_before_body)
    rf"|{_TITLE}{cue('titled_before_body').pattern}"
    rf"(?P<name4>{NAME})")
_BILL_AUTHOR = re.compile(rf"\bAf\s+[\w -]*?ministeren\s*\((?P<name>{NAME})\)(?P<name2>)")


# Without its colon and line, "Kontakt" is the verb ("Kontakt Jens Hansen for ..."): a running
# text's case handler is named by the other labels only.
_NAMING_LABELS = "|".join(re.escape(label) for label in CONTACT_LABELS if label != "Kontakt")
# The case handler in a letterhead ("Sagsbehandler: Sofie Larsen"); initials ("DEPSEL") are no name.
_CASE_HANDLER = re.compile(rf"\b(?:{_NAMING_LABELS})[ \t]*:?[ \t]*"
                           r"(?P<name>[A-ZÆØÅ][a-zæøåé]+(?:[ \t][A-ZÆØÅ][a-zæøåé-]+){1,3})(?P<name2>)")
# A citizen's letter the question cites: "henvendelsen af 14. november 2012 fra Anita Lanng". No title says the
# sender is a person, and organisations write to committees as often ("henvendelsen ... fra Danske
# Skatteadvokater", "fra Dansk Erhverv"): a sender is a person when the name opens with a given name, as other
# readers of untitled names decide (extract/given_names.py; layout table: organisation_sender).
_SENDER = re.compile(rf"\bhenvendelse(?:n|r)?\b[^?\n]{{0,60}}?\bfra\s+(?P<name>{NAME})(?P<name2>)")


# A capitalised phrase opened by the definite article is an institution, not a person:
# "henvendelsen fra Den Jyske Opera", "Det Kongelige Teater", "De Samvirkende Købstadsforeninger".
_ARTICLES = frozenset({"Den", "Det", "De"})


def named_persons(text: str, start: int = 0, end: int | None = None) -> list[Hit]:
    """People named by a title ('erhvervsminister Brian Mikkelsen') or as a bill's author."""
    end = len(text) if end is None else end
    hits: list[Hit] = []
    for pattern in (_BILL_AUTHOR, _TITLED, _SENDER, _CASE_HANDLER):
        pos = start
        while (m := pattern.search(text, pos, end)) is not None:
            group = next((g for g in ("name2", "name3", "name4") if g in m.re.groupindex and m.group(g)), "name") \
                if not m.group("name") else "name"
            trimmed = _trim_name(m.group(group))
            # A name ends at its sentence's full stop: the next sentence may open with a titled name of its own
            # ("Professor Per Hove Thomsen. Direktør Lars Hansen er enig."), read from where the first name ends.
            name_end = m.start(group) + len(trimmed) if m.group(group).startswith(trimmed) else m.end(group)
            pos = max(name_end, m.start() + 1) if name_end < m.end(group) else m.end()
            name = repair_name(trimmed)
            # an institution's head noun makes it no person ("henvendelsen fra Danmarks Naturfredningsforening"), as
            # every other reader of names takes it (roled_person.INSTITUTION_WORD)
            if len(name.split()) >= 2 and not UDVALG_RE.search(name) and name.split()[0] not in _ARTICLES \
                    and not any(INSTITUTION_WORD.search(w) for w in name.split()) \
                    and (pattern is not _SENDER or opens_with_given_name(name)):
                hits.append(Hit(name, m.start(group), name_end))
    return hits
