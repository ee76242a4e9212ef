"""Parts every Folketing letter has: labels, dates, journal numbers, titles, signatures.

The cues are the fixed phrases of the genre ("Dato:", "J.nr.", "Sagsnr.:", "Med venlig
hilsen", "På udvalgets vegne", "til beskæftigelsesministeren"), read from the
normalised `Document.text`. Letterheads flattened by converters put labels and values in
separate runs ("CVR-nr.\\nRef.-nr.\\n1680 5408\\n16/048363-02"); those are paired from
the end, since a label whose value was lost (an obfuscated e-mail) leaves the run short
at its start.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from danish import reference

from danish.dates import WEEKDAY_NAMES, DateHit, find_dates
from danish.sentences import trim_span
from .document import Document, Span
from .folketing import Hit
from .letter_layouts import cue
from .normalise import collapse_ws
from .people import NAME, repair_name
from .person_titles import minister_titles, official_titles

TITLE_STEM = r"(?:[A-Za-zÆØÅæøå]+-,?\s+(?:og\s+)?)*[A-Za-zÆØÅæøå]+minister"
# "ministeren for ligestilling", "ministeren for fødevarer, landbrug og fiskeri"
# An adjective before a field's noun belongs to the title: "videregående uddannelser",
# "nordisk samarbejde", "grønlandske anliggender", "offentlig innovation".
_FOR_FIELD = r"(?:[a-zæøå]+(?:isk|iske|ske|ende|lig|lige)\s+)?[a-zæøå]+"
# The areas of the tables' ministries named "Ministeriet for <area>" (danish/data/ministries_project.csv, ODA's
# table), longest first: their minister is "ministeren for <area>", read whole where the shape above reads one field
# word ("ministeren for grøn trepart", 2024; "... og sociale forhold").
_FOR_MINISTRY = "ministeriet for "
#: The tables' ministries named "Ministeriet for <area>", longest first (a name and its aliases).
FOR_MINISTRIES: tuple[str, ...] = tuple(sorted(
    {n for m in reference.ministries() for n in (m.name, *m.aliases) if n.lower().startswith(_FOR_MINISTRY)},
    key=len, reverse=True))


def _spaced(words: str) -> str:
    """The words as a pattern that allows any white space, a line break too, between them."""
    return r"\s+".join(re.escape(w) for w in words.split())


_TABLE_AREAS = "|".join(dict.fromkeys(_spaced(n[len(_FOR_MINISTRY):].lower()) for n in FOR_MINISTRIES))
_FOR_TITLE = (r"ministeren\s+for\s+(?!(?:at|det|den|de|om|en|et|sin|sit|hvordan)\b)"
              + (rf"(?:(?:{_TABLE_AREAS})(?![\wæøå-])|" if _TABLE_AREAS else "(?:")
              + _FOR_FIELD + r"(?:\s+(?:samarbejde|anliggender|forhold|sager))?"
              rf"(?:(?:,\s+{_FOR_FIELD})*\s+og\s+{_FOR_FIELD})?)")
_TITLE = rf"(?:{_FOR_TITLE}|{TITLE_STEM}en)"
TITLE_RE = re.compile(rf"(?<![\w-]){_TITLE}(?![a-zæøå])", re.IGNORECASE)
# A converter may glue the word before a title to it ("følger hermedbeskæftigelsesministerens
# svar", "tilsundheds- og ældreministeren"); no minister's title begins with those words.
_GLUED = cue("glued_function_word").pattern
TO_MINISTER_RE = re.compile(rf"\b(?:(?:til|fra)\s+|{_GLUED})(?P<title>{_TITLE})(?![a-zæøå])", re.IGNORECASE)
# "beskæftigelsesministerens endelige svar"; a title ending in "for <field>" takes the group
# genitive on its last word: "ministeren for ligestillings endelige svar" (layout table:
# for_title_genitive); `title` is then the whole title, `stem` is set for the first form only.
MINISTERS_ANSWER_RE = re.compile(
    rf"(?<![\w-])(?:{_GLUED})?(?:(?P<stem>{TITLE_STEM})ens|(?P<title>{_FOR_TITLE})s)"
    r"\s+(?:endelige\s+|foreløbige\s+|supplerende\s+)?(?:svar|besvarelse)",
    re.IGNORECASE)
# The gap between two cells of a line: a tab (the PDF loader's) or a run of three or more spaces (a
# layout-keeping converter's); letter_date and the sender line read a letterhead's first and last cell by it.
COLUMN_GAP = r"(?:\t| {3,})"


def ends_in_column_gap(line_head: str) -> bool:
    """Whether a line's text before a cell ends in a column gap after a cell of its own.

    Read from the end, not by a regular expression: `\\S(?:\\t| {3,})[ \\t]*$` backtracks over every
    space of a long run and takes quadratic time on a line of spaces (tests/hardening/test_rule_patterns.py)."""
    cell = line_head.rstrip(" \t")
    gap = line_head[len(cell):]
    return bool(cell) and (gap.startswith("\t") or gap.startswith("   "))


# A sender line may print a "for" title in its indefinite form, as the minister's role line under a
# signature does ("Minister for ligestilling", probes22 qa 04, over "Minister for ligestilling og kirke",
# probes17 qa 08, and "Minister for fødevarer,\nlandbrug og fiskeri", probes14 qa q17, as signer roles).
_BARE_FOR_TITLE = "minister" + _FOR_TITLE[len("ministeren"):]
SENDER_LINE_RE = re.compile(rf"(?m)^[ \t]*(?P<title>{_TITLE}|{_BARE_FOR_TITLE})[ \t]*$", re.IGNORECASE)
MINISTRY_RE = re.compile(
    r"(?=[A-ZÆØÅ])(?<![\w-])(?:(?:[A-ZÆØÅ][a-zæøå]+-,?\s+(?:og\s+)?)*[A-ZÆØÅ][a-zæøå-]*ministeriet"
    # a compound's later parts in lower case, as Folketinget's own table prints some names
    # ("Social-, børne- og integrationsministeriet", "Handels- og europaministeriet": danish/data/oda_ministries.csv)
    r"|[A-ZÆØÅ][a-zæøå]+-,?\s+(?:og\s+)?(?:[a-zæøå]+-,?\s+(?:og\s+)?)*[a-zæøå][a-zæøå-]*ministeriet"
    r"|(?:[A-ZÆØÅ]+-,?\s+(?:OG\s+)?)*[A-ZÆØÅ]+MINISTERIET"
    # "Ministeriet for Familie- og Forbrugeranliggender", also in a capitals letterhead
    r"|Ministeriet for [A-ZÆØÅ]\w*(?:-?(?:,| og) [A-ZÆØÅ]\w*)*"
    r"|MINISTERIET FOR [A-ZÆØÅ]+(?:-?(?:,| OG) [A-ZÆØÅ]+)*)(?![\w-])")
# "Med venlig hilsen", "Venlig hilsen", "Med venlige hilsner"; a bare "Hilsen" or "Mvh."
# counts only on a line of its own (inside a sentence it is an ordinary word).
GREETING_RE = re.compile(r"(?=[MmVvHh \t])(?:(?:Med\s+)?[Vv]enlig(?:st|e)?\s+hils(?:en|ner)"
                         r"|(?m:^[ \t]*(?:Hilsen|Mvh\.?)[ \t]*$))", re.IGNORECASE)
_JOURNAL_LABEL = (r"(?:[Jj]\.\s?[Nn]r\.?|J\s?[Nn]r\.?|Jour\.\s?nr\.?|Journal\s?nr\.?|Journalnummer|Sags\s?nr\.?"
                  r"|Sagsnummer|Ref\.?-?\s?nr\.?|Vor(?:es)?\s+(?:sags?\s?nr\.?|sag|j\.\s?nr\.?|ref(?:erence|\.)?))")
# The label must end where its word ends: "Vores ref" is no label inside "Vores reference".
# A label glued to the value before it ("PSYKSagsnr.1904417") still counts: only a lower-case
# letter before it makes it part of a word.
JOURNAL_RE = re.compile(rf"(?<![a-zæøå]){_JOURNAL_LABEL}(?![a-zæøå])[ \t]*:?[ \t]*"
                        r"(?P<value>[\w./-]+(?:[ \t][-–][ \t][\w./-]+)?)?")
# A journal number standing alone (a value in a letterhead's label/value run, a bare line under the date):
# "2023 - 16834", "16/048363-02", "1910466", and a case system's unit code before the numbers, as the
# labelled reader takes it ("J.nr. BLS-101-01522", mpu-2009-10-l206-spm73-svar)
JOURNAL_SHAPE = re.compile(r"^(?:\d{2,4}\s?-\s?\d{2,}(?:[-/]\d+)*|\d{2}/\d{4,}(?:-\d+)?|\d{5,}"
                           r"|[A-ZÆØÅ]{2,5}-\d{2,}(?:[-/]\d+)+)$")
_LABEL_LINE = re.compile(r"^[A-ZÆØÅ][\w.-]{0,12}(?:\s[\w.-]{1,8})?[.:]?$")
# A value line: a number, a web address, an e-mail (or the placeholder "[email protected]" a
# web archive leaves in its place: it is the Mail label's value and must keep the run's count).
_VALUE_LINE = re.compile(r"\d|^www\.|@|^\[email")


@dataclass
class Fields:
    """Values read so far and the span of `doc.text` each came from."""

    doc: Document
    values: dict[str, Any] = field(default_factory=dict)
    provenance: dict[str, Span] = field(default_factory=dict)

    def put(self, name: str, value: Any, start: int, end: int) -> None:
        if value is None or value == "" or value == ():
            return
        self.values[name] = value
        self.provenance[name] = self.doc.span(start, end)

    def put_hit(self, name: str, hit: Hit | None) -> None:
        if hit is not None:
            self.put(name, hit.value, hit.start, hit.end)


def lines(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """[start, end) of every non-blank line in text[start:end], stripped."""
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]+", text[start:end]):
        s, e = trim_span(text, start + m.start(), start + m.end())
        if e > s:
            out.append((s, e))
    return out


# Letters abbreviate "den" before a date: "i brev af d. 10. februar", "København, d. 3. marts".
_DEN = r"(?:\bden|\bd\.)"


def preceded_by(text: str, index: int, pattern: str) -> bool:
    pattern = pattern.replace(r"\bden", _DEN)
    # "af d. 10. februar" is "af" followed by the abbreviated "den".
    return re.search(rf"(?:{pattern})(?:\s+d\.)?\s*$", text[max(0, index - 24):index], re.IGNORECASE) is not None


def letter_date(text: str, start: int = 0, end: int | None = None) -> DateHit | None:
    """The letter's own date: after 'Dato:', else a line that starts with a date."""
    end = len(text) if end is None else end
    # "Dato" in a row of column labels ("J. nr.      Dato"): its value is the cell under it.
    for m in re.finditer(r"(?<![A-Za-zæøå])Dato(?=[ \t])", text[start:end]):
        cell = column_value(text, start + m.start())
        hit = next(find_dates(text[cell[0]:cell[1]], offset=cell[0]), None) if cell else None
        if cell and hit and hit.start == cell[0]:
            return hit
    # "Dato:", also glued to the value before it ("2015-2270Dato: 6. maj 2015") or to its own
    # value ("Doknr.887213Dato12. april 2019"): letterheads flattened by converters; "Dato 21.
    # januar 2019" with no colon in letterheads that print label and value side by side, which a
    # converter may break onto two lines ("Dato\n03-02-2021"; letter_layouts.yaml: date_label_no_colon).
    for m in re.finditer(r"(?<![A-Za-zæøå])Dato(?:\s*:|[ \t]*(?:\n[ \t]*)?(?=\d{1,2}[.-]\s?[a-zæøå\d]))", text[start:end]):
        after = start + m.end()
        for hit in find_dates(text[after:min(end, after + 160)], offset=after):
            if _starts_line(text, hit.start, after) and (
                    _den_after_label(text, after, hit.start) or not preceded_by(text, hit.start, r"\baf|\bden|brev")):
                return hit
    for hit in find_dates(text[start:end], offset=start):
        line_start = text.rfind("\n", 0, hit.start) + 1
        before = text[line_start:hit.start]
        if not before.strip() and (not preceded_by(text, hit.start, r"\baf|\bden") or _under_den_label(text, line_start)):
            return hit
        line_end = text.find("\n", hit.end)
        rest = text[hit.end:len(text) if line_end < 0 else line_end]
        # A date set at the right margin level with the addressee's first line: the PDF loader
        # parts the two by a tab ("Folketingets Lovsekretariat\t17. maj 2016"; EVM's letters
        # eru-2015-16-s1107 and eru-2013-14-spm233, KEFM's efk-2017-18-spm205, printed as the
        # ministries print them). The date is its line's last cell, a cell of its own.
        # A converter that keeps the page's layout (pdftotext -layout) parts the cells by a run of
        # spaces instead ("ERHVERVSMINISTEREN          23. april 2021", probes22 qa 17; the right-hand
        # address column of probes22 qa 04 and probes16 qa 07 is set off the same way).
        if ends_in_column_gap(before) and not rest.strip() \
                and not preceded_by(text, hit.start, r"\baf|\bden"):
            return hit
        # "København, den 12. marts 2019" on a line of its own ("København den ...", "Mandag den
        # ...", "København, mandag den ...")
        if re.fullmatch(rf"\s*(?:[A-ZÆØÅ]\w+(?: +\w+)*,?\s+)?(?:(?i:{_WEEKDAY})\s+)?[Dd](?:en|\.)\s*", before) and \
                not text[hit.end:len(text) if line_end < 0 else line_end].strip():
            return hit
        # "København, 25. marts 2022": the place and a comma, no "den" (layout table: place_dateline)
        if before.strip() and cue("place_dateline").fullmatch(text, line_start, len(text) if line_end < 0 else line_end):
            return hit
    return None


