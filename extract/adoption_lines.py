"""Adoption lines: a document's note of its own adoption, printed on its cover or where it is listed.

A policy, strategy, standard or party programme adopted by a council or an assembly carries a line saying so. The
layouts (`LAYOUTS`, each with the documents that attest it):

- by a body, then the date: "Politik for Kultur og Fritid - Lokalt engagement. / Godkendt af byrådet, Syddjurs
  Kommune den 30. april 2009" (the cover of corpus/municipal f04, the title on the lines above); "2 Åben Politik for
  Kultur og Fritid - Lokalt engagement, Godkendt af byrådet 300409 73288/09" (the bilag list of the minutes f14, the
  date as ddmmyy); "Vedtaget af SF’s landsmøde 15. april 2012" (s08, the title on the line below);
- at a party's assembly, the date before or after it: "Vedtaget 30. september 2012 på / Det Konservative
  Folkepartis Landsråd i Herning" (s11_04, the title on the cover's block above); "Vedtaget på Venstres Landsmøde /
  den 18. november 2006 i Odense" (s18_01, on a page of its own, the title on the page before);
- the title, then the date, with no body: "Det Radikale Venstres Principprogram vedtaget 22. februar 1997"
  (s17_08, whose text layer breaks the date over a blank line: "22. / / februar 1997").

Under the conventions (star/README.md, "Lineage events": `introduced` is "created, adopted, decided"; the gold notes
of f04, f14, s08, s11_04 and s17_08) the line is the document's adoption: an `introduced` event by the body, in the
line's year (nlp/lineage/laws.py); the cover's date is the document's date (extract/document_dates.py); the line is
no title, and the title a line prints before "vedtaget" is the document's (extract/parsers/policy_title.py). The
line has no finite verb, so the lexicon (which needs an auxiliary before a participle) does not read it; this reads
the genre's layout instead. Structure of the document, so it lives in `extract` and the lineage reads it from here.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from danish.dates import DATE_TEXT_PATTERN, find_dates
from danish.words import NAMES_A_PROGRAMME

from .document_layout import is_page_mark

# The councils that adopt a municipal or regional document (as nlp/lineage/referat.py's bodies), and a party's
# landsmøde, which adopts its programme: "Vedtaget af SF’s landsmøde 15. april 2012" (the cover of
# corpus/pdf_more/Kristianuruplarsen__Partiprogrammer__SF, excerpted as corpus/municipal/s08, whose gold labels
# it `introduced` by "SF’s landsmøde"; a second party's cover in tests/nlp/test_lineage_programmes.py). The party's
# name may be several words ("Borgernes Parti’s landsmøde", tests/extract/test_renamed_texts.py).
_COUNCIL = (r"(?:byrådet|kommunalbestyrelsen|regionsrådet|borgerrepræsentationen|[\wæøå-]*udvalget|magistraten"
            r"|(?:(?:[\wæøå-]+[^\S\n]+){0,3}?[\wæøå-]+[’']?s[^\S\n]+)?landsmødet?)")
# The approval itself; what stands before it on its line is the list number and the title. Read
# as a search for the verb and a plain split of the line, so a line of a hundred thousand spaces
# costs one pass (one pattern spanning lead, title and verb backtracked cubically on it).
_APPROVAL = re.compile(
    rf"(?P<verb>Godkendt|Vedtaget|Tiltrådt)[^\S\n]+af[^\S\n]+(?P<body>{_COUNCIL})"
    r"(?:,?[^\S\n]+(?P<kommune>[A-ZÆØÅ][\wæøå-]+(?:[^\S\n]+[A-ZÆØÅ][\wæøå-]+)?[^\S\n]+(?:Kommune|Region)))?"
    rf"[^\S\n]+(?:den[^\S\n]+)?(?P<date>{DATE_TEXT_PATTERN}|\d{{6}})\b",
    re.IGNORECASE)
# A party programme's cover names the date first and the assembly after "på", over a line break: "Vedtaget 30.
# september 2012 på / Det Konservative Folkepartis Landsråd i Herning" (corpus/municipal/s11_04, gold: `introduced` by
# "Det Konservative Folkepartis Landsråd", date 2012-09-30), the order of SF's "Vedtaget af SF’s landsmøde 15. april
# 2012" (s08) turned round; Enhedslisten's programme is "vedtaget af et årsmøde" (s11_03). The assembly is a named
# party's ("Det Konservative Folkepartis", "SF’s"), with the town it met in.
_ASSEMBLY = r"(?:landsråd|landsmøde|årsmøde)(?:et)?"
_APPROVAL_AT = re.compile(
    rf"(?P<verb>Godkendt|Vedtaget)[^\S\n]+(?:den[^\S\n]+)?(?P<date>{DATE_TEXT_PATTERN})[^\S\n]+på\s+"
    rf"(?P<body>(?:[A-ZÆØÅ][\wæøå’'-]*[^\S\n]+){{1,4}}{_ASSEMBLY})\b(?:[^\S\n]+i[^\S\n]+[A-ZÆØÅ][\wæøå-]+)?",
    re.IGNORECASE)
# The two adverbials in the other order, the assembly first: "Vedtaget på Venstres Landsmøde / den 18. november 2006 i
# Odense" (the cover's second page of Venstre's principprogram, corpus/municipal/s18_01, gold: `introduced` by
# "Venstres Landsmøde", date 2006-11-18). Danish orders a clause's adverbials of place and time freely; the line is
# s11_04's, turned round.
_APPROVAL_AT_ASSEMBLY = re.compile(
    rf"(?P<verb>Godkendt|Vedtaget)[^\S\n]+på[^\S\n]+(?P<body>(?:[A-ZÆØÅ][\wæøå’'-]*[^\S\n]+){{1,4}}{_ASSEMBLY})\s+"
    rf"(?:den\s+)?(?P<date>{DATE_TEXT_PATTERN})\b(?:[^\S\n]+i[^\S\n]+[A-ZÆØÅ][\wæøå-]+)?",
    re.IGNORECASE)
# A cover that names the document and its adoption on one line, with no body: "Det Radikale Venstres Principprogram
# vedtaget 22. februar 1997" (s17_08, gold: `introduced`, the title and date the document's). The title is a name,
# capitalised, two to twelve words, whose last word is a capitalised noun naming a document of policy
# (_DOCUMENT_NOUNS, as a compound's head: "Principprogram", "Kulturpolitik"), so a sentence that tells an adoption
# ("Loven blev vedtaget 3. april 2001", "Kommunen fik sin nye politik vedtaget ...") is none; the date may run over
# the text layer's breaks (DATE_TEXT_PATTERN's spaces are any whitespace).
_DOCUMENT_NOUNS = ("program", "programmet", "politik", "politikken", "strategi", "strategien", "vedtægter",
                   "vedtægterne", "plan", "planen")
_TITLED = re.compile(
    r"^[^\S\n]*(?P<title>[A-ZÆØÅ][\wæøå’'-]*(?:[^\S\n]+[\wæøå’'-]+){1,11}?)[^\S\n]+vedtaget[^\S\n]+"
    rf"(?:den[^\S\n]+)?(?P<date>{DATE_TEXT_PATTERN})", re.MULTILINE)
# A bilag list's number and access mark before the title ("2 Åben ").
_LEAD = re.compile(r"[^\S\n]*(?:\d{1,3}[^\S\n]+(?:Åben|Lukket)[^\S\n]+)?", re.IGNORECASE)


@dataclass(frozen=True)
class Approval:
    start: int  # the evidence: the line, up to its date
    end: int
    subject: str  # the adopted document's title
    actor: str  # the council, with its kommune when the line names it
    date: dt.date | None
    year: int | None
    date_at: tuple[int, int] | None = None  # where the line prints the date (and its year: "300409")
    layout: str = "by_body"  # the name of its row in LAYOUTS
    # a line of its own, as a cover prints it (the approval opens the line and its date ends it, or a cover's title
    # opens it), not a list's entry or a sentence ("Politikken blev vedtaget af byrådet den 30. april 2009, og ...")
    cover: bool = True


def approvals(text: str) -> Iterator[Approval]:
    line_start = 0
    for line in text.split("\n"):
        at, line_start = line_start, line_start + len(line) + 1
        m = _APPROVAL.search(line)
        if m is None:
            continue
        date = _date(m.group("date"))
        if date is None:
            continue
        prefix = line[:m.start()]
        lead = _LEAD.match(prefix)
        lead_text = lead.group(0) if lead else ""
        title = prefix[len(lead_text):].strip(" \t,.-–")
        start = at + (len(lead_text) if title else m.start("verb"))
        if lead_text.strip():
            start = at + len(lead_text) - len(lead_text.lstrip())
        if not title:
            title = _title_above(text, at) or _title_below(text, line_start)
        if not title:
            continue
        actor = m.group("body") + (f", {m.group('kommune')}" if m.group("kommune") else "")
        cover = not prefix.strip() and not line[m.end():].strip(" .\t")
        yield Approval(start, at + m.end("date"), title, actor, date, date.year,
                       (at + m.start("date"), at + m.end("date")), cover=cover)


def assembly_approvals(text: str) -> Iterator[Approval]:
    """A programme's adoption by its party's assembly, the date before or after it (`_APPROVAL_AT`,
    `_APPROVAL_AT_ASSEMBLY`); the title
    is the cover's block above, past one blank line ("Giv ansvaret tilbage til borgerne / Det Konservative
    Folkepartis partiprogram")."""
    found = [*_APPROVAL_AT.finditer(text), *_APPROVAL_AT_ASSEMBLY.finditer(text)]
    for m in sorted(found, key=lambda m: m.start()):
        date = _date(m.group("date"))
        line_at = text.rfind("\n", 0, m.start()) + 1
        if date is None or text[line_at:m.start()].strip():
            continue  # the line must open with the approval: a cover, not a sentence telling one
        # the block right above, or the one above a blank line, or past the cover's page break the line naming the
        # programme (s18_01: the adoption on a page of its own, the title "VENSTRES PRINCIPPROGRAM" on the page before)
        title = _title_above(text, line_at) or _title_above(text, len(text[:line_at].rstrip())) \
            or _programme_line_above(text, line_at)
        if not title:
            continue
        yield Approval(m.start(), m.end(), title, " ".join(m.group("body").split()), date, date.year,
                       (m.start("date"), m.end("date")), "at_an_assembly")


