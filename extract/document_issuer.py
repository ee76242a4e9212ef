"""Who issues a document, as its own lines say: an agenda item's deciding body, a letter head's
unit, a mailbox's owner, a colophon's publisher, the organisation a web or mail domain spells."""
from __future__ import annotations

import re
from functools import lru_cache

from .document import TEXT_PAGE_MARK
from .document_layout import LETTERHEAD, PAGE_MARK, head_blocks, letterhead_lines
from .evidence import Evidence


# -- who issues a kommune's paper -------------------------------------------------------
#
# An agenda item names the body that decides it under a label of its own: "Beslutningen træffes
# af / Sundheds- og Forebyggelsesudvalget" (Ballerup dagsordenspunkter, corpus/municipal f07 and
# s04; "... / Kommunalbestyrelsen", f03), "Sagen afgøres i: Udvalget for plan, udvikling og kultur
# (PUK)" (Syddjurs, f14). When the item does not name its kommune, that body is who issues it (the
# municipal gold's convention, s04 gold_notes: "issuer: the deciding committee ... the kommune is
# not named in the excerpt").
_DECIDING_BODY = re.compile(r"^[ \t]*(?:Beslutningen træffes af|Sagen afgøres i|Afgørelse træffes af)(?:[ \t]*:)?[ \t]*"
                            r"(?:\n[ \t]*)?(?P<body>[A-ZÆØÅ][^\n]{2,100}?)[ \t]*$", re.M)


def deciding_body(text: str) -> Evidence | None:
    """The body an agenda item's label names as deciding it, as printed."""
    m = _DECIDING_BODY.search(text)
    return Evidence(m.group("body"), "beslutter", m.start("body"), m.end("body")) if m else None


# A letter head names the unit that writes on a labelled line: "Afdeling: Center for Ejendomme"
# (a Ballerup projektbeskrivelse, corpus/municipal s03, gold issuer "Center for Ejendomme";
# "Afdeling: Center for Sundhed og Ældre", tests/extract/test_municipal_document_facts.py
# UNIT_LETTERHEAD_SAMPLE). The kommune it belongs to, where the letter head tells it, goes first
# ("Ballerup Kommune, Center for Ejendomme": the municipal gold's "Aarhus Kommune, Sundhed og
# Omsorg", s01).
_UNIT_LINE = re.compile(r"^[ \t]*(?:Afdeling|Enhed|Forvaltning)[ \t]*:[ \t]*(?P<unit>[A-ZÆØÅ][^\n]{2,80}?)[ \t]*$", re.M)


def letterhead_unit(text: str) -> Evidence | None:
    """The unit a letter head's "Afdeling:" line names, among its labelled lines only; else the
    unit its banner in capitals names above them."""
    if letterhead_lines(text) < 2:
        return None
    head = "\n".join(text.split("\n", 20)[:20])
    m = _UNIT_LINE.search(head)
    return Evidence(m.group("unit"), "brevhoved", m.start("unit"), m.end("unit")) if m else _banner_unit(text)


# A kommune's memo opens with the writing unit's name in capitals as a banner, one to three lines,
# over the letter head's labelled lines ("SOCIAL, SUNDHED OG / BESKÆFTIGELSE // Dato: ... / E-mail:
# ...@balk.dk / Kontakt: ...", the Ballerup notater of corpus/municipal s02 and s6_11, whose gold
# names the issuer "Ballerup Kommune, Social, Sundhed og Beskæftigelse" and "Social, Sundhed og
# Beskæftigelse"; f10 prints the same head, its gold names the kommune alone, an annotator's call
# the later two did not share; "BØRN OG UNGE" over "Dato:" and "Sagsnr.:",
# tests/extract/test_municipal_document_facts.py BANNER_UNIT_SAMPLE). The name is given as the text
# writes it in ordinary case, or else with its words capitalised and its function words not, as a
# unit's name is written ("Social, Sundhed og Beskæftigelse").
_BANNER_MAX_LINES = 3


