"""An issuer told by a web or mail site: the site's owner (extract/data/issuer_sites.tsv), a letter
head's mail domain, a newsletter's one-word name printed as its domain."""
from __future__ import annotations

import re
from functools import lru_cache

from ..document import Document
from ..document_issuer import letterhead_unit, organisation_of_host
from ..document_layout import letterhead_lines
from ..records import Basis
from .policy_genre import genre_markers
from .policy_layout import Found, as_printed


# A host under a top-level domain ("api.jobindsats.dk", "www.trekantbrand.dk", "balk.dk"): the one
# pattern of a web address's and a mail address's host ("UC1.text" in a code sample is none).
_HOST = r"(?:[a-z0-9-]{1,63}\.){1,4}(?:dk|com|org|net|eu|int|gov|se|no|de|uk|io)"
# A letter head's e-mail line names the sender's mail domain: "E-mail: mdo@balk.dk" (Ballerup
# Kommune's notater, corpus/municipal f10 and f11; "E-mail brydehuset@balk.dk", f02). A domain's
# owner is data: extract/data/issuer_sites.tsv. Only among a letter head's labelled lines.
_HEAD_MAIL = re.compile(rf"^[ \t]*E-?mail[ \t]*:?[ \t]*[\w.+-]+@(?P<host>{_HOST})\b", re.I | re.M)


def letterhead_mail(text: str) -> Found | None:
    """The owner of the mail address in a letterhead's first lines (with its unit line, if any)."""
    if letterhead_lines(text) < 2:
        return None
    head = "\n".join(text.split("\n", 20)[:20])
    unit = letterhead_unit(text)  # "Afdeling: Center for Ejendomme" (extract/document_issuer.py)
    for m in _HEAD_MAIL.finditer(head):
        owner = _site_owner(m.group("host"))
        if owner:
            # the owner is told by the domain, not printed: the unit is cited, the owner has its basis
            basis = Basis(kind="mail_domain", source=m.group("host").lower())
            if unit and unit.start is not None:
                return Found(f"{owner}, {unit.value}", unit.start, unit.end, basis=basis)
            return Found(owner, -1, basis=basis)
    return Found(unit.value, unit.start if unit.start is not None else -1, unit.end) if unit else None


# A kommune's service text closes each section with the contact block of the unit that delivers it:
# the unit's name, its street address with postcode and town, a phone line, and an e-mail on the
# kommune's mail domain ("Kontaktinformation / Brydehuset / Brydehusvej 12, 2750 Ballerup / tlf. 4477
# 3737 / E-mail brydehuset@balk.dk", the Ballerup kvalitetsstandarder, corpus/municipal s6_01, s6_03 and
# s7_13, whose gold names the issuer "Ballerup Kommune" or "Brydehuset"). The unit belongs to the
# domain's owner (extract/data/issuer_sites.tsv, or a kommune's own domain): written "Ballerup Kommune,
# Brydehuset", as a letter head's unit is (letterhead_mail). Only a block that names one unit, and
# only a domain whose owner is known: a citizen's or a firm's address names no issuer.
_CONTACT_BLOCK = re.compile(r"^[ \t]*(?P<unit>[A-ZÆØÅ][^\n\d@:]{2,60}?)[ \t]*\n"
                            # (bounded: a long line of digits is no address and must not cost squares)
                            r"[ \t]*[A-ZÆØÅ][^\n@\d]{0,60}\d{1,4}[A-Za-z]?,?[ \t]+\d{4}[ \t]+[A-ZÆØÅ][^\n]{0,60}\n"
                            r"(?:[ \t]*(?i:tlf|telefon|tel)\.?[^\n]*\n)?"
                            rf"[ \t]*(?i:e-?mail)[ \t]*:?[ \t]*[\w.+-]+@(?P<host>{_HOST})\b", re.M)


def contact_block(text: str) -> Found | None:
    """The issuer a document's contact blocks give, when they all name one unit with one mail domain's owner: the
    owner, or "owner, unit" resting on the mail_domain basis (the unit printed, its owner told by the domain)."""
    blocks = list(_CONTACT_BLOCK.finditer(text))
    units = {(" ".join(m.group("unit").split()), _site_owner(m.group("host"))) for m in blocks}
    if len(units) != 1:
        return None
    (unit, owner), = units
    if owner is None:
        return None
    first = blocks[0]
    if unit == owner:
        return Found(owner, first.start("unit"), first.end("unit"))
    # the unit is printed, its owner told by the mail domain
    return Found(f"{owner}, {unit}", first.start("unit"), first.end("unit"),
                 basis=Basis(kind="mail_domain", source=first.group("host").lower()))


# The STAR corpus convention (corpus/star/README.md "Document fields"): when the text does not
# name its issuer, the issuer is inferred from the site; the sites it names are a table
# (extract/data/issuer_sites.tsv). A text read without its address still prints the site
# when it is the site's own documentation ("requests.get('https://api.jobindsats.dk/v2/...')",
# corpus/municipal f01): every web address it prints, at least two, is on one such site.
# A web address: a host under a top-level domain ("api.jobindsats.dk/v2", "www.trekantbrand.dk");
# "UC1.text" and "matplotlib.pyplot" in a code sample are attributes, not hosts.
_WEB_HOST = re.compile(rf"(?<![\w.@-])(?:https?://)?(?P<host>{_HOST})(?=[/:\s'\")]|$)", re.I)


