"""Targets in running text: the share, count or quantity a clause says is to move ("antallet af
hjemløse skal reduceres med mindst 25 procent", "en reduktion af CO2-udledningen på 70 pct."),
and a goal an "at"-clause states as a share of a group."""
from __future__ import annotations

import re
from functools import lru_cache

from danish.words import content_words

from ..list_marks import BULLET
from . import cues, fields
from .finders import Found, lines_of, not_goal_heading, sentences
from .list_items import ITEM_LINE


# The share or count a target moves, as the subject of its clause ("antallet af hjemløse",
# "andelen af unge, der ..."), before "skal" or, in V2 order after a fronted adverbial,
# after it ("Frem mod år 2020 skal andelen af unge ... falde med mindst 25 procent"). The
# phrase never runs over another share or count, a "skal" or a sentence end, so two
# clauses of one sentence stay apart. Bounded, so a long line costs each "andel af"/"antal
# af" at most 150 characters.
_QUANTITY = (r"(?P<q>andel(?:en)?|antal(?:let)?) af "
             r"(?P<np>(?:(?!\b(?:andel|antal)\w* af\b|\bskal\b)[^.;:!?\n]|\.(?=\s*\d)){2,150}?)\s")
# Any other quantity a target moves (cue target_quantity: emissions, consumption, a waiting
# time, a grade average), with what it is of or for ("udledningen af CO2e fra kommunen som
# geografisk område", "ventetiden på et botilbud"), as bounded as the share's phrase.
_MEASURED = (r"(?P<q>{quantity})"
             r"(?P<np>(?:\s(?:af|fra|for|i|på|blandt|ved|til|pr\.)\s(?:(?!\bskal\b)[^.;:!?\n]|\.(?=\s*\d)){2,120}?)?)\s")
# A baseline the change is measured against ("... med 70 pct. i 2030 i forhold til 1990").
_BASELINE = r"(?:(?:\s(?:i|inden|frem mod)\s(?:udgangen af\s)?(?:19|20)\d\d)?\si forhold til\s(?:niveauet i\s)?(?:19|20)\d\d)?"
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?|halveres")


@lru_cache(maxsize=1)
def _target_clauses() -> tuple[tuple[re.Pattern[str], bool], ...]:
    """(pattern, moves a share or count) for each order a target clause takes."""
    change = cues.pattern("target_change").pattern
    level = cues.pattern("target_level").pattern
    moved = rf"(?:{change}|{level}){_BASELINE}"
    measured = _MEASURED.replace("{quantity}", cues.pattern("target_quantity").pattern)
    return ((re.compile(rf"(?<![\w-]){_QUANTITY}(?:skal|må|bør) (?:\w+ ){{0,2}}?{moved}", re.I), True),  # subject first
            (re.compile(rf"(?<![\w-])(?:skal|må|bør) {_QUANTITY}{moved}", re.I), True),  # V2: "skal andelen af X falde ..."
            (re.compile(rf"(?<![\w-]){measured}(?:skal|må|bør) (?:\w+ ){{0,2}}?{moved}", re.I), False),
            # a clause after "at" keeps the verb last: "at ventetiden på et botilbud højst er 3 måneder"
            (re.compile(rf"(?<=\bat )(?<![\w-]){measured}(?=\S+\ser\s)(?:{level})", re.I), False))


# "reduktion af CO2-udledningen på 70 pct. i forhold til 1990": a target stated as the noun
# of its change, with the quantity it changes and the change's figure (cue change_noun_target).
@lru_cache(maxsize=1)
def _noun_targets() -> re.Pattern[str]:
    quantity = cues.pattern("target_quantity").pattern
    # ... or a compound naming the quantity itself ("en CO2-reduktion på 70 pct. ..."; cue quantity_change_noun)
    named = cues.pattern("quantity_change_noun").pattern
    return re.compile(rf"(?:(?<![\w-])(?:{cues.pattern('change_noun_target').pattern})\s(?:af|i)\s"
                      rf"(?P<q>{quantity})(?P<np>(?:\s(?:fra|for|i|på)\s[^.;:!?\n\d]{{2,80}}?)?)|(?P<q2>{named}))"
                      rf"\spå\s(?:mindst\s|ca\.\s|op til\s)?\d+(?:[.,]\d+)?\s?(?:%|pct\b\.?|procent\b){_BASELINE}",
                      re.I)


# A change the sentence reports as past ("Der var en reduktion ...", "har været en halvering
# ..."): the past and perfect of "være", "blive", "ske", "opnå" before the change's noun.
_REPORTED_CHANGE = re.compile(r"\b(?:var|blev|skete|opnåede|har været|har vi haft|er opnået|havde)\b", re.I)


_ITEM_FIGURE = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)?(?!\d)|halveres")


