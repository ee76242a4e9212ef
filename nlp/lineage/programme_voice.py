"""A party's demands in the running prose of its programme, read clause by clause.

The conventions (tests/fixtures/gold/municipal/README.md and the programme golds' gold_notes): a demand that
names a scheme or instrument is `planned`, by the party, year null unless stated; a scheme the party says it
keeps is `confirmed`; principles and aims ("Vi vil et Danmark, hvor ...", "skal have frihed til") are no
events. Session 7's "every skal/bør sentence is a demand" gave more wrong events than right ones, so a
sentence is read here only in its main clause, by Danish word order (V2: one constituent, the finite verb,
then the subject when the first place is an adverbial) over the pipeline's lemmas (the pipeline has no
parser: nlp/pipeline.py), and an event needs both a demand's verb and a scheme's noun:

- the party as subject ("vi", "Vi konservative", "Alternativet") of a verb of volition with an infinitive the
  event lexicon or nlp/data/programme_verbs.csv knows ("Alternativet vil lovliggøre aktiv dødshjælp",
  "Derfor vil vi også bevare den udvidede behandlingsgaranti" - kept, so `confirmed`);
- the party as subject of a verb of volition with a transitive infinitive no table names ("Venstre ønsker at
  privatisere offentlige virksomheder", s9_01; "Vi konservative ønsker at styrke den psykiatriske behandling", s7_04):
  an act planned on the object noun phrase, unless its head names a principle (nlp/data/principle_heads.csv) or the
  verb is light (programme_verbs.csv, role light: "bekæmpe", "sætte grænser for");
- a numbered proposal heading, "11.1.3 Forslag | En skat på finansielle transaktioner" (s9_07's gold_notes);
- the party as subject of a demand verb whose object names a scheme (nlp/data/scheme_heads.csv: "Derfor
  støtter vi mulighederne for at vælge behandling i privat regi og fradrag for sundhedsforsikringer");
- the impersonal "Det skal/bør være muligt at <verb> <scheme>" ("Det skal dog være muligt at opkræve en vis
  brugerbetaling i praksissektoren", s7_02; "Det bør være muligt for en vis andel af en kommunes borgere at
  kræve en sag sendt til folkeafstemning", f06) and "Der skal være <scheme>" ("Der skal være en beskeden
  brugerbetaling på sundhedsydelser", s6_08), whose subject is the scheme's noun phrase; "Det skal være et krav,
  at ..." (s6_05); "<someone> skal have mulighed for <scheme>" (s09, s6_08); "Der skal afholdes <an instrument>"
  (s6_05; s7_02's "skal der sikres ..." is the same construction): a passive of making or holding something;
- a scheme made legal, freed or laid down by a verb the event lexicon lacks ("Medicinsk cannabis skal
  lovliggøres", s6_08; "bør lovgiverne fastsætte minimumskrav", s7_01), a demand to refrain ("Danmark skal afstå
  fra at ...", s7_06), and the that-clause of the party's opinion ("Tilsvarende mener Alternativet, at ...");
- a negated deontic predicate: a thing that "må ikke være tilladt" is a demanded ban (s7_01), an exclusion the party
  "mener ikke" should be is a demand to lift it (s7_07); every other negated demand gives nothing.

`read_with_party_voice` joins these to the other readers' events of the sentence (one event per instrument, the
f05 convention); `demands.demand_items` asks it for the bullets of a party's list.

The readers live in modules of their own: the party's voice and its main clause (`party_clause`), the programme's
verbs, scheme and principle nouns (`programme_words`), the objects of demand verbs and the general "wish to act on a
thing" rule (`demanded_objects`), bans, lifted exclusions and refraining (`negated_permissions`), demands with a modal
and another subject (`modal_demands`, a passive of any verb in `modal_passive`, a law's acts in `law_content`:
"Den nye socialistiske grundlov skal adskille stat og kirke, afskaffe kongehuset ...", s7_05), coordinated clauses and one event per instrument (`coordinated_clauses`), and
numbered proposal headings (`proposal_headings`), and the things the party keeps - an existing thing it supports, a
verb of keeping in its present tense, "stadig"/"også i fremtiden" with a definite thing (`kept_things`). This module
reads a sentence with them. What none of them takes falls to `deontic_clauses` (events.py): a modal main clause
whoever its subject, with aims, light verbs and negations left out - more unlabelled demands than labelled ones
on programme chapters no session had read, but the only reading that found more of the labelled ones there
(session 13; README).
"""
from __future__ import annotations

