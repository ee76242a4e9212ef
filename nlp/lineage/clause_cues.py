"""Which cue reads a clause.

The phrase cues of `cues` in priority order and the event lexicon (`lexicon`) at their place,
with the nominalisations that carry the event ("Afskaffelsen af X trådte i kraft", "vedtog en
nedsættelse af taksten") and the content of a proposal or a decision ("Det er besluttet, at
refusionen omlægges"). A lexicon hit is shaped like a cue's match (`LexMatch`).
"""
from __future__ import annotations

import re

from . import lexicon
from .cues import CUES, Cue, PROPOSED, has_trigger
from .laws import ADOPTED
from .word_classes import ARTICLE_PATTERN


class LexMatch:
    """A lexicon hit shaped like the `re.Match` of a cue: the word's span in the clause; a
    nominalisation names its commitment after "af" ("afskaffelsen af X")."""

    def __init__(self, clause: str, hit: lexicon.LexHit) -> None:
        self._clause, self._hit = clause, hit
        self._subj = None
        if hit.nominal:
            self._subj = hit.subject or lexicon.complement_object(clause[hit.end:])

    def start(self) -> int:
        return self._hit.start

    def end(self) -> int:
        return self._hit.end

    def group(self, _: int = 0) -> str:
        return self._clause[self._hit.start:self._hit.end]

    @property
    def present(self) -> bool:
        """A present-tense finite verb ("udmelder", "afskaffes"): the document's own time."""
        return self._hit.form in ("finite", "passive") and self.group(0).lower().endswith(("r", "s"))

    @property
    def word_kind(self) -> str:
        """The kind the word itself names in the lexicon ("evalueres": evaluated), whatever tense makes the event."""
        return self._hit.entry.kind

    @property
    def particle(self) -> str:
        """The particle of a particle verb ("om" of "lave om"), or ""."""
        return " ".join(self._hit.entry.lemma.split()[1:])

    @property
    def active_finite(self) -> bool:
        """An active finite verb ("evaluerede", "evaluerer"): its object follows it in the clause."""
        return self._hit.form in ("finite", "past") and not self.group(0).lower().endswith("s")

    @property
    def participle(self) -> bool:
        """A past participle ("etableret", "underskrevet"): with "blev" or "er" before it, a passive."""
        return self._hit.form == "participle"

    @property
    def passive(self) -> bool:
        """A present passive ("indføres", "ophæves"): the content of a rule, not news."""
        return self._hit.form == "passive"

    @property
    def reads_its_negation(self) -> bool:
        """A negated verb whose negation the lexicon has read into the kind: a keep verb as an end ("blev ikke
        videreført": lexicon._not_continued), an end verb under "skal" as a keep ("skal ikke afskaffes":
        lexicon._not_to_end)."""
        return (self._hit.kind, self._hit.entry.kind) in (("dropped", "confirmed"), ("confirmed", "dropped"))

    def groupdict(self) -> dict[str, str | None]:
        return {"subj": self._subj} if self._subj is not None else {}


def first_cue(clause: str) -> tuple[Cue, re.Match[str]] | None:
    found = _first_phrase_cue(clause)
    if found is not None and found[0].kind == "introduced":
        decided = _decided_nominal(clause, found[1])
        if decided is not None:
            return decided
    if found is None or _NOMINAL.match(clause, found[1].end()) or _adopted_nominal(clause, found):
        # no phrase cue, or one that only caught a nominalisation ("Afskaffelsen af X ..."):
        # the lexicon reads the noun, its "af" and the clause's predicate
        hit = lexicon.find(clause)
        if hit is not None and (found is None or hit.nominal):
            cue = Cue(hit.kind, _NEVER, hit.decision, frame=hit.entry.frame if hit.kind == hit.entry.kind else "")
            return cue, LexMatch(clause, hit)  # type: ignore[return-value]
    return found


_NEVER = re.compile(r"(?!)")
_NOMINAL = re.compile(r"\s+af\s")
# A nominalisation as the subject of an adoption: "Udvidelsen af ordningen blev vedtaget i 2018", "Forlængelsen
# af forsøget blev aftalt" (tests/nlp/test_lineage_coverage.py). The adoption is the verb; the event is the
# nominal's kind (the conventions: "changed ... including changes decided in a political agreement").
_SUBJECT_NOMINAL = re.compile(r"^\W*(?:(?:den|det|en|et)\s+)?[\wæøå-]+\s+(?:af|i)\s", re.IGNORECASE)


