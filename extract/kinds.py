"""Recognise what kind of document a `Document` is, from cues in its first pages.

Kinds: `question` (a committee's question letter), `answer` (a ministry's answer
letter), `ftdk_other` (other ft.dk material: orientation letters, bilag, stub pages),
`policy` (STAR, jobindsats.dk, ministry and KL texts). The cues are the fixed phrases
of each genre, not any one document's wording.
"""
from __future__ import annotations

import re

from .document import Document
from .letter_layouts import cue
from .parsers.ftdk_other import is_stub

KINDS: tuple[str, ...] = ("question", "answer", "ftdk_other", "policy")

_ANSWER = re.compile(
    r"som hermed besvares|(?:^|\n)\s*(?:Endeligt |Foreløbigt |Supplerende )?[Ss]var\s*:?\s*\n"
    r"|følger hermed [^\n]{0,80}svar|Hermed sendes (?:besvarelse|svar)|(?:endelige|foreløbige) (?:svar|besvarelse)"
    r"|besvarelse af spørgsmål|svar på spørgsmål nr|stillet\s+mig\s+følgende\s+spørgsmål"
    # "Svar: Jeg kan oplyse ..." with the answer on the label's own line
    r"|(?:^|\n)[ \t]*(?:Endeligt |Foreløbigt |Supplerende )?(?-i:Svar)[ \t]*:"
    # A correction of an earlier answer ("Berigtigelse af svar på spørgsmål 345") is an answer letter with no
    # "Svar" label (layout table: correction_title; ft_qa_ministries' uui-2019-20-spm7-berigtigelse is gold "answer")
    rf"|{cue('correction_title').pattern.removeprefix('(?i)')}"
    # ft.dk's page of a § 20 question heads the answer with its date ("Svar (19-11-2015):"; page_dated_answer_label)
    rf"|(?m:{cue('page_dated_answer_label').pattern.removeprefix('(?m)')})", re.IGNORECASE)
# A samråd letter asks in other words ("anmoder ministeren om at give møde i udvalget og
# besvare følgende spørgsmål") and heads the question "Samrådsspørgsmål D"; older letters
# "Udvalget beder ministeren besvare følgende spørgsmål". The summons alone is the samråd's own phrase ("anmoder
# hermed ministeren om at give møde i udvalget til en drøftelse af nedenstående samrådsspørgsmål AK"), and its
# heading may close on a colon ("Samrådsspørgsmål AK:").
_REQUEST_PHRASE = (r"udbeder\s+sig\s[^\n]{0,40}besvarelse|anmoder\s[^\n]{0,80}\sbesvare\s|beder\s+[^\n]{0,40}besvare\s"
                   r"|anmoder\s[^\n]{0,80}\bgive\s+møde\b")
_QUESTION = re.compile(
    rf"{_REQUEST_PHRASE}|ønskes besvaret senest|Spørgsmålet ønskes besvaret"
    r"|(?:^|\n)Spørgsmål(?: nr\.)? [A-Z]?\s?\d+\s*(?:\(|:|\n)|(?:^|\n)Samrådsspørgsmål [A-ZÆØÅ]{1,3}[ \t]*:?[ \t]*\n",
    re.IGNORECASE)
_REQUEST = re.compile(_REQUEST_PHRASE, re.IGNORECASE)
_ANSWER_LABEL = re.compile(r"som hermed besvares|(?:^|\n)\s*(?:Endeligt |Foreløbigt |Supplerende )?Svar\s*:", re.IGNORECASE)
# Something only Folketing material has: a committee, the Folketing, an ft.dk page marker,
# a § 20 number or the member/minister labels of a § 20 question.
# A letter whose stored text starts mid-page may have lost its committee block: the committee's
# request phrase and "På udvalgets vegne" are the Folketing's own too, and so is a line that
# heads the quoted question "Spørgsmål nr. N" (all 15 corpus texts with such a line are
# committee letters; FAQ sections in STAR and KL texts number theirs without "nr.").
_FOLKETING = re.compile(r"[a-zæøå]udvalg|Udvalg(?:et)? for|Folketing|\d{4,9}_\d{4}\.png|Spørgsmål(?: nr\.)? S\s?\d"
                        r"|(?m:^Af:\s+[^\n]*\([A-ZÆØÅ]{1,4}\))|Udvalget\s+udbeder\s+sig|På\s+udvalgets\s+vegne"
                        r"|(?m:^[ \t]*Spørgsmål nr\.[ \t]?\d{1,4}\b)")
_FTDK = re.compile(r"(?:^|\n)\s*Offentligt\s*\n|\d{4,9}_\d{4}\.png|Folketinget|udvalg(?:et)?s? ", re.IGNORECASE)


def classify(doc: Document) -> str:
    head = doc.text[:6000]
    if is_stub(doc):
        return "ftdk_other"
    if not _FOLKETING.search(head):
        # FAQ-style "Spørgsmål:/Svar:" sections in STAR or KL texts are not Folketing letters.
        return "policy"
    answer, question = _ANSWER.search(head), _QUESTION.search(head)
    # A question letter may quote an earlier answer ("sit svar på spørgsmål nr. 12"), so its
    # fixed request phrase wins unless the text also carries an answer's own labels.
    if answer and not (_REQUEST.search(head) and not _ANSWER_LABEL.search(head)):
        return "answer"
    if question:
        return "question"
    if _FTDK.search(head[:400]) and re.search(r"(?:^|\n)\s*Offentligt\s*\n", head[:400]):
        return "ftdk_other"
    return "policy"