def _under_den_label(text: str, line_start: int) -> bool:
    """The date's line is under a "Den" label alone on the line before ("Den\n14. april 2009"): the letterhead's
    label broken from its value, so the "den" before the date is no sentence's (layout table: den_label_line)."""
    if line_start < 2:
        return False
    previous = text.rfind("\n", 0, line_start - 1) + 1
    m = cue("den_label_line").match(text, previous)
    return m is not None


# A letter date may name the weekday before "den": "Dato: mandag den 21. januar 2019",
# "København, fredag den 9. oktober 2015" (danish.dates.WEEKDAY_NAMES).
_WEEKDAY = "(?:" + "|".join(WEEKDAY_NAMES) + ")"


def _den_after_label(text: str, label_end: int, index: int) -> bool:
    """'Dato: den 3. marts 2015' / 'Dato: d. 3. marts 2015' / 'Dato: mandag den 3. marts 2015':
    the "den" belongs to the label's own value."""
    return re.fullmatch(rf"\s*(?:{_WEEKDAY}\s+)?{_DEN}\s*", text[label_end:index], re.IGNORECASE) is not None


def _starts_line(text: str, index: int, label_end: int) -> bool:
    # "Dato: 28-11-2019" or, in column layouts, a date at the start of a later line;
    # a name glued to the date ("ministeren26. juni 2012") counts as a line start too.
    between = text[label_end:index]
    return (not between.strip() or _den_after_label(text, label_end, index) or between.endswith("\n")
            or bool(re.search(r"ministeren$", between)))