def _listed_figures(items: list[str]) -> dict[str, list[set[str]]]:
    """The content words of the list items of a document, by each figure they state; a list
    holds a few goals, so 50 items a figure is plenty (and keeps a hostile text linear)."""
    index: dict[str, list[set[str]]] = {}
    for item in items:
        words = content_words(item)
        for figure in set(_ITEM_FIGURE.findall(item)):
            if len(index.setdefault(figure, [])) < 50:
                index[figure].append(words)
    return index


def _listed_again(clause: re.Match[str], listed: dict[str, list[set[str]]]) -> bool:
    """The same target in a list of the document (same figure, most content words of its
    phrase in common): a goal stated in the lead and repeated in the list is one goal
    (policy p25's gold notes), and the list finders already have it."""
    figure = _FIGURE.search(clause.group(0)[clause.end("np") - clause.start():])
    words = content_words(clause.group("np"))
    return figure is not None and any(2 * len(words & other) > len(words) for other in listed.get(figure.group(0), ()))


def target_clauses(text: str) -> list[Found]:
    """A target stated in running text as a share or count that shall move by a stated
    figure ("... og antallet af hjemløse skal reduceres med mindst 25 procent"), in a
    sentence that names goals or right after one that does, in the same paragraph
    ("regeringens sociale 2020-mål"); the STAR convention's goals (kind other), the whole
    clause the title. List items are left to the list finders, which know their heading."""
    found: list[Found] = []
    lines = lines_of(text)
    listed = _listed_figures([line for _, line in lines if ITEM_LINE.match(line)])
    previous = ""  # the sentence before, in the same paragraph (a heading line counts)
    for start, line in lines:
        if not line.strip() or ITEM_LINE.match(line):
            previous = ""
            continue
        for offset, sentence in sentences(line):
            if cues.search("goal_heading", previous + " " + sentence) and not not_goal_heading(sentence):
                for pattern, ratio in _target_clauses():
                    for m in pattern.finditer(sentence):
                        if _listed_again(m, listed):
                            continue
                        f = Found("other", sentence[m.start("q"):m.end()], start + offset + m.start("q"), style="goal")
                        _read_target(f, m, sentence, ratio)
                        found.append(f)
                for m in _noun_targets().finditer(sentence):
                    if _REPORTED_CHANGE.search(sentence, 0, m.start()):
                        continue  # "Der var en reduktion af udledningen på 12 pct.": a finding
                    f = Found("other", m.group(0), start + offset + m.start(), style="goal")
                    _read_target(f, m, sentence, False)
                    found.append(f)
            previous = sentence
    return sorted(found, key=lambda f: f.title_start)


# "Vi har som mål, at 95 procent af alle unge skal gennemføre en ungdomsuddannelse.": a goal
# stated in an "at"-clause (cue goal_statement) whose subject is a share of a group, before its
# modal; bounded like the target clauses.
_STATED_SHARE = re.compile(r",?\s+at\s+(?P<q>(?:(?:mindst|minimum|højst|over|under)\s+)?(?<![\d.,])\d+(?:[.,]\d+)?"
                           r"\s?(?:%|pct\b\.?|procent\b))\s+af\s+(?P<np>[^.;:!?\n]{2,120}?)\s+(?:skal|må|bør)\s", re.I)


def stated_share_goals(text: str) -> list[Found]:
    """A goal a sentence states as a share of a group that shall reach it ("Vi har som mål,
    at 95 procent af alle unge skal gennemføre en ungdomsuddannelse."): a quantified goal
    that can be followed (municipal s6_05 gold_notes), kind other, measure share, the whole
    sentence its title, the group its population. One the document also lists ("Mindst 50
    procent af udsatte børn ..." under its goals) is left to the list finders."""
    found: list[Found] = []
    lines = lines_of(text)
    listed = _listed_figures([line for _, line in lines if ITEM_LINE.match(line)])
    for start, line in lines:
        if not line.strip() or ITEM_LINE.match(line):
            continue
        for offset, sentence in sentences(line):
            lead = cues.search("goal_statement", sentence)
            m = _STATED_SHARE.match(sentence, lead.end()) if lead else None
            if m is None or not_goal_heading(sentence):
                continue
            figure = _ITEM_FIGURE.search(m.group("q"))
            words = content_words(m.group("np"))
            if figure and any(2 * len(words & other) > len(words) for other in listed.get(figure.group(0), ())):
                continue  # the same goal in the document's list
            title = sentence.strip()
            f = Found("other", title, start + offset + sentence.index(title), style="goal", measure="share")
            f.population = m.group("np").strip()
            found.append(f)
    return found



# "omstilling af vores energisektor til 100 pct. vedvarende energi inden 2040": a change of a
# whole toward a new make-up (cue transition_noun, or its modal passive, transition_passive),
# the share of it that is to be reached and the time by which (cue target_deadline). Bounded
# like the target clauses.
_SHARE_LEVEL = r"(?:(?:mindst|minimum|over)\s+)?(?<![\d.,])\d+(?:[.,]\d+)?\s?(?:%|pct\b\.?|procent\b)"


