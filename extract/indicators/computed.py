"""Measures whose computation the text states: a heading naming a measure defined below it
("Antallet af dage indlagt ..." + "X divideret med Y"), a page headed by a measure and
opened by "Målingen viser ...", "Tæller:"/"Nævner:" fractions, tables listing measures
and fact boxes (their vertical form: "Nøgletal: X" / "Definition: Y" / "Kilde: Z"),
sentences "X opgøres/beregnes/defineres som Y" with a measure as subject, the verb-second
order "Kvartalsvis opgøres antal borgere, der ...", term lists ("Fuldtidspersoner:
Antal ... beregnes som ...") whose explanation computes, a nøgletal page's heading over the
indefinite noun phrase defining it ("Forebyggelige indlæggelser" / "Antal forebyggelige
indlæggelser pr. 1.000 borgere ..."), and a measure named by a compound measure noun that
says what it shows ("Trivselsmålingen viser, hvor stor en andel ...").

Numerator and denominator come only from a division the text states ("divideret med",
"i procent af", "ud af", "pr. 1.000", fraction labels or columns); "sammenholdt" is no
division. A count of something else per person is an average (days per person), a count
over a count of the same kind of thing a share. Every phrase is a row of `cues.tsv`.
"""
from __future__ import annotations

import re

from danish.dates import find_dates
from danish.list_marks import BULLET_MARKS

from . import cues, fields
from .finders import (LABEL_LINE, SHARE_OR_COUNT_OPENER, STATISTIC, Found, Line, first_sentence, heading_kind, lines_of,
                      numbered_label,
                      sentences, states_division)
from .list_items import NUMBERED_ITEM


_MEASURE_HEADING = re.compile(r"^(?:Antal(?:let)?|Andel(?:en)?|Gennemsnitlig[et]?|Gennemsnittet|Varighed(?:en)?)"
                              r"\s+(?:af\s+)?\S(?:pr\.|[^.:\n]){3,100}$")
_FINITE_VERB = re.compile(r"\b(?:falder|stiger|vokser|er|var|har|skal|bliver|blev|får|viser|når)\b")
_LABEL = re.compile(r"^(?:Note|Definition|Beregning|Opgørelse)\s*:\s*")
_COUNTING_RULE = re.compile(r"\bberegning\w*|\bmedtages\b|\btælles\b", re.I)


def _computes(sentence: str) -> bool:
    """A sentence that states a computation: a division, or "opgøres/beregnes som"; a bare
    "ud af" ("otte ud af ti ledige") is a statistic, not a definition."""
    return bool(cues.search("computation", sentence)) or states_division(sentence)


def _computation_paragraph(lines: list[Line], i: int) -> tuple[int, str] | None:
    """The first paragraph after line i (within a few) that states a computation."""
    for start, line in lines[i + 1:i + 12]:
        body = _LABEL.sub("", line.strip())
        if body and _computes(body):
            return start + len(line) - len(line.lstrip()) + (len(line.strip()) - len(body)), body
    return None


# A table row set in spaces or tabs: a label cell, then a value cell after a column gap ("Andel elever med mindst 02
# i dansk og matematik    91 %        89 %", "Billund        13,9       -0,3"), as a PDF's text layer or a plain-text
# export aligns its columns (the kommune tables' column gap, extract/parsers/kommuner.py). A heading has no cells.
_VALUE_CELL = re.compile(r"(?:\t|[ \t]{2,})[ \t]*[-−+]?\d")


def is_value_row(line: str) -> bool:
    """A line of a table of values: its label cell names no heading over the paragraphs below it."""
    return _VALUE_CELL.search(line.strip()) is not None


def measure_headings(text: str) -> list[Found]:
    """A heading naming a measure, defined below it by a stated computation."""
    lines, found = lines_of(text), []
    for i, (start, line) in enumerate(lines):
        title = line.strip()
        if not _MEASURE_HEADING.match(title) or _FINITE_VERB.search(title):
            continue  # a measure is named by a noun phrase; "Antallet af ledige falder" is a headline
        if is_value_row(title):
            continue  # a table's row: the definition below is another row's, named by its own subject
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
    # a heading may open with a figure ("30 dages akutte genindlæggelser"), not be one
    opens = text[:1].isupper() or bool(re.match(r"\d+ [a-zæøå]", text))
    return (3 <= len(text) <= 100 and opens and not text.endswith((".", ",", ":", ";"))
            and not text.startswith(("Spring ", "Hop til", "Gå til", "Se ", "Læs ")))


def _is_dateline(line: str) -> bool:
    """A line with a date ("Aarhus Kommune, 3. maj 2022"): a dateline, which names no measure above its definition."""
    return next(find_dates(line), None) is not None


# a measure's noun phrase opening a paragraph, definite with "af" or indefinite without
# ("Antal forebyggelige indlæggelser pr. 1.000 borgere ...", a nøgletal page)
_MEASURE_OPENER = re.compile(rf"^{SHARE_OR_COUNT_OPENER}")
# a value given with its label ("Antal deltagere: 45"): a figure, not a definition
_LABELLED_FIGURE = re.compile(r":\s*[-−]?\d")
# a modal: the sentence states what shall be (a target, read by the goal finders), not what is counted
_TARGET_MODAL = re.compile(r"\b(?:skal|må|bør)\b")
CHANGE_VERB = re.compile(r"\b(?:steget|faldet|steg|faldt|stiger|falder|udgjorde|udgør)\b")


