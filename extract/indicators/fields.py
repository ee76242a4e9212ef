"""The computable parts of one indicator definition, read from its wording.

Danish measure phrasing is formulaic, so a few patterns carry far:
- "andelen af X, der Y" -> share; numerator "X, der Y", denominator and population X;
  "andelen af X ud af samtlige Z" -> numerator X, denominator Z.
- "antal X" / "samlede antal X" -> count of X; "antal og andel X, som ..." -> share.
- "A / B * 52 uger" (a worked formula) -> numerator A, denominator B.
- "forventet"/"faktisk"/"forskellen mellem" -> other (actual vs expected): no ratio.
- reference period: "i løbet af en måned", "ultimo en måned", "i en given måned",
  "de seneste 1, 3 ... måneder" -> måned; "årlig analyse", "i løbet af et år" (", året", ", et kalenderår") -> år.
  An update frequency ("opdateres månedligt") or a duration ("i 1 år") is not one.
"""
from __future__ import annotations

import re

from . import cues

Measure = str

# A reference period is read from the noun's lemma (måned; år, kalenderår) in any of its singular forms, after
# a phrase that places a value in one period (star convention: "i løbet af en måned", "i en given måned"; as
# well their definite and other forms: "i løbet af måneden", "ultimo måneden", "i den pågældende måned", "i
# måneden", "opgjort for hele året"). A bare indefinite after "i" is no period ("i år" is this year, "i 1 år" a
# duration), nor is an update frequency ("opdateres månedligt", "én gang om året").
_MONTH = (r"måned", r"måneden")
_YEAR = (r"(?:kalender)?år", r"(?:kalender)?året")
_GIVEN = r"(?:given|givne|bestemt|bestemte|pågældende|valgte|enkelte)"


def _period(indefinite: str, definite: str) -> str:
    noun = rf"(?:{definite}|{indefinite})"
    return (rf"\bi løbet af (?:(?:en|et|den|det|hele)\s+)?(?:{_GIVEN}\s+)?{noun}\b"
            rf"|\b(?:ultimo|primo) (?:(?:en|et|hver|hvert|den|det)\s+)?(?:{_GIVEN}\s+)?{noun}\b"
            rf"|\bi (?:en|et|den|det) {_GIVEN} {noun}\b"
            rf"|\bi (?:hele )?{definite}\b"
            rf"|\b(?:opgjort|opgøres|gjort op) for (?:hele )?(?:{definite}|(?:en|et) {indefinite})\b"
            # each period apart, perhaps after the unit of the value ("opgøres for hver måned", "opgjort i minutter
            # for hver måned"): the value is one period's
            rf"|\b(?:opgjort|opgøres|gjort op)(?: i \w+)? for (?:hver|hvert) {indefinite}\b")


PERIOD_MONTH = re.compile(
    _period(*_MONTH) + r"|pr\. måned"
    r"|seneste (?:\d+(?:, | eller | og ))*\d+ måneder|(?:opgjort|opgøres) månedligt", re.I)
# "..., opgjort årligt", "Opgøres årligt.": the measure is reckoned per year (probe texts p25 p1, p13, p19; as
# "opgøres månedligt" per month)
PERIOD_YEAR = re.compile(_period(*_YEAR) + r"|inden for et (?:kalender)?år|\bårlig(?:e)? (?:analyse|opgørelse)|pr\. år"
                          r"|seneste (?:12 måneder|år)\b|\b(?:opgjort|opgøres) årligt\b", re.I)
# A measure's field line naming its reference period ("Opgørelsesperiode: Kalenderår", "Referenceperiode: måned"), one
# line of the labelled fields under a measure's name (clinical quality indicator descriptions, målingsbeskrivelser).
_PERIOD_UNIT = r"(?:(?:hele|et|en|én|hver)[ \t]+)?(?P<unit>(?:kalender)?år(?:et)?|måned(?:en)?)[ \t]*\.?"
PERIOD_LABEL = re.compile(rf"^[ \t]*(?:Opgørelses|Reference|Måle)periode[ \t]*:[ \t]*{_PERIOD_UNIT}[ \t]*$", re.I | re.M)
# ... and the same unit alone in a measure table's "Periode" column ("Måned", "År"; "Kvartal" names no unit of the star
# convention's two)
_PERIOD_CELL = re.compile(_PERIOD_UNIT, re.I)
OTHER_MEASURE = re.compile(r"forvent|faktisk|forskel(?:len)? mellem|sammenholdt", re.I)
AVERAGE_MEASURE = re.compile(r"gennemsnit|\bgnsn\.?", re.I)
SHARE_MEASURE = re.compile(r"\bandel(?:en|e)?\b|\bpct\b|procent", re.I)
COUNT_MEASURE = re.compile(r"\bantal(?:let)?\b|optælling|\btilgang\b|afgangstal|\bantallet\b|\bhvor mange\b", re.I)
DURATION_MEASURE = re.compile(r"varighed", re.I)
_TRIM = " ,.;:"


