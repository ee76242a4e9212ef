"""The subject of a clause, read from Danish word order.

Before the verb, or after it in V2 order (a time, a framing adverbial or a purpose clause in the
first place), in an expletive "der"/"det" clause, or the phrase a relative clause hangs on: an
object relative names the commitment and its agent ("reformen ..., som Folketinget vedtog"), a
subject relative the phrase before it ("..., der trådte i kraft"). A rule's noun takes the content
of its at-clause ("krav om, at ...").
"""
from __future__ import annotations

import re

from . import actors
from .clause_cues import LexMatch
from .clean_phrase import only_adverbs, tidy_subject, without_trailing_adverbs
from .dating import LEADING_TIME, TIME_OPENER
from .evaluations import EVALUATION_OF, EVALUATION_WORD, evaluation_subject
from .event_lexicon import is_present
from .lexicon_context import DECIDING_WORDS
from .where_relative import takes_where_relative, with_where_tail
from .word_classes import (INTRANSITIVE_EVENT_VERB, takes_no_object, without_adverbial_phrases, ADVERBS, ARTICLE_PATTERN, CLAUSE_OPENERS, DEFINITE, DEFINITE_ARTICLE_PATTERN, DEFINITE_ENDING,
                           FINITE_AUX, FINITE_AUX_PATTERN, PREPOSITIONS, RELATIVE, active_finite, word_set,
                           ARTICLES, DEMONSTRATIVES, POSSESSIVES)
from danish.list_marks import BULLET_MARKS

from ..phrases import after_cue, before_cue
from ..word_classes import MODALS


# "der med loven blev indført": "der" may stand a few words before its verb; "det" only one
# ("det første år blev ..." is a determiner, not an expletive). A list item's mark may stand before a clause-opening
# "der": a budget agreement's or a plan's items ("- Der igangsættes et toårigt forsøg med lektiecafeer", probes22 m04;
# "- Der etableres en ny akutbil med base i Brovst", probes13 m03; "• Der etableres et nyt koordinationsforum",
# probes20 kkr) open as the sentence does.
_EXPLETIVE = re.compile(r"\bder\s+(?:\w+\s+){0,3}?(?:blev|er|bliver|var)\b|\bdet\s+(?:\w+\s+)?(?:blev|er|bliver|var)\b|\b(?:blev|er|bliver|var)\s+(?:\w+\s+)?(?:der|det)\b"
                        rf"|^[{BULLET_MARKS}\s]*der\b|^\s*det\s+(?:blev|er|bliver|var|har)\b", re.IGNORECASE)  # not "Det 2-årige forsøg er"
# Verbs without an object: the commitment is the clause's subject, before the cue
# ("Målingen udgår af jobindsats.dk", "Reformen trådte i kraft den 1. januar 2014 og ...").
# ("fortsætter uændret frem til 2026", "fortsætter i uændret form": what goes on is the subject)
_INTRANSITIVE = INTRANSITIVE_EVENT_VERB
def undergoes(match: re.Match[str] | LexMatch) -> bool:
    """The cue's verb takes no object ("fortsætter uændret", "ophører", "udgår"): its subject is what goes on or
    ends, never who acts on it (probes21 m11 "Fokusområdet om borgere med komplekse behov ... fortsætter uændret")."""
    return takes_no_object(match.group(0))


# "Fra og med opdateringen i marts 2020 udgår målingen X": a time opens the clause, the subject follows the verb.
# "Som et centralt element i aftalen om X iværksættes to forsøg" (p28): an adverbial opens, the subject follows.
ADVERBIAL_OPENING = re.compile(r"^(?:fra|i|med|pr\.|per|den(?=\s+\d)|efter|siden|til|ved|som følge af|i forbindelse med|"
                               r"som (?:et |en )?(?:[\wæøå]+ )?(?:led|element|del) i|ifølge|på baggrund af|med henblik på)\b",
                               re.IGNORECASE)
# Adverbials that frame a decision: "Som et centralt element i aftalen om X iværksættes to forsøg" (p28),
# "Ifølge aftalen afskaffes ...", "På baggrund af evalueringen ændres ...".
# "Som nyt tiltag indføres en klimapulje" (probes24 m05), "Som noget nyt indføres en fælles model" (probes24 m11), "Som
# noget nyt etableres et tværkommunalt netværk" (probes17 m11): what is new is named after the verb.
_FRAMING = re.compile(r"^(?:som (?:et |en )?(?:[\wæøå]+ )?(?:led|element|del) i|som (?:noget |et )?nyt(?: tiltag)?|ifølge|på baggrund af|med henblik på|"
                      r"i (?:aftalen|forliget|loven)|med (?:aftalen|forliget|loven))\b", re.IGNORECASE)
