"""What a lineage event is about (its commitment), as a clean Danish noun phrase (issue 15).

The project's pipeline has no tagger or parser (nlp/pipeline.py: a blank Danish pipeline with
lemmas; no Danish model can be had offline), so the noun phrase is read from the closed word
classes of Danish (`word_classes`) and the lemma table. A commitment is a noun phrase: no
line-break hyphen (also one the text keeps inside a word, "lokalfor-slag"), no leading article or
time phrase ("i 2013", "pr. 1. juli 2019", "i foråret"; `time_phrases`), no trailing date or
durative time ("frem mod foråret 2013", "i 2013 og frem"), no noun of quantity before its head
("en række sigtelinjer"), no verb before its object ("gennemført en kampagne"), and no finite verb
of a main clause ("takstnedsættelse skulle ske i dialog med ..." is a clause about
"takstnedsættelse"; "klinik åbnes" one about "klinik"). A title in quotation marks, a noun with its
infinitive complement and the logical subject of an existential passive are kept whole.
"""
from __future__ import annotations

import re
from functools import lru_cache

from danish._data import table_rows
from danish.words import CONCEPT_STOPWORDS

from ..lemma_table import lemma_table
from ..phrases import (before_finite_verb, joined_broken_words, joined_line_breaks, without_durative_time, without_leading_verb,
                       without_quantifier)
from .time_phrases import ONLY_TIME, TIME_CLOSING_PHRASE, TIME_NOUN, TIME_OPENING_PHRASE
from .word_classes import (ADVERBS, ARTICLE_PATTERN, DEFINITE_ENDING, DETERMINERS, FINITE_AUX, NEGATION, PRONOUNS,
                           active_finite)
from ..word_classes import MODALS, SUBORDINATE

# Articles open a noun phrase but are no part of what a journalist traces; kept before a capital
# (a title: "Det Nære Sundhedsvæsen").
_ARTICLE = re.compile(r"^" + ARTICLE_PATTERN + r"\s+(?=(?-i:[a-zæøå0-9]))(?!(?:er|var|blev|bliver|har|havde|skal|vil|kan|må)\b)",
                      re.IGNORECASE)


def without_clause(phrase: str) -> str:
    """The noun phrase of a clause the phrase pickers left whole: up to its finite verb, unless the
    verb is a subordinate clause's or nothing but a pronoun stands before it."""
    words = phrase.split()
    for i, word in enumerate(words):
        bare = word.lower().strip(",.;:")
        if bare in SUBORDINATE or bare in NEGATION or word.endswith(","):
            return phrase
        if i > 0 and (bare in FINITE_AUX or (bare in MODALS and _cut_complement(words[i + 1:]))):
            before = words[:i]
            if len(before) == 1 and before[0].lower() in PRONOUNS:
                return phrase
            return " ".join(before)
    return phrase


# Prepositions that open a short adverbial between a modal and its verb ("kan på længere sigt erstattes", s9_07;
# "kan på sigt reducere", s9_09; "skal i fremtiden være", s6_09).
_ADVERBIAL_PREPOSITIONS = frozenset("på i om inden".split())


def _verbal(word: str) -> bool:
    """An infinitive or an s-passive by the lemma table ("erstattes", "reducere"): the modal's own verb."""
    low = word.lower().strip(",.;:")
    lemma = lemma_table().get(low) or ""
    return lemma.endswith("e") and (low == lemma or low == lemma + "s" or low == lemma[:-1] + "es")


def _cut_complement(rest: list[str]) -> bool:
    """What follows a modal the phrase picker stopped at: nothing ("EU's landbrugsstøtte bør", s9_05), sentence
    adverbs, or a short prepositional adverbial without the verb ("Ejendomsværdiskat og grundskyld kan på
    længere sigt", s9_07): the modal's verb was cut off, so the words before the modal are the noun phrase."""
    if all(w.lower().strip(",.;:") in ADVERBS for w in rest):
        return True
    return len(rest) <= 3 and rest[0].lower() in _ADVERBIAL_PREPOSITIONS and not any(_verbal(w) for w in rest)


def commitment_phrase(subject: str) -> str:
    """The subject as a clean noun phrase: line-break hyphens joined, a leading article, a leading
    or closing time phrase and a main clause's verb phrase taken off. A phrase that is nothing but
    a time comes back empty (no commitment)."""
    phrase = _deictic_definite(joined_line_breaks(joined_broken_words(" ".join(subject.split()))))
    phrase = without_leading_verb(phrase)  # "gennemført en kampagne": a verb phrase's object
    for _ in range(3):
        before = phrase
        phrase = _ARTICLE.sub("", TIME_OPENING_PHRASE.sub("", phrase))
        if phrase == before:
            break
    phrase = TIME_CLOSING_PHRASE.sub("", without_durative_time(phrase))  # "frem mod foråret 2013", "i 2013 og frem"
    phrase = without_quantifier(_PROPOSAL.sub("", phrase))  # "en række sigtelinjer": nlp/data/quantifier_nouns.csv
    if ONLY_TIME.fullmatch(phrase) or TIME_NOUN.fullmatch(phrase):
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
    definite = definite_form(noun, article)
    return " ".join([definite + words[1][len(noun):]] + words[2:]) if definite else phrase


def definite_form(noun: str, article: str | None) -> str | None:
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


# A free definite article before a lone noun is the article of a restrictive relative clause: "den
# Energispareaftale, som blev underskrevet i 2006" names the one agreement meant, as its definite form does (s11_08
# gold: "Energispareaftalen" for the event the relative tells as for the party's support of it, which
# kept_things.py reads). The same convention as the pointing adjectives (nlp/data/deictic_adjectives.csv: "den
# tidligere seniorydelsesord- ning, som" -> "seniorydelsesordningen", d12). An adjective keeps the article's phrase
# as it is ("den udvidede behandlingsgaranti, der", s7_04 gold; "det kommunale selvstyre, der", s9_02 gold).
_RESTRICTED_NOUN = re.compile(r"(?<![\wæøå])(?P<article>[Dd]en|[Dd]et|[Dd]e)\s+(?P<noun>[\wæøåÆØÅ]+)\s*,?\s+(?:som|der)\b")


def restricted_definite(subject: str, evidence: str) -> str:
    """A lone noun the evidence gives a free definite article and a relative clause, in its definite form:
    "Energispareaftale" of "den Energispareaftale, som blev underskrevet" -> "Energispareaftalen"."""
    noun = subject.strip()
    if not noun.isalpha() or len(noun) < 4:
        return subject
    for found in _RESTRICTED_NOUN.finditer(" ".join(evidence.split())):
        article = found.group("article").lower()
        if found.group("noun") == noun and (article != "de" or noun.islower()):  # "De Radikale, der ...": a name
            return definite_form(noun, article) or subject
    return subject


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
    if not noun.isalpha() or not low.endswith(_DEFINITE_SUFFIXES) or len(low) < 5 or low in PRONOUNS \
            or low in DETERMINERS or active_finite(low):
        return subject
    return " ".join(before) + " " + subject


_DEFINITE_SUFFIXES = ("en", "et", "ne")  # a definite noun: "metoden", "retten", "muligheden", "ordningerne"


# The noun opening a clause and its infinitive complement's "for at" / "til at" ("Fristen for at",
# "Retten til at", "Muligheden for at"): a definite or capitalised noun, never a pronoun.
_INFINITIVE_HEAD = re.compile(r"^(?!(?:Det|Den|Der|De|Dette|Denne)\s)[A-ZÆØÅ][a-zæøå-]+" + DEFINITE_ENDING + r"\s+(?:for|til)\s+at\s+")


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