import re
from dataclasses import replace

from extract.normalise import collapse_ws

from . import lexicon
from .clauses import clause_events
from .coordinated_clauses import one_per_instrument, sentence_pieces, uncovered_clauses
from .demanded_objects import acted_on, demanded_object
from .deontic_clauses import deontic_demand, names_an_instrument
from .draft import Draft
from .means import means_of_an_aim
from .kept_things import (continued_object, continued_subject, goes_on, judged, judged_continuation, kept, kept_in_passive,
                          supported)
from .law_content import law_content
from .modal_demands import active_demand, existential_passive, generic_ability, impersonal_demand, passive_demand, possibility_demand
from .modal_passive import modal_passive, wished_passive
from .negated_permissions import negated_deontic, refrain_demand
from .party_clause import (DEMAND_MODALS, FRONTED_PURPOSE, finite_verb, is_party_subject, lemma_tokens, main_clause,
                           noun_phrase, particle_verb, party_at, party_names, skip_adverbs)
from .programme_words import (FINITE_FORMS, PREPOSITIONS, before_preposition, headed_by_a_scheme, is_scheme,
                              names_a_principle, other_senses, verb_kind, verbs)
from .proposal_headings import PROPOSAL_HEADING, proposal_heading
from .stated_goals import stated_goal
from .word_classes import ADVERBS, BULLET, s_passive, word_set

#: Adverbs of continuation (nlp/data/lineage_words.csv, role continuation_adverb): a wish to go on keeps a thing.
CONTINUATION_ADVERBS = word_set("continuation_adverb")


def _before_coordinated_passive(subject: str) -> str:
    """"fradragssystemet forenkles og" read as the subject of "reduceres" (s9_07: "Alternativet vil arbejde for, at
    fradragssystemet forenkles og reduceres"): two coordinated s-passives share the subject before the first."""
    words = subject.split()
    if len(words) >= 3 and words[-1] == "og":
        passive = lemma_tokens(words[-2])
        if passive and s_passive(*passive[0]):
            return " ".join(words[:-2])
    return subject


# A relative clause on the thing demanded that states a dated fact of its past: "at borgerservice på Møn, som blev
# lukket i 2022, genåbnes" (probes22 m12 gold: `dropped` 2022 and a `planned` with no year), "Tilskuddet til
# forsamlingshusene, som blev halveret i budget 2024, skal tilbage" (probes22 m12: `changed` 2024 beside the plan);
# as "den Energispareaftale, som blev underskrevet i 2006" (s11_08 gold), the fact is an event of its own.
_DATED_RELATIVE = re.compile(r",\s+som\s+(?:blev|var|er blevet)\s[^,]*?\b(?:19|20)\d\d\b[^,]*,\s*")


def _without_dated_relative(clause: str, start: int, end: int) -> tuple[str, list[Draft]]:
    """The that-clause without its dated relative clause, and the past events that relative clause states: the demand
    is read on the rest, so it takes neither the past fact's kind nor its year."""
    relative = _DATED_RELATIVE.search(clause)
    if relative is None:
        return clause, []
    past = [replace(d, actor=None) for d in clause_events(clause[:relative.end()].rstrip(" ,"), start, end, None)
            if d.kind in _DONE_KINDS and d.year_stated]
    return clause[:relative.start()] + " " + clause[relative.end():], past