def defined_headings(text: str) -> list[Found]:
    """A page or section headed by a measure's name whose first paragraph defines it
    ("Målingen viser ...", "Indikatoren opgøres som ..."): a jobindsats.dk measure page."""
    lines, found = lines_of(text), []
    jobindsats = bool(re.search(r"jobindsats", text, re.I))
    for i, (start, line) in enumerate(lines):
        if not _is_heading_line(line) or NUMBERED_ITEM.match(line) or cues.search("follow_up_heading", line):
            continue  # "Opfølgning", "Succeskriterier": its items are the measures (structure.follow_up_items)
        if _is_dateline(line):
            continue
        j = i + 1
        while j < len(lines) and not lines[j][1].strip():
            j += 1
        if j >= len(lines) or j - i > 2:
            continue
        body = lines[j][1].strip()
        own_noun = _opens_with_own_noun(line, body)
        if not (cues.search("defining_opener", body) or own_noun) or not body[:1].isupper():
            continue  # a lower-case line goes on with a wrapped sentence: no heading above it
        parts = sentences(body)
        definition = parts[0][1]
        computing = parts[1][1] if own_noun and len(parts) > 1 and _PRONOUN_COMPUTES.match(parts[1][1]) else None
        if computing is not None:  # "... . Den opgøres ved at dividere A med B.": one span, the division its parts
            definition = body[parts[0][0]:parts[1][0] + len(computing)]
        if _MEASURE_OPENER.match(definition) and (STATISTIC.search(definition) or CHANGE_VERB.search(definition)
                                                  or _LABELLED_FIGURE.search(definition)
                                                  or _TARGET_MODAL.search(definition)
                                                  or _computation_paragraph(lines, j) is not None):
            continue  # a finding ("Andelen af ledige er steget til 5 pct."), or a measure heading of its own
        title, title_start = line.strip(), start + line.find(line.strip())
        if ABOUT_THE_MEASURE.fullmatch(title):
            named = _named_above(lines, i)
            if named is None:
                continue
            label = _TITLE_LABEL.match(named[1])
            title = named[1][label.end() if label else 0:].strip(" *:-•")
            title_start = named[0] + named[1].find(title)
        f = Found("nøgletal" if jobindsats else "other", title, title_start,
                  definition=definition, definition_start=lines[j][0] + lines[j][1].find(body),
                  source="jobindsats.dk" if jobindsats else None)
        _apply_ratio(f, computing or definition)
        if computing is not None and fields.AVERAGE_MEASURE.search(parts[0][1]) and f.measure == "share" \
                and not cues.search("share_statement", definition):
            f.measure = "average"  # "det gennemsnitlige antal børn pr. medarbejder": the division states an average
        found.append(f)
    return found


# A one-word heading naming a measure whose paragraph opens with the same noun, definite, as the subject of a verb that
# defines it ("Normering / Normeringen angiver det gennemsnitlige antal børn pr. ...", "Klassekvotient /
# Klassekvotienten er det gennemsnitlige antal elever pr. klasse."): the heading is the measure's name.
_OWN_NOUN_VERB = re.compile(rf"\s+(?:{cues.rows('defining_verb')[0].pattern}|{cues.rows('computation')[0].pattern}"
                            r"|er\s+(?=(?:det |den )?(?:samlede |gennemsnitlige )?(?:antal|andel|gennemsnit)))", re.I)
# The next sentence computing it with a pronoun as subject and a stated division ("Den opgøres ved at dividere ...").
_PRONOUN_COMPUTES = re.compile(rf"(?:Den|Det)\s+(?:{cues.rows('computation')[0].pattern})\s+(?=[^.]*?(?:"
                               + "|".join(c.pattern for c in cues.rows("ratio") if c.value != "out_of") + "))")


def _opens_with_own_noun(heading: str, body: str) -> bool:
    noun = heading.strip()
    if not re.fullmatch(r"[A-ZÆØÅ][a-zæøå]{3,}", noun):
        return False
    m = re.match(rf"{noun}(?:en|et|n|t)\b", body)
    return m is not None and _OWN_NOUN_VERB.match(body, m.end()) is not None


# A section heading about the measure the page is headed by ("Om målingen", "Om nøgletallet", "Om indikatoren": the
# definite measure noun, cues.tsv measure_noun), over its definition: it names the page's measure, not one of its own.
# A question heading asks the same ("Hvad viser målingen?", "Hvad måler indikatoren?": a measure description's FAQ
# headings, the star convention's "Målingen viser ..." answering it): the measure's name stands above it.
ABOUT_THE_MEASURE = re.compile(r"(?:Om|Hvad (?:viser|måler|opgør|angiver)) (?:målingen|nøgletallet|indikatoren|opgørelsen"
                               r"|statistikken)\s*[:?]?", re.I)


def _title_above(lines: list[Line], at: int) -> tuple[str, Line] | None:
    """The measure's name from the heading above a field or "Om ..." heading (its "Nøgletal:" label off), with that
    heading's line, or None."""
    named = _named_above(lines, at)
    if named is None:
        return None
    label = _TITLE_LABEL.match(named[1])
    return named[1][label.end() if label else 0:].strip(" *:-•"), (named[0], named[1])


def _named_above(lines: list[Line], at: int) -> Line | None:
    """The nearest heading above line `at` that names a measure: not a field's heading, a section about the measure
    or a dateline (the page's title over "Definition" or "Om målingen")."""
    return next(((s, line) for s, line in reversed(lines[max(0, at - 12):at])
                 if _is_heading_line(line.strip(" *:-•")) and not FIELD_HEADING.fullmatch(line.strip(" *:-•"))
                 and not ABOUT_THE_MEASURE.fullmatch(line.strip()) and not _is_dateline(line)),
                None)