_ADVERBIAL_AUX_NP = re.compile(
    r"^(?:siden|efter|med|ved|under|fra|over|i løbet af|inden for|som følge af|i forbindelse med|ifølge|i henhold til"
    # what a decision set going, as the agreement's clause of manner: "Som aftalt i forbindelse med finansloven for
    # 2022 er anciennitetsreglerne lempet" (tests/nlp/test_lineage_passive_clauses.py)
    r"|som (?:aftalt|besluttet|varslet)\s+(?:i forbindelse med|i|med|ved))\s+"
    r"[\wæøå.'’-]+(?:\s+[\wæøå.§-]+){0,3}?\s+"
    r"(?:er|blev|bliver|var|har|skal|vil|kan|skulle|ville)\s+(?P<np>" + ARTICLE_PATTERN + r"\s+.+?|(?-i:[a-zæøå])[\wæøå-]+" + DEFINITE_ENDING + r"(?:\s+.+?)?)(?:\s+blevet)?$",
    re.IGNORECASE)  # a definite noun too: "Over de sidste 5 år er tilbuddet yderligere tilpasset" (f11); a source
# ("Ifølge Finansministeriets udregner har kontanthjælpsloftet gjort", p06) or a modal ("Ifølge lov om social service
# § 101 skal Kommunalbestyrelsen fastsætte", f03) in the same V2 order
#: A clause of its own inside what follows the modal: the passive then belongs to it, not to the main clause.
_CLAUSE_INSIDE = re.compile(r",|\bat\b", re.IGNORECASE)
#: An adverb in the first place, a modal in the second, then the subject (Danish V2 inversion).
_ADVERB_MODAL_NP = re.compile(r"^(?P<adverb>\S+)\s+(?:skal|bør|må|vil|kan)\s+(?P<np>.+)$", re.IGNORECASE | re.DOTALL)
_PREPOSITIONAL_OPENING = re.compile(r"^(?:med|i|ved|efter|fra|under|som led i|som (?:et |en |første |andet |næste )*(?:skridt|led|element|del) (?:i|til|af)|i forlængelse af|i forbindelse med|på baggrund af|"
                                    r"som følge af|for at|fremover|herefter|derfor|samtidig|desuden|endvidere)\b", re.IGNORECASE)
_RELATIVE_IN = re.compile(r"\b(?:der|som|hvor|at)\b", re.IGNORECASE)
_AUXILIARY = re.compile(rf"\b{FINITE_AUX_PATTERN}\b", re.IGNORECASE)
# Lowercase on purpose: "BER" (Beskæftigelsesrådet) is not the verb "er".
_PASSIVE = re.compile(r"(?:\bblev|\bbliver|\ber|\bvar|\ber blevet)\s+(?:\S+\s+){0,5}?$")
# A modal or auxiliary after "og" goes on with the clause ("..., og blev senere afskaffet"): no subject of its own.
_VERB_AFTER_OG = word_set("verb_after_og")
# An adjective after the verb that says how the thing goes on ("videreføres uændret") is a predicative, no subject.
_MANNER_PREDICATIVE = word_set("manner_predicative")


# A noun with its content clause as the subject: Danish closes the embedded "at"-clause with a comma and the main
# clause's verb follows it ("Kravet om, at den sygemeldte skal møde personligt op, ophæves"; "Fast track-ordningens
# krav om, at ..., bortfalder"; the at-clause after "om" is the noun's, as in "krav om, at" of the lists' items and
# the nominalisations' objects). The clause before the verb is the noun, its preposition and the at-clause.
_CONTENT_CLAUSE = re.compile(r"^\s*(?P<np>[^,;:]{2,80}?\s(?:om|for|til|på))\s*,\s+at\s+[^,;:]+?\s*$", re.IGNORECASE)


# What may stand between a clause's start and its participle when the subject stands elsewhere: the auxiliaries
# and sentence adverbs (", blev indført", "og er nu afsluttet").
# (the negation of a keep verb read as an end stands there too: "Skrotningspræmien, der ..., blev ikke videreført")
AUX_AND_ADVERBS = FINITE_AUX | ADVERBS | frozenset({"blevet", "ikke"})


def content_clause_subject(sentence: str, clauses: list[tuple[int, int]], n: int, cue_at: int,
                           cue_end: int) -> str | None:
    """The subject of a clause that opens with its passive or intransitive verb right after a noun's content clause
    or a relative clause on the noun, or None (an active verb with an object after it acts on the object:
    "Folkeskoleforligskredsen, som bestod af ..., fastlagde tre nationale mål", p11)."""
    if n == 0:
        return None
    lo, hi = clauses[n]
    # (an adverbial of several words stands where a sentence adverb does: "..., er til gengæld afskaffet for ...")
    head = without_adverbial_phrases(sentence[lo:cue_at].split())
    if any(w.lower() not in AUX_AND_ADVERBS for w in head):
        return None  # the clause has a subject of its own before the verb (an auxiliary may stand there: ", blev indført")
    verb = sentence[cue_at:cue_end].lower()
    if not (head or verb.endswith("es") or _INTRANSITIVE.match(verb) or not after_cue(sentence[cue_end:hi])):
        return None
    before = sentence[clauses[n - 1][0]:clauses[n - 1][1]]
    embedded = _embedded_from(sentence, clauses, n)
    if embedded is not None:
        # the same with a relative clause between the noun and its verb, and words after the verb: "Projekt "Vejen til
        # job" ..., som startede i 2022, forlænges til udgangen af 2025" (clause_subject reads it without them)
        noun = sentence[clauses[embedded - 1][0]:clauses[embedded - 1][1]]
        if _INSIDE_EMBEDDED.match(noun) or re.search(r",\s*at\s", noun) or _AUXILIARY.search(noun) \
                or any(active_finite(w) for w in noun.split()[1:]):
            return None  # "..., at de traditioner, som ..., videreføres": a subordinate clause, read with its matrix
        return before_cue(noun)
    m = _CONTENT_CLAUSE.match(before)
    if m is None or _AUXILIARY.search(m.group("np")):
        return None  # "Ministeriet har taget stilling til, at ...": a clause, not a noun
    return before.strip()


