"""Repair what PDF-to-text converters break, keeping a map back to the raw text.

The repairs are the ones the corpus shows (see tests/extract/test_normalise.py for the
real snippet behind each): ft.dk page-image markers (`2052103_0001.png`) and running
headers, lone page numbers between blank lines, hyphenated line breaks (but not
suspended compounds like `Sundheds- og` nor `EU-`/`2014-`), Cloudflare's
`[email protected]` glued to its neighbours, UTF-8 read as cp1252 (`Ã¥`), words glued where
a converter lost a line break (`fraRené`, `Christiansborg1240 København K`, `00E [email protected]`;
the table GLUE_RULES), a letter's own part glued to the line before it, where the lost line
break is put back (`havstokken”?Svar`, `ministeren10. april 2012`; the table LINE_RULES), pdfTeX's separate ring accent (`p˚a`), and markdown/HTML left by
converters (`**Spørgsmål nr. 558:**`, `<ul style=...>` inside table cells). A page break
inside a paragraph (a form feed, with the page's footer number) joins a hyphenated word and
lets the sentence go on; line ends, decomposed letters and ligature glyphs are evened out first
(`_LINE_ENDS`).

Text read from a PDF's own text layer keeps its line breaks, so the glued-word repairs
are not applied to it (`GlueEvidence.OWN_LINE_BREAKS`): there a capital inside a word is the
word's own (`TrekantBrand`, `PowerShell`, `Anders.JuelSorensen@middelfart.dk`).

All repairs run in one left-to-right regex pass, so every output character is either
copied (exact) or produced by a repair that points at the raw run it replaced.
"""
from __future__ import annotations

import bisect
import enum
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType

import ftfy

from danish.dates import LETTER_DATE_PATTERN, MONTH_NAME_PATTERN

from .document import Segment
from .ocr_repair import OCR_REPAIR, OCR_REPAIRS, ocr_repaired

_LOWER = "a-zæøåäöüé"
_UPPER = "A-ZÆØÅÄÖÜÉ"
# cp1252 characters that show up as the second byte of UTF-8 read as cp1252.
_CP1252_TAIL = "\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"

# Contact-block labels of ministry letterheads (T, E, Fax, CVR, EAN, J.nr. ...), each
# followed by its value: a number, an address or a colon.
# A one-letter label ("T 72 20 50 00", "E [email protected]") only before its value: before a colon the letter
# is as often the end of a party's or a body's initials ("Derfor vil SF:", "fra RV og SF:"), which no space splits.
_LABEL = r"(?:(?:Tlf\.|Fax|E-mail|CVR|EAN|J\.nr\.)(?=[ \t]?[+\d\[]|:|[ \t]nr\.)|[TEF](?=[ \t]?[+\d\[]))"
_TOWN = rf"[{_UPPER}][{_LOWER}]+"

