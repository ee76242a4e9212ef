"""Danish abbreviations and sentence spans, fast and without a model.

Quirks of the sources: PDF text keeps the page's line breaks, so a single newline is
usually a wrapped line, not a boundary; Danish ordinals end in a dot ("1. januar",
"stk. 3."), and ministries write many dotted abbreviations (jf., bl.a., J.nr.), listed in
`data/abbreviations.csv`.
"""
from __future__ import annotations

import re

from ._data import rows
from .list_marks import LINE_ITEM_MARKS

#: The dotted abbreviations as written ("bl.a.", "j.nr.", "pct.").
ABBREVIATION_FORMS: tuple[str, ...] = tuple(r["abbrev"] for r in rows("abbreviations.csv"))
#: Every word that stands before an abbreviation's dot ("bl", "a", "j", "nr", "pct"):
#: after these a dot does not end a sentence.
ABBREVIATIONS: frozenset[str] = frozenset(part for form in ABBREVIATION_FORMS
                                          for part in form.lower().split(".") if part)
#: Text ending in a whole abbreviation ("... gnsn.", "... bl.a."), case-insensitive.
ABBREVIATION_END = re.compile(
    r"(?<![\w.])(?:" + "|".join(re.escape(f) for f in sorted(ABBREVIATION_FORMS, key=len, reverse=True)) + r")$",
    re.IGNORECASE)

_LONGEST = max(map(len, ABBREVIATION_FORMS))
# The abbreviations that close an enumeration ("mv.", "osv.", "m.fl."; column ends_list): before a capital their dot
# ends the sentence too, at a line's end or inside it ("køb af arelaer mv.\nMed den forestående ...", s07), so a
# sentence's end does not depend on where the page's width broke the line.
_LIST_END = re.compile(
    r"(?<![\w.])(?:" + "|".join(re.escape(r["abbrev"]) for r in rows("abbreviations.csv") if r.get("ends_list") == "yes")
    + r")[\"”’]?$", re.IGNORECASE)

# The page line of the project's own text output (`sporbar text`, knowledge/cli_text.py
# PAGE_MARKER "--- side N ---"): a text saved from it, or an excerpt of one (every text of
# corpus/municipal), keeps its pages only as these lines. The one pattern for every reader
# (extract.document re-exports it).
TEXT_PAGE_MARK = r"-{3} side \d{1,5} -{3}"

# What may follow a day's or a period's number in lower case ("1. august", "1. aug.", "2. halvår", "3. kvartal").
_MONTHS_OR_HALVES = r"(?:" + "|".join(
    [r["name"] for r in rows("months.csv")] + [f for r in rows("months.csv") for f in r["short_forms"].split("|") if f]
    + ["halvår", "kvartal"]) + r")\b"

_BREAK = re.compile(
    r"\n[ \t]*\n+"                                  # a blank line: paragraph break
    rf"|\n(?=[ \t]*(?:[{LINE_ITEM_MARKS}]\s|\d{{1,2}}\)\s))"  # a bullet (LINE_ITEM_MARKS) or "1)" item starts
    r"|(?<=:)[ \t]*\n"                              # a list introduction ends
    r"|(?<=[.!?])[\"”’]?[ \t]*\n(?=[ \t]*[A-ZÆØÅ\"”“])"  # line ends a sentence
    # a page line after a full stop ends the sentence, as the page's end does in the file: the next page's heading
    # is no part of it ("• Produktion af hamp ... fødevareklynge.\n--- side 31 ---\nENERGI OG KLIMA", s9_05;
    # "• Ingen skal uønsket dø alene.\n--- side 24 ---\nUDENRIGSPOLITIK", s11_07; "--- side 4 ---\nERHVERVSPOLITIK", f05)
    rf"|(?<=[.!?])[\"”’]?[ \t]*\n(?=[ \t]*{TEXT_PAGE_MARK}[ \t]*(?:\n|$))"
    r"|(?<=[.!?])[\"”’]?[ \t]*\n(?=[ \t]*\d{1,2}\.[ \t]+[A-ZÆØÅ])"  # "2. Byrådet ..." after a full stop (s07, s10_12)
    # a numbered at-clause opens its line: a recommendation's point ("Direktionen indstiller,\n1. at den nye model
    # godkendes,\n2. at ..."); a day's number never stands before "at" (a month's name follows it)
    r"|\n(?=[ \t]*\d{1,2}\.[ \t]+at[ \t])"
    # a recommendation's points numbered with a dot, the lead's "at" governing each ("Udvalget indstiller til
    # Byrådet, at\n1. den nuværende model erstattes af ...,\n2. puljen videreføres uændret,"): after a line that ends
    # in "at", "," or ";" a numbered line opening in lower case opens a point, unless a month or a half-year follows
    # the number ("... fra den,\n1. august", a date wrapped; "1. halvår 2024")
    r"|(?:(?<=[,;])|(?<=\bat))[ \t]*\n(?=[ \t]*\d{1,2}\.[ \t]+(?!" + _MONTHS_OR_HALVES + r")[a-zæøå])"
    r"|(?<=[.!?])[\"”’]?[ \t]+(?=[A-ZÆØÅ\"”“])"      # mid-line sentence end
    r"|\s(?=\d+\.\d+\.?\s+[A-ZÆØÅ])"                # flattened section numbers "1.1. Baggrund"
)
_REFERENCE = re.compile(r"(?:stk\.|nr\.|§|bilag|punkt|kapitel|spørgsmål)\s*\d{1,2}\.[\"”’]?\s*$", re.IGNORECASE)
# A house number is no ordinal: "... flytte aktivitetscentret til Solvej 6. Samtidig har ..." (s03). A Danish
# street name ends in one of the address words of the street-name register (vej, gade, allé, plads, ...).
_HOUSE_NUMBER = re.compile(r"[A-ZÆØÅ][a-zæøå]*(?:vej|gade|allé|alle|plads|torv|stræde|boulevard|vænge|park|have)"
                           r"[ \t]+\d{1,2}\.[\"”’]?[ \t]*$")
