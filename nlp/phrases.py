"""Phrase pickers for lineage events: subject, actor and replacement noun phrases.

No parser is trustworthy on ministry Danish (see notes/nlp.md), so these are patterns
over clause text: the commitment usually follows the cue verb ("indført ressourceforløb"),
or sits between the auxiliary and the participle ("blev fleksjobordningen målrettet"), or
opens the clause ("Lov om fleksydelse blev vedtaget").
"""
from __future__ import annotations

import re
from functools import lru_cache

from danish._data import table_rows
from danish.dates import MONTH_NAME_PATTERN
from danish.party_shape import shaped_parties_in
from danish.sentences import ABBREVIATION_END
from danish.words import STOPWORDS

from .gazetteer import entries
from .lemma_table import lemma_table
from .word_classes import MODALS, SUBORDINATE, s_passive

# (a decimal comma is no stop: "afsat 1,8 mio. kr. til ...", "med 2,3 mio. ton")
_STOP_AFTER = re.compile(
    r"(?<!\d),|,(?!\d)|[;!?]|:(?=\s|$)|\.(?=\s+(?-i:[A-ZÆØÅ\d])|\s*$)|\s(?:der|som|så|for at|hvor|hvilket|men|fordi|når|ved at|via|i form af)\s", re.IGNORECASE)
