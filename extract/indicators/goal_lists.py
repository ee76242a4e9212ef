"""Goal lists: numbered goals under a heading naming goals, made measurable by labelled items
later in the text and linked by number; a labelled goal whose next line states its target."""
from __future__ import annotations

import re

from . import cues, fields
from .finders import DEFINITION_VERB, GOAL_COMPUTATION, first_sentence, numbered_definition, LEAD_MAX, Found, Line, lines_of, not_goal_heading, sentences
from .list_items import BULLET_MARK, ITEM_LINE, NUMBERED_ITEM


def _heading_before(lines: list[Line], i: int) -> str:
    j = i - 1
    while j >= 0 and not lines[j][1].strip():
        j -= 1
    return lines[j][1].strip() if j >= 0 else ""


def _names_goals(lead: str) -> bool:
    """A heading naming goals ("Nationale mål for sundhed:"), or the paragraph over a list one of whose sentences
    sets the goals it lists ("For 2024 har ministeren fastsat følgende fire mål.", "Regeringen har fastsat en række
    konkrete mål for ...": cue goal_list_lead); a list of intentions, findings or target groups is none."""
    if not lead or not_goal_heading(lead):
        return False
    if len(lead) < LEAD_MAX and cues.search("goal_heading", lead):
        return True
    return any(cues.search("goal_list_lead", sentence.strip()) for _, sentence in sentences(lead))


def _numbered_items(lines: list[Line]) -> dict[int, tuple[int, str, int]]:
    """Numbered items 1..n under a lead naming goals: number -> (offset, text, index of the item's line). An item
    may stand over lines of its own, up to a blank line ("1. Hjemløsheden skal halveres" / "Mål for 2030: ..." /
    "Opgøres som ..."); the next item follows them."""
    goals: dict[int, tuple[int, str, int]] = {}
    i = 0
    while i < len(lines):
        m = NUMBERED_ITEM.match(lines[i][1])
        if m and m.group("n") == "1" and _names_goals(_heading_before(lines, i)):
            expected, j, in_block = 1, i, False
            while j < len(lines):
                item = NUMBERED_ITEM.match(lines[j][1])
                if item and int(item.group("n")) == expected:
                    goals.setdefault(expected, (lines[j][0] + item.start("title"), item.group("title"), j))
                    expected, in_block = expected + 1, True
                elif not lines[j][1].strip():
                    in_block = False
                elif not in_block:
                    break
                j += 1
            i = j
        else:
            i += 1
    return goals


def _numbered_goals(lines: list[Line]) -> dict[int, tuple[int, str]]:
    """Numbered items 1..n under a heading naming goals: number -> (offset, text)."""
    return {n: (start, title) for n, (start, title, _) in _numbered_items(lines).items()}


def _paragraph_end(lines: list[Line], i: int) -> int:
    """The offset where line i's paragraph ends: at its next blank line (a goal's field lines stand under it)."""
    k = i + 1
    while k < len(lines) and lines[k][1].strip():
        k += 1
    return lines[k - 1][0] + len(lines[k - 1][1])


def _item_block_end(lines: list[Line], j: int) -> int:
    """The index past the last line of item j's block: the lines under it up to a blank line or the next item."""
    k = j + 1
    while k < len(lines) and lines[k][1].strip() and not ITEM_LINE.match(lines[k][1]):
        k += 1
    return k


def _computation_sentence(line: str) -> tuple[int, str] | None:
    """The first sentence of a line that says how a measure is computed ("Målet opgøres som ...", "Opgøres som ...",
    "Genanvendelsesprocenten beregnes som ..."; cue computation)."""
    return next(((o + len(s) - len(s.lstrip()), s.strip()) for o, s in sentences(line) if cues.search("computation", s)),
                None)


def _measure_field(lines: list[Line], k: int) -> tuple[int, str] | None:
    """(offset, value) of line k when it names the goal's measure in a field that is no goal's own label
    ("Indikator: Andel af voksne over 16 år, der ...": the measure under the goal, its definition; "Resultatmål: ...
    skal stige." restates the goal)."""
    m = _TITLE_FIELD.match(lines[k][1].strip())
    if m is None or _GOAL_FIELD.match(lines[k][1].strip()) or not cues.search("measure_word", m.group("value")):
        return None
    return lines[k][0] + lines[k][1].index(m.group("value")), m.group("value")


