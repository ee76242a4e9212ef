"""A party's demand stated in a programme's prose and again in a bullet is one event, the bullet's.

The written convention of the programme golds (session 10's gold_notes, s10_01-s10_05: "a demand stated in prose
and again in a bullet is labelled once, with the bullet"): "Liberal Alliance vil nedlægge regionerne." and, in the
list of the same chapter, "• Regionerne skal nedlægges." (s10_03) are one planned event, evidenced by the bullet.
The same kind, actor and subject make the restatement; a prose event with no bullet twin stays.
"""
from __future__ import annotations

import re

from danish.list_marks import BULLET_MARKS

from .draft import Draft

# A line that opens with a list mark (danish/list_marks.py).
_BULLETED = re.compile(rf"^[ \t]*[{BULLET_MARKS}]")


def _in_bullet(d: Draft, text: str) -> bool:
    line_start = text.rfind("\n", 0, d.start) + 1
    return _BULLETED.match(text[line_start:d.end]) is not None


def bullet_over_prose(drafts: list[Draft], text: str) -> list[Draft]:
    """Drops a prose draft whose kind, actor and subject a bulleted draft of the document repeats."""
    bulleted = {(d.kind, d.actor, d.subject.lower()) for d in drafts if d.subject and _in_bullet(d, text)}
    return [d for d in drafts
            if _in_bullet(d, text) or (d.kind, d.actor, d.subject.lower()) not in bulleted]
