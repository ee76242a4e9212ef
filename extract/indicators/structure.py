"""Indicator finders built on document structure and Danish definition language, for texts
beyond the STAR layouts (health nøgletal, school goals, union indices, social goals).

Every phrase they rely on is a row of `cues.tsv` (see `extract.indicators.cues`):
- goal lists: numbered goals under a heading naming goals ("De tre nationale mål"), made
  measurable by labelled items later in the text ("Mål 1 – Faglig dygtighed: ..."), linked
  by number; aims and means ("Målet er at ...", "Det sker gennem ...") are left out;
- a flattened numbered list after a lead naming goals, focus areas or indicators
  ("... på fem fokusområder: 1. A 2. B 3. C"), with the index the lead builds from them;
- a measure named after a lead that computes it ("Derudover beregnes ...: Selvforsørgelses-
  graden 26 uger efter ...");
- items listed after a lead announcing measures ("to nye målinger på jobindsats.dk:"),
  each naming a quantity;
- numbered goals under a heading naming goals (the numbered form of goal bullets);
- a goal under a heading or label naming one ("Resultatmål", "Servicemål: ..."; municipal
  kvalitetsstandarder), with the group it names itself as its population;
- a labelled goal whose line names it and whose next line states its target ("Mål 1: Flere
  borgere i job" / "Andelen af ... skal falde til 20 pct.");
- a target in running text beside the goals it names ("... 2020-mål. ... og antallet af
  hjemløse skal reduceres med mindst 25 procent"), also of emissions, consumption, waiting
  times and grade averages, as a level ("at ventetiden ... højst er 3 måneder") or as the noun
  of its change ("en reduktion af CO2-udledningen på 70 pct. i 2030 i forhold til 1990");
- a goal a sentence states in an "at"-clause as a share of a group ("Vi har som mål, at 95
  procent af alle unge skal gennemføre en ungdomsuddannelse.");
- the items a municipal service standard follows up on ("Opfølgning" / "Årlig opgørelse
  over antal borgere, der ..."; also "Succeskriterier", "Målepunkter"), each naming a count
  or share at its head;
- the items listed under a lead saying what is to be measured ("... skal ifølge KL måles
  på:"), and the measures an opgørelse lists ("Opgørelse over genindlæggelser ...:");
- the measure a statistics API example plots, named by its plot title;
- the quantity a klimaregnskab, CO2-regnskab or energiregnskab computes
  (`extract.indicators.accounts`).
A goal whose target is a time limit ("inden for 14 dage") measures a duration; a goal whose
subject is a group defined by a relative clause ("At alle borgere, som ... bliver rådgivet")
has that group, without its quantifier, as its population.
Measures whose computation the text states (headings, fractions, tables, "X opgøres som
Y") are found by `extract.indicators.computed`; `STRUCTURE_FINDERS` lists both, in order.
"""
from __future__ import annotations

import re
from functools import lru_cache

from danish.words import content_words

from ..document import TEXT_PAGE_MARK
from . import accounts, computed, cues, fields
from .finders import _STATISTIC, BULLET_MARKS, _bullets_after, _numbered_definition, LEAD_MAX, Found, Line, lines_of, not_goal_heading, sentences

_NUMBERED = re.compile(r"^\s*(?P<n>\d{1,2})[.)]\s+(?P<title>\S.*?)\s*$")
_BULLET_MARK = re.compile(rf"^\s*(?:(?:[{BULLET_MARKS}]|o(?=[ \t]))\s+)?")


def _heading_before(lines: list[Line], i: int) -> str:
    j = i - 1
    while j >= 0 and not lines[j][1].strip():
        j -= 1
    return lines[j][1].strip() if j >= 0 else ""


