"""Lineage events (introduced, dropped, replaced ...) from the sentences of a document.

Clause by clause, the cues of `cues` in priority order: phrase cues for word orders, and
lexicon cues that read the Danish event lexicon (`lexicon`, nlp/data/event_lexicon.csv)
over the pipeline's lemmas at their place in the order; a clause no cue reads is offered
to the whole lexicon (nominalisations: "afskaffelsen af X trådte i kraft"). Then the
discourse steps the labelling conventions describe: a `dropped` followed by "i stedet"
gives a `replaced` (seed 000); a list announced with ":" after a dropped cue, or under an
agreement's lead ("Aftalen indeholder:"), gives one event per item; an adopted law and the
sentences on its number and entry into force are one event; "Det er en beslutning"
attaches a decision to the sentence before it. Years come from the clause ("lov nr. N af
<date>" is the adoption year; a period gives start and end), else from the document's own
date when the verb is in the present or perfect tense. Actors are agents (`actors`); subjects and
actors end as clean noun phrases and agents, never texts (`subjects`).
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from danish.dates import MONTH_NAME_PATTERN as _MONTHS
from danish.dates import WEEKDAY_PATTERN, find_periods
from danish.words import DEMAND_VERB_PATTERN, NEGATION_PATTERN, NEGATION_WORDS as _NEGATION_WORDS, PROGRAMME_NOUNS
from extract.document import Document
from extract.normalise import collapse_ws
from extract.records import Answer, AnyRecord, DocumentInfo, EventKind, LineageEvent, Question

from .cues import (ADDITIVE, BACK_REFERENCE, CLAUSE_BREAK, CONTINUATION, CUES, INSTEAD, INTENTION, NEGATED_RULE,
                   NEGATION_AFTER, NEGATION_BEFORE, OPINION, PAST_TENSE, PRESENT_TENSE, PROPOSAL, PROPOSED, REPLACEMENT,
                   STATISTIC_AFTER, Cue, has_trigger)
from .cues import BRINGS as BRINGS_VERBS
from . import actors, approval, lexicon, overview, referat, subjects
from .kinds import BY_KIND
from ..phrases import after_cue, before_cue, find_actor
from ..sentences import is_insertion_dash, sentence_spans
from ..timex import TimeMention, document_date, nearest_year, time_mentions

_ITEM = re.compile(r"^\s*(?:\d{1,2}\)|[•▪·*–-])\s+(?P<item>[^\n]+)")
_MIN_WORDS = 4
_NUMBERED = re.compile(r"^\d{1,2}\.\s")
_RELATIVE = re.compile(r"^(?:der|som|og)\s", re.IGNORECASE)
# "frem mod foråret 2013" (f10), "frem mod 2017" (f09), "Frem mod år 2020" (p25): a horizon, not when it happened
_END_YEAR = re.compile(r"\b(?:frem til|frem mod|indtil|til)\s+(?:og med\s+)?(?:udgangen af\s+|år\s+|foråret\s+|efteråret\s+"
                       r"|sommeren\s+|vinteren\s+)?$", re.IGNORECASE)
_CONDITION = re.compile(r"(?:hvis|såfremt|medmindre|i fald)\b", re.IGNORECASE)
# Danish puts the finite verb first in a condition without a conjunction ("Stopper du i en periode
# med at modtage kontanthjælp, ...", "Flytter man til en anden kommune, ..."): the verb, then a
# personal pronoun. A rule for the reader, no event (p09; kommune and borger.dk guidance).
_V1_CONDITION = re.compile(r"^\s*[A-ZÆØÅ][a-zæøå]+(?:r|s|de|te)\s+(?:du|man|I|De|vi|han|hun)\b")  # not den/det/de: articles
# A year after a time preposition or in a date is when; a bare year after a noun may be part of a name
# ("Kvalitetsstandard for stof- og alkoholbehandling 2012 videreføres i 2013", "budget 2013"): when the
# clause has both, the time wins.
_TIME_PREPOSITION = re.compile(r"(?:\b(?:i|fra|pr\.|per|den|d\.|siden|inden|efter|før|med virkning fra|primo|medio|ultimo|"
                               r"udgangen af|starten af|løbet af|år|året)\s+(?:\d{1,2}\.\s*)?(?:[a-zæøå]+\s+)?)$", re.IGNORECASE)


def _timed(sentence: str, mentions: list[TimeMention]) -> list[TimeMention]:
    timed = [t for t in mentions if t.date is not None or _TIME_PREPOSITION.search(sentence[max(0, t.start - 30):t.start])]
    return timed or mentions


def _with_periods(sentence: str, mentions: list[TimeMention]) -> list[TimeMention]:
    """A period written with a hyphen ("i perioden 2021-2023") is a time too: its first year, at its place."""
    extra = [TimeMention(p.start, p.end, p.first) for p in find_periods(sentence)
             if not any(p.start <= t.start < p.end for t in mentions)]
    return sorted(mentions + extra, key=lambda t: t.start)


# A year joined to a noun names a thing, not a time: "regeringens sociale 2020-mål" (p25), "en 2025-plan".
_YEAR_COMPOUND = re.compile(r"-[a-zæøå]")
_TARGET_YEAR = re.compile(r"\b(?:for|mål|målet for)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class _Draft:
    kind: EventKind
    start: int  # evidence span in doc.text
    end: int
    subject: str
    year: int | None
    date: dt.date | None
    actor: str | None
    replaced_by: str | None
    decision: bool
    explicit_subject: bool = True
    position: int = -1
    year_stated: bool = False  # the year is written in the evidence, not taken from the document
    end_year: int | None = None  # a period's last year ("i perioden 2016–2020")
    change: str = ""  # what a change made of it ("til en etårig 225-timers-regel"), added to the subject
    future_of: str = ""  # the kind a present tense with a later year announces ("videreføres i 2014"): kept for a decision
    perfect_dated: bool = False  # the year is the document's, taken for a perfect tense ("er der indført")


def lineage_events(doc: Document, records: Sequence[AnyRecord] = ()) -> list[LineageEvent]:
    anchor = _anchor_date(doc, records)
    skip = _skipped_ranges(records) + overview.table_ranges(doc.text)  # a status table is read by its layout
    drafts: list[_Draft] = []
    spans = [s for s in _heading_split(doc.text, sentence_spans(doc.text)) if not any(a <= s[0] < b for a, b in skip)
             and not _BOILERPLATE.search(doc.text[s[0]:s[1]])]
    previous: list[_Draft] = []
    read_until = -1  # the points of a recommendation are read with their lead
    # the party speaks in its programme: the issuer a party, or a programme that names its party in its title
    # ("Principprogram for SF – Socialistisk Folkeparti", s08, whose issuer is read as "SF (Socialistisk Folkeparti)")
    party_voice = _party_issuer(records) or _titled_programme_party(doc.text)
    for index, (start, end) in enumerate(spans):
        if index <= read_until:
            continue
        read_until = index + (_points_after(doc.text, spans, index) or _demands_after(doc.text, spans, index))
        decided_by = _DECIDED_BY.match(doc.text[start:end].strip())
        who = actors.subject_agent(decided_by.group("who") or decided_by.group("who2") or decided_by.group("who3")) \
            if decided_by else None
        if who and previous and all(d.end <= start for d in previous):
            # "... bliver nu ændret til en etårig 225-timers-regel. Det har Folketinget besluttet i dag." (p02):
            # the sentence names who decided the event before it, and joins its evidence
            n = len(previous)
            drafts[-n:] = [replace(d, end=end, actor=d.actor or who) for d in drafts[-n:]]
            previous = drafts[-n:]
            continue
        if party_voice:
            with lexicon.demands():
                found = _sentence_events(doc.text, spans, index, anchor, drafts) or _works_for(doc.text, start, end)
        else:
            found = _sentence_events(doc.text, spans, index, anchor, drafts)
        found = [_continue(doc.text, spans, index, d, anchor) for d in found]
        if previous and ADDITIVE.search(doc.text[start:end]):
            found = [_inherit_year(d, previous) for d in found]
        drafts.extend(found)
        previous = found
    drafts = _undated_perfects(_with_approvals(doc.text, drafts), records)
    if party_voice:  # the party's own demands are its plans (f05, f06 gold: actor the party)
        drafts = [replace(d, actor=party_voice) if d.kind == "planned" and d.actor is None else d for d in drafts]
    drafts = _genre_present_tense(doc.text, _without_adoption_lines(doc.text, drafts))
    drafts = _we_are_the_author(doc.text, drafts, _issuer(records))
    drafts = _we_are_the_speaker(doc.text, drafts)
    drafts = _resolve_reform(_resolve_anaphora(_dedupe(_law_blocks(doc.text, drafts)), doc.text), doc.text)
    drafts = _evaluation_actor(drafts, doc.text)
    drafts = _bill_contents(drafts, doc.text)
    drafts = [m for d in drafts for m in _counted_members(d, doc.text)]
    drafts = [_with_change(d) for d in drafts]
    drafts = [_noun_phrases(d, doc.text) for d in drafts]
    drafts = [_where_found(doc.text, d) for d in drafts if d.subject.strip() and not _no_commitment(d.subject)
              and not _names_the_actor(d) and not (_adverbial(d.subject) and (d.kind != "planned" or not subjects.names_a_forum(d.subject)))]
    return [_record(doc, d) for d in drafts + _overview_rows(doc.text)]


def _overview_rows(text: str) -> list[_Draft]:
    """The rows of a status overview ("Sager på vej", nlp/lineage/overview.py): one event per row with a
    stated status, its year from the section heading."""
    return [_Draft(r.kind, r.start, r.end, r.subject, r.year, r.date, r.actor, None, BY_KIND[r.kind].decision,
                   year_stated=r.year is not None) for r in overview.rows(text)]


_FINITE_AUX = subjects.FINITE_AUX
_LINK_WORDS = frozenset("af for til med på fra ved under efter samt eller men hvor når".split())
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ")


def _heading_lines(text: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each line in text[lo:hi] that does not end in punctuation and is
    followed, past blank lines, by a line opening with a capital; `end` is just past the
    last newline before that capital. Line by line, because a regular expression searched
    from every position is quadratic on a line of 200,000 letters (a hostile file)."""
    at = lo
    while at < hi:
        line_end = text.find("\n", at, hi)
        if line_end < 0:
            return
        line = text[at:line_end].rstrip()
        if line and line[-1] not in ".!?:;,":
            after = line_end
            while after < hi and text[after].isspace():
                after += 1
            if after < hi and text[after] in _CAPITALS:
                end = text.rfind("\n", line_end, after) + 1
                yield at, end
                at = end
                continue
        at = line_end + 1


# A new line opened by a list marker starts a sentence of its own: "At 1) ...\nAt) ..." (referater),
# "• Topskatten afskaffes ...\n• Bundfradraget forhøjes ..." (party programmes), "A) ...\nB) ...".
_ITEM_LINE = re.compile(r"\n(?=[ \t]*(?:(?:At\s*)?(?:[A-Za-z]|\d{1,2})?\)\s|[•▪·\uf0b7–-]\s))")