_LEADING = re.compile(
    r"^(?:(?:desuden|derfor|dermed|herudover|samtidig|endvidere|nu|også|altså|således|blandt andet|ligesom|"
    r"i (?:[a-zæøå]+ )?\d{4}|fra \d{4}|den \d{1,2}\. \w+(?: \d{4})?|i dag|der|det|at \w+e(?=\s\w)|at|sig|ikke)\s+)+",
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


# The meeting a decision was made at, after its object: "Byrådet vedtog den nye værdighedspolitik på sit møde den 29.
# januar 2024" - when and where, as a time is, no part of what was decided ("på Byrådets temamøde", "på KKR
# Hovedstadens møde", "på det administrative dialogmøde": municipal f08, s02, f10).
_TRAILING_MEETING = re.compile(r"\s+på\s+(?:(?:sit|sine|et|det|deres|dets|[A-ZÆØÅ][\wæøå]*s)\s+)?(?:[\wæøå]+\s+)?"
                               r"[\wæøå-]*møde(?:t|r|rne)?(?:\s+(?:den|d\.)\s+\d{1,2}\.?)?$")
_TRAILING_TIME = re.compile(
    # (a date of entry into force after its "den": "fire regioner med virkning fra den 1. januar 2027")
    r"\s+(?:senest\s+)?(?:med virkning\s+)?(?:i|fra|pr\.|den|medio|ultimo|primo|i løbet af|efter|inden|senest)(?:\s+den)?"
    r"\s+(?:\d{1,2}\.\s+)?(?:\w+\s+)?\d{4}$", re.IGNORECASE)


# A span of time the event runs over or towards is when, never part of what: "KL har igangsat en
# intensiv proces frem mod foråret 2013, der skal ..." (f10), "afsat 300 mio. kroner i 2013 og frem til at
# styrke ..." (s02, s6_10). Only the durative forms are taken out wherever they stand: a bare "i 2023" inside
# a phrase may be part of a title ("Redegørelser for magtanvendelse i 2023", s01), and a phrase's closing
# date is _TRAILING_TIME's.
_TIME_POINT = (rf"(?:(?:udgangen|starten|slutningen|midten) af\s+)?(?:(?:foråret|efteråret|sommeren|vinteren|årsskiftet)\s+"
               rf"|(?:\d{{1,2}}\.\s*)?(?:{MONTH_NAME_PATTERN}\s+)?)(?:19|20)\d\d")
# A period is durative too: "i perioden 2016–2020" (the issue's own example, nlp/data/README.md), "udvalgte
# a-kasser i en 4-årig periode får ansvaret" (d07). The match starts only where a run of spaces starts, so a
# long gap is scanned once (tests/nlp/test_lineage_subjects.py).
_DURATIVE_TIME = re.compile(
    rf"(?<=\S)\s+(?:(?:frem mod|frem til|indtil|til og med)\s+{_TIME_POINT}"
    rf"|(?:i|fra|pr\.|per)\s+{_TIME_POINT}\s+og\s+frem(?:over|efter)?"
    r"|i\s+perioden\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d"
    r"|i\s+en\s+(?:\d{1,2}|to|tre|fire|fem|seks|syv|otte|ti)-?årig\s+periode)(?=[\s,.;:]|$)", re.IGNORECASE)


def without_durative_time(phrase: str) -> str:
    """"intensiv proces frem mod foråret 2013" -> "intensiv proces"; "300 mio. kr. i 2013 og frem til at
    styrke" -> "300 mio. kr. til at styrke"."""
    return _DURATIVE_TIME.sub("", phrase)


@lru_cache(maxsize=1)
def _lexicon_verbs() -> frozenset[str]:
    """The event lexicon's verbs (nlp/data/event_lexicon.csv): strong verbs among them ("nedlægge",
    "fastsætte") have no regular past the lemma table could show."""
    return frozenset(r["lemma"] for r in table_rows("nlp", "data", "event_lexicon.csv") if r["pos"] == "verb")


def _verb_lemma(lemma: str) -> bool:
    """A verb by the lemma table: the event lexicon lists it (strong verbs among them: "nedlægge",
    "fastsætte"), the table knows its weak past ("åbnede", "sænkede"), or it has a present in -r but
    neither a definite "-n" nor a plural "-rne" (nouns in -e have those: "ydelsen", "ydelserne")."""
    table = lemma_table()
    if not lemma.endswith("e"):
        return False
    if lemma in _lexicon_verbs():
        return True
    stem = lemma[:-1]
    if table.get(stem + "ede") == lemma or table.get(stem + "te") == lemma:
        return True
    return table.get(lemma + "r") == lemma and table.get(lemma + "n") != lemma and table.get(lemma + "rne") != lemma


@lru_cache(maxsize=4096)
def passive_present(word: str) -> bool:
    """A verb's present passive, the infinitive + s ("åbnes", "opdateres", "nedlægges"), told from a
    genitive of a noun in -e ("ydelses", "kommunes") by the lemma table: the lemma is a verb when the
    table knows its weak past ("åbnede", "sænkede") or the event lexicon lists it, or it has a present
    in -r but neither a definite "-n" nor a plural "-rne" (nouns)."""
    low = word.lower()
    lemma = lemma_table().get(low)
    return low.endswith("es") and lemma is not None and lemma + "s" == low and _verb_lemma(lemma)


@lru_cache(maxsize=4096)
def verb_form(word: str) -> bool:
    """An infinitive ("skabe", "udvikle") or a past participle ("gennemført", "etableret", "anvendt") of a verb."""
    low = word.lower()
    lemma = lemma_table().get(low)
    if lemma is None or not _verb_lemma(lemma):
        return False
    return low == lemma or (low.endswith("t") and low.startswith(lemma[:max(3, len(lemma) - 3)]))


# What opens a noun phrase after a verb: an article, a determiner, a quantifier or a number.
_NP_OPENERS = frozenset("en et den det de denne dette disse flere alle mange nogle".split())


def without_leading_verb(phrase: str) -> str:
    """A verb with its object is a verb phrase: "gennemført en kampagne" (aarhus referat 2025-08), "skabe flere
    pladser til korttidsparkering" (s6_06), "anvendt 1.316.000 kr. til ejendomme" (s04), "udvide en række
    eksisterende initiativer" (aarhus referat): the picker took the verb of an at- or infinitive clause, and the
    commitment is its object. Only before an article, determiner or number: a participle before a bare noun
    is an adjective of the phrase ("udvidet benchmark-rapport", d10 gold; "justeret ramme", f12 gold)."""
    words = phrase.split()
    if len(words) > 2 and verb_form(words[0]) and (words[1].lower() in _NP_OPENERS or words[1][:1].isdigit()):
        return " ".join(words[1:])
    return phrase


# A word broken over two lines, its hyphen and the break's space kept ("takst- nedsættelse", "seniorydelsesord-
# ning", "Cen- trum-Demokraterne"), not a suspended compound ("hotel- og restaurantydelser", "stof- og
# alkoholbehandling", "fleksjob- eller ...").
_BROKEN_WORD = re.compile(r"(?<=[a-zæøåA-ZÆØÅ])- (?!(?:og|eller|samt|til|som|,)\b)(?=[a-zæøå])")


def joined_broken_words(text: str) -> str:
    """"takst- nedsættelse" -> "takstnedsættelse"; "hotel- og restaurantydelser" stays."""
    return _BROKEN_WORD.sub("", text)


# A word broken at a line end whose hyphen the text keeps (pdfium's marker, extract/normalise.py:
# "lokalfor-slag", aarhus referat 2025-08; "Ravnbakke-skolen", f12): joined when the part before the hyphen is
# no word of the lemma table. A word there keeps it: "225-timers-reglen", "ghetto-aftalen" (the gold writes them
# so), "benchmark-rapport" (d10 gold), "a-kasser".
_INNER_HYPHEN = re.compile(r"(?<![\w-])(?P<left>[a-zæøå]{3,})-(?P<right>[a-zæøå]{2,})(?![\w-])")


def joined_line_breaks(phrase: str) -> str:
    """"lokalfor-slag" -> "lokalforslag"; "timers-reglen" stays."""
    def join(match: re.Match[str]) -> str:
        left, right = match.group("left"), match.group("right")
        return left + right if left not in lemma_table() else match.group(0)
    return _INNER_HYPHEN.sub(join, phrase)


_ADVERB_ENDING = re.compile(r"(?:ligt|vis|mæssigt)$", re.IGNORECASE)


def before_finite_verb(phrase: str) -> str:
    """A noun phrase ends before a finite verb: the phrase pickers take an at-clause whole ("forventes det
    at yderligere en klinik åbnes", s02; "det er intentionen, at benchmarkingmodellen opdateres halvårligt",
    seed 002), and the clause is about its subject. Only a verb closing the phrase, or followed by nothing but
    an adverb ("halvårligt", "kvartalsvis"), is cut: a genitive in -s ("en skoles elever") is followed by its
    noun; a verb with a complement states what a rule says ("at taksterne fastsættes efter antal besøg", p07's
    genre), and a passive infinitive after a modal is a duty ("fleksjob kan etableres med ned til ..."):
    both are the commitment's wording, which the conventions keep."""
    words = phrase.split()
    for i in range(1, len(words)):
        if words[i - 1].endswith(",") or words[i - 1].lower() in SUBORDINATE:
            return phrase  # the verb of a subordinate clause the phrase holds: "årsopgørelsen skal vise, hvordan skatten bruges" (f05 gold)
        if not passive_present(words[i].strip(",.;:")) or words[i - 1].lower() in MODALS:
            continue
        rest = words[i + 1:]
        if not rest or (len(rest) == 1 and _ADVERB_ENDING.search(rest[0].strip(",.;:"))):
            return " ".join(words[:i]).rstrip(" ,;:")
    return phrase


@lru_cache(maxsize=1)
def _quantifiers() -> tuple[tuple[str, ...], ...]:
    rows = table_rows("nlp", "data", "quantifier_nouns.csv")
    return tuple(sorted((tuple(r["phrase"].split()) for r in rows), key=len, reverse=True))


def without_quantifier(phrase: str) -> str:
    """"række sigtelinjer og implementeringsindikatorer" -> "sigtelinjer og implementeringsindikatorer",
    "et antal fokusområder" -> "fokusområder" (nlp/data/quantifier_nouns.csv): a noun of quantity heads
    the phrase in form only. "antallet af ledige" (a measure) and a quantifier alone stay."""
    words = phrase.split()
    start = 1 if words and words[0].lower() in ("en", "et") else 0
    low = [w.lower() for w in words]
    for quantifier in _quantifiers():
        end = start + len(quantifier)
        if tuple(low[start:end]) == quantifier and len(words) > end:
            end += 1 if low[end] == "af" and len(words) > end + 1 else 0  # "en række af tiltag"
            return " ".join(words[end:])
    return phrase


def _phrase_stop(text: str) -> re.Match[str] | None:
    """Where the phrase ends: the first stop that is no abbreviation's dot before a number ("kommuneplantillæg nr. 14",
    "ca. 200 nye pladser": danish/data/abbreviations.csv) and no comma between coordinate adjectives."""
    stop = _STOP_AFTER.search(text)
    while stop is not None and (stop.group(0) == "." and text[stop.end():].lstrip()[:1].isdigit()
                                and ABBREVIATION_END.search(text[max(0, stop.start() - 12):stop.end()])
                                or stop.group(0) == "," and between_adjectives(text, stop.start())):
        stop = _STOP_AFTER.search(text, stop.end())
    return stop


# Danish puts a comma between coordinate adjectives before their noun: "af en ny, samlet ordning for udtagning"
# (probes21 n01), "en tidligere, tværfaglig og sammenhængende indsats" (seeds 001 and 003), "et selvforsynende,
# lokalt fødevaresystem" (municipal s6_07), "et nyt, større fradrag" (municipal s12_08). The comma follows an article and one word, and
# two content words follow it (an adjective, maybe after a degree adverb, and its noun); after a noun the comma opens a
# clause instead ("et område, hvor ...", "en pulje, der ...", "et ressourceforløb, har ikke ...", a relative adverb
# of "hv-": "en frist, hvorefter patienter kan ...").
# (or the phrase's first word, its article taken off already: "ny, samlet ordning")
_ADJECTIVE_BEFORE_COMMA = re.compile(r"(?:(?:^|\s)(?i:en|et|den|det|de)\s+|^\s*)[a-zæøå]+$")
_ADJECTIVE_AND_NOUN = re.compile(r",\s+(?:(?:mere|mest|helt|særligt|endnu)\s+)?(?P<adjective>[a-zæøå]+)\s+(?P<noun>[a-zæøå-]+)\b")
# (the focusing adverbs and prepositions the query stopwords lack open no adjective: "en pulje, primært til ...")
_NO_CONTENT_WORDS = MODALS | SUBORDINATE | frozenset("inden herunder blandt primært især".split())


def between_adjectives(text: str, comma: int) -> bool:
    """The comma at `comma` stands between coordinate adjectives ("en ny, samlet ordning"): no stop of a phrase or a
    clause. Read at every comma of every phrase and clause: the words after it first (anchored), then only the few
    characters before it that an article and one word take (`^` in `search` with a start is still the text's start)."""
    after = _ADJECTIVE_AND_NOUN.match(text, comma)
    if after is None or any(w in STOPWORDS or w in _NO_CONTENT_WORDS or w.startswith("hv")
                            for w in (after.group("adjective"), after.group("noun"))):
        return False
    return bool(_ADJECTIVE_BEFORE_COMMA.search(text, max(0, comma - _ARTICLE_AND_WORD), comma)) \
        and not _verb_form(after.group("adjective"))


_ARTICLE_AND_WORD = 80  # characters: an article, a space and a word


def _verb_form(word: str) -> bool:
    """A present or an s-passive by the lemma table ("gøres" of gøre, "indfører" of indføre): after a noun and its comma
    the main clause goes on ("som en forsøgsordning, gøres permanent", probes21 n03), no adjective."""
    lemma = lemma_table().get(word) or ""
    return s_passive(word, lemma, short=True) or (lemma.endswith("e") and word == lemma + "r")


def after_cue(clause_tail: str) -> str:
    """The noun phrase right after a cue verb, up to a relative clause or punctuation."""
    tail = _LEADING.sub("", clause_tail.strip().lstrip(",;: "))
    stop = _phrase_stop(" " + tail + " ")
    if stop and stop.group(0).startswith(":") and len(tail[:stop.start()].split()) <= 3:
        rest = tail[stop.end():]  # "en ny måling: Antal og andel ..." names the thing after the colon
        more = _phrase_stop(" " + rest + " ")
        tail = tail[:stop.start() - 1] + " " + (rest[:max(0, more.start() - 1)] if more else rest)
    elif stop:
        tail = tail[:max(0, stop.start() - 1)]
    tail = _TRAILING_TIME.sub("", _tidy(_ARTICLE.sub("", without_durative_time(tail))))
    tail = _TRAILING_MEETING.sub("", tail)
    tail = before_finite_verb(tail)
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
    return before_finite_verb(_tidy(_ARTICLE.sub("", without_durative_time(head))))


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
    for match in _agent_mentions(sentence):
        if _NOT_AGENT.search(sentence[max(0, match.start() - 9):match.start()]) and not (
                _GROUP.match(match.group(0)) and re.search(r"\bi\s+$", sentence[max(0, match.start() - 3):match.start()])):
            continue
        if match.start() < cue_start:
            best = match
        elif best is None and match.start() - cue_start < 40 and not re.search(r"[,;:]", sentence[cue_start:match.start()]):
            # (V2: "vedtog byrådet"; past a comma the agent is another clause's: "lempet, så jobcentret selv kan ...")
            best = match
            break
    return expand_abbreviation(_tidy(best.group(0))) if best else None


def _agent_mentions(sentence: str) -> list[re.Match[str]]:
    """The gazetteer's agents in the sentence, and the parties it names that the tables do not know, by the shape of
    their names ("Borgernes Parti", danish/party_shape.py), in the order they stand."""
    found = list(actor_pattern().finditer(sentence))
    shaped = shaped_parties_in(sentence)
    if shaped:
        names = "|".join(re.escape(n) for n in sorted(shaped, key=len, reverse=True))
        found = sorted([*found, *re.finditer(rf"(?<![\w-])(?:{names})(?![\w-])", sentence)], key=lambda m: m.start())
    return found


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, str]:
    return {e.abbrev: e.name for kind in ("organisation", "ministry") for e in entries(kind)
            if e.abbrev and e.abbrev != e.name}


def expand_abbreviation(name: str) -> str:
    """"STAR" -> "Styrelsen for Arbejdsmarked og Rekruttering (STAR)": the linker's canonical
    name with the form the text used."""
    full = _abbreviations().get(name)
    return f"{full} ({name})" if full else name