# Where ft.dk's text versions (and HTML) glue words together because a line break was
# lost: (name, zero-width boundary where a space goes, corpus snippets attesting it).
GLUE_RULES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    # A noun in its definite form glued to a capital: Danish compounds join stems ("Ferie|Konto",
    # "Natur|Erhvervsstyrelsen", "Sundheds|Husets"), never a definite form, so "-en", "-et" or "-ne"
    # of a word of six letters or more before a capital ends a word, in any text.
    ("definite_case", rf"(?<=[{_UPPER}{_LOWER}]{{4}}(?:en|et|ne))(?=[{_UPPER}][{_LOWER}])",
     ("BeskæftigelsesministerietVed Stranden 8",            # amu-2008-09-spm53-svar, beu-2012-13-l53-spm22-svar
      "DepartementetHolmens Kanal 22")),                    # sou-2009-10-spm662-svar
    # Any lower-case letter before a capital and a lower-case one: glued words only in a text that
    # shows a converter's lost line breaks (pdf_glued); elsewhere a capital inside a word is the
    # word's own ("FerieKonto", s12_08; "NaturErhvervsstyrelsen", s9_05; "TrekantBrand", f13, s05).
    # A lone "e" before the capital is the e- of a digital service's name, one word: "eIndkomst"
    # (beu-2022-23-2s-spm61-svar), "eDoc" (municipal f13_trekantbrand_ejerstrategi).
    ("case", rf"(?<=[{_LOWER}])(?<!\be)(?=[{_UPPER}][{_LOWER}])",
     ("ønske fraEigil Andersen",                             # amu-2008-09-spm53-svar
      "BeskæftigelsesministerietVed Stranden 8")),          # amu-2008-09-spm53-svar, beu-2012-13-l53-spm22-svar
    # "ERHVERVS- OGVÆKSTMINISTEREN": the "og" of a suspended compound ("Erhvervs- og
    # Vækstministeriet") is always followed by a space; in capitals the case rule cannot see it.
    ("suspended_og", rf"(?<=[{_UPPER}{_LOWER}]- og)(?=[{_UPPER}{_LOWER}])(?!så)|(?<=[{_UPPER}]- OG)(?=[{_UPPER}])",
     ("ERHVERVS- OGVÆKSTMINISTEREN",                         # eru-2013-14-spm233-svar
      "Økonomi- ogIndenrigsministeriet")),                   # kou-2011-12-l108-spm5-spm
    ("postcode", rf"(?<=[{_LOWER}])(?=\d{{4}}[ \t]{_TOWN}\b)",
     ("ArbejdsmarkedsudvalgChristiansborg1240 København K",  # amu-2008-09-spm53-svar
      "BeskæftigelsesudvalgChristiansborg1240 København K")),  # beu-2012-13-l53-spm22-svar
    ("house_number", "|".join(rf"(?<=[{_LOWER}][ \t]\d{{{n}}})(?=\d{{4}}[ \t]{_TOWN}[ \t][KCVSNØ](?![{_LOWER}]))"
                              for n in (1, 2, 3)),
     ("Ved Stranden 81061 København K",                      # amu-2008-09-spm53-svar, beu-2012-13-l53-spm22-svar
      "Frederiksholms Kanal 261220 København K.")),         # udu-2009-10-spm248-svar
    ("label", rf"(?:(?<=\d)|(?<=\.dk)|(?<=[ \t][KCVSNØ])|(?<=[ \t][KCVSNØ]\.))(?={_LABEL})",
     ("København KT 72 20 50 00E [email protected]",       # amu-2008-09-spm53-svar, beu-2012-13-l53-spm22-svar
      "www.bm.dkCVR 10172748EAN 5798000398566",              # amu-2008-09-spm53-svar, beu-2012-13-l53-spm22-svar
      "Tlf. 3392 5600Fax 3392 5666E-mail [email protected]www.uvm.dkCVR nr. 20-45-30-44",  # udu-2009-10-spm248-svar
      "18. december 2008J.nr. 2008-0006659")),             # amu-2008-09-spm53-svar
)

# Where the converter lost a line break before a letter's own part and glued it to the text
# before: the break is put back (a newline, not a space), so the part starts its line again.
# (name, zero-width boundary where the newline goes, corpus snippets attesting it).
_MONTH = MONTH_NAME_PATTERN  # the twelve month names, written out (danish/dates.py)
_LETTER_DATE = LETTER_DATE_PATTERN  # a date in any form a letter prints its own date in (danish/dates.py)
LINE_RULES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    # A label of the letter glued after the sentence that ends before it.
    ("label_after_sentence",
     r"(?:(?<=[a-zæøå0-9)”\"][?.!])|(?<=[a-zæøå][?.!][”\"]))"
     r"(?=(?:Endeligt\s)?Svar(?:et)?\b|Spørgsmålet\s|På udvalgets vegne|Med venlig hilsen)",
     ("havstokken”?Svar",                                   # mpu-2009-10-l206-spm73-svar
      "øgede fokus.Svar:",                                   # eru-2013-14-spm233-svar
      "med ordningen?Spørgsmålet er stillet",                # kuu-2009-10-spm171-spm
      "offentliggørelsen?Svaret bedes",                      # kou-2011-12-l108-spm5-spm
      "betingelser.Spørgsmålet er stillet")),                # buu-2011-12-spm142-spm
    # The question's heading glued to the line before it, ending its own line.
    ("heading_after_text", r"(?<=[.)])(?=Spørgsmål(?: nr\.)? \d+[ \t]*:?[ \t]*$)",
     ("(Margrethe Vestager)Spørgsmål 5",                    # kou-2011-12-l108-spm5-spm
      "Poulsen (RV).Spørgsmål nr. 73")),                     # mpu-2009-10-l206-spm73-svar
    # The letter's date, alone at the end of its line, glued to the sender's title or to the
    # journal number before it; the date in any form a letter prints its own date in (_LETTER_DATE:
    # "10. april 2012", "10. apr. 2012", "10-04-2012", "10.04.2012", "10/4 2012").
    # A lower-case "den" is split off only a definite noun's "-en" ("Kulturministerenden 16. april 2008"): the
    # words "inden", "siden", "uden", "verden", "perioden" end in "den" before a date too ("inden 15. maj 2024").
    ("date_after_field", rf"(?<=[a-zæøå])(?={_LETTER_DATE}[ \t]*$)"
                         rf"|(?<=[a-zæøå0-9])(?=(?:Den|d\.) {_LETTER_DATE}[ \t]*$)"
                         rf"|(?<=[a-zæøå]{{3}}en)(?=den {_LETTER_DATE}[ \t]*$)",
     ("Økonomi- og indenrigsministeren10. april 2012",      # kou-2011-12-l108-spm5-spm
      "Kulturministeren16. april 2008",                      # kuu-2007-08-2s-l137-spm1-spm
      "Børne- og undervisningsministeren26. juni 2012",      # buu-2011-12-spm142-spm
      "J.nr. BLS-101-01522Den 25. maj 2010")),               # mpu-2009-10-l206-spm73-svar
)

