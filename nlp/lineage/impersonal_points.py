"""A recommendation's point in the impersonal passive: "At 1) der arbejdes videre med en broforbindelse, der tager
udgangspunkt i model C" (s10_06), "At 1) der i forbindelse med den kommende konkretisering af planerne for Pier 3 og
Aarhus Ø sikres plads til publikumsrettede arealer i stueetagen" (s07).

Danish states what is to be done without naming who does it by the expletive "der" and the s-passive of the verb.
Under a recommendation lead ("Det indstilles:") such a point asks that the action be taken: whatever the verb, the
point is an action on the thing its verb governs, so no table of verbs is needed (the s-passive is read from the
morphology, `word_classes.s_passive`). While no decision on the recommendation is printed, the point is only
proposed: `planned` (star/README.md, "Lineage events": "proposed but not yet decided"; s07 and s10_06 gold_notes: the
not-adopted indstilling's point is planned). A point with an agent ("At 2) Teknik og Miljø anbefaler Havnens Perle at
...", s07: advice to a business, no event in its gold) is no impersonal point and gives nothing here.
"""
from __future__ import annotations

from . import referat
from .clauses import clause_spans
from .commitment import complex_prepositions
from .draft import Draft
from .party_clause import lemma_tokens, noun_phrase, skip_adverbs
from .programme_words import PREPOSITIONS
from .subject_phrase import with_relative
from .word_classes import DETERMINERS, s_passive, word_set

# What ends the governed phrase: punctuation, or a relative pronoun opening a clause about it ("en broforbindelse, der
# tager udgangspunkt i model C", s10_06) - the phrase names the thing, the clause describes it.
_RELATIVES = frozenset({"der", "som", "hvor"})
_PHRASE_END = frozenset({",", ".", "..", ";", ":"}) | _RELATIVES
_MAX_WORDS = 10


def impersonal_point(point: str, start: int, end: int) -> Draft | None:
    """The planned action of a point "der <verb>-s <phrase>", its subject the phrase the verb governs; None for any
    other point."""
    tokens = lemma_tokens(point)
    if len(tokens) < 3 or tokens[0][0].lower() != "der":
        return None
    # the s-passive verb after "der" and any adverbial before it ("der i forbindelse med ... sikres", s07); a noun's
    # genitive in -s stands after a determiner ("en kommunes borgere") and is no verb
    verb = next((i for i in range(1, len(tokens)) if s_passive(*tokens[i])
                 and tokens[i - 1][0].lower() not in DETERMINERS), None)
    if verb is None:
        return None
    i, negated = skip_adverbs(tokens, verb + 1)
    while i < len(tokens) and tokens[i][0].lower() in word_set("verb_particle"):  # "arbejdes videre med"
        i += 1
    if negated:
        return None
    if i < len(tokens) and tokens[i][0].lower() in PREPOSITIONS:
        i += 1  # "arbejdes videre med en broforbindelse": the preposition's object is what is acted on
    words: list[str] = []
    for word, _ in tokens[i:]:
        if word.lower() in _PHRASE_END or len(words) >= _MAX_WORDS:
            break
        words.append(word)
    phrase = _cut_at_complex_preposition(words)
    subject = noun_phrase(phrase)
    after = [w.lower() for w, _ in tokens[i + len(words):i + len(words) + 2] if w != ","]
    if len(phrase) == len(words) and after and after[0] in _RELATIVES:
        # a bare noun takes what its relative clause says of it, as every clause's subject does ("en broforbindelse,
        # der tager udgangspunkt i model C" -> "broforbindelse udgangspunkt i model C"; s10_06 gold: "broforbindelse
        # med udgangspunkt i model C")
        clauses = clause_spans(point)
        at = point.find(subject)
        n = next((k for k, (_, hi) in enumerate(clauses) if at < hi), 0)
        subject = with_relative(subject, point, clauses, n)
    if not any(c.isalpha() for c in subject) or _about_the_case(subject) or referat.noted(point):
        return None
    return Draft("planned", start, end, subject, None, None, None, None, False)


def _about_the_case(subject: str) -> bool:
    """The phrase names the case or the meeting ("der gives en orientering om sagen", "der udsættes behandlingen af
    sagen"): what a meeting does with a case is procedure, not a commitment (referat.PROCEDURAL_HEADS; f14 gold notes:
    "procedural")."""
    return any(w.strip(".,;:").lower() in referat.PROCEDURAL_HEADS for w in subject.split())


def _cut_at_complex_preposition(words: list[str]) -> list[str]:
    """The phrase up to a preposition of several words (nlp/data/complex_prepositions.csv: "... med henblik på",
    "... i forhold til"): what follows it says why or how, not what."""
    low = [w.lower() for w in words]
    for k in range(1, len(low)):
        for prep in complex_prepositions():
            if tuple(low[k:k + len(prep)]) == prep:
                return words[:k]
    return words
