"""Members, ministers and officials named in Folketing letters, with their parties.

Askers follow fixed phrases: "efter ønske fra Finn Sørensen (EL)", "stillet af Trine
Bramsen (S)", "efter ønske fra ikkemedlem af udvalget (MFU) Astrid\\nKrag (S)", two
askers joined by "og". PDF text breaks names across lines and hyphenates them
("Johan-\\nne"), so names are repaired; the party is kept as printed ("KF") and
`canonical_party` gives the one id used for linking ("konservative").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from danish import ids, reference
from danish.words import STOPWORDS

from .document import TEXT_PAGE_MARK
from .folketing import UDVALG_RE, Hit, definite
from .given_names import is_given_name, opens_with_given_name
from .letter_layouts import cue
from .normalise import collapse_ws

_NAME_WORD = r"(?:[A-ZÆØÅÉÖÜ][\w'’-]*\.?|von|van|de|la|le)"
NAME = rf"[A-ZÆØÅÉÖÜ][\w'’-]+(?:\s+{_NAME_WORD}){{1,5}}"
# "Af: Trine Bramsen (S)" heads a § 20 question next to "Til:" and "Dato:".
_WISH_CUE = re.compile(r"(?=[ea \t])(?:efter\s+ønske\s+fra\s*|(?m:^[ \t]*Af:[ \t]*))", re.IGNORECASE)
_ASKER_CUE = re.compile(r"(?=[esp])(?:efter\s+ønske\s+fra\s*|stillet\s+af(?:\s*:)?\s+|på\s+udvalgets\s+vegne\s+af\s+)",
                        re.IGNORECASE)
_MFU = re.compile(r"ikke-?\s?medlem(?:mer)?\s+af\s+udvalget\s*(?:\(MFU\))?\s*", re.IGNORECASE)
# An asker's first name may be printed abbreviated, as Danish given names traditionally are
# ("Johs. Poulsen (RV)", "Chr. Mejdahl (V)"): a short capitalised word with its dot.
_ABBREVIATED_FIRST = cue("abbreviated_first_name").pattern
_ONE_ASKER = re.compile(rf"(?P<name>{NAME}|{_ABBREVIATED_FIRST}(?:\s+{_NAME_WORD}){{1,4}})"
                        r"(?:\s*\((?P<party>[A-ZÆØÅ]{1,4})\))?")


@lru_cache(maxsize=1)
def _title_rows() -> tuple[dict[str, str], ...]:
    from danish._data import table_rows

    return table_rows("extract", "data", "person_titles.tsv", delimiter="\t")


@lru_cache(maxsize=1)
def official_titles() -> tuple[str, ...]:
    """Officials' titles of the one title table (extract/data/person_titles.tsv), in table order."""
    return tuple(row["title"] for row in _title_rows() if row["kind"] == "official")


@lru_cache(maxsize=1)
def minister_titles() -> tuple[str, ...]:
    """The table's "minister" rows, which stand for the reference layer's minister titles (as a
    word end "minister" matches each of them)."""
    return tuple(row["title"] for row in _title_rows() if row["kind"] == "minister")


@lru_cache(maxsize=1)
def titles() -> tuple[str, ...]:
    """Every title of the table: the officials' and the ministers'."""
    return (*official_titles(), *minister_titles())


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
    """Undo line-break damage: 'Johan-ne' -> 'Johanne', 'Niels\\nFlemming' -> 'Niels Flemming'."""
    name = collapse_ws(name)
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
    cue = _WISH_CUE.search(text, start, end) or _ASKER_CUE.search(text, start, end)
    if not cue:
        return []
    pos = cue.end()
    if (mfu := _MFU.match(text, pos, end)):
        pos = mfu.end()
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
    return found


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
    return re.split(r"(?<!\s[A-ZÆØÅ])\.\s|\s(?:Spørgsmål\w*|Svar\w*|Der|Det|Den|Med|Venlig|Dato|Til|Kopi|På|J)\b", name)[0].rstrip(".")


PARTY_RE = re.compile(r"\((?P<abbrev>[A-ZÆØÅ]{1,4})\)")


def parties_in(text: str) -> list[Hit]:
    """Party abbreviations printed in brackets anywhere in the text, as printed."""
    table = party_table()
    return [Hit(m.group("abbrev"), m.start("abbrev"), m.end("abbrev"))
            for m in PARTY_RE.finditer(text) if m.group("abbrev") in table]


# A person's title written before the name in lower case ("erhvervsminister Brian Mikkelsen",
# "overlæge Poul Videbech"): the titles are the one title table (extract/data/person_titles.tsv).
_TITLED = re.compile(
    rf"(?:{'|'.join(titles())})\s+(?P<name>{NAME})"
    # "beskæftigelsesministeren (Peter Hummelgaard)", "Til: Ministeren for udviklingssamarbejde (Ulla Tørnæs)"
    rf"|[Mm]inisteren(?:\s+for\s+[a-zæøå, ]{{3,60}}?)?\s+\((?P<name2>{NAME})\)")
