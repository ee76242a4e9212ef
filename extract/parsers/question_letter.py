"""Committee question letters ("Udvalget udbeder sig ministerens besvarelse af følgende spørgsmål").

Layout cues: the sender committee on the first line (or ft.dk's stamp above it),
"Til:"/"Dato:" labels whose values converters put on the lines below, the case line
("SOU alm. del", "L 94" with the bill title and "Af X-ministeren (Name)"), the heading
"Spørgsmål N", the question, then "Spørgsmålet er stillet efter ønske fra X (P)",
"Spørgsmålet ønskes besvaret senest den ...", "Svar bedes sendt elektronisk ...",
"På udvalgets vegne", the chair's name and "formand". Any of these may be missing or
glued to its neighbour ("betingelser.Spørgsmålet er stillet ..."); the text may stop
at "På udvalgets vegne".
"""
from __future__ import annotations

import re

from danish.dates import find_dates

from ..document import Document
from ..folketing import HEADING_RE, question_key
from ..letters import (CHAIR_LINES, GREETING_RE, QUESTION_STOP_RE, Fields, letter_date, signature_after, strip_quotes,
                       title_text)
from ..records import Person, Question
from . import ftdk_fields as ff
from .ftdk_bases import with_key_bases

# "udbeder sig ministerens besvarelse af følgende spørgsmål:"; a samråd letter "anmoder
# ministeren om at give møde i udvalget og besvare følgende spørgsmål:"
# "udbeder sig ministerens besvarelse af følgende spørgsmål:"; a samråd letter "anmoder
# ministeren om at give møde i udvalget og besvare følgende spørgsmål:"; older letters
# "Udvalget beder ministeren besvare følgende spørgsmål:".
_REQUEST_RE = re.compile(r"(?:udbeder\s+sig\s+[^\n]{0,40}besvarelse|anmoder\s[^\n]{0,80}\sbesvare\s"
                         r"|beder\s+[^\n]{0,40}besvare\s)[^\n:]{0,40}:?", re.IGNORECASE)
# "ønskes besvaret senest den ...", "... inden den ...", "... hurtigst muligt og senest d. ..."
_DEADLINE_RE = re.compile(r"besvar(?:et|es)\s+(?:[^.\n]{0,30}?\s)?(?:senest|inden)\s+(?:den\s+|d\.\s*)?",
                          re.IGNORECASE)
# § 20 questions: "Til:", "Af:"/"Stillet af:", "Dato:" and ft.dk's form line "§ 20-spørgsmål til
# skriftlig besvarelse" between the heading and the question (layout table: paragraf20_question).
_LABEL_BLOCK_RE = re.compile(r"(?:\s*(?:(?:Til|Af|Fra|Dato|Stillet\s+af)\s*:[^\n]*|§\s?20-spørgsmål\s[^\n]*)(?:\n|$))*")
_ON_BEHALF_RE = re.compile(r"På\s+udvalgets\s+vegne|\bP\.\s?[uU]\.\s?[vV]\.")
# The chair's name over the role closing the letter, when no "På udvalgets vegne" or greeting stands before it
# ("Torben Hjort Mikkelsen\nformand" as the last lines): the letter's own signature block.
_CHAIR_TAIL_RE = re.compile(rf"(?m)^[ \t]*{CHAIR_LINES}\s*\Z")


def parse(doc: Document) -> list[Question]:
    text = doc.text
    intro_end, heading_end, question_start = _layout(text)
    f = Fields(doc)
    # The heading may carry the case ("Spørgsmål nr. 212 (Alm. del)"), so the shared fields read it too.
    ff.read_common(f, intro_end=max(intro_end, heading_end), question_letter=True)
    _join_broken_title(f)
    date = letter_date(text, 0, intro_end)
    if date and date.value:
        f.put("question_sent_date", date.value, date.start, date.end)
    if question_start is not None:
        _question_text(f, question_start)
    deadline = _DEADLINE_RE.search(text)
    hit = next(find_dates(text[deadline.end():deadline.end() + 40], offset=deadline.end()), None) if deadline else None
    if hit and hit.value:
        f.put("deadline", hit.value, hit.start, hit.end)
    # The chair signs after "På udvalgets vegne", in older letters after a greeting.
    on_behalf = _ON_BEHALF_RE.search(text) or GREETING_RE.search(text, question_start or 0)
    tail = _CHAIR_TAIL_RE.search(text, max(0, len(text) - 200)) if on_behalf is None else None
    if on_behalf or tail:
        signer, role, _ = signature_after(text, on_behalf.end() if on_behalf else tail.start(), len(text))  # type: ignore[union-attr]
        f.put_hit("signed_by", signer)
        f.put_hit("signer_role", role)
    return [_record(doc, f)]


