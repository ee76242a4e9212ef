"""Danish cue phrases for lineage events, in priority order.

Each cue is a regular expression over one clause of a sentence. An optional named group
`subj` marks the commitment when the word order puts it inside the cue ("trådte
reformen ... i kraft"); `by` marks what took a dropped thing's place ("X erstattede Y":
Y is the subject, X the replacement). The first cue that matches a clause wins, so
specific phrasings come before general verbs. `decision=False` marks proposals and
expectations, told apart from political decisions (the default is the kind's, from
`kinds`). A cue with `lexicon` kinds is no pattern: the verbs of those kinds in the event
lexicon (nlp/data/event_lexicon.csv) are read over lemmas at that place in the order, so
verb lists live in the lexicon and the patterns here are word orders.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from danish.dates import MONTH_NAME_PATTERN
from danish.words import NEGATION_PATTERN
from extract.records import EventKind

from .kinds import BY_KIND
from .word_classes import alternation


@dataclass(frozen=True)
class Cue:
    kind: EventKind
    pattern: re.Pattern[str]
    decision: bool = True
    needs: tuple[str, ...] = ()  # the lowercased clause must hold one of these for the pattern to run
    frame: str = ""  # the commitment is this instrument of the subject ("suspension af" + "reglen")
    lexicon: tuple[str, ...] = ()  # read the event lexicon's verbs of these kinds at this place in the order
    # the pattern holds its own negation, which makes the kind ("er ikke ændret": kept as it was), so no negation
    # check cancels it; its subject must name a scheme (nlp/data/scheme_heads.csv), a rule or an instrument kept
    reads_negation: bool = False

    def search(self, clause: str, lowered: str, pos: int = 0) -> re.Match[str] | None:
        """The pattern's match, skipped cheaply when a required word is missing (the
        noun-phrase-led patterns backtrack over every start position)."""
        if self.needs and not any(word in lowered for word in self.needs) \
                and not any(" " in word and word in " ".join(lowered.split()) for word in self.needs):
            return None  # a needed phrase may stand over a line break ("et varigt løft\npå 300 mio. kr.", f10)
        # A line break inside a clause is where the page's width fell, a space to the cue's word order: "skal\nbevares"
        # is "skal bevares" (f06), "kan på\nlængere sigt erstattes" "kan på længere sigt erstattes" (s9_07), both
        # wrapped at another width. One character for one, so the match's offsets are the clause's.
        return self.pattern.search(clause.replace("\n", " "), pos)


# A body that judges (a name, its words joined by "for" or "og": "Institut for Menneskerettigheder"; or an
# indefinite body noun: "en ekspertgruppe") and when or where it judged ("i 2019", "i en rapport fra 2022").
_BODY = (r"\b(?-i:[A-ZÆØÅ])[\wæøå-]*(?:\s+(?:(?:for|og)\s+)?(?-i:[A-ZÆØÅ])[\wæøå-]*){0,3}"
         r"|\b(?:en|et)\s+[\wæøå-]*(?:gruppe|kommission|udvalg|råd|institut)")
_JUDGES = r"(?:vurderede|konkluderede|vurderer|konkluderer)"
_JUDGED_WHEN = (r"i\s+(?:(?:en|et|sin|sit|deres)\s+(?:[\wæøå-]+\s+)?(?:\w*evaluering|\w*rapport|analyse|undersøgelse|notat)\w*"
                r"\b(?:\s+fra\s+(?:\w+\s+)?\d{4})?|\d{4})")


def _cue(kind: EventKind, pattern: str, *, decision: bool | None = None, needs: tuple[str, ...] = ()) -> Cue:
    """`decision` defaults to the kind's (nlp/lineage/kinds.py): a plan is not a decision."""
    return Cue(kind, re.compile(pattern, re.IGNORECASE), BY_KIND[kind].decision if decision is None else decision, needs)


# A standing rule stated unchanged: a negated change in the perfect at the clause's end, "Reglerne om studieaktivitet
# i SU-systemet er ikke ændret", "Kravet om ... er fortsat ikke blevet ændret", is the rule kept as it was (the star
# README's `confirmed`: "explicitly kept or continued ... standing rules restated"); a notice of new rules tells what
# stays. The past "blev ikke ændret i 2018" tells what a reform left alone, no state (tests/nlp/
# test_generalisation_lineage.py), and "Det er ikke ændret, hvor ..." names no scheme: neither is read.
KEPT_UNCHANGED = Cue("confirmed", re.compile(
    r"\ber\s+(?:(?:stadig|fortsat|heller|dog|derimod|til gengæld)\s+)?(?:ikke\s+(?:blevet\s+)?(?:ændret|ændrede)|uændret|uændrede)"
    # the same said by the adjective, the value kept after it: "Taksten for sommerhuse er uændret." (probes17 m09),
    # "Tilskuddet til jordvarmeanlæg er uændret 30.000 kr." (probes16 04), "... at skatteprocenten og
    # grundskyldspromillen er uændrede." (probes19 m04), "Reglerne om fribeløb ... er uændrede." (probes18 n04)
    r"(?:\s+[\d.,]+\s*(?:kr\.|pct\.|procent))?\s*[.;!]?\s*$",
    re.IGNORECASE), BY_KIND["confirmed"].decision, needs=("ændre",), reads_negation=True)

_REPLACING = ("erstat", "afløs")
# What a replacement replaces, up to its clause's end; a point or comma between digits is a number's, inside the name:
# "afløser den del af lokalplan 1.12 fra 1987" (probes19 m09), "erstatter takstmodel 2.0" (tests/nlp/test_lineage_side_times.py)
_NAME_PHRASE = r"(?:[^,.;]|(?<=\d)[.,](?=\d))+"
_COMMITTEE = r"[\wæøå-]*(?:udvalg|kommission|ekspertgruppe|arbejdsgruppe|styregruppe|følgegruppe|taskforce)[\wæøå]*"


_BRINGER = r"(?:lovforslaget|loven|lovændringen|aftalen|forliget|reformen|ændringen|[\wæøå]*omlægning(?:en)?)"
BRINGS = r"(?:indebærer|betyder|medfører|indebar|betød|medførte)"  # what a bill or agreement brings about
_NP = r"[\wæøåÆØÅ\- ]+?"  # a short noun phrase without punctuation
_CHARGE = alternation("charge_noun")  # "takst", "pris": the heads of a charge a decision sets
_MONTH = MONTH_NAME_PATTERN
_WHEN = rf"(?:\s+(?:pr\.|fra|med virkning fra|i|den)\s+(?:\d{{1,2}}\.\s*)?(?:{_MONTH}\s+)?\d{{4}})?"
# A time adverbial: "i 2014", "den 1. januar 2024", "med virkning fra 1. juli 2019" (nlp/lineage/dating.py builds its
# time openers from it).
TIME_ADVERBIAL_PATTERN = (rf"(?:(?:fra og med|med virkning fra|med virkning pr\.|fra|pr\.|per|i|siden|den|d\.|til)\s+)?"
                          rf"(?:\d{{1,2}}\.\s*)?(?:{_MONTH}\s+)?\d{{4}}\b")