def _numbered_goals(lines: list[Line]) -> dict[int, tuple[int, str]]:
    """Numbered items 1..n under a heading naming goals: number -> (offset, text)."""
    goals: dict[int, tuple[int, str]] = {}
    i = 0
    while i < len(lines):
        m = _NUMBERED.match(lines[i][1])
        heading = _heading_before(lines, i) if m and m.group("n") == "1" else ""
        if m and len(heading) < LEAD_MAX and cues.search("goal_heading", heading) and not not_goal_heading(heading):
            expected, j = 1, i
            while j < len(lines):
                item = _NUMBERED.match(lines[j][1])
                if item and int(item.group("n")) == expected:
                    goals.setdefault(expected, (lines[j][0] + item.start("title"), item.group("title")))
                    expected += 1
                elif lines[j][1].strip():
                    break
                j += 1
            i = j
        else:
            i += 1
    return goals


_LABELLED = re.compile(r"^(?P<label>(?:Nationalt mål|Resultatmål|Delmål|Fokusmål|Målsætning|Mål)\s+(?P<n>\d{1,2}))"
                       r"\s*(?:[–—-]\s*(?P<name>[^:\n]{2,80}?))?\s*:\s+(?P<body>\S.*?)\s*$")


def _definition_sentences(body: str, start: int) -> tuple[str, int] | None:
    """The sentences of an item that say what is measured; aims and means are left out."""
    kept = [(o, s) for o, s in sentences(body) if not cues.search("aim_sentence", s)]
    if not kept:
        return None
    first, last = kept[0], kept[0]
    for offset, sentence in kept[1:]:
        if body[last[0] + len(last[1]):offset].strip():
            break
        last = (offset, sentence)
    return body[first[0]:last[0] + len(last[1])], start + first[0]


def _list_lead(lines: list[Line], i: int) -> str:
    """The line that introduces a list ("... tre resultatmål, som følges hvert år:")."""
    j = i - 1
    while j >= 0 and (not lines[j][1].strip() or _LABELLED.match(_BULLET_MARK.sub("", lines[j][1]))):
        j -= 1
    return lines[j][1] if j >= 0 else ""


_TARGET_FIGURE = fields.PERCENT_FIGURE


def _with_target_lines(text: str, lines: list[Line], i: int, definition: tuple[str, int]) -> tuple[str, int]:
    """A labelled item whose indented next lines state its target figure ("Mindst 80
    procent af eleverne skal ...") runs on to the last sentence with the figure; lines that
    only restate the goal do not extend it."""
    body, start = definition
    end, k = start + len(body), i + 1
    while k < len(lines) and lines[k][1].strip() and lines[k][1][:1] in " \t" \
            and not _LABELLED.match(_BULLET_MARK.sub("", lines[k][1])) and not _ITEM_LINE.match(lines[k][1]):
        for offset, sentence in sentences(lines[k][1]):
            if _TARGET_FIGURE.search(sentence):
                end = lines[k][0] + offset + len(sentence.rstrip())
        k += 1
    return text[start:end], start


def _name_then_target(lines: list[Line], i: int, m: re.Match[str]) -> tuple[tuple[int, str], tuple[str, int]] | None:
    """A labelled goal whose line only names it (no sentence end), with its target on the
    next line: ((offset, name), (definition, offset))."""
    body = m.group("body")
    if m.group("name") or body.endswith((".", "!", "?")) or len(body) > 80:
        return None
    j = i + 1
    if j >= len(lines) or not lines[j][1].strip() or _LABELLED.match(_BULLET_MARK.sub("", lines[j][1])) \
            or _ITEM_LINE.match(lines[j][1]):
        return None
    target = lines[j][1].strip()
    if not target.endswith(".") or not (cues.search("measure_word", target) or _TARGET_FIGURE.search(target)):
        return None
    definition = _definition_sentences(target, lines[j][0] + lines[j][1].index(target))
    if definition is None:
        return None
    mark = _BULLET_MARK.match(lines[i][1])
    name_start = lines[i][0] + (mark.end() if mark else 0) + m.start("body")
    return (name_start, body), definition