_GOAL_FIELD = re.compile(r"(?:Resultat)?mål\b", re.I)
# A goal's target field under its name ("1. Flere unge skal have en uddannelse" / "Resultatmål: Andelen af unge ...,
# der modtager uddannelseshjælp, skal reduceres."): the target sentence, its label left out.
_TARGET_FIELD = re.compile(r"[ \t]*Resultatmål[ \t]*:[ \t]*(?P<value>\S.*\.)[ \t]*$")


def _target_field(lines: list[Line], k: int) -> tuple[int, str] | None:
    """(offset, value) of line k when it states the numbered goal's target as a quantity that is to move (the goal
    and its resultatmål are one entry, the goal its title and the target its definition: the reading "Mål 1: X" /
    "Resultatmål: Y" has, policy p10). The target's sentences are the definition; a sentence after them with the
    goal's own noun that says how it is followed ("Målet følges ved virksomhedernes tilfredshed ...") is how the goal
    is measured, and is the definition alone."""
    m = _TARGET_FIELD.match(lines[k][1])
    if m is None or not (cues.search("measure_word", m.group("value")) or _TARGET_FIGURE.search(m.group("value"))):
        return None
    start = lines[k][0] + m.start("value")
    followed = next(((o, s) for o, s in sentences(m.group("value"))[1:] if _FOLLOWED_GOAL.match(s)), None)
    if followed:
        return start + followed[0], followed[1].rstrip()
    kept = _definition_sentences(m.group("value"), start)
    return (kept[1], kept[0]) if kept else None


# The goal's own noun and "følges": how the goal above is followed ("Målet følges ved ...", "Målet følges som ...").
_FOLLOWED_GOAL = re.compile(r"(?:Målet|Målsætningen) følges (?:ved|som|via|gennem)\b")


def _item_goal(lines: list[Line], number: int, start: int, title: str, j: int, bare: bool = False) -> Found | None:
    """A numbered goal whose item states how it is computed: in a sentence after its own ("2. Mindst 60 pct. af
    husholdningsaffaldet skal genanvendes i 2030. Genanvendelsesprocenten beregnes som ...") or on a line under it
    ("Opgøres som antal personer ...", "Opgørelse: Andelen af ..."). The goal is the title, the computation the
    definition (policy p10: a goal and the measure under it are one entry); the item's other lines (its target,
    "Resultatmål: ...") are claimed with it, so no finder reads them as a measure of their own. With `bare` (a sibling
    item of the same list states its computation) an item that states none is still its list's goal, its lines
    claimed with it: "4. X" / "Resultatmål: Y skal styrkes. Målet følges ved ..." is one goal, not two (probe14 i02)."""
    own = sentences(title)
    later = _computation_sentence(title[own[1][0]:]) if len(own) > 1 else None
    definition: tuple[int, str] | None = (start + own[1][0] + later[0], later[1]) if later else None
    if later:
        title = title[:own[1][0]].rstrip()
    end = _item_block_end(lines, j)
    for k in range(j + 1, end):
        if definition:
            break
        labelled = _computed_line(lines, k) or _measure_field(lines, k)
        sentence = _computation_sentence(lines[k][1])
        if labelled:
            definition = labelled
        elif sentence:
            definition = (lines[k][0] + sentence[0], sentence[1])
    if definition is None and end > j + 1:
        definition = _target_field(lines, j + 1)
    if definition is None and not (bare and end > j + 1):
        return None
    f = Found("other", title, start, number=number, style="goal")
    if definition is not None:
        f.definition_start, f.definition = definition
    if end > j + 1:
        f.label_span = (lines[j + 1][0], lines[end - 1][0] + len(lines[end - 1][1].rstrip()))
    return f


# A goal's label and its number, a sub-number under a goal ("Resultatmål 1.1: ...": the int field holds none of it,
# as finders._item_number reads "Indikator 2.1"); "Mål 1. X", the label's number closed by a full stop, names a goal
# only over a field line of its measure (_name_then_target; "Mål 1. Flere udsatte ..." / "Resultatmål: ...").
_LABELLED = re.compile(r"^(?P<label>(?:Nationalt mål|Resultatmål|Delmål|Fokusmål|Målsætning|Mål)\s+(?P<n>\d{1,2}))"
                       r"(?P<sub>\.\d{1,2})?"
                       r"\s*(?:[–—-]\s*(?P<name>[^:\n]{2,80}?))?\s*(?P<sep>:|\.(?=\s+[A-ZÆØÅ]))\s+(?P<body>\S.*?)\s*$")


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
    while j >= 0 and (not lines[j][1].strip() or _LABELLED.match(BULLET_MARK.sub("", lines[j][1]))):
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
            and not _LABELLED.match(BULLET_MARK.sub("", lines[k][1])) and not ITEM_LINE.match(lines[k][1]):
        for offset, sentence in sentences(lines[k][1]):
            if _TARGET_FIGURE.search(sentence):
                end = lines[k][0] + offset + len(sentence.rstrip())
        k += 1
    return text[start:end], start