@lru_cache(maxsize=1)
def _level_targets() -> tuple[re.Pattern[str], ...]:
    noun = cues.pattern("transition_noun").pattern
    passive = cues.pattern("transition_passive").pattern
    deadline = cues.pattern("target_deadline").pattern
    own = cues.pattern("own_goal_lead").pattern
    work_for = cues.pattern("work_for_lead").pattern
    return (re.compile(rf"(?:(?:{noun})(?:\s+af\s+[^.;:!?\n]{{2,80}}?)?|{passive})"
                       rf"\s+til\s+{_SHARE_LEVEL}\s+[^.;:!?\n\d]{{2,80}}?\s+(?:{deadline})", re.I),
            # "Vi har et mål om 100 pct. vedvarende energi i 2040": the level an own goal names
            re.compile(rf"(?:{own})\s+{_SHARE_LEVEL}\s+[^\W\d]", re.I),
            # "Alternativet vil arbejde for 100 pct. økologisk skovbrug", "... for en omstilling af landbruget, så det
            # er 100 pct. økologisk inden 2040" (s18_10): the state worked for, by its share; never a comparative
            # after the share ("for 5 pct. lavere skat": a change of a rate)
            re.compile(rf"(?:{work_for})\s+(?:(?:en|et)\s+[^.;:!?\n]{{2,100}}?,\s+så\s+(?:det|den|de)\s+(?:er|bliver)\s+)?"
                       rf"{_SHARE_LEVEL}\s+(?!(?:mere|mindre|flere|færre)\b)[a-zæøå][\wæøå-]*(?<!ere)\b", re.I))


# A list mark before a target stated as a list item ("•\tDen samlede danske udviklingsbistand bør ...").
_LIST_MARK = re.compile(rf"^\s*{BULLET}\s+")


def level_targets(text: str) -> list[Found]:
    """A target stated as a change toward a share by a stated time ("Alternativet vil arbejde
    for en effektiv og kontrolleret omstilling af vores energisektor til 100 pct. vedvarende
    energi inden 2040.") or as the share the document's own goal names ("Vi har et mål om 100
    pct. vedvarende energi i 2040."): a quantified target that can be followed (municipal s7_06 gold_notes), kind other, measure
    share, the whole sentence its title (no label names it) and nothing else read, as the text
    does not say how the share is computed. A change the sentence reports as past
    ("Omlægningen til 50 pct. ... blev gennemført i 2010") is a finding."""
    found: list[Found] = []
    for start, line in lines_of(text):
        if not line.strip():
            continue
        for offset, sentence in sentences(line):
            if not any(p.search(sentence) for p in _level_targets()) or _REPORTED_CHANGE.search(sentence):
                continue  # _REPORTED_CHANGE before or after the noun: V2 order
            mark = _LIST_MARK.match(sentence)
            title = sentence[mark.end() if mark else 0:].strip()
            f = Found("other", title, start + offset + sentence.index(title), style="goal", measure="share")
            # read: no group is named, so the goal readers do not look for one in the title
            f.population = ""
            found.append(f)
    return found


def _read_target(f: Found, m: re.Match[str], sentence: str, ratio: bool) -> None:
    """Measure, population and (for a share) definition of one target clause."""
    if "q2" in m.re.groupindex and m.group("q2"):  # "en CO2-reduktion på 70 pct.": the noun names its quantity
        f.measure = cues.value_of("quantity_change_noun", m.group("q2")) or "other"
    elif not ratio:  # a quantity of its own kind (cue target_quantity); whose, after fra/for/blandt
        f.measure = cues.value_of("target_quantity", m.group("q")) or "other"
        before = sentence[:m.start("q")].split()
        if before and cues.value_of("measure_word", before[-1]) == "average":
            f.measure = "average"  # "Den gennemsnitlige ventetid ...": a mean, also of a duration (convention)
        owner = re.match(r"\s(?:fra|for|blandt)\s(?P<pop>.+)$", m.group("np") or "")
        f.population = owner.group("pop").strip() if owner else None
        per = re.match(r"\spr\.\s(?P<unit>[\wæøå-]+)", m.group("np") or "")
        if per and cues.search("person_noun", per.group("unit")):  # "udledningen pr. indbygger": a rate per person
            f.measure = "average"
    elif m.group("q").casefold().startswith("antal"):
        rate = fields.rate_population(m.group("np"))
        if rate:  # "antallet af indlæggelser pr. 1.000 ældre borgere": a rate per person is an average
            f.measure, f.population = "average", rate
        else:
            f.measure = "count"
            relative = fields.RELATIVE_MARK.search(m.group("np"))
            f.population = m.group("np")[:relative.start() if relative else None].strip()
    else:  # the share's phrase gives its population, numerator and denominator
        f.measure = "share"
        f.definition = sentence[m.start("q"):m.end("np")].rstrip(" ,")
        f.definition_start = f.title_start
