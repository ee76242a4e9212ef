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
- a heading that names a measure ("Antallet af dage indlagt på hospital") defined in the
  text below it by a computation ("X divideret med Y", "opgøres som", "beregnes som");
- a definition sentence with a measure as subject ("Beskæftigelsesfrekvensen beregnes som
  antallet af beskæftigede i procent af befolkningen").
Numerator and denominator come only from a division the text states; "sammenholdt" is no
division.
"""
from __future__ import annotations

import re

from . import cues, fields
from .finders import _STATISTIC, Found, Line, lines_of, sentences

_NUMBERED = re.compile(r"^\s*(?P<n>\d{1,2})[.)]\s+(?P<title>\S.*?)\s*$")
_BULLET_MARK = re.compile(r"^\s*(?:[•●▪◦*·–-]\s+)?")
_NOT_GOALS = re.compile(r"intention|konklusion|ydelse|betingelse|målgruppe", re.I)


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
        if m and len(heading) < 120 and cues.search("goal_heading", heading) and not _NOT_GOALS.search(heading):
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
        definition = _definition_sentences(m.group("body"), start + body_start + m.start("body"))
        if number in goals:
            title_start, title = goals[number]
            linked.add(number)
        else:
            name = m.group("name") or m.group("label")
            title, title_start = name, start + body_start + m.start("name" if m.group("name") else "label")
        f = Found("other", title, title_start, number=number, style="goal")
        if definition:
            f.definition, f.definition_start = definition
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
        if not (cues.search("goal_heading", lead) or cues.search("measure_noun", lead)) or _NOT_GOALS.search(lead):
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
            found.append(f)
    return found


_MEASURE_HEADING = re.compile(r"^(?:Antal(?:let)?|Andel(?:en)?|Gennemsnitlig[et]?|Gennemsnittet|Varighed(?:en)?)"
                              r"\s+(?:af\s+)?\S(?:pr\.|[^.:\n]){3,100}$")
_LABEL = re.compile(r"^(?:Note|Definition|Beregning|Opgørelse)\s*:\s*")
_COUNTING_RULE = re.compile(r"\bberegning\w*|\bmedtages\b|\btælles\b", re.I)


def _computes(sentence: str) -> bool:
    """A sentence that states a computation: a division, or "opgøres/beregnes som"; a bare
    "ud af" ("otte ud af ti ledige") is a statistic, not a definition."""
    ratio = cues.search("ratio", sentence)
    return bool(cues.search("computation", sentence)
                or (ratio and cues.value_of("ratio", ratio.group(0)) != "out_of"))


def _computation_paragraph(lines: list[Line], i: int) -> tuple[int, str] | None:
    """The first paragraph after line i (within a few) that states a computation."""
    for start, line in lines[i + 1:i + 12]:
        body = _LABEL.sub("", line.strip())
        if body and _computes(body):
            return start + len(line) - len(line.lstrip()) + (len(line.strip()) - len(body)), body
    return None


def measure_headings(text: str) -> list[Found]:
    """A heading naming a measure, defined below it by a stated computation."""
    lines, found = lines_of(text), []
    for i, (start, line) in enumerate(lines):
        title = line.strip()
        if not _MEASURE_HEADING.match(title):
            continue
        paragraph = _computation_paragraph(lines, i)
        if paragraph is None:
            continue
        offset, body = paragraph
        parts = sentences(body)
        first = next((k for k, (_, s) in enumerate(parts) if _computes(s)), None)
        if first is None:  # the cue straddles a sentence boundary: no clean definition
            continue
        last = first
        while last + 1 < len(parts) and _COUNTING_RULE.search(parts[last + 1][1]) \
                and not cues.search("source_statement", parts[last + 1][1]):
            last += 1
        begin, stop = parts[first][0], parts[last][0] + len(parts[last][1])
        f = Found("other", title, start + line.find(title), definition=body[begin:stop],
                  definition_start=offset + begin)
        _apply_ratio(f, parts[first][1])
        found.append(f)
    return found


def _is_heading_line(line: str) -> bool:
    text = line.strip()
    return (3 <= len(text) <= 100 and text[:1].isupper() and not text.endswith((".", ",", ":", ";"))
            and not text.startswith(("Spring ", "Hop til", "Gå til", "Se ", "Læs ")))


def defined_headings(text: str) -> list[Found]:
    """A page or section headed by a measure's name whose first paragraph defines it
    ("Målingen viser ...", "Indikatoren opgøres som ..."): a jobindsats.dk measure page."""
    lines, found = lines_of(text), []
    for i, (start, line) in enumerate(lines):
        if not _is_heading_line(line) or _NUMBERED.match(line):
            continue
        j = i + 1
        while j < len(lines) and not lines[j][1].strip():
            j += 1
        if j >= len(lines) or j - i > 2:
            continue
        body = lines[j][1].strip()
        if not cues.search("defining_opener", body):
            continue
        definition = sentences(body)[0][1]
        jobindsats = bool(re.search(r"jobindsats", text, re.I))
        f = Found("nøgletal" if jobindsats else "other", line.strip(), start + line.find(line.strip()),
                  definition=definition, definition_start=lines[j][0] + lines[j][1].find(body),
                  source="jobindsats.dk" if jobindsats else None)
        _apply_ratio(f, definition)
        found.append(f)
    return found


_FRACTION_LABEL = re.compile(r"^\s*(?:[•●▪◦*·–-]\s+)?(?P<label>Tæller|Nævner)\s*:\s*(?P<body>\S.*?)\s*$", re.M)


def labelled_fractions(text: str) -> list[Found]:
    """A measure documented as a fraction: "Tæller: X" and "Nævner: Y" lines under its
    name (health and quality indicator specifications)."""
    found: list[Found] = []
    labels = list(_FRACTION_LABEL.finditer(text))
    lines = lines_of(text)
    for k, m in enumerate(labels[:-1]):
        following = labels[k + 1]
        if not cues.search("fraction_label", m.group(0)) or m.group("label") != "Tæller" \
                or following.group("label") != "Nævner" \
                or text[m.end():following.start()].count("\n") > 3:
            continue
        index = next(n for n, (s, line) in enumerate(lines) if s <= m.start() <= s + len(line))
        heading = next(((s, line) for s, line in reversed(lines[max(0, index - 6):index])
                        if _is_heading_line(line.strip(" *:-•")) and not _FRACTION_LABEL.match(line)), None)
        if heading is None:
            continue
        title = heading[1].strip(" *:-•")
        f = Found("other", title, heading[0] + heading[1].find(title),
                  definition=text[m.start("label"):following.end("body")], definition_start=m.start("label"))
        f.numerator, f.denominator = m.group("body").rstrip(". "), following.group("body").rstrip(". ")
        population = re.sub(r"^(?:det |den )?(?:samlede )?(?:antal(?:let)?|antallet) (?:af )?", "",
                            f.denominator, flags=re.I)
        f.population = _TIME_TAIL.sub("", population).strip(" ,") or None
        f.measure = _ratio_measure(f.numerator, f.denominator)
        found.append(f)
    return found


_DEFINED_SUBJECT = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<title>[A-ZÆØÅ][^.\n:]{2,100}?)\s+"
                              r"(?P<verb>" + cues.rows("computation")[0].pattern + r")\s+"
                              r"(?P<body>[^.\n]+(?:\.(?!\s+[A-ZÆØÅ])[^.\n]*)*)\.")
_GENERIC_SUBJECT = re.compile(r"^(?:Den|Det|De|Indikatoren|Målingen|Nøgletallet|Sigtelinjen|Målet|Mål \d+)\b")


def definition_sentences(text: str) -> list[Found]:
    """"X opgøres/beregnes/defineres som Y." with a measure as subject X."""
    found: list[Found] = []
    for m in _DEFINED_SUBJECT.finditer(text):
        title = m.group("title")
        if _GENERIC_SUBJECT.match(title) or not (cues.search("measure_word", title)
                                                 or cues.search("measure_noun", title)):
            continue
        f = Found("other", title, m.start("title"), definition=m.group(0), definition_start=m.start())
        _apply_ratio(f, m.group("body"))
        if f.measure is None:
            f.measure = fields.measure_of(title, m.group("body"))
        found.append(f)
    return found


_COUNTED = re.compile(r"\b(?:antal(?:let)?|antallet) (?:af )?(?P<noun>[\wæøå]+)", re.I)
_TIME_TAIL = re.compile(r"\s+(?:ultimo|primo|medio|i løbet af|pr\.|per)\b.*$", re.I)


def _counted_noun(phrase: str) -> str | None:
    m = _COUNTED.search(phrase)
    return m.group("noun").casefold() if m else None


def _ratio_measure(numerator: str, denominator: str) -> str:
    """A count of something else per person (days, admissions per person) is an average;
    a count over a count of the same kind of thing, or over non-persons, is a share."""
    plain = re.sub(r"^[\d.]+\s+", "", denominator)  # "1.000 borgere"
    top, bottom = _counted_noun(numerator), _counted_noun(plain) or (plain.split() or [""])[0].casefold()
    per_person = bool(cues.search("person_noun", bottom or ""))
    return "average" if per_person and top is not None and top != bottom else "share"


def _apply_ratio(f: Found, sentence: str) -> None:
    """Numerator and denominator of a stated division, and what kind of quantity it is:
    a share when both count the same thing or the text says pct./ud af, else an average
    (days per person, admissions per 1.000 citizens)."""
    cue = cues.search("ratio", sentence)
    if cue is None:
        return
    kind = cues.value_of("ratio", cue.group(0))
    head = re.sub(r"^.*?\b(?:opgøres|beregnes|defineres|måles) (?:som|ved)\s+", "", sentence[:cue.start()])
    numerator = head.strip(" ,;:")
    denominator = sentence[cue.end():].strip(" ,;:.")
    if kind == "per":
        denominator = sentence[cue.start() + len("pr. "):].strip(" ,;:.")
    f.numerator, f.denominator = numerator or None, denominator or None
    population = re.sub(r"^(?:det |den )?(?:samlede )?(?:antal(?:let)?|antallet) (?:af )?", "", denominator, flags=re.I)
    f.population = _TIME_TAIL.sub("", re.sub(r"^[\d.]+\s+", "", population)).strip(" ,") or None
    stated_share = kind in ("percent", "out_of") or cues.value_of("measure_word", numerator) == "share"
    f.measure = "share" if stated_share else _ratio_measure(numerator, denominator)


def _table_cells(line: str) -> list[str] | None:
    if "\t" in line:
        return [c.strip() for c in line.split("\t")]
    stripped = line.strip()
    if stripped.startswith("|") and stripped.count("|") >= 3:
        return [c.strip() for c in stripped.strip("|").split("|")]
    return None


def _column_roles(header: list[str]) -> dict[str, int]:
    roles: dict[str, int] = {}
    for index, cell in enumerate(header):
        for cue in cues.rows("table_column"):
            if cue.value not in roles and cue.regex.fullmatch(cell.strip(" *:")):
                roles[cue.value] = index
    return roles


def measure_tables(text: str) -> list[Found]:
    """A table listing measures: a column naming them (Indikator, Nøgletal, Mål) and one
    saying how they are computed (Definition, Beregning) or what they divide (Tæller,
    Nævner); one measure a row, its fields from the columns."""
    lines, found = [(s, l) for s, l in lines_of(text) if not re.fullmatch(r"\s*\|?[\s:|-]*-[\s:|-]*", l)], []
    i = 0
    while i < len(lines):
        header = _table_cells(lines[i][1])
        roles = _column_roles(header) if header else {}
        if "title" not in roles or not ({"definition", "numerator"} & set(roles)):
            i += 1
            continue
        i += 1
        while i < len(lines) and (row := _table_cells(lines[i][1])) is not None:
            start, line = lines[i]
            cell = {role: row[k].strip() if k < len(row) else "" for role, k in roles.items()}
            if cell["title"]:
                f = Found("other", cell["title"], start + line.find(cell["title"]))
                if cell.get("definition"):
                    f.definition, f.definition_start = cell["definition"], start + line.find(cell["definition"])
                if cell.get("numerator") and cell.get("denominator"):
                    f.numerator, f.denominator = cell["numerator"], cell["denominator"]
                    f.measure = _ratio_measure(f.numerator, f.denominator)
                    population = re.sub(r"^(?:det |den )?(?:samlede )?(?:antal(?:let)?|antallet) (?:af )?", "",
                                        f.denominator, flags=re.I)
                    f.population = _TIME_TAIL.sub("", population).strip(" ,") or None
                elif f.definition:
                    _apply_ratio(f, f.definition)
                if cell.get("population"):
                    f.population = cell["population"]
                f.source = cell.get("source") or None
                found.append(f)
            i += 1
    return found


_ITEM_LINE = re.compile(r"^\s*(?:[•●▪◦*·–-]|\d{1,2}[.)])\s+(?P<title>\S.*?)\s*$")


def announced_measures(text: str) -> list[Found]:
    """Items listed after a lead announcing measures ("Fra i dag finder du to nye målinger
    på jobindsats.dk:"), each naming a quantity (Antal ..., Andel ..., Gennemsnitlig ...);
    a list of benefits or groups under the same lead names no quantity and is scope."""
    lines, found = lines_of(text), []
    jobindsats = bool(re.search(r"jobindsats", text, re.I))
    for i, (_, line) in enumerate(lines):
        lead = sentences(line)[-1][1] if line.strip() else ""
        if not cues.search("announcing_lead", lead) or _NOT_GOALS.search(lead):
            continue
        j = i + 1
        while j < len(lines) and (not lines[j][1].strip() or _ITEM_LINE.match(lines[j][1])):
            item = _ITEM_LINE.match(lines[j][1])
            # an item that states a figure ("... var 20.000 i 2016") quotes a statistic
            if item and cues.search("measure_word", item.group("title")) and not _STATISTIC.search(item.group("title")):
                title = item.group("title").rstrip(".")
                f = Found("nøgletal" if jobindsats else "other", title, lines[j][0] + item.start("title"),
                          source="jobindsats.dk" if jobindsats else None)
                f.measure = cues.value_of("measure_word", title)
                f.population = fields.title_population(title)
                found.append(f)
            j += 1
    return found


STRUCTURE_FINDERS = (goal_lists, measure_tables, labelled_fractions, defined_headings, inline_lists, measures_after_lead,
                     measure_headings, definition_sentences, numbered_goals, announced_measures)