def sent_date(text: str, start: int, end: int, *, letter: DateHit | None = None) -> DateHit | None:
    """The question letter's date as an answer cites it: 'i brev af ...', 'har den ...'
    (not the answer's own 'København, den ...' line)."""
    for hit in find_dates(text[start:end], offset=start):
        # "stillet 4. februar 2021": a date adverbial may go without its "den"
        if preceded_by(text, hit.start, r"\baf|\bden|\bstillet") and (letter is None or hit.start != letter.start) \
                and not _cites_answer(text, hit.start):
            return hit
    return None


def _cites_answer(text: str, index: int) -> bool:
    """The date is an earlier answer's ("besvarelsen af 18. februar 2020", "Spørgsmålet blev besvaret den 2.
    november 2016"), as a correction letter cites it (layout table: answer_date_cited), not the question's. The
    window reaches past the date, as the verb after it may say so ("den 17. september 2014 besvarede jeg")."""
    return any(m.end() == index for m in cue("answer_date_cited").finditer(text, max(0, index - 40), index + 45))


def journal_number(text: str, start: int = 0, end: int | None = None) -> Hit | None:
    """The value after J.nr./Sagsnr./Ref.-nr./'Vores sag', also in split label/value runs."""
    end = len(text) if end is None else end
    for m in JOURNAL_RE.finditer(text, start, end):
        value = m.group("value")
        if value and re.search(r"\d|^x+$", value, re.IGNORECASE):
            # "1208657Doknr.1017528Dato29.": the next letterhead label is glued to the value.
            glued = cue("glued_label_after_value").search(value)
            value_end = m.start("value") + (glued.start() if glued else len(value))
            return Hit(collapse_ws(text[m.start("value"):value_end]), m.start("value"), value_end)
        cell = column_value(text, m.start())
        if cell and re.search(r"\d", text[cell[0]:cell[1]]) and not _is_date_line(text, *cell):
            return Hit(collapse_ws(text[cell[0]:cell[1]]), *cell)
        hit = _from_label_run(text, m.start(), end)
        if hit:
            return hit
    return None