# A heading that names a field of a measure, not the measure ("Definition", "Beregning": the cue table's definition
# labels), and a measure's label before its name on a title line ("Nøgletal: Akutte genindlæggelser ...").
FIELD_HEADING = re.compile(rf"(?:{cues.column_labels('definition')})", re.I)
_TITLE_LABEL = re.compile(rf"^\s*(?:{cues.column_labels('title')})\s*:\s*")
_FRACTION_LABEL = re.compile(rf"^\s*(?:[{BULLET_MARKS}]\s+)?(?P<label>Tæller|Nævner)\s*:\s*(?P<body>\S.*?)\s*$", re.M)


def _is_field_line(line: str) -> bool:
    """A labelled field line of the measure's description other than its name ("Population: Patienter henvist ...",
    "Formel: ...", "Datakilde: ..."; cues.tsv table_column): one of its fields, never a heading naming a measure
    (probe texts p23 p1, p22 s01: the "Population:" line over "Tæller:"/"Nævner:")."""
    m = LABEL_LINE.match(line)
    return m is not None and any(c.value != "title" and c.regex.fullmatch(m.group("label"))
                                 for c in cues.rows("table_column"))


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
                        if _is_heading_line(line.strip(" *:-•")) and not _FRACTION_LABEL.match(line)
                        and not _is_field_line(line)), None)
        if heading is None:
            continue
        title = heading[1].strip(" *:-•")
        new = cues.search("new_measure_label", title)
        title = title[new.end():].strip() if new is not None and title[new.end():].strip() else title  # "Ny måling: X"
        definition, definition_start = text[m.start("label"):following.end("body")], m.start("label")
        at = next(n for n, (s, line) in enumerate(lines) if s == heading[0])
        if ABOUT_THE_MEASURE.fullmatch(title):
            # "Om nøgletallet" over the fraction names no measure: the page's heading above it does
            above = _title_above(lines, at)
            if above is None:
                continue
            title, heading = above
        own = _own_sentence(lines[at + 1:index])
        if own is not None:
            # the measure's own sentence between its heading and its fraction ("Nøgletallet opgøres som antallet af
            # ..."; cue defining_opener) says how it is computed: the definition, the fraction its parts
            definition_start, definition = own
        elif FIELD_HEADING.fullmatch(title):
            # a field's heading ("Definition") over the measure's sentence and its fraction: the measure is named by
            # the heading above it (the page's title, its "Nøgletal:" label off), the sentence is its definition
            above = _title_above(lines, at)
            if above is None:
                continue
            title, heading = above
            below = lines[at + 1][1] if at + 1 < len(lines) else ""
            if below.strip() and not _FRACTION_LABEL.match(below):
                definition = sentences(below)[0][1]
                definition_start = lines[at + 1][0] + below.find(definition)
        f = Found("other", title, heading[0] + heading[1].find(title),
                  definition=definition, definition_start=definition_start)
        f.numerator, f.denominator = m.group("body").rstrip(". "), following.group("body").rstrip(". ")
        f.fraction_at = m.start("label")
        population = _COUNT_HEAD.sub("", f.denominator)
        f.population = _TIME_TAIL.sub("", population).strip(" ,") or None
        f.measure = _ratio_measure(f.numerator, f.denominator)
        if own is not None:
            f.population = fields.share_parts(definition)[0] or f.population
        found.append(f)
    return found


def _own_sentence(lines: list[Line]) -> tuple[int, str] | None:
    """The first sentence of these lines that opens a paragraph by defining the measure it stands under, its subject
    the measure's own noun ("Nøgletallet opgøres som ...", "Målingen opgør ..."; the star convention's "Indikatoren
    opgøres som …", "Målingen viser …"), with its offset."""
    for start, line in lines:
        body = line.strip()
        if body and cues.search("defining_opener", body) and _DEFINITE_MEASURE_SUBJECT.match(body):
            sentence = sentences(body)[0][1]
            return start + line.find(sentence), sentence
    return None


_DEFINITE_MEASURE_SUBJECT = re.compile(r"(?:Målingen|Indikatoren|Nøgletallet|Opgørelsen)\s")


_GLOSSARY_LINE = re.compile(rf"^\s*(?:[{BULLET_MARKS}]\s+|(?P<n>\d{{1,2}})\.\s+)?(?P<title>[A-ZÆØÅ][^:\n]{{2,80}}?)\s*:\s+"
                            rf"(?P<body>[A-ZÆØÅ]\S(?:.*\S)?)[^\S\n]*$", re.M)


def _glossary_sections(text: str) -> list[tuple[int, int]]:
    """The term lists under a heading naming definitions ("Definitioner", "Begreber"; cues.tsv `glossary_heading`):
    from the heading to the first blank line after its first item."""
    sections: list[tuple[int, int]] = []
    for heading in cues.pattern("glossary_heading").finditer(text):
        body = re.match(r"\s*", text[heading.end():])
        start = heading.end() + (body.end() if body else 0)
        blank = re.search(r"\n[ \t]*\n", text[start:])
        sections.append((start, start + blank.start() if blank else len(text)))
    return sections


def _opens_with_measure(definition: str) -> bool:
    """A definition that opens with the quantity it measures, after an article and one adjective at most ("Andelen
    af ...", "Den gennemsnitlige varighed i uger af ...")."""
    word = cues.search("measure_word", definition)
    return word is not None and len(definition[:word.start()].split()) <= 2


