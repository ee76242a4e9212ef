"""The subject of a planned action told by a verb, as the action's noun phrase (issue 15).

A demand or a plan told by a verb of action on a scheme plans the action, not the scheme: "Grundskylden
skal afskaffes" (f05), "Regionerne skal nedlægges" (s6_08), "Alternativet vil lovliggøre aktiv dødshjælp"
(s7_07), "at efterforske og udvinde skifergas" (s7_06), "at benchmarkingmodellen opdateres halvårligt"
(seed 002). The gold subjects name it as a noun phrase: the action's noun, "af" and the scheme
("afskaffelse af grundskylden", "efterforskning og udvinding af skifergas"). Danish forms these nouns
word by word (afskaffe -> afskaffelse, sælge -> salg), so they are a table (nlp/data/planned_actions.csv)
read over the pipeline's lemmas.

Only `planned` events: a done event's kind already says what happened to the scheme ("amterne blev
afskaffet" is `dropped` of "amterne"), and a plan's kind does not.

Where the verb stands, by Danish word order: after the scheme in a passive ("X skal afskaffes", "X
afskaffes", "X vil blive nedlagt"), or before it as an infinitive or finite verb with the scheme its
object ("vil lovliggøre X", "at afskaffe den X"). Only modals, auxiliaries and sentence adverbs may stand
between ("Efterlønnen skal helt afskaffes"); anything else and the verb is not the scheme's.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from danish._data import table_rows

from . import lexicon
from .word_classes import ADVERBS, ARTICLES, FINITE_AUX, active_finite, s_passive
from ..word_classes import MODALS, SUBORDINATE

# A list of schemes goes on after the first ("X, Y og Z skal afskaffes"); at most a sentence's worth of words.
_LIST_GOES_ON = re.compile(r"^\s*(?:,|og\b|eller\b|samt\b)", re.IGNORECASE)
_LIST_ENDS = re.compile(r"(?:,|\b(?:og|eller|samt))\s*$", re.IGNORECASE)
_LIST_WORDS = 16
# Main clauses joined after a comma ("..., og sygehusvæsenet erstattes"): not a list of one verb's objects.
_CLAUSES_JOINED = re.compile(r",\s*(?:og|men|samt|eller)\s", re.IGNORECASE)
_BETWEEN = MODALS | FINITE_AUX | ADVERBS | frozenset("blive være have at".split())
# Entity labels of the pipeline (nlp/pipeline.py) that name a body: a name keeps its capital; a scheme the
# gazetteers know ("Kontanthjælpsloftet", BENEFIT) is a common noun.
_BODIES = frozenset("ORG MINISTRY COMMITTEE PARTY PERSON KOMMUNE".split())
_WORD = re.compile(r"[\wæøåÆØÅ-]+")


@lru_cache(maxsize=1)
def action_nouns() -> dict[str, str]:
    """verb lemma -> the action's noun (nlp/data/planned_actions.csv)."""
    return {r["verb"]: r["noun"] for r in table_rows("nlp", "data", "planned_actions.csv")}


def _noun(word: str, lemmas: Mapping[str, str] | None = None) -> str | None:
    """The action noun of a verb of the table, by its lemma: the evidence's lemmas where the word is one of its
    tokens, else the word's own."""
    low = word.lower()
    if low in _BETWEEN:
        return None
    return action_nouns().get((lemmas or {}).get(low) or lexicon.lemma_of(low))


def _evidence_lemmas(evidence: str) -> dict[str, str]:
    """token -> lemma of the evidence, lower-cased, from one pass of the pipeline over the whole sentence rather than
    one pass per word: the pipeline's lemmas are the table's for the token alone (nlp/pipeline.py DanishLemmas),
    so a word that is a token of the sentence has the lemma it has on its own."""
    return {t.text: t.lemma_.lower() for t in lexicon.get_pipeline_doc(evidence.lower())}


