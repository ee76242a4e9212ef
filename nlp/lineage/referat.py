"""Municipal case minutes (referater): a recommendation's points and the decision on them.

A referat states a case's points under a recommendation lead ("Center for Ejendomme indstiller,
at", "Det indstilles:") as lettered or numbered items ("A) ... godkendes.", "At 1) byrådet
godkender, at ..."), and the decision of the body that met on them in a line of its own:
"Sundheds- og Forebyggelsesudvalgets beslutning den 04.12.2012 ... Indstillingen godkendt"
(corpus/pdf/ballerup_referat_sundhedsudvalg_2012-12-04), or "byrådet i sit møde den 27. august
2025 har vedtaget Magistratens foranstående indstilling" (corpus/pdf/aarhus_byraad_referat_2025-08-27).
Under the conventions (star/README.md, "Lineage events"), a point decided is an event of its
own kind, by the body, in the meeting's year; a point only recommended is `planned` ("proposed but
not yet decided"); a point rejected is no event.
"""
from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass

from extract.records import EventKind

from . import actors, lexicon, overview
from .word_classes import DEFINITE_ARTICLES, word_set
from ..timex import time_mentions

COUNCIL = r"[\wæøå-]*(?:udvalg(?:et)?|byråd(?:et)?|kommunalbestyrelse(?:n)?|magistrat(?:en)?|regionsråd(?:et)?|bestyrelse(?:n)?)"
# "X indstiller, at", "Det indstilles:", "indstilles det, at", "Forvaltningen foreslår, at:" - ending the line.
PROPOSAL_LEAD = re.compile(
    r"(?:\bindstiller|\bindstilles(?:\s+det)?|\bDet indstilles|\bforeslår|\bforeslås(?:\s+det)?"
    # a body's recommendations are proposals too, none decided (the star README's `planned`: "expected or proposed but
    # not yet decided"): "Ekspertgruppen anbefaler blandt andet:" and its "• at ..." points (probes21 n11)
    r"|\banbefaler(?:\s+blandt\s+andet|\s+bl\.\s*a\.)?)"
    # an adverb may stand after the verb: "SF Aarhus og Alternativet foreslår derfor:" (s6_07), "Danmarksdemokraterne
    # foreslår derfor at," (s07) - a council member's proposal, whose points follow
    r"(?:\s+(?:derfor|hermed|således|endvidere|også|samtidig))?"
    # the body it is put to: "Børn- og Ungeudvalget indstiller til Byrådet, at", "Koncerndirektionen indstiller til
    # Regionsrådet," (the recipient of indstille; tests/nlp/test_lineage_numbered_points.py)
    rf"(?:\s+til\s+(?:[\wæøå-]+\s+og\s+)?{COUNCIL})?"
    # the body it is put to as the subject of approving, the points then its object: "Administrationen indstiller, at
    # Regionsrådet godkender," (probes17 m03; tests/nlp/test_lineage_decided_points.py samples)
    rf"(?:\s*,?\s*at\s+{COUNCIL}\s+(?:godkender|beslutter|vedtager|tiltræder))?"
    r"\s*,?\s*(?:at\s*)?[:,]?\s*$",
    re.IGNORECASE)
# "A) ...", "B) ...", "At 1) ...", "At) ...", "1) ...": the points of a recommendation.
# "- At Aarhus Kommune arbejder aktivt for at etablere ..." (s6_07): a proposal's point as a dash and "At".
# "1. at ...": the points numbered with a dot, each an at-clause (the mark of an ordered list, danish/sentences.py);
# "1. den nuværende model erstattes ...": the same points when the lead's "at" governs them all (a lower-case word
# after the number, as the splitter cuts them: never a heading "1. Indledning").
POINT = re.compile(r"^\s*(?:(?:At\s*)?(?:[A-Za-z]|\d{1,2})?\)|[-–•]\s*[Aa]t\b|\d{1,2}\.[ \t]+at\b|\d{1,2}\.[ \t]+(?=[a-zæøå]))\s*(?P<point>\S.*)$",
                   re.DOTALL)