# The units figures are stated in, one list for every reader of figures (fields, the goal
# finders, the measure reader): a percent ("80 %", "25 pct.", "30 procent"), and the units
# of time and money a count of units is given in ("antal timer", "14 dage", "kr.").
PERCENT_FIGURE = re.compile(r"\d\s?(?:%|pct\b|procent)")  # a figure with a percent unit
AMOUNT_UNIT = r"(?:timer|dage|uger|måneder|kroner|kr\.)"
# The unit of a percent; "procentpoint" (a change of a share) is none.
PERCENT_UNIT = re.compile(r"%|\bpct\b\.?|\bprocent\b", re.I)
_BRACKET = re.compile(r"\([^()\n]*\)")


def percent_states_change(text: str) -> bool:
    """Whether the percents of a target are the size of a change, not a share: "deltagelse
    ... stiger 20-25%", "(20% forbedring ...)", "en stigning på 10 procent", "Flere besøgende
    udefra (fra regionen 20-25%)" (cues change_percent, change_opening). A target that
    states a share ("Andelen af X skal falde med 25 procent", "80 % af alle elever") keeps
    its percents as shares (cue share_statement)."""
    if cues.search("share_statement", text):
        return False
    if cues.search("change_percent", text):
        return True
    return bool(cues.search("change_opening", text)) and any(PERCENT_UNIT.search(b) for b in _BRACKET.findall(text))


def without_change_percents(text: str) -> str:
    """The text with the units of its change percents blanked, so that no measure word
    reads a growth target as a share."""
    return PERCENT_UNIT.sub(" ", text) if percent_states_change(text) else text


def measure_word(text: str) -> str | None:
    """The kind of quantity the first measure word names (cue measure_word), a change's
    percent not counting as a share. A degree or a duration taken on average ("den
    gennemsnitlige ledighedsgrad", "hvor mange uger de ledige i gennemsnit har været ledige")
    is an average: the star convention's `average` includes average durations (d11)."""
    value = cues.value_of("measure_word", without_change_percents(text))
    if value in ("duration", "share") and AVERAGE_MEASURE.search(text) and not _STATED_SHARE.search(text):
        return "average"
    return value


_STATED_SHARE = re.compile(r"\bandel(?:en|e)?\b|\bpct\b|\bprocent|%", re.I)


def count_target(text: str) -> Measure | None:
    """A target stated as a minimum number of things ("minimum 10 konkrete partnerskaber")
    and no percent is a count (cue count_target; municipal README: "minimum N" targets
    count); else None and the measure is read as for any goal."""
    if PERCENT_FIGURE.search(text):
        return None
    return cues.value_of("count_target", text)


# A definition whose defined quantity is a count: "Målingen viser antallet af personer, der
# har været ledige i mindst 80 pct. af tiden": the percent sits in the relative clause that
# says who is counted, so the head noun decides (the star convention: count = antal). "antal
# og andel" (star d02) and a stated division ("i procent af", "pr. 1.000") are read as before.
# The defining verbs are the cue table's (computation: "opgøres som"; defining_verb: "viser", "opgør").
_DEFINING_VERB = "|".join(cues.rows(role)[0].pattern for role in ("computation", "defining_verb"))
_COUNT_DEFINED = re.compile(rf"\b(?:{_DEFINING_VERB})"
                            r",?\s+(?:det samlede |den samlede )?(?:antal(?:let)?|antallet)\b(?!\s+og\s+andel)", re.I)