_BILL_AUTHOR = re.compile(rf"\bAf\s+[\w -]*?ministeren\s*\((?P<name>{NAME})\)(?P<name2>)")
# A letter head's contact labels, and the role each gives the person it names: "Sagsbehandler:
# Sofie Larsen" (Folketing letters), "Kontakt: Lise Porsborg" (Ballerup notat, corpus/municipal
# f11, gold role "kontaktperson"). The one list for both readers below.
CONTACT_LABELS: dict[str, str] = {"Sagsbehandler": "sagsbehandler", "Sagsbeh.": "sagsbehandler",
                                  "Kontaktperson": "kontaktperson", "Kontakt": "kontaktperson"}
# Without its colon and line, "Kontakt" is the verb ("Kontakt Jens Hansen for ..."): a running
# text's case handler is named by the other labels only.
_NAMING_LABELS = "|".join(re.escape(label) for label in CONTACT_LABELS if label != "Kontakt")
# The case handler in a letterhead ("Sagsbehandler: Sofie Larsen"); initials ("DEPSEL") are no name.
_CASE_HANDLER = re.compile(rf"\b(?:{_NAMING_LABELS})[ \t]*:?[ \t]*"
                           r"(?P<name>[A-ZÆØÅ][a-zæøåé]+(?:[ \t][A-ZÆØÅ][a-zæøåé-]+){1,3})(?P<name2>)")
# A citizen's letter the question cites: "henvendelsen af 14. november 2012 fra Anita Lanng".
_SENDER = re.compile(rf"\bhenvendelse(?:n|r)?\b[^?\n]{{0,60}}?\bfra\s+(?P<name>{NAME})(?P<name2>)")


# A capitalised phrase opened by the definite article is an institution, not a person:
# "henvendelsen fra Den Jyske Opera", "Det Kongelige Teater", "De Samvirkende Købstadsforeninger".
_ARTICLES = frozenset({"Den", "Det", "De"})


def named_persons(text: str, start: int = 0, end: int | None = None) -> list[Hit]:
    """People named by a title ('erhvervsminister Brian Mikkelsen') or as a bill's author."""
    end = len(text) if end is None else end
    hits: list[Hit] = []
    for pattern in (_BILL_AUTHOR, _TITLED, _SENDER, _CASE_HANDLER):
        for m in pattern.finditer(text, start, end):
            group = "name" if m.group("name") else "name2"
            name = repair_name(_trim_name(m.group(group)))
            if len(name.split()) >= 2 and not UDVALG_RE.search(name) and name.split()[0] not in _ARTICLES:
                hits.append(Hit(name, m.start(group), m.end(group)))
    return hits


# -- people named with their role (STAR, ministry, news and KL texts) -------------------------
#
# The STAR corpus convention (corpus/star/README.md "Persons and organisations") lists each
# person with a role. A reader takes the role from where the text gives it:
# - a title before the name: "beskæftigelsesminister Peter Hummelgaard (S)" (p04),
#   "Beskæftigelsesminister Troels Lund Poulsens udmelding" (d03), "Social-, børne- og
#   integrationsminister Annette Vilhelmsen" (p25), "jobcenterchef Peter Sidelmann" (p30); a
#   party printed after the name goes with the role ("beskæftigelsesminister (S)");
# - an apposition after the name: "Jacob Nielsen Arendt, professor i KORA" (p30), "Pia Damgaard,
#   specialkonsulent" (seed 004), or "X, der er formand for Y";
# - a title and its organisation before the name: "direktør i STAR, Mads Kristian Ørnholt";
# - a signature: the name under "Med venlig hilsen", its title and organisation on the next
#   lines ("Morten Binder / Direktør / Styrelsen for Arbejdsmarked og Rekruttering": role
#   "direktør, Styrelsen for Arbejdsmarked og Rekruttering", seed 004); a minister signing
#   a letter headed by the ministry's title ("Beskæftigelsesministeren") is its sender:
#   "beskæftigelsesminister, afsender" (seeds 000 and 002).
# Officials' titles: extract/data/person_titles.tsv; ministers' titles: the ODA table.

