"""People a document lists: a meeting's attendance list and its officials, those absent from an
item, and names listed under a heading (extract/data/person_lists.tsv)."""
from __future__ import annotations

import re
from functools import lru_cache

from danish import reference
from danish.list_marks import BULLET_MARKS

from .given_names import is_given_name, opens_with_given_name
from .roled_person import INSTITUTION_WORD, PERSON_NAME, NAME_PART, RoledPerson


# A meeting's attendance list: under "Tilstede" / "Medlemmer" / "Deltagere", one member a line
# with the party's ballot letter (danish/data/parties.csv ballot_letter) and the role printed after
# a dash ("Lolan Ottesen (A) - formand", Ballerup referat 2012-12-04 in corpus/pdf; "Jesper
# Mathiesen (A)", Syddjurs referat PUK 2013-06-20). The role is the printed one, or "medlem", with
# the party as a title before a name carries it ("borgmester (V)"): "formand (A)", "medlem (V)".
#
# The members absent are listed the same way under a heading of their own below the attendance
# list ("Afbud/Fraværende", Ballerup referat 2012-12-04; "Fraværende", Syddjurs referat PUK
# 2013-06-20, both in corpus/pdf): the role says so ("medlem (V), fraværende").
_ATTENDANCE_HEAD = re.compile(r"^[ \t]*(?:Tilstede|Til stede|Medlemmer|Deltagere|Mødedeltagere"
                              r"|(?P<absent>Fraværende|Afbud(?:[ \t]*/[ \t]*Fraværende)?))[ \t]*:?[ \t]*$", re.M)
ABSENT = "fraværende"
_ATTENDEE = re.compile(rf"(?P<name>{PERSON_NAME})[ \t]*\((?P<party>[A-ZÆØÅ])\)(?:[ \t]*[-–][ \t]*(?P<role>[a-zæøå]+))?")
MEMBER_OF_MEETING = "medlem"


@lru_cache(maxsize=1)
def _ballot_letters() -> frozenset[str]:
    return frozenset(p.ballot_letter for p in reference.parties() if p.ballot_letter)


def attendance(text: str) -> list[RoledPerson]:
    """The members listed under a minutes' attendance heading, one a line."""
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
                role = f"{m.group('role') or MEMBER_OF_MEETING} ({m.group('party')})" \
                    + (f", {ABSENT}" if head.group("absent") else "")
                found.append(RoledPerson(m.group("name"), role, pos + raw.find(line)))
            pos = end + 1
    return found


# Minutes name their secretary under the attendance list, the office on a line of its own and
# the name on the next ("Sekretær / Mie Helene Andresen", Ballerup referat 2012-12-04 in
# corpus/pdf; "Referent / Jonas Holm", tests/extract/test_municipal_document_facts.py
# MINUTES_COVER_SAMPLE): a named official of the meeting (the ft_qa convention lists officials
# and case handlers among `persons`). Only on a cover that has an attendance list.
MINUTES_OFFICES = ("Sekretær", "Referent")
_MINUTES_OFFICE = re.compile(rf"^[ \t]*(?P<office>{'|'.join(MINUTES_OFFICES)})[ \t]*:?[ \t]*\n[ \t]*(?P<name>{PERSON_NAME})[ \t]*$",
                             re.M)


def minutes_officials(text: str) -> list[RoledPerson]:
    """The officials with their office a set of minutes names (only in minutes, with an attendance heading)."""
    if not _ATTENDANCE_HEAD.search(text):
        return []
    return [RoledPerson(m.group("name"), m.group("office").lower(), m.start("name"))
            for m in _MINUTES_OFFICE.finditer(text)]


# People listed by name under a heading (extract/data/person_lists.tsv): a project's organisation,
# a letter head's "Projektleder:", a meeting's participants and those absent. Each line a name,
# or a name and an affiliation after a comma; the name opens with a Danish given name.
_LISTED_NAME = re.compile(rf"(?P<name>{PERSON_NAME})(?:[ \t]*,[ \t]*[^\n]{{1,60}})?[ \t]*")
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


