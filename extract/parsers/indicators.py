"""Indicator definitions (sigtelinjer, implementeringsindikatorer, jobindsats.dk measures,
ministers' goals, benchmark result measures, indicators named in passing).

Reads every document kind (it is an `EXTRACTORS` entry), so it must say nothing about
ordinary letters. The STAR layouts are in `extract.indicators.finders`; goal lists,
flattened lists and announced measures beyond STAR in `extract.indicators.structure`;
measures whose computation is stated (headings, fractions, tables, "X opgøres som Y")
in `extract.indicators.computed`; the quantities a kommune's klimaregnskab or energiregnskab
computes in `extract.indicators.accounts`; the Danish phrases they rely on, each with the
documents that attest it, in `extract/indicators/cues.tsv`. The computable parts of a
definition (measure, population, numerator, denominator, period unit) are read by
`extract.indicators.fields`; a document's data source ("Data stammer fra X", a site it
names for its data) applies to the measures that carry none. Each field's provenance is
the span of `Document.text` it was copied from.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from danish.words import content_words

from ..document import Document, Span
from ..indicators import computed, cues, fields, printed_measure
from ..indicators import finders
from ..indicators.finders import JOBINDSATS_MENTION, ALL_FINDERS, JOBINDSATS, Found, first_sentence, unwrapped
from ..indicators.finders import lines_of as finders_lines
from ..indicators.structure import STRUCTURE_FINDERS
from ..normalise import collapse_ws
from ..records import Basis, IndicatorDefinition
from . import policy_document

# The site as a text names it: "Jobindsats", "jobindsats.dk", "https://api.jobindsats.dk/v2" (not "jobindsatsen").
_JOBINDSATS_NAMED = re.compile(r"(?<![\w-])jobindsats(?:\.dk)?(?![\w-])", re.I)


def parse(doc: Document) -> list[IndicatorDefinition]:
    """The document's indicator definitions. A policy text's document facts ask for them too (whether it defines
    measures: extract/parsers/policy_document.py), so the last documents' are kept: one reading per document."""
    try:
        return list(_parsed(doc))
    except TypeError:  # a document whose fields cannot be hashed: read it again
        return _parse(doc)


@lru_cache(maxsize=2)
def _parsed(doc: Document) -> tuple[IndicatorDefinition, ...]:
    return tuple(_parse(doc))


def _parse(doc: Document) -> list[IndicatorDefinition]:
    # Labelled goal items ("Mål 1 – X: ...") first, then the STAR layouts, so their claims
    # win over the general structure finders.
    first, *rest = STRUCTURE_FINDERS
    text = unwrapped(doc.text)  # PDF lines wrapped mid-sentence read as one; offsets unchanged
    found = _deduplicate(_fold_fractions(text, [f for finder in (first, *ALL_FINDERS, *rest) for f in finder(text)]))
    found = _linked_definitions(text, _without_headline_of_named(text, _without_restated(found)))
    if not found:
        return []
    for f in found:
        _without_source_line(f)
        _goal_definition_line(text, f)
        _read_following_sentences(text, f)
        _share_goal_definition(f)
        if f.style in ("measure", "goal"):
            # a goal's definition line may state the division as a measure's does ("Målet opgøres som antal
            # langtidsledige i procent af arbejdsstyrken")
            computed.apply_stated_ratio(f)
    _text_period(text, found)
    _block_period(text, found)
    context = policy_document.indicator_context(doc)
    sources = _sources_by_measure(doc.text, found)
    records = [_cite_read_values(_record(doc, f, context, source), doc, text, f) for f, source in zip(found, sources)]
    return _inherit_population(records, found)


# "Ad sigtelinje 1: Indikatoren opgøres som ..." / "Ad indikator 2: ...": a definition placed after the list of
# measures, linked to one by its label and number ("ad" = concerning; probe texts p20 s05 and p21 s05,
# tests/extract/test_indicator_linked_definitions.py)
_LINKED_DEFINITION = re.compile(r"^[ \t]*Ad (?P<label>[A-Za-zÆØÅæøå-]+) (?P<n>\d{1,2})[ \t]*:[ \t]*(?P<body>\S[^\n]*?)[ \t]*$",
                                re.M)


def _labelled_as(text: str, f: Found, label: str, number: int) -> bool:
    """Whether the line that holds the item's title opens with the label and number ("Sigtelinje 1:")."""
    line_start = text.rfind("\n", 0, f.title_start) + 1
    return bool(re.match(rf"[ \t]*{re.escape(label)} {number}\b(?!\.\d)", text[line_start:], re.I))