def measure_of(title: str, definition: str | None) -> Measure:
    stated = f"{title} {definition or ''}"
    text = without_change_percents(stated)
    if _COUNT_DEFINED.search(stated) and not cues.search("ratio", stated) \
            and not OTHER_MEASURE.search(text) and not AVERAGE_MEASURE.search(stated):
        return "count"
    if OTHER_MEASURE.search(text):
        return "other"
    if AVERAGE_MEASURE.search(text):
        return "average"
    if SHARE_MEASURE.search(text):
        return "share"
    if COUNT_MEASURE.search(text):
        return "count"
    if DURATION_MEASURE.search(text):
        return "duration"
    return "other"


# The same field line stating the period in a sentence ("Periode: Målingen opgøres for hvert kalenderår og opdateres den
# første hverdag i måneden", "Periode: Opgøres for hvert kalenderår."): the first period phrase of the line is the
# measure's; an update frequency after it ("opdateres ... i måneden") is none, and a line with no period phrase
# ("Periode: 2019-2023", "Periode: Opdateres månedligt") gives none.
PERIOD_LABEL_LINE = re.compile(r"^[ \t]*(?:(?:Opgørelses|Reference|Måle)periode|Periode)[ \t]*:[ \t]*(?P<line>[^\n]+)$",
                               re.I | re.M)


def period_cell_unit(cell: str) -> str | None:
    """The reference period a measure table's "Periode" cell names ("Måned" -> "måned"), or None."""
    m = _PERIOD_CELL.fullmatch(cell.strip())
    return None if m is None else "måned" if m.group("unit").lower().startswith("måned") else "år"


def period_label_unit(block: str) -> str | None:
    """The reference period a measure's labelled field line names in its block, or None."""
    label = PERIOD_LABEL.search(block)
    if label is not None:
        return "måned" if label.group("unit").lower().startswith("måned") else "år"
    line = PERIOD_LABEL_LINE.search(block)
    return _first_period(line.group("line")) if line else None


def _first_period(text: str) -> str | None:
    """The unit of the period phrase that comes first in the text; a phrase both read ("de seneste 12 måneder", a
    rolling year) is the year's, the more particular reading."""
    hits = [(m.start(), rank, unit) for rank, (unit, pattern) in enumerate((("år", PERIOD_YEAR), ("måned", PERIOD_MONTH)))
            if (m := pattern.search(text))]
    return min(hits)[2] if hits else None


def period_unit_of(title: str, definition: str | None) -> str | None:
    text = f"{title} {definition or ''}"
    if PERIOD_MONTH.search(text):
        return "måned"
    if PERIOD_YEAR.search(text):
        return "år"
    return None


# A reference period inside a relative clause, between its pronoun and its verb ("sygedagpengemodtagere, der i løbet af
# en måned har været delvist raskmeldt"): the period goes, the clause stays.
# The openings of a reference period ("i løbet af en måned", "i en given måned"): a phrase ends before one.
_PERIOD_OPENING = r"i løbet af|i en given"
# Also a point or a limit in time there ("kontanthjælpsmodtagere, der ultimo måneden er i virksomhedspraktik",
# "personer ..., der inden for fire uger påbegynder ..."): a phrase cut before it would end on its bare pronoun.
_PERIOD_IN_RELATIVE = re.compile(rf"(?<=\b(?:der|som) )(?:(?:{_PERIOD_OPENING}) (?:(?<=af )(?:en |et ))?[a-zæøå]+"
                                 r"|ultimo [a-zæøå]+|inden for (?:[a-zæøå\d]+ )?[a-zæøå]+) (?=[a-zæøå])")
# ... and a window reckoned back from now right after a noun ("i mindst 80 pct. af tiden det seneste år"); after a
# preposition ("i de seneste 12 måneder", "ud af de seneste tre år") the window is inside the phrase and stays
_PERIOD_CUT = re.compile(rf"\s+(?:(?:{_PERIOD_OPENING}|ultimo|i den valgte|inden for|opgjort)\b|pr\.\s)"
                         r"|(?<!\bi)(?<!\baf)\s+(?:det|de) seneste\b")


def _strip_period(phrase: str) -> str:
    cut = _PERIOD_CUT.split(phrase)[0]
    cut = re.split(r",?\s*(?:fordelt|opgjort|målt)\b|\s+\(", cut)[0]
    year = cues.search("time_tail", cut)  # "borgere, der har modtaget genoptræning i 2023"
    if year:
        cut = cut[:year.start()]
    return cut.strip(_TRIM)