@lru_cache(maxsize=1)
def _issuer_sites() -> dict[str, str]:
    from danish._data import table_rows

    return {row["site"]: row["issuer"] for row in table_rows("extract", "data", "issuer_sites.tsv", delimiter="\t")}


def site_owner(host: str) -> str | None:
    """The issuer whose site the host is (`_site_owner`), "www." and all."""
    return _site_owner(host.lower().removeprefix("www."))


def _site_owner(host: str) -> str | None:
    """The issuer of extract/data/issuer_sites.tsv whose site the host is, or is under."""
    host = host.lower()
    return next((issuer for site, issuer in _issuer_sites().items() if host == site or host.endswith("." + site)),
                None) or organisation_of_host(host)


def site_issuer(text: str) -> Found | None:
    """The owner of the web sites a document names, when they all have one owner."""
    hosts = list(_WEB_HOST.finditer(text))
    owners = set()
    for m in hosts:
        owner = _site_owner(m.group("host"))
        if owner is None:
            return None  # an address of another site: the page cites, it is not the site's own
        owners.add(owner)
    if len(hosts) < 2 or len(owners) != 1:
        return None
    site = min((m.group("host").lower() for m in hosts), key=len)  # "jobindsats.dk" of "api.jobindsats.dk"
    return Found(owners.pop(), -1, basis=Basis(kind="printed_sites", source=site))


# A newsletter names its publisher as one word, often with an inner capital, and prints that
# word as its mail or web domain: "TrekantBrand ... sekretariat.stab@trekantbrand.dk" (corpus/
# municipal s05, gold issuer "TrekantBrand"; tests/extract/test_municipal_document_facts.py
# NEWSLETTER_SITE_SAMPLE "SydBrand ... www.sydbrand.dk"). Only a newsletter (the genre marker
# `newsletter_label`): a news item prints the sites it cites.
# (the glued-word repair of text files splits the inner capital, "Trekant Brand": the name is
# compared without spaces and cited as the file prints it)
_ONE_WORD_NAME = re.compile(r"(?<![\wæøå@./-])[A-ZÆØÅ][\wæøå]{2,40}(?: [A-ZÆØÅ][\wæøå]{2,40})?(?![\wæøå@.-]|\.[a-z])")


def newsletter_site(doc: Document) -> Found | None:
    """A newsletter's issuer (a newsletter_label genre marker): a one- or two-word name it prints that is the label
    of a mail or web domain it names."""
    if not any(m.cue == "newsletter_label" and m.found_in(doc.text, "") for m in genre_markers()):
        return None
    labels = {m.group("host").lower().split(".")[-2] for m in re.finditer(rf"(?<![\w.+-])[\w.+-]+@(?P<host>{_HOST})\b", doc.text)}
    labels |= {m.group("host").lower().split(".")[-2] for m in _WEB_HOST.finditer(doc.text)}
    for m in _ONE_WORD_NAME.finditer(doc.text):
        if m.group(0).replace(" ", "").lower() in labels:
            return Found(as_printed(doc, m.start(), m.end()), m.start(), m.end())
    return None


# The gold conventions infer the issuer from the site when the text does not name it (corpus/star/
# README.md "Document fields": "If the text does not name it, it is inferred from the site"; corpus/
# policy/README.md: "exactly as in ../star/README.md"), as the policy texts p04 (kristeligt-dagblad.dk)
# and p23 (bl.dk) are labelled. The site is the document's own address (its sidecar meta.json or the
# corpus manifest, read by the caller): its owner in extract/data/issuer_sites.tsv, a ministry's,
# an agency's or a kommune's own domain (extract/document_issuer.py organisation_of_host), else the
# name the text prints that the domain spells ("Kraka" on kraka.dk, "TrekantBrand" on trekantbrand.dk).
# A host the text does not spell, of no known owner, tells nothing.
def issuer_of_site(url: str | None, text: str) -> str | None:
    """The issuer a document's own address tells, by the site convention."""
    found = site_issuer_found(url, text)
    return found.value if found else None


def site_issuer_found(url: str | None, text: str) -> Found | None:
    """`issuer_of_site` with what it rests on: the place the text prints the name the domain
    spells, or else the address as its basis (the owner of a known site is not printed)."""
    from urllib.parse import urlparse

    host = (urlparse(url).hostname or "") if url else ""
    if not re.fullmatch(_HOST, host, re.I):
        return None
    owner = _site_owner(host)
    if owner:
        return Found(owner, -1, basis=Basis(kind="site_address", source=host.lower()))
    label = host.lower().split(".")[-2]
    for m in _ONE_WORD_NAME.finditer(text):
        if m.group(0).replace(" ", "").lower() == label.replace("-", ""):
            return Found(m.group(0), m.start(), m.end())
    return None