# What takes the place, up to the clause's punctuation but past a date's ordinal dot: "erstattes af en socioøkonomisk
# tildelingsmodel fra 1. august 2025" (the date is cut off later, clean_phrase; a dot after a day number before a month
# name ends no clause, danish/sentences.py)
_SUCCESSOR = rf"(?P<by>(?:[^,.;]|(?<=\d)\.(?=\s*{_MONTH}\b))+)"
# How a thing kept goes on: unchanged, as before, in its present form.
_AS_BEFORE = r"(?:uændret|uændrede|som hidtil|som i dag|i (?:sin |sit |sine |deres )?(?:uændret|uændrede|samme|nuværende|hidtidige) form)"
# Adverbs between an auxiliary and its participle ("er nu erstattet", "blev samtidig erstattet").
_ADV = r"(?:nu|dermed|derfor|således|også|senere|samtidig|i stedet|efterfølgende|herefter|siden)"

# The passive of a replacement with its own auxiliary after "og": "Ordningen ... er ophørt og er afløst af en ny
# specialistlinje" (the splitter cuts before "og er"; the clause shares the first's subject, as "X afskaffes og
# erstattes af Y"); only after "og" (clauses.py), not after a comma ("Målsætningen om, at ..., er afløst af ...").
COORDINATED_PASSIVE_REPLACEMENT = _cue(
    "replaced", rf"^\s*(?:blev|er|bliver|er blevet)\s+(?:{_ADV}\s+)?(?:erstattet|afløst){_WHEN}\s+af\s+{_SUCCESSOR}",
    needs=_REPLACING)

# "indgå i" a whole is to be part of it ("Tallene, som er indgået i opgørelsen", "der er indgået i beregningen"): an
# agreement is "indgået" at a time ("i juni 2023", "i foråret") or in a setting ("i forbindelse med finansloven"), and
# only then made (tests/nlp/test_lineage_passive_clauses.py)
_NOT_PART_OF = (r"(?!\s+i\s+(?![0-9]|" + MONTH_NAME_PATTERN + r"|foråret|efteråret|sommeren|vinteren|slutningen|begyndelsen"
                r"|forbindelse|forlængelse|dag\b|år\b))")