def party_demands(sentence: str, start: int, end: int, party: str) -> list[Draft]:
    """The demands and kept schemes one sentence of a party's programme states (see the module's doc)."""
    text = BULLET.sub("", collapse_ws(sentence))
    denied = negated_deontic(text, start, end, party)
    if denied:
        return denied
    that = _OPINION_THAT.match(text)
    if that and is_party_subject((that.group("who") or that.group("who2")).split()):
        # "Tilsvarende mener Alternativet, at Danmark skal afstå fra at efterforske og udvinde skifergas" (s7_06),
        # "Det Radikale Venstre mener, at grundloven skal revideres" (s09): the party's opinion is its demand; its
        # that-clause read as a sentence of its own, by the rules here, else by the lexicon's clause reader (a
        # present passive, "Dansk Folkeparti kræver, at skatten på pensioner sænkes", proposes in a programme)
        clause, past = _without_dated_relative(that.group("clause"), start, end)
        who = that.group("who") or that.group("who2")
        # the party as the sentence names it ("Det Radikale Venstre", s09 gold), "vi" as the party
        party = who if who.lower() in party_names() else party
        found = party_demands(clause, start, end, party)
        if not found:
            with lexicon.demands():
                found = [replace(d, actor=d.actor or party, subject=_before_coordinated_passive(d.subject))
                         for d in clause_events(clause, start, end, None)]
        wish = not _THINKS.search(text[:that.start("clause")])
        if not found and wish:
            found = wished_passive(clause, start, end, party)
        if found and wish:
            # what a party wants, proposes or demands done is its plan, whatever tense the that-clause has ("Vi
            # foreslår, at der indføres en bankskat" is no tax introduced): `planned`, a kept scheme `confirmed`
            found = [replace(d, kind="planned") if d.kind in _DONE_KINDS else d for d in found]
        if found or past:
            return found + past  # else "går ind for at <verb>": an infinitive, read below
    tokens = lemma_tokens(main_clause(text))
    f = finite_verb(tokens)
    if f is None and FRONTED_PURPOSE.match(text) and tokens and tokens[0][1] in DEMAND_MODALS:
        # "For at sikre ... bør lovgiverne fastsætte minimumskrav ..." (s7_01), "For at sikre et hensigtsmæssigt
        # samarbejde ... bør der skabes økonomiske incitamenter til ..." (s10_04): the modal opens the main clause
        return active_demand(tokens, 0, start, end, party) or existential_passive(tokens, 0, start, end, party)
    if f is None:
        # no verb of volition or demand: the party may still say it keeps a thing ("Derfor fastholder vi ...", "ser
        # vi også i fremtiden NATO-samarbejdet som ...": nlp/lineage/kept_things.py)
        return continued_object(tokens, start, end, party) or continued_subject(tokens, None, start, end, party) \
            or goes_on(tokens, None, start, end, party) \
            or judged_continuation(text, start, end, party) or stated_goal(text, start, end, party)
    lemma = tokens[f][1]
    # straight order ("Vi vil ...", "Venstre går ind for ...") or inverted after an adverbial ("Derfor støtter
    # vi ...", "Derfor vil vi også bevare ..."): the party is the subject either side of the finite verb
    if is_party_subject([w for w, _ in tokens[:f]]):
        subject_end: int | None = f + 1
    else:
        subject_end = party_at(tokens, f + 1)
        if subject_end is None and f >= 3 and tokens[f - 1][0].lower() == "og" and party_at(tokens, 0) is not None:
            # a second verb coordinated with the party's first shares its subject: "Vi bekæmper militarismen og
            # arbejder for dansk udmeldelse af NATO" (s7_05 gold: `planned`), as "Alternativet mener, ... og arbejder
            # for bedre vilkår ..." (s7_06)
            subject_end = f + 1
        if subject_end is None:
            return continued_subject(tokens, f, start, end, party) or goes_on(tokens, f, start, end, party) \
                or possibility_demand(tokens, f, start, end, party) \
                or impersonal_demand(sentence, tokens, f, start, end, party) \
                or generic_ability(tokens, f, start, end, party) \
                or means_of_an_aim(tokens, f, start, end, party) \
                or passive_demand(tokens, f, start, end, party) or kept_in_passive(tokens, f, start, end, party) \
                or active_demand(tokens, f, start, end, party) \
                or refrain_demand(tokens, f, start, end, party) or existential_passive(tokens, f, start, end, party) \
                or modal_passive(text, tokens, f, start, end, party) or law_content(tokens, f, start, end, party)
    assert subject_end is not None
    i, negated = skip_adverbs(tokens, subject_end)
    lemma, i = particle_verb(tokens, lemma, i)
    i, negated_after = skip_adverbs(tokens, i)
    if negated or negated_after or i >= len(tokens):
        return []
    role = verbs().get(lemma)
    if role == "volition" or lemma in DEMAND_MODALS:
        keeps = any(w.lower() in CONTINUATION_ADVERBS for w, _ in tokens[subject_end:i])
        found = _wished(tokens, i, role, keeps, start, end, party, bare=lemma in MODAL_VERBS)
        if keeps:
            # "skal vi fortsat ...", "Vi ønsker fortsat ...": a wish to go on is one to keep what is (the municipal
            # README: "keep this" wishes are `confirmed`; s11_05, s9_02)
            found = [replace(d, kind="confirmed") if d.kind == "planned" else d for d in found]
        return found
    if role == "demand":
        return demanded_object(tokens[i:], start, end, party)
    if role == "support":  # a thing already there is kept, a new one demanded (kept_things)
        return supported(tokens[i:], start, end, party)
    if role == "oppose":  # against a scheme named: a proposed end (programme_verbs.csv role oppose)
        named = tokens[i:]
        head = before_preposition(named)
        if not head or head[0][0].lower() in ("at", ",") or not is_scheme(head[-1]):
            return []
        return demanded_object(named, start, end, party)
    if role == "judge":  # "Dansk Folkeparti betragter terrorlovgivningen som en god start" (kept_things)
        return judged(tokens[i:], start, end, party)
    if role == "kept":  # "Derfor værner vi om nærhedsprincippet" (s11_05 gold: `confirmed`)
        return kept(tokens[i:], lemma, start, end, party)
    return []