# A measure's field label opening a line under a goal (cues.tsv `table_column`: "Indikator: Akutte genindlæggelser",
# "Resultatmål: Andelen af ...", "Beskrivelse: Andel af ..."): the goal's measure stated field by field.
_TITLE_FIELD = re.compile(rf"(?:{cues.column_labels('title')})[ \t]*:[ \t]*(?P<value>\S.*?)[ \t]*$", re.I)
_DEFINITION_FIELD = re.compile(rf"(?:{cues.column_labels('title')}|{cues.column_labels('definition')})[ \t]*:[ \t]*", re.I)
_NAME_MAX = 80  # a goal's name on its own line; a longer one is prose, unless a field label follows it
# The line under a goal's target that says how it is computed: a definition field ("Opgørelse: Andelen af ...",
# cues.tsv table_column) or the goal's own noun with a definition verb ("Målet opgøres som forskellen ...").
_COMPUTED_LINE = re.compile(rf"(?:(?:{cues.column_labels('definition')})[ \t]*:[ \t]*|(?={GOAL_COMPUTATION}\b))(?P<value>\S.*\.)$")


# A goal's field line under another label ("Måling: Mål 1 opgøres som ...", "Indikator: Som langtidsledig regnes ...
# Målet opgøres som antal personer ultimo måneden."): the line says how the goal is computed when one of its sentences
# does (cue computation, or the goal's own noun or label with a definition verb).
_LABELLED_COMPUTATION = re.compile(rf"{_TITLE_FIELD.pattern.split('(?P<value>')[0]}(?P<value>\S.*\.)$", re.I)
_COMPUTING_SENTENCE = re.compile(rf"(?:{GOAL_COMPUTATION}|\b(?:Mål|Delmål|Resultatmål) \d{{1,2}} {DEFINITION_VERB})\b")


# A follow-up label opening a goal's line ("Opfølgning: Måles som antallet af ...", cue follow_up_heading): the line
# says how the goal above is followed up, so a computation after the label is the goal's.
_FOLLOW_UP_LABEL = re.compile(r"[ \t]*:[ \t]*")


def _measuring_sentence(line: str) -> int | None:
    """Where a line under a goal starts to say how the goal is measured, when its first sentence does so without a
    measure field's label: a computation ("Mål 2 opgøres som andelen ...", "Andelen beregnes som ...", cue
    computation) or the measure's noun with a verb of what it computes ("Målingen opgør antal unge ...", cue
    defining_opener; star README: "Målingen viser …"; "Målingen viser, at ..." reports a finding), perhaps after a
    follow-up label ("Opfølgning: Opgøres som ...")."""
    at = 0
    label = cues.search("follow_up_heading", line)
    if label:
        colon = _FOLLOW_UP_LABEL.match(line, label.end())
        if colon is None:
            return None
        at = colon.end()
    elif _OTHER_LABEL.match(line):
        return None  # a line of another field ("Datagrundlag: ...", "Målgruppe: ..."): not how the goal is computed
    sentence = first_sentence(line[at:])
    if cues.search("computation", sentence):
        return at
    opener = cues.search("defining_opener", sentence)
    verb = cues.search("defining_verb", opener.group(0)) if opener else None
    return at if verb and not _FINDING.match(sentence, opener.end() if opener else 0) else None


_FINDING = re.compile(r",?\s+at\b")
_OTHER_LABEL = re.compile(r"[^\s:.][^:.]{0,40}:\s")


def _computed_line(lines: list[Line], k: int) -> tuple[int, str] | None:
    """(offset, text) of line k when it says how the goal above is computed, its field label left out."""
    if k >= len(lines):
        return None
    line = lines[k][1].strip()
    at = lines[k][0] + lines[k][1].index(line)
    m = _COMPUTED_LINE.match(line)
    if m is not None:
        return at + m.start("value"), m.group("value")
    m = _LABELLED_COMPUTATION.match(line)
    computing = next((o for o, s in sentences(m.group("value"))
                      if cues.search("computation", s) or _COMPUTING_SENTENCE.match(s)), None) if m else None
    if m is None or computing is None:
        measuring = _measuring_sentence(line) if line.endswith(".") else None
        return (at + measuring, line[measuring:]) if measuring is not None else None
    # from the sentence that computes it: one before it says who is counted ("Som langtidsledig regnes ..."), not how
    value = m.group("value")[computing:].lstrip()
    return at + m.end("value") - len(value), value