CUES: tuple[Cue, ...] = (
    # confirmed by a negated change at the clause's end, before the verbs of changing read it as a change denied
    KEPT_UNCHANGED,
    # replaced: ended and the text names what takes its place.
    # (not after a fronted time, where V2 puts the subject after the verb: "Den 1. januar 2024 erstattede Barnets lov de
    # dele af serviceloven", read by the lexicon's active verb)
    # "erstatter X med Y": the agent replaces the old thing with the new ("Kommunen erstatter papirblanketten med en
    # digital løsning"); finite only: the infinitive under a party's modal is the demand readers' ("afskaffe kongehuset
    # og erstatte det med en demokratisk-republikansk styreform", s7_05 gold), and "med tiden" is "in time"
    _cue("replaced", rf"\b(?:erstatter|erstattede)\s+(?P<subj>[^,.;]+?)\s+med\s+(?!tiden\b){_SUCCESSOR}", needs=_REPLACING),
    _cue("replaced", rf"\b(?P<by>{_NP})(?<!\d)\s+(?:erstattede|erstatter|afløste|afløser)\s+(?:desuden\s+|dermed\s+)?(?P<subj>{_NAME_PHRASE})", needs=_REPLACING),
    # V2 after the fronted time: the new thing, then the old one from its determiner on
    _cue("replaced", rf"^\s*{TIME_ADVERBIAL_PATTERN}\s+"
                     r"(?:erstattede|erstatter|afløste|afløser)\s+(?P<by>(?:[\wæøåÆØÅ-]+\s+){1,3}?)(?P<subj>(?:de|den|det|en|et)\s+" + _NAME_PHRASE + r")",
         needs=_REPLACING),
    # coordinated: "X afskaffes og erstattes af Y", "X blev afskaffet pr. 1. juli 2019 og erstattet af Y"
    # (a participle after its auxiliary, or a present passive: "De nationale test blev afskaffet" is no "test")
    # (a sentence adverb may stand between the auxiliary and the participle: "blev samtidig ophævet og erstattet af")
    # (or a finite verb of ending: "Ordningen med natbusser ophører den 1. juli 2025 og erstattes af et udvidet tilbud")
    _cue("replaced", rf"\b(?P<subj>{_NP})\s+(?:(?:blev|bliver|er blevet|er|var)\s+(?:{_ADV}\s+)?[\wæøå]+(?:et|t)|[\wæøå]+es|ophører|ophørte|udløber|udløb|bortfalder|bortfaldt)\b[^,;]*?\s+og\s+(?:(?:blev|er)\s+)?(?:erstattet|afløst|erstattes|afløses)\s+(?:af|med)\s+{_SUCCESSOR}", needs=_REPLACING),
    # a verb phrase coordinated after another, its subject the first's: "Sundhedspolitikken blev vedtaget ... og afløser
    # sundhedspolitikken fra 2015" (the clause splitter cuts before "og afløser"; clauses.py gives the first's subject)
    _cue("replaced", r"^\s*(?:erstatter|erstattede|afløser|afløste)\s+(?P<subj>" + _NAME_PHRASE + ")", needs=_REPLACING),
    COORDINATED_PASSIVE_REPLACEMENT,
    # inverted: "Fra 2020 afløses kontanthjælpsloftet af et nyt ydelsesloft"
    _cue("replaced", rf"\b(?:erstattes|afløses)\s+(?!af\b)(?P<subj>[^,.;]+?)\s+af\s+{_SUCCESSOR}", needs=_REPLACING),
    # a time may stand between verb and agent: "Integrationsydelse erstattes pr. 1. januar 2020 af ..." (p07)
    _cue("replaced", rf"\b(?P<subj>{_NP})\s+(?:blev|bliver|er blevet|er|erstattes|afløses)\s*(?:{_ADV}\s+)?(?:erstattet|afløst)?{_WHEN}\s+af\s+{_SUCCESSOR}", needs=_REPLACING),
    # "erstattes med Y" names the new thing as "erstattes af Y" does ("Papirblanketten erstattes med en digital
    # løsning"), the verb itself before "med" (not "blev med virkning fra ... afløst af")
    _cue("replaced", rf"\b(?P<subj>{_NP})\s+(?:(?:blev|bliver|er blevet|er)\s+(?:{_ADV}\s+)?erstattet|erstattes){_WHEN}\s+med\s+{_SUCCESSOR}", needs=_REPLACING),
    # a prepositional phrase in the central field between the auxiliary and the participle: "Folkeskolens nationale
    # test blev ved lov nr. 1010 af 2022 erstattet af nye nationale færdighedstest" (Danish puts adverbials there, as
    # the time above; the participle must follow, so "af 2022" inside the phrase is no agent)
    _cue("replaced", rf"\b(?P<subj>{_NP})\s+(?:blev|bliver|er blevet|er)\s+(?:ved|med|gennem)\s+[^,;]{{1,60}}?\s+"
                     rf"(?:erstattet|afløst)\s+af\s+{_SUCCESSOR}", needs=_REPLACING),
    # inverted order: "Fra 2020 er målingen X erstattet af Y"; with the ending participle coordinated before it, as
    # the coordinated cue above in subject-first order: "I 2013 blev X afskaffet og erstattet af Y"
    _cue("replaced", rf"\b(?:er|blev|bliver)\s+(?!(?:{_ADV}|blevet)\s)(?P<subj>[^,;]+?)\s+(?:[\wæøå]+(?:et|t)\s+og\s+)?(?:erstattet|afløst)\s+af\s+(?P<by>[^,;]+?)(?=[,;]|(?<!\d)\.\s|\.\s(?!{_MONTH}\b)|\.$|$)", needs=_REPLACING),
    # "Y indføres i stedet for X" (not "i stedet for at være ...": a comparison, no event)
    _cue("replaced", r"\b(?:indføres|indført|oprettes|oprettet|kommer|træder)\b[^.;]*?\bi stedet for\s+(?!at\b)(?P<subj>[^,.;]+)"),
    # dropped: "ikke længere at anvende", "afskaffes", "afslutte følgende målinger".
    # an exemption: the rules stop applying to a group ("Frikommunerne er blevet fritaget fra en række regler
    # om, hvor ofte ...", p30; tests/nlp/test_lineage_permissions.py); the commitment is what they are freed from
    _cue("dropped", r"\bfritage(?:t|s|r)?\s+(?:fra|for)\s+(?P<subj>[^.;]+)", needs=("fritag",)),
    _cue("dropped", r"\bikke længere (?:at )?(?:anvende|bruge|benytte|have|gælde|udarbejde)\s+(?P<subj>[^,.;]+?)(?=\s+til at\b|\s+for at\b|[,.;]|$)"),
    # verbs of ending (afskaffe, ophæve, nedlægge, afvikle, udfase, udgå, stoppe, afslutte, fjerne, bortfalde,
    # ophøre): the event lexicon
    Cue("dropped", re.compile(r"(?!)"), lexicon=("dropped",)),
    _cue("dropped", r"(?<!frist )(?<!fristen )\budløb(?:er|et)?\b"),
    # "offentliggøres ikke længere", "vil ikke længere blive opgjort"; not "ikke længere relevante"
    _cue("dropped", r"\bikke længere\s+(?:blive\s+\w+|\w+es)\b|\b\w+es ikke længere\b"),
    _cue("dropped", r"\bbortfald\b"),  # the noun ("bortfald af ..."); the verbs afslutte, fjerne, bortfalde, ophøre: the lexicon
    # planned: announced, expected, proposed, not yet decided.
    # an evaluation set going: "Der gennemføres en evaluering af ...", "Evalueringen offentliggøres i 2022"
    _cue("planned", r"\b(?:gennemføres|igangsættes|iværksættes|igangsætter|iværksætter)\s+(?:en |et )?(?:\w+ )?evaluering\w*"
         r"|\bevaluering\w*\s+(?:offentliggøres|afsluttes|afrapporteres)\b"),
    # "Ordningen evalueres i 2021", not "evalueres løbende" (routine follow-up)
    _cue("planned", r"\bskal (?:\w+ )?evalueres\b|\bevalueres\s+(?:af\s+[^.;,]{2,60}?\s+)?(?:i\s+(?:\d{4}|løbet|foråret|efteråret|år|\w+ halvår)|senest|efter|inden|medio|ultimo|primo)\b|\bvil\s+(?P<subj>(?:[\wæøå()-]+\s+){0,5}?)blive\s+(?:drøftet|evalueret|fremlagt|offentliggjort|gennemført|indført|afskaffet|ændret|udvidet|erstattet|afløst)\b"),
    _cue("planned", r"\btræder i kraft\b|\bvil (?:nu )?(?:indføre|afskaffe|ændre|udvide|evaluere|offentliggøre|lancere|etablere|oprette|drøfte)\b",
         decision=False),
    # not "det ydelsesomfang, der kan forventes": an expected value, not a plan
    # ("ventes" is the short form of "forventes": "Lovforslaget ventes fremsat i efteråret 2025")
    _cue("planned", r"(?<!kan )(?<!kunne )\b(?:for)?ventes\b(?! at ske)", decision=False),
    # "det er intentionen, at benchmarkingmodellen opdateres halvårligt" (seed 002), "Det er således formålet, at
    # etablere et samlet aktivitetscenter på Solvej 6" (s03): the purpose the writer states is announced, `planned`
    # in both golds (straight order only: "er det hensigten, at kommunerne skal øge fokus", s6_09, is an aim)
    _cue("planned", r"\bplaner om\b|\bdet er intentionen\b|\bdet er (?:således |netop )?formålet\b(?=\s*,?\s*at\b)|\bplanlægges\b|\ber planlagt\b|\bpåbegyndes\b|\budvikles\b|\bforeslår\b|\bforeslås\b|\blægger op til\b"
         # a recommendation in minutes is proposed, not decided (f03: "Indstilles til godkendelse" -> planned;
         # f12: "indstilles en justeret ramme", "Det indstilles samtidigt, at det delegeres ..." -> planned)
         r"|\b(?:indstiller|indstilles|anbefaler|anbefales)\b(?=\s*,?\s*(?:det\s+)?(?:at|en|et|de|den|det)\b)",
         decision=False),
    # a document or rule being made or revised is still to come: "der er et nyt takstcirkulære under udarbejdelse
    # i KKR-regi" (f03), "Ydelseskataloget ... er under revision" (s6_11): both golds `planned`
    _cue("planned", r"\b(?:er|var)\s+(?:(?P<subj>(?:en|et)\s+[^,.;]{2,80}?)\s+)?under\s+(?:udarbejdelse|revision|forberedelse)\b",
         decision=False, needs=("under udarb", "under revi", "under forb")),
    # put forward for a decision, told as a state: "vil snarligt være klar til politisk godkendelse" (s6_11), as
    # "fremlægges til godkendelse" (f08) and "Indstilles til godkendelse" (f03) are (lexicon.DECISION_NOUNS)
    _cue("planned", r"\b(?:(?:vil|skal)\s+(?:[\wæøå]+\s+)?være\s+)?klar\s+til\s+(?:[\wæøå]+\s+)?(?:godkendelse|vedtagelse|beslutning)\b", decision=False, needs=("klar til",)),
    # evaluated: an evaluation or assessment of results.
    # evaluations set going or published (issue 15: "er sat i gang", "offentliggjort tre evalueringer";
    # seed 004: the evaluation programme started is `evaluated`)
    _cue("evaluated", r"\bevaluering\w*\b[^.;]{0,60}?\b(?:er|blev)\s+(?:\w+\s+)?(?:sat i gang|igangsat|iværksat|påbegyndt)\b"
         # the active: "Ministeren har sat en evaluering af reformen i gang" (the particle verb "sætte i gang")
         r"|\b(?:sat|satte|sætter)\s+(?:en |et )?(?:[\wæøå]+\s+)?evaluering\w*\s+af\s+(?P<subj>[^.;]{1,60}?)\s+i gang\b"
         r"|\b(?:offentliggjort|offentliggjorde|offentliggør|udgivet|udgav|præsenteret|præsenterede)\s+(?:[\wæøå]+\s+){0,4}?evalueringer\b",
         needs=("evaluer",)),
    # an evaluation set going without saying of what: the evaluation is the subject ("STAR har i 2019 sat en ny
    # evaluering i gang")
    _cue("evaluated", r"\b(?:sat|satte|sætter)\s+(?:en |et )?(?P<subj>(?:[\wæøå]+\s+)?evaluering\w*)\s+i gang\b", needs=("evaluer",)),
    # the same verb's other particle form, "sætte gang i" (Den Danske Ordbog, sætte: "sætte gang i noget"): "Der er
    # sat gang i en evaluering af ordningen", "Ministeriet satte i 2021 gang i en evaluering af reformen"
    _cue("evaluated", r"\b(?:sat|satte|sætter|sættes)\s+(?:[\wæøå]+\s+){0,3}?gang\s+i\s+(?:en |et )?(?:[\wæøå]+\s+)?evaluering\w*\s+af\s+"
                      r"(?P<subj>[^,.;]{1,60}?)\s*(?=[,.;]|$)", needs=("evaluer",)),
    # the support verb of an evaluation in an object relative: "en ny midtvejsevaluering af frikommuneforsøget
    # ..., som KORA har foretaget" (p30; tests/nlp/test_lineage_relatives.py); events._object_relative
    _cue("evaluated", r"^\s*som\s+(?P<actor>[^,.;]+?)\s+(?:har\s+|havde\s+)?(?:(?:også|selv|tidligere|netop)\s+)?"
                      r"(?:foretaget|gennemført|udarbejdet|foretog|gennemførte|udarbejdede)\b", needs=("foret", "gennemf", "udarbejd")),
    _cue("evaluated", r"\bviser en (?:\w+ )?evaluering\b|\bevalueringsprogram\w*|\bfokusrevision\w*|\bblev evalueret\b|\ber evalueret\b|\bhar (?:\w+ )?evalueret\b|\b(?:gennemført|foretaget|udarbejdet) (?:en |et )?(?:\w+ )?evaluering\w*"),
    # "Evalueringen af kontanthjælpsreformen blev offentliggjort i 2016"
    _cue("evaluated", r"\bevaluering\w*\b[^.;]{0,80}?\b(?:blev|er|var|er blevet)\s+(?:\w+\s+)?(?:offentliggjort|udgivet|præsenteret|gennemført|afsluttet)\b"),
    _cue("evaluated", r"\b(?:evaluering|evalueringen|evalueringer)\b[^.;]{0,60}?\b(?:viser|viste|peger på|pegede på|konkluderer|konkluderede)\b"),
    # what an evaluation examines, in a text that publishes it: "Evalueringen af jobafklaringsforløb har til
    # formål at afdække ...", "Evalueringen ser på konsekvenserne af ..." (p18), "et bredt evalueringsprogram,
    # der belyser samtlige af reformens elementer" (seed 004)
    _cue("evaluated", r"\bevaluering\w*\b(?:\s+af\s+[^,.;]{1,120}?)?,?\s+(?:der\s+)?(?:har til formål at (?:afdække|belyse|undersøge)|ser på|belyser|afdækker|undersøger)\b",
         needs=("evaluer",)),
    # an effect measured, or found missing, is an assessment of results: "kunne da heller ikke måle nogen konkret
    # effekt på beskæftigelsen" (p04), "For 225-timersreglen kan Finansministeriet ikke måle en håndgribelig
    # effekt" (p06); "Ifølge Finansministeriets udregning har kontanthjælpsloftet gjort, at 250 ..." (p06).
    # A negation here is the finding, not a denial of the event (`assessment` lets it through).
    _cue("evaluated", r"^\s*for\s+(?P<subj>[^,]{3,60}?)\s+(?:kan|kunne)\s+(?P<actor>[A-ZÆØÅ][\wæøå ]{2,60}?)\s+(?:ikke\s+|heller ikke\s+)?"
         r"(?:måle|påvise|finde|se)\s+(?:en\s+|nogen\s+)?(?:[\wæøå]+\s+)?effekt", needs=("effekt",)),
    _cue("evaluated", r"\bifølge\s+(?P<actor>[A-ZÆØÅ][\wæøå ]{1,60}?)[’']?s\s+(?:udregn\w*|beregn\w*|analyse\w*|opgørelse\w*)\s+"
         r"(?:har|havde)\s+(?P<subj>[^,.;]{3,60}?)\s+(?:gjort|betydet|medført|ført til)\b", needs=("ifølge",)),
    # an assessment of results by another name (the conventions' "evaluation or assessment of results"):
    # "I denne analyse viser vi, at tilgangen til tidlig pension er langt lavere" (p16), "viser en
    # omfattende evaluering" (seed 003), "Ifølge Finansministeriets udregning har X gjort, at" (p06)
    _cue("evaluated", r"\b(?:analyse|analysen|undersøgelse|undersøgelsen|effektmåling\w*|opgørelse\w*)\b[^.;]{0,30}?"
         r"\b(?:viser|viste|konkluderer|konkluderede|dokumenterer|dokumenterede)\b(?:\s+\w+)?,?\s+at\b",
         needs=("viser", "viste", "konklud", "dokument")),
    # a body's finding reported in its named report, the verb of judging in the past: "Danmarks Evalueringsinstitut
    # konkluderede i en evaluering fra 2021, at slutlånet ..." (probes21 n02), "Klimarådet vurderede i sin statusrapport
    # fra februar 2024, at regeringen ..." (probes11 n05): an assessment of results, its maker the body named
    # The same judgement told with its year or its report on either side of the verb, in a main or a subordinate
    # clause's word order, its present with the report it stands in: "en ekspertgruppe i 2019 vurderede, at testene
    # ..." (probes25 n03), "efter at Institut for Menneskerettigheder i en rapport fra 2022 konkluderede, at ..."
    # (probes25 n11), "Institut for Menneskerettigheder vurderer i et notat, at ..." (probes24 n11). The body is a name
    # (its words joined by "for"/"og") or an indefinite body noun; without a year or a report "Regeringen vurderer,
    # at" is an opinion held, no assessment made.
    _cue("evaluated", rf"(?P<actor>{_BODY})\s+(?:{_JUDGED_WHEN}\s+{_JUDGES}|{_JUDGES}\s+(?:allerede\s+)?{_JUDGED_WHEN}),?\s+at\b",
         needs=("vurdere", "konkludere")),
    # a body's review of how a scheme has worked: "Kommissionen har gennemgået erfaringerne fra strukturreformen i 2007"
    # (probes24 n07), "Gruppen har gennemgået erfaringerne med udbuddet af togtrafikken ..." (probes25 n07): an
    # assessment of results, what was tried the subject, the body its maker
    _cue("evaluated", rf"(?P<actor>{_BODY})\s+(?:har|havde)\s+(?:[\wæøå]+\s+)?(?:gennemgået|gennemgik)\s+erfaringerne\s+(?:med|fra)\s+"
                      r"(?P<subj>[^,.;]+?)(?=\s*[,.;]|$)", needs=("erfaringerne",)),
    # confirmed: explicitly kept or continued.
    # verbs of keeping (fastholde, videreføre, opretholde, bibeholde, permanentgøre): the event lexicon
    Cue("confirmed", re.compile(r"(?!)"), lexicon=("confirmed",)),
    # not under a modal of duty: "Skoler og børneinstitutioner på øerne skal bevares" is a call to keep, no decision
    # (f06 gold notes; the lexicon reads "skal" + verb as a rule the same way)
    # a keep-statement's adverbial of continuity (the municipal README: "keep this" statements are `confirmed`):
    # "fortsætter uændret", "fortsætter som hidtil", "bevares i sin nuværende form", "fortsætter i samme form"
    _cue("confirmed", rf"(?<!skal )(?<!skulle )(?<!bør )(?<!må )\bbevares\b(?=\s*(?:[,.;]|$|uændret|fortsat|som\b|{_AS_BEFORE}))|\bgælder fortsat\b|\bfortsat gælder\b|\bforbliver (?:uændret|uændrede|i kraft)\b|\bfortsætter\s+(?:{_AS_BEFORE}|i \d{{4}}|frem til|til og med)\b"),
    # introduced: created, adopted, decided, launched.
    _cue("introduced", r"\btrådte\s+(?P<subj>[^,.;]*?)\s*i kraft\b"),
    # agreed on a thing (not "enige om at ...", a decision about a verb): "Regeringen, KL og Danske
    # Regioner blev i 2018 enige om otte nationale mål" (issue 15: reported decisions of a government)
    _cue("introduced", r"\b(?:blev|er|var)\s+(?:[\wæøå]+\s+){0,6}?enige?\s+om\s+(?!at\b|,)(?P<subj>[^,.;]+)", needs=("enig",)),
    # a new right or duty given (issue 15: "en ny ret til"): "Med aftalen får ledige en ny ret til opkvalificering"
    _cue("introduced", r"\b(?:får|fik|giver|gav|gives|indføres|indførte)\b[^.;]{0,40}?\bnye?\s+(?P<subj>(?:ret|pligt|mulighed|krav)\s+(?:til|for|om)\s+[^,.;]+)",
         needs=("ny",)),
    # a rule that exists from a date on, told without a verb of creating: "Fra 1. januar 2019 er der et krav
    # om, at man skal have opholdt sig i Danmark ..." (p09; tests/nlp/test_lineage_existence.py); the
    # date is required: "der er et krav om" alone restates a standing rule
    _cue("introduced", rf"^\s*(?:(?:fra|pr\.|med virkning fra|siden)\s+(?:den\s+)?(?:\d{{1,2}}\.\s*)?(?:{_MONTH}\s+)?\d{{4}},?\s+"
                       r"(?:er|gælder)\s+der|der\s+(?:er|gælder)\s+(?:fra|pr\.|med virkning fra|siden)\s+(?:den\s+)?(?:\d{1,2}\.\s*)?"
                       rf"(?:{_MONTH}\s+)?\d{{4}})\s+(?:nu\s+|også\s+)?(?:(?:et|en)\s+)?(?:nye?\s+)?"
                       r"(?P<subj>[\wæøå-]*(?:krav|regel|regler|ret|pligt)\s+(?:om|til|for)\b,?[^.;]*)",
         needs=("krav", "regel", "regler", "ret ", "pligt")),
    # an object relative on an agreement: "aftalen om en fælles ghettostrategi, som regeringen indgik i
    # efteråret 2010 med ..." (p02); the antecedent is the commitment (events._object_relative)
    # (not a passive subject relative: "forsvarsforliget for 2024-2033, som blev indgået i juni 2023" has no agent
    # after "som"; the auxiliary is no actor, and the later cue of "blev indgået" reads it, as it reads "der blev indgået")
    _cue("introduced", r"^\s*som\s+(?!(?:blev|er|var|bliver|er\s+blevet|var\s+blevet)\s)(?P<actor>[^,.;]+?)\s+(?:har\s+|havde\s+)?(?:(?:også|selv|tidligere|senere|allerede)\s+)?indg(?:ik|ået|år)\b" + _NOT_PART_OF),
    # an agreement made ("indgå en aftale"): its noun may be a compound with "aftale"/"forlig" as its head (the head
    # of a Danish compound is its last part: "flerårsaftale", "medieaftale", "budgetforlig"), told with what it is
    # about ("om", "for") or alone, with its partners after "med"
    _cue("introduced", r"\bindg(?:ik|ået|år|ås)\s+(?:(?:[^.;]|(?<=\d)\.)*?\s)?(?P<subj>(?:en |et )?(?:bred |politisk |ny )*"
                       r"[\wæøå-]*(?:aftale|forlig)(?=[\s,.;]|$)(?:\s+med\s+(?P<partners>[^.;]+?)(?=\s+om\s))?(?:\s+(?:om|for)\s+[^,.;]+)?)"),
    _cue("introduced", r"\b(?P<actor>(?:aftaleteksten|lovbemærkningerne|aftalen|loven|lovforslaget)(?:\s+til\s+[^,.;]+?)?)(?=\s+fra\s+\d{4}|\s+og\s+af\b|\s+fremgår)[^.;]*?\bfremgår\b[^.;]*?\bskal (?:\w+ )?(?:udarbejdes|indføres|fastsættes|oprettes|etableres)\s+(?P<subj>[^,.;]+)"),
    # verbs of creating and adopting (indføre, vedtage, oprette, etablere, lancere, iværksætte ...): the event lexicon
    Cue("introduced", re.compile(r"(?!)"), lexicon=("introduced",)),
    _cue("introduced", r"\btilføjet (?:\w+ )?nye?\b"),
    # a council's decision told as the ground of what follows: "I forlængelse af byrådets beslutning af juni 2011
    # udnyttes synergien i sammenhæng med projektet ..." (f09), "Kulturafdelingen har i forlængelse af Byrådets
    # beslutning lagt en plan for arbejdet med satsningen ..." (f14): the council decided (both gold notes), and
    # what the clause goes on to tell is the commitment
    _cue("introduced", r"\bi forlængelse af\s+(?P<actor>[\wæøåÆØÅ-]*(?:[Bb]yråd|[Kk]ommunalbestyrelse|udvalg|[Rr]egering|"
                       r"forligskreds)(?:et|en|n)?)s\s+beslutning(?:\s+(?:af|fra)\s+(?:den\s+)?(?:\d{1,2}\.\s*)?"
                       rf"(?:{_MONTH}\s+)?\d{{4}})?\s+(?:[a-zæøå]+(?:es|er|t|et)\s+)?(?:(?:en|et)\s+)?(?P<subj>[^\s.;][^.;]*)",
         needs=("beslutning",)),
    # a decision made, told by its support verb: "Byrådet i Syddjurs Kommune har allerede truffet principbeslutning om
    # at arbejde for en marin naturnationalpark" (s6_07), "Aarhus Byråd træffer en principbeslutning om, at der skal
    # findes en permanent placering til Havnens Perle" (s07, proposed: `planned` by the proposal); what was decided
    # is the commitment. Not "Beslutningen træffes af ..." (the standard template line: who decides), nor a body's
    # competence in the present ("Udvalget træffer beslutning om tildeling af tilskud": how the service works).
    _cue("introduced", r"\b(?:(?:har|havde)\s+(?:[\wæøå]+\s+)?)?(?:(?:truffet|traf|trufne)\s+(?:[^\s,.;]+\s+){0,3}?(?:en\s+|nye?\s+)?|træffer\s+en\s+)"
                       r"[\wæøå]*beslutning(?:er)?\s+om\s*,?\s+(?!(?:hvorvidt|hvordan|hvornår|hvilke|hvem|hvor)\b)(?:at\s+)?"
                       r"(?:arbejde\s+for\s+(?:at\s+)?|der\s+(?:skal|bør|kan|vil)\s+[\wæøå]+\s+)?(?P<subj>[^,.;]+)",
         needs=("beslutning",)),
    # money granted as a lift: "I økonomiaftalen ... lykkedes det at få et varigt løft på 300 mio. kr. til
    # kronikerindsatsen" (f08), "et gennembrud på sundhedsområdet, som betyder et varigt løft på 300 mio. kr. til
    # blandt andet kronikerindsatsen" (f10): the grant is introduced (as "afsat 300 mio. kroner", s02)
    _cue("introduced", r"\b(?:få|får|fik|fået|giver|gav|givet|betyder|betød)\s+(?:et\s+)?(?P<subj>(?:[\wæøå]+\s+)?løft\s+på\s+[\d.,]+\s*"
                       r"(?:mio|mia|millioner|milliarder)\.?\s*(?:kr\.?|kroner)?(?:\s+til\s+[^.;]+)?)", needs=("løft på",)),
    # "lægge en plan": to make one (f05: "Liberal Alliance har lagt en 2025-plan, hvor ..."; corpus/pdf/
    # syddjurs_referat_puk_2013-06-20: "Kulturafdelingen har i forlængelse af Byrådets beslutning lagt en plan for
    # arbejdet"); the plan is the commitment, its content the clause after it
    _cue("introduced", r"\b(?:har|havde)\b[^.;]{0,60}?\blagt\s+(?P<subj>(?:en|et)\s+(?:ny\s+)?[\wæøå-]*(?:plan|strategi)\b(?:\s+for\s+[^,.;]+?)?)(?=[,.;]|$)",
         needs=("lagt",)),
    _cue("introduced", r"\b(?:blev|er|var)\s+(?!der\b|det\b)(?P<subj>(?:[\wæøå-]+\s+){1,4}?)indgået\b" + _NOT_PART_OF),
    _cue("introduced", r"\b(?:er|blev) det besluttet\b|\b(?:blev|er|var) indgået\b" + _NOT_PART_OF + r"|\bbesluttede\b|\b(?:har|er|blev) besluttet\b|\blanceres\b|\bopstillet\b|\btil at fastlægge\b|\bfastlagt\b|\btilsluttede sig\b|\boffentliggjorde\b"),
    _cue("introduced", r"\bhar\b[^.;]{0,30}?\boffentliggjort\b"),
    _cue("introduced", r"\b(?:er|blev) (?:der )?udviklet (?:\w+ )?nye?\b|\budviklet (?:\w+ )?nye?\b"),
    # a committee "nedsat" is set up, not reduced: "Der blev nedsat en ekspertgruppe", "Udvalget blev nedsat i 2013"
    # not "den nedsatte ydelseskommission" (after a determiner the participle is an adjective)
    _cue("introduced", rf"(?<!\bden )(?<!\bdet )(?<!\bde )(?<!\ben )(?<!\bet )\bnedsat(?:te|tes)?\s+(?:[^.;]{{0,30}}?\s)?(?P<subj>{_COMMITTEE}(?:\s+(?:om|for|vedrørende)\s+[^,.;]+)?)",
         needs=("nedsat",)),
    # the same verb to come: "Regeringen vil nedsætte en pensionskommission", "I foråret nedsættes en ekspertgruppe"
    # (a plan: the committee is set up later)
    # (the infinitive only under "vil"/"skal": an agreement's item "- nedsætte en ekspertgruppe" is the agreement's
    # element, introduced, tests/nlp/test_lineage_unseen_forms.py)
    _cue("planned", rf"(?:\b(?:vil|skal)\s+(?:[\wæøå]+\s+){{0,3}}?nedsætte|\bnedsætte[sr])\s+(?:[^.;]{{0,30}}?\s)?"
                    rf"(?P<subj>{_COMMITTEE}(?:\s+(?:om|for|vedrørende)\s+[^,.;]+)?)", needs=("nedsætte",), decision=False),
    _cue("introduced", rf"\b(?P<subj>{_COMMITTEE}(?:\s+(?:om|for)\s+[^,.;]+?)?)\s+(?:blev|er|bliver)\s+(?:\w+\s+)?nedsat\b",
         needs=("nedsat",)),
    # changed: modified, extended or narrowed.
    # "I opdateringen af modellen indgår X": the model changed, X now counts
    # a permission granted: what a group may now do ("de har fået lov til at lave andre aktive indsatser end
    # normalt", p30; tests/nlp/test_lineage_permissions.py)
    # (?P<recipient>) marks a cue whose clause subject receives, and so is no actor ("Jobcentrene har fået lov")
    _cue("changed", r"(?P<recipient>)\b(?:får|fik|fået)\s+(?:[\wæøå-]+\s+){0,3}?(?P<subj>lov\s+til\s+at\s+[^.;,]+)", needs=("lov til",)),
    _cue("changed", r"\bopdatering\w* af (?P<of>[^,.;]*?)\s*\bindgår\s+(?P<subj>[^,.;]+)"),
    # Participles only after a passive auxiliary: "er så begrænset" describes, it does not change.
    _cue("changed", r"\b(?:blev|bliver|er blevet|vil blive)\s+(?P<subj>(?:[\wæøå-]+\s+){0,4}?)(?:ændret|begrænset|målrettet|omlagt|udvidet|justeret|forenklet|forlænget|hævet|sænket|forhøjet|nedsat|lempet)\b"),
    # Present passives of narrowing verbs ("målrettes") mostly restate a reform's intentions.
    # "er ordningen ændret", not "er så begrænset" (a description): only verbs of change
    _cue("changed", r"\ber\s+(?:blevet\s+)?(?P<subj>(?:[\wæøå-]+\s+){0,3}?)(?:ændret|udvidet|forlænget|justeret|omlagt|forenklet|forhøjet|hævet|sænket)\b"),
    # a rename: "Arbejdsdirektoratet ændrede i 2007 navn til Arbejdsmarkedsstyrelsen" (the renamed is the head)
    _cue("changed", r"\b(?:ændrede|ændrer|skiftede|skifter|ændret|skiftet|fik|får)\s+(?:[\wæøå]+\s+){0,3}?navn\s+til\s+[^,.;]+",
         needs=("navn",)),
    # verbs of change in any voice (ændre, omlægge, udvide, justere, forlænge, hæve, sænke, forhøje,
    # lempe, skærpe ...): the event lexicon ("nedsættes" stays with the phrase cues: a committee is set up)
    Cue("changed", re.compile(r"(?!)"), lexicon=("changed",)),
    _cue("changed", r"\bnedsættes\b"),
    # its participle with the new value or the step: "blev ... nedsat til to år" (probes23 n12), "blev den hidtidige
    # varighedsbegrænsning på 52 uger nedsat til 22 uger" (probes11 n02), "blev i 2007 nedsat til én måned" (probes12
    # n11), "er den maksimale bygningshøjde nedsat fra 14 til 12 meter" (probes19): a value lowered; a committee "nedsat"
    # has no value after it, nor part-time work ("på nedsat tid")
    _cue("changed", r"\bnedsat\s+(?:fra|til|med)\s+(?:ca\.\s+)?(?:\d|(?:én|en|et|to|tre|fire|fem|seks|syv|otte|ni|ti)\b)"),
    # a charge's rise from one amount to another: "Den faste grundtakst for en helårsbolig stiger fra 1.395 kr. til
    # 1.520 kr." (probes22 m09), "Prisen for en hovedret stiger fra 58 til 61 kr." (probes18 d06, probes17 m06):
    # the new takst of a decision (the charge heads: nlp/data/lineage_words.csv, charge_noun); the subject is the
    # charge, its amounts after it
    _cue("changed", rf"\b(?P<subj>(?:(?:den|det|de)\s+)?(?:[\wæøå-]+\s+)?[\wæøå-]*{_CHARGE}(?:en|et|erne|er)?"
                    r"(?:\s+(?:for|på|til)\s+[^,.;]{1,60}?)?)\s+stiger\s+fra\s+\d[\d.,]*(?:\s*kr\.)?\s+til\s+\d",
         needs=("stiger fra",)),
    _cue("changed", r"\boverg(?:ik|år)\s+(?P<subj>[\wæøå ]+?\s+fra\s+[\wæøå-]+\s+til\s+[\wæøå-]+)|\bfår (?:større|mere|mindre|øget|færre)\b"),
    # what a law, agreement or reorganisation brings, told as a proposition: "Lovforslaget indebærer også, at
    # boligstøtten ikke må kompensere for ..." (p02), "Fra 2016 betyder en refusionsomlægning, at
    # refusionssatserne ... fastsættes ..." (p07). The proposition is the commitment (the gold words it so);
    # it stands in a lookahead so its own "ikke" is no negation of the cue.
    _cue("changed", rf"(?:\b{_BRINGER}\b[^.;]{{0,30}}?\b{BRINGS}|\b{BRINGS}\s+(?:en |et |den |det )?{_BRINGER})"
         r"\s*(?:også|bl\.\s?a\.|blandt andet)?\s*,?\s*at\s+(?=(?P<subj>[^.;]{8,140}))",
         needs=("indebær", "indebar", "betyd", "betød", "medfør")),
)

