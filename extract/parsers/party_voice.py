"""A party's programme as its issuer: the party speaks as itself, by its abbreviation, in lead
lines, as "vi", or names its programme (danish/data/parties.csv)."""
from __future__ import annotations

import re

from danish import reference
from danish.party_forms import we_party
from danish.party_shape import party_name_pattern, shaped_parties
from danish.words import DEMAND_VERB_PATTERN, PROGRAMME_NOUNS

from .policy_genre import genre_markers
from .policy_layout import Found


# A party's programme speaks as the party: it names the party as the one that wants and works
# ("Dansk Folkeparti ønsker overordnet, at ...", "vil Dansk Folkeparti arbejde for", "Det er
# Dansk Folkepartis målsætning", corpus/municipal f06; tests/extract/test_municipal_document_facts.py
# PARTY_VOICE_SAMPLE) and in the first person plural ("er vi rede til", "vore kommuner"). One
# party only, three times or more; a news item quoting a party is told by its quotes (the genre
# marker `quote_attribution`).
_WE = re.compile(r"(?<![\wæøå])(?:[Vv]i|[Vv]ores?|[Vv]ore)(?![\wæøå])")


def _party_mention(shaped: frozenset[str] = frozenset()) -> re.Pattern[str]:
    """A party by name or other name (not the short ones: "V", "SF" stand for much else), longest
    first, in the genitive too ("Dansk Folkepartis"); `shaped`: the text's parties by the shape of
    their names (danish/party_shape.py)."""
    return party_name_pattern(shaped, shortest=8, every_multiword=True)


def _any_party_name(shaped: frozenset[str] = frozenset()) -> re.Pattern[str]:
    """A party by any name of five letters or more ("Venstre", "Dansk Folkeparti"), in the genitive too."""
    return party_name_pattern(shaped)


def speaking_party(text: str) -> Found | None:
    """The party speaking: the one party a text names three times or more while it says "vi", else the party that is
    the subject of its own sentences."""
    names = party_names_in(text)
    shaped = shaped_parties(text)
    hits = list(_party_mention(shaped).finditer(text))
    parties = {names[m.group(0)] for m in hits}
    if len(parties) == 1 and len(hits) >= 3 and len(_WE.findall(text)) >= 2:
        speaker = parties.pop()
    else:
        # the party as the subject of its own sentences; a one-word name opening a sentence may be
        # a common noun ("Alternativet er, at ...", s6_09) and names another party only mid-sentence
        # (a seven-letter name too: "Venstre går ind for ...", s7_01, as the subject of a demand verb)
        hits = list(_any_party_name(shaped).finditer(text))
        subjects = [p for p in {names[m.group(0)] for m in hits}
                    if _party_as_subject(text, [m for m in hits if names[m.group(0)] == p])]
        # (here the shorter names count too: "Venstres mål" mid-sentence is the party's)
        others = {names[m.group(0)] for m in hits if " " in m.group(0)
                  or not _SENTENCE_OPEN.search(text[max(0, m.start() - 3):m.start()])} - set(subjects)
        if len(subjects) != 1 or others:
            return None
        speaker = subjects[0]
    if any(m.cue == "quote_attribution" and m.found_in(text, "") for m in genre_markers()):
        return None
    first = next(m for m in hits if names[m.group(0)] == speaker)
    return Found(speaker, first.start(), first.end() if first.group(0) == speaker else None)


# A programme's chapter that names its party only in passing ("Efter 2001 har Dansk Folkeparti haft afgørende
# indflydelse på ...", "takket være Dansk Folkeparti", corpus/municipal s20_06) is still the party's: the municipal
# golds make the one party an excerpt names its issuer and its impersonal "skal"/"bør" sentences its demands (s20's and
# s10_04's gold_notes), a chapter that never names it none (s10_05, s18_03). Only where the text states duties in that
# voice ("skal"/"bør" twice or more: an analysis with none, Enhedslisten's s20_14, is left, though its gold names the
# party) and names no other party and quotes no one; the last of the issuer readers (policy_issuer.py), so a
# letterhead, a kommune or a byråd's minutes that mention a party ("Venstre foreslår ...", s7_08) keep theirs.
_DUTY_SENTENCE = re.compile(r"(?<![\wæøå])(?:skal|bør)(?![\wæøå])")


def only_party_named(text: str) -> Found | None:
    """The one party a programme-like text names, however often and wherever (see above), or None."""
    if not _states_demands(text) or len(_DUTY_SENTENCE.findall(text)) < 2 \
            or any(m.cue == "quote_attribution" and m.found_in(text, "") for m in genre_markers()):
        return None
    names = party_names_in(text)
    first = next(iter(_any_party_name(shaped_parties(text)).finditer(text)), None)
    if first is None:
        return None
    party = names[first.group(0)]
    return Found(party, first.start(), first.end() if first.group(0) == party else None)