def _date(written: str) -> dt.date | None:
    if re.fullmatch(r"\d{6}", written):  # ddmmyy, as journal lines write it ("300409")
        day, month, year = int(written[:2]), int(written[2:4]), int(written[4:])
        try:
            return dt.date(2000 + year if year < 70 else 1900 + year, month, day)
        except ValueError:
            return None
    found = next(find_dates(written), None)
    return found.value if found else None


def _title_above(text: str, at: int) -> str:
    """The cover's title: the lines right above the approval line, back to a blank line or a page mark."""
    lines: list[str] = []
    for line in reversed(text[:at].rstrip("\n").split("\n")[-6:]):
        if not line.strip() or is_page_mark(line):
            break
        lines.insert(0, line.strip())
    title = " ".join(lines).strip(" ,.")
    return title if 2 <= len(title.split()) <= 20 else ""


def _programme_line_above(text: str, at: int) -> str:
    """The nearest of the cover's lines above (at most twelve, past page marks) that names a programme by its own
    noun (`danish.words.NAMES_A_PROGRAMME`: "VENSTRES PRINCIPPROGRAM", "Det Konservative Folkepartis partiprogram")."""
    for line in reversed(text[:at].rstrip("\n").split("\n")[-12:]):
        line = line.strip(" ,.")
        if line and not is_page_mark(line) and NAMES_A_PROGRAMME.search(line) and 2 <= len(line.split()) <= 12:
            return line
    return ""