# Every cue contains one of these stems: a clause without any is skipped before the cue
# patterns run (most sentences state no event; this keeps the pass fast).
TRIGGER_STEMS = tuple("""
navn ny gang enig
erstat afløs udløb længere afskaf ophæv nedlag nedlæg afvikl udfas afslut fjern bortfald ophør evaluer
forventes ventes planer intentionen formålet planlægges påbegyndes udvikle foreslår lægger indstil anbefal fokusrevision fasthold
viderefør opretholdes bevares trådte indgi indgå indga fremgår indfør vedtog vedtag oprette etableret
lanceret beslut opstillet fastlæg fastlag tilsluttede offentliggjorde ændre begræns målrette omlag
omlægges udvid juster forenkl overgi overgå får opdatering blive udgår udgik stoppe stedet træder forlæng hæve hævet
indebær indebar betyd betød medfør effekt ifølge
sænke forhøj nedsæt nedsat lempe skærpe bibeholdes fortsætte bevares fortsat forbliver viser peger konkluderer planlagt lancere
vurdered konkludered vurderer erfaringerne
tilføjet offentliggjort drøfte lagt
krav regel pligt foretag gennemfør udarbejd fritag fået
under klar løft stiger
""".split())


_TRIGGER = re.compile("|".join(re.escape(stem) for stem in sorted(TRIGGER_STEMS, key=len, reverse=True)))


