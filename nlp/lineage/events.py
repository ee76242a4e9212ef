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

The steps live in modules named by the genre or the linguistic job they handle: `headings`
(where a sentence starts), `clauses` (one sentence's events, clause by clause, with `clause_cues`,
`subject_phrase`, `clean_phrase`, `dating`, `negation`, `members`), `lists` (an agreement's elements,
announced items, a recommendation's points), `laws` (adoption, bills, approval lines), `demands`
and `genres` (party programmes, quality standards), `evaluations`, `anaphora` (discourse steps
across sentences), `speakers` ("vi"), `dedupe`; `draft` holds the record they share and
`word_classes` the closed word classes. This module reads a document sentence by sentence and runs
the document-wide steps in order.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from danish.sentences import sentence_spans
from extract.document import Document, Span
from extract.normalise import collapse_ws
from extract.records import Answer, AnyRecord, Basis, DocumentInfo, LineageEvent, Question

from . import actors, agent_nouns, assembly, lexicon, minutes, notice, overview, policy
from .anaphora import (DECIDED_BY, back_reference, continued, inherit_year, instead, resolve_anaphora, resolve_reform,
                       where_found)
from .bullet_restatement import bullet_over_prose
from .clauses import CONDITION, V1_CONDITION, clause_events
from .clean_phrase import adverbial, names_the_actor, no_commitment, noun_phrases, with_change
from .cues import ADDITIVE, BACK_REFERENCE, INSTEAD, INTENTION, has_trigger
from .dating import NOW, TIME_TAIL, undated_perfects
from .dedupe import dedupe
from .demands import demand_items, demands_after, works_for
from .draft import Draft
from .elaboration import before_colon
from .first_time import first_time
from .permits import permits
from .decided_within import decided_within
from .evaluations import evaluation_actor
from .genres import genre_present_tense, issuer_of, party_issuer, titled_programme_party
from .headings import heading_split
from .kinds import BY_KIND
from .laws import bill_contents, law_blocks, with_approvals, without_adoption_lines
from .lists import AGREEMENT_LEAD, agreement_items, list_items, points_after, recommendation_points
from .members import counted_members
from .programme_voice import read_with_party_voice
from .speakers import we_are_the_author, we_are_the_speaker
from .word_classes import ARTICLE
from ..phrases import joined_broken_words
from ..timex import TimeMention, document_date, time_mentions


_MIN_WORDS = 4
_NUMBERED = re.compile(r"^\d{1,2}\.\s")


def lineage_events(doc: Document, records: Sequence[AnyRecord] = ()) -> list[LineageEvent]:
    anchor = _anchor_date(doc, records)
    skip = _skipped_ranges(records) + overview.table_ranges(doc.text)  # a status table is read by its layout
    drafts: list[Draft] = []
    spans = [s for s in heading_split(doc.text, sentence_spans(doc.text)) if not any(a <= s[0] < b for a, b in skip)
             and not _BOILERPLATE.search(doc.text[s[0]:s[1]])]
    previous: list[Draft] = []
    read_until = -1  # the points of a recommendation are read with their lead
    # the party speaks in its programme: the issuer a party, or a programme that names its party in its title
    # ("Principprogram for SF – Socialistisk Folkeparti", s08, whose issuer is read as "SF (Socialistisk Folkeparti)")
    party_voice = party_issuer(records) or titled_programme_party(doc.text)
    for index, (start, end) in enumerate(spans):
        if index <= read_until:
            continue
        read_until = index + (points_after(doc.text, spans, index) or demands_after(doc.text, spans, index))
        decided_by = DECIDED_BY.match(doc.text[start:end].strip())
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
                found = _sentence_events(doc.text, spans, index, anchor, drafts) or works_for(doc.text, start, end)
            found = read_with_party_voice(doc.text[start:end], start, end, party_voice, found)  # programme_voice
        else:
            found = _sentence_events(doc.text, spans, index, anchor, drafts)
        found = [continued(doc.text, spans, index, d, anchor) for d in found]
        if previous and ADDITIVE.search(doc.text[start:end]):
            found = [inherit_year(d, previous) for d in found]
        drafts.extend(found)
        previous = found
    drafts = undated_perfects(with_approvals(doc.text, drafts), records)
    if party_voice:  # the party's own demands are its plans (f05, f06 gold: actor the party)
        drafts = [replace(d, actor=party_voice) if d.kind == "planned" and d.actor is None else d for d in drafts]
    drafts = genre_present_tense(doc.text, without_adoption_lines(doc.text, drafts), party_voice)
    if party_voice:  # a demand in the prose and again in a bullet: the bullet's (programme gold_notes)
        drafts = bullet_over_prose(drafts, doc.text)
    drafts = we_are_the_author(doc.text, drafts, issuer_of(records))
    drafts = we_are_the_speaker(doc.text, drafts)
    drafts = resolve_reform(resolve_anaphora(dedupe(law_blocks(doc.text, drafts)), doc.text), doc.text)
    drafts = evaluation_actor(drafts, doc.text)
    drafts = bill_contents(drafts, doc.text)
    drafts = [m for d in drafts for m in counted_members(d, doc.text)]
    drafts = [with_change(d) for d in drafts]
    drafts = [noun_phrases(d, doc.text) for d in drafts]
    drafts = [where_found(doc.text, d) for d in drafts if d.subject.strip() and not no_commitment(d.subject)
              and not names_the_actor(d) and not (adverbial(d.subject) and (d.kind != "planned" or not agent_nouns.names_a_forum(d.subject)))]
    drafts = minutes.with_decision_blocks(doc.text, drafts)  # a council's decision on an agenda item
    drafts = assembly.with_meeting_decisions(doc.text, drafts, anchor)  # a general meeting's decisions on its items
    drafts = notice.with_agenda_proposals(doc.text, drafts)  # the proposals a general meeting's notice lists
    if not party_voice:  # a party's lists are its demands
        drafts = policy.with_action_lists(doc.text, drafts)  # a municipal policy's "Vi vil:" actions
    issuer = issuer_of(records)
    return [_record(doc, d, anchor, issuer) for d in drafts + _overview_rows(doc.text)]


def _overview_rows(text: str) -> list[Draft]:
    """The rows of a status overview ("Sager på vej", nlp/lineage/overview.py): one event per row with a
    stated status, its year from the section heading."""
    return [Draft(r.kind, r.start, r.end, r.subject, r.year, r.date, r.actor, None, BY_KIND[r.kind].decision,
                  year_stated=r.year is not None, year_at=r.year_at, date_at=r.date_at) for r in overview.rows(text)]


# Web page boilerplate states no policy: consent banners ("denne cookie udløber når ...", p14).
_BOILERPLATE = re.compile(r"\bcookies?\b", re.IGNORECASE)


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
                     earlier: list[Draft]) -> list[Draft]:
    start, end = spans[index]
    sentence = text[start:end]
    lead = AGREEMENT_LEAD.match(collapse_ws(sentence).strip())
    if lead:
        return agreement_items(text, spans, index, lead, anchor)
    if points_after(text, spans, index):
        return recommendation_points(text, spans, index, anchor)
    if demands_after(text, spans, index):
        return demand_items(text, spans, index, anchor)
    renamed = _RENAMED.search(sentence)
    if renamed:
        # a rename is a change of the old name's scheme (issue 15: "ændrede navn til"; p09: "Selvforsørgelses-
        # og hjemrejseydelse eller overgangsydelse (tidligere integrationsydelse)", a heading)
        new = collapse_ws(renamed.group("new") or renamed.group("new2") or renamed.group("new3")).strip(" ,")
        old = collapse_ws(renamed.group("old") or renamed.group("old2") or renamed.group("old3")).strip(" ,")
        new = ARTICLE.sub("", new)
        mentions = [t for t in time_mentions(sentence, anchor=anchor)]
        year = mentions[0].year if mentions else None
        if year is None and anchor and NOW.search(sentence):
            # "(tidligere akutmidler til denne bygningskategori), som nu indgår i den samlede fordeling" (s04 gold:
            # year from "nu" and the document date, as the conventions take "i foråret", "tirsdag")
            year = anchor.year
        new = TIME_TAIL.sub("", new)
        if renamed.group("new"):  # a heading's capital is the line's, not the name's
            new = new[0].lower() + new[1:] if new[:1].isupper() and not new[1:2].isupper() else new
        subject = f"{old} (nu {new})"
        return [Draft("changed", start, end, subject, year, None, None, None, True, year_stated=bool(mentions))]
    if not _is_statement(sentence) or CONDITION.match(sentence.lstrip()) or V1_CONDITION.match(sentence):
        return []  # "Hvis ordningen forlænges, skal den evalueres": a condition states no fact
    if BACK_REFERENCE.search(sentence) and index > 0:
        return back_reference(text, spans, index, anchor)
    drafts = before_colon(sentence, start, end, anchor) or first_time(sentence, start, end, anchor) \
        or permits(sentence, start, end, earlier) or decided_within(sentence, start, end) or (
        # "vedtaget en ny procedure: <its content>"; "gennemførte st. Middelfart for første gang ”Åben garage”"
        clause_events(sentence, start, end, anchor) if has_trigger(sentence) or lexicon.has_trigger(sentence) else [])
    if not drafts and INSTEAD.search(sentence):
        drafts = instead(sentence, start, end, earlier)
    if drafts and sentence.rstrip().endswith(":") and drafts[0].kind in ("dropped", "introduced"):
        drafts = list_items(text, spans, index, drafts[0]) or drafts
    return drafts


