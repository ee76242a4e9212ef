"""Lists of events announced by a lead.

An agreement's or a law's elements ("Aftalen indeholder:", "Forligskredsen er enige om at:"),
items announced with ":" after a cue ("afslutte følgende målinger: 1) ... 2) ..."), and a municipal
recommendation's points with the decision on them (referater, nlp/lineage/referat.py).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from danish.list_marks import LINE_ITEM_MARKS
from extract.normalise import collapse_ws
from extract.records import EventKind

from . import actors, lexicon, referat
from .clause_cues import first_cue
from .clauses import clause_events
from .dating import END_YEAR, UNTIL
from .draft import Draft
from .event_lexicon import entries_by_pos
from .impersonal_points import impersonal_point
from .kinds import BY_KIND
from .word_classes import ARTICLE, BULLET, lead_without_adverbs
from ..phrases import after_cue
from ..timex import time_mentions


# An item of a list under a lead. Its marks are fewer than BULLET_MARKS on purpose (danish.list_marks.LINE_ITEM_MARKS
# says why: f14's time plan).
# A number with its dot numbers an item too when a capital opens the item ("3. Normeringen i dagtilbud løftes."; "1.
# januar" is a date).
ITEM = re.compile(rf"^\s*(?:\d{{1,2}}\)|\d{{1,2}}\.(?=[ \t]+[A-ZÆØÅ])|[{LINE_ITEM_MARKS}])\s+(?P<item>[^\n]+)")


# A lead that announces an agreement's or a law's elements as a list (issue 15: "Aftalen
# indeholder:", "Forligskredsen er enige om at:"): each item is one of its events.
_LEAD_WHO = (r"(?:den (?:brede |politiske )?)?(?:aftalen|forliget)(?:\s+(?:om|fra)\s+[^:]+?)?"
             r"|[\wæøå]*(?:forligskredsen|aftalekredsen)(?:\s+bag\s+[^:]+?)?|aftalepartierne(?:\s+bag\s+[^:]+?)?"
             r"|forligspartierne|(?:aftale)?(?:partierne|parterne)(?:\s+bag\s+[^:]+?)?|regeringen|loven(?:\s+om\s+[^:]+?)?|lovforslaget")
AGREEMENT_LEAD = re.compile(
   rf"^(?P<who>{_LEAD_WHO})\s+"
   r"(?:indeholder|omfatter|består af|indebærer|betyder|(?:er|blev) enige om|har (?:aftalt|besluttet)|aftalte|besluttede)"
   r"(?:\s+at)?(?:\s+(?:bl\.a\.|blandt andet|følgende|bl\. a\.))?(?:\s+(?:elementer|initiativer|tiltag|punkter))?\s*:$",
   re.IGNORECASE)
# The lead in V2 order after a fronted adverbial: "Ved trepartsaftalen i december 2022 blev parterne enige om:" (the
# finite auxiliary second, the agreeing parties after it).
_INVERTED_AGREEMENT_LEAD = re.compile(
    rf"^(?P<front>[^:]+?)\s+(?P<aux>blev|er|var|har|havde)\s+(?P<who>{_LEAD_WHO})\s+(?P<rest>enige om|aftalt|besluttet)"
    r"(?P<tail>(?:\s+at)?\s*:)$", re.IGNORECASE)


def agreement_lead(sentence: str) -> re.Match[str] | None:
    """An agreement's or a law's lead (AGREEMENT_LEAD), read past its sentence adverbs ("Aftalen indeholder desuden
    følgende elementer:", "Aftalen indebærer desuden:") and in V2 order after a fronted adverbial ("Ved trepartsaftalen
    i december 2022 blev parterne desuden enige om:"): Danish puts a sentence adverb after the finite verb (or after
    the subject when inverted), and neither the adverb nor the fronted adverbial changes what the lead announces."""
    lead = lead_without_adverbs(collapse_ws(sentence))
    if lead is None:
        return None
    inverted = _INVERTED_AGREEMENT_LEAD.match(lead)
    if inverted:
        lead = f"{inverted.group('who')} {inverted.group('aux')} {inverted.group('rest')}{inverted.group('tail')}"
    return AGREEMENT_LEAD.match(lead)


# A lead that announces its list with "følgende" and ends in a full stop: "Regeringen (Socialdemokratiet, Venstre og
# Moderaterne), SF, K og RV er enige om følgende initiativer, der skal styrke dyrevelfærden." (probes21 n01's
# aftaletekst), "Partierne bag forliget er enige om følgende ændringer af ordningen." "følgende" points forward to
# the items below it whatever the parties are called, so the agreeing parties are the words before "er/blev enige";
# read only where items follow (`forward_lead`).
_FORWARD_LEAD = re.compile(r"^(?P<who>[^:;.]{2,250}?)\s+(?:er|blev)\s+enige\s+om\s+følgende\b[^:;]*\.$", re.IGNORECASE)


def forward_lead(text: str, spans: list[tuple[int, int]], index: int) -> re.Match[str] | None:
    """An agreement's lead in a sentence of its own that announces the items after it ("... er enige om følgende
    initiativer, der skal ..."), or None when no item follows it."""
    sentence = text[spans[index][0]:spans[index][1]]
    if "følgende" not in sentence.lower():
        return None  # read for every sentence, twice (its events and how far its items reach): the word first
    match = _FORWARD_LEAD.match(collapse_ws(sentence).strip())
    return match if match and _item_indices(text, spans, index) else None


