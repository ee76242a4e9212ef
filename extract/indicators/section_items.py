"""Items under a heading of a municipal service standard: the goals of a goal section
("Resultatmål", "Servicemål") and the measures of a follow-up section ("Opfølgning")."""
from __future__ import annotations

import re

from ..document import TEXT_PAGE_MARK
from . import computed, cues, fields
from .finders import STATISTIC, Found, lines_of, sentences
from .list_items import BULLET_MARK, ITEM_LINE, paragraph_at, paragraph_below


# A line opening with the label of a measure's population, source, numerator or denominator (cue table_column:
# "Målgruppe: ...", "Kilde: ...", "Tæller: ..."; a fact box under "Resultatmål: X" / "Beregning: ..."): a field of the
# goal above it.
_FIELD_LINE = re.compile(rf"(?:{'|'.join(cues.column_labels(v) for v in ('population', 'source', 'numerator', 'denominator'))})"
                         r"[ \t]*:", re.I)


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
            para = paragraph_at(section, 0)
            end = para[1] if para else start + len(line.rstrip())
        else:
            para = paragraph_below(section)
            if para is None:
                continue
            begin, end = para
        for item_start, title in _section_items(text, begin, end):
            if len(title) < 8 or STATISTIC.search(title) or re.match(r"(?:Der er ikke|Der er ingen|Ingen)\b", title):
                continue  # "Der er ikke opstillet resultatmål for 2013.": no goal
            if _FIELD_LINE.match(title):
                continue  # "Målgruppe: ... Kilde: ...": the fields of the goal above, no goal of its own
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
    items = [(start, ITEM_LINE.match(line)) for start, line in rows]
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
            para = paragraph_at(section, 0)
            if para is not None:
                inline = line[heading.end():].lstrip(" :\t")
                para = (start + len(line) - len(inline), para[1])
        else:
            para = paragraph_below(section)
        if para is None:
            continue
        for offset, sentence in sentences(text[para[0]:para[1]]):
            mark = BULLET_MARK.match(sentence)
            title = _PAGE_MARK_TAIL.sub("", sentence[mark.end() if mark else 0:]).rstrip()
            if not title or STATISTIC.search(title) or computed.CHANGE_VERB.search(title) \
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