def goal_lists(text: str) -> list[Found]:
    """Numbered goals linked by number to labelled, measurable items ("Mål 1 – X: ...")."""
    lines = lines_of(text)
    goals = _numbered_goals(lines)
    found: list[Found] = []
    linked: set[int] = set()
    for i, (start, line) in enumerate(lines):
        mark = _BULLET_MARK.match(line)
        body_start = mark.end() if mark else 0
        m = _LABELLED.match(line[body_start:])
        if not m:
            continue
        number = int(m.group("n"))
        label_word = m.group("label")[:-len(m.group("n"))].strip()
        if m.group("name") is None and number not in goals and _numbered_definition(text, label_word, number):
            continue  # "Mål 1: X" defined apart ("Mål 1 opgøres som ...", the STAR convention): a numbered item
        definition = _definition_sentences(m.group("body"), start + body_start + m.start("body"))
        named_only = _name_then_target(lines, i, m)
        if named_only is not None and number not in goals:
            # "Mål 1: Flere borgere i job" over its target "Andelen af ... skal falde til 20 pct."
            (title_start, title), definition = named_only
            f = Found("other", title, title_start, number=number, style="goal")
            f.definition, f.definition_start = definition
            found.append(f)
            continue
        if number in goals:
            title_start, title = goals[number]
            linked.add(number)
        else:
            name = m.group("name") or m.group("label")
            title, title_start = name, start + body_start + m.start("name" if m.group("name") else "label")
        f = Found("other", title, title_start, number=number, style="goal")
        if definition:
            f.definition, f.definition_start = _with_target_lines(text, lines, i, definition)
            f.context = _list_lead(lines, i)
        found.append(f)
    for number, (title_start, title) in goals.items():
        if number not in linked and found:
            found.append(Found("other", title, title_start, number=number, style="goal"))
    return found


def numbered_goals(text: str) -> list[Found]:
    """Numbered goals under a heading that names them ("De ti sociale mål", "Nationale
    mål"), the numbered form of the STAR convention's goal bullets; runs after the STAR
    layouts, so a sigtelinje or indicator list keeps its own kind."""
    return [Found("other", title, start, number=number, style="goal")
            for number, (start, title) in _numbered_goals(lines_of(text)).items()]


_INLINE_ITEM = re.compile(r"(?:(?<=\s)|^)(?P<n>\d{1,2})\.\s+(?=[A-ZÆØÅ])")


def _inline_items(tail: str) -> list[tuple[int, int, str]]:
    """(number, offset, title) of "1. A 2. B 3. C." after a lead's colon; 3 or more items."""
    marks = []
    expected = 1
    for m in _INLINE_ITEM.finditer(tail):
        if int(m.group("n")) == expected:
            marks.append(m)
            expected += 1
    if len(marks) < 3 or tail[:marks[0].start()].strip():
        return []
    out = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(tail)
        chunk = tail[m.end():end]
        if k + 1 == len(marks):  # the last item ends with its sentence
            stop = re.search(r"\.(?=\s+[A-ZÆØÅ])|\.\s*$|\n", chunk)
            chunk = chunk[:stop.start()] if stop else chunk
        out.append((int(m.group("n")), m.end(), chunk.strip().rstrip(".")))
    return out


def _sentence_start(text: str, pos: int, boundary: str) -> int:
    """Where the sentence holding pos starts: after the last boundary in a short window
    before it (never before the line)."""
    window_start = max(text.rfind("\n", 0, pos) + 1, pos - 400)
    ends = [m.end() for m in re.finditer(boundary, text[window_start:pos])]
    return window_start + (ends[-1] if ends else 0)


_SUBJECT = re.compile(r"(?P<subject>[A-ZÆØÅ][\wæøå-]+)\s+$")