# The gap between a letterhead row's cells: two spaces or more, or a tab (layout table: column_label_row).
_COLUMN_GAP_RE = re.compile(r"[ \t]{2,}|\t")


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) of each cell of the line text[start:end], cells parted by a wide gap."""
    cells, pos = [], start
    for gap in _COLUMN_GAP_RE.finditer(text, start, end):
        cells.append(trim_span(text, pos, gap.start()))
        pos = gap.end()
    cells.append(trim_span(text, pos, end))
    return [(s, e) for s, e in cells if e > s]


def column_value(text: str, label_start: int) -> tuple[int, int] | None:
    """The value under a label in a row of letterhead labels set in columns ("Dato      J. nr." over "23. februar
    2012      2012-0412"; layout table: column_label_row): the cell of the next line in the label's column, where
    that line has as many cells as the label row. None for a label that is not in such a row."""
    line_start = text.rfind("\n", 0, label_start) + 1
    row = cue("column_label_row").match(text, line_start)
    if row is None:
        return None
    labels = _cells(text, line_start, row.end())
    column = next((k for k, (s, e) in enumerate(labels) if s <= label_start < e), None)
    below = lines(text, row.end(), min(len(text), row.end() + 200))[:1]
    values = _cells(text, *below[0]) if below else []
    if column is None or len(values) != len(labels):
        return None
    return values[column]


def _from_label_run(text: str, label_start: int, end: int) -> Hit | None:
    """Pair a run of label lines with the run of value lines after it, from the end."""
    all_lines = lines(text, max(0, label_start - 300), min(end, label_start + 400))
    idx = next((i for i, (s, e) in enumerate(all_lines) if s <= label_start < e), None)
    if idx is None:
        return None
    lo = idx
    while lo > 0 and _is_label(text, all_lines[lo - 1]):
        lo -= 1
    hi = idx + 1
    while hi < len(all_lines) and _is_label(text, all_lines[hi]):
        hi += 1
    values: list[tuple[int, int]] = []
    for s, e in all_lines[hi:]:
        # A value is a short run ("16/048363-02"); a sentence means the run has ended. The
        # letterhead's address may sit between the labels and their values: it is
        # nobody's value ("Holmens Kanal 22" is no journal number).
        if is_address_line(text[s:e]):
            continue
        # A unit's or case handler's code ("SPOLD", "DEPSEL") is the value of "Enhed:" or
        # "Sagsbeh.:" in the run (layout table: code_value_line); it keeps the run's count.
        if not (_VALUE_LINE.search(text[s:e]) or cue("code_value_line").fullmatch(text, s, e)) \
                or e - s > 40 or len(values) >= hi - lo:
            break
        values.append((s, e))
    pos = len(values) - (hi - idx)
    if not 0 <= pos < len(values):
        return _from_complete_run(text, all_lines, lo, idx, hi)
    if values and 0 <= pos < len(values):
        s, e = values[pos]
        # A date is the "Dato" label's value, never a journal number: where the journal
        # number's value was lost, pairing from the end lands on the date.
        if _is_date_line(text, s, e):
            return None
        return Hit(collapse_ws(text[s:e]), s, e)
    return None


def _from_complete_run(text: str, all_lines: list[tuple[int, int]], lo: int, idx: int,
                       hi: int) -> Hit | None:
    """A label run whose value run holds one value for every label, words among them: the justice ministry's
    "Dato:/Kontor:/Sagsbeh:/Sagsnr.:/Dok.:" over "12. juni 2017/Politikontoret/Jonas Krog Hansen/2017-0030-1456/
    2384561" (an office and a case handler's name are values too; layout table: run_value_line). With every
    value there and the body after them, the runs pair from the start; the journal number's own value must look like
    one (JOURNAL_SHAPE), so a letterhead's name or address after a short run is never taken."""
    after = [(s, e) for s, e in all_lines[hi:] if not is_address_line(text[s:e])][:hi - lo + 1]
    short = [bool(cue("run_value_line").fullmatch(text, s, e)) for s, e in after]
    # The value run holds exactly one value per label: a longer run of short lines ("Sagsnr.\nDoknr.\n272393\nDato
    # \n03-02-2021", sou-2019-20-spm581-svar: a value lost, the next label and its value after) pairs nothing.
    if len(after) < hi - lo or not all(short[:hi - lo]) or (len(after) > hi - lo and short[hi - lo]):
        return None
    s, e = after[idx - lo]
    return Hit(collapse_ws(text[s:e]), s, e) if JOURNAL_SHAPE.match(text[s:e]) else None


def _is_date_line(text: str, start: int, end: int) -> bool:
    hit = next(find_dates(text[start:end]), None)
    return hit is not None and not text[start:start + hit.start].strip() and not text[start + hit.end:end].strip()


def is_address_line(line: str) -> bool:
    """A letterhead's street or postcode line (declared cues of the layout table). Contact
    values ("www.uim.dk", "6198 4000") are values of their own labels and are not skipped."""
    return any(cue(name).match(line) for name in ("street_line", "postcode_line"))


def _is_label(text: str, span: tuple[int, int]) -> bool:
    value = text[span[0]:span[1]]
    # A code in capitals ("SPOLD", "JOL") is a value of the run (code_value_line), unless it is a
    # contact label of its own ("CVR", "EAN").
    if cue("code_value_line").fullmatch(value) and not cue("contact_line").match(value):
        return False
    return bool(_LABEL_LINE.match(value)) and not _VALUE_LINE.search(value)


def unlabelled_journal(text: str, after: int, end: int) -> Hit | None:
    """A bare journal-number line right after the letter date ('23. september 2022\\n2022-5074')."""
    following = lines(text, after, end)[:1]
    for s, e in following:
        if JOURNAL_SHAPE.match(text[s:e]):
            return Hit(text[s:e], s, e)
    return None


def title_text(raw: str) -> str:
    """A minister's title as the gold writes it: lower case, single spaces."""
    return collapse_ws(raw).lower()


def ministry_name(raw: str) -> str:
    """'ERHVERVS- OG\\nVÆKSTMINISTERIET' -> 'Erhvervs- og Vækstministeriet'; 'Undervis-ningsministeriet' repaired."""
    name = collapse_ws(raw)
    if name.isupper():
        name = " ".join(w.lower() if w in ("OG", "FOR") else w.capitalize() for w in name.split())
    return re.sub(r"(?<=[a-zæøå])-(?=[a-zæøå])", "", name)


def find_ministry(text: str, spans: list[tuple[int, int]], avoid: list[tuple[int, int]], *,
                  acting: bool = False) -> Hit | None:
    """The first ministry name inside `spans`, skipping anything inside `avoid`; with
    `acting`, only a ministry that is the subject of its clause (see `is_acting`)."""
    for lo, hi in spans:
        for m in MINISTRY_RE.finditer(text, lo, hi):
            end = _named_in_full(text, m.start(), m.end(), hi)
            if not any(a <= m.start() < b for a, b in avoid) and not is_contributor(text, m.start()) \
                    and (not acting or is_acting(text, m.start(), end)):
                return Hit(ministry_name(text[m.start():end]), m.start(), end)
    return None


@lru_cache(maxsize=1)
def _for_names() -> tuple[re.Pattern[str], ...]:
    """FOR_MINISTRIES as patterns that allow a line break between words."""
    return tuple(re.compile(_spaced(n) + r"(?![\w-])", re.IGNORECASE) for n in FOR_MINISTRIES)


def is_ministry_name(line: str) -> bool:
    """The line is a ministry's name and nothing else: by the shape, or a name of the tables the shape reads only in
    part ("Ministeriet for Grøn Trepart")."""
    return MINISTRY_RE.fullmatch(line) is not None or any(p.fullmatch(line) for p in _for_names())


def _named_in_full(text: str, start: int, end: int, limit: int) -> int:
    """Where the ministry name at start ends: the shape read "Ministeriet for" and one area ("Ministeriet for
    Familie- og Forbrugeranliggender"); a name of the tables whose area is two capitalised words ("Ministeriet for
    Grøn Trepart", 2024) is read in full, which the shape cannot do without taking the next line's street ("Ved
    Stranden") for part of the name."""
    if not text.startswith(("Ministeriet for", "MINISTERIET FOR"), start):
        return end
    return next((found.end() for p in _for_names() if (found := p.match(text, start, limit)) and found.end() > end), end)


def is_acting(text: str, start: int, end: int) -> bool:
    """A ministry named in the body answers only as the subject of its clause (ft_qa README:
    "the answer naming the ministry as the one acting"): Danish puts the subject right before
    the finite verb ("Social- og Ældreministeriet har ikke ...", "Bygningsstyrelsen under
    Transportministeriet, er ...") or, after a fronted phrase, right after it ("har
    Udlændinge- og Integrationsministeriet til brug for besvarelsen ..."). A ministry in a
    flattened table, or in a list, is not acting."""
    verb = cue("finite_verb").pattern
    return (re.match(rf",?\s+(?:{verb})\b", text[end:end + 40]) is not None
            or re.search(rf"\b(?:{verb})\s+$", text[max(0, start - 30):start]) is not None)


def is_contributor(text: str, index: int) -> bool:
    """A ministry named as one that contributed ("indhentet bidrag fra Skatteministeriet og
    ...") is not the one answering."""
    return _contributor_end().search(text[max(0, index - 160):index]) is not None


@lru_cache(maxsize=1)
def _contributor_end() -> re.Pattern[str]:
    return re.compile(cue("contributor_before").pattern + "$")


# Where a question ends and the letter's own lines begin: asker ("Spørgsmålet er stillet/stilles
# efter ønske fra", a samråd letter's "Samrådsspørgsmålet er stillet ...", as its "Samrådsspørgsmålet ønskes"; the
# word whole, never the end of a compound), or a line opening "Stillet efter ønske fra"), deadline, e-mail, chair.
# "Spørgsmålet stilles som opfølgning på samråd ..." is part of the question (the asker line
# names who asks: "efter ønske fra", "af", "på vegne af").
# The chair's name over the role, a committee letter's signature block (the letter's last lines when nothing announces
# it: "Karina Bach Lomholt\nformand"). Read by the question's end here and by the question letter's signer.
CHAIR_LINES = r"(?-i:[A-ZÆØÅ])[^\n]{3,60}\n[ \t]*(?:fg\.\s*)?(?:næst)?(?-i:formand)[ \t]*$"
QUESTION_STOP_RE = re.compile(
    r"(?=[SPKBsEe( \t])(?:(?<![\wæøå])(?:Samråds)?Spørgsmålet\s+(?:er\s+stillet|stilles)(?=\s+(?:efter|af|på)\b)|(?m:^[ \t]*\(?(?:stillet\s+)?efter\s+ønske\s+fra)"
    r"|Spørgsmålet\s+ønskes|Svar(?:et)?\s+bedes|På\s+udvalgets\s+vegne"
    # "(Spm. nr. S 3)." under a § 20 question repeats its number: not the question.
    r"|(?m:^[ \t]*\(Spm\.\s*nr\.)"
    # a samråd letter's date of the meeting ("Samrådet forventes afholdt den 13. december 2018") follows its question;
    # a § 20 question's reasons follow it, on ft.dk's page as "Skriftlig begrundelse" (layout table: begrundelse)
    r"|(?m:^[ \t]*Kopi\s+til)|(?m:^[ \t]*(?:Skriftlig[ \t]+)?Begrundelse[ \t]*:?[ \t]*$)|Samrådsspørgsmålet\s+ønskes|(?m:^[ \t]*Samrådet\s+forventes))"
    rf"|(?m:^{CHAIR_LINES})",
    re.IGNORECASE)
SIGNATURE_RE = re.compile(rf"(?P<name>{NAME})(?:\s*/\s*(?P<second>{NAME}))?")
# The official who co-signs under the minister: "/" on its own line, or "/ Name".
CO_SIGNER_RE = re.compile(rf"/?\s*(?P<name>{NAME})")
# "formand", "beskæftigelsesminister", "udlændinge-, integrations- og boligminister", an
# official signing for the minister ("kontorchef", "departementschef", "vicedirektør"),
# "Minister for ligestilling", "minister for by, bolig og landdistrikter"
# The titles are the one title table (extract/data/person_titles.tsv); a minister's title may
# be compounded over several fields and end in "for ...".
_MINISTER_WORDS = "|".join(minister_titles())
ROLE_RE = re.compile(rf"(?:fg\.\s)?[a-zæøå-]*(?:{'|'.join(official_titles())})"
                     rf"|[\w -]*(?:-,[\w -]*)?(?:{_MINISTER_WORDS})(?:\s+for\s+\w[\w -]*(?:,\s*[\w-][\w -]*)*)?",
                     re.IGNORECASE)
NAME_WITH_ROLE_RE = re.compile(rf"(?P<name>{NAME})[ \t]*[,/–-][ \t]*(?P<role>(?i:{ROLE_RE.pattern}))")
_MINISTRY_WORD_RE = re.compile(r"minister|styrelse", re.IGNORECASE)
SIGNATURE_LINE_RE = re.compile(rf"/|/?\s*{NAME}(?:\s*/\s*{NAME})?")


def signature_after(text: str, start: int, end: int) -> tuple[Hit | None, Hit | None, list[Hit]]:
    """(signer, role, co-signers) from the lines after a greeting or 'På udvalgets vegne'."""
    # A page mark ("Side 1/2", "Side 1 af 2") under the greeting or the name is the page's, not the signature's
    # (layout table: answer_signature_page_mark).
    found = [(s, e) for s, e in lines(text, start, end)[:7] if not cue("page_mark_line").fullmatch(text, s, e)]
    # "P.M.V." / "E.B." (på ministerens vegne, efter bemyndigelse): an official signs for the
    # minister; the marks are no name, the official under them is the signer.
    while found and cue("signed_for_minister").fullmatch(text, found[0][0], found[0][1]):
        found = found[1:]
    # A sender heading above the name ("MINISTEREN", "KIRKEMINISTEREN") names no signer.
    heading = cue("title_heading").match(text, found[0][0]) if found else None
    if heading and heading.end() >= found[0][1]:
        found = found[1:]
    found = found[:4]
    signer: Hit | None = None
    role: Hit | None = None
    others: list[Hit] = []
    for i, (s, e) in enumerate(found):
        line = text[s:e]
        if (role is not None and s < role.end) or (signer is not None and s < signer.end):
            continue  # the second half of a role (or of the signer's name) broken over two lines
        if signer is None:
            glued = _glued_role(text, s, e)
            if glued:
                return glued
            m = SIGNATURE_RE.fullmatch(line)
            if m and _MINISTRY_WORD_RE.search(m.group("name")):
                # "ERHVERVS- OG VÆKSTMINISTERIET": the letterhead after an unsigned body names
                # the ministry (or the minister's title), never a person.
                return None, None, []
            if not m:
                return _name_with_role(text, s, e)
            broken = _surname_broken_at_hyphen(text, found, i)
            if broken is not None:
                signer = broken
                continue
            signer = Hit(collapse_ws(m.group("name")), s, s + len(m.group("name")))
            if m.group("second"):
                others.append(Hit(collapse_ws(m.group("second")), s + m.start("second"), s + m.end("second")))
            continue
        if line == "/":
            continue
        after_slash = line.startswith("/") or text[found[i - 1][0]:found[i - 1][1]] == "/"
        co_signer = CO_SIGNER_RE.fullmatch(line)
        if co_signer and after_slash:
            others.append(Hit(collapse_ws(co_signer.group("name")), s + co_signer.start("name"),
                              s + co_signer.end("name")))
            break
        role_end = None if role is not None else _role_end(text, found, i)
        if role_end is not None:
            role = Hit(collapse_ws(text[s:role_end]).lower(), s, role_end)
            continue
        break
    return signer, role, others


def _surname_broken_at_hyphen(text: str, found: list[tuple[int, int]], i: int) -> Hit | None:
    """The signer's double surname broken at its own hyphen ("Pernille Rosenkrantz-\nTheil", as an asker's
    "Lennart Damsbo-\nAndersen" is read): the hyphen is the name's, the next line its second half, one
    capitalised word (layout table: signer_broken_at_hyphen). The ft_qa README writes names plainly."""
    s, e = found[i]
    if i + 1 >= len(found) or not cue("signer_broken_at_hyphen").fullmatch(text, s, found[i + 1][1]):
        return None
    return Hit(repair_name(text[s:found[i + 1][1]]), s, found[i + 1][1])


def _glued_role(text: str, start: int, end: int) -> tuple[Hit | None, Hit | None, list[Hit]] | None:
    """'Karin Nødgaardformand', 'Bertel Haarderkulturminister': the converter glued the role
    line to the name line. A minister's role is split off only where it is one of
    Folketinget's minister titles (danish.reference), so a surname is never cut."""
    for pattern in (cue("glued_chair_role"), _glued_minister_re()):
        m = pattern.fullmatch(text, start, end)
        if m and re.fullmatch(NAME, m.group("name")):
            return (Hit(collapse_ws(m.group("name")), m.start("name"), m.end("name")),
                    Hit(collapse_ws(m.group("role")).lower(), m.start("role"), m.end("role")), [])
    return None


@lru_cache(maxsize=1)
def _glued_minister_re() -> re.Pattern[str]:
    titles = sorted({t.title for t in reference.minister_titles() if t.title[:1].islower()}, key=len, reverse=True)
    alternatives = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in titles)
    return re.compile(rf"(?P<name>[^\n]*?[a-zæøåé])(?P<role>{alternatives})[ \t]*")


