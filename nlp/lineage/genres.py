"""Genres whose present tense is no news, and who issues a document.

A party's programme states what the party wants, so its present tense proposes (`planned`, by the
party its title names); a quality standard describes the service it promises, so its present
tense is a routine (no event). The issuer speaks in a party's programme and as "vi" (`speakers`).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from danish._data import table_rows
from danish.party_shape import shaped_party_in, unknown_party

from danish.words import NAMES_A_PROGRAMME
from extract.records import AnyRecord, DocumentInfo

from .draft import Draft
from .word_classes import alternation


def party_issuer(records: Sequence[AnyRecord]) -> str | None:
    """The party, when a party issues the document (its programme, corpus/municipal f05, f06)."""
    from danish.reference import party_by_name

    issuer = issuer_of(records)
    if not issuer:
        return None
    # "SF (Socialistisk Folkeparti)": a programme owner printed by its abbreviation speaks as that (s08's actor "SF")
    printed = re.fullmatch(r"(?P<short>\S+) \((?P<name>[^()]+)\)", issuer)
    if printed and printed.group("name") in party_by_name():
        return printed.group("short")
    # a party the table does not know, read by the shape of its name (danish/party_shape.py): "Borgernes Parti"
    return party_by_name().get(issuer) or (issuer if unknown_party(issuer) else None) or _local_branch(issuer)


# A party's local branch signs its programme for a kommune's election by the party's name and its town
# ("Socialdemokratiet i Horsens, 20. august 2025", "Socialdemokratiet i Odense, 15. august 2025": the local
# programmes of probes17 m12 and probes18 d12): the branch speaks for the party, as the national programmes do.
_LOCAL_BRANCH = re.compile(r"(?P<party>.+?) i (?:[A-ZÆØÅ][\wæøå-]*)(?: [A-ZÆØÅ][\wæøå-]*)?")


def _local_branch(issuer: str) -> str | None:
    """The party of a local branch's name ("Socialdemokratiet i Horsens" -> "Socialdemokratiet"), else None."""
    from danish.reference import party_by_name

    branch = _LOCAL_BRANCH.fullmatch(issuer)
    return party_by_name().get(branch.group("party")) if branch else None


# A local list ("lokalliste") stands only in its kommune and is in no party table; its name is a compound on "listen",
# alone or with its place: "Kystlisten" (probes22 m12), "Lokallisten Odsherred" (probes24 m12), "Fælleslisten Morsø"
# (probes25 m12), each the issuer of its election programme and the actor of its demands. The place is part of the
# name only where the text names the list so again ("Lokallisten Odsherred er en tværpolitisk liste"), not where it
# calls itself by the compound alone ("Fælleslisten er en tværpolitisk lokalliste", "Stem på Fælleslisten").
_LOCAL_LIST = re.compile(r"(?P<list>[A-ZÆØÅ][a-zæøå]+listen)(?: [A-ZÆØÅ][\wæøå-]*)?")


def local_list_issuer(records: Sequence[AnyRecord], text: str) -> str | None:
    """The local list that issues the document, by the name the text calls it, else None."""
    issuer = issuer_of(records)
    named = _LOCAL_LIST.fullmatch(issuer) if issuer else None
    if issuer is None or named is None:
        return None
    return issuer if text.count(issuer) >= 2 else named.group("list")


def issuer_of(records: Sequence[AnyRecord]) -> str | None:
    return next((r.issuer for r in records if isinstance(r, DocumentInfo) and r.issuer), None)


# Genres whose present tense is no news: a party's programme ("Principprogram for SF", "Liberal
# Alliances arbejdsprogram", corpus/pdf_more) states what the party wants, so its present-tense events
# ("• Topskatten afskaffes", "Der indføres et familiesammenføringsgebyr") are proposals not yet decided,
# the conventions' `planned`, by the party; a quality standard ("Kvalitetsstandarder for behandling af
# stof- og alkoholmisbrug", corpus/pdf/ballerup_kvalitetsstandarder_rusmiddel_2013; the service
# standards kommuner must publish) describes the service it promises ("At råd og vejledning iværksættes
# hurtigst muligt", "Der udarbejdes en behandlingsplan"): standing routines, no events. Events told as
# done or dated ("blev indført i 2007", "er godkendt af ...") keep their kind in both.
# An association's statutes ("Vedtægter for DIKUrevyen", s11_11; the end of the same statutes, s10_13) state its
# standing rules in the present tense ("Bestyrelsen fremlægger det nye års arbejdsmetoder": no event in its gold;
# s11_11's gold notes, "the start of its statutes as a text with no event"), as a quality standard does; their dated
# steps ("Vedtægterne er sidst revideret på den ordinære generalforsamling ...") keep their kind. (A rule opening
# with a condition in V1 order, "Har foreningen midler, ..., overdrages ...", s10_13, still reads as told done: its
# "Har" is taken for the perfect's auxiliary by _TOLD_AS_DONE.) A statute quoted in a proposal to change it is the
# proposal's (notice.py).
GENRES: tuple[tuple[str, re.Pattern[str], str], ...] = (
   ("programme", NAMES_A_PROGRAMME, "planned"),
   ("quality standard", re.compile(r"kvalitetsstandard", re.IGNORECASE), "none"),
   ("statutes", re.compile(r"^vedtægter\b", re.IGNORECASE | re.MULTILINE), "none"),
)
# The layout of statutes below their title: paragraphs headed "§ N <name>", their parts "Stk. N", and the text
# naming itself "vedtægter" (a law's paragraphs name a "lov", and its content is read by laws.py).
_PARAGRAPH_LINE = re.compile(r"^[ \t]*§[ \t]*\d+\b", re.MULTILINE)
_PART_LINE = re.compile(r"^[ \t]*Stk\.[ \t]*\d+\b", re.MULTILINE)
_NAMES_STATUTES = re.compile(r"\bvedtægt", re.IGNORECASE)