def _target_line(lines: list[Line], j: int) -> tuple[int, str, int] | None:
    """The line under a goal's name that states its target, as (offset, text, end of the indicator's name line or
    -1): the next line, or, when that line
    names the goal's indicator ("Indikator: Akutte genindlæggelser", no sentence), the line after it; a field label
    opening the line is left out (the dev gold's convention, p10: a goal and the measure under it are one entry,
    the goal its title and the measure its definition)."""
    named_end = -1
    for k in (j, j + 1):
        if k >= len(lines) or not lines[k][1].strip() or _LABELLED.match(BULLET_MARK.sub("", lines[k][1])) \
                or ITEM_LINE.match(lines[k][1]):
            return None
        line = lines[k][1].strip()
        named = _TITLE_FIELD.fullmatch(line)
        if k == j and named and not named.group("value").endswith((".", "!", "?")):
            named_end = lines[k][0] + len(lines[k][1].rstrip())
            continue  # the indicator's name: its definition is on the next line
        label = _DEFINITION_FIELD.match(line)
        offset = lines[k][0] + lines[k][1].index(line)
        computed_below = _computed_line(lines, k + 1)
        if computed_below:
            # "Resultatmål: X skal halveres." / "Målet opgøres som ...", "Mindst 90 pct. af X skal ..." / "Sådan måles:
            # Andel af ...": the goal's target and its computation, one entry (policy p10); the computation is the
            # definition (star README: how the measure is computed), the target line is claimed with the label
            # its first sentence: one after it tells how often it is updated ("Opgøres månedligt."), not how
            # the computing line is claimed whole: a sentence before its computation ("Som langtidsledig regnes ...")
            # is no measure of its own
            return computed_below[0], first_sentence(computed_below[1]), lines[k + 1][0] + len(lines[k + 1][1].rstrip())
        return (offset + label.end(), line[label.end():], named_end) if label else (offset, line, named_end)
    return None


def _name_then_target(lines: list[Line], i: int,
                      m: re.Match[str]) -> tuple[tuple[int, str], tuple[str, int], int] | None:
    """A labelled goal whose line only names it (no sentence end), with its target on the
    next line: ((offset, name), (definition, offset), end of its indicator's name line or -1)."""
    body = m.group("body")
    labelled = i + 1 < len(lines) and _DEFINITION_FIELD.match(lines[i + 1][1].strip()) is not None
    if m.group("name") or body.endswith((".", "!", "?")) or (len(body) > _NAME_MAX and not labelled):
        return None
    line = _target_line(lines, i + 1)
    if line is None:
        return None
    target_start, target, named_end = line
    # under a named indicator the description is a measure's by its label; a bare line must name a quantity
    if not target.endswith(".") or not (named_end >= 0 or cues.search("measure_word", target)
                                        or _TARGET_FIGURE.search(target)):
        return None
    definition = _definition_sentences(target, target_start)
    if definition is None:
        return None
    mark = BULLET_MARK.match(lines[i][1])
    name_start = lines[i][0] + (mark.end() if mark else 0) + m.start("body")
    return (name_start, body), definition, named_end


# A goal's label on a line of its own, with or without a name ("Mål 2 – Trivsel", "Resultatmål 1", "Nationalt
# mål 1: Faglig dygtighed", "Kvalitetsmål 1. Ventetid i akutmodtagelsen", "Målepunkt A: Foreningsdeltagelse",
# "(1) Genindlæggelser"; the labels from the table's goal_label cues, one heading pattern a row, as each row names
# its number group `n`), over the lines that define it (issue 14). A bracketed number needs no mark before the name.
_LABEL_HEADINGS = tuple(re.compile(r"^(?P<label>" + cue.pattern + r")"
                                   r"(?:(?:\s*[–—:.-]|(?<=\))(?=\s))\s*(?P<name>[^\n]{2,80}?))?\s*:?\s*$", re.I)
                        for cue in cues.rows("goal_label"))
_HEADING_LINES = 6  # a goal's definition is a few lines, up to a blank line or the next item


def _label_heading(line: str) -> re.Match[str] | None:
    """The goal label heading a line is, by the first goal_label row that reads it."""
    return next((m for heading in _LABEL_HEADINGS if (m := heading.match(line))), None)