# A party that names itself by its abbreviation ("SF vil afskaffe ...", "Derfor vil SF arbejde for ...", as SF's
# principprogram writes "SF arbejder for en regulering af ...", corpus/municipal s08): the abbreviation of
# parties.csv (two letters or more: "V", "K" stand for much else) as the subject of a demand verb in two
# sentences or more, no other party named, nobody quoted. Printed as the programme owner is ("SF (Socialistisk
# Folkeparti)").
_ABBREVIATION = re.compile(r"(?<![\wæøå-])[A-ZÆØÅ]{2,4}(?![\wæøå-])")


def abbreviated_speaker(text: str) -> Found | None:
    """The party whose abbreviation ("SF", "DF") is the subject of a demand verb at least twice, straight or inverted,
    in a text that names no party in full and quotes no one."""
    subjects: dict[str, list[re.Match[str]]] = {}
    for m in _ABBREVIATION.finditer(text):
        if reference.party_for(m.group(0)) is None:
            continue
        straight = _SENTENCE_OPEN.search(text[max(0, m.start() - 3):m.start()]) \
            and re.match(rf" {DEMAND_VERB_PATTERN}\b", text[m.end():m.end() + 16])
        if straight or _INVERTED_DEMAND.search(text[max(0, m.start() - 40):m.start()]):
            subjects.setdefault(m.group(0), []).append(m)
    if len(subjects) != 1 or _any_party_name().search(text) \
            or any(m.cue == "quote_attribution" and m.found_in(text, "") for m in genre_markers()):
        return None
    printed, hits = subjects.popitem()
    party = reference.party_for(printed)
    if len(hits) < 2 or party is None:
        return None
    return Found(f"{printed} ({party.name})", hits[0].start(), hits[0].end())


# A programme's chapter may speak of its party in the third person only, the party opening its
# sentences as their subject, and once at least stating what it wants ("Dansk Folkeparti har gjort
# en stor indsats ... / Dansk Folkeparti vil fastholde fokus ...", DF's arbejdsprogram, corpus/
# municipal s6_09; "Enhedslisten har altid ... Enhedslisten vil ...", tests/extract/
# test_municipal_document_facts.py PARTY_SUBJECT_SAMPLE), the demand verbs of danish/data/demand_verbs.csv.
_SENTENCE_OPEN = re.compile(r"(?:\A|[.!?:][ \t]*|\n[ \t]*)$")


def _party_as_subject(text: str, hits: list[re.Match[str]]) -> bool:
    opening = [m for m in hits if m.group(0) == text[m.start():m.end()] and not text[m.end():m.end() + 1].isalpha()
               and _SENTENCE_OPEN.search(text[max(0, m.start() - 3):m.start()])
               and re.match(r" [a-zæøå]", text[m.end():m.end() + 2])]
    wants = [m for m in opening if re.match(rf" {DEMAND_VERB_PATTERN}\b", text[m.end():m.end() + 16])]
    if len(opening) >= 2 and wants and (_party_mention(shaped_parties(text)).fullmatch(hits[0].group(0))
                                        or _states_demands(text)):
        return True  # (a short name, "Venstre", only when no other party is named: s7_08, a council item)
    inverted = [m for m in hits if _INVERTED_DEMAND.search(text[max(0, m.start() - 40):m.start()])]
    stance = [m for m in hits if _STANCE_OPENER.search(text[max(0, m.start() - 12):m.start()])
              and re.match(r" [a-zæøå]+\b", text[m.end():m.end() + 16])]
    policy = [m for m in hits if _OWN_POLICY.match(text, m.end())
              and _SENTENCE_OPEN.search(text[max(0, m.start() - 3):m.start()])]
    return bool(wants or inverted or stance or policy) and _states_demands(text)


# In Danish V2 order an adverbial opening the sentence puts the subject after the finite verb: "Derfor vil
# Venstre i højere grad sætte fokus på forebyggelse" (Venstre's programme, corpus/municipal s7_02),
# "Tilsvarende mener Alternativet, at Danmark skal afstå fra ..." (Alternativet's, s7_06): the party is the
# subject of its demand verb as much as in "Venstre går ind for fri konkurrence ..." (s7_01).
_INVERTED_DEMAND = re.compile(rf"(?:\A|[.!?:][ \t]*|\n[ \t]*)[A-ZÆØÅ][a-zæøå]+ {DEMAND_VERB_PATTERN} $")

# A programme states its party's view with the party in a fronted "for"-adverbial, the finite verb right after it
# (V2): "For Enhedslisten er socialisme ikke en færdig opskrift ..." (Enhedslisten's programme, corpus/municipal
# s9_03), "For Venstre er individets frihed ..." (Venstre's, s7_02); the eight programmes of corpus/pdf_more write
# it in all their chapters ("For Dansk Folkeparti er det vigtigt, at ...", "For Alternativet kan stat og kommune
# ...", "For Det Radikale Venstre hænger frihed og forpligtelse uløseligt sammen"); a PDF may wrap the line after
# "For" (s9_03). The party holds the view as much as the subject of a demand verb holds the demand.
_STANCE_OPENER = re.compile(r"(?:\A|[.!?:]\s*|\n[ \t]*)For\s+$")