def statutes_layout(text: str) -> bool:
    """An excerpt of statutes below their title (s10_13): two paragraph headings, a part, and the word itself."""
    return len(_PARAGRAPH_LINE.findall(text)) >= 2 and _PART_LINE.search(text) is not None \
        and _NAMES_STATUTES.search(text) is not None
_TOLD_AS_DONE = re.compile(r"\b(?:blev|var|havde|har|er blevet|fik)\b", re.IGNORECASE)


def title_lines(text: str, n: int = 3) -> str:
    """The document's first lines: where a programme or a standard names itself ("Principprogram for SF",
    "Kvalitetsstandarder for behandling af ..."), not a notat that mentions one further down."""
    lines = [line.strip() for line in text[:1500].splitlines() if line.strip()]
    return "\n".join(line for line in lines[:n] if len(line) <= 100)


@lru_cache(maxsize=1)
def _genre_headings() -> dict[str, frozenset[str]]:
    """The section headings of each genre (nlp/data/genre_headings.csv), by genre."""
    by_genre: dict[str, set[str]] = {}
    for row in table_rows("nlp", "data", "genre_headings.csv"):
        by_genre.setdefault(row["genre"], set()).add(row["heading"])
    return {genre: frozenset(headings) for genre, headings in by_genre.items()}


def genre_by_headings(text: str) -> str | None:
    """The genre whose section headings stand in the text as lines of their own, two of them at least: a section
    of a quality standard below its title ("Lovgrundlag", "Ydelsens målgruppe", s6_02)."""
    lines = {line.strip().rstrip(":").strip().lower() for line in text.splitlines()}
    return next((genre for genre, headings in _genre_headings().items() if len(headings & lines) >= 2), None)


def genre_present_tense(text: str, drafts: list[Draft], voice: str | None = None) -> list[Draft]:
    """`voice`: the party a programme's chapter speaks for when no title names the genre (its issuer read from
    its own words: "Vi konservative", "Venstre går ind for", extract/parsers/policy_document.py): its present
    tense proposes as a titled programme's does ("Derudover skal transkønnede eksplicit nævnes i lovgivning om
    diskrimination, og transkønnethed fjernes fra listen over psykiatriske diagnoser", Alternativet's programme,
    corpus/municipal s7_07: both `planned` in its gold)."""
    head = title_lines(text)
    genre = next(((name, then) for name, pattern, then in GENRES if pattern.search(head)), None)
    if genre is None:
        by_headings = genre_by_headings(text)
        genre = next(((name, then) for name, _, then in GENRES if name == by_headings), None)
    if genre is None and statutes_layout(text):
        genre = ("statutes", "none")
    if genre is None and voice:
        genre = ("programme", "planned")
    if genre is None:
        return drafts
    party = (programme_party(head, text) or voice) if genre[1] == "planned" else None
    out = []
    for d in drafts:
        # a scheme the party keeps stays kept ("Vi vil fastholde ...", s09; the municipal README's convention)
        present = d.kind not in ("planned", "confirmed") and not d.year_stated and not _TOLD_AS_DONE.search(text[d.start:d.end])
        if present and genre[1] == "none":
            if under_change_heading(text, d.start):
                out.append(d)  # a change the standard lists as made keeps its kind
            continue
        if genre[1] == "planned" and d.kind not in ("planned", "confirmed") and not _dated_making(d) and _described(d, text):
            continue
        if present:
            d = replace(d, kind="planned", decision=False, replaced_by=None)
        if d.kind == "planned" and not d.actor and party:
            d = replace(d, actor=party)
        out.append(d)
    return out


