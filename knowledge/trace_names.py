"""The concept a trace query names: a reform or benefit scheme of the gazetteers
(nlp/data/reforms.csv, benefit_schemes.csv), by any of its names and their inflections.

A query and a name are the same name when their words, as lemmas of the project's lemma
table split into compound parts (knowledge.danish_analysis: linking letters dropped, only a
compound's head inflected), give the same parts, whatever their order and the function
words between them: Danish writes one reform as a compound or as a noun with its
complement, so "fleksjobreformen", "fleksjobreform", "fleksjobreformer" and "reformen af
fleksjob" are one name (parts fleksjob + reform).

A gazetteer name that coordinates two things names each of them as well (Danish
sammentrækning, Retskrivningsordbogen §15 on the hyphen of a left-out part):
"førtidspensions- og fleksjobreformen" is "førtidspensionsreformen" and "fleksjobreformen";
"reformen af førtidspension og fleksjob" is "reformen af førtidspension" and "reformen af
fleksjob". Such a derived name counts only where no other concept has it: a concept's own
name or alias always wins ("førtidspensionsreformen" is fop-2000's alias, so the 2012
reform does not take it), and a derived name two concepts share names neither.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from nlp.gazetteer import entries

from .danish_analysis import STOPWORDS, WORD_RE, compound_split, lexicon, segments, skeleton

#: The gazetteer kinds a trace resolves a query to.
KINDS = ("reform", "benefit_scheme")
_COORDINATORS = frozenset({"og", "eller"})
_PREPOSITIONS = frozenset({"af", "for", "om", "til"})


@dataclass(frozen=True)
class Concept:
    kind: str  # "reform" | "benefit_scheme"
    id: str
    name: str
    names: tuple[str, ...]  # what the documents may print for it: its spellings and derived names

    @property
    def node(self) -> str:
        """The concept's node in the knowledge graph (knowledge/graph.py)."""
        return f"{self.kind}:{self.id}"


@lru_cache(maxsize=50_000)
def _atoms(word: str) -> tuple[str, ...]:
    """A word as the lemmas of its compound parts, each split again until it splits no
    further (so a part splits alike standing alone and inside a compound), folded."""
    lowered = word.lower()
    known = lexicon()
    base = known.lemma_of(lowered) or lowered
    parts = segments(base)
    if not parts:
        return (skeleton(base),)
    *inner, (start, end) = parts
    head = base[start:end]
    out: list[str] = []
    for a, b in inner:
        out += _atoms(base[a:b])
    return (*out, *_atoms(known.lemma_of(head) or head))


def name_key(phrase: str) -> tuple[str, ...]:
    """The parts a name is made of, in order of the alphabet, function words left out:
    "reformen af fleksjob" and "fleksjobreformen" -> ("fleksjob", "reform")."""
    words = [m.group() for m in WORD_RE.finditer(phrase)]
    return tuple(sorted(a for w in words if w.lower() not in STOPWORDS for a in _atoms(w)))


def coordinated_names(name: str) -> tuple[str, ...]:
    """The names a coordinating name stands for: "førtidspensions- og fleksjobreformen" ->
    førtidspensionsreformen, fleksjobreformen; "reform af førtidspension og fleksjobområdet"
    -> reform af førtidspension, reform af fleksjobområdet. () when it coordinates nothing
    so (two nouns side by side without a shared part, "integrationsydelse og
    kontanthjælpsloft", name two things, not one reform)."""
    words = name.split()
    at = next((i for i, w in enumerate(words) if w.lower() in _COORDINATORS), None)
    if at is None or at == 0 or at + 1 >= len(words):
        return ()
    left, right = words[at - 1], words[at + 1]
    if left.endswith("-") and at == 1:  # "A- og Bc": A takes B's last part
        split = compound_split(right)
        if split is None:
            return ()
        head = split[1]
        return (" ".join([left[:-1] + head, *words[at + 2:]]), " ".join(words[at + 1:]))
    if at >= 3 and words[at - 2].lower() in _PREPOSITIONS:  # "N af A og B": N af A, N af B
        lead = words[:at - 1]
        return (" ".join([*lead, left]), " ".join([*lead, *words[at + 1:]]))
    return ()


@lru_cache(maxsize=1)
def _concepts() -> tuple[dict[tuple[str, ...], Concept], tuple[Concept, ...]]:
    """Each name key -> its concept, and all concepts with the names they may be found by."""
    own: dict[tuple[str, ...], set[tuple[str, str]]] = {}
    derived: dict[tuple[str, ...], set[tuple[str, str]]] = {}
    spellings: dict[tuple[str, str], list[str]] = {}
    extra: dict[tuple[str, str], list[str]] = {}
    names: dict[tuple[str, str], str] = {}
    for kind in KINDS:
        for entry in entries(kind):
            ident = (kind, entry.id)
            names[ident] = entry.name
            spellings[ident] = [s for s in entry.spellings if s]
            for spelling in spellings[ident]:
                own.setdefault(name_key(spelling), set()).add(ident)
                for variant in coordinated_names(spelling):
                    extra.setdefault(ident, []).append(variant)
                    derived.setdefault(name_key(variant), set()).add(ident)
    owner: dict[tuple[str, ...], tuple[str, str]] = {}
    for key, idents in derived.items():
        if key not in own and len(idents) == 1:
            owner[key] = next(iter(idents))
    for key, idents in own.items():
        if len(idents) == 1:
            owner[key] = next(iter(idents))
    concepts = {}
    for ident, name in names.items():
        found = [s for s in spellings[ident]] + [v for v in extra.get(ident, []) if owner.get(name_key(v)) == ident]
        concepts[ident] = Concept(ident[0], ident[1], name, tuple(dict.fromkeys(found)))
    return {key: concepts[ident] for key, ident in owner.items() if key}, tuple(concepts.values())


def concept_for(query: str) -> Concept | None:
    """The reform or benefit scheme the query names, by any of its names; None for a query
    that names none of them (or names two alike)."""
    key = name_key(query)
    return _concepts()[0].get(key) if key else None


__all__ = ["KINDS", "Concept", "concept_for", "coordinated_names", "name_key"]