def glossary_definitions(text: str) -> list[Found]:
    """"Fuldtidspersoner: Antal personer omregnet til fuldtid, beregnet som ... divideret med
    ...": a term list (Begreber, Definitioner) naming a measure and saying how it is
    computed; a term whose explanation computes nothing is a concept, not a measure. Under a heading naming
    definitions a measure's noun phrase defines too ("3. Gennemsnitlig varighed på sygedagpenge: Den gennemsnitlige
    varighed i uger af afsluttede sygedagpengeforløb ..."; a kommune's nøgletal page), and a numbered item keeps its
    number (the figures above are named by the same words)."""
    found: list[Found] = []
    sections = _glossary_sections(text)
    for m in _GLOSSARY_LINE.finditer(text):
        title, body = m.group("title"), m.group("body")
        if cues.search("fraction_label", m.group(0)) or cues.search("source_statement", m.group(0)):
            continue  # "Tæller:"/"Nævner:" and "Kilde:" lines are read elsewhere
        if cues.search("measure_list_lead", f"{title}:"):
            continue  # "Projektets effekt måles på følgende:" leads a list of measures, it names none
        if _label_role(title) not in (None, "title"):
            continue  # a field's label ("Formel:", "Beregning:", cue table_column) heads a field of a measure, not a term
        definition = sentences(body)[0][1]
        listed = any(a <= m.start("title") < b for a, b in sections)
        named = (cues.search("measure_word", title) or cues.search("measure_noun", title)
                 or _MEASURE_PHRASE.match(definition))  # "Fuldtidspersoner: Antal fuldtidspersoner beregnes ..."
        if not named or not (_computes(definition) or (listed and _opens_with_measure(definition))):
            continue
        if m.group("n") and not listed:
            continue  # a numbered item elsewhere is a list's, read by the list finders
        f = Found("other", title, m.start("title"), definition=definition, definition_start=m.start("body"),
                  number=int(m.group("n")) if m.group("n") else None)
        _apply_ratio(f, definition)
        if f.measure is None:
            f.measure = fields.measure_of(title, definition)
        found.append(f)
    return found


# A benchmark result named as the difference itself, no computing verb ("Resultatindikatoren er forskellen mellem den
# faktiske og den forventede selvforsørgelsesgrad ..."; cue result_difference): "er" computes as "beregnes som" does.
_IS_DIFFERENCE = r"er(?=\s+(?i:" + cues.rows("result_difference")[0].pattern + "))"
# (the comma that closes a relative clause on the subject is no part of it: "Andelen af borgere, der er selvforsørgende
# seks måneder efter afsluttet forløb, opgøres som ...")
_DEFINED_SUBJECT = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<title>[A-ZÆØÅ][^.\n:]{2,100}?),?\s+"
                              r"(?P<verb>" + cues.rows("computation")[0].pattern + "|" + _IS_DIFFERENCE + r")\s+"
                              r"(?P<body>[^.\n]+(?:\.(?!\s+[A-ZÆØÅ])[^.\n]*)*)\.")
# a pronoun or a generic head as the subject ("Den opgøres som", "Indikatoren beregnes som"):
# no title; a determiner before a measure's noun phrase ("Den gennemsnitlige ventetid på
# genoptræning opgøres som ...") is a title
_GENERIC_SUBJECT = re.compile(r"^(?:(?:Den|Det|De)(?:\s+\S+)?$|(?:Indikatoren|Målingen|Nøgletallet|Sigtelinjen|Målet|Mål \d+)\b)")


_MEASURE_PHRASE = re.compile(r"(?:at dividere )?(?:det |den )?(?:samlede |gennemsnitlige )?(?:antal(?:let)?|andel(?:en)?|gennemsnit(?:tet)?)\b",
                             re.I)


def definition_sentences(text: str) -> list[Found]:
    """"X opgøres/beregnes/defineres som Y." with a measure as subject X, or with Y a
    measure ("Ledigheden opgøres som antallet af ledige i procent af arbejdsstyrken"); a
    rate ("Refusionen beregnes som 80 pct. af udgifterne") is neither."""
    found: list[Found] = []
    for m in _DEFINED_SUBJECT.finditer(text):
        title = m.group("title")
        if cues.search("result_difference", m.group("body")):
            if not _GENERIC_SUBJECT.match(title):
                found.append(_result_difference(m))
            continue
        measured = cues.search("measure_word", title) or cues.search("measure_noun", title) \
            or _MEASURE_PHRASE.match(m.group("body"))
        if _GENERIC_SUBJECT.match(title) or not measured:
            continue
        # "Resultatmålingen opgøres som ...": a benchmark result measure keeps its kind
        kind = "resultatindikator" if re.search(r"resultatmåling|benchmark", title, re.I) else "other"
        f = Found(kind, title, m.start("title"), definition=m.group(0), definition_start=m.start())
        _apply_ratio(f, m.group("body"))
        if f.measure is None:
            f.measure = fields.measure_of(title, m.group("body"))
        found.append(f)
    return found


def _result_difference(m: re.Match[str]) -> Found:
    """"Kommunens resultat beregnes som forskellen mellem det faktiske og det forventede ydelsesomfang.": a benchmark
    result measure (cue result_difference; star README: kind resultatindikator, measure other, and for a pure
    difference of actual and expected no numerator or denominator, though the sentence states a division)."""
    return Found("resultatindikator", m.group("title"), m.start("title"), definition=m.group(0),
                 definition_start=m.start(), style="benchmark", measure="other")


