"""When an event happened.

Which time mention of a clause dates it (a year after a time preposition, a period's first year;
not a target "mål for 2018", a horizon "frem mod 2020" or a name "2025-plan"); when the tense dates
it by the document ("nu", "i foråret", a perfect in news and letters, the conventions' "year ...
from the document date"); and the time phrases that are no part of a subject ("i december 2014",
"til og med udgangen af 2018") and are stripped from it.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from danish.dates import MONTH_NAME_PATTERN as _MONTHS, WEEKDAY_PATTERN, find_periods
from extract.records import AnyRecord, DocumentInfo

from .cues import PAST_TENSE, TIME_ADVERBIAL_PATTERN
from .draft import Draft
from .word_classes import ARTICLE_PATTERN, alternation, is_finite_verb
from ..timex import TimeMention


# "frem mod foråret 2013" (f10), "frem mod 2017" (f09), "Frem mod år 2020" (p25): a horizon, not when it happened
# (a month and a day may stand before the year: "forlænges til juni 2025", "til den 30. juni 2025")
END_YEAR = re.compile(r"\b(?:frem til|frem mod|indtil|til)\s+(?:og med\s+)?(?:den\s+)?(?:udgangen af\s+|år\s+|foråret\s+"
                      rf"|efteråret\s+|sommeren\s+|vinteren\s+|(?:\d{{1,2}}\.\s*)?(?:{_MONTHS})\s+)?$", re.IGNORECASE)
# A year after a time preposition or in a date is when; a bare year after a noun may be part of a name
# ("Kvalitetsstandard for stof- og alkoholbehandling 2012 videreføres i 2013", "budget 2013"): when the
# clause has both, the time wins.
_TIME_PREPOSITION = re.compile(r"(?:\b(?:i|fra|pr\.|per|den|d\.|siden|inden|efter|før|med virkning fra|primo|medio|ultimo|"
                               r"udgangen af|starten af|løbet af|år|året|(?:med|ved) finansloven for)\s+(?:\d{1,2}\.\s*)?(?:[a-zæøå]+\s+)?)$", re.IGNORECASE)


def timed_mentions(sentence: str, mentions: list[TimeMention]) -> list[TimeMention]:
    timed = [t for t in mentions if t.date is not None or _TIME_PREPOSITION.search(sentence, max(0, t.start - 30), t.start)]
    return timed or mentions


def with_periods(sentence: str, mentions: list[TimeMention]) -> list[TimeMention]:
    """A period written with a hyphen ("i perioden 2021-2023") is a time too: its first year, at its place."""
    extra = [TimeMention(p.start, p.end, p.first) for p in find_periods(sentence)
             if not any(p.start <= t.start < p.end for t in mentions)]
    return sorted(mentions + extra, key=lambda t: t.start)


# A year of birth names who is covered, not when it happened: "overgangsreglen for personer født i 1955 ophæves",
# "borgere født før 1960 bevarer retten" (pension and age rules write their cohorts so; probes18 n03's seniorpension
# text, tests/nlp/test_lineage_cohort_years.py); "årgang 1955" the same.
COHORT_YEAR = re.compile(r"\b(?:(?:født|fødte)(?:\s+(?:i|før|efter|fra|senest|tidligst|inden))?(?:\s+den)?"
                         rf"(?:\s+\d{{1,2}}\.)?(?:\s+(?:{_MONTHS}))?|årgang(?:e|ene)?)\s+$", re.IGNORECASE)
# A year in a target's noun phrase is the target's, not the time of the event told of it: "fastholder målet om at
# reducere udledningen af drivhusgasser med 70 pct. i 2030 i forhold til 1990", "fremrykkes målet om klimaneutralitet
# fra 2050 til 2045" (probes18 n05), "et juridisk bindende mål om at reducere drivhusgasudledningerne med 70 pct. i 2030"
# and "Målet om et klimaneutralt samfund senest i 2050 videreføres" (probes10 d06), "en klimaplan med målet om
# CO2-neutralitet i 2040" (probes16 d12); "mål for 2018" is TARGET_YEAR. The phrase ends at its clause's finite verb
# (`is_finite_verb`, an s-passive included: "Målet om klimaneutralitet i 2050 blev vedtaget i 2019": 2019 is when) or
# a comma ("70 pct." keeps its point).
_TARGET_HEAD = re.compile(r"\bmål(?:et|ene|sætning(?:en)?)?\s+om\s+(?P<rest>[^,;:]*)$", re.IGNORECASE)
_TARGET_REACH = 120  # characters: a target's phrase of a dozen words


def in_a_target(sentence: str, start: int) -> bool:
    """The time mention at `start` stands in a "mål om ..." phrase, before the clause's finite verb."""
    head = _TARGET_HEAD.search(sentence, max(0, start - _TARGET_REACH), start)
    words = re.findall(r"[\wæøå]+", head.group("rest").lower()) if head else []
    return head is not None and not any(is_finite_verb(w, passive=True) for w in words)


