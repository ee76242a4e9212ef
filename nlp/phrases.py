"""Phrase pickers for lineage events: subject, actor and replacement noun phrases.

No parser is trustworthy on ministry Danish (see notes/nlp.md), so these are patterns
over clause text: the commitment usually follows the cue verb ("indført ressourceforløb"),
or sits between the auxiliary and the participle ("blev fleksjobordningen målrettet"), or
opens the clause ("Lov om fleksydelse blev vedtaget").
"""
from __future__ import annotations

import re
from functools import lru_cache

from danish.dates import MONTH_NAME_PATTERN

from .gazetteer import entries

_STOP_AFTER = re.compile(
    r"[,;!?]|:(?=\s|$)|\.(?=\s+(?-i:[A-ZÆØÅ\d])|\s*$)|\s(?:der|som|så|for at|hvor|hvilket|men|fordi|når|ved at|via|i form af)\s", re.IGNORECASE)
_LEADING = re.compile(
    r"^(?:(?:desuden|derfor|dermed|herudover|samtidig|endvidere|nu|også|altså|således|blandt andet|ligesom|"
    r"i \d{4}|fra \d{4}|den \d{1,2}\. \w+(?: \d{4})?|i dag|der|det|at \w+e(?= \w)|at|sig|ikke)\s+)+",
    re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:en|et|de|den|det)\s+", re.IGNORECASE)
_AUX = re.compile(r"\b(?:blev|bliver|er|var|har|havde|vil blive|vil|skal|kan|er blevet)\b", re.IGNORECASE)
_OPENERS = re.compile(
    r"^(?:med \w+|efter \w+(?: \w+)?|herudover|derfor|desuden|samtidig|endvidere|derudover|"
    r"i \w+(?: \d{4})?|at|og|men|så)\s+", re.IGNORECASE)
_WORD = re.compile(r"[\wæøåÆØÅ]")
MAX_WORDS = 12


def _tidy(phrase: str) -> str:
    phrase = re.sub(r"\s+", " ", phrase).strip(" ,.;:-–'’‘\"”“")
    words = phrase.split()
    return " ".join(words[:MAX_WORDS])


_TIME_ONLY = re.compile(r"^(?:(?:i|fra|den|d\.|medio|ultimo|primo|\d{1,2}\.|\w+år(?:et)?|af|\d{4}|"
                        rf"{MONTH_NAME_PATTERN})\s*)*$", re.IGNORECASE)


_TRAILING_TIME = re.compile(
    r"\s+(?:i|fra|pr\.|den|medio|ultimo|primo|i løbet af)\s+(?:\d{1,2}\.\s+)?(?:\w+\s+)?\d{4}$", re.IGNORECASE)


def after_cue(clause_tail: str) -> str:
    """The noun phrase right after a cue verb, up to a relative clause or punctuation."""
    tail = _LEADING.sub("", clause_tail.strip().lstrip(",;: "))
    stop = _STOP_AFTER.search(" " + tail + " ")
    if stop and stop.group(0).startswith(":") and len(tail[:stop.start()].split()) <= 3:
        rest = tail[stop.end():]  # "en ny måling: Antal og andel ..." names the thing after the colon
        more = _STOP_AFTER.search(" " + rest + " ")
        tail = tail[:stop.start() - 1] + " " + (rest[:max(0, more.start() - 1)] if more else rest)
    elif stop:
        tail = tail[:max(0, stop.start() - 1)]
    tail = _TRAILING_TIME.sub("", _tidy(_ARTICLE.sub("", tail)))
    return "" if _TIME_ONLY.match(tail) else tail