def _wished(tokens: list[tuple[str, str]], i: int, role: str | None, keeps: bool, start: int, end: int,
            party: str, bare: bool = True) -> list[Draft]:
    """The party's wish read from the words after its verb of volition or modal at i (see the module's doc).
    `bare`: the verb is a modal, which takes its infinitive without "at"."""
    infinitive = bare
    if tokens[i][0].lower() == "at":  # "ønsker at styrke ..."
        i += 1
        infinitive = True
    if i + 1 < len(tokens) and tokens[i][0].lower() == "have" and verb_kind(tokens[i + 1][1]):
        i += 1  # the perfect infinitive: "Derfor skal vi hurtigst muligt have reduceret affaldsforbrændingen" (s7_06)
    if i >= len(tokens):
        return []
    verb, after = particle_verb(tokens, tokens[i][1], i + 1)
    if verbs().get(verb) in ("demand", "effort"):
        # "Alternativet vil arbejde for afskaffelse af ..." (s7_07), "vil Alternativet arbejde på at fremme udeskole" (s11_01)
        return demanded_object(tokens[after:], start, end, party)
    if verbs().get(verb) == "support":  # "Vi vil støtte den ..."
        return supported(tokens[after:], start, end, party)
    if verb != tokens[i][1] and verbs().get(verb) == "kept" and after < len(tokens):
        # a particle verb of keeping: "Vi ønsker fortsat at værne om det kommunale selvstyre" (s9_02: `confirmed`)
        return [Draft("confirmed", start, end, noun_phrase([w for w, _ in tokens[after:]]), None, None, party,
                      None, False)]
    kind = verb_kind(tokens[i][1])
    rest = " " + " ".join(w.lower() for w, _ in tokens[i + 1:])
    if any(rest.startswith(f" {phrase}") for phrase in other_senses().get(tokens[i][1], ())):
        return []  # the lexicon's other sense: "fastholde fokus" is a priority, not a kept scheme
    if verbs().get(tokens[i][1]) == "amount" and not any(is_scheme(t) for t in tokens[i + 1:]):
        return []  # "Vi vil øge indsatsen for de få virkeligt udsatte" (s7_04): no scheme changes
    if kind is None and role == "volition" and keeps and tokens[i][0].lower() in _DETERMINERS:
        return _kept_thing(tokens[i:], start, end, party)
    if kind is None and role == "volition" and tokens[i][0].lower() in ("en", "et", "de"):
        # wanting a thing is demanding it when it is a scheme ("Vi ønsker en hjemmehjælpsordning, hvor ...";
        # "Vi vil et Danmark, hvor ..." names none: an aim)
        return demanded_object(tokens[i:], start, end, party)
    words = [w for w, _ in tokens[i + 1:]]
    if kind is None and (role == "volition" or bare) and infinitive:
        # (the party's duty modal acts as its "vil": "Vi skal sikre bilaterale hjemsendelsesaftaler med de lande, ...",
        # s20_10 gold; "Vi bør lave en helt ny straffelov", s12_07 gold: both `planned`;)
        # only a modal takes a bare infinitive (Danish grammar: "vil privatisere", "ønsker at privatisere"): after
        # "ønsker" with no "at" the word is no verb but opens the wished thing ("Dansk Folkeparti ønsker mere fokus
        # på ...", s10_04; "Alternativet ønsker samme fremgangsmåde indført i Danmark", s12_01: neither in its gold)
        # ... and the act on that thing is a demand only when the thing names an instrument, as for the deontic
        # fallback (the programme convention: "concrete party demands naming a scheme or instrument"; an act of
        # policy whatever its object is a `planned` verb of programme_verbs.csv, "privatisere", "forbyde"): read
        # whatever the object, these events stood in no labelled sentence on session 17's blind set (0 of 7) and in
        # 1 of 2 on the municipal check half (bench/lineage_readers.py)
        return [d for d in acted_on(tokens, i, start, end, party) if names_an_instrument(d.subject)]
    if kind is None or not words:
        return []
    return [Draft(kind, start, end, noun_phrase(words), None, None, party, None, False)]