def _title_below(text: str, after: int) -> str:
    """A cover that opens with its approval line names the title on the line below ("Vedtaget af SF’s
    landsmøde 15. april 2012" over "Principprogram for SF – Socialistisk Folkeparti")."""
    line = text[after:after + 200].split("\n", 1)[0].strip(" ,.")
    return line if 2 <= len(line.split()) <= 20 and not is_page_mark(line) else ""


def titled_approvals(text: str) -> Iterator[Approval]:
    """A cover line naming the document, then "vedtaget" and the date (`_TITLED`); no body is printed, so the
    actor is the document's issuer, which the reader of the line fills in ("")."""
    for m in _TITLED.finditer(text):
        title = m.group("title")
        head = title.split()[-1]
        if not (head[:1].isupper() and head.casefold().endswith(_DOCUMENT_NOUNS)):
            continue  # a name's head is capitalised: "... Principprogram", not "... fik sin nye politik vedtaget"
        date = _date(m.group("date"))
        if date is None:
            continue
        yield Approval(m.start("title"), m.end("date"), title, "", date, date.year, (m.start("date"), m.end("date")),
                       "title_then_date")


#: The layouts of an adoption line: its name, its reader and the documents that attest it (tests/extract/
#: test_adoption_lines.py lists them).
LAYOUTS: tuple[tuple[str, Callable[[str], Iterator[Approval]], tuple[str, ...]], ...] = (
    ("by_body", approvals, ("f04_syddjurs_politik_kultur_fritid", "f14_syddjurs_referat_puk_kulturkommune",
                            "s08_sf_principprogram")),
    ("at_an_assembly", assembly_approvals, ("s11_04_konservative_forside_kort_fortalt",
                                                "s18_01_venstre_aabning",
                                                "sample:tests/nlp/test_lineage_programmes.py")),
    ("title_then_date", titled_approvals, ("s17_08_radikale_principprogram_start",
                                           "sample:tests/extract/test_adoption_lines.py")),
)


def adoption_lines(text: str) -> list[Approval]:
    """Every adoption line of the text, by every layout, in the order the text prints them; where two layouts read
    one line, the first (the one naming a body) is kept."""
    found: list[Approval] = []
    for _, read, _ in LAYOUTS:
        for a in read(text):
            if not any(b.start < a.end and a.start < b.end for b in found):
                found.append(a)
    return sorted(found, key=lambda a: a.start)