# "X (tidligere Y)", "Y skiftede navn til X", "Y ændrede navn til X": the new name of an old scheme.
_RENAMED = re.compile(
    r"(?:^|(?<=[.:;]\s))(?P<new>[^()\n.;:,]{3,100}?)\s*\((?:tidligere|tidl\.|før|hed tidligere)\s+(?P<old>[^()\n]{3,80})\)"
    r"|(?P<old2>[A-ZÆØÅ][^,.;:]{2,80}?)\s+(?:skiftede|skifter|ændrede|ændrer)\s+navn\s+til\s+(?P<new2>[^,.;]{3,80})"
    r"|\b(?:skiftede|skifter|ændrede|ændrer)\s+(?P<old3>[A-ZÆØÅ][^,.;:]{2,60}?)\s+navn\s+til\s+(?P<new3>[^,.;]{3,80})")




def _phrase(text: str | None) -> str | None:
    """A clean noun phrase for subject, actor and replacement: line-break hyphens joined."""
    return joined_broken_words(text) if text else text


# An actor as the evidence names it, in its genitive or definite forms too ("byrådets", "Regeringen").
def _named_at(text: str, name: str, *, last: bool = False) -> re.Match[str] | None:
    words = r"\s+".join(re.escape(w) for w in name.split())
    found = re.finditer(rf"(?<![\w-]){words}(?:s|et|ets|en|ens)?(?![\w-])", text, re.IGNORECASE)
    if last:
        return next(iter(reversed(list(found))), None)
    return next(found, None)


