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

The table and its look-ups are in `event_lexicon`, the words around a lexicon word that decide its event
(modality, negation, a party's demands) in `lexicon_context`, and the nominalisations in `nominalisations`; this
module reads a clause's verbs with them (`find`) and keeps the names the other readers call as `lexicon.<name>`.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from danish.words import NEGATION_WORDS

from .dating import OPENING_TIME
from .event_lexicon import LexEntry, LexHit, compound_head, corrected_forms, entries_by_pos, has_trigger, verb_form
from .kinds import BY_KIND
from .lexicon_context import (ATTRIBUTIVE_PREPOSITIONS, AUXILIARIES, CLAUSE_END, changed_values, DECIDING_WORDS, DEMAND_NOUN, IN_DEMANDS, INTENT_WORDS,
                              MODALITY_WORDS, NEED_WORDS, NOT_GENITIVE, NOUN_DETERMINERS, OPINION_WORDS, PARTY_VOICE_WORDS,
                              demand_to_keep, for_decision, habitual, modality_of, rule_kept)
from .nominalisations import noun_hit
from ..word_classes import ADJUNCT_CLAUSE_OPENERS, CONSEQUENCE, RELATIVES
from .word_classes import ADVERBS, NO_EVENT_OPENERS, PRONOUNS, word_set

# The names the other readers call as `lexicon.<name>` (and tests, bench/lineage_classifier*.py), kept here.
from .event_lexicon import entries, get_pipeline_doc, is_participle, is_present, is_present_passive, lemma_of, noun_entry  # noqa: F401
from .event_lexicon import noun_frame, verb_forms  # noqa: F401
from .lexicon_context import DECISION_NOUNS, demands, is_future_modal  # noqa: F401
from .nominalisations import complement_object, item_event, nominal_object  # noqa: F401

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def find(clause: str, kinds: tuple[str, ...] = (), start: int = 0, verbs_only: bool = False,
         governed: bool = False) -> LexHit | None:
    """The first lexicon word that states an event in the clause, or None; `kinds` limits
    the entries to those kinds, `start` skips words before that offset."""
    if not has_trigger(clause):
        return None
    from ..pipeline import get_pipeline

    verbs, nouns = entries_by_pos()
    doc = get_pipeline()(clause)
    words = [t.lower_ for t in doc]
    opinions = OPINION_WORDS - PARTY_VOICE_WORDS if IN_DEMANDS.get() else OPINION_WORDS
    # a clause opened by a condition, an indirect question or a time clause ("om der er behov for ...", "da den blev
    # suspenderet": background, restating)
    demand = any(w == DEMAND_NOUN and words[k + 1:k + 3] == [",", "at"] for k, w in enumerate(words))
    if opinions.intersection(words) or demand or "?" in words or (words and words[0] in NO_EVENT_OPENERS):
        return None
    for t in doc:
        if not t.is_alpha or t.idx < start:
            continue
        lemma = t.lemma_.lower()
        before = [w for w in words[max(0, t.i - 8):t.i] if w.strip()][-6:]  # past line breaks ("ikke\nindført")
        after = next((w for w in words[t.i + 1:] if w.strip()), "")
        if NEGATION_WORDS.intersection(before[-3:]) or after in NEGATION_WORDS or _negated_after_subject(words, t.i):
            ended = _not_continued(doc, t.i, verbs.get(lemma), words) or _not_to_end(t, verbs.get(lemma), words)
            if ended is not None:
                return ended
            continue
        if NEED_WORDS.intersection(before):
            continue  # "der er behov for, at STAR iværksætter": a need or a possibility, not an event
        entry = verbs.get(lemma) or corrected_forms().get(t.lower_)
        if entry is not None and " " in entry.lemma:
            # a particle verb's form the table lemmatises as a noun ("lægges" -> "læg", "taget" -> "tag"): the head
            # verb still needs its particle ("lægges sammen", "er taget ud"; "lægges vægt på" is no merger)
            lemma, entry = entry.lemma.split()[0], None
        found_particle = _particle(words, t.i, lemma) if entry is None else None
        particle_at = found_particle[0] if found_particle else None
        if found_particle is not None:
            entry = _particle_verbs()[f"{lemma} {found_particle[1]}"]
        if entry is not None and kinds and entry.kind not in kinds:
            continue
        if entry is not None:
            hit = _verb_hit(doc, t.i, entry, words)
            if hit is not None and hit.kind != "planned" and for_decision(words, t.i):
                hit = replace(hit, kind="planned", decision=False)
            if hit is not None and particle_at is not None and not any(w.strip() for w in words[t.i + 1:particle_at]):
                particle = doc[particle_at]
                hit = replace(hit, end=particle.idx + len(particle.text))  # the particle is part of the verb
        elif verbs_only:
            continue
        else:
            noun = nouns.get(lemma) or compound_head(lemma, nouns)
            if noun is not None and kinds and noun.kind not in kinds:
                continue
            hit = noun_hit(doc, t.i, noun, words, governed) if noun else None
        if hit is not None:
            return hit
    return None


_KEEPING_MODALS = frozenset({"skal"})


def _not_to_end(t: Token, entry: LexEntry | None, words: list[str]) -> LexHit | None:
    """An end verb negated under "skal" is a wish or a decision to keep the thing: "Efterlønnen skal ikke
    afskaffes", "Klippekortordningen skal ikke nedlægges" - `confirmed`, as the municipal README has keep-wishes
    ("support for or a wish to keep an existing scheme ... is `confirmed`"). Only an end: a change negated ("Pensions-
    alderen skal ikke hæves") keeps nothing the conventions name, and gives nothing as before."""
    if entry is None or entry.kind != "dropped":
        return None
    modal = next((w for w in reversed(words[max(0, t.i - 4):t.i]) if w in MODALITY_WORDS), None)
    if modal not in _KEEPING_MODALS:
        return None
    return LexHit(entry, "confirmed", t.idx, t.idx + len(t.text), BY_KIND["confirmed"].decision, False, "passive")


# What ends the subject of a V2 clause before its negation could stand: a clause boundary or a subordinator.
_SUBJECT_STOPS = frozenset(", ; . : og men eller at som der hvis når fordi da".split())


def _negated_after_subject(words: list[str], i: int) -> bool:
    """A negation after the subject of an inverted main clause: in Danish V2 order a fronted element puts the finite
    verb before the subject, and the sentence adverb "ikke" follows the subject ("Derimod videreføres projektet ikke
    efter 2024", "I 2025 afskaffes ordningen ikke"), where a subject-first clause has it right after the verb."""
    if not words[i].endswith("s") or i == 0:
        return False  # the finite s-passive only: "videreføres", "afskaffes"
    near = [w for w in words[i + 1:i + 9] if w.strip()]
    for w in near[1:6]:
        if w in _SUBJECT_STOPS:
            return False
        if w in NEGATION_WORDS:
            return True
    return False


def _not_continued(doc: Doc, i: int, entry: LexEntry | None, words: list[str]) -> LexHit | None:
    """A keep verb negated where it stands, stating a fact ("Skrotningspræmien blev ikke videreført efter 2022",
    "Ordningen videreføres ikke"): not continued, so ended - `dropped` by the star README's kinds ("confirmed:
    explicitly kept or continued", "dropped: ended"), as seed 000's "blev enig om ikke længere at anvende
    statistiske måltal" is. Under a modal it is a rule or a plan not to keep, which stays unread."""
    if entry is None or entry.kind != "confirmed" or modality_of(words, i) != "fact":
        return None
    hit = _verb_hit(doc, i, entry, words)
    return replace(hit, kind="dropped", decision=True) if hit is not None and hit.kind == "confirmed" else None


_OBJECT_PRONOUNS = frozenset("os sig mig dig jer dem ham hende den det".split())
# What may follow a particle that stands after the words between: a change or the clause's end after the V2 subject
# ("Dog laves holdstørrelsen om til ...", f07); after a longer object only a time or the end ("satte taksten op i
# 2020", "satte i 2018 et forsøg med mentorstøtte til unge i gang"), since "op til", "ned til" are prepositions too.
_AFTER_PARTICLE = frozenset("til med fra , . ;".split())
_AFTER_FAR_PARTICLE = frozenset("i pr. pr ved den efter inden og igen , . ;".split())
_NEAR_PARTICLE, _BETWEEN_PARTICLE = 2, 10


@lru_cache(maxsize=1)
def _particle_verbs() -> dict[str, LexEntry]:
    """Every particle verb by its lemma, those read by their `forms` too ("lægge sammen": "lægges" is "læg" to the
    lemma table, so `entries_by_pos` leaves it out)."""
    return {e.lemma: e for e in entries() if e.pos == "verb" and " " in e.lemma}


@lru_cache(maxsize=1)
def _particles() -> dict[str, list[list[str]]]:
    """The particles of each particle verb's head ("sætte" -> [["ned"], ["i", "gang"]]), read once from the lexicon."""
    found: dict[str, list[list[str]]] = {}
    for lemma in _particle_verbs():
        head, *particle = lemma.split()
        if particle:
            found.setdefault(head, []).append(particle)
    return found


def _particle(words: list[str], i: int, lemma: str) -> tuple[int, str] | None:
    """Where the particle of a particle verb ends, and the particle: right after the verb ("momsen sættes ned"), or
    after the subject a V2 clause puts between ("Dog laves holdstørrelsen om til maksimalt 10 deltagere", f07)
    when a change follows it ("til", "med", "fra") or the clause ends; never after a reflexive or an object
    pronoun ("satte os ned": sat down). A particle may be two words ("sætte i gang")."""
    particles = _particles().get(lemma)
    if not particles:
        return None
    between = 0
    for j in range(i + 1, min(len(words), i + _BETWEEN_PARTICLE + 2)):
        word = words[j]
        if not word.strip():
            continue  # a line break inside the sentence ("sættes\nned", f05)
        following = [w for w in words[j:j + 4] if w.strip()]
        for particle in particles:
            if following[:len(particle)] == particle:
                end = j
                for _ in particle[1:]:
                    end = next(k for k in range(end + 1, len(words)) if words[k].strip())
                after = next((w for w in words[end + 1:] if w.strip()), ".")
                near = between <= _NEAR_PARTICLE and after in _AFTER_PARTICLE
                return (end, " ".join(particle)) if between == 0 or near or after in _AFTER_FAR_PARTICLE else None
        if (word in _OBJECT_PRONOUNS and not _article_before_noun(word, following, particles)) \
                or not (word.isalpha() or word.isdigit()) or between == _BETWEEN_PARTICLE:
            return None
        between += 1
    return None


# "den", "det" and "de" are the articles too: before a further word of the object they open a noun phrase ("gøre den
# gratis seniorbus permanent", "sætte det nye forsøg i gang"), as "gøre ordningen permanent" has none; standing right
# before the particle they are the pronoun ("gøre den permanent", "satte det i gang"), which names nothing.
_ARTICLES = frozenset("den det de".split())


def _article_before_noun(word: str, following: list[str], particles: list[list[str]]) -> bool:
    return word in _ARTICLES and len(following) > 1 and following[1].isalpha() \
        and following[1] not in _OBJECT_PRONOUNS and not any(following[1:1 + len(p)] == p for p in particles)


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
    form = verb_form(t.text, entry.lemma.split()[0])
    if form == "other":
        return None
    rest = " " + " ".join(words[i + 1 + entry.lemma.count(" "):]) + " "
    if any(f" {phrase}" in rest for phrase in entry.other_sense):  # word starts: "kontakten"
        return None  # "fastholde sygemeldte i job": job retention, not a commitment kept
    if "dated_past" in entry.only and not _dated_past(doc, i, form, words):
        return None  # "har skabt urimeligt høje energipriser", "underskrevet i blæk": an outcome or an act, no scheme
    if "to_come" in entry.only and (form in ("participle", "past") or _relative_verb(words, i)
                                    or _adjunct_clause_verb(words, i)):
        # a bill put forward is told as still to come ("Regeringen vil fremsætte et lovforslag"); its past is a step
        # in a bill's history that ends in its adoption ("Lovforslaget blev fremsat den 23. oktober 2019 og var til 1.
        # behandling ..."), and in a relative clause it only qualifies its noun ("ved lovforslag, som fremsættes ..."),
        # in an adjunct clause it tells a circumstance ("..., idet han samtidig fremsætter en forligstekst", a party
        # programme's rule of civil procedure, pdf_more DF; "hvis regeringen fremsætter ...")
        return None
    if entry.kind == "changed" and form in ("participle", "past") and _since_a_year(words, i):
        # "Alene siden 2007 er udgifterne til sygehusmedicin fordoblet" (s12_02): a change over a span since a year is
        # a trend measured, not a decision (the same "siden" span `dated_past` reads as no time of making)
        return None
    if "dated_present" in entry.only and form in ("passive", "finite") \
            and not any(w.isdigit() and len(w) == 4 for w in words[i + 1:]):
        # "Styrelsen gør status på indikatorerne i forbindelse med de halvårlige møder" (probes12 indicators d03): the
        # present without a year describes a routine; with one it tells the future, as Danish does ("Aftalepartierne
        # gør status over aftalens fremdrift i 2020", probes12 n09), the same reading as an evaluation's present below
        return None
    if "named_subject" in entry.only and not _modal_with_named_subject(words, i):
        return None  # "Vi skal undersøge, hvordan ..." (s9_07), "coaches, der løbende skal vurdere ..." (s19_02)
    if "passive" in entry.only and not _passive(form, words, i):
        return None  # "Han lagde tallene sammen", "Vi har lagt sammen med borgerne en plan": added up, made together
    if entry.lemma in _ORIGIN_VERBS and not _from_an_agreement(words[i + 1:]):
        return None  # "arbejdet, som udspringer af temadagen" (f09): where ideas came from, no instrument made
    following = [w for w in words[i + 1:i + 3] if w != ","]
    if following[:1] == ["at"] or _TIMED_CONTENT.match(" ".join(words[i + 1:i + 8])):
        # "Det blev aftalt, at der ikke skulle ...", "aftalte i juni 2022, at det udvidede frie sygehusvalg
        # genindføres": the decision's content has its own verb
        return None
    # the words around it past a line break: "og det\nfastlagte serviceniveau" (f13) is still attributive
    prev = next((w for w in reversed(words[:i]) if w.strip()), "")
    nxt = next((tok for tok in doc[i + 1:] if tok.text.strip()), None)
    attributive = prev in NOUN_DETERMINERS or prev in ATTRIBUTIVE_PREPOSITIONS \
        or (prev.endswith("s") and prev not in AUXILIARIES and prev not in NOT_GENITIVE and len(prev) > 3)  # a genitive: "kommunernes ændrede ..."
    if form in ("participle", "past") and attributive and nxt is not None and nxt.is_alpha:
        return None  # "den nedsatte ydelseskommission", "som følge af ændrede regler": an adjective
    if entry.kind == "evaluated" and form in ("passive", "finite"):
        # "evalueres med borgeren", "Der evalueres løbende" (f02): the present tense describes a routine, not an
        # evaluation; with a year after it the present tells the future, as Danish does ("Aftalen evalueres i 2028",
        # "Projektet evalueres igen i foråret 2025"): an evaluation planned
        if not any(w.isdigit() and len(w) == 4 for w in words[i + 1:]):
            return None
        return _hit(entry, "planned", t, form)
    if form in ("participle", "past") and _completed_routine(doc, i, entry):
        return None  # "Det årlige bygningssyn er nu afsluttet" (s04, s10_08): a yearly routine done, no scheme ended
    if form in ("passive", "finite") and habitual(words, i):
        return None  # "iværksættes ... altid inden for 14 dage" (f02): a standing rule described, no event
    window = aux_window(words, i)
    if form == "participle" and not AUXILIARIES.intersection(window) and i > 0:
        # "en evaluering ... foretaget af Finansministeriet": a modifier; a participle opening the
        # clause is coordinated under the auxiliary before "og" ("indført i 2016 og afskaffet i 2023")
        return None
    if form == "infinitive":
        # An infinitive states an event only under a modal ("vil lempe") or as what was decided
        # ("enige om at forlænge", "besluttet at afskaffe"); "dyre at etablere", "for at ændre",
        # "mulighed for at forlænge" are judgements and purposes.
        # the words before it past a line break ("er det besluttet at\nflytte aktivitetscentret ...", s03: a PDF's
        # wrapped line is no boundary)
        governed = [w for w in _without_closing_time([w for w in words[max(0, i - 12):i] if w.strip()])[-3:]
                    if w not in ("ikke", "nu", "også", "derfor", "gerne", "dog")]
        # ("dog" as the other sentence adverbs: "Regeringen vil dog i 2025 vurdere, om ...", probes22 n02; "vil dog
        # genbesøge projekterne", probes13 n09)
        if governed[-1:] and (governed[-1] in MODALITY_WORDS or _coordinated_under_modal(words, i)):
            modality = modality_of(words, i)
            if modality == "rule" and (_dated_task(words, i) or _value_change(entry, words, i)):
                modality = "planned"
            if modality == "rule" and not rule_kept(entry, words, i):
                return None
            # a verb of keeping under "vil" is a wish to keep, whoever voices it ("Regeringen vil fastholde
            # levetidsindekseringen", "Vi vil fastholde den gratis træning"): the municipal README's keep wishes ("vil
            # bevare") are `confirmed`; a keep put forward ("foreslås videreført", f03) stays a proposal
            keeps = demand_to_keep(entry) or (entry.kind == "confirmed" and governed[-1] == "vil")
            return _hit(entry, "planned" if modality == "planned" and not keeps else entry.kind, t, form)
        # (a party's voice has its own reader of "derfor skal vi afskaffe ...": programme_voice, demanded_objects)
        inverted = None if IN_DEMANDS.get() else _inverted_subject_modal(doc, i)
        if inverted is not None:
            # V2 with a fronted adverbial: the modal, then the subject, then the infinitive ("I 2024 vil
            # administrationen udarbejde en ny handleplan", "Derfor vil Aalborg Kommune indføre ..."): as "vil indføre"
            return _hit(entry, "planned" if inverted == "planned" and not demand_to_keep(entry) else entry.kind, t, form) \
                if inverted != "rule" or rule_kept(entry, words, i) else None
        if governed[-2:-1] and governed[-2] in INTENT_WORDS and governed[-1] == "at":
            # the modals of intent take "at" before their infinitive ("Styrelsen forventer at offentliggøre ...",
            # "agter at afskaffe", "planlægger at indføre"): announced, as "vil indføre"; never a fact
            return _hit(entry, "planned" if not demand_to_keep(entry) else entry.kind, t, form)
        # "besluttet at afskaffe", "enige om at forlænge", and with an adverbial between: "Byrådet besluttede
        # på sit møde den 12. marts 2024 at lukke ..." (the deciding word within the clause's last ten words)
        if governed[-2:] == ["for", "at"] and word_set("works_for_verb").intersection(words[max(0, i - 5):i - 2]):
            # working for doing it is aiming at it, not yet done: "At Aarhus Kommune arbejder aktivt for at etablere en
            # østjysk marin naturnationalpark" (s6_07, a proposal), as "vil vi således arbejde for, at regionerne
            # nedlægges" (f06) and "SF arbejder for en regulering af ..." (s08) are `planned` in their gold
            return _hit(entry, "planned", t, form)
        if governed[-1:] == ["at"] and len(governed) >= 2 and DECIDING_WORDS.intersection(words[max(0, i - 12):i]) \
                and (governed[-2] in DECIDING_WORDS | {"om", "valgt"} or "," not in words[max(0, i - 12):i]):
            modality = modality_of(words, i)
            if modality == "rule":
                return None  # "Byrådet skal træffe beslutning om at lukke skolen": a decision still to make, a duty
            return _hit(entry, "planned" if modality == "planned" else entry.kind, t, form)
        return None
    modality = modality_of(words, i)
    if modality == "rule" and (_dated_task(words, i) or _value_change(entry, words, i)):
        modality = "planned"  # the passive as the infinitive: "De nye regioner skal etableres den 1. januar 2027"
    if modality == "rule" and not rule_kept(entry, words, i):
        return None
    kind = "planned" if modality == "planned" and not demand_to_keep(entry) else entry.kind
    return LexHit(entry, kind, t.idx, t.idx + len(t.text), BY_KIND[kind].decision, False, form)


# "skal" is Danish's auxiliary of the future as well as of duty: with a time to come in its clause it tells a task
# set for that time ("Sundhedsstyrelsen skal inden sommeren 2026 evaluere ...", "Styrelsen skal i 2025 udarbejde en
# plan"), announced, not a standing rule ("Kommunerne skal oprette ...": no time). A date is such a time too, "den"
# before its day ("skal etableres den 1. januar 2027"); "den" before a word is the article.
_DUTY_AS_FUTURE = frozenset("skal skulle".split())
_TIME_AHEAD = frozenset("i inden senest fra frem løbet udgangen primo medio ultimo slutningen begyndelsen".split())


def _dated_task(words: list[str], i: int) -> bool:
    modal = next((j for j in range(i - 1, max(-1, i - 12), -1) if words[j] in MODALITY_WORDS), None)
    if modal is None or words[modal] not in _DUTY_AS_FUTURE:
        return False
    end = next((j for j in range(modal + 1, len(words)) if words[j] in CLAUSE_END and j > i), len(words))
    clause = words[modal + 1:end]
    return any((w in _TIME_AHEAD or w == "den" and clause[k + 1:k + 2] and clause[k + 1].rstrip(".").isdigit())
               and any(len(x) == 4 and x.isdigit() for x in clause[k + 1:k + 5])
               for k, w in enumerate(clause))


# "skal" with a change from one value to another tells a change to make once, not a standing duty: "Værnepligten skal
# forlænges fra fire til elleve måneder" (probes15 n07), "Pensionsalderen skal hæves fra 67 til 68 år", "Loftet skal
# nedsættes fra 25.000 til 15.000 kr." (tests/nlp/test_lineage_named_plans.py). A standing rule states a value, not
# its change ("Ydelsen skal nedsættes med det beløb, ..."). Only verbs of change (kind `changed`) take it; the change
# is read as a frequency's change is (lexicon_context.changed_values).
def _value_change(entry: LexEntry, words: list[str], i: int) -> bool:
    return entry.kind == "changed" and changed_values(words, i) is not None


# A time between a verb and its content clause: "i juni 2022 , at", "den 3. maj , at", "i 2019 , at". Over the
# pipeline's tokens joined by spaces ("3 . maj"), and the year may be left out: not dating.OPENING_TIME, which
# reads a clause's own text up to a year.
_TIMED_CONTENT = re.compile(r"^(?:i|den|fra|pr\.)\s+(?:\d{1,2}\s+\.\s+|\d{1,2}\.\s+)?(?:[a-zæøå]+\s+)?(?:\d{4}\s+)?,?\s*at\b")


def _relative_verb(words: list[str], i: int) -> bool:
    """The verb of a relative clause: "som"/"der" right before it, after a comma or a noun."""
    before = [w for w in words[max(0, i - 3):i] if w.strip()]
    return bool(before) and before[-1] in ("som", "der") and before[-2:-1] != ["det"]


def _adjunct_clause_verb(words: list[str], i: int) -> bool:
    """The verb of an adjunct clause: its clause (the words since the last punctuation) opens with a subordinator of
    condition, time, cause or contrast ("idet han samtidig fremsætter", "hvis ministeren fremsætter")."""
    start = next((j + 1 for j in range(i - 1, -1, -1) if words[j] in CLAUSE_END), 0)
    opener = next((w for w in words[start:i] if w.strip()), "")
    return opener.lower() in ADJUNCT_CLAUSE_OPENERS - RELATIVES - CONSEQUENCE


# The conjunctions that join two infinitives under one modal.
_INFINITIVE_JOINS = frozenset("og samt".split())


def _coordinated_under_modal(words: list[str], i: int) -> bool:
    """The second of two infinitives under one modal ("Ministeriet vil følge ordningen tæt og iværksætte en ny
    evaluering", "Regeringen vil styrke indsatsen og indføre ..."): Danish says the modal once, and the infinitive
    after "og" is governed by it as the first is. The modal must stand in the same clause (no punctuation between):
    after a comma a new clause begins ("..., og etablere" is a list's item or a purpose)."""
    before = [w for w in words[max(0, i - _CLAUSE_REACH):i] if w.strip()]
    if not before or before[-1] not in _INFINITIVE_JOINS:
        return False
    for w in reversed(before[:-1]):
        if w in _CLAUSE_MARKS or w == "at":
            return False  # a new clause, or an infinitive marked by "at" ("for at ...", "besluttet at ...")
        if w in MODALITY_WORDS:
            return True
    return False


# A time within a year in the same place: "Fødevarestyrelsen vil i løbet af 2025 undersøge, om ..." (probes22 n04),
# "Styrelsen vil i løbet af 2025 undersøge, om de nye grænser ..." (probes18 n06).
_SPAN_OF_A_YEAR = re.compile(r"\s*(?:i|inden|ved)\s+(?:løbet|begyndelsen|slutningen|udgangen)\s+af\s+\d{4}$", re.IGNORECASE)


def _without_closing_time(before: list[str]) -> list[str]:
    """The words before an infinitive without a time adverbial in the central field between the modal and the verb
    ("Ministeriet vil i 2026 evaluere ordningen", "skal fra 2025 etablere"): Danish puts it there, and the modal
    still governs the verb."""
    text = " ".join(before)
    time = OPENING_TIME.search(text) or _SPAN_OF_A_YEAR.search(text)
    return text[:time.start()].split() if time and time.end() == len(text) and time.start() > 0 else before


def _inverted_subject_modal(doc: Doc, i: int) -> str | None:
    """The modality of a modal that stands before the infinitive with the clause's subject between them, in V2 order
    after a fronted adverbial ("I 2024 vil administrationen udarbejde", "Derfor skal kommunen oprette"): the subject
    a pronoun, a definite noun or a name of up to three words; None when the words are no such subject."""
    words = [t for t in doc[max(0, i - 5):i] if t.text.strip()]
    at = next((k for k in range(len(words) - 2, -1, -1) if words[k].lower_ in MODALITY_WORDS), None)
    if at is None:
        return None
    between = words[at + 1:]
    if not 1 <= len(between) <= 3 or doc[:words[at].i].text.strip() == "":
        return None  # the modal opens the clause: a question or a condition ("Vil ministeren oplyse ...")
    first = between[0]
    subject_like = first.lower_ in PRONOUNS or (first.text[:1].isupper() and first.i > 0) \
        or (first.is_alpha and first.lower_.endswith(("en", "et", "ne")) and len(first) > 4)
    if not subject_like or any(not t.is_alpha or t.lower_ in AUXILIARIES | MODALITY_WORDS | {"at", "ikke"} for t in between):
        return None
    return modality_of([t.lower_ for t in doc[:words[at].i + 1]], words[at].i + 1)


# A clause's punctuation: the auxiliary of a participle stands in the participle's own clause.
_CLAUSE_MARKS = frozenset(",;:()")
_NEAR, _CLAUSE_REACH = 8, 16


def aux_window(words: list[str], i: int) -> list[str]:
    """The words a participle's auxiliary may stand in: the eight before it, across an inserted adverbial ("har
    den 20. december 2019 vedtaget", "har, som nævnt, vedtaget"); past those, the participle's own clause back to
    its punctuation, for the long subject of a V2 passive between "blev" and the participle ("Med aftalen blev
    kravet om fire samtaler i de første seks måneder afskaffet"; Danish puts the whole subject phrase there)."""
    near = words[max(0, i - _NEAR):i]
    if AUXILIARIES.intersection(near):
        return near
    start = i
    while start > max(0, i - _CLAUSE_REACH) and words[start - 1] not in _CLAUSE_MARKS:
        start -= 1
    return words[start:i]


# The auxiliaries of a past or perfect: "blev underskrevet", "er blevet dannet", "har skabt", "var oprettet".
_PAST_AUX = frozenset("blev blevet har havde var er".split())


def _dated_past(doc: Doc, i: int, form: str, words: list[str]) -> bool:
    """A verb of making that states an event only as a dated past fact (lexicon column `only`): a past finite
    ("dannede", "underskrev") or a participle after a past or perfect auxiliary ("som blev underskrevet i 2006",
    "Fra 2007 blev der skabt jobcentre", s11_08, s6_09), no modal before it, and a point in time with its year in
    the clause (`dating.MADE_IN_YEAR`): "siden 2010", "inden 2025" or no year at all give nothing."""
    from .dating import MADE_IN_YEAR

    if form not in ("participle", "past") or modality_of(words, i) != "fact":
        return False
    if form == "participle":
        aux = next((w for w in reversed(aux_window(words, i)) if w in AUXILIARIES), "")
        if aux not in _PAST_AUX:
            return False  # "bliver skabt", "skal være dannet": present or to come
    return MADE_IN_YEAR.search(doc.text) is not None


# The auxiliaries of a passive participle: "blev lagt sammen", "er lagt sammen med", "er blevet lagt sammen"; "har"
# and "havde" before it make the perfect of the active ("Vi har lagt sammen med borgerne en plan").
_PASSIVE_AUX = frozenset("er var blev bliver blevet være været blive".split())


def _since_a_year(words: list[str], i: int) -> bool:
    """"siden" with a year before the verb in its clause: "siden 2007 er ... fordoblet"."""
    before = [w for w in words[:i] if w.strip()]
    return any(w == "siden" and nxt.isdigit() and len(nxt) == 4 for w, nxt in zip(before, before[1:]))


def _passive(form: str, words: list[str], i: int) -> bool:
    """The verb stands in the passive (lexicon column `only`): the s-passive ("lægges sammen", "skal lægges sammen")
    or a participle whose nearest auxiliary is one of the passive's."""
    if form == "passive":
        return True
    aux = next((w for w in reversed(aux_window(words, i)) if w in AUXILIARIES), "")
    return form == "participle" and aux in _PASSIVE_AUX


def _completed_routine(doc: Doc, i: int, entry: LexEntry) -> bool:
    """A verb of completing ("afslutte") whose subject recurs ("det årlige bygningssyn"): a round of a routine
    finished, which ends no scheme (s04, s10_08 gold leave it out). By lemma, within the clause before the verb."""
    if entry.lemma not in word_set("completion_verb"):
        return False
    recurring = word_set("recurrence_adjective")
    for t in reversed(doc[max(0, i - 8):i]):
        if t.text in (",", ";", ".", ":"):
            break
        if t.lemma_.lower() in recurring:
            return True
    return False


def _hit(entry: LexEntry, kind: str, t: Token, form: str) -> LexHit:
    return LexHit(entry, kind, t.idx, t.idx + len(t.text), BY_KIND[kind].decision, False, form)


# Where a clause of the sentence begins, for the subject before a modal.
# Prepositions that open a fronted adverbial ("I efteråret vil ministeriet drøfte", "Efter sommerferien vil ...").
OPENING_PREPOSITIONS = frozenset("i fra efter inden senest til ved på".split())
_CLAUSE_BOUNDARY = frozenset({",", ".", ";", ":", "•", "-", "–"})


def _modal_with_named_subject(words: list[str], i: int) -> bool:
    """An announced inquiry or discussion ("vurdere", "undersøge", "drøfte") states a plan only under a modal in its
    own clause whose subject names who will act: "Regeringen vil dog i 2025 vurdere" (probes22 n02),
    "Fødevarestyrelsen vil i løbet af 2025 undersøge" (probes22 n04), "Styrelsen vil drøfte" (probes18 n06), "I
    efteråret vil ministeriet drøfte ...". A pronoun subject is a programme's voice or a routine ("Vi skal undersøge,
    hvordan ...", s9_07), a relative one a role described ("coaches, der løbende skal vurdere ...", s19_02), a habit
    no plan, and an infinitive without a modal a task listed (s7_14's bullets)."""
    start = next((k + 1 for k in range(i - 1, -1, -1) if words[k] in _CLAUSE_BOUNDARY), 0)
    clause = [w for w in words[start:i] if w.strip()]
    at = next((k for k, w in enumerate(clause) if w in MODALITY_WORDS), None)
    if at is None or habitual(words, i):
        return False
    before, after = clause[:at], clause[at + 1:at + 2]
    while before and before[0] in ("og", "men", "samt", "eller"):
        before = before[1:]  # "..., men jeg vil gerne drøfte", "..., men skal vurderes igen i 2027": its own subject
    if not before or before[0] in PRONOUNS or before[0] in RELATIVES:
        return False
    # (after the modal "i" is the preposition of a time, "vil i 2025 vurdere", not the pronoun)
    if after and after[0] in PRONOUNS - {"i"}:
        return False  # "I 2025 vil vi undersøge ...": the programme's voice after a fronted time
    # a subject after the modal with no time or adverb before it: the first place holds the object ("Kommissionens
    # forslag om at indføre et beskæftigelsestillæg vil regeringen undersøge nærmere", probes19 n11), which the
    # verb's subject reader does not take
    from .agent_nouns import agent_head  # agent_nouns reads the lexicon's word classes at import

    fronted_object = not any(w.isdigit() or w in ADVERBS for w in before) and before[0] not in OPENING_PREPOSITIONS
    return not (fronted_object and after and agent_head(after[0]) is not None)