# A revised standard lists what it changes under a heading of its own ("Ændringer i forhold til 2025", "Væsentlige
# ændringer fra 2026", "Nyt i kvalitetsstandarden", "Hvad er ændret?"): its items are the changes made, not the
# routines the rest describes, so they keep their kind (a Hjørring and a Vejle kvalitetsstandard of the probes of
# rounds 14-15; tests/nlp/test_lineage_municipal_layouts.py).
_CHANGE_HEADING = re.compile(r"^(?:væsentlige\s+|vigtige\s+)?ændringer\b|^nyt\s+(?:i|fra|for)\b|^hvad\s+er\s+(?:nyt|ændret)\b",
                             re.IGNORECASE)
_HEADING_MAX = 80


def under_change_heading(text: str, at: int) -> bool:
    """The nearest heading line above `at` (a short line that ends in no full stop, not a list item) names changes."""
    for line in reversed(text[:at].splitlines()[:-1] if not text[:at].endswith("\n") else text[:at].splitlines()):
        line = line.strip()
        if not line or line[0] in "•-–*" or line[:1].isdigit():
            continue
        if len(line) <= _HEADING_MAX and not line.endswith((".", ",", ";")):
            return _CHANGE_HEADING.match(line.rstrip(":?")) is not None
        if not line.endswith("."):
            return False  # a lead ("... godkendt følgende ændringer:") whose items the list readers take
        # a full sentence of the same section above: the section's heading further up decides (probes21 m06,
        # "Ændringer pr. 1. marts 2025" over four sentences, each a change; tests/nlp/test_lineage_municipal_status.py)
    return False


# In a programme a relative clause that tells what others have done to a noun describes it and states no event of
# the party's ("Vi kan lære meget af vores nabolande samt de kommuner, som allerede har omlagt deres
# affaldshåndtering", Alternativet's programme, s7_06; "en privat leverandør, der lever op til de kvalitetskrav, som
# politikerne har opstillet", Venstre's, s7_02: neither in their golds). A "hvor" clause telling a reform's content
# is the event itself ("kommunalreformen, hvor amterne blev afskaffet", f06 gold), so only "som" and "der". A relative
# clause that dates what was made is background the programme states as fact ("den Energispareaftale, som blev
# underskrevet i 2006", "DONG Energy, som i 2006 blev dannet", s11_08 gold: both `introduced` 2006; "Fra 2007 blev
# der skabt jobcentre", s6_09): an introduction whose year its clause states is kept.
def _dated_making(d: Draft) -> bool:
    """A dated fact a programme tells of the thing it describes stays its own event: made ("som blev underskrevet i
    2006", s11_08 gold `introduced`), closed or cut ("borgerservice på Møn, som blev lukket i 2022", "som blev halveret
    i budget 2024", probes22 m12 EXPECTED `dropped` and `changed`). A closing or a cut is kept only in the passive with
    no agent, the thing it befell the clause's subject; a change others made in the active ("de kommuner, som i 2019
    har omlagt deres affaldshåndtering", s7_06's genre) describes those others."""
    if not d.year_stated:
        return False
    return d.kind == "introduced" or (d.kind in ("dropped", "changed") and d.agentless)


def _described(d: Draft, text: str) -> bool:
    subject = d.subject.strip()
    return bool(subject) and re.search(rf"(?<![\wæøå-]){re.escape(subject)},?\s+(?:som|der)\s(?!{_AS_ROLE})", text[d.start:d.end],
                                       re.IGNORECASE) is not None


# "som" before a noun of a role is "as", no relative: "vedtaget dette program som erstatning for det, vi vedtog i 2003"
# (s11_03), "jobcentre i alle de nye kommuner i Danmark som et led i kommunalreformen" (s6_09), "som resultat af en
# sammenlægning" (s11_08), "som en del af" (nlp/data/lineage_words.csv, role as_role_noun).
_AS_ROLE = rf"\s*(?:(?:et|en)\s+)?{alternation('as_role_noun')}\b"


def titled_programme_party(text: str) -> str | None:
    head = title_lines(text)
    return programme_party(head, text) if GENRES[0][1].search(head) else None


def programme_party(head: str, text: str = "") -> str | None:
    """The party the title lines name ("Liberal Alliances arbejdsprogram"); else one of the text's parties by the
    shape of its name ("Borgernes Partis arbejdsprogram", danish/party_shape.py), which the whole text attests."""
    from ..linking import find_in_text

    bare = re.sub(r"\b([A-ZÆØÅ][\wæøå]+)s\b", r"\1", head)  # "Liberal Alliances" -> "Liberal Alliance"
    parties = find_in_text(bare, "party")
    if parties:
        return bare[parties[0][1]:parties[0][2]]
    shaped = shaped_party_in(head, text or head)
    return shaped[0] if shaped else None