def named_measure_sentences(text: str) -> list[Found]:
    """A measure named by a compound of a measure noun that opens a sentence and says what
    it shows ("Trivselsmålingen viser, hvor stor en andel af eleverne der trives i
    skolen."; cue self_defining_subject): its name the title, the sentence its definition.
    A bare "Målingen viser ..." names nothing of its own (the heading above it does)."""
    found: list[Found] = []
    for start, line in lines_of(text):
        for offset, sentence in sentences(line):
            m = cues.search("self_defining_subject", sentence)
            if not m or m.start() != 0:
                continue
            title = m.group("title")
            f = Found("other", title, start + offset, definition=sentence.strip(), definition_start=start + offset)
            _apply_ratio(f, sentence)
            if f.measure is None:
                f.measure = fields.measure_of(title, sentence)
            if f.population is None:
                f.population = fields.population_of("", sentence)
            found.append(f)
    return found


# "det samlede antal af X" -> "X": the head a count's population is read after
_COUNT_HEAD = re.compile(r"^(?:det |den )?(?:samlede )?(?:antal(?:let)?|antallet) (?:af )?", re.I)
_COUNTED = re.compile(r"\b(?:antal(?:let)?|antallet) (?:af )?(?P<noun>[\wæøå]+)", re.I)
# (tried only where a run of spaces begins, so a long run is read once)
_TIME_TAIL = re.compile(r"(?<!\s)\s+(?:(?:ultimo|primo|medio|i løbet af|per|inden for et (?:kalender)?år)\b|pr\.\s).*$",
                        re.I)


def _counted_noun(phrase: str) -> str | None:
    m = _COUNTED.search(phrase)
    return m.group("noun").casefold() if m else None


_UNIT_NOUN = re.compile(r"(?:dage|timer|uger|måneder|år|kroner|kr\.?|sygedage|ledighedstimer)$", re.I)


def _ratio_measure(numerator: str, denominator: str) -> str:
    """A count of something else per person (days, admissions per person) is an average;
    a count over a count of the same kind of thing, or over non-persons, is a share."""
    plain = re.sub(r"^[\d.]+\s+", "", denominator)  # "1.000 borgere"
    top, bottom = _counted_noun(numerator), _counted_noun(plain) or (plain.split() or [""])[0].casefold()
    per_person = bool(cues.search("person_noun", bottom or ""))
    counted = re.search(r"\b(?:antal(?:let)?|antallet) (?:af )?(?P<w1>[\wæøå-]+)(?: (?P<w2>[\wæøå-]+))?", numerator, re.I)
    persons_on_top = counted is not None and (  # "antal anbragte børn", not "antal dage personer ... indlagt"
        bool(cues.search("person_noun", counted.group("w1")))
        or (not _UNIT_NOUN.match(counted.group("w1")) and bool(cues.search("person_noun", counted.group("w2") or ""))))
    # persons per persons ("anbragte børn pr. 1.000 0-17-årige") is a share
    return "average" if per_person and top is not None and top != bottom and not persons_on_top else "share"


# What stands before the computed quantity: "X opgøres som", "Indikatoren viser", "Nøgletallet angiver".
# "Indikatoren viser, hvor mange ud af 100 ...": the question word is no numerator.
_DEFINING_HEAD = re.compile(r"^.*?\b(?:(?:opgøres|beregnes|defineres|måles) (?:som|ved)"
                            r"|(?:viser|opgør|måler|angiver|udtrykker)),?\s+(?:hvor (?:mange|stor en andel)\s*)?")


_QUANTIFIER = re.compile(r"^(?:alle|samtlige)\s+", re.I)
# "at dividere A med B" (cue ratio, divide_by): A is the dividend up to the first "med", B the divisor after it; a
# participle clause after B says how it is taken, not what ("..., opgjort som gennemsnit over kalenderåret").
_DIVIDEND = re.compile(r"\s+(?P<a>[^,.;]+?)\s+med\s+(?P<b>[^;]+)")
_PARTICIPLE_TAIL = re.compile(r",\s+(?:opgjort|beregnet|målt|gjort op|set)\b.*$", re.S)


def apply_stated_ratio(f: Found) -> None:
    """A found measure whose definition states a division ("i procent af", "pr. 1.000",
    "divideret med") but whose layout finder read no parts: the parts from that division. A
    share named "andelen af X ..." is read by `fields.share_parts`, which keeps X alone."""
    if not f.definition or f.numerator or f.denominator or f.population:
        return
    if fields.share_parts(f.definition)[0] is None and _computes(f.definition):
        _apply_ratio(f, f.definition)


def _apply_ratio(f: Found, sentence: str) -> None:
    """Numerator and denominator of a stated division, and what kind of quantity it is:
    a share when both count the same thing or the text says pct./ud af, else an average
    (days per person, admissions per 1.000 citizens)."""
    cue = cues.search("ratio", sentence)
    if cue is None:
        return
    kind = cues.value_of("ratio", cue.group(0))
    head = _DEFINING_HEAD.sub("", sentence[:cue.start()])
    numerator = head.strip(" ,;:")
    denominator = sentence[cue.end():].strip(" ,;:.")
    if kind == "divide_by":
        divided = _DIVIDEND.match(sentence, cue.end())
        if divided is None:
            return
        numerator, denominator = divided.group("a"), _PARTICIPLE_TAIL.sub("", divided.group("b")).strip(" ,;:.")
    if kind == "per":
        denominator = sentence[cue.start() + len("pr. "):].strip(" ,;:.")
    # whatever the division, a participle clause closing it says how it is taken ("pr. 1.000 borgere over 65 år, der
    # modtager hjemmehjælp, opgjort årligt"): the period goes to period_unit, not into the divisor
    denominator = _PARTICIPLE_TAIL.sub("", denominator).strip(" ,;:.")
    f.numerator, f.denominator = numerator or None, denominator or None
    population = _COUNT_HEAD.sub("", denominator)
    population = _TIME_TAIL.sub("", re.sub(r"^[\d.]+\s+", "", population)).strip(" ,")
    # who is measured: a denominator that counts persons ("alle personer, der ...", "samtlige
    # personer i ..." too: the quantifier stays in the copied phrase, as the star gold keeps
    # "samtlige personer i fleksjobordningen"); hours or days divide, they are nobody
    head = _QUANTIFIER.sub("", population).split(" ")[0] if population else ""
    f.population = population if head and cues.search("person_noun", head) else None
    stated_share = kind in ("percent", "out_of", "relative_to") or cues.value_of("measure_word", numerator) == "share"
    f.measure = "share" if stated_share else _ratio_measure(numerator, denominator)