def is_passive(head_text: str, match: re.Match[str] | LexMatch) -> bool:
    """The clause's event verb is a passive: in -s ("nedlægges"), a participle after its auxiliary ("blev afskaffet",
    "er forlænget": a state passive), or a particle verb's ("sættes ned")."""
    cue_text = match.group(0).lower()
    # the cue may run on past its verb ("evalueres i 2026"): an s-passive word in it, not only at its end
    return bool(_PASSIVE.search(head_text)) or cue_text.endswith("es") or bool(_S_PASSIVE_WORD.search(cue_text)) \
        or " blive " in f" {cue_text} " \
        or cue_text.startswith(("blev ", "bliver ", "er blevet ", "vil blive ", "er ")) \
        or (isinstance(match, LexMatch) and match.passive)


_COORDINATOR = re.compile(r"^(?:og|men|samt)\s+", re.IGNORECASE)
_S_PASSIVE_WORD = re.compile(r"^[a-zæøå]{3,}es\b")


def prepositional_phrase(head: str) -> bool:
    """A prepositional phrase with no verb of its own fills the first place of a V2 main clause: the finite verb
    follows, then its subject ("På mødet vedtog Økonomiudvalget en ny indkøbspolitik", "Under punktet godkendte
    byrådet ...": Danish word order puts any adverbial first, not only a time)."""
    words = head.lower().split()
    return bool(words) and words[0] in PREPOSITIONS and not any(w in FINITE_AUX or active_finite(w) for w in words[1:])


