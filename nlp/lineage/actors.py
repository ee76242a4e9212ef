"""Who decided: the agent of an event's clause, never a text.

Agents are people, parties, forligskredse, majorities in the Folketing, the government,
ministries, agencies and councils: the gazetteers of nlp/data (through
`nlp.phrases.actor_pattern`) plus the group words of Danish political reporting. In a
main clause the agent is the subject: before the finite verb ("Et flertal bestående af
S, V og SF forlænger ...") or right after it when an adverbial opens the clause (V2:
"..., suspenderede et flertal i Folketinget reglen").
"""
from __future__ import annotations

import re

from danish.party_shape import unknown_party

from ..phrases import actor_pattern
from .agent_nouns import is_agent
from .word_classes import FINITE_AUX, active_finite

_COUNCIL = (r"(?:[\wæøå]+-\s+og\s+)?[\wæøå]*(?:byråd(?:et)?|kommunalbestyrelse(?:n)?|regionsråd(?:et)?|"
            r"borgerrepræsentation(?:en)?|magistrat(?:en)?|økonomiudvalg(?:et)?|[\wæøå]+udvalg(?:et)?)")
_OFFICE = (r"(?:[\wæøå]+-,\s+)*(?:[\wæøå]+-\s+og\s+)?[\wæøå]*(?:minister(?:en)?|borgmester(?:en)?|rådmand(?:en)?)"
           r"(?:\s+(?-i:[A-ZÆØÅ][\wæøå-]+)){0,3}")
# Group agents of political reporting, and compounds of forligskreds ("Folkeskoleforligskredsen",
# "beskæftigelsesforligskredsen", p10 and the conventions' "forligskredsen").
_GROUP = re.compile(
    r"(?:et\s+|den\s+)?(?:(?:bredt?|stort|politisk)\s+)?flertal(?:\s+i\s+Folketinget)?"
    r"(?:\s+bestående\s+af\s+[^.;]+)?"
    r"|[\wæøå]*forligskreds(?:en)?|[\wæøå]*aftalekreds(?:en)?|aftalepartierne|forligspartierne|regeringen"
    # a past government named by its time and its parties' short name: "Forsøget blev sat i gang i 2021 af den
    # daværende regering" (probes19 n07), "blev vedtaget af den daværende VLAK-regering" (probes23 n11), "blev indført
    # i 2018 af den daværende VLAK-regering" (probes25 n11)
    r"|den\s+(?:daværende|tidligere)\s+(?:(?-i:[A-ZÆØÅ]+)-)?regering\b"
    # Councils and office holders (issue 15: "councils"; the conventions' actors "beskæftigelsesministeren",
    # d03/d04; "Social-, børne- og integrationsminister Annette Vilhelmsen", p25; municipal referater:
    # "byrådet", "Kommunalbestyrelsen", "Sundheds- og Forebyggelsesudvalget", "borgmesteren").
    r"|" + _COUNCIL + r"|" + _OFFICE,
    re.IGNORECASE)
# Texts are where a decision is written, not who made it (issue 15: "aftaleteksten til reformen").
_TEXT = re.compile(r"^(?:aftaleteksten|lovbemærkningerne|bemærkningerne|teksten|notatet|rapporten|lovforslaget|loven)\b",
                   re.IGNORECASE)


_AGREEMENT_TEXT = re.compile(r"^(?:aftaleteksten|aftalen|forliget)\s+(?:til|om|for|fra)\s+(?P<what>.+)$", re.IGNORECASE)