def has_trigger(text: str) -> bool:
    """One case-sensitive alternation over the lowercased text: several times faster than
    the cue patterns (or an IGNORECASE alternation), and most sentences stop here."""
    return _TRIGGER.search(text.lower()) is not None


# A sentence that only points back: "Det er en beslutning, som vi har været enige om ..." (its words may break
# over a line anywhere: "Det er en\nbeslutning, ...", seed 002 wrapped at 60 characters). "Det er aftalt, at ..."
# is no back reference: "det" is the formal subject of the clause after it (Danish extraposition, "det" as
# foreløbigt subjekt: the at-clause or infinitive is what was agreed), read as a decision of its own.
BACK_REFERENCE = re.compile(r"^(?:det|dette)\s+(?:er|var)\s+(?:en\s+beslutning|(?:besluttet|aftalt)\b(?![^.;:]*?\bat\s))",
                            re.IGNORECASE)
# "i stedet" after a dropped commitment: what replaced it (seed letters, jobindsats.dk news). "i stedet for X" fronted
# points back as "i stedet" does ("I stedet for fødestedet oprettes en jordemoderkonsultation", probes19 m03); after its
# verb it compares within its own clause and points back at nothing: "Kølemad leveres nu to gange om ugen i stedet for
# tre" (probes18 d06, a frequency changed), "Y indføres i stedet for X" (the `replaced` cue above reads it).
INSTEAD = re.compile(r"\bi stedet\b(?!\s+for\b)|(?:^\W*|[,;:]\s+(?:og\s+)?)i stedet for\b|\bfindes (?:nemlig |i stedet )?under\b", re.IGNORECASE)
REPLACEMENT = re.compile(
    r"(?:\bvia|\bunder|\bgennem|\bved hjælp af|\bbenytte|\bbruge|\banvende)\s+(?P<by>['’‘\"”“][^'’‘\"”“]+['’‘\"”“]|(?:en |et )?[^,.;]+?)(?=,|\.|;|\s+der\b|\s+som\b|$)",
    re.IGNORECASE)
