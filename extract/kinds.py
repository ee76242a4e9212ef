"""Recognise what kind of document a `Document` is, from cues in its first pages.

Kinds: `question` (a committee's question letter), `answer` (a ministry's answer
letter), `ftdk_other` (other ft.dk material: orientation letters, bilag, stub pages),
`policy` (STAR, jobindsats.dk, ministry and KL texts). The cues are the fixed phrases
of each genre, not any one document's wording.
"""
from __future__ import annotations

import re

from .document import Document

KINDS: tuple[str, ...] = ("question", "answer", "ftdk_other", "policy")

_ANSWER = re.compile(
    r"som hermed besvares|(?:^|\n)\s*(?:Endeligt |Foreløbigt |Supplerende )?[Ss]var\s*:?\s*\n"
    r"|følger hermed [^\n]{0,80}svar|Hermed sendes (?:besvarelse|svar)|(?:endelige|foreløbige) (?:svar|besvarelse)"
    r"|besvarelse af spørgsmål|svar på spørgsmål nr", re.IGNORECASE)
_QUESTION = re.compile(
    r"udbeder sig [^\n]{0,40}besvarelse|ønskes besvaret senest|Spørgsmålet ønskes besvaret"
    r"|(?:^|\n)Spørgsmål(?: nr\.)? [A-Z]?\s?\d+\s*(?:\(|:|\n)", re.IGNORECASE)
_FTDK = re.compile(r"(?:^|\n)\s*Offentligt\s*\n|\d{4,9}_\d{4}\.png|Folketinget|udvalg(?:et)?s? ", re.IGNORECASE)


# ft.dk's index page for a question or answer: "MPU alm. del - svar på spm. 261, fra ...".
_FTDK_STUB = re.compile(r"\A\s*[A-ZÆØÅ]{2,5}\s+(?:alm\.\s?del|[LBF]\s?\d+)[^\n]{0,30}?\s-\s(?:svar på|spørgsmål|spm\.)",
                        re.IGNORECASE)


def classify(doc: Document) -> str:
    head = doc.text[:6000]
    if _FTDK_STUB.match(head) and len(doc.text) < 1500:
        return "ftdk_other"
    if _ANSWER.search(head):
        return "answer"
    if _QUESTION.search(head):
        return "question"
    if _FTDK.search(head[:400]) and re.search(r"(?:^|\n)\s*Offentligt\s*\n", head[:400]):
        return "ftdk_other"
    return "policy"