def agent_of(actor: str | None) -> str | None:
    """An agent, or None for a text. The text of an agreement speaks for its parties:
    "aftaleteksten til reformen af X" -> "aftalepartierne bag reformen af X" (seed 000's
    gold: the parties behind the reform); other texts ("lovbemærkningerne") name nobody."""
    if not actor:
        return None
    # the agreement's name is a noun phrase: it ends before a main clause's finite verb the clause picker
    # left ("Med aftalen om en ny ungeindsats blev ungeydelsen indført" names "aftalen om en ny ungeindsats")
    words = actor.split()
    finite = next((i for i, w in enumerate(words) if i and w.lower() in FINITE_AUX), len(words))
    agreement = _AGREEMENT_TEXT.match(" ".join(words[:finite]))
    if agreement:
        if actor.lower().startswith("aftaleteksten"):
            return PARTIES_BEHIND + agreement.group("what")
        return PARTIES_BEHIND + agreement.group(0)  # "aftalen om en ny beskæftigelsesindsats"
    actor = " ".join(words[:finite])  # a name is a noun phrase: no clause's finite verb in it
    return None if _TEXT.match(actor.strip()) else actor


PARTIES_BEHIND = "aftalepartierne bag "


# Where a name stands says it is not who acts: "mellem Kalundborg og Gørlev" (probes24 m07), "mellem Frederikshavn og
# Hjørring" (probes21 m03) are the ends of a route; "Alle partier i Odsherred Byråd undtagen Nye Borgerlige har
# indgået aftale" (probes25 04), "med stemmer fra alle partier undtagen Dansk Folkeparti" (probes21 m03) name the
# one party outside the agreement or the vote. Parties "mellem" which an agreement is made are its makers, though
# ("Tidlig pension blev aftalt mellem regeringen, Dansk Folkeparti, SF og Enhedslisten", "indgået ... mellem
# regeringen og KL"): after "mellem" only names that are not all agents are places.
_LEFT_OUT_BEFORE = re.compile(r"\b(?:undtagen|bortset\s+fra)\s+$", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\bmellem\s+$", re.IGNORECASE)


def placed_outside(actor: str | None, sentence: str) -> str | None:
    """The actor, or None when every place the sentence names it stands after "undtagen", "bortset fra", or after
    "mellem" as names that are not all agents (two towns)."""
    if not actor:
        return actor
    at = [m.start() for m in re.finditer(re.escape(actor), sentence)]
    if at and all(_LEFT_OUT_BEFORE.search(sentence, max(0, a - 20), a)
                  or (_BETWEEN_BEFORE.search(sentence, max(0, a - 20), a) and not _all_agents(actor)) for a in at):
        return None
    return actor


def _all_agents(names: str) -> bool:
    """"regeringen og KL", "regeringen, Dansk Folkeparti, SF og Enhedslisten": every part a body or a party."""
    # a party list in brackets spells out the body before it ("den daværende regering (S, RV og SF)")
    parts = [p for p in re.split(r",\s+|\s+og\s+|\s+samt\s+", re.sub(r"\s*\([^)]*\)", "", names)) if p]
    return bool(parts) and all(_GROUP.fullmatch(p) or actor_pattern().fullmatch(p) or is_agent(p) for p in parts)


def entered_by_its_parties(actor: str | None, subject: str) -> bool:
    """An agreement's parties read from the agreement itself, when the agreement is the event's subject: "Da
    aftalen om tidlig pension blev indgået i 2020" (p16 gold: no actor). The agreement is what was decided;
    who entered it is its actor only where the text names them ("aftalen om en fælles ghettostrategi, som
    regeringen indgik ... med Dansk Folkeparti", p02)."""
    if not actor or not actor.lower().startswith(PARTIES_BEHIND):
        return False
    agreement = " ".join(actor[len(PARTIES_BEHIND):].lower().split())
    return agreement == " ".join(subject.lower().split())


# A body named by capitalised nouns in coordination: the magistrate departments of a municipality ("Teknik og
# Miljø aflægger anlægsregnskab", s06 gold actor; "en evaluering, som Teknik og Miljø forventer ...", s7_08 gold
# actor; "rådmanden for Børn og Unge", f12; "Kultur og Borgerservice", s7_09; "Sociale Forhold og Beskæftigelse",
# s01). Danish writes common nouns in lowercase, so a capitalised conjunct after "og" marks the whole as a name,
# not a coordination of things ("stat og kirke").
_CAPITALISED = r"(?-i:[A-ZÆØÅ][a-zæøå]+)"
_COORDINATED_NAME = re.compile(rf"{_CAPITALISED}(?:\s+{_CAPITALISED})?\s+og\s+{_CAPITALISED}(?:\s+{_CAPITALISED})?")


def subject_agent(head: str) -> str | None:
    """The clause head (the words before the finite verb) when it is an agent."""
    head = head.strip(" ,")
    if not head:
        return None
    words = head.split()
    verb = next((k for k, w in enumerate(words) if k and (w.lower() in FINITE_AUX or active_finite(w))), None)
    if verb is not None:
        # a clause, not a name (a noun phrase holds no finite verb): its subject before the verb ("Styrelsen
        # offentliggjorde i 2017 tre ..."), or after it when an adverbial stands first (V2: "I foråret 2024 gennemførte
        # Styrelsen for IT og Læring ... en")
        return subject_agent(" ".join(words[:verb])) or inverted_agent(" ".join(words[verb + 1:]))
    if _GROUP.fullmatch(head) or actor_pattern().fullmatch(head) or is_agent(head) or _COORDINATED_NAME.fullmatch(head) \
            or unknown_party(head):
        return head  # a gazetteer name, a group, a phrase headed by an agent noun ("Kulturafdelingen"), a body's name
    parts = [p for p in re.split(r",\s+|\s+og\s+|\s+samt\s+", head) if p]
    # "Regeringen og Dansk Folkeparti", "Regeringen, KL og Danske Regioner": every part an agent
    if parts and all(_GROUP.fullmatch(p) or actor_pattern().fullmatch(p) for p in parts):
        return head
    return None


_PLACE_AFTER = re.compile(r" i (?-i:[A-ZÆØÅ])[\wæøå-]+")


def inverted_agent(after_verb: str) -> str | None:
    """V2 order: the agent right after the verb ("suspenderede et flertal i Folketinget
    reglen"); the group phrase without a trailing object."""
    after_verb = after_verb.lstrip()
    group = re.match(r"(?:et\s+|den\s+)?(?:(?:bredt?|stort|politisk)\s+)?flertal(?:\s+i\s+Folketinget)?"
                     r"|[\wæøå]*forligskredsen|aftalepartierne|forligspartierne|regeringen|" + _COUNCIL, after_verb, re.IGNORECASE)
    if group:
        # a council with its kommune after it is one body ("vedtog Kommunalbestyrelsen i Vejle en ny klimaplan")
        placed = _PLACE_AFTER.match(after_verb, group.end())
        return group.group(0) + placed.group(0) if placed and is_agent(group.group(0) + placed.group(0)) else group.group(0)
    named = actor_pattern().match(after_verb)
    return named.group(0) if named else named_body(after_verb)


def named_body(text: str) -> str | None:
    """A body named by its proper name and its head opening the text ("Aalborg Byråd en ordning ...", "Aalborg
    Kommune."), as the agent before a verb is read (agent_nouns: agent_heads.csv's named heads): the longest such
    opening of two to four words."""
    words = text.split()
    if not words or not words[0][:1].isupper():
        return None
    return next((phrase for k in range(min(4, len(words)), 1, -1)
                 for phrase in [" ".join(words[:k]).rstrip(".,;:")] if is_agent(phrase)), None)


_BY = re.compile(r"\s*(?:[\wæøå]+\s+){0,2}?af\s+")
# The body a passive decision was taken in, right after the participle: "tiltrådt på møder i de 6 ejerkommuners
# Byråd" (f13), "blev 27. juni 2012 igangsat i Udvalget for Plan ..." (corpus/pdf/syddjurs_referat_puk_2013-06-20),
# "vedtaget i Folketinget": the council or the Folketing that met decided it.
_IN_BODY = re.compile(
    r"\s*(?:på\s+(?:et\s+|sit\s+|sine\s+|deres\s+)?møde(?:r|t|rne)?\s+)?i\s+"
    r"(?P<body>(?:(?:de|alle)\s+\d{1,2}\s+)?(?:[\wæøå-]+s\s+)?(?:Folketinget|" + _COUNCIL + r"))\b", re.IGNORECASE)


# A named body with its complement, whose head noun is an agent noun (nlp/data/agent_heads.csv): "igangsat i
# Udvalget for Plan, udvikling og kultur" (f14 and the referat it is cut from).
_IN_NAMED_BODY = re.compile(r"\s*i\s+(?P<body>[A-ZÆØÅ][\wæøå-]*(?:\s+for\s+[A-ZÆØÅ][\wæøå-]*(?:,\s+[\wæøå-]+){0,3}"
                            r"(?:\s+og\s+[\wæøå-]+)?)?)")


def passive_agent(after_participle: str) -> str | None:
    """The agent of a passive: "offentliggjort af Styrelsen for Arbejdsmarked og
    Rekruttering (STAR)", "blev vedtaget af Folketinget" - an agent of the gazetteers or a body
    named with its head ("af Aalborg Kommune"), so "af reglen" or "af 2019" are not taken."""
    # (a time may stand before "mellem": "indgået i marts 2016 mellem regeringen og KL")
    between = re.match(r"\s*(?:(?:i|den|fra|pr\.)\s+(?:\d{1,2}\.\s*)?(?:[a-zæøå]+\s+)?\d{4}\s+)?(?:[\wæøå]+\s+){0,2}?mellem\s+(?P<who>[^.;]+?)(?=\s+(?:i|fra|den|pr\.)\s+\d|\s+i\s+\w+\s+\d{4}|[.;]|$)",
                       after_participle)
    if between:
        return subject_agent(between.group("who"))  # "aftalt mellem regeringen, DF, SF og Enhedslisten"
    by = _BY.match(after_participle)
    if not by:
        body = _IN_BODY.match(after_participle)
        if body:
            return body.group("body")
        in_named = _IN_NAMED_BODY.match(after_participle)
        return in_named.group("body") if in_named and is_agent(in_named.group("body")) else None
    named = actor_pattern().match(after_participle, by.end()) or _GROUP.match(after_participle, by.end())
    if not named or not named.group(0).strip():
        return named_body(after_participle[by.end():])  # "indført af Aalborg Kommune"
    agent = named.group(0)
    rest = after_participle[named.end():]
    abbrev = re.match(r"\s*\([A-ZÆØÅ]{2,6}\)", rest)
    return agent + abbrev.group(0) if abbrev else agent


_FINITE = re.compile(r"\s+(?:har|havde|er|var|blev|vil|skal|besluttede|vedtog|godkendte|aftalte|indgik|tiltrådte|"
                     r"[a-zæøå]+(?:ede|te|er))\b")


def leading_agent(head: str) -> str | None:
    """The agent opening a clause before its finite verb, with more words between the verb and the
    event word ("Byrådet besluttede på sit møde den 12. marts 2024 at lukke ...")."""
    head = head.lstrip()
    for pattern in (_GROUP, actor_pattern(), _COORDINATED_NAME):
        found = pattern.match(head)
        if found and found.group(0).strip() and _FINITE.match(head, found.end()):
            return found.group(0).strip()
    # a noun phrase headed by an agent noun ("Teknikafdelingen har i 2021 indført ...", "Kulturafdelingen
    # har i forlængelse af ... lagt en plan", f14): the words before the first finite verb
    finite = _FINITE.search(" " + head)
    if finite and finite.start() > 0:
        opening = head[:finite.start()].strip(" ,")
        # (or a party the tables do not know, by the shape of its name: "Borgernes Parti har lagt en plan",
        # danish/party_shape.py)
        return opening if is_agent(opening) or unknown_party(opening) else None
    return None
