"""The fuller earlier mention a bare definite noun refers back to.

A Danish definite noun tells given information: "lokalplanen" after "... et tillæg til lokalplan nr. 411."
(s10_06) is that plan, "målene" after "de beskæftigelsespolitiske mål for 2018" (star d03) those goals. The
anaphor names its thing only by its head; the earlier mention of the same head lemma carries what tells it
apart: a genitive before it ("foreningens vedtægter"), an identifying number ("lokalplan nr. 411") or a
prepositional post-modifier ("mål for 2018"). `fuller_mention` finds the nearest such mention in the
anaphor's own paragraph (a blank line starts another topic) and returns it as written, modifiers and all.

There is no parser in the pipeline (nlp/pipeline.py is `spacy.blank("da")` with lemmas), so the phrase's
extent is read from closed word classes: it never runs past punctuation, a finite auxiliary, a modal, a
word opening a subordinate clause or an active finite verb (a clause boundary), and a prepositional
phrase takes at most `_MAX_PP_WORDS` words.
"""
from __future__ import annotations

import re

from . import lexicon
from .word_classes import ARTICLES, DEFINITE_ARTICLES, FINITE_AUX, FUNCTION_WORDS, active_finite, word_set
from ..word_classes import MODALS, SUBORDINATE

PREPOSITIONS = word_set("pp_head") | word_set("preposition_word")
# "om" opens a subordinate clause and a prepositional phrase alike; inside a noun phrase it is the latter
_CLAUSE_WORDS = (FINITE_AUX | MODALS | SUBORDINATE) - {"om"}
_TOKEN = re.compile(r"[\wæøåÆØÅ'’-]+|\S")
_NUMBER = re.compile(r"^\d[\d.,-]*$")
# The suffixed definite forms: such a mention is the anaphor said again, and a phrase after it is as often the
# verb's ("modtaget ydelsen inden for den valgte periode", star d11); a noun that introduces its thing with
# modifiers has the article before it and the bare form ("de beskæftigelsespolitiske mål for 2018").
_DEFINITE_SUFFIXES = frozenset("en et n t ne ene erne rne".split())
_WINDOW = 1200  # characters before the anaphor
_MAX_PP_WORDS = 8


def fuller_mention(word: str, before: str) -> str | None:
    """The nearest mention of `word`'s head lemma in `before` (the text up to the anaphor), within its last
    paragraph, that has a genitive, an identifying number or a prepositional phrase: as written, with its
    article ("de beskæftigelsespolitiske mål for 2018"); None when there is none."""
    lemma = lexicon.lemma_of(word)
    if len(lemma) < 3:
        return None
    window = before[-_WINDOW:]
    paragraph = window[window.rfind("\n\n") + 1:] if "\n\n" in window else window
    tokens = [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(paragraph)]
    for h in range(len(tokens) - 1, -1, -1):
        form = tokens[h][0]
        low = form.lower()
        # the bare form spelled as the lemma is the noun, though the table gives a homograph's lemma ("forsøg"
        # as of the verb "forsøge"); a definite form is the anaphor said again (`_DEFINITE_SUFFIXES`)
        if not low.startswith(lemma[:max(3, len(lemma) - 1)]) or (low != lemma and lexicon.lemma_of(form) != lemma) \
                or low[len(lemma):] in _DEFINITE_SUFFIXES:
            continue
        first, fuller_before = _premodifiers(tokens, h)
        last, fuller_after = _postmodifiers(tokens, h)
        if fuller_before or fuller_after:
            return " ".join(paragraph[tokens[first][1]:tokens[last][2]].split())
    return None


def _genitive(form: str) -> bool:
    """"foreningens", "KL's", "Hovedstadens": a noun or name in the genitive (a definite noun's genitive
    or a name's; a lowercase indefinite form in -s is as often a passive or an adverb)."""
    if form.endswith(("'s", "’s")):
        return True
    return len(form) > 3 and form.endswith("s") and (form[0].isupper() or form[:-1].endswith(("en", "et", "ne")))


def _premodifiers(tokens: list[tuple[str, int, int]], h: int) -> tuple[int, bool]:
    """The first token of the phrase that ends in the head at `h`, and whether a genitive is among them: a
    count ("5 indsatsområder"), a genitive with the name before it ("KKR Hovedstadens"), a weak adjective
    after a definite article ("de beskæftigelsespolitiske mål") and that article."""
    first, genitive = h, False
    i = h - 1
    while i >= 0:
        form = tokens[i][0]
        if _NUMBER.match(form):
            first = i
        elif _genitive(form):
            first, genitive = i, True
            while i > 0 and tokens[i - 1][0][:1].isupper() and tokens[i - 1][0].isalpha() \
                    and tokens[i - 1][0].lower() not in _CLAUSE_WORDS:
                i -= 1  # "KKR Hovedstadens": the name's other words
                first = i
        elif form.islower() and form.endswith("e") and i > 0 and tokens[i - 1][0].lower() in DEFINITE_ARTICLES:
            first = i - 1  # "de beskæftigelsespolitiske mål": adjective and article
            i -= 1
        else:
            break
        i -= 1
    return first, genitive


def _postmodifiers(tokens: list[tuple[str, int, int]], h: int) -> tuple[int, bool]:
    """The last token of the phrase whose head is at `h`, and whether anything follows the head: an
    identifying number ("nr. 411", "1221") and then a prepositional phrase ("for 2018", "af offentlige
    institutioner") up to a clause boundary."""
    last, j = h, h + 1
    if j + 2 < len(tokens) and tokens[j][0].lower() == "nr" and tokens[j + 1][0] == "." and _NUMBER.match(tokens[j + 2][0]):
        j += 2
    if j < len(tokens) and _NUMBER.match(tokens[j][0]):
        last, j = j, j + 1
    if j < len(tokens) and tokens[j][0].lower() in PREPOSITIONS:
        k = j + 1
        while k < len(tokens) and k <= j + 1 + _MAX_PP_WORDS \
                and not _boundary(tokens[k][0], tokens[k - 1][0].lower() in PREPOSITIONS | ARTICLES):
            k += 1
        # a phrase longer than that has no boundary we can see: no post-modifier is taken
        if j + 1 < k <= j + 1 + _MAX_PP_WORDS and tokens[k - 1][0].lower() not in PREPOSITIONS | {"og", "eller"}:
            last = k - 1
    return last, last > h


def _boundary(form: str, governed: bool) -> bool:
    """Where a noun phrase ends: punctuation, or a word that opens or carries a clause. A word right after a
    preposition or an article is governed by it, no verb ("til a-kasser": a plural in -er of a noun in -e
    reads like a present tense), and the lemma table reads some prepositions as verb forms ("med" as of
    "mede")."""
    low = form.lower()
    if not (form[0].isalnum() or form[0] in "§½") or low in _CLAUSE_WORDS:
        return True
    return not governed and low not in PREPOSITIONS | FUNCTION_WORDS and active_finite(form)
