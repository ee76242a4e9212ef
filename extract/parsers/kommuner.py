"""Kommuner named in a document, resolved to official kommunekoder.

Reads any document kind. Layout cues relied on:
- tables with one kommune per row and a mark (•, x, ✓) per column, as tab-separated
  lines in the text (converted PDFs/HTML) or as `Document.tables` (pdfplumber); every
  column header becomes an attribute true/false;
- bullet lists and runs of lines holding only a kommune name (asterisks kept in
  `as_written`), or a name and its figures ("Aalborg 48,2" under a caption, no header row); regional headings ("København og omegn:", "Fyn") are not kommuner;
- a letterhead or sign-off in capitals ("BALLERUP KOMMUNE", over two lines too); lists in
  Word's "o" marks as PDF text keeps them;
- running text: "X Kommune"/"X kommune", "Jobcenter X"/"X Jobcenter" (and the kommune's
  other services, "Borgerservice X"), its bodies' proper names ("Københavns Jobcenter",
  "Aarhus Byråd"), a genitive name before the kommune's own bodies ("Holbæks byråd",
  "Aarhus' borgmester"), a predicate or apposition calling the name a kommune ("Aarhus er
  valgt som Kulturkommune", "Syddjurs som kulturkommune"), a place after a preposition
  ("i Odense", "besøg på Ærø", "I Hillerød ...") and comma-and-"og"/"samt" lists that hold
  such a mention or three or more kommuner ("Nyborg, Frederiksberg, ... og Furesø er de 10
  kommuner"; suspended compounds "Lolland- og Guldborgsund Kommuner"). Counts ("19
  kommuner") are never expanded.
Postal addresses ("1060 København K") and names inside institution names ("Aalborg
Universitetshospital") are skipped; a function word opening the sentence ("Også Holbæk,
...") is no part of a name. Unresolvable or ambiguous table names are reported
by `scan`, never guessed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from danish.list_marks import BULLET_MARKS
from danish.words import STOPWORDS

from ..document import Document
from ..kommune_registry import Kommune, Resolution, lookup, office_titles, resolve
from ..list_marks import BULLET
from ..records import Basis, KommuneRow, UnresolvedName

_FALSE_MARKS = {"", "-", "–", "—", "0", "nej", "n/a"}
# bullet marks (the one list, danish/list_marks.py and extract/list_marks.py: typographic marks, dashes, the Symbol-font dots PDF text
# keeps and Word's "o") and numbered items
_BULLET = rf"(?:{BULLET}|\d{{1,2}}[.)])"
_NAME = r"[A-ZÆØÅ][a-zæøåéü]+(?:(?:-| )[A-ZÆØÅ][a-zæøåéü]+)?"
# A kommune's own services named after it ("Jobcenter Horsens", "Borgerservice Holbæk")
# are passing mentions of the kommune (attributes {}).
# A service's name may wrap in PDF text ("Jobcenter\nHorsens").
# A hyphen that stands for the common last part in a list ("Lolland- og Guldborgsund
# Kommuner", "Aabenraa-, Sønderborg- og Tønder Kommuner": Danish suspended compounds) ends
# a name like a space; a hyphen inside a name ("Lolland-Falster") does not.
# A double name broken over a line at its hyphen ("Ringkøbing-\nSkjern", "Lyngby-\nTaarbæk": a print's or a narrow
# column's line break) is one name; it is looked up without the break and kept as written.
_BROKEN_NAME = rf"{_NAME}|[A-ZÆØÅ][a-zæøåéü]+-[ \t]*\n[ \t]*[A-ZÆØÅ][a-zæøåéü]+"
_CANDIDATE = re.compile(rf"(?<![\w/.-])(?:(?:[Jj]obcent(?:er|ret)|Borgerservice|Ydelsesservice)[ \n])?({_BROKEN_NAME})(\*+)?"
                        r"(?![\w])(?!-(?!,? ))")
# "Odense Kommunes jobcenter"; the kommune's services named after it the other way round
# ("Horsens Jobcenter", like "Jobcenter Horsens": a passing mention)
# ... and its council by name, "Aarhus Byråd", "Aarhus Byråds" (aarhus_byraad_referat_2025-08-27,
# aarhus_borgerhenvendelse_email_2025)
_STRONG_AFTER = re.compile(r"^\s+(?:[Kk]ommune(?:r|s|rs)?|[Rr]egionskommunes?|Jobcent(?:er|ret)|Borgerservice"
                           r"|Byråd(?:et|s|ets)?)\b")
# A kommune's own bodies after its name in the genitive name the kommune as a kommune:
# "Holbæks byråd", "Aarhus' borgmester", "Odenses beskæftigelsesudvalg".
_MUNICIPAL_BODY_AFTER = re.compile(r"^'?\s+(?:byråd(?:et)?|borgmester|kommunalbestyrelse|jobcenter|"
                                   r"[\w-]*(?: og [\w-]+)?udvalg|\w*forvaltning|kommunaldirektør|rådhus)\b",
                                   re.I)  # also in a body's proper name: "Københavns Jobcenter", "Ballerups Kultur- og Fritidsudvalg"
# Towns given as examples of towns are places too: "de større byer som Aarhus, Aalborg, Odense og Esbjerg" (policy p28
# gold: all four), "byer som Aarhus og Odense".
# A focus adverb may stand between the preposition and the place it governs: "turnéer til bl.a. Aalborg og Odense",
# "i især Esbjerg" (Danish grammar: the adverb modifies the preposition's object, which is still a place).
# "henholdsvis" stands in the same place before coordinated objects: "to slagterier i henholdsvis Randers og Hjørring"
# (probes14 q01), "fra henholdsvis Lolland, Guldborgsund og Vordingborg Kommuner" (probes11 qa13).
_FOCUS_ADVERB = r"(?:\s+(?:bl\.\s?a\.|blandt andet|f\.\s?eks\.|fx|især|navnlig|primært|henholdsvis))?"
# A route's "via" and a compass point's "syd for" govern a place as "til" and "ved" do: "fra Hou syd for Odder via
# Samsø til Kalundborg" (probes14 q08), "havmølleparken ved Rødsand syd for Lolland" (probes13 q04); the ft_qa README
# counts a town or island named as a place as its kommune.
_PLACE_BEFORE = re.compile(r"(?:^|\s)(?:(?:i|på|ved|fra|til|via|omkring|mellem|nær|udenfor|uden for"
                           r"|(?:nord|syd|øst|vest|nordøst|nordvest|sydøst|sydvest) for)" + _FOCUS_ADVERB +
                           r"|[Kk]ommunerne|[Kk]ommuner som|[Kk]ommunen|byer(?:ne)? som|byer såsom"
                           # a kommune given as an example of a group of kommuner: "de mindste ø-kommuner, bl.a. Ærø",
                           # "landets yderkommuner, herunder Lolland" (tests/extract/test_kommune_examples_and_tails.py)
                           r"|[\w-]*[Kk]ommuner(?:ne)?,?\s+(?:bl\.\s?a\.|blandt andre|herunder|f\.\s?eks\.|fx|især|navnlig))\s+$"
                           # the same prepositions opening a sentence: "I Hillerød og Allerød har man ..."
                           # (after a colon too: "Note: I Frederikshavn og Guldborgsund er tallene usikre")
                           r"|(?:^|[.!?:]\s+|\n\s*)(?:I|På|Ved|Fra|Til|Omkring|Mellem|Nær)\s+$")
# A predicate or apposition that calls the name a kommune names it as one (the STAR
# convention: "every municipality named as a municipality"): "Aarhus er valgt som
# Kulturkommune 2017", "Syddjurs som kulturkommune" (municipal f09), "Vejle er udpeget som
# frikommune", "Skive er en af de kommuner, der ..." (tests/extract/test_kommuner.py).
# Definite "kommunen" is left out: "X er den største by i kommunen" names a town.
_PREDICATE_AFTER = re.compile(
    r"^\s+(?:(?:er|blev|bliver|var|har)\s+(?:[\w-]+\s+){0,4}?[\w-]*kommune(?![\w-])"
    r"|(?:er|blev|var)\s+(?:en|to|tre|fire|fem|seks|syv|otte|ni|ti)\s+af\s+(?:de|landets)\s+"
    r"(?:[\w-]+\s+){0,2}?kommuner(?![\w-])"
    r"|som\s+(?:[\w-]+\s+){0,2}?[\w-]*kommune(?![\w-]))", re.I)
# A kommune's elected office before the place names the kommune as a kommune: a signature's
# "Borgmester Frederiksberg", "Kommunalbestyrelsesmedlem / Gribskov", "Sundheds- og
# Omsorgsborgmester / København" (corpus/municipal f08, whose gold_notes count the five as
# kommuner "named as a kommune through an office"; tests/extract/test_kommuner.py samples).
# The offices are data: extract/data/kommune_offices.tsv. The name must end there (a comma, a
# line end): "borgmester Ib Terp" is a person, whatever his name.
_OFFICE_BEFORE = re.compile(rf"(?<![\wæøå])[\wæøå-]*(?i:{'|'.join(office_titles())})[ \t]*\n?[ \t]*$")
_NAME_ENDS = re.compile(r"^[ \t]*(?:[,;.]|\n|$)")
# A postcode stands on its town's line ("8700 Horsens"): a year closing the line before ("..., 11. november 2021" over
# "Horsens Kommune har ...") is no postcode.
_POSTCODE_BEFORE = re.compile(r"\b\d{4}[ \t]+$")
_POSTAL_DISTRICT_AFTER = re.compile(r"^\s[A-ZÆØÅ]{1,2}\b(?!\w)")
_CAPITAL_AFTER = re.compile(r"^ [A-ZÆØÅ][a-zæøå]")
_CAPITAL_BEFORE = re.compile(r"[A-ZÆØÅ][\wæøå]*\s$")
# ... unless it is a function word that only opens the sentence ("Også Holbæk, Kalundborg og
# Odsherred ...", "Men Vejle ..."; the Snowball stop words, danish/data/stopwords.csv)
_SENTENCE_OPENER = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?P<word>[A-ZÆØÅ][a-zæøå]*)\s$")
# Capitalised words that precede "Kommune" at a sentence start without naming one.
_NOT_NAMES = frozenset("den det denne hver enhver en vores jeres din min samme hvilken anden egen "
                       "ny nye pågældende enkelte".split())
# "A, B samt C" as "A, B og C"; "A- og B Kommuner"; a name's "Kommune" before the joiner ("Bornholms Regionskommune og
# Lyngby-Taarbæk", "Aarhus Kommune, Odense og Vejle": the names coordinated with a kommune are kommuner too).
# A list closed by the plural ("Læsø, Jammerbugt og Mariagerfjord kommuner samt Aalborg") goes on after it the same way.
_LIST_JOIN = re.compile(r"^-?(?:\s+(?:[Kk]ommune(?:s|r)?|[Rr]egionskommunes?))?(?:,\s*|\s*(?:,\s*)?(?:og|eller|samt)\s+)$")


@dataclass
class KommuneScan:
    """What one document says about kommuner: resolved rows and names left unresolved."""

    rows: dict[str, KommuneRow] = field(default_factory=dict)
    unresolved: list[Resolution] = field(default_factory=list)

    def add(self, doc: Document, kommune: Kommune, as_written: str, start: int,
            attributes: dict[str, bool] | None = None) -> None:
        current = self.rows.get(kommune.code)
        if current is not None and (current.attributes or not attributes):
            return  # duplicates merge into the first mention, tables win over prose
        span = doc.span(start, start + len(as_written))
        # the code and the region are the register's, not the text's: the name they are looked up by is cited,
        # the register is their basis (a composed value: extract/records.py Record)
        register = Basis(kind="kommune_register", source=f"{kommune.name} ({kommune.code}), {kommune.region}")
        self.rows[kommune.code] = KommuneRow(
            document_id=doc.id, span=span, name=kommune.name, code=kommune.code,
            as_written=as_written, region=kommune.region, attributes=attributes or {},
            provenance={"as_written": span, "name": span, "code": span},
            inferred={"code": register, "region": register})


def parse(doc: Document) -> list[KommuneRow | UnresolvedName]:
    result = scan(doc)
    return [*result.rows.values(), *_unresolved(doc, result.unresolved)]


def _unresolved(doc: Document, misses: list[Resolution]) -> list[UnresolvedName]:
    """One record per distinct unresolved spelling, cited at its first occurrence."""
    out: dict[str, UnresolvedName] = {}
    for miss in misses:
        if miss.as_written in out or miss.status not in ("ambiguous", "unknown"):
            continue
        start = doc.text.find(miss.as_written)
        span = doc.span(start, start + len(miss.as_written)) if start >= 0 else None
        out[miss.as_written] = UnresolvedName(document_id=doc.id, span=span, as_written=miss.as_written,
                                              status=miss.status, candidates=tuple(miss.candidates),
                                              score=round(miss.score, 1))
    return list(out.values())


def scan(doc: Document) -> KommuneScan:
    result = KommuneScan()
    _text_tables(doc, result)
    _layout_tables(doc, result)
    _line_lists(doc, result)
    _running_text(doc, result)
    _capitals(doc, result)
    return result


# A letterhead or sign-off in capitals names the kommune as a kommune: "BALLERUP KOMMUNE",
# "KØBENHAVNS KOMMUNE", "LYNGBY-TAARBÆK KOMMUNE", "BORNHOLMS REGIONSKOMMUNE".
_CAPITALS = re.compile(r"(?<![\w-])(?P<name>[A-ZÆØÅ]{2,}(?:[- ][A-ZÆØÅ]{2,})?)(?:[ \t]+|[ \t]*\n[ \t]*)"
                       r"(?:KOMMUNE|REGIONSKOMMUNE)(?![\w-])")  # a logo may break the line: "BALLERUP\nKOMMUNE"


def _capitals(doc: Document, result: KommuneScan) -> None:
    for m in _CAPITALS.finditer(doc.text):
        name = m.group("name")
        kommune = lookup(name)  # the genitive too: "KØBENHAVNS" (kommune_registry._variants)
        if kommune is not None:
            result.add(doc, kommune, name, m.start("name"))


def _mark(cell: str) -> bool:
    return cell.strip().casefold() not in _FALSE_MARKS


# The header of a table's kommune column ("Placering | Kommune | Forskel": a ranking puts its rank first, so the
# kommuner stand in the column the header names; without one, in the first column).
_KOMMUNE_HEADER = re.compile(r"(?i)kommune(?:r|navn)?")


def kommune_column(header: list[str]) -> int:
    """The index of the column the header names "Kommune", else 0 (the first column leads a row)."""
    return next((i for i, h in enumerate(header) if _KOMMUNE_HEADER.fullmatch(h.strip())), 0)


def _table_rows(doc: Document, header: list[str], rows: list[tuple[int, list[str]]],
                result: KommuneScan) -> None:
    col = kommune_column(header)
    columns = [(i, h.strip()) for i, h in enumerate(header) if i != col and h.strip()]
    for start, cells in rows:
        if col >= len(cells):
            continue
        written = cells[col].strip()
        res = resolve(written)
        if res.kommune is None:
            result.unresolved.append(res)
            continue
        attributes = {name: _mark(cells[i]) if i < len(cells) else False for i, name in columns}
        offset = doc.text.find(written, start)
        result.add(doc, res.kommune, written, offset if offset >= 0 else start, attributes)


# A column gap of a table set in spaces: two spaces or more between cells ("København           18,9       5,0"),
# as a PDF's text layer or a plain-text export aligns its columns; one space is a word gap.
_SPACE_GAP = re.compile(r"[ \t]{2,}")


def _cells(line: str) -> list[str] | None:
    """The cells of a tab-separated, Markdown pipe (the outer pipes optional, as GitHub's table syntax allows:
    "Kommune | Genindlæggelser | Ventetid", and two columns "Kommune | Faktisk minus forventet (uger)", a
    benchmark's ranking, probes18 s03, and a rate table of two columns: tests/extract/test_kommune_ranked_tables.py) or
    space-aligned table line; None for other lines. A table needs a header and two rows led by kommuner
    (`_text_tables`), so a lone "A | B" line in prose (a breadcrumb) makes none."""
    if "\t" in line:
        return line.split("\t")
    stripped = line.strip()
    if (stripped.startswith("|") and stripped.count("|") >= 3) or stripped.count(" | ") >= 1:
        return [c.strip() for c in stripped.strip("|").split("|")]
    cells = _SPACE_GAP.split(stripped)
    return cells if len(cells) >= 3 else None


def _text_tables(doc: Document, result: KommuneScan) -> None:
    """Tables in the text: a header line with column names, then rows led by a kommune."""
    lines, pos = [], 0
    for line in doc.text.split("\n"):
        if not ("-" in line and re.fullmatch(r"[\s:|-]+", line)):  # Markdown separator row (linear: no nested runs)
            lines.append((pos, line))
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        header = _cells(lines[i][1]) or []
        body: list[tuple[int, list[str]]] = []
        j = i + 1
        while len(header) >= 2 and j < len(lines) and (row := _cells(lines[j][1])) is not None:
            body.append((lines[j][0], row))
            j += 1
        col = kommune_column(header)
        named = any(_KOMMUNE_HEADER.fullmatch(h.strip()) for h in header)
        if not named and len(sides := _name_columns(header, body)) >= 2:
            _side_by_side_rows(doc, header, body, sides, result)
            i = j
        elif _kommuner_in(body, col) >= 2:
            _table_rows(doc, header, [b for b in body if col < len(b[1]) and b[1][col].strip()], result)
            i = j
        else:
            i += 1


def _kommuner_in(body: list[tuple[int, list[str]]], col: int) -> int:
    """How many rows hold a kommune in column `col`."""
    return sum(1 for _, cells in body if col < len(cells) and lookup(cells[col]))


def _name_columns(header: list[str], body: list[tuple[int, list[str]]]) -> list[int]:
    """The columns of a table that sets two lists of kommuner side by side, each under its own header and each with
    kommuner in two rows or more ("Placering | Bedst placerede | Afvigelse | Dårligst placerede | Afvigelse": a
    benchmark's top and bottom five; "Højeste ledighed | Pct. | Laveste ledighed | Pct."; probe p22 s03,
    tests/extract/test_kommune_side_by_side_tables.py)."""
    return [c for c, h in enumerate(header) if h.strip() and _kommuner_in(body, c) >= 2]


def _side_by_side_rows(doc: Document, header: list[str], body: list[tuple[int, list[str]]], sides: list[int],
                       result: KommuneScan) -> None:
    """Each name column's kommuner, marked by the column they stand in: its header true, the other lists' false (the
    figure columns between them are each list's values, no attribute of a kommune's own)."""
    for side in sides:
        attributes = {header[c].strip(): c == side for c in sides}
        for start, cells in body:
            written = cells[side].strip() if side < len(cells) else ""
            if not written:
                continue
            res = resolve(written)
            if res.kommune is None:
                result.unresolved.append(res)
                continue
            offset = doc.text.find(written, start)
            result.add(doc, res.kommune, written, offset if offset >= 0 else start, dict(attributes))


def _layout_tables(doc: Document, result: KommuneScan) -> None:
    for table in doc.tables:
        if len(table) < 3 or sum(1 for row in table[1:] if row and lookup(row[0] or "")) < 2:
            continue
        rows = []
        for row in table[1:]:
            cells = [c or "" for c in row]
            if cells and cells[0].strip():
                found = doc.text.find(cells[0].strip())
                rows.append((max(found, 0), cells))
        _table_rows(doc, [h or "" for h in table[0]], rows, result)


# A list item may give the kommune's figure in brackets after its name, as a ranking or a list of results does ("1.
# Billund (+2,1)", "• Lolland (18,2 pct.)"): the figure is no part of the name.
_BRACKETED_FIGURE = r"[ \t]+\([ \t]*[+−–-]?[ \t]*\d[\d.,]*[ \t]*(?:%|pct\.?|procent(?:point)?)?[ \t]*\)"
# ... or bare after it, one figure or a row of them, as a list under a caption gives each kommune's value(s) on its line
# without a header row ("Kommunerne i Region Nordjylland, 2023 (pr. 1.000 borgere 65+)" over "Aalborg 48,2" /
# "Brønderslev 51,7"; a year table's rows "Lolland 13.412 13.861 14.207"): the figures are no part of the name. Such a
# line counts only in a run of three (the neighbours rule below), never alone ("Horsens 2023" is no list).
_BARE_FIGURE = r"(?:[ \t]+[+−–-]?\d[\d.,]*(?:[ \t]*(?:%|pct\.))?)"
_ITEM_LINE = re.compile(rf"^[ \t]*(?:{_BULLET}[ \t]*)?({_NAME}(?:\*+)?)(?:{_BRACKETED_FIGURE}|(?P<bare>{_BARE_FIGURE}+))?"
                        r"[ \t]*[,.;]?[ \t]*$", re.M)


def _line_lists(doc: Document, result: KommuneScan) -> None:
    """Bullet items, or three or more lines in a row, that hold only a kommune name (with its figures, if any)."""
    items = [(m, lookup(m.group(1))) for m in _ITEM_LINE.finditer(doc.text)]
    for k, (m, kommune) in enumerate(items):
        if kommune is None:
            continue
        # a bullet makes a lone name a list item; a name with bare figures stands in a list only among others
        bulleted = m.group(0).strip()[:1] in BULLET_MARKS.replace("\\", "") and not m.group("bare")
        neighbours = sum(1 for other, hit in items[max(0, k - 2):k + 3]
                         if hit is not None and abs(other.start() - m.start()) < 200)
        if bulleted or neighbours >= 3:
            result.add(doc, kommune, m.group(1), m.start(1))


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    written: str
    kommune: Kommune
    strong: bool


def _spelled(m: re.Match[str], result: KommuneScan) -> tuple[str, Kommune] | None:
    """The kommune a candidate names: exactly, or (only where "Kommune"/"Jobcenter" says
    a kommune is meant) by fuzzy match; an unmatched or ambiguous name is reported."""
    name = m.group(1)
    head = name.split(" ")[0]
    if " " in name and lookup(head):  # "Ringsted Kommune": the name is "Ringsted", the cue follows
        name = head
    kommune = lookup(_unbroken(name))
    if kommune is not None:
        return name, kommune
    if not re.search(r" (?:[Kk]ommune|Regionskommune)$", name) and not m.start(1) > m.start():
        return None
    if head.casefold() in _NOT_NAMES:
        return None
    res = resolve(name)
    if res.kommune is None:
        result.unresolved.append(res)
        return None
    return (head if " " in name else name), res.kommune


def _unbroken(name: str) -> str:
    """A name broken over a line at its hyphen, joined again ("Ringkøbing-\nSkjern" -> "Ringkøbing-Skjern")."""
    return re.sub(r"-[ \t]*\n[ \t]*", "-", name)


_SURROUNDINGS_AFTER = re.compile(r"^'?\s+omegn\b", re.IGNORECASE)


def _mention(doc: Document, m: re.Match[str], result: KommuneScan) -> _Mention | None:
    """A candidate name in running text, unless it is part of an address or institution."""
    stars = m.group(2) or ""
    spelled = _spelled(m, result)
    if spelled is None:
        return None
    name, kommune = spelled
    text, start = doc.text, m.start(1)
    end = start + len(name)
    before, after = text[max(0, m.start() - 40):m.start()], text[end:end + 40]
    jobcenter = m.start(1) > m.start()
    genitive = text[end:end + 1] == "'" or (name.endswith("s") and lookup(name[:-1]) is kommune)
    strong = jobcenter or bool(_STRONG_AFTER.match(after)) or (
        genitive and bool(_MUNICIPAL_BODY_AFTER.match(text[end:end + 40]))) or (
        bool(_PREDICATE_AFTER.match(text[end:end + 100]))) or (
        bool(_OFFICE_BEFORE.search(before)) and bool(_NAME_ENDS.match(after)))
    if _POSTCODE_BEFORE.search(before) or _POSTAL_DISTRICT_AFTER.match(after):
        return None
    if genitive and _SURROUNDINGS_AFTER.match(after):
        return None  # "i Københavns omegn": the surroundings of the town, a region (the star README), not the kommune
    place = bool(_PLACE_BEFORE.search(before))  # "Kommunerne Vejle, ...": a capital that names them
    opener = _SENTENCE_OPENER.search(before)
    capital_before = bool(_CAPITAL_BEFORE.search(before)) and not (
        opener is not None and opener.group("word").casefold() in STOPWORDS)
    if not strong and (_CAPITAL_AFTER.match(after) or (capital_before and not jobcenter and not place)):
        return None
    written = name + (stars if end == m.end(1) else "")
    return _Mention(start, start + len(written), written, kommune, strong or place)


def _mention_or_tail(doc: Document, m: re.Match[str], result: KommuneScan) -> _Mention | None:
    """Two capitalised words the candidate pattern took as one name: "Kommunerne Vejle"
    names Vejle, the second word."""
    found = _mention(doc, m, result)
    if found is not None or " " not in m.group(1) or m.start(1) > m.start():
        return found
    tail = _CANDIDATE.match(doc.text, m.start(1) + m.group(1).index(" ") + 1)
    return _mention(doc, tail, result) if tail else None


def _running_text(doc: Document, result: KommuneScan) -> None:
    """Named kommuner in prose: strong cues, places after a preposition, and the lists
    they stand in ("i Odense og Aarhus"; a list of three or more kommuner on its own)."""
    mentions = [x for x in (_mention_or_tail(doc, m, result) for m in _CANDIDATE.finditer(doc.text)) if x]
    groups: list[list[_Mention]] = []
    for mention in mentions:
        if groups and _LIST_JOIN.match(doc.text[groups[-1][-1].end:mention.start]):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    for group in groups:
        if len(group) >= 3 or any(x.strong for x in group) or _pair_among_kommuner(doc.text, group):
            for x in group:
                result.add(doc, x.kommune, x.written, x.start)


# Two kommune names joined by a bare conjunction in a paragraph that speaks of kommuner name two kommuner: a ranking's
# prose ("I den anden ende af listen findes blandt andre Høje Taastrup og Ishøj", "Uden for de store byer ligger
# Esbjerg og Randers højest, mens Frederiksberg Kommune ...") or a network's partners ("Tønder Kommune ... sammen med
# Sønderborg og Haderslev"); probes13 i02, i07, i12. The conventions count a town named as a place as its kommune (ft_qa,
# municipal READMEs). Alone, a pair is too weak (two people or clubs named like towns): the paragraph must name
# kommuner ("Kommune", "kommunerne", "nabokommuner"), and a lone name is never taken this way.
_PAIR_JOIN = re.compile(r"^\s+(?:og|samt|eller)\s+$")
_KOMMUNE_WORD = re.compile(r"(?i)(?<![\w])[\w-]*kommun(?:e|er|erne|ernes|en|ens|es)(?![\w])")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _paragraph(text: str, pos: int) -> str:
    """The paragraph (between blank lines) that holds the position."""
    starts = [m.end() for m in _PARAGRAPH_BREAK.finditer(text, 0, pos)]
    end = _PARAGRAPH_BREAK.search(text, pos)
    return text[(starts[-1] if starts else 0):(end.start() if end else len(text))]


def _pair_among_kommuner(text: str, group: list[_Mention]) -> bool:
    return (len(group) == 2 and bool(_PAIR_JOIN.match(text[group[0].end:group[1].start]))
            and bool(_KOMMUNE_WORD.search(_paragraph(text, group[0].start))))