#: The Danish modal verbs, by lemma: the verbs that take an infinitive without "at" ("vil afskaffe", "skal
#: indføre", "bør lave"; Danish grammar, Dansk Sprognævn: modalverber). Other verbs of volition take "at".
MODAL_VERBS = frozenset({"ville", "skulle", "bør", "burde", "kunne", "måtte"})

# The articles and determiners that open a noun phrase wished for without a verb ("Vi ønsker fortsat et ...").
_DETERMINERS = frozenset({"en", "et", "den", "det", "de"})


def _kept_thing(named: list[tuple[str, str]], start: int, end: int, party: str) -> list[Draft]:
    """"Vi ønsker derfor fortsat et stærkt europæisk samarbejde" (s11_05 gold: `confirmed`): wishing a thing to go
    on keeps it, whether or not its noun names a scheme; a principle ("fortsat en høj grad af frihed",
    nlp/data/principle_heads.csv) is an aim, no event."""
    p = next((k for k, (w, _) in enumerate(named) if w.lower() in PREPOSITIONS or w.lower() == "og"), len(named))
    # a proper noun names a place or a country, not a thing kept ("Vi vil fortsat et Danmark, hvor ..." is an aim)
    if p < 2 or not named[p - 1][0].isalpha() or not named[p - 1][0].islower() or names_a_principle(named[p - 1]):
        return []
    return [Draft("confirmed", start, end, noun_phrase([w for w, _ in named]), None, None, party, None, False)]