def _banner_unit(text: str) -> Evidence | None:
    blocks = head_blocks(text, limit=12)
    first = next((b for b in blocks if not all(PAGE_MARK.match(line) for _, line in b)), None)
    if first is None:
        return None
    lines = [(start, line) for start, line in first if not PAGE_MARK.match(line)]
    if not 1 <= len(lines) <= _BANNER_MAX_LINES or not all(line.isupper() and not LETTERHEAD.match(line)
                                                           for _, line in lines):
        return None
    after = blocks[blocks.index(first) + 1] if blocks.index(first) + 1 < len(blocks) else []
    if not after or not LETTERHEAD.match(after[0][1]):
        return None  # a banner over a heading or a paragraph is an organisation's (policy_layout.banner_org)
    words = " ".join(line for _, line in lines).split()
    if not re.search(r"[^\W\d_]{3}", " ".join(words)):
        return None
    start, end = lines[0][0], lines[-1][0] + len(lines[-1][1])
    written = re.search(r"(?<![\wæøå])" + r"\s+".join(re.escape(w) for w in words) + r"(?![\wæøå])", text[end:], re.I)
    if written and not written.group(0).isupper():
        return Evidence(" ".join(written.group(0).split()), "brevhoved", end + written.start(), end + written.end())
    from danish.words import STOPWORDS

    def cased(i: int, word: str) -> str:
        bare = word.strip(",.").casefold()
        return word.lower() if i and bare in STOPWORDS else word[:1] + word[1:].lower()

    return Evidence(" ".join(cased(i, w) for i, w in enumerate(words)), "brevhoved", start, end)


# A printed e-mail from an organisation's own mailbox names the organisation as its sender: the
# name in the header is the one its mail domain spells ("Fra: Havnens Perle <info@havnensperle.dk>",
# a restaurant's letter to Aarhus Byråd, corpus/municipal s6_12, gold issuer "Havnens Perle"; "From:
# Sønderborg Forsyning <kundeservice@soenderborgforsyning.dk>", tests/extract/
# test_municipal_document_facts.py MAILBOX_SAMPLE). A person's own address names no organisation
# ("Fra: Maja Maria Føns <...@middelfart.dk>", f13).
_MAIL_SENDER = re.compile(rf"\A(?:[ \t]*(?:{TEXT_PAGE_MARK}|\d{{1,4}})?[ \t]*\n){{0,4}}[ \t]*(?:From|Fra)[ \t]*:[ \t]*"
                          r"(?P<name>[^<>\n@]{2,80}?)[ \t]*<[\w.+-]+@(?P<host>[\w-]+(?:\.[\w-]+)+)>")
_DANISH_LETTERS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e"})


def mail_sender_organisation(text: str) -> Evidence | None:
    """The sender of a printed e-mail when its name is the one its mail domain spells."""
    m = _MAIL_SENDER.match(text)
    if m is None:
        return None
    label = m.group("host").lower().split(".")[-2]
    name = m.group("name").strip(" \"'")
    squashed = "".join(ch for ch in name.casefold() if ch.isalnum())
    if label not in (squashed, squashed.translate(_DANISH_LETTERS)) or len(squashed) < 4:
        return None
    return Evidence(name, "afsender", m.start("name"), m.start("name") + len(name))


# -- a colophon's or a copyright line's publisher ------------------------------------------------
#
# The cues: extract/data/issuer_cues.tsv (with the convention and the samples that attest them).
# The name runs over capitalised words and the function words of Danish organisations' names ("og",
# "for", "i", "af"), a dash joining an abbreviation and its name ("BL – Danmarks Almene Boliger").
_ORG_WORD = r"[A-ZÆØÅ][\wæøåÆØÅ&.'’-]*"
_ORG_NAME = rf"{_ORG_WORD}(?:[ \t]+(?:{_ORG_WORD}|og|for|i|af|på)(?=[ \t]|$|[,.|])|[ \t]+[–-][ \t]+{_ORG_WORD})*"
_YEAR = r"(?:19|20)\d\d"


@lru_cache(maxsize=1)
def _publisher_lines() -> re.Pattern[str]:
    from danish._data import table_rows

    cues = "|".join(f"(?:{row['cue']})" for row in table_rows("extract", "data", "issuer_cues.tsv", delimiter="\t"))
    return re.compile(rf"(?:^|[|·][ \t]*|[ \t][–-][ \t]+)[ \t]*(?:{cues})[ \t]*:?[ \t]*(?:{_YEAR}[ \t,]*)?"
                      rf"(?P<org>{_ORG_NAME})", re.M)