_PERSON_NAME = r"[A-ZÆØÅ][a-zæøåé]+(?:-[A-ZÆØÅ][a-zæøåé]+)?(?: [A-ZÆØÅ][a-zæøåé]+(?:-[A-ZÆØÅ][a-zæøåé]+)?){1,3}"
# Capitalised words that open a phrase but never a person's name.
_NOT_FIRST_NAME = frozenset({"Den", "Det", "De", "Der", "Her", "Styrelsen", "Folketingets", "Kommune", "Region"})
# A capitalised phrase with an institution's head noun is an institution ("jobcenterchef i ...",
# "chef Jobcenter Aarhus", "direktør Danmarks Statistik"), not a person; so are streets, schools and
# hospitals named after people ("Jens Baggesens Vej", "Niels Steensens Gymnasium", "Peter Bangs Vej",
# "Sankt Annæ Plads": tests/extract/test_person_roles.py NAMED_AFTER_PEOPLE_SAMPLES). "Gade" alone is
# a surname too (Steen Gade, ODA's members): only its compounds ("Nørregade") are streets.
_INSTITUTION_WORD = re.compile(r"(?i)(?:styrelse|ministeri|udvalg|råd|cent(?:er|ret)|kommune|region|universitet"
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




@lru_cache(maxsize=1)
def _minister_titles() -> str:
    titles = {t.title for t in reference.minister_titles() if t.title.endswith("minister")}
    return "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))


@lru_cache(maxsize=1)
def _minister_by_name() -> dict[str, str]:
    """'beskæftigelsesministeren' -> 'beskæftigelsesminister' (the ODA table)."""
    return {t.name.lower(): t.title for t in reference.minister_titles()}


def _capitalised(alternation: str) -> str:
    """Each title also with a capital first letter (a sentence or a line may open with it)."""
    return rf"(?:(?i:[{''.join(sorted(set('abcdefghijklmnopqrstuvwxyzæøå')))}])(?:{alternation}))"


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    official = "|".join(official_titles())
    title_word = rf"[a-zæøåA-ZÆØÅ-]*(?:{official})"
    minister = _minister_titles()
    org = r"[A-ZÆØÅ][\wæøå'’-]*(?:s [a-zæøå]+|(?: (?:for|og) [A-ZÆØÅa-zæøå][\wæøå-]*| [A-ZÆØÅ][\wæøå-]*)*)"
    return {
        # "beskæftigelsesminister Peter Hummelgaard (S)", "jobcenterchef Peter Sidelmann"
        "before": re.compile(rf"(?<![\wæøå-])(?P<title>(?i:{minister})|{title_word})[ \t]+(?P<name>{_PERSON_NAME})"
                             r"(?:[ \t]*\((?P<party>[A-ZÆØÅ]{1,4})\))?"),
        # the same, the name broken after its given name at a line's end ("faglig koordinator Birgit /
        # Elleby Jørgensen fra Center for Ejendomme", corpus/municipal s04; COORDINATOR_SAMPLE of
        # tests/extract/test_person_roles.py): the given name is checked (extract/given_names.py)
        "before_broken": re.compile(rf"(?<![\wæøå-])(?P<title>(?i:{minister})|{title_word})[ \t]+"
                                    r"(?P<first>[A-ZÆØÅ][a-zæøåé]+)[ \t]*\n[ \t]*"
                                    r"(?P<rest>[A-ZÆØÅ][a-zæøåé]+(?:-[A-ZÆØÅ][a-zæøåé]+)?(?: [A-ZÆØÅ][a-zæøåé]+){0,2})"),
        # "Jacob Nielsen Arendt, professor i KORA", "X, der er formand for Y"
        "after": re.compile(rf"(?P<name>{_PERSON_NAME}),[ \t]+(?:der er[ \t]+)?"
                            rf"(?P<role>(?:[a-zæøå-]*(?:{official})|{minister})(?:[ \t]+(?:i|for|hos|ved)[ \t]+{org})?)"
                            r"(?=[ \t]*[,.;()]|[ \t]+(?:og|siger|mener|der)\b|[ \t]*$)", re.M),
        # "direktør i STAR, Mads Kristian Ørnholt"
        "title_org_name": re.compile(rf"(?<![\wæøå-])(?P<role>[a-zæøå-]*(?:{official})[ \t]+(?:i|for|hos|ved)[ \t]+{org}),"
                                     rf"[ \t]+(?P<name>{_PERSON_NAME})"),
    }


_GREETING_LINE = re.compile(r"^[ \t]*(?:Med )?venlig(?:e)? hilsen[ \t]*$", re.M | re.I)


def _role_text(title: str) -> str:
    return title[0].lower() + title[1:] if title else title


def _signature(text: str) -> list[RoledPerson]:
    greeting = None
    for greeting in _GREETING_LINE.finditer(text):
        pass  # the last greeting closes the letter
    if greeting is None:
        return []
    lines: list[tuple[int, str]] = []
    pos = greeting.end()
    for raw in text[pos:pos + 300].split("\n"):
        if raw.strip():
            lines.append((pos + len(raw) - len(raw.lstrip()), raw.strip()))
        pos += len(raw) + 1
    if not lines or not re.fullmatch(_PERSON_NAME, lines[0][1]):
        return []
    start, name = lines[0]
    title = lines[1][1] if len(lines) > 1 else ""
    officials = "|".join(official_titles())
    if re.fullmatch(rf"[A-ZÆØÅa-zæøå-]*(?:{officials})", title, re.I):
        org = lines[2][1] if len(lines) > 2 else ""
        named_org = reference.agency_by_name(org) or re.fullmatch(r"[A-ZÆØÅ][\wæøå-]*(?:ministeriet|styrelsen)", org)
        return [RoledPerson(name, _role_text(title) + (f", {org}" if named_org else ""), start)]
    cosigned = _signatories(text, greeting.end())
    if cosigned:
        return cosigned
    head = text[:600].lower()
    sender = next((t for n, t in _minister_by_name().items() if re.search(rf"(?m)^\s*{re.escape(n)}\s*$", head)), None)
    return [RoledPerson(name, f"{sender}, afsender" if sender else None, start)]


# A letter signed by several people (a KKR's or a network's invitation, corpus/municipal f08;
# tests/extract/test_person_roles.py COSIGNED_SAMPLE): under the greeting, blocks separated by blank
# lines, each a name (a comma may follow it) over the lines of its role, which open with an office
# ("Borgmester Frederiksberg, / Medlem af / Sundhedskoordinationsudvalget"). The role is those
# lines as one phrase, its titles in lower case as running text writes them (the f08 gold:
# "borgmester Frederiksberg, medlem af Sundhedskoordinationsudvalget", "sundheds- og
# omsorgsborgmester København, ..."); place and organisation names keep their capitals.
_SIGNATORY_LINES = 4


def _blank_line_blocks(text: str, offset: int) -> list[list[tuple[int, str]]]:
    blocks: list[list[tuple[int, str]]] = [[]]
    pos = offset
    for raw in text.split("\n"):
        if re.fullmatch(rf"[ \t]*{TEXT_PAGE_MARK}[ \t]*", raw):
            break  # a page's end ends the signatures
        if raw.strip():
            blocks[-1].append((pos + len(raw) - len(raw.lstrip()), " ".join(raw.split())))
        elif blocks[-1]:
            blocks.append([])
        pos += len(raw) + 1
    return [b for b in blocks if b]


@lru_cache(maxsize=1)
def _signatory_titles() -> tuple[str, ...]:
    from .kommune_registry import office_titles

    return tuple(t.lower() for t in (*official_titles(), *office_titles()))


def _is_title_word(word: str) -> bool:
    return word.lower().endswith(_signatory_titles())


def _signed_role(lines: list[str]) -> str | None:
    """The role phrase of a signatory's lines, or None when they do not open with an office."""
    phrase = " ".join(" ".join(lines).split()).strip(" ,")
    parts = [p for p in re.split(r"\s*,\s*", phrase) if p]
    if not parts or not any(_is_title_word(w) for w in parts[0].split()[:4]):
        return None

    def lower(word: str, first: bool) -> str:
        capitalised = word[:1].isupper() and not word.isupper()
        return word[0].lower() + word[1:] if capitalised and (first or _is_title_word(word)) else word

    return ", ".join(" ".join(lower(w, i == 0) for i, w in enumerate(part.split())) for part in parts)


def _signatories(text: str, start: int) -> list[RoledPerson]:
    found: list[RoledPerson] = []
    for block in _blank_line_blocks(text[start:start + 1500], start):
        name = block[0][1].rstrip(" ,")
        if not re.fullmatch(_PERSON_NAME, name) or name.split()[0] in _NOT_FIRST_NAME \
                or not 2 <= len(block) <= 1 + _SIGNATORY_LINES:
            break
        role = _signed_role([line for _, line in block[1:]])
        if role is None:
            break
        found.append(RoledPerson(name, role, block[0][0]))
    return found


# A news item's byline: the writer's name alone on a line in the item's head, next to its
# date stamp ("12/09/2013 12:35 / Freja Eriksen", p25; "03.05.2021 kl. 10:12 / Mette Holm",
# tests/extract/test_genre_markers.py TIMESTAMP_SAMPLE). The role is worded as the STAR corpus
# gold words it: "skribent (byline)".
BYLINE_ROLE = "skribent (byline)"


def _byline(text: str) -> list[RoledPerson]:
    from danish.dates import find_dates

    lines: list[tuple[int, str]] = []
    pos = 0
    for raw in text[:1200].split("\n"):
        if raw.strip():
            lines.append((pos + len(raw) - len(raw.lstrip()), " ".join(raw.split())))
        pos += len(raw) + 1
    lines = lines[:10]

    def dated(line: str) -> bool:
        hit = next(find_dates(line), None)
        return bool(hit and len(line) - (hit.end - hit.start) <= 12)

    for i, (start, line) in enumerate(lines):
        if re.fullmatch(_PERSON_NAME, line) and line.split()[0] not in _NOT_FIRST_NAME \
                and any(dated(lines[j][1]) for j in (i - 1, i + 1) if 0 <= j < len(lines)):
            return [RoledPerson(line, BYLINE_ROLE, start)]
    return []


# A member of the Folketing named with the party ("Finn Sørensen (EL)"): "folketingsmedlem (EL)",
# as the seeds' gold words a member's role (seed 000); members from the ODA Aktør table.
MEMBER_ROLE = "folketingsmedlem ({party})"


@lru_cache(maxsize=1)
def _member_names() -> frozenset[str]:
    return frozenset(m.name for m in reference.members())


def _members(text: str) -> list[RoledPerson]:
    return [RoledPerson(m.group("name"), MEMBER_ROLE.format(party=m.group("party")), m.start("name"))
            for m in re.finditer(rf"(?P<name>{_PERSON_NAME})[ \t]*\((?P<party>[A-ZÆØÅ]{{1,4}})\)", text)
            if m.group("name") in _member_names() and reference.party_for(m.group("party"))]


# A letterhead names the official to contact on a labelled line of its own (CONTACT_LABELS):
# "Kontakt: Lise Porsborg", "Kontaktperson:", "Sagsbehandler:". The label gives the role.
_CONTACT_ROLES = {label.lower(): role for label, role in CONTACT_LABELS.items()}
_CONTACT_LINE = re.compile(rf"^[ \t]*(?P<label>{'|'.join(re.escape(label) for label in CONTACT_LABELS)})[ \t]*:[ \t]*"
                           rf"(?P<name>{_PERSON_NAME})[ \t]*$", re.M | re.I)


def _contacts(text: str) -> list[RoledPerson]:
    return [RoledPerson(m.group("name"), _CONTACT_ROLES[m.group("label").lower()], m.start("name"))
            for m in _CONTACT_LINE.finditer(text[:3000])]


# A meeting's attendance list: under "Tilstede" / "Medlemmer" / "Deltagere", one member a line
# with the party's ballot letter (danish/data/parties.csv ballot_letter) and the role printed after
# a dash ("Lolan Ottesen (A) - formand", Ballerup referat 2012-12-04 in corpus/pdf; "Jesper
# Mathiesen (A)", Syddjurs referat PUK 2013-06-20). The role is the printed one, or "medlem", with
# the party as a title before a name carries it ("borgmester (V)"): "formand (A)", "medlem (V)".
_ATTENDANCE_HEAD = re.compile(r"^[ \t]*(?:Tilstede|Til stede|Medlemmer|Deltagere|Mødedeltagere)[ \t]*:?[ \t]*$", re.M)
_ATTENDEE = re.compile(rf"(?P<name>{_PERSON_NAME})[ \t]*\((?P<party>[A-ZÆØÅ])\)(?:[ \t]*[-–][ \t]*(?P<role>[a-zæøå]+))?")
MEMBER_OF_MEETING = "medlem"


@lru_cache(maxsize=1)
def _ballot_letters() -> frozenset[str]:
    return frozenset(p.ballot_letter for p in reference.parties() if p.ballot_letter)


def _attendance(text: str) -> list[RoledPerson]:
    found: list[RoledPerson] = []
    for head in _ATTENDANCE_HEAD.finditer(text):
        pos = head.end() + 1
        while pos < len(text):
            end = text.find("\n", pos, pos + 200)  # a member's line is short
            end = end if end >= 0 else min(len(text), pos + 200)
            raw = text[pos:end]
            line = raw.strip()
            m = _ATTENDEE.fullmatch(line) if line else None
            if line and (m is None or m.group("party") not in _ballot_letters()):
                break  # the list ends at the first line that is no member
            if m:
                role = f"{m.group('role') or MEMBER_OF_MEETING} ({m.group('party')})"
                found.append(RoledPerson(m.group("name"), role, pos + raw.find(line)))
            pos = end + 1
    return found


# Minutes name their secretary under the attendance list, the office on a line of its own and
# the name on the next ("Sekretær / Mie Helene Andresen", Ballerup referat 2012-12-04 in
# corpus/pdf; "Referent / Jonas Holm", tests/extract/test_municipal_document_facts.py
# MINUTES_COVER_SAMPLE): a named official of the meeting (the ft_qa convention lists officials
# and case handlers among `persons`). Only on a cover that has an attendance list.
MINUTES_OFFICES = ("Sekretær", "Referent")
_MINUTES_OFFICE = re.compile(rf"^[ \t]*(?P<office>{'|'.join(MINUTES_OFFICES)})[ \t]*:?[ \t]*\n[ \t]*(?P<name>{_PERSON_NAME})[ \t]*$",
                             re.M)


def _minutes_officials(text: str) -> list[RoledPerson]:
    if not _ATTENDANCE_HEAD.search(text):
        return []
    return [RoledPerson(m.group("name"), m.group("office").lower(), m.start("name"))
            for m in _MINUTES_OFFICE.finditer(text)]


# A printed e-mail names its sender in the header ("From:\tMaja Maria Føns", corpus/municipal
# f13; "Fra: Søren Kjær", tests/extract/test_genre_markers.py NEWSLETTER_SAMPLE); the sender
# signs with a shorter form of the name ("Maja Føns"), which is the same person. The role is
# worded as the seeds' gold words a letter's sender: "afsender".
SENDER_ROLE = "afsender"
_EMAIL_FROM = re.compile(rf"\A(?:[ \t]*(?:(?:{TEXT_PAGE_MARK}|\d{{1,4}})[ \t]*)?\n){{0,4}}[ \t]*(?:From|Fra)[ \t]*:[ \t]*"
                         rf"(?P<name>{_PERSON_NAME})[ \t]*(?:<[^>\n]{{0,100}}>)?[ \t]*$", re.M)


def _email_sender(text: str) -> list[RoledPerson]:
    m = _EMAIL_FROM.match(text)
    return [RoledPerson(m.group("name"), SENDER_ROLE, m.start("name"))] if m else []


# People listed by name under a heading (extract/data/person_lists.tsv): a project's organisation,
# a letter head's "Projektleder:", a meeting's participants and those absent. Each line a name,
# or a name and an affiliation after a comma; the name opens with a Danish given name.
_LISTED_NAME = re.compile(rf"(?P<name>{_PERSON_NAME})(?:[ \t]*,[ \t]*[^\n]{{1,60}})?[ \t]*")
_LIST_LINES = 30  # a list longer than this is a register, not a document's staff list


@lru_cache(maxsize=1)
def _list_headings() -> tuple[tuple[re.Pattern[str], str | None], ...]:
    from danish._data import table_rows

    return tuple((re.compile(rf"^[ \t]*(?:{row['heading']})[ \t]*(?::[ \t]*(?P<rest>[^\n]*))?$", re.M),
                  row["role"] or None)
                 for row in table_rows("extract", "data", "person_lists.tsv", delimiter="\t"))


def _listed_name(line: str) -> str | None:
    m = _LISTED_NAME.fullmatch(line.strip())
    name = m.group("name") if m else None
    return name if name and opens_with_given_name(name) else None


def _person_lists(text: str) -> list[RoledPerson]:
    found: list[RoledPerson] = []
    for heading, role in _list_headings():
        for m in heading.finditer(text):
            rest = (m.group("rest") or "").strip()
            if rest:  # "Projektleder: Birgit Elleby Jørgensen": the name on the heading's line
                name = _listed_name(rest)
                if name:
                    found.append(RoledPerson(name, role, m.start("rest") + (m.group("rest") or "").find(name)))
                continue
            pos = m.end() + 1
            for _ in range(_LIST_LINES):
                end = text.find("\n", pos, pos + 200)
                end = end if end >= 0 else min(len(text), pos + 200)
                raw = text[pos:end]
                name = _listed_name(raw) if raw.strip() else None
                if name is None:
                    break  # a blank line or a line that is no name ends the list
                found.append(RoledPerson(name, role, pos + raw.find(name)))
                if end >= len(text):
                    break
                pos = end + 1
    return found


# Minutes record who took no part in an item or left the meeting, in a sentence opening with the
# member's name: "Jesper Kjeldsen deltog ikke i sagens behandling." (Aarhus byråd referat,
# corpus/municipal s06); "Pia Holm (V) deltog ikke i behandlingen af punktet.", "Kurt Ravn var
# inhabil og deltog ikke i behandlingen." (tests/extract/test_person_roles.py ABSENCE_SAMPLE). The
# name opens with a given name; no role (the sentence names no office).
_ABSENCE = re.compile(rf"^[ \t]*(?P<name>{_PERSON_NAME})(?:[ \t]*\([A-ZÆØÅ]{{1,2}}\))?[ \t]+"
                      r"(?:deltog ikke i|var inhabil|var fraværende|havde meldt afbud|forlod mødet)\b", re.M)


def _absences(text: str) -> list[RoledPerson]:
    return [RoledPerson(m.group("name"), None, m.start("name")) for m in _ABSENCE.finditer(text)
            if opens_with_given_name(m.group("name"))]


# A proposal or statement signed without a greeting: the name on a line of its own after the text's
# last sentence, and an office with its party or body on the next ("Jakob Søgaard Clausen /
# Byrådsmedlem, Danmarksdemokraterne.", a member's proposal in the Aarhus byråd referat,
# corpus/municipal s07; "Mette Kjær / Rådmand, Venstre", tests/extract/test_person_roles.py
# SIGNED_PROPOSAL_SAMPLE). The role is the office line as running text writes it
# ("byrådsmedlem, Danmarksdemokraterne"); the name opens with a given name.
_SIGNED_LINES = re.compile(rf"(?:\A|[.!?:][ \t]*\n|\n[ \t]*\n)[ \t]*(?P<name>{_PERSON_NAME})[ \t]*\n"
                           r"[ \t]*(?P<role>[A-ZÆØÅ][a-zæøå-]+(?:,[ \t]*[^\n]{1,80})?)[ \t]*(?=\n|$)")


def _signed_without_greeting(text: str) -> list[RoledPerson]:
    found: list[RoledPerson] = []
    for m in _SIGNED_LINES.finditer(text):
        office = m.group("role").split(",")[0].strip()
        if not opens_with_given_name(m.group("name")) or not _is_title_word(office):
            continue
        role = " ".join(m.group("role").rstrip(" .").split())
        # the office in lower case as running text writes it; the party or body keeps its capitals
        found.append(RoledPerson(m.group("name"), role[0].lower() + role[1:], m.start("name")))
    return found


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
#   `_INSTITUTION_WORD` (a street, a school, a council),
# - when a surname is a kommune's name (danish/data/kommuner.csv: "Hans Egedal Kommune" is cut
#   by its head noun, "Per Aarhus" is a place's),
# - when its given name is also a Danish word that opens sentences and headings ("Per", "Hans": the
#   table's `word` rows) and it does not stand inside a sentence, after a lower-case word.
# The name gets no role here; a reader that gives one wins (roled_persons keeps the roled entry).
_PROSE_PART = r"[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?"
_PROSE_PARTICLES = ("von", "van", "der", "de", "af", "la", "le")
# A run of capitalised words one space apart (no tab: a table's cells are no name), with particles.
# A middle initial inside the name ("Holger K. Nielsen", "Jan E. Jørgensen": Danish names print them
# so, tests/extract/test_prose_names.py), never at its end.
_PROSE_RUN = re.compile(rf"(?<![\wæøå.@-]){_PROSE_PART}(?: (?:(?:{'|'.join(_PROSE_PARTICLES)}) |[A-ZÆØÅ]\. )?{_PROSE_PART})*"
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
def _kommune_words() -> frozenset[str]:
    from .kommune_registry import kommuner

    return frozenset(k.name for k in kommuner())


def _opens_sentence(text: str, index: int) -> bool:
    """Whether a sentence, a line or a bullet opens at text[index]: its first word is capitalised
    as every sentence's is ("Kontakt Jens Hansen", "Ifølge Mette Holm")."""
    before = text[max(0, index - 3):index].rstrip(" \t")
    return not before or before[-1] in "\n.!?:;•*–-\"»”("


def _prose_names(text: str) -> list[RoledPerson]:
    found: list[RoledPerson] = []
    heads = _name_heads()
    ambiguous = {w for w, kind in heads.items() if kind == "word"}
    follower = re.compile(r"[ \t]*(?:" + "|".join(re.escape(h) for h, k in heads.items() if k == "firm") + r")(?![\wæøå])")
    for run in _PROSE_RUN.finditer(text):
        words = run.group(0).split(" ")
        offset = run.start()
        # a sentence's first word or an office before the name ("Derfor Jens Hansen", "Borgmester Jens Hansen")
        while words and not is_given_name(words[0]) and (words[0].casefold() in STOPWORDS or _is_title_word(words[0])
                                                         or (offset == run.start() and _opens_sentence(text, offset))):
            offset += len(words[0]) + 1
            words = words[1:]
        # a name broken after its given name at a line's end ("projektkoordinator Hanne / Marie Holm")
        broken = re.search(r"(?<![\wæøå-])(?P<first>[A-ZÆØÅ][a-zæøåé]+)[ \t]*\n[ \t]*$", text[max(0, offset - 40):offset])
        if broken and offset == run.start() and is_given_name(broken.group("first")):
            offset -= len(broken.group(0))
            words = [broken.group("first"), *words]
        if len(words) < 2 or len(words) > _PROSE_MAX_WORDS or not is_given_name(words[0]):
            continue
        after = text[run.end():run.end() + 12]
        name = " ".join(words)
        name = _genitive_free(name, text, run.end())
        words = name.split(" ")
        surnames = [w for w in words[1:] if w not in _PROSE_PARTICLES and not re.fullmatch(r"[A-ZÆØÅ]\.", w)]
        if not surnames or is_given_name(surnames[-1]):
            continue  # "Anne Marie": given names only
        if _is_title_word(surnames[-1]):
            continue  # an office glued to the name by a lost line break ("Karin Nødgaardformand")
        if any(w.endswith("s") and i < len(words) - 1 for i, w in enumerate(words) if i > 0):
            continue  # "Anne Maries Hus", "Hans Knudsens Plads": a genitive before a name word
        # the phrase may run on over a line break ("Peter Larsen / Kaffe ApS", "Hans Kongelige / Højhed")
        run_on = re.match(r"[ \t]*\n[ \t]*(?P<words>[A-ZÆØÅ][\wæøå-]*(?: [A-ZÆØÅ][\wæøå-]*){0,2})", text[run.end():run.end() + 60])
        more = run_on.group("words").split(" ") if run_on else []
        if any(_is_head(w) for w in (*words, *more)) or follower.match(after) \
                or (run_on and follower.match(text, run.end() + run_on.end())):
            continue
        if any(w in _kommune_words() for w in surnames) or any(_INSTITUTION_WORD.search(w) for w in words):
            continue
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
                    _is_head(w) or _INSTITUTION_WORD.search(w) or w in _kommune_words() for w in second):
                found.append(RoledPerson(partner.group("name"), None, partner.start("name")))
    return found


_PARTNER = re.compile(rf"[ \t]*&[ \t]*(?P<name>{_PROSE_PART}(?: {_PROSE_PART}){{1,2}})(?=[ \t]*(?:[.,;]|\n|$))")


def same_person(short: str, full: str) -> bool:
    """The same name, or a shorter form of it: 'Maja Føns' is 'Maja Maria Føns' (a middle name
    left out when she signs, corpus/municipal f13), 'Flemming Hansen' is 'Niels Flemming Hansen'
    (a first name lost to a line break in a Folketing letter, extract/parsers/ftdk_fields.py).
    The shorter form keeps the last name and at least two words, in the longer one's order."""
    a, b = short.casefold().split(), full.casefold().split()
    if a == b:
        return True
    if len(a) < 2 or len(a) >= len(b) or a[-1] != b[-1]:
        return False
    rest = iter(b)
    return all(word in rest for word in a)


def roled_persons(text: str) -> list[RoledPerson]:
    """People named with a role in a STAR, ministry, KL or news text (see above), once each,
    in text order; a name given no role anywhere is kept with role None."""
    found: list[RoledPerson] = []
    pats = _patterns()
    for m in pats["before"].finditer(text):
        name = _genitive_free(m.group("name"), text, m.end("name"))
        role = _role_text(m.group("title")) + (f" ({m.group('party')})" if m.group("party") else "")
        found.append(RoledPerson(name, role, m.start("name")))
    for m in pats["before_broken"].finditer(text):
        # a function word opens a sentence, not a surname ("borgmester Jens / Det er ...")
        if is_given_name(m.group("first")) and not any(w.casefold() in STOPWORDS for w in m.group("rest").split()):
            name = _genitive_free(f"{m.group('first')} {m.group('rest')}", text, m.end("rest"))
            found.append(RoledPerson(name, _role_text(m.group("title")), m.start("first")))
    for m in pats["after"].finditer(text):
        found.append(RoledPerson(m.group("name"), _role_text(m.group("role")), m.start("name")))
    for m in pats["title_org_name"].finditer(text):
        found.append(RoledPerson(m.group("name"), _role_text(m.group("role")), m.start("name")))
    found.extend(_signature(text))
    found.extend(_byline(text))
    found.extend(_members(text))
    found.extend(_contacts(text))
    found.extend(_attendance(text))
    found.extend(_minutes_officials(text))
    found.extend(_person_lists(text))
    found.extend(_absences(text))
    found.extend(_signed_without_greeting(text))
    found.extend(_prose_names(text))
    # A header's sender is a person only when the body signs with that name, in full or
    # shorter: a shop, a unit or a mailbox also sends mail ("Fra: Havnens Perle <info@...>",
    # corpus/pdf/aarhus_borgerhenvendelse_email_2025.pdf, signs as no person).
    senders = [s for s in _email_sender(text)
               if any(same_person(p.name, s.name) and p.start != s.start for p in found)]  # not the header's own name
    found.extend(senders)
    for sender in senders:  # the sender's signature under a shorter form of the name
        found = [RoledPerson(sender.name, p.role, p.start) if same_person(p.name, sender.name) else p for p in found]
    best: dict[str, RoledPerson] = {}
    for person in sorted(found, key=lambda p: p.start):
        words = person.name.split()
        if words[0] in _NOT_FIRST_NAME or any(_INSTITUTION_WORD.search(w) for w in words):
            continue
        known = best.get(person.name)
        if known is None or (known.role is None and person.role):
            best[person.name] = person if known is None else RoledPerson(person.name, person.role, known.start)
    return sorted(best.values(), key=lambda p: p.start)


def _genitive_free(name: str, text: str, end: int) -> str:
    """'Troels Lund Poulsens udmelding' -> 'Troels Lund Poulsen': a name in the genitive
    before a lower-case noun."""
    if name.endswith("s") and re.match(r" [a-zæøå]", text[end:end + 2]):
        return name[:-1]
    return name