def _linked_definitions(text: str, found: list[Found]) -> list[Found]:
    """Attach each "Ad <label> <n>:" line to the item labelled so that has no definition; an item
    read from the "Ad" line itself is then a copy and goes."""
    used: list[tuple[int, int]] = []
    for m in _LINKED_DEFINITION.finditer(text):
        owner = next((f for f in found if not f.definition and f.title_start < m.start()
                      and _labelled_as(text, f, m.group("label"), int(m.group("n")))), None)
        if owner is None:
            continue
        owner.definition, owner.definition_start = m.group("body"), m.start("body")
        used.append((m.start(), m.end()))
    return [f for f in found if not any(a <= f.title_start < b for a, b in used)]


# A line over "Tæller:"/"Nævner:" lines that names a field of a measure's description, not a measure: a field heading
# ("Beregning", "Definition": the cue table's definition labels), a question heading ("Hvem indgår?", "Hvordan
# opgøres målingen?") or a labelled value ("Standard: ≥ 85 %", "Type: Procesindikator").
def _names_a_field(text: str, f: Found) -> bool:
    line_start = text.rfind("\n", 0, f.title_start) + 1
    line_end = text.find("\n", f.title_start)
    line = text[line_start:line_end if line_end >= 0 else len(text)].strip(" *•")
    return (bool(computed.FIELD_HEADING.fullmatch(line.rstrip(" :"))) or line.endswith("?")
            or finders.LABEL_LINE.match(line) is not None)


def _fraction_owner(text: str, fraction: Found, measures: list[Found], filled: set[int]) -> Found | None:
    """The measure whose block holds the fraction's lines: the last measure named above them, defined before them,
    the fraction's own heading at or below that measure's name and naming no other measure. A measure already given
    these lines by another fraction finder (`filled`) takes them again."""
    above = [m for m in measures if m.title_start <= fraction.fraction_at]
    if not above:
        return None
    owner = max(above, key=lambda m: m.title_start)
    end = max(owner.title_start + len(owner.title), owner.definition_start + len(owner.definition or ""))
    if owner.definition is None or end > fraction.fraction_at or owner.style != "measure" \
            or (owner.numerator and id(owner) not in filled):
        return None
    if fraction.title_start == owner.title_start or (fraction.title_start > owner.title_start
                                                     and _names_a_field(text, fraction)):
        return owner
    return None


def _fold_fractions(text: str, found: list[Found]) -> list[Found]:
    """"Tæller:"/"Nævner:" lines in the block of a measure named and defined above them (its name, its sentence, then
    its fields: "Beregning" / "Tæller: ..." / "Nævner: ...") state that measure's numerator and denominator, which
    win over those read from its sentence; the heading a fraction finder took for its name ("Hvem indgår?",
    "Standard: ≥ 85 %") names no measure of its own (health indicator descriptions, jobindsats.dk measure pages)."""
    fractions = [f for f in found if f.fraction_at >= 0]
    if not fractions:
        return found
    measures = [f for f in found if f.fraction_at < 0]
    folded: set[int] = set()
    filled: set[int] = set()
    for fraction in fractions:
        owner = _fraction_owner(text, fraction, measures, filled)
        if owner is None:
            continue
        owner.numerator, owner.denominator = fraction.numerator, fraction.denominator
        # the population stays the one the measure's sentence names ("andelen af X, der ..."), else the denominator's
        owner.population = (fields.share_parts(owner.definition or "")[0]
                            or fields.population_of(owner.title, owner.definition) or fraction.population)
        owner.source = owner.source or fraction.source
        folded.add(id(fraction))
        filled.add(id(owner))
    return [f for f in found if id(f) not in folded]


def _without_restated(found: list[Found]) -> list[Found]:
    """A measure an opgørelse lists ("• Akutte psykiatriske genindlæggelser.") and the text
    defines under its own heading ("30 dages akutte Psykiatriske genindlæggelser") is one
    measure: the listed item goes when another kept measure's title holds all its words."""
    if not any(f.style == "listed" for f in found):
        return found
    holders: dict[str, list[set[str]]] = {}  # word -> the titles of other measures holding it
    for f in found:
        if f.style != "listed":
            words = content_words(f.title)
            for word in words:
                if len(holders.setdefault(word, [])) < 50:  # a few measures restate a listed one
                    holders[word].append(words)

    def restated(words: set[str]) -> bool:
        first = min(words, key=lambda w: len(holders.get(w, ())), default=None)
        return first is not None and any(words < other for other in holders.get(first, ()))

    return [f for f in found if f.style != "listed" or not restated(content_words(f.title))]