# An opinion, not a wish: its that-clause may describe what is ("Vi mener, at reformen har virket").
_THINKS = re.compile(r"\bmener\b", re.IGNORECASE)
# Kinds of a thing done, read in the present of a wish's that-clause (a replacement keeps its own reading: what
# replaces is its `replaced_by`, left to the merge of the sentence's events).
_DONE_KINDS = frozenset({"introduced", "changed", "dropped"})
# "<party> mener, at ...", "<adverbial> mener <party>, at ..." (not "mener ikke": s7_07's negated opinion is
# left to the gold's judgement, and a negated demand is read by no rule here).
# Sentence adverbs stand between "vil" and "arbejde" (word_classes.ADVERBS and the continuation adverbs: "vil også
# arbejde for", s9_07; "vil fortsat arbejde for", s12_03); working on at a change is still a demand of it.
_BETWEEN = "|".join(re.escape(w) for w in sorted(ADVERBS | CONTINUATION_ADVERBS, key=len, reverse=True))
_OPINION_VERB = rf"(?:mener|ønsker|foreslår|kræver|går ind for|arbejder for|vil(?:\s+(?:{_BETWEEN}))*\s+arbejde for)"
_OPINION_THAT = re.compile(rf"^(?:(?P<who>[A-ZÆØÅ][\wæøå]*(?:\s+[\wæøå]+){{0,3}}?)\s+{_OPINION_VERB}"
                           rf"|[A-ZÆØÅ][a-zæøå]+\s+{_OPINION_VERB}\s+(?P<who2>[A-ZÆØÅ\w][\wæøå]*(?:\s+[A-ZÆØÅ][\wæøå]*){{0,2}}))"
                           r"\s*,?\s+at\s+(?P<clause>.+)$")


def read_with_party_voice(sentence: str, start: int, end: int, party: str, others: list[Draft]) -> list[Draft]:
    """The events of a sentence of a party's programme: a kept scheme read here wins over the other readers'
    (which read "Vi vil fastholde ..." as a plan); else theirs, else the demands read here."""
    heading = PROPOSAL_HEADING.match(collapse_ws(sentence))
    if heading:
        return proposal_heading(heading.group("what"), start, end, party, others)
    mine = [d for lo, hi in sentence_pieces(sentence)
            for d in party_demands(sentence[lo:hi], start + lo, start + hi, party)]
    if mine and all(d.kind == "confirmed" for d in mine):
        # a dated fact the sentence also states is no reading of the party's wish, and stays: "Dansk Folkeparti
        # støtter den Energispareaftale, som blev underskrevet i 2006" (s11_08 gold: `confirmed` and `introduced`)
        return mine + [d for d in others if d.kind in _DONE_KINDS and d.year_stated]
    that = _OPINION_THAT.match(BULLET.sub("", collapse_ws(sentence)))
    if mine and that and is_party_subject((that.group("who") or that.group("who2")).split()):
        return mine  # the party's opinion: its that-clause is the demand, the matrix clause none
    # the party's members as the agent ("Vi konservative vil arbejde ... for at mange afgifter afskaffes" read with
    # the agent "konservative") are the party (danish/party_forms.py; the municipal README: "Vi konservative" makes
    # Det Konservative Folkeparti actor)
    others = [replace(d, actor=party) if d.actor and is_party_subject(("vi " + d.actor).split()[-2:]) else d
              for d in others]
    theirs = [part for d in others for part in one_per_instrument(d, sentence)]
    return theirs + uncovered_clauses(sentence, start, end, party, theirs) if theirs else mine


# A main clause coordinated after a comma, with a modal of its own: ", og derfor skal vi afskaffe
# forsvarsforbeholdet" (s19_10), ", mens operatørerne ..., og derfor skal kontrakten med DSB opsiges" (s19_11).
_COORDINATED_MAIN = re.compile(r",\s+(?:og|mens)\s+")