def points_after(text: str, spans: list[tuple[int, int]], index: int) -> int:
    """How many spans after a recommendation lead are its points (0 when it is no lead)."""
    if not referat.PROPOSAL_LEAD.search(text[spans[index][0]:spans[index][1]]):
        return 0
    n = 0
    for lo, hi in spans[index + 1:index + 12]:
        if not referat.POINT.match(text[lo:hi]):
            break
        n += 1
    return n


def recommendation_points(text: str, spans: list[tuple[int, int]], index: int,
                          anchor: dt.date | None) -> list[Draft]:
    """The points under a recommendation lead (nlp/lineage/referat.py): each point's own event;
    decided by the body that met on it (its kind, its year), else only proposed (`planned`)."""
    points = spans[index + 1:index + 1 + points_after(text, spans, index)]
    decision = referat.decision_on(text, spans[index][0], points[-1][1])
    if decision is not None and not decision.approved:
        return []  # rejected: no event
    out: list[Draft] = []
    if decision is not None and decision.year is None and anchor is not None:
        decision = replace(decision, year=anchor.year, date=anchor)  # the minutes' own meeting, dated by the document
    outcome = decision
    for lo, hi in points:
        marker = referat.POINT.match(text[lo:hi])
        assert marker is not None
        start = lo + marker.start("point")
        number = re.match(r"\s*(?:At\s*)?(\d{1,2})", text[lo:hi])
        # "Regionsrådet godkendte punkt 1, 2 og 4": point 3 is not decided by the outcome
        decision = outcome.on_point(int(number.group(1)) if number else None) if outcome is not None else None
        found = clause_events(text[start:hi], start, hi, anchor)
        if not found and decision is None:
            # "At 1) der arbejdes videre med en broforbindelse" (s10_06): an action asked for in the impersonal
            # passive, whatever its verb, only proposed while no decision is printed
            asked = impersonal_point(collapse_ws(text[start:hi]), lo, hi)
            if asked is not None:
                out.append(replace(asked, actor=referat.proposer(text[spans[index][0]:spans[index][1]]),
                                   year=_proposed_in(None, anchor)))
            continue
        if not found and decision is not None:
            # "At 1) Byrådet tager den opdaterede reduktionssti ... til efterretning" (s06): no clause states the
            # event, the noted object names it; the body only takes note, so no actor, the meeting's date
            named = referat.noted_object(collapse_ws(text[start:hi]))
            if named is not None:
                out.append(Draft(named[0], lo, hi, named[1], decision.year, decision.date, None, None, True,
                                 year_stated=decision.year is not None))
            continue
        for d in found:
            d = replace(d, start=lo, subject=BULLET.sub("", d.subject))
            if decision is None:
                # a proposal not (yet) decided; a named proposer ("SF Aarhus og Alternativet foreslår derfor:", s6_07)
                # is who proposes it, and the lead is part of what the text says (s6_07 gold: lead and point)
                proposer = referat.proposer(text[spans[index][0]:spans[index][1]])
                out.append(replace(d, kind="planned", decision=False, replaced_by=None, actor=proposer or d.actor,
                                   start=spans[index][0] if proposer else d.start,
                                   year=_proposed_in(d.year, anchor)))
                continue
            # a point decided is its own kind; one told in the future tense is what the decision does
            # (an evaluation set for a later time is decided as a plan: the evaluation itself is still to come, "at
            # modellen evalueres i foråret 2026")
            kind: EventKind = d.future_of or ("introduced" if d.kind == "planned" and
                                              lexicon.find(text[start:hi], kinds=("evaluated",)) is None else d.kind)
            if kind == "introduced" and _evaluation_later(d, decision.year):
                # "at der udarbejdes en evaluering af den nye organisering ... i foråret 2025" (probes17 m01; "at
                # modellen evalueres i foråret 2026"): an evaluation made later is decided as a plan
                kind = "planned"
            if referat.noted(text[lo:hi]):
                # noted: decided or made elsewhere, so the body is not its actor; its own date, else the meeting's
                # ("A) Evalueringen af rygestopkurser tages til efterretning", f07: the evaluation, 2012)
                out.append(replace(d, kind=kind, decision=True, actor=None) if d.year_stated else
                           replace(d, kind=kind, decision=True, actor=None, year=decision.year or d.year,
                                   date=decision.date, year_stated=decision.year is not None))
                continue
            # the decision's year, but a plan it sets keeps the time it is set for ("evalueres i foråret 2026")
            own = kind == "planned" and d.year_stated
            out.append(replace(d, kind=kind, decision=True, actor=decision.body,
                               year=d.year if own else decision.year or d.year, date=None if own else decision.date,
                               year_stated=own or decision.year is not None,
                               start=_decided_span(d, decision, points)[0], end=_decided_span(d, decision, points)[1]))
    return out