# A source line after the definition's sentence ("... i procent af alle udskrivninger. Kilde: Landspatientregistret."):
# where the data come from, not how the measure is computed (the star convention's definition and source apart).
_SOURCE_LINE = re.compile(r"(?:(?<=[.!?])[ \t]+|\n[ \t]*)(?:Data)?[Kk]ilder?[ \t]*:")


_QUOTE_OPENERS = "»\"“”’‘'"


def _without_headline_of_named(text: str, found: list[Found]) -> list[Found]:
    """A news item's headline announcing a measure ("Ny måling: Hvor mange kommer i job ...?") names no measure of
    its own when the body names it in quotes and defines it ("Den nye måling hedder »X« og opgør ..."): the quoted
    name is the measure's title (star convention: title = the label as written), the headline is dropped."""
    def headline(f: Found) -> bool:
        return f.definition is None and f.title_start >= 0 and "\n" not in text[:f.title_start]

    def named_below(f: Found) -> bool:
        return any(g.definition and g.title_start > f.title_start and text[g.title_start - 1] in _QUOTE_OPENERS
                   for g in found)
    return [f for f in found if not (headline(f) and named_below(f))]


def _without_source_line(f: Found) -> None:
    if f.definition:
        line = _SOURCE_LINE.search(f.definition)
        if line and line.start() > 0:
            f.definition = f.definition[:line.start()].rstrip()
        label = _FIELD_LABEL.match(f.definition)
        if label and label.end() < len(f.definition):
            # "Opgørelsesmetode: Andelen opgøres som ...": the field's label is not its text
            f.definition, f.definition_start = f.definition[label.end():], f.definition_start + label.end()


# A measure field's label opening a definition (cues.tsv `table_column`, definition role: "Beskrivelse:", "Opgørelsesmetode:").
_FIELD_LABEL = re.compile(rf"(?:{cues.column_labels('definition')})[ \t]*:[ \t]*", re.IGNORECASE)


# The sentence right after a goal that says how the goal is measured, its subject the goal's own definite noun ("Målet
# opgøres som antallet af ...", "Målsætningen følges ved andelen af ..."), as a numbered goal's definition line does.
_GOAL_DEFINITION_LINE = re.compile(r"[ \t]*\n?[ \t]*(?=" + finders.GOAL_COMPUTATION + ")")


_SENTENCE_REST = re.compile(r"[^.!?\n]*[.!?]?")


def _goal_definition_line(text: str, f: Found) -> None:
    """A goal stated as a sentence and no definition takes the sentence right after it that says how it is measured."""
    if f.style != "goal" or f.definition or f.title_start < 0:
        return
    rest = _SENTENCE_REST.match(text, f.title_start + len(f.title))  # the goal's sentence to its full stop
    line = _GOAL_DEFINITION_LINE.match(text, rest.end() if rest else f.title_start + len(f.title))
    if line:
        f.definition, f.definition_start = first_sentence(text[line.end():]), line.end()


# The sentences after a definition in its paragraph that go on about the same measure: one naming a part of its
# fraction ("Nævneren er alle personer, hvis ...", "Tælleren er antallet af ..."; the fraction_label lines in prose),
# and one with the measure as its subject ("Andelen opgøres for forløb, der er afsluttet i en given måned.",
# "Målingen omfatter ...") that states its reference period.
# The part may stand in a clause after a comma ("Tælleren hentes fra ..., mens nævneren er befolkningen i
# aldersgruppen pr. 1. januar."); its phrase runs to the sentence's end, abbreviations and dates kept.
_FRACTION_SENTENCE = re.compile(r"(?<![^\s])(?:(?<=, )(?:mens|og) )?(?P<label>(?-i:T|(?<=s |g )t)ælleren|"
                                r"(?-i:N|(?<=s |g )n)ævneren) (?:er|udgøres af|omfatter|består af) (?P<body>\S)")
