"""The subject as a clean noun phrase, and the phrases that name no commitment (issue 15:
subjects are noun phrases, never texts).

Openings that are no part of the phrase (bullets, subordinators, times, meetings, sentence
adverbs) are taken off; the change a verb made of the commitment ("ændret til en etårig
225-timers-regel") is joined on; a function word, an adverbial, a verb form or the document
itself ("Notatet er udarbejdet af ...") names no commitment.
"""
from __future__ import annotations

import re
from dataclasses import replace

from danish.dates import MONTH_NAME_PATTERN as _MONTHS
from extract.normalise import collapse_ws

from . import lexicon, referat, subjects
from .planned_action import nominal_verb_phrase, planned_action
from .dating import LEADING_TIME, MEETING_OPENING, TIME_TAIL, UNTIL
from .draft import Draft
from .holder import with_holder
from .possibility import possibility_phrase
from .where_relative import with_where_in
from .word_classes import ADVERBS, ARTICLE, BULLET, FUNCTION_WORDS, word_set
from ..phrases import after_cue


# The text itself, named definite ("Notatet er udarbejdet af ..."). An indefinite document noun names a
# document still to be made, which can be the commitment: "Der skal udarbejdes redegørelse for, hvorfor ..."
# (Liberal Alliance's programme, corpus/pdf_more), "Der skal udarbejdes en rapport om ..." (tests).
_DOCUMENTS = word_set("document_definite")
# ... or pointed at: "Dette notat er udarbejdet af Beskæftigelsesministeriet" (tests/nlp/test_event_lexicon.py),
# "nærværende redegørelse": a pointing determiner makes the noun as definite as its suffix does.
_POINTING = word_set("pointing_determiner")
_DOCUMENT_NOUNS = word_set("document_noun")
# The subordinator of the clause the phrase picker read a subject from ("hvor skatten sænkes", "mens det
# andet arbejdsprogram blev vedtaget"): no part of the noun phrase.
_SUBORDINATOR = re.compile(r"^(?:hvor|mens|når|da|så|hvis|fordi|idet|indtil|end hvis|end)\s+", re.IGNORECASE)
# A phrase opened by a preposition or a subordinating adverbial is an adverbial, not the commitment
# ("i det omfang", "til et mere bæredygtigt niveau", "takket være ...", "jf. de muligheder", "dels når").
_NOT_NP = re.compile(r"^(?:(?:i|ved|for|til|før|af|på|med|efter|under|om|mod|uden|inden|gennem|over|dels|takket|"
                     r"blandt|hos|fra|siden|trods|end)\b|jf\.|bl\.\s?a\.|"
                     # "to år efter aftalen blev indgået": a time measured from an event is when, not what
                     r"(?:\w+\s+)?(?:år|måneder|uger|dage|timer)\s+(?:efter|før|inden|senere)\b)", re.IGNORECASE)
# Words that are never a commitment alone: pronouns, modals, adverbs ("må", "Der", "alle", "følgende").
_NOT_ALONE = word_set("never_alone")
# A modal or "at" opening a subject: a verb phrase the picker left ("må afgive en urimelig stor del ...").
_VERB_PHRASE_OPENINGS = word_set("verb_phrase_opening")


# A month left over from a date line before a capitalised name ("november LO s jobcenterindeks", p01's
# "Version 2, november" header run into the sentence): a time, not part of what (issue 15: no time phrases).
_LEADING_MONTH = re.compile(rf"^(?:{_MONTHS})\s+(?=[A-ZÆØÅ])")


# The page line a saved text keeps ("--- side 1 ---", extract/document.py TEXT_PAGE_MARK) ends no sentence, so a
# subject picked across it may open with it or with what stood before it: what follows the page line is the
# subject ("side 1 --- Det Konservative Folkepartis principprogram", s11_03 with another party's name).
_PAGE_LINE_BEFORE = re.compile(r"^(?:.*?\s)?(?:-{3}\s+)?side\s+\d{1,5}\s+-{3}\s+")


def tidy_subject(subject: str) -> str:
    subject = _PAGE_LINE_BEFORE.sub("", subject)
    words = re.sub(r"^(?:en|et)\s+", "", subject)  # "vedtog byrådet en ramme for ...": the actor taken off left it
    for _ in range(3):
        before = words
        words = _SUBORDINATOR.sub("", BULLET.sub("", words))
        words = _LEADING_MONTH.sub("", words)
        first = words.split(" ", 1)
        if len(first) == 2 and first[0].lower() in ADVERBS:
            words = first[1]
        if words == before:
            break
    return words.strip()


