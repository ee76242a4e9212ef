"""Times and dates that are no part of a commitment's noun phrase: a year, a date, a season or
"nu" opening or closing the phrase ("i 2013 ...", "pr. 1. juli 2019 ...", "i foråret ...",
"... fra 1. januar 2020"), and a phrase that is nothing but a time or a time noun ("tidspunktet
herfor"). `commitment.commitment_phrase` takes them off; a durative time ("frem mod foråret
2013") is `nlp.phrases.without_durative_time`. (The times a clause opens or closes with, read
for its date, are `dating`'s.)
"""
from __future__ import annotations

import re

from danish.dates import MONTH_NAME_PATTERN as _MONTHS

_SEASON = r"(?:foråret|efteråret|sommeren|vinteren|år|dag|løbet af \w+)"
_DATE = rf"(?:\d{{1,2}}\.\s*)?(?:{_MONTHS}\s+)?(?:19|20)\d\d"
# A time phrase opening the subject: "i 2013 ...", "pr. 1. juli 2019 ...", "i foråret ...", "nu ...".
TIME_OPENING_PHRASE = re.compile(
    rf"^(?:(?:fra og med|med virkning fra|i|fra|pr\.|per|siden|inden|den|d\.)\s+{_DATE}|i\s+{_SEASON}|nu)\s+", re.IGNORECASE)
# A date closing it: "... i 2013", "... fra 1. januar 2020", "... Juni" (a month left from a table).
TIME_CLOSING_PHRASE = re.compile(
    rf"\s+(?:(?:fra og med|med virkning fra|i|fra|pr\.|per|siden|inden|den|d\.)\s+{_DATE}|(?:i\s+|fra\s+)?{_MONTHS})$",
    re.IGNORECASE)
# A time noun alone, or with a pronominal adverb pointing back ("Tidspunkt herfor fastlægges på det
# ordinære PUK-møde", f14; "Perioden bliver også ændret", p02): when, not what. A compound names a
# commitment ("revurderingstidspunktet", p18) and so does a complement ("fristen for opfølgning").
TIME_NOUN = re.compile(r"(?:tidspunkt(?:et)?|dato(?:en)?|perioden?)(?:\s+(?:her|der)(?:for|til|af|om|på))?", re.IGNORECASE)
# A phrase that is a time only: a date, a season or a month, with its preposition.
ONLY_TIME = re.compile(rf"(?:(?:fra og med|i|fra|pr\.|per|siden|inden|den|d\.)\s+)?(?:{_DATE}|{_SEASON}|{_MONTHS})",
                       re.IGNORECASE)