def _table_cells(line: str, spaced_pipes: int = 2) -> list[str] | None:
    """A table line's cells; `spaced_pipes` is how many " | " a line without border pipes needs (one reads a
    two-column table, which only a header naming a measure and its computation may start: a lone " | " is
    otherwise a title's separator)."""
    if "\t" in line:
        return [c.strip() for c in line.split("\t")]
    stripped = line.strip()
    if stripped.startswith("|") and stripped.count("|") >= 3:
        return [c.strip() for c in stripped.strip("|").split("|")]
    # a plain-text table without border pipes, its cells between spaced pipes ("Mål | Opgørelse | Kilde", the
    # "Kommune | 2019 | 2022" tables of probe texts p11 d10, p13 i02, p14 i03/i08/i10): three cells at least
    if stripped.count(" | ") >= spaced_pipes:
        return [c.strip() for c in stripped.split(" | ")]
    return None


def _column_roles(header: list[str]) -> dict[str, int]:
    roles: dict[str, int] = {}
    for index, cell in enumerate(header):
        for cue in cues.rows("table_column"):
            if cue.value not in roles and cue.regex.fullmatch(cell.strip(" *:")):
                roles[cue.value] = index
    return roles


def _stated_fraction(f: Found, numerator: str, denominator: str) -> None:
    """A numerator and denominator given apart (columns, labels): who the denominator
    counts is the population; the kind of quantity follows from what the two count."""
    f.numerator, f.denominator = numerator, denominator
    f.measure = _ratio_measure(numerator, denominator)
    population = _COUNT_HEAD.sub("", denominator)
    f.population = _TIME_TAIL.sub("", population).strip(" ,") or None


def _cell_number(cell: str | None) -> int | None:
    """A numbering column's cell as the measure's number ("3", "3."): none for anything else."""
    m = re.fullmatch(r"(\d{1,2})\.?", (cell or "").strip())
    return int(m.group(1)) if m else None


def measure_tables(text: str) -> list[Found]:
    """A table listing measures: a column naming them (Indikator, Nøgletal, Mål) and one
    saying how they are computed (Definition, Beregning) or what they divide (Tæller,
    Nævner); one measure a row, its fields from the columns."""
    # Markdown separator rows out; "-" first and one character class keep the regex linear
    # (the nested form backtracked for minutes on a line of 100,000 spaces).
    lines, found = [(s, l) for s, l in lines_of(text) if not ("-" in l and re.fullmatch(r"[\s:|-]+", l))], []
    i = 0
    while i < len(lines):
        # a two-column table ("Nøgletal | Sådan opgøres det", probe texts p21 s06, test_indicator_tables) is read
        # when its header names the two roles; its rows then need only their one " | "
        header = _table_cells(lines[i][1], spaced_pipes=1) or []
        roles = _column_roles(header)
        if "title" not in roles or not ({"definition", "numerator"} & set(roles)):
            i += 1
            continue
        spaced_pipes = 1 if len(header) == 2 else 2
        i += 1
        while i < len(lines) and (row := _table_cells(lines[i][1], spaced_pipes)) is not None:
            start, line = lines[i]
            cell = {role: row[k].strip() if k < len(row) else "" for role, k in roles.items()}
            if cell["title"]:
                # the title column's name gives the kind as a fact box's label does ("Nøgletal" a nøgletal, cues.tsv
                # table_column; "Indikator" other), and a numbering column ("Nr.") the measure's number
                f = Found(_block_kind(text, header[roles["title"]]), cell["title"], start + line.find(cell["title"]),
                          number=_cell_number(cell.get("number")))
                if cell.get("definition"):
                    f.definition, f.definition_start = cell["definition"], start + line.find(cell["definition"])
                if cell.get("numerator") and cell.get("denominator"):
                    _stated_fraction(f, cell["numerator"], cell["denominator"])
                elif f.definition:
                    _apply_ratio(f, f.definition)
                if cell.get("population"):
                    f.population = cell["population"]
                # the row's reference period ("Måned", "År"); one the convention has no unit for ("Kvartal") gives none
                f.period_unit = fields.period_cell_unit(cell["period"]) if cell.get("period") else None
                f.source = cell.get("source") or None
                found.append(f)
            i += 1
    return found


# "Indikator: X" / "Definition: Y" / "Kilde: Z": a fact box, the vertical form of a measure
# table, its labels the table's column names (the `table_column` rows of cues.tsv); its lines are finders.LABEL_LINE
# (the value runs greedily to its last non-space, so a long gap is read once: linear).
def _label_role(label: str) -> str | None:
    # a fact box's "Periode:" line stays a field of no column (_page_field), as a målingsbeskrivelse prints it apart
    return next((role for role in _column_roles([label]) if role != "period"), None)