# A content whose verb is the body's approving: the decision itself, not a commitment of its own.
_BODY_APPROVES = re.compile(r"^[A-ZÆØÅ][^,.;]{0,60}?\s+(?:godkender|vedtager|tiltræder|beslutter)\b")


def decided_proposal(text: str, spans: list[tuple[int, int]], index: int, anchor: dt.date | None) -> list[Draft]:
    """A proposal told in one sentence ("Økonomiudvalget indstiller, at filialen i Sundby lukkes ...") with the
    approving decision printed right below it ("Beslutning: Indstillingen blev godkendt ..."): the at-clause's events,
    decided, as a recommendation's points are (`recommendation_points`); [] when no approving decision follows, and
    the sentence is then read as the proposal it is (`planned`, clauses.py)."""
    start, end = spans[index]
    proposal = referat.INLINE_PROPOSAL.match(text[start:end])
    if proposal is None:
        return []
    decision = referat.decision_after(text, end)
    if decision is None or not decision.approved:
        return []  # undecided, passed on or rejected: still a proposal
    if decision.year is None and anchor is not None:
        decision = replace(decision, year=anchor.year, date=anchor)  # the minutes' own meeting
    what = start + proposal.start("what")
    if _BODY_APPROVES.match(text[what:end]):
        # "Det indstilles, at KKR Syddanmark godkender styringsaftalen for 2026 og anbefaler den ..." (probes15 11):
        # the content is the approval itself, read as the proposal it states (clauses.py)
        return []
    out: list[Draft] = []
    for d in clause_events(text[what:end], what, end, anchor):
        kind: EventKind = d.future_of or ("introduced" if d.kind == "planned" and
                                          lexicon.find(text[what:end], kinds=("evaluated",)) is None else d.kind)
        own = kind == "planned" and d.year_stated  # a plan the decision sets keeps its own time
        out.append(replace(d, start=start, kind=kind, decision=True, actor=decision.body,
                           year=d.year if own or d.year_stated else decision.year or d.year,
                           date=d.date if own or d.year_stated else decision.date,
                           year_stated=d.year_stated or decision.year is not None))
    return out


def _evaluation_later(d: Draft, year: int | None) -> bool:
    """The point makes an evaluation ("udarbejdes en evaluering af ...") dated after the decision's year."""
    head = d.subject.split()[0].lower() if d.subject.split() else ""
    noun = entries_by_pos()[1].get(head)  # the noun's entry: "evaluering" (a head word stands in its base form)
    return (d.year_stated and d.year is not None and year is not None and d.year > year
            and noun is not None and noun.kind == "evaluated")