# A year joined to a noun names a thing, not a time: "regeringens sociale 2020-mål" (p25), "en 2025-plan".
YEAR_COMPOUND = re.compile(r"-[a-zæøå]")
# ... and "for perioden 2023-2026" after a noun is the span the thing covers ("følgende medieaftale for perioden
# 2023-2026"), like "mål for 2018": no time of the event ("i perioden 2016-2020" is one: dating.with_periods)
TARGET_YEAR = re.compile(r"\b(?:for|mål|målet for)(?:\s+perioden)?\s*$", re.IGNORECASE)
# ... but the finance act a thing was made "med"/"ved" is dated by its year: "Bonusordningen ... blev afskaffet ved
# finansloven for 2021" (probes14 gold: 2021), "Med finansloven for 2023 blev der desuden oprettet en pulje" (probes12
# gold: 2023), "Ordningen blev afskaffet med finansloven for 2016" (probes17 gold: 2016), "Med finansloven for 2022 blev
# der etableret en ny pulje" (probes19 gold: 2022): the act for a year is that year's law, as "loven af 2019" would be.
# A setting ("i forbindelse med finansloven for 2022") or a clause of manner ("Som aftalt med finansloven for 2020 er
# puljen forhøjet") is no instrument of the verb: undated as before (tests/nlp/test_lineage_passive_clauses.py).
_FINANCE_ACT_YEAR = re.compile(r"(?<!forbindelse )(?<!aftalt )(?<!besluttet )\b(?:med|ved)\s+finansloven\s+for\s+$",
                               re.IGNORECASE)


def target_year(sentence: str, start: int) -> bool:
    """The year at `start` is a target's or a span's ("mål for 2018", "for perioden 2023-2026"), not a finance act's."""
    return bool(TARGET_YEAR.search(sentence, max(0, start - 20), start)) \
        and not _FINANCE_ACT_YEAR.search(sentence, max(0, start - 40), start)
# A bare year after a capitalised word other than a month ends a name: "mål og handlinger for KULTURKOMMUNEN 2017"
# (f14 gold: year null), "Aarhus er valgt som Kulturkommune 2017" (f09 gold: year null), "på sag
# Bygningsvedligeholdelse 2013 i december" (s04 gold: 2012). A time has its preposition ("i 2017", "fra marts 2017").
# A named occasion is when, though: "På Kommunalpolitisk Topmøde 2012 lancerede KL udspillet ..." (f08 gold: 2012).
NAME_YEAR = re.compile(rf"(?<![.:!?]\s)(?<!^)(?<!\bpå\s)(?<!\bved\s)(?<!\bunder\s)\b(?!(?:{_MONTHS})\b)"
                       r"[A-ZÆØÅ][\wæøåÆØÅ-]*\s+$")
OCCASION = re.compile(r"\b(?:på|ved|under)\s+(?:[A-ZÆØÅ][\wæøåÆØÅ-]*\s+){1,3}$", re.IGNORECASE)
# A period right after a noun, with no preposition, names the thing as its years ("Biblioteksplan 2019-2023",
# "aftale om budget 2024-2027", "forsvarsforliget 2024-2033"): the span it covers, not the time of the event, as a
# name's bare year above is; a time keeps its preposition ("i perioden 2016-2020", "fra 2024-2027").
_PERIOD = re.compile(r"\d{4}\s?[-–]\s?\d{2,4}")
_NOUN_BEFORE = re.compile(r"[a-zæøåA-ZÆØÅ]{3,}\s+$")


def names_its_period(sentence: str, start: int, end: int) -> bool:
    before = sentence[max(0, start - 40):start]
    return bool(_PERIOD.fullmatch(sentence[start:end])) and bool(_NOUN_BEFORE.search(before)) \
        and not _TIME_PREPOSITION.search(before) and not re.search(r"\bperioden\s+$", before, re.IGNORECASE)


NOW = re.compile(rf"\b{alternation('now')}\b", re.IGNORECASE)


