"""The noun phrase after an event verb (nlp.phrases.after_cue): where it stops. Phrases in, exact phrases out."""
from __future__ import annotations

import pytest

from nlp.phrases import after_cue


@pytest.mark.parametrize("tail, phrase", [
    # Danish writes a decimal comma: inside a number it is no punctuation, and the phrase runs past it
    (" 1,8 mio. kr. til en ny pulje.", "1,8 mio. kr. til en ny pulje"),
    (" 2,5 pct. af driftsbudgettet til forebyggelse.", "2,5 pct. af driftsbudgettet til forebyggelse"),
    # a comma between words still ends it, and a relative clause after it
    (" en ny pulje, som skal styrke indsatsen.", "ny pulje"),
    (" 3 mio. kr. til cykelstier, 2 mio. kr. til skoleveje.", "3 mio. kr. til cykelstier"),
    (" ordningen der gælder fra 2025.", "ordningen"),
    # an abbreviation's dot before a number is no full stop (danish/data/abbreviations.csv); a full stop before one is
    (" lokalplan 1142 og kommuneplantillæg nr. 14.", "lokalplan 1142 og kommuneplantillæg nr. 14"),
    (" ca. 200 nye pladser i dagtilbud.", "ca. 200 nye pladser i dagtilbud"),
    (" ordningen fra 2015. 200 personer deltog.", "ordningen"),
    # the meeting a decision was made at is when and where, no part of what was decided
    (" den nye værdighedspolitik på sit møde den 29. januar 2024.", "nye værdighedspolitik"),
    (" en ny indkøbspolitik på Byrådets temamøde.", "ny indkøbspolitik"),
    (" en ny plan for møder med borgerne.", "ny plan for møder med borgerne"),
])
def test_the_phrase_after_the_verb(tail: str, phrase: str) -> None:
    assert after_cue(tail) == phrase
