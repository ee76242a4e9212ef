"""A council's decision on an agenda item, as the minutes print it above the case.

Aarhus Byråd's minutes (FirstAgenda export, corpus/pdf/aarhus_byraad_referat_2025-08-27; excerpts
f12, s07, s7_08 of the municipal dev set) open every item with its heading and a "Beslutninger"
block, then the case ("Resume", "BESLUTNINGSFORSLAG FRA ..."):

    Punkt 4: Svar på forslag fra V om at farten skal ned på Grenåvej i Løgten &
    Skødstrup
    EMN-2025-004084
    Beslutninger
    Tilbagesendes Magistratsafdelingen for Teknik og Miljø med bemærkning, at byrådet i sit møde den
    27. august 2025 har vedtaget Magistratens foranstående indstilling af 19. august 2025.
    Socialdemokratiets byrådsgruppe kunne ikke tiltræde indstillingen.
    Magistratsafdelingen for Teknik og Miljø udarbejder notat.

The conventions (municipal README; f12, s07, s7_08 gold notes; the brief of issue 15): the council's
adoption of a recommendation is one event, `introduced` (`changed` when the item's summary line names
a change: "Forslag om udvidelse af retten til skoleskift", f12), actor the council, dated with the
meeting; an item the council sends on to a committee or to the Magistrat "til behandling" stays
undecided, `planned`, actor the council (s07). The other lines of the block are procedure, no event:
a group that could not support the recommendation, "X udarbejder notat" (a follow-up, s7_08 notes),
"Sagen bedes tilbagesendt byrådet". The block is read by its layout; the sentence readers do not
read it again.

The decision phrases are data (nlp/data/decision_lines.csv): each with its kind, an example and the
documents that attest it.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from danish._data import table_rows
from danish.reference import party_for
from danish.sentences import is_false_stop
from extract.normalise import collapse_ws
from extract.records import EventKind

from . import lexicon, overview
from .draft import Draft
from .word_classes import word_set
from ..timex import time_mentions


@dataclass(frozen=True)
class DecisionPhrase:
    pattern: re.Pattern[str]
    kind: EventKind
    example: str
    attested_by: str


@lru_cache(maxsize=1)
def phrases() -> tuple[DecisionPhrase, ...]:
    """The decision phrases of nlp/data/decision_lines.csv, in the table's order."""
    return tuple(DecisionPhrase(re.compile(r["pattern"], re.IGNORECASE), r["kind"], r["example"], r["attested_by"])
                 for r in table_rows("nlp", "data", "decision_lines.csv"))


# "Punkt 4: Svar på forslag fra V om ... &" over a blank line and "Skødstrup": the item's heading, its last
# words wrapped below a blank line, then the case number ("EMN-2025-004084") and the "Beslutninger" block.
_ITEM = re.compile(r"(?m)^Punkt\s+\d+:\s*(?P<title>[^\n]+)\n(?:\s*\n)?(?P<more>(?!EMN-|Beslutninger)[^\n]*)\n"
                   r"(?:\s*\n)?(?:EMN-[\d-]+\s*\n)?\s*Beslutninger[^\S\n]*\n")
# Where the block ends: the case's own sections.
_BLOCK_END = re.compile(r"(?m)^\s*(?:Resume|BESLUTNINGSFORSLAG\b|Beslutningsforslag\b|Beslutningspunkter|Sagsforløb|"
                        r"Punkt\s+\d+:|Bilag)\s*")
# The lines of a block that are procedure: a dissent, a follow-up memo, a request to return the case, an
# empty placeholder ("."). "Socialdemokratiets byrådsgruppe kunne ikke tiltræde indstillingen." (s7_08),
# "Magistratsafdelingen for Kultur og Borgerservice udarbejder notat." (item 12 of the same minutes).
_PROCEDURE = re.compile(r"kunne\s+ikke\s+tiltræde|\budarbejder\s+(?:et\s+)?notat\b|\bbedes\s+tilbagesendt\b|^\W*$",
                        re.IGNORECASE)