def _verbs_after(after: str, lemmas: Mapping[str, str]) -> list[str] | None:
    """The action noun of the passive verb right after the scheme ("skal afskaffes", "afskaffes og ..."), or
    after the list the scheme opens: "Registreringsafgiften, arveafgiften ... og skat af fri telefon skal
    afskaffes" (f05) plans the abolition of each. A relative or subordinate clause ends the search: its verb
    is another subject's."""
    words = _WORD.findall(after)
    listing = bool(_LIST_GOES_ON.match(after))
    coordinated = False
    for k, word in enumerate(words[:_LIST_WORDS if listing else 4]):
        if coordinated:
            coordinated = False
            continue
        noun = _noun(word, lemmas)
        if not noun and not listing and k + 2 < len(words) and words[k + 1].lower() in ("og", "eller") \
                and _s_passive(word, lemmas):
            # two coordinated passives, the action the table names second ("Møntunionen må gentænkes og ændres",
            # s11_02; "Landbrugsstøtten skal gentænkes og omlægges"): the first names no action of the table
            coordinated = True
            continue
        if noun and listing and word.islower() and (lemmas.get(word) or lexicon.lemma_of(word)) == word:
            # an infinitive before any auxiliary opens a coordinated verb phrase of its own, with its own object:
            # "skal adskille stat og kirke, afskaffe kongehuset" (s7_05) is no abolition of "stat og kirke"
            return None
        if noun:
            return [noun]
        low = word.lower()
        if low in SUBORDINATE:
            return None
        if low in _BETWEEN:
            listing = False  # the predicate has begun: only its auxiliaries before the verb
        elif not listing:
            return None
    return None


def _s_passive(word: str, lemmas: Mapping[str, str]) -> bool:
    """The s-passive of a verb (`word_classes.s_passive`) by the sentence's lemma ("gentænkes" of gentænke), also of
    a short verb ("skal øges og forbedres"), as this reader has always taken it: a genitive before "og" is rare."""
    low = word.lower()
    return s_passive(low, lemmas.get(low) or lexicon.lemma_of(low), short=True)


def _verbs_before(before: str, lemmas: Mapping[str, str]) -> list[str] | None:
    """The action nouns of the verb(s) right before the scheme ("lovliggøre", "efterforske og udvinde"), or
    before the list the scheme closes: "SF vil afskaffe topskatten, registreringsafgiften og arveafgiften"."""
    words = _WORD.findall(before)
    rest = words[:-1] if words and words[-1].lower() in ARTICLES else words
    if not rest:
        return None
    last = _noun(rest[-1], lemmas)
    if not last and _LIST_ENDS.search(before):
        for i in range(len(rest) - 1, max(-1, len(rest) - _LIST_WORDS), -1):
            low = rest[i].lower()
            if low in SUBORDINATE or low in _BETWEEN:
                return None
            last = _noun(rest[i], lemmas)
            if last:
                if low.endswith("s") or _CLAUSES_JOINED.search(before[before.lower().rfind(low):]):
                    return None  # "Regionerne skal nedlægges, og sygehusvæsenet ...": the verb of another clause
                rest = rest[:i + 1]
                break
    if not last:
        return None
    if len(rest) >= 3 and rest[-2].lower() in ("og", "eller"):
        first = _noun(rest[-3], lemmas)
        if first:
            return [first, rest[-2].lower(), last]  # "efterforske og udvinde skifergas"
    return [last]


def nominal_verb_phrase(subject: str) -> str:
    """A subject the phrase picker left as an infinitive phrase is named by its action's noun, whatever the
    event's kind: "efterforske og udvinde skifergas fra undergrunden" (s7_06, after "afstå fra at") ->
    "efterforskning og udvinding af skifergas fra undergrunden", "flytte aktivitetscentret Parkhuset ... til
    Solvej 6" (s03, after "besluttet at") -> "flytning af ..." (their gold; issue 15: noun phrases, never verb
    phrases). Only the infinitive itself, the table's lemma as written: "afskaffes X" is a clause."""
    words = subject.split()
    nouns: list[str] = []
    i = 0
    while i < len(words) and words[i].lower() in action_nouns() and lexicon.lemma_of(words[i].lower()) == words[i].lower():
        nouns.append(action_nouns()[words[i].lower()])
        if i + 2 < len(words) and words[i + 1].lower() in ("og", "eller") and words[i + 2].lower() in action_nouns():
            nouns.append(words[i + 1].lower())
            i += 2
            continue
        i += 1
        break
    if not nouns or i >= len(words) or words[i].lower() in _BETWEEN | SUBORDINATE:
        return subject
    rest = words[i + 1:] if words[i].lower() in ARTICLES and i + 1 < len(words) else words[i:]
    return " ".join(nouns + ["af"] + rest)


