"""People named with their role in STAR, ministry, KL, news and kommune texts: `roled_persons`.

Titles before a name, appositions after it, a byline, members with their party and a letter
head's contact are read here; signatures (extract/signatures.py), lists (extract/listed_people.py)
and names in running prose (extract/prose_names.py) in modules of their own.
"""
from __future__ import annotations

import re
from functools import lru_cache

from danish import reference
from danish.words import STOPWORDS

from .document import TEXT_PAGE_MARK
from .given_names import is_given_name
from .listed_people import absences, attendance, minutes_officials, person_lists
from .person_titles import CONTACT_LABELS, official_titles
from .prose_names import names_in_prose
from .roled_person import INSTITUTION_WORD, NOT_FIRST_NAME, PERSON_NAME, RoledPerson, genitive_free, role_text
from .signatures import party_signatories, signature, signed_without_greeting


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


@lru_cache(maxsize=1)
def _minister_titles() -> str:
    titles = {t.title for t in reference.minister_titles() if t.title.endswith("minister")}
    return "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))


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
        "before": re.compile(rf"(?<![\wæøå-])(?P<title>(?i:{minister})|{title_word})[ \t]+(?P<name>{PERSON_NAME})"
                             r"(?:[ \t]*\((?P<party>[A-ZÆØÅ]{1,4})\))?"),
        # the same, the name broken after its given name at a line's end ("faglig koordinator Birgit /
        # Elleby Jørgensen fra Center for Ejendomme", corpus/municipal s04; COORDINATOR_SAMPLE of
        # tests/extract/test_person_roles.py): the given name is checked (extract/given_names.py)
        "before_broken": re.compile(rf"(?<![\wæøå-])(?P<title>(?i:{minister})|{title_word})[ \t]+"
                                    r"(?P<first>[A-ZÆØÅ][a-zæøåé]+)[ \t]*\n[ \t]*"
                                    r"(?P<rest>[A-ZÆØÅ][a-zæøåé]+(?:-[A-ZÆØÅ][a-zæøåé]+)?(?: [A-ZÆØÅ][a-zæøåé]+){0,2})"),
        # "Jacob Nielsen Arendt, professor i KORA", "X, der er formand for Y"
        "after": re.compile(rf"(?P<name>{PERSON_NAME}),[ \t]+(?:der er[ \t]+)?"
                            rf"(?P<role>(?:[a-zæøå-]*(?:{official})|{minister})(?:[ \t]+(?:i|for|hos|ved)[ \t]+{org})?)"
                            r"(?=[ \t]*[,.;()]|[ \t]+(?:og|siger|mener|der)\b|[ \t]*$)", re.M),
        # "direktør i STAR, Mads Kristian Ørnholt"
        "title_org_name": re.compile(rf"(?<![\wæøå-])(?P<role>[a-zæøå-]*(?:{official})[ \t]+(?:i|for|hos|ved)[ \t]+{org}),"
                                     rf"[ \t]+(?P<name>{PERSON_NAME})"),
    }


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
        if re.fullmatch(PERSON_NAME, line) and line.split()[0] not in NOT_FIRST_NAME \
                and any(dated(lines[j][1]) for j in (i - 1, i + 1) if 0 <= j < len(lines)):
            return [RoledPerson(line, BYLINE_ROLE, start)]
    return []


# A member of the Folketing named with the party ("Finn Sørensen (EL)"): "folketingsmedlem (EL)",
# as the seeds' gold words a member's role (seed 000); members from the ODA Aktør table. The role is
# the table's guess, not the text's: a namesake sits in a byråd under the same party letter (bench/
# substitution.py found it), so it gives way to any role the document states for the name (an
# attendance list's "medlem (V)", corpus/municipal s10_08) and is not given where an apposition
# after the party says who the person is ("Gert Bjerregaard (V), byrådsmedlem og gruppeformand",
# s7_08; "Anders Kristensen (V), borgmester i Randers", tests/extract/test_person_roles.py).
MEMBER_ROLE = "folketingsmedlem ({party})"


@lru_cache(maxsize=1)
def _member_names() -> frozenset[str]:
    return frozenset(m.name for m in reference.members())


def _members(text: str) -> list[RoledPerson]:
    return [RoledPerson(m.group("name"), MEMBER_ROLE.format(party=m.group("party")), m.start("name"))
            for m in re.finditer(rf"(?P<name>{PERSON_NAME})[ \t]*\((?P<party>[A-ZÆØÅ]{{1,4}})\)(?!,[ \t]+[a-zæøå])", text)
            if m.group("name") in _member_names() and reference.party_for(m.group("party"))]


# A letterhead names the official to contact on a labelled line of its own (CONTACT_LABELS):
# "Kontakt: Lise Porsborg", "Kontaktperson:", "Sagsbehandler:". The label gives the role.
_CONTACT_ROLES = {label.lower(): role for label, role in CONTACT_LABELS.items()}
_CONTACT_LINE = re.compile(rf"^[ \t]*(?P<label>{'|'.join(re.escape(label) for label in CONTACT_LABELS)})[ \t]*:[ \t]*"
                           rf"(?P<name>{PERSON_NAME})[ \t]*$", re.M | re.I)