_SHARE_OF = re.compile(r"andel(?:en|e)? af (?P<body>.+)", re.I | re.S)
_OUT_OF = re.compile(r"^(?P<num>.+?) ud af (?P<den>.+)$", re.S)
# the relative pronouns, the genitive "hvis" too ("andelen af personer i jobafklaringsforløb, hvis sag er forelagt ...")
_RELATIVE = re.compile(r",? (?:der|som) |, hvor |, hvis ")


def count_share_numerator(text: str) -> str | None:
    """ "Antal og andel X, som Y" names what is counted: "X, som Y"."""
    m = re.search(r"\b[Aa]ntal og andel (?P<num>\w.+?, (?:som|der) .+?)(?:\.|$)", text)
    return _strip_period(m.group("num")) if m else None


# the indefinite form a nøgletal page defines by: "Andel borgere på 67 år og derover, der ..."
_SHARE_INDEFINITE = re.compile(r"^Andel (?!af\b)(?P<body>[a-zæøå].+)", re.S)


def share_parts(definition: str) -> tuple[str | None, str | None, str | None]:
    """(population, numerator, denominator) of an "andelen af ..." (or "Andel X, der ...")
    definition."""
    m = _SHARE_OF.search(definition) or _SHARE_INDEFINITE.match(definition)
    if not m:
        return None, None, None
    body = m.group("body").rstrip(" .")
    out_of = _OUT_OF.match(body)
    if out_of:
        denominator = out_of.group("den").strip(_TRIM)
        return denominator, _strip_period(out_of.group("num")), denominator
    body = _strip_period(_PERIOD_IN_RELATIVE.sub("", body))  # a share splits at its relative: keep the clause's verb
    relatives = list(_RELATIVE.finditer(body))
    if not relatives:
        return body, None, None
    last = relatives[-1]
    population = body[:last.start()].strip(_TRIM)
    clause = body[last.start():].lstrip(", ")
    # With a relative clause already inside X ("personer, der er startet ..., der øger ..."),
    # repeating X would bury what is counted; the counted clause alone is the numerator.
    numerator = clause if "," in population else f"{population}{body[last.start():last.end()]}{body[last.end():]}"
    return population, numerator.strip(_TRIM), population


# the phrase runs over an abbreviation or ordinal ("pr. uge", "9. klasse"), not a sentence end
_COUNTED = re.compile(r"\bantal(?:let)? (?:af )?(?P<pop>(?:[^.;:()\n]|\.(?=\s*[a-zæøå\d]))+)", re.I)


def counted_population(text: str) -> str | None:
    """What a count counts, with the relative clause that defines it ("antal borgere, der
    har modtaget råd og vejledning"), a negated one too ("antal borgere, der ikke har ønsket
    et efterbehandlingstilbud": those are the units counted), its time limit or period
    trimmed ("antal forløb, der ikke har været iværksat inden for 14 dage" -> "forløb, der
    ikke har været iværksat"; the convention: no trailing time phrases)."""
    m = _COUNTED.search(text)
    if not m:
        return None
    return without_article(_strip_period(m.group("pop"))) or None


def count_rate(text: str) -> tuple[Measure, str] | None:
    """A count per persons ("Antal genindlæggelser pr. 1.000 borgere over 65 år", "Antal
    sygedage pr. fuldtidsansat") is a rate per person, an average (STAR convention, cue
    ratio), over the persons it is counted per: ("average", "borgere"); None for a plain count."""
    rate = rate_population(text, per_one=True)
    return ("average", rate) if rate else None


# The subject of a goal stated as an "At"-clause or a sentence: a group noun (cue person_noun)
# after an optional quantifier (cue group_quantifier), and the relative clause that defines it
# ("At alle borgere, som er pårørende til alkohol- eller stofmisbrugere bliver rådgivet ...").
_RELATIVE_SUBJECT = re.compile(r"^(?:At\s+)?(?P<np>(?:[\wæøå-]+\s+){0,2}?(?P<noun>[\wæøå-]+)),?\s+(?:som|der)\s+", re.I)
# the relative clause's own finite verb, after a sentence adverb ("der ikke har ...")
_OWN_VERB = re.compile(r"(?:(?:ikke|også|allerede|fortsat)\s+)?\S+")