# A name with its abbreviation in brackets, as an actor is written once in full ("Beskæftigelsesrådet (BER)",
# d03; "Styrelsen for Arbejdsmarked og Rekruttering (STAR)", d11, p18, seed 001).
_WITH_ABBREVIATION = re.compile(r"^(?P<name>.+?)\s*\((?P<short>[^()]+)\)$")


def _actor_at(text: str, actor: str, *, last: bool = False) -> tuple[int, int] | None:
    """Where `text` prints the actor (its first place, or its `last`): whole, else the name or the abbreviation
    of a name written with its abbreviation in brackets (a sentence says "BER" or "Beskæftigelsesrådet", the
    actor is both)."""
    found = _named_at(text, actor, last=last)
    if found is None:
        parts = _WITH_ABBREVIATION.match(actor)
        forms = (parts.group("name"), parts.group("short")) if parts else ()
        found = next((m for m in (_named_at(text, f, last=last) for f in forms) if m), None)
    return found.span() if found else None


def _actor_printed(text: str, d: Draft, actor: str) -> tuple[int, int] | None:
    """Where the actor is printed when the reader did not say (`Draft.actor_at`) and the evidence does not
    name it: the nearest place before the evidence (a proposal's heading names its proposer, a speaker is
    named before the quote), else after it."""
    before = _actor_at(text[:d.start], actor, last=True)
    if before:
        return before
    after = _actor_at(text[d.end:], actor)
    return (d.end + after[0], d.end + after[1]) if after else None


def _year_printed(text: str, d: Draft, in_date: tuple[int, int] | None) -> tuple[int, int] | None:
    """Where the year is printed: where the reader took it from (a section heading, though a row's title prints
    another year; an approval line's compact date "300409": `year_at`); else in the evidence; else in the date's
    place (`in_date`); else the nearest place before the evidence that prints it (the sentence before, whose year
    an additive sentence inherits; a referat's meeting line), else after it (a sentence that goes on about it)."""
    if d.year_at:
        return d.year_at
    year = rf"(?<!\d){d.year}(?!\d)"
    printed = re.search(year, text[d.start:d.end])
    if printed:
        return d.start + printed.start(), d.start + printed.end()
    if in_date:
        return in_date
    # A bare year is a common string (a URL's "2015", a law's number): only the text near the event is where its
    # year was read from; beyond that the year stays uncited rather than cited at an unrelated place.
    lo = max(0, d.start - _NEAR_BEFORE)
    before = [m for m in re.finditer(year, text[lo:d.start]) if not _in_address(text, lo + m.start())]
    if before:
        return lo + before[-1].start(), lo + before[-1].end()
    after = next((m for m in re.compile(year).finditer(text, d.end, min(len(text), d.end + _NEAR_AFTER))
                  if not _in_address(text, m.start())), None)
    return after.span() if after else None