def _contacts(text: str) -> list[RoledPerson]:
    return [RoledPerson(m.group("name"), _CONTACT_ROLES[m.group("label").lower()], m.start("name"))
            for m in _CONTACT_LINE.finditer(text[:3000])]


# A printed e-mail names its sender in the header ("From:\tMaja Maria Føns", corpus/municipal
# f13; "Fra: Søren Kjær", tests/extract/test_genre_markers.py NEWSLETTER_SAMPLE); the sender
# signs with a shorter form of the name ("Maja Føns"), which is the same person. The role is
# worded as the seeds' gold words a letter's sender: "afsender".
SENDER_ROLE = "afsender"
_EMAIL_FROM = re.compile(rf"\A(?:[ \t]*(?:(?:{TEXT_PAGE_MARK}|\d{{1,4}})[ \t]*)?\n){{0,4}}[ \t]*(?:From|Fra)[ \t]*:[ \t]*"
                         rf"(?P<name>{PERSON_NAME})[ \t]*(?:<[^>\n]{{0,100}}>)?[ \t]*$", re.M)


def _email_sender(text: str) -> list[RoledPerson]:
    m = _EMAIL_FROM.match(text)
    return [RoledPerson(m.group("name"), SENDER_ROLE, m.start("name"))] if m else []


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


def leading_form(short: str, full: str) -> bool:
    """'David Rechnagel' of 'David Rechnagel Udsen': the leading words, two or more, of a longer name, as printed
    (the surname lost or printed in lower case, "David Rechnagel udsen", corpus/municipal s7_11). Unlike
    `same_person` the last name goes, and the words are compared as printed, case and all."""
    words = full.split()
    return any(" ".join(words[:n]) == short for n in range(2, len(words)))


def roled_persons(text: str) -> list[RoledPerson]:
    """People named with a role in a STAR, ministry, KL or news text (see above), once each,
    in text order; a name given no role anywhere is kept with role None."""
    found: list[RoledPerson] = []
    pats = _patterns()
    for m in pats["before"].finditer(text):
        name = genitive_free(m.group("name"), text, m.end("name"))
        role = role_text(m.group("title")) + (f" ({m.group('party')})" if m.group("party") else "")
        found.append(RoledPerson(name, role, m.start("name")))
    for m in pats["before_broken"].finditer(text):
        # a function word opens a sentence, not a surname ("borgmester Jens / Det er ...")
        if is_given_name(m.group("first")) and not any(w.casefold() in STOPWORDS for w in m.group("rest").split()):
            name = genitive_free(f"{m.group('first')} {m.group('rest')}", text, m.end("rest"))
            found.append(RoledPerson(name, role_text(m.group("title")), m.start("first")))
    for m in pats["after"].finditer(text):
        found.append(RoledPerson(m.group("name"), role_text(m.group("role")), m.start("name")))
    for m in pats["title_org_name"].finditer(text):
        found.append(RoledPerson(m.group("name"), role_text(m.group("role")), m.start("name")))
    found.extend(signature(text))
    found.extend(_byline(text))
    found.extend(_contacts(text))
    found.extend(attendance(text))
    found.extend(minutes_officials(text))
    found.extend(person_lists(text))
    found.extend(absences(text))
    found.extend(signed_without_greeting(text))
    found.extend(party_signatories(text))
    found.extend(names_in_prose(text))
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
        if words[0] in NOT_FIRST_NAME or any(INSTITUTION_WORD.search(w) for w in words):
            continue
        known = best.get(person.name)
        if known is None or (known.role is None and person.role):
            best[person.name] = person if known is None else RoledPerson(person.name, person.role, known.start)
    for member in _members(text):  # the table's guess, for a name the document gives no role
        known = best.get(member.name)
        if known is None or known.role is None:
            best[member.name] = member if known is None else RoledPerson(member.name, member.role, known.start)
    return sorted(_without_leading_forms(best), key=lambda p: p.start)


def _without_leading_forms(best: dict[str, RoledPerson]) -> list[RoledPerson]:
    """The people, less a name that is only the leading words of another's ("David Rechnagel" of
    "David Rechnagel Udsen", printed "David Rechnagel udsen" with the surname in lower case,
    corpus/municipal s7_11): the same person named shorter. The municipal gold lists such a
    person once under the fuller name (s7_11's and s7_12's gold_notes: shorter mentions of a
    listed person "are the same people and are not listed again"). A role the shorter form
    carries goes to the fuller one when that has none."""
    out: dict[str, RoledPerson] = dict(best)
    for short in list(best):
        fuller = next((name for name in best if leading_form(short, name)), None)  # the first fuller name
        if fuller is None:
            continue
        gone = out.pop(short, None)
        if gone and gone.role and fuller in out and out[fuller].role is None:
            out[fuller] = RoledPerson(fuller, gone.role, out[fuller].start)
    return list(out.values())