def noun_phrases(d: Draft, text: str) -> Draft:
    """The subject as a clean noun phrase and the actor an agent, never a text; an event without
    an actor takes the agent its subject belongs to ("regeringens sundhedsudspil") or whose
    decision its sentence refers to ("i forlængelse af byrådets beslutning") (`subjects`)."""
    subject, actor = subjects.noun_phrases(tidy_subject(d.subject), d.actor, text[d.start:d.end], text, d.agentless)
    evidence = collapse_ws(text[d.start:d.end])
    if actor and _undergoes(subject, actor, evidence):
        actor = None  # "Administrationen reduceres med 12 mio. kr.": a budget area, what is done to it, not who acts
    subject = with_holder(subject, evidence)  # "Vælgerne skal have mulighed for ..."
    subject = possibility_phrase(subject, evidence)  # "Der er indført mulighed for at bytte ..."
    subject = with_where_in(subject, evidence)  # "en flad skat, hvor alle danskere betaler ..."
    subject = nominal_verb_phrase(subject)  # "efterforske og udvinde skifergas" -> "efterforskning og udvinding af ..."
    if d.kind == "planned" and not adverbial(subject):  # "drøftet i forligskredsen": the forum, not the scheme
        acted_on = subject
        subject = planned_action(subject, collapse_ws(text[d.start:d.end]))  # "afskaffelse af grundskylden"
        if actor and subject != acted_on and ARTICLE.sub("", acted_on.lower()) == ARTICLE.sub("", actor.lower()):
            actor = None  # "Styrelsen for Dataforsyning nedlægges": the action's object is not who acts
    return replace(d, subject=subject, actor=actor)


def _undergoes(subject: str, actor: str, evidence: str) -> bool:
    """The agent is the subject of a present passive right after it ("Afdelingen nedlægges", "Administrationen
    reduceres"): the passive tells what is done to it, so it is the commitment, never who decided."""
    if ARTICLE.sub("", subject.lower()) != ARTICLE.sub("", actor.lower()):
        return False
    at = evidence.lower().find(subject.lower())
    after = evidence[at + len(subject):].split()[:1] if at >= 0 else []
    return bool(after) and lexicon.is_present_passive(after[0].strip(".,;:").lower())


def adverbial(subject: str) -> bool:
    """A phrase opened by a preposition: where or when, not what. A plan keeps it: what is to be
    done is often told by its forum ("vil blive drøftet i forligskredsen bag reformen", seed 004)."""
    return bool(_NOT_NP.match(subject.strip())) and not subject.lower().startswith(frame_openings())


def names_the_actor(d: Draft) -> bool:
    """"Derfor foreslår Liberal Alliance, at ...": the agent is who, not what; also where the subject lost the
    article its name opens with ("foreslår Det Konservative Folkeparti, at ..." -> "Konservative Folkeparti")."""
    if d.actor is None:
        return False
    subject, actor = d.subject.strip().lower(), d.actor.strip().lower()
    return subject == actor or ARTICLE.sub("", subject) == ARTICLE.sub("", actor)


def no_commitment(subject: str) -> bool:
    """A subject that names no commitment: a function word ("at", "det"), an adverbial ("i det
    omfang") or a verb form the phrase pickers left ("videreført"; issue 15's wrong events)."""
    words = subject.strip(" .,:;").lower().split()
    if words and (words[-1] in _DOCUMENTS or (len(words) >= 2 and words[-2] in _POINTING and words[-1] in _DOCUMENT_NOUNS)):
        return True  # "Notatet er udarbejdet af ...", "Dette notat ...": the text itself, not a commitment
    if referat.procedural(subject):
        return True  # "udskyde sagen til næste møde", "godkendte indstillingen": procedure
    if words and words[0] in _VERB_PHRASE_OPENINGS:
        return True  # a verb phrase the picker left ("må afgive en urimelig stor del ...")
    if len(words) != 1:
        return False
    word = words[0]
    return word in FUNCTION_WORDS or word in _NOT_ALONE or word in ADVERBS or len(word) < 3 \
        or lexicon.is_participle(word) or word in lexicon.verb_forms(word)


def frame_openings() -> tuple[str, ...]:
    """The lexicon's frames as phrase openings ("suspension af "): a subject opened by one names a framed
    commitment ("suspension af reglen"), not an adverbial or an antecedent."""
    return tuple(f"{e.frame} " for e in lexicon.entries() if e.frame)