# Proposals, recommendations and expectations: told apart from decisions.
PROPOSAL = re.compile(r"\bforeslå\w*|\bforeslog\b|\blovforslag\w*|\bindstill\w*|\banbefal\w*|\b(?:for)?ventes\b|\bplaner om\b",
                      re.IGNORECASE)
# A verb of proposing turns a change into a plan ("Regeringen foreslår, at X afskaffes"; its past is the strong
# "foreslog": "Enhedslisten foreslog, at der indføres et loft ...").
PROPOSED = re.compile(r"\bforeslå(?:r|s|et|ede)\b|\bforeslog\b|\blægger op til\b|\bvil foreslå\b|\b(?:indstiller|indstilles|anbefaler|anbefales)\b",
                      re.IGNORECASE)
# Opinions and recommendations are not events ("KL mener, at modellen bør justeres").
# Wishes and demands too: "SF og Enhedslisten ønsker grundlæggende reglen helt afskaffet" (p04 gold notes).
OPINION = re.compile(r"\bbør\b|\bmener\b|\bsynes\b|\bønsker\b|\bkræver\b|\btilhænger\w* af\b", re.IGNORECASE)
NEGATION_BEFORE = re.compile(r"\bikke\s+(?:\w+\s+)?$", re.IGNORECASE)
# A main clause puts its negation right after the finite verb (V2): "Byrådet besluttede ikke at lukke skolen",
# "Udvalget godkendte derfor ikke forslaget" (tests/nlp/test_lineage_coverage.py). "ikke kun/blot/alene" adds.
# "Der foreslås ingen reduktion i taksterne": the negation of the object (danish/data/negation_words.csv).
NEGATION_AFTER = re.compile(rf"^\s+(?:[a-zæøå]+\s+)?{NEGATION_PATTERN}\b(?!\s+(?:længere|mere|kun|blot|alene|mindst)\b)",
                            re.IGNORECASE)
