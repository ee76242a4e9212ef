"""The Danish event lexicon (nlp/data/event_lexicon.csv) read over the pipeline's lemmas.

A clause states an event when one of its words has a lexicon lemma: a verb in any form
("suspenderede", "forlænger", "skærpes", "permanentgøres") or a nominalisation followed by
"af" ("afskaffelsen af X", "en evaluering af reglen ... offentliggjort"). The word's form
and its neighbours decide whether it is an event at all and which kind:

- voice and tense: a finite verb (present "-r", past "-ede/-te", passive "-s") states the
  event; a participle needs an auxiliary (er, blev, har ...) before it; an infinitive
  needs "at" or a modal;
- modality: "vil", "skal", "forventes", "planlægges" ... make it `planned`, unless a
  decision governs the clause ("besluttet, at X skal videreføres");
- a participle after a determiner is an adjective ("den nedsatte kommission", "det
  fremrykkede revurderingstidspunkt"), not an event;
- negation ("ikke", "ingen", "aldrig") and opinions or wishes ("ønsker", "mener", "bør")
  give nothing;
- a nominalisation after "om" is a topic or a title ("lov om ændring af ..."), and one
  without a predicate of something having happened ("blev", "trådte", "offentliggjort",
  "betyder" ...) is only a mention.

The project's pipeline has no parser or tagger (nlp/pipeline.py: a blank Danish pipeline
with lemmas), so these are rules over lemmas and word forms, not over a parse.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from danish._data import table_rows
from danish.dates import MONTH_NAME_PATTERN
from danish.words import NEGATION_WORDS

from .kinds import BY_KIND
from .word_classes import FINITE_AUX, word_set

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


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
                            tuple(f for f in (row.get("complements") or "af").split("|") if f)))
    return tuple(out)


@lru_cache(maxsize=1)
def _by_pos() -> tuple[dict[str, LexEntry], dict[str, LexEntry]]:
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
    stems = {(" " + e.lemma.split()[1]) if " " in e.lemma else e.lemma[:max(4, len(e.lemma) - 4)] for e in entries()}
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


_AUX = FINITE_AUX | frozenset("blevet være været".split())  # the finite auxiliaries and their other forms
# Modals of the future announce ("vil lempe", "forventes indført"): planned. Modals of duty and
# possibility state rules ("Kommunerne skal oprette ...", "Perioden kan forlænges"): no event,
# unless a decision governs them ("besluttet, at ordningen skal videreføres").
_FUTURE = frozenset("vil ville forventes forventer planlægges planlægger påtænkes agter".split())
_DUTY = frozenset("skal skulle kan kunne må".split())
_MODAL = _FUTURE | _DUTY
# ... and the noun of a decision made ("Byrådet traf i 2019 beslutning om at lukke skolen"; "har allerede truffet
# principbeslutning om at arbejde for ...", s6_07; nlp/lineage/cues.py reads the support verb "truffet")
_DECIDING = frozenset("besluttet besluttede beslutter aftalt aftalte aftaler enige enig vedtaget vedtog valgt "
                      "beslutning principbeslutning".split())
_DETERMINERS = frozenset("den det de denne dette disse en et sin sit sine hans hendes deres vores".split())
_PREPOSITIONS = frozenset("af med om for til på i fra under efter ved mod uden".split())
_NEGATION = NEGATION_WORDS
# Words in -s that are no genitive: a month or an adverb opening the clause ("I marts suspenderede
# et flertal ...", "Alligevel ændrede ...").
_NOT_GENITIVE = frozenset("marts tirsdags onsdags torsdags fredags lørdags søndags mandags ellers altså hvis "
                          "stadigvæk alligevel dels".split())
# Wishes, opinions and judgements ("Det er vigtigt, at vi fastholder fokus") are no events.
_OPINION = frozenset("ønsker ønske mener bør burde synes kræver krav opfordrer tilhænger modstander vigtigt afgørende".split())
# A clause opened by these is an indirect question, a condition or a time clause ("om der er behov for ...",
# "da den blev suspenderet": background, restating).
_CONDITIONAL = frozenset("om hvis hvorvidt såfremt når medmindre da".split())
_NEED = frozenset("behov mulighed muligt muligheden nødvendigt mulige eventuel eventuelle".split())  # "mulige tilpasninger af taksten" (f03): a possibility
# A proposal is a predicate of a nominalisation too: "der foreslås en reduktion i taksterne" (f03), "Det
# indstilles, at ..." (f12); the proposal cue (nlp/lineage/cues.py) makes the event `planned`.
_PROPOSING = frozenset("foreslås foreslår foreslog foreslået indstilles indstiller".split())
# Words after "i" that make it a time, not a complement ("ændringer i foråret", "i løbet af").
_TIME_WORD = re.compile(r"^(?:\d|(?:år|året|foråret|efteråret|sommeren|vinteren|løbet|perioden|starten|slutningen|"
                        rf"begyndelsen|udgangen|{MONTH_NAME_PATTERN}|dag|morgen|fremtiden|forbindelse)$)", re.IGNORECASE)
# "efterretning": a report taken to note ("A) Evalueringen af rygestopkurser tages til efterretning", f07; "At 2)
# Byrådet tager 2024-afraportering af klimaindsatsen til efterretning", s06) has been made; both golds label it.
_HAPPENED = frozenset("blev trådte vedtaget besluttet aftalt offentliggjort gennemført foretaget udarbejdet "
                      "betyder betød indebærer indebar medfører medførte igangsat iværksat efterretning".split())


def is_future_modal(word: str) -> bool:
    """A verb of announcing ("forventes", "planlægges"): a main clause of its own after "og" ("Der er
    etableret sygeplejeklinikker ... og i 2013 forventes det at yderligere en klinik åbnes", s02)."""
    return word.lower() in _FUTURE


def _verb_form(text: str, lemma: str) -> str:
    low = text.lower()
    if low == lemma:
        return "infinitive"
    if low in (lemma + "s", lemma[:-1] + "es"):
        return "passive"
    if low == lemma + "r":
        return "finite"
    if low.endswith("ende") and not lemma.endswith("nde"):
        return "other"  # a present participle is an adjective: "afsluttende arbejder", "gældende regler"
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

    verbs, _ = _by_pos()
    doc = get_pipeline()(word)
    if len(doc) != 1 or doc[0].lemma_.lower() not in verbs:
        return frozenset()
    form = _verb_form(word, doc[0].lemma_.lower())
    return frozenset({word.lower()}) if form in ("participle", "past", "passive", "finite") else frozenset()


@lru_cache(maxsize=50_000)  # one word through the pipeline, asked for in every sentence
def is_participle(word: str) -> bool:
    """A past participle of a lexicon verb ("afskaffet", "indført", "forlænget")."""
    from ..pipeline import get_pipeline

    verbs, _ = _by_pos()
    doc = get_pipeline()(word)
    if len(doc) != 1:
        return False
    entry = verbs.get(doc[0].lemma_.lower()) or _forms().get(word.lower())
    return entry is not None and _verb_form(word, entry.lemma) == "participle"


@lru_cache(maxsize=50_000)  # one word through the pipeline, asked for in every sentence
def is_present(word: str) -> bool:
    """A present-tense finite or passive form of a lexicon verb ("sænkes", "afskaffer")."""
    from ..pipeline import get_pipeline

    verbs, _ = _by_pos()
    doc = get_pipeline()(word)
    if len(doc) != 1 or doc[0].lemma_.lower() not in verbs:
        return False
    return _verb_form(word, doc[0].lemma_.lower()) in ("finite", "passive")


@lru_cache(maxsize=1)
def _forms() -> dict[str, LexEntry]:
    """Surface forms the lemma table gets wrong ("aftalt" -> "aftælle"), from the `forms` column."""
    return {form: e for e in entries() for form in e.forms}


def find(clause: str, kinds: tuple[str, ...] = (), start: int = 0, verbs_only: bool = False,
         governed: bool = False) -> LexHit | None:
    """The first lexicon word that states an event in the clause, or None; `kinds` limits
    the entries to those kinds, `start` skips words before that offset."""
    if not has_trigger(clause):
        return None
    from ..pipeline import get_pipeline

    verbs, nouns = _by_pos()
    doc = get_pipeline()(clause)
    words = [t.lower_ for t in doc]
    opinions = _OPINION - _PARTY_VOICE if _DEMANDS.get() else _OPINION
    if opinions.intersection(words) or "?" in words or (words and words[0] in _CONDITIONAL):
        return None
    for t in doc:
        if not t.is_alpha or t.idx < start:
            continue
        lemma = t.lemma_.lower()
        before = [w for w in words[max(0, t.i - 8):t.i] if w.strip()][-6:]  # past line breaks ("ikke\nindført")
        after = next((w for w in words[t.i + 1:] if w.strip()), "")
        if _NEGATION.intersection(before[-3:]) or after in _NEGATION:
            continue
        if _NEED.intersection(before):
            continue  # "der er behov for, at STAR iværksætter": a need or a possibility, not an event
        entry = verbs.get(lemma) or _forms().get(t.lower_)
        particle_at = _particle(words, t.i, lemma, verbs) if entry is None else None
        if particle_at is not None:
            entry = verbs[f"{lemma} {words[particle_at]}"]
        if entry is not None and kinds and entry.kind not in kinds:
            continue
        if entry is not None:
            hit = _verb_hit(doc, t.i, entry, words)
            if hit is not None and hit.kind != "planned" and _for_decision(words, t.i):
                hit = replace(hit, kind="planned", decision=False)
            if hit is not None and particle_at is not None and not any(w.strip() for w in words[t.i + 1:particle_at]):
                particle = doc[particle_at]
                hit = replace(hit, end=particle.idx + len(particle.text))  # the particle is part of the verb
        elif verbs_only:
            continue
        else:
            noun = nouns.get(lemma) or _compound_head(lemma, nouns)
            if noun is not None and kinds and noun.kind not in kinds:
                continue
            hit = _noun_hit(doc, t.i, noun, words, governed) if noun else None
        if hit is not None:
            return hit
    return None


_OBJECT_PRONOUNS = frozenset("os sig mig dig jer dem ham hende den det".split())
_AFTER_PARTICLE = frozenset("til med fra , . ;".split())


def _particle(words: list[str], i: int, lemma: str, verbs: dict[str, LexEntry]) -> int | None:
    """Where the particle of a particle verb stands: right after the verb ("momsen sættes ned"), or after
    the subject a V2 clause puts between ("Dog laves holdstørrelsen om til maksimalt 10 deltagere", f07)
    when a change follows it ("til", "med", "fra") or the clause ends; never after a reflexive or an
    object pronoun ("satte os ned": sat down)."""
    between = 0
    for j in range(i + 1, min(len(words), i + 6)):
        word = words[j]
        if not word.strip():
            continue  # a line break inside the sentence ("sættes\nned", f05)
        if f"{lemma} {word}" in verbs:
            after = next((w for w in words[j + 1:] if w.strip()), ".")
            return j if between == 0 or after in _AFTER_PARTICLE else None
        if word in _OBJECT_PRONOUNS or not word.isalpha() or between == 2:
            return None
        between += 1
    return None


def _compound_head(lemma: str, nouns: dict[str, LexEntry]) -> LexEntry | None:
    """"refusionsomlægning" is an "omlægning": Danish compounds put the head last."""
    for noun, entry in nouns.items():
        if lemma.endswith(noun) and len(lemma) - len(noun) >= 3:
            return entry
    return None


# In a party's demands ("Liberal Alliance mener: • Udligningsskatten ... skal afskaffes", f05; the
# conventions' programme demands) "skal" is what the party wants done, not a standing rule.
_DEMANDS: ContextVar[bool] = ContextVar("demands", default=False)
# "bør" is a demand too in the party's own voice: "Rang, titel- og ordensvæsnet bør afskaffes" (s09), "...
# bør kunne træffes efter folkeafstemning" (f06), "ingen virksomheder bør modtage nogen form for statsstøtte"
# (f05), "Førtidspension bør udelukkende være forbeholdt ..." (s10): each a `planned` demand in their gold.
_DEMAND_MODALS = frozenset("skal skulle bør burde".split())
# A party's programme says what it wants with "mener" and "bør" (the demand verbs of danish/data/demand_verbs.csv;
# "Det Radikale Venstre mener, at grundloven skal revideres", s09): in its own voice they are its demands, not
# an opinion reported about someone else (p04: "Venstre mener, at ...", a newspaper).
_PARTY_VOICE = frozenset("mener bør burde".split())


@contextmanager
def demands() -> Iterator[None]:
    """Read "skal" as a demand (planned) instead of a rule, inside a party's list of demands."""
    token = _DEMANDS.set(True)
    try:
        yield
    finally:
        _DEMANDS.reset(token)


def _modality(words: list[str], i: int) -> str:
    """"fact", "planned" or "rule" for the word at i, from the modals before it."""
    before = words[:i]
    modal = [j for j, w in enumerate(before) if w in _MODAL or (_DEMANDS.get() and w in _DEMAND_MODALS)]
    if not modal:
        return "fact"
    decided = [j for j, w in enumerate(before) if w in _DECIDING]
    if decided and decided[0] < modal[-1]:
        return "fact"  # "besluttet, at ordningen skal videreføres": the decision is the event
    if _DEMANDS.get() and before[modal[-1]] in _DEMAND_MODALS:
        # "Det betyder, at man skal reducere forsørgerbyrden ..." (s10, not in its gold): the generic "man" states
        # a principle, not a demand on a scheme (a demand names what shall change: "Efterlønnen skal afskaffes")
        near = [w for w in before[max(0, modal[-1] - 2):modal[-1] + 3] if w.strip()]
        return "rule" if "man" in near else "planned"
    return "planned" if before[modal[-1]] in _FUTURE else "rule"


def _planned(words: list[str], i: int) -> bool:
    return _modality(words, i) == "planned"


# Adverbials of habit make a present tense a standing rule or routine, which the conventions do not label
# (f02 gold notes: "the duty to revise the standard 'mindst hvert andet år' ... standing rules described";
# p10: "Hvert år gennemføres en skoleudviklingssamtale", "Hvert år offentliggør ministeriet ..." are
# standing practices; f02 "iværksættes hurtigst muligt og altid inden for 14 dage"). "løbende" is left out:
# it is as often an adjective ("det løbende arbejde", p10).
_HABITUAL = frozenset("altid årligt halvårligt månedligt ugentligt kvartalsvis sædvanligvis".split())
_EVERY = frozenset("hvert hver".split())
_PERIODS = frozenset("år måned uge kvartal halvår gang".split())


# Put forward for a decision: "Papiret fremlægges til godkendelse på KKR Hovedstadens møde den 4. februar 2013"
# (f08), "Indstilles til godkendelse" (f03): proposed, not yet decided (`planned`).
DECISION_NOUNS = frozenset("godkendelse beslutning vedtagelse behandling".split())


def _for_decision(words: list[str], i: int) -> bool:
    after = [w for w in words[i + 1:i + 5] if w.strip()]
    return "til" in after[:2] and bool(DECISION_NOUNS.intersection(after[1:4]))


def _habitual(words: list[str], i: int) -> bool:
    """An adverbial of habit within the verb's clause ("altid", "hvert år", "hvert andet år")."""
    window = words[max(0, i - 5):i + 8]
    if _HABITUAL.intersection(window) or words[i + 1:i + 2] == ["løbende"]:
        return True  # "løbende" right after the verb is the adverb ("tilpasses løbende", "evalueres løbende", p18)
    return any(w in _EVERY and (window[n + 1:n + 2] and window[n + 1] in _PERIODS
                                or window[n + 2:n + 3] and window[n + 2] in _PERIODS)
               for n, w in enumerate(window))


# A verb of origin states that an instrument was introduced only when what it came out of is a reform or an
# agreement (nlp/data/agent_heads.csv, kind "agreement"): "de nye jobafklaringsforløb, der udsprang af
# reformen" (p18), "Ordningen med ressourceforløb, der udsprang af reformen" (seed 003).
_ORIGIN_VERBS = frozenset({"udspringe"})


def _from_an_agreement(after: list[str]) -> bool:
    from .agent_nouns import agent_head  # agent_nouns reads the lexicon's word classes at import

    if after[:1] != ["af"]:
        return False
    phrase: list[str] = []
    for w in after[1:]:
        if w in (",", ".", ";", ":") or (phrase and w in ("og", "der", "som", "hvor")):
            break
        phrase.append(w)
    head = agent_head(" ".join(phrase)) if phrase else None
    return head is not None and head.is_agreement


def _verb_hit(doc: Doc, i: int, entry: LexEntry, words: list[str]) -> LexHit | None:
    t = doc[i]
    form = _verb_form(t.text, entry.lemma.split()[0])
    if form == "other":
        return None
    rest = " " + " ".join(words[i + 1 + entry.lemma.count(" "):]) + " "
    if any(f" {phrase}" in rest for phrase in entry.other_sense):  # word starts: "kontakten"
        return None  # "fastholde sygemeldte i job": job retention, not a commitment kept
    if entry.lemma in _ORIGIN_VERBS and not _from_an_agreement(words[i + 1:]):
        return None  # "arbejdet, som udspringer af temadagen" (f09): where ideas came from, no instrument made
    following = [w for w in words[i + 1:i + 3] if w != ","]
    if following[:1] == ["at"]:
        return None  # "Det blev aftalt, at der ikke skulle ...": the decision's content has its own verb
    # the words around it past a line break: "og det\nfastlagte serviceniveau" (f13) is still attributive
    prev = next((w for w in reversed(words[:i]) if w.strip()), "")
    nxt = next((tok for tok in doc[i + 1:] if tok.text.strip()), None)
    attributive = prev in _DETERMINERS or prev in _PREPOSITIONS \
        or (prev.endswith("s") and prev not in _AUX and prev not in _NOT_GENITIVE and len(prev) > 3)  # a genitive: "kommunernes ændrede ..."
    if form in ("participle", "past") and attributive and nxt is not None and nxt.is_alpha:
        return None  # "den nedsatte ydelseskommission", "som følge af ændrede regler": an adjective
    if entry.kind == "evaluated" and form in ("passive", "finite"):
        return None  # "evalueres med borgeren": the present tense describes a routine, not an evaluation
    if form in ("passive", "finite") and _habitual(words, i):
        return None  # "iværksættes ... altid inden for 14 dage" (f02): a standing rule described, no event
    window = words[max(0, i - 8):i]  # "har den 20. december 2019 vedtaget"
    if form == "participle" and not _AUX.intersection(window) and i > 0:
        # "en evaluering ... foretaget af Finansministeriet": a modifier; a participle opening the
        # clause is coordinated under the auxiliary before "og" ("indført i 2016 og afskaffet i 2023")
        return None
    if form == "infinitive":
        # An infinitive states an event only under a modal ("vil lempe") or as what was decided
        # ("enige om at forlænge", "besluttet at afskaffe"); "dyre at etablere", "for at ændre",
        # "mulighed for at forlænge" are judgements and purposes.
        # the words before it past a line break ("er det besluttet at\nflytte aktivitetscentret ...", s03: a PDF's
        # wrapped line is no boundary)
        governed = [w for w in [w for w in words[max(0, i - 8):i] if w.strip()][-3:]
                    if w not in ("ikke", "nu", "også", "derfor", "gerne")]
        if governed[-1:] and governed[-1] in _MODAL:
            modality = _modality(words, i)
            if modality == "rule" and not _rule_kept(entry, words, i):
                return None
            return _hit(entry, "planned" if modality == "planned" and not _demand_to_keep(entry) else entry.kind,
                        t, form)
        # "besluttet at afskaffe", "enige om at forlænge", and with an adverbial between: "Byrådet besluttede
        # på sit møde den 12. marts 2024 at lukke ..." (the deciding word within the clause's last ten words)
        if governed[-2:] == ["for", "at"] and word_set("works_for_verb").intersection(words[max(0, i - 5):i - 2]):
            # working for doing it is aiming at it, not yet done: "At Aarhus Kommune arbejder aktivt for at etablere en
            # østjysk marin naturnationalpark" (s6_07, a proposal), as "vil vi således arbejde for, at regionerne
            # nedlægges" (f06) and "SF arbejder for en regulering af ..." (s08) are `planned` in their gold
            return _hit(entry, "planned", t, form)
        if governed[-1:] == ["at"] and len(governed) >= 2 and _DECIDING.intersection(words[max(0, i - 12):i]) \
                and (governed[-2] in _DECIDING | {"om", "valgt"} or "," not in words[max(0, i - 12):i]):
            modality = _modality(words, i)
            if modality == "rule":
                return None  # "Byrådet skal træffe beslutning om at lukke skolen": a decision still to make, a duty
            return _hit(entry, "planned" if modality == "planned" else entry.kind, t, form)
        return None
    modality = _modality(words, i)
    if modality == "rule" and not _rule_kept(entry, words, i):
        return None
    kind = "planned" if modality == "planned" and not _demand_to_keep(entry) else entry.kind
    return LexHit(entry, kind, t.idx, t.idx + len(t.text), BY_KIND[kind].decision, False, form)


_DUTY_TO_KEEP = frozenset("skal skulle".split())


def _rule_kept(entry: LexEntry, words: list[str], i: int) -> bool:
    """A duty to keep something is a standing rule restated, which the conventions label `confirmed`
    (star/README.md: "explicitly kept or continued ('videreført', 'fastholdes', standing rules restated)"):
    "skal det daglige beredskab opretholdes på vanlig vis" (s05). Other duties ("Kommunerne skal oprette
    ...") state a rule, no event."""
    modal = [w for w in words[:i] if w in _MODAL]
    return entry.kind == "confirmed" and bool(modal) and modal[-1] in _DUTY_TO_KEEP


def _demand_to_keep(entry: LexEntry) -> bool:
    """A party demanding that a scheme be kept states the scheme kept, `confirmed`, not a plan: the municipal
    README's convention ("keep this scheme" statements are `confirmed`; s09 gold "Vi vil fastholde et offentligt
    betalt sundhedsvæsen", s7_04 gold "vil vi også bevare den udvidede behandlingsgaranti"). Outside a party's
    voice a continuation put forward is still a proposal ("Det foreslås derfor at Kvalitetsstandard ... 2012
    videreføres i 2013", f03 gold: `planned`)."""
    return entry.kind == "confirmed" and _DEMANDS.get()


def _hit(entry: LexEntry, kind: str, t: Token, form: str) -> LexHit:
    return LexHit(entry, kind, t.idx, t.idx + len(t.text), BY_KIND[kind].decision, False, form)


def _noun_hit(doc: Doc, i: int, entry: LexEntry, words: list[str], governed: bool = False) -> LexHit | None:
    """A nominalisation with its complement, when the clause has a predicate of it having happened (or
    `governed`: the caller read the verb of deciding it, "Byrådet vedtog en nedsættelse af taksten")."""
    t = doc[i]
    genitive = _dated_genitive(doc, i, words)
    if genitive:
        return LexHit(entry, entry.kind, t.idx, t.idx + len(t.text), BY_KIND[entry.kind].decision, True, "noun",
                      subject=genitive)
    if i + 1 >= len(doc) or words[i + 1] not in entry.complements:
        return None
    # the word after the preposition, past a line break ("afledte ændringer i\npraksis for ...", f12)
    k = next((j for j in range(i + 2, len(doc)) if doc[j].text.strip()), len(doc))
    if words[i + 1] != "af" and (k >= len(doc) or not doc[k].is_alpha or _TIME_WORD.match(words[k])):
        return None  # "takstnedsættelse i 2014", "ændringer i foråret": a time, not what changed
    if i and words[i - 1] == "om":
        return None  # "lov om ændring af ...": a title or a topic
    proposed = not _HAPPENED.intersection(words) and bool(_PROPOSING.intersection(words))
    if not governed and not _HAPPENED.intersection(words) and not proposed and not _opening_with(words, i):
        return None
    modality = _modality(words, i)
    if modality == "rule" and not proposed:
        return None
    kind = "planned" if modality == "planned" or proposed else entry.kind
    return LexHit(entry, kind, t.idx, t.idx + len(t.text), BY_KIND[kind].decision, True, "noun")


def _opening_with(words: list[str], i: int) -> bool:
    """The nominalisation in a clause's opening "Med ...": what it brought has happened ("Med forlængelsen af ordningen
    fik flere adgang"), also as the second of two coordinated nouns ("Med kommunalreformen og stramningerne i
    rådighedsreglerne er det hensigten, at ...", s6_09)."""
    opening = [w for w in words[1:i] if w.strip()]
    return bool(words) and words[0] == "med" and (len(opening) <= 1 or (len(opening) <= 4 and "og" in opening
                                                                       and not _AUX.intersection(opening) and "," not in opening))


_DATE_OPENERS = frozenset("den i pr. fra per".split())


def _dated_genitive(doc: Doc, i: int, words: list[str]) -> str:
    """The commitment of a dated nominalisation in the s-genitive: "ved strukturreformens indførelse den 1.
    januar 2007" (f07) tells the reform introduced on that day, as "indførelsen af strukturreformen den 1.
    januar 2007" would; "efter lovens vedtagelse i 2019" likewise. Without a date right after, the phrase is
    only a mention ("siden vedtagelsen", f12)."""
    if i == 0 or i + 2 >= len(doc):
        return ""
    owner = doc[i - 1]
    low = owner.lower_
    if not owner.is_alpha or not low.endswith("s") or len(low) < 5 or low in _NOT_GENITIVE or low in _AUX \
            or _DETERMINERS.intersection(words[i - 1:i]):
        return ""
    after = [w for w in words[i + 1:i + 4] if w.strip()]
    dated = (after[:1] and after[0][:1].isdigit()) or (after[:1] and after[0] in _DATE_OPENERS
                                                      and after[1:2] and after[1][:1].isdigit())
    return owner.text[:-1] if dated else ""


_OBJECT_STOP = _AUX | _MODAL | _HAPPENED | frozenset("kunne kan foretaget træder har der som hvor".split())


# Common finite verbs that end a nominal's object ("Med forlængelsen af ordningen fik flere adgang").
_FINITE_STOP = frozenset("fik får gav giver betyder betød gør gjorde skete sker viste viser".split())


def complement_object(after_noun: str) -> str:
    """The commitment after a nominalisation and its preposition ("af X", "i X")."""
    text = after_noun.lstrip()
    prep = text.split(maxsplit=1)[0] if text else ""
    return nominal_object(text[len(prep):]) if prep in ("af", "i") else nominal_object(text)


def nominal_object(text: str) -> str:
    """The commitment after a nominalisation's "af": up to the clause's verb or a relative
    ("afskaffelsen af kontanthjælpsloftet trådte i kraft", "en evaluering af reglen
    foretaget af Finansministeriet")."""
    words: list[str] = []
    split = text.split()
    for n, word in enumerate(split):
        bare = word.strip(",.;:()").lower()
        if bare in _OBJECT_STOP or bare in _FINITE_STOP:
            break
        if bare in ("i", "fra", "pr.", "pr", "den", "siden") and n + 1 < len(split) and split[n + 1][:1].isdigit():
            break  # "forlængelsen af ordningen i 2019": the time is not part of the commitment
        if bare == "i" and n + 1 < len(split) and split[n + 1].lower().startswith("kraft"):
            break  # "trådte en ændring af reglerne i kraft": the predicate's particle
        if bare in ("tages", "tager", "taget", "tog") and n + 1 < len(split) and split[n + 1].lower() == "til":
            break  # "Evalueringen af rygestopkurser tages til efterretning" (f07): the predicate
        words.append(word)
        if word.endswith((",", ";", ".")):
            break
    return " ".join(words)


def item_event(item: str) -> tuple[str, str]:
    """Kind and commitment of a list item under an agreement's lead: a nominalisation
    ("Forlængelse af ordningen til 2025"), an infinitive ("afskaffe kontanthjælpsloftet", under
    "er enige om at:"), else the element itself, introduced."""
    verbs, nouns = _by_pos()
    doc = get_pipeline_doc(item)
    words = [t for t in doc if t.is_alpha]
    if words:
        first = words[0]
        lemma = first.lemma_.lower()
        noun = nouns.get(lemma) or _compound_head(lemma, nouns)
        nxt = doc[first.i + 1] if first.i + 1 < len(doc) else None
        if noun and nxt is not None and nxt.lower_ == "af":
            return noun.kind, (noun.frame + " " if noun.frame else "") + nominal_object(item[nxt.idx + 2:])
        verb = verbs.get(lemma)
        if verb and first.lower_ == verb.lemma:
            return verb.kind, (verb.frame + " " if verb.frame else "") + item[first.idx + len(first.text):].strip()
    return "introduced", re.split(r"\s+[—–-]\s+|:\s", item, maxsplit=1)[0]


def noun_entry(word: str) -> LexEntry | None:
    """The lexicon nominalisation a word is, by its lemma or as a compound's head ("videreførelse",
    "refusionsomlægning"), or None."""
    _, nouns = _by_pos()
    lemma = lemma_of(word)
    return nouns.get(lemma) or _compound_head(lemma, nouns)


def lemma_of(word: str) -> str:
    doc = get_pipeline_doc(word)
    return doc[0].lemma_.lower() if len(doc) == 1 else word.lower()


def noun_frame(word: str) -> str:
    """The instrument a definite nominalisation names ("suspenderingen" -> "suspension af"), or ""."""
    _, nouns = _by_pos()
    doc = get_pipeline_doc(word)
    if len(doc) != 1:
        return ""
    entry = nouns.get(doc[0].lemma_.lower()) or nouns.get(word.lower().removesuffix("en"))
    return entry.frame if entry else ""


def get_pipeline_doc(text: str) -> Doc:
    from ..pipeline import get_pipeline

    return get_pipeline()(text)