def relative_group(text: str) -> str | None:
    """Who a goal is about, when its subject is a group defined by a relative clause: the
    noun phrase with the clause, up to the verb of the main clause (cue clause_verb) and
    without a leading quantifier (cue group_quantifier) or a trailing time phrase. "At alle
    borgere, som er pårørende til alkohol- eller stofmisbrugere bliver rådgivet ..." ->
    "borgere, som er pårørende til alkohol- eller stofmisbrugere"; a subject that is no
    group ("At råd og vejledning iværksættes ...") gives None."""
    body = re.sub(r"^At\s+", "", text.strip())
    quantifier = cues.search("group_quantifier", body)
    if quantifier and quantifier.start() == 0:
        body = body[quantifier.end():]
    m = _RELATIVE_SUBJECT.match(body)
    if not m or not re.fullmatch(cues.pattern("person_noun"), m.group("noun")):
        return None
    own = _OWN_VERB.match(body, m.end())
    after = own.end() if own else m.end()
    verb = cues.pattern("clause_verb").search(body, after)
    # a comma closes the relative clause before the main clause's verb, whatever that verb is
    # ("At alle borgere, der modtager hjemmehjælp, oplever ...")
    comma = _CLOSING_COMMA.search(body, after)
    ends = [x.start() for x in (verb, comma) if x is not None]
    if not ends:
        return None  # no main clause after it: the relative clause is not inside a subject
    return without_article(_strip_period(body[m.start("np"):min(ends)])) or None


# a comma that closes a relative clause: not one that opens another clause, nor one inside a
# list ("der har sproglige, motoriske eller sociale vanskeligheder, får ...": the one or two
# words of a list item after its comma are followed by another comma or by "og"/"eller")
_CLOSING_COMMA = re.compile(r",\s+(?!(?:og|eller|men|der|som|hvor|hvis|når|så)\b)"
                            r"(?!(?:[\wæøå-]+\s+)?[\wæøå-]+(?:,|\s+(?:og|eller)\b))(?=[a-zæøå])")


_COUNT_OF = re.compile(r"\b(?:antal(?:let)? og andel(?:en)?|antal(?:let)?) (?:af )?(?P<pop>.+?)"
                       r"(?:,? (?:som|der|samt) |\.(?!\s*[a-zæøå\d])|\(|$)", re.I)  # over "pr. uge", not a sentence end
_HOW_MANY = re.compile(r"hvor (?:lang tid|mange \w+(?: sammenlagt)?|stor en andel af) (?P<pop>.+?) (?:i gennemsnit |som |der )?(?:har|er)\b", re.I)
_AMONG = re.compile(r"\bblandt (?P<pop>[^,.:]+)", re.I)
_SHOWS = re.compile(r"\bsom viser (?P<pop>[^,.]+)", re.I)
# "den gennemsnitlige varighed af sygedagpengeforløb": what the duration is measured over
_DURATION_OF = re.compile(r"\bvarighed(?:en)? (?:af|for) (?:de |den |det )?(?P<pop>[^,.:()]+)", re.I)
# "den gennemsnitlige ventetid for borgere, der venter på en plejebolig": whom a mean is taken over
_AVERAGED_OVER = re.compile(r"\bgennemsnitlig\w*\s+(?:[\wæøå-]+\s+){1,3}?(?:for|blandt|hos)\s+(?P<pop>[^.;:()\n]+)", re.I)


_HOW_MANY_PERSONS = re.compile(r"\bhvor mange (?P<pop>[\wæøå-]+)(?=,? (?:der|som)\b)", re.I)
# "antal timer om ugen for personer i fleksjob": a count of units over persons
_UNITS_FOR = re.compile(rf"^{AMOUNT_UNIT}\b.*?\b(?:for|blandt) (?P<pop>.+)$")


_UNIT_HEAD = re.compile(rf"^{AMOUNT_UNIT}\b")


def population_of(title: str, definition: str | None) -> str | None:
    """The counted population: a short phrase copied from the definition or title, without a
    leading article (issue 14; cue population_article: "hvor mange uger de ledige ..." ->
    "ledige")."""
    return without_article(_population_of(title, definition))


def _population_of(title: str, definition: str | None) -> str | None:
    for text in (definition or "", title):
        persons = _HOW_MANY_PERSONS.search(text)
        if persons and cues.search("person_noun", persons.group("pop")):
            return persons.group("pop")
        found = _population_in(text)
        if found:
            units = _UNITS_FOR.match(found)
            if units:
                return units.group("pop")
            if _UNIT_HEAD.match(found):
                return None  # "Antal dage fra henvisning til første træning": days count nobody
            return found
    return None