_NEAR_BEFORE = 800  # characters: the sentences before an event (an inherited year, a referat's meeting line)
_NEAR_AFTER = 400  # characters: the sentence after it (one that goes on about it)


def _in_address(text: str, at: int) -> bool:
    """Whether position `at` lies inside a web or mail address ("www.x.dk/2015/...", "...@x.dk")."""
    start = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1
    token = text[start:at]
    return "/" in token or "@" in token or token.startswith("www.")


def _date_printed(text: str, d: Draft, anchor: dt.date | None) -> tuple[int, int, bool] | None:
    """Where the date is printed, and whether with its year: in the evidence (a day and month without a year
    takes the document's, `time_mentions`); else where the reader took it from (a status cell, `date_at`); else
    the nearest place before the evidence that prints it whole (a referat's meeting date), else after it."""
    found = [m for m in time_mentions(text[d.start:d.end], anchor=anchor) if m.date == d.date]
    if found:
        m = found[0]
        return d.start + m.start, d.start + m.end, str(m.year) in text[d.start + m.start:d.start + m.end]
    if d.date_at:
        written = text[d.date_at[0]:d.date_at[1]]
        # with its year ("30. april 2009", a journal line's "300409") or without it (a status cell's "25. juni")
        return d.date_at[0], d.date_at[1], bool(re.search(r"\d{4}$|^\d{6}$", written))
    whole = [m for m in _dated_mentions(text) if m.date == d.date]
    before = [m for m in whole if m.end <= d.start]
    if before:
        return before[-1].start, before[-1].end, True
    after = [m for m in whole if m.start >= d.end]
    return (after[0].start, after[0].end, True) if after else None


@lru_cache(maxsize=2)
def _dated_mentions(text: str) -> tuple[TimeMention, ...]:
    """The full dates a document prints (read once per document, not once per event)."""
    return tuple(m for m in time_mentions(text) if m.date is not None)


def _word_pattern(word: str) -> str:
    """A word as printed: a line-break hyphen may split it anywhere ("Cen- trum-Demokraterne")."""
    return r"-?\s*".join(r"(?:-\s+)?".join(re.escape(c) for c in part) for part in word.split("-"))


def _words_at(text: str, phrase: str) -> re.Match[str] | None:
    """Where `text` prints a phrase, across line breaks and line-break hyphens ("erstattes af resultat-\nmål")."""
    words = r"(?:-?\s+)".join(_word_pattern(word) for word in phrase.split())
    return re.search(rf"(?<![\w-]){words}(?![\w])", text, re.IGNORECASE)


def _replacement_printed(text: str, d: Draft, replaced_by: str) -> tuple[int, int] | None:
    """Where the replacement is printed: in the evidence, else in the sentence after it ("... afskaffes.
    I stedet indføres en ny ordning")."""
    found = _words_at(text[d.start:d.end], replaced_by)
    if found:
        return d.start + found.start(), d.start + found.end()
    after = text[d.end:d.end + _NEAR_AFTER]
    stop = re.search(r"[.!?](?=\s)|\n\s*\n", after)
    found = _words_at(after[:stop.end() if stop else len(after)], replaced_by)
    if found:
        return d.end + found.start(), d.end + found.end()
    # a replacement the reader completed from a later sentence ("en række indikatorer" ... "De centrale
    # indikatorer findes i dag på jobindsats.dk"): the words the evidence prints, at least two of them
    words = replaced_by.split()
    for n in range(len(words) - 1, 1, -1):
        found = _words_at(text[d.start:d.end], " ".join(words[:n]))
        if found:
            return d.start + found.start(), d.start + found.end()
    return None


def _end_year_printed(text: str, d: Draft) -> tuple[int, int] | None:
    """Where the evidence prints a period's last year ("i perioden 2016–2020"): its last mention there."""
    # "2014/2015" is a period, not an address
    found = [m for m in re.finditer(rf"(?<!\d){d.end_year}(?!\d)", text[d.start:d.end])
             if not _in_address(text, d.start + m.start())
             or re.search(r"(?:^|\s)\d{4}\s*/\s*$", text[max(0, d.start + m.start() - 8):d.start + m.start()])]
    return (d.start + found[-1].start(), d.start + found[-1].end()) if found else None


