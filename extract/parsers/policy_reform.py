"""The reform or agreement a policy document is about: a bill's short title, a settlement, a named reform."""
from __future__ import annotations

import os
import re

from danish.dates import MONTH_NAME_PATTERN

from ..document import Document
from .policy_layout import Found


# Reform names, earliest in the text first; each attested by two texts (tests/extract/
# test_policy_document_facts.py lists them).
# A space inside a reform's name may be a line break where a PDF's line wraps ("regeringens sociale\n2020-mål",
# p25 printed; "frikommuneforsøget på\nbeskæftigelsesområdet", p30): one line end, not a blank line.
_SPACE = r"(?:[ \t]*\n[ \t]*|[ \t]+)"


def _spaced(pattern: str) -> str:
    return pattern.replace(" ", _SPACE)


_REFORMS = (
    # "reformen af førtidspension og fleksjob", "reform af sygedagpengesystemet" (seeds 003, 004)
    # Not after a generic determiner: "Enhver reform af skattesystemet bør ..." (corpus/municipal
    # f05), "ingen reform af efterlønnen" (test sample) speak of any reform, not of one ("en
    # aftale om en reform af sygedagpengesystemet" names one: tests/extract/test_generalisation_star.py).
    re.compile(r"(?<![Ee]nhver )(?<![Ii]ngen )(?<![Nn]ogen )"
               + _spaced(r"\b[Rr]eform(?:en)? af (?:[a-zæøå]+(?: [a-zæøå]+)? og [a-zæøå]+|[a-zæøå]{6,}(?:et|en|ne)\b)")),
    # "sygedagpengereformen", "kontanthjælpsreformen" (p18, d08)
    re.compile(_spaced(r"\b[\wæøå]+(?:- og [\wæøå]+)?reformen\b")),
    # A political agreement's title: "Aftale om en forenklet beskæftigelsesindsats", "aftalen om
    # en fælles ghettostrategi", "aftalen om en ny beskæftigelsesindsats" (d07, seed 002, p02,
    # p28): "om en/et" and a noun phrase of one to three words up to a clause boundary; an
    # agreement "om en reform af ..." is the reform, named by the patterns above.
    re.compile(_spaced(r"\b[Aa]ftale(?:n)? om e[nt] (?!reform)(?:[a-zæøå-]+ ){0,2}[a-zæøå-]{4,}")
               + r"(?=[,.;:)]|\s+(?:som|der|er|blev|bliver|fra|af|med|i|og|iværksættes|indgået)\b|\s*$)", re.M),
    # A government's dated programme of goals: "regeringens sociale 2020-mål" (p25; test sample
    # "regeringens 2025-plan").
    re.compile(_spaced(r"\b[Rr]egeringens (?:[a-zæøå-]+ )?(?:19|20)\d\d-(?:mål|målsætning|plan)\w*")),
    # A named trial: "frikommuneforsøget på beskæftigelsesområdet" (p30), "a-kasseforsøget" (d07).
    # (one optional hyphenated head, then a lazy run: "[\w]+-?[\w]*" split a long word every
    # way and took 90 s on a 200,000-letter word)
    re.compile(_spaced(r"\b(?:[\wæøå]+-)?[\wæøå]+?forsøget\b(?: på [\wæøå]+området\b)?")),
)
_AGREEMENT = 2
# A reform carried out by a dated political settlement: "I december 2000 indgik
# Socialdemokraterne, ... et forlig om en førtidspensionsreform" (d12; test sample on the 2012
# reform): the reform as a definite name and its settlement, "førtidspensionsreformen (forlig
# december 2000)".
_SETTLEMENT = re.compile(rf"\b[Ii] (?P<when>(?:{MONTH_NAME_PATTERN}) (?:19|20)\d\d) indgik\b[^.]{{0,400}}?"
                         r"\bforlig om (?:en |et )?(?P<reform>[\wæøå-]+reform)\b", re.I)


# "Forslag til lov om ændring af lov om social pension ... (Indførelse af seniorpension)":
# a bill's short title stands in brackets after its long title; "L 67" is its bill number
# and "lov nr. 1559 af 27. december 2019" the act it became.
_BILL = re.compile(r"\blov om ændring af [^()]{5,300}?\((?P<short>[A-ZÆØÅ][^()]{3,80})\)")
_BILL_NUMBER = re.compile(r"\b(?:lovforslag )?(?P<n>L \d{1,3})\b")
_ACT = re.compile(rf"\blov nr\. \d+ af \d{{1,2}}\. {MONTH_NAME_PATTERN} \d{{4}}")


def _bill_reform(doc: Document) -> Found | None:
    bill = _BILL.search(doc.text)
    if not bill:
        return None
    refs = [m.group(0) for m in (_BILL_NUMBER.search(doc.text), _ACT.search(doc.text)) if m]
    if refs and refs[0].startswith("lovforslag"):
        refs[0] = refs[0][len("lovforslag "):]
    value = bill.group("short") + (f" ({', '.join(refs)})" if refs else "")
    return Found(value, bill.start("short"), bill.end("short"))


def reform_of(doc: Document) -> Found | None:
    """The reform or agreement the document is about: a bill's short title, else the
    earliest reform named, with the agreement behind it when the text names both
    ("beskæftigelsesreformen (aftalen om en ny beskæftigelsesindsats)")."""
    bill = _bill_reform(doc)
    if bill:
        return bill
    settled = _SETTLEMENT.search(doc.text)
    if settled:
        name = settled.group("reform") + "en"
        return Found(f"{name} (forlig {settled.group('when')})", settled.start("reform"), settled.end("reform"))
    hits = [m for pattern in _REFORMS for m in [pattern.search(doc.text)] if m]
    if not hits:
        return None
    first = min(hits, key=lambda m: m.start())
    value = " ".join(first.group(0).split())
    if value.lower().startswith("reform af"):
        value = "reformen" + value[len("reform"):]
    agreement = _REFORMS[_AGREEMENT].search(doc.text)
    if agreement and first.re is not _REFORMS[_AGREEMENT] and value.endswith("reformen") \
            and len(os.path.commonprefix([agreement.group(0).split()[-1], value.split()[-1]])) >= 8:
        value = f"{value} ({' '.join(agreement.group(0).split())})"  # the reform and the agreement it carries out
    return Found(value, first.start(), first.end())