def _population_in(text: str) -> str | None:
    share, _, _ = share_parts(text)
    if share:
        return share
    for pattern in (_HOW_MANY, _COUNT_OF, _SHOWS, _AMONG, _DURATION_OF, _AVERAGED_OVER):
        m = pattern.search(text)
        if m:
            if pattern is _COUNT_OF and RELATIVE_MARK.match(text, m.end("pop")):
                # "antallet af personer, der har været ledige ...": the relative clause says who
                # is counted, kept as in the kvalitetsstandard gold ("antal borgere, der har
                # modtaget råd og vejledning", municipal f02, s6_01, s6_02, s7_13)
                counted = counted_population(text[m.start():])  # a clause of a period alone is cut away
                return _BARE_RELATIVE.sub("", counted) if counted else _strip_period(m.group("pop"))
            return _strip_period(m.group("pop"))
    return None


_BARE_RELATIVE = re.compile(r",?\s+(?:som|der)$")


def averaged_population(text: str) -> str | None:
    """Whom a mean is taken over: "Den gennemsnitlige ventetid for borgere, der venter på en
    plejebolig" -> "borgere, der venter på en plejebolig" (its relative clause kept, as for a
    count), without a leading article; None when the mean names nobody it is taken over."""
    m = _AVERAGED_OVER.search(text)
    return without_article(_strip_period(m.group("pop"))) if m else None


def without_article(phrase: str | None) -> str | None:
    """A population without its leading article ("de ledige, der ..." -> "ledige, der ...";
    cue population_article, issue 14: no leading articles)."""
    if not phrase:
        return phrase
    article = cues.search("population_article", phrase)
    return phrase[article.end():] if article else phrase


_FORMULA = re.compile(r":\s*(?P<num>[^:/\n]+?)\s*/\s*(?P<den>[^*\n]+?)\s*\*")


def formula_parts(text: str) -> tuple[str | None, str | None]:
    """Numerator and denominator of a worked formula ("A / B * 52 uger")."""
    m = _FORMULA.search(text)
    if not m:
        return None, None
    return m.group("num").strip(_TRIM), m.group("den").strip(_TRIM)


def goal_population(title: str) -> str | None:
    """Who a goal is about: "Flere flygtninge ... skal" -> "flygtninge ..."; a definite
    plural subject ("Virksomhederne skal") is kept; an abstract noun ("Bekæmpelsen") not; a
    group its relative clause defines ("Alle børn, der starter i skole, skal ...") without
    its quantifier."""
    m = re.match(r"(?:Flere|Færre) (?P<pop>.+?) (?:skal|bliver|kommer|får)\b", title)
    if m:
        return m.group("pop").strip(_TRIM)  # the comma that closes a relative clause is no part of it
    m = re.match(r"(?P<pop>[A-ZÆØÅ]\w+erne) (?:skal|bliver|får)\b", title)
    return m.group("pop") if m else relative_group(title)


def passing_population(title: str) -> str | None:
    """Population of an indicator only named in passing: the phrase after its preposition."""
    m = re.search(r"\b(?:blandt|for) (?P<pop>.+)$", title)
    if m:
        return m.group("pop")
    m = re.search(r"\b(?:til|i|fra) (?P<pop>.+?)(?: til .*)?$", title)
    return m.group("pop") if m else None


# The counted phrase ends at the verb: a finite or modal one, or a present passive in -es
# ("95 % af ansøgningerne afgøres inden for 4 uger").
_PERCENT_OF = re.compile(r"\d+\s?(?:%|pct\.?|procent) af (?P<pop>[^,.]+?)"
                         r"(?:\s+(?:skal|være|er|bliver|har|kan|opnår|[a-zæøå]{3,}es)\b|[,.]|$)", re.I)
_COUNT_SUBJECT = re.compile(r"^(?:Antallet|Andelen|Antal|Andel) af (?P<pop>[^,.]+?)\s+(?:skal|bør|må|vil)\b")
# "Elevernes trivsel skal øges" (definite plural genitive), "De udsatte børns faglige niveau
# ... skal forbedres" (a genitive after its adjectives): whose thing the target moves.
_GENITIVE_SUBJECT = re.compile(r"^(?P<noun>[A-ZÆØÅ][a-zæøå]+er)nes \w+ (?:skal|bør|må|vil)\b")
_ADJECTIVE_GENITIVE = re.compile(r"^De (?P<adj>(?:[a-zæøå-]+e )+)(?P<noun>[a-zæøå]{3,})s [^.]*? (?:skal|bør|må|vil)\b")


