"""The Danish event lexicon's table (nlp/data/event_lexicon.csv) and its look-ups over the pipeline's lemmas: the
entries by part of speech, the cheap stem pre-filter, a verb's form (finite, participle, infinitive, passive), a
nominalisation by its lemma or as a compound's head, and the hit a lexicon word makes in a clause.

The rules that read these in context are in `lexicon` (verbs), `nominalisations` and `lexicon_context`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from danish._data import table_rows

from .kinds import BY_KIND

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True)
class LexEntry:
    lemma: str
    pos: str  # "verb" | "noun"
    kind: str
    frame: str  # "" or the instrument's head ("suspension af")
    example: str
    sources: tuple[str, ...]
    forms: tuple[str, ...] = ()  # surface forms whose table lemma is another word ("aftalt" -> "aftælle")
    other_sense: tuple[str, ...] = ()  # words after it that make it no event ("fastholde ... i job")
    complements: tuple[str, ...] = ("af",)  # a noun's prepositions before its commitment ("en reduktion i taksterne")
    only: tuple[str, ...] = ()  # "dated_past": an event only in the past or perfect with a year in its clause;
    # "to_come": only as a thing still to come, in a main clause; "passive": only in the passive, whose subject is
    # what is acted on; "dated_present": its present only with a year after it (else a routine); "named_subject": only
    # under a modal whose subject is a noun or a name, no pronoun or relative (`lexicon`); several at once
    # are written "to_come|dated_present"
    # (`lexicon`)


@lru_cache(maxsize=1)
def entries() -> tuple[LexEntry, ...]:
    rows = table_rows("nlp", "data", "event_lexicon.csv")
    out = []
    for row in rows:
        if row["kind"] not in BY_KIND:
            raise ValueError(f"nlp/data/event_lexicon.csv: {row['lemma']!r} has unknown kind {row['kind']!r}")
        out.append(LexEntry(row["lemma"], row["pos"], row["kind"], row["frame"], row["example"],
                            tuple(s for s in row["sources"].split(";") if s),
                            tuple(f for f in (row.get("forms") or "").split("|") if f),
                            tuple(f for f in (row.get("other_sense") or "").split("|") if f),
                            tuple(f for f in (row.get("complements") or "af").split("|") if f),
                            tuple(f for f in (row.get("only") or "").split("|") if f)))
        if not set(out[-1].only) <= {"dated_past", "to_come", "passive", "dated_present", "named_subject"}:
            raise ValueError(f"nlp/data/event_lexicon.csv: {row['lemma']!r} has unknown only {out[-1].only!r}")
    return tuple(out)


@lru_cache(maxsize=1)
def entries_by_pos() -> tuple[dict[str, LexEntry], dict[str, LexEntry]]:
    # An entry with `forms` is read by those forms only: the lemma table gives its verb forms
    # another lemma ("aftalt" -> "aftælle"), so its own lemma would only catch the noun ("aftalen").
    verbs = {e.lemma: e for e in entries() if e.pos == "verb" and not e.forms}
    nouns = {e.lemma: e for e in entries() if e.pos == "noun" and not e.forms}
    return verbs, nouns


@lru_cache(maxsize=1)
def _stems() -> tuple[str, ...]:
    """Cheap pre-filter: a prefix every inflected form and the nominalisation share, short
    enough for the irregular ones ("iværks": iværksat, "vedt": vedtog, "fastl": fastlagt)."""
    # a particle verb ("sætte ned": "sat ned", "satte ... ned") is found by its particle
    stems = {(" " + " ".join(e.lemma.split()[1:])) if " " in e.lemma else e.lemma[:max(4, len(e.lemma) - 4)] for e in entries()}
    # a form the lemma table reads as another word may not share the lemma's stem ("afsat": afsætte)
    return tuple(sorted(stems | {form for e in entries() for form in e.forms}))


def has_trigger(text: str) -> bool:
    lowered = text.lower().replace("\n", " ")  # a particle after a line break: "sættes\nned" (f05)
    return any(stem in lowered for stem in _stems())


@dataclass(frozen=True)
class LexHit:
    """A lexicon word standing as an event in a clause: character offsets in the clause."""

    entry: LexEntry
    kind: str
    start: int
    end: int
    decision: bool
    nominal: bool
    form: str  # finite | participle | infinitive | passive | noun
    subject: str = ""  # the commitment when the word itself names it: a genitive ("strukturreformens indførelse")


# Danish presents that are not the infinitive with "-r": "gøre" -> "gør" ("Styrelsen gør status ... i 2026", probes21 n06;
# "gør ordningen permanent"), which the endings below would read as an irregular past.
_IRREGULAR_PRESENT = {"gøre": "gør"}


def verb_form(text: str, lemma: str) -> str:
    low = text.lower()
    if low == lemma:
        return "infinitive"
    if low in (lemma + "s", lemma[:-1] + "es"):
        return "passive"
    if low == lemma + "r" or _IRREGULAR_PRESENT.get(lemma) == low:
        return "finite"
    if low.endswith("ende") and not lemma.endswith("nde"):
        return "other"  # a present participle is an adjective: "afsluttende arbejder", "gældende regler"
    if low.endswith("faldt") and lemma.endswith("falde"):
        return "past"  # the strong verb "falde": past "(bort)faldt", participle "(bort)faldet" ("Samtidig bortfaldt fradraget")
    if low.endswith(("ede", "te")):
        return "past"  # past tense, or a definite/plural participle (decided by its neighbours)
    if low.endswith(("et", "t")):
        return "participle"
    if low.endswith(("en", "er", "ne", "ens", "s", "ing", "else")):
        return "other"  # a noun form of the same lemma ("aftalen")
    return "past"  # an irregular past ("vedtog", "udgik")


def verb_forms(word: str) -> frozenset[str]:
    """{word} when it is a finite or participle form of a lexicon verb, else empty."""
    from ..pipeline import get_pipeline

    verbs, _ = entries_by_pos()
    doc = get_pipeline()(word)
    if len(doc) != 1 or doc[0].lemma_.lower() not in verbs:
        return frozenset()
    form = verb_form(word, doc[0].lemma_.lower())
    return frozenset({word.lower()}) if form in ("participle", "past", "passive", "finite") else frozenset()


@lru_cache(maxsize=50_000)  # one word through the pipeline, asked for in every sentence
def is_participle(word: str) -> bool:
    """A past participle of a lexicon verb ("afskaffet", "indført", "forlænget")."""
    from ..pipeline import get_pipeline

    verbs, _ = entries_by_pos()
    doc = get_pipeline()(word)
    if len(doc) != 1:
        return False
    entry = verbs.get(doc[0].lemma_.lower()) or corrected_forms().get(word.lower())
    return entry is not None and verb_form(word, entry.lemma) == "participle"


@lru_cache(maxsize=50_000)  # one word through the pipeline, asked for in every sentence
def _lexicon_verb_form(word: str) -> str | None:
    """The form of a lexicon verb a word is (`verb_form`, by its lemma), or None for a word of no lexicon verb."""
    from ..pipeline import get_pipeline

    verbs, _ = entries_by_pos()
    doc = get_pipeline()(word)
    if len(doc) != 1 or doc[0].lemma_.lower() not in verbs:
        return None
    return verb_form(word, doc[0].lemma_.lower())


def is_present(word: str) -> bool:
    """A present-tense finite or passive form of a lexicon verb ("sænkes", "afskaffer")."""
    return _lexicon_verb_form(word) in ("finite", "passive")


def is_present_passive(word: str) -> bool:
    """The present s-passive of a lexicon verb ("udvides", "forlænges")."""
    return _lexicon_verb_form(word) == "passive"


@lru_cache(maxsize=1)
def corrected_forms() -> dict[str, LexEntry]:
    """Surface forms the lemma table gets wrong ("aftalt" -> "aftælle"), from the `forms` column."""
    return {form: e for e in entries() for form in e.forms}


def compound_head(lemma: str, nouns: dict[str, LexEntry]) -> LexEntry | None:
    """"refusionsomlægning" is an "omlægning": Danish compounds put the head last."""
    for noun, entry in nouns.items():
        if lemma.endswith(noun) and len(lemma) - len(noun) >= 3:
            return entry
    return None


def noun_entry(word: str) -> LexEntry | None:
    """The lexicon nominalisation a word is, by its lemma or as a compound's head ("videreførelse",
    "refusionsomlægning"), or None."""
    _, nouns = entries_by_pos()
    lemma = lemma_of(word)
    return nouns.get(lemma) or compound_head(lemma, nouns)


def lemma_of(word: str) -> str:
    doc = get_pipeline_doc(word)
    return doc[0].lemma_.lower() if len(doc) == 1 else word.lower()


def noun_frame(word: str) -> str:
    """The instrument a definite nominalisation names ("suspenderingen" -> "suspension af"), or ""."""
    _, nouns = entries_by_pos()
    doc = get_pipeline_doc(word)
    if len(doc) != 1:
        return ""
    entry = nouns.get(doc[0].lemma_.lower()) or nouns.get(word.lower().removesuffix("en"))
    return entry.frame if entry else ""


def get_pipeline_doc(text: str) -> Doc:
    from ..pipeline import get_pipeline

    return get_pipeline()(text)