# Line ends, evened out before the repairs below read the text: a Windows or old Mac line end
# ("\r\n", "\r") as "\n", and no spaces or tabs before a line's end. The repairs and every parser
# read a line's end as "\n" right after its last word ("[ \t]*$", "-\n", "(?<=\n\n)"): a text
# saved with CRLF or with trailing spaces lost its issuer, addressee and askers (the ft_qa dev
# letters re-saved so: micro F1 0.993 and 1.000 -> 1.000; bench/metamorphic.py).
#
# Letters written as a base letter and a combining mark ("a" + U+030A for "å", "e" + U+0301 for "é":
# Unicode's decomposed form, NFD, as macOS and some PDF text layers give it) are composed (NFC), as
# every pattern and table of the project spells them: the dev texts re-saved in NFD gave 0.69-0.89
# of their own records' fields (bench/metamorphic.py).
# Ligature glyphs kept as one code point ("ﬁnansieret", "ﬂytning": U+FB00-FB06, as text copied
# out of a PDF keeps them) are their letters, as the PDF loader spells them (pdf_runs).
_LINE_ENDS = re.compile(r"(?P<trailing_space>[ \t]+(?=\r\n|\r|\n|\Z))|(?P<newline>\r\n?)"
                        r"|(?P<decomposed>[^\s\u0300-\u036f][\u0300-\u036f]+)|(?P<ligature>[\ufb00-\ufb06])")
_EVENED: dict[str, Callable[[re.Match[str]], str]] = {
    "trailing_space": lambda m: "",
    "newline": lambda m: "\n",
    "decomposed": lambda m: unicodedata.normalize("NFC", m.group(0)),  # unchanged for a mark no letter takes
    "ligature": lambda m: unicodedata.normalize("NFKC", m.group(0)),
}

# A page break (a form feed, as pdftotext and the loader's text files mark one) inside a
# paragraph: the page's last line, maybe its page number in the footer ("3", "Side 3 af 4")
# and blank lines, the form feed, then the sentence goes on. (A number at the next page's top is
# left: it is as often a table's cell going on, uui-2023-24-spm44-svar's figures.) A word hyphenated
# over the break is joined as at a line end; a sentence that goes on after it (a lower-case
# word or a bracket: "... efter ønske fra Kim Andersen | (V).") goes on on the next line, so a
# page break does not end a paragraph; a page number in the footer before a form feed is no text.
_PAGE_NUMBER = r"[ \t]*(?:[Ss]ide[ \t]+)?\d{1,3}(?:[ \t]*(?:af|/)[ \t]*\d{1,3})?[ \t]*\n"
_BLANK_LINES = r"(?:[ \t]*\n)*"
_PAGE_BREAK = rf"{_BLANK_LINES}(?:{_PAGE_NUMBER}{_BLANK_LINES})?[ \t]*\f{_BLANK_LINES}[ \t]*"