# A list line may carry a bullet mark ("• Kasper Elbo", a Word list's attendance, DIKUrevyen's
# general-meeting minutes, corpus/municipal s7_11), and a name foreign letters ("Arinbjörn
# Brandsson", "Jürgensen").
_BULLET = re.compile(rf"^[ \t]*[{BULLET_MARKS}][ \t]+")  # the one list of marks (danish/list_marks.py)
_LIST_LINE = re.compile(rf"(?P<name>{NAME_PART}(?: {NAME_PART}){{1,4}})(?:[ \t]*,[ \t]*[^\n]{{1,60}})?[ \t]*")
# Under a heading that lists people, a list most of whose names open with a known given name is
# a list of people: its other names are too, though their given names
# are not among the given names of Folketinget's members nor of danish/data/given_names_da.csv
# ("Tor", "Arinbjörn", corpus/municipal s7_11; extract/given_names.py).
_PEOPLE_LIST_SHARE = 2 / 3
_PEOPLE_LIST_MIN = 3


def _list_lines(text: str, pos: int) -> list[tuple[int, str]]:
    """(offset, name) of the name-shaped lines from pos on, up to a blank line or a line that
    is no name."""
    out: list[tuple[int, str]] = []
    for _ in range(_LIST_LINES):
        end = text.find("\n", pos, pos + 200)
        end = end if end >= 0 else min(len(text), pos + 200)
        raw = text[pos:end]
        bullet = _BULLET.match(raw)
        body = raw[bullet.end():] if bullet else raw
        m = _LIST_LINE.fullmatch(body.strip()) if body.strip() else None
        if m is None:
            break
        out.append((pos + raw.find(m.group("name")), m.group("name")))
        if end >= len(text):
            break
        pos = end + 1
    return out


def _could_be_a_person(name: str) -> bool:
    """A listed name whose given name is unknown, unless its words say it is a body: a
    genitive before another word ("Vestegnens Sundhedsnetværk": a region's network, not a
    person; a given name ending in -s, "Lars", "Niels", is no genitive) or an institution's head
    noun ("Center", "Udvalg", a street)."""
    words = name.split()
    return not any(w.endswith("s") and not is_given_name(w) for w in words[:-1]) \
        and not any(INSTITUTION_WORD.search(w) for w in words)


def person_lists(text: str) -> list[RoledPerson]:
    """The persons listed under a heading that gives their role ("Projektleder: Birgit Elleby Jørgensen", or
    one name a line below it), the headings read from `_list_headings`."""
    found: list[RoledPerson] = []
    for heading, role in _list_headings():
        for m in heading.finditer(text):
            rest = (m.group("rest") or "").strip()
            if rest:  # "Projektleder: Birgit Elleby Jørgensen": the name on the heading's line
                name = _listed_name(rest)
                if name:
                    found.append(RoledPerson(name, role, m.start("rest") + (m.group("rest") or "").find(name)))
                continue
            lines = _list_lines(text, m.end() + 1)
            known = [opens_with_given_name(name) for _, name in lines]
            if len(lines) >= _PEOPLE_LIST_MIN and sum(known) >= _PEOPLE_LIST_SHARE * len(lines):
                found.extend(RoledPerson(name, role, start) for (start, name), given in zip(lines, known)
                             if given or _could_be_a_person(name))
                continue
            for (start, name), given in zip(lines, known):
                if not given:
                    break  # a line that is no known name ends a short or mixed list
                found.append(RoledPerson(name, role, start))
    return found


# Minutes record who took no part in an item or left the meeting, in a sentence opening with the
# member's name: "Jesper Kjeldsen deltog ikke i sagens behandling." (Aarhus byråd referat,
# corpus/municipal s06); "Pia Holm (V) deltog ikke i behandlingen af punktet.", "Kurt Ravn var
# inhabil og deltog ikke i behandlingen." (tests/extract/test_person_roles.py ABSENCE_SAMPLE). The
# name opens with a given name; no role (the sentence names no office).
_ABSENCE = re.compile(rf"^[ \t]*(?P<name>{PERSON_NAME})(?:[ \t]*\([A-ZÆØÅ]{{1,2}}\))?[ \t]+"
                      r"(?:deltog ikke i|var inhabil|var fraværende|havde meldt afbud|forlod mødet)\b", re.M)


def absences(text: str) -> list[RoledPerson]:
    """The members a referat names as absent ("X deltog ikke i ...", "var inhabil", "havde meldt afbud"),
    without a role."""
    return [RoledPerson(m.group("name"), None, m.start("name")) for m in _ABSENCE.finditer(text)
            if opens_with_given_name(m.group("name"))]
