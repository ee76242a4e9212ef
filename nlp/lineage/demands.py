"""A party's own demands (party programmes; corpus/municipal f05, f06, s08, s10).

A demand lead with its bullets ("Liberal Alliance mener:"), "arbejder for en regulering af ...",
and a "skal"/"bør" sentence that names a scheme: each `planned`, by the party.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from danish.party_forms import we_party
from danish.party_shape import shaped_parties
from danish.words import DEMAND_VERB_PATTERN, NEGATION_WORDS as _NEGATION_WORDS
from extract.normalise import collapse_ws

from . import lexicon
from .clauses import clause_events
from .coordinated_clauses import uncovered_clauses
from .deontic_clauses import MODAL_INFINITIVES, active_object, demand_bullet, names_an_instrument
from .agent_nouns import is_agent
from .draft import Draft
from .genres import GENRES, programme_party, title_lines
from .clean_phrase import only_adverbs
from .list_aims import states_an_aim
from .no_fact import states_no_fact
from .lists import ITEM
from .members import conjuncts, listed_before
from .modal_passive import names_a_quality_or_principle
from .party_clause import is_infinitive, lemma_tokens, main_clause, skip_adverbs
from .programme_voice import infinitive_item, nominal_item, party_demands, second_main_clauses
from .programme_words import PREPOSITIONS
from .word_classes import ARTICLE, BULLET, FINITE_AUX, alternation, lead_without_adverbs, word_set


# A party's list of demands (f05, Liberal Alliance's work programme: "Liberal Alliance mener:" over
# bullets "Topskatten afskaffes ...", "Udligningsskatten ... skal afskaffes"): under the conventions for
# a party's own programme (corpus/municipal/f05 gold_notes; the brief's "party-programme demands") every
# demand is `planned`, by the party, and a bullet naming several instruments gives one event each. The
# lead names a party of the gazetteer and a verb of wanting, and ends in a colon; a newspaper's "Venstre
# mener, at ..." (no colon, p04) is reported opinion, not this genre.
_DEMAND_LEAD = re.compile(rf"^(?P<who>[A-ZÆØÅ][^:\n]{{1,60}}?)\s+{DEMAND_VERB_PATTERN}"
                          r"(?:\s+at)?\s*:$")
# The same lead in V2 order after a fronted adverb, "Derfor vil SF:": the verb second, the speaker after it.
_INVERTED_DEMAND_LEAD = re.compile(rf"^(?P<adverb>\S+)\s+(?P<verb>{DEMAND_VERB_PATTERN})\s+(?P<who>[A-ZÆØÅ][^:\n]{{0,60}}?)"
                                   r"(?:\s+at)?\s*:$")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _lead_in_order(sentence: str) -> re.Match[str] | None:
    """The demand lead with its sentence adverbs left out ("Regeringen vil derfor:", "Dansk Folkeparti vil desuden:")
    and a V2 inversion put back in subject-first order ("Derfor vil SF:" is "SF vil:"): Danish puts a sentence adverb
    after the finite verb, or first with the subject after the verb, and neither changes who demands what."""
    lead = lead_without_adverbs(collapse_ws(sentence))
    if lead is None:
        return None
    inverted = _INVERTED_DEMAND_LEAD.match(lead)
    if inverted and only_adverbs(inverted.group("adverb")):
        lead = f"{inverted.group('who')} {inverted.group('verb')}:"
    return _DEMAND_LEAD.match(lead)


@lru_cache(maxsize=256)  # asked for each sentence by the reading loop, the sentence reader and the list reader
def _demand_party(sentence: str, text: str = "") -> str | None:
    lead = _lead_in_order(sentence)
    if not lead:
        return None
    from ..linking import find_in_text

    who = lead.group("who")
    if who.lower() == "vi":
        # "Vi vil:" in a programme that names its party in its title ("Liberal Alliances arbejdsprogram"):
        # the party speaks (the programme genre, `genres.GENRES`); or in a chapter whose "vi" names its party
        # ("Vi konservative ...", danish/party_forms.py)
        head = title_lines(text)
        if GENRES[0][1].search(head):
            return programme_party(head, text)
        we = we_party(text)
        if we:
            return we.party
        # or the one party the chapter names ("Alternativet vil arbejde for ... / Vi vil:")
        # (a party the table does not know by the shape of its name: danish/party_shape.py)
        named = {entry.name for entry, _, _ in find_in_text(text, "party")} or set(shaped_parties(text))
        return named.pop() if len(named) == 1 else None
    found = find_in_text(who, "party")
    if len(found) == 1 and found[0][1] == 0 and found[0][2] == len(who):
        return who
    if who in shaped_parties(text):
        return who  # "Borgernes Parti mener:"
    # a deciding body announcing what it will do, as a party its demands: "Regeringen vil derfor:", "Byrådet vil:"
    # (agent heads, nlp/data/agent_heads.csv); each item is its `planned` action (star/README.md: "announced for
    # the future")
    return who if is_agent(who) else None


def demands_after(text: str, spans: list[tuple[int, int]], index: int) -> int:
    """How many spans after a party's demand lead are its list (0 when it is no such lead): from the
    first bullet to the first blank line (a bullet's second sentence belongs to it)."""
    if not _demand_party(text[spans[index][0]:spans[index][1]], text):
        return 0
    n = 0
    for k in range(index + 1, min(len(spans), index + 60)):
        lo, hi = spans[k]
        if n == 0 and not ITEM.match(text[lo:hi]):
            break
        if n and _BLANK_LINE.search(text[spans[k - 1][1]:lo]):
            break
        n += 1
    return n


def demand_items(text: str, spans: list[tuple[int, int]], index: int, anchor: dt.date | None) -> list[Draft]:
    party = _demand_party(text[spans[index][0]:spans[index][1]], text)
    out: list[Draft] = []
    for lo, hi in spans[index + 1:index + 1 + demands_after(text, spans, index)]:
        bullet = BULLET.match(text[lo:hi])
        start = lo + (bullet.end() if bullet else 0)
        if states_no_fact(text[start:hi]):
            continue  # an example or a condition inside the list (nlp/lineage/no_fact.py)
        with lexicon.demands():
            found = clause_events(text[start:hi], start, hi, anchor) or _modal_demands(text[start:hi], start, hi) \
                or _nominal_demand(text[start:hi], start, hi) or party_demands(text[start:hi], start, hi, party or "") \
                or nominal_item(text[start:hi], start, hi, party or "") \
                or infinitive_item(text[start:hi], start, hi, party or "") \
                or [d for d in demand_bullet(text[start:hi], start, hi, party or "") if _list_subject(d.subject.split())] \
                or second_main_clauses(text[start:hi], start, hi, party or "")
        item = text[start:hi]
        found = found + uncovered_clauses(item, start, hi, party or "", found) if found else found
        if found and states_an_aim(item):
            found = [d for d in found if d.kind == "confirmed"]  # an aim is no demand (nlp/lineage/list_aims.py)
        for d in found:
            # a demand is `planned`; a scheme the party keeps is `confirmed` (the municipal README: "keep this
            # scheme" statements are `confirmed`; s09, s7_04 gold), as the lexicon reads it in the party's voice;
            # neither is a decision (a programme decides nothing, as programme_voice reads the prose)
            d = replace(d, start=lo, kind="confirmed" if d.kind == "confirmed" else "planned", decision=False,
                        replaced_by=None, actor=party)
            out.extend(replace(d, subject=part) for part in conjuncts(listed_before(item, d.subject)))
    return out


# "SF arbejder for en regulering af internationale kapitalstrømme og multinationale selskaber" (s08, SF's
# principprogram; its gold: `planned`, by SF), as "vil vi således arbejde for, at regionerne nedlægges" (f06):
# in a party's own voice, working for an action is demanding it. Only an action named by a nominalisation
# ("regulering", "afskaffelse", "indførelse"): "SF arbejder for et samfund, der baserer sig på frihed" (the
# same programme) and "Det Radikale Venstre vil arbejde for et samfund, der ..." (corpus/pdf_more) are aims,
# not events (s08 gold notes: general aims and values are no events).
_WORKS_FOR = re.compile(rf"\b{alternation('works_for_verb')}\s+for\s+{alternation('works_for_article')}\s+"
                        rf"(?P<what>[a-zæøå-]+{alternation('action_noun_suffix')}\b[^.;:!?]{{0,160}})", re.IGNORECASE)


def works_for(text: str, start: int, end: int) -> list[Draft]:
    found = _WORKS_FOR.search(text, start, end)
    if not found:
        return []
    what = re.split(r",\s+(?:der|som)\b|\s+(?:der|som)\s", collapse_ws(found.group("what")), maxsplit=1)[0]
    return [Draft("planned", start, end, what.rstrip(" ."), None, None, None, None, False)]


# In a party's list of demands every sentence whose subject "skal" or "bør" do something is a demand, whatever
# the verb: "Den nuværende ungesats i kontanthjælpssystemet skal udbredes til at gælde alle", "Overførselsindkomster
# skal reguleres efter inflationen", "Førtidspension bør udelukkende være forbeholdt ..." (s10, Liberal Alliance's
# arbejdsmarkedspolitik), "Ægtefæller skal have ret til at overføre ..., og forældre skal kunne gøre brug af ..."
# (f05, its skattepolitik): `planned` in both golds, with the subject as the commitment. Not a pronoun or an
# expletive ("Det skal altid kunne betale sig at arbejde", s10: no scheme named), not a quantifier's general rule
# ("Enhver reform af skattesystemet bør resultere i ...", "Ingen i arbejde skal betale ...", f05), not negated
# ("Studerende ... skal derfor ikke have adgang", s10), not a bare verb (below).
_DEMAND_MODAL_WORDS = word_set("demand_modal")
_NO_SCHEME_SUBJECT = word_set("no_scheme_subject")
_QUANTIFIERS = word_set("quantifier")
_CLAUSE_AND = re.compile(r",\s+og\s+")


def _modal_demands(sentence: str, start: int, end: int) -> list[Draft]:
    out: list[Draft] = []
    for clause in _CLAUSE_AND.split(sentence):
        words = clause.split()
        at = next((k for k, w in enumerate(words[:12]) if w.lower() in _DEMAND_MODAL_WORDS), None)
        if not at:
            continue  # no modal, or nothing before it
        subject = words[:at]
        if only_adverbs(" ".join(subject)):
            continue  # V2 after an adverb, the subject after the modal: "derfor skal vi afskaffe ..." (other readers')
        after = [w.lower().strip(",.") for w in words[at + 1:at + 4]]
        if _general_subject(subject) or _NEGATION_WORDS.intersection(after) or len(words) < at + 3:
            # a demand of a bare verb ("Skattereglerne skal forenkles.", f05; "Reglerne skal forenkles.",
            # tests/nlp/test_lineage_programmes.py) names no change: f05's gold leaves it
            continue
        if after[:1] != ["have"] and not _names_a_scheme_or_people(subject):
            continue
        phrase = ARTICLE.sub("", " ".join(subject)).strip(" ,")
        # an agent before the modal names no instrument: what its active verb acts on is the demand ("Kommunerne skal
        # tilbyde gratis svømmeundervisning", "Den tabende part skal ... betale sagsomkostningerne", s12_07 gold: the
        # payment, not the party); a subject that names one is the demand's ("Obligatorisk mærkning af fødevarer skal
        # omhandle ...", s9_05)
        agent = after[:1] != ["have"] and not names_an_instrument(phrase)
        acted_on = active_object(clause) if agent else None
        if acted_on:
            phrase = acted_on
        elif agent and _acts_without_object(clause):
            # an agent's act on nothing a policy names: "• Kommuner bør investere i den tidlige indsats for udsatte
            # børn", "• Danmark skal påtage sig sin del af forpligtelsen" (s20_13, s20_10: neither in its gold); the
            # agent is no scheme demanded
            continue
        if after[:1] == ["have"] and len(words) > at + 2:
            # "Ægtefæller skal have ret til at overføre ...": what they shall have is the commitment
            phrase = ARTICLE.sub("", " ".join(words[at + 2:])).split(",")[0].rstrip(" .")
        out.append(Draft("planned", start, end, phrase, None, None, None, None, False))
    return out


def _acts_without_object(clause: str) -> bool:
    """The modal's verb is an active infinitive of an act (not a state of the subject, `_STATE_OF_SUBJECT`:
    "Førtidspension bør udelukkende være forbeholdt ...", s10 gold; not a modal) and `active_object` found no
    object for it."""
    tokens = lemma_tokens(main_clause(BULLET.sub("", clause).strip()))
    modal = next((i for i, (w, _) in enumerate(tokens[:12]) if w.lower() in _DEMAND_MODAL_WORDS), None)
    if modal is None:
        return False
    i, _ = skip_adverbs(tokens, modal + 1)
    return i < len(tokens) and is_infinitive(tokens[i]) and tokens[i][1] not in _STATE_OF_SUBJECT \
        and tokens[i][0].lower() not in MODAL_INFINITIVES


#: The verbs after a modal that say how the subject shall be or what it covers, not what it does ("• Den gensidige
#: forsørgerpligt skal gælde for alle, der lever i ægteskab", s10 gold: `planned`).
_STATE_OF_SUBJECT = frozenset({"være", "blive", "gælde"})


def _general_subject(subject: list[str]) -> bool:
    """A pronoun or expletive alone, or a quantifier's general rule: no scheme a list's demand is made of."""
    return (len(subject) == 1 and subject[0].lower() in _NO_SCHEME_SUBJECT) or subject[0].lower() in _QUANTIFIERS


def _list_subject(subject: list[str]) -> bool:
    """A subject a list's demand is made of: not a general one, a noun phrase whose head names no quality or principle
    (the conventions of `_modal_demands`)."""
    return bool(subject) and not _general_subject(subject) and _names_a_scheme_or_people(subject)


def _names_a_scheme_or_people(subject: list[str]) -> bool:
    """The subject before a list demand's modal is a noun phrase, not a fronted clause ("Indtil landbrugsstøtten er
    væk, bør dansk landbrug dog ikke stilles ringere ...", s9_05: no event in its gold; its first part holds a
    finite auxiliary), and its head names no quality or principle ("Danske forbrugeres frihed til at træffe egne
    forbrugsvalg skal respekteres ...", s9_05: none either; `modal_passive.names_a_quality_or_principle`)."""
    first = " ".join(subject).split(",")[0].split()
    if any(w.lower() in FINITE_AUX for w in first):
        return False
    tokens = lemma_tokens(" ".join(subject))
    head = next((k for k, (w, _) in enumerate(tokens) if k and (w.lower() in PREPOSITIONS or w == ",")), len(tokens))
    return head > 0 and not names_a_quality_or_principle(tokens[head - 1])


def _nominal_demand(item: str, start: int, end: int) -> list[Draft]:
    """A demand told as a noun, without a verb: "• Afskaffelse af karensdagen", "• En skærpelse af straffen for vold mod
    ansatte" under "Socialdemokratiet vil:" - the party demands the change the nominalisation names (the municipal
    README: party demands naming a concrete scheme are `planned`, by the party), read as an agreement's verbless
    items are (lexicon.item_event; issue 15: "agreement elements as verbless lists under a lead"). A noun that is no
    event of the lexicon ("Flere hænder i ældreplejen", "Mere fokus på forebyggelse") is an aim: nothing."""
    words = ARTICLE.sub("", collapse_ws(item).strip(" .;:")).split()
    if len(words) < 3 or words[1].lower() != "af" or lexicon.noun_entry(words[0]) is None:
        return []
    _, subject = lexicon.item_event(" ".join(words))
    return [Draft("planned", start, end, subject.strip(), None, None, None, None, False)]