_PATTERNS: list[tuple[str, str]] = [
    ("page_hyphen", rf"(?<=[{_LOWER}])-[ \t]*\n{_PAGE_BREAK}(?!(?:og|eller|samt|til|and|or)\b)(?=[{_LOWER}])"),
    ("page_break", rf"(?<=[^\s.!?:;])[ \t]*\n{_PAGE_BREAK}(?=[{_LOWER}(])"),
    ("page_number", rf"^{_PAGE_NUMBER}(?={_BLANK_LINES}[ \t]*\f)"),
    ("newline", r"\f"),
    ("marker", r"^[ \t]*\d{4,9}_\d{4}\.png[ \t]*(?:\n|\Z)"),
    # "BEU, Alm.del - 2018-19 (1. samling) - Bilag 328: Orientering om ..."
    ("runhead", rf"^[{_UPPER}]{{2,6}}, [^\n]{{0,40}}? - \d{{4}}-\d{{2}}[^\n]*? - (?:Bilag|Spørgsmål|Svar|Endeligt svar|Samrådsspørgsmål|Spm\.|Aktstykke)[^\n]*(?:\n|\Z)"),
    ("pagenum", r"(?<=\n\n)[ \t]*\d{1,3}[ \t]*\n(?=[ \t]*\n)"),
    ("hyphen", rf"(?<=[{_LOWER}])-[ \t]*\n[ \t]*(?!(?:og|eller|samt|til|and|or)\b)(?=[{_LOWER}])"),
    ("pdfium_hyphen", "[\ufffe\x02]"),
    # UTF-8 read as cp1252 or Latin-1: a lead byte's character ("Ã", "Â", "â") and its
    # continuation bytes' characters ("¸", "€", or a C1 control under Latin-1); runs of them, so
    # a second layer ("ÃƒÂ¸" for "ø") is one match for `_fix_mojibake` to peel.
    ("mojibake", rf"(?:Ã[{_CP1252_TAIL}]|Â[\x80-\x9f\xa1-\xbf]|â[{_CP1252_TAIL}]{{1,2}}|Â(?=[\s\xa0]))+"),
    ("email", r"\[email(?:\xa0|&#160;| )protected\]"),
    ("ring", r"˚[ \t]?([aA])"),
    ("bold", r"\*\*(?=\S)([^*\n]{1,300}?)\*\*"),
    ("heading", r"^#{1,6}[ \t]+"),
    ("tag", r"</?(?:ul|ol|li|br|p|span|div|b|i|strong|em|u|font|sup|sub|table|tr|td|th|tbody|thead)\b[^<>\n]{0,400}>"),
    ("softhyphen", "\xad"),
    ("nbsp", "\xa0"),
    ("linebreak", "|".join(f"(?:{pattern})" for _, pattern, _ in LINE_RULES)),
    ("glue", "|".join(f"(?:{pattern})" for _, pattern, _ in GLUE_RULES)),
]
_MOJIBAKE = re.compile(dict(_PATTERNS)["mojibake"])
#: The glued-word rules that need a text's lost line breaks as evidence (see "case" above).
IN_WORD_CAPITAL_RULES = frozenset({"case"})


class GlueEvidence(enum.Enum):
    """What a text shows of a converter's lost line breaks, and so which glued-word repairs
    (GLUE_RULES, LINE_RULES) it takes: a junction is split only where the text gives cause to
    think a line break was lost there rather than that the words are written so."""

    #: The file's own line and paragraph breaks (a PDF's text layer, a Word or OpenDocument file):
    #: no glued words to repair; a capital inside a word is the word's own ("TrekantBrand").
    OWN_LINE_BREAKS = "own_line_breaks"
    #: A text that may be a converter's text version (a text file, a web page) but shows no lost
    #: line breaks: its glued junctions are repaired, but a capital inside a word is the word's own
    #: ("FerieKonto", "NaturErhvervsstyrelsen"), so the lower-case/capital rule is left out.
    NONE_SHOWN = "none_shown"
    #: The text shows a converter's lost line breaks (pdf_glued.lost_line_breaks): every glued-word
    #: repair, a lower-case letter glued to a capital ("fraEigil") too.
    LOST_LINE_BREAKS = "lost_line_breaks"


def _compiled(patterns: Sequence[tuple[str, str]]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in patterns), re.MULTILINE)