# A body named at the start of its decision line: "Sundheds- og Forebyggelsesudvalgets beslutning", "Økonomiudvalgets ...".
_BODY = rf"(?P<body>(?:[A-ZÆØÅ][\wæøå]*-\s+og\s+)?{COUNCIL})"
# "Sundheds- og Forebyggelsesudvalgets beslutning den 04.12.2012 Punkt 2 / Indstillingen godkendt",
# "Beslutning i Udvalget for plan, udvikling og kultur (PUK) den 10-04-2013 / Godkendt".
_DECISION_LINE = re.compile(
    rf"(?m:^)\s*(?:{_BODY}s\s+beslutning|[Bb]eslutning\s+i\s+(?P<body2>[A-ZÆØÅ][^\n]{{0,60}}?)(?:\s+\([A-ZÆØÅ]+\))?)"
    r"\s+den\s+(?P<date>\d{1,2}\.\s+\w+\s+\d{4}|[\d.\-]+)[^\n]*\n(?P<outcome>[^\n]{0,160})")  # the written month first: "29." alone is no date
# "byrådet i sit møde den 27. august 2025 har vedtaget Magistratens foranstående indstilling" (Aarhus).
_ADOPTED_RECOMMENDATION = re.compile(
    rf"\b(?P<body>{COUNCIL})\s+(?:i\s+sit\s+møde|i\s+mødet)\s+den\s+(?P<date>[^,]+?)\s+har\s+(?:vedtaget|godkendt|tiltrådt)\s+"
    r"[^.]{0,80}?indstilling", re.IGNORECASE)
# "Taget til efterretning" (f07's decision line): the body accepts what the points report, so they stand as
# told (a noted point keeps its own date, below).
# "Indstillingen er godkendt." (probes22 m01), "Indstillingen blev herefter vedtaget." (probes24 m01): after the vote.
_APPROVED = re.compile(r"^\s*(?:indstilling(?:en|erne)?\s+(?:(?:blev|er)\s+)?(?:(?:herefter|derefter|dermed)\s+)?)?(?:godkendt|tiltrådt|vedtaget|anbefalet|anbefales"
                       r"|taget\s+til\s+efterretning)\b", re.IGNORECASE)
