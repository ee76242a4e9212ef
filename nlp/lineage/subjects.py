"""What a lineage event is about (its commitment) and who decided it (its agent), from the
grammar of the Danish noun phrase.

The project's pipeline has no tagger or parser (nlp/pipeline.py: a blank Danish pipeline with
lemmas; no Danish model can be had offline), so the noun phrase is read from the closed word
classes of Danish and from the head noun, which Danish compounds put last:

- a commitment is a noun phrase: no line-break hyphen (also one the text keeps inside a word,
  "lokalfor-slag"), no leading article or time phrase ("i 2013", "pr. 1. juli 2019", "i foråret"),
  no trailing date or durative time ("frem mod foråret 2013", "i 2013 og frem"), no noun of quantity
  before its head ("en række sigtelinjer"), no verb before its object ("gennemført en kampagne"), and
  no finite verb of a main clause ("takstnedsættelse skulle ske i dialog med ..." is a clause about
  "takstnedsættelse"; "klinik åbnes" one about "klinik");
- an agent is a phrase whose head noun is an agent head of nlp/data/agent_heads.csv (councils,
  committees, ministers, ministries, agencies, the government, the Folketing, forligskredse,
  municipal departments) in its definite form or under a proper name ("Ballerup Kommune"),
  never a text (notat, rapport, aftaletekst, lovforslag, bilag ...);
- a genitive agent owns what it decided: "regeringens sundhedsudspil", "KL's 5 indsatsområder",
  "i forlængelse af byrådets beslutning".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from danish._data import table_rows
from danish.dates import MONTH_NAME_PATTERN as _MONTHS
from danish.words import CONCEPT_STOPWORDS

from ..lemma_table import lemma_table
from ..phrases import (actor_pattern, after_cue, before_finite_verb, joined_line_breaks, without_durative_time, without_leading_verb,
                       without_quantifier)
from . import actors  # each module reads the other's functions at call time


@dataclass(frozen=True)
class AgentHead:
    head: str  # indefinite singular, lowercase: the end of a compound ("udvalg")
    kind: str  # council, committee, office, ministry, agency, government, parliament, circle, department, municipality, text, agreement
    named: bool  # an agent only under a proper name ("Ballerup Kommune"), not as a common noun ("kommunerne")
    example: str
    attested_by: tuple[str, ...]

    @property
    def is_text(self) -> bool:
        return self.kind == "text"

    @property
    def is_agreement(self) -> bool:
        return self.kind == "agreement"


@lru_cache(maxsize=1)
def agent_heads() -> tuple[AgentHead, ...]:
    rows = table_rows("nlp", "data", "agent_heads.csv")
    heads = tuple(AgentHead(r["head"], r["kind"], r["named"] == "yes", r["example"],
                            tuple(a for a in r["attested_by"].split(";") if a)) for r in rows)
    return tuple(sorted(heads, key=lambda h: len(h.head), reverse=True))  # "byråd" before "råd"


#: The definite endings of a Danish noun in a rule over text ("ordningen", "tilbuddet", "reglerne").
DEFINITE_ENDING = "(?:en|et|ne)"
# Definite endings of Danish nouns (singular -en/-et/-n/-t, plural -ne/-erne/-ene), and of the
# Latin -ium nouns ("ministeriet", "ministerierne") and -er nouns that drop their e ("centret").
_DEFINITE = ("erne", "ene", "rne", "en", "et", "ne", "n", "t")
_INDEFINITE = ("er", "e", "r", "")


def _forms(head: str) -> dict[str, bool]:
    """Every inflected form of a head noun -> whether it is definite."""
    forms = {head + ending: False for ending in _INDEFINITE}
    forms.update({head + ending: True for ending in _DEFINITE})
    if head.endswith("ium"):
        stem = head[:-2]
        forms.update({stem + "er": False, stem + "et": True, stem + "erne": True})
    if head.endswith("er"):
        forms[head[:-2] + "ret"] = True  # "centret"
        forms[head[:-2] + "re"] = False
    return forms


@lru_cache(maxsize=1)
def _form_table() -> tuple[tuple[str, AgentHead, bool], ...]:
    table = [(form, h, definite) for h in agent_heads() for form, definite in _forms(h.head).items()]
    return tuple(sorted(table, key=lambda t: len(t[0]), reverse=True))


@lru_cache(maxsize=4096)
def head_noun(word: str) -> tuple[AgentHead, bool] | None:
    """The agent head a word ends in, and whether the word is definite: "Forebyggelsesudvalget"
    -> (udvalg, True). A compound's first part must leave at least three letters
    ("Kulturafdelingen"), so "råd" alone is "råd" and "forråd" is not."""
    low = word.lower().strip(".,;:()")
    for form, head, definite in _form_table():
        if low == form or (low.endswith(form) and len(low) - len(form) >= 3):
            return head, definite
    return None


# What ends the head of a phrase: a preposition opening its complement ("Center for Social ...",
# "forligskredsen bag reformen", "rådmanden for Børn og Unge"), a comma, a parenthesis.
_COMPLEMENT = re.compile(r"\s+(?:for|bag|i|under|med|om|på|til|af|fra|ved)\s|\s*[,(]")
_PROPER = re.compile(r"^[A-ZÆØÅ][\wæøå'’-]*$")


def _head_segment(phrase: str) -> list[str]:
    cut = _COMPLEMENT.search(" " + phrase + " ")
    segment = (" " + phrase + " ")[:cut.start()] if cut else phrase
    return segment.split()


_DETERMINERS = frozenset("den det de en et denne dette disse alle begge hele samlede nye og".split())


def _premodifier(word: str) -> bool:
    """What may stand before a head noun: a determiner, a number, a genitive ("ejerkommuners"), a
    name ("Ballerup"), an adjective in -e or -t, a suspended compound ("Sundheds-"). Not a verb."""
    low = word.lower()
    if low in _FINITE_AUX or low in _MODALS or low in _SUBORDINATE:
        return False
    return low in _DETERMINERS or low[:1].isdigit() or low.endswith(("s", "-", "e", "t")) or bool(_PROPER.match(word))


def agent_head(phrase: str) -> AgentHead | None:
    """The agent head of a phrase, when the phrase can name a decider: the head definite
    ("byrådet", "Kulturafdelingen") or part of a proper name ("Ballerup Kommune", "KKR
    Hovedstaden"); an indefinite common noun ("et udvalg", "kommuner") names nobody."""
    words = _head_segment(phrase.strip())
    if not words:
        return None
    for i in range(len(words) - 1, -1, -1):  # the head is the last word, or a name's first ("KKR Hovedstaden")
        found = head_noun(words[i])
        if found is None:
            continue
        head, definite = found
        if not all(_premodifier(w) for w in words[:i]):
            return None  # "Derfor har Styrelsen ...": a clause, not a noun phrase
        others = words[:i] + words[i + 1:]
        named = any(_PROPER.match(w) and not w.isupper() or w.isupper() for w in others)
        if head.named:
            return head if named and (i == len(words) - 1 or words[i].isupper()) else None
        if i != len(words) - 1 and not words[i].isupper():
            return None  # a modifier before the head ("udvalgets formand") is not the head
        # a capitalised head inside a phrase is a name ("Center for Social, Sundhed og Beskæftigelse",
        # "de 6 ejerkommuners Byråd")
        # "det samlede byråd": Danish marks a noun with an adjective definite by the article before it
        definite = definite or any(w.lower() in ("den", "det", "de") for w in words[:i])
        return head if definite or named or words[i].isupper() or _PROPER.match(words[i]) else None
    return None


def is_agent(phrase: str | None) -> bool:
    head = agent_head(phrase) if phrase else None
    return head is not None and not head.is_text and not head.is_agreement


_FORUM = re.compile(r"^(?:i|på|ved)\s+(?P<forum>.+)$", re.IGNORECASE)


def names_a_forum(phrase: str) -> bool:
    """A prepositional phrase is where or when, not a commitment ("i Danmark", "til det bedre", "ved dansk
    lovgivning", "i det omfang": a party programme's adverbials, issue 15's "no prepositions"), except the
    forum a plan is to be taken up in, which is an agent ("vil blive drøftet i forligskredsen bag reformen",
    seed 004)."""
    forum = _FORUM.match(phrase.strip())
    return forum is not None and is_agent(forum.group("forum"))


_PREPOSITION_OPENING = re.compile(r"^(?:i|ved|på|med|fra|for|gennem|inden for|under)\s", re.IGNORECASE)
# The end of the logical subject after the verb: punctuation, a relative or subordinate clause, "så".
_NP_END = re.compile(r"[,.;:]|\s(?:som|der|hvor|så|hvis|når|fordi|mens)\s")


def existential_subject(subject: str, text: str) -> str:
    """In an existential passive the logical subject follows the verb, also when an adverbial stands
    between "der" and the verb ("at der i Danmark indføres en forsøgsordning med lægeordineret heroin",
    "at der ved lovgivningen fastlægges normer for fysisk belastning", DF's programme; cf. "Derfor indføres
    der en skærpet opfølgning", d10): a phrase picker that took the adverbial is given the noun phrase."""
    if not _PREPOSITION_OPENING.match(subject):
        return subject
    flat = " ".join(text.split())
    m = re.search(r"\bder\s+" + re.escape(" ".join(subject.split())) + r"\s+[a-zæøå]{3,}es\s+(?P<rest>.+)", flat)
    if not m:
        return subject
    rest = m.group("rest")
    end = _NP_END.search(rest)
    phrase = commitment_phrase(rest[:end.start()] if end else rest)
    return phrase if phrase and not _PREPOSITION_OPENING.match(phrase) else subject


def is_text(phrase: str | None) -> bool:
    """A text is where a decision is written, not who made it (issue 15: "aftaleteksten til
    reformen" as an actor is wrong)."""
    if not phrase:
        return False
    words = _head_segment(phrase.strip())
    found = head_noun(words[-1]) if words else None
    return found is not None and found[0].is_text


# Nouns of deciding and proposing whose genitive names who decided ("i forlængelse af byrådets
# beslutning", f09 and f14; "ministerens forslag til fem mål", d03; "regeringens sundhedsudspil",
# f10; "Magistratens foranstående indstilling", f12). A compound ends in them ("sundhedsudspil").
_DECISION_NOUNS = ("beslutning", "indstilling", "vedtagelse", "godkendelse")
# A bill is the government's proposal to the Folketing, which decides it ("Folketinget vedtog regeringens
# lovforslag"; p14: the Folketing adopted L 67): its owner did not decide.
_BILL = ("lovforslag", "lovforslaget")
_POSSESSIVE = re.compile(r"^(?P<base>[\wæøå-]+?)(?:['’]s|s)$")


def _owner(words: list[str], i: int) -> str | None:
    """The agent a genitive at words[i] names, as written without its "s" ("Byrådets" ->
    "Byrådet"), with the name before it ("Syddjurs Kommunes" -> "Syddjurs Kommune")."""
    m = _POSSESSIVE.match(words[i].strip(",.;:()"))
    if not m:
        return None
    base = m.group("base")
    named = [words[i - 1]] if i and _PROPER.match(words[i - 1]) else []
    for candidate in (" ".join(named + [base]), base):
        if is_agent(candidate) or actor_pattern().fullmatch(candidate):
            return candidate
    return None


# Meetings whose genitive names the body that met ("I forbindelse med Kommunalbestyrelsens budgetseminar
# ... blev det godkendt", f03; "Papiret fremlægges til godkendelse på KKR Hovedstadens møde", f08): the
# decider of a passive that names no agent. Weaker than a decision: who spoke at the meeting may be named.
_MEETING_NOUNS = ("møde", "mødet", "møder", "seminar")


def meeting_owner(text: str) -> str | None:
    """The body whose meeting the text names ("på KKR Hovedstadens møde" -> "KKR Hovedstaden"), or None."""
    return _owner_of(text, _MEETING_NOUNS)


def decision_owner(text: str) -> str | None:
    """The agent whose decision the text refers to ("i forlængelse af Byrådets beslutning" ->
    "Byrådet"; one adjective may stand between: "Magistratens foranstående indstilling"), or None.
    A proposal ("regeringens udspil til handlingsplan", a kommune's referat) is not a decision: who
    acts on it decides."""
    return _owner_of(text, _DECISION_NOUNS)


def _owner_of(text: str, nouns: tuple[str, ...]) -> str | None:
    """The first agent in the genitive before one of `nouns` (one word may stand between)."""
    words = text.split()
    for i, word in enumerate(words[:-1]):
        following = [w.lower().strip(",.;:()") for w in words[i + 1:i + 3]]
        if any(n.endswith(nouns) and not n.endswith(_BILL) for n in following):
            owner = _owner(words, i)
            if owner:
                return owner
    return None


def whole_body(actor: str | None, text: str) -> str | None:
    """A body named with a coordinated complement is named whole: the clause splitter cuts "Udvalget for
    Plan, udvikling og kultur" (f14) at its comma, leaving "Udvalget for Plan"."""
    if not actor or " for " not in actor:
        return actor
    m = re.search(re.escape(actor) + r"(?P<rest>(?:,\s+[\wæøå-]+){1,3}\s+og\s+[\wæøå-]+)\b", text)
    return actor + m.group("rest") if m else actor


def unbroken(phrase: str | None, text: str) -> str | None:
    """A phrase that ends in a word broken over two lines is finished from the text ("... Kristen-Demokraterne
    og Cen-" + "trum-Demokraterne", d12; the issue's "no line-break hyphens"): the record joins the halves."""
    if not phrase or not re.search(r"[A-Za-zæøåÆØÅ]-$", phrase):
        return phrase
    m = re.search(re.escape(phrase) + r"\s+(?P<rest>[a-zæøå][\wæøå-]*)", text)
    return f"{phrase} {m.group('rest')}" if m else phrase


def possessor_agent(subject: str) -> str | None:
    """The agent a commitment belongs to when the subject opens with its genitive:
    "regeringens sundhedsudspil" -> "regeringen", "KL's 5 indsatsområder" -> "KL"."""
    words = subject.split()[:3]
    for i in range(min(2, len(words) - 1)):
        owner = _owner(words, i)
        if owner:
            return owner
    return None


# ---- the commitment's noun phrase ----

# A word broken over two lines ("takst- nedsættelse"), not a suspended compound ("hotel- og
# restaurantydelser", "stof- og alkoholbehandling").
_BROKEN_WORD = re.compile(r"(?<=[a-zæøåA-ZÆØÅ])- (?!(?:og|eller|samt|til|som|,)\b)(?=[a-zæøå])")
# Articles open a noun phrase but are no part of what a journalist traces; kept before a capital
# (a title: "Det Nære Sundhedsvæsen").
_ARTICLE = re.compile(r"^(?:den|det|de|en|et)\s+(?=(?-i:[a-zæøå0-9]))(?!(?:er|var|blev|bliver|har|havde|skal|vil|kan|må)\b)",
                      re.IGNORECASE)
_SEASON = r"(?:foråret|efteråret|sommeren|vinteren|år|dag|løbet af \w+)"
_DATE = rf"(?:\d{{1,2}}\.\s*)?(?:{_MONTHS}\s+)?(?:19|20)\d\d"
# A time phrase opening the subject: "i 2013 ...", "pr. 1. juli 2019 ...", "i foråret ...", "nu ...".
_LEADING_TIME = re.compile(
    rf"^(?:(?:fra og med|med virkning fra|i|fra|pr\.|per|siden|inden|den|d\.)\s+{_DATE}|i\s+{_SEASON}|nu)\s+", re.IGNORECASE)
# A date closing it: "... i 2013", "... fra 1. januar 2020", "... Juni" (a month left from a table).
_TRAILING_TIME = re.compile(
    rf"\s+(?:(?:fra og med|med virkning fra|i|fra|pr\.|per|siden|inden|den|d\.)\s+{_DATE}|(?:i\s+|fra\s+)?{_MONTHS})$",
    re.IGNORECASE)
# The finite auxiliaries of tense and voice: after a noun phrase and outside a subordinate clause, one
# makes the phrase a main clause about the noun phrase ("velfungerende virksomheder har hidtil været
# grundlag for ...", LA's programme). A modal with its infinitive is a duty whose wording is the
# commitment ("årsopgørelsen skal vise, hvordan skatteindbetalingerne bruges", f05 gold; "boligstøtten
# ikke må kompensere", p02 gold) and is kept, unless nothing follows it (a picker's leftover "... skal").
FINITE_AUX: frozenset[str] = frozenset("er var blev bliver har havde".split())
#: The same words as a regex alternation, for rules that match text.
FINITE_AUX_PATTERN = "(?:" + "|".join(sorted(FINITE_AUX)) + ")"
_FINITE_AUX = FINITE_AUX
_MODALS = frozenset("skal skulle vil ville kan kunne må bør".split())
# What opens a subordinate clause inside a phrase: a verb after these is the clause's, not the phrase's
# ("fokusområder, hvor kommunerne skal fremvise resultater").
_SUBORDINATE = frozenset("der som hvor at hvis når om hvordan hvorvidt fordi da så".split())
# A negated duty is a rule whose whole wording is the commitment ("boligstøtten ikke må kompensere for
# visse nedsættelser", p02; "Der betales ikke arbejdsmarkedsbidrag af ...", f05): kept as written.
_NEGATION = frozenset("ikke ingen aldrig".split())
_PRONOUNS = frozenset("det den de der dette denne disse man vi han hun jeg du i".split())


def without_clause(phrase: str) -> str:
    """The noun phrase of a clause the phrase pickers left whole: up to its finite verb, unless the
    verb is a subordinate clause's or nothing but a pronoun stands before it."""
    words = phrase.split()
    for i, word in enumerate(words):
        bare = word.lower().strip(",.;:")
        if bare in _SUBORDINATE or bare in _NEGATION or word.endswith(","):
            return phrase
        if i > 0 and (bare in _FINITE_AUX or (bare in _MODALS and i == len(words) - 1)):
            before = words[:i]
            if len(before) == 1 and before[0].lower() in _PRONOUNS:
                return phrase
            return " ".join(before)
    return phrase


def commitment_phrase(subject: str) -> str:
    """The subject as a clean noun phrase: line-break hyphens joined, a leading article, a leading
    or closing time phrase and a main clause's verb phrase taken off. A phrase that is nothing but
    a time comes back empty (no commitment)."""
    phrase = _deictic_definite(joined_line_breaks(_BROKEN_WORD.sub("", " ".join(subject.split()))))
    phrase = without_leading_verb(phrase)  # "gennemført en kampagne": a verb phrase's object
    for _ in range(3):
        before = phrase
        phrase = _ARTICLE.sub("", _LEADING_TIME.sub("", phrase))
        if phrase == before:
            break
    phrase = _TRAILING_TIME.sub("", without_durative_time(phrase))  # "frem mod foråret 2013", "i 2013 og frem"
    phrase = without_quantifier(_PROPOSAL.sub("", phrase))  # "en række sigtelinjer": nlp/data/quantifier_nouns.csv
    if _ONLY_TIME.fullmatch(phrase) or _TIME_NOUN.fullmatch(phrase):
        return ""
    return _balanced(_without_dangling_end(before_finite_verb(without_clause(phrase)).strip(" ,;:")))


@lru_cache(maxsize=1)
def complex_prepositions() -> tuple[tuple[str, ...], ...]:
    """Prepositions of several words, as word tuples (nlp/data/complex_prepositions.csv)."""
    return tuple(tuple(r["phrase"].split()) for r in table_rows("nlp", "data", "complex_prepositions.csv"))


def _without_dangling_end(phrase: str) -> str:
    """A noun phrase ends in a noun, an adjective, a number or a name, never in a preposition, conjunction,
    article, modal or "at" (danish/data/stopwords.csv, column concepts): a phrase picker's cap or a line end
    cut it ("ansvaret for kontaktforløbet for dagpengemodtagere i", d07; "... fordelt på planlagte", s04).
    A cut multi-word preposition goes whole ("... i december med henblik", s04; "... tilbud i forhold til",
    f03)."""
    words = phrase.split()
    low = [w.lower().strip(",;:") for w in words]
    end = len(words)  # words[:end] is kept: trimmed from the end, each word looked at once or twice
    while end > 1:
        if low[end - 1] in CONCEPT_STOPWORDS:
            end -= 1
            continue
        cut = next((n for c in complex_prepositions() for n in range(len(c) - 1, 0, -1)
                    if end > n and tuple(low[end - n:end]) == c[:n]), 0)
        if not cut:
            break
        end -= cut
    return " ".join(words[:end]).rstrip(" ,;:")


@lru_cache(maxsize=1)
def deictic_adjectives() -> frozenset[str]:
    """Adjectives that only point in time at a thing named (nlp/data/deictic_adjectives.csv)."""
    return frozenset(r["word"] for r in table_rows("nlp", "data", "deictic_adjectives.csv"))


# The endings of the definite singular after the article's gender ("den" common, "det" neuter), and
# of the plural ("de"), for a noun ending in a consonant and in -e ("ordning" -> "ordningen", "ydelse"
# -> "ydelsen", "system" -> "systemet", "regler" -> "reglerne").
_DEFINITE_BY_ARTICLE: dict[str, tuple[str, str]] = {"den": ("en", "n"), "det": ("et", "t"), "de": ("ne", "ne")}
# What may follow the noun in its phrase: a complement's preposition ("ungesats i kontanthjælpssystemet").
_COMPLEMENT_WORDS = frozenset("i for til af om på med fra ved under bag".split())


def _deictic_definite(phrase: str) -> str:
    """"den tidligere seniorydelsesordning" -> "seniorydelsesordningen", "Den nuværende ungesats i
    kontanthjælpssystemet" -> "ungesatsen i kontanthjælpssystemet" (d12 and s10 gold): with the article, an
    adjective that only points in time names the thing as its definite noun does. The phrase pickers may
    have taken the article ("erstattede den tidligere seniorydelsesord- ning" gives "tidligere ..."): the
    noun's gender is then the lemma table's. Only a lone noun after it: "Den nuværende fælles ledelse af
    ..." stays (f12 gold)."""
    words = phrase.split(" ")
    article = words[0].lower() if words[0].lower() in _DEFINITE_BY_ARTICLE else None
    words = words[1:] if article else words
    if len(words) < 2 or words[0].lower() not in deictic_adjectives():
        return phrase
    noun = words[1].rstrip(",")
    if not noun.isalpha() or not noun.islower() or (len(words) > 2 and words[2].lower() not in _COMPLEMENT_WORDS
                                                  and not words[1].endswith(",")):
        return phrase
    definite = _definite(noun, article)
    return " ".join([definite + words[1][len(noun):]] + words[2:]) if definite else phrase


def _definite(noun: str, article: str | None) -> str | None:
    """The definite form of a noun of the article's gender: from the lemma table where it knows the
    noun or a compound's last part (a doubled consonant: "model" -> "modellen"), else by the ending;
    without an article, only the table's."""
    if article == "de":  # a plural in -e/-er takes -ne ("regler" -> "reglerne"); another ("forsøg") is not read
        return noun + "ne" if noun.endswith(("e", "er")) else None
    genders = [_DEFINITE_BY_ARTICLE[article]] if article else [_DEFINITE_BY_ARTICLE["den"], _DEFINITE_BY_ARTICLE["det"]]
    table = lemma_table()
    for cut in range(len(noun) - 3 + 1):
        part = noun[cut:]
        if table.get(part) != part:
            continue
        for after_consonant, after_e in genders:
            endings = (after_e,) if part.endswith("e") else (after_consonant, part[-1] + after_consonant)
            for ending in endings:
                if table.get(part + ending) == part:
                    return noun[:cut] + part + ending
    if not article:
        return None
    after_consonant, after_e = genders[0]
    return noun + (after_e if noun.endswith("e") else after_consonant)


# What a proposal proposes is the commitment: "tilsluttede sig ministerens forslag til fem mål" (d03 gold:
# "fem beskæftigelsespolitiske mål for 2018"), "Forslag om udvidelse af retten til skoleskift" (f12 gold: "retten
# til skoleskift ... udvides"). A bill ("lovforslag", "Forslag til lov om ...") is named by its title as it is.
_PROPOSAL = re.compile(r"^(?:[\wæøå'’-]+s\s+)?forslag(?:et)?\s+(?:til|om)\s+(?!at\b|lov\b|finanslov\b)", re.IGNORECASE)


# How far a title in quotation marks may run: a name, not a paragraph.
_TITLE_CHARS = 120
_SENTENCE_END = ".;:!?"


def whole_title(subject: str, evidence: str) -> str:
    """A title in quotation marks is one name: a phrase picker that stopped inside it (at "som", a comma)
    is given the rest up to the closing mark: "projektet ”Aarhus" -> "projektet ”Aarhus som europæisk
    kulturhovedstad 2017”" (f09 gold: "projektet "Aarhus som europæisk kulturhovedstad 2017""); "udspillet
    ”Det Nære Sundhedsvæsen" (f08, f10) gets its close."""
    phrase = " ".join(subject.split())
    if sum(phrase.count(q) for q in _QUOTES) % 2 == 0:
        return subject
    flat = " ".join(evidence.split())
    at = flat.find(phrase)
    if at < 0:
        return subject
    end = at + len(phrase)
    rest = flat[end:end + _TITLE_CHARS]
    close = next((i for i, c in enumerate(rest) if c in _QUOTES), -1)
    if close < 0 or any(c in _SENTENCE_END for c in rest[:close]):
        return subject
    return phrase + rest[:close + 1]


# A quotation mark or parenthesis the phrase pickers cut before its close ("udspillet ”Det Nære
# Sundhedsvæsen", f08 and f10) is taken off: the title's words stay.
_QUOTES = "\"”“«»"


def _balanced(phrase: str) -> str:
    if sum(phrase.count(q) for q in _QUOTES) % 2:
        phrase = re.sub(rf"\s[{_QUOTES}](?=\w)|[{_QUOTES}]$", lambda m: " " if m.group(0).startswith(" ") else "", phrase, count=1)
    if phrase.count("(") > phrase.count(")"):
        phrase = re.sub(r"\s*\([^()]*$", "", phrase)
    return phrase.strip()


def with_infinitive_head(subject: str, clause: str) -> str:
    """A noun with an infinitive complement is one noun phrase ("Fristen for at søge et skoleskift
    til Ravnbakkeskolen fastlægges af Børn og Unge", f12; "ret til at overføre et uudnyttet
    topskattefradrag", f05): when the clause splitter left only the infinitive's phrase, the noun
    that opens the clause is put back."""
    m = _INFINITIVE_HEAD.match(clause.lstrip())
    if not m or not subject or not clause.lstrip()[m.end():].startswith(subject):
        return _governing_noun(subject, clause)
    return m.group(0) + subject


def _governing_noun(subject: str, clause: str) -> str:
    """The definite noun an infinitive complement belongs to, inside a clause as at its opening: "Det betyder, at
    metoden til at opgøre scope 1 og 2's CO2e udledninger ... ændres" (s06 gold: the method, "klimaregnskabsmetode
    (opgørelse af ...)"), where the picker left "opgøre scope 1 ..."."""
    flat = " ".join(clause.split())
    at = flat.find(" " + subject) if subject else -1
    before = flat[:at].split()[-3:] if at > 0 else []
    if len(before) < 3 or before[1].lower() not in ("til", "for") or before[2].lower() != "at":
        return subject
    noun = before[0]
    low = noun.lower()
    if not noun.isalpha() or not low.endswith(_DEFINITE_SUFFIXES) or len(low) < 5 or low in _PRONOUNS \
            or low in _DETERMINERS or active_finite(low):
        return subject
    return " ".join(before) + " " + subject


_DEFINITE_SUFFIXES = ("en", "et", "ne")  # a definite noun: "metoden", "retten", "muligheden", "ordningerne"


# The noun opening a clause and its infinitive complement's "for at" / "til at" ("Fristen for at",
# "Retten til at", "Muligheden for at"): a definite or capitalised noun, never a pronoun.
_INFINITIVE_HEAD = re.compile(r"^(?!(?:Det|Den|Der|De|Dette|Denne)\s)[A-ZÆØÅ][a-zæøå-]+" + DEFINITE_ENDING + r"\s+(?:for|til)\s+at\s+")
# A time noun alone, or with a pronominal adverb pointing back ("Tidspunkt herfor fastlægges på det
# ordinære PUK-møde", f14; "Perioden bliver også ændret", p02): when, not what. A compound names a
# commitment ("revurderingstidspunktet", p18) and so does a complement ("fristen for opfølgning").
_TIME_NOUN = re.compile(r"(?:tidspunkt(?:et)?|dato(?:en)?|perioden?)(?:\s+(?:her|der)(?:for|til|af|om|på))?", re.IGNORECASE)


_ONLY_TIME = re.compile(rf"(?:(?:fra og med|i|fra|pr\.|per|siden|inden|den|d\.)\s+)?(?:{_DATE}|{_SEASON}|{_MONTHS})",
                        re.IGNORECASE)


def noun_phrases(subject: str, actor: str | None, evidence: str, text: str) -> tuple[str, str | None]:
    """An event's subject as a clean noun phrase and its actor an agent (issue 15), from the phrase the
    pickers took, the agent its clause named, its evidence and the document."""
    subject = commitment_phrase(with_infinitive_head(whole_title(subject, evidence), evidence))
    subject = existential_subject(subject, evidence)
    if actor is None:
        split = agent_clause(subject, evidence)
        if split:
            actor, subject = split
    actor = event_actor(actor, subject, evidence, text)
    return subject, " ".join(actor.split()) if actor else None  # a body named over a line break is one phrase


# The longest agent name read before a verb: "Udvalget for Plan, udvikling og kultur" is seven words.
_AGENT_WORDS = 10
_NOT_FINITE_VERBS = FINITE_AUX | _MODALS | frozenset("blive bliver vil ville".split())


def active_finite(word: str) -> bool:
    """A verb in the present or past active, by the lemma table: "påbegynder", "godkender", "besluttede",
    "indførte", "vedtog"; not a participle ("indført", "arbejdet"), a passive ("nedlægges"), an auxiliary or a
    modal, nor a noun ("udvalget")."""
    low = word.lower()
    if low in _NOT_FINITE_VERBS or low.endswith("s"):
        return False
    lemma = lemma_table().get(low)
    if not lemma or lemma == low or not lemma.endswith("e"):
        return False
    stem = lemma[:-1]
    return low in (lemma + "r", stem + "ede", stem + "te") or not low.endswith(("t", "n", "ne", "e", "r"))


def agent_clause(subject: str, evidence: str) -> tuple[str, str] | None:
    """A subject that names an agent opening an active clause is its actor, and the clause's object the
    commitment (the conventions: the subject names the commitment, the actor who decided; in a main clause
    the agent stands before the finite verb): "Direktøren indstiller, at Udvalget for Plan, udvikling og
    kultur påbegynder arbejdet med formulering af mål og handlinger for KULTURKOMMUNEN 2017" (f14 gold:
    actor the committee), "byrådet godkender, at ..." (f12). An agent that is what a passive or a
    modal tells of stays the subject ("Skatteministeriet skal nedlægges", f05)."""
    words = subject.split()
    agent_end = next((i for i in range(1, min(len(words), _AGENT_WORDS + 1)) if active_finite(words[i])
                      and (is_agent(" ".join(words[:i])) or actor_pattern().fullmatch(" ".join(words[:i])))), None)
    if agent_end is not None:  # the picker left the clause whole: "Økonomiudvalget påbegynder arbejdet ..."
        agent, rest = " ".join(words[:agent_end]), " ".join(words[agent_end + 1:])
    elif is_agent(subject) or actor_pattern().fullmatch(subject):  # the picker left the agent only
        flat = " ".join(evidence.split())
        agent = whole_body(subject, flat) or subject
        at = flat.find(agent + " ")
        after = flat[at + len(agent) + 1:].split(" ", 1) if at >= 0 else []
        if len(after) < 2 or not active_finite(after[0]):
            return None
        rest = after[1]
    else:
        before = _agent_before_verb(subject, " ".join(evidence.split()))
        return (before, subject) if before else None
    what = commitment_phrase(after_cue(rest))
    return (agent, what) if what and not is_agent(what) and not active_finite(what.split()[0]) else None


def _agent_before_verb(subject: str, flat: str) -> str | None:
    """The agent before the active verb whose object the subject is: "..., at Økonomiudvalget igangsætter
    en analyse af ældreområdet" -> "Økonomiudvalget" (back to "at", the longest agent phrase)."""
    at = flat.find(subject)
    end = at + len(subject)
    if at <= 0 or (end < len(flat) and flat[end].isalnum()):
        return None  # not the word itself ("strukturreformen" in "strukturreformens")
    before = flat[:at].split()[-(_AGENT_WORDS + 3):]
    while before and before[-1].lower() in _DETERMINERS:
        before.pop()  # "igangsætter en analyse": the article the picker took off
    if len(before) < 2 or before[-1].lower() in CONCEPT_STOPWORDS or not active_finite(before[-1]):
        return None  # a preposition is no verb ("ved" is also "knows")
    before.pop()
    for i in range(len(before)):
        words = before[i:]
        if words[0].lower() in _SUBORDINATE:
            continue
        phrase = " ".join(words).strip(" ,")
        # a comma belongs to the agent's name only inside its coordinated complement ("Udvalget for Klima,
        # natur og miljø"), not after it ("Ballerup Kommune, siden udbydelsen")
        if "," in phrase and whole_body(phrase.split(",")[0], phrase) != phrase:
            continue
        if is_agent(phrase) or actor_pattern().fullmatch(phrase):
            return phrase
    return None


def event_actor(actor: str | None, subject: str, evidence: str, text: str) -> str | None:
    """Who decided an event, from the agent its clause named (`actor`), its subject, its evidence and the
    document: who decided before who carried it out ("Kulturafdelingen har i forlængelse af Byrådets
    beslutning lagt en plan", f14; "I forlængelse af byrådets beslutning af juni 2011 udnyttes synergien",
    f09), never a text; a body named whole and unbroken; else the owner of the subject ("regeringens
    sundhedsudspil") or the body whose meeting the evidence names."""
    actor = decision_owner(evidence) or (None if is_text(actor) or actors.entered_by_its_parties(actor, subject) else actor)
    return unbroken(whole_body(actor, evidence), evidence) or possessor_agent(subject) or meeting_owner(evidence) \
        or relative_agreement(subject, evidence) or document_owner(subject, text)


_RELATIVE_WHERE = ", hvor "


def relative_agreement(subject: str, evidence: str) -> str | None:
    """The agreement or reform a relative clause tells a decision of: "at indgå i kommunalreformen, hvor amterne
    blev afskaffet og ... regionerne overtog sygehusdriften" (f06 gold: actor "kommunalreformen" for each), as
    the gold names the agreement a decision is told within ("Med aftalen om en forenklet beskæftigelsesindsats
    er det besluttet", d07; "i aftalen om en ny beskæftigelsesindsats iværksættes", p28). The subject is told
    after the "hvor"."""
    flat = " ".join(evidence.split())
    first = next((w for w in subject.split() if len(w) > 2), "")
    told = flat.find(first) if first else -1
    at = flat.rfind(_RELATIVE_WHERE, 0, told) if told > 0 else -1  # the relative clause the subject is told in
    if at < 0:
        return None
    words = flat[:at].split()[-_AGENT_WORDS:]
    for i in range(len(words) - 1, -1, -1):  # the shortest phrase headed by the agreement
        phrase = " ".join(words[i:])
        head = agent_head(phrase)
        if head is not None and head.is_agreement:
            return phrase if phrase.lower() != subject.lower() else None
    return None


# The inflectional endings a noun's stem is found under: definite singular and plural ("modellen",
# "udspillet", "ordningerne"), indefinite plural and the -e of "analyse" ("analysen" and "analyse" share
# "analys"). Longest first.
_NOUN_ENDINGS = ("erne", "ene", "rne", "ne", "en", "et", "er", "e", "n", "t", "r")
_STEM_MIN = 5  # shorter stems ("plan", "mål") are met in too many unrelated words


def noun_stem(word: str) -> str:
    """The stem a Danish noun's forms share: "benchmarkingmodellen" and "benchmarkingmodel" ->
    "benchmarkingmodel", "analysen" and "analyse" -> "analys", "udspillet" and "sundhedsudspil" -> "...udspil"
    (a doubled final consonant before an ending is single in the stem)."""
    low = word.lower().strip(".,;:()\"”“'’")
    for ending in _NOUN_ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= _STEM_MIN:
            low = low[:-len(ending)]
            break
    if len(low) > _STEM_MIN and low[-1] == low[-2] and low[-1] not in "aeiouyæøå":
        low = low[:-1]
    return low


_WORD = re.compile(r"[\wæøåÆØÅ'’-]+")


@lru_cache(maxsize=4)
def _stemmed_words(text: str) -> tuple[list[str], tuple[str, ...]]:
    """The words of a document and their stems, read once for all its events."""
    words = _WORD.findall(text)
    return words, tuple(noun_stem(w) for w in words)


def document_owner(subject: str, text: str) -> str | None:
    """The agent the document names, in the genitive, as owner of the noun the commitment is named by,
    when it names one owner only: "Beskæftigelsesministeriets nye benchmarkingmodel" owns "benchmarkingmodellen
    opdateres halvårligt" (seed 002, gold actor Beskæftigelsesministeriet), "Beskæftigelsesministeriets
    benchmarkinganalyse" owns "Den næste benchmarkinganalyse" (d09). The noun may be a compound's head in
    the genitive phrase ("regeringens sundhedsudspil" owns "udspillet"). One premodifier may stand between
    ("nye", "foranstående")."""
    stems = {noun_stem(w) for w in _head_segment(subject.replace(":", ",")) if len(w) > _STEM_MIN
             and w.lower() not in _DETERMINERS and w.lower() not in _FINITE_AUX and w.lower() not in _MODALS}
    stems = {s for s in stems if len(s) >= _STEM_MIN}
    if not stems:
        return None
    words, word_stems = _stemmed_words(text)
    endings = tuple(stems)
    owners: set[str] = set()
    found: str | None = None
    for i, stem in enumerate(word_stems):
        if not stem.endswith(endings):  # the same noun, or a compound ending in it
            continue
        for j in (i - 1, i - 2):
            if j < 0 or (j == i - 2 and not _premodifier(words[i - 1])):
                break
            owner = _owner(words, j)
            if owner:
                owners.add(owner.lower())
                found = owner
                break
    return found if len(owners) == 1 else None