# The one pass of repairs for each kind of text: all of them, or without the lower-case/capital
# glue rule, or without the glued-word repairs at all.
_REPAIRS: Mapping[GlueEvidence, re.Pattern[str]] = MappingProxyType({
    GlueEvidence.LOST_LINE_BREAKS: _compiled(_PATTERNS),
    GlueEvidence.NONE_SHOWN: _compiled([
        (name, pattern) if name != "glue" else
        ("glue", "|".join(f"(?:{p})" for n, p, _ in GLUE_RULES if n not in IN_WORD_CAPITAL_RULES))
        for name, pattern in _PATTERNS]),
    GlueEvidence.OWN_LINE_BREAKS: _compiled([(name, pattern) for name, pattern in _PATTERNS
                                             if name not in ("glue", "linebreak")]),
})


#: A pass of repairs: its text, the map back to the text it read, its repairs (in its text's offsets).
_Pass = tuple[str, tuple[Segment, ...], tuple[tuple[int, int, str], ...]]

_MOJIBAKE_LAYERS = 3  # a text converted wrongly more than three times over is not seen


def _undo_one_layer(text: str) -> str | None:
    """The exact inverse of one wrong reading, when its bytes survived intact."""
    for misread in ("cp1252", "latin-1"):
        try:
            return text.encode(misread).decode("utf-8")
        except UnicodeError:
            continue
    return None


def _fix_mojibake(text: str) -> str:
    for _ in range(_MOJIBAKE_LAYERS):
        undone = _undo_one_layer(text)
        if undone is None or undone == text:
            break
        text = undone
        if not _MOJIBAKE.search(text):
            return text
    fixed = ftfy.fix_text(text, uncurl_quotes=False, fix_line_breaks=False, normalization=None)
    if fixed != text:
        return fixed
    # A lone "Â" stood for a no-break space; "â€" whose third byte was lost was a quote.
    return text.replace("Â", "").replace("â€", "”")


def decode_cfemail(encoded: str) -> str | None:
    """The address Cloudflare's e-mail protection hides in `data-cfemail` (or after
    `/cdn-cgi/l/email-protection#`): hex bytes, the first the XOR key of the others.

    HTML pages still carry the address this way; text saved from them holds only the
    `[email protected]` placeholder, which `normalise` can merely keep apart from its
    neighbours. None when the value is not such an address.
    """
    try:
        data = bytes.fromhex(encoded.strip())
    except ValueError:
        return None
    if len(data) < 4:
        return None
    try:
        address = bytes(b ^ data[0] for b in data[1:]).decode("utf-8")
    except UnicodeDecodeError:
        return None
    return address if re.fullmatch(r"[^\s@<>]+@[^\s@<>]+", address) else None


def _glue_boundary(match: re.Match[str]) -> str:
    s, start, end = match.string, match.start(), match.end()
    before = s[start - 1] if start > 0 else " "
    after = s[end] if end < len(s) else " "
    return "" if before.isspace() or after.isspace() else " "


def _email(match: re.Match[str]) -> str:
    s, start, end = match.string, match.start(), match.end()
    left = "" if start == 0 or s[start - 1].isspace() or s[start - 1] in "([<\"'“„" else " "
    right = "" if end >= len(s) or s[end].isspace() or s[end] in ")]>,.;:”\"'" else " "
    return f"{left}[email protected]{right}"


_REPLACERS: dict[str, Callable[[re.Match[str]], str]] = {
    "page_hyphen": lambda m: "",
    "page_break": lambda m: "\n",
    "page_number": lambda m: "",
    "newline": lambda m: "\n",
    "marker": lambda m: "",
    "runhead": lambda m: "",
    "pagenum": lambda m: "",
    "hyphen": lambda m: "",
    "pdfium_hyphen": lambda m: "-",
    "mojibake": lambda m: _fix_mojibake(m.group(0)),
    "email": _email,
    "ring": lambda m: "å" if m.group("ring")[-1] == "a" else "Å",
    "bold": lambda m: m.group(0)[2:-2],
    "heading": lambda m: "",
    "tag": _glue_boundary,
    "softhyphen": lambda m: "",
    "nbsp": lambda m: " ",
    "linebreak": lambda m: "\n",
    "glue": lambda m: " ",
}

REPAIR_KINDS: tuple[str, ...] = tuple(dict.fromkeys([*_EVENED, *(name for name, _ in _PATTERNS),
                                                     *(name for name, _, _, _ in OCR_REPAIRS)]))


