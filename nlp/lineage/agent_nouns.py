"""Which noun phrase names a decider: the agent heads of nlp/data/agent_heads.csv read from the
grammar of the Danish noun phrase.

The project's pipeline has no tagger or parser (nlp/pipeline.py: a blank Danish pipeline with
lemmas), so the noun phrase is read from the closed word classes of Danish (`word_classes`) and
from the head noun, which Danish compounds put last:

- an agent is a phrase whose head noun is an agent head of nlp/data/agent_heads.csv (councils,
  committees, ministers, ministries, agencies, the government, the Folketing, forligskredse,
  municipal departments) in its definite form or under a proper name ("Ballerup Kommune"),
  never a text (notat, rapport, aftaletekst, lovforslag, bilag ...);
- a prepositional phrase is where or when, except the forum a plan is taken up in
  ("i forligskredsen bag reformen").

Who decided a given event, from these, is `deciders`; the commitment's phrase is `commitment`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from danish._data import table_rows

from .word_classes import DETERMINERS, FINITE_AUX
from ..word_classes import MODALS, SUBORDINATE


@dataclass(frozen=True)
class AgentHead:
    head: str  # indefinite singular, lowercase: the end of a compound ("udvalg")
    kind: str  # council, committee, office, ministry, agency, government, parliament, circle, department, municipality, text, agreement
    named: bool  # an agent only under a proper name ("Ballerup Kommune"), not as a common noun ("kommunerne")
    example: str
    attested_by: tuple[str, ...]
    activity: bool = False  # also the noun of an activity: "forvaltningen af ordningen" is the work, no agent

    @property
    def is_text(self) -> bool:
        return self.kind == "text"

    @property
    def is_agreement(self) -> bool:
        return self.kind == "agreement"


@lru_cache(maxsize=1)
def agent_heads() -> tuple[AgentHead, ...]:
    rows = table_rows("nlp", "data", "agent_heads.csv")
    heads = tuple(AgentHead(r["head"], r["kind"], r["named"] == "yes", r["example"],
                            tuple(a for a in r["attested_by"].split(";") if a), r.get("activity") == "yes") for r in rows)
    return tuple(sorted(heads, key=lambda h: len(h.head), reverse=True))  # "byråd" before "råd"


# Definite endings of Danish nouns (singular -en/-et/-n/-t, plural -ne/-erne/-ene), and of the
# Latin -ium nouns ("ministeriet", "ministerierne") and -er nouns that drop their e ("centret").
_DEFINITE = ("erne", "ene", "rne", "en", "et", "ne", "n", "t")
_INDEFINITE = ("er", "e", "r", "")


def _forms(head: str) -> dict[str, bool]:
    """Every inflected form of a head noun -> whether it is definite."""
    forms = {head + ending: False for ending in _INDEFINITE}
    forms.update({head + ending: True for ending in _DEFINITE})
    if head.endswith("ium"):
        stem = head[:-2]
        forms.update({stem + "er": False, stem + "et": True, stem + "erne": True})
    if head.endswith("er"):
        forms[head[:-2] + "ret"] = True  # "centret"
        forms[head[:-2] + "re"] = False
    return forms


@lru_cache(maxsize=1)
def _form_table() -> tuple[tuple[str, AgentHead, bool], ...]:
    table = [(form, h, definite) for h in agent_heads() for form, definite in _forms(h.head).items()]
    return tuple(sorted(table, key=lambda t: len(t[0]), reverse=True))


@lru_cache(maxsize=4096)
def head_noun(word: str) -> tuple[AgentHead, bool] | None:
    """The agent head a word ends in, and whether the word is definite: "Forebyggelsesudvalget"
    -> (udvalg, True). A compound's first part must leave at least three letters
    ("Kulturafdelingen"), so "råd" alone is "råd" and "forråd" is not."""
    low = word.lower().strip(".,;:()")
    for form, head, definite in _form_table():
        if low == form or (low.endswith(form) and len(low) - len(form) >= 3):
            return head, definite
    return None


# What ends the head of a phrase: a preposition opening its complement ("Center for Social ...",
# "forligskredsen bag reformen", "rådmanden for Børn og Unge"), a comma, a parenthesis.
_COMPLEMENT = re.compile(r"\s+(?:for|bag|i|under|med|om|på|til|af|fra|ved)\s|\s*[,(]")
PROPER = re.compile(r"^[A-ZÆØÅ][\wæøå'’-]*$")


def head_segment(phrase: str) -> list[str]:
    cut = _COMPLEMENT.search(" " + phrase + " ")
    segment = (" " + phrase + " ")[:cut.start()] if cut else phrase
    return segment.split()


def premodifier(word: str) -> bool:
    """What may stand before a head noun: a determiner, a number, a genitive ("ejerkommuners"), a
    name ("Ballerup"), an adjective in -e or -t, a suspended compound ("Sundheds-"). Not a verb."""
    low = word.lower()
    if low in FINITE_AUX or low in MODALS or low in SUBORDINATE:
        return False
    return low in DETERMINERS or low[:1].isdigit() or low.endswith(("s", "-", "e", "t")) or bool(PROPER.match(word))



# Coordinating conjunctions: inside a name they join its parts ("Børn- og Ungeforvaltningen"), never open it.
_CLAUSE_LINKS = frozenset({"og", "men", "samt", "eller"})


def _names_the_activity(phrase: str, words: list[str]) -> bool:
    """An activity head with "af" right after it names the work ("Forvaltningen af ordningen blev ændret"),
    not the office that does it."""
    rest = phrase.strip()[len(" ".join(words)):]
    return rest.lstrip().lower().startswith("af ")


def agent_head(phrase: str) -> AgentHead | None:
    """The agent head of a phrase, when the phrase can name a decider: the head definite
    ("byrådet", "Kulturafdelingen") or part of a proper name ("Ballerup Kommune", "KKR
    Hovedstaden"); an indefinite common noun ("et udvalg", "kommuner") names nobody."""
    words = head_segment(phrase.strip())
    if not words or words[0].lower() in _CLAUSE_LINKS:
        return None  # ", og Børn- og Ungeforvaltningen har ...": the link opens a clause, it is no part of the name
    last = head_noun(words[-1])
    if last is not None and last[0].activity and _names_the_activity(phrase, words):
        return None
    for i in range(len(words) - 1, -1, -1):  # the head is the last word, or a name's first ("KKR Hovedstaden")
        found = head_noun(words[i])
        if found is None:
            continue
        head, definite = found
        if not all(premodifier(w) for w in words[:i]):
            return None  # "Derfor har Styrelsen ...": a clause, not a noun phrase
        others = words[:i] + words[i + 1:]
        named = any(PROPER.match(w) and not w.isupper() or w.isupper() for w in others)
        if head.named:
            # an acronym standing alone is the body's own short name: a KKR's newsletter and minutes call it "KKR"
            # ("KKR besluttede også at nedlægge ...", probes22 m11; "KKR godkendte rammeaftalen", probes23 m11;
            # "KKR besluttede desuden at udsætte ...", probes17 m11: actor KKR in each EXPECTED)
            alone = len(words) == 1 and words[0].isupper()
            return head if alone or named and (i == len(words) - 1 or words[i].isupper()) else None
        if i != len(words) - 1 and not words[i].isupper():
            return None  # a modifier before the head ("udvalgets formand") is not the head
        # a capitalised head inside a phrase is a name ("Center for Social, Sundhed og Beskæftigelse",
        # "de 6 ejerkommuners Byråd")
        # "det samlede byråd": Danish marks a noun with an adjective definite by the article before it
        definite = definite or any(w.lower() in ("den", "det", "de") for w in words[:i])
        return head if definite or named or words[i].isupper() or PROPER.match(words[i]) else None
    return None


def is_agent(phrase: str | None) -> bool:
    head = agent_head(phrase) if phrase else None
    return head is not None and not head.is_text and not head.is_agreement


_FORUM = re.compile(r"^(?:i|på|ved)\s+(?P<forum>.+)$", re.IGNORECASE)


def names_a_forum(phrase: str) -> bool:
    """A prepositional phrase is where or when, not a commitment ("i Danmark", "til det bedre", "ved dansk
    lovgivning", "i det omfang": a party programme's adverbials, issue 15's "no prepositions"), except the
    forum a plan is to be taken up in, which is an agent ("vil blive drøftet i forligskredsen bag reformen",
    seed 004)."""
    forum = _FORUM.match(phrase.strip())
    return forum is not None and is_agent(forum.group("forum"))


def is_text(phrase: str | None) -> bool:
    """A text is where a decision is written, not who made it (issue 15: "aftaleteksten til
    reformen" as an actor is wrong)."""
    if not phrase:
        return False
    words = head_segment(phrase.strip())
    found = head_noun(words[-1]) if words else None
    return found is not None and found[0].is_text