def clause_subject(sentence: str, clauses: list[tuple[int, int]], n: int, match: re.Match[str],
                   lo: int) -> tuple[str, bool]:
    named = match.groupdict().get("subj")
    # a time between the auxiliary and the participle is no V2 subject: "Ordningen er siden 2014 blevet udvidet"
    named = TIME_OPENER.sub("", LEADING_TIME.sub("", named.strip())) if named else named
    if named and not only_adverbs(named):
        named = without_trailing_adverbs(named)  # "er ordningen gradvist blevet ændret": "ordningen"
    if named and only_adverbs(named):
        named = None  # "bliver nu ændret", "blev også afskaffet": the subject stands before the verb
    if named and prepositional_phrase(named):
        named = None  # "Ordningen blev med aftalen ændret": an adverbial in the central field, the subject before it
    if named and after_cue(named):
        of = match.groupdict().get("of")
        return (f"{after_cue(of)}: {after_cue(named)}" if of and after_cue(of) else after_cue(named)), True
    clause_lo, clause_hi = clauses[n]
    head_text = sentence[clause_lo:lo + match.start()]
    # words, not characters: a wrapped line may break after "og" (", og\nregionerne overtog sygehusdriften", f06
    # wrapped at another width) as well as after the subject
    head_words = head_text.split()
    after_og = head_words[1:] if head_words[:1] and head_words[0].lower() == "og" else []
    own_subject = bool(after_og) and after_og[0].lower() not in FINITE_AUX | ADVERBS | _VERB_AFTER_OG \
        and not RELATIVE.match(" ".join(after_og) + " ")
    # "..., og karensdagene afskaffes": a coordinated main clause with a subject of its own (f05: "iværksætter-
    # skatten afskaffes, og kapital- og aktiebeskatningen nedsættes"), not "..., og blev senere afskaffet"
    if n > 0 and RELATIVE.match(head_text + " ") and not own_subject and not _EXPLETIVE.search(head_text.split(" ", 1)[-1]):
        # "..., der trådte i kraft": the relative clause's subject is the phrase before it
        before = _without_closing_verb(sentence[clauses[n - 1][0]:clauses[n - 1][1]])
        # the phrase right before the comma when the clause ends in a noun phrase of its own ("..., at
        # kommunerne skal bruge de nye regler, som blev indført"), else the clause's opening phrase
        return (_closing_phrase(before) or _closing_definite(before) or _closing_name(before) or before_cue(before)), False
    tail = after_cue(sentence[lo + match.end():clause_hi])
    if tail.lower() in _MANNER_PREDICATIVE:
        # "Det forhøjede fradrag for pensionister, der arbejder, videreføres uændret": the subject stands before the
        # relative clause, the adjective after the verb says how it is kept
        tail = ""
    if tail and _PURPOSE_OPENING.match(head_text):
        # "For at gøre det muligt at følge op på ... er der udviklet en ny måling" (d02; seed 004 "For at
        # forberede jer ..., er der ... vedlagt"): a purpose clause opens, V2 puts the subject after the verb
        return tail, True
    # "Pr. 1. juli 2019 blev mentorordningen afskaffet": the time opener is not the subject
    head_text = TIME_OPENER.sub("", _without_focus_adverb(head_text))
    head = before_cue(head_text)
    cue_text = match.group(0).lower()
    passive = is_passive(head_text, match)
    if _EXPLETIVE.search(head_text):
        parts = re.split(r",?\s+at\s+", " " + head_text)
        content, matrix = parts[-1], " ".join(parts[:-1]).lower().split()
        if head and len(parts) > 1 and DECIDING_WORDS.intersection(matrix) and not _EXPLETIVE.search(content) \
                and is_passive(content, match):
            # the expletive is the matrix clause's, a decision's ("Det blev besluttet, at", not an opinion's "Det er
            # afgørende, at"), and the passive content clause after "at" has its subject before the verb: "Det blev
            # besluttet, at ordningen forlænges til udgangen af 2025" (not the new end after it)
            return head, True
        return (tail or head), bool(tail or head)
    intransitive = _INTRANSITIVE.match(cue_text) and not ADVERBIAL_OPENING.match(head_text.strip())
    inverted = _ADVERBIAL_AUX_NP.match(head_text.strip())
    if inverted and after_cue(inverted.group("np")):
        # V2 after an adverbial: "Siden vedtagelsen er den bagvedliggende lovgivning blevet ændret"; an adverb
        # between subject and participle is no part of it ("er tilbuddet yderligere tilpasset", f11)
        return after_cue(without_trailing_adverbs(inverted.group("np"))), True
    if tail and _FRAMING.match(head_text.strip()) and not _AUXILIARY.search(head_text):
        # V2: a framing adverbial fills the first place, the verb the second, the subject follows
        return tail, True
    # a main clause after "og"/"men" has its own V2 order: the conjunction holds no place ("..., og i stedet indføres
    # en individuel jobsøgningsplan")
    v2_head = _COORDINATOR.sub("", head_text.strip())
    opening = _PREPOSITIONAL_OPENING.match(v2_head)
    if tail and cue_text.endswith("es") and (opening or prepositional_phrase(v2_head)) and not _AUXILIARY.search(head_text) \
            and not _RELATIVE_IN.search(v2_head[opening.end() if opening else 0:]):
        # V2 with a finite passive: "Med budgetaftalen for 2024 afskaffes brugerbetalingen", "I forlængelse af
        # revideringen af taksterne påbegyndes en dialog med ..." (aarhus referat): the subject follows the verb
        return _before_negation(tail), True
    if passive and only_adverbs(head) and tail:
        # V2 after an adverb: "Dog laves holdstørrelsen om til ..." (the subject follows the verb)
        return _before_negation(tail), True
    after_modal = _ADVERB_MODAL_NP.match(head_text.strip())
    if passive and after_modal and only_adverbs(after_modal.group("adverb")) and after_cue(after_modal.group("np")) \
            and not _CLAUSE_INSIDE.search(after_modal.group("np")):  # "Derfor vil SF arbejde for, at efterlønnen ..."
        # V2 after an adverb with a modal in second place, the subject after it and the passive last: "Derfor skal
        # de dele af de statslige virksomheder ... sælges" (f05), "Bl.a. bør landbrugsstøtten og strukturfondene
        # afvikles" (s19_10 gold: `planned`, both funds)
        return after_cue(without_trailing_adverbs(after_modal.group("np"))), True
    if (passive or intransitive) and head:
        return without_trailing_adverbs(head), True
    embedded = _embedded_from(sentence, clauses, n) if not (tail or head) else None
    if embedded and all(w.lower() in FINITE_AUX | MODALS | ADVERBS for w in sentence[clause_lo:lo + match.start()].split()):
        # the subject, a relative clause on it, then the verb: "Ydelseskataloget, som er et administrativt
        # styringsredskab ..., er under revision" (s6_11; tests/nlp/test_lineage_proposals.py), or a modal and the
        # passive: "De konkurrenceforvridende tilskudsregler og præferencer, der er pålagt fra politisk hold, skal
        # fjernes" (s11_08 gold: `planned`, "konkurrenceforvridende tilskudsregler og præferencer ..."); the embedded
        # clause may run over commas of its own ("Tilbudspligten, som forhindrer, at udlejere kan sælge ..., hvis
        # lejerne vil overtage ..., skal afskaffes", s19_11) or be an apposition ("Offentlig støtte til private
        # interesseorganisationer på flygtningeområdet, herunder Dansk Flygtningehjælp, skal ophæves", s19_05)
        return before_cue(sentence[clauses[embedded - 1][0]:clauses[embedded - 1][1]]), True
    if tail and not head and not passive and isinstance(match, LexMatch) and match.active_finite \
            and _fronted(sentence[clause_lo:lo + match.start()]):
        # V2 after a fronted adverbial with an active verb: the subject follows the verb, then its object, which is the
        # commitment ("I 2022 indførte kommunen sortering af madaffald", "Den 1. januar 2024 erstattede Barnets lov de
        # dele af serviceloven")
        split = v2_object(tail)
        if split:
            return split, True
    return (tail or head), bool(tail or head)


