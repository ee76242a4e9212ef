"""The event lexicon's nominalisations in a clause ("afskaffelsen af kontanthjælpsloftet trådte i kraft", "ved
strukturreformens indførelse den 1. januar 2007"): a hit when the clause has a predicate of it having happened or
proposed, and the commitment after its preposition; and a list item's kind and commitment under an agreement's
lead (`item_event`).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from danish.dates import MONTH_NAME_PATTERN

from .event_lexicon import LexEntry, LexHit, compound_head, entries_by_pos, get_pipeline_doc
from .kinds import BY_KIND
from .lexicon_context import AUXILIARIES, MODALITY_WORDS, NOT_GENITIVE, NOUN_DETERMINERS, modality_of

if TYPE_CHECKING:
    from spacy.tokens import Doc


# A proposal is a predicate of a nominalisation too: "der foreslås en reduktion i taksterne" (f03), "Det
# indstilles, at ..." (f12); the proposal cue (nlp/lineage/cues.py) makes the event `planned`.
_PROPOSING = frozenset("foreslås foreslår foreslog foreslået indstilles indstiller".split())
# Words after "i" that make it a time, not a complement ("ændringer i foråret", "i løbet af").
_TIME_WORD = re.compile(r"^(?:\d|(?:år|året|foråret|efteråret|sommeren|vinteren|løbet|perioden|starten|slutningen|"
                        rf"begyndelsen|udgangen|{MONTH_NAME_PATTERN}|dag|morgen|fremtiden|forbindelse)$)", re.IGNORECASE)
# "efterretning": a report taken to note ("A) Evalueringen af rygestopkurser tages til efterretning", f07; "At 2)
# Byrådet tager 2024-afraportering af klimaindsatsen til efterretning", s06) has been made; both golds label it.
# A nominalisation that took place or took effect ("Indførelsen af behandlingsgarantien skete med virkning fra
# 1. september 2019", "Afskaffelsen af 225-timersreglen har virkning fra den 1. januar 2020": the support verb
# "ske" of an act and the noun "virkning" of a rule in force, as "trådte i kraft").
_HAPPENED = frozenset("blev trådte vedtaget besluttet aftalt offentliggjort gennemført foretaget udarbejdet "
                      "betyder betød indebærer indebar medfører medførte igangsat iværksat efterretning skete virkning "
                      # the same support verbs in the past active ("I foråret 2024 gennemførte Styrelsen en evaluering af
                      # pilotprojektet")
                      "gennemførte foretog udarbejdede "
                      # an act completed took place ("Vejdirektoratet har i 2022 afsluttet en evaluering af 2+1-vejene")
                      "afsluttet afsluttede "
                      # and an act begun, as "igangsat" ("Styrelsen har desuden påbegyndt en evaluering af
                      # mediestøttesystemet", probes18 n08; issue 15 in nlp/data/README.md: "evaluations set going", "er sat i gang")
                      "påbegyndt påbegyndte".split())
# The same support verbs for an act still to come, in the infinitive and the s-passive: "vil i 2026 gennemføre en
# evaluering af, om ordningen ..." (probes13 n11), "skal senest i 2025 gennemføre en evaluering af" (probes18 n03),
# "Der skal gennemføres en evaluering af" (s9_05), "der gennemføres en midtvejsevaluering af forliget i 2028" (probes11
# n09), "Den aftalte evaluering af ordningen gennemføres i 2024" (probes18 n10), "at der udarbejdes en evaluering af den
# nye organisering ... i foråret 2025" (probes17 m01).
_TO_BE_DONE = frozenset("gennemføre gennemføres foretage foretages udarbejde udarbejdes".split())


def noun_hit(doc: Doc, i: int, entry: LexEntry, words: list[str], governed: bool = False) -> LexHit | None:
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
    to_come = not _HAPPENED.intersection(words) and _to_be_done(words, i)
    if not governed and not _HAPPENED.intersection(words) and not proposed and not to_come and not _opening_with(words, i):
        return None
    modality = modality_of(words, i)
    if modality == "rule" and not proposed and not to_come:
        return None
    kind = "planned" if modality == "planned" or proposed or to_come else entry.kind
    return LexHit(entry, kind, t.idx, t.idx + len(t.text), BY_KIND[kind].decision, True, "noun")


def _to_be_done(words: list[str], i: int) -> bool:
    """A support verb of an act still to come, under a modal of the future before the noun ("vil gennemføre en
    evaluering") or with a year in the clause ("skal senest i 2025 gennemføre", "gennemføres i 2024"): the present of
    a dated act tells the future, as the lexicon reads "Aftalen evalueres i 2028". An undated "kan gennemføre" is a
    possibility, "Hvert år gennemføres en evaluering" a routine: no plan."""
    if not _TO_BE_DONE.intersection(words):
        return False
    return modality_of(words, i) == "planned" or any(w.isdigit() and len(w) == 4 for w in words)


def _opening_with(words: list[str], i: int) -> bool:
    """The nominalisation in a clause's opening "Med ...": what it brought has happened ("Med forlængelsen af ordningen
    fik flere adgang"), also as the second of two coordinated nouns ("Med kommunalreformen og stramningerne i
    rådighedsreglerne er det hensigten, at ...", s6_09)."""
    opening = [w for w in words[1:i] if w.strip()]
    return bool(words) and words[0] == "med" and (len(opening) <= 1 or (len(opening) <= 4 and "og" in opening
                                                                       and not AUXILIARIES.intersection(opening) and "," not in opening))


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
    if not owner.is_alpha or not low.endswith("s") or len(low) < 5 or low in NOT_GENITIVE or low in AUXILIARIES \
            or NOUN_DETERMINERS.intersection(words[i - 1:i]):
        return ""
    after = [w for w in words[i + 1:i + 4] if w.strip()]
    dated = (after[:1] and after[0][:1].isdigit()) or (after[:1] and after[0] in _DATE_OPENERS
                                                      and after[1:2] and after[1][:1].isdigit())
    return owner.text[:-1] if dated else ""


_OBJECT_STOP = AUXILIARIES | MODALITY_WORDS | _HAPPENED | frozenset("kunne kan foretaget træder har der som hvor".split())


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
        if word == "om," and n + 1 < len(split) and split[n + 1] == "at":
            # "Afskaffelse af kravet om, at ledige skal aktiveres hver sjette måned": the noun's content clause names
            # which requirement, and ends with the item (or the sentence); its own verbs are no predicate
            rest = " ".join(split[n:n + _CONTENT_CLAUSE_WORDS])
            return " ".join(words + [re.split(r"(?<=[.;])\s", rest)[0].rstrip(" .;")])
        words.append(word)
        if word.endswith((",", ";", ".")):
            break
    return " ".join(words)


_CONTENT_CLAUSE_WORDS = 20


def item_event(item: str) -> tuple[str, str]:
    """Kind and commitment of a list item under an agreement's lead: a nominalisation
    ("Forlængelse af ordningen til 2025"), an infinitive ("afskaffe kontanthjælpsloftet", under
    "er enige om at:"), else the element itself, introduced."""
    verbs, nouns = entries_by_pos()
    doc = get_pipeline_doc(item)
    words = [t for t in doc if t.is_alpha]
    if words:
        first = words[0]
        lemma = first.lemma_.lower()
        noun = nouns.get(lemma) or compound_head(lemma, nouns)
        nxt = doc[first.i + 1] if first.i + 1 < len(doc) else None
        if noun and nxt is not None and nxt.lower_ == "af":
            return noun.kind, (noun.frame + " " if noun.frame else "") + nominal_object(item[nxt.idx + 2:])
        verb = verbs.get(lemma)
        if verb and first.lower_ == verb.lemma:
            return verb.kind, (verb.frame + " " if verb.frame else "") + item[first.idx + len(first.text):].strip()
    return "introduced", re.split(r"\s+[—–-]\s+|:\s", item, maxsplit=1)[0]
