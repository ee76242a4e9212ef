"""Where indicator definitions stand in a text: one finder per layout STAR, jobindsats.dk,
ministries and the Folketing use. Each finder returns `Found` items (a title and, when
the text gives one, the contiguous definition), with offsets into `Document.text`.

Precision rules the finders share: a numbered item counts only under a heading that
names an indicator kind or when a definition sentence follows it (so a reform's
intention list, "2. Der oprettes fleksjob ...", or a page number is no indicator);
bullet lists count only under a heading naming goals ("mål"), never "intentioner",
benefit lists or conclusions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from danish.sentences import ends_with_abbreviation, sentence_spans

from ..list_marks import BULLET
from . import cues, fields

Line = tuple[int, str]


@dataclass
class Found:
    kind: str
    title: str
    title_start: int
    number: int | None = None
    definition: str | None = None
    definition_start: int = -1
    source: str | None = None
    style: str = "measure"  # measure | goal | passing | component | benchmark | listed | account
    numerator: str | None = None
    denominator: str | None = None
    context: str = ""  # text after the definition that may hold a worked formula
    population: str | None = None  # set by a finder that read it from a stated division
    measure: str | None = None  # set by a finder that read the kind of quantity from its cue
    period_unit: str | None = None  # set by a finder that read the reference period from the document
    # the words of a label that linked this item to its title elsewhere ("Mål 1 – Faglig dygtighed" over the
    # goal's definition, titled by the numbered goal 1.): claimed with the title, so no finder reads them again
    label_span: tuple[int, int] | None = None
    # where the "Tæller:" line opens that a finder read this measure's numerator and denominator from (-1: none)
    fraction_at: int = -1


def lines_of(text: str) -> list[Line]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


# A line break a PDF made inside a sentence: the line does not end a sentence or a lead,
# and the next goes on in lower case ("... der er i job eller\nuddannelse seks måneder
# efter ..."; "det sam-\nlede antal"). Headings, bullets and numbered items start
# otherwise and keep their lines; so do Word's "o" items as PDF text keeps them, and table
# rows (tab-separated cells, Markdown pipes), which are read line by line.
_CONTINUES = re.compile(r"[ \t]*(?!o[ \t])[a-zæøå]")


def _is_row(line: str) -> bool:
    return "\t" in line or line.lstrip().startswith("|")


@lru_cache(maxsize=1)
def _field_label_line() -> re.Pattern[str]:
    """A line that is only a measure field's label (the `table_column` labels of cues.tsv) and its colon."""
    return re.compile(rf"^[ \t]*(?:{cues.column_labels()})[ \t]*:[ \t]*$", re.IGNORECASE)


def unwrapped(text: str) -> str:
    """The text with the line breaks of wrapped sentences as spaces: the same length, so
    every offset found in it is an offset of the text."""
    lines = text.split("\n")
    out = [lines[0]]
    for before, line in zip(lines, lines[1:]):
        end = before.rstrip(" ")
        # a dot that closes an abbreviation ends no sentence: "... til 100 pct." /
        # "elektriske busser før 2035", "... på 18,8 mio. kr." / "fra Sundhed og Omsorg", "jf." / "bilag 3."
        if _field_label_line().match(before) and line.strip():
            # a field's label over its value ("Beskrivelse:" / "Målingen viser ..."): one labelled line
            out.append(" ")
            out.append(line)
            continue
        stop = end != "" and (end[-1] in ":;!?|" or end[-1] == "." and not ends_with_abbreviation(end))
        wrap = (end != "" and not stop and not _is_row(before) and not _is_row(line)
                and _CONTINUES.match(line) is not None)
        out.append(" " if wrap else "\n")
        out.append(line)
    return "".join(out)


def first_sentence(text: str) -> str:
    """The first sentence, not cut after abbreviations such as "gnsn." or "osv."."""
    for m in re.finditer(r"[.!?](?=\s+[A-ZÆØÅ\"”»]|\s*$)", text):
        if not ends_with_abbreviation(text[:m.end()]):
            return text[:m.end()].strip()
    return text.strip()


def sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs of one paragraph (the project's Danish sentence splitter)."""
    return [(start, text[start:end]) for start, end in _spans(text)]


@lru_cache(maxsize=4096)
def _spans(text: str) -> tuple[tuple[int, int], ...]:
    # Every finder splits the same paragraphs again: on the municipal set each paragraph was split 23 times over (23,306
    # calls on 1,023 texts for 30 documents); the split is kept per paragraph, as a tuple no caller can change.
    return tuple(sentence_spans(text))


# "følges ved" says how a direction (a sigtelinje, a goal) is followed when a measure's noun phrase comes next
# ("Sigtelinjen følges ved antallet af ..."); "følges ved hjælp af ..." and "følges tæt" name no measure.
_FOLLOWED_BY_MEASURE = r"følges (?:ved|via|gennem) (?=(?:det |den )?(?:samlede |gennemsnitlige )?(?:antal|andel|gennemsnit))"
DEFINITION_VERB = (r"(?:opgøres|opgør|måles|måler|viser|beregnes|angiver|udtrykker|belyser|defineres|er defineret|"
                    + _FOLLOWED_BY_MEASURE + ")")
# A goal's own definite noun as the subject of a definition verb: the line saying how the goal above is computed
# ("Målet opgøres som antallet af ...", "Målsætningen følges ved andelen af ..."), for the goal-list readers.
# An adverb of place before "følges" in second place says the same of the goal above (Danish V2: "Her følges andelen
# af ...", "Der følges antallet af ..."), when a measure's noun phrase comes next.
GOAL_COMPUTATION = (r"(?:(?:Målet|Målsætningen) " + DEFINITION_VERB
                    + r"|(?:Her|Der) følges (?=(?:det |den )?(?:samlede |gennemsnitlige )?(?:antal|andel|gennemsnit)))")
_DEFINITION_CUE = (r"(?:(?:Implementerings|Resultat)?[Ii]ndikatoren (?:er|" + DEFINITION_VERB + r")"
                   r"|(?:Sigtelinjen|Målingen|Nøgletallet|Målet) " + DEFINITION_VERB +
                   r"|Den (?:primære|sekundære) indikator\b[^.:]{0,40}? (?:er|" + DEFINITION_VERB + r")"
                   r"|Mål \d+ opgør|Opgørelsen viser)")
_DEFINITION = re.compile("^" + _DEFINITION_CUE)
_INLINE_DEFINITION = re.compile(r"(?<=[.:] )" + _DEFINITION_CUE)
# A labelled item may carry a sub-number under its group ("Indikator 2.1: ..." under "Sigtelinje 2"): its own
# number in the list is then not one number, and the item has none. After a label the name may follow the number
# with no mark between ("Indikator 1.2 Fald"): the label says it is an item.
_ITEM = re.compile(r"^\s*(?:(?P<label>Mål|Sigtelinje|Implementeringsindikator|Resultatindikator|Indikator|Nøgletal|Måling) )?"
                   r"(?P<num>\d{1,2})(?(label)(?P<sub>\.\d{1,2})?(?:[.):]|\s+[–-]|(?=\s+(?-i:[A-ZÆØÅ])))|[.):])\s+(?P<title>\S.*?)\s*$")  # "Sigtelinje 1 – ..." 
# A labelled item lettered instead of numbered ("Indikator A: Udredning inden for 30 dage", "Indikator B.
# Andel vedvarende energi i elforbruget"; probe texts p23 p1 and p22 p04): the label and letter are no part of its
# title, and a letter names no number (as the goal_label cues read "Målepunkt B:", cues.tsv). A label must precede the
# letter: a bare "A. Jensen" is no item.
_LETTERED_ITEM = re.compile(r"^\s*(?P<label>Mål|Sigtelinje|Implementeringsindikator|Resultatindikator|Indikator|Nøgletal|"
                            r"Måling) (?-i:[A-H])[.:)]\s+(?P<title>(?-i:[A-ZÆØÅ])\S.*?)\s*$")
# The labels that name a measure, under which a paragraph opening with the measure's noun phrase is its definition;
# "Nøgletal" and "Måling" are measure nouns as the indicators are (cues.tsv measure_noun).
_MEASURE_LABELS = ("Implementeringsindikator", "Resultatindikator", "Indikator", "Nøgletal", "Måling")
# A bulleted line and its text (the mark: extract/list_marks.py).
_BULLET = re.compile(rf"^\s*{BULLET}\s+(\S.*?)\s*$")
_HEADING_KINDS = (
    (re.compile(r"implementeringsindikator", re.I), "implementeringsindikator"),
    (re.compile(r"sigtelinje", re.I), "sigtelinje"),
    # benchmark result measures ("Resultatmålingen"); a school's or council's "resultatmål"
    # is a goal (kind other, the convention's "ministerial goals, fokusmål")
    (re.compile(r"resultatindikator|resultatmåling", re.I), "resultatindikator"),
    (re.compile(r"nøgletal|målinger", re.I), "nøgletal"),
    (re.compile(r"\bmål(?:ene)?\b|fokusmål|\bindikator", re.I), "other"),  # goals, fokusmål, indicators
)
#: The text names jobindsats (any case): the site its measures are read from.
JOBINDSATS_MENTION = re.compile(r"jobindsats", re.I)
JOBINDSATS = "jobindsats.dk"


def not_goal_heading(line: str) -> bool:
    """A heading or lead whose list holds no measures or goals: intentions, conclusions,
    findings ("Det fremgår af målingerne, at:"), benefit, target-group or condition lists
    (the `not_goal_heading` rows of cues.tsv, one table for every finder)."""
    return cues.search("not_goal_heading", line.strip().strip("*_#")) is not None


def numbered_label(line: str) -> tuple[str, int | None, str | None] | None:
    """A numbered item's line read as its title, number and kind ("Indikator 1: Varighed" -> ("Varighed", 1, None),
    "Sigtelinje 2 – Flere i job" -> (..., 2, "sigtelinje")), as numbered lists read it: a sub-number ("2.1") is no
    number of the list, and the generic label "Indikator" names no kind (its section's heading does)."""
    item = _ITEM.match(line)
    if item is None:
        lettered = _LETTERED_ITEM.match(line)
        return None if lettered is None else (lettered.group("title"), None, _label_kind(lettered))
    return item.group("title"), _item_number(item), _label_kind(item)


def _item_number(item: re.Match[str]) -> int | None:
    """A numbered item's number in its list; a sub-number ("Indikator 2.1") is none of the list's."""
    return None if item.group("sub") else int(item.group("num"))


def _label_kind(item: re.Match[str]) -> str | None:
    """The kind a numbered item's label names; the generic "Indikator" names none (its section's heading does:
    "Sigtelinjer og implementeringsindikatorer ...")."""
    label = item.group("label")
    return heading_kind(label) if label and label != "Indikator" else None


def heading_kind(line: str) -> str | None:
    """The kind of list a heading or lead announces ("nøgletal", "other": goals, fokusmål, indicators), by
    _HEADING_KINDS; None for a heading whose list holds no measures or goals (`not_goal_heading`)."""
    if not_goal_heading(line):
        return None
    for pattern, kind in _HEADING_KINDS:
        if pattern.search(line):
            return kind
    return None


def _is_heading(line: str) -> bool:
    """A line ending in a colon, or a short title-like line naming an indicator kind
    (a Markdown heading "## Sigtelinjer" loses its marks in normalisation)."""
    text = line.strip().strip("*_#").strip()  # "**Implementeringsindikatorer**" (Markdown bold)
    if _ITEM.match(line) or _BULLET.match(line):
        return False
    if text.endswith(":") and len(text) < 200:
        return True
    return (len(text) < 90 and not text.endswith((".", ",")) and text[:1].isupper()
            and heading_kind(text) not in (None, "other", "nøgletal"))


def _next_nonblank(lines: list[Line], i: int) -> int:
    while i < len(lines) and not lines[i][1].strip():
        i += 1
    return i


_NUMBERED_DEFINITION_OPENER = re.compile(r"^(?:Mål|Indikator|Sigtelinje) (?P<n>\d{1,2}) ")


_SENTENCE_END = re.compile(r"[.!?:][\"”»)]?\s*$")


def _paragraph_end(lines: list[Line], j: int) -> int:
    """The last line of the paragraph that opens at line j: a line that ends no sentence goes on in the
    next, unless that one is blank, a numbered or bulleted item or a heading. A print wraps a definition
    at the page's width ("... ud af samtlige personer i fleksjobordningen\n(fleksjob + ledighedsydelse).",
    seed 001 printed to PDF; "... på offentlig ydelse ultimo en måned\n(førtidspension, ...)", seed 001),
    where the text file has it on one line."""
    k = j
    while k + 1 < len(lines) and not _SENTENCE_END.search(lines[k][1]) and lines[k + 1][1].strip() \
            and not _ITEM.match(lines[k + 1][1]) and not _BULLET.match(lines[k + 1][1]) and not _is_heading(lines[k + 1][1]):
        k += 1
    return k


def _joined(text: str, lines: list[Line], j: int, k: int) -> str:
    """Lines j to k as the text has them (their line breaks kept, so a value found in them is found in the text)."""
    return text[lines[j][0]:lines[k][0] + len(lines[k][1])] if j < len(lines) else ""


def _definition_at(line: str, title: str, number: int | None = None, measure_label: bool = False) -> str | None:
    """The definition a line opens for the item just above it. A definition linked by
    number ("Mål 1 opgøres som ...") belongs to that number's item only: after a list, the
    first of the numbered definitions follows the last item, whose number it does not carry.
    Under an indicator's label ("Implementeringsindikator 1: Rettidighed i opfølgningssamtaler") a paragraph
    opening with the measure's noun phrase says what it computes ("Andelen af opfølgningssamtaler, der ...", as a
    nøgletal page's "Antal forebyggelige indlæggelser pr. 1.000 borgere ...")."""
    text = line.strip()
    linked = _NUMBERED_DEFINITION_OPENER.match(text)
    if linked and int(linked.group("n")) != number:
        return None
    title_cue = title.rstrip(". ")
    if _DEFINITION.match(text) or (len(title_cue) > 3 and text.startswith(title_cue + " viser")) \
            or (measure_label and _MEASURE_NOUN_PHRASE.match(text)):
        return first_sentence(text)
    sentence = first_sentence(text)
    computation = cues.search("computation", sentence)
    if computation is not None and computation.start() < 60 and not re.search(r"[:\d]", text[:computation.start()]) \
            and ("defin" not in computation.group(0) or states_division(sentence) or _QUANTITY_NOUN.search(sentence)):
        # under a bare number a sentence that says how its subject is computed is the item's definition ("4. Fravær" /
        # "Elevfraværet defineres som antal fraværsdage i procent af ..."; cues.tsv computation), not another item's
        # labelled or numbered definition ("Ad indikator 1: Indikatoren beregnes som ...", "Mål 1 måles ved ...")
        return first_sentence(text)
    if _MEASURE_NOUN_PHRASE.match(text) and states_division(first_sentence(text)):
        # under a bare number the noun phrase is a measure's when its sentence states the division ("1. Faglighed" /
        # "Andelen af elever, der ..., i procent af alle elever, der har aflagt prøverne."); a count alone may be a
        # figure reported
        return first_sentence(text)
    if _names_measure_under_heading(text, title) and not measure_label:
        return first_sentence(text)
    return None


def _names_measure_under_heading(text: str, title: str) -> bool:
    """Under a bare number whose item is a name, not a sentence ("1) Frafald på grundforløbets 1. del", "2) Gennemsnitlig
    opholdstid på herberg", "3. Frafald efter første år"), a paragraph opening with a measure's noun phrase ("Andelen
    af elever, der ...", "Det gennemsnitlige antal døgn, som ...", "Antal elever, der ...") says what the named
    measure is: its definition though no verb says it is computed (probes22 p03, probes23 p2, probes25 p4). A sentence
    that reports a figure ("Andelen steg til 12 pct.") is a finding, not a definition."""
    sentence = first_sentence(text)
    return bool(_MEASURE_NOUN_PHRASE.match(text)) and 3 < len(title) <= _ITEM_NAME_MAX \
        and not title.rstrip().endswith((".", "!", "?", ":")) and not STATISTIC.search(sentence) \
        and not re.search(r"\d", sentence.split(",")[0])


_ITEM_NAME_MAX = 80  # an item's name on its own line; a longer line is a sentence of a list of findings


# "defineres som" defines a concept as well as a measure ("Sundhed defineres som en vedvarende tilstand af ...", a
# party programme): a measure's definition names a quantity or a division.
_QUANTITY_NOUN = re.compile(r"\b(?:antal(?:let)?|andel(?:en)?|gennemsnit\w*)\b", re.I)


def states_division(sentence: str) -> bool:
    """A division stated as computed ("i procent af", "pr. 1.000", "divideret med"; cues.tsv ratio), not a bare
    "ud af" of a figure ("otte ud af ti ledige")."""
    ratio = cues.search("ratio", sentence)
    return ratio is not None and cues.value_of("ratio", ratio.group(0)) != "out_of"


# A measure's noun phrase opening its paragraph: a share or a count (as a nøgletal page opens its definition,
# computed.py), or an average of something.
SHARE_OR_COUNT_OPENER = r"(?:Andel(?:en)?|Antal(?:let)?)(?: af)? "
_MEASURE_NOUN_OPENER = (rf"(?:{SHARE_OR_COUNT_OPENER}|Gennemsnitlig[te]? (?:antal|varighed)|"
                        r"Den gennemsnitlige |Det gennemsnitlige )")
_MEASURE_NOUN_PHRASE = re.compile("^" + _MEASURE_NOUN_OPENER)
# ... and past a measure's name and its full stop, opening the next sentence on the same line ("Måling 1: Andel på
# offentlig forsørgelse. Antal fuldtidspersoner ...").
_INLINE_MEASURE_PHRASE = re.compile(r"(?<=[.:] )(?=" + _MEASURE_NOUN_OPENER + ")")


@dataclass
class _Section:
    """The list a numbered item belongs to: the kind its heading names, and its source."""

    kind: str | None = None
    last_kind: str | None = None  # the latest kind heading, for items defined in place
    source: str | None = None
    items: list[Found] = field(default_factory=list)

    def open(self, heading: str) -> None:
        self.kind = heading_kind(heading)
        self.last_kind = self.kind or self.last_kind
        self.source = JOBINDSATS if self.kind and JOBINDSATS_MENTION.search(heading) else None
        self.items = []

    def close(self, prose: str) -> None:
        if JOBINDSATS_MENTION.search(prose):  # "Opgørelsen ... fremgår af jobindsats.dk"
            for f in self.items:
                f.source = f.source or JOBINDSATS
        self.kind, self.items = None, []


def numbered_items(text: str) -> list[Found]:
    """Numbered lists under an indicator heading, or numbered items followed by a definition."""
    lines, found, section = lines_of(text), [], _Section()
    i = 0
    while i < len(lines):
        line = lines[i][1]
        item = _ITEM.match(line)
        if not line.strip() or re.fullmatch(r"\s*\d{1,3}\s*", line):
            pass  # blank lines and stray page numbers ("5", "7") do not end a list
        elif _is_heading(line):
            section.open(line)
        elif not item and section.kind and (bullet := _BULLET.match(line)):
            f, i = _bullet_item(lines, i, bullet, section)
            if f:
                found.append(f)
                section.items.append(f)
            else:
                section.close(line)
        elif not item:
            section.close(line)
        else:
            f, i = _numbered_item(text, lines, i, item, section)
            if f:
                found.append(f)
                section.items.append(f)
        i += 1
    return found


# A labelled field line of a measure's description, one field a line ("Definition: Andelen af ...", "Kilde:
# jobindsats.dk"): the one pattern of the numbered items here and of computed.labelled_blocks.
LABEL_LINE = re.compile(r"^[ \t]*(?P<label>[A-ZÆØÅ][a-zæøå]{2,20}(?: [a-zæøå]{2,20}){0,2})[ \t]*:"
                        r"[ \t]*(?P<value>\S(?:[^\n]*\S)?)[ \t]*$")


def _field_line(line: str) -> bool:
    """A labelled field line saying what a measure computes ("Definition: ...", "Tæller: ..."; cues.tsv table_column)."""
    m = LABEL_LINE.match(line)
    return m is not None and any(c.value in ("definition", "numerator") and c.regex.fullmatch(m.group("label"))
                                 for c in cues.rows("table_column"))


def _numbered_item(text: str, lines: list[Line], i: int, item: re.Match[str],
                   section: _Section) -> tuple[Found | None, int]:
    """The indicator a numbered line starts, if any, and the last line it spans."""
    title, number = item.group("title"), _item_number(item)
    measure_label = item.group("label") in _MEASURE_LABELS
    inline = _INLINE_DEFINITION.search(title)  # a flattened list: title and definition on one line
    if inline is None and measure_label:
        # under a measure's label the sentence after the name may say what it computes without a cue verb ("Måling
        # 1: Andel på offentlig forsørgelse. Antal fuldtidspersoner ... i procent af befolkningen")
        inline = _INLINE_MEASURE_PHRASE.search(title)
    if inline:
        definition_start = lines[i][0] + item.start("title") + inline.start()
        title, inline_definition = title[:inline.start()].rstrip(), first_sentence(title[inline.start():])
        f = Found(section.kind or section.last_kind or "other", title, lines[i][0] + item.start("title"), number=number,
                  definition=inline_definition, definition_start=definition_start, source=section.source)
        f.context = _context_until_next_item(lines, i + 1)
        return f, i
    j = _next_nonblank(lines, i + 1)
    k = _paragraph_end(lines, j)
    paragraph = _joined(text, lines, j, k)
    definition = _definition_at(paragraph, title, number, measure_label) if j < len(lines) else None
    label_kind = _label_kind(item)
    noted = note_definition(text, number) if definition is None and item.group("label") is None and number else None
    if noted is not None:
        # "1. Tidlig kontakt" in an overview, "Ad 1) Indikatoren opgøres som ..." under it: the definition linked by
        # the item's number (issue 14), its kind the one the text names its measures by ("fire
        # implementeringsindikatorer")
        definition, label_kind = first_sentence(noted.group("d")), label_kind or _named_kind(text[:lines[i][0]])
    if definition is None and section.kind is None and label_kind is None:
        return None, i
    if definition is None and j < len(lines) and _field_line(lines[j][1]):
        return None, i  # "Nøgletal 1. X" over "Definition: ...": a heading over labelled fields (computed.labelled_blocks)
    if definition is None and STATISTIC.search(title):
        return None, i  # "Antallet af personer i ressourceforløb var 20.000 i 2016.": a quoted figure
    kind = (label_kind or section.kind or section.last_kind
            or ("nøgletal" if re.search(r"\bmåling", text, re.I) else "other"))
    f = Found(kind, title, lines[i][0] + item.start("title"), number=number)
    if noted is not None:
        f.definition, f.definition_start = first_sentence(noted.group("d")), noted.start("d")
    elif definition:
        # its line breaks as spaces, one for one: the field readers read a definition as one line, and its
        # offsets stay the text's
        f.definition, f.definition_start = definition.replace("\n", " "), lines[j][0] + paragraph.find(definition)
        i = k
    else:
        _link_by_number(text, f, item.group("label") or "Mål")
    # a nøgletal is read from jobindsats.dk only when the text names the site (KL's and the regions' nøgletal are not)
    f.source = section.source if section.kind else (
        JOBINDSATS if kind == "nøgletal" and JOBINDSATS_MENTION.search(text) else None)
    f.context = _context_until_next_item(lines, i + 1)
    return f, i


#: A sentence that reports a figure ("var på 12 pct.", "steg til 3.400"): a statistic, which the indicator readers
#: tell from a measure's definition.
STATISTIC = re.compile(r"\b(?:var|er|udgjorde|udgør|steg|faldt|lå)\s+(?:på\s+|til\s+)?(?:ca\.\s+|knap\s+|godt\s+|over\s+)?\d",
                       re.I)
_LISTED_KINDS = ("sigtelinje", "implementeringsindikator", "resultatindikator")


def _bullet_item(lines: list[Line], i: int, bullet: re.Match[str], section: _Section) -> tuple[Found | None, int]:
    """A bulleted (unnumbered) item under an indicator heading: an indicator when a
    definition follows it or the heading names sigtelinjer/implementeringsindikatorer."""
    title = bullet.group(1)
    j = _next_nonblank(lines, i + 1)
    definition = _definition_at(lines[j][1], title) if j < len(lines) else None
    if definition is None and section.kind not in _LISTED_KINDS:
        return None, i
    assert section.kind is not None
    f = Found(section.kind, title, lines[i][0] + bullet.start(1), source=section.source)
    if definition:
        f.definition, f.definition_start = definition, lines[j][0] + lines[j][1].find(definition)
        i = j
    f.context = _context_until_next_item(lines, i + 1)
    return f, i


@lru_cache(maxsize=256)
def numbered_definition(text: str, label: str, number: int) -> re.Match[str] | None:
    """"Mål 1 opgør ..." (the STAR convention), "Mål 1 måles ved ..." (issue 14's "måles
    ved"): one search per label and number of a text, however many items
    carry the number (a long text of "1." items would otherwise search it once per item)."""
    return re.search(rf"(?:^|(?<=[.\n]))\s*(?:{_FIELD_LABEL_PREFIX})?(?P<d>{re.escape(label)} {number} "
                     r"(?:opgør|opgøres|måler|måles|viser)\b[^\n]*)", text)


@lru_cache(maxsize=256)
def note_definition(text: str, number: int) -> re.Match[str] | None:
    """"Ad 1) Indikatoren opgøres som ...": a note on item 1 of a list above it (Danish "ad", as to), a line opening
    with the measure's own noun and a definition verb (the star convention's "Indikatoren opgøres som ...", "Målingen
    viser ..."): the definition of that item, the note's mark left out."""
    return re.search(rf"^[ \t]*Ad {number}\s*[).:]?[ \t]+(?P<d>{_DEFINITION_CUE}[^\n]*)", text, re.M)


def _named_kind(text: str) -> str | None:
    """The listed kind (sigtelinje, implementeringsindikator, resultatindikator) the text names last before a list
    ("... ved hjælp af fire implementeringsindikatorer."), or None."""
    named = [(m.start(), kind) for kind in _LISTED_KINDS for m in re.finditer(kind, text, re.I)]
    return max(named)[1] if named else None


# A field label the definition may stand after on its line ("Måling: Mål 1 opgøres som ...", "Beregning: Mål 2 opgøres
# som ..."): the label of a goal's field line (cues.tsv table_column, title and definition labels).
_FIELD_LABEL_PREFIX = rf"(?:{cues.column_labels('title')}|{cues.column_labels('definition')})[ \t]*:[ \t]*"


def _link_by_number(text: str, f: Found, label: str) -> None:
    """A definition standing apart from its title, linked by number: "Mål 1 opgør ..."."""
    m = numbered_definition(text, label, f.number or 0)
    if m:
        f.definition = first_sentence(m.group("d"))
        f.definition_start = m.start("d")
    elif f.kind == "other":
        f.style = "goal"


def _context_until_next_item(lines: list[Line], i: int) -> str:
    out: list[str] = []
    while i < len(lines) and not _ITEM.match(lines[i][1]) and len(out) < 30:
        out.append(lines[i][1])
        i += 1
    return "\n".join(out)


def bullets_after(lines: list[Line], i: int, wrapped: bool = False) -> list[tuple[int, str]]:
    """The bullet items directly after line i (blank lines allowed between them). With
    `wrapped`, an item runs on over the lines a PDF wrapped it into: lines that are no item
    of their own, after a line that does not end a sentence or a lead."""
    out: list[tuple[int, str]] = []
    mark = None
    j = _next_nonblank(lines, i + 1)
    while j < len(lines):
        m = _BULLET.match(lines[j][1])
        if not m or (wrapped and mark is not None and lines[j][1].lstrip()[:1] != mark):
            break  # a list keeps its mark: "o" items, then a "•" paragraph, are two lists
        mark = lines[j][1].lstrip()[:1]
        first, start, item = j, lines[j][0] + m.start(1), m.group(1)
        while wrapped and j + 1 < len(lines) and _wraps(lines[j][1], lines[j + 1][1]):
            j += 1
        if j > first:  # the item's text over the lines it was wrapped into, as the document has it
            item = "\n".join(line for _, line in lines[first:j + 1])[m.start(1):].rstrip()
        out.append((start, item))
        j = _next_nonblank(lines, j + 1)
    return out


def _wraps(line: str, following: str) -> bool:
    """A PDF wrapped the item: the line ran to the margin (or the next goes on in lower
    case) without ending a sentence, and the next line is no item of its own."""
    filled = len(line.strip()) >= 60 or following.strip()[:1].islower()
    return (filled and bool(following.strip()) and not line.rstrip().endswith((".", ":", "!", "?"))
            and not _BULLET.match(following) and not _ITEM.match(following)
            and not re.fullmatch(r"\s*\d{1,3}\s*", following))


_MEASURE_BULLET = re.compile(r"^(?:En (?:ny )?|Ny )?[Mm]åling af (?P<rest>.+)$")


def measure_bullets(text: str) -> list[Found]:
    """jobindsats.dk "nye målinger": "• En måling af X. Målingen viser, ..."."""
    found = []
    for start, line in lines_of(text):
        bullet = _BULLET.match(line)
        m = _MEASURE_BULLET.match(bullet.group(1)) if bullet else None
        if not m or not bullet:
            continue
        body_start = start + bullet.start(1)
        rest, rest_start = m.group("rest"), start + bullet.start(1) + m.start("rest")
        parts = sentences(bullet.group(1))
        shows = next(((o, s) for o, s in parts[1:] if _DEFINITION.match(s)), None)
        if shows:
            title = first_sentence(rest).rstrip(".")
            f = Found("nøgletal", title, rest_start, definition=shows[1], definition_start=body_start + shows[0])
        else:
            title = re.split(r",? (?:som|der) viser\b", rest)[0].rstrip(". ")
            f = Found("nøgletal", title, rest_start, definition=bullet.group(1), definition_start=body_start)
        f.source = JOBINDSATS
        found.append(f)
    return found


def labelled_measure_bullets(text: str) -> list[Found]:
    """A list item whose label names a measure and whose sentence after the label defines it
    ("• Passivandel: Målingen viser, hvor stor en andel ...": cue measure_label): the label is
    the title, the sentence its definition. A måling or nøgletal so defined is a nøgletal (the
    star convention's jobindsats.dk målinger); jobindsats.dk is its source where the text names it."""
    found = []
    jobindsats = bool(JOBINDSATS_MENTION.search(text))
    for start, line in lines_of(text):
        bullet = _BULLET.match(line)
        # row by row: each row names its label group `title` ("Passivandel: Målingen viser ...", "Normering – antal ...")
        m = next((m for cue in cues.rows("measure_label") if (m := cue.regex.search(bullet.group(1)))),
                 None) if bullet else None
        if not m or not bullet:
            continue
        body_start = start + bullet.start(1)
        rest = bullet.group(1)[m.end():]
        definition = first_sentence(rest)
        kind = "nøgletal" if re.match(r"Målingen|Nøgletallet", rest) else "other"
        found.append(Found(kind, m.group("title").strip(), body_start + m.start("title"), definition=definition,
                           definition_start=body_start + m.end(), source=JOBINDSATS if jobindsats else None))
    return found


_NEW_MEASURE = re.compile(r"\b[Nn]ye? måling(?:er)?: (?P<title>[^.\n]+)")
# "målingen "X"", "den nye måling ’X’", "målingen »X«", "Den nye måling hedder »X«" (straight, curly, single or
# guillemet quotes, the Danish print form)
_QUOTED_MEASURE = re.compile(r"[Mm]åling(?:en)? (?:hedder |kaldes )?[\"”“’‘'»](?P<title>[^\"”“’‘'»«\n]{3,120})[\"”“’‘'«]")
# The naming sentence goes on to say what the measure computes ("Den nye måling hedder »X« og opgør andelen af
# ..."): that sentence is its definition.
_DEFINED_IN_NAMING = re.compile(r"\s*,? og (?:den )?(?:viser|opgør|måler|angiver)\b")


def named_measures(text: str) -> list[Found]:
    """A measure named after "ny måling:" or in quotes after "Målingen", defined by the naming sentence itself or by
    the next sentence that says what the measure counts or holds."""
    return [_named(text, m, pattern) for pattern in (_NEW_MEASURE, _QUOTED_MEASURE) for m in pattern.finditer(text)
            if not (pattern is _NEW_MEASURE and _heads_field_lines(text, m.end()))]


def _heads_field_lines(text: str, end: int) -> bool:
    """A "Ny måling: X" heading whose next line is a field of the measure ("Definition: ...", "Tæller: ..."): the
    labelled fields are read together under it (computed.labelled_blocks; cues.tsv new_measure_label)."""
    if text[end:end + 1] != "\n":
        return False
    following = text[end + 1:].split("\n", 1)[0]
    return _field_line(following)


def _named(text: str, m: re.Match[str], pattern: re.Pattern[str]) -> Found:
    after = text[m.end():]
    # a "Ny måling: X" heading is a line of its own: its sentence ends with the line, and the next line may be the
    # measure's defining sentence ("Målingen opgør andelen af ...", a driftsnyhed's new measure over its fraction)
    heading_line = pattern is _NEW_MEASURE and after[:1] == "\n"
    sentence_end = m.end() if heading_line else m.end() + len(first_sentence(after))
    definition = (_naming_definition(text, m, sentence_end)
                  or _following_definition(text, sentence_end, pattern)
                  or _pronoun_definition(text, sentence_end))
    context = text[max(0, m.start() - 300):sentence_end]
    kind = "resultatindikator" if re.search(r"benchmark|resultatmåling", context, re.I) else "nøgletal"
    f = Found(kind, m.group("title").strip(), m.start("title"), source=JOBINDSATS)
    if definition:
        f.definition, f.definition_start = definition[1], definition[0]
    return f


def _naming_definition(text: str, m: re.Match[str], sentence_end: int) -> tuple[int, str] | None:
    if not _DEFINED_IN_NAMING.match(text, m.end()):
        return None
    start = max(text.rfind(". ", 0, m.start()) + 2, text.rfind("\n", 0, m.start()) + 1)
    stop = sentence_end + 1 if text[sentence_end:sentence_end + 1] == "." else sentence_end
    return start, text[start:stop]


# The sentence right after the one naming a measure, its subject the measure as a pronoun ("... er målingen "Overgang
# til uddannelse" på jobindsats.dk. Den viser andelen af ..."): "Målingen viser …" (star convention) said of the
# measure just named. (`pos` may stand on the naming sentence's full stop: first_sentence strips the space before it.)
_PRONOUN_DEFINITION = re.compile(r"[.!?]?[ \t]*(?P<s>Den (?:viser|opgør|måler) (?:andelen|antallet|det samlede|den gennemsnitlige|"
                                 r"det gennemsnitlige|hvor (?:mange|stor en andel))\b[^\n]*)")


def _pronoun_definition(text: str, pos: int) -> tuple[int, str] | None:
    m = _PRONOUN_DEFINITION.match(text, pos)
    return (m.start("s"), first_sentence(m.group("s"))) if m else None


def _following_definition(text: str, pos: int, naming: re.Pattern[str]) -> tuple[int, str] | None:
    """The first sentence in the next 1,500 characters whose subject is the measure just named (cue
    named_definition), before a sentence naming the next measure: that one's definition is its own."""
    window = text[pos:pos + 1500]
    if (next_named := naming.search(window)) is not None:
        window = window[:next_named.start()]
    for m in re.finditer(r"(?:^|(?<=[.\n]))\s*(?=[A-ZÆØÅ])", window):  # each sentence's start
        rest = window[m.end():].split("\n", 1)[0]
        if cues.pattern("named_definition").match(rest) or rest.startswith("I målingen er det muligt"):
            return pos + m.end(), first_sentence(rest)
    return None


#: A heading or lead that names a list of goals is short ("De fem beskæftigelsespolitiske mål
#: 2018 er:"); a long sentence that mentions goals on the way ("... påpegede værdien af at
#: ... foretage konkret målfastsættelse som afspejler ...:") leads a list of something else.
LEAD_MAX = 120


def goal_bullets(text: str) -> list[Found]:
    """Goals listed under a heading that names them ("De fem beskæftigelsespolitiske mål
    2018 er:"), or under a lead without a colon that decides or lists goals ("... har
    tilsluttet sig målene.", "Kommunen har følgende mål": cue goal_list_lead); a list headed
    "intentioner" or "konklusioner" is not one."""
    lines, found = lines_of(text), []
    for i, (_, line) in enumerate(lines):
        lead = sentences(line)[-1][1].strip() if line.strip() else ""
        named = cues.search("goal_heading", lead) if len(lead) < LEAD_MAX else None
        plain = not lead.endswith(":") and len(lead) < LEAD_MAX and cues.search("goal_list_lead", lead)
        if not plain and (not lead.endswith(":") or not named or named.group(0).casefold().startswith("fokusområd")
                          or named.group(0).casefold() == "målet"):
            continue  # policy areas ("flg. fokusområder: Teater, Musik") are not goals, nor the
            # actions after "For at nå målet vil vi:"
        if not_goal_heading(lead):
            continue
        for start, item in bullets_after(lines, i, wrapped=True):
            if not _aim_only(item):
                found.append(Found("other", item, start, style="goal", measure=fields.count_target(item)))
    return found


def _aim_only(item: str) -> bool:
    """An item that opens with a bare infinitive of an aim verb ("Skabe tryghed for borgere
    og virksomheder") and names no quantity says what an organisation shall do: a general
    goal, not presented as a measure (STAR convention)."""
    return (cues.search("aim_infinitive", item) is not None and cues.search("measure_word", item) is None
            and not fields.PERCENT_FIGURE.search(item))


_PASSING = re.compile(r"Det drejer (?:sig )?(?:blandt andet |bl\. ?a\. |især )?om (?P<list>[^.]+)\.")


def passing_mentions(text: str) -> list[Found]:
    """Indicators only named in a list ("De centrale indikatorer findes ... Det drejer
    blandt andet om X, Y og Z."): kind other, no definition."""
    found = []
    for m in _PASSING.finditer(text):
        before = text[max(0, m.start() - 700):m.start()]
        if not re.search(r"indikator|nøgletal|målinger", before, re.I):
            continue
        source = JOBINDSATS if JOBINDSATS_MENTION.search(before) else None
        items = [p.strip() for p in m.group("list").split(",")]
        if items and " og " in items[-1]:
            head, _, tail = items[-1].rpartition(" og ")
            items[-1:] = [head, tail]
        for item in items:
            if item:
                found.append(Found("other", item, m.start("list") + m.group("list").find(item),
                                   source=source, style="passing"))
    return found


_DIFFERENCE = re.compile(r"(?:^|\n)(?P<title>[A-ZÆØÅ][^.:\n]{5,120}?) bygger (?:\w+ ){0,2}på forskellen mellem[^:\n]*:")


def benchmark_difference(text: str) -> list[Found]:
    """A benchmark defined as actual minus expected, with its two component quantities
    as bullets ("• Det faktiske ydelsesniveau ... Det kan findes ved ...")."""
    found = []
    lines = lines_of(text)
    for m in _DIFFERENCE.finditer(text):
        definition_start = m.start("title")
        found.append(Found("resultatindikator", m.group("title"), m.start("title"),
                           definition=text[definition_start:m.end()], definition_start=definition_start,
                           style="benchmark"))
        index = next(i for i, (start, line) in enumerate(lines) if start + len(line) >= m.end())
        for start, item in bullets_after(lines, index):
            head = re.split(r"\.\s|, (?=dvs\.)", item, maxsplit=1)
            title = head[0].rstrip(".")
            rest = item[len(head[0]):].lstrip(".,  ")
            definition = first_sentence(rest) if rest else None
            f = Found("nøgletal", title, start, style="component")
            if definition:
                f.definition, f.definition_start = definition, start + item.find(definition)
            found.append(f)
    return found


_COMPARED = re.compile(r"(?P<def>[A-ZÆØÅ][^.\n]*benchmark\w* [^.\n]*?se på, (?P<num>[^.\n]+?),? og sammenholdt "
                       r"det med (?P<den>[^.\n]+)\.(?: [^.\n]+\.)?)")
_IS_INDICATOR = re.compile(r"(?:^|[.\n]\s*)(?P<title>[A-ZÆØÅ][^.\n]{3,80}?) er en (?:\w+ )?indikator for")
_LIST_SOURCE = re.compile(r"\b(?P<src>[A-ZÆØÅ]\w+s (?:nye )?benchmark[\w-]*)")


def _compared(text: str) -> list[re.Match[str]]:
    """Matches of `_COMPARED`, tried only on the sentence around each "sammenholdt det med":
    run over a whole line, the pattern retries from every capital (minutes on a long line)."""
    out: list[re.Match[str]] = []
    end = 0
    for cue in re.finditer(r"sammenholdt det med", text):
        if cue.start() < end:
            continue
        begin = max(text.rfind("\n", 0, cue.start()) + 1, cue.start() - 1000, end)
        line_end = text.find("\n", cue.end())
        stop = min(line_end if line_end >= 0 else len(text), cue.end() + 1000)
        m = _COMPARED.search(text, begin, stop)
        if m:
            out.append(m)
            end = m.end()
    return out


def benchmark_compared(text: str) -> list[Found]:
    """A benchmark described as "se på X og sammenholdt det med Y" (actual vs expected)."""
    found: list[Found] = []
    compared = _compared(text)
    if not compared:
        return found
    named = _IS_INDICATOR.search(text)  # the document's own name for its measure and its source
    title = named.group("title") if named else "Benchmarking"
    source = _LIST_SOURCE.search(text)
    for m in compared:
        f = Found("resultatindikator", title, named.start("title") if named else m.start("def"),
                  definition=m.group("def"), definition_start=m.start("def"), style="benchmark",
                  numerator=m.group("num"), denominator=m.group("den"),
                  source=source.group("src") if source else None)
        found.append(f)
    return found


ALL_FINDERS = (numbered_items, measure_bullets, labelled_measure_bullets, named_measures, goal_bullets,
               passing_mentions, benchmark_difference, benchmark_compared)