def _without_focus_adverb(head: str) -> str:
    """A sentence adverb before a fronted time is part of the first place ("Allerede i 2016 blev ordningen genindført",
    "Senere i 2019 blev loftet hævet": tests/nlp/test_lineage_findings.py); V2 puts the subject after the verb either
    way, so the adverb goes with the time it points at, never into the subject."""
    words = head.lstrip().split(" ", 1)
    if len(words) == 2 and words[0].lower() in ADVERBS and TIME_OPENER.match(words[1]):
        return words[1]
    return head


def _fronted(head: str) -> bool:
    """The clause opens with an adverbial before its finite verb (a time, a prepositional phrase): V2 puts the subject
    after the verb."""
    return bool(ADVERBIAL_OPENING.match(head.strip()) or TIME_OPENER.match(head))
_SUBJECT_PRONOUNS = frozenset("vi de han hun man jeg du".split())
_DETERMINERS = ARTICLES | DEMONSTRATIVES | POSSESSIVES
_DEFINITE_NOUN = re.compile(rf"\w{{3,}}{DEFINITE_ENDING}$")


def v2_object(tail: str) -> str | None:
    """The object after an inverted subject, when the subject's end is clear: a subject of up to three words before
    the object's determiner ("erstattede Barnets lov de dele af serviceloven"), or a definite noun before an
    indefinite object ("indførte kommunen sortering af madaffald"). None after a pronoun subject: the voice of the
    writer is read by the readers of a party's or a council's voice."""
    words = tail.split()
    if len(words) < 2:
        return None
    if words[0].lower() in _SUBJECT_PRONOUNS:
        return None  # the writer's own voice ("I det fastlægger vi vores værdier"): the voice readers' (s11_03)
    for i in range(1, min(4, len(words) - 1)):
        if words[i - 1].lower() in ("og", "eller"):
            return None  # the first phrase runs on ("regeringen og partierne"): no clear end
        if words[i - 1].lower() in PREPOSITIONS:
            break
        if words[i].lower() in _DETERMINERS:
            return " ".join(words[i:])
    first = words[0].lower()
    if _DEFINITE_NOUN.search(first) and words[1].lower() not in PREPOSITIONS | {"og", "eller"} \
            and not _DEFINITE_NOUN.search(words[1].lower()):
        return " ".join(words[1:])
    return None


_NEGATION_AFTER_SUBJECT = re.compile(r"\s+(?:ikke|aldrig)\b.*$", re.IGNORECASE | re.DOTALL)


def _before_negation(tail: str) -> str:
    """The subject of an inverted main clause ends where its negation stands: V2 puts the sentence adverb after the
    subject ("Dog videreføres projektet ikke efter 2024", "I 2025 afskaffes ordningen ikke")."""
    return _NEGATION_AFTER_SUBJECT.sub("", tail)


# What opens a clause embedded between a subject and its verb: a relative or an apposition ("herunder") first, then
# any subordinate clause inside it ("..., som forhindrer, at ..., hvis lejerne vil ..., skal afskaffes").
_EMBEDDED_OPENING = re.compile(r"^\s*herunder\b", re.IGNORECASE)
_INSIDE_EMBEDDED = re.compile(rf"^\s*(?:{'|'.join(sorted(CLAUSE_OPENERS | {'at'}))})\b", re.IGNORECASE)


def _embedded_from(sentence: str, clauses: list[tuple[int, int]], n: int) -> int | None:
    """The index of the first clause embedded between the subject's clause and clause n (a relative or an apposition,
    then any subordinate clauses), or None when clause n does not follow one."""
    k = n - 1
    while k >= 1 and _INSIDE_EMBEDDED.match(sentence[clauses[k][0]:clauses[k][1]]) \
            and not RELATIVE.match(sentence[clauses[k][0]:clauses[k][1]].lstrip() + " "):
        k -= 1
    if k < 1:
        return None
    text = sentence[clauses[k][0]:clauses[k][1]]
    return k if RELATIVE.match(text.lstrip() + " ") or _EMBEDDED_OPENING.match(text) else None


_DEFINING_RELATIVE = re.compile(
    r"^(?:der|som)\s+(?!(?:skal|kan|vil|må|bør|er|har|var|blev|bliver|ikke)\b)[\wæøå]+\s+(?P<rest>[^,;]+)", re.IGNORECASE)