# The digits after a decimal comma at the end of a number ("25,8", "0,75"): the part `is_false_stop` reads.
_DECIMAL_TAIL = re.compile(r"\d,\d+$")
_WORD_BEFORE_DOT = re.compile(r"([\wæøåÆØÅ]+)\.?[\"”’]?\s*$")


def ends_with_abbreviation(text: str) -> bool:
    """"... beregnet som gnsn." -> True: the final dot is the abbreviation's."""
    # Only the tail can hold it (the longest form is 6 characters); the lookbehind still
    # sees the character before the window.
    return bool(ABBREVIATION_END.search(text, max(0, len(text) - _LONGEST - 1)))


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) narrowed past leading and trailing whitespace (empty when all space)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def is_false_stop(text: str, pos: int) -> bool:
    """A dot before `pos` that belongs to an abbreviation or a small ordinal."""
    head = text[max(0, pos - 12):pos].rstrip()
    if not head.endswith((".", ".\"", ".”", ".’")):
        return False
    match = _WORD_BEFORE_DOT.search(head)
    if not match or _LIST_END.search(head):
        return False
    word = match.group(1)
    if word.isdigit() and head[match.start(1) - 1:match.start(1)] in ("-", "‐"):
        return False  # a number glued to a name is no ordinal: "under covid-19. Styrelsen ..."
    if word.isdigit() and _DECIMAL_TAIL.search(head, 0, match.end(1)):
        # a decimal number is no ordinal: Danish writes the decimal comma ("fastholdes på 25,8. Grundskylds-
        # promillen hæves ...", "et fald på 0,5. Derfor ..."), and only a whole number is read as an ordinal
        return False
    if word.isdigit():
        # "stk. 3." ends a sentence (a reference number); "den 3. april" does not (an
        # ordinal); years (4 digits) always may.
        return len(word) <= 2 and not _REFERENCE.search(text[max(0, pos - 30):pos]) \
            and not _HOUSE_NUMBER.search(text, max(0, pos - 40), pos)
    if _is_acronym(word, head[:match.start(1)]):
        return False
    return word.lower() in ABBREVIATIONS or (len(word) == 1 and word.islower() and word not in _ONE_LETTER_WORDS)


def _is_acronym(word: str, before: str) -> bool:
    """A word of two or more capitals inside running text is an acronym, not an abbreviation: Retskrivningsordbogen
    writes the dotted abbreviations in lower case ("kl. 10", "dr.", "st."), while the organisations KL and DR are
    written in capitals and may end a sentence ("... udarbejdet i dialog med KL. Tilskuddet ..."). A line all in
    capitals (a heading, "NR. 3") keeps its abbreviations: the word before the acronym must hold a lower-case letter."""
    if len(word) < 2 or not word.isupper():
        return False
    previous = before.rstrip().rsplit(None, 1)[-1:] if before.strip() else []
    return bool(previous) and any(c.islower() for c in previous[0])