def _names_jobindsats(text: str) -> bool:
    return re.search(r"jobindsats", text, re.I) is not None


def _block_kind(text: str, label: str) -> str:
    """The kind a fact box's title label names ("Nøgletal:" a nøgletal); a måling's label ("Måling:", "Målingens
    navn:") in a text that names jobindsats.dk names one of its målinger, a nøgletal (the star convention's
    "jobindsats.dk målinger"; the numbered "Måling 1:" items read so in finders.numbered_items)."""
    kind = heading_kind(label)
    # (the whole text is searched only for the two labels that ask: this runs for every fact box and table row)
    if kind is None and re.match(r"(?:navn på )?måling", label, re.I) and _names_jobindsats(text):
        return "nøgletal"
    if kind == "nøgletal" and not _names_jobindsats(text):
        # the star convention's nøgletal are jobindsats.dk's målinger; a kommune's or a region's "Nøgletal" (a care
        # service's key figures, tests/extract/test_indicator_round14.py) are measures of kind other, as every
        # policy and municipal gold's are
        return "other"
    return kind or "other"


def labelled_blocks(text: str) -> list[Found]:
    """A measure documented in labelled lines, one field a line ("Nøgletal: Andel ledige ...",
    "Definition: Andelen af ...", "Kilde: jobindsats.dk"): like a table row, a measure when a
    label names it and another says how it is computed or what it divides."""
    found: list[Found] = []
    block: dict[str, tuple[int, str]] = {}
    heading: tuple[int, str] | None = None  # the line right over the block, when it is a heading
    heading_end = 0

    paged = False  # the block's fields stand apart, blank lines between (a målingsbeskrivelse)

    def close() -> None:
        nonlocal paged
        paged = False
        if "formula" in block and not {"definition", "numerator"} & set(block):
            # a "Formel:" line under the measure's name and no definition line: the formula says how the measure is
            # computed, its definition (star README: the span saying how the measure is computed; probes25 p6 "Formel:
            # Længden af ... divideret med ...", probes23 s1 "Formel: Antal ..., divideret med ...")
            block["definition"] = block["formula"]
        if "title" not in block and heading is not None and ({"definition", "numerator"} & set(block)):
            # a measure's name as the heading over its labelled fields ("ANDEL FORLØB MED RETTIDIG FØRSTE SAMTALE" /
            # "Beskrivelse: Målingen viser ..." / "Tæller: ..."), the layout of a målingsbeskrivelse
            block["title"] = heading
            block["title_label"] = heading
        if "title" in block and ({"definition", "numerator"} & set(block)):
            start, title = block["title"]
            f = Found(_block_kind(text, block["title_label"][1]), title, start)
            numbered = numbered_label(title) if block["title"] is heading else None
            if numbered is not None:
                # a numbered heading over the fields ("Indikator 1: Varighed" / "Definition: ..."): its title, number
                # and kind as a numbered list reads them
                f.title, f.number = numbered[0], numbered[1]
                f.title_start = start + title.find(numbered[0])
                f.kind = numbered[2] or f.kind
            new = cues.search("new_measure_label", title) if block["title"] is heading else None
            if new is not None and title[new.end():].strip():
                # a heading announcing a new measure ("Ny måling: Forløb over 2 år" / "Definition: ..."): the name
                # after the label is the title, the label's noun the kind (a måling of jobindsats.dk a nøgletal)
                f.title, f.title_start = title[new.end():].strip(), start + new.end()
                f.kind = _block_kind(text, re.sub(r"^\s*Ny[te]?\s+", "", new.group(0)).rstrip(": \t"))
            if "definition" in block:
                f.definition_start, f.definition = block["definition"]
                if cues.search("result_difference", _DEFINING_HEAD.sub("", f.definition)):
                    f.kind, f.style, f.measure = "resultatindikator", "benchmark", "other"  # as definition_sentences
            if "numerator" in block and "denominator" in block:
                _stated_fraction(f, block["numerator"][1].rstrip(". "), block["denominator"][1].rstrip(". "))
                f.fraction_at = text.rfind("\n", 0, block["numerator"][0]) + 1
                # who is measured is the one the measure's own sentence names ("Målingen opgør andelen af X, der ..."),
                # as a fraction folded into a defined measure keeps it (parsers/indicators._fold_fractions)
                # (a relative after a conjunction, "X, og som har ...", leaves the conjunction: no part of who)
                own = fields.share_parts(f.definition or "")[0]
                f.population = re.sub(r",?\s+(?:og|eller)$", "", own) if own else f.population
            elif "formula" in block and (parts := _formula_parts(block["formula"][1])) is not None:
                _stated_fraction(f, parts[0], parts[1])
                f.measure = "share" if parts[2] else f.measure
            elif f.definition and f.style != "benchmark":  # a difference divides nothing
                _apply_ratio(f, f.definition)
            if "population" in block:
                f.population = block["population"][1]
            f.source = block["source"][1].rstrip(". ") if "source" in block else None
            found.append(f)
        block.clear()

    lines = lines_of(text)
    for k, (start, line) in enumerate(lines):
        m = LABEL_LINE.match(line)
        role = _label_role(m.group("label")) if m else None
        if "title" in block and role is None and _page_field(lines, k, m, paged):
            paged = True
            continue  # a målingsbeskrivelse's field apart or of no column ("Periode: ...", a blank line between)
        if role is not None and m is not None and paged and role not in block and role in _SENTENCE_FIELDS:
            # a page's field is a paragraph: its first sentence is the field, the next ones remark on it
            # ("Opgørelsesmetode: Andelen beregnes som ... i perioden. Forløb, der afsluttes ..., indgår ikke.")
            value = first_sentence(m.group("value"))
            block[role] = (start + m.start("value"), value.rstrip(".") if role == "population" else value)
            continue
        if role is None or role in block:
            close()  # a blank or other line, or the next measure's first label, ends a block
        if role is not None and m is not None:
            block[role] = (start + m.start("value"), m.group("value"))
            if role == "title":
                block["title_label"] = (start, m.group("label"))
        elif m is None or cues.search("new_measure_label", line):
            # ("Nyt nøgletal: X" reads as a label line of no column: a heading announcing the measure)
            heading = (start + len(line) - len(line.lstrip()), line.strip()) if _heads_fields(line) else None
            heading_end = start + len(line)
        if heading is not None and role is not None and not block.keys() - {role, "title_label"} \
                and text[heading_end:start].count("\n") > 1:
            heading = None  # a blank line between: the line is no heading of these fields
    close()
    return found