# An object relative: "som" + the clause's own subject + its verb. "aftalen om en fælles ghettostrategi, som
# regeringen indgik i efteråret 2010 med Dansk Folkeparti og Kristendemokraterne" (p02), "reformen af
# førtidspension og fleksjob, som Folketinget vedtog i december 2012", "kontanthjælpsloftet, som regeringen
# indførte i 2016" (tests/nlp/test_lineage_relatives.py): the commitment is the phrase the relative hangs on,
# the agent the relative's subject (a subject relative, "..., som blev indført", has an auxiliary there).
# Greedy, and the adverbs stripped from the end one by one: a lazy agent followed by repeated
# adverbs and `\s*$` is quadratic on a long line (hostile input).
_SOM_AGENT = re.compile(r"^\s*som\s+(?P<agent>\S(?:.*\S)?)\s*$", re.IGNORECASE)
_SOM_TRAILING = re.compile(r"\s+(?:har|havde|i sin tid|tidligere|senere|selv|allerede|også)$", re.IGNORECASE)


def _som_agent(text: str) -> str | None:
    """"som regeringen også har" -> "regeringen": the agent of an object relative clause."""
    head = _SOM_AGENT.match(text)
    if head is None:
        return None
    agent = head.group("agent")
    while (tail := _SOM_TRAILING.search(agent[-40:])) is not None:
        agent = agent[:len(agent) - len(agent[-40:]) + tail.start()]
    return agent


_AGREED_WITH = re.compile(r"\bmed\s+(?P<who>[^,.;]+?)\s*(?:[,.;]|$)")
_ANTECEDENT_LINK = word_set("antecedent_link")
_NOT_ANTECEDENT = word_set("not_antecedent")
_AGREEMENT = re.compile(r"(?:aftale|forlig)", re.IGNORECASE)


def _antecedent(clause: str) -> str | None:
    """The noun phrase a relative hangs on: the last definite noun of the clause before it, with
    the phrase after it and the definite nouns it is a complement of ("Forliget om efterlønnen")."""
    words = clause.strip(" ,").split()

    def definite(i: int) -> bool:
        word = words[i].strip("»«\"”“()")
        return (len(word) > 4 and bool(DEFINITE.match(word)) and word.lower() not in _NOT_ANTECEDENT
                and not (i > 0 and words[i - 1].lower() in ("en", "et", "den", "det", "de")))  # "et forbedret tilbud"
    for i in range(len(words) - 1, -1, -1):
        if definite(i):
            while i >= 2 and words[i - 1].lower() in _ANTECEDENT_LINK and definite(i - 2):
                i -= 2
            return " ".join(words[i:])
    return None


_CLOSING_NP = re.compile(r"\s" + DEFINITE_ARTICLE_PATTERN + r"\s+(?P<np>(?:(?!(?:er|var|blev|bliver|har|havde|skal|kan|vil|må|ikke)\b)[\wæøå-]+\s+){0,2}"
                         r"(?!(?:er|var|blev|bliver|har|havde|skal|kan|vil|må|ikke|muligt|nødvendigt)\b)[\wæøå-]+)$", re.IGNORECASE)


def _without_closing_verb(clause: str) -> str:
    """A clause that ends in its finite verb, the relative after it moved past the verb: "Den midlertidige pulje
    bortfalder, som blev oprettet i 2021" (Danish extraposes a relative to the clause's end): the relative hangs on the
    subject before the verb (an event verb of the lexicon in the present), not on a phrase that takes the verb in."""
    words = clause.rstrip(" ,").split()
    if len(words) > 1 and is_present(words[-1]) and words[0].lower() not in CLAUSE_OPENERS \
            and not RELATIVE.match(clause.lstrip() + " "):  # a main clause's verb; a relative's ends it by rule
        return " ".join(words[:-1])
    return clause


def _closing_phrase(clause: str) -> str | None:
    """A determined noun phrase closing a clause ("en evaluering af de nye
    jobafklaringsforløb"): what a following subject relative ("..., der udsprang af reformen") is about."""
    found = _CLOSING_NP.search(clause.strip(" ,"))
    return found.group("np") if found else None


_PP_HEAD = word_set("pp_head")
_PREPOSITION_WORDS = word_set("preposition_word")


def _closing_definite(clause: str) -> str | None:
    """A definite noun with its prepositional phrase closing a clause, without an article: "Ovenstående er
    ... tanker bag ejerstrategien for Trekantområdets Brandvæsen, der er tiltrådt ..." (f13), "... som
    led i aftalen om en forenklet beskæftigelsesindsats, der trådte i kraft ..." - the noun a subject
    relative hangs on. The head is lowercase (a capitalised "Brandvæsen" is a name, not a definite
    form) and only a prepositional phrase of at most five words may follow it."""
    words = clause.strip(" ,").split()

    def definite(word: str) -> bool:
        word = word.strip("»«\"”“()")
        return word[:1].islower() and len(word) > 4 and bool(DEFINITE.match(word)) and word.lower() not in _NOT_ANTECEDENT
    for i in range(len(words) - 1, max(-1, len(words) - 8), -1):
        if definite(words[i]):
            rest = words[i + 1:]
            if rest and (rest[0].lower() not in _PP_HEAD or len(rest) > 5
                         or FINITE_AUX.intersection(w.lower() for w in rest)):
                return None
            while i >= 2 and words[i - 1].lower() in _PP_HEAD and definite(words[i - 2]):
                i -= 2  # "handleplanen for klimaindsatsen": the noun the phrase is a complement of
            if i == len(words) - 1 and i and words[i - 1].lower() in _PP_HEAD | _PREPOSITION_WORDS:
                return None  # "det forløb om tryghed for LGBT+personer i nattelivet": the last noun of a longer phrase
            return " ".join(words[i:])
    return None


