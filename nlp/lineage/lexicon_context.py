"""The words around a lexicon word that decide whether it states an event, and which kind: auxiliaries, modals
of the future and of duty, words of deciding, determiners, negation, opinions, adverbials of habit;
the modality of a word from the modals before it, and a party's demands (`demands()`), inside which "skal" and
"bør" are what the party wants done.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from danish.words import NEGATION_WORDS

from .event_lexicon import LexEntry
from .word_classes import ARTICLES, DEMONSTRATIVES, FINITE_AUX, POSSESSIVES, word_set


AUXILIARIES = FINITE_AUX | frozenset("blevet være været".split())  # the finite auxiliaries and their other forms
# Modals of the future announce ("vil lempe", "forventes indført"): planned. Modals of duty and
# possibility state rules ("Kommunerne skal oprette ...", "Perioden kan forlænges"): no event,
# unless a decision governs them ("besluttet, at ordningen skal videreføres").
_FUTURE = frozenset("vil ville forventes forventer planlægges planlægger påtænkes agter".split())
_DUTY = frozenset("skal skulle kan kunne må".split())
MODALITY_WORDS = _FUTURE | _DUTY
# The future modals that are verbs of intent or expectation take "at" before the infinitive ("forventer at
# offentliggøre", "agter at afskaffe"); "vil", "ville" never do, and the passives ("forventes", "planlægges")
# take a participle or "at blive".
# A proposal to act is announced as the intent is ("Enhedslisten foreslog at indføre et loft": `planned`, as "Det
# foreslås, at der indføres ..." by the cues' PROPOSED).
# (and the perfect of proposing: "Regeringen har foreslået at hæve karakterkravet", as "foreslår at")
INTENT_WORDS = frozenset("forventer planlægger påtænker agter foreslår foreslog foreslået".split())
# ... and the noun of a decision made ("Byrådet traf i 2019 beslutning om at lukke skolen"; "har allerede truffet
# principbeslutning om at arbejde for ...", s6_07; nlp/lineage/cues.py reads the support verb "truffet")
DECIDING_WORDS = frozenset("besluttet besluttede beslutter aftalt aftalte aftaler enige enig vedtaget vedtog valgt "
                           "beslutning principbeslutning".split())
# Words before a noun: a participle after one (a determiner or a preposition) is attributive ("den vedtagne
# ordning", "som følge af ændrede regler"); a determiner in -s ("hans", "deres") is no noun in the genitive.
NOUN_DETERMINERS = ARTICLES | DEMONSTRATIVES | POSSESSIVES
ATTRIBUTIVE_PREPOSITIONS = frozenset("af med om for til på i fra under efter ved mod uden".split())
# Words in -s that are no genitive: a month or an adverb opening the clause ("I marts suspenderede
# et flertal ...", "Alligevel ændrede ...").
NOT_GENITIVE = frozenset("marts tirsdags onsdags torsdags fredags lørdags søndags mandags ellers altså hvis "
                         "stadigvæk alligevel dels".split())
# Wishes, opinions and judgements ("Det er vigtigt, at vi fastholder fokus") are no events.
OPINION_WORDS = frozenset("ønsker ønske mener bør burde synes kræver opfordrer tilhænger modstander vigtigt afgørende".split()) \
    | frozenset("afviser afviste benægter benægtede".split())
# ... and so is a denial: "Ministeren afviste, at lodtrækningen bliver afskaffet" reports that the thing will not
# happen (probes15 n07; tests/nlp/test_lineage_named_plans.py), the opposite of an event; "afvist" is left out, the
# participle of a refused application or proposal ("Forslaget blev afvist") names what was refused, no denial.
# "krav" states a demand when its content clause follows ("Det skal være et krav, at virksomheder ... opretter
# praktikpladser", s6_05), not as the object or subject of an event word ("besluttede at indføre krav om
# klimaberegning", "Krav om personligt fremmøde afskaffes"): only that frame is an opinion.
DEMAND_NOUN = "krav"
NEED_WORDS = frozenset("behov mulighed muligt muligheden nødvendigt mulige eventuel eventuelle".split())  # "mulige tilpasninger af taksten" (f03): a possibility


def is_future_modal(word: str) -> bool:
    """A verb of announcing ("forventes", "planlægges"): a main clause of its own after "og" ("Der er
    etableret sygeplejeklinikker ... og i 2013 forventes det at yderligere en klinik åbnes", s02)."""
    return word.lower() in _FUTURE


# In a party's demands ("Liberal Alliance mener: • Udligningsskatten ... skal afskaffes", f05; the
# conventions' programme demands) "skal" is what the party wants done, not a standing rule.
IN_DEMANDS: ContextVar[bool] = ContextVar("demands", default=False)
# "bør" is a demand too in the party's own voice: "Rang, titel- og ordensvæsnet bør afskaffes" (s09), "...
# bør kunne træffes efter folkeafstemning" (f06), "ingen virksomheder bør modtage nogen form for statsstøtte"
# (f05), "Førtidspension bør udelukkende være forbeholdt ..." (s10): each a `planned` demand in their gold.
_DEMAND_MODALS = frozenset("skal skulle bør burde".split())
# A party's programme says what it wants with "mener" and "bør" (the demand verbs of danish/data/demand_verbs.csv;
# "Det Radikale Venstre mener, at grundloven skal revideres", s09): in its own voice they are its demands, not
# an opinion reported about someone else (p04: "Venstre mener, at ...", a newspaper).
PARTY_VOICE_WORDS = frozenset("mener bør burde".split())


@contextmanager
def demands() -> Iterator[None]:
    """Read "skal" as a demand (planned) instead of a rule, inside a party's list of demands."""
    token = IN_DEMANDS.set(True)
    try:
        yield
    finally:
        IN_DEMANDS.reset(token)


def modality_of(words: list[str], i: int) -> str:
    """"fact", "planned" or "rule" for the word at i, from the modals before it."""
    before = words[:i]
    modal = [j for j, w in enumerate(before) if w in MODALITY_WORDS or (IN_DEMANDS.get() and w in _DEMAND_MODALS)]
    if not modal:
        return "fact"
    # a decision negated decides nothing: "Regeringen er ikke enig i, at satserne skal hæves" (a refusal, probes15
    # n11), "Der er endnu ikke besluttet, at ordningen skal forlænges" (tests/nlp/test_lineage_named_plans.py)
    decided = [j for j, w in enumerate(before) if w in DECIDING_WORDS and not NEGATION_WORDS.intersection(before[max(0, j - 3):j])]
    if decided and decided[0] < modal[-1]:
        return "fact"  # "besluttet, at ordningen skal videreføres": the decision is the event
    if IN_DEMANDS.get() and before[modal[-1]] in _DEMAND_MODALS:
        # "Det betyder, at man skal reducere forsørgerbyrden ..." (s10, not in its gold): the generic "man" states
        # a principle, not a demand on a scheme (a demand names what shall change: "Efterlønnen skal afskaffes")
        near = [w for w in before[max(0, modal[-1] - 2):modal[-1] + 3] if w.strip()]
        return "rule" if "man" in near else "planned"
    return "planned" if before[modal[-1]] in _FUTURE else "rule"


def _planned(words: list[str], i: int) -> bool:
    return modality_of(words, i) == "planned"


# Adverbials of habit make a present tense a standing rule or routine, which the conventions do not label
# (f02 gold notes: "the duty to revise the standard 'mindst hvert andet år' ... standing rules described";
# p10: "Hvert år gennemføres en skoleudviklingssamtale", "Hvert år offentliggør ministeriet ..." are
# standing practices; f02 "iværksættes hurtigst muligt og altid inden for 14 dage"). "løbende" is left out:
# it is as often an adjective ("det løbende arbejde", p10).
_HABITUAL = frozenset("altid årligt halvårligt månedligt ugentligt kvartalsvis sædvanligvis".split())
_EVERY = frozenset("hvert hver".split())
# "hele tiden" (all the time), the two-word adverbial of habit.
_ALL_THE_TIME = ("hele", "tiden")
_PERIODS = frozenset("år måned uge kvartal halvår gang".split())


# A change from one value to another told after a verb: its old and new value, "fra A til B" within the verb's clause
# (a clause ends at , ; . :). It is read for two things: a rule's "skal" with it tells a change to make once
# (lexicon._value_change: "Værnepligten skal forlænges fra fire til elleve måneder", probes15 n07), and a frequency
# changed is no habit of the verb ("Rengøring ændres fra hver anden til hver tredje uge", "Tilsynet ændres fra én gang
# om året til to gange om året": the words of the change are left out of the habit window; "udbetales hvert år" stays
# a routine).
_VALUE_SPAN = 6
CLAUSE_END = frozenset(",;.:")


def changed_values(words: list[str], i: int) -> tuple[int, int] | None:
    """The word span from "fra" to the new value (its end at most `_VALUE_SPAN` words past "til") of a change told
    after the verb at `i`, or None."""
    end = next((j for j in range(i + 1, len(words)) if words[j] in CLAUSE_END), len(words))
    for lo in range(i + 1, min(end, i + 1 + _VALUE_SPAN)):
        if words[lo] != "fra":
            continue
        to = next((k for k in range(lo + 2, min(end, lo + 2 + _VALUE_SPAN)) if words[k] == "til"), None)
        if to is not None:
            return lo, min(len(words), to + _VALUE_SPAN)
    return None


def _without_changed_values(words: list[str], i: int) -> list[str]:
    span = changed_values(words, i)
    if span is None:
        return words
    lo, hi = span
    return words[:lo] + [""] * (hi - lo) + words[hi:]


# Put forward for a decision: "Papiret fremlægges til godkendelse på KKR Hovedstadens møde den 4. februar 2013"
# (f08), "Indstilles til godkendelse" (f03): proposed, not yet decided (`planned`).
DECISION_NOUNS = frozenset("godkendelse beslutning vedtagelse behandling".split())


def for_decision(words: list[str], i: int) -> bool:
    after = [w for w in words[i + 1:i + 5] if w.strip()]
    return "til" in after[:2] and bool(DECISION_NOUNS.intersection(after[1:4]))


def _qualifies_noun(before: str) -> bool:
    """The word before a habit word makes it a noun's: a determiner's adjective or an amount's rate."""
    return before in NOUN_DETERMINERS or before in word_set("amount_unit")


def habitual(words: list[str], i: int) -> bool:
    """An adverbial of habit within the verb's clause ("altid", "hvert år", "hvert andet år")."""
    lo = max(0, i - 5)
    words = _without_changed_values(words, i)
    # a habit word after a determiner is the adjective of a noun ("indføres et årligt klimaprogram", "afholde et
    # årligt foreningsmøde", s7_14): Danish spells the neuter adjective as the adverb, and it tells no habit
    # so is one after an amount's unit, the amount's rate ("videreføres med 20 mio. kr. årligt", probes25 n10)
    window = [w for n, w in enumerate(words[lo:i + 8], lo) if not (w in _HABITUAL and words[n - 1:n] and
                                                                   _qualifies_noun(words[n - 1]))]
    if word_set("cycle_noun").intersection(window):
        return True  # "Som et led i Center for Ejendommes årshjul fremlægges ..." (s04, s10_08; f12 "i et fast årshjul")
    if _HABITUAL.intersection(window) or words[i + 1:i + 2] == ["løbende"]:
        return True  # "løbende" right after the verb is the adverb ("tilpasses løbende", "evalueres løbende", p18)
    near = [w for w in window if w.strip()]
    if any(pair == _ALL_THE_TIME for pair in zip(near, near[1:])):
        return True  # "Samfundet omkring os ændrer sig hele tiden" (s11_03: no event), as "at der hele tiden er ..." (s6_05)
    return any(w in _EVERY and (window[n + 1:n + 2] and window[n + 1] in _PERIODS
                                or window[n + 2:n + 3] and window[n + 2] in _PERIODS)
               for n, w in enumerate(window))


_DUTY_TO_KEEP = frozenset("skal skulle".split())


def rule_kept(entry: LexEntry, words: list[str], i: int) -> bool:
    """A duty to keep something is a standing rule restated, which the conventions label `confirmed`
    (star/README.md: "explicitly kept or continued ('videreført', 'fastholdes', standing rules restated)"):
    "skal det daglige beredskab opretholdes på vanlig vis" (s05). Other duties ("Kommunerne skal oprette
    ...") state a rule, no event."""
    modal = [w for w in words[:i] if w in MODALITY_WORDS]
    return entry.kind == "confirmed" and bool(modal) and modal[-1] in _DUTY_TO_KEEP


def demand_to_keep(entry: LexEntry) -> bool:
    """A party demanding that a scheme be kept states the scheme kept, `confirmed`, not a plan: the municipal
    README's convention ("keep this scheme" statements are `confirmed`; s09 gold "Vi vil fastholde et offentligt
    betalt sundhedsvæsen", s7_04 gold "vil vi også bevare den udvidede behandlingsgaranti"). Outside a party's
    voice a continuation put forward is still a proposal ("Det foreslås derfor at Kvalitetsstandard ... 2012
    videreføres i 2013", f03 gold: `planned`)."""
    return entry.kind == "confirmed" and IN_DEMANDS.get()