# A programme names its party in the genitive of its own policy, opening a sentence as the subject of what the
# policy does: "Venstres miljøpolitik tager sit udgangspunkt i ..." (Venstre's programme, corpus/municipal s11_06,
# whose gold_notes make Venstre the issuer for that one mention), "Venstres transportpolitik skal bygge på ..."
# (s12_09). Mid-sentence ("Kritikken af Venstres miljøpolitik ...") it is a policy written about. With
# `_states_demands`: the only party the text names.
_OWN_POLICY = re.compile(r"s\s+[a-zæøå-]*politik\s+[a-zæøå]")


def _states_demands(text: str) -> bool:
    """The party, the subject of a demand verb (in straight or inverted order), is the only party the text
    names: a programme's chapter about its own demands (s7_01: "Venstre går ind for fri konkurrence om
    leveringen af arbejdsløshedsforsikringer", its one mention of a party), not a news item comparing
    parties (those name two or more, or quote: `speaking_party`)."""
    named = {party_names_in(text)[m.group(0)] for m in _any_party_name(shaped_parties(text)).finditer(text)}
    named |= {p.name for m in _ABBREVIATION.finditer(text) if (p := reference.party_for(m.group(0))) is not None}
    return len(named) == 1


# A party's programme states its positions as lists, each led by the party as the speaker on a
# line of its own: "Liberal Alliance mener:" (corpus/municipal f05), "Socialdemokratiet vil:",
# "Venstre foreslår:" (tests/extract/test_policy_document_facts.py samples); the party is named
# from danish/data/parties.csv. A newspaper quotes parties in sentences, not in such lead lines.
_PROGRAMME_LEAD = re.compile(r"^[ \t]*(?P<party>[A-ZÆØÅ][\wæøå-]*(?: [A-ZÆØÅ][\wæøå-]*){0,3})"
                             rf" {DEMAND_VERB_PATTERN}[ \t]*:[ \t]*$", re.M)


def party_names() -> dict[str, str]:
    """A party's name and its other names -> its name (danish/data/parties.csv, danish.reference)."""
    return reference.party_by_name()


def party_names_in(text: str) -> dict[str, str]:
    """`party_names` and the parties the text names by the shape of their names, when the table knows none of its
    parties ("Borgernes Parti", a party of 2025: danish/party_shape.py)."""
    return party_names() | {n: n for n in shaped_parties(text)}


# A party's programme names itself: "Liberal Alliances / arbejdsprogram", "Dansk Folkepartis
# Arbejdsprogram", "Det Radikale Venstres Principprogram", "Vedtaget af SF’s landsmøde" /
# "Principprogram for SF" (the four party programmes of corpus/pdf_more).
# The nouns from danish/data/programme_nouns.csv, their first letter in either case; and the assembly that adopts
# a programme, capitalised as part of its name too ("Vedtaget på Venstres Landsmøde", s18_01; "Det Konservative
# Folkepartis Landsråd", s11_04).
_PROGRAMME_NOUN = "(?:" + "|".join(f"[{n[0].upper()}{n[0]}]{n[1:]}" for n in PROGRAMME_NOUNS) + "|[Ll]andsmøde|[Ll]andsråd)"
_PROGRAMME_OWNER = re.compile(r"(?<![\wæøå-])(?P<party>[A-ZÆØÅ][\wæøå-]*(?: [A-ZÆØÅ][\wæøå-]*){0,2}?)(?:s|'s|’s)\s+"
                              + _PROGRAMME_NOUN + r"\b"
                              + r"|\b[Pp](?:rincip|arti)?program for (?P<party2>[A-ZÆØÅ][\wæøå-]*(?: [A-ZÆØÅ][\wæøå-]*){0,2})")


def party_speaking_as_we(text: str) -> Found | None:
    """A programme's chapter that speaks as the party's members ("Vi konservative ønsker ...", "os konservative",
    corpus/municipal s7_03, s7_04, whose gold makes Det Konservative Folkeparti the issuer, the municipal
    README's convention; "I Dansk Folkeparti mener vi", s6_05): the one party its "vi" names
    (danish/party_forms.py), unless it quotes someone."""
    found = we_party(text)
    if found is None or any(m.cue == "quote_attribution" and m.found_in(text, "") for m in genre_markers()):
        return None
    return Found(found.party, found.start, found.end)


def programme_party(text: str) -> Found | None:
    """The party a programme names as its own in its lead or owner line."""
    names = party_names_in(text)
    for m in _PROGRAMME_LEAD.finditer(text):
        if m.group("party") in names:
            return Found(names[m.group("party")], m.start("party"), m.end("party"))
    for m in _PROGRAMME_OWNER.finditer(text[:3000]):
        group = "party" if m.group("party") else "party2"
        words = m.group(group).split(" ")
        for k in range(len(words)):  # "Vedtaget af SF" -> "SF"; the longest run that is a party
            printed = " ".join(words[k:])
            if printed in names:
                return Found(printed, m.start(group) + len(m.group(group)) - len(printed), m.end(group))
            party = reference.party_for(printed)
            if party is not None and printed.isupper():
                return Found(f"{printed} ({party.name})", m.start(group) + len(m.group(group)) - len(printed),
                             m.end(group))
    return None