def planned_action(subject: str, evidence: str) -> str:
    """"Grundskylden" of "Grundskylden skal afskaffes" -> "afskaffelse af grundskylden"; the subject unchanged
    when no verb of the table acts on it, or when it names an action already ("afskaffelse af ...")."""
    words = subject.split()
    if not words or _noun(words[0]) or words[0].lower() in action_nouns().values() \
            or (len(words) > 1 and words[1].lower() == "af" and lexicon.noun_entry(words[0]) is not None):
        return subject
    found = re.search(r"(?<![\wæøåÆØÅ-])" + r"\s+".join(re.escape(w) for w in words) + r"(?![\wæøåÆØÅ-])", evidence)
    if found is None:
        return subject
    after = re.split(r"[.;:](?!\d)", evidence[found.end():])[0]
    before = re.split(r"[.:;](?!\d)", evidence[:found.start()])[-1]
    lemmas = _evidence_lemmas(evidence)
    nouns = _verbs_after(after, lemmas) or _verbs_before(before, lemmas)
    if not nouns:
        return subject
    head = words[0]
    if found.start() == 0 or evidence[:found.start()].rstrip().endswith((".", "•", "-", ":")):
        # a capital the sentence gave it ("Grundskylden skal afskaffes"), not a name the gazetteers know
        # ("Skatteministeriet skal nedlægges", f05)
        named = any(e.start == 0 and e.label_ in _BODIES for e in lexicon.get_pipeline_doc(head).ents)
        # nor a name written with an inner capital ("FerieKonto", "NaturErhvervsstyrelsen")
        plain = head[1:].islower() or not any(c.isupper() for c in head[1:])
        head = head[0].lower() + head[1:] if head[1:2].islower() and plain and not named else head
    return " ".join(nouns + ["af", head] + words[1:])


# An indirect question opened by "om" or "hvorvidt" is the object of a verb of inquiry ("vurdere, om ...",
# "undersøge, om ...", probes22 n02 and n04, probes18 n06): what is weighed is the question's subject.
_WHETHER = re.compile(r"^\s*(?:om|hvorvidt)\s+", re.IGNORECASE)
# The question's subject ends where its finite verb, a modal or an adverb stands ("om de nye kontrolfrekvenser
# har ...", "om anciennitetskravene skal justeres", "om ordningen fortsat skal gælde").
_QUESTION_WORDS = 8


def inquired_action(verb: str, question: str) -> str | None:
    """"vurdering af anciennitetskravene" of "vurdere" and ", om anciennitetskravene skal justeres": the action's
    noun (nlp/data/planned_actions.csv) and the indirect question's subject; None when the verb names no action of
    the table or the clause asks no whether-question with a subject of its own."""
    noun = action_nouns().get(lexicon.lemma_of(verb.lower()))
    opened = _WHETHER.match(question.lstrip(" ,"))
    if noun is None or opened is None:
        return None
    words = _WORD.findall(question.lstrip(" ,")[opened.end():])[:_QUESTION_WORDS]
    # an auxiliary, modal or adverb ends the subject surely; a present or past active only when none stands there,
    # as a plural noun may read as one ("om de nye grænser har betydet", probes18 n06)
    end = next((k for k, w in enumerate(words) if k and (w.lower() in _BETWEEN or w.lower() in SUBORDINATE)), None)
    if end is None:
        end = next((k for k, w in enumerate(words) if k and active_finite(w.lower())), None)
    if end is None or (end == 1 and words[0].lower() in ("der", "det", "den", "de")):
        return None  # "om der skal ...", "om det kan betale sig": no thing asked about
    return " ".join([noun, "af"] + words[:end])