def opens_mid_line(text: str, pos: int) -> bool:
    """A sentence ends before `pos` on the same line ("... januar 2007. Kontrakten ..."): what starts at
    `pos` cannot be a heading, since a heading is a line of its own. (A section number flattened into the
    line, "... 1.1. Baggrund", follows no sentence end of its line and is left to the heading readers.)"""
    # Read back from `pos` only over the blanks, a closing quote and the stop: a search of the whole line
    # before `pos` made a one-line text of n sentences quadratic (tests/hardening/test_rule_patterns.py).
    line_start = text.rfind("\n", 0, pos) + 1
    end = pos
    while end > line_start and text[end - 1] in " \t":
        end -= 1
    if end == pos:
        return False
    if end > line_start and text[end - 1] in "\"”’)":
        end -= 1
    return end > line_start and text[end - 1] in ".!?"


# Danish words of one letter (Retskrivningsordbogen: the preposition "i", "å" river, "ø" island): a sentence may
# end on them, a stranded preposition above all ("de aktiveringsforløb borgerne deltager i. Denne
# information ...", d11; tests/nlp/test_sentences.py), so their dot is no abbreviation's.
_ONE_LETTER_WORDS = frozenset("iåø")


def _short_heading_break(text: str, start: int, end: int) -> list[int]:
    """Single newlines after a short line without final punctuation: headings, letterhead.

    A heading is a line of its own above its text. A span that opens mid-line, after another sentence's
    full stop, is that paragraph's next sentence, so none of its lines is a heading however short, up to the
    line that ends it ("... den 1.\njanuar 2007. Kontrakten med rygestopinstruktørerne fra\nFolkesundhed
    København er opsagt ...", f07, and "... fred og stabilitet. I det\ninternationale arbejde ser vi også i
    fremtiden\nNATO-samarbejdet ...", s11_05, wrapped at other widths); past that line (a page mark may hide
    the next sentence's start: "... styrke disse.\n--- side 3 ---\nEt bæredygtigt samfund\nEn ...", s10_01) a
    short line may be a heading again."""
    continuing = opens_mid_line(text, start)
    cuts = []
    line_start = start
    at = text.find("\n", start, end)
    while at != -1:
        line = text[line_start:at].strip()
        if line and len(line) < 50 and not line.endswith((",", "-", "og", "i", "af", "at")) \
                and text[at + 1:at + 2].isupper() and not continuing:
            cuts.append(at)
        if continuing and line.endswith((".", "!", "?", ":", ";")):
            continuing = False
        line_start = at + 1
        at = text.find("\n", line_start, end)
    return cuts


# An en dash that opens a wrapped line inside a sentence is a tankestreg, not a bullet: the line before ends
# mid-sentence (on a lowercase word) and the dash line closes its insertion with a second dash ("Regionernes
# væsentligste opgave\n– sygehusene – skal overdrages til staten.", f06; tests/nlp/test_sentences.py).
_INSERTION_LINE = re.compile(r"\n[ \t]*–[ \t]+[^\n–.:;!?]{1,60}?[ \t]–[ \t]+[a-zæøå]")


def is_insertion_dash(text: str, pos: int) -> bool:
    """The newline at `pos` opens a "– ... –" insertion that continues the sentence before it."""
    line_start = text.rfind("\n", 0, pos) + 1
    before = text[line_start:pos]
    return bool(_INSERTION_LINE.match(text, pos, min(len(text), pos + 80))
                and before.rstrip(" \t")[-1:].islower() and not _BULLET_LINE.match(before))


_BULLET_LINE = re.compile(rf"[ \t]*[{LINE_ITEM_MARKS}][ \t]")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of every sentence, whitespace trimmed, in text order."""
    cuts = [0]
    for match in _BREAK.finditer(text):
        if is_false_stop(text, match.start()) and "\n\n" not in match.group(0):
            continue
        if match.group(0) == "\n" and is_insertion_dash(text, match.start()):
            continue
        cuts.append(match.start())
        cuts.append(match.end())
    cuts.append(len(text))
    spans: list[tuple[int, int]] = []
    for lo, hi in zip(cuts[::2], cuts[1::2]):
        pieces = [lo, *_short_heading_break(text, lo, hi), hi]
        for a, b in zip(pieces, pieces[1:]):
            a, b = trim_span(text, a, b)
            if b > a:
                spans.append((a, b))
    return spans