# The year a past fact was made in: a year after a preposition of a point in time, with a day, a month or a season
# between ("i 2006", "Fra 2007", "den 3. april 2001", "i efteråret 2010"), never a span's start or a deadline ("siden
# 2010", "inden 2025", "frem mod 2017": s6_09, s11_08 state when jobcentres and an agreement were made).
MADE_IN_YEAR = re.compile(rf"(?<![\w.-])(?:i|fra|den|d\.|pr\.|per|primo|medio|ultimo)\s+(?:\d{{1,2}}\.\s*)?"
                          rf"(?:(?:{_MONTHS}|foråret|efteråret|sommeren|vinteren)\s+)?(?:19|20)\d\d\b(?!-)", re.IGNORECASE)


# A later main clause that opens with its time owns it: "Der er etableret sygeplejeklinikker ... og i 2013
# forventes det at yderligere en klinik åbnes" (s02 gold: the clinics without a year, the new one in 2013).
OPENING_TIME = re.compile(rf"\s*{alternation('opening_time_preposition')}\s+(?:\d{{1,2}}\.\s*)?(?:[a-zæøå]+\s+)?\d{{4}}$",
                          re.IGNORECASE)


# ("med virkning fra den 1. januar 2027": the date of a replacement's entry into force, after its "den")
# (a season as a month: "til 6 fra sommeren 2027")
TIME_TAIL = re.compile(rf"\s+(?:senest\s+)?(?:med virkning\s+)?(?:i|pr\.|per|fra|den)(?:\s+den)?\s+(?:\d{{1,2}}\.\s*)?"
                       rf"(?:(?:{_MONTHS}|foråret|efteråret|sommeren|vinteren)\s+)?\d{{4}}$", re.IGNORECASE)


# "forlænger suspenderingen til 8. september": the new end is when, not what.
UNTIL = re.compile(r"\s+(?:frem\s+)?(?:til|indtil)\s+(?:og med\s+)?(?:udgangen af\s+)?(?:\d{1,2}\.\s*)?"
                   rf"(?:{_MONTHS}\s*)?"
                   r"(?:\d{4})?$", re.IGNORECASE)


# What a subject pattern leaves of a date it stopped at: "seniorførtidspensionen den 1" (". januar 2020").
DATE_STUB = re.compile(r"\s+(?:den|d\.|pr\.|fra|per)(?:\s+\d{1,2})?$", re.IGNORECASE)


# The perfect and the present active of news and letters tell what happened as of writing ("Der er
# udviklet to nye målinger", d01; "STAR har ... valgt at afslutte", d11; "I denne analyse viser vi",
# p16): the document's year. The present passive of a rule ("Med loven indføres en ny ydelse",
# "Samtidig ophæves de gældende regler", p14; "Derfor indføres der en skærpet opfølgning", d10)
# describes what a law or reform contains and dates nothing: its year stays null unless stated.
# This settles the STAR-vs-policy reading of present-tense news (tests/nlp/test_lineage_years.py).
_PERFECT_OR_ACTIVE = re.compile(r"\b(?:har|er|bliver|indgår|viser|ser på|belyser|afdækker|undersøger|offentliggør|præsenterer)\b",
                                re.IGNORECASE)


PERFECT_AUX = re.compile(r"\b(?:har|er|havde)\b", re.IGNORECASE)
# The genres whose perfect tells what happened as of writing (the note above): elsewhere (minutes, memos,
# reports, specifications) a perfect without a time is undated: "Derudover er der indført en ½ takst",
# "Over de sidste 5 år er tilbuddet yderligere tilpasset" (f11, a memo), "Siden vedtagelsen er den
# bagvedliggende lovgivning blevet ændret" (f12, minutes), "LO s jobcenterindeks er udarbejdet" (p01, a
# specification): year null in their gold. Findings (`evaluated`) hold as of the document in any genre (p16).
_DATED_BY_WRITING = frozenset({"news", "letter", "answer"})


def undated_perfects(drafts: list[Draft], records: Sequence[AnyRecord]) -> list[Draft]:
    doc_type = next((r.doc_type for r in records if isinstance(r, DocumentInfo)), None)
    if doc_type is None or doc_type in _DATED_BY_WRITING:
        return drafts
    return [replace(d, year=None, date=None) if d.perfect_dated else d for d in drafts]