def _role_end(text: str, found: list[tuple[int, int]], i: int) -> int | None:
    """Where the role on line i ends: that line, or the next when a converter broke the title
    after 'og', 'for', a comma or a hyphen ("Udlændinge-, integrations- og\nboligminister",
    "Minister for\nligestilling")."""
    s, e = found[i]
    # Broken after "og" or a hyphen, or before the last field ("Minister for fødevarer,
    # landbrug\nog fiskeri"): the next line goes on in lower case.
    if i + 1 < len(found) and (cue("title_broken_at_line_end").search(text, s, e)
                               or re.match(r"(?:og|samt)\s", text[found[i + 1][0]:found[i + 1][1]])):
        joined = collapse_ws(text[s:found[i + 1][1]])
        if ROLE_RE.fullmatch(joined):
            return found[i + 1][1]
    if ROLE_RE.fullmatch(text[s:e]):
        return e
    return None


def _name_with_role(text: str, start: int, end: int) -> tuple[Hit | None, Hit | None, list[Hit]]:
    """'Nanna W. Gotfredsen, formand' on one line."""
    m = NAME_WITH_ROLE_RE.fullmatch(text, start, end)
    if not m:
        return None, None, []
    return (Hit(collapse_ws(m.group("name")), m.start("name"), m.end("name")),
            Hit(m.group("role").lower(), m.start("role"), m.end("role")), [])


def strip_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow [start, end) to the question inside its quote marks."""
    while start < end and (text[start].isspace() or text[start] in "”\"“»«'„"):
        start += 1
    # An opening bracket at the end belongs to the asker line after it: "...? (Spørgsmålet er stillet ...)".
    while end > start and (text[end - 1].isspace() or text[end - 1] in "”\"“»«'(["):
        end -= 1
    return start, end
