"""Who decided a lineage event (its actor), from the agent its clause names, the genitives of its
evidence and the document; never a text.

- a genitive agent owns what it decided: "regeringens sundhedsudspil", "KL's 5 indsatsområder",
  "i forlængelse af byrådets beslutning"; a body whose meeting is named decided a passive that
  names no agent ("på KKR Hovedstadens møde");
- an agent opening an active clause is its actor and the clause's object the commitment
  ("Direktøren indstiller, at Udvalget for Plan, udvikling og kultur påbegynder arbejdet ...");
- a relative clause tells a decision within the agreement before it ("kommunalreformen, hvor
  amterne blev afskaffet");
- the document's one genitive owner of the commitment's noun ("Beskæftigelsesministeriets nye
  benchmarkingmodel" owns "benchmarkingmodellen").

Which phrase names an agent is `agent_nouns`; the clause-level agent (passive "af", V2) is `actors`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from danish.words import CONCEPT_STOPWORDS

from ..phrases import actor_pattern, after_cue
from .actors import entered_by_its_parties
from .agent_nouns import PROPER, agent_head, head_segment, is_agent, is_text, premodifier
from .commitment import commitment_phrase
from .word_classes import DETERMINERS, FINITE_AUX, active_finite, takes_no_object
from ..word_classes import MODALS, SUBORDINATE

# Nouns of deciding and proposing whose genitive names who decided ("i forlængelse af byrådets
# beslutning", f09 and f14; "ministerens forslag til fem mål", d03; "regeringens sundhedsudspil",
# f10; "Magistratens foranstående indstilling", f12). A compound ends in them ("sundhedsudspil").
_DECISION_NOUNS = ("beslutning", "indstilling", "vedtagelse", "godkendelse")
# A bill is the government's proposal to the Folketing, which decides it ("Folketinget vedtog regeringens
# lovforslag"; p14: the Folketing adopted L 67): its owner did not decide.
_BILL = ("lovforslag", "lovforslaget")
_POSSESSIVE = re.compile(r"^(?P<base>[\wæøå-]+?)(?:['’]s|s)$")


def _owner(words: list[str], i: int) -> str | None:
    """The agent a genitive at words[i] names, as written without its "s" ("Byrådets" ->
    "Byrådet"), with the name before it ("Syddjurs Kommunes" -> "Syddjurs Kommune")."""
    m = _POSSESSIVE.match(words[i].strip(",.;:()"))
    if not m:
        return None
    base = m.group("base")
    named = [words[i - 1]] if i and PROPER.match(words[i - 1]) else []
    for candidate in (" ".join(named + [base]), base):
        if is_agent(candidate) or actor_pattern().fullmatch(candidate):
            return candidate
    return None


# Meetings whose genitive names the body that met ("I forbindelse med Kommunalbestyrelsens budgetseminar
# ... blev det godkendt", f03; "Papiret fremlægges til godkendelse på KKR Hovedstadens møde", f08): the
# decider of a passive that names no agent. Weaker than a decision: who spoke at the meeting may be named.
_MEETING_NOUNS = ("møde", "mødet", "møder", "seminar")


def meeting_owner(text: str) -> str | None:
    """The body whose meeting the text names ("på KKR Hovedstadens møde" -> "KKR Hovedstaden"), or None."""
    return _owner_of(text, _MEETING_NOUNS)


def decision_owner(text: str) -> str | None:
    """The agent whose decision the text refers to ("i forlængelse af Byrådets beslutning" ->
    "Byrådet"; one adjective may stand between: "Magistratens foranstående indstilling"), or None.
    A proposal ("regeringens udspil til handlingsplan", a kommune's referat) is not a decision: who
    acts on it decides."""
    return suspended_compound(_owner_of(text, _DECISION_NOUNS), text)


def suspended_compound(body: str | None, text: str) -> str | None:
    """A body whose name opens with a suspended compound is named whole: the genitive reader takes the last word
    of "Sundheds- og Forebyggelsesudvalgets beslutning den 04.12.2012" (s04, s6_10, f07, s7_10) alone."""
    if not body:
        return body
    m = re.search(r"(?P<pre>[A-ZÆØÅ][\wæøå]*-,?\s+(?:[\wæøå]+-,?\s+)*og\s+)" + re.escape(body), text)
    return m.group("pre") + body if m else body


def _owner_of(text: str, nouns: tuple[str, ...]) -> str | None:
    """The first agent in the genitive before one of `nouns` (one word may stand between)."""
    words = text.split()
    for i, word in enumerate(words[:-1]):
        following = [w.lower().strip(",.;:()") for w in words[i + 1:i + 3]]
        if any(n.endswith(nouns) and not n.endswith(_BILL) for n in following):
            owner = _owner(words, i)
            if owner:
                return owner
    return None


def whole_body(actor: str | None, text: str) -> str | None:
    """A body named with a coordinated complement is named whole: the clause splitter cuts "Udvalget for
    Plan, udvikling og kultur" (f14) at its comma, leaving "Udvalget for Plan"."""
    if not actor or " for " not in actor:
        return actor
    m = re.search(re.escape(actor) + r"(?P<rest>(?:,\s+[\wæøå-]+){1,3}\s+og\s+[\wæøå-]+)\b", text)
    return actor + m.group("rest") if m else actor


def unbroken(phrase: str | None, text: str) -> str | None:
    """A phrase that ends in a word broken over two lines is finished from the text ("... Kristen-Demokraterne
    og Cen-" + "trum-Demokraterne", d12; the issue's "no line-break hyphens"): the record joins the halves."""
    if not phrase or not re.search(r"[A-Za-zæøåÆØÅ]-$", phrase):
        return phrase
    m = re.search(re.escape(phrase) + r"\s+(?P<rest>[a-zæøå][\wæøå-]*)", text)
    return f"{phrase} {m.group('rest')}" if m else phrase


def possessor_agent(subject: str) -> str | None:
    """The agent a commitment belongs to when the subject opens with its genitive:
    "regeringens sundhedsudspil" -> "regeringen", "KL's 5 indsatsområder" -> "KL"."""
    words = subject.split()[:3]
    for i in range(min(2, len(words) - 1)):
        owner = _owner(words, i)
        if owner:
            return owner
    return None


# The longest agent name read before a verb: "Udvalget for Plan, udvikling og kultur" is seven words.
_AGENT_WORDS = 10


def agent_clause(subject: str, evidence: str) -> tuple[str, str] | None:
    """A subject that names an agent opening an active clause is its actor, and the clause's object the
    commitment (the conventions: the subject names the commitment, the actor who decided; in a main clause
    the agent stands before the finite verb): "Direktøren indstiller, at Udvalget for Plan, udvikling og
    kultur påbegynder arbejdet med formulering af mål og handlinger for KULTURKOMMUNEN 2017" (f14 gold:
    actor the committee), "byrådet godkender, at ..." (f12). An agent that is what a passive or a
    modal tells of stays the subject ("Skatteministeriet skal nedlægges", f05)."""
    words = subject.split()
    agent_end = next((i for i in range(1, min(len(words), _AGENT_WORDS + 1)) if active_finite(words[i])
                      and (is_agent(" ".join(words[:i])) or actor_pattern().fullmatch(" ".join(words[:i])))), None)
    if agent_end is not None:  # the picker left the clause whole: "Økonomiudvalget påbegynder arbejdet ..."
        agent, rest = " ".join(words[:agent_end]), " ".join(words[agent_end + 1:])
    elif is_agent(subject) or actor_pattern().fullmatch(subject):  # the picker left the agent only
        flat = " ".join(evidence.split())
        agent = whole_body(subject, flat) or subject
        at = flat.find(agent + " ")
        after = flat[at + len(agent) + 1:].split(" ", 1) if at >= 0 else []
        if len(after) < 2 or not active_finite(after[0]) or takes_no_object(" ".join(after)):
            return None  # "Fokusområdet ... fortsætter uændret": what goes on, not who acts on what
        rest = after[1]
    else:
        before = _agent_before_verb(subject, " ".join(evidence.split()))
        return (before, subject) if before else None
    what = commitment_phrase(after_cue(rest))
    return (agent, what) if what and not is_agent(what) and not active_finite(what.split()[0]) else None


def _agent_before_verb(subject: str, flat: str) -> str | None:
    """The agent before the active verb whose object the subject is: "..., at Økonomiudvalget igangsætter
    en analyse af ældreområdet" -> "Økonomiudvalget" (back to "at", the longest agent phrase)."""
    at = flat.find(subject)
    end = at + len(subject)
    if at <= 0 or (end < len(flat) and flat[end].isalnum()):
        return None  # not the word itself ("strukturreformen" in "strukturreformens")
    before = flat[:at].split()[-(_AGENT_WORDS + 3):]
    while before and before[-1].lower() in DETERMINERS:
        before.pop()  # "igangsætter en analyse": the article the picker took off
    if len(before) < 2 or before[-1].lower() in CONCEPT_STOPWORDS or not active_finite(before[-1]):
        return None  # a preposition is no verb ("ved" is also "knows")
    before.pop()
    for i in range(len(before)):
        words = before[i:]
        if words[0].lower() in SUBORDINATE:
            continue
        phrase = " ".join(words).strip(" ,")
        # a comma belongs to the agent's name only inside its coordinated complement ("Udvalget for Klima,
        # natur og miljø"), not after it ("Ballerup Kommune, siden udbydelsen")
        if "," in phrase and whole_body(phrase.split(",")[0], phrase) != phrase:
            continue
        if is_agent(phrase) or actor_pattern().fullmatch(phrase):
            return phrase
    return None


def event_actor(actor: str | None, subject: str, evidence: str, text: str) -> str | None:
    """Who decided an event, from the agent its clause named (`actor`), its subject, its evidence and the
    document: who decided before who carried it out ("Kulturafdelingen har i forlængelse af Byrådets
    beslutning lagt en plan", f14; "I forlængelse af byrådets beslutning af juni 2011 udnyttes synergien",
    f09), never a text; a body named whole and unbroken; else the owner of the subject ("regeringens
    sundhedsudspil") or the body whose meeting the evidence names."""
    actor = decision_owner(evidence) or (None if is_text(actor) or entered_by_its_parties(actor, subject) else actor)
    return unbroken(whole_body(actor, evidence), evidence) or possessor_agent(subject) or meeting_owner(evidence) \
        or relative_agreement(subject, evidence) or document_owner(subject, text)


_RELATIVE_WHERE = ", hvor "


def relative_agreement(subject: str, evidence: str) -> str | None:
    """The agreement or reform a relative clause tells a decision of: "at indgå i kommunalreformen, hvor amterne
    blev afskaffet og ... regionerne overtog sygehusdriften" (f06 gold: actor "kommunalreformen" for each), as
    the gold names the agreement a decision is told within ("Med aftalen om en forenklet beskæftigelsesindsats
    er det besluttet", d07; "i aftalen om en ny beskæftigelsesindsats iværksættes", p28). The subject is told
    after the "hvor"."""
    flat = " ".join(evidence.split())
    first = next((w for w in subject.split() if len(w) > 2), "")
    told = flat.find(first) if first else -1
    at = flat.rfind(_RELATIVE_WHERE, 0, told) if told > 0 else -1  # the relative clause the subject is told in
    if at < 0:
        return None
    words = flat[:at].split()[-_AGENT_WORDS:]
    for i in range(len(words) - 1, -1, -1):  # the shortest phrase headed by the agreement
        phrase = " ".join(words[i:])
        head = agent_head(phrase)
        if head is not None and head.is_agreement:
            return phrase if phrase.lower() != subject.lower() else None
    return None


# The inflectional endings a noun's stem is found under: definite singular and plural ("modellen",
# "udspillet", "ordningerne"), indefinite plural and the -e of "analyse" ("analysen" and "analyse" share
# "analys"). Longest first.
_NOUN_ENDINGS = ("erne", "ene", "rne", "ne", "en", "et", "er", "e", "n", "t", "r")
_STEM_MIN = 5  # shorter stems ("plan", "mål") are met in too many unrelated words


def noun_stem(word: str) -> str:
    """The stem a Danish noun's forms share: "benchmarkingmodellen" and "benchmarkingmodel" ->
    "benchmarkingmodel", "analysen" and "analyse" -> "analys", "udspillet" and "sundhedsudspil" -> "...udspil"
    (a doubled final consonant before an ending is single in the stem)."""
    low = word.lower().strip(".,;:()\"”“'’")
    for ending in _NOUN_ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= _STEM_MIN:
            low = low[:-len(ending)]
            break
    if len(low) > _STEM_MIN and low[-1] == low[-2] and low[-1] not in "aeiouyæøå":
        low = low[:-1]
    return low


_WORD = re.compile(r"[\wæøåÆØÅ'’-]+")


@lru_cache(maxsize=4)
def _stemmed_words(text: str) -> tuple[list[str], tuple[str, ...]]:
    """The words of a document and their stems, read once for all its events."""
    words = _WORD.findall(text)
    return words, tuple(noun_stem(w) for w in words)


def document_owner(subject: str, text: str) -> str | None:
    """The agent the document names, in the genitive, as owner of the noun the commitment is named by,
    when it names one owner only: "Beskæftigelsesministeriets nye benchmarkingmodel" owns "benchmarkingmodellen
    opdateres halvårligt" (seed 002, gold actor Beskæftigelsesministeriet), "Beskæftigelsesministeriets
    benchmarkinganalyse" owns "Den næste benchmarkinganalyse" (d09). The noun may be a compound's head in
    the genitive phrase ("regeringens sundhedsudspil" owns "udspillet"). One premodifier may stand between
    ("nye", "foranstående")."""
    stems = {noun_stem(w) for w in head_segment(subject.replace(":", ",")) if len(w) > _STEM_MIN
             and w.lower() not in DETERMINERS and w.lower() not in FINITE_AUX and w.lower() not in MODALS}
    stems = {s for s in stems if len(s) >= _STEM_MIN}
    if not stems:
        return None
    words, word_stems = _stemmed_words(text)
    endings = tuple(stems)
    owners: set[str] = set()
    found: str | None = None
    for i, stem in enumerate(word_stems):
        if not stem.endswith(endings):  # the same noun, or a compound ending in it
            continue
        for j in (i - 1, i - 2):
            if j < 0 or (j == i - 2 and not premodifier(words[i - 1])):
                break
            owner = _owner(words, j)
            if owner:
                owners.add(owner.lower())
                found = owner
                break
    return found if len(owners) == 1 else None