_REJECTED = re.compile(r"\b(?:ikke\s+godkendt|forkastet|ikke\s+tiltrådt|afvist)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Decision:
    body: str | None  # None when the minutes name no body (a bare "Beslutning" under a heading without one)
    date: dt.date | None
    year: int | None
    approved: bool
    # the decision line and its outcome ("Sundheds- og Forebyggelsesudvalgets beslutning den 04.12.2012 Punkt 6 /
    # Indstillingen godkendt") in the text, when the decision is printed after the points; None for an adoption
    # told above the case
    line: tuple[int, int] | None = None
    # the numbers of the points approved when the outcome names them ("Regionsrådet godkendte punkt 1, 2 og 4"); None
    # when it approves the recommendation as a whole
    points: frozenset[int] | None = None

    def on_point(self, number: int | None) -> Decision | None:
        """The decision on the point numbered `number`: this one when it names no points or names that one, else None
        (a point the outcome leaves out, sent back or put off, stays a proposal)."""
        return self if self.points is None or number in self.points else None


# A case goes from body to body, and the minutes print each body's decision line in turn: "Beslutning i Social- og
# Seniorudvalget den 2. september 2025 / Anbefales." then "Beslutning i Byrådet den 24. september 2025 / Godkendt."
# (a byråd's beslutningsprotokol), "Økonomiudvalgets beslutning den ... / Anbefales." then "Beslutning i Byrådet den
# ... / Indstillingen godkendt." (tests/nlp/test_lineage_decision_chain.py). The body of the last line decides; the
# ones before only recommend. A line follows the one before it when no more than a note on the vote stands between.
_CHAIN_GAP = 240


def _final_decision_line(window: str, first: re.Match[str]) -> re.Match[str]:
    line = first
    while True:
        following = _DECISION_LINE.search(window, line.end())
        if following is None or following.start() - line.end() > _CHAIN_GAP:
            return line
        line = following


def decision_on(text: str, lead_start: int, points_end: int) -> Decision | None:
    """The decision on the recommendation whose lead starts at `lead_start`: a decision line after
    its points (before the next case's lead), else an adoption of "foranstående indstilling" told
    before it in the same case (Aarhus prints the decision above the case)."""
    after = text[points_end:points_end + 800]
    following_lead = PROPOSAL_LEAD.search(after)  # never a decision of the next case
    window = after[:following_lead.start()] if following_lead else after
    first = _DECISION_LINE.search(window)
    line = _final_decision_line(window, first) if first else None
    if line:
        when = time_mentions(line.group("date"))
        outcome = line.group("outcome")
        body = line.group("body") or line.group("body2")
        line_start = points_end + line.start() + len(line.group(0)) - len(line.group(0).lstrip())
        # a chain's last line stands apart from the points, below the other bodies' lines: each point is its own
        # evidence, as a decision told apart from them is
        span = (line_start, points_end + line.start("outcome") + len(outcome.rstrip())) if line is first else None
        # the outcome may approve some points by number under a dated line as under a bare one ("Beslutning i
        # Byrådet den 24. april 2024 / Indstillingens punkt 1 og 3 blev godkendt.", probes17 m01)
        some = _approved_numbers(outcome)
        approved = _approves(outcome, some is not None)
        return Decision(body.strip(), when[0].date if when else None, when[0].year if when else None,
                        approved, span, some[1] if some else None)
    bare = _bare_decision(text, points_end, window)
    if bare is not None:
        return bare
    before = text[max(0, lead_start - 3000):lead_start]
    adopted = list(_ADOPTED_RECOMMENDATION.finditer(before))
    if adopted:
        last = adopted[-1]
        if PROPOSAL_LEAD.search(before[last.end():]) is None:
            when = time_mentions(last.group("date"))
            return Decision(last.group("body").strip(), when[0].date if when else None,
                            when[0].year if when else None, True)
    return None


# A decision under a bare "Beslutning" heading, its outcome on the next line ("Beslutning / Indstillingen blev
# godkendt.", "Beslutning / Godkendt.", "Beslutning / Udvalget godkendte indstillingen."): the minutes of a single
# meeting print neither body nor date on the line, so the body is the one the outcome names, else the meeting's
# of the minutes' title ("Referat – Byrådets møde 25. september 2024", "Referat Teknik- og Miljøudvalget"), and the
# date is the title's (tests/nlp/test_lineage_numbered_points.py samples; the municipal README: an indstilling's
# decision points are its events, decided by the body that met on them).
# The outcome may follow the heading on its own line, after a colon: "Beslutning: Indstillingen blev godkendt med 21
# stemmer for og 8 imod." (probes23 m01), "Beslutning: Godkendt med den ændring, at ..." (probes21 m01), "Beslutning:
# Tiltrådt, idet ..." (probes17 m02): a beslutningsprotokol prints label and outcome as one line.
_BARE_DECISION = re.compile(r"(?m)^[ \t]*Beslutning(?:[ \t]*:?[ \t]*\n|[ \t]*:[ \t]*)(?P<outcome>[^\n]{0,160})")
_BODY_APPROVES = re.compile(rf"^\s*(?P<body>{COUNCIL})\s+(?:godkendte|tiltrådte|vedtog)\s+(?:indstillingen|forslaget)\b",
                            re.IGNORECASE)
_MEETING_BODY = re.compile(_BODY, re.IGNORECASE)  # the decision line's body, case-blind in a title ("Byrådets møde")
# An outcome that approves some points by number: "Regionsrådet godkendte punkt 1, 2 og 4.", "Punkt 1 og 3 blev
# godkendt.", "Indstillingens punkt 1 og 3 blev godkendt." (the recommendation's points by its genitive; the points not named are not decided by it: sent back or put off, they stay proposals;
# tests/nlp/test_lineage_numbered_points.py samples).
# (the body's active verb before the points, else the passive after them)
_APPROVES_POINTS = re.compile(
    rf"^\s*(?:(?P<body>{COUNCIL})\s+(?:godkendte|tiltrådte|vedtog)\s+)?(?:indstillingens\s+)?punkt(?:erne)?\s+"
    r"(?P<nums>\d{1,2}(?:\s*,\s*\d{1,2})*(?:\s+og\s+\d{1,2})?)(?(body)|\s+(?:blev\s+)?(?:godkendt|tiltrådt|vedtaget))\b",
    re.IGNORECASE)


def _approves(outcome: str, by_number: bool, by_body: bool = False) -> bool:
    """An outcome approves the recommendation, or the points it numbers. A rejection told after points approved by
    number is of the others ("Indstillingens punkt 1 og 3 blev godkendt. Punkt 2 blev forkastet ...", probes17 m01):
    the numbered ones stand."""
    if by_number:
        return True
    return (by_body or bool(_APPROVED.match(outcome))) and not _REJECTED.search(outcome)


def _approved_numbers(outcome: str) -> tuple[str | None, frozenset[int]] | None:
    """(the body named, the numbers) of an outcome approving points by number, or None."""
    found = _APPROVES_POINTS.match(outcome)
    if found is None:
        return None
    return found.group("body"), frozenset(int(n) for n in re.findall(r"\d{1,2}", found.group("nums")))


# A body before the deciding one only recommends, on a line of its own under the same heading: "Beslutning /
# Forretningsudvalget anbefalede den 13. februar 2024 indstillingen. / Regionsrådet godkendte indstillingen ..." (the
# chain of bodies the dated decision lines print, `_final_decision_line`, told in sentences).
_RECOMMENDED_BY = re.compile(rf"\s*{COUNCIL}\s+(?:anbefalede|anbefaler)\b[^\n]*\n(?P<next>[^\n]{{0,160}})", re.IGNORECASE)


# A title names the meeting by a compound, the body its first part: "Byrådsmødet 24. april 2023 – Punkt 7: ..."
# (probes20 01), "Referat af byrådsmødet" (probes23 m01). The body that decides is the definite noun ("Byrådet").
_DEFINITE_SUFFIX = (("udvalg", "et"), ("råd", "et"), ("bestyrelse", "n"), ("magistrat", "en"))


def _definite(body: str) -> str:
    """The body as a definite noun, capitalised as a title prints it: "byråd" -> "Byrådet"; a definite stays."""
    for stem, suffix in _DEFINITE_SUFFIX:
        if body.lower().endswith(stem):
            return body[:1].upper() + body[1:] + suffix
    return body


def _bare_decision(text: str, points_end: int, window: str, found: re.Match[str] | None = None) -> Decision | None:
    bare = found or _BARE_DECISION.search(window)
    if bare is None:
        return None
    outcome = bare.group("outcome")
    outcome_at = bare.start("outcome")
    chained = _RECOMMENDED_BY.match(window, outcome_at)
    if chained is not None and _BODY_APPROVES.match(chained.group("next")):
        outcome, outcome_at = chained.group("next"), chained.start("next")
    named = _BODY_APPROVES.match(outcome)
    some = _approved_numbers(outcome)
    title = text[:text.find("\n")] if "\n" in text else text
    meeting = _MEETING_BODY.search(title)
    body = named.group("body") if named else some[0] if some and some[0] else _definite(meeting.group("body")) if meeting else None
    if not (named or some or _APPROVED.match(outcome) or _REJECTED.search(outcome)):
        return None
    # an agenda's single item ("Punkt 7. Sammenlægning af Tuse Skole og Udby Skole / ... / Beslutning / Indstillingens
    # punkt 1 og 3 blev godkendt.", probes19 m01; "KKR Syddanmark – Sag 4: ... / Beslutning / Godkendt.", probes15)
    # names no body: the outcome still decides the points, who decided is not stated (actor null, star/README.md)
    # the meeting's date as the title prints it ("Referat – Byrådets møde 25. september 2024"), not a year the title
    # names as its topic ("punkt 11: Regional kollektiv trafik 2025"); without one, the document's (lists.py)
    when = [t for t in time_mentions(title) if t.date is not None]
    approved = _approves(outcome, some is not None, named is not None)
    line_start = points_end + bare.start() + len(bare.group(0)) - len(bare.group(0).lstrip())
    # a chain's deciding line stands below the other bodies' lines: each point is its own evidence (as in decision_on)
    span = None if chained is not None and outcome_at == chained.start("next") else (
        line_start, points_end + outcome_at + len(outcome.rstrip()))
    return Decision(body.strip() if body else None, when[0].date if when else None, when[0].year if when else None,
                    approved, span, some[1] if some else None)


# A proposal told in one sentence of the case, its content an at-clause: "Økonomiudvalget indstiller, at filialen i
# Sundby lukkes pr. 1. juni 2025" (probes23 m01), "Administrationen indstiller, at den lokale borgerservice ... lukkes
# ... og erstattes af ..." (probes21 m01), "Teknik- og Miljøudvalget anbefaler, at ..." (probes23 m01), "Det
# indstilles, at der gives en tillægsbevilling ..." (probes23 m01).
INLINE_PROPOSAL = re.compile(
    r"^\s*(?:[A-ZÆØÅ][^,.;:\n]{1,80}?\s+(?:indstiller|anbefaler|foreslår)|Det\s+(?:indstilles|foreslås))"
    r"(?:\s+(?:derfor|hermed|samtidig|endvidere|også))?\s*,?\s+at\s+(?P<what>\S.*)$", re.DOTALL)
# An udvalg that "anbefaler" the case passes it on to the body that decides ("Beslutning: Anbefales over for
# Økonomiudvalget og Byrådet", probes15 02, probes17 m02 EXPECTED: the proposal stays planned).
_PASSED_ON = re.compile(r"^\s*anbefale", re.IGNORECASE)


# A byråd's referat may print no "Beslutning" heading: the vote's tally, then the outcome on a line of its own, "For
# stemte 21 (A, V, C, F, Ø og B), imod stemte 6 (O, DD og D). / Indstillingen er godkendt." (probes22 m01), "For
# indstillingen stemte A, V og O (17), imod stemte F, C og Ø (14). / Indstillingen blev herefter vedtaget." (probes24
# m01). The outcome must name the recommendation ("Indstillingen"): a bare "Godkendt." is no decision without its heading.
_VOTED_OUTCOME = re.compile(
    r"[ \t]*(?:For\s+(?:indstillingen\s+|forslaget\s+)?stemte\b[^\n]*\n\s*)?"
    r"(?P<outcome>Indstilling(?:en|erne)\s+(?:blev|er)\s+[^\n]{0,160})")


def decision_after(text: str, end: int) -> Decision | None:
    """The decision printed right below a proposal that ends at `end` (nothing but white space between them): a
    "Beslutning" heading with its outcome, or a vote's outcome line naming the recommendation (`_VOTED_OUTCOME`).
    None when another line stands between, when the decision only passes the case on, or when it is no decision on
    the case (put off: "Udsat til næste møde")."""
    window = text[end:end + 400]
    at = len(window) - len(window.lstrip())
    line_start = window.rfind("\n", 0, at) + 1
    if line_start == 0:
        return None  # the sentence's own line goes on
    bare = _BARE_DECISION.match(window, line_start) or _VOTED_OUTCOME.match(window, line_start)
    if bare is None or _PASSED_ON.match(bare.group("outcome")):
        return None
    return _bare_decision(text, end, window, bare)


def adopts_recommendation(sentence: str) -> str | None:
    """The body, when the sentence tells that it adopted the recommendation ("byrådet i sit møde den
    ... har vedtaget Magistratens foranstående indstilling")."""
    found = _ADOPTED_RECOMMENDATION.search(sentence)
    return found.group("body") if found else None


# A point the body only takes note of ("At 1) byrådet tager til efterretning, at den fælles ledelse ... ophører
# pr. 1. januar 2026", f12; "Taget til efterretning", f07): decided elsewhere, so the point keeps its own date
# (f12 gold: "dated with the only date given") and the body is not its decider.
_NOTED = re.compile(r"\b(?:tager|tog|taget|tages)\s+(?:\w+\s+)?til\s+efterretning\b", re.IGNORECASE)


def noted(point: str) -> bool:
    """The body takes the point to note, rather than deciding it."""
    return _NOTED.search(point) is not None


# What a meeting does with a case is procedure, not a commitment: "Punktet genoptages", "Der indkaldes til et
# ekstraordinært møde" (f14 gold notes: "procedural"), forwarding lines (f12: "not separate events"), the
# decision on a recommendation as such ("Taget til efterretning", f07; "Indstilles til godkendelse", f03:
# the recommendation's points are the events). A subject headed by one of these names no commitment.
# A general meeting's standing items, the board's report and the accounts ("Bestyrelsens beretning ...", "Regnskabet
# fremlægges og godkendes", s11_11's statutes; "4. Regnskab.", s10_12's notice), are procedure of the same kind.
PROCEDURAL_HEADS = frozenset("sagen sagerne punktet punkterne mødet møderne dagsordenen indstillingen indstillingerne "
                             "referatet beretningen årsberetningen regnskabet årsregnskabet".split())


def procedural(subject: str) -> bool:
    """"sagen til næste møde", "indstillingen": the case or the meeting itself, not what it decides."""
    words = subject.strip(" .,:;").lower().split()
    if len(words) == 2 and words[0].endswith("s") and {words[1], words[1] + "en", words[1] + "et"} & PROCEDURAL_HEADS:
        return True  # a genitive makes its noun definite: "Bestyrelsens beretning" is "beretningen"
    # "byrådet tiltræder Magistratsafdelingens indstilling af 26. juni 2025" (f12): adopting a recommendation; the
    # same with the recommendation's long owner cut off ("byrådet tiltræder Magistratsafdelingen for Kultur og
    # Borgerservices og ...", s7_09 gold notes: the Magistrat's recommendation is a step of the one decision)
    if len(words) >= 2 and words[0] in ("punkt", "punkterne") and words[1][:1].isdigit():
        return True  # "godkendte punkt 1, 2 og 4": an agenda point by its number
    return bool(words) and (words[0] in PROCEDURAL_HEADS or any(w.startswith("indstilling") for w in words)
                            or (len(words) > 1 and re.fullmatch(COUNCIL, words[0]) is not None
                                and words[1] in ("tiltræder", "tiltræde")))


# The proposer who opens a proposal: "Danmarksdemokraterne foreslår derfor at," (s07), "SF Aarhus og Alternativet
# foreslår derfor:" (s6_07), "Center for Ejendomme indstiller, at" (s04): an agent, then the verb of proposing.
_PROPOSER = re.compile(r"^\s*(?P<who>[A-ZÆØÅ][^,.;:\n]{1,80}?)\s+(?:foreslår|indstiller|anbefaler)\b")


def proposer(sentence: str) -> str | None:
    """The agent who proposes, when the sentence opens with one and a verb of proposing."""
    found = _PROPOSER.match(sentence)
    if not found:
        return None
    who = found.group("who")
    # a party's local branch is the party and its town ("SF Aarhus og Alternativet", s6_07)
    parts = [p for p in re.split(r",\s+|\s+og\s+", who) if p]
    return actors.subject_agent(who) or (who if parts and all(actors.subject_agent(p.split()[0]) for p in parts) else None)


# "At 1) Byrådet tager den opdaterede reduktionssti ... til efterretning" (s06), "A) Evalueringen af
# rygestopkurser tages til efterretning" (f07): what the body takes note of is named by the object of "tage
# ... til efterretning" (active, the body its subject) or by the subject of "tages til efterretning".
def noted_object(point: str) -> tuple[EventKind, str] | None:
    """The event a noted point names in its object, when no clause of the point states one: an updated
    instrument (s06 gold: "den opdaterede reduktionssti" taken to efterretning -> `changed`, "who updated it is
    not stated; the byråd only takes note") or a report of an instrument's results ("2024-afraportering af
    klimaindsatsen" -> `evaluated` of the instrument). Read by the pipeline's lemmas."""
    words = [(t.text, t.lemma_.lower()) for t in lexicon.get_pipeline_doc(point) if not t.is_space]
    at = next((i for i in range(len(words) - 1) if words[i][1] == "til" and words[i + 1][1] == "efterretning"), None)
    take = next((i for i in range(at or 0) if words[i][1] == "tage"), None) if at is not None else None
    if at is None or take is None:
        return None
    active = words[take][0].lower() != "tages"
    obj = words[take + 1:at] if active else words[:take]
    while obj and obj[0][1] in DEFINITE_ARTICLES:
        obj = obj[1:]
    if len(obj) < 2:
        return None
    if obj[0][1] in word_set("noted_update_verb"):
        return "changed", " ".join(w for w, _ in obj[1:])
    head = re.sub(r"^\d{4}-", "", obj[0][0]).lower()  # "2024-afraportering": the year the report covers
    if obj[1][1] == "af" and len(obj) > 2 and any(
            difflib.SequenceMatcher(None, head, noun).ratio() >= 0.9 for noun in overview.report_nouns()):
        # a report of results "af" its instrument; a near spelling is the same noun (minutes print
        # "afraportering" for "afrapportering", s06)
        return "evaluated", " ".join(w for w, _ in obj[2:])
    return None