def normalise(raw: str, *, glue_evidence: GlueEvidence = GlueEvidence.LOST_LINE_BREAKS,
              ocr: Sequence[tuple[int, int]] = ()) -> _Pass:
    """Return (normalised text, segment map, repairs as (start, end, kind) in output).

    `glue_evidence` says which glued-word repairs (GLUE_RULES, LINE_RULES) the text takes: none
    for text whose line breaks are its own, such as a PDF's text layer (OWN_LINE_BREAKS); all
    but the lower-case/capital one (IN_WORD_CAPITAL_RULES) for a text file or web page that shows
    no lost line breaks, where "FerieKonto" is one word (NONE_SHOWN); all of them by default
    (LOST_LINE_BREAKS). `ocr`: the [start, end) spans of `raw` that tesseract wrote (pages read by
    OCR), where the OCR repairs (ocr_repair.OCR_REPAIRS) are made first; no other text is touched
    by them.
    """
    pattern = _REPAIRS[glue_evidence]

    def repaired(text: str) -> _Pass:
        evened = _even_line_ends(text)
        return _on_top(evened, len(text), lambda even: _repaired(even, pattern)) if evened[2] \
            else _repaired(text, pattern)

    if ocr:
        fixed = _ocr_pass(raw, ocr)
        if fixed[2]:
            return _on_top(fixed, len(raw), repaired)
    return repaired(raw)


def _on_top(inner: _Pass, raw_length: int, outer: Callable[[str], _Pass]) -> _Pass:
    """A pass over the text an inner pass made of the raw text (line ends evened, OCR misreadings mended): the outer
    pass's text, one map from it back to the raw text, and both passes' repairs in the outer text's offsets."""
    mid, inner_map, inner_repairs = inner
    text, segments, repairs = outer(mid)
    ends = [seg.raw_end for seg in segments]  # non-decreasing: the pass copies and repairs left to right
    moved = tuple((_norm_at(segments, ends, start), _norm_at(segments, ends, end), kind)
                  for start, end, kind in inner_repairs)
    return text, _composed(segments, inner_map, len(mid), raw_length), tuple(sorted(repairs + moved))


def _ocr_pass(raw: str, spans: Sequence[tuple[int, int]]) -> _Pass:
    """The OCR repairs made inside `spans` of `raw` (a match outside them is copied as it is), the map back to
    `raw` and the repairs (in the returned text's offsets)."""

    def repair(match: re.Match[str]) -> str:
        inside = any(lo <= match.start() and match.end() <= hi for lo, hi in spans)
        return ocr_repaired(match) if inside else match.group(0)

    return _one_pass(raw, OCR_REPAIR, repair, keep_inner=False)


def ocr_fixed(raw: str, spans: Sequence[tuple[int, int]]) -> str:
    """`raw` with the OCR repairs made inside `spans` (the pages tesseract read), before the other repairs: what
    the page-image marker ("628348_0001.png") is read from."""
    return _ocr_pass(raw, spans)[0]


def _even_line_ends(raw: str) -> tuple[str, tuple[Segment, ...], tuple[tuple[int, int, str], ...]]:
    """The text with its line ends evened out, its decomposed letters composed and its ligatures spelt
    (`_LINE_ENDS`), its map back to `raw`, and the repairs (in the returned text's offsets). A "\r\n"
    is one repaired "\n", not a copy of its "\n"."""
    return _one_pass(raw, _LINE_ENDS, lambda m: _EVENED[m.lastgroup or ""](m), keep_inner=False)


def _composed(outer: Sequence[Segment], inner: Sequence[Segment], mid_length: int,
              raw_length: int) -> tuple[Segment, ...]:
    """`outer` (output -> the evened text) followed by `inner` (the evened text -> raw): one map from
    the output to raw. An exact piece of `outer` is cut where `inner` changes from copy to repair."""
    starts = [s.norm_start for s in inner]

    def raw_at(mid: int) -> int:
        if mid >= mid_length or not inner:
            return raw_length
        piece = inner[max(0, bisect.bisect_right(starts, mid) - 1)]
        return piece.raw_start + (mid - piece.norm_start) if piece.exact else piece.raw_start

    out: list[Segment] = []
    for seg in outer:
        if not seg.exact:
            lo = raw_at(seg.raw_start)
            out.append(Segment(seg.norm_start, lo, max(lo, raw_at(seg.raw_end)), seg.length, False))
            continue
        mid, k = seg.raw_start, max(0, bisect.bisect_right(starts, seg.raw_start) - 1)
        while mid < seg.raw_end:
            piece = inner[k]
            hi = min(seg.raw_end, piece.norm_start + piece.length)
            at = seg.norm_start + (mid - seg.raw_start)
            if piece.exact:
                lo = piece.raw_start + (mid - piece.norm_start)
                out.append(Segment(at, lo, lo + (hi - mid), hi - mid, True))
            else:
                out.append(Segment(at, piece.raw_start, piece.raw_end, hi - mid, False))
            mid, k = hi, k + 1
    return tuple(out)


