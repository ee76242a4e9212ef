"""What a general meeting decides on the items of its agenda, as an association's minutes tell it.

The minutes of a general meeting (DIKUrevyen's "Referat for ordinær generalforsamling d. 21.
september 2015", corpus/municipal/s7_11 and s7_12) give each item under its heading, the debate, the
vote and its outcome:

    Ekstra mulighed for godkendelse af vedtægtsændringer
    ... debate ...
    Stemmer / For Imod Ikke afgivende / 20 0 1
    Forslaget er vedtaget, med den note at formuleringen skal forbedres jf. Svens forslag.
    Se bilag A for de endelige ændringer.

Under the conventions (municipal README, session 7: "statute changes: new rules `introduced`, modified
rules `changed`, withdrawn proposals `dropped`"; s7_11 gold notes) the outcome line is the item's
event: the proposal under the heading, adopted by the general meeting in the meeting's year
(`changed` when the heading names a change, "Ændring af titlen »ledelsen« til »bestyrelsen«");
"Bestyrelsen trækker forslaget tilbage" is the proposal `dropped` by who withdrew it; an item put off
to a later meeting ("udskyde dette punkt til en ekstraordinær generalforsamling", "Dette udskydes også
til en ekstraordinær generalforsamling") is `planned`, year unknown. A suggestion made in the debate
("Der foreslås at forslaget trækkes tilbage") decides nothing; the outcome follows it, and a withdrawal right
after the suggestion it answers is told with it (s7_12 gold notes), a postponement suggested there `planned` too.

Read by the pipeline's lemmas (the verbs udskyde/udsætte, trække ... tilbage, vedtage; the meeting
nouns) over the sentence's words; the words are data (nlp/data/lineage_words.csv, roles
postpone_verb, meeting_noun, withdraw_verb, vote_verb), each with the documents that attest it.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from danish.sentences import ABBREVIATIONS, sentence_spans
from extract.normalise import collapse_ws
from extract.records import EventKind

from . import actors, lexicon
from .draft import Draft
from .word_classes import word_set
from ..timex import time_mentions

# The minutes' title: the meeting they record, and its date.
_TITLE = re.compile(r"(?m)^\s*Referat\s+(?:for|fra)\s+(?:den\s+)?(?:ordinær|ekstraordinær)?\s*(?P<body>generalforsamling)\b"
                    r"(?P<rest>[^\n]*)", re.IGNORECASE)
# "Fra bestyrelsens side ønsker man at udskyde ...": on whose behalf (a Danish idiom of agency).
_ON_BEHALF = re.compile(r"\bfra\s+(?P<who>[\wæøå]+?)s\s+side\b", re.IGNORECASE)
_SUGGESTION = re.compile(r"\bforeslå(?:r|s|et|ede)\b", re.IGNORECASE)
# A reference to the adopted wording, part of the outcome's evidence ("Se bilag A for de endelige ændringer.").
_SEE_ANNEX = re.compile(r"\s*Se\s+bilag\s+\w+\b[^\n.]*\.", re.IGNORECASE)
# Lines of the vote that are no heading.
_VOTE_LINE = re.compile(r"^\s*(?:Stemmer|For\s+Imod\b.*|[\d\s]+)$", re.IGNORECASE)


@dataclass(frozen=True)
class Meeting:
    body: str  # "generalforsamlingen"
    date: dt.date | None
    year: int | None
    at: tuple[int, int] | None = None  # where the title prints the date
    body_at: tuple[int, int] | None = None  # and the meeting ("generalforsamling", the body "generalforsamlingen")


# A vote's table under an item ("Stemmer / For Imod Ikke afgivende / 20 0 1"): an excerpt from the middle of the
# minutes, its title not in it, is still a general meeting's when it names one.
_VOTE_TABLE = re.compile(r"(?m)^\s*Stemmer\s*\n\s*For\s+Imod\b")
_GENERAL_MEETING = re.compile(r"\bgeneralforsamling", re.IGNORECASE)


def meeting(text: str, anchor: dt.date | None = None) -> Meeting | None:
    """The general meeting the minutes record, from their title line (else, for an excerpt with a vote's table
    that names a general meeting, the document's date), or None for other texts."""
    title = _TITLE.search(text[:400])  # the first line, after a page mark
    if title is None:
        if _VOTE_TABLE.search(text) and _GENERAL_MEETING.search(text):
            return Meeting("generalforsamlingen", anchor, anchor.year if anchor else None)
        return None
    when = time_mentions(title.group("rest"))
    at = (title.start("rest") + when[0].start, title.start("rest") + when[0].end) if when else None
    return Meeting(title.group("body").lower() + "en", when[0].date if when else None, when[0].year if when else None,
                   at, title.span("body"))


# A labelled item of the agenda: "Eventuelt A: Vedtægtsændringsforslagstilføjelse: Mulighed for" / "overgangsbestyrelse".
_LABELLED_ITEM = re.compile(r"^(?:Eventuelt\s+[A-ZÆØÅ]|Punkt\s+\d+)\s*:\s*(?P<title>\S.*)$")


def _heading_above(text: str, at: int) -> tuple[int, str]:
    """The agenda item's heading and where it starts: the nearest line above that stands alone between blank
    lines (the vote's lines passed over), or a labelled item ("Eventuelt A: ...", its title wrapped after a link
    word); (-1, "") when there is none."""
    lines = text[:at].split("\n")
    offsets = [0]
    for line in lines[:-1]:
        offsets.append(offsets[-1] + len(line) + 1)
    for i in range(len(lines) - 2, 0, -1):
        line = lines[i].strip()
        if not line or _VOTE_LINE.match(line):
            continue
        labelled = _LABELLED_ITEM.match(line)
        if labelled:
            title = labelled.group("title")
            # "Mulighed for" / "overgangsbestyrelse": a title wrapped after a link word, or wrapped anywhere when the
            # next line opens in lower case (a new line of its own, a heading or a sentence, opens with a capital):
            # "Mulighed" / "for overgangsbestyrelse" is the same title wrapped at another width
            following = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if following and (title.split()[-1].lower() in word_set("heading_link_word") or following[0].islower()):
                title = f"{title} {following}"
            return offsets[i], title.strip()
        alone = not lines[i - 1].strip() and i + 1 < len(lines) and not lines[i + 1].strip()
        if alone and len(line.split()) <= 12 and not line.endswith((".", ":", "!", "?")):
            return offsets[i], line
    return -1, ""


def _words(sentence: str) -> list[tuple[str, str]]:
    return [(t.text.lower(), t.lemma_.lower()) for t in lexicon.get_pipeline_doc(sentence) if not t.is_space]


# The participle that names a postponement in the subject ("Regnskab (udskudt til en ekstraordinær generalforsamling)",
# s7_11 gold).
_PARTICIPLE = {"udskyde": "udskudt", "udsætte": "udsat"}


def _postponed(words: list[tuple[str, str]]) -> str | None:
    """"udskyde dette punkt til en ekstraordinær generalforsamling": "udskudt til <the later meeting>", or None."""
    verbs, meetings = word_set("postpone_verb"), word_set("meeting_noun")
    for i, (_, lemma) in enumerate(words):
        if lemma not in verbs:
            continue
        for j in range(i + 1, min(i + 6, len(words))):
            if words[j][0] == "til":
                end = next((k for k in range(j + 1, min(j + 5, len(words))) if words[k][1] in meetings), None)
                if end is not None:
                    return f"{_PARTICIPLE.get(lemma, lemma)} " + " ".join(w for w, _ in words[j:end + 1])
    return None


def _future_rule(words: list[tuple[str, str]]) -> str | None:
    """"I fremtiden skal der være valg af vedtægtsændringer før valg af bestyrelsen", "Vedtægterne i dette område
    skal så gøres mere klare til næste generalforsamling" (s7_12 gold notes: both `planned`): what the meeting says
    is to be, for the future or by a later meeting: the existential's noun phrase, else the clause without its
    modal. A "skal" of a standing rule ("DIKUrevyen skal have en bestyrelse") names no time and is no plan."""
    lemmas = [lem for _, lem in words]
    if "skulle" not in lemmas:
        return None
    meetings = word_set("meeting_noun")
    ahead = any(lemmas[i:i + 2] == ["i", "fremtid"] for i in range(len(lemmas) - 1)) or any(
        lemmas[i] == "til" and lemmas[i + 1] == "næste" and lemmas[i + 2] in meetings for i in range(len(lemmas) - 2))
    if not ahead:
        return None
    modal = lemmas.index("skulle")
    rest = [w for w, _ in words if w not in ".!"]
    if lemmas[modal + 1:modal + 3] == ["der", "være"]:  # "skal der være X": X is what is to be
        return " ".join(rest[modal + 3:]) or None
    return " ".join(w for i, w in enumerate(rest) if i != modal and not (i == modal + 1 and lemmas[i] == "så")) or None


def _withdrawn(words: list[tuple[str, str]]) -> int | None:
    """"Bestyrelsen trækker forslaget tilbage": the verb's place, or None."""
    for i, (_, lemma) in enumerate(words):
        if lemma in word_set("withdraw_verb") and any(w == "tilbage" for w, _ in words[i + 1:i + 4]) \
                and any(lem == "forslag" or lem.endswith("forslag") for _, lem in words[i + 1:i + 3]):
            return i
    return None


def _voted(words: list[tuple[str, str]]) -> bool:
    """"Forslaget er vedtaget": the proposal adopted (a rejected one, "Forslaget blev forkastet", is no event)."""
    return len(words) >= 3 and words[0][1] == "forslag" and words[1][1] in ("være", "blive") \
        and words[2][1] in word_set("vote_verb")


def _line_end(text: str, start: int, end: int) -> int:
    """A sentence ends with its full stop at a line's end; a page mark or the next heading is no part of it."""
    for stop in re.finditer(r"(?P<word>\w*)[.!]\s*\n", text[start:end]):
        if stop.group("word").lower() not in ABBREVIATIONS:  # "... skal forbedres jf.\nSvens forslag." goes on
            return start + stop.end("word") + 1
    return end


def _suggestion(text: str, start: int, end: int, words: list[tuple[str, str]]) -> tuple[int, int, str | None] | None:
    """A suggestion's start, the heading it is made under and the postponement it suggests. A labelled item's
    heading without a full stop runs into the sentence under it ("Eventuelt B: ... før generalforsamling" / "Der
    foreslås at dette forslag udskydes ...", s7_12): the item is the one above the sentence's end, and the
    suggestion starts below its heading."""
    at, heading = _heading_above(text, end)
    if not heading:
        return None
    if at >= start:
        start = text.find("\n", at) + 1
        following = text[start:text.find("\n", start)].strip()
        if following and heading.endswith(following):  # the heading wrapped after a link word ("Mulighed for")
            start = text.find("\n", start) + 1
    return start, at, _postponed(words)


def meeting_decisions(text: str, anchor: dt.date | None = None) -> list[Draft]:
    """The decisions of a general meeting's minutes on its agenda items."""
    held = meeting(text, anchor)
    if held is None:
        return []
    out: list[Draft] = []
    decided: set[int] = set()  # an item is decided once: a later outcome under the same heading is another item's
    suggestion: tuple[int, int, str | None] | None = None  # the suggestion just before: its start, heading, postponement
    for start, end in sentence_spans(text):
        end = _line_end(text, start, end)
        sentence = collapse_ws(text[start:end])
        words = _words(sentence)
        suggested = any(lem == "foreslå" for _, lem in words)  # "Der foreslås at ...": a suggestion, no decision
        at, heading = _heading_above(text, start)
        before, suggestion = suggestion, _suggestion(text, start, end, words) if suggested else None
        if not heading or suggested:
            continue
        future = _future_rule(words)
        if future:
            out.append(Draft("planned", start, end, future, None, None, None, None, False))
            continue
        later = _postponed(words)
        if later:
            behalf = _ON_BEHALF.search(sentence)
            who = behalf.group("who").lower() if behalf and actors.subject_agent(behalf.group("who")) else None
            out.append(Draft("planned", start, end, f"{heading} ({later})", None, None, who, None, False))
            continue
        withdrawn = _withdrawn(words)
        if (withdrawn is not None or _voted(words)) and at in decided:
            continue  # its heading was not found: the item is not known
        if withdrawn is not None:
            decided.add(at)
            # the agent right before the verb ("..., så bestyrelsen trækker forslaget tilbage")
            who = next((a for k in (1, 2, 3) if withdrawn >= k
                        for a in [actors.subject_agent(" ".join(w for w, _ in words[withdrawn - k:withdrawn]))] if a), None)
            # the suggestion the withdrawal answers is told with it ("Der foreslås at dette forslag udskydes til næste
            # generalforsamling for at kunne finpudse det. Bestyrelsen trækker forslaget tilbage.", s7_12 gold notes:
            # both events share the evidence); a postponement it suggests is the item's plan as well
            first = before[0] if before and before[1] == at else start
            out.append(Draft("dropped", first, end, heading, held.year, held.date, who, None, True,
                             year_stated=held.year is not None, year_at=held.at, date_at=held.at))
            if before and before[1] == at and before[2]:
                out.append(Draft("planned", first, end, f"{heading} ({before[2]})", None, None, None, None, False))
            continue
        if _voted(words):
            decided.add(at)
            kind: EventKind = "changed" if lexicon.item_event(heading)[0] == "changed" else "introduced"
            annex = _SEE_ANNEX.match(text, end)
            out.append(Draft(kind, start, annex.end() if annex else end, heading, held.year, held.date, held.body,
                             None, True, year_stated=held.year is not None, year_at=held.at, date_at=held.at,
                             actor_at=held.body_at))
    return out


def with_meeting_decisions(text: str, drafts: list[Draft], anchor: dt.date | None = None) -> list[Draft]:
    """A general meeting's decisions in place of what the sentence readers made of the same sentences."""
    if meeting(text, anchor) is None:
        return drafts
    found = meeting_decisions(text, anchor)
    # what a member suggests in the debate ("Søren foreslår at der tilføjes en sætning", "Der bliver foreslået at
    # fjerne ordet") decides nothing: the item's outcome does (s7_11 gold: no event for the suggestions)
    kept = [d for d in drafts if not any(f.start <= d.start < f.end for f in found)
            and not (d.kind == "planned" and _SUGGESTION.search(text[d.start:d.end]))]
    return sorted(kept + found, key=lambda d: d.start)
