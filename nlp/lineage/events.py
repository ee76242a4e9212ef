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
across sentences), `speakers` ("vi"), `deontic_clauses` (a programme's modal main clauses no other reader took),
`dedupe`; `draft` holds the record they share and
`word_classes` the closed word classes. This module reads a document sentence by sentence and runs
the document-wide steps in order.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from danish.sentences import sentence_spans
from extract.document import Document
from extract.normalise import collapse_ws
from extract.records import Answer, AnyRecord, DocumentInfo, IndicatorDefinition, LineageEvent, Question

from . import actors, agent_nouns, assembly, lexicon, minutes, notice, overview, policy, subject_gate
from .anaphora import (DECIDED_BY, back_reference, continued, inherit_year, instead, same_occasion_year, resolve_anaphora, resolve_reform,
                       where_found)
from .bullet_restatement import bullet_over_prose
from .coordinated_clauses import first_acts_object
from .clauses import CONDITION, clause_events
from .no_fact import states_no_fact
from .citing import cited_fields
from .clean_phrase import adverbial, names_the_actor, no_commitment, noun_phrases, with_change
from .cues import ADDITIVE, BACK_REFERENCE, INSTEAD, INTENTION, has_trigger
from .dating import NOW, TIME_TAIL, undated_perfects
from .dedupe import dedupe
from .demands import demand_items, demands_after, works_for
from .draft import Draft
from .elaboration import before_colon
from .first_time import first_time
from .history_years import YEAR_LABEL, history_dated
from .permits import permits
from .renames import rename_in
from .decided_within import decided_within
from .deontic_clauses import deontic_demand
from .evaluations import evaluation_actor
from .genres import genre_present_tense, issuer_of, local_list_issuer, party_issuer, titled_programme_party
from .headings import heading_split
from .kinds import BY_KIND
from .laws import bill_contents, law_blocks, with_approvals, without_adoption_lines
from .lists import (DECISION_LEAD, agreement_lead, agreement_items, agreement_items_after, decision_lead_items, forward_lead, list_items,
                    points_after, recommendation_points, decided_proposal)
from .members import counted_members
from .participation import participation
from .programme_voice import read_with_party_voice, second_main_clauses
from .replacement import as_replacement, instead_within, self_reference, tasks_pass_to
from .speakers import we_are_the_author, we_are_the_speaker
from .word_classes import ARTICLE, is_finite_verb
from ..phrases import joined_broken_words
from ..timex import document_date, time_mentions


_MIN_WORDS = 4
_NUMBERED = re.compile(r"^\d{1,2}\.\s")


def lineage_events(doc: Document, records: Sequence[AnyRecord] = ()) -> list[LineageEvent]:
    anchor = _anchor_date(doc, records)
    skip = _skipped_ranges(records) + overview.table_ranges(doc.text)  # a status table is read by its layout
    drafts: list[Draft] = []
    spans = [s for s in heading_split(doc.text, sentence_spans(doc.text))
             if not any(_within(doc.text, s, a, b) for a, b in skip)
             and not _BOILERPLATE.search(doc.text[s[0]:s[1]])]
    previous: list[Draft] = []
    read_until = -1  # the points of a recommendation are read with their lead
    # the party speaks in its programme: the issuer a party, or a programme that names its party in its title
    # ("Principprogram for SF – Socialistisk Folkeparti", s08, whose issuer is read as "SF (Socialistisk Folkeparti)")
    party_voice = party_issuer(records) or titled_programme_party(doc.text) or local_list_issuer(records, doc.text)
    for index, (start, end) in enumerate(spans):
        if index <= read_until:
            continue
        if states_no_fact(doc.text[start:end]):
            continue
        read_until = index + (points_after(doc.text, spans, index) or demands_after(doc.text, spans, index)
                              or agreement_items_after(doc.text, spans, index))
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
            if not found and _is_statement(doc.text[start:end]) and not CONDITION.match(doc.text[start:end].lstrip()):
                found = participation(doc.text[start:end], start, end, party_voice) \
                    or deontic_demand(doc.text[start:end], start, end, party_voice)  # the fallback: any modal demand
                # a main clause coordinated after the first: ", og derfor skal vi afskaffe ..." (programme_voice)
                found = found or second_main_clauses(doc.text[start:end], start, end, party_voice)
        else:
            found = _sentence_events(doc.text, spans, index, anchor, drafts) \
                or participation(doc.text[start:end], start, end, "")  # a chapter that never names its party (s18_03)
        found = [history_dated(doc.text, continued(doc.text, spans, index, d, anchor)) for d in found]
        if previous and ADDITIVE.search(doc.text[start:end]):
            found = [inherit_year(d, previous, drafts) for d in found]
        found = [same_occasion_year(d, doc.text[start:end], drafts) for d in found]  # "besluttede også"
        drafts.extend(found)
        previous = found
    drafts = undated_perfects(with_approvals(doc.text, drafts, party_voice or issuer_of(records)), records)
    if party_voice:  # the party's own demands are its plans (f05, f06 gold: actor the party)
        drafts = [replace(d, actor=party_voice) if d.kind == "planned" and d.actor is None else d for d in drafts]
    drafts = genre_present_tense(doc.text, without_adoption_lines(doc.text, drafts), party_voice)
    if party_voice:  # a demand in the prose and again in a bullet: the bullet's (programme gold_notes)
        drafts = [part for d in bullet_over_prose(drafts, doc.text) for part in first_acts_object(d)]
    drafts = we_are_the_author(doc.text, drafts, issuer_of(records))
    drafts = we_are_the_speaker(doc.text, drafts)
    drafts = resolve_reform(resolve_anaphora(dedupe(law_blocks(doc.text, drafts)), doc.text), doc.text)
    drafts = evaluation_actor(drafts, doc.text)
    drafts = [_evaluation_to_come(d, anchor) for d in drafts]
    drafts = bill_contents(drafts, doc.text)
    drafts = [m for d in drafts for m in counted_members(d, doc.text)]
    drafts = [with_change(d) for d in drafts]
    drafts = self_reference(drafts, title_of(records))  # "vedtaget dette program": the document's own adoption
    drafts = [noun_phrases(d, doc.text) for d in drafts]
    drafts = [where_found(doc.text, d) for d in drafts if d.subject.strip() and not no_commitment(d.subject)
              and not names_the_actor(d) and not (adverbial(d.subject) and (d.kind != "planned" or not agent_nouns.names_a_forum(d.subject)))]
    drafts = minutes.with_decision_blocks(doc.text, drafts)  # a council's decision on an agenda item
    drafts = assembly.with_meeting_decisions(doc.text, drafts, anchor)  # a general meeting's decisions on its items
    drafts = notice.with_agenda_proposals(doc.text, drafts)  # the proposals a general meeting's notice lists
    if not party_voice:  # a party's lists are its demands
        drafts = policy.with_action_lists(doc.text, drafts)  # a municipal policy's "Vi vil:" actions
    drafts = [d for d in drafts if subject_gate.names_a_commitment(d.subject)]  # no noun phrase, no event
    issuer = issuer_of(records)
    return [_record(doc, d, anchor, issuer) for d in drafts + _overview_rows(doc.text)]


def _overview_rows(text: str) -> list[Draft]:
    """The rows of a status overview ("Sager på vej", nlp/lineage/overview.py): one event per row with a
    stated status, its year from the section heading."""
    return [Draft(r.kind, r.start, r.end, r.subject, r.year, r.date, r.actor, None, BY_KIND[r.kind].decision,
                  year_stated=r.year is not None, year_at=r.year_at, date_at=r.date_at) for r in overview.rows(text)]


# Web page boilerplate states no policy: consent banners ("denne cookie udløber når ...", p14).
_BOILERPLATE = re.compile(r"\bcookies?\b", re.IGNORECASE)


def _evaluation_to_come(d: Draft, anchor: dt.date | None) -> Draft:
    """An evaluation its clause dates after the document's year is still to come, whatever the verb's form: "Aftale-
    partierne er enige om at evaluere den nye indsats i 2028" (an agreement of 2024) is a plan, as "evalueres i 2028"
    is (the star README: `planned` is announced, not yet done)."""
    if d.kind != "evaluated" or not d.year_stated or d.year is None or anchor is None or d.year <= anchor.year:
        return d
    return replace(d, kind="planned", decision=False)


def _anchor_date(doc: Document, records: Sequence[AnyRecord]) -> dt.date | None:
    for record in records:
        if isinstance(record, Answer) and record.answer_date:
            return record.answer_date
        if isinstance(record, DocumentInfo) and record.date:
            return record.date
    return document_date(doc.text, pages=[page.text for page in doc.pages])


def title_of(records: Sequence[AnyRecord]) -> str | None:
    return next((r.title for r in records if isinstance(r, DocumentInfo) and r.title), None)


# The measures a definition computes rather than counts: a share or an average is defined, never done ("Andel af
# henviste patienter, hvor udredningen er afsluttet senest 30 dage efter ...", "Målingen viser den gennemsnitlige
# varighed af de sygedagpengeforløb, der er afsluttet ...": the counted cases' own endings, no policy's). A count's
# sentence may be a policy's too ("Antallet af chefstillinger reduceres med fire" read as a count), so it is read.
_COMPUTED_MEASURES = frozenset({"share", "average"})


def _skipped_ranges(records: Sequence[AnyRecord]) -> list[tuple[int, int]]:
    """The question quoted in an answer letter states no event of its own; nor does the definition of a share or an
    average (`_COMPUTED_MEASURES`)."""
    out = []
    for record in records:
        if isinstance(record, (Question, Answer)) and "question_text" in record.provenance:
            span = record.provenance["question_text"]
            out.append((span.start, span.end))
        if isinstance(record, IndicatorDefinition) and record.measure in _COMPUTED_MEASURES \
                and "definition" in record.provenance:
            span = record.provenance["definition"]
            out.append((span.start, span.end))
    return out


# Quotation marks around a quoted sentence: Danish prints »...«, „...“ and "...", also reversed (»...« / «...»).
_QUOTES = "\"'»«„“”‘’"


def _opening(text: str, start: int, end: int) -> int:
    """Where the sentence's own words open, past its quotation mark: a letter quotes its question
    ("»Kan ministeren bekræfte, ...?«", "\"Vil ministeren oplyse, ...?\""), and the question's span is its words."""
    at = start
    while at < end and (text[at].isspace() or text[at] in _QUOTES):
        at += 1
    return at


def _within(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """The sentence belongs to the skipped range: its words open there, or the range holds most of it (a field's
    label before the range: "Sådan måles: Andel af ...", the definition the words after the label)."""
    a, b = sentence
    if start <= _opening(text, a, b) < end:
        return True
    return b > a and (min(b, end) - max(a, start)) / (b - a) >= _MOSTLY


_MOSTLY = 0.6


def _is_statement(text: str) -> bool:
    """A full sentence: not a heading, a question, a numbered goal or a reform intention."""
    words = text.split()
    # the sentence's own last mark, inside its quotation marks ("»Vil ministeren oplyse, ...?«", "... i dag.«")
    unquoted = text.rstrip().rstrip(_QUOTES)
    ended = unquoted.endswith((".", "!", ":")) or len(words) >= 10
    # a short sentence with its full stop is one too ("Arveafgiften afskaffes.", a programme's bullet)
    short = len(words) >= 2 and text.rstrip().endswith(".")
    # a question asks, also in quotation marks
    return ((len(words) >= _MIN_WORDS or short) and ended and not unquoted.endswith("?")
            and not INTENTION.search(text) and not _NUMBERED.match(text))


def _sentence_events(text: str, spans: list[tuple[int, int]], index: int, anchor: dt.date | None,
                     earlier: list[Draft]) -> list[Draft]:
    start, end = spans[index]
    sentence = text[start:end]
    lead = agreement_lead(sentence) or forward_lead(text, spans, index)
    if lead:
        return agreement_items(text, spans, index, lead, anchor)
    if points_after(text, spans, index):
        return recommendation_points(text, spans, index, anchor)
    decided = decided_proposal(text, spans, index, anchor)
    if decided:
        return decided
    if demands_after(text, spans, index):
        return demand_items(text, spans, index, anchor)
    renamed = rename_in(sentence)
    if renamed:
        # a rename is a change of the old name's scheme (issue 15: "ændrede navn til"; p09: "Selvforsørgelses-
        # og hjemrejseydelse eller overgangsydelse (tidligere integrationsydelse)", a heading)
        new = collapse_ws(renamed.new).strip(" ,")
        old = collapse_ws(renamed.old).strip(" ,")
        new = ARTICLE.sub("", new)
        mentions = [t for t in time_mentions(sentence, anchor=anchor)]
        year = mentions[0].year if mentions else None
        if year is None and anchor and NOW.search(sentence):
            # "(tidligere akutmidler til denne bygningskategori), som nu indgår i den samlede fordeling" (s04 gold:
            # year from "nu" and the document date, as the conventions take "i foråret", "tirsdag")
            year = anchor.year
        new = TIME_TAIL.sub("", new)
        if renamed.line_capital:  # a heading's capital is the line's, not the name's
            new = new[0].lower() + new[1:] if new[:1].isupper() and not new[1:2].isupper() else new
        subject = f"{old} (nu {new})"
        return [Draft("changed", start, end, subject, year, None, None, None, True, year_stated=bool(mentions))]
    if DECISION_LEAD.match(sentence):
        return decision_lead_items(text, spans, index, anchor)  # the lead states no event; its items do
    labelled = YEAR_LABEL.match(sentence)
    if labelled:
        # a history page's entry under its year ("2002: Med en lovændring blev 24-årsreglen indført"): read without
        # its label, as a numbered element is; the label dates it (`history_years.history_dated`)
        at = start + labelled.end()
        return [replace(d, start=start) if d.start == at else d
                for d in _statement_events(text, at, end, anchor, earlier, spans, index)]
    tagged = _LABELLED_ELEMENT.match(sentence)
    if tagged and not _numbered_goal(sentence[tagged.end():]):
        # a strategy's labelled element ("Initiativ 3.2: Der oprettes en ny tilskudsordning ...", probes25 n10) is a
        # numbered element whose number carries a label word: read without the label, the evidence keeping it
        at = start + tagged.end()
        return [replace(d, start=start) if d.start == at else d
                for d in _statement_events(text, at, end, anchor, earlier, spans, index)]
    numbered = _NUMBERED_ITEM.match(sentence)
    if numbered and _in_numbered_list(text, spans, index, int(numbered.group("n"))) \
            and not _numbered_goal(sentence[numbered.end():]):
        # an element numbered in the text ("1. Der indføres en ny tilskudsordning ...", "2. Kravet om ... skærpes til
        # 25 pct."): an agreement's, a plan's or a decision's numbered points are sentences of their own, read without
        # their number; the evidence keeps it, as an item under a lead does (`lists.agreement_items`)
        at = start + numbered.end()
        return [replace(d, start=start) if d.start == at else d
                for d in _statement_events(text, at, end, anchor, earlier, spans, index)]
    return _statement_events(text, start, end, anchor, earlier, spans, index)


# A numbered element: a number, its dot and a capital ("3. Normeringen i dagtilbud løftes."); "1. januar 2024" is a
# date and "1. at ordningen fastholdes" an indstilling's point under its lead (`lists.recommendation_points`).
_NUMBERED_ITEM = re.compile(r"\s*(?P<n>\d{1,2})\.[ \t]+(?=[A-ZÆØÅ])")
# A numbered element under a label word, the label ending in a colon: "Initiativ 3.1: Puljen ... videreføres" (probes25
# n10's three initiatives); "Mål 2: Flere unge ..." (a plan's goals, corpus/ indicator pages) has the same form and is
# kept silent by `_numbered_goal` or by stating no event. One capitalised word, so a sentence's own colon ("Aftalen
# indebærer: ...") is no label.
_LABELLED_ELEMENT = re.compile(r"[ \t]*[A-ZÆØÅ][a-zæøå]+[ \t]+\d{1,2}(?:\.\d{1,2})?:[ \t]+(?=[A-ZÆØÅ])")


def _numbered_goal(item: str) -> bool:
    """A numbered goal states what is to be reached: its clause's finite verb is "skal" ("1. Udledningen af
    drivhusgasser skal reduceres med 70 pct. i 2030", a klimahandleplan's Målsætninger, probes13 i14 and probes17 p4;
    "5. Elevernes trivsel skal fastholdes på et højt niveau", a school's goals, probes14 i09), as the minister's
    numbered goals do (star d03, seed 001's sigtelinjer). The STAR convention labels no event for each goal (the goals
    as a whole are endorsed); an agreement's elements are stated in the present ("Der indføres", "skærpes")."""
    verb = next((w for w in (w.strip(",.;:").lower() for w in item.split()) if is_finite_verb(w)), None)
    return verb in ("skal", "skulle")


def _in_numbered_list(text: str, spans: list[tuple[int, int]], index: int, number: int) -> bool:
    """The numbered element stands in its list: the element before it is numbered one less, or (the first) the one
    after it is numbered one more. A number alone ("2. Der oprettes fleksjob ..." between a page number and prose, seed
    001, a list broken up by a PDF's layout) is a fragment of a list whose lead is elsewhere: what it lists (aims, a
    reform's intentions, elements) cannot be told, so it is not read as a statement (`_NUMBERED`)."""
    def numbered_at(n: int) -> int | None:
        if not 0 <= n < len(spans):
            return None
        item = _NUMBERED_ITEM.match(text, spans[n][0], spans[n][1])
        return int(item.group("n")) if item else None
    return numbered_at(index - 1) == number - 1 or (number == 1 and numbered_at(index + 1) == 2)


def _statement_events(text: str, start: int, end: int, anchor: dt.date | None, earlier: list[Draft],
                      spans: list[tuple[int, int]], index: int) -> list[Draft]:
    """The events of one sentence that no lead, rename or decision's lead has read: text[start:end]."""
    sentence = text[start:end]
    if not _is_statement(sentence) or CONDITION.match(sentence.lstrip()):
        # "Hvis ordningen forlænges, skal den evalueres": a condition states no fact (a verb-first one, "Stopper du
        # ...", the caller has passed over: `no_fact.states_no_fact`)
        return []
    if BACK_REFERENCE.search(sentence) and index > 0:
        return back_reference(text, spans, index, anchor)
    drafts = before_colon(sentence, start, end, anchor) or first_time(sentence, start, end, anchor) \
        or as_replacement(sentence, start, end, anchor) or permits(sentence, start, end, earlier) or decided_within(sentence, start, end) or (
        # "vedtaget en ny procedure: <its content>"; "gennemførte st. Middelfart for første gang ”Åben garage”"
        clause_events(sentence, start, end, anchor) if has_trigger(sentence) or lexicon.has_trigger(sentence) else [])
    drafts = tasks_pass_to(sentence, instead_within(sentence, drafts))
    if INSTEAD.search(sentence) and (not drafts or all(d.kind == "introduced" for d in drafts)):
        # "I stedet oprettes en ny eksportfond": what a sentence before gave up is replaced by what this one
        # introduces; both events are labelled (the star README's convention, seed 000)
        replaced = instead(sentence, start, end, earlier)
        if drafts and replaced:
            replaced = [replace(r, replaced_by=drafts[0].subject) for r in replaced]  # not a "via ..." inside it
        drafts = drafts + replaced
    if drafts and sentence.rstrip().endswith(":") and drafts[0].kind in ("dropped", "introduced"):
        drafts = list_items(text, spans, index, drafts[0]) or drafts
    return _replacement_ends_it(drafts)


def _replacement_ends_it(drafts: list[Draft]) -> list[Draft]:
    """A thing one sentence says ended and was replaced is one `replaced` event ("er ophørt og er afløst af ...", as
    "afskaffes og erstattes af ..."): a replacement is an end that names what takes the place (the star README's
    kinds; the separate `dropped` is for an end told in another sentence than its replacement, seed 000)."""
    replaced = {d.subject for d in drafts if d.kind == "replaced"}
    return [d for d in drafts if not (d.kind == "dropped" and d.subject in replaced)] if replaced else drafts


def _phrase(text: str | None) -> str | None:
    """A clean noun phrase for subject, actor and replacement: line-break hyphens joined."""
    return joined_broken_words(text) if text else text


def _record(doc: Document, d: Draft, anchor: dt.date | None = None, issuer: str | None = None) -> LineageEvent:
    span = doc.span(d.start, d.end)
    evidence = collapse_ws(doc.text[d.start:d.end])
    actor, replaced_by = _phrase(d.actor), _phrase(d.replaced_by)
    provenance, inferred = cited_fields(doc, d, anchor, issuer, actor, replaced_by)
    return LineageEvent(document_id=doc.id, span=span, provenance=provenance, inferred=inferred,
                        subject=_phrase(d.subject) or evidence[:80], event=d.kind, year=d.year, date=d.date,
                        end_year=d.end_year, actor=actor, replaced_by=replaced_by,
                        evidence=evidence, decision=d.decision)