# "Målgruppen er ...", "Populationen er ...": a sentence opening with the population field's label (cue table_column)
_STATED_POPULATION = re.compile(rf"(?:^\s*|(?<=[.!?]\s))(?-i:{cues.column_labels('population')})n? (?:er|omfatter) (?P<body>\S)")
_MEASURE_SUBJECT = re.compile(r"(?:Målingen|Indikatoren|Nøgletallet|Opgørelsen|Andelen|Antallet|Gennemsnittet) \w+")


def _following_paragraph(text: str, f: Found) -> str:
    end = f.definition_start + len(f.definition or "")
    stop = text.find("\n", end)
    return text[end:stop if stop >= 0 else len(text)]


def _read_following_sentences(text: str, f: Found) -> None:
    if not f.definition or f.definition_start < 0 or f.style not in ("measure", "goal"):
        return
    rest = _following_paragraph(text, f)
    for m in _FRACTION_SENTENCE.finditer(rest):
        body = finders.first_sentence(rest[m.start("body"):]).rstrip(" .,")
        if m.group("label").lower() == "nævneren" and f.denominator is None:
            f.denominator = body
        elif m.group("label").lower() == "tælleren" and f.numerator is None:
            f.numerator = body
    stated = _STATED_POPULATION.search(rest)
    if stated:
        # "Målgruppen er alle personer, der er påbegyndt et ressourceforløb i den valgte måned.": the label of a
        # målingsbeskrivelse's population field (cue table_column) written as a sentence states who is measured
        f.population = finders.first_sentence(rest[stated.start("body"):]).rstrip(" .,")
    if f.style != "measure":
        return  # a goal's period is its target's
    if f.period_unit is None and fields.period_unit_of(f.title, f.definition) is None:
        for _, sentence in finders.sentences(rest.strip()):
            if _MEASURE_SUBJECT.match(sentence):
                unit = fields.period_unit_of("", sentence)
                if unit:
                    f.period_unit = unit
                    break


# The measures a text computes (not its goals, whose period is their target's): a sentence about all the text's
# results gives their reference period where their own words give none.
_COMPUTED_STYLES = ("measure", "benchmark", "component")


def _text_period(text: str, found: list[Found]) -> None:
    """"Resultaterne opgøres for et kalenderår ad gangen" (cue period_statement, benchmark texts): every computed
    measure of the text is reckoned per calendar year; a period that is neither måned nor år ("et halvår") gives
    none, as the star convention has only those two."""
    statement = cues.search("period_statement", text)
    unit = fields.period_unit_of("", statement.group(0)) if statement else None
    if unit is None:
        return
    for f in found:
        if f.style in _COMPUTED_STYLES and _period_unit(f) is None:
            f.period_unit = unit


def _block_period(text: str, found: list[Found]) -> None:
    """A measure's labelled field line "Periode: Målingen opgøres for hvert kalenderår" (målingsbeskrivelser, nøgletal
    pages: "Nøgletal: X / Beregning: Y / Periode: Opgøres for hvert kalenderår") in its block, from its title to the
    next measure's title, gives the period its own words do not; a line under one measure is not lent to another."""
    for f, (start, end) in zip(found, _blocks(text, found)):
        if f.style in _COMPUTED_STYLES and _period_unit(f) is None:
            f.period_unit = fields.period_label_unit(text[start:end])


def _blocks(text: str, found: list[Found]) -> list[tuple[int, int]]:
    """Each found indicator's block: from its title to the next indicator's title (or the text's end)."""
    starts = sorted({f.title_start for f in found})
    ends = {start: starts[k + 1] if k + 1 < len(starts) else len(text) for k, start in enumerate(starts)}
    return [(f.title_start, ends[f.title_start]) for f in found]


def _share_goal_definition(f: Found) -> None:
    """A goal item that opens with the share it moves ("Andelen af X, der Y, skal falde med
    mindst 25 procent") states its computation in that noun phrase: the definition."""
    if f.style != "goal" or f.definition:
        return
    subject = fields.share_subject(f.title)
    if subject and subject[0] == 0 and subject[3]:  # a share of X that counts some of X
        f.definition, f.definition_start = subject[1], f.title_start


def _spans(f: Found) -> list[tuple[int, int]]:
    out = [(f.title_start, f.title_start + len(f.title))]
    if f.definition and f.definition_start >= 0:
        out.append((f.definition_start, f.definition_start + len(f.definition)))
    if f.label_span:
        out.append(f.label_span)
    return out