def deictic_tense(clause: str, sentence: str, match: re.Match[str]) -> bool:
    """The event's verb tells the document's own time: a perfect or a present active, not a
    present passive of a rule, and no past tense in its clause (a past in a side clause, "som den
    var tiltænkt", p18, does not date the main one)."""
    if PAST_TENSE.search(clause):
        return False
    cue = match.group(0).strip().split()
    passive = getattr(match, "passive", None)
    if passive is None:
        passive = bool(cue) and cue[-1].lower().endswith("es")  # a phrase cue's verb: "lanceres", "afskaffes"
    if passive and not _PERFECT_OR_ACTIVE.search(match.group(0)):
        return False  # "indføres", "ophæves": the content of a rule
    return bool(_PERFECT_OR_ACTIVE.search(sentence)) or bool(getattr(match, "present", False))


# Relative time expressions: the year is the document's (star/README.md, "Lineage events": "The
# year may be taken from the document date when the text says 'i foråret', 'tirsdag' and so on").
# "nu", "netop" and "hermed" anchor news and letters the same way ("forlænger nu suspenderingen", p04;
# "den netop offentliggjorte opdatering", seed 002; "der netop er offentliggjort", p18).
RELATIVE_TIME = re.compile(
   r"\b(?:nu|netop|hermed|i (?:foråret|efteråret|sommer(?:en)?|vinter(?:en)?|år|dag|går|denne måned|sidste uge|denne uge)|"
   rf"(?:i )?{WEEKDAY_PATTERN}s|{WEEKDAY_PATTERN}"
   # a day of a month without a year is this year's: "suspenderede ... reglen til 30. juni" (p04, dated 2020-06)
   rf"|\d{{1,2}}\.\s*{_MONTHS}(?!\s*\d{{4}})"
   # and so is a month: "vil blive forelagt Kommunalbestyrelsen ... i december" (s04 gold: "December of the
   # document year"), the conventions' "i foråret" told by its month
   rf"|(?:i|primo|medio|ultimo|sidst i|først i|midt i)\s+{_MONTHS}(?!\s*(?:\d{{4}}|\d{{1,2}}\.)))\b",
   re.IGNORECASE)  # "tirsdag", "i tirsdags"
# "sidste år" and "i fjor" tell the year before the document's: "et samlet Folketing sidste år vedtog den 10-årsplan"
# in a speech of 2024 (probes21 n05 gold: 2023); a comparison ("i forhold til sidste år", "end sidste år") or a span
# ("inden for det sidste år") dates nothing.
LAST_YEAR = re.compile(r"(?<!\bi forhold til )(?<!\bend )(?<!\bdet )\b(?:sidste år|i fjor)\b(?!s\b|\w)", re.IGNORECASE)


# A time or a conjunction opening a subject: "i december 2014 loven om ...", "men denne måling".
LEADING_TIME = re.compile(
   r"^(?:i (?:foråret|efteråret|sommer(?:en)?|vinter(?:en)?|år|dag|går)\s+|(?:men|og|i|fra|pr\.|den|d\.)\s+(?:\d{1,2}\.\s+)?"
   rf"{_MONTHS}(?:\s+\d{{4}})?\s+|(?:men|og)\s+)", re.IGNORECASE)


TIME_OPENER = re.compile(rf"^\s*{TIME_ADVERBIAL_PATTERN}\s*", re.IGNORECASE)
# The same time adverbial anywhere, as Danish places it in the central field after the finite verb too ("og blev i
# 2021 gjort permanent").
TIME_ADVERBIAL = re.compile(rf"(?<!\S){TIME_ADVERBIAL_PATTERN}", re.IGNORECASE)


# A meeting with its date between a verb and its object, as minutes tell decisions: "byrådet i sit møde den 27.
# august 2025 har vedtaget" (aarhus_byraad_referat_2025-08-27), "Udvalget godkendte på mødet den 4. december
# 2012 ..." (ballerup referater): when, not what.
MEETING_OPENING = re.compile(
   rf"^(?:(?:på|i|ved)\s+(?:sit\s+|sine\s+|deres\s+)?møde(?:t|r|rne)?\s+)?(?:den|d\.)\s+"
   rf"(?:\d{{1,2}}\.\s*(?:{_MONTHS})(?:\s+\d{{4}})?|\d{{1,2}}[.-]\d{{1,2}}[.-]\d{{2,4}})\s+"
   r"|^(?:på|i|ved)\s+(?:sit\s+|sine\s+|deres\s+)?møde(?:t|r|rne)?\s+(?=" + ARTICLE_PATTERN + r"\s)", re.IGNORECASE)