# A proper name closing a clause, with the years it covers: "Strategien afløser Biblioteksplan 2019-2023, som udløb
# ved årsskiftet" - a relative clause hangs on the noun phrase right before it (Danish places it there), here a name.
_CLOSING_NAME = re.compile(r"(?:^|\s)(?P<np>(?:(?-i:[A-ZÆØÅ])[\wæøå-]*\s+)*(?-i:[A-ZÆØÅ])[\wæøå-]{3,}"
                           r"(?:\s+\d{4}(?:\s?[-–]\s?\d{2,4})?)?)$")  # a name of several words too ("DONG Energy")


def _closing_name(clause: str) -> str | None:
    """(Not a name completing a noun's prepositional phrase: "Ordningen med udvidet åbningstid i Sunds Børnehus, som
    blev indført" - the relative may hang on the noun the phrase belongs to; after a verb's preposition or one opening
    the clause the name is the phrase: "finansieres af Accelerationsfonden, som", "Med Infrastrukturplan 2035, som".)"""
    clause = clause.strip(" ,")
    found = _CLOSING_NAME.search(clause)
    if found is None:
        return None
    before = clause[:found.start()].split()
    if len(before) >= 2 and before[-1].lower() in PREPOSITIONS:
        word = before[-2].lower()
        if not (word in FINITE_AUX or active_finite(word) or _S_PASSIVE_WORD.match(word)):
            return None
    words = found.group("np").split()
    while len(words) > 1 and words[0].lower() in PREPOSITIONS:
        words = words[1:]  # the clause's opening preposition ("Med Infrastrukturplan 2035, som ...") is no part of it
    return " ".join(words)


def object_relative(sentence: str, clauses: list[tuple[int, int]], n: int, lo: int, cue_at: int,
                    match: re.Match[str]) -> tuple[str, str] | None:
    """(commitment, agent) of an object relative clause, else None."""
    named = match.groupdict().get("actor")
    if named:  # the agreement cue: "som regeringen indgik"
        agent = actors.subject_agent(named)
    else:
        head = _som_agent(sentence[lo:cue_at])
        agent = actors.subject_agent(head) if head else None
    if not agent:
        return None
    before = sentence[clauses[n - 1][0]:clauses[n - 1][1]]
    if named and EVALUATION_WORD.search(before):
        # "en ny midtvejsevaluering af frikommuneforsøget ..., som KORA har foretaget" (p30): the support
        # verb of an evaluation; what it looks at is the commitment
        evaluated = EVALUATION_OF.search(before)
        what_evaluated = evaluation_subject(evaluated.group(0)) if evaluated else None
        return (what_evaluated[0], agent) if what_evaluated else None
    what = _antecedent(before)
    if not what or actors.subject_agent(what) or (named and not _AGREEMENT.search(what)):
        return None
    partners = _AGREED_WITH.search(sentence, lo + match.end(), clauses[n][1])
    if partners and _AGREEMENT.search(what) and actors.subject_agent(partners.group("who")):
        agent = f"{agent} med {partners.group('who')}"  # an agreement is made with its partners
    return tidy_subject(what), agent


# A noun of a rule or a right whose content is an at-clause: "et krav om, at man skal have opholdt sig i
# Danmark ... i de seneste 9 ud af 10 år" (p09), "regler om, hvor ofte de ledige skal til samtale" (p30):
# the clause is what the rule says.
_AT_COMPLEMENT = re.compile(r",?\s+(?P<what>(?:at|hvor|hvordan|hvornår|hvem|hvilke|hvilken|hvilket|hvorvidt)\s+[^.;]+?)(?=,\s+og\s|[.;]|$)")
_COMPLEMENT_NOUN = re.compile(r"(?:krav|regel|regler|ret|pligt|aftale|aftalen)\s+(?:om|til)$", re.IGNORECASE)
# The definite forms of those rule nouns, which the phrase picker stops at before the preposition and the comma of the
# at-clause: "Med aftalen afskaffes kravet om, at ledige skal deltage i jobsamtaler ..." (as the clause before the verb
# keeps it: `content_clause_subject`). Written out: the lemma table reads "retten" as the verb "rette".
_DEFINITE_COMPLEMENT_HEAD = re.compile(r"(?:kravet|kravene|reglen|reglerne|retten|pligten)", re.IGNORECASE)
_AT_PREPOSITION = re.compile(r"\s+(?P<prep>om|til)(?P<comma>,?)(?=\s+at\s)", re.IGNORECASE)