def _cite_composite_actor(doc: Document, d: Draft, actor: str, provenance: dict[str, Span],
                          inferred: dict[str, Basis]) -> None:
    """An actor the reader composed: a list of parties the evidence prints across line-break hyphens
    ("Kristen-Demokraterne og Cen- trum-Demokraterne"), the parties behind an agreement the text names
    ("aftalen om en ny beskæftigelsesindsats": its name cited, "aftalepartierne bag" its basis), or a
    subject and its companions apart ("regeringen indgik i efteråret 2010 med Dansk Folkeparti og ...":
    cited from the subject to the last companion)."""
    told = doc.text[d.start:d.end]
    whole = _words_at(told, actor)
    if whole:
        provenance["actor"] = doc.span(d.start + whole.start(), d.start + whole.end())
        return
    if actor.lower().startswith(actors.PARTIES_BEHIND):
        agreement = actor[len(actors.PARTIES_BEHIND):]
        named = _words_at(told, agreement)
        if named:
            provenance["actor"] = doc.span(d.start + named.start(), d.start + named.end())
            inferred["actor"] = Basis(kind="agreement_parties", source=agreement)
        return
    head, _, rest = actor.partition(" ")
    first = _words_at(told, head) if rest else None
    last = _words_at(told[first.end():], rest) if first else None
    if first and last:
        provenance["actor"] = doc.span(d.start + first.start(), d.start + first.end() + last.end())


def _record(doc: Document, d: Draft, anchor: dt.date | None = None, issuer: str | None = None) -> LineageEvent:
    span = doc.span(d.start, d.end)
    evidence = collapse_ws(doc.text[d.start:d.end])
    provenance: dict[str, Span] = {"evidence": span, "subject": span}
    inferred: dict[str, Basis] = {}
    if d.year is not None and not d.year_stated and anchor is not None and d.year == anchor.year:
        # the year is the document's, not written where the event is told
        inferred["year"] = Basis(kind="document_date", source=anchor.isoformat())
    cited = _date_printed(doc.text, d, anchor) if d.date is not None else None
    if d.year is not None and "year" not in inferred:
        # a date printed with its year prints the year too (a referat's meeting line "den 04.12.2012")
        at = _year_printed(doc.text, d, cited[:2] if cited and cited[2] and d.date and d.date.year == d.year else None)
        if at:
            provenance["year"] = doc.span(*at)
    if d.date is not None:
        if cited:
            provenance["date"] = doc.span(cited[0], cited[1])
            if not cited[2] and d.year_at:
                # a status cell's day and month under its section heading's year ("Vedtaget. Byrådet 25. juni")
                inferred["date"] = Basis(kind="heading_year", source=doc.text[d.year_at[0]:d.year_at[1]])
            elif not cited[2] and anchor is not None and d.date.year == anchor.year:
                inferred["date"] = Basis(kind="document_date", source=anchor.isoformat())  # "30. juni", this year
    actor = _phrase(d.actor)
    named = _actor_at(doc.text[d.start:d.end], actor) if actor and not d.actor_at else None
    if actor and d.actor_at:  # where the reader read it (a notice's "forslag fra ledelsen", a minutes' title)
        provenance["actor"] = doc.span(*d.actor_at)
    elif named:
        provenance["actor"] = doc.span(d.start + named[0], d.start + named[1])
    elif actor and actor == issuer:
        # not named where the event is told: the document's own issuer speaks ("vi", a page's plans)
        inferred["actor"] = Basis(kind="document_issuer", source=actor)
    elif actor:
        printed = _actor_printed(doc.text, d, actor)
        if printed:
            provenance["actor"] = doc.span(*printed)
    if actor and "actor" not in provenance and "actor" not in inferred:
        _cite_composite_actor(doc, d, actor, provenance, inferred)
    replaced_by = _phrase(d.replaced_by)
    at = _replacement_printed(doc.text, d, replaced_by) if replaced_by else None
    if at:
        provenance["replaced_by"] = doc.span(*at)
    at = _end_year_printed(doc.text, d) if d.end_year is not None else None
    if at:
        provenance["end_year"] = doc.span(*at)
    return LineageEvent(document_id=doc.id, span=span, provenance=provenance, inferred=inferred,
                        subject=_phrase(d.subject) or evidence[:80], event=d.kind, year=d.year, date=d.date,
                        end_year=d.end_year, actor=actor, replaced_by=replaced_by,
                        evidence=evidence, decision=d.decision)