def _defining_lines(text: str, lines: list[Line], i: int) -> tuple[str, int] | None:
    """The definition under a goal's label heading: the sentences of the lines below it up to a blank
    line, the next label or list item, aims and means left out; one that names a quantity, a figure or
    a computation only (a heading over prose is no measure). Where one of the lines names the goal's
    measure in its field ("Mål: Mindst 90 pct. ... skal ..." / "Indikator: Andel patienter, der ...") or says how it
    is computed ("Opgørelsesmetode: Udledningen opgøres ..."), that field says how the goal is measured: its value is
    the definition (policy p10: the goal and its measure one
    entry, the measure its definition)."""
    j = i + 1
    k = j
    while k < len(lines) and k - j < _HEADING_LINES and lines[k][1].strip() \
            and not _label_heading(BULLET_MARK.sub("", lines[k][1]).strip()) \
            and not _LABELLED.match(BULLET_MARK.sub("", lines[k][1])) and not ITEM_LINE.match(lines[k][1]):
        k += 1
    if k == j:
        return None
    field = next((m for m in (_measure_field(lines, n) or _computed_line(lines, n) for n in range(j + 1, k)) if m),
                 None)
    if field is not None:
        # "Målsætning: ..." / "Opgørelsesmetode: Udledningen opgøres årligt med ...": the computing field's first
        # sentence (one after it gives the baseline)
        return first_sentence(field[1]).rstrip(), field[0]
    begin = lines[j][0] + len(lines[j][1]) - len(lines[j][1].lstrip())
    end = lines[k - 1][0] + len(lines[k - 1][1].rstrip())
    definition = _definition_sentences(text[begin:end], begin)
    if definition is None or not (cues.search("measure_word", definition[0]) or _TARGET_FIGURE.search(definition[0])
                                  or cues.search("computation", definition[0])):
        return None
    # the first sentence where either reader ends it: the project's splitter ends a target's "pct." before a capital
    # ("... skal falde til under 10 pct. Tælleren er ...", the abbreviation table's ends_list), first_sentence a
    # number's dot before a capital ("... i uge 6. Udgangspunktet er ...") that the splitter reads as an ordinal
    first = min(sentences(definition[0])[0][1].rstrip(), first_sentence(definition[0]), key=len)
    rest = definition[0][len(first):]
    if (cues.search("measure_word", first) or cues.search("computation", first)) \
            and not cues.search("computation", rest):
        # the first sentence names the quantity or says how it is computed: the definition (star README: one span
        # saying how the measure is computed); the sentences after it say who computes it or from which data
        # ("Indikatoren beregnes af Sundhedsdatastyrelsen på grundlag af ...", "Tælleren hentes fra ..."), or the
        # baseline ("Udgangspunktet er 5.789 personer."); a later sentence that computes it ("Udledningen opgøres
        # årligt med ...") keeps the span whole
        return first.rstrip(), definition[1]
    return definition


def _heading_number(m: re.Match[str]) -> int | None:
    """A label heading's number; a letter ("Målepunkt A", "Mål B") is no number (probe EXPECTED: "A-C not integers"),
    and a row that reads letters only has no number group."""
    n = m.groupdict().get("n")
    return int(n) if n else None


def _label_headings(text: str, lines: list[Line], goals: dict[int, tuple[int, str]]) -> list[Found]:
    """Goals whose label stands as a heading over their definition lines ("Mål 2 – Trivsel" / "Andelen af
    elever, der trives, skal stige år for år."): the name is the title (a numbered goal's text where an
    earlier list names it), else the label as written; the lines below its definition."""
    found: list[Found] = []
    for i, (start, line) in enumerate(lines):
        mark = BULLET_MARK.match(line)
        body_start = mark.end() if mark else 0
        m = _label_heading(line[body_start:].rstrip())
        if not m or _LABELLED.match(line[body_start:]) or (m.group("name") or "").endswith((".", "!", "?")):
            continue
        definition = _defining_lines(text, lines, i)
        if definition is None:
            continue
        number = _heading_number(m)
        group = "name" if m.group("name") else "label"
        if number in goals:
            title_start, title = goals[number]
        else:
            title, title_start = m.group(group), start + body_start + m.start(group)
        f = Found("other", title, title_start, number=number, style="goal")
        f.definition, f.definition_start = definition
        f.context = _list_lead(lines, i)
        f.label_span = (start + body_start + m.start("label"), start + body_start + m.end(group))
        found.append(f)
    return found