class _Claimed:
    """The words kept indicators claim (titles, definitions), as disjoint sorted intervals,
    so each new claim is checked in log time (a text of 20,000 goal bullets stays linear)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self.starts, end) - 1  # the last interval starting before `end`
        return k >= 0 and self.ends[k] > start

    def add(self, start: int, end: int) -> None:
        lo = bisect.bisect_left(self.ends, start)  # first interval that may touch [start, end)
        hi = bisect.bisect_right(self.starts, end)
        if lo < hi:
            start, end = min(start, self.starts[lo]), max(end, self.ends[hi - 1])
        self.starts[lo:hi], self.ends[lo:hi] = [start], [end]


def _deduplicate(found: list[Found]) -> list[Found]:
    """Two finders claimed the same words (a title or a definition): the first claim wins,
    as finders run most specific first."""
    kept: list[Found] = []
    claimed = _Claimed()
    for f in found:
        spans = _spans(f)
        if not any(claimed.overlaps(s, e) for s, e in spans):
            kept.append(f)
            for s, e in spans:
                claimed.add(s, e)
    return sorted(kept, key=lambda f: f.title_start)


def _span_of(doc: Document, phrase: str | None, *anchors: tuple[int, str | None]) -> Span | None:
    if not phrase:
        return None
    for start, text in anchors:
        if text and start >= 0:
            offset = text.find(phrase)
            if offset >= 0:
                return doc.span(start + offset, start + offset + len(phrase))
    offset = doc.text.find(phrase)
    return doc.span(offset, offset + len(phrase)) if offset >= 0 else None


def _sources_by_measure(text: str, found: list[Found]) -> list[tuple[int, int, str] | None]:
    """The data source each measure takes. A source label inside a measure's block (from its title to the next
    measure's title: "Akutte genindlæggelser ... Kilde: Landspatientregistret.") is that measure's own, and then a
    label under one measure is not lent to the others; a sentence about the data ("Data stammer fra X") or a label
    before the first measure speaks for the whole text. Without labels under measures the text's first statement
    (or the site it names for data) is every measure's, as before."""
    starts = sorted({f.title_start for f in found})
    blocks = [(start, starts[k + 1] if k + 1 < len(starts) else len(text)) for k, start in enumerate(starts)]
    statements = cues.sources_in(text)
    labels = [s for s in statements if s[3] and any(a <= s[0] < b for a, b in blocks)]
    if not labels:
        return [document_source(text)] * len(found)
    general = next(((a, b, phrase) for a, b, phrase, label in statements if not label or a < starts[0]), None)
    out: list[tuple[int, int, str] | None] = []
    for f in found:
        block = next((b for b in blocks if b[0] == f.title_start), None)
        own = next(((a, b, phrase) for a, b, phrase, _ in labels if block and block[0] <= a < block[1]), None)
        out.append(own or general)
    return out


def document_source(text: str) -> tuple[int, int, str] | None:
    """Where a document says its data come from ("Data stammer fra X", "beregnet pba.
    oplysninger fra X"), or a web site it names for following results and data
    ("ministeriets datavarehus (uddannelsesstatistik.dk)"): applies to all its measures."""
    stated = cues.source_in(text)
    if stated:
        return stated
    # where the text says its measures are published ("Indikatoren ... offentliggøres på esundhed.dk"): the
    # convention's source is "where the measure is published or computed"
    published = cues.search("source_published", text)
    if published:
        return published.start("src"), published.end("src"), published.group("src")
    for start, line in finders_lines(text):
        site = cues.search("source_site", line)
        if site and cues.search("data_word", line) and not re.search(r"jobindsats", site.group(0), re.I):
            return start + site.start("src"), start + site.end("src"), site.group("src")
    return None