def before_cue(clause_head: str) -> str:
    """The clause's opening noun phrase before the cue (passive subject)."""
    head = re.split(r",?\s+at\s+", " " + clause_head.strip() + " ")[-1].strip()  # "besluttede, at X skal"
    aux = list(_AUX.finditer(head))
    if aux and aux[-1].end() >= len(head) - 1:
        head = head[:aux[-1].start()].strip()  # "X blev" -> "X"
    aux = list(_AUX.finditer(head))
    if aux:
        before, after = head[:aux[-1].start()].strip(), head[aux[-1].end():].strip()
        # "Herudover blev fleksjobordningen": the subject follows the auxiliary (V2 order).
        head = after if _WORD.search(after) and (not before or _OPENERS.match(before + " ")) else before
    head = _OPENERS.sub("", head + " ")
    head = _LEADING.sub("", head)
    return _tidy(_ARTICLE.sub("", head))


@lru_cache(maxsize=1)
def actor_pattern() -> re.Pattern[str]:
    """Who decides: forligskreds, aftalepartier, Folketinget, ministers, agencies, parties."""
    names = [s for kind in ("organisation", "ministry", "party") for e in entries(kind)
             for s in e.spellings if len(s) > 2 or s.isupper()]
    names.sort(key=len, reverse=True)
    # Abbreviations keep their case: "ALT" is a party, "alt" is everything.
    gazetteer = "|".join(f"(?-i:{re.escape(n)})" if n.isupper() and len(n) <= 5 else re.escape(n) for n in names)
    # The last party of a list may be broken by PDF hyphenation ("Cen- trum-Demokraterne").
    party_list = rf"(?:(?:{gazetteer}),\s+)+(?:{gazetteer})\s+og\s+(?:{gazetteer}|[A-ZÆØÅ][\w-]*(?:\s[\w-]+)?)"
    generic = (r"(?:forligskredsen|aftalepartierne|aftalekredsen|forligspartierne|partierne)(?:\s+bag\s+[^,.;]+?(?=\s+(?:i \d{4}|blev|har|besluttede|er|var|vedtog)\b|[,.;]|$))?"
               r"|(?:et\s+)?bredt?\s+flertal(?:\s+i\s+Folketinget)?(?:\s*\([^)]*\))?"
               r"|(?:en\s+)?bred\s+politisk\s+aftale|aftalen\s+om\s+[^,.;]+?(?=\s+(?:er|blev|har)\b)"
               r"|[\wæøå-]*ministeren|[\wæøå-]*ministeriet|regeringen")
    return re.compile(rf"(?<![\wæøå])(?:{party_list}|{generic}|{gazetteer})(?![\wæøå])", re.IGNORECASE)


_NOT_AGENT = re.compile(r"(?:\btil|\bfra|\bhos|\bfor|\bom|\bpå|\bi|\bmellem|\bsom)\s*$", re.IGNORECASE)
# "enige i forligskredsen", "drøftet i aftalekredsen": inside the group is where it decides.
_GROUP = re.compile(r"\w*(?:kredsen|partierne)\b", re.IGNORECASE)


def find_actor(sentence: str, cue_start: int) -> str | None:
    """The agent nearest before the cue (or right after it in V2 order), never a recipient."""
    best: re.Match[str] | None = None
    for match in actor_pattern().finditer(sentence):
        if _NOT_AGENT.search(sentence[max(0, match.start() - 9):match.start()]) and not (
                _GROUP.match(match.group(0)) and re.search(r"\bi\s+$", sentence[max(0, match.start() - 3):match.start()])):
            continue
        if match.start() < cue_start:
            best = match
        elif best is None and match.start() - cue_start < 40:
            best = match
            break
    return expand_abbreviation(_tidy(best.group(0))) if best else None


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, str]:
    return {e.abbrev: e.name for kind in ("organisation", "ministry") for e in entries(kind)
            if e.abbrev and e.abbrev != e.name}


def expand_abbreviation(name: str) -> str:
    """"STAR" -> "Styrelsen for Arbejdsmarked og Rekruttering (STAR)": the linker's canonical
    name with the form the text used."""
    full = _abbreviations().get(name)
    return f"{full} ({name})" if full else name