# An amount of money after the verb is what was granted, not a count: "har Regeringen afsat 300 mio. kroner"
# (s02), "er der afsat 954.000 kr." (s04) state the grant; "Der er oprettet 25.000 fleksjob" a statistic.
STATISTIC_AFTER = re.compile(rf"^\s*(?:mere end |over |ca\. |knap |godt |næsten )?\d(?!\d?\.\s*{_MONTH}\b)"
                             r"(?![\d.,]*[^\S\n]*(?:mio|mia|mill|millioner|milliarder|kr|kroner)\b)"
                             r"(?![\d.,]*[^\S\n]*(?:[\wæøå-]+\s+)?(?:mål|målsætninger|indsatsområder|fokusområder|initiativer|tiltag|"
                             r"anbefalinger|pejlemærker|temaer|principper|elementer|spor)\b)", re.IGNORECASE)
# Words that open a sentence continuing the one before ("Begge rapporter blev ...").
CONTINUATION = re.compile(r"^(?:begge|de|den|det|disse|denne|dette|evalueringen|rapporten|rapporterne|forsøget|"
                          r"ordningen|aftalen|loven|gennemgangen)\b", re.IGNORECASE)
# Additive adverbs: the sentence goes on with the time of the one before.
ADDITIVE = re.compile(r"\b(?:desuden|samtidig|herudover|endvidere|ligeledes)\b", re.IGNORECASE)
# Reform intentions describe goals, not events ("Intentionen er, at ...").
INTENTION = re.compile(r"^(?:desuden |derudover |samtidig )?(?:er )?intentionen(?: med [^,]+)? er\b|^(?:desuden |derudover )er intentionen\b",
                       re.IGNORECASE)
NEGATED_RULE = re.compile(r"\b(?:indgår|tælles|medregnes|indregnes)\b[^.]*\bikke\b|\bikke\b[^.]*\b(?:indgår|tælles med|medregnes)\b",
                          re.IGNORECASE)
# A comma before "at" opens a complement clause ("besluttet, at ..."): same clause. A comma after a
# hyphen is a suspended compound ("Social-, børne- og integrationsminister", p25): same phrase.
CLAUSE_BREAK = re.compile(
    r"(?<!-),\s+(?!at\b)(?!(?-i:[A-ZÆØÅ]))|;\s+|\s+og\s+(?=(?:vil|skal|blev|bliver|er|har|havde|trådte|kan|får|indgår|de"
    r"|ophørte|ophører|udløb|bortfaldt|erstattede|afløste|overgik)\b)|\s+ligesom\s+",
    re.IGNORECASE)
# Present or perfect tense: the event belongs to the document's own date.
PRESENT_TENSE = re.compile(r"\b(?:har|er|indgår|indføres|bliver|offentliggøres|udvikles)\b", re.IGNORECASE)
PAST_TENSE = re.compile(r"\b(?:blev|var|havde)\b", re.IGNORECASE)