# A nominalised change as the object of a decision: "Byrådet vedtog en nedsættelse af taksten i 2013",
# "Forligskredsen er enige om en forlængelse af forsøget", "Regeringen har besluttet en lempelse af kravet"
# (tests/nlp/test_lineage_coverage.py): the change decided is the event (conventions: "changed ... including
# changes decided in a political agreement"); an introducing noun ("vedtog indførelsen af ...") stays introduced.
_OBJECT_ARTICLE = re.compile(r"^\s+(?:om\s+)?(?:" + ARTICLE_PATTERN + r"\s+)?(?:(?:ny|nye|yderligere|generel|generelle)\s+)?(?=[\wæøå])",
                             re.IGNORECASE)


def _decided_nominal(clause: str, match: re.Match[str]) -> tuple[Cue, re.Match[str]] | None:
    # the object after the cue, or the cue's own commitment ("enige om en forlængelse af ...", "trådte en
    # ændring af reglerne i kraft")
    subj = match.groupdict().get("subj") if isinstance(match, re.Match) else None
    begin = match.start("subj") - 1 if subj else match.end()
    article = _OBJECT_ARTICLE.match(clause[begin:])
    if article is None:
        return None
    at = begin + article.end()
    hit = lexicon.find(clause, start=at, governed=True)
    # an evaluation decided is still to be done ("besluttet en evaluering af reformen"): not read here
    if hit is None or not hit.nominal or hit.start != at or hit.kind in ("introduced", "planned", "evaluated"):
        return None
    return Cue(hit.kind, _NEVER, hit.decision), LexMatch(clause, hit)  # type: ignore[return-value]


def _adopted_nominal(clause: str, found: tuple[Cue, re.Match[str]]) -> bool:
    return found[0].kind == "introduced" and bool(_SUBJECT_NOMINAL.match(clause)) \
        and (clause[:found[1].start()].count(" ") < 12)


def _search(cue: Cue, clause: str, lowered: str, pos: int = 0) -> tuple[Cue, re.Match[str]] | None:
    """A phrase cue's match, or for a lexicon cue the first lexicon verb of its kinds."""
    if cue.lexicon:
        hit = lexicon.find(clause, kinds=cue.lexicon, start=pos, verbs_only=True)
        if hit is None:
            return None
        return Cue(hit.kind, _NEVER, hit.decision, frame=hit.entry.frame if hit.kind == hit.entry.kind else ""), \
            LexMatch(clause, hit)  # type: ignore[return-value]
    match = cue.search(clause, lowered, pos)
    return (cue, match) if match else None


def _first_phrase_cue(clause: str) -> tuple[Cue, re.Match[str]] | None:
    if not has_trigger(clause) and not lexicon.has_trigger(clause):
        return None
    lowered = clause.lower()
    for listed in CUES:
        found = _search(listed, clause, lowered)
        cue, match = found if found else (listed, None)
        if match and cue.kind == "planned" and "kraft" in match.group(0) and ADOPTED.search(clause):
            continue  # "blev vedtaget i 2019 og træder i kraft 1. juli 2020": the adoption is the event
        if match and "kraft" in match.group(0).lower():
            # the entry into force is the nominalisation's predicate ("blev" stands in for it)
            nominal = lexicon.find(clause[:match.start()] + " blev")
            if nominal is not None and nominal.nominal:
                # "Afskaffelsen af kontanthjælpsloftet trådte i kraft": the nominalisation's event
                return Cue(nominal.kind, _NEVER, nominal.decision), LexMatch(clause, nominal)  # type: ignore[return-value]
        if match and cue.kind == "planned" and PROPOSED.search(match.group(0)):
            # "Derfor foreslår Liberal Alliance, at der igangsættes en proces med ...", "Det foreslås, at
            # ordningen videreføres": the proposal's content is the event (made `planned` below)
            hit = lexicon.find(clause, start=match.end())
            if hit is not None:
                return Cue(hit.kind, _NEVER, False, frame=hit.entry.frame if hit.kind == hit.entry.kind else ""), \
                    LexMatch(clause, hit)  # type: ignore[return-value]
            # or a phrase cue of a decision ("Danmarksdemokraterne foreslår derfor at, 1. Aarhus Byråd træffer en
            # principbeslutning om, at ...", s07): what is proposed is that decision, made `planned` by the proposal
            content = next((f for c in CUES if c.kind not in ("planned", "evaluated")
                            for f in [_search(c, clause, lowered, match.end())] if f), None)
            if content is not None:
                return content
        if match:
            if cue.kind == "introduced" and _DECIDED.search(match.group(0)):
                # "Det er besluttet, at refusionen omlægges": what was decided is a change
                change = next((f for c in CUES if c.kind == "changed"
                               for f in [_search(c, clause, lowered, match.end())] if f), None)
                if change:
                    return change
            return cue, match
    return None


_DECIDED = re.compile(r"besluttet|besluttede|aftalt", re.IGNORECASE)