def _ratio(f: Found) -> tuple[str | None, str | None, str | None]:
    """(population, numerator, denominator) for one found indicator."""
    if f.style == "account":  # an amount an account keeps: whose, and no division
        return f.population, None, None
    computed_goal = _computed_goal(f)
    if f.population is not None or (f.numerator and f.denominator and (f.style == "measure" or computed_goal)):
        # a stated division; a goal's computation is read as a measure's ("Mål 1 opgøres som X i procent af Y")
        population = f.population or (fields.share_parts(f.definition or "")[0] if computed_goal else None)
        return population, f.numerator, f.denominator
    if f.style == "goal" and f.definition:  # a goal made measurable by a target
        if computed_goal and _measure(f) == "count":
            # a goal its line says how to count ("Mål 2 opgøres som antallet af personer på uddannelseshjælp, som ...",
            # "Målet opgøres som antal personer, der har været ledige ..."): the population is what it counts, not
            # the goal's own subject ("Flere unge skal ...")
            counted = fields.population_of("", f.definition)
            registered = _REGISTERED_AS.search(counted or "")
            if registered:  # "antal personer, der er registreret som hjemløse ved ...": the group registered
                return registered.group("group"), None, None
            if counted and _counts_persons(counted):
                return counted, None, None
        percent = fields.percent_population(f.definition)  # "mindst 80 procent af eleverne"
        if percent:
            return percent, None, None
        share = fields.share_subject(f.definition)  # "Andelen af X, der Y, skal falde"
        if computed_goal and share and share[0] == 0 and not share[3]:
            # a goal's measuring line opening with its share, no target verb to end its subject ("Sådan måles: Andel
            # af henviste patienter, hvor ..."): read as a measure's definition, ", hvor ..." its numerator's
            parts = fields.share_parts(f.definition)
            if parts[0] and parts[1] and parts[1].startswith(parts[0]):
                return parts[0], f.numerator or parts[1], f.denominator or parts[2]
        if share and share[3]:
            # a part stated apart ("..., mens nævneren er befolkningen i aldersgruppen") wins, as a measure's does
            return share[2], f.numerator or share[3], f.denominator or share[4]
        return (fields.target_population(f.definition) or fields.quantity_owner(f.definition)
                or fields.goal_population(f.title)), None, None
    if f.style in ("goal", "passing"):
        population = ((fields.rate_population(f.title) or fields.target_population(f.title)
                       or fields.quantity_owner(f.title) or fields.goal_population(f.title)
                       or fields.labelled_count_population(f.title)) if f.style == "goal"
                      else fields.passing_population(f.title))
        return population, None, None
    if f.style == "benchmark":
        population = fields.population_of(f.title, None) or fields.population_of("", f.definition)
        return population, f.numerator, f.denominator
    population, numerator, denominator = fields.share_parts(f.definition or "")
    population = population or fields.population_of(f.title, f.definition)
    if numerator is None:
        numerator = fields.count_share_numerator(f.title) or fields.count_share_numerator(f.definition or "")
    if numerator is None and denominator is None:
        numerator, denominator = fields.formula_parts(f.context)
    # one part stated apart ("Nævneren er alle personer, hvis ..."): it wins over the part read from the sentence
    return population, f.numerator or numerator, f.denominator or denominator


# persons counted as registered members of a group (probe texts p11, p13: "antal personer (, der er) registreret som
# hjemløse ved/i ... kortlægning"): the group is the population
_REGISTERED_AS = re.compile(r"\bregistreret som (?P<group>[\wæøå-]+)")


def _counts_persons(phrase: str) -> bool:
    """Whether a counted phrase's head is a group of persons (cue person_noun: "personer på uddannelseshjælp", "unge
    under 25 år"), as a count's population must be (computed._apply_ratio); "tilbudte besøg" counts none."""
    head = phrase.split(",")[0].split()[:2]
    return any(cues.search("person_noun", word) for word in head)


# A goal's definition that says how it is computed, no target ("Mål 1 opgøres som X i procent af Y", read from the
# goal's "Måling:" line; "Genanvendelsesprocenten beregnes som ..."): a division it states gives its numerator and
# denominator as a measure's does (computed.apply_stated_ratio).
_TARGET_VERB = re.compile(r"\b(?:skal|bør|må)\b", re.I)


def _computed_goal(f: Found) -> bool:
    definition = f.definition or ""
    return f.style == "goal" and bool(definition) and not _TARGET_VERB.search(definition) and bool(
        cues.search("computation", definition) or cues.search("defining_opener", definition)
        or re.match(r"(?:Mål|Delmål|Resultatmål) \d{1,2} " + finders.DEFINITION_VERB, definition))


_METRIC = re.compile(rf"{fields.PERCENT_FIGURE.pattern}|\b(?:[Aa]ndel(?:en)?|[Aa]ntal(?:let)?) af\b")


