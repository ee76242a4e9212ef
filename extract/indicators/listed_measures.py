"""Measures a text lists after a lead: a flattened numbered list ("på fem fokusområder: 1. A 2. B"),
a measure named after a lead that computes it, items after a lead announcing measures or saying
what is to be measured, an opgørelse's bullets, and the measure a statistics API example plots."""
from __future__ import annotations

import re

from . import computed, cues, fields
from .finders import STATISTIC, bullets_after, LEAD_MAX, Found, lines_of, not_goal_heading, sentences
from .list_items import BULLET_MARK, ITEM_LINE


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
            f.measure = fields.measure_word(title) or "other"
            among = re.search(r"\bblandt (?P<pop>[^,.:;]+)$", title)  # "Overledighed blandt indvandrere"
            f.population = among.group("pop") if among else None
            found.append(f)
    return found


# A computing verb alone before the colon, opening its line ("Opgøres: Årligt" under an indicator's "Opgørelse:" and
# "Datakilde:" lines): a field label of the measure above, its frequency, not a lead naming a measure ("Derudover
# beregnes en supplerende størrelse: X").
_BARE_VERB_LABEL = re.compile(r"\s*(?:opgøres|beregnes|måles)\s*:", re.I)


def measures_after_lead(text: str) -> list[Found]:
    """A measure named after a lead that computes it ("Derudover beregnes ...: X.")."""
    found: list[Found] = []
    kind = "nøgletal" if re.search(r"jobindsats", text, re.I) else "other"
    for colon in re.finditer(r":[ \t]+(?=[A-ZÆØÅ])", text):
        sentence_start = _sentence_start(text, colon.start(), r"[.!?\n]\s*")
        lead = text[sentence_start:colon.start() + 1]
        if not cues.search("measure_lead", lead) or re.match(r"\s*\d{1,2}\.\s", text[colon.end():]) \
                or _BARE_VERB_LABEL.fullmatch(lead):
            continue
        end = re.search(r"\.(?=\s+[A-ZÆØÅ])|\.?\s*(?:\n|$)", text[colon.end():])
        title = text[colon.end():colon.end() + (end.start() if end else 0)].strip()
        if 3 <= len(title) <= 160:
            f = Found(kind, title, colon.end())
            f.measure = fields.measure_word(title) or "other"
            _read_rate(f, title)
            found.append(f)
    return found


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
        while j < len(lines) and (not lines[j][1].strip() or ITEM_LINE.match(lines[j][1])):
            item = ITEM_LINE.match(lines[j][1])
            # an item that states a figure ("... var 20.000 i 2016") quotes a statistic
            if item and cues.search("measure_word", item.group("title")) and not STATISTIC.search(item.group("title")):
                # "Antal visiterede timer pr. uge: 12.345": the measure, not the value quoted for it
                title = _VALUE_TAIL.sub("", item.group("title")).rstrip(".")
                f = Found("nøgletal" if jobindsats else "other", title, lines[j][0] + item.start("title"),
                          source="jobindsats.dk" if jobindsats else None)
                f.measure = fields.measure_word(title)
                f.population = fields.title_population(title)
                _read_rate(f, title)
                found.append(f)
            j += 1
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
            mark = BULLET_MARK.match(item)
            title = item[mark.end() if mark else 0:].strip()
            if title and not STATISTIC.search(title) and not computed.CHANGE_VERB.search(title):
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


# A subject that is only a pronoun ("Det skal måles.", "Dette skal løbende måles.") names nothing to measure.
_PRONOUN_SUBJECT = re.compile(r"^(?:Det|Dette|Den|De|Disse|Denne|Noget|Alt|Hvad)\s+$", re.I)


def measured_statements(text: str) -> list[Found]:
    """A sentence saying that something is to be measured ("De offentlige institutioners kvalitet og
    effektivitet skal måles.", "Resultaterne – herunder borgernes tilfredshed – skal løbende måles.": cue
    measure_statement): an indicator of kind other whose title is the whole sentence, a metric only where
    the sentence names one (the municipal README's convention for "X skal måles", s9_01; as the items
    under "... skal måles på:", f10). A sentence that only mentions measuring ("Det er svært at måle
    effekten") or denies it ("skal ikke måles") says nothing is to be measured."""
    found: list[Found] = []
    for start, line in lines_of(text):
        for offset, sentence in sentences(line):
            m = cues.search("measure_statement", sentence)
            if not m or _PRONOUN_SUBJECT.match(sentence[:m.start()]) or not sentence[:m.start()].strip():
                continue
            title = sentence.strip()
            f = Found("other", title, start + offset + sentence.index(title), style="measure")
            f.measure = fields.measure_word(title) or "other"
            found.append(f)
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
        for start, item in bullets_after(lines, i, wrapped=True):
            title = item.rstrip(" .")
            if 3 <= len(title) <= 160 and not STATISTIC.search(title) and not computed.CHANGE_VERB.search(title):
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
