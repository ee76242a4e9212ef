"""The layout cues a policy document is read by, and `Found`, the value read with where it stands.

Shared by the readers of its parts (policy_title, policy_date, policy_issuer, policy_genre):
a site's skip links, a line that is only a date, a letter's greeting, a logo's alt text, a
sender in the genitive, an organisation's banner in capitals.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from danish.dates import DATE_LABEL_PATTERN, DATE_TEXT_PATTERN

from ..document import Document
from ..document_layout import is_page_mark
from ..records import Basis


#: A web page's "Spring over ..." link line kept in its text: no title or issuer.
SKIP_LINK = re.compile(r"^\s*Spring over \w+\s*$", re.M)
# A line that is only a date, or a label and a date: how news pages and letters date themselves.
DATE_LINE = re.compile(rf"^[ \t]*(?:{DATE_LABEL_PATTERN}\s*:?\s*)?(?P<date>{DATE_TEXT_PATTERN})[ \t]*$", re.M | re.I)
#: A letter's greeting line ("Med venlig hilsen"): the signature follows it.
GREETING = re.compile(r"^\s*(?:Med )?venlig(?:e)? hilsen\s*$", re.M | re.I)


@dataclass(frozen=True)
class Found:
    value: str
    start: int
    end: int | None = None  # where the cited text ends, when the value was reworded
    evidence: str | None = None  # a date's kind of evidence (extract/document_facts.py DATE_EVIDENCE)
    # What the value, or the part of it the text does not print, was inferred by (start -1: nothing is printed)
    basis: Basis | None = None

    @property
    def stop(self) -> int:
        return self.end if self.end is not None else self.start + len(self.value)


def found_lines(text: str) -> list[Found]:
    """The text's non-blank lines, stripped, each with its offset."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append(Found(line.strip(), pos + len(line) - len(line.lstrip())))
        pos += len(line) + 1
    return out


def offset_inside(found: Found, offset: int) -> int:
    """Where a part of a found value starts in the text; -1 (no span) for a value that is
    not in the text (an HTML page's <title>)."""
    return found.start + offset if found.start >= 0 else -1


# "Arbejdsmarkeds- og Rekrutteringsstyrelsens skrivelse nr. 9038": the sender of a numbered
# circular, letter or note names itself in the genitive before the genre noun.
GENITIVE_SENDER = re.compile(r"\b(?P<org>[A-ZÆØÅ][\wæøå]*(?:- og [A-ZÆØÅ][\wæøå]*)?(?:styrelsen|ministeriet|rådet))s "
                             r"(?:skrivelse|cirkulære|brev|notat|vejledning) nr\.")


# Web pages kept as text start with the alt text of the site's logo: "Lovguiden Logo".
LOGO_LINE = re.compile(r"^\s*(?P<org>[A-ZÆØÅ][\wæøå.-]+(?: [A-ZÆØÅ][\wæøå.-]+)?) [Ll]ogo\s*$", re.M)


def as_printed(doc: Document, start: int, end: int) -> str:
    """A name as the file prints it: the glued-word repair of text files splits a name's inner
    capital ("TrekantBrand" -> "Trekant Brand"), which a proper name keeps."""
    value = doc.text[start:end]
    raw_start, _ = doc.raw_offset(start)
    raw_last, _ = doc.raw_offset(end - 1)
    raw = doc.raw_text[raw_start:raw_last + 1]
    return raw if raw.split() and "".join(raw.split()) == "".join(value.split()) else value


# An organisation's banner in capitals opens its letter ("KKR / HOVEDSTADEN", corpus/municipal
# f08; "DANSKE REGIONER", tests/extract/test_municipal_document_facts.py BANNER_SAMPLE), and the
# text names the organisation again in ordinary case ("KKR Hovedstaden har en central rolle"):
# the banner is the sender. A banner the text does not name again (a department's "SOCIAL,
# SUNDHED OG / BESKÆFTIGELSE", f10) tells nothing.
_BANNER_LINES = 3


def banner_org(text: str) -> Found | None:
    """An organisation's name in a page's banner: its first lines, page marks passed over."""
    lines: list[str] = []
    end = 0
    for line in found_lines(text[:300]):
        if is_page_mark(line.value):
            continue
        if not (line.value.isupper() and re.fullmatch(r"[A-ZÆØÅ][A-ZÆØÅ ,.&-]*", line.value)) \
                or len(lines) == _BANNER_LINES:
            break
        lines.append(line.value)
        end = line.start + len(line.value)
    if not lines:
        return None
    words = " ".join(lines).replace(",", " ").split()
    again = re.compile(r"(?<![\wæøå-])" + r"\s+".join(re.escape(w) for w in words) + r"(?=s?\b)", re.I)
    for m in again.finditer(text, end):
        printed = m.group(0).split()
        # a name of two words or more, each capitalised ("KKR Hovedstaden", "Danske Regioner"); a
        # genre word in capitals ("NOTAT", "FAKTA") found again in a sentence names no one
        if not m.group(0).isupper() and len(printed) >= 2 and all(w[:1].isupper() for w in printed):
            return Found(" ".join(printed), m.start(), m.end())
    return None