def _layout(text: str) -> tuple[int, int, int | None]:
    """(end of the intro, end of the heading, start of the question)."""
    request = _REQUEST_RE.search(text)
    heading = HEADING_RE.search(text, request.end() if request else 0)
    if heading is None and request:  # older letters: heading above "Udvalget beder ministeren besvare ...:"
        heading = HEADING_RE.search(text, 0, request.start())
    intro_end = heading.start() if heading else (request.end() if request else min(len(text), 600))
    if heading is None:
        return intro_end, 0, None
    question_start = heading.end()
    between = text[heading.end():request.start()].strip() if request and request.start() > heading.end() else None
    if request is not None and between is not None and len(between) <= 40 and "\n" not in between:
        question_start = request.end()  # the request line right under the heading is not the question
    labels = _LABEL_BLOCK_RE.match(text, question_start)
    if labels and labels.end() > labels.start():
        # § 20 questions put "Til:", "Af:" and "Dato:" between the heading and the question.
        intro_end = question_start = labels.end()
    return intro_end, heading.end(), question_start


# The first half of a minister's title that a converter broke over two lines: "Udlændinge-, integrations- og"
_TITLE_HEAD_RE = re.compile(r"(?:^|\n)[ \t]*((?:[A-Za-zÆØÅæøå]+-,?[ \t]+)+og)[ \t]*\n[ \t]*$")


def _join_broken_title(f: Fields) -> None:
    """'Udlændinge-, integrations- og\nboligministeren' in the Til: block is one title, not 'boligministeren'."""
    span = f.provenance.get("addressee")
    if span is None:
        return
    text = f.doc.text
    head = _TITLE_HEAD_RE.search(text, max(0, span.start - 120), span.start)
    if head:
        f.put("addressee", title_text(text[head.start(1):span.end]), head.start(1), span.end)


# "Spørgsmål:" on a line of its own over the question (a § 20 form between its "Dato:" line and the question)
_QUESTION_LABEL_RE = re.compile(r"\s*Spørgsmål[ \t]*:[ \t]*\n")


def _question_text(f: Fields, start: int) -> None:
    """The question: up to the asker/deadline/chair lines or, in older letters, the greeting."""
    text = f.doc.text
    label = _QUESTION_LABEL_RE.match(text, start)
    if label:
        start = label.end()  # the bare label over the question, as answer letters print it (eru-2013-14-spm233)
    stops = [m.start() for m in (QUESTION_STOP_RE.search(text, start), GREETING_RE.search(text, start)) if m]
    start, end = strip_quotes(text, start, min(stops, default=len(text)))
    if end > start:
        f.put("question_text", ff.clean(text, start, end, f.doc), start, end)


def _record(doc: Document, f: Fields) -> Question:
    v = f.values
    asked = tuple(Person(name=n, party=p) for n, p in v.pop("asked_by", ()))
    ff.finish_persons(f, extra_exclude=[p.name for p in asked])
    return with_key_bases(Question(document_id=doc.id, span=doc.span(0, len(doc.text)), provenance=f.provenance,
                                   asked_by=asked, ftdk_document_id=doc.ftdk_document_id,
                                   **{k: val for k, val in v.items() if k in Question.model_fields}))


def link_key(question: Question) -> str | None:
    """The key an `Answer.question_link` carries when it answers this question."""
    return question_key(udvalg_name=question.udvalg_name, samling=question.samling, case_kind=question.case_kind,
                        case_number=question.case_number, question_number=question.question_number,
                        question_sent_date=question.question_sent_date)