def inline_lists(text: str) -> list[Found]:
    """A flattened numbered list after a lead naming goals, focus areas or indicators; a
    lead that builds an index from the items ("X er bygget op på ... :") defines X."""
    found: list[Found] = []
    for colon in re.finditer(r":", text):
        tail = text[colon.end():colon.end() + 1500]
        items = _inline_items(tail.lstrip(" "))
        if not items:
            continue
        shift = colon.end() + len(tail) - len(tail.lstrip(" "))
        lead_start = _sentence_start(text, colon.start(), r"[.!?]\s")
        lead = text[lead_start:colon.end()]
        if not (cues.search("goal_heading", lead) or cues.search("measure_noun", lead)) or not_goal_heading(lead):
            continue
        composite = cues.search("composite", lead)
        if composite:
            subject = _SUBJECT.search(lead[:composite.start()])
            if subject:
                begin = lead_start + subject.start("subject")
                found.append(Found("other", subject.group("subject"), begin, definition=text[begin:colon.end()],
                                   definition_start=begin, style="index"))
        for number, offset, title in items:
            f = Found("other", title, shift + offset, number=number, style="goal")
            f.measure = cues.value_of("measure_word", title) or "other"
            among = re.search(r"\bblandt (?P<pop>[^,.:;]+)$", title)  # "Overledighed blandt indvandrere"
            f.population = among.group("pop") if among else None
            found.append(f)
    return found


def measures_after_lead(text: str) -> list[Found]:
    """A measure named after a lead that computes it ("Derudover beregnes ...: X.")."""
    found: list[Found] = []
    kind = "nøgletal" if re.search(r"jobindsats", text, re.I) else "other"
    for colon in re.finditer(r":[ \t]+(?=[A-ZÆØÅ])", text):
        sentence_start = _sentence_start(text, colon.start(), r"[.!?\n]\s*")
        lead = text[sentence_start:colon.start() + 1]
        if not cues.search("measure_lead", lead) or re.match(r"\s*\d{1,2}\.\s", text[colon.end():]):
            continue
        end = re.search(r"\.(?=\s+[A-ZÆØÅ])|\.?\s*(?:\n|$)", text[colon.end():])
        title = text[colon.end():colon.end() + (end.start() if end else 0)].strip()
        if 3 <= len(title) <= 160:
            f = Found(kind, title, colon.end())
            f.measure = cues.value_of("measure_word", title) or "other"
            _read_rate(f, title)
            found.append(f)
    return found


_ITEM_LINE = re.compile(rf"^\s*(?:[{BULLET_MARKS}]|o(?=[ \t])|\d{{1,2}}[.)])\s+(?P<title>\S.*?)\s*$")


_VALUE_TAIL = re.compile(rf"\s*:\s*[\d.,]+\s*(?:%|pct\.?|procent|{fields.AMOUNT_UNIT}|kr)?\s*$")


def _read_rate(f: Found, title: str) -> None:
    """A count named per persons ("Antal genindlæggelser pr. 1.000 borgere") is a rate per
    person: an average over those persons (the star convention, cue ratio `per`)."""
    rate = fields.count_rate(title)
    if rate:
        f.measure, f.population = rate


def announced_measures(text: str) -> list[Found]:
    """Items listed after a lead announcing measures ("Fra i dag finder du to nye målinger
    på jobindsats.dk:"), each naming a quantity (Antal ..., Andel ..., Gennemsnitlig ...);
    a list of benefits or groups under the same lead names no quantity and is scope."""
    lines, found = lines_of(text), []
    jobindsats = bool(re.search(r"jobindsats", text, re.I))
    for i, (_, line) in enumerate(lines):
        lead = sentences(line)[-1][1] if line.strip() else ""
        if not cues.search("announcing_lead", lead) or not_goal_heading(lead):
            continue
        j = i + 1
        while j < len(lines) and (not lines[j][1].strip() or _ITEM_LINE.match(lines[j][1])):
            item = _ITEM_LINE.match(lines[j][1])
            # an item that states a figure ("... var 20.000 i 2016") quotes a statistic
            if item and cues.search("measure_word", item.group("title")) and not _STATISTIC.search(item.group("title")):
                # "Antal visiterede timer pr. uge: 12.345": the measure, not the value quoted for it
                title = _VALUE_TAIL.sub("", item.group("title")).rstrip(".")
                f = Found("nøgletal" if jobindsats else "other", title, lines[j][0] + item.start("title"),
                          source="jobindsats.dk" if jobindsats else None)
                f.measure = cues.value_of("measure_word", title)
                f.population = fields.title_population(title)
                _read_rate(f, title)
                found.append(f)
            j += 1
    return found