def second_main_clauses(sentence: str, start: int, end: int, party: str) -> list[Draft]:
    """The demands of the main clauses coordinated after the sentence's first ("Det bør Danmark ... være en del af,
    og derfor skal vi afskaffe forsvarsforbeholdet", s19_10 gold: `planned`, "forsvarsforbeholdet"): each is a main
    clause of its own in Danish, read as one by the party's readers and the deontic fallback, with the sentence as
    evidence. What the conjunct says is judged as any main clause is: "..., og derfor bør staten tage sig af den
    overordnede styring" (s10_03) is reflexive, "..., og derfor skal ungdomsuddannelserne være fleksible" (s6_05) a
    wished state, "..., og derfor skal det naturligvis prioriteres" (s17_11) points back: none is a demand."""
    out: list[Draft] = []
    for part in _COORDINATED_MAIN.split(BULLET.sub("", collapse_ws(sentence)))[1:]:
        if not _DUTY_IN_SECOND_PLACE.match(part):
            continue  # (a clause of volition, "og Dansk Folkeparti vil arbejde for, at ...", s12_03, is no duty laid)
        clause = part[:1].upper() + part[1:]
        out += party_demands(clause, start, end, party) or deontic_demand(clause, start, end, party)
    return out


#: A duty modal in the conjunct's second place, after one word or a short first constituent ("derfor skal",
#: "kontrakten med DSB skal").
_DUTY_IN_SECOND_PLACE = re.compile(r"^(?:\S+\s+){1,4}?(?:skal|bør|må)\s", re.IGNORECASE)


def nominal_item(item: str, start: int, end: int, party: str) -> list[Draft]:
    """A bullet under a party's lead that names a scheme without a verb ("Vi vil: - et loft over egenbetalingen på
    plejehjem - en klippekortordning til alle"): the demanded scheme, when the noun before its first preposition is
    one ("mere tid til omsorg" is an aim: nothing)."""
    tokens = lemma_tokens(main_clause(BULLET.sub("", collapse_ws(item))))
    if not tokens or tokens[0][0].lower() not in ("en", "et") or any(
            lem in DEMAND_MODALS or verbs().get(lem) or w.lower() in FINITE_FORMS or (w.endswith("es") and len(w) > 4)
            for w, lem in tokens):
        return []  # only "en"/"et" + noun: a clause ("Der betales ikke arbejdsmarkedsbidrag af ...") is the clause
        # readers', a bound on a rate ("Maksimalt 40 pct. skat på arbejde", f05: the topskat bullet's) no scheme
    if not headed_by_a_scheme(tokens) or len(before_preposition(tokens)) > 4:
        return []
    return [Draft("planned", start, end, noun_phrase([w for w, _ in tokens]), None, None, party or None, None, False)]


def infinitive_item(item: str, start: int, end: int, party: str) -> list[Draft]:
    """A bullet under "<party> vil:" that is an infinitive ("Venstre vil: - afskaffe kontanthjælpsloftet - indføre et
    jobfradrag for alle i arbejde"): the lead's "vil" with the bullet's verb, read as "Venstre vil afskaffe ..." is
    (as an agreement's "er enige om at: afskaffe ...", lexicon.item_event)."""
    tokens = lemma_tokens(main_clause(BULLET.sub("", collapse_ws(item))))
    if len(tokens) < 2 or tokens[0][0].lower() != tokens[0][1] or tokens[1][0].lower() == "at":
        return []  # not an infinitive as written (its lemma), or "at" after it
    kind = verb_kind(tokens[0][1])
    if kind is None or (verbs().get(tokens[0][1]) == "amount" and not any(is_scheme(t) for t in tokens[1:])):
        return []
    return [Draft(kind, start, end, noun_phrase([w for w, _ in tokens[1:]]), None, None, party or None, None,
                  False)]
