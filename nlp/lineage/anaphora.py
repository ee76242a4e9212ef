"""Discourse steps across sentences.

A bare definite noun ("Ordningen", "reglen") names the commitment an earlier event or compound
spelled out, or the fuller phrase said before it ("lokalplanen" -> "lokalplan nr. 411"); "reformen" is
the document's reform; "Det er en beslutning" and "Det har Folketinget besluttet" refer back to the
sentence before; "i stedet" after a dropped commitment gives its
replacement (seed 000); sentences that go on about an event give its year or where its
replacement is published.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Sequence

from danish.sentences import sentence_spans
from danish.words import NEGATION_WORDS
from extract.normalise import collapse_ws
from extract.records import EventKind

from . import lexicon
from .clause_cues import first_cue
from .clean_phrase import clean, frame_openings
from .cues import ADDITIVE, CLAUSE_BREAK, CONTINUATION, INSTEAD, NEGATED_RULE, REPLACEMENT
from .dating import TARGET_YEAR
from .draft import Draft
from .given_mention import PREPOSITIONS, fuller_mention
from .party_clause import party_names
from .word_classes import (ADVERBS, ARTICLE, ARTICLES, DEFINITE, DEFINITE_ARTICLES, FUNCTION_WORDS, NUMBER_WORDS, PRONOUNS,
                           is_finite_verb)
from ..phrases import find_actor
from ..timex import time_mentions


# "Det har Folketinget besluttet i dag.", "Det besluttede byrådet tirsdag.", "Det er regeringen og KL blevet
# enige om.": who decided what the sentence before told (p02; seed 002's "Det er en beslutning, som vi har
# været enige om i aftalekredsen" is the same step, told as its own event by BACK_REFERENCE).
DECIDED_BY = re.compile(
   r"^(?:Det|Dette)\s+(?:(?:har|havde)\s+(?P<who>[^,.;]{2,80}?)\s+(?:besluttet|vedtaget|aftalt)"
   r"|(?:besluttede|vedtog|aftalte)\s+(?P<who2>[^,.;]{2,80}?)|(?:er|blev)\s+(?P<who3>[^,.;]{2,80}?)\s+(?:blevet\s+)?enige\s+om)"
   r"(?:\s+(?:i dag|i går|[a-zæøå]+dag|nu|i \w+))?\s*\.?$", re.IGNORECASE)
_BARE_REFORM = re.compile(r"^(?:reformen|reformens|reformerne)\b", re.IGNORECASE)
# "reformen af førtidspension og fleksjob" already names its reform.
_NAMED_REFORM = re.compile(r"^reform\w*\s+(?:af|for|om|på|vedrørende)\s", re.IGNORECASE)


def continued(text: str, spans: list[tuple[int, int]], index: int, d: Draft, anchor: dt.date | None) -> Draft:
    """An event without a stated year whose next sentences go on about it ("De har kigget
    på ... Begge rapporter blev offentliggjort i juni 2020"): their year, and their text
    joins the evidence."""
    if d.year_stated or d.kind == "planned":
        return d
    for nxt in range(index + 1, min(index + 3, len(spans))):
        lo, hi = spans[nxt]
        sentence = text[lo:hi]
        if not CONTINUATION.match(sentence) or _article_opening(sentence) or _tells_another_event(sentence, d) \
                or not _of_the_same_thing(sentence, d):
            return d
        # the time of its first clause: a clause after it tells of another thing ("Evalueringen viser positive
        # resultater, og Hjørring Kommune fortsætter derfor samarbejdet i 2024")
        first_clause = CLAUSE_BREAK.search(sentence)
        mentions = [t for t in time_mentions(sentence, anchor=anchor)
                    if not TARGET_YEAR.search(sentence, max(0, t.start - 20), t.start)
                    and (first_clause is None or t.start < first_clause.start())]
        if mentions:
            return replace(d, end=hi, year=mentions[0].year, date=None, year_stated=True)
    return d


def _tells_another_event(sentence: str, d: Draft) -> bool:
    """A sentence that states a decision of another kind tells its own event, not more of this one: "Ordningen er
    evalueret af Rambøll. Den blev indført i 2015." is an evaluation and an introduction, each with its own year;
    "Puljen blev forhøjet med 40 mio. kr. Ordningen blev gjort permanent i 2018." a change and a confirmation. What is
    done next with the same thing goes on about it ("... igangsat et bredt evalueringsprogram ... Evalueringen
    gennemføres i efteråret 2017", seed 004's evidence), and so does a plan of the same thing. An evaluation after
    another kind of event is its own event with its own year, as the evaluation before an introduction is ("Parterne
    er enige om, at puljen afskaffes. Ordningen blev i 2023 evalueret af Rambøll.": the abolition is not of 2023)."""
    found = first_cue(sentence)
    return found is not None and found[0].kind not in (d.kind, "planned")


def _of_the_same_thing(sentence: str, d: Draft) -> bool:
    """The sentence opens with a pronoun, the event's own noun ("Evalueringen" after an evaluation was set going) or a
    word of its subject: it can go on about the event. "Loven foreslås at træde i kraft den 1. juli 2024" after "Den
    nuværende ordning ... videreføres uændret" opens with another thing: the law's own step, not the scheme's year."""
    first = (sentence.split(None, 1) or [""])[0].strip(",.;:").lower()
    if first in PRONOUNS or first == "begge":
        return True
    entry = lexicon.noun_entry(first)
    return (entry is not None and entry.kind == d.kind) or first in d.subject.lower().split()


def _article_opening(sentence: str) -> bool:
    """"De personer, der indtil 1. juli 2001 modtog seniorydelse, overgik til fleksydelse" (star d12): "de", "den",
    "det" before an inflected noun or adjective or a number is the article of a new noun phrase, not the pronoun
    that takes up the event before ("De har kigget på 375 ressourceforløbssager ...", seed 003). As a pronoun it is
    the clause's subject in first place, and Danish word order (V2) puts the finite verb right after it.

    Gold on the work half, policy, star and seeds: a sentence opened by the pronoun and a finite verb joins the
    evidence once (seed 003, "De har"); one opened by the article before a noun or a number never does (star d12
    "De personer", star d03 "De fem beskæftigelsespolitiske mål 2018 er:"). A bare singular after the word
    ("Det forslag ...") is left to the cue as before: the lemma table cannot tell it from a verb."""
    words = sentence.split(None, 3)
    if len(words) < 2 or words[0].lower() not in DEFINITE_ARTICLES:
        return False
    after = words[1].lower().strip(",.;:")
    lemma = lexicon.lemma_of(after)
    if len(words) > 2 and _attributive_participle(after, words[2]):
        return True
    # the s-passive of a verb of any length ("Det offentliggøres", "Det øges"), as this test has always read it
    if is_finite_verb(after, passive=True, short=True, lemma=lemma):
        return False  # the pronoun and its finite verb
    # "personer" (person), "nye" (ny): an inflection of the lemma it starts with; a strong past changes its
    # stem ("trådte", træde; "overgik", overgå) and stays a verb
    return after[:1].isdigit() or after in NUMBER_WORDS or (lemma != after and after.startswith(lemma))


_WEAK_PAST = ("ede", "te")
# Words that stand after a finite verb, not after an adjective: "De aftalte i 2019", "Det ændrede ikke reglerne".
_AFTER_A_VERB = FUNCTION_WORDS | ADVERBS | PREPOSITIONS | PRONOUNS | ARTICLES | NEGATION_WORDS


def _attributive_participle(after: str, nxt: str) -> bool:
    """A weak past form ("aftalte", "udvidede") is both the past tense and the definite participle; after the article
    and before an indefinite noun or adjective it is the participle of a noun phrase ("Den aftalte evaluering af
    ordningen gennemføres i 2024", probes18 n10; "Det udvidede frie sygehusvalg fastholdes", probes16 05; "Den
    foreslåede ordning", the heading of a lovforslag's bemærkninger, probes13 n05 and probes14 n04), as the lexicon
    reads a participle after a determiner. The pronoun's finite verb takes a definite object or an adverb ("De indførte
    ordningen", "Det ændrede ikke"). Such a sentence opens a new thing, no continuation of the event before."""
    verb = lexicon.lemma_of(after)  # a verb's lemma, whichever verb the table gives ("aftalte" -> "aftælle")
    if not after.endswith(_WEAK_PAST) or verb == after or not verb.endswith("e"):
        return False
    word = nxt.lower().strip(",.;:")
    if not word.isalpha() or len(word) < 3 or word in _AFTER_A_VERB or DEFINITE.match(word):
        return False
    lemma = lexicon.lemma_of(word)
    return lemma in (word, word[:-1])  # the indefinite noun ("evaluering") or the definite adjective ("frie": fri)


# The values an earlier change gave its thing ("forhøje loftet over fradraget ... fra 6.000 kr. til 7.000 kr.") are no
# part of what a later "Loftet" names: "Loftet blev fordoblet til 6.000 kr." (probes15 n02) is the loft's own change.
_CHANGE_VALUE = re.compile(r"\s+(?:fra|til)\s+(?:ca\.\s+)?\d[\d.,]*(?:\s.*)?$")


def resolve_anaphora(drafts: list[Draft], text: str) -> list[Draft]:
    """A bare definite noun ("Målingen", "Ordningen") names the commitment an earlier
    event spelled out: "målingen Andel i løntilskud", "Jobpræmieordningen"; else the compound
    ending in it, else the fuller phrase of its head said before it in its paragraph ("lokalplanen"
    -> "lokalplan nr. 411", `given_mention`), also where it closes the subject as a preposition's
    complement ("for hvert af målene")."""
    out: list[Draft] = []
    for d in drafts:
        moved = _MOVED_TO.match(d.subject.strip()) if d.kind == "changed" else None
        if moved and DEFINITE.match(moved.group("word")):
            # "overgik ordningen fra Socialministeriet til Beskæftigelsesministeriet" (d12): the head is the
            # anaphor, the move what the change made of it (added back like any change, `with_change`)
            d = replace(d, subject=moved.group("word"), change=(moved.group("move") + " " + d.change).strip())
        word = d.subject.strip().lower()
        # a party's name looks definite ("Enhedslisten", "Moderaterne", "Alternativet") but names, it does not
        # point back (bench/substitution.py party: "Enhedslisten vil samle ..." took the programme's title)
        if DEFINITE.match(word) and not word.startswith("reform") and word not in party_names():
            # not "suspension af reglen": the frame's object is the same bare anaphor
            earlier = next((e for e in reversed(out) if d.start - e.end < 2000 and len(e.subject.split()) > 1
                            and not e.subject.lower().startswith(frame_openings())
                            and e.subject.lower() != word
                            and (e.subject.lower().split()[0] == word
                                 or any(w.endswith(word) for w in e.subject.lower().split()))), None)
            if earlier is None:
                earlier = next((e for e in reversed(out) if d.start - e.end < 2000
                                and len(e.subject.split()) == 1 and e.subject.lower().endswith(word)
                                and e.subject.lower() != word), None)
            if earlier is None:
                earlier_subject = _frame_antecedent(word, out, d.start) or _text_compound(word, text[:d.start], text[d.end:]) \
                    or _given_phrase(word, text[:d.start])
                d = replace(d, subject=earlier_subject or d.subject, start=_introducing_sentence(text, d, word, out))
            if earlier is not None:
                d = replace(d, subject=_CHANGE_VALUE.sub("", earlier.subject) or earlier.subject)
        else:
            framed, compound = _FRAMED_ANAPHOR.match(d.subject), None
            if framed and DEFINITE.match(framed.group("word")) and not framed.group("word").lower().startswith("reform"):
                # "suspension af reglen", "evaluering af ordningen": the anaphor inside the frame
                compound = _text_compound(framed.group("word").lower(), text[:d.start], text[d.end:])
                if compound:
                    d = replace(d, subject=framed.group("head") + compound)
            if not (framed and compound):
                d = replace(d, subject=_given_complement(d.subject, text[:d.start]))
        out.append(d)
    return out


def _introducing_sentence(text: str, d: Draft, word: str, told: list[Draft]) -> int:
    """Where the evidence starts for an event told by a bare anaphor that shortens a compound to its head
    ("Papiret fremlægges til godkendelse ...") which the sentence just before introduced, indefinite and
    told as no event of its own ("Drøftelserne vil indgå i et rammepapir, der beskriver ..."): there, since
    the conventions' evidence is "the exact sentence or sentences (one contiguous span)" and the event's own
    sentence does not say what it is about (f08's gold; tests/nlp/test_lineage_evidence.py). A noun said
    again whole ("en venteliste" ... "blev ventelisten nedlagt", f11) names its thing itself: one sentence."""
    window = max(0, d.start - 600)
    spans = sentence_spans(text[window:d.start])
    if not spans or (window and spans[-1][0] == 0):
        return d.start  # no sentence before, or one longer than the window: no sentence to cite whole
    lo, hi = spans[-1][0] + window, spans[-1][1] + window
    head = lexicon.lemma_of(word)
    introduced = re.search(rf"\b(?:en|et)\s+(?:[\wæøå-]+\s+)?[\wæøå-]+{re.escape(head)}\b", text[lo:hi], re.IGNORECASE) \
        if len(head) >= 4 else None
    if introduced and not any(e.start < hi and lo < e.end for e in told) and not text[hi:d.start].count("\n\n"):
        return lo
    return d.start


_MOVED_TO = re.compile(r"^(?P<word>[\wæøåÆØÅ]+)\s+(?P<move>fra\s+\S.*?\s+til\s+\S.*)$")
_FRAMED_ANAPHOR = re.compile(r"^(?P<head>[\wæøå]+ af )(?P<word>[\wæøåÆØÅ]+)$", re.IGNORECASE)


def _frame_antecedent(word: str, earlier: list[Draft], start: int) -> str | None:
    """A definite nominalisation of an instrument names the event that set it up:
    "forlænger nu suspenderingen" -> the earlier "suspension af reglen" (p04)."""
    frame = lexicon.noun_frame(word)
    if not frame:
        return None
    return next((e.subject for e in reversed(earlier) if start - e.end < 3000
                 and e.subject.lower().startswith(frame + " ")), None)


def _given_phrase(word: str, before: str) -> str | None:
    """A bare definite noun names the fuller noun phrase of its head said before it in its paragraph:
    "lokalplanen" -> "lokalplan nr. 411" (s10_06), without the article a subject does not keep."""
    found = fuller_mention(word, before)
    return ARTICLE.sub("", found) if found else None


def _given_complement(subject: str, before: str) -> str:
    """A bare definite noun closing the subject as a preposition's complement refers back as a bare subject
    does: "måleindikatorerne for hvert af målene" after "de beskæftigelsespolitiske mål for 2018" (star d03
    gold: "måleindikatorer for hvert af de beskæftigelsespolitiske mål for 2018"); inside the phrase the
    mention keeps its article."""
    words = subject.rsplit(None, 2)
    if len(words) < 3 or words[1].lower() not in PREPOSITIONS or not DEFINITE.match(words[2]) \
            or not words[2][:1].islower() or len(words[2]) < 5 or words[2].startswith("reform"):
        return subject
    mention = fuller_mention(words[2], before)
    return subject[:len(subject) - len(words[2])] + mention if mention and subject.endswith(words[2]) else subject


def _text_compound(word: str, before: str, text_after: str = "") -> str | None:
    """A bare definite noun names the compound that ends in it earlier in the text: "reglen"
    -> "225-timers-reglen" (p04, p06), "loftet" -> "kontanthjælpsloftet", "ordningen" ->
    "fleksjobordningen" (Danish compounds put the head last; the latest one written wins).

    `text_after` is the text after the anaphor's own sentence (a heading or a fuller mention further on), never its
    own sentence, whose other compounds are other things: "Ydelsen blev ændret til selvforsørgelses- og
    hjemrejseydelse" changes the benefit named before, not the new one; "at skolen skal lukkes, og at eleverne
    flyttes til Vestskolen" closes the school, not the one its pupils move to."""
    if len(word) < 5:
        return None
    heads = "|".join(re.escape(w) for w in sorted({word, lexicon.lemma_of(word)}, key=len, reverse=True) if len(w) >= 4)
    # "225-timers-reglen", or its modifier written apart ("225-timers reglen"), or indefinite in a
    # lead ("Den udskældte 225-timers regel", p04): the modifier with the anaphor's own form
    pattern = re.compile(rf"\b(?P<mod>[\wæøåÆØÅ-]{{3,}}?|[\wæøå]+-[\wæøå]+\s+)(?:{heads})\b", re.IGNORECASE)
    for where in (before, text_after):
        # a party's name is no compound of the common noun it ends in ("Socialdemokratiet" of "demokratiet")
        found = [m.group("mod") for m in pattern.finditer(where) if m.group(0).lower() not in party_names()]
        if found:
            return re.sub(r"\s+", " ", found[-1] if where is before else found[0]) + word
    return None


def inherit_year(d: Draft, previous: list[Draft], earlier: Sequence[Draft] = ()) -> Draft:
    """"Fleksydelsesordningen erstattede desuden ...": the year of the sentence before.

    "Samtidig" adds to what was decided, so a decision's year wins over a plan's target the same sentence gives:
    "Regionsrådet ... vedtog tirsdag at oprette en ny akutklinik ... Klinikken forventes at slå dørene op i marts
    2024. Samtidig lukkes den nuværende lægevagtskonsultation i Dronninglund" (probes25 03) is closed in the
    decision's 2023 ("tirsdag" of a 2023 news page), as "Klinikken erstatter den nuværende lægevagtskonsultation"
    after "vedtog tirsdag" (probes24 m03) is; the opening in 2024 is no year of the closure."""
    if d.year_stated:
        return d
    # the sentence before, else the latest decision before it ("... vedtog tirsdag ... Klinikken forventes at åbne i
    # marts 2024. Samtidig lukkes ...")
    decided = [p for p in previous if p.kind != "planned" and p.year is not None] \
        or [p for p in list(earlier)[::-1] if p.kind != "planned" and p.year is not None][:1]
    # (a proposal added with "Samtidig foreslås det" is a plan itself: it keeps the sentence before's year)
    if d.kind != "planned" and any(p.kind == "planned" and p.year_stated for p in previous) and decided:
        return replace(d, year=decided[0].year, year_stated=decided[0].year_stated, year_at=decided[0].year_at)
    stated = [p for p in previous if p.year_stated]
    if not stated:
        return d
    return replace(d, year=stated[0].year, year_stated=True)


# "også", with the additive adverbs: the sentence tells another decision of the same occasion.
_ALSO = re.compile(r"\bogså\b", re.IGNORECASE)


def same_occasion_year(d: Draft, sentence: str, earlier: list[Draft]) -> Draft:
    """A body's further decision at the same meeting takes the year of its first one: "Regionsrådet ... vedtog
    tirsdag at oprette en ny akutklinik ... Regionsrådet besluttede også at forlænge forsøget med
    videokonsultationer" (probes25 03), "Regionsrådet vedtog tirsdag at åbne en akutklinik ... Samtidig besluttede
    regionsrådet at forlænge forsøget med en akutlægebil" (probes24 m03): the year is clearly implied (the gold
    READMEs' "tirsdag"). Only a decision the sentence marks as additive, by the body that made the earlier one."""
    if d.year is not None or not d.actor or not (ADDITIVE.search(sentence) or _ALSO.search(sentence)):
        return d
    body = _body_word(d.actor)
    # the earlier decision dated by its day word ("vedtog tirsdag"), not by a date of its own ("lukke ... med
    # udgangen af marts 2024", probes19 m03: the meeting was in 2023)
    same = [e for e in earlier if e.actor and _body_word(e.actor) == body and e.kind != "planned" and e.year is not None
            and not e.year_stated]
    if not same:
        return d
    last = same[-1]
    return replace(d, year=last.year, date=None, year_stated=last.year_stated, year_at=last.year_at)


def _body_word(actor: str) -> str:
    """The body's own noun, the first word ("Regionsrådet i Region Nordjylland" and "regionsrådet" are one body)."""
    return actor.split()[0].lower()


_FOUND_AT = re.compile(r"\bfindes\b[^.]*?\b(?:på|under)\s+(?P<site>[\w.-]+\.dk)\b", re.IGNORECASE)


def where_found(text: str, d: Draft) -> Draft:
    """"en række indikatorer" + a later "De centrale indikatorer findes i dag på
    jobindsats.dk": the replacement is named with where it is published."""
    if d.kind != "replaced" or not d.replaced_by or ".dk" in d.replaced_by:
        return d
    head = d.replaced_by.split()[-1].lower()[:8]
    window = text[d.end:d.end + 600]
    for sentence in re.split(r"(?<=[.!?])\s+", window)[:4]:
        found = _FOUND_AT.search(sentence)
        if found and head in sentence.lower():
            return replace(d, replaced_by=f"{d.replaced_by} på {found.group('site')}")
    return d


def resolve_reform(drafts: list[Draft], text: str) -> list[Draft]:
    """"reformen" in a subject is the document's reform: the one it names most often."""
    from collections import Counter

    from ..linking import find_in_text

    if not any(_BARE_REFORM.match(d.subject) and not _NAMED_REFORM.match(d.subject) for d in drafts):
        return drafts
    named = Counter(text[a:b].lower() for _, a, b in find_in_text(text, "reform"))
    if not named:
        return drafts
    phrase = named.most_common(1)[0][0]
    return [replace(d, subject=_BARE_REFORM.sub(phrase, d.subject, count=1))
            if _BARE_REFORM.match(d.subject) and not _NAMED_REFORM.match(d.subject) else d for d in drafts]


def back_reference(text: str, spans: list[tuple[int, int]], index: int, anchor: dt.date | None) -> list[Draft]:
    prev_lo, _ = spans[index - 1]
    lo, hi = spans[index]
    previous = text[prev_lo:spans[index - 1][1]]
    kind: EventKind = "confirmed" if NEGATED_RULE.search(previous) else "introduced"
    year = anchor.year if anchor else None
    mentions = time_mentions(text[prev_lo:hi], anchor=anchor)
    if mentions:
        year = mentions[0].year
    actor = find_actor(text[lo:hi], hi - lo)
    subject = collapse_ws(previous).rstrip(".")
    return [Draft(kind, prev_lo, hi, subject, year, None, actor, None, True)]


def instead(sentence: str, start: int, end: int, earlier: list[Draft]) -> list[Draft]:
    """"i stedet" within a few sentences of a dropped commitment: what replaced it."""
    dropped = [d for d in earlier if d.kind == "dropped" and start - d.end < 1500]
    if not dropped:
        return []
    # A list item's own section, else the latest dropped commitment.
    last = max(dropped, key=lambda d: (d.position if d.position <= start else -2, d.end))
    if last.subject in {d.subject for d in earlier if d.kind == "replaced"}:
        return []
    cue_at = INSTEAD.search(sentence)
    assert cue_at is not None
    by_match = REPLACEMENT.search(sentence, cue_at.start())
    by = clean(by_match.group("by")) if by_match else None
    actor = find_actor(sentence, cue_at.start())
    return [Draft("replaced", start, end, last.subject, last.year, None, actor, by, True, position=last.position)]
