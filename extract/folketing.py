"""Folketing structure shared by question and answer letters.

ft.dk stamps the text versions of its PDFs with a header ("Beskæftigelsesudvalget
2012-13\\nL 53\\nOffentligt", "Børne- og Undervisningsudvalget 2011-12 BUU Alm.del
Spørgsmål 142 Offentligt") and, on later pages, a running header ("BEU, Alm.del -
2018-19 (1. samling) - Bilag 328: ..."), which the normaliser removes from
`Document.text` but which still carries the samling. This module reads those stamps,
committee names (to their definite form), case references ("(L 53)", "(SOU Alm. del)",
"Ad L 15", "S 1107") and builds the ft.dk URL key and the question/answer link key.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from danish import reference
from danish import samling as samlinger

from .document import Document
from .letter_layouts import cue
from .normalise import collapse_ws, raw_to_norm

_WORD = r"[A-ZÆØÅ][a-zæøåé]+"


def _adjective_committees() -> dict[str, str]:
    """The tables' committees named by an adjective and a noun ("Det Energipolitiske Udvalg", "Det
    Politisk-Økonomiske Udvalg", "Det Udenrigspolitiske Nævn": danish/data/oda_committees.csv) -> a pattern of the
    forms a letter prints: the definite form with or without its article, after "Folketingets" ("Folketingets
    Energipolitiske Udvalg"), and the indefinite form of ft.dk's stamp ("Energipolitisk Udvalg 2008-09"); the
    adjective takes its -e in the definite form (Danish adjective inflection), the noun its genitive -s."""
    out: dict[str, str] = {}
    for committee in reference.committees():
        m = re.fullmatch(r"Det (?P<stem>[A-ZÆØÅ][\w-]*?)e (?P<noun>Udvalg|Nævn)", committee.name)
        if m:
            out[committee.name] = rf"(?:Det\s+)?{re.escape(m['stem'])}e?\s+{m['noun']}s?"
    return out


ADJECTIVE_COMMITTEES = _adjective_committees()
_ADJECTIVE_COMMITTEE = "|".join(sorted(ADJECTIVE_COMMITTEES.values(), key=len, reverse=True))
# "Beskæftigelsesudvalget", "Sundheds- og Ældreudvalg", "Erhvervs-, Vækst- og Eksportudvalgets"
UDVALG_RE = re.compile(
    rf"(?=[A-ZÆØÅD])(?<![\w-])(?:{_WORD}-,?\s(?:og\s)?)*{_WORD}udvalg(?:ets|et|s)?(?![\w-])"
    # "Udvalget for Landdistrikter og Øer", "Folketingets Udvalg for X", "Udvalget for Xs brev"; a suspended
    # compound's "og" may open the next line, the hyphen kept ("Udvalg for Udlændinge-\nog Integrationspolitik"),
    # as in the first branch ("Sundheds-\nog Ældreudvalget")
    r"|(?<![\w-])Udvalg(?:et)? for (?:[A-ZÆØÅ][\w-]*(?:, | og |(?<=-)\sog\s))*"
    r"(?:[A-ZÆØÅ][\w-]*?(?=s\s+brev\b)|[A-ZÆØÅ][\w-]*)"
    rf"|(?<![\w-])(?:{_ADJECTIVE_COMMITTEE})(?![\w-])")
# The stamp: committee, samling, the case line, "Offentligt".
HEADER_RE = re.compile(
    r"\A\s*(?P<udvalg>[^\n]{3,90}?)\s+(?P<samling>(?:19|20)\d{2}-\d{2}(?:\s*\(\d\.\s*samling\))?)"
    r"\s*(?P<caseline>[^\n]{0,80}?)\s*\n?\s*Offentligt\b")
RUNHEAD_RE = re.compile(
    r"(?m)^(?P<abbrev>[A-ZÆØÅ]{2,6}), (?P<case>[^\n]{0,40}?) - (?P<samling>\d{4}-\d{2}(?: \(\d\. samling\))?) - ")
ALMDEL_RE = re.compile(r"(?=[A-ZÆØÅa])(?:\b(?P<abbrev>[A-ZÆØÅ]{2,5})\s+)?(?<![\w])[Aa]lm\.\s?del\b")
# "(L 53)", "Ad L 15", "vedrørende B 12" (and its abbreviation "vedr. L 45": danish/data/abbreviations.csv), and in
# a sentence "spørgsmål nr. 7 til L 99 til ministeren", "spørgsmål 7 ad L 112 stillet af ..."; in the stamp line before
# the answer's own label ("L 112 endeligt svar på spørgsmål 7", as "L 65 Spørgsmål 79")
BILL_RE = re.compile(
    r"(?=[LBF])(?:^|(?<=\()|(?<=\(Ad )|(?<=\(ad )|(?<= ad )|(?<=vedrørende )|(?<=vedr\. )|(?<=Vedr\. )|(?<=Ad )|(?<=\d til )"
    r"|(?<=lovforslag ))"
    r"(?P<kind>[LBF])\s?(?P<number>\d{1,4})(?:\s?[A-C])?"
    r"(?=\)|[ \t]*$|[ \t]+[–-]|[ \t]+Spørgsmål|[ \t]+Bilag|[ \t]+(?:[Ee]ndeligt\s+|[Ff]oreløbigt\s+)?[Ss]var\b|[ \t]*[,.]"
    r"|[ \t]+(?:til|om|fra|som|stillet)\b)", re.MULTILINE)
PARAGRAF20_RE = re.compile(r"(?=S)(?:^|(?<=spørgsmål )|(?<=Spørgsmål )|(?<=nr\. ))S\s?(?P<number>\d{1,5})\b", re.MULTILINE)
QUESTION_NUMBER_RE = re.compile(
    r"(?=[Ss])(?:[Ss]amrådsspørgsmål\s+(?P<letter>[A-ZÆØÅ]{1,3})\b"
    r"|[Ss]pørgsmål\s*\(?(?:nr\.?)?\s*(?P<number>S\s?\d+|\d+)(?!\d)"  # also "spørgsmål (nr. 123, alm. del)"
    r"|\b[Ss]pm\.\s*(?:nr\.\s*)?(?P<spm>\d+))")
# A question's heading in a letter: "Spørgsmål nr. 22:", "Spørgsmål 1107:", "Spørgsmål nr. 3 (Alm. del)",
# "Spørgsmål nr. 98 (Alm. del) til indenrigs- og socialministeren:".
# (No real letter sets the heading in capitals: the session 4 audit removed that variant.)
HEADING_RE = re.compile(
    r"(?=Samrådsspørgsmål|Spørgsmål)(?:^|(?<=^[ \t])|(?<=^[ \t]{2})|(?<=[:.?”\"]))"
    r"(?:Samrådsspørgsmål\s+[A-ZÆØÅ]{1,3}\b|Spørgsmål\s*(?:nr\.?\s*)?(?:S\s?)?\d+(?!\d)"
    # ft.dk's pages label the question "Spørgsmålet:" (probes22/qa 12) or "Spørgsmålets tekst:" (probes23/qa 09)
    r"|Spørgsmål(?:et|ets[ \t]+tekst)?(?=[ \t]*(?::|$)))"
    r"[ \t]*(?:\([^)\n]{0,40}\))?[ \t]*(?:(?:fra|til) [^\n:]{0,80})?[ \t]*:?", re.MULTILINE)
# An aktstykke (the ft_qa README: case `other`, its number in `number`), named in the body ("vedrørende aktstykke nr.
# 57") or in ft.dk's header line by Folketinget's abbreviation ("Finansudvalget 2015-16 Aktstk. 57 Svar på Spørgsmål 2").
AKTSTYKKE_RE = re.compile(r"\b(?:[Aa]ktstykke|Aktstk\.)\s+(?:nr\.\s*)?(?P<number>\d+)\b")


@dataclass(frozen=True, slots=True)
class Hit:
    """A value read from `Document.text` and where it stands."""

    value: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Stamp:
    """What ft.dk's header stamp says: committee, samling and the case line."""

    udvalg: Hit | None
    samling: Hit | None
    caseline: Hit | None


@lru_cache(maxsize=1)
def udvalg_table() -> tuple[tuple[str, str], ...]:
    """(abbrev, definite name) of every committee name with an abbreviation, from
    `danish.reference` (Folketinget's ODA table and the project's later names); a name two
    committees used goes with the one that used it last."""
    owner: dict[str, reference.Committee] = {}
    for committee in sorted(reference.committees(), key=lambda c: c.start or reference.SNAPSHOT_END):
        if committee.abbrev.isalpha() and committee.abbrev.isupper():
            owner[committee.name] = committee
    return tuple((c.abbrev, name) for name, c in owner.items())


def definite(name: str) -> str:
    """'Folketingets Socialudvalgs' -> 'Socialudvalget' (the gold's definite form)."""
    name = collapse_ws(name)
    name = re.sub(r"^Folketingets\s+", "", name)
    # "Energipolitisk Udvalg", "Energipolitiske Udvalgs": the table's name, its definite form
    for table_name, pattern in ADJECTIVE_COMMITTEES.items():
        if re.fullmatch(pattern, name):
            return table_name
    name = re.sub(r"^Udvalg for\b", "Udvalget for", name)
    return re.sub(r"udvalg(?:ets|et|s)?$", "udvalget", name)


def read_stamp(doc: Document) -> Stamp:
    """The ft.dk header stamp at the top of the text, if there is one; on ft.dk's web archive
    page of a question, at the top of the PDF text that follows the PDF's address (layout
    table: archive_stamp)."""
    start = 0
    match = HEADER_RE.match(doc.text[:400])
    if not match:
        link = cue("archive_pdf_link").search(doc.text, 0, 3000)
        if link:
            start = link.end()
            match = HEADER_RE.match(doc.text[start:start + 400])
    if not match or not UDVALG_RE.fullmatch(match.group("udvalg").strip()):
        return Stamp(None, None, None)

    def hit(group: str) -> Hit | None:
        value = collapse_ws(match.group(group))
        return Hit(value, start + match.start(group), start + match.end(group)) if value else None

    return Stamp(hit("udvalg"), hit("samling"), hit("caseline"))


# The labels that name one fact under other words on other versions of the page ("Spørgsmålsstiller:" for
# "Spørger:", "Stillet:" for the question's "Dato:", "Besvaret:" for "Svar dato:"; layout table: page_label_line).
# A § 20 question's page words the asker "Stillet af:" and the addressee "Stillet til:".
_PAGE_LABEL_KEYS = {"spørgsmålsstiller": "spørger", "stillet": "dato", "besvaret": "svardato",
                    "stilletaf": "spørger", "stillettil": "til", "datoforspørgsmål": "dato"}
# Labels only a page prints: with the page's committee line they make the text a page (no letter prints them).
# "Stillet af:" is not among them: ft.dk's § 20 question form (a letter) prints it too, but never "Samling:".
_PAGE_ONLY_LABELS = {"spørger", "spørgsmålsstiller", "svardato", "besvaret"}


def page_labels(text: str) -> dict[str, Hit]:
    """The label lines of ft.dk's page of a question ("Samling: 2017-18", "Til: ...", "Spørger: X (P)", "Dato:
    ...", "Svar dato: ..."), keyed by the label in lower case without spaces ("svardato"), a label's other
    wording under the usual key ("Besvaret:" as "svardato"); empty unless the text is a page: it prints both
    "Samling:" and "Spørger:", or the page's committee line ("Kulturudvalget (KUU), 2012-13") and the asker's or
    the answer's label, which no letter does (layout table: page_label_line, page_committee_line). The first line
    of each label counts: the PDF text the page may hold below has labels of its own."""
    found: dict[str, Hit] = {}
    printed: set[str] = set()  # the labels as printed, before their other wordings are merged
    for m in cue("page_label_line").finditer(text, 0, min(len(text), 2000)):
        label = re.sub(r"[ \t]", "", m.group("label")).lower()
        key = _PAGE_LABEL_KEYS.get(label, label)
        if m.group("value") and key not in found:
            found[key] = Hit(m.group("value"), m.start("value"), m.end("value"))
            printed.add(label)
    _add_question_to_line(text, found)
    if {"samling", "spørger"} <= found.keys():
        return found
    return found if _PAGE_ONLY_LABELS & printed and page_committee_line(text) else {}


def _add_question_to_line(text: str, found: dict[str, Hit]) -> None:
    """The addressee and the asker where the page names them on one line without labels ("Spørgsmål til
    klima-, energi- og forsyningsministeren (Jens Bech Rosenkilde) af Pia Kirkegaard Nørgaard (LA)"; layout table:
    page_question_to_line), under the keys of their labels ("til", "spørger") unless those labels are printed."""
    m = cue("page_question_to_line").search(text, 0, min(len(text), 2000))
    if m is None:
        return
    for key, group in (("til", "til"), ("spørger", "asker")):
        found.setdefault(key, Hit(m.group(group), m.start(group), m.end(group)))


def page_committee_line(text: str) -> re.Match[str] | None:
    """The line of ft.dk's page of a question that names the committee and the samling, the committee's
    abbreviation perhaps in brackets ("Kirkeudvalget 2023-24", "Kulturudvalget (KUU), 2012-13"; layout table:
    page_committee_line), near the page's top. A stamp's first line reads the same, but the stamp is read first
    (`read_stamp`) and a stamped letter prints none of the page's labels."""
    return cue("page_committee_line").search(text, 0, min(len(text), 800))


def trailing_samling(doc: Document) -> Hit | None:
    """The samling of ft.dk's stamp where the converter put the stamp last: a stamp printed in
    the page margin comes after the body in reading order ("Offentligt\nS 588\n2022-23" at the
    end of a § 20 form; layout table: trailing_stamp)."""
    tail_from = max(0, len(doc.text) - 200)
    m = cue("trailing_stamp").search(doc.text, tail_from)
    return Hit(collapse_ws(m.group("samling")), m.start("samling"), m.end("samling")) if m else None


def runhead(doc: Document) -> tuple[Hit, Hit] | None:
    """(samling, committee abbreviation) from a running page header, which the normaliser
    removes from `doc.text`; both are cited at the (empty) place the header stood."""
    raw = doc.raw_text
    match = RUNHEAD_RE.search(raw)
    if not match:
        return None
    at = raw_to_norm(doc.segments, match.start())
    return Hit(match.group("samling"), at, at), Hit(match.group("abbrev"), at, at)


def find_udvalg(text: str, start: int = 0, end: int | None = None) -> Hit | None:
    """The first committee name in text[start:end], in definite form; a name of the reference table that holds a
    comma ("Udvalget for Fødevarer, Landbrug og Fiskeri") is read whole, also where the converter broke the line
    after its comma ("Folketingets Udvalg for Fødevarer,\nLandbrug og Fiskeri")."""
    end = len(text) if end is None else end
    for match in UDVALG_RE.finditer(text, start, end):
        listed = next((m for p in _listed_for_names() if (m := p.match(text, match.start(), end))), None)
        if listed and listed.end() > match.end():
            return Hit(definite(f"Udvalget for {listed.group('area')}"), listed.start(), listed.end())
        return Hit(definite(match.group(0)), match.start(), match.end())
    return None


@lru_cache(maxsize=1)
def _listed_for_names() -> tuple[re.Pattern[str], ...]:
    """The reference table's "Udvalget for X, Y og Z" committees (danish.reference: Folketinget's ODA table) as
    patterns that let any whitespace stand between the words, longest first."""
    names = {c.name for c in reference.committees() if c.name.startswith("Udvalget for ") and "," in c.name}
    patterns = []
    for name in sorted(names, key=len, reverse=True):
        area = r"\s+".join(re.escape(word) for word in name.removeprefix("Udvalget for ").split())
        patterns.append(re.compile(rf"Udvalg(?:et)?\s+for\s+(?P<area>{area})(?![\w-])"))
    return tuple(patterns)


@dataclass(frozen=True, slots=True)
class Case:
    kind: str
    number: str | None
    abbrev: Hit | None
    start: int
    end: int


def find_case(text: str, start: int = 0, end: int | None = None) -> Case | None:
    """The first case reference in text[start:end]: alm. del, L/B/F n, S n, Aktstykke n."""
    end = len(text) if end is None else end
    found: list[Case] = []
    if (m := ALMDEL_RE.search(text, start, end)):
        abbrev = Hit(m.group("abbrev"), m.start("abbrev"), m.end("abbrev")) if _is_abbrev(m.group("abbrev")) else None
        found.append(Case("alm. del", None, abbrev, m.start(), m.end()))
    if (m := BILL_RE.search(text, start, end)):
        found.append(Case(m.group("kind"), m.group("number"), None, m.start(), m.end()))
    if (m := PARAGRAF20_RE.search(text, start, end)):
        found.append(Case("other", None, None, m.start(), m.end()))
    if (m := AKTSTYKKE_RE.search(text, start, end)):
        found.append(Case("other", m.group("number"), None, m.start(), m.end()))
    return min(found, key=lambda c: c.start) if found else None


def stamp_bill_case(text: str, start: int, end: int) -> Case | None:
    """The bill of ft.dk's stamp line with the committee's abbreviation before it ("SOU B 34 - Svar på Spørgsmål 3",
    "UUI L 140 endeligt svar på spørgsmål 37"), as an alm. del stamp prints it (layout table: stamp_bill_case)."""
    m = cue("stamp_bill_case").match(text[start:end])
    if m is None or not _is_abbrev(m.group("abbrev")):
        return None
    abbrev = Hit(m.group("abbrev"), start + m.start("abbrev"), start + m.end("abbrev"))
    return Case(m.group("kind"), m.group("number"), abbrev, start + m.start("kind"), start + m.end("number"))


def _is_abbrev(value: str | None) -> bool:
    # "Ad" and "SOU" look alike to a regex; a committee abbreviation is all capitals.
    return value is not None and value.isupper() and value not in {"AD", "OG", "JF"}


def paragraf20_number(text: str, start: int = 0, end: int | None = None) -> Hit | None:
    """"S 1107" as printed in the stamp or the letter, written "S 1107"."""
    m = PARAGRAF20_RE.search(text, start, len(text) if end is None else end)
    return Hit(f"S {m.group('number')}", m.start(), m.end()) if m else None


def samling_code(samling: str | None) -> str | None:
    """'2012-13' -> '20121'; '2022-23 (2. samling)' -> '20222' (ft.dk's URL code), read by
    danish.samling, the one samling reader."""
    found = samlinger.first(samling)
    return found.code if found else None


def ftdk_url_key(*, samling: str | None, case_kind: str | None, case_number: str | None,
                 udvalg_abbrev: str | None, question_number: int | str | None) -> str | None:
    """ft.dk's URL path of a question ('/samling/20121/almdel/beu/spm/156/'), when all parts are known."""
    code = samling_code(samling)
    if not code or question_number is None:
        return None
    if isinstance(question_number, str) and question_number.startswith("S "):
        return f"/samling/{code}/spoergsmaal/s{question_number[2:]}/"
    if isinstance(question_number, str) and question_number.isalpha() and udvalg_abbrev:
        # samrådsspørgsmål are lettered and live under "samspm"
        return f"/samling/{code}/almdel/{udvalg_abbrev.lower()}/samspm/{question_number.lower()}/"
    if case_kind == "alm. del" and udvalg_abbrev:
        return f"/samling/{code}/almdel/{udvalg_abbrev.lower()}/spm/{question_number}/"
    folder = {"L": "lovforslag", "B": "beslutningsforslag"}.get(case_kind or "")
    if folder and case_number:
        return f"/samling/{code}/{folder}/{case_kind.lower()}{case_number}/spm/{question_number}/"  # type: ignore[union-attr]
    return None


def samling_years(samling: str | None, sent: dt.date | None = None) -> str | None:
    """'2022-23 (2. samling)' -> '2022-23'; unprinted, the parliamentary year of the
    question's date: the Folketing year opens on the first Tuesday of October (Grundloven
    § 36; danish.samling.of_date), so 2 October 2017 still falls in 2016-17."""
    found = samlinger.first(samling)
    if found:
        return found.years
    if sent is None:
        return None
    return samlinger.of_date(sent).years


def question_key(*, udvalg_name: str | None, samling: str | None, case_kind: str | None,
                 case_number: str | None, question_number: int | str | None,
                 question_sent_date: dt.date | None = None) -> str | None:
    """The key a question and its answer share: udvalg, samling, case and number.

    Letters often leave the samling out, so its years come from the question's date then
    (the answer cites that date: "i brev af ..."); the session suffix is dropped because
    only one side may print it.
    """
    years = samling_years(samling, question_sent_date)
    if not (udvalg_name and years and case_kind and question_number is not None):
        return None
    if case_kind in ("L", "B", "F") and not case_number:
        return None
    return "|".join([udvalg_name.lower(), years, case_kind, case_number or "", str(question_number)])


def question_number(text: str, start: int = 0, end: int | None = None) -> Hit | None:
    """The first question number: 558, "S 1107" (§ 20) or a samråd letter ("CD")."""
    m = QUESTION_NUMBER_RE.search(text, start, len(text) if end is None else end)
    if not m:
        return None
    group = next(g for g in ("letter", "number", "spm") if m.group(g))
    value = re.sub(r"^S\s?", "S ", m.group(group))
    return Hit(value, m.start(group), m.end(group))


def typed_number(value: str) -> int | str:
    return int(value) if value.isdigit() else value