def _measure(f: Found) -> str:
    if f.measure:
        return f.measure
    # a change's percent ("stiger 20-25%", "20% forbedring") is no share: fields.measure_word
    if f.style == "goal" and f.definition:
        return fields.measure_word(f.definition) or "other"
    if f.style == "goal" and fields.rate_population(f.title):
        return "average"  # a count per 1.000 persons: a rate per person is an average
    head = cues.search("measure_word", f.title) if f.style == "goal" and not f.definition else None
    if head and head.start() == 0 and not fields.PERCENT_FIGURE.search(f.title):
        return cues.value_of("measure_word", head.group(0)) or "other"  # a måltal item: "Antal hjemløse borgere: højst 40"
    if f.style == "goal" and _METRIC.search(f.title):  # a target with a metric ("Mindst 80 pct. af ...")
        return fields.measure_word(f.title) or "other"
    quantity = cues.search("target_quantity", f.title) if f.style == "goal" else None
    if quantity and quantity.start() == 0:  # a goal opening with its quantity ("Ventetiden på X må højst være 14 dage")
        return cues.value_of("target_quantity", quantity.group(0)) or "other"
    if f.style == "goal" and not cues.search("measure_word", f.title) and cues.search("time_limit", f.title):
        return "duration"  # "iværksættes ... inden for 14 dage": the target is a time limit
    if f.style in ("goal", "index"):
        return "other"  # a goal names an aim, not a computation
    return fields.measure_of(f.definition or f.title, None)


def _period_unit(f: Found) -> str | None:
    """The reference period stated in the definition, or in the lead of its list."""
    if f.period_unit:
        return f.period_unit
    unit = fields.period_unit_of(f.title, f.definition) or fields.period_label_unit(f.context)
    if unit is None and (f.definition is not None or f.style == "goal"):
        texts = (f.definition or f.title, f.context) if f.style in ("goal", "measure") and f.number \
            else (f.definition or f.title,)
        if any(text and cues.search("period_year", text) for text in texts):
            return "år"
    return unit


def _record(doc: Document, f: Found, context: policy_document.IndicatorContext,
            source: tuple[int, int, str] | None) -> IndicatorDefinition:
    population, numerator, denominator = _ratio(f)
    # A worked formula's parts ("A / B * 52 uger", read from the text after the definition)
    # are found in the whole text: that text's own offset is not kept, and offsets into it
    # counted from the definition pointed at another sentence.
    anchors = ((f.definition_start, f.definition), (f.title_start, f.title))
    title_span = doc.span(f.title_start, f.title_start + len(f.title))
    definition_span = (doc.span(f.definition_start, f.definition_start + len(f.definition))
                       if f.definition else None)
    provenance: dict[str, Span] = {"title": title_span, "kind": title_span}
    if definition_span:
        provenance.update(definition=definition_span, measure=definition_span)
    for name, value in (("population", population), ("numerator", numerator), ("denominator", denominator)):
        span = _span_of(doc, value, *anchors)
        if span:
            provenance[name] = span
    provenance.update(context.provenance)
    own_source = f.source
    if own_source is None and f.kind in ("nøgletal", "resultatindikator") and JOBINDSATS_MENTION.search(doc.text):
        own_source = JOBINDSATS  # jobindsats.dk målinger (the convention's nøgletal), on a text that names the site
    # an implementeringsindikator is computed where the text says its indicators are (seed 001: jobindsats.dk); a
    # sigtelinje is a direction, computed nowhere (seed 001 gold: source null)
    if own_source is None and source is not None and (_is_general(f) or f.kind == "implementeringsindikator"):
        own_source = source[2]
        provenance["source"] = doc.span(source[0], source[1])
    if own_source == JOBINDSATS and "source" not in provenance:
        # the site as the text names it ("Jobindsats", "jobindsats.dk"): the nearest before the title, else the first
        named = list(_JOBINDSATS_NAMED.finditer(doc.text))
        before = [m for m in named if m.start() <= f.title_start]
        if named:
            m = before[-1] if before else named[0]
            provenance["source"] = doc.span(m.start(), m.end())
    end = max(f.title_start + len(f.title), f.definition_start + len(f.definition or ""))
    return IndicatorDefinition(
        document_id=doc.id, span=doc.span(f.title_start, end), provenance=provenance,
        inferred=dict(context.inferred),
        kind=f.kind, number=f.number, title=_ws(f.title), definition=_ws(f.definition),  # type: ignore[arg-type]
        measure=_measure(f), population=_ws(population), numerator=_ws(numerator),  # type: ignore[arg-type]
        denominator=_ws(denominator), period_unit=_period_unit(f),  # type: ignore[arg-type]
        source=own_source, reform=context.reform, period=context.period, issuer=context.issuer)