def _item_split(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for lo, hi in spans:
        cuts = [lo] + [m.end() for m in _ITEM_LINE.finditer(text, lo, hi) if not is_insertion_dash(text, m.start())] + [hi]
        out.extend((a, b) for a, b in zip(cuts, cuts[1:]) if text[a:b].strip())
    return [(a + len(text[a:b]) - len(text[a:b].lstrip()), a + len(text[a:b].rstrip())) for a, b in out]


def _heading_split(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A heading line is not the first words of the sentence under it: "Evaluering af det fremrykkede
    revurderingstidspunkt\nEvalueringen ser på ..." (p18), "Udvikling af nye målinger\nDer er udviklet
    ..." (web pages and reports alike). A short line without end punctuation, followed by a line that
    opens with a capital, ends where its line ends (the conventions' evidence is the sentence itself)."""
    out: list[tuple[int, int]] = []
    for lo, hi in _item_split(text, spans):
        start = lo
        for m_start, m_end in _heading_lines(text, lo, hi):
            line = text[start:m_end].strip()
            if m_start < start or not line or len(line.split()) > 12 or line.split()[-1].lower() in _FUNCTION_WORDS | _LINK_WORDS \
                    or _FINITE_AUX.intersection(w.lower() for w in line.split()):
                # a long line, one ending in a function word, or one with a finite auxiliary is a sentence
                # wrapped, not a heading ("Ovenstående er de grundlæggende tanker bag ejerstrategien for
                # Trekantområdets\nBrandvæsen, der er tiltrådt ...", f13; "Spørgsmålet er stillet efter ønske fra
                # ... Astrid\nKrag (S).", eru-2017-18-spm343-spm): headings are noun phrases
                break
            out.append((start, start + len(text[start:m_end].rstrip())))
            start = m_end
            while start < hi and text[start].isspace():
                start += 1
        out.append((start, hi))
    return [(a, b) for a, b in out if b > a]


# "Det har Folketinget besluttet i dag.", "Det besluttede byrådet tirsdag.", "Det er regeringen og KL blevet
# enige om.": who decided what the sentence before told (p02; seed 002's "Det er en beslutning, som vi har
# været enige om i aftalekredsen" is the same step, told as its own event by BACK_REFERENCE).
_DECIDED_BY = re.compile(
    r"^(?:Det|Dette)\s+(?:(?:har|havde)\s+(?P<who>[^,.;]{2,80}?)\s+(?:besluttet|vedtaget|aftalt)"
    r"|(?:besluttede|vedtog|aftalte)\s+(?P<who2>[^,.;]{2,80}?)|(?:er|blev)\s+(?P<who3>[^,.;]{2,80}?)\s+(?:blevet\s+)?enige\s+om)"
    r"(?:\s+(?:i dag|i går|[a-zæøå]+dag|nu|i \w+))?\s*\.?$", re.IGNORECASE)


# Web page boilerplate states no policy: consent banners ("denne cookie udløber når ...", p14).
_BOILERPLATE = re.compile(r"\bcookies?\b", re.IGNORECASE)
_LAW_NUMBER = re.compile(rf"\blov nr\.\s*\d+\s+af\s+(?:den\s+)?\d{{1,2}}\.\s*{_MONTHS}\s+(?P<year>\d{{4}})", re.IGNORECASE)
# A bill named by number and title: "lovforslag L 67, Forslag til lov om ændring af ... (Indførelse af seniorpension)".
_BILL = re.compile(r"\blovforslag(?:et)?\s+(?P<number>L\s*\d+)\s*,\s*(?:Forslag til\s+)?(?P<title>lov om [^\n]+?\))?(?=\.|,|$)",
                   re.IGNORECASE)
# Sentences that go on about the law just adopted: "Lovforslaget, som vedtaget ved 3. behandling, kan
# findes som lov nr. ...", "Loven trådte i kraft den 1. januar 2020" (p14; the conventions keep the
# entry into force in the adoption event's evidence).
_LAW_FOLLOW_UP = re.compile(r"^(?:loven|lovforslaget|lovændringen|lovændringerne|ændringen|reformen)\b", re.IGNORECASE)


# The text itself, named definite ("Notatet er udarbejdet af ..."). An indefinite document noun names a
# document still to be made, which can be the commitment: "Der skal udarbejdes redegørelse for, hvorfor ..."
# (Liberal Alliance's programme, corpus/pdf_more), "Der skal udarbejdes en rapport om ..." (tests).
_DOCUMENTS = frozenset("notatet rapporten svaret brevet skrivelsen besvarelsen redegørelsen dokumentet".split())
# ... or pointed at: "Dette notat er udarbejdet af Beskæftigelsesministeriet" (tests/nlp/test_event_lexicon.py),
# "nærværende redegørelse": a pointing determiner makes the noun as definite as its suffix does.
_POINTING = frozenset("dette denne nærværende".split())
_DOCUMENT_NOUNS = frozenset("notat rapport svar brev skrivelse besvarelse redegørelse dokument".split())
_FUNCTION_WORDS = frozenset("at det der den de som og i om en et behov dette disse denne man vi".split())


# What opens a subject but is no part of the noun phrase: list bullets ("• Topskatten afskaffes",
# party programmes; "- Forbud mod ...", referater), and the subordinator of the clause the phrase
# picker read it from ("hvor skatten sænkes", "mens det andet arbejdsprogram blev vedtaget").
_BULLET = re.compile(r"^[•▪·*–\-\uf0b7\s]+")
_SUBORDINATOR = re.compile(r"^(?:hvor|mens|når|da|så|hvis|fordi|idet|indtil|end hvis|end)\s+", re.IGNORECASE)
# A phrase opened by a preposition or a subordinating adverbial is an adverbial, not the commitment
# ("i det omfang", "til et mere bæredygtigt niveau", "takket være ...", "jf. de muligheder", "dels når").
_NOT_NP = re.compile(r"^(?:(?:i|ved|for|til|før|af|på|med|efter|under|om|mod|uden|inden|gennem|over|dels|takket|"
                     r"blandt|hos|fra|siden|trods|end)\b|jf\.|bl\.\s?a\.|"
                     # "to år efter aftalen blev indgået": a time measured from an event is when, not what
                     r"(?:\w+\s+)?(?:år|måneder|uger|dage|timer)\s+(?:efter|før|inden|senere)\b)", re.IGNORECASE)
# Words that are never a commitment alone: pronouns, modals, adverbs ("må", "Der", "alle", "følgende").
_NOT_ALONE = frozenset("må kan skal vil bør der her alle alt man vi de det følgende hvilket ovenstående "
                       "pr jf mv m.v. bl.a.".split())


# A month left over from a date line before a capitalised name ("november LO s jobcenterindeks", p01's
# "Version 2, november" header run into the sentence): a time, not part of what (issue 15: no time phrases).
_LEADING_MONTH = re.compile(rf"^(?:{_MONTHS})\s+(?=[A-ZÆØÅ])")


def _tidy_subject(subject: str) -> str:
    words = re.sub(r"^(?:en|et)\s+", "", subject)  # "vedtog byrådet en ramme for ...": the actor taken off left it
    for _ in range(3):
        before = words
        words = _SUBORDINATOR.sub("", _BULLET.sub("", words))
        words = _LEADING_MONTH.sub("", words)
        first = words.split(" ", 1)
        if len(first) == 2 and first[0].lower() in _ADVERBS:
            words = first[1]
        if words == before:
            break
    return words.strip()


def _noun_phrases(d: _Draft, text: str) -> _Draft:
    """The subject as a clean noun phrase and the actor an agent, never a text; an event without
    an actor takes the agent its subject belongs to ("regeringens sundhedsudspil") or whose
    decision its sentence refers to ("i forlængelse af byrådets beslutning") (`subjects`)."""
    subject, actor = subjects.noun_phrases(_tidy_subject(d.subject), d.actor, text[d.start:d.end], text)
    return replace(d, subject=subject, actor=actor)


def _adverbial(subject: str) -> bool:
    """A phrase opened by a preposition: where or when, not what. A plan keeps it: what is to be
    done is often told by its forum ("vil blive drøftet i forligskredsen bag reformen", seed 004)."""
    return bool(_NOT_NP.match(subject.strip())) and not subject.lower().startswith(_FRAMES())


def _names_the_actor(d: _Draft) -> bool:
    """"Derfor foreslår Liberal Alliance, at ...": the agent is who, not what."""
    return d.actor is not None and d.subject.strip().lower() == d.actor.strip().lower()


def _no_commitment(subject: str) -> bool:
    """A subject that names no commitment: a function word ("at", "det"), an adverbial ("i det
    omfang") or a verb form the phrase pickers left ("videreført"; issue 15's wrong events)."""
    words = subject.strip(" .,:;").lower().split()
    if words and (words[-1] in _DOCUMENTS or (len(words) >= 2 and words[-2] in _POINTING and words[-1] in _DOCUMENT_NOUNS)):
        return True  # "Notatet er udarbejdet af ...", "Dette notat ...": the text itself, not a commitment
    if referat.procedural(subject):
        return True  # "udskyde sagen til næste møde", "godkendte indstillingen": procedure
    if words and words[0] in ("må", "kan", "skal", "vil", "bør", "at", "skulle", "kunne"):
        return True  # a verb phrase the picker left ("må afgive en urimelig stor del ...")
    if len(words) != 1:
        return False
    word = words[0]
    return word in _FUNCTION_WORDS or word in _NOT_ALONE or word in _ADVERBS or len(word) < 3 \
        or lexicon.is_participle(word) or word in lexicon.verb_forms(word)


def _law_blocks(text: str, drafts: list[_Draft]) -> list[_Draft]:
    """An adopted law and the next sentences about it (number, entry into force) are one
    event: the adoption's year, the bill's title as subject, the span of all of them."""
    out: list[_Draft] = []
    for d in drafts:
        last = out[-1] if out else None
        if last is not None and last.kind == "introduced" and d.kind == "introduced" \
                and _ADOPTED.search(text[last.start:last.end]) and _LAW_FOLLOW_UP.match(text[d.start:d.end].lstrip()) \
                and 0 <= d.start - last.end < 400 and _only_follow_ups(text[last.end:d.start]):
            out[-1] = replace(last, end=max(last.end, d.end))
            continue
        if d.kind == "planned" and "kraft" in text[d.start:d.end].lower() and _LAW_FOLLOW_UP.match(d.subject) \
                and any(o.kind in ("introduced", "changed") and _ADOPTED.search(text[o.start:o.end]) for o in out):
            # "Loven træder i kraft den 1. juli 2011" a few sentences after "Folketinget har i dag vedtaget
            # et lovforslag ..." (p02): the conventions label the adoption, not its entry into force
            continue
        if d.kind == "introduced":
            bill = _BILL.search(text[d.start:d.end])
            if bill and bill.group("title") and d.subject.lower().startswith("lovforslag"):
                d = replace(d, subject=f"{collapse_ws(bill.group('title'))}, {bill.group('number')}")
        out.append(d)
    return out


_BILL_BRINGS = re.compile(rf"^\W*(?:lovforslaget|loven|lovændringen)\s+(?:\w+\s+)?{BRINGS_VERBS}\b",
                          re.IGNORECASE)


def _bill_contents(drafts: list[_Draft], text: str) -> list[_Draft]:
    """"Lovforslaget indebærer også, at boligstøtten ikke må kompensere ..." after "Folketinget har i dag
    vedtaget et lovforslag om ..." (p02): the bill's contents were decided with it, by its adopter in its year."""
    out: list[_Draft] = []
    for d in drafts:
        if not d.year_stated and not d.actor and _BILL_BRINGS.match(text[d.start:d.end]):
            adopted = next((o for o in reversed(out) if _ADOPTED.search(text[o.start:o.end]) and 0 <= d.start - o.end < 1500), None)
            if adopted is not None:
                d = replace(d, year=adopted.year, date=adopted.date, actor=adopted.actor, year_stated=adopted.year_stated)
        out.append(d)
    return out


def _only_follow_ups(gap: str) -> bool:
    """Nothing, or only more sentences about the law ("Lovforslaget, som vedtaget ..., kan findes som lov nr. ...")."""
    return all(_LAW_FOLLOW_UP.match(gap[a:b].strip()) for a, b in sentence_spans(gap) if gap[a:b].strip())


_ADOPTED = re.compile(r"\bvedt(?:og|aget|ages)\b", re.IGNORECASE)
# A relative on the adopted thing telling its entry into force: one event, the adoption's (conventions:
# "If adoption and entry into force are both given, the adoption year is used and the entry-into-force
# date is left in the evidence").
_IN_FORCE_RELATIVE = re.compile(r"\s*(?:som|der)\s+(?:\w+\s+)?(?:træder|trådte)\s+i\s+kraft\b", re.IGNORECASE)
_BARE_REFORM = re.compile(r"^(?:reformen|reformens|reformerne)\b", re.IGNORECASE)
# "reformen af førtidspension og fleksjob" already names its reform.
_NAMED_REFORM = re.compile(r"^reform\w*\s+(?:af|for|om|på|vedrørende)\s", re.IGNORECASE)


def _continue(text: str, spans: list[tuple[int, int]], index: int, d: _Draft, anchor: dt.date | None) -> _Draft:
    """An event without a stated year whose next sentences go on about it ("De har kigget
    på ... Begge rapporter blev offentliggjort i juni 2020"): their year, and their text
    joins the evidence."""
    if d.year_stated or d.kind == "planned":
        return d
    for nxt in range(index + 1, min(index + 3, len(spans))):
        lo, hi = spans[nxt]
        sentence = text[lo:hi]
        if not CONTINUATION.match(sentence):
            return d
        mentions = [t for t in time_mentions(sentence, anchor=anchor)
                    if not _TARGET_YEAR.search(sentence[max(0, t.start - 10):t.start])]
        if mentions:
            return replace(d, end=hi, year=mentions[0].year, date=None, year_stated=True)
    return d


_DEFINITE = re.compile(rf"^[A-Za-zæøåÆØÅ]+{subjects.DEFINITE_ENDING}$")


def _FRAMES() -> tuple[str, ...]:  # noqa: N802 - a constant read from the lexicon
    return tuple(f"{e.frame} " for e in lexicon.entries() if e.frame)


def _resolve_anaphora(drafts: list[_Draft], text: str) -> list[_Draft]:
    """A bare definite noun ("Målingen", "Ordningen") names the commitment an earlier
    event spelled out: "målingen Andel i løntilskud", "Jobpræmieordningen"."""
    out: list[_Draft] = []
    for d in drafts:
        moved = _MOVED_TO.match(d.subject.strip()) if d.kind == "changed" else None
        if moved and _DEFINITE.match(moved.group("word")):
            # "overgik ordningen fra Socialministeriet til Beskæftigelsesministeriet" (d12): the head is the
            # anaphor, the move what the change made of it (added back like any change, `_with_change`)
            d = replace(d, subject=moved.group("word"), change=(moved.group("move") + " " + d.change).strip())
        word = d.subject.strip().lower()
        if _DEFINITE.match(word) and not word.startswith("reform"):
            # not "suspension af reglen": the frame's object is the same bare anaphor
            earlier = next((e for e in reversed(out) if d.start - e.end < 2000 and len(e.subject.split()) > 1
                            and not e.subject.lower().startswith(_FRAMES())
                            and e.subject.lower() != word
                            and (e.subject.lower().split()[0] == word
                                 or any(w.endswith(word) for w in e.subject.lower().split()))), None)
            if earlier is None:
                earlier = next((e for e in reversed(out) if d.start - e.end < 2000
                                and len(e.subject.split()) == 1 and e.subject.lower().endswith(word)
                                and e.subject.lower() != word), None)
            if earlier is None:
                earlier_subject = _frame_antecedent(word, out, d.start) or _text_compound(word, text[:d.start], text[d.start:])
                d = replace(d, subject=earlier_subject or d.subject, start=_introducing_sentence(text, d, word, out))
            if earlier is not None:
                d = replace(d, subject=earlier.subject)
        else:
            framed = _FRAMED_ANAPHOR.match(d.subject)
            if framed and _DEFINITE.match(framed.group("word")) and not framed.group("word").lower().startswith("reform"):
                # "suspension af reglen", "evaluering af ordningen": the anaphor inside the frame
                compound = _text_compound(framed.group("word").lower(), text[:d.start], text[d.start:])
                if compound:
                    d = replace(d, subject=framed.group("head") + compound)
        out.append(d)
    return out


def _introducing_sentence(text: str, d: _Draft, word: str, told: list[_Draft]) -> int:
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


def _frame_antecedent(word: str, earlier: list[_Draft], start: int) -> str | None:
    """A definite nominalisation of an instrument names the event that set it up:
    "forlænger nu suspenderingen" -> the earlier "suspension af reglen" (p04)."""
    frame = lexicon.noun_frame(word)
    if not frame:
        return None
    return next((e.subject for e in reversed(earlier) if start - e.end < 3000
                 and e.subject.lower().startswith(frame + " ")), None)


def _text_compound(word: str, before: str, text_after: str = "") -> str | None:
    """A bare definite noun names the compound that ends in it earlier in the text: "reglen"
    -> "225-timers-reglen" (p04, p06), "loftet" -> "kontanthjælpsloftet", "ordningen" ->
    "fleksjobordningen" (Danish compounds put the head last; the latest one written wins)."""
    if len(word) < 5:
        return None
    heads = "|".join(re.escape(w) for w in sorted({word, lexicon.lemma_of(word)}, key=len, reverse=True) if len(w) >= 4)
    # "225-timers-reglen", or its modifier written apart ("225-timers reglen"), or indefinite in a
    # lead ("Den udskældte 225-timers regel", p04): the modifier with the anaphor's own form
    pattern = re.compile(rf"\b(?P<mod>[\wæøåÆØÅ-]{{3,}}?|[\wæøå]+-[\wæøå]+\s+)(?:{heads})\b", re.IGNORECASE)
    for where in (before, text_after):
        found = [m.group("mod") for m in pattern.finditer(where)]
        if found:
            return re.sub(r"\s+", " ", found[-1] if where is before else found[0]) + word
    return None


_THE_EVALUATION = re.compile(r"^\W*(?:evalueringen|evalueringerne|undersøgelsen|analysen)\b", re.IGNORECASE)


def _evaluation_actor(drafts: list[_Draft], text: str) -> list[_Draft]:
    """"Evalueringen ser på ..." after "de seneste tre evalueringer er netop offentliggjort af Styrelsen
    for Arbejdsmarked og Rekruttering (STAR)" (p18): a bare "the evaluation" is one of those already
    told, and was made by the same agent - when it has the same year (the autumn-2015 start-up
    evaluation is another one)."""
    out: list[_Draft] = []
    for d in drafts:
        if d.kind == "evaluated" and not d.actor and _THE_EVALUATION.match(text[d.start:d.end]):
            told = next((e for e in reversed(out) if e.kind == "evaluated" and e.actor and e.year == d.year), None)
            if told is not None:
                d = replace(d, actor=told.actor)
        out.append(d)
    return out


def _inherit_year(d: _Draft, previous: list[_Draft]) -> _Draft:
    """"Fleksydelsesordningen erstattede desuden ...": the year of the sentence before."""
    stated = [p for p in previous if p.year_stated]
    if d.year_stated or not stated:
        return d
    return replace(d, year=stated[0].year, year_stated=True)


_FOUND_AT = re.compile(r"\bfindes\b[^.]*?\b(?:på|under)\s+(?P<site>[\w.-]+\.dk)\b", re.IGNORECASE)


def _where_found(text: str, d: _Draft) -> _Draft:
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


def _resolve_reform(drafts: list[_Draft], text: str) -> list[_Draft]:
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


def _party_issuer(records: Sequence[AnyRecord]) -> str | None:
    """The party, when a party issues the document (its programme, corpus/municipal f05, f06)."""
    from danish.reference import party_by_name

    issuer = _issuer(records)
    return party_by_name().get(issuer) if issuer else None


def _issuer(records: Sequence[AnyRecord]) -> str | None:
    return next((r.issuer for r in records if isinstance(r, DocumentInfo) and r.issuer), None)


# "I denne analyse viser vi, at ..." (p16, Kraka's analysis), "Vi foreslår, at ..." in a notat: the first
# person plural outside a quotation is the document's author, its issuer. Quoted speech ("- Derfor har vi
# nedsat en kommission", p04; "..., siger ministeren") is the speaker's, not the author's.
_WE = re.compile(r"\b(?:vi|Vi)\b")
_SAYS = r"(?:siger|sagde|udtaler|udtalte|fortæller)"  # the verbs that attribute a quote
_QUOTE_OPEN = re.compile(r"^\s*[-–»\"”“]")
_QUOTED = re.compile(rf"{_QUOTE_OPEN.pattern}|\b{_SAYS}\b", re.IGNORECASE)


def _we_are_the_author(text: str, drafts: list[_Draft], issuer: str | None) -> list[_Draft]:
    if not issuer:
        return drafts
    return [replace(d, actor=issuer) if d.actor is None and _WE.search(text[d.start:d.end])
            and not _QUOTED.search(text[d.start:d.end]) else d for d in drafts]


# Who speaks a quote: "..., siger beskæftigelsesminister Peter Hummelgaard (S)." (p04) - an office and a name,
# or a name; the quote's "vi" decided as that speaker's side.
_SPEAKER = re.compile(rf"\b{_SAYS}\s+(?P<who>(?:[a-zæøå-]+minister\s+|borgmester\s+)?"
                      r"(?-i:[A-ZÆØÅ][\wæøå-]+)(?:\s+(?-i:[A-ZÆØÅ][\wæøå-]+)){1,3})", re.IGNORECASE)


def _we_are_the_speaker(text: str, drafts: list[_Draft]) -> list[_Draft]:
    """"- Derfor har vi nedsat en kommission ... , siger Peter Hummelgaard." (p04): a quoted "vi" decided,
    and the speaker named at the quote's end (in the same paragraph) speaks for them."""
    out: list[_Draft] = []
    for d in drafts:
        said = text[d.start:d.end]
        if d.actor is None and _QUOTE_OPEN.match(said) and _WE.search(said):
            paragraph_end = text.find("\n\n", d.start)
            speaker = _SPEAKER.search(text, d.start, paragraph_end if paragraph_end >= 0 else len(text))
            if speaker:
                d = replace(d, actor=speaker.group("who"))
        out.append(d)
    return out


def _anchor_date(doc: Document, records: Sequence[AnyRecord]) -> dt.date | None:
    for record in records:
        if isinstance(record, Answer) and record.answer_date:
            return record.answer_date
        if isinstance(record, DocumentInfo) and record.date:
            return record.date
    return document_date(doc.text, pages=[page.text for page in doc.pages])


def _skipped_ranges(records: Sequence[AnyRecord]) -> list[tuple[int, int]]:
    """The question quoted in an answer letter states no event of its own."""
    out = []
    for record in records:
        if isinstance(record, (Question, Answer)) and "question_text" in record.provenance:
            span = record.provenance["question_text"]
            out.append((span.start, span.end))
    return out


def _is_statement(text: str) -> bool:
    """A full sentence: not a heading, a question, a numbered goal or a reform intention."""
    words = text.split()
    ended = text.rstrip().endswith((".", "!", ":", ".\"", ".”")) or len(words) >= 10
    # a short sentence with its full stop is one too ("Arveafgiften afskaffes.", a programme's bullet)
    short = len(words) >= 2 and text.rstrip().endswith(".")
    return ((len(words) >= _MIN_WORDS or short) and ended and not text.rstrip().endswith("?")
            and not INTENTION.search(text) and not _NUMBERED.match(text))


def _sentence_events(text: str, spans: list[tuple[int, int]], index: int, anchor: dt.date | None,
                     earlier: list[_Draft]) -> list[_Draft]:
    start, end = spans[index]
    sentence = text[start:end]
    lead = _AGREEMENT_LEAD.match(collapse_ws(sentence).strip())
    if lead:
        return _agreement_items(text, spans, index, lead, anchor)
    if _points_after(text, spans, index):
        return _recommendation_points(text, spans, index, anchor)
    if _demands_after(text, spans, index):
        return _demand_items(text, spans, index, anchor)
    renamed = _RENAMED.search(sentence)
    if renamed:
        # a rename is a change of the old name's scheme (issue 15: "ændrede navn til"; p09: "Selvforsørgelses-
        # og hjemrejseydelse eller overgangsydelse (tidligere integrationsydelse)", a heading)
        new = collapse_ws(renamed.group("new") or renamed.group("new2") or renamed.group("new3")).strip(" ,")
        old = collapse_ws(renamed.group("old") or renamed.group("old2") or renamed.group("old3")).strip(" ,")
        new = re.sub(r"^(?:den|det|de|en|et)\s+", "", new, flags=re.IGNORECASE)
        mentions = [t for t in time_mentions(sentence, anchor=anchor)]
        year = mentions[0].year if mentions else None
        if year is None and anchor and _NOW.search(sentence):
            # "(tidligere akutmidler til denne bygningskategori), som nu indgår i den samlede fordeling" (s04 gold:
            # year from "nu" and the document date, as the conventions take "i foråret", "tirsdag")
            year = anchor.year
        new = _TIME_TAIL.sub("", new)
        if renamed.group("new"):  # a heading's capital is the line's, not the name's
            new = new[0].lower() + new[1:] if new[:1].isupper() and not new[1:2].isupper() else new
        subject = f"{old} (nu {new})"
        return [_Draft("changed", start, end, subject, year, None, None, None, True, year_stated=bool(mentions))]
    if not _is_statement(sentence) or _CONDITION.match(sentence.lstrip()) or _V1_CONDITION.match(sentence):
        return []  # "Hvis ordningen forlænges, skal den evalueres": a condition states no fact
    if BACK_REFERENCE.search(sentence) and index > 0:
        return _back_reference(text, spans, index, anchor)
    drafts = _clause_events(sentence, start, end, anchor) if has_trigger(sentence) or lexicon.has_trigger(sentence) else []
    if not drafts and INSTEAD.search(sentence):
        drafts = _instead(sentence, start, end, earlier)
    if drafts and sentence.rstrip().endswith(":") and drafts[0].kind in ("dropped", "introduced"):
        drafts = _list_items(text, spans, index, drafts[0]) or drafts
    return drafts


_NOW = re.compile(r"\bnu\b", re.IGNORECASE)
# "X (tidligere Y)", "Y skiftede navn til X", "Y ændrede navn til X": the new name of an old scheme.
_RENAMED = re.compile(
    r"(?:^|(?<=[.:;]\s))(?P<new>[^()\n.;:,]{3,100}?)\s*\((?:tidligere|tidl\.|før|hed tidligere)\s+(?P<old>[^()\n]{3,80})\)"
    r"|(?P<old2>[A-ZÆØÅ][^,.;:]{2,80}?)\s+(?:skiftede|skifter|ændrede|ændrer)\s+navn\s+til\s+(?P<new2>[^,.;]{3,80})"
    r"|\b(?:skiftede|skifter|ændrede|ændrer)\s+(?P<old3>[A-ZÆØÅ][^,.;:]{2,60}?)\s+navn\s+til\s+(?P<new3>[^,.;]{3,80})")


def _clauses(sentence: str) -> list[tuple[int, int]]:
    breaks = [(m.start(), m.end()) for m in CLAUSE_BREAK.finditer(sentence)]
    # Participles coordinated under one auxiliary are two events: "Kontanthjælpsloftet blev
    # indført i 2016 og afskaffet igen i 2023" (a lexicon participle after "og")
    for m in _AND_WORD.finditer(sentence):
        if not any(a <= m.start() < b for a, b in breaks) and lexicon.is_participle(m.group("word")):
            breaks.append((m.start(), m.start() + len(m.group(0)) - len(m.group("word"))))
    # Main clauses coordinated by "og" without a comma, each with its own subject and present-tense verb:
    # "momsen sættes ned til 7 pct. ... og benzin- og dieselafgiften sænkes" (f05), "Satsen hæves og
    # karensdagen afskaffes" (tests/nlp/test_lineage_programmes.py), or with a verb of announcing after a time
    # ("Der er etableret sygeplejeklinikker ... og i 2013 forventes det at yderligere en klinik åbnes", s02;
    # tests/nlp/test_cues.py). Only when the words before "og" state
    # an event of their own: "Topskatten og mellemskatten afskaffes" is one clause with two subjects.
    for m in _AND_CLAUSE.finditer(sentence):
        if any(a <= m.start() < b for a, b in breaks) \
                or _AND_NOT_SUBJECT.intersection(w.lower() for w in m.group("np").split()) \
                or not (lexicon.is_future_modal(m.group("verb")) or lexicon.is_present(m.group("verb"))):  # the pipeline last
            continue
        lo = max((b for a, b in breaks if b <= m.start()), default=0)
        if lexicon.find(sentence[lo:m.start()]) is not None:
            breaks.append((m.start(), m.start() + len(m.group(0)) - len(m.group("np")) - len(m.group("verb"))))
    cuts = [0]
    for a, b in sorted(breaks):
        cuts.extend((a, b))
    cuts.append(len(sentence))
    return list(zip(cuts[::2], cuts[1::2]))


_AND_WORD = re.compile(r"\s+og\s+(?:igen\s+|senere\s+|siden\s+)?(?P<word>[a-zæøå]+)\b")
# "og" (not the "og" of "hotel- og restaurantydelser"), up to four words of a subject, a verb in -es/-er;
# bounded and without overlapping runs, so linear on a long line.
_AND_CLAUSE = re.compile(r"(?<!-)\s+og\s+(?P<np>(?:[\wæøå-]+\s+){1,4}?)(?P<verb>[a-zæøå]+(?:es|er))\b", re.IGNORECASE)
_AND_NOT_SUBJECT = frozenset("at der som hvis når da om så men".split())


class _LexMatch:
    """A lexicon hit shaped like the `re.Match` of a cue: the word's span in the clause; a
    nominalisation names its commitment after "af" ("afskaffelsen af X")."""

    def __init__(self, clause: str, hit: lexicon.LexHit) -> None:
        self._clause, self._hit = clause, hit
        self._subj = None
        if hit.nominal:
            self._subj = hit.subject or lexicon.complement_object(clause[hit.end:])

    def start(self) -> int:
        return self._hit.start

    def end(self) -> int:
        return self._hit.end

    def group(self, _: int = 0) -> str:
        return self._clause[self._hit.start:self._hit.end]

    @property
    def present(self) -> bool:
        """A present-tense finite verb ("udmelder", "afskaffes"): the document's own time."""
        return self._hit.form in ("finite", "passive") and self.group(0).lower().endswith(("r", "s"))

    @property
    def particle(self) -> str:
        """The particle of a particle verb ("om" of "lave om"), or ""."""
        return self._hit.entry.lemma.split()[1] if " " in self._hit.entry.lemma else ""

    @property
    def passive(self) -> bool:
        """A present passive ("indføres", "ophæves"): the content of a rule, not news."""
        return self._hit.form == "passive"

    def groupdict(self) -> dict[str, str | None]:
        return {"subj": self._subj} if self._subj is not None else {}


def _first_cue(clause: str) -> tuple[Cue, re.Match[str]] | None:
    found = _first_phrase_cue(clause)
    if found is not None and found[0].kind == "introduced":
        decided = _decided_nominal(clause, found[1])
        if decided is not None:
            return decided
    if found is None or _NOMINAL.match(clause, found[1].end()) or _adopted_nominal(clause, found):
        # no phrase cue, or one that only caught a nominalisation ("Afskaffelsen af X ..."):
        # the lexicon reads the noun, its "af" and the clause's predicate
        hit = lexicon.find(clause)
        if hit is not None and (found is None or hit.nominal):
            cue = Cue(hit.kind, _NEVER, hit.decision, frame=hit.entry.frame if hit.kind == hit.entry.kind else "")
            return cue, _LexMatch(clause, hit)  # type: ignore[return-value]
    return found


_NEVER = re.compile(r"(?!)")
_NOMINAL = re.compile(r"\s+af\s")
# A nominalisation as the subject of an adoption: "Udvidelsen af ordningen blev vedtaget i 2018", "Forlængelsen
# af forsøget blev aftalt" (tests/nlp/test_lineage_coverage.py). The adoption is the verb; the event is the
# nominal's kind (the conventions: "changed ... including changes decided in a political agreement").
_SUBJECT_NOMINAL = re.compile(r"^\W*(?:(?:den|det|en|et)\s+)?[\wæøå-]+\s+(?:af|i)\s", re.IGNORECASE)


# A nominalised change as the object of a decision: "Byrådet vedtog en nedsættelse af taksten i 2013",
# "Forligskredsen er enige om en forlængelse af forsøget", "Regeringen har besluttet en lempelse af kravet"
# (tests/nlp/test_lineage_coverage.py): the change decided is the event (conventions: "changed ... including
# changes decided in a political agreement"); an introducing noun ("vedtog indførelsen af ...") stays introduced.
_OBJECT_ARTICLE = re.compile(r"^\s+(?:om\s+)?(?:(?:en|et|den|det|de)\s+)?(?:(?:ny|nye|yderligere|generel|generelle)\s+)?(?=[\wæøå])",
                             re.IGNORECASE)


def _decided_nominal(clause: str, match: re.Match[str]) -> tuple[Cue, re.Match[str]] | None:
    # the object after the cue, or the cue's own commitment ("enige om en forlængelse af ...", "trådte en
    # ændring af reglerne i kraft")
    subj = match.groupdict().get("subj") if isinstance(match, re.Match) else None
    begin = match.start("subj") - 1 if subj else match.end()
    article = _OBJECT_ARTICLE.match(clause[begin:])
    if article is None:
        return None
    at = begin + article.end()
    hit = lexicon.find(clause, start=at, governed=True)
    # an evaluation decided is still to be done ("besluttet en evaluering af reformen"): not read here
    if hit is None or not hit.nominal or hit.start != at or hit.kind in ("introduced", "planned", "evaluated"):
        return None
    return Cue(hit.kind, _NEVER, hit.decision), _LexMatch(clause, hit)  # type: ignore[return-value]


def _adopted_nominal(clause: str, found: tuple[Cue, re.Match[str]]) -> bool:
    return found[0].kind == "introduced" and bool(_SUBJECT_NOMINAL.match(clause)) \
        and (clause[:found[1].start()].count(" ") < 12)


def _search(cue: Cue, clause: str, lowered: str, pos: int = 0) -> tuple[Cue, re.Match[str]] | None:
    """A phrase cue's match, or for a lexicon cue the first lexicon verb of its kinds."""
    if cue.lexicon:
        hit = lexicon.find(clause, kinds=cue.lexicon, start=pos, verbs_only=True)
        if hit is None:
            return None
        return Cue(hit.kind, _NEVER, hit.decision, frame=hit.entry.frame if hit.kind == hit.entry.kind else ""), \
            _LexMatch(clause, hit)  # type: ignore[return-value]
    match = cue.search(clause, lowered, pos)
    return (cue, match) if match else None


def _first_phrase_cue(clause: str) -> tuple[Cue, re.Match[str]] | None:
    if not has_trigger(clause) and not lexicon.has_trigger(clause):
        return None
    lowered = clause.lower()
    for listed in CUES:
        found = _search(listed, clause, lowered)
        cue, match = found if found else (listed, None)
        if match and cue.kind == "planned" and "kraft" in match.group(0) and _ADOPTED.search(clause):
            continue  # "blev vedtaget i 2019 og træder i kraft 1. juli 2020": the adoption is the event
        if match and "kraft" in match.group(0).lower():
            # the entry into force is the nominalisation's predicate ("blev" stands in for it)
            nominal = lexicon.find(clause[:match.start()] + " blev")
            if nominal is not None and nominal.nominal:
                # "Afskaffelsen af kontanthjælpsloftet trådte i kraft": the nominalisation's event
                return Cue(nominal.kind, _NEVER, nominal.decision), _LexMatch(clause, nominal)  # type: ignore[return-value]
        if match and cue.kind == "planned" and PROPOSED.search(match.group(0)):
            # "Derfor foreslår Liberal Alliance, at der igangsættes en proces med ...", "Det foreslås, at
            # ordningen videreføres": the proposal's content is the event (made `planned` below)
            hit = lexicon.find(clause, start=match.end())
            if hit is not None:
                return Cue(hit.kind, _NEVER, False, frame=hit.entry.frame if hit.kind == hit.entry.kind else ""), \
                    _LexMatch(clause, hit)  # type: ignore[return-value]
        if match:
            if cue.kind == "introduced" and _DECIDED.search(match.group(0)):
                # "Det er besluttet, at refusionen omlægges": what was decided is a change
                change = next((f for c in CUES if c.kind == "changed"
                               for f in [_search(c, clause, lowered, match.end())] if f), None)
                if change:
                    return change
            return cue, match
    return None


# A clause after the first opened by "da" or "når" is a time clause: background to the main
# clause, restating an event told elsewhere ("..., end man forventede, da aftalen blev indgået", p16;
# "..., når ordningen er indført"). Sentence-initial "Da X blev indgået i 2020, ..." still counts.
_SUBORDINATE = re.compile(r"^(?:om|hvorvidt|så|hvis|såfremt|medmindre|da|når)\b", re.IGNORECASE)
_BECAUSE = re.compile(r"^fordi\b", re.IGNORECASE)
_DECIDED = re.compile(r"besluttet|besluttede|aftalt", re.IGNORECASE)


# A later main clause that opens with its time owns it: "Der er etableret sygeplejeklinikker ... og i 2013
# forventes det at yderligere en klinik åbnes" (s02 gold: the clinics without a year, the new one in 2013).
_OPENING_TIME = re.compile(r"\s*(?:i|fra|fra og med|pr\.|per|siden)\s+(?:\d{1,2}\.\s*)?(?:[a-zæøå]+\s+)?\d{4}$", re.IGNORECASE)


def _clause_events(sentence: str, start: int, end: int, anchor: dt.date | None) -> list[_Draft]:
    # "mål for 2018" is a target, "forlænges til 2025" a new end: neither is when it happened
    mentions = [t for t in _with_periods(sentence, time_mentions(sentence, anchor=anchor))
                if not _TARGET_YEAR.search(sentence[max(0, t.start - 10):t.start])
                and not _END_YEAR.search(sentence[max(0, t.start - 24):t.start])
                and not _YEAR_COMPOUND.match(sentence, t.end)]
    out: list[_Draft] = []
    clauses = _clauses(sentence)
    for n, (lo, hi) in enumerate(clauses):
        if n + 1 < len(clauses) and _CONDITION.match(sentence[clauses[n + 1][0]:clauses[n + 1][1]]):
            continue  # "Ydelsen ændres, hvis borgeren flytter": the main clause of a condition is a rule
        if n > 0 and re.match(r"\s*som\b", sentence[lo:hi], re.IGNORECASE) \
                and _COMPARATIVE.search(sentence[clauses[n - 1][0]:clauses[n - 1][1]]):
            continue  # "dobbelt så mange p-pladser ..., som der er fjernet gadeparkeringspladser": a comparison
        if n > 0 and _IN_FORCE_RELATIVE.match(sentence[lo:hi]) and _ADOPTED.search(sentence[:lo]):
            continue  # "Byrådet har vedtaget en ny klimaplan, som træder i kraft 1. januar 2025": the adoption
        if _BECAUSE.match(sentence[lo:hi]) or (n > 0 and _SUBORDINATE.match(sentence[lo:hi])):
            # "..., fordi der med loven blev indført en ny ordning": a reason, restating; "..., om
            # ordningen skal forlænges": whether; "..., så kommunerne får mere": a consequence
            continue
        found = _first_cue(sentence[lo:hi])
        if not found and n > 0 and _SHOWED.match(sentence[lo:hi]) and _EVALUATION_WORD.search(sentence[clauses[n - 1][0]:clauses[n - 1][1]]):
            # "opstartsevalueringen af sygedagpengereformen fra efteråret 2015, som viste, at ..." (p18): the same
            # finding as "evalueringen viste, at" with the relative's comma between
            before = sentence[clauses[n - 1][0]:clauses[n - 1][1]]
            what = _evaluation_subject(before)
            dated = [t for t in mentions if clauses[n - 1][0] <= t.start < hi]
            if what:
                out.append(_Draft("evaluated", start, end, what[0], dated[0].year if dated else None, None,
                                  find_actor(sentence, lo), None, True, year_stated=bool(dated)))
            continue
        if not found:
            continue
        cue, match = found
        cue_at = lo + match.start()
        finding = cue.kind == "evaluated" and "effekt" in match.group(0).lower()  # "kan ikke måle en effekt": a finding
        if _rejected(cue, sentence, cue_at, lo + match.end()) or (not finding and _negated(sentence[lo:lo + match.end()], match.start())):
            continue
        named_evaluation = _EVALUATION_WORD.search(match.group(0)) if cue.kind == "planned" else None
        evaluation = (cue.kind == "evaluated" and not _PASSIVE_EVALUATED.match(match.group(0))
                      and not match.groupdict().get("subj")) or named_evaluation  # a cue that names it knows best
        relative = _object_relative(sentence, clauses, n, lo, cue_at, match) if n > 0 else None
        if relative is None and match.groupdict().get("actor") and sentence[lo:hi].lstrip().lower().startswith("som "):
            continue  # "..., som kommunerne indgik": no agreement, or no agent, before the relative
        subject, explicit = (relative[0], True) if relative else (_evaluation_subject(sentence) if evaluation else None) \
            or _subject(sentence, clauses, n, match, lo)
        if named_evaluation and not subject:
            subject, explicit = named_evaluation.group(0), True  # "Evalueringen offentliggøres i 2022"
        if isinstance(match, _LexMatch) and match.particle and f" {match.particle} " in f" {subject} ":
            # "Dog laves holdstørrelsen om til ...": the V2 subject ends where the verb's particle stands
            subject = f" {subject} ".split(f" {match.particle} ")[0].strip()
        subject = _with_relative(_strip_opening(subject), sentence, clauses, n)
        subject = _with_complement(subject, sentence, lo, hi)
        if cue.frame and subject:
            if _DEFINITE.match(subject.split()[0]):
                subject = subject[0].lower() + subject[1:]  # "suspension af reglen ...", not "af Reglen"
            subject = f"{cue.frame} {subject}"  # "suspenderede ... reglen": the suspension of the rule
        if out and n > 0 and not match.groupdict().get("subj") and not _LEADING_TIME.sub("", sentence[lo:cue_at].strip() + " ").strip():
            # "X blev indført i 2016 og ophørte med udgangen af 2018": the second verb shares X
            subject, explicit = out[-1].subject, False
        in_clause = [t for t in mentions if lo <= t.start < hi]
        # a relative clause's time is its own verb's ("en ny måling ..., som offentliggøres ... fra marts 2022")
        elsewhere = [t for t in mentions if not any(a <= t.start < b and _RELATIVE.match(sentence[a:b].lstrip() + " ")
                                                    for a, b in clauses if (a, b) != (lo, hi))
                     and not any(hi <= a and _OPENING_TIME.match(sentence, a, t.end) for a, _ in clauses)]
        when = nearest_year(_timed(sentence, in_clause or elsewhere), cue_at) if in_clause or elsewhere else None
        year, date = (when.year, when.date) if when else (None, None)
        perfect_dated = False
        stated = when is not None and bool(re.search(r"\d{4}", sentence[when.start:when.end]))
        if when is None and anchor and _RELATIVE_TIME.search(sentence[lo:hi]):
            year = anchor.year  # "i foråret", "tirsdag", "i år", "nu", "netop": the document's year
        elif when is None and cue.kind != "planned" and anchor and _deictic_tense(sentence[lo:hi], sentence, match):
            year = anchor.year
            perfect_dated = cue.kind != "evaluated" and not getattr(match, "present", False) \
                and _PERFECT_AUX.search(sentence[lo:lo + match.end()]) is not None
        elif when is None and finding and anchor and re.search(r"\bkan\b", sentence[lo:lo + match.end()], re.IGNORECASE):
            # a finding in the present ("For 225-timersreglen kan Finansministeriet ikke måle en håndgribelig
            # effekt", p06) holds as of the document, like "I denne analyse viser vi" (p16)
            year = anchor.year
        by = _clean(match.groupdict().get("by")) if cue.kind == "replaced" else None
        period = next((p for p in find_periods(sentence) if when is not None and p.start <= when.start < p.end), None)
        end_year = period.last if period is not None else None  # "i perioden 2016–2020": start and end
        law = _LAW_NUMBER.search(sentence)
        if law:
            # "erstattes pr. 1. januar 2020 af ..., jf. lov nr. 174 af 27. februar 2019": the law's
            # date is the adoption side; the conventions take it over the entry into force (p07, p14)
            year, date, stated = int(law.group("year")), None, True
        if re.match(r"\d{4}$", subject.strip()):
            subject = ""  # a bare year is when, not what
        named_actor = match.groupdict().get("actor")
        actor = None if by and cue.kind == "replaced" else (
            _clean(named_actor) if named_actor else find_actor(sentence, cue_at))
        actor = _clause_agent(sentence[lo:cue_at], sentence[lo + match.end():hi]) or actor \
            or actors.leading_agent(_TIME_OPENER.sub("", sentence[lo:cue_at]))
        actor = actors.agent_of(actor)  # a text is where it is written, not who decided
        if relative:
            actor = relative[1]
        if "recipient" in match.groupdict():
            actor = None  # "Jobcentrene har fået lov til ...": who was given it, not who gave it
        bare_actor = re.sub(r"^(?:et|en|den)\s+", "", actor or "", flags=re.IGNORECASE)
        for name in (actor, bare_actor):
            if name and subject.startswith(name + " "):
                subject = subject[len(name) + 1:]  # "vedtog Folketinget beskæftigelsesreformen" (V2)
        if cue.frame and subject.startswith(cue.frame + " "):
            rest = subject[len(cue.frame) + 1:]
            for name in (actor, bare_actor):
                if name and rest.startswith(name + " "):
                    subject = f"{cue.frame} {rest[len(name) + 1:]}"
        subject = _DATE_STUB.sub("", _UNTIL.sub("", subject))
        # a planned change names its new value as a change does ("Bundfradraget forhøjes til 7.000 kr.", f05)
        change = _change_of(sentence[lo + match.end():hi], subject) if cue.kind in ("changed", "planned") else ""
        if cue.kind == "replaced" and by is None and n > 0 and _RELATIVE.match(sentence[lo:hi].lstrip() + " ") \
                and match.group(0).lower().startswith(("der ", "som ")):
            # "..., der erstattede den tidligere lov": the replacement is the clause before
            by = out[-1].subject if out else before_cue(sentence[clauses[n - 1][0]:clauses[n - 1][1]]) or None
        if cue.kind == "replaced" and by is None and "i stedet for" in match.group(0).lower():
            by = before_cue(sentence[lo:cue_at]) or after_cue(sentence[lo + match.start():lo + match.end()].split(" i stedet for")[0].split(None, 1)[-1]) or None
        decision = cue.decision and not PROPOSAL.search(sentence)
        kind = cue.kind
        if kind not in ("planned", "evaluated") and stated and year and anchor and year > anchor.year \
                and getattr(match, "present", False):
            # Danish tells the future in the present with a time adverbial: "Kvalitetsstandarderne revideres
            # ved udgangen af 2013" in minutes of December 2012 (f03) is announced, not done (the conventions'
            # "planned: announced for the future")
            kind, decision, future_of = "planned", False, kind
        else:
            future_of = ""
        if PROPOSED.search(sentence) and kind in ("introduced", "dropped", "changed", "confirmed", "replaced"):
            kind, by = "planned", None  # proposed, not decided: the convention's "planned"
        draft = _Draft(kind, start, end, subject, year, date, actor, by, decision, explicit, year_stated=stated,
                       end_year=end_year, change=change if kind in ("changed", "planned") else "", future_of=future_of,
                       perfect_dated=perfect_dated)
        out.extend(_members(draft, sentence[lo + match.end():]))
    return _merge_same_kind(out)


# "vedtog Folketinget to forskellige pensionsordninger ..., nemlig seniorpensionen (2019) og retten til
# tidlig pension, også kaldet Arnepensionen (2020)" (p16): "nemlig" lists the members of the noun
# phrase, and each member is a commitment of its own (the conventions: "one event per commitment").
_NAMELY = re.compile(r",?\s+nemlig\s+(?P<list>.+?)\s*\.?$", re.IGNORECASE)
_MEMBER_YEAR = re.compile(r"\s*\((?P<year>\d{4})\)\s*$")


def _members(d: _Draft, after_cue_text: str) -> list[_Draft]:
    namely = _NAMELY.search(after_cue_text)
    if not namely:
        return [d]
    listed = re.sub(r",\s+også kaldet\s+([^,(]+?)(\s*\(\d{4}\))?(?=\s+og\s|,|$)", r" (\1)\2", namely.group("list").strip())
    members = [m.strip() for m in re.split(r",\s+|\s+og\s+(?=[^()]*(?:\(|$))", listed) if m.strip()]
    if len(members) < 2:
        return [d]
    out = []
    for member in members:
        year = _MEMBER_YEAR.search(member)
        name = _MEMBER_YEAR.sub("", member).strip()
        out.append(replace(d, subject=name, year=int(year.group("year")) if year else d.year, date=None if year else d.date,
                           year_stated=bool(year) or d.year_stated))
    return out


# A counted plural ("iværksættes to omfattende forsøgsordninger", p28) whose members a bullet list names
# further on, each as "Name — what it is" ("• Frit valg af aktør — Dette forsøg giver ..."): one event per
# member, as with "nemlig" (p16) and p18's "de seneste tre evalueringer ... Det drejer sig om:" whose
# members are labelled one by one. The count must equal the list's length.
_COUNTS = {"to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8}
_COUNTED = re.compile(r"^(?P<count>to|tre|fire|fem|seks|syv|otte)\s+(?:[\wæøå-]+\s+){0,2}?[\wæøå-]+(?:er|ne|inger)\b", re.IGNORECASE)
_NAMED_POINT = re.compile(r"^[ \t]*[•▪·*\uf0b7]\s+(?P<name>[^\n—–:]{3,80}?)\s+[—–:]\s+\S[^\n]*$", re.MULTILINE)


def _counted_members(d: _Draft, text: str) -> list[_Draft]:
    counted = _COUNTED.match(d.subject.strip())
    if not counted:
        return [d]
    window = text[d.end:d.end + 1500]
    points = list(_NAMED_POINT.finditer(window))
    block: list[re.Match[str]] = []
    for point in points:  # the first run of consecutive named points
        if block and window[block[-1].end():point.start()].strip():
            break
        block.append(point)
    if len(block) != _COUNTS[counted.group("count").lower()]:
        return [d]
    return [replace(d, subject=point.group("name").strip()) for point in block]


# What a change made of its commitment: "ændret til en etårig 225-timers-regel" (p02), "fremrykket fra
# 52 uger til 22 uger" (p18), "forlænger ... suspenderingen til 8. september" (p04), "overgik ordningen
# fra Socialministeriet til Beskæftigelsesministeriet" (d12): the gold subjects name the change with the
# commitment, so it joins the subject. "fra" + a date is when, not what changed.
_CHANGE = re.compile(
    r"(?:^|\s)(?P<change>(?:fra\s+(?!\d{1,2}\.\s|\d{4}\b|og med\b)(?:[^,;:]|,(?=\d)){1,120}?\s+)?til\s+(?!at\b|og med\b)(?:[^,;:]|,(?=\d)){1,120}?)"
    r"(?=\s*(?:,(?!\d)|[;:])|(?<!\d)\.\s|\.?$|\s+(?:så|for at|fordi|der|som|hvor|når|og|men)\b)", re.IGNORECASE)


_TIME_TAIL = re.compile(rf"\s+(?:i|pr\.|per|fra|den|med virkning fra)\s+(?:\d{{1,2}}\.\s*)?(?:{_MONTHS}\s+)?\d{{4}}$", re.IGNORECASE)


def _change_of(after_cue_text: str, subject: str) -> str:
    found = _CHANGE.search(after_cue_text)
    if not found:
        return ""
    change = _TIME_TAIL.sub("", collapse_ws(found.group("change")).rstrip(" ."))
    if change.split()[1:2] and change.split()[1].lower() in lexicon.DECISION_NOUNS:
        return ""  # "fremlægges til godkendelse på ...møde": put forward for a decision, no new value (f08)
    if len(change.split()) > 10 or change.lower() in subject.lower() or re.search(r"\bat\b", change) \
            or _UNTIL.fullmatch(" " + change):
        return ""  # "forlænges til 2025", "til 1. oktober": a new end is when, not what (the earlier convention)
    return change


def _with_change(d: _Draft) -> _Draft:
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


# "forlænger suspenderingen til 8. september": the new end is when, not what.
_UNTIL = re.compile(r"\s+(?:frem\s+)?(?:til|indtil)\s+(?:og med\s+)?(?:udgangen af\s+)?(?:\d{1,2}\.\s*)?"
                    rf"(?:{_MONTHS}\s*)?"
                    r"(?:\d{4})?$", re.IGNORECASE)


_IN_AGREEMENT = re.compile(r"^(?:som (?:et |en )?(?:[\wæøå]+ )?(?:led|element|del) i|ifølge|med|i)\s+"
                           r"(?P<text>(?:aftalen|forliget)\s+(?:om|fra)\s+.+)$", re.IGNORECASE)


# What a subject pattern leaves of a date it stopped at: "seniorførtidspensionen den 1" (". januar 2020").
_DATE_STUB = re.compile(r"\s+(?:den|d\.|pr\.|fra|per)(?:\s+\d{1,2})?$", re.IGNORECASE)


def _clause_agent(head: str, after: str) -> str | None:
    """The clause's own agent: its subject before the verb, or right after it in V2 order
    when only a time or an adverbial stands before ("I 2019 vedtog Folketinget ...")."""
    passive = actors.passive_agent(after)
    if passive:
        return passive  # "er netop offentliggjort af Styrelsen for Arbejdsmarked og Rekruttering (STAR)"
    head = _TIME_OPENER.sub("", head).strip(" ,")
    # "Forligskredsen bag reformen har besluttet at [videreføre ...]": the decision verb is no part of the agent
    head = re.sub(r"(?:\s+(?:har|er|blev|havde|var)(?:\s+\w+)?\s+(?:besluttet|vedtaget|aftalt|valgt|blevet enige om|enige om)"
                  r"|\s+(?:besluttede|vedtog|aftalte|valgte))\s*,?\s*(?:at)?$", "", head, flags=re.IGNORECASE)
    head = re.sub(r"\s+(?:har|er|blev|havde|var|vil|skal)(?:\s+(?:nu|i dag|også|derfor))?$", "", head, flags=re.IGNORECASE)
    agent = actors.subject_agent(head)
    if agent:
        return agent
    agreement = _IN_AGREEMENT.match(head)
    if agreement:
        return actors.agent_of(agreement.group("text"))  # the agreement's parties decided
    if not head or _ADVERBIAL_OPENING.match(head) or head.lower() in ("nu", "derfor", "dermed", "så", "herefter"):
        return actors.inverted_agent(after)
    return None


_NEGATION = re.compile(rf"\b{NEGATION_PATTERN}\b(?!\s+(?:længere|mere|kun|blot|alene|mindst|mindre)\b)", re.IGNORECASE)


# The perfect and the present active of news and letters tell what happened as of writing ("Der er
# udviklet to nye målinger", d01; "STAR har ... valgt at afslutte", d11; "I denne analyse viser vi",
# p16): the document's year. The present passive of a rule ("Med loven indføres en ny ydelse",
# "Samtidig ophæves de gældende regler", p14; "Derfor indføres der en skærpet opfølgning", d10)
# describes what a law or reform contains and dates nothing: its year stays null unless stated.
# This settles the STAR-vs-policy reading of present-tense news (tests/nlp/test_lineage_years.py).
_PERFECT_OR_ACTIVE = re.compile(r"\b(?:har|er|bliver|indgår|viser|ser på|belyser|afdækker|undersøger|offentliggør|præsenterer)\b",
                                re.IGNORECASE)


_PERFECT_AUX = re.compile(r"\b(?:har|er|havde)\b", re.IGNORECASE)
# The genres whose perfect tells what happened as of writing (the note above): elsewhere (minutes, memos,
# reports, specifications) a perfect without a time is undated: "Derudover er der indført en ½ takst",
# "Over de sidste 5 år er tilbuddet yderligere tilpasset" (f11, a memo), "Siden vedtagelsen er den
# bagvedliggende lovgivning blevet ændret" (f12, minutes), "LO s jobcenterindeks er udarbejdet" (p01, a
# specification): year null in their gold. Findings (`evaluated`) hold as of the document in any genre (p16).
_DATED_BY_WRITING = frozenset({"news", "letter", "answer"})


def _undated_perfects(drafts: list[_Draft], records: Sequence[AnyRecord]) -> list[_Draft]:
    doc_type = next((r.doc_type for r in records if isinstance(r, DocumentInfo)), None)
    if doc_type is None or doc_type in _DATED_BY_WRITING:
        return drafts
    return [replace(d, year=None, date=None) if d.perfect_dated else d for d in drafts]


def _deictic_tense(clause: str, sentence: str, match: re.Match[str]) -> bool:
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


def _negated(clause_to_cue_end: str, cue_at: int) -> bool:
    """"Reglerne blev ikke ændret", "Der er ikke truffet beslutning om at afskaffe ...",
    "ingen planer om": a negation in the clause just before or inside the cue. The cues
    that are negations themselves ("ikke længere at anvende") are let through."""
    return _NEGATION.search(clause_to_cue_end[max(0, cue_at - 40):]) is not None


_COMPARATIVE = re.compile(r"\b(?:så|lige så|dobbelt så|halvt så)\s+(?:mange|meget|få|lidt|store?|høj|lav)\b|\bsamme\b", re.IGNORECASE)
_QUANTITY = re.compile(r"\b\d{1,3}(?:\.\d{3})+\b|\b\d+(?:,\d+)?\s*(?:procent|pct\.?|%|tons?|personer|kr\.?|mio\.?|mia\.?)",
                       re.IGNORECASE)


def _rejected(cue: Cue, sentence: str, cue_at: int, cue_end: int) -> bool:
    """Negated cues, opinions and quoted statistics ("Der er oprettet 25.000 fleksjob")."""
    if cue.kind in ("introduced", "changed", "evaluated") and NEGATION_BEFORE.search(sentence[max(0, cue_at - 20):cue_at]):
        return True
    if cue.kind != "dropped" and NEGATION_AFTER.match(sentence[cue_end:]):
        return True
    if cue.kind != "planned" and OPINION.search(sentence):
        return True
    if cue.kind == "planned" and "forvent" in sentence[cue_at:cue_end].lower() and _QUANTITY.search(sentence):
        return True  # "forventes nu en udledning på ca. 614.000 tons": a forecast of a quantity, no plan
    return cue.kind == "introduced" and bool(STATISTIC_AFTER.match(sentence[cue_end:]))


def _clean(phrase: str | None) -> str | None:
    if not phrase:
        return None
    return after_cue(phrase) or None


# "der med loven blev indført": "der" may stand a few words before its verb; "det" only one
# ("det første år blev ..." is a determiner, not an expletive).
_EXPLETIVE = re.compile(r"\bder\s+(?:\w+\s+){0,3}?(?:blev|er|bliver|var)\b|\bdet\s+(?:\w+\s+)?(?:blev|er|bliver|var)\b|\b(?:blev|er|bliver|var)\s+(?:\w+\s+)?(?:der|det)\b"
                        r"|^\s*der\b|^\s*det\s+(?:blev|er|bliver|var|har)\b", re.IGNORECASE)  # not "Det 2-årige forsøg er"
# Verbs without an object: the commitment is the clause's subject, before the cue
# ("Målingen udgår af jobindsats.dk", "Reformen trådte i kraft den 1. januar 2014 og ...").
_INTRANSITIVE = re.compile(r"^(?:udgår|udgik|udløb\w*|ophør\w*|bortfald\w*|trådte\b.*\bi kraft|træder\b.*\bi kraft)$")
# "Fra og med opdateringen i marts 2020 udgår målingen X": a time opens the clause, the subject follows the verb.
# "Som et centralt element i aftalen om X iværksættes to forsøg" (p28): an adverbial opens, the subject follows.
_ADVERBIAL_OPENING = re.compile(r"^(?:fra|i|med|pr\.|per|den|efter|siden|til|ved|som følge af|i forbindelse med|"
                                r"som (?:et |en )?(?:[\wæøå]+ )?(?:led|element|del) i|ifølge|på baggrund af|med henblik på)\b",
                                re.IGNORECASE)
# Adverbials that frame a decision: "Som et centralt element i aftalen om X iværksættes to forsøg" (p28),
# "Ifølge aftalen afskaffes ...", "På baggrund af evalueringen ændres ...".
_FRAMING = re.compile(r"^(?:som (?:et |en )?(?:[\wæøå]+ )?(?:led|element|del) i|ifølge|på baggrund af|med henblik på|"
                      r"i (?:aftalen|forliget|loven)|med (?:aftalen|forliget|loven))\b", re.IGNORECASE)
_ADVERBIAL_AUX_NP = re.compile(
    r"^(?:siden|efter|med|ved|under|fra|over|i løbet af|inden for|som følge af|i forbindelse med)\s+[\wæøå.-]+(?:\s+[\wæøå.-]+){0,3}?\s+"
    r"(?:er|blev|bliver|var|har)\s+(?P<np>(?:den|det|de|en|et)\s+.+?|(?-i:[a-zæøå])[\wæøå-]+" + subjects.DEFINITE_ENDING + r"(?:\s+.+?)?)(?:\s+blevet)?$",
    re.IGNORECASE)  # a definite noun too: "Over de sidste 5 år er tilbuddet yderligere tilpasset" (f11)
_PREPOSITIONAL_OPENING = re.compile(r"^(?:med|i|ved|efter|fra|under|som led i|som (?:et |en |første |andet |næste )*(?:skridt|led|element|del) (?:i|til|af)|i forlængelse af|i forbindelse med|på baggrund af|"
                                    r"som følge af|for at|fremover|herefter|derfor|samtidig|desuden|endvidere)\b", re.IGNORECASE)
_RELATIVE_IN = re.compile(r"\b(?:der|som|hvor|at)\b", re.IGNORECASE)
_AUXILIARY = re.compile(rf"\b{subjects.FINITE_AUX_PATTERN}\b", re.IGNORECASE)
# Lowercase on purpose: "BER" (Beskæftigelsesrådet) is not the verb "er".
_PASSIVE = re.compile(r"(?:\bblev|\bbliver|\ber|\bvar|\ber blevet)\s+(?:\S+\s+){0,5}?$")


# Sentence adverbs that stand between an auxiliary and its participle (Danish V2: "bliver nu
# ændret", "blev også afskaffet", "er derfor blevet forlænget"): never a commitment.
_ADVERBS = frozenset("nu også dermed derfor således senere samtidig efterfølgende herefter siden igen desuden "
                     "yderligere endvidere allerede netop ligeledes fremover hermed atter endelig så da "
                     "hermed herved derved imidlertid dog altså faktisk gradvist helt delvist midlertidigt "
                     "permanent blevet endeligt herunder bl.a. ligeledes".split())


_VERB_AFTER_OG = frozenset("skal skulle vil ville kan kunne må bør blevet været".split())


def _without_trailing_adverbs(phrase: str) -> str:
    """An adverb between a V2 subject and its participle is no part of the subject: "er tilbuddet yderligere
    tilpasset" (f11), "er lovgivningen for nylig blevet lempet" (aarhus referat)."""
    words = phrase.split()
    while len(words) > 1 and (words[-1].lower() in _ADVERBS or words[-2:] == ["for", "nylig"]):
        words = words[:-2] if words[-2:] == ["for", "nylig"] else words[:-1]
    return " ".join(words)


def _only_adverbs(phrase: str) -> bool:
    words = phrase.lower().split()
    return bool(words) and all(w.strip(",.") in _ADVERBS for w in words)


def _subject(sentence: str, clauses: list[tuple[int, int]], n: int, match: re.Match[str],
             lo: int) -> tuple[str, bool]:
    named = match.groupdict().get("subj")
    named = _LEADING_TIME.sub("", named.strip()) if named else named
    if named and not _only_adverbs(named):
        named = _without_trailing_adverbs(named)  # "er ordningen gradvist blevet ændret": "ordningen"
    if named and _only_adverbs(named):
        named = None  # "bliver nu ændret", "blev også afskaffet": the subject stands before the verb
    if named and after_cue(named):
        of = match.groupdict().get("of")
        return (f"{after_cue(of)}: {after_cue(named)}" if of and after_cue(of) else after_cue(named)), True
    clause_lo, clause_hi = clauses[n]
    head_text = sentence[clause_lo:lo + match.start()]
    after_og = head_text.lstrip()[3:].split() if head_text.lstrip().lower().startswith("og ") else []
    own_subject = bool(after_og) and after_og[0].lower() not in _FINITE_AUX | _ADVERBS | _VERB_AFTER_OG \
        and not _RELATIVE.match(" ".join(after_og) + " ")
    # "..., og karensdagene afskaffes": a coordinated main clause with a subject of its own (f05: "iværksætter-
    # skatten afskaffes, og kapital- og aktiebeskatningen nedsættes"), not "..., og blev senere afskaffet"
    if n > 0 and _RELATIVE.match(head_text + " ") and not own_subject and not _EXPLETIVE.search(head_text.split(" ", 1)[-1]):
        # "..., der trådte i kraft": the relative clause's subject is the phrase before it
        before = sentence[clauses[n - 1][0]:clauses[n - 1][1]]
        # the phrase right before the comma when the clause ends in a noun phrase of its own ("..., at
        # kommunerne skal bruge de nye regler, som blev indført"), else the clause's opening phrase
        return (_closing_phrase(before) or _closing_definite(before) or before_cue(before)), False
    tail = after_cue(sentence[lo + match.end():clause_hi])
    if tail and _PURPOSE_OPENING.match(head_text):
        # "For at gøre det muligt at følge op på ... er der udviklet en ny måling" (d02; seed 004 "For at
        # forberede jer ..., er der ... vedlagt"): a purpose clause opens, V2 puts the subject after the verb
        return tail, True
    # "Pr. 1. juli 2019 blev mentorordningen afskaffet": the time opener is not the subject
    head_text = _TIME_OPENER.sub("", head_text)
    head = before_cue(head_text)
    cue_text = match.group(0).lower()
    passive = bool(_PASSIVE.search(head_text)) or cue_text.endswith("es") or " blive " in f" {cue_text} " \
        or cue_text.startswith(("blev ", "bliver ", "er blevet ", "vil blive ", "er ")) \
        or (isinstance(match, _LexMatch) and match.passive)  # "er forlænget": a state passive; "sættes ned": a particle verb's
    if _EXPLETIVE.search(head_text):
        return (tail or head), bool(tail or head)
    intransitive = _INTRANSITIVE.match(cue_text) and not _ADVERBIAL_OPENING.match(head_text.strip())
    inverted = _ADVERBIAL_AUX_NP.match(head_text.strip())
    if inverted and after_cue(inverted.group("np")):
        # V2 after an adverbial: "Siden vedtagelsen er den bagvedliggende lovgivning blevet ændret"; an adverb
        # between subject and participle is no part of it ("er tilbuddet yderligere tilpasset", f11)
        return after_cue(_without_trailing_adverbs(inverted.group("np"))), True
    if tail and _FRAMING.match(head_text.strip()) and not _AUXILIARY.search(head_text):
        # V2: a framing adverbial fills the first place, the verb the second, the subject follows
        return tail, True
    opening = _PREPOSITIONAL_OPENING.match(head_text.strip())
    if tail and cue_text.endswith("es") and opening and not _AUXILIARY.search(head_text) \
            and not _RELATIVE_IN.search(head_text.strip()[opening.end():]):
        # V2 with a finite passive: "Med budgetaftalen for 2024 afskaffes brugerbetalingen", "I forlængelse af
        # revideringen af taksterne påbegyndes en dialog med ..." (aarhus referat): the subject follows the verb
        return tail, True
    if passive and _only_adverbs(head) and tail:
        return tail, True  # V2 after an adverb: "Dog laves holdstørrelsen om til ..." (the subject follows the verb)
    if (passive or intransitive) and head:
        return _without_trailing_adverbs(head), True
    return (tail or head), bool(tail or head)


# "Reformen blev evalueret af Rambøll": what was evaluated is the passive subject.
_EVALUATION_WORD = re.compile(r"\b\w*evaluering\w*", re.IGNORECASE)
_SHOWED = re.compile(r"\s*(?:som|der)\s+(?:viste|viser|konkluderede|konkluderer|pegede på|peger på)\b", re.IGNORECASE)
_PASSIVE_EVALUATED = re.compile(r"^(?:blev|er) evalueret\b", re.IGNORECASE)
# Relative time expressions: the year is the document's (star/README.md, "Lineage events": "The
# year may be taken from the document date when the text says 'i foråret', 'tirsdag' and so on").
# "nu", "netop" and "hermed" anchor news and letters the same way ("forlænger nu suspenderingen", p04;
# "den netop offentliggjorte opdatering", seed 002; "der netop er offentliggjort", p18).
_RELATIVE_TIME = re.compile(
    r"\b(?:nu|netop|hermed|i (?:foråret|efteråret|sommer(?:en)?|vinter(?:en)?|år|dag|går|denne måned|sidste uge|denne uge)|"
    rf"(?:i )?{WEEKDAY_PATTERN}s|{WEEKDAY_PATTERN}"
    # a day of a month without a year is this year's: "suspenderede ... reglen til 30. juni" (p04, dated 2020-06)
    rf"|\d{{1,2}}\.\s*{_MONTHS}(?!\s*\d{{4}}))\b", re.IGNORECASE)  # "tirsdag", "i tirsdags"
# A time or a conjunction opening a subject: "i december 2014 loven om ...", "men denne måling".
_LEADING_TIME = re.compile(
    r"^(?:i (?:foråret|efteråret|sommer(?:en)?|vinter(?:en)?|år|dag|går)\s+|(?:men|og|i|fra|pr\.|den|d\.)\s+(?:\d{1,2}\.\s+)?"
    rf"{_MONTHS}(?:\s+\d{{4}})?\s+|(?:men|og)\s+)", re.IGNORECASE)


_TIME_OPENER = re.compile(
    rf"^\s*(?:(?:fra og med|med virkning fra|med virkning pr\.|fra|pr\.|per|i|siden|den|d\.|til)\s+)?"
    rf"(?:\d{{1,2}}\.\s*)?(?:{_MONTHS}\s+)?\d{{4}}\b\s*", re.IGNORECASE)


# A meeting with its date between a verb and its object, as minutes tell decisions: "byrådet i sit møde den 27.
# august 2025 har vedtaget" (aarhus_byraad_referat_2025-08-27), "Udvalget godkendte på mødet den 4. december
# 2012 ..." (ballerup referater): when, not what.
_MEETING_OPENING = re.compile(
    rf"^(?:(?:på|i|ved)\s+(?:sit\s+|sine\s+|deres\s+)?møde(?:t|r|rne)?\s+)?(?:den|d\.)\s+"
    rf"(?:\d{{1,2}}\.\s*(?:{_MONTHS})(?:\s+\d{{4}})?|\d{{1,2}}[.-]\d{{1,2}}[.-]\d{{2,4}})\s+"
    r"|^(?:på|i|ved)\s+(?:sit\s+|sine\s+|deres\s+)?møde(?:t|r|rne)?\s+(?=(?:den|det|de|en|et)\s)", re.IGNORECASE)


def _strip_opening(subject: str) -> str:
    """"i foråret en ny strategi" -> "ny strategi"; "på mødet den 3. marts 2022 den nye politik" -> "den nye politik"."""
    subject = _MEETING_OPENING.sub("", subject)
    stripped = _LEADING_TIME.sub("", subject)
    return re.sub(r"^(?:en|et)\s+", "", stripped) if stripped != subject else subject


_DEFINING_RELATIVE = re.compile(
    r"^(?:der|som)\s+(?!(?:skal|kan|vil|må|bør|er|har|var|blev|bliver|ikke)\b)[\wæøå]+\s+(?P<rest>[^,;]+)", re.IGNORECASE)


# An object relative: "som" + the clause's own subject + its verb. "aftalen om en fælles ghettostrategi, som
# regeringen indgik i efteråret 2010 med Dansk Folkeparti og Kristendemokraterne" (p02), "reformen af
# førtidspension og fleksjob, som Folketinget vedtog i december 2012", "kontanthjælpsloftet, som regeringen
# indførte i 2016" (tests/nlp/test_lineage_relatives.py): the commitment is the phrase the relative hangs on,
# the agent the relative's subject (a subject relative, "..., som blev indført", has an auxiliary there).
# Greedy, and the adverbs stripped from the end one by one: a lazy agent followed by repeated
# adverbs and `\s*$` is quadratic on a long line (hostile input).
_SOM_AGENT = re.compile(r"^\s*som\s+(?P<agent>\S(?:.*\S)?)\s*$", re.IGNORECASE)
_SOM_TRAILING = re.compile(r"\s+(?:har|havde|i sin tid|tidligere|senere|selv|allerede|også)$", re.IGNORECASE)


def _som_agent(text: str) -> str | None:
    """"som regeringen også har" -> "regeringen": the agent of an object relative clause."""
    head = _SOM_AGENT.match(text)
    if head is None:
        return None
    agent = head.group("agent")
    while (tail := _SOM_TRAILING.search(agent[-40:])) is not None:
        agent = agent[:len(agent) - len(agent[-40:]) + tail.start()]
    return agent
_AGREED_WITH = re.compile(r"\bmed\s+(?P<who>[^,.;]+?)\s*(?:[,.;]|$)")
_ANTECEDENT_LINK = frozenset("om af for med til på".split())
_NOT_ANTECEDENT = frozenset("den det denne dette deres hvilket igen eller heller ellers meget".split())
_AGREEMENT = re.compile(r"(?:aftale|forlig)", re.IGNORECASE)


def _antecedent(clause: str) -> str | None:
    """The noun phrase a relative hangs on: the last definite noun of the clause before it, with
    the phrase after it and the definite nouns it is a complement of ("Forliget om efterlønnen")."""
    words = clause.strip(" ,").split()

    def definite(i: int) -> bool:
        word = words[i].strip("»«\"”“()")
        return (len(word) > 4 and bool(_DEFINITE.match(word)) and word.lower() not in _NOT_ANTECEDENT
                and not (i > 0 and words[i - 1].lower() in ("en", "et", "den", "det", "de")))  # "et forbedret tilbud"
    for i in range(len(words) - 1, -1, -1):
        if definite(i):
            while i >= 2 and words[i - 1].lower() in _ANTECEDENT_LINK and definite(i - 2):
                i -= 2
            return " ".join(words[i:])
    return None


_CLOSING_NP = re.compile(r"\s(?:den|det|de)\s+(?P<np>(?:(?!(?:er|var|blev|bliver|har|havde|skal|kan|vil|må|ikke)\b)[\wæøå-]+\s+){0,2}"
                         r"(?!(?:er|var|blev|bliver|har|havde|skal|kan|vil|må|ikke|muligt|nødvendigt)\b)[\wæøå-]+)$", re.IGNORECASE)


def _closing_phrase(clause: str) -> str | None:
    """A determined noun phrase closing a clause ("en evaluering af de nye
    jobafklaringsforløb"): what a following subject relative ("..., der udsprang af reformen") is about."""
    found = _CLOSING_NP.search(clause.strip(" ,"))
    return found.group("np") if found else None


_PP_HEAD = frozenset("for af om til i på med fra ved under".split())
_PREPOSITION_WORDS = frozenset("bag efter mod uden inden over gennem hos blandt mellem".split())


def _closing_definite(clause: str) -> str | None:
    """A definite noun with its prepositional phrase closing a clause, without an article: "Ovenstående er
    ... tanker bag ejerstrategien for Trekantområdets Brandvæsen, der er tiltrådt ..." (f13), "... som
    led i aftalen om en forenklet beskæftigelsesindsats, der trådte i kraft ..." - the noun a subject
    relative hangs on. The head is lowercase (a capitalised "Brandvæsen" is a name, not a definite
    form) and only a prepositional phrase of at most five words may follow it."""
    words = clause.strip(" ,").split()

    def definite(word: str) -> bool:
        word = word.strip("»«\"”“()")
        return word[:1].islower() and len(word) > 4 and bool(_DEFINITE.match(word)) and word.lower() not in _NOT_ANTECEDENT
    for i in range(len(words) - 1, max(-1, len(words) - 8), -1):
        if definite(words[i]):
            rest = words[i + 1:]
            if rest and (rest[0].lower() not in _PP_HEAD or len(rest) > 5
                         or _FINITE_AUX.intersection(w.lower() for w in rest)):
                return None
            while i >= 2 and words[i - 1].lower() in _PP_HEAD and definite(words[i - 2]):
                i -= 2  # "handleplanen for klimaindsatsen": the noun the phrase is a complement of
            if i == len(words) - 1 and i and words[i - 1].lower() in _PP_HEAD | _PREPOSITION_WORDS:
                return None  # "det forløb om tryghed for LGBT+personer i nattelivet": the last noun of a longer phrase
            return " ".join(words[i:])
    return None


def _object_relative(sentence: str, clauses: list[tuple[int, int]], n: int, lo: int, cue_at: int,
                     match: re.Match[str]) -> tuple[str, str] | None:
    """(commitment, agent) of an object relative clause, else None."""
    named = match.groupdict().get("actor")
    if named:  # the agreement cue: "som regeringen indgik"
        agent = actors.subject_agent(named)
    else:
        head = _som_agent(sentence[lo:cue_at])
        agent = actors.subject_agent(head) if head else None
    if not agent:
        return None
    before = sentence[clauses[n - 1][0]:clauses[n - 1][1]]
    if named and _EVALUATION_WORD.search(before):
        # "en ny midtvejsevaluering af frikommuneforsøget ..., som KORA har foretaget" (p30): the support
        # verb of an evaluation; what it looks at is the commitment
        evaluated = _EVALUATION_OF.search(before)
        what_evaluated = _evaluation_subject(evaluated.group(0)) if evaluated else None
        return (what_evaluated[0], agent) if what_evaluated else None
    what = _antecedent(before)
    if not what or actors.subject_agent(what) or (named and not _AGREEMENT.search(what)):
        return None
    partners = _AGREED_WITH.search(sentence, lo + match.end(), clauses[n][1])
    if partners and _AGREEMENT.search(what) and actors.subject_agent(partners.group("who")):
        agent = f"{agent} med {partners.group('who')}"  # an agreement is made with its partners
    return _tidy_subject(what), agent


# A noun of a rule or a right whose content is an at-clause: "et krav om, at man skal have opholdt sig i
# Danmark ... i de seneste 9 ud af 10 år" (p09), "regler om, hvor ofte de ledige skal til samtale" (p30):
# the clause is what the rule says.
_AT_COMPLEMENT = re.compile(r",?\s+(?P<what>(?:at|hvor|hvordan|hvornår|hvem|hvilke)\s+[^.;]+?)(?=,\s+og\s|[.;]|$)")
_COMPLEMENT_NOUN = re.compile(r"(?:krav|regel|regler|ret|pligt|aftale|aftalen)\s+(?:om|til)$", re.IGNORECASE)


_PURPOSE_OPENING = re.compile(r"^\s*(?:For at|Med henblik på at)\s", re.IGNORECASE)


def _with_complement(subject: str, sentence: str, lo: int, hi: int) -> str:
    if not _COMPLEMENT_NOUN.search(subject):
        return subject
    at = sentence.find(subject, lo, hi)
    # past the clause's end: the splitter breaks at the comma before "hvor"
    content = _AT_COMPLEMENT.match(sentence, at + len(subject)) if at >= 0 else None
    return f"{subject} {' '.join(content.group('what').split()[:30])}" if content else subject


def _with_relative(subject: str, sentence: str, clauses: list[tuple[int, int]], n: int) -> str:
    """A bare noun takes what its relative clause says it does: "en benchmarkmodel, der
    benchmarker kommunernes resultater" -> "benchmarkmodel kommunernes resultater"."""
    if len(subject.split()) != 1 or n + 1 >= len(clauses) or _DEFINITE.match(subject):
        return subject  # a definite noun is named already: "af sygedagpengereformen, der netop er offentliggjort"
    lo, hi = clauses[n + 1]
    match = _DEFINING_RELATIVE.match(sentence[lo:hi])
    if not match:
        return subject
    rest = " ".join(match.group("rest").rstrip(" .").split()[:8])
    return f"{subject} {rest}"


_EVALUATION_OF = re.compile(r"\b(?:\w*evaluering\w*|fokusrevision\w*|vurdering\w*|analyse\w*) af (?P<x>[^,.;]+?)"
                            r"(?=\s+(?:blev|er|var|har|viser|peger|konkluderer)\b|[,.;]|$)", re.IGNORECASE)
# What an evaluation looks at: "ser på konsekvenserne af det fremrykkede revurderingstidspunkt", "afdække,
# om den obligatoriske lægeattest fungerer" (p18)
_EXAMINES = re.compile(r"\b(?:ser på|belyser|afdække|afdækker|undersøge|undersøger)\s*,?\s+(?:(?:konsekvenserne|effekten|effekterne|"
                       r"virkningen|betydningen) af\s+|om\s+)(?P<x>(?:[\wæøå-]+\s+){0,5}?[\wæøå-]+)"
                       r"(?=\s+(?:fungerer|virker|har|er|og|samt|i|for|som)\b|[,.;]|$)", re.IGNORECASE)
_AT_CLAUSE = re.compile(r",?\s+at\s+(?P<x>(?:[\wæøå-]+\s+){0,5}?)(?:virker|er|har|får|kan|skal|bliver|blev|var|ikke)\b",
                        re.IGNORECASE)


def _evaluation_subject(sentence: str) -> tuple[str, bool] | None:
    """What is evaluated: "evaluering af X", else the subject of "viser, at X virker"."""
    for pattern in (_EVALUATION_OF, _EXAMINES, _AT_CLAUSE):
        match = pattern.search(sentence)
        if match and after_cue(match.group("x")):
            # "en evaluering af reglen foretaget af Finansministeriet": up to the participle
            return after_cue(lexicon.nominal_object(match.group("x")) or match.group("x")), True
    if re.search(r"\breform(?:en|ens)\b", sentence, re.IGNORECASE):
        return "reformen", True  # resolved to the document's reform below
    named = re.search(r"\b[\wæøå]{3,}reform(?:en|ens)?\b", sentence, re.IGNORECASE)
    if named:
        return re.sub(r"s$", "", named.group(0)), True  # "Sygedagpengereformen evalueres løbende, og ..."
    return None


def _merge_same_kind(drafts: list[_Draft]) -> list[_Draft]:
    """Two cues of one kind in a sentence are one event unless the later names its own subject."""
    out: list[_Draft] = []
    for d in drafts:
        if out and any(o.kind == d.kind for o in out) and (not d.explicit_subject or not d.subject):
            continue
        out.append(d)
    return out


def _back_reference(text: str, spans: list[tuple[int, int]], index: int, anchor: dt.date | None) -> list[_Draft]:
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
    return [_Draft(kind, prev_lo, hi, subject, year, None, actor, None, True)]


def _instead(sentence: str, start: int, end: int, earlier: list[_Draft]) -> list[_Draft]:
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
    by = _clean(by_match.group("by")) if by_match else None
    actor = find_actor(sentence, cue_at.start())
    return [_Draft("replaced", start, end, last.subject, last.year, None, actor, by, True, position=last.position)]


# A lead that announces an agreement's or a law's elements as a list (issue 15: "Aftalen
# indeholder:", "Forligskredsen er enige om at:"): each item is one of its events.
_AGREEMENT_LEAD = re.compile(
    r"^(?P<who>(?:den (?:brede |politiske )?)?(?:aftalen|forliget)(?:\s+(?:om|fra)\s+[^:]+?)?"
    r"|[\wæøå]*(?:forligskredsen|aftalekredsen)(?:\s+bag\s+[^:]+?)?|aftalepartierne(?:\s+bag\s+[^:]+?)?"
    r"|forligspartierne|regeringen|loven(?:\s+om\s+[^:]+?)?|lovforslaget)\s+"
    r"(?:indeholder|omfatter|består af|indebærer|betyder|(?:er|blev) enige om|har (?:aftalt|besluttet)|aftalte|besluttede)"
    r"(?:\s+at)?(?:\s+(?:bl\.a\.|blandt andet|følgende|bl\. a\.))?(?:\s+(?:elementer|initiativer|tiltag|punkter))?\s*:$",
    re.IGNORECASE)


# Genres whose present tense is no news: a party's programme ("Principprogram for SF", "Liberal
# Alliances arbejdsprogram", corpus/pdf_more) states what the party wants, so its present-tense events
# ("• Topskatten afskaffes", "Der indføres et familiesammenføringsgebyr") are proposals not yet decided,
# the conventions' `planned`, by the party; a quality standard ("Kvalitetsstandarder for behandling af
# stof- og alkoholmisbrug", corpus/pdf/ballerup_kvalitetsstandarder_rusmiddel_2013; the service
# standards kommuner must publish) describes the service it promises ("At råd og vejledning iværksættes
# hurtigst muligt", "Der udarbejdes en behandlingsplan"): standing routines, no events. Events told as
# done or dated ("blev indført i 2007", "er godkendt af ...") keep their kind in both.
_GENRES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("programme", re.compile("(?:" + "|".join(PROGRAMME_NOUNS) + ")", re.IGNORECASE), "planned"),
    ("quality standard", re.compile(r"kvalitetsstandard", re.IGNORECASE), "none"),
)
_TOLD_AS_DONE = re.compile(r"\b(?:blev|var|havde|har|er blevet|fik)\b", re.IGNORECASE)


def _title_lines(text: str, n: int = 3) -> str:
    """The document's first lines: where a programme or a standard names itself ("Principprogram for SF",
    "Kvalitetsstandarder for behandling af ..."), not a notat that mentions one further down."""
    lines = [line.strip() for line in text[:1500].splitlines() if line.strip()]
    return "\n".join(line for line in lines[:n] if len(line) <= 100)


def _genre_present_tense(text: str, drafts: list[_Draft]) -> list[_Draft]:
    head = _title_lines(text)
    genre = next(((name, then) for name, pattern, then in _GENRES if pattern.search(head)), None)
    if genre is None:
        return drafts
    party = _programme_party(head) if genre[1] == "planned" else None
    out = []
    for d in drafts:
        present = d.kind != "planned" and not d.year_stated and not _TOLD_AS_DONE.search(text[d.start:d.end])
        if present and genre[1] == "none":
            continue
        if present:
            d = replace(d, kind="planned", decision=False, replaced_by=None)
        if d.kind == "planned" and not d.actor and party:
            d = replace(d, actor=party)
        out.append(d)
    return out


def _titled_programme_party(text: str) -> str | None:
    head = _title_lines(text)
    return _programme_party(head) if _GENRES[0][1].search(head) else None


def _programme_party(head: str) -> str | None:
    from ..linking import find_in_text

    bare = re.sub(r"\b([A-ZÆØÅ][\wæøå]+)s\b", r"\1", head)  # "Liberal Alliances" -> "Liberal Alliance"
    parties = find_in_text(bare, "party")
    return bare[parties[0][1]:parties[0][2]] if parties else None


def _with_approvals(text: str, drafts: list[_Draft]) -> list[_Draft]:
    """A document's approval line ("Godkendt af byrådet ... den 30. april 2009") is its adoption
    (nlp/lineage/approval.py), unless a sentence event already covers it."""
    found = [_Draft("introduced", a.start, a.end, a.subject, a.year, a.date, a.actor, None, True, year_stated=True)
             for a in approval.approvals(text) if not any(d.start < a.end and a.start < d.end for d in drafts)]
    return sorted(drafts + found, key=lambda d: d.start) if found else drafts


def _without_adoption_lines(text: str, drafts: list[_Draft]) -> list[_Draft]:
    """"byrådet ... har vedtaget Magistratens foranstående indstilling" is the decision on the points
    below it: when those points are events of that body, the line is not one more."""
    out = []
    for d in drafts:
        adopted = referat.adopts_recommendation(text[d.start:d.end])
        if adopted and any(o.actor and o.actor.lower() == adopted.lower() and 0 < o.start - d.end < 3000 for o in drafts):
            continue
        out.append(d)
    return out


def _points_after(text: str, spans: list[tuple[int, int]], index: int) -> int:
    """How many spans after a recommendation lead are its points (0 when it is no lead)."""
    if not referat.PROPOSAL_LEAD.search(text[spans[index][0]:spans[index][1]]):
        return 0
    n = 0
    for lo, hi in spans[index + 1:index + 12]:
        if not referat.POINT.match(text[lo:hi]):
            break
        n += 1
    return n


def _recommendation_points(text: str, spans: list[tuple[int, int]], index: int,
                           anchor: dt.date | None) -> list[_Draft]:
    """The points under a recommendation lead (nlp/lineage/referat.py): each point's own event;
    decided by the body that met on it (its kind, its year), else only proposed (`planned`)."""
    points = spans[index + 1:index + 1 + _points_after(text, spans, index)]
    decision = referat.decision_on(text, spans[index][0], points[-1][1])
    if decision is not None and not decision.approved:
        return []  # rejected: no event
    out: list[_Draft] = []
    for lo, hi in points:
        marker = referat.POINT.match(text[lo:hi])
        assert marker is not None
        start = lo + marker.start("point")
        for d in _clause_events(text[start:hi], start, hi, anchor):
            d = replace(d, start=lo, subject=_BULLET.sub("", d.subject))
            if decision is None:
                out.append(replace(d, kind="planned", decision=False, replaced_by=None))
                continue
            # a point decided is its own kind; one told in the future tense is what the decision does
            kind: EventKind = d.future_of or ("introduced" if d.kind == "planned" else d.kind)
            if referat.noted(text[lo:hi]):
                # noted: decided or made elsewhere, so the body is not its actor; its own date, else the meeting's
                # ("A) Evalueringen af rygestopkurser tages til efterretning", f07: the evaluation, 2012)
                out.append(replace(d, kind=kind, decision=True, actor=None) if d.year_stated else
                           replace(d, kind=kind, decision=True, actor=None, year=decision.year or d.year,
                                   date=decision.date, year_stated=decision.year is not None))
                continue
            out.append(replace(d, kind=kind, decision=True, actor=decision.body, year=decision.year or d.year,
                               date=decision.date, year_stated=decision.year is not None))
    return out


# A party's list of demands (f05, Liberal Alliance's work programme: "Liberal Alliance mener:" over
# bullets "Topskatten afskaffes ...", "Udligningsskatten ... skal afskaffes"): under the conventions for
# a party's own programme (corpus/municipal/f05 gold_notes; the brief's "party-programme demands") every
# demand is `planned`, by the party, and a bullet naming several instruments gives one event each. The
# lead names a party of the gazetteer and a verb of wanting, and ends in a colon; a newspaper's "Venstre
# mener, at ..." (no colon, p04) is reported opinion, not this genre.
_DEMAND_LEAD = re.compile(rf"^(?P<who>[A-ZÆØÅ][^:\n]{{1,60}}?)\s+{DEMAND_VERB_PATTERN}"
                          r"(?:\s+at)?\s*:$")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


@lru_cache(maxsize=256)  # asked for each sentence by the reading loop, the sentence reader and the list reader
def _demand_party(sentence: str, text: str = "") -> str | None:
    lead = _DEMAND_LEAD.match(collapse_ws(sentence).strip())
    if not lead:
        return None
    from ..linking import find_in_text

    who = lead.group("who")
    if who.lower() == "vi":
        # "Vi vil:" in a programme that names its party in its title ("Liberal Alliances arbejdsprogram"):
        # the party speaks (the programme genre above, _GENRES)
        head = _title_lines(text)
        return _programme_party(head) if _GENRES[0][1].search(head) else None
    found = find_in_text(who, "party")
    return who if len(found) == 1 and found[0][1] == 0 and found[0][2] == len(who) else None


def _demands_after(text: str, spans: list[tuple[int, int]], index: int) -> int:
    """How many spans after a party's demand lead are its list (0 when it is no such lead): from the
    first bullet to the first blank line (a bullet's second sentence belongs to it)."""
    if not _demand_party(text[spans[index][0]:spans[index][1]], text):
        return 0
    n = 0
    for k in range(index + 1, min(len(spans), index + 60)):
        lo, hi = spans[k]
        if n == 0 and not _ITEM.match(text[lo:hi]):
            break
        if n and _BLANK_LINE.search(text[spans[k - 1][1]:lo]):
            break
        n += 1
    return n


def _demand_items(text: str, spans: list[tuple[int, int]], index: int, anchor: dt.date | None) -> list[_Draft]:
    party = _demand_party(text[spans[index][0]:spans[index][1]], text)
    out: list[_Draft] = []
    for lo, hi in spans[index + 1:index + 1 + _demands_after(text, spans, index)]:
        bullet = _BULLET.match(text[lo:hi])
        start = lo + (bullet.end() if bullet else 0)
        with lexicon.demands():
            found = _clause_events(text[start:hi], start, hi, anchor) or _modal_demands(text[start:hi], start, hi)
        item = text[start:hi]
        for d in found:
            d = replace(d, start=lo, kind="planned", decision=False, replaced_by=None, actor=party)
            out.extend(replace(d, subject=part) for part in _conjuncts(_listed_before(item, d.subject)))
    return out


# "SF arbejder for en regulering af internationale kapitalstrømme og multinationale selskaber" (s08, SF's
# principprogram; its gold: `planned`, by SF), as "vil vi således arbejde for, at regionerne nedlægges" (f06):
# in a party's own voice, working for an action is demanding it. Only an action named by a nominalisation
# ("regulering", "afskaffelse", "indførelse"): "SF arbejder for et samfund, der baserer sig på frihed" (the
# same programme) and "Det Radikale Venstre vil arbejde for et samfund, der ..." (corpus/pdf_more) are aims,
# not events (s08 gold notes: general aims and values are no events).
_WORKS_FOR = re.compile(r"\barbejde[r]?\s+for\s+(?:en|et)\s+(?P<what>[a-zæøå-]+(?:ing|else|tion|sion)\b[^.;:!?]{0,160})",
                        re.IGNORECASE)


def _works_for(text: str, start: int, end: int) -> list[_Draft]:
    found = _WORKS_FOR.search(text, start, end)
    if not found:
        return []
    what = re.split(r",\s+(?:der|som)\b|\s+(?:der|som)\s", collapse_ws(found.group("what")), maxsplit=1)[0]
    return [_Draft("planned", start, end, what.rstrip(" ."), None, None, None, None, False)]


# In a party's list of demands every sentence whose subject "skal" or "bør" do something is a demand, whatever
# the verb: "Den nuværende ungesats i kontanthjælpssystemet skal udbredes til at gælde alle", "Overførselsindkomster
# skal reguleres efter inflationen", "Førtidspension bør udelukkende være forbeholdt ..." (s10, Liberal Alliance's
# arbejdsmarkedspolitik), "Ægtefæller skal have ret til at overføre ..., og forældre skal kunne gøre brug af ..."
# (f05, its skattepolitik): `planned` in both golds, with the subject as the commitment. Not a pronoun or an
# expletive ("Det skal altid kunne betale sig at arbejde", s10: no scheme named), not a quantifier's general rule
# ("Enhver reform af skattesystemet bør resultere i ...", "Ingen i arbejde skal betale ...", f05), not negated
# ("Studerende ... skal derfor ikke have adgang", s10), not a bare verb (below).
_DEMAND_MODAL_WORDS = frozenset("skal bør".split())
_NO_SCHEME_SUBJECT = frozenset("det der man vi de den du jeg han hun dette disse".split())
_QUANTIFIERS = frozenset("ingen intet enhver ethvert alle hver hvert".split())
_CLAUSE_AND = re.compile(r",\s+og\s+")


def _modal_demands(sentence: str, start: int, end: int) -> list[_Draft]:
    out: list[_Draft] = []
    for clause in _CLAUSE_AND.split(sentence):
        words = clause.split()
        at = next((k for k, w in enumerate(words[:12]) if w.lower() in _DEMAND_MODAL_WORDS), None)
        if not at:
            continue  # no modal, or nothing before it
        subject = words[:at]
        after = [w.lower().strip(",.") for w in words[at + 1:at + 4]]
        if (len(subject) == 1 and subject[0].lower() in _NO_SCHEME_SUBJECT) or subject[0].lower() in _QUANTIFIERS \
                or _NEGATION_WORDS.intersection(after) or len(words) < at + 3:
            # a demand of a bare verb ("Skattereglerne skal forenkles.", f05; "Reglerne skal forenkles.",
            # tests/nlp/test_lineage_programmes.py) names no change: f05's gold leaves it
            continue
        phrase = _ARTICLE.sub("", " ".join(subject)).strip(" ,")
        if after[:1] == ["have"] and len(words) > at + 2:
            # "Ægtefæller skal have ret til at overføre ...": what they shall have is the commitment
            phrase = _ARTICLE.sub("", " ".join(words[at + 2:])).split(",")[0].rstrip(" .")
        out.append(_Draft("planned", start, end, phrase, None, None, None, None, False))
    return out


# "Registreringsafgiften, arveafgiften, PSO-afgiften, særskatten på pensioner og skat af fri telefon skal
# afskaffes" (f05): a list of short noun phrases names several instruments, one event each (the
# conventions: "one event per commitment or instrument"). Only a list with a comma and a last "og"/"eller",
# every member a short phrase, at most twelve (a bullet's list, not a run of text); "kapital- og
# aktiebeskatningen" (a shared compound) is one phrase.
_CONJUNCT_SPLIT = re.compile(r",\s+|(?<!\s)\s+(?:og|eller|samt)\s+")


_LIST_HEAD = re.compile(r"^(?:[^,.;:\s][^,.;:]{1,39},\s+)+(?:(?:den|det|de|en|et)\s+)?$")  # a member opens with a letter: linear
_ARTICLE = re.compile(r"^(?:den|det|de|en|et)\s+", re.IGNORECASE)


def _listed_before(clause: str, subject: str) -> str:
    """The whole list when the subject found is its last members ("Registreringsafgiften, arveafgiften,
    ... særskatten på pensioner og skat af fri telefon skal afskaffes": the subject stops at a comma)."""
    at = clause.find(subject)
    return clause[:at] + subject if at > 0 and _LIST_HEAD.match(clause[:at]) else subject


def _conjuncts(subject: str) -> list[str]:
    if "," not in subject or not re.search(r"\s(?:og|eller|samt)\s", subject):
        return [subject]
    parts = [_ARTICLE.sub("", p.strip()) for p in _CONJUNCT_SPLIT.split(subject) if p.strip()]
    if not 3 <= len(parts) <= 12 or any(len(p.split()) > 5 or p.endswith("-") or p[:1].isdigit() for p in parts):
        return [subject]
    return parts


def _agreement_items(text: str, spans: list[tuple[int, int]], index: int, lead: re.Match[str],
                     anchor: dt.date | None) -> list[_Draft]:
    """The bullet items right after the lead, each an event of the agreement: the item's
    own word decides the kind ("Forlængelse af X", "afskaffe Y"), else it is introduced
    (an element decided in an agreement, the conventions' `introduced`)."""
    who = lead.group("who")
    actor = actors.agent_of(who) if re.match(r"(?:den )?(?:aftalen|forliget)\s+(?:om|fra)", who, re.IGNORECASE) else (
        "aftalepartierne" if re.match(r"(?:den )?(?:\w+ )?(?:aftalen|forliget)$", who, re.IGNORECASE) else actors.agent_of(who))
    lead_years = time_mentions(text[spans[index][0]:spans[index][1]], anchor=anchor)
    out: list[_Draft] = []
    for lo, hi in spans[index + 1:index + 30]:
        match = _ITEM.match(text[lo:hi])
        if not match:
            if out:
                break  # the list has ended
            continue
        item = collapse_ws(match.group("item")).strip(" .;:")
        kind, subject = lexicon.item_event(item)
        mentions = [t for t in time_mentions(item, anchor=anchor)
                    if not _END_YEAR.search(item[max(0, t.start - 24):t.start])] or lead_years
        year = mentions[0].year if mentions else None
        subject = _UNTIL.sub("", after_cue(subject) or subject)
        out.append(_Draft(kind, lo, hi, subject, year, None, actor, None, BY_KIND[kind].decision,
                          year_stated=bool(mentions)))
    return out


def _list_items(text: str, spans: list[tuple[int, int]], index: int, draft: _Draft) -> list[_Draft]:
    """One event per announced item: "afslutte følgende målinger: 1) ... 2) ..."."""
    items: list[tuple[str, int]] = []
    expected = 1
    for lo, hi in spans[index + 1:index + 40]:
        match = _ITEM.match(text[lo:hi])
        if not match:
            continue
        number = re.match(r"\s*(\d{1,2})\)", text[lo:hi])
        if number and int(number.group(1)) != expected:
            continue
        expected += 1
        items.append((collapse_ws(match.group("item")).strip(" .:"), lo))
    return [replace(draft, subject=item, position=pos) for item, pos in items]


_PP = re.compile(r"\s(?:på|for|i|af|med|til|om|fra|ved|under|mellem|inden)\s", re.IGNORECASE)


def _core(subject: str) -> str:
    """The noun phrase before its first prepositional complement, without an article."""
    head = _PP.split(f" {subject.strip().lower()} ", maxsplit=1)[0].strip()
    return re.sub(r"^(?:en|et|den|det|de|nye?|nyt)\s+", "", head)


def _restates(d: _Draft, earlier: _Draft) -> bool:
    """The same event told again: its kind and the same core noun phrase ("Derfor indføres der en
    skærpet opfølgning for kommuner med ..." and later "Der bliver derfor igangsat en skærpet
    opfølgning på kommunernes indsats", d10). Items of a list are distinct by being listed (d11)."""
    if d.kind != earlier.kind or d.kind == "evaluated" or d.position >= 0 or earlier.position >= 0:
        return False
    if d.start < earlier.end or (d.year_stated and earlier.year_stated and d.year != earlier.year):
        return False  # one sentence may state two events; two stated years are two events
    core, other = _core(d.subject), _core(earlier.subject)
    if d.year_stated and earlier.year_stated and d.year == earlier.year and _names_within(d.subject, earlier.subject):
        # the lead retold in the body with the same year: "tidlig pension, også kaldet Arnepension (2020)" and
        # "retten til tidlig pension, også kaldet Arnepensionen (2020)" (p16)
        return True
    if len(core.split()) >= 2:
        return core == other
    # a one-word core ("Seniorpensionen blev vedtaget ... i 2019" after "vedtog Folketinget ... seniorpensionen
    # (2019)", p16) is the same thing only with the same stated year, definite or not
    same_year = d.year_stated and earlier.year_stated and d.year == earlier.year
    return bool(core) and same_year and _indefinite(core) == _indefinite(other)


def _indefinite(word: str) -> str:
    return re.sub(r"(?<=\w{4})(?:en|et)$", "", word)


def _names_within(a: str, b: str) -> bool:
    """One subject's words (definite or not) all stand in the other, and there are at least two."""
    wa = {_indefinite(w) for w in re.findall(r"[\wæøå]{3,}", a.lower())} - _FUNCTION_WORDS
    wb = {_indefinite(w) for w in re.findall(r"[\wæøå]{3,}", b.lower())} - _FUNCTION_WORDS
    return min(len(wa), len(wb)) >= 2 and (wa <= wb or wb <= wa)


def _same_thing(a: str, b: str) -> bool:
    wa = set(re.findall(r"[\wæøå]{3,}", a.lower())) - _FUNCTION_WORDS
    wb = set(re.findall(r"[\wæøå]{3,}", b.lower())) - _FUNCTION_WORDS
    return not wa or not wb or wa <= wb or wb <= wa


def _dedupe(drafts: list[_Draft]) -> list[_Draft]:
    """An evaluation is reported once per document; repeats restate the same finding. Other
    events told again with the same core noun phrase are one event."""
    out: list[_Draft] = []
    seen_evaluated = False
    for d in drafts:
        told = next((i for i, o in enumerate(out) if _restates(d, o)), None)
        if told is not None:
            if len(d.subject.split()) > len(out[told].subject.split()):
                out[told] = d  # the fuller statement of the two
            continue
        if d.kind == "evaluated":
            same = next((i for i, o in enumerate(out) if o.kind == "evaluated" and not o.actor and d.actor
                         and o.subject.lower() == d.subject.lower()), None)
            if same is not None:
                out[same] = replace(out[same], actor=d.actor)  # the restatement names who evaluated
                continue
            if seen_evaluated and not d.actor and any(o.kind == "evaluated" and _same_thing(d.subject, o.subject)
                                                      and not (d.year_stated and d.year != o.year) for o in out):
                continue  # the finding restated; an evaluation of another thing is its own (p18: three evaluations)
            seen_evaluated = True
        out.append(d)
    return out


# A word broken over two lines ("seniorydelsesord- ning", "Cen- trum-Demokraterne"), not a
# suspended compound ("selvforsørgelses- og hjemrejseprogram", "fleksjob- eller ...").
_BROKEN_WORD = re.compile(r"(?<=[a-zæøåA-ZÆØÅ])- (?!(?:og|eller|samt|til|som|,)\b)(?=[a-zæøå])")


def _phrase(text: str | None) -> str | None:
    """A clean noun phrase for subject, actor and replacement: line-break hyphens joined."""
    return _BROKEN_WORD.sub("", text) if text else text


def _record(doc: Document, d: _Draft) -> LineageEvent:
    span = doc.span(d.start, d.end)
    evidence = collapse_ws(doc.text[d.start:d.end])
    return LineageEvent(document_id=doc.id, span=span, provenance={"evidence": span, "subject": span},
                        subject=_phrase(d.subject) or evidence[:80], event=d.kind, year=d.year, date=d.date,
                        end_year=d.end_year, actor=_phrase(d.actor), replaced_by=_phrase(d.replaced_by),
                        evidence=evidence, decision=d.decision)
