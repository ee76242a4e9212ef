"""People who sign a letter, an invitation or a proposal: the name under the greeting with its
title and organisation, co-signatories in blocks, a name and its office closing a proposal."""
from __future__ import annotations

import re
from functools import lru_cache

from danish import reference

from .document import TEXT_PAGE_MARK
from .given_names import opens_with_given_name
from .person_titles import official_titles
from .roled_person import NOT_FIRST_NAME, PERSON_NAME, RoledPerson, is_title_word, role_text


@lru_cache(maxsize=1)
def _minister_by_name() -> dict[str, str]:
    """'beskæftigelsesministeren' -> 'beskæftigelsesminister' (the ODA table)."""
    return {t.name.lower(): t.title for t in reference.minister_titles()}


_GREETING_LINE = re.compile(r"^[ \t]*(?:Med )?venlig(?:e)? hilsen[ \t]*$", re.M | re.I)


def signature(text: str) -> list[RoledPerson]:
    """The persons who sign a letter: the names under its last greeting."""
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
    if not lines or not re.fullmatch(PERSON_NAME, lines[0][1]):
        return []
    start, name = lines[0]
    title = lines[1][1] if len(lines) > 1 else ""
    officials = "|".join(official_titles())
    if re.fullmatch(rf"[A-ZÆØÅa-zæøå-]*(?:{officials})", title, re.I):
        org = lines[2][1] if len(lines) > 2 else ""
        named_org = reference.agency_by_name(org) or re.fullmatch(r"[A-ZÆØÅ][\wæøå-]*(?:ministeriet|styrelsen)", org)
        return [RoledPerson(name, role_text(title) + (f", {org}" if named_org else ""), start)]
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


def _signed_role(lines: list[str]) -> str | None:
    """The role phrase of a signatory's lines, or None when they do not open with an office."""
    phrase = " ".join(" ".join(lines).split()).strip(" ,")
    parts = [p for p in re.split(r"\s*,\s*", phrase) if p]
    if not parts or not any(is_title_word(w) for w in parts[0].split()[:4]):
        return None

    def lower(word: str, first: bool) -> str:
        capitalised = word[:1].isupper() and not word.isupper()
        return word[0].lower() + word[1:] if capitalised and (first or is_title_word(word)) else word

    return ", ".join(" ".join(lower(w, i == 0) for i, w in enumerate(part.split())) for part in parts)


def _signatories(text: str, start: int) -> list[RoledPerson]:
    found: list[RoledPerson] = []
    for block in _blank_line_blocks(text[start:start + 1500], start):
        name = block[0][1].rstrip(" ,")
        if not re.fullmatch(PERSON_NAME, name) or name.split()[0] in NOT_FIRST_NAME \
                or not 2 <= len(block) <= 1 + _SIGNATORY_LINES:
            break
        role = _signed_role([line for _, line in block[1:]])
        if role is None:
            break
        found.append(RoledPerson(name, role, block[0][0]))
    return found


# A proposal or statement signed without a greeting: the name on a line of its own after the text's
# last sentence, and an office with its party or body on the next ("Jakob Søgaard Clausen /
# Byrådsmedlem, Danmarksdemokraterne.", a member's proposal in the Aarhus byråd referat,
# corpus/municipal s07; "Mette Kjær / Rådmand, Venstre", tests/extract/test_person_roles.py
# SIGNED_PROPOSAL_SAMPLE). The role is the office line as running text writes it
# ("byrådsmedlem, Danmarksdemokraterne"); the name opens with a given name.
_SIGNED_LINES = re.compile(rf"(?:\A|[.!?:][ \t]*\n|\n[ \t]*\n)[ \t]*(?P<name>{PERSON_NAME})[ \t]*\n"
                           r"[ \t]*(?P<role>[A-ZÆØÅ][a-zæøå-]+(?:,[ \t]*[^\n]{1,80})?)[ \t]*(?=\n|$)")


def signed_without_greeting(text: str) -> list[RoledPerson]:
    """The persons who sign without a greeting: a name and a title on lines of their own."""
    found: list[RoledPerson] = []
    for m in _SIGNED_LINES.finditer(text):
        office = m.group("role").split(",")[0].strip()
        if not opens_with_given_name(m.group("name")) or not is_title_word(office):
            continue
        role = " ".join(m.group("role").rstrip(" .").split())
        # the office in lower case as running text writes it; the party or body keeps its capitals
        found.append(RoledPerson(m.group("name"), role[0].lower() + role[1:], m.start("name")))
    return found


# A member's proposal in a council's minutes closes with its proposers, one a line, each name with
# the party's name after a comma ("Solveig Munk, Enhedslisten"; "Jakob Søgaard Clausen,
# Danmarksdemokraterne" / "Henrik Arens, Liberal Alliance.": three proposals of the Aarhus byråd
# referat 2025-08-27 in corpus/pdf, one of them corpus/municipal s9_09). The party is one of
# danish/data/parties.csv's names or aliases, so the name needs no known given name; the line names
# no office, so the person gets no role (as an absence sentence gives none). The line above ends the
# proposal's last sentence or names another proposer.
@lru_cache(maxsize=1)
def _party_signatory_line() -> re.Pattern[str]:
    names = {n for p in reference.parties() for n in (p.name, *p.aliases) if n}
    parties = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"^[ \t]*(?P<name>{PERSON_NAME}),[ \t]*(?:{parties})\.?[ \t]*$", re.M)


def party_signatories(text: str) -> list[RoledPerson]:
    """The persons signing with their party ("Name, Venstre") on a line of their own, after a sentence's end or
    another such line; a title is no first name ("Borgmester Jensen, Venstre")."""
    line = _party_signatory_line()
    found: list[RoledPerson] = []
    for m in line.finditer(text):
        above = text[max(0, m.start() - 300):m.start()].rstrip(" \t\n").rsplit("\n", 1)[-1]  # bounded: no quadratic scan
        if above and not above.endswith((".", "!", "?", ":")) and not line.fullmatch(above):
            continue
        first = m.group("name").split()[0]
        if first not in NOT_FIRST_NAME and not is_title_word(first):  # "Borgmester Jensen, Venstre"
            found.append(RoledPerson(m.group("name"), None, m.start("name")))
    return found