def _is_heading_like(line: str) -> bool:
    text = line.strip()
    return 0 < len(text) < 60 and text[:1].isupper() and not text.endswith((".", ",", ";"))


def _paragraph(lines: list[Line], j: int) -> tuple[int, int] | None:
    """(start, end) of the paragraph from line j: up to a blank line, or up to a heading
    after a line that ends a sentence (kvalitetsstandarder run section after section)."""
    if j >= len(lines) or not lines[j][1].strip():
        return None
    k = j
    while k + 1 < len(lines) and lines[k + 1][1].strip() and not (
            lines[k][1].rstrip().endswith(".") and _is_heading_like(lines[k + 1][1])):
        k += 1
    start = lines[j][0] + len(lines[j][1]) - len(lines[j][1].lstrip())
    return start, lines[k][0] + len(lines[k][1].rstrip())


def _paragraph_below(section: list[Line]) -> tuple[int, int] | None:
    """The paragraph under a heading line (section[0]), past at most two blank lines."""
    j = 1
    while j < len(section) and not section[j][1].strip() and j < 3:
        j += 1
    return _paragraph(section, j)


def headed_goals(text: str) -> list[Found]:
    """A goal stated under a heading that names one ("Resultatmål", "Servicemål",
    "Kvalitetsmål"; municipal kvalitetsstandarder): the paragraph below is the item, the
    whole item its title (the convention for goals without a separate label)."""
    lines, found = lines_of(text), []
    for i, (start, line) in enumerate(lines):
        m = cues.search("goal_section", line)
        if not m:
            continue
        inline = line[m.end():].strip(" :\t")
        section = lines[i:i + _SECTION_LINES]  # a goal section is short: linear on a hostile text
        if inline:  # "Resultatmål: At ..." on one line
            begin = start + line.index(inline, m.end())
            para = _paragraph(section, 0)
            end = para[1] if para else start + len(line.rstrip())
        else:
            para = _paragraph_below(section)
            if para is None:
                continue
            begin, end = para
        for item_start, title in _section_items(text, begin, end):
            if len(title) < 8 or _STATISTIC.search(title) or re.match(r"(?:Der er ikke|Der er ingen|Ingen)\b", title):
                continue  # "Der er ikke opstillet resultatmål for 2013.": no goal
            f = Found("other", title, item_start, style="goal")
            # The population is the group the goal itself counts or names: a percentage's
            # ("95 % af ansøgningerne ...") or its subject's relative clause ("At alle borgere,
            # som er pårørende til ... bliver rådgivet"). The section's "målgruppe" is whom the
            # service is for, not what the goal measures: a goal naming no group has none
            # (municipal gold s6_01-s6_03: a time limit or a satisfaction goal, population null).
            f.population = fields.percent_population(title) or fields.relative_group(title)
            f.measure = fields.count_target(title)
            found.append(f)
    return found


def _section_items(text: str, begin: int, end: int) -> list[tuple[int, str]]:
    """The goals of a section: its bulleted items one by one ("Servicemål" / "• Afgørelse
    træffes senest ..." / "• Hjælpen iværksættes ..."); else each line-initial sentence after a
    line that ends one ("At Brydehuset medvirker ... SSP-samarbejdet." / "Brydehuset medvirker i
    alle sammenhænge ..."; the municipal convention: each line-initial item under "Resultat
    mål" is one goal), a sentence that goes on on its line ("... behandlingsforløb. Dette /
    iværksættes ...") staying in its item."""
    rows = [(begin + offset, line) for offset, line in lines_of(text[begin:end]) if line.strip()]
    items = [(start, _ITEM_LINE.match(line)) for start, line in rows]
    if len(items) >= 2 and all(m for _, m in items):
        return [(start + m.start("title"), m.group("title")) for start, m in items if m]
    out: list[tuple[int, str]] = []
    item_start = begin
    for (_, line), (start, following) in zip(rows, rows[1:]):
        if line.rstrip().endswith(".") and following.lstrip()[:1].isupper():
            first = start + len(following) - len(following.lstrip())
            out.append((item_start, text[item_start:start].rstrip()))
            item_start = first
    out.append((item_start, text[item_start:end]))
    return out