# "Forslag om udvidelse af retten ..." (f12), "Indstillingen vedrører anlægsregnskaber ..." (item 8): the
# summary's lead words, taken off the subject.
_SUMMARY_LEAD = re.compile(r"^(?:Forslag\s+om|Indstillingen\s+vedrører)\s+", re.IGNORECASE)
# "Svar på forslag fra DD om ...": the answer is to the proposal; the proposal names the case (s07 gold).
_ANSWER = re.compile(r"^Svar\s+på\s+", re.IGNORECASE)
# "Magistratens foranstående indstilling af 19. august 2025": whose recommendation was adopted.
_RECOMMENDATION = re.compile(r"\b(?P<whose>[A-ZÆØÅ][\wæøå-]*s)\s+(?:foranstående\s+)?indstilling\b")


@dataclass(frozen=True)
class Block:
    start: int  # the "Beslutninger" block's text, read by this module alone
    end: int
    draft: Draft


# A "Beslutninger" block whose item heading is not in the text (an excerpt that starts on the item's second
# page): its decision is read all the same, its subject from the summary line or the recommendation.
_BLOCK_START = re.compile(r"(?m)^[^\S\n]*Beslutninger[^\S\n]*\n")


def blocks(text: str) -> Iterator[Block]:
    headed = {item.end(): _heading(item) for item in _ITEM.finditer(text)}
    for found in _BLOCK_START.finditer(text):
        start = found.end()
        end_at = _BLOCK_END.search(text, start, start + 1500)
        end = end_at.start() if end_at else min(len(text), start + 600)
        draft = _decision(text, start, end, headed.get(start, ""))
        if draft is not None:
            yield Block(start, end, draft)