_SENTENCE_FIELDS = ("definition", "population", "source")  # a page's source: its first sentence ("Datakilde: X. Målingen offentliggøres på ...")

# A formula line's division: the dividend, a slash set between spaces, the divisor, and a factor of 100 after it that
# makes the quotient a percentage ("Antal X i måneden / antal Y i måneden x 100"); a slash inside a word ("og/eller")
# has no spaces round it.
_FORMULA = re.compile(r"(?P<a>\S.*?)\s+/\s+(?P<b>\S.*?)(?P<pct>\s*[x×*·]\s*100)?\s*\.?\s*")


def _formula_parts(formula: str) -> tuple[str, str, bool] | None:
    """Numerator, denominator and whether a percentage, of a formula that states one division; None for another."""
    m = _FORMULA.fullmatch(formula)
    if m is None or "/" in m.group("b").replace("og/eller", ""):
        return None
    return m.group("a"), m.group("b"), m.group("pct") is not None


def _page_field(lines: list[Line], k: int, label: re.Match[str] | None, paged: bool) -> bool:
    """A målingsbeskrivelse prints a measure's fields as labelled paragraphs, a blank line between ("Navn på måling:
    X" / "" / "Opgørelsesmetode: ..." / "" / "Målgruppe: ..."), some of no table column ("Periode:", "Enhed:"): the
    fields of one measure while labelled lines go on. Line k goes on with the block when it is a blank line with a
    label line next, or, once the block has crossed such a blank line, a label line of no column (a fact box printed
    line by line ends at its first label of no column, as before)."""
    if label is not None:
        return paged
    if lines[k][1].strip():
        return False
    following = next((line for _, line in lines[k + 1:] if line.strip()), "")
    return LABEL_LINE.match(following) is not None


def _heads_fields(line: str) -> bool:
    """A heading over a measure's labelled fields, perhaps a numbered item ("2) Ventetid på genoptræning" / "Beregning:
    Antal dage ...", "3. Ledige i aktivering" / "Beregning: ..."): numbered measures each described by their field lines,
    the item's number its number (star convention: number) as a numbered heading's ("Indikator 1: ...")."""
    item = NUMBERED_ITEM.match(line)
    return _is_heading_line(item.group("title") if item else line)


_ADVERBIAL_FIRST = re.compile(r"\s*(?P<adv>[A-ZÆØÅ][\wæøå.]*(?: [\wæøå.]+){0,3}) ")


def verb_first_definitions(text: str) -> list[Found]:
    """"Kvartalsvis opgøres antal borgere, der har modtaget stofbehandling.": a time
    adverbial, the computing verb, then the measure it computes. The measure has no label of
    its own, so the whole sentence is both its title and its definition (star README: "Where an
    item has no separate label, the whole item text is the title"; municipal s7_13 and s9_10
    gold, as f02's and s6_01's "Årlig opgørelse over antal ..." items)."""
    found: list[Found] = []
    for start, line in lines_of(text):
        for offset, sentence in sentences(line):
            verb = cues.search("verb_first", sentence)
            opener = _ADVERBIAL_FIRST.fullmatch(sentence[:verb.start()]) if verb else None
            if not verb or not opener:
                continue  # the verb must stand second, after one adverbial
            if cues.search("measure_word", opener.group("adv")) or cues.search("measure_noun", opener.group("adv")):
                continue  # "Andelen opgøres ...": the subject is the measure, a defining sentence
            phrase = sentence[verb.end():].rstrip().rstrip(".")
            whole = sentence.strip()
            begin = start + offset + len(sentence) - len(sentence.lstrip())
            f = Found("other", whole, begin, definition=whole, definition_start=begin)
            f.measure = cues.value_of("measure_word", phrase) or "other"
            if cues.search("ratio", phrase):
                _apply_ratio(f, phrase)
            elif f.measure == "share":
                share = fields.share_subject(phrase)
                if share:
                    f.population, f.numerator, f.denominator = share[2], share[3], share[4]
            elif f.measure == "count":
                f.population = _TIME_TAIL.sub("", _COUNT_HEAD.sub("", phrase)).strip(" ,") or None
            found.append(f)
    return found


COMPUTED_FINDERS = (measure_tables, labelled_fractions, defined_headings, measure_headings, definition_sentences,
                    verb_first_definitions, glossary_definitions, named_measure_sentences)