def _proposed_in(year: int | None, anchor: dt.date | None) -> int | None:
    """The year of a point only proposed: its own, else the document's. The lead proposes in the present ("Det
    indstilles:", "Danmarksdemokraterne foreslår derfor at,"), as of the document, whose date the conventions lend
    a deictic time (star/README.md, "Lineage events": "The year may be taken from the document date"); s07 and s10_06
    gold: the undecided indstilling's points and the council member's proposal are planned in the meeting's year."""
    if year is not None or anchor is None:
        return year
    return anchor.year


def _decided_span(d: Draft, decision: referat.Decision, points: list[tuple[int, int]]) -> tuple[int, int]:
    """The evidence of a point decided by a decision line printed after the points: the point through the decision
    line when it is the only point (s6_10 gold: "evidence spans the recommendation and the decision line"), the
    decision line alone when there are several (s04 gold: the one contiguous span from 'A)' to the decision would
    also contain B). An outcome that approves points by number ("Indstillingens punkt 1 og 3 blev godkendt.",
    probes17 m01 and probes24 m02; "Beslutning: Punkt 1 og 2 godkendt.", "Punkt 1 tiltrådt.", probes25 01 and 02: the
    decision line silent in each EXPECTED) tells which points stand, not what they are: each point is its own
    evidence, as the README's "a point repeated in the Resume ... labelled once, with the point" keeps it."""
    if decision.line is None or decision.points is not None:
        return d.start, d.end
    if len(points) == 1:
        return d.start, decision.line[1]
    return decision.line


def agreement_items(text: str, spans: list[tuple[int, int]], index: int, lead: re.Match[str],
                    anchor: dt.date | None) -> list[Draft]:
    """The bullet items right after the lead, each an event of the agreement: the item's
    own word decides the kind ("Forlængelse af X", "afskaffe Y"), else it is introduced
    (an element decided in an agreement, the conventions' `introduced`)."""
    who = lead.group("who")
    actor = actors.agent_of(who) if re.match(r"(?:den )?(?:aftalen|forliget)\s+(?:om|fra)", who, re.IGNORECASE) else (
        "aftalepartierne" if re.match(r"(?:den )?(?:\w+ )?(?:aftalen|forliget)$", who, re.IGNORECASE) else actors.agent_of(who))
    lead_years = time_mentions(text[spans[index][0]:spans[index][1]], anchor=anchor)
    infinitives = re.search(r"\bat\s*:$", lead.group(0)) is not None
    out: list[Draft] = []
    for lo, hi in (spans[n] for n in _item_indices(text, spans, index)):
        match = ITEM.match(text[lo:hi])
        assert match is not None
        item = collapse_ws(match.group("item")).strip(" .;:")
        kind, subject = lexicon.item_event(item)
        mentions = [t for t in time_mentions(item, anchor=anchor)
                    if not END_YEAR.search(item, max(0, t.start - 24), t.start)] or lead_years
        year = mentions[0].year if mentions else None
        if subject == item and first_cue(item) is not None:
            # a clause with its own verb of an event ("Fleksjobordningen ændres", "Puljen forhøjes med 40 mio. kr.
            # fra 2024"): that event, decided in the agreement (a future date is when it takes effect, not a plan),
            # by the agreement's parties unless the clause names its own agent
            at = lo + match.start("item")
            for d in clause_events(text[at:hi], at, hi, anchor):
                out.append(replace(d, start=lo, kind=d.future_of or d.kind, actor=d.actor or actor,
                                   year=d.year if d.year_stated else year, year_stated=d.year_stated or bool(mentions)))
            continue
        if infinitives and subject == item and len(item.split()) > 1:
            # under "enige om at:" each item is an infinitive clause: a verb the lexicon does not know puts the
            # element in place ("- nedsætte en ekspertgruppe om refusionssystemet"), the element is its object
            subject = ARTICLE.sub("", item.split(None, 1)[1])
        # (a noun's content clause, "kravet om, at ...", is the noun's: the phrase cleaner would stop at its comma)
        subject = UNTIL.sub("", subject if " om, at " in subject else after_cue(subject) or subject)
        out.append(Draft(kind, lo, hi, subject, year, None, actor, None, BY_KIND[kind].decision,
                         year_stated=bool(mentions)))
    return out