# "pr. 1.000 ældre borgere": the persons a rate is counted per (up to two words before the
# person noun, cue person_noun)
_RATE_PER = re.compile(r"\bpr\.\s(?:1\.000|10\.000|100\.000)\s(?P<pop>(?:[\wæøå-]+\s){0,2}[\wæøå-]+)(?=[\s,.;:)]|$)")
# ... or per one person ("antal sygedage pr. fuldtidsansat"; cue ratio)
_RATE_PER_ONE = re.compile(r"\bpr\.\s(?:(?:1\.000|10\.000|100\.000)\s)?(?P<pop>(?:[\wæøå-]+\s){0,2}[\wæøå-]+)(?=[\s,.;:)]|$)")


def rate_population(text: str | None, per_one: bool = False) -> str | None:
    """Whom a rate is counted per: "antallet af forebyggelige indlæggelser pr. 1.000 ældre
    borgere" -> "ældre borgere" (a count per persons is an average, the STAR convention's
    rate per person), or None when no persons follow "pr. 1.000"; with per_one also a count
    per one person ("antal sygedage pr. fuldtidsansat" -> "fuldtidsansat")."""
    for m in (_RATE_PER_ONE if per_one else _RATE_PER).finditer(text or ""):
        words = m.group("pop").split()
        for k in range(len(words)):
            if cues.search("person_noun", words[k]) and re.fullmatch(r"[\wæøå-]+", words[k]):
                return " ".join(words[:k + 1])
    return None


# whose quantity a target opening with it moves: "CO2-udledningen fra kommunen som geografisk
# område skal ..." -> "kommunen som geografisk område" (up to the modal, bounded)
_OWNER_TAIL = re.compile(r"\s(?:fra|for|blandt)\s(?P<pop>[^,.;:\n]{2,80}?)\s(?:skal|må|bør)\b")


def quantity_owner(text: str) -> str | None:
    """Whose emissions, consumption or waiting time a target moves, when it opens with the
    quantity (cue target_quantity) and names its owner after "fra"/"for"/"blandt"."""
    quantity = cues.search("target_quantity", text)
    if quantity is None or quantity.start() > 0:
        return None
    m = _OWNER_TAIL.match(text, quantity.end())
    return m.group("pop").strip() if m else None


_LABELLED_COUNT = re.compile(r"^Antal(?:let)? (?:af )?(?P<pop>[^.;:()\n]{2,80}):\s")


def labelled_count_population(title: str) -> str | None:
    """What a måltal item counts, its label before the colon ("Antal hjemløse borgere: højst 40")."""
    m = _LABELLED_COUNT.match(title)
    return m.group("pop").strip() if m else None


def percent_population(text: str) -> str | None:
    """Who a percentage target counts: "mindst 80% af alle elever" -> "alle elever"."""
    for m in _PERCENT_OF.finditer(text):
        # "ledige i mindst 80 pct. af tiden": a share of a span of time counts no one (cue time_fraction)
        if not cues.search("time_fraction", m.group(0)):
            return m.group("pop").strip()
    return None


def target_population(definition: str) -> str | None:
    """Who a target is about: "mindst 80% af alle elever" -> "alle elever"; "Antallet af
    elever med ... skal falde" -> "elever med ..."; "Elevernes trivsel skal øges" -> "elever"
    (a definite plural genitive read back to its indefinite plural)."""
    percent = percent_population(definition)
    if percent:
        return percent
    m = _COUNT_SUBJECT.search(definition)
    if m:
        return m.group("pop").strip()
    m = _GENITIVE_SUBJECT.match(definition)
    if m:
        return m.group("noun").casefold()
    m = _ADJECTIVE_GENITIVE.match(definition)
    return f"{m.group('adj')}{m.group('noun')}" if m else None


_TITLE_SHARE = re.compile(r"^(?:[Aa]ntal og )?[Aa]ndel(?:en)? (?!af\b)(?P<pop>[\wæøå-]+(?: (?!med\b|som\b|der\b|i\b|på\b)[\wæøå-]+)?)")