# What a measure of `other` rests on where no word of the text names it (extract/records.py "unstated_metric").
_NO_METRIC = Basis(kind="unstated_metric", source="tests/fixtures/gold/star/README.md")


def _cite_read_values(r: IndicatorDefinition, doc: Document, text: str, f: Found) -> IndicatorDefinition:
    """The record with its measure, reference period and list number cited where the title or the definition
    prints the words they are read from (`text` is the document unwrapped, offsets unchanged): "Antal" for a
    count, "Årlig opgørelse" for år, the "3." before a numbered title. A measure of `other` that no words name
    rests on the labelling convention instead; a value found in neither stays uncited."""
    provenance, inferred = dict(r.provenance), dict(r.inferred)
    parts = [(start, part) for start, part in ((f.title_start, f.title), (f.definition_start, f.definition))
             if part and start >= 0 and text.startswith(part, start)]  # only where the offsets hold the words
    for name, value, at in (("measure", r.measure, printed_measure.measure_at),
                            ("period_unit", r.period_unit, printed_measure.period_unit_at)):
        if value is None or name in provenance:
            continue
        for start, part in parts:
            found = at(value, part)
            if found:
                provenance[name] = doc.span(start + found[0], start + found[1])
                break
        else:
            if name == "measure" and value == "other":
                inferred[name] = _NO_METRIC
    number = _number_at(text, f) if r.number is not None else None
    if number:
        provenance["number"] = doc.span(*number)
    for field, printed in (("source", r.source), ("population", r.population)):
        # a value a finder read without keeping its place ("kommunens borgere", d05): where the text prints it,
        # nearest the indicator's title
        place = _nearest_printed(text, printed, f.title_start) if printed and field not in provenance else None
        if place:
            provenance[field] = doc.span(*place)
    site = r.inferred.get("issuer")
    if r.source == JOBINDSATS and "source" not in provenance and site and site.source.endswith(JOBINDSATS):
        # a jobindsats.dk page that never names its site (d02, d09): the site is the source, by the same
        # convention that makes it the issuer (corpus/star/README.md "Document fields")
        inferred["source"] = site
    if (provenance, inferred) == (r.provenance, r.inferred):
        return r
    return r.model_copy(update={"provenance": provenance, "inferred": inferred})


def _nearest_printed(text: str, value: str, near: int) -> tuple[int, int] | None:
    """The place nearest `near` where `text` prints `value` as whole words (any case, across line breaks)."""
    words = r"\s+".join(re.escape(w) for w in value.split())
    places = [m.span() for m in re.finditer(rf"(?<![\w-]){words}(?![\w-])", text, re.IGNORECASE)]
    return min(places, key=lambda p: abs(p[0] - near)) if places else None


def _number_at(text: str, f: Found) -> tuple[int, int] | None:
    """Where a numbered item prints its number: on its title's line before the title ("3. Længde af ...",
    "Mål 1 – ..."), else in the label that linked it to its title (`Found.label_span`)."""
    number = re.compile(rf"(?<![\d,.]){f.number}(?!\d|,\d)")
    line_start = text.rfind("\n", 0, f.title_start) + 1
    before = list(number.finditer(text, line_start, f.title_start))
    if before:
        return before[-1].span()
    if f.label_span:
        label = number.search(text, *f.label_span)
        if label:
            return label.span()
    return None


def _is_general(f: Found) -> bool:
    """Measures found by the structure finders take the document's data source; the
    STAR layouts carry their own (jobindsats.dk where their heading or site says so). A benchmark result read from a
    difference sentence (cue result_difference) has no layout of its own: it takes the document's source too."""
    return f.kind == "other" or (f.style == "benchmark" and f.measure == "other")


def _ws(value: str | None) -> str | None:
    return collapse_ws(value) if value else None


def _inherit_population(records: list[IndicatorDefinition], found: list[Found]) -> list[IndicatorDefinition]:
    """A benchmark of a difference is about the population of its first component."""
    out = list(records)
    for i, (record, f) in enumerate(zip(records, found)):
        if f.style == "benchmark" and record.population is None:
            donor = next((r for r, g in zip(records[i + 1:], found[i + 1:])
                          if g.style == "component" and r.population), None)
            if donor:  # cited where the component's is (d05: "blandt kommunens borgere")
                cited = {"population": donor.provenance["population"]} if "population" in donor.provenance else {}
                out[i] = record.model_copy(update={"population": donor.population,
                                                   "provenance": {**record.provenance, **cited}})
    return out