def _item_indices(text: str, spans: list[tuple[int, int]], index: int) -> list[int]:
    """The indices of the bullet items right after an agreement's lead, to the first line that is none."""
    out: list[int] = []
    for n in range(index + 1, min(index + 30, len(spans))):
        lo, hi = spans[n]
        if not ITEM.match(text[lo:hi]):
            if out:
                break  # the list has ended
            continue
        out.append(n)
    return out


def agreement_items_after(text: str, spans: list[tuple[int, int]], index: int) -> int:
    """How many spans after an agreement's lead its items reach (0 when it is no lead): read with the lead."""
    if not (agreement_lead(text[spans[index][0]:spans[index][1]]) or forward_lead(text, spans, index)):
        return 0
    items = _item_indices(text, spans, index)
    return items[-1] - index if items else 0


def list_items(text: str, spans: list[tuple[int, int]], index: int, draft: Draft) -> list[Draft]:
    """One event per announced item: "afslutte følgende målinger: 1) ... 2) ..."."""
    items: list[tuple[str, int, int]] = []
    expected = 1
    for lo, hi in spans[index + 1:index + 40]:
        match = ITEM.match(text[lo:hi])
        if not match:
            continue
        number = re.match(r"\s*(\d{1,2})\)", text[lo:hi])
        if number and int(number.group(1)) != expected:
            continue
        expected += 1
        items.append((collapse_ws(match.group("item")).strip(" .:,;"), lo, hi))
    return [_own_event(item, pos, hi, draft) for item, pos, hi in items]


# A decision's items as the clauses its "at" governs: "Regionsrådet besluttede med 31 stemmer mod 10: / - at
# akuttelefonen styrkes ..., / - at den mobile akutbil gøres permanent," (a regionsråd's and a byråd's printed
# decision, tests/nlp/test_lineage_municipal_layouts.py): the item's clause is read without its "at".
_AT_ITEM = re.compile(r"^at\s+", re.IGNORECASE)


def _own_event(item: str, position: int, item_end: int, lead: Draft) -> Draft:
    """An announced item as an event of its lead; an item that is a clause with its own event verb ("Hjælp til
    vinduespudsning er udgået" under "vedtog følgende ændringer:") is that event, decided by the lead's actor in the
    lead's year unless it states its own, as an agreement's items are (`agreement_items`); its evidence is the item
    (the lead states no event of its own), as an agreement's item's is."""
    clause = _AT_ITEM.sub("", item)
    if first_cue(clause) is not None:
        own = clause_events(clause, 0, len(clause), None)
        if own:
            d = own[0]
            return replace(lead, kind=d.future_of or d.kind, subject=d.subject, position=position,
                           start=position, end=item_end,
                           year=d.year if d.year_stated else lead.year, year_stated=d.year_stated or lead.year_stated,
                           replaced_by=d.replaced_by)
    return replace(lead, subject=item, position=position)


# A body's decision printed as a lead whose items follow: "Regionsrådet besluttede med 31 stemmer mod 10:",
# "Byrådet vedtog:", "Kommunalbestyrelsen besluttede enstemmigt:" (the vote or an adverb may stand between).
DECISION_LEAD = re.compile(rf"^\s*(?P<body>{referat.COUNCIL})\s+(?:besluttede|vedtog|godkendte)"
                           r"(?:\s+(?:med\s+\d+\s+stemmer\s+mod\s+\d+|enstemmigt|derfor|endvidere|desuden|bl\.a\.))?\s*,?\s*(?:at\s*)?:$",
                           re.IGNORECASE)


def decision_lead_items(text: str, spans: list[tuple[int, int]], index: int, anchor: dt.date | None) -> list[Draft]:
    """The items under a body's printed decision (`DECISION_LEAD`) that state events of their own: decided by the
    body, in the year of the document (the meeting's), each with its item as evidence. Items with no event verb
    ("at akutklinikken har åbent kl. 8-22") give nothing."""
    start, end = spans[index]
    lead = DECISION_LEAD.match(text[start:end])
    if lead is None:
        return []
    body = actors.subject_agent(lead.group("body")) or lead.group("body")
    draft = Draft("introduced", start, end, "", anchor.year if anchor else None, None, body, None, True)
    return [d for d in list_items(text, spans, index, draft) if d.position >= 0 and d.start == d.position]
