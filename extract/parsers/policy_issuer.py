"""Who publishes a policy document: a signature, a sender in the genitive, the site's template, a
kommune named in its head or by its council, a deciding body (the conventions of the gold: corpus/
star/README.md, the municipal README). A party speaking in its programme is read in party_voice,
a web or mail site's owner in issuer_sites."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from danish import reference
from danish.dates import DATE_TEXT_PATTERN

from ..document import Document
from ..document_issuer import deciding_body, mail_sender_organisation, publisher_line
from ..document_layout import letterhead_lines
from ..kommune_registry import lookup as lookup_kommune
from ..records import Basis
from .issuer_sites import contact_block, letterhead_mail, newsletter_site, site_issuer, site_owner
from .party_voice import abbreviated_speaker, only_party_named, programme_party, speaking_party, party_speaking_as_we
from .policy_genre import genre_markers
from .policy_layout import (DATE_LINE, GENITIVE_SENDER, GREETING, LOGO_LINE, SKIP_LINK, Found, as_printed, banner_org,
                            offset_inside, found_lines)
from .policy_title import title_of


# The gold's canonical issuers (danish/data/agencies.csv, ministries_project.csv).
STAR = reference.agency("star").name
BM = reference.ministry("beskaeftigelsesministeriet").name


def _alternation(names: list[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


# Named organisations of danish/data/agencies.csv (names, abbreviations, other names); the
# table's generic plurals ("jobcentrene", "regeringen") are no names (the gold conventions).
AGENCY_NAMES = _alternation([n for a in reference.agencies() for n in (a.name, a.abbrev, *a.aliases)
                             if n and n[0].isupper()])
# A signature's organisation line: an agency, a "Styrelsen for ..." or a ministry.
_ORG_LINE = re.compile(rf"^(?:Styrelsen for [\w ]+|[A-ZÆØÅ][\wæøå-]*ministeriet|{AGENCY_NAMES})$")


def _signature_org(doc: Document) -> Found | None:
    greeting = GREETING.search(doc.text)
    if not greeting:
        return None
    for line in found_lines(doc.text[greeting.end():greeting.end() + 300])[:4]:
        if _ORG_LINE.match(line.value):
            return Found(line.value, greeting.end() + line.start)
    return None


def _named(doc: Document, pattern: str) -> Found | None:
    m = re.search(pattern, doc.text)
    return Found(m.group(0), m.start()) if m else None


_MINISTRY = re.compile(r"\b[A-ZÆØÅ][\wæøå]*(?:-,? (?:og )?[\wæøå]+)*ministeriet\b")
# "Hermed fremsendes TrekantBrands nyhedsbrev nr. 2" (corpus/municipal f13), "KL's nyhedsbrev
# om beskæftigelse" (tests/extract/test_policy_document_facts.py sample): who publishes a
# newsletter names itself in the genitive before it.
# The owner is a name: a capital inside it (TrekantBrand, KL) or more than one capitalised word
# ("Nordfyns Vandforsynings"); "Kommunens nyhedsbrev" opening a sentence names no one.
_NEWSLETTER_OWNER = re.compile(r"(?<![\wæøå-])(?P<org>[A-ZÆØÅ][\wæøå-]*(?: [A-ZÆØÅ][\wæøå-]*){0,2}?)"
                               r"(?:'s|’s|s) nyhedsbrev\b")


def _newsletter_owner(text: str) -> tuple[int, int] | None:
    """Where the owner's name stands: the shortest run of the capitalised words before
    "s nyhedsbrev" that is a name ("Læs KL's nyhedsbrev" -> "KL")."""
    for m in _NEWSLETTER_OWNER.finditer(text):
        words = m.group("org").split(" ")
        for k in range(len(words) - 1, -1, -1):
            org = " ".join(words[k:])
            if " " in org or any(ch.isupper() for ch in org[1:]):
                return m.end("org") - len(org), m.end("org")
    return None


# "LO s jobcenterindeks", "KL's udspil": an organisation's acronym in the genitive opening
# the title names who publishes the memo (the apostrophe is often lost in conversion).
_ACRONYM_OWNER = re.compile(r"^(?P<org>[A-ZÆØ]{2,5})(?:'s| s|’s) [a-zæøå]")


# "Ballerup Kommune", its genitive "Ballerup Kommunes" and the lower case of running text
# "Ballerup kommune overtog" (corpus/municipal f03, f11); running text wraps wherever the page's width
# falls, so a line break may stand between the two words ("... fra ungdomsuddannelsesinstitutioner i Ballerup\n
# Kommune", s6_03; "... i Aarhus\nKommune", s01).
KOMMUNE_NAME = re.compile(r"(?<![\wæøå-])(?P<name>[A-ZÆØÅ][\wæøå-]+(?:-[A-ZÆØÅ][\wæøå]+)?(?: |[ \t]*\n[ \t]*)"
                          r"(?:[Kk]ommune|Regionskommune))s?\b")


def _kommune_issuer(doc: Document) -> Found | None:
    """A kommune's own document names "X Kommune" in its head and again below; its case
    papers (a "Sagsnr.:"/"Dok.nr.:" line: minutes, agenda items, notater, the genre marker
    `case_file`) may name it only in the body. Either way the kommune is named at least twice
    and no other kommune as often."""
    hits = list(KOMMUNE_NAME.finditer(doc.text))
    if not hits:
        return None
    # A letter head names its kommune once, on a line of its own among the address and labelled
    # lines ("Staben / Middelfart Kommune / Teglgårdsparken 103 ... Dato: ... Sagsnr.:",
    # corpus/pdf/middelfart_notat_letterhead_2016.pdf; the Faxe sample of the tests).
    first_lines = doc.text.split("\n", 20)[:20]
    if letterhead_lines(doc.text) >= 2:
        for line in first_lines:
            m = KOMMUNE_NAME.fullmatch(line.strip())
            if m:
                start = doc.text.find(line.strip())
                return Found(_kommune_key(m), start, start + len(m.group("name")))
    counts = Counter(_kommune_key(m) for m in hits)
    (top, n), *rest = counts.most_common()
    if n < 2 or (rest and rest[0][1] == n):
        return None
    first = next(m for m in hits if _kommune_key(m) == top)
    # late in the text only on a kommune's own case paper (the case_file marker alone, not every
    # genre marker: those are read again by doc_type_of)
    if first.start() >= 300 and not any(m.cue == "case_file" and m.found_in(doc.text, "") for m in genre_markers()):
        return None
    return Found(top, first.start("name"), first.end("name"))


def _kommune_key(m: re.Match[str]) -> str:
    name = " ".join(m.group("name").split())
    return name[:-len("kommune")] + "Kommune" if name.endswith("kommune") else name


# A news item names where its facts come from: "Kilder: Finansministeriet." closing a fact box
# (p06), "Kilde: Danmarks Statistik" under a figure (test sample): the source cited is not the
# publisher.
_CITED_SOURCE = re.compile(r"^[ \t]*Kilder?[ \t]*:[ \t]*(?P<org>[A-ZÆØÅ][\wæøå-]*(?: og [A-ZÆØÅ][\wæøå-]*)?)", re.M)


def _repeated_ministry(text: str) -> Found | None:
    """A ministry the page names at least twice: its own page (one mention is usually
    someone else's evaluation or decision); a kommune's own page names "X Kommune" in its
    head and again below."""
    cited = {m.group("org") for m in _CITED_SOURCE.finditer(text)}
    names = [m for m in _MINISTRY.finditer(text) if m.group(0) not in cited]
    for m in names:
        if sum(1 for other in names if other.group(0) == m.group(0)) >= 2:
            return Found(m.group(0), m.start())
    return None


# A letterhead's organisation line, alone or with the date after a comma or dash ("Indenrigs- og
# Sundhedsministeriet" over a notat; "Middelfart Kommune" in corpus/pdf/middelfart_notat_letterhead_2016.pdf's head;
# "Beskæftigelsesministeriet, 12. marts 2019"): a ministry or an agency of the reference tables, or a kommune.
_HEAD_LINES, _HEAD_CHARS = 6, 2000  # the first lines, read from the whole lines of the text's head
_DATED = re.compile(rf"\s*(?:,|[–-])\s*(?:{DATE_TEXT_PATTERN})\s*$", re.I)


def _letterhead_org(doc: Document) -> Found | None:
    """The publisher a letterhead names on one of the document's first lines, as the reference tables name it."""
    cut = doc.text.find("\n", _HEAD_CHARS)
    for line in found_lines(doc.text[:cut] if cut >= 0 else doc.text)[:_HEAD_LINES]:
        start, name = line.start, _DATED.sub("", line.value)
        org = reference.ministry_by_name(name) or reference.agency_by_name(name)
        if org is not None:
            return Found(org.name, start, start + len(name))
        kommune = KOMMUNE_NAME.fullmatch(name)
        if kommune and lookup_kommune(kommune.group("name")) is not None:
            return Found(_kommune_key(kommune), start, start + len(kommune.group("name")))
        if name != line.value and _dateline_org(name):
            return Found(" ".join(name.split()), start, start + len(name))
    return None


# A dateline under a publication's heading names who publishes it, whatever the reference tables know: "VIVE – Det
# Nationale Forsknings- og Analysecenter for Velfærd, 16. juni 2021", "Klima-, Energi- og Forsyningsudvalget, 28.
# november 2019", "Grundejerforeningen Solbakken, 24. april 2024" (tests/extract/test_document_genres.py samples;
# the star README: the issuer is the organisation that publishes the document). A person's byline ("Mette Holm,
# 3. maj 2021") and a letter's place and date ("København, den 12. marts 2019", "Hellerup, ...") name none: one
# word is a name only in its definite form ("Regeringen", "Skattestyrelsen") or as an acronym ("KL", "VIVE").
_ONE_WORD_ORG = re.compile(r"[A-ZÆØÅ][\wæøå-]*(?:en|et)|[A-ZÆØÅ]{2,6}")


def _dateline_org(name: str) -> bool:
    from ..given_names import opens_with_given_name

    words = name.split()
    if not words or not name[0].isupper() or len(words) > 12 or opens_with_given_name(name) or name.endswith(":"):
        return False
    if len(words) == 1:
        return bool(_ONE_WORD_ORG.fullmatch(name)) and lookup_kommune(name) is None
    return lookup_kommune(name) is None and not re.search(r"[.!?]\s", name)


_UNREAD = Found("", -1)  # issuer_of's title argument when the caller has not read the title


def issuer_of(doc: Document, title: Found | None = _UNREAD) -> Found | None:
    """Who publishes the document: a signature, the site's template, or a named agency."""
    text = doc.text
    skips = SKIP_LINK.findall(text[:200])
    head = text[:400]
    sender = GENITIVE_SENDER.search(text[:3000])
    if sender:
        name = sender.group("org")
        known = reference.agency_by_name(name)  # an inverted or older name: the agency's own
        return Found(known.name if known else name, sender.start("org"), sender.end("org"))
    newsletter = _newsletter_owner(text[:3000])
    if newsletter:
        return Found(as_printed(doc, *newsletter), *newsletter)
    dated_news = DATE_LINE.match(text.lstrip("\n"))
    if dated_news and re.search(r"jobindsats|måling", head, re.I):
        return _named(doc, r"Styrelsen for Arbejdsmarked og Rekruttering") or Found(
            STAR, -1, basis=Basis(kind="site_template", source="jobindsats.dk"))
    if len(skips) >= 2 or re.search(r"^\s*Spring over venstremenu\s*$", text[:300], re.M):
        # star.dk's page template (its left menu); bm.dk has none
        return Found(STAR, -1, basis=Basis(kind="site_template", source="star.dk"))
    if dated_news and (re.search(r"(?:^|\n)KL (?:mener|har|er|vil|foreslår)\b", text)
                       or len(re.findall(r"\bKL\b", text)) >= 3 or "kl.dk" in text.lower()):
        return Found("KL", text.find("KL "))
    signed = _signature_org(doc)
    if signed:
        return signed
    if len(skips) == 1:  # bm.dk's page template
        return Found(BM, -1, basis=Basis(kind="site_template", source="bm.dk"))
    if title is _UNREAD:  # callers that read the title anyway pass it: it scans the whole text
        title = title_of(doc)
    owner = _ACRONYM_OWNER.match(title.value) if title else None
    if title and owner:
        return Found(owner.group("org"), offset_inside(title, owner.start("org")))
    logo = LOGO_LINE.search(text[:200])
    if logo:
        return Found(logo.group("org"), logo.start("org"))
    cited = {m.group("org") for m in _CITED_SOURCE.finditer(text)}
    party = programme_party(text) or party_speaking_as_we(text)
    if party:
        return party
    named = [_named(doc, r"Styrelsen for Arbejdsmarked og Rekruttering"), _named(doc, r"Beskæftigelsesministeriet")]
    found = (_mail_sender(doc) or _publisher(doc) or _letterhead_org(doc) or next((n for n in named if n and n.value not in cited), None)
             or _repeated_ministry(text) or _kommune_issuer(doc) or site_issuer(text) or _agenda_kommune(doc)
             or letterhead_mail(text) or contact_block(text) or banner_org(text) or speaking_party(text)
             or abbreviated_speaker(text) or newsletter_site(doc) or _deciding_body(doc) or _department(doc)
             or _declared_site(doc) or only_party_named(text))
    return _byraad_minutes(doc, found)


@lru_cache(maxsize=4)
def _an_agenda_item(text: str) -> bool:
    """An agenda item or its minutes, by the genre markers `agenda_sections` ("Resumé", "Sagsfremstilling",
    "Indstilling", "Beslutning") and `agenda_item` (an item's own heading over its decision); asked by three readers
    of one document's issuer, so kept for the last texts."""
    return any(m.cue in ("agenda_sections", "agenda_item") and m.found_in(text, "") for m in genre_markers())


def _byraad_minutes(doc: Document, found: Found | None) -> Found | None:
    """An agenda item or its minutes (the genre markers `agenda_sections`, `agenda_item`) issued by a kommune that
    the item names by its byråd ("Udvalg: Aarhus Byråd", "Fremsendes til Aarhus Byråd") is the byråd's paper, named
    as printed: the gold notes of s06, s07, s10_06, s10_07, s17_01, s6_06, s7_09, s9_08 and s9_09 (issuer "Aarhus
    Byråd"; only f12, the first labelled, wrote "Aarhus Kommune (Aarhus Byråd)"). A kommune's other papers (a
    memo, a policy) and minutes that print no byråd keep the kommune."""
    if found is None or not found.value.endswith(" Kommune"):
        return found
    name = found.value.removesuffix(" Kommune")
    council = re.search(rf"(?<![\wæøå-]){re.escape(name)} Byråd\b", doc.text)
    if council is None or not _an_agenda_item(doc.text):
        return found
    return Found(council.group(0), council.start())


def _declared_site(doc: Document) -> Found | None:
    """A web page's publisher by the name the page declares for its site (og:site_name, the Open Graph protocol,
    ogp.me: "the name of the overall site"), where nothing in its text names one: a news site's article
    ("Berlingske"), a think tank's analysis. A site the project's table knows by its address gives its owner
    ("star.dk" -> Styrelsen for Arbejdsmarked og Rekruttering, extract/data/issuer_sites.tsv)."""
    name = doc.site_name
    if not name:
        return None
    owner = site_owner(name) if _SITE_ADDRESS.fullmatch(name) else None
    return Found(owner or name, -1, basis=Basis(kind="site_name", source=name))


_SITE_ADDRESS = re.compile(r"(?:www\.)?(?:[a-z0-9æøå-]+\.)+[a-z]{2,6}", re.I)


def _mail_sender(doc: Document) -> Found | None:
    """A printed e-mail from an organisation's own mailbox (extract/document_issuer.py
    mail_sender_organisation)."""
    sender = mail_sender_organisation(doc.text)
    return Found(sender.value, sender.start if sender.start is not None else -1) if sender else None


def _publisher(doc: Document) -> Found | None:
    """A colophon's or a copyright line's publisher (extract/document_issuer.py publisher_line)."""
    found = publisher_line(doc.text)
    # (the name in its reference form, "STAR" printed: the span is the printed name's)
    return Found(found.value, found.start if found.start is not None else -1, found.end) if found else None


def _deciding_body(doc: Document) -> Found | None:
    """An agenda item that names no kommune is issued by the body it names as deciding it
    (extract/document_issuer.py deciding_body)."""
    body = deciding_body(doc.text)
    return Found(body.value, body.start if body.start is not None else -1) if body else None


@lru_cache(maxsize=1)
def _departments() -> dict[str, str]:
    """extract/data/kommune_departments.tsv: department -> its kommune."""
    from danish._data import table_rows

    return {row["department"]: row["kommune"]
            for row in table_rows("extract", "data", "kommune_departments.tsv", delimiter="\t")}


def _department(doc: Document) -> Found | None:
    """A kommune department's own paper: it names the department by itself ("Sundhed og Omsorg", not
    "Magistratsafdelingen for Sundhed og Omsorg", the addressee of a decision) at least twice, more
    than any other, and is no agenda item (extract/data/kommune_departments.tsv)."""
    if _an_agenda_item(doc.text):
        return None
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for name in _departments():
        for m in re.finditer(rf"(?<![\wæøå-]){re.escape(name)}(?![\wæøå-])", doc.text):
            if re.search(r"(?:Magistratsafdelingen|[Rr]ådmanden) for\s+$", doc.text[max(0, m.start() - 40):m.start()]):
                continue
            counts[name] += 1
            first.setdefault(name, m.start())
    if not counts:
        return None
    (top, n), *rest = counts.most_common()
    if n < 2 or (rest and rest[0][1] == n):
        return None
    kommune = f"{_departments()[top]} Kommune"
    named = re.search(rf"(?<![\wæøå-]){re.escape(_departments()[top])}\s+[Kk]ommune\b", doc.text)  # across a line break
    # the department is cited; the kommune it belongs to is the table's, wherever the text names it
    return Found(f"{kommune}, {top}" if named else top, first[top], first[top] + len(top),
                 basis=Basis(kind="department_kommune", source=top) if named else None)


# A kommune's council named for the kommune: "Fremsendes til Aarhus Byråd" (corpus/municipal f12,
# whose gold names the issuer "Aarhus Kommune (Aarhus Byråd)"), "Syddjurs Kommunalbestyrelse".
_COUNCIL_NAME = re.compile(r"(?<![\wæøå-])(?P<name>[A-ZÆØÅ][\wæøå-]+) (?:Byråd|Kommunalbestyrelse)(?:s|et|ets)?\b")


def _agenda_kommune(doc: Document) -> Found | None:
    """An agenda item or its minutes (the genre marker `agenda_sections`: "Resumé",
    "Sagsfremstilling", "Indstilling", "Beslutning", the layout of a kommune's dagsordener and
    referater) is the kommune's own paper: the one kommune it names, as "X Kommune" or by its
    council ("X Byråd"), issues it, though an item may name it only once (f12 "Aarhus Byråd",
    f14 "Syddjurs Kommune"; tests/extract/test_municipal_document_facts.py samples)."""
    from ..kommune_registry import lookup

    # an item printed with its sections, or its own heading over its decision alone ("Punkt 17: ... /
    # EMN-2025-008893 / Beslutninger", the genre marker `agenda_item`: s9_09, whose gold names Aarhus)
    if not _an_agenda_item(doc.text):
        return None
    named = [(_kommune_key(m), m.start("name"), m.end("name")) for m in KOMMUNE_NAME.finditer(doc.text)]
    named += [(f"{m.group('name')} Kommune", m.start("name"), m.end("name"))
              for m in _COUNCIL_NAME.finditer(doc.text) if lookup(m.group("name"))]
    # Minutes name their council in their label ("REFERAT Aarhus Byråd d. 27-08-2025",
    # corpus/pdf/aarhus_byraad_referat_2025-08-27.pdf, whose items name other kommuner too).
    label = next(m for m in genre_markers() if m.cue == "minutes_label").pattern.search(doc.text[:1500])
    if label is not None:
        line_end = doc.text.find("\n", label.start())
        in_label = [n for n in named if label.start() <= n[1] < (line_end if line_end >= 0 else len(doc.text))]
        if len({key for key, _, _ in in_label}) == 1:
            named = in_label
    if len({key for key, _, _ in named}) != 1:
        return None  # none, or several kommuner: whose paper it is, the text does not tell
    key, start, end = min(named, key=lambda n: n[1])
    return Found(key, start, end if doc.text[start:end] != key else None)