def _norm_at(segments: Sequence[Segment], ends: Sequence[int], mid: int) -> int:
    """The output offset of the evened text's offset `mid` (the first output character at or after it);
    `ends` are the segments' raw ends, searched by bisection (a text of many lines has as many repairs)."""
    i = bisect.bisect_left(ends, mid)
    while i < len(segments) and not (ends[i] > mid or segments[i].exact):
        i += 1
    if i == len(segments):
        return sum(seg.length for seg in segments)
    seg = segments[i]
    if seg.exact and seg.raw_start <= mid:
        return seg.norm_start + (mid - seg.raw_start)
    return seg.norm_start


def _repaired(raw: str, pattern: re.Pattern[str]) -> tuple[str, tuple[Segment, ...], tuple[tuple[int, int, str], ...]]:
    """The one left-to-right pass of the repairs over text whose line ends are even."""
    return _one_pass(raw, pattern, lambda m: _REPLACERS[m.lastgroup or ""](m), keep_inner=True)


def _one_pass(raw: str, pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str], *,
              keep_inner: bool) -> tuple[str, tuple[Segment, ...], tuple[tuple[int, int, str], ...]]:
    """The text with every match of `pattern` replaced, left to right, its map back to `raw` and the repairs
    (output offsets, the match's group name as kind). `keep_inner`: a replacement found inside its match
    (markdown bold's text) is copied from it, exactly mapped, and is no repair."""
    out: list[str] = []
    segments: list[Segment] = []
    repairs: list[tuple[int, int, str]] = []
    pos = 0
    length = 0

    def copy(raw_start: int, raw_end: int) -> None:
        nonlocal length
        if raw_end <= raw_start:
            return
        out.append(raw[raw_start:raw_end])
        segments.append(Segment(length, raw_start, raw_end, raw_end - raw_start, True))
        length += raw_end - raw_start

    for match in pattern.finditer(raw):
        kind = match.lastgroup or ""
        start, end = match.start(), match.end()
        copy(pos, start)
        pos = end
        old = match.group(0)
        new = replace(match)
        if new == old:
            copy(start, end)
            continue
        if not new:
            repairs.append((length, length, kind))
            continue
        inner = old.find(new) if keep_inner and new in old else -1
        if inner >= 0:  # a substring survives unchanged (markdown bold): keep exact mapping
            copy(start + inner, start + inner + len(new))
            continue
        out.append(new)
        segments.append(Segment(length, start, max(end, start + 1), len(new), False))
        repairs.append((length, length + len(new), kind))
        length += len(new)
    copy(pos, len(raw))
    return "".join(out), tuple(segments), tuple(repairs)


def raw_to_norm(segments: Sequence[Segment], raw_index: int) -> int:
    """The normalised offset of the first character at or after `raw_index`."""
    for seg in segments:
        if seg.raw_end > raw_index:
            if seg.exact and seg.raw_start <= raw_index:
                return seg.norm_start + (raw_index - seg.raw_start)
            return seg.norm_start
    return segments[-1].norm_start + segments[-1].length if segments else 0


def page_spans(segments: Sequence[Segment], lengths: Sequence[int], numbers: Sequence[int],
               text_length: int) -> list[tuple[int, int, int]]:
    """(page number, start, end) of each page in the normalised text: a page runs from where its first raw
    character went to where the next page's did (the last to the text's end), so the pages tile the text."""
    starts, raw = [], 0
    for length in lengths:
        starts.append(raw_to_norm(segments, raw))
        raw += length
    return [(numbers[i], starts[i], starts[i + 1] if i + 1 < len(starts) else text_length) for i in range(len(starts))]


def collapse_ws(text: str) -> str:
    """Whitespace-normalise a field value the way the flat view and the gold do."""
    return " ".join(text.split())