_PURPOSE_OPENING = re.compile(r"^\s*(?:For at|Med henblik på at)\s", re.IGNORECASE)


# The same clause as the complement of a noun's preposition the phrase picker stopped before: "en undersøgelse af,
# hvilke fartdæmpende foranstaltninger der giver mening på ..." (s7_08 gold: "undersøgelse af fartdæmpende
# foranstaltninger på Grenåvej ..."), as "regler om, hvor ofte de ledige skal til samtale" (p30) above.
_WH_PREPOSITION = re.compile(r"\s+(?P<prep>af|om)(?=,?\s+(?:hvilke|hvilken|hvilket|hvordan|hvorvidt|hvor|hvornår|hvem)\s)",
                             re.IGNORECASE)


def with_complement(subject: str, sentence: str, lo: int, hi: int) -> str:
    if not _COMPLEMENT_NOUN.search(subject):
        words = subject.split()
        if len(words) >= 2 and words[-1].lower() in ("af", "om"):
            words = words[:-1]  # the picker kept the preposition and stopped at its comma: "undersøgelse af"
        noun = " ".join(words)
        at = sentence.find(noun, lo) if words and words[-1].isalpha() and words[-1].islower() else -1
        prep = _WH_PREPOSITION.match(sentence, at + len(noun)) if at >= 0 else None
        content = _AT_COMPLEMENT.match(sentence, prep.end()) if prep else None
        if prep is None and at >= 0 and _DEFINITE_COMPLEMENT_HEAD.fullmatch(words[-1]):
            definite = _AT_PREPOSITION.match(sentence, at + len(noun))
            content = _AT_COMPLEMENT.match(sentence, definite.end()) if definite else None
            if definite is not None and content is not None:
                return f"{noun} {definite.group('prep')}{definite.group('comma')} {' '.join(content.group('what').split()[:30])}"
        if prep is None or content is None:
            return subject
        return f"{noun} {prep.group('prep')} {' '.join(content.group('what').split()[:30])}"
    at = sentence.find(subject, lo, hi)
    # past the clause's end: the splitter breaks at the comma before "hvor"
    content = _AT_COMPLEMENT.match(sentence, at + len(subject)) if at >= 0 else None
    return f"{subject} {' '.join(content.group('what').split()[:30])}" if content else subject


# A "hvor" relative on an indefinite noun says what the new thing holds: "en 2025-plan, hvor skatten sænkes for
# borgere og virksomheder" (f05 gold: "2025-plan (skattelettelser for borgere og virksomheder)"), "et antal
# fokusområder, hvor kommunerne ... skal fremvise resultater" (f10 gold keeps the clause), "en flad skat, hvor
# alle danskere betaler samme skatteprocent til staten" (s7_03 gold: "flad skat med samme skatteprocent til
# staten"). On a definite noun it is background: "kommunalreformen, hvor amterne blev afskaffet" (f06 gold:
# "kommunalreformen"). At most ten words of it, up to the clause's end (where_relative.py).
_WHERE_RELATIVE = re.compile(r"^\s*hvor\s+(?P<rest>[^,;:()]+)", re.IGNORECASE)


def _with_where_relative(subject: str, sentence: str, subject_end: int, clause: tuple[int, int]) -> str:
    if not takes_where_relative(subject):
        return subject  # "regler om, hvor ofte ...": the preposition's content clause (`with_complement`)
    lo, hi = clause
    if sentence[subject_end:lo].strip(" ,") != "":
        return subject  # the relative hangs on a later noun of the clause, not on the subject
    match = _WHERE_RELATIVE.match(sentence[lo:hi])
    return with_where_tail(subject, match.group("rest")) if match else subject


def with_relative(subject: str, sentence: str, clauses: list[tuple[int, int]], n: int) -> str:
    """A bare noun takes what its relative clause says it does: "en benchmarkmodel, der
    benchmarker kommunernes resultater" -> "benchmarkmodel kommunernes resultater"; an indefinite
    noun its "hvor" relative ("en 2025-plan, hvor skatten sænkes for borgere og virksomheder")."""
    if n + 1 < len(clauses) and subject:
        at = sentence.rfind(subject, clauses[n][0], clauses[n][1])
        if at >= 0:
            where = _with_where_relative(subject, sentence, at + len(subject), clauses[n + 1])
            if where != subject:
                return where
    if len(subject.split()) != 1 or n + 1 >= len(clauses) or DEFINITE.match(subject):
        return subject  # a definite noun is named already: "af sygedagpengereformen, der netop er offentliggjort"
    lo, hi = clauses[n + 1]
    match = _DEFINING_RELATIVE.match(sentence[lo:hi])
    if not match:
        return subject
    rest = " ".join(match.group("rest").rstrip(" .").split()[:8])
    return f"{subject} {rest}"