def _heading(item: re.Match[str]) -> str:
    title = item.group("title").strip()
    more = item.group("more").strip()
    if more and not _BLOCK_END.match(more):
        # a word broken at the line's end is one word ("ny 2030-" / "fremskrivning", item 7)
        title = f"{title}{more}" if re.search(r"\w-$", title) else f"{title} {more}"
    return collapse_ws(title).strip(" .")


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The block's sentences: lines joined where a sentence wraps, split at a full stop ending a line. An
    ordinal's or an abbreviation's dot ends no sentence wherever the line breaks ("indstilling af 19.\naugust
    2025", s7_09 wrapped at another width; danish.sentences.is_false_stop)."""
    out: list[tuple[int, int]] = []
    lo = None
    pos = start
    for line in text[start:end].split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        if not line.strip():
            continue
        if lo is None:
            lo = a + len(line) - len(line.lstrip())
        if line.rstrip().endswith(":") or (line.rstrip().endswith(".") and not is_false_stop(text, a + len(line.rstrip()))):
            out.append((lo, a + len(line.rstrip())))
            lo = None
    if lo is not None:
        out.append((lo, end))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _decision(text: str, start: int, end: int, heading: str) -> Draft | None:
    lines = _lines(text, start, end)
    for i, (lo, hi) in enumerate(lines):
        sentence = collapse_ws(text[lo:hi])
        for phrase in phrases():
            found = phrase.pattern.search(sentence)
            if not found:
                continue
            when = time_mentions(found.group("date"))
            date: dt.date | None = when[0].date if when else None
            year = when[0].year if when else None
            body = _council(found.group("body"))
            rest = [(a, b) for a, b in lines[i + 1:] if not _PROCEDURE.search(collapse_ws(text[a:b]))]
            summary = collapse_ws(text[rest[0][0]:rest[0][1]]).strip(" .") if rest else ""
            kind: EventKind = phrase.kind
            evidence_end = hi
            if summary:
                subject = _SUMMARY_LEAD.sub("", summary)
                if kind != "planned":
                    # the summary's nominalisation states the kind: "Forslag om udvidelse af retten ..." (f12 gold:
                    # changed), "Forslag om nedlæggelse af aflastningstilbuddet ..." (tests/nlp/test_lineage_referat.py)
                    read, _ = lexicon.item_event(subject)
                    head = re.match(r"[\wæøå-]+\s+af\s+", subject)
                    if read in ("changed", "dropped", "confirmed") and head:
                        # what the nominalisation is of, whole: the summary is a title, no clause ends it
                        kind, subject = read, subject[head.end():]
                evidence_end = rest[0][1]
            else:
                subject = _ANSWER.sub("", heading)
                whose = _RECOMMENDATION.search(sentence)
                if not subject:  # no heading: what was adopted is the recommendation itself
                    if kind == "planned" or whose is None:
                        return None
                    return Draft(kind, lo, evidence_end, f"{whose.group('whose')} indstilling", year, date, body, None,
                                 True, year_stated=year is not None)
                if kind != "planned":
                    # the item's title read as a status overview reads a decided row's (nlp/lineage/overview.py,
                    # nlp/data/status_overview.csv): a report on results is `evaluated` ("Afrapportering på
                    # klimaregnskab ..."), a nominalisation of a change states that change of its object
                    titled, of_what = overview.row_kind(subject)
                    if titled != "introduced":
                        kind, subject, whose = titled, of_what, None
                if kind == "introduced" and whose:
                    # what was adopted is the recommendation on the case (s7_08 gold: "Magistratens indstilling
                    # om Venstres forslag ...")
                    subject = f"{whose.group('whose')} indstilling om {subject[0].lower() + subject[1:]}"
            if not subject:
                return None
            return Draft(kind, lo, evidence_end, subject, year, date, body, None, kind != "planned",
                         year_stated=year is not None)
    return None


def _council(body: str) -> str:
    """"byrådets" -> "byrådet": the council that decided, in its definite form."""
    body = body.strip()
    return body[:-1] if body.lower().endswith(("byrådets", "udvalgets", "magistratens")) else body


def follow_up(d: Draft, text: str) -> bool:
    """"Magistratsafdelingen for Teknik og Miljø udarbejder notat." (s7_08): a bare memo an office writes after
    the decision is an administrative follow-up, no commitment (s7_08 gold notes; nlp/data/lineage_words.csv,
    role follow_up_document)."""
    words = d.subject.strip(" .").lower().split()
    if not words or words[0] not in word_set("follow_up_document"):
        return False
    # the bare memo, or the memo "med beskrivelse af ..." an office writes now (s7_09 gold notes: "Magistratsafdelingen
    # for Kultur og Borgerservice udarbejder notat med beskrivelse af principper ...", a follow-up as in s7_08)
    return len(words) == 1 or re.search(rf"\budarbejder\s+{re.escape(words[0])}\b", text[d.start:d.end],
                                        re.IGNORECASE) is not None


def with_decision_blocks(text: str, drafts: list[Draft]) -> list[Draft]:
    """The decisions of the minutes' blocks, in place of what the sentence readers made of the block's lines;
    follow-ups left out."""
    drafts = proposers_plans(text, [d for d in drafts if not follow_up(d, text)])
    found = list(blocks(text))
    if not found:
        return drafts
    kept = [d for d in drafts if not any(b.start <= d.start < b.end for b in found) and not _point_of(text, d, found)]
    return sorted(kept + [b.draft for b in found if not _only_noted(text, b)], key=lambda d: d.start)


_POINTS_END = re.compile(r"(?m)^\s*(?:Sagsforløb|Bilag|Punkt\s+\d+:|Beslutninger)\b")
_NOTED_POINT = re.compile(r"\btil\s+efterretning\b", re.IGNORECASE)


def _only_noted(text: str, b: Block) -> bool:
    """The adopted recommendation only takes things to note ("At 1) Byrådet tager den opdaterede reduktionssti
    ... til efterretning", every point of s06's item 7): taking note decides nothing, so the adoption is no event
    of its own; the noted points are (s06 gold: "the byråd only takes note"; f07: "'Taget til efterretning' is
    the same event")."""
    if b.draft.kind == "planned":
        return False
    following = _NEXT_ITEM.search(text, b.end)
    item = text[b.end:following.start() if following else len(text)]
    first = _POINT_LINE.search(item)
    if first is None:
        return False
    end = _POINTS_END.search(item, first.end())
    points = [p for p in _POINT_LINE.split(item[first.start():end.start() if end else len(item)]) if p.strip()]
    return bool(points) and all(_NOTED_POINT.search(collapse_ws(p)) for p in points)


_POINT_LINE = re.compile(r"(?m)^\s*At\s*(?:\d{1,2})?\)")


_NEXT_ITEM = re.compile(r"(?m)^Punkt\s+\d+:")
# A recommendation's point as the minutes print it: "At 1) ...", "At) ...".
_POINT = re.compile(r"^\s*At\s*(?:\d{1,2})?\)")


def _point_of(text: str, d: Draft, found: list[Block]) -> bool:
    """A point of the recommendation the council adopted in the block above it: the adoption is its one event
    (the brief of issue 15: "numbered points of one indstilling are not split"). A point the council only takes
    note of was decided elsewhere and keeps its own event (f12 gold: the joint management ends, dropped)."""
    if not _POINT.match(text[d.start:d.end]):
        return False
    for b in found:
        if b.draft.kind == "planned" or d.start < b.end:
            continue
        following = _NEXT_ITEM.search(text, b.end)
        if d.start < (following.start() if following else len(text)) and d.actor == b.draft.actor:
            return True
    return False


# "BESLUTNINGSFORSLAG FRA KF OG M" (Aarhus): a council member's proposal, printed in the item up to the
# recommendation on it ("INDSTILLING FRA MAGISTRATSAFDELINGEN ...") or the item's next section.
_PROPOSAL = re.compile(r"(?m)^BESLUTNINGSFORSLAG\s+FRA\s+(?P<who>[^\n]+)$")
_PROPOSAL_END = re.compile(r"(?m)^(?:INDSTILLING\s+FRA\b|Beslutningspunkter|Sagsforløb|Bilag|Punkt\s+\d+:)")


def _proposers(who: str) -> str | None:
    """"KF OG M" -> "Det Konservative Folkeparti og Moderaterne": the parties by their printed abbreviations
    (danish/data/parties.csv); None when one of the proposers is no party ("EL OG VIGGO JONASEN, UFP")."""
    names = []
    for part in re.split(r"\s+OG\s+|\s*,\s*", who.strip(), flags=re.IGNORECASE):
        party = party_for(part)
        if party is None:
            return None
        names.append(party.name)
    return " og ".join(names) if names else None


def _as_printed(who: str) -> str:
    """"EL OG VIGGO JONASEN, UFP" -> "EL og Viggo Jonasen, UFP": proposers that are not all parties (a member
    outside any party, s9_09) as the heading prints them (the conventions' actor "as phrased in the text"), its
    capitals undone for names; abbreviations of three letters or fewer stay."""
    words = []
    for word in who.strip().split():
        bare = word.rstrip(",")
        if bare.lower() == "og":
            words.append("og")
        elif len(bare) <= 3:
            words.append(word)
        else:
            words.append(word.capitalize())
    return " ".join(words)


def proposal_sections(text: str) -> list[tuple[int, int, str]]:
    """The proposals a council's minutes print, with the parties (or, where one of them is no party, the
    proposers as printed) that made them."""
    out = []
    for found in _PROPOSAL.finditer(text):
        who = _proposers(found.group("who")) or _as_printed(found.group("who"))
        if not who:
            continue
        end = _PROPOSAL_END.search(text, found.end())
        out.append((found.end(), end.start() if end else len(text), who))
    return out


# A point told as done or dated is background of the proposal, not its content ("i Danmark er lovgivningen for
# nylig blevet lempet", s9_09 gold: changed): the tenses of nlp/lineage/genres.py.
_TOLD_AS_DONE = re.compile(r"\b(?:blev|blevet|var|havde|har|fik)\b", re.IGNORECASE)  # "er lovgivningen ... blevet lempet"


def _proposed_point(d: Draft, evidence: str) -> bool:
    return d.kind not in ("planned", "confirmed") and d.actor is None and not d.year_stated \
        and not _TOLD_AS_DONE.search(evidence)


# The proposers' own voice: "Vi foreslår, at ...", "foreslås det, at ...", "Vi ønsker, at ..." (a plan told
# as another's, "en evaluering, som Teknik og Miljø forventes at fremlægge", is not theirs).
_PROPOSING = re.compile(r"\b(?:foreslår|foreslås|ønsker|ønskes)\b", re.IGNORECASE)


def proposers_plans(text: str, drafts: list[Draft]) -> list[Draft]:
    """A plan told without its agent in a party's proposal ("Vi foreslår, at der igangsættes en undersøgelse",
    under "BESLUTNINGSFORSLAG FRA V") is the proposing party's: the party-demand convention (municipal README;
    s7_08 gold: actor Venstre)."""
    sections = proposal_sections(text)
    if not sections:
        return drafts
    met = _meeting_years(text, sections)
    out = []
    for d in drafts:
        evidence = text[d.start:d.end]
        if _proposed_point(d, evidence):
            # the proposal's own point in the present tense ("Der etableres særskilt budgettering af udgifter til
            # specialundervisning", under "BESLUTNINGSFORSLAG FRA EL OG VIGGO JONASEN, UFP", s9_09): proposed, not
            # done - the municipal README: "a proposal sent on for the magistrat's treatment is `planned` by
            # byrådet, its points `planned` by the proposers" (a programme's present tense, nlp/lineage/genres.py)
            party = next((who for lo, hi, who in sections if lo <= d.start < hi), None)
            if party:
                d = replace(d, kind="planned", decision=False, replaced_by=None, actor=party)
        # no agent, or one the speaker step gave "vi" (the issuer), not named in the sentence
        if d.kind == "planned" and (d.actor is None or d.actor.lower() == "vi" or d.actor not in evidence) \
                and _PROPOSING.search(evidence):
            party = next((who for lo, hi, who in sections if lo <= d.start < hi), None)
            if party:
                d = replace(d, actor=party)
        out.append(_in_meeting_year(d, sections, met))
    return out


def _meeting_years(text: str, sections: list[tuple[int, int, str]]) -> list[int | None]:
    """The year of the meeting that first treats each proposal: its item's "Beslutninger" block above it (no other
    item's heading between), when the block is dated and sends the proposal on undecided ("Fremsendes til ... til
    behandling", "jf. byrådets vedtagelse i mødet den 27. august 2025 om magistratsbehandling af forslaget"). s07
    gold notes: the proposal's year is its first treatment's. A block adopting the answer to a proposal
    ("Tilbagesendes ... at byrådet i sit møde den 27. august 2025 har vedtaget Magistratens ... indstilling")
    meets months after the proposal was made, whose date the item does not print: no year from it."""
    found = list(blocks(text))
    years: list[int | None] = []
    for lo, _, _ in sections:
        block = next((b for b in reversed(found) if b.end <= lo and not _NEXT_ITEM.search(text, b.end, lo)), None)
        years.append(block.draft.year if block is not None and block.draft.kind == "planned" else None)
    return years


def _in_meeting_year(d: Draft, sections: list[tuple[int, int, str]], years: list[int | None]) -> Draft:
    """A proposal is made as of the meeting that treats it: the proposers' own undated plan takes that meeting's
    year, as a recommendation's undecided points do (lists._proposed_in). s07 gold: "Danmarksdemokraterne foreslår
    derfor at, 1. Aarhus Byråd træffer en principbeslutning ..." 2025; s9_09 gold: "Der etableres særskilt
    budgettering af udgifter til specialundervisning" 2025 (under "BESLUTNINGSFORSLAG FRA EL OG VIGGO JONASEN,
    UFP"). A plan of someone else the proposal tells of keeps its own year (none)."""
    if d.kind != "planned" or d.year is not None:
        return d
    for (lo, hi, who), year in zip(sections, years):
        if lo <= d.start < hi and d.actor == who and year is not None:
            return replace(d, year=year)
    return d