def title_population(title: str) -> str | None:
    """Who a measure named by its title counts: "Andel sygedagpengemodtagere med ..." ->
    "sygedagpengemodtagere"; "Antal personer i jobafklaringsforløb fordelt på varighed" ->
    "personer i jobafklaringsforløb"."""
    m = _TITLE_SHARE.match(title)
    if m:
        return m.group("pop")
    return population_of(title, None)


# The finite or modal verb that ends a measure noun phrase used as the subject of a target
# ("Andelen af anbringelser, der bryder sammen, skal falde med mindst 30 procent").
_CLAUSE_VERB = re.compile(r"\s(?:skal|bør|må|vil|kan|er|var|har|bliver|blev|stiger|steg|falder|faldt|øges|"
                          r"reduceres|halveres|udgør|udgjorde|når|ligger)\b", re.I)
_MODAL = re.compile(r",?\s(?:skal|bør|må|vil|kan)\b", re.I)
# the phrase runs over ordinals and abbreviations ("9. klasse", "pr. måned"), not a sentence end
_AMONG_GROUP = re.compile(r"\sblandt\s+(?:(?:alle|samtlige|de|den|det)\s+)?(?=\w)", re.I)
_SHARE_SUBJECT = re.compile(r"\b(?P<head>[Aa]ndel(?:en|e)?) af (?P<np>(?:[^.;:()\n]|\.(?=\s*[a-zæøå\d]))+)")
RELATIVE_MARK = re.compile(r",? (?:der|som) ")
# A share of X "med"/"uden" Y counts those of X who have (or lack) Y.
_PROPERTY = re.compile(r" (?:med|uden) ")


# The divisions a share's noun phrase may state after its counted clause ("ud af", "i procent af"; cues.tsv ratio)
_SHARE_DIVISION = re.compile("|".join(f"(?:{c.pattern})" for c in cues.rows("ratio") if c.value in ("out_of", "percent")),
                             re.I)


def share_subject(text: str) -> tuple[int, str, str, str | None, str | None] | None:
    """The share a target is about, read from its noun phrase: (offset, phrase,
    population, numerator, denominator). "Andelen af X, der Y, skal falde" -> X, "X, der
    Y", X; "Andelen af X med Y skal reduceres" -> X, "X med Y", X; "Andelen af X skal
    stige" -> X and no division beyond X. The phrase ends at the verb of the sentence,
    never at the verb of the relative clause inside it."""
    m = _SHARE_SUBJECT.search(text)
    if not m:
        return None
    np = m.group("np")
    relative = RELATIVE_MARK.search(np)
    if relative:
        rest = np[relative.end():]
        # the relative clause's own verb, not the comma that may close the clause ("der trives, skal")
        skip = re.match(r"(?:ikke |også |allerede )?[^\s,]+", rest)
        after = relative.end() + (skip.end() if skip else 0)
        verb = _MODAL.search(np, after)
    else:
        verb = _CLAUSE_VERB.search(np)
    if verb:
        np = np[:verb.start()]
    np = np.strip(_TRIM)
    if not np:
        return None
    phrase = text[m.start():m.start("np") + len(np)]
    divided = _SHARE_DIVISION.search(np)
    if divided:
        # "andelen af X, der Y, ud af alle X, der Z" / "... i procent af alle ...": the share states its division, the
        # numerator stops where the denominator begins (cues.tsv ratio: out_of, percent)
        numerator = np[:divided.start()].strip(_TRIM)
        inner = RELATIVE_MARK.search(numerator)
        population = numerator[:inner.start()].strip(_TRIM) if inner else numerator
        return m.start(), phrase, population, numerator, _strip_period(np[divided.end():].strip(_TRIM)) or None
    among = _AMONG_GROUP.search(np)
    if among and not RELATIVE_MARK.search(np, 0, among.start()):
        # "andelen af rygere blandt unge": the share is of the group after "blandt" (issue 14)
        population = _strip_period(np[among.end():])
        return m.start(), phrase, population, np[:among.start()].strip(_TRIM), population
    relative = RELATIVE_MARK.search(np)
    if relative:
        population = np[:relative.start()].strip(_TRIM)
        return m.start(), phrase, population, np, population
    prop = _PROPERTY.search(np)
    if prop:
        population = np[:prop.start()].strip(_TRIM)
        return m.start(), phrase, population, np, population
    return m.start(), phrase, np, None, None