# An item names its quantity at its head ("Antal klager ...", "Årlig opgørelse over antal
# ..."), within its first few words; a long line is prose, not a list item.
_ITEM_HEAD = 40
_SECTION_LINES = 30


# the page line a text saved from the loader keeps ("--- side 22 ---") is no part of the item above it
_PAGE_MARK_TAIL = re.compile(rf"\s*{TEXT_PAGE_MARK}\s*$")


def follow_up_items(text: str) -> list[Found]:
    """What a municipal service standard says it follows up on, under its "Opfølgning" (or
    "Målepunkter", "Succeskriterier") heading: each item that names a quantity ("Årlig
    opgørelse over antal borgere, der har modtaget råd og vejledning.") is a measure, the
    whole item its title (the convention for items without a separate label); prose under
    the heading ("Målet for udarbejdelse af handleplanen er, at ...") names none. A count's
    population is the counted phrase; a negated relative clause counts the exceptions
    among it ("antal forløb, der ikke har været iværksat inden for 14 dage")."""
    lines, found = lines_of(text), []
    for i, (start, line) in enumerate(lines):
        heading = cues.search("follow_up_heading", line)
        if not heading:
            continue
        # a follow-up section is a few items: read at most its first lines (so a text of
        # headings without blank lines stays linear)
        section = lines[i:i + _SECTION_LINES]
        if line[heading.end():].strip(" :\t"):  # "Opfølgning: Årlig opgørelse over ..." on one line
            para = _paragraph(section, 0)
            if para is not None:
                inline = line[heading.end():].lstrip(" :\t")
                para = (start + len(line) - len(inline), para[1])
        else:
            para = _paragraph_below(section)
        if para is None:
            continue
        for offset, sentence in sentences(text[para[0]:para[1]]):
            mark = _BULLET_MARK.match(sentence)
            title = _PAGE_MARK_TAIL.sub("", sentence[mark.end() if mark else 0:]).rstrip()
            if not title or _STATISTIC.search(title) or computed._CHANGE.search(title) \
                    or cues.search("aim_sentence", title):
                continue  # a finding ("Antallet af klager faldt i 2023.") reports, it follows nothing up
            head = cues.search("measure_word", title)
            measure = fields.measure_word(title)
            if measure is None or head is None or head.start() > _ITEM_HEAD:
                continue  # prose that mentions a count on the way names no item to follow
            f = Found("other", title, para[0] + offset + (mark.end() if mark else 0), style="measure")
            f.measure = measure
            rate = fields.count_rate(title) if measure == "count" else None
            if rate:  # "Antal genindlæggelser pr. 1.000 borgere": a rate per person
                f.measure, f.population = rate
            elif measure == "count":
                f.population = fields.counted_population(f.title)
            elif measure == "average":  # "Den gennemsnitlige ventetid for borgere, der ..."
                f.population = fields.averaged_population(f.title)
            found.append(f)
    return found