def canonical_organisation(printed: str) -> str:
    """A publisher's name in the form the reference tables give it: an agency's name for its
    abbreviation or older name ("STAR", "AMS"), a ministry's, a kommune's ("Holbæk Kommune"), a
    party's; else as printed."""
    from danish import reference

    from .kommune_registry import lookup

    agency = reference.agency_by_name(printed)
    if agency is not None:
        return agency.name
    ministry = next((m.name for m in reference.ministries()
                     if reference.name_key(printed) in {reference.name_key(n) for n in (m.name, *m.aliases)}), None)
    if ministry:
        return ministry
    named = re.fullmatch(r"(?P<name>.+?) Kommune", printed)
    kommune = lookup(named.group("name")) if named else None
    if kommune is not None:
        return f"{kommune.name} Kommune"
    return reference.party_by_name().get(printed, printed)


def publisher_line(text: str) -> Evidence | None:
    """The organisation a colophon ("Udgivet af:", "Udgiver:") or a copyright line ("© 2021
    Cepos") names as publishing the document, in its reference form."""
    from .given_names import opens_with_given_name

    for m in _publisher_lines().finditer(text):
        org = re.sub(r"(?:[ \t]+(?:og|for|i|af|på|[–-]))+$", "", m.group("org")).rstrip(".,")
        if not org or opens_with_given_name(org) or len(org.split()) > 8:
            continue  # an author's or a photographer's name, or a sentence
        return Evidence(canonical_organisation(org), "udgiver", m.start("org"), m.start("org") + len(org))
    return None


# A kommune's web and mail domain is its name, written without the Danish letters (æ as ae, ø as
# oe, å as aa) and its spaces as hyphens, under .dk: "www.middelfart.dk" and
# "...@middelfart.dk" in Middelfart Kommune's letter head (corpus/pdf/
# middelfart_notat_letterhead_2016.pdf), "holbaek.dk" (Holbæk Kommune's pages, corpus/policy p09's
# address), "lyngby-taarbaek.dk" (tests/extract/test_issuer_cues.py KOMMUNE_MAIL_SAMPLE). A few
# kommuner use another (København "kk.dk", Ballerup "balk.dk": extract/data/issuer_sites.tsv).
# A ministry's or an agency's site is its abbreviation under .dk: the star README's convention names
# "bm.dk -> Beskæftigelsesministeriet", "ism.dk -> Indenrigs- og Sundhedsministeriet" and "star.dk ->
# Styrelsen for Arbejdsmarked og Rekruttering" (corpus/star/README.md "Document fields"); the corpus
# prints "www.uim.dk", "www.ufm.dk", "kl.dk" the same way. The abbreviations are the reference
# tables' (danish/data/ministries_project.csv of ministries in use, agencies.csv).
def organisation_of_host(host: str) -> str | None:
    """'www.bm.dk' -> 'Beskæftigelsesministeriet', 'kl.dk' -> 'KL', 'holbaek.dk' -> 'Holbæk Kommune'."""
    from danish import reference

    parts = host.lower().split(".")
    if len(parts) < 2 or parts[-1] != "dk":
        return None
    label = parts[-2]
    ministry = next((m.name for m in reference.ministries()
                     if m.abbrev and m.abbrev.lower() == label and m.to_year is None and not m.successor_id), None)
    agency = next((a.name for a in reference.agencies() if a.abbrev and a.abbrev.lower() == label), None)
    return ministry or agency or kommune_of_host(host)


def kommune_of_host(host: str) -> str | None:
    """'www.holbaek.dk', 'jobcenter@lyngby-taarbaek.dk' -> the kommune whose name the domain spells."""
    from .kommune_registry import kommuner

    parts = host.lower().split(".")
    if len(parts) < 2 or parts[-1] != "dk":
        return None
    label = parts[-2]
    for k in kommuner():
        spelled = k.name.lower().translate(_DANISH_LETTERS).replace(" ", "-")
        if label in (spelled, spelled.replace("-", "")):
            return f"{k.name} Kommune"
    return None