def goal_lists(text: str) -> list[Found]:
    """Numbered goals linked by number to labelled, measurable items ("Mål 1 – X: ...")."""
    lines = lines_of(text)
    items = _numbered_items(lines)
    goals = {n: (start, title) for n, (start, title, _) in items.items()}
    found: list[Found] = []
    linked: set[int] = set()
    for i, (start, line) in enumerate(lines):
        mark = BULLET_MARK.match(line)
        body_start = mark.end() if mark else 0
        m = _LABELLED.match(line[body_start:])
        if not m:
            continue
        number: int | None = int(m.group("n"))
        label_word = m.group("label")[:-len(m.group("n"))].strip()
        apart = numbered_definition(text, label_word, int(m.group("n")))
        if m.group("name") is None and number not in goals and apart and apart.start("d") >= _paragraph_end(lines, i):
            continue  # "Mål 1: X" defined apart ("Mål 1 opgøres som ...", the STAR convention): a numbered item
        definition = _definition_sentences(m.group("body"), start + body_start + m.start("body"))
        named_only = _name_then_target(lines, i, m)
        if named_only is not None and number not in goals:
            # "Mål 1: Flere borgere i job" over its target "Andelen af ... skal falde til 20 pct."
            (title_start, title), definition, named_end = named_only
            f = Found("other", title, title_start, number=number, style="goal")
            f.definition, f.definition_start = definition
            if named_end >= 0:  # the label and the indicator's name line are this goal's: no measure of their own
                f.label_span = (start + body_start, named_end)
            found.append(f)
            continue
        if m.group("sep") == ".":
            continue  # "Mål 1. X" over no field line of a measure: a numbered item's (finders.numbered_items)
        if m.group("sub"):
            number = None
        computed_below = _computed_line(lines, i + 1)
        body = m.group("body")
        if computed_below and m.group("name") is None and body.endswith((".", "!", "?")):
            # "Resultatmål 1.1: Mindst 80 pct. ... skal ..." / "Opgørelse: Andelen af ...": the target is the goal,
            # the line under it its computation (policy p10: the goal the title, the measure its definition)
            f = Found("other", body, start + body_start + m.start("body"), number=number, style="goal")
            f.definition, f.definition_start = computed_below[1], computed_below[0]
            f.label_span = (start + body_start, start + len(line.rstrip()))
            f.context = _list_lead(lines, i)
            found.append(f)
            continue
        if number in goals:
            title_start, title = goals[number]
            linked.add(number)
        elif m.group("name") is None and not m.group("body").rstrip().endswith((".", "!", "?")):
            # "Mål 1: Flere sammenhængende patientforløb": a body that is no sentence is the goal's name, the heading
            # of what follows, and says nothing of how it is measured
            title, title_start, definition = m.group("body"), start + body_start + m.start("body"), None
        else:
            name = m.group("name") or m.group("label")
            title, title_start = name, start + body_start + m.start("name" if m.group("name") else "label")
        f = Found("other", title, title_start, number=number, style="goal")
        if definition:
            f.definition, f.definition_start = _with_target_lines(text, lines, i, definition)
            f.context = _list_lead(lines, i)
        found.append(f)
    headed = _label_headings(text, lines, goals)
    linked |= {f.number for f in headed if f.number is not None and f.number in goals}
    found.extend(headed)
    for number, (title_start, title) in goals.items():
        if number not in linked and found:
            found.append(Found("other", title, title_start, number=number, style="goal"))
    if not found:
        # no labelled items: a goal whose own item says how it is computed ("1. X" / "Opgøres som ..."); the others
        # are read by numbered_goals, after the STAR layouts
        computed = {n: _item_goal(lines, n, start, title, j) for n, (start, title, j) in items.items()}
        if any(computed.values()):
            # the list's goals are read with their lines: an item stating no computation keeps its lines too
            computed = {n: g or _item_goal(lines, n, *items[n], bare=True) for n, g in computed.items()}
        found = [g for g in computed.values() if g is not None]
    return found


def numbered_goals(text: str) -> list[Found]:
    """Numbered goals under a heading that names them ("De ti sociale mål", "Nationale
    mål"), the numbered form of the STAR convention's goal bullets; runs after the STAR
    layouts, so a sigtelinje or indicator list keeps its own kind."""
    return [Found("other", title, start, number=number, style="goal")
            for number, (start, title) in _numbered_goals(lines_of(text)).items()]