def measured_lists(text: str) -> list[Found]:
    """The items listed under a lead saying what something is to be measured on ("Den
    kommunale sundhedsindsats skal ifølge KL måles på:"), one a line up to a blank line:
    each is a measure, the whole item its title; a metric only where the item names one."""
    lines, found = lines_of(text), []
    for i, (_, line) in enumerate(lines):
        lead = sentences(line)[-1][1] if line.strip() else ""
        if not cues.search("measure_list_lead", lead) or not_goal_heading(lead):
            continue
        j = i + 1
        while j < len(lines) and lines[j][1].strip() and j - i <= 12 and len(lines[j][1].strip()) <= LEAD_MAX:
            start, item = lines[j]
            mark = _BULLET_MARK.match(item)
            title = item[mark.end() if mark else 0:].strip()
            if title and not _STATISTIC.search(title) and not computed._CHANGE.search(title):
                f = Found("other", title, start + item.index(title), style="measure")
                f.measure = fields.measure_word(title) or "other"
                rate = fields.count_rate(title) if f.measure == "count" else None
                if rate:  # as under "Opfølgning": a rate per person, or the counted phrase
                    f.measure, f.population = rate
                elif f.measure == "count":
                    f.population = fields.counted_population(title)
                found.append(f)
            j += 1
    return found


def opgoerelse_items(text: str) -> list[Found]:
    """The measures an opgørelse lists under its lead ("Opgørelse over genindlæggelser i
    somatik og psykiatri:" / "• Akutte somatiske genindlæggelser."): each bullet names one
    (style "listed"; one the text defines under its own heading is kept there, see
    `extract.parsers.indicators`); a metric only where the item names one."""
    lines, found = lines_of(text), []
    for i, (_, line) in enumerate(lines):
        if not cues.search("opgoerelse_lead", line) or not_goal_heading(line):
            continue
        for start, item in _bullets_after(lines, i, wrapped=True):
            title = item.rstrip(" .")
            if 3 <= len(title) <= 160 and not _STATISTIC.search(title) and not computed._CHANGE.search(title):
                f = Found("other", title, start, style="listed")
                f.measure = fields.measure_word(title) or "other"
                if f.measure != "other":
                    f.population = fields.title_population(title)
                found.append(f)
    return found


def plot_titles(text: str) -> list[Found]:
    """A measure plotted in a code example of a statistics API, named by the plot's title
    ("plt.title('A-dagpenge: Antal personer fordelt på køn')"), once however many
    languages the example is given in. A jobindsats.dk title names the benefit before its
    colon and the quantity after it; the benefit is the group measured (its recipients)."""
    found: list[Found] = []
    seen: set[str] = set()
    jobindsats = bool(re.search(r"jobindsats", text, re.I))
    for m in cues.pattern("plot_title").finditer(text):
        title = m.group("title").strip()
        label, colon, quantity = title.partition(": ")
        measure = fields.measure_word(quantity or title)
        if measure is None or title in seen:
            continue
        seen.add(title)
        f = Found("nøgletal" if jobindsats else "other", title, m.start("title"))
        f.measure = measure
        f.population = label if colon and label and jobindsats else fields.title_population(title)
        found.append(f)
    return found


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
    listed = _listed_figures([line for _, line in lines if _ITEM_LINE.match(line)])
    previous = ""  # the sentence before, in the same paragraph (a heading line counts)
    for start, line in lines:
        if not line.strip() or _ITEM_LINE.match(line):
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
    listed = _listed_figures([line for _, line in lines if _ITEM_LINE.match(line)])
    for start, line in lines:
        if not line.strip() or _ITEM_LINE.match(line):
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
            relative = fields._RELATIVE_MARK.search(m.group("np"))
            f.population = m.group("np")[:relative.start() if relative else None].strip()
    else:  # the share's phrase gives its population, numerator and denominator
        f.measure = "share"
        f.definition = sentence[m.start("q"):m.end("np")].rstrip(" ,")
        f.definition_start = f.title_start


STRUCTURE_FINDERS = (goal_lists, computed.measure_tables, computed.labelled_blocks, computed.labelled_fractions,
                     computed.defined_headings, inline_lists, measures_after_lead, computed.measure_headings,
                     computed.definition_sentences, numbered_goals, announced_measures, headed_goals,
                     computed.verb_first_definitions, computed.glossary_definitions, computed.named_measure_sentences, target_clauses,
                     stated_share_goals,
                     follow_up_items, measured_lists, opgoerelse_items, plot_titles, accounts.account_quantities)