# What a change made of its commitment: "ændret til en etårig 225-timers-regel" (p02), "fremrykket fra
# 52 uger til 22 uger" (p18), "forlænger ... suspenderingen til 8. september" (p04), "overgik ordningen
# fra Socialministeriet til Beskæftigelsesministeriet" (d12): the gold subjects name the change with the
# commitment, so it joins the subject. "fra" + a date is when, not what changed.
_CHANGE = re.compile(
    r"(?:^|\s)(?P<change>(?:fra\s+(?!\d{1,2}\.\s|\d{4}\b|og med\b)(?:[^,;:]|,(?=\d)){1,120}?\s+)?til\s+(?!at\b|og med\b)(?:[^,;:]|,(?=\d)){1,120}?)"
    r"(?=\s*(?:,(?!\d)|[;:])|(?<!\d)(?<!\bpr)\.\s|\.?$|(?<!-)\s+(?:så|for at|fordi|der|som|hvor|når|og|men)\b)", re.IGNORECASE)
# (the abbreviation "pr." opens a date, "til Holbæk Naturskole pr. 1. august 2024" (probes17 m01, f12's "ophører pr. 1.
# januar 2026"): its dot ends no phrase, and the date is then cut as a time tail)
# (an "og" after a hyphen joins a suspended compound, "til selvforsørgelses- og hjemrejseydelse": no clause ends there)


def change_of(after_cue_text: str, subject: str) -> str:
    found = _CHANGE.search(after_cue_text)
    if not found:
        return ""
    change = TIME_TAIL.sub("", collapse_ws(found.group("change")).rstrip(" ."))
    if change.split()[1:2] and change.split()[1].lower() in lexicon.DECISION_NOUNS:
        return ""  # "fremlægges til godkendelse på ...møde": put forward for a decision, no new value (f08)
    if len(change.split()) > 10 or change.lower() in subject.lower() or re.search(r"\bat\b", change) \
            or UNTIL.fullmatch(" " + change):
        return ""  # "forlænges til 2025", "til 1. oktober": a new end is when, not what (the earlier convention)
    return change


def with_change(d: Draft) -> Draft:
    if not d.change or d.change.lower() in d.subject.lower():
        return d
    return replace(d, subject=_joined(d.subject, d.change))


def _joined(head: str, tail: str) -> str:
    """`head` and `tail` as one phrase, the words the head ends with and the tail begins with said once:
    a subject stopped inside a range and its change read from the range's "til" ("nuværende 6. til" +
    "til 8. klassetrin", f12; "fra 2 til" + "til 4 uger") would otherwise say "til til"."""
    words, more = head.split(), tail.split()
    overlap = next((n for n in range(min(len(words), len(more)), 0, -1)
                    if [w.lower() for w in words[-n:]] == [w.lower() for w in more[:n]]), 0)
    return " ".join(words + more[overlap:])


def clean(phrase: str | None) -> str | None:
    if not phrase:
        return None
    return after_cue(phrase) or None


def without_trailing_adverbs(phrase: str) -> str:
    """An adverb between a V2 subject and its participle is no part of the subject: "er tilbuddet yderligere
    tilpasset" (f11), "er lovgivningen for nylig blevet lempet" (aarhus referat)."""
    words = phrase.split()
    # (and the negation of a verb read as an end: "..., at den midlertidige forhøjelse ... ikke videreføres")
    while len(words) > 1 and (words[-1].lower() in ADVERBS or words[-1].lower() == "ikke" or words[-2:] == ["for", "nylig"]):
        words = words[:-2] if words[-2:] == ["for", "nylig"] else words[:-1]
    return " ".join(words)


def only_adverbs(phrase: str) -> bool:
    words = phrase.lower().split()
    # (an abbreviated adverb keeps its dots: "bl.a.")
    return bool(words) and all(w.strip(",.") in ADVERBS or w.strip(",") in ADVERBS for w in words)


def strip_opening(subject: str) -> str:
    """"i foråret en ny strategi" -> "ny strategi"; "på mødet den 3. marts 2022 den nye politik" -> "den nye politik"."""
    subject = MEETING_OPENING.sub("", subject)
    stripped = LEADING_TIME.sub("", subject)
    return re.sub(r"^(?:en|et)\s+", "", stripped) if stripped != subject else subject
