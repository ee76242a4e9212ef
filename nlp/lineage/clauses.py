"""The events of one sentence, clause by clause.

The sentence is cut into clauses (commas, coordinated participles and main clauses); conditions,
reasons, comparisons and time clauses are passed over; each other clause gives its cue's event
with subject, year, agent, replacement and change. The core that the sentence reader and the
genre readers (lists, demands, recommendation points) call.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from danish.dates import find_periods

from ..lemma_table import lemma_table
from . import actors, lexicon, referat
from .clause_cues import LexMatch, first_cue
from .clean_phrase import change_of, clean, strip_opening
from .cues import CLAUSE_BREAK, COORDINATED_PASSIVE_REPLACEMENT, PROPOSAL, PROPOSED
from .dating import (TIME_ADVERBIAL, COHORT_YEAR, in_a_target, DATE_STUB, END_YEAR, NAME_YEAR, OCCASION, LEADING_TIME, OPENING_TIME, PERFECT_AUX, RELATIVE_TIME, LAST_YEAR, target_year,
                     TIME_OPENER, UNTIL, YEAR_COMPOUND, deictic_tense, names_its_period, timed_mentions, with_periods)
from .dedupe import merge_same_kind
from .draft import Draft
from .evaluations import EVALUATION_WORD, FINDING_VERBS, PASSIVE_EVALUATED, SHOWED, evaluation_subject
from .agent_nouns import names_a_forum
from .laws import ADOPTED, IN_FORCE_RELATIVE, LAW_NUMBER
from .members import namely_members
from .negation import negated, rejected
from .planned_action import inquired_action
from .programme_words import is_scheme
from .subject_phrase import (ADVERBIAL_OPENING, AUX_AND_ADVERBS, clause_subject, content_clause_subject, is_passive, object_relative,
                             prepositional_phrase, undergoes, with_complement, with_relative)
from .word_classes import (ARTICLE, ADVERBS, BULLET, CLAUSE_OPENERS, CONDITIONAL_PATTERN, DEFINITE, FINITE_AUX, LATER_CLAUSE_OPENERS, PREPOSITIONS,
                           RELATIVE, active_finite, word_set)
from .where_relative import takes_where_relative
from ..phrases import after_cue, before_cue, between_adjectives, expand_abbreviation, find_actor
from ..word_classes import MODALS
from ..timex import nearest_year, time_mentions


# A condition proper opens the sentence or the clause after a main clause: a rule, no event (word_classes.CONDITIONAL_PATTERN).
CONDITION = re.compile(rf"{CONDITIONAL_PATTERN}\b", re.IGNORECASE)
# Danish puts the finite verb first in a condition without a conjunction ("Stopper du i en periode
# med at modtage kontanthjælp, ...", "Flytter man til en anden kommune, ..."): the verb, then a
# personal pronoun. A rule for the reader, no event (p09; kommune and borger.dk guidance).
V1_CONDITION = re.compile(r"^\s*[A-ZÆØÅ][a-zæøå]+(?:r|s|de|te)\s+(?:du|man|I|De|vi|han|hun)\b")  # not den/det/de: articles
# The same with an indefinite subject, when the first word is a verb's present tense by the lemma table (its lemma and
# -r: "ønsker" of ønske, "går" of gå; a preposition or a noun in -r is none) and a main clause follows the comma:
# "Ønsker et flertal i Folketinget, at Danmark tilslutter sig bankunionen, bør spørgsmålet sendes til
# folkeafstemning" (s19_10), "Går en bank konkurs, skal det ikke være borgeres ... penge, der mistes" (s12_01),
# "Ønsker en gruppe på mindst 10 personer at fortsætte foreningens virke, skal de anmode herom ..." (s10_13): no gold
# lists an event of them.
_V1_INDEFINITE = re.compile(r"^\s*(?:[•\-–*]\s*)?(?P<verb>[A-ZÆØÅ][a-zæøå]+r)\s+(?:en|et)\s[^.;:]*?,\s+\w")


def v1_condition(sentence: str) -> bool:
    """The sentence opens with a condition in verb-first order (`V1_CONDITION`, `_V1_INDEFINITE`)."""
    if V1_CONDITION.match(sentence):
        return True
    m = _V1_INDEFINITE.match(sentence)
    if m is None:
        return False
    word = m.group("verb").lower()
    if word in CLAUSE_OPENERS:
        return False  # a conjunction the lemma table also reads as a verb ("når" of nå): a clause, not V1
    return lemma_table().get(word) == word[:-1]


def _successor(sentence: str, lo: int, hi: int, by: str | None) -> str | None:
    """The successor a cue's pattern caught, on past a comma between coordinate adjectives, where the patterns stop:
    "afløses fra 2025 af en ny, samlet ordning for udtagning" (probes21 n01), "erstattes af en ny, permanent pulje"."""
    at = sentence.find(by, lo, hi) if by else -1
    if by is None or at < 0 or not sentence.startswith(",", at + len(by)) or not between_adjectives(sentence, at + len(by)):
        return by
    return after_cue(sentence[at:hi]) or by


def _clauses(sentence: str) -> list[tuple[int, int]]:
    breaks = [(m.start(), m.end()) for m in CLAUSE_BREAK.finditer(sentence)
              if not (m.group(0).startswith(",") and between_adjectives(sentence, m.start()))]  # "en ny, samlet ordning"
    # Participles coordinated under one auxiliary are two events: "Kontanthjælpsloftet blev
    # indført i 2016 og afskaffet igen i 2023" (a lexicon participle after "og")
    for m in _AND_WORD.finditer(sentence):
        if not any(a <= m.start() < b for a, b in breaks) and (lexicon.is_participle(m.group("word"))
                                                               or m.group("word") in _REPLACING_FINITE
                                                               or _coordinated_passive(sentence, breaks, m)):
            cut = m.start("adverb") if (m.group("adverb") or "").strip() == "nu" else m.start("word")  # "nu" dates it
            breaks.append((m.start(), cut))
    # Main clauses coordinated by "og" without a comma, each with its own subject and present-tense verb:
    # "momsen sættes ned til 7 pct. ... og benzin- og dieselafgiften sænkes" (f05), "Satsen hæves og
    # karensdagen afskaffes" (tests/nlp/test_lineage_programmes.py), or with a verb of announcing after a time
    # ("Der er etableret sygeplejeklinikker ... og i 2013 forventes det at yderligere en klinik åbnes", s02;
    # tests/nlp/test_cues.py). Only when the words before "og" state
    # an event of their own: "Topskatten og mellemskatten afskaffes" is one clause with two subjects.
    for m in _AND_CLAUSE.finditer(sentence):
        if any(a <= m.start() < b for a, b in breaks) \
                or _AND_NOT_SUBJECT.intersection(w.lower() for w in m.group("np").split()) \
                or not (lexicon.is_future_modal(m.group("verb")) or lexicon.is_present(m.group("verb"))):  # the pipeline last
            continue
        lo = max((b for a, b in breaks if b <= m.start()), default=0)
        if lexicon.find(sentence[lo:m.start()]) is not None:
            breaks.append((m.start(), m.start() + len(m.group(0)) - len(m.group("np")) - len(m.group("verb"))))
    cuts = [0]
    for a, b in sorted(breaks):
        cuts.extend((a, b))
    cuts.append(len(sentence))
    return list(zip(cuts[::2], cuts[1::2]))


def _coordinated_passive(sentence: str, breaks: list[tuple[int, int]], m: re.Match[str]) -> bool:
    """Two present s-passives of event verbs coordinated by "og" share the subject before the first and are two
    events: "Ordningen videreføres og udvides med to nye hold" (kept and extended), "Puljen forlænges og forhøjes"; the
    second stands right after "og" with no auxiliary of its own, and the clause before holds the first."""
    if m.group(0).split()[1:] != [m.group("word")] or not lexicon.is_present_passive(m.group("word")):
        return False
    lo = max((b for a, b in breaks if b <= m.start()), default=0)
    return any(lexicon.is_present_passive(w.strip(",.;:")) for w in sentence[lo:m.start()].split())


# A replacing verb in the present or past after "og" heads a verb phrase of its own sharing the subject: "... blev
# vedtaget ... og afløser sundhedspolitikken fra 2015" is an adoption and a replacement.
_REPLACING_FINITE = frozenset("erstatter erstattede afløser afløste".split())
# The second participle may have its own auxiliary and a sentence adverb: "Puljen blev lanceret i 2019 og er nu
# afsluttet", "... blev indført i 2016 og er siden blevet afskaffet" (the subject shared, the time its own)
_AND_WORD = re.compile(r"\s+og\s+(?:(?:er|var|blev|bliver|har|havde)\s+(?P<adverb>(?:nu|siden|senere|igen|efterfølgende|"
                       r"samtidig|også|desuden)\s+)?(?:blevet\s+)?)?(?:igen\s+|senere\s+|siden\s+)?(?P<word>[a-zæøå]+)\b")
# "og" (not the "og" of "hotel- og restaurantydelser"), up to four words of a subject, a verb in -es/-er;
# bounded and without overlapping runs, so linear on a long line.
_AND_CLAUSE = re.compile(r"(?<!-)\s+og\s+(?P<np>(?:[\wæøå-]+\s+){1,4}?)(?P<verb>[a-zæøå]+(?:es|er))\b", re.IGNORECASE)
_AND_NOT_SUBJECT = word_set("and_not_subject")
# What may stand before a coordinated verb that shares the first verb's subject: its own auxiliary and sentence
# adverbs ("og er nu afsluttet"), "siden" between them meaning "since then" ("og er siden blevet afskaffet").
_SHARED_VERB_WORDS = AUX_AND_ADVERBS | frozenset({"siden"})
# A personal pronoun as the subject of a main clause coordinated after the one that told an event ("Ældrechecken blev
# indført i 2004, og den skal bevares"): it takes up that clause's commitment when its gender and number agree with
# the commitment's definite head, as Danish pronouns do ("den" the common gender's "-en", "det" the neuter's "-et",
# "de" the plural's "-ne").
_PRONOUN_ENDINGS = {"den": ("en", "n"), "det": ("et",), "de": ("ne",)}
_COORDINATORS = frozenset({"og", "men"})


def _pronoun_takes_up(head_words: list[str], subject: str) -> bool:
    """The clause before the cue is a coordinator, a personal pronoun and auxiliaries or adverbs, and the pronoun
    agrees with the head of the commitment told before."""
    words = [w.lower() for w in head_words]
    if len(words) < 2 or words[0] not in _COORDINATORS or words[1] not in _PRONOUN_ENDINGS:
        return False
    if not all(w in _SHARED_VERB_WORDS for w in words[2:]):
        return False
    head = (subject.split() or [""])[0].lower()
    return len(subject.split()) == 1 and head.isalpha() and head.endswith(_PRONOUN_ENDINGS[words[1]])


@lru_cache(maxsize=4096)
def _event_verb(word: str) -> bool:
    """A word the lexicon reads as an event verb on its own (the first word of a cue's named subject, once per word:
    a spaCy run per cue otherwise)."""
    return lexicon.find(word, verbs_only=True) is not None


# A clause after the first opened by "da" or "når" is a time clause: background to the main
# clause, restating an event told elsewhere ("..., end man forventede, da aftalen blev indgået", p16;
# "..., når ordningen er indført"). Sentence-initial "Da X blev indgået i 2020, ..." still counts.
_SUBORDINATE = re.compile(rf"^(?:{'|'.join(sorted(LATER_CLAUSE_OPENERS))})\b", re.IGNORECASE)
_BECAUSE = re.compile(r"^fordi\b", re.IGNORECASE)


def clause_spans(sentence: str) -> list[tuple[int, int]]:
    """The sentence's clauses as (start, end) offsets, as `clause_events` reads them (for readers that take a
    relative clause with the noun it describes, `subject_phrase.with_relative`)."""
    return _clauses(sentence)


def _names_a_scheme(subject: str) -> bool:
    """The subject's head, its first word past an article, is a scheme's noun (nlp/data/scheme_heads.csv: "Reglerne",
    "Kravet", "Fradraget for ...", "225-timersreglen")."""
    words = ARTICLE.sub("", subject.strip()).split()
    return bool(words) and is_scheme((words[0], lexicon.lemma_of(words[0].lower())))


def clause_events(sentence: str, start: int, end: int, anchor: dt.date | None) -> list[Draft]:
    # "mål for 2018" is a target, "forlænges til 2025" a new end: neither is when it happened
    mentions = [t for t in with_periods(sentence, time_mentions(sentence, anchor=anchor))
                if not target_year(sentence, t.start)
                and not END_YEAR.search(sentence, max(0, t.start - 24), t.start)
                and not COHORT_YEAR.search(sentence, max(0, t.start - 30), t.start)
                and not in_a_target(sentence, t.start)
                and not YEAR_COMPOUND.match(sentence, t.end)
                and not (sentence[t.start:t.end].isdigit() and NAME_YEAR.search(sentence[max(0, t.start - 40):t.start])
                         and not OCCASION.search(sentence[max(0, t.start - 60):t.start]))
                and not names_its_period(sentence, t.start, t.end)]
    out: list[Draft] = []
    clauses = _clauses(sentence)
    for n, (lo, hi) in enumerate(clauses):
        if n + 1 < len(clauses) and CONDITION.match(sentence[clauses[n + 1][0]:clauses[n + 1][1]]):
            continue  # "Ydelsen ændres, hvis borgeren flytter": the main clause of a condition is a rule
        if n > 0 and re.match(r"\s*som\b", sentence[lo:hi], re.IGNORECASE) \
                and _COMPARATIVE.search(sentence[clauses[n - 1][0]:clauses[n - 1][1]]):
            continue  # "dobbelt så mange p-pladser ..., som der er fjernet gadeparkeringspladser": a comparison
        if n > 0 and IN_FORCE_RELATIVE.match(sentence[lo:hi]) and ADOPTED.search(sentence[:lo]):
            continue  # "Byrådet har vedtaget en ny klimaplan, som træder i kraft 1. januar 2025": the adoption
        if _BECAUSE.match(sentence[lo:hi]) or (n > 0 and _SUBORDINATE.match(sentence[lo:hi])):
            # "..., fordi der med loven blev indført en ny ordning": a reason, restating; "..., om
            # ordningen skal forlænges": whether; "..., så kommunerne får mere": a consequence
            continue
        found = first_cue(sentence[lo:hi])
        if not found and n > 0 and SHOWED.match(sentence[lo:hi]) and EVALUATION_WORD.search(sentence[clauses[n - 1][0]:clauses[n - 1][1]]):
            # "opstartsevalueringen af sygedagpengereformen fra efteråret 2015, som viste, at ..." (p18): the same
            # finding as "evalueringen viste, at" with the relative's comma between
            before = sentence[clauses[n - 1][0]:clauses[n - 1][1]]
            what = evaluation_subject(before)
            dated = [t for t in mentions if clauses[n - 1][0] <= t.start < hi]
            if what:
                out.append(Draft("evaluated", start, end, what[0], dated[0].year if dated else None, None,
                                 find_actor(sentence, lo), None, True, year_stated=bool(dated)))
            continue
        if not found:
            continue
        cue, match = found
        if cue.kind not in ("evaluated", "planned") and reports_a_finding(sentence, clauses, n, lo + match.start()):
            continue
        if cue is COORDINATED_PASSIVE_REPLACEMENT and not (n > 0 and re.search(r"\bog\b", sentence[clauses[n - 1][1]:lo])):
            continue
        cue_at = lo + match.start()
        finding = cue.kind == "evaluated" and "effekt" in match.group(0).lower()  # "kan ikke måle en effekt": a finding
        if isinstance(match, LexMatch) and match.reads_its_negation:
            pass  # "blev ikke videreført efter 2022", "skal ikke afskaffes": the negation made the kind (lexicon)
        elif rejected(cue, sentence, cue_at, lo + match.end()) or (not finding and not cue.reads_negation
                                                                     and negated(sentence[lo:lo + match.end()], match.start())):
            continue
        named_evaluation = EVALUATION_WORD.search(match.group(0)) if cue.kind == "planned" else None
        # (an active verb of evaluating names what it evaluates as its object, "Forvaltningen evaluerede i 2023 den
        # hidtidige model": read as the clause's, not from a finding later in the sentence)
        evaluation = (cue.kind == "evaluated" and not PASSIVE_EVALUATED.match(match.group(0))
                      and not match.groupdict().get("subj")
                      and not (isinstance(match, LexMatch) and match.active_finite)) or named_evaluation
        relative = object_relative(sentence, clauses, n, lo, cue_at, match) if n > 0 else None
        if relative is None and match.groupdict().get("actor") and sentence[lo:hi].lstrip().lower().startswith("som "):
            continue  # "..., som kommunerne indgik": no agreement, or no agent, before the relative
        # (the finding of an evaluation the clause before has told is more of it: "Forvaltningen evaluerede ... den
        # hidtidige model, og evalueringen viste, at ...")
        told = _finding_names_nothing(sentence, lo, cue_at, match, evaluation) if out and out[-1].kind == "evaluated" else None
        subject, explicit = (relative[0], True) if relative else told or (evaluation_subject(sentence) if evaluation else None) \
            or _finding_names_nothing(sentence, lo, cue_at, match, evaluation) or clause_subject(sentence, clauses, n, match, lo)
        if n > 0 and out and not explicit and RELATIVE.match(sentence[lo:hi].lstrip() + " ") \
                and sentence[clauses[n - 1][0]:clauses[n - 1][1]].rstrip(" ,").endswith(" " + out[-1].subject):
            # "... blev der i 2020 etableret en midlertidig kompensationsordning for medier med tab af
            # annonceindtægter, som udløb i 2021": the relative hangs on the phrase right before it, here the
            # commitment the clause before has just told
            subject = out[-1].subject
        # (a cue naming its subject knows it, unless what it names opens with a verb: "bortfalder og erstattes af")
        named = (match.groupdict().get("subj") or "").split()
        embedded = None if named and not _event_verb(named[0]) else \
            content_clause_subject(sentence, clauses, n, cue_at, lo + match.end())
        if embedded:
            subject, explicit = embedded, True  # "Kravet om, at ..., ophæves": the noun and its content clause
        if named_evaluation and not subject:
            subject, explicit = named_evaluation.group(0), True  # "Evalueringen offentliggøres i 2022"
        if isinstance(match, LexMatch) and match.particle and f" {match.particle} " in f" {subject} ":
            # "Dog laves holdstørrelsen om til ...": the V2 subject ends where the verb's particle stands
            subject = f" {subject} ".split(f" {match.particle} ")[0].strip()
        inquired = _inquired(cue.kind, match, sentence, clauses, n)
        if inquired:
            subject, explicit = inquired, True  # "vil i 2025 vurdere, om anciennitetskravene skal justeres"
        subject = with_relative(strip_opening(subject), sentence, clauses, n)
        subject = with_complement(subject, sentence, lo, hi)
        if cue.frame and subject:
            if DEFINITE.match(subject.split()[0]):
                subject = subject[0].lower() + subject[1:]  # "suspension af reglen ...", not "af Reglen"
            subject = f"{cue.frame} {subject}"  # "suspenderede ... reglen": the suspension of the rule
        before_verb = LEADING_TIME.sub("", sentence[lo:cue_at].strip() + " ").split()
        if before_verb and before_verb[0].lower() in FINITE_AUX:
            # a time adverbial after the auxiliary stands in the central field, the subject before it left out ("og blev
            # i 2021 gjort permanent"); a time at the clause's head puts the subject after the verb ("og i 2013
            # forventes det at ...", s02), so that one is not stripped
            before_verb = before_verb[:1] + TIME_ADVERBIAL.sub("", " ".join(before_verb[1:])).split()
        shares = bool(out) and n > 0 and not match.groupdict().get("subj") and (
            all(w.lower() in _SHARED_VERB_WORDS for w in before_verb)
            or _pronoun_takes_up(sentence[lo:cue_at].split(), out[-1].subject))
        resumed_object = _object_after_relative(sentence, clauses, n, lo, hi, match) if shares else ""
        if resumed_object:
            # "Den seneste medieaftale, der blev indgået i maj 2022, viderefører produktionsstøtten": the main clause
            # resumes after the relative clause on its subject, and an active transitive verb's commitment is its
            # object (the subject the relative told is who acts on it)
            subject, explicit = resumed_object, True
        elif shares:
            # "X blev indført i 2016 og ophørte med udgangen af 2018", "Puljen blev lanceret i 2019 og er nu
            # afsluttet": the second verb shares X (its auxiliary and adverb are its own, and so is its time)
            subject, explicit = out[-1].subject, False
        # "<noun> fra <year>" dates an old thing that ends or a thing the clause dates otherwise; a change's "fra 2021"
        # after its object is when it takes effect ("en forhøjelse af satsen fra 2021")
        dated_things = {t.start for t in mentions if _dates_the_thing(sentence, t.start, subject)}
        if cue.kind not in ("dropped", "replaced") and len(dated_things) == len(mentions):
            dated_things = set()
        dated_things |= {t.start for t in mentions if _inside_the_first_place(sentence, lo, cue_at, t.start, match.group(0), subject)}
        in_clause = [t for t in mentions if lo <= t.start < hi and t.start not in dated_things]
        # a relative clause's time is its own verb's ("en ny måling ..., som offentliggøres ... fra marts 2022")
        elsewhere = [t for t in mentions if t.start not in dated_things and not any(a <= t.start < b and _own_time_clause(sentence, a, b)
                                                    for a, b in clauses if (a, b) != (lo, hi))
                     and not any(hi <= a and OPENING_TIME.match(sentence, a, t.end) for a, _ in clauses)
                     and not (shares and t.start < lo)]  # the first verb's time is the first verb's
        when = nearest_year(timed_mentions(sentence, in_clause or elsewhere), cue_at) if in_clause or elsewhere else None
        year, date = (when.year, when.date) if when else (None, None)
        perfect_dated = False
        stated = when is not None and bool(re.search(r"\d{4}", sentence[when.start:when.end]))
        if when is None and anchor and LAST_YEAR.search(sentence[lo:hi]):
            year = anchor.year - 1  # "sidste år vedtog Folketinget ...": the year before the document's
        elif when is None and anchor and RELATIVE_TIME.search(sentence[lo:hi]):
            year = anchor.year  # "i foråret", "tirsdag", "i år", "nu", "netop": the document's year
        elif when is None and cue.kind != "planned" and anchor and deictic_tense(sentence[lo:hi], sentence, match):
            year = anchor.year
            perfect_dated = cue.kind != "evaluated" and not getattr(match, "present", False) \
                and PERFECT_AUX.search(sentence[lo:lo + match.end()]) is not None
        elif when is None and finding and anchor and re.search(r"\bkan\b", sentence[lo:lo + match.end()], re.IGNORECASE):
            # a finding in the present ("For 225-timersreglen kan Finansministeriet ikke måle en håndgribelig
            # effekt", p06) holds as of the document, like "I denne analyse viser vi" (p16)
            year = anchor.year
        by = clean(_successor(sentence, lo, hi, match.groupdict().get("by"))) if cue.kind == "replaced" else None
        period = next((p for p in find_periods(sentence) if when is not None and p.start <= when.start < p.end), None)
        end_year = period.last if period is not None else None  # "i perioden 2016–2020": start and end
        law = LAW_NUMBER.search(sentence)
        if law:
            # "erstattes pr. 1. januar 2020 af ..., jf. lov nr. 174 af 27. februar 2019": the law's
            # date is the adoption side; the conventions take it over the entry into force (p07, p14)
            year, date, stated = int(law.group("year")), None, True
        if re.match(r"\d{4}$", subject.strip()):
            subject = ""  # a bare year is when, not what
        if cue.reads_negation and not _names_a_scheme(subject):
            continue  # "Antallet af ledige er ikke ændret", "Det er ikke ændret, hvor ...": no rule kept
        named_actor = match.groupdict().get("actor")
        actor = None if by and cue.kind == "replaced" else (
            clean(named_actor) if named_actor else find_actor(sentence, cue_at))
        # the sentence's opening "I økonomiaftalen for 2013 ..." scopes over a clause after a comma too ("I
        # Økonomiaftalen for 2013 lykkedes det, med afsæt i ..., at få et gennembrud", f10, s7_10)
        # (and a party named inside it is not the actor: "med regeringen", f08)
        opening = _IN_YEARLY_AGREEMENT.match(sentence.lstrip())
        if opening and actor and actor in opening.group("text"):
            actor = None
        actor = _clause_agent(sentence[lo:cue_at], sentence[lo + match.end():hi]) or actor \
            or actors.leading_agent(TIME_OPENER.sub("", sentence[lo:cue_at])) or (opening.group("text") if opening else None)
        actor = actors.placed_outside(actors.agent_of(actor), sentence)  # a text, a route's ends, a party left out
        bare = BULLET.sub("", actor or "").lower()
        if actor and subject and bare in subject.lower() and (bare != subject.lower() or " og " in bare) \
                and not names_a_forum(subject) \
                and is_passive(sentence[lo:cue_at], match) and not actors.passive_agent(sentence[lo + match.end():hi]):
            # "Resultatkontrakten med Transportministeriet videreføres", "Styrelsen for Dataforsyning nedlægges" (the
            # nedlæggelse of it): a body inside what a passive acts on is not who acts (a subject that is the body
            # alone names no commitment: clean_phrase.names_the_actor); a forum a plan is taken up in is who takes it
            # up ("vil blive drøftet i forligskredsen bag reformen", seed 004); the whole subject is not who acts either:
            # "Tuse Naturskole og Kisserup Naturskole sammenlægges" (probes17 m01, m04: the merged things, a coordinated
            # name read as a body, are what is merged)
            actor = None
        if actor and subject and bare == subject.lower() and undergoes(match):
            # "Fokusområdet ... fortsætter uændret", "Ordningen ophører": the subject of a verb without an object
            # is what goes on or ends, not who acts (as a passive's subject is not, above)
            actor = None
        agentless = _agentless(sentence[lo:cue_at], match, actor) and not actors.passive_agent(sentence[lo + match.end():hi])
        if agentless:
            # "Dansk Folkeparti støtter den Energispareaftale, som blev underskrevet i 2006", "Fra 2007 blev der skabt
            # jobcentre" (s11_08, s6_09 gold: actor null): a passive with no "af" names no maker; the main clause's
            # subject supports it, and the noun after an expletive's participle is what was made
            actor = None
        if relative:
            actor = relative[1]
        if "recipient" in match.groupdict():
            actor = None  # "Jobcentrene har fået lov til ...": who was given it, not who gave it
        bare_actor = re.sub(r"^(?:et|en|den)\s+", "", actor or "", flags=re.IGNORECASE)
        for name in (actor, bare_actor):
            if name and subject.startswith(name + " "):
                # "vedtog Folketinget beskæftigelsesreformen" (V2); a time between the agent and the object is the
                # central field's ("vedtog byrådet i januar en ny klimaplan"), no part of it
                subject = strip_opening(subject[len(name) + 1:])
        if cue.frame and subject.startswith(cue.frame + " "):
            rest = subject[len(cue.frame) + 1:]
            for name in (actor, bare_actor):
                if name and rest.startswith(name + " "):
                    subject = f"{cue.frame} {rest[len(name) + 1:]}"
        partners = match.groupdict().get("partners")
        if partners and actors.subject_agent(partners):
            # "indgået aftale med Socialistisk Folkeparti om finansloven": the partners made it with the agent (the
            # agreement's phrase read again without them: a list of partners holds commas the phrase stops at)
            subject = strip_opening(after_cue(match.group("subj").replace(f" med {partners}", "", 1))) or subject
            actor = f"{actor} med {partners}" if actor else actor
        subject = DATE_STUB.sub("", UNTIL.sub("", subject))
        # a planned change names its new value as a change does ("Bundfradraget forhøjes til 7.000 kr.", f05)
        after_verb = sentence[lo + match.end():hi]
        if isinstance(match, LexMatch) and match.particle:
            # a particle verb's change follows its particle: "sætte børnetilskuddet til enlige forsørgere op" names
            # whose allowance, "sættes ned til 7 pct." the new value
            particle = re.search(rf"\b{re.escape(match.particle)}\b", after_verb)
            after_verb = after_verb[particle.end():] if particle else after_verb
        # (an evaluation set for later names no new value: "evalueres med afrapportering til udvalget i 2027")
        sets_evaluation = match.word_kind == "evaluated" if isinstance(match, LexMatch) else "evaluer" in match.group(0).lower()
        change = change_of(after_verb, subject) if cue.kind in ("changed", "planned") and not sets_evaluation else ""
        if cue.kind == "replaced" and by is None and n > 0 and RELATIVE.match(sentence[lo:hi].lstrip() + " ") \
                and match.group(0).lower().startswith(("der ", "som ")):
            # "..., der erstattede den tidligere lov": the replacement is the clause before, and who made it replaced
            # the old ("Byrådet vedtog ... den nye handicappolitik, som afløser politikken fra 2017": byrådet)
            by = out[-1].subject if out else before_cue(sentence[clauses[n - 1][0]:clauses[n - 1][1]]) or None
            actor = out[-1].actor if out and out[-1].actor else actor
        if cue.kind == "replaced" and by is None and n > 0 and match.group(0).split()[0].lower() in _REPLACING_FINITE:
            # "... blev vedtaget ... og afløser X": the replacement is the first verb phrase's subject
            by = out[-1].subject if out else before_cue(sentence[clauses[0][0]:clauses[0][1]]) or None
        if cue.kind == "replaced" and by is None and "i stedet for" in match.group(0).lower():
            by = before_cue(sentence[lo:cue_at]) or after_cue(sentence[lo + match.start():lo + match.end()].split(" i stedet for")[0].split(None, 1)[-1]) or None
        decision = cue.decision and not PROPOSAL.search(sentence)
        kind = cue.kind
        if kind not in ("planned", "evaluated", "confirmed") and stated and year and anchor and year > anchor.year \
                and getattr(match, "present", False) and not _DECIDED_TEXT.match(sentence[lo:cue_at].lstrip()):
            # Danish tells the future in the present with a time adverbial: "Kvalitetsstandarderne revideres
            # ved udgangen af 2013" in minutes of December 2012 (f03) is announced, not done (the conventions'
            # "planned: announced for the future"). Keeping is no change to come: "Ordningen ... videreføres i 2025"
            # in a budget agreement of 2024 (probes19 m04), "Den midlertidige pulje ... videreføres i 2025 og 2026" in
            # a finanslovsaftale of 2024 (probes16) keep the scheme now for the year named, `confirmed` as
            # "Jobpræmieordningen videreføres i 2020" (tests/nlp/test_generalisation_lineage.py)
            kind, decision, future_of = "planned", False, kind
        else:
            future_of = ""
        if PROPOSED.search(sentence):
            if kind in ("introduced", "dropped", "changed", "confirmed", "replaced"):
                kind, by = "planned", None  # proposed, not decided: the convention's "planned"
            if kind == "planned":
                # who proposes it ("Danmarksdemokraterne foreslår ...", s07), a change to come too ("Byrådet foreslår,
                # at ... lukkes om natten fra 1. maj 2024"; the municipal README: points `planned` by the proposers)
                actor = referat.proposer(sentence) or actor
        draft = Draft(kind, start, end, subject, year, date, actor, by, decision, explicit, year_stated=stated,
                      end_year=end_year, change=change if kind in ("changed", "planned") else "", future_of=future_of,
                      perfect_dated=perfect_dated, agentless=agentless and actor is None)
        out.extend(namely_members(draft, sentence[lo + match.end():]))
    return merge_same_kind(out)


# A clause of its own verb whose time is its own: a relative ("der", "som", a coordinated "og") and the relative
# adverb "hvor", which tells a place's or a thing's state beside the event, a figure with its own time: "Samtidig
# lukker filialen i Vestbjerg, hvor besøgstallet er faldet med over 40 procent siden 2019" (probes19 m07, dropped in
# the news item's year), "Der følges særligt op i akutmodtagelserne ..., hvor ventetiderne i 2023 lå over
# målniveauet" (probes19 p07), "... i Sydsjælland, hvor andelen i uddannelse er steget markant siden 2021" (probes16 s06).
# On an indefinite noun the "hvor" relative says what the new thing holds (where_relative.py: "et antal fokusområder,
# hvor kommunerne ... skal fremvise resultater (præsenteret på KKR møde i november 2012)", f10 gold: 2012), and its
# time is the thing's; on a definite noun or a name it is background.
_WHERE = re.compile(r"^hvor\s", re.IGNORECASE)


def _own_time_clause(sentence: str, a: int, b: int) -> bool:
    """The clause at a..b keeps its time to itself: a relative, or a "hvor" relative on a definite noun or a name."""
    text = sentence[a:b].lstrip() + " "
    if RELATIVE.match(text):
        return True
    before = sentence[:a].rstrip(" ,").split()
    return bool(_WHERE.match(text)) and bool(before) and not takes_where_relative(before[-1])


# A passive whose subject is a relative pronoun or the expletive "der", up to the participle: "..., som blev
# underskrevet", "..., som i 2006 blev dannet" (s11_08), "Fra 2007 blev der skabt" (s6_09), "der er blevet oprettet".
_AGENTLESS_PASSIVE = re.compile(
    r"(?:^\W*(?:som|der)\s+(?:[^\s,]+\s+){0,4}?(?:blev|er|var)|\b(?:blev|er|var)\s+(?:[^\s,]+\s+){0,3}?der)"
    r"\s+(?:[^\s,]+\s+){0,3}?(?:blevet\s+)?$", re.IGNORECASE)


# A main clause's passive: its subject, then the auxiliary ("Jobcentrene blev etableret i 2007").
_PASSIVE_MAIN = re.compile(r"^\W*(?P<np>[^,]+?)\s+(?:blev|er|var)\s+(?:blevet\s+)?$", re.IGNORECASE)


# "<noun> fra <year>" right after the commitment's noun phrase dates the thing, not the event: "Kommunens skolepolitik
# fra 2012 blev ophævet", "afløser politikken for udsatte borgere fra 2011" (the old policy's year; the event's own time,
# if any, stands by the verb: "blev indført fra 2015").
_FROM_YEAR = re.compile(r"(?P<word>[\wæøåÆØÅ-]+(?:[.,]\d+)*)\s+fra\s+$")  # a number's point is inside the word ("1.12")


def _dates_the_thing(sentence: str, at: int, subject: str) -> bool:
    before = _FROM_YEAR.search(sentence, max(0, at - 60), at)
    if before is None or not subject:
        return False
    start = sentence.find(subject)
    if 0 <= start < at < start + len(subject):
        return True  # the subject as picked holds its date ("Velfærdsaftalen fra 2006")
    words = [w for w in subject.split() if not w[:1].isdigit()]
    # a plan's or a law's number is part of its name: "afløser den del af lokalplan 12 fra 1987" (probes19 m09),
    # "Kommuneplan 2021" (probes19 m09, probes18): the year after the number is the old plan's own
    last = {w.lower().strip(".,") for w in (words[-1:] + subject.split()[-1:])}
    return bool(words) and before.group("word").lower() in last


_FINITE_BEFORE = FINITE_AUX | MODALS  # the finite auxiliaries and the modals (nlp/word_classes.py)


def _object_after_relative(sentence: str, clauses: list[tuple[int, int]], n: int, lo: int, hi: int,
                           match: re.Match[str] | LexMatch) -> str:
    """The object of an active finite verb that opens the main clause right after a relative clause (the relative
    and its antecedent before it), or ""."""
    if n == 0 or not isinstance(match, LexMatch) or not match.active_finite or sentence[lo:lo + match.start()].strip():
        return ""
    if not RELATIVE.match(sentence[clauses[n - 1][0]:clauses[n - 1][1]].lstrip() + " "):
        return ""
    obj = after_cue(sentence[lo + match.end():hi])
    coordinated = re.search(r"\s+(?:og|samt)\s+(?P<verb>\S+)", obj)  # "... og justerer fordelingsnøglen": a verb of its own
    return obj[:coordinated.start()] if coordinated and active_finite(coordinated.group("verb")) else obj


def _inside_the_first_place(sentence: str, lo: int, cue_at: int, at: int, verb: str, subject: str) -> bool:
    """A time inside the noun phrase that fills a main clause's first place is the noun's, not the event's: Danish V2
    puts one constituent before the finite verb, so in "Målet om et klimaneutralt samfund senest i 2050 videreføres"
    (the finite verb the cue's s-passive) or "Målet om 70 pct. reduktion i 2030 skal fastholdes" the year is the
    goal's. A clause opened by a time, a preposition or a subordinator is no such case, nor a time after an active
    finite verb ("Forligskredsen besluttede i juni 2015 at forlænge ...": the decision's time)."""
    if not lo <= at < cue_at:
        return False
    head = sentence[lo:cue_at]
    words = head.split()
    if not words or not words[0][:1].isupper() or words[0].lower().rstrip(".") in CLAUSE_OPENERS | PREPOSITIONS | _OPENING_WORDS \
            or ADVERBIAL_OPENING.match(head.lstrip()) or OPENING_TIME.match(head.lstrip()):
        return False  # a main clause opened by its subject (capitalised first word), no preposition or subordinator
    found = sentence.find(subject, lo) if subject else -1
    if found != lo + len(head) - len(head.lstrip()) or len(sentence[found + len(subject):at].split()) > 2:
        return False  # the time follows the subject the clause opens with (a preposition, "senest" between)
    for w in re.finditer(r"\S+", head):
        if w.group(0).lower() in _FINITE_BEFORE:
            return at < lo + w.start()  # the time stands before the finite auxiliary or modal
    return verb.split()[0].lower().endswith("s")  # no auxiliary: the cue's s-passive is the finite verb


# Opening words of a first place that is an adverbial ("Pr. 1. juli 2019 blev ...", "Gennem aftalen ..."), beside the
# prepositions of the word classes.
_OPENING_WORDS = frozenset({"pr", "per", "gennem", "blandt", "hos", "før", "efter", "siden", "inden", "senest"})


def _agentless(head: str, match: re.Match[str], actor: str | None) -> bool:
    """The clause is a passive of the event's verb with no agent of its own: its subject a relative pronoun or the
    expletive "der" (`_AGENTLESS_PASSIVE`), or a noun phrase that is what was made, not who made it ("Jobcentrene
    blev etableret i 2007": a passive's subject is its patient)."""
    if _AGENTLESS_PASSIVE.search(head):
        return True
    main = _PASSIVE_MAIN.match(head)
    return bool(main and actor and isinstance(match, LexMatch) and match.participle and actor in main.group("np"))


_IN_AGREEMENT = re.compile(r"^(?:som (?:et |en )?(?:[\wæøå]+ )?(?:led|element|del) i|ifølge|med|i)\s+"
                           r"(?P<text>(?:aftalen|forliget)\s+(?:om|fra)\s+.+)$", re.IGNORECASE)
# A decided text opening the clause ("Med aftalen indføres et forbud ... fra 1. januar 2024", "Ifølge loven ophæves
# ... pr. 1. juli 2025"): its content is decided; a later date is when it takes effect, not a plan (a bill or a
# proposal, "Med lovforslaget", is no decided text).
_DECIDED_TEXT = re.compile(r"^(?:med|ifølge|i|som (?:et |en )?(?:[\wæøå]+ )?(?:led|element|del) i)\s+(?:den\s+|det\s+)?"
                           r"(?:[\wæøå-]*aftalen|forliget|loven|budgettet)\b", re.IGNORECASE)
# A yearly agreement opening the clause, named up to its year: "I økonomiaftalen for 2013 lykkedes det at få et varigt
# løft ..." (f10, s7_10: gold actor "økonomiaftalen for 2013"), "I økonomiaftalen med regeringen for 2013 lykkedes det
# ..." (f08, after a bullet): a decision told within an agreement is the agreement's, as phrased (agent_heads.csv, agreement).
_IN_YEARLY_AGREEMENT = re.compile(r"^\W*i\s+(?P<text>[a-zæøå]{3,}aftalen\s+(?:[\wæøå]+\s+){0,5}?(?:for\s+)?\d{4})\b",
                                  re.IGNORECASE)


# An adverb alone in the first place ("Derfor vedtog byrådet ..."): in V2 the agent follows the verb.
_AGENT_ADVERBS = word_set("agent_adverb")


# An evaluation's finding: "Evalueringen viser ...", "Evalueringen pegede på ..."
_FINDING = re.compile(rf"\b{FINDING_VERBS}$", re.IGNORECASE)


# The content clause of an evaluation's finding ("viste, at ...") and the content clauses coordinated with it ("..., men
# at ..."): what a scheme did, as found, not what was done to it.
_FINDING_CONTENT = re.compile(rf"\b{FINDING_VERBS},?\s+at\b", re.IGNORECASE)
_COORDINATED_CONTENT = re.compile(r"^\W*(?:(?:og|men|samt)\s+)?at\b", re.IGNORECASE)


def reports_a_finding(sentence: str, clauses: list[tuple[int, int]], n: int, cue_at: int) -> bool:
    """The event word stands in what an evaluation or analysis found: "En analyse fra 2019 viste, at ordningen havde
    øget beskæftigelsen, men at den havde reduceret omfanget af sort arbejde", "Evalueringen viser, at reformen har
    nedbragt sagsbehandlingstiden" (tests/nlp/test_lineage_findings.py): an outcome reported, no policy change (the
    conventions: events are what is done to a commitment; the evaluation is the event, `evaluated`)."""
    lo = clauses[n][0]
    own = [m for m in _FINDING_CONTENT.finditer(sentence, lo, cue_at)]
    if own:
        return True
    for k in range(n, 0, -1):
        if not _COORDINATED_CONTENT.match(sentence[clauses[k][0]:clauses[k][1]]):
            return False
        if _FINDING_CONTENT.search(sentence, clauses[k - 1][0], clauses[k - 1][1]):
            return True
    return False


def _finding_names_nothing(sentence: str, lo: int, cue_at: int, match: re.Match[str] | LexMatch,
                           evaluation: object) -> tuple[str, bool] | None:
    """An evaluation opening the clause with its finding ("Evalueringen viser positive resultater, og ...") names no
    evaluated thing: what it shows is the finding, never the subject ("", to be taken up from the sentence before);
    None for other clauses."""
    before = sentence[lo:cue_at].split()
    if not evaluation or (before and before != ["og"] and before != ["men"]) or not _FINDING.search(match.group(0)):
        return None  # (a coordinator holds no place: "..., og evalueringen viste, at ...")
    return "", False


def _clause_agent(head: str, after: str) -> str | None:
    """The clause's own agent: its subject before the verb, or right after it in V2 order
    when only a time or an adverbial stands before ("I 2019 vedtog Folketinget ...")."""
    passive = actors.passive_agent(after)
    if passive:
        return passive  # "er netop offentliggjort af Styrelsen for Arbejdsmarked og Rekruttering (STAR)"
    head = TIME_OPENER.sub("", head).strip(" ,")
    # "Forligskredsen bag reformen har besluttet at [videreføre ...]": the decision verb is no part of the agent
    # and with a time or another adverbial around it, as the lexicon reads the decision ("Forligskredsen bag
    # reformen besluttede i 2017 at forlænge ...", "Partierne bag aftalen blev i 2013 enige om at indføre ...";
    # tests/nlp/test_lineage_origins.py): whatever stands between the deciding verb and "at" is no agent
    decided = re.search(r"(?:\s+(?:har|er|blev|havde|var)(?:\s+[\wæøå.]+){0,5}?\s+(?:besluttet|vedtaget|aftalt|valgt|blevet enige om|enige om)"
                        r"|(?:^|\s+)(?P<past>besluttede|vedtog|aftalte|valgte))(?P<between>(?:\s+[^\s,.;:]+){0,6}?)\s*,?\s*(?:at)?$", head,
                        flags=re.IGNORECASE)
    if decided:
        if decided.group("past") and not actors.subject_agent(head[:decided.start()]) and (
                inverted := actors.inverted_agent(decided.group("between"))):
            # V2 after a fronted adverbial: the agent follows the deciding verb ("På mødet i maj besluttede
            # Kommunalbestyrelsen at indføre ...", as "I 2019 vedtog Folketinget ...")
            return expand_abbreviation(inverted)
        head = head[:decided.start()]
    head = re.sub(r"\s+(?:har|er|blev|havde|var|vil|skal)(?:\s+(?:nu|i dag|også|derfor))?$", "", head, flags=re.IGNORECASE)
    agent = actors.subject_agent(head)
    if agent:
        # "STAR har ... valgt at afslutte" (d11): the linker's canonical name, as find_actor gives it
        return expand_abbreviation(agent)
    agreement = _IN_AGREEMENT.match(head)
    if agreement:
        return actors.agent_of(agreement.group("text"))  # the agreement's parties decided
    yearly = _IN_YEARLY_AGREEMENT.match(head)
    if yearly:
        return yearly.group("text")
    if not head or ADVERBIAL_OPENING.match(head) or head.lower() in _AGENT_ADVERBS or prepositional_phrase(head):
        return actors.inverted_agent(after)
    return None


_COMPARATIVE = re.compile(r"\b(?:så|lige så|dobbelt så|halvt så)\s+(?:mange|meget|få|lidt|store?|høj|lav)\b|\bsamme\b", re.IGNORECASE)


# Nothing after the verb in its clause but the partners it acts with: "Styrelsen vil i løbet af 2016 vurdere sammen med
# KL, om indikatorerne skal justeres" (probes11 indicators d03), "vil drøfte med parterne, om ...".
_WITH_PARTNERS = re.compile(r"^[\s,]*(?:(?:sammen\s+)?med\s+[^,]+)?[\s,]*$", re.IGNORECASE)


def _inquired(kind: str, match: re.Match[str] | LexMatch, sentence: str, clauses: list[tuple[int, int]],
              n: int) -> str | None:
    """The action a verb of inquiry plans on what its indirect question asks about, when the verb ends its clause
    and the next clause is the question ("Fødevarestyrelsen vil i løbet af 2025 undersøge, om de nye
    kontrolfrekvenser ...", probes22 n04): the question's subject, as planned_action names it."""
    lo, hi = clauses[n]
    if kind != "planned" or not isinstance(match, LexMatch) or n + 1 >= len(clauses) \
            or not _WITH_PARTNERS.match(sentence[lo + match.end():hi]):
        return None
    a, b = clauses[n + 1]
    return inquired_action(match.group(0).split()[-1], sentence[a:b])
