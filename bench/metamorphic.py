"""How far a text's records depend on how the file was saved: metamorphic agreement on the dev texts.

An unseen document is the same kind of text saved another way: other line ends, other line widths,
spaces left at line ends, letters in Unicode's decomposed form. This re-saves every bundled dev text
(corpus/ft_qa, ft_qa_ministries, seeds, star, policy, municipal) in each of those ways, extracts the copy and
scores its record against the original file's own record with the shared scorer (tests/fixtures/
score.py): 1.0000 means the record does not depend on the change. No gold is read, so any text may be
measured; a drop names a parser that reads the file's form rather than its words.

    python -m bench.metamorphic [--sets ft_qa,star] [--kinds crlf,wrap60] [--fields]

Variants:
  crlf, cr    every line end as Windows' "\\r\\n" or an old Mac's "\\r"
  trailing    spaces and a tab after every line's last word
  nfd         Unicode's decomposed form ("å" as "a" and a combining ring)
  ligatures   "fi", "fl", "ff" as the ligature glyphs a PDF's text copied out keeps ("ﬁ", "ﬂ", "ﬀ")
  html        the text as a web page: each blank-line block a <p>, each of its lines ended by <br>
              (as ft.dk's web archive pages and converters print a letter). The loader's page lines
              ("--- side 2 ---") stay lines of text; an indented line that continues a bullet loses
              its indent, which a web page's list item would not need (p11's Mål 1).
  pagebreak   a page break in the middle, as pdftotext writes one: from the middle line on, after the
              first line that a sentence goes on from, a blank line, the page's number, and a form
              feed opening the next page (texts with the loader's own page lines are left as they are)
  pdf         the text printed to PDF as a browser or text editor prints it: one text line a PDF line
              (DejaVu Sans 9 pt, 12 pt apart, 60 lines a page, a line longer than the page wrapped at
              100 characters, a table's tab-separated cells in columns as wide as their widest cell;
              the loader's page lines start a new page), read back by the PDF loader (needs reportlab, a dev
              dependency); tests/extract/test_printed_pdfs.py prints its texts with the same printer
  letterpdf   a letter printed as a ministry lays it out (letter_layout, print_letter_pdf), read back by the PDF
              loader: the ft.dk stamp (its first lines down to "Offentligt" and the page image's "NNNN_0001.png")
              top left in small type; then the head, the lines before the first line of the letter's own text
              (one that opens it, "Spørgsmål", "Svar", "Besvarelse", "Samrådsspørgsmål"; a line of prose, five
              words or more in lower case; or a line of 50 characters or more that ends a clause). Of the head,
              the lines a letterhead column holds (a ministry's or department's name, street, postcode, T/Tlf/
              Telefon/F/Fax/E/E-mail/M/W/www/CVR/EAN, a date, Dato/J.nr./Sagsnr./Doknr./Enhed/Sagsbeh., a bare
              number under such a label) go to a column at 0.72 of the page's width in 7 pt type, as BM's
              letters set it, from the addressee's first line down; the addressee (a committee, Folketinget,
              its secretariat, Christiansborg and 1240 København K under them, an e-mail under a name) and the
              other head lines stay top left. A date or J.nr. line among the body's first ten lines (before the
              answer's heading), where ft.dk's text version puts what stood beside the body, joins the column.
              The body is set in a column of 80 characters (9 pt DejaVu Sans Condensed, 326 pt), its
              paragraphs joined as "wrapN" joins them; 55 lines a page, going on on page 2 without the
              letterhead. Glued letterhead lines ("BeskæftigelsesministerietVed Stranden 8...") are printed as
              the text has them, wrapped in the column. No line ends in a suspended compound's hyphen: the text
              version may glue its "og" to the next word ("Økonomi- ogIndenrigsministeriet", kou-2011-12), which
              a real letter never prints, and the loader would join the two as a hyphenated word.
  scan        the letter as a scanner gives it: printed as "letterpdf" prints it (a text that is no letter, one
              with no addressee or letterhead line in its head, as "pdf"), each page rendered at 300 dpi in grey
              (print_scan_pdf), and saved as an image-only PDF (Pillow), which the PDF loader reads by OCR
              (tesseract dan, extract/ocr.py). A mild, deterministic degradation, as an office scanner's
              copy of a printed letter: ink a shade lighter (30 of 255) and paper a shade darker (242), the
              sheet turned 0.3 degrees, 2% of the pixels a faint speck (fixed seed), a blur of 0.4 pixel.
              Needs tesseract-ocr-dan; about 6 s a page on one core.
  docx        the text written as a Word document (tests/fixtures/word_print.py: a paragraph a line, tab rows a
              Word table, the loader's page lines page breaks), read back by the Word reader (extract/word_document.py)
  headswap    a letter's head in another ministry's order (built on letter_layout): the letterhead column's
              lines (those beside the body's first lines included) printed above the addressee's lines, the
              ft.dk stamp (and a loader's page line, "--- side 1 ---") first as before. Left as they are: the Folketing's own question form ("Til:" over
              "Dato:", one template no ministry lays out again), a head with no letterhead column or no
              addressee or already letterhead first, a head with a line of no letters ("|"). Changes 8 ft_qa
              and 8 ft_qa_ministries letters.
  footer      the letterhead's address and contact lines (ministry name, street, postcode, T/Tlf/Telefon/E/
              www/CVR/EAN, a contact label's value under it) moved to the end of the first page (before the
              first "--- side N ---" or page image after the first, else after the body, before a closing
              "Bilag" list), the date and journal-number lines (with their labels and values) left at the top,
              as the ministries' footer templates print them (ufu-2016-17-spm3-svar prints its letterhead after
              the answer, mpu-2009-10-l206-spm73-svar its footer after the signer). Changes 8 ft_qa and 5
              ft_qa_ministries letters (no dev letter has a page marker or a "Bilag" list: all go last).
  dateorder   the date line (a "Dato" label with its value) and the adjacent journal-number lines (a label
              with its value; a run "Sagsnr. / 2022 - 1328 / Doknr. / 537696" kept whole) in the other order.
              A date glued to its J.nr. ("18. december 2008J.nr. 2008-0006659") and TRM's column of labels over
              a column of values ("Dato / J. nr. / 9. december 2105 / 2015-6848") are left as they are.
              Changes 3 ft_qa and 2 ft_qa_ministries letters.
  wrapN       every prose paragraph re-wrapped at N characters: a line of at least 45 characters that
              does not end a sentence or a label (. : ; ! ?) joins the next line when that line starts
              with a lower-case letter, as the lines of one paragraph do, and the run is wrapped again (a
              word hyphenated at an old line end is one word again, a suspended compound's hyphen stays).
              Headings, labels, list items and short lines keep their own lines.

Session 14 (a 2-core machine), at 09a74a0 before and after the normaliser evened out line ends and
composed decomposed letters: see README "Measured".

Session 15, letterpdf on the dev letters (agreement; f67e335 before, after the mends):
  ft_qa             0.9949 -> 1.0000   (a date set right of the addressee, eru-2015-16-s1107; a journal
                                        number level with a body line, fiu-2021-22-l207-spm6)
  ft_qa_ministries  0.9888 -> 1.0000   (date and upper-case title beside each other, eru-2013-14-spm233,
                                        efk-2017-18-spm205; journal numbers, tru-2015-16-spm129,
                                        tru-2019-20-spm33, sou-2021-22-spm264)
  With the column at 0.64 of the width (not level with a body line, left of recipe A's 0.7), ft_qa_ministries
  gave 0.9945 until a column set flush left was read on its edge; 1.0000 after. The mends change no text of
  the corpus PDFs (corpus/pdf, the Ballerup and Middelfart letterheads included) and no other variant's
  figure. letterpdf on texts that are no letters (star 0.9686, policy 0.9490, seeds 0.8905, municipal
  0.9265) measures a layout they are never printed in, and is not aimed at.

Session 15, head order on the dev letters (agreement; 5e59830 with the variants, before and after the mend):
  headswap          ft_qa 1.0000 -> 1.0000   ft_qa_ministries 1.0000 -> 1.0000
  dateorder         ft_qa 1.0000 -> 1.0000   ft_qa_ministries 1.0000 -> 1.0000
  footer            ft_qa 0.9899 -> 1.0000   ft_qa_ministries 1.0000 -> 1.0000
  The footer copies of sou-2008-09-l15-spm20-svar and sou-2009-10-spm662-svar (no greeting, the signer the
  letter's last line) lost the signer and read "Departementet Holmens Kanal 22 1060 København K / Tlf. ..."
  into the answer: the answer reader now ends the body at a letterhead block that closes the text after the
  signer (answer_letter._trailing_letterhead, cue address_run_line). The dev figures (measure.sh) do not move.
  On texts that are no letters the three give 1.0000 (seeds, star, policy; municipal footer and dateorder) but
  municipal headswap 0.9986: s9_13_dikurevy's "Afsnit 2" is split off as a street line and put above its
  "Bilag B", a layout no document prints; not aimed at.

Session 16, scan on the dev letters (agreement, 300 dpi; the two sets run side by side on the 2-core machine,
255-330 s a set, 5-6 s a page):
                    dan+eng (before)       dan    dan + OCR repairs (extract/ocr_repair.py; the loader since)
  ft_qa             0.9576                 0.9797 0.9899
  ft_qa_ministries  0.9735                 0.9806 0.9833
  With `dan+eng` most of the loss is English's reading of a word winning where it scores higher, and English
  has no "æ", "ø", "å" ("Beskeeftigelsesministeriet", "Udlaendinge-", "Bgrne-", "pa"); `dan` alone reads them,
  but "§" as "8", "SOU" as "SQU" and "@" as "æ" or "e", which the repairs mend. The loader reads with `dan`
  and the repairs since the end of session 16 (extract/ocr.py). Left with `dan`: sou-2008-09-l15-spm20-svar's text version holds
  mojibake ("Ã¥rsagen", "â€"), which the normaliser mends in the text but a print shows as it is and OCR reads
  as "ÅYrsagen", a copy no real letter is; misreadings each of one letter ("midier" for "midler", "Bjårnsson",
  a lone "/" between two signers as "i" in suu-2019-20-spm286-svar, "4171 27.00" for the letterhead's
  telephone "41 71 27 00" level with a body line in tru-2019-20-spm33-svar, "•" as "+" and "KTIlf." in
  mpu-2009-10-l206-spm73-svar's footer letterhead, which then is read into the answer).
"""
from __future__ import annotations

import argparse
import html
import json
import re
import shutil
import sys
import tempfile
import textwrap
import unicodedata
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "fixtures"))
import score  # noqa: E402  (the shared scorer, so agreement is read as the dev figures are)
from word_print import print_docx  # noqa: E402  (the tests' Word writer)

from danish.sentences import TEXT_PAGE_MARK  # noqa: E402  (the loader's page line, "--- side N ---")
from knowledge.pipeline import extract_path  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SETS = ("ft_qa", "ft_qa_ministries", "seeds", "star", "policy", "municipal")
_JOINS = 45  # the shortest line that a paragraph's next line can continue
_ENDS_CLAUSE = re.compile(r"[.:;!?]\s*$")
_CONTINUES = re.compile(r"\s*(?!o[ \t]+[A-ZÆØÅ])[a-zæøå]")  # not a Word list's "o" bullet (s6_04)
_HYPHENATED = re.compile(r"[a-zæøå]-$")
_SUSPENDED = re.compile(r"(?:og|eller|samt|til)\b")


def rewrapped(text: str, width: int) -> str:
    """The text with its prose paragraphs wrapped at `width` (see the module's "wrapN")."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) > 1:
            joined = run[0].strip()
            for line in run[1:]:
                # a word hyphenated at the old line end is one word again ("øn-" + "ske"), as a new layout sets
                # it; a suspended compound keeps its hyphen ("Sundheds- og")
                if _HYPHENATED.search(joined) and not _SUSPENDED.match(line.strip()):
                    joined = joined[:-1] + line.strip()
                else:
                    joined += " " + line.strip()
            out.extend(textwrap.wrap(joined, width, break_long_words=False, break_on_hyphens=False))
        else:
            out.extend(run)
        run.clear()

    for line in text.split("\n"):
        if run and len(run[-1]) >= _JOINS and not _ENDS_CLAUSE.search(run[-1]) and _CONTINUES.match(line):
            run.append(line)
        else:
            flush()
            run.append(line)
    flush()
    return "\n".join(out)


def as_html(text: str) -> str:
    """The text as a web page (see the module's "html")."""
    blocks = [b for b in re.split(r"\n[ \t]*\n", text) if b.strip()]
    body = "".join("<p>" + "<br>\n".join(html.escape(line) for line in b.split("\n")) + "</p>\n" for b in blocks)
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head><body>\n{body}</body></html>'


def page_broken(text: str) -> str:
    """The text with a page break in its middle (see the module's "pagebreak")."""
    if "--- side " in text:
        return text
    lines = text.split("\n")
    cut = next((k + 1 for k in range(len(lines) // 2, len(lines) - 1)
                if lines[k].strip() and lines[k + 1].strip() and not _ENDS_CLAUSE.search(lines[k])), len(lines) // 2)
    return "\n".join(lines[:cut] + ["", "1", "\f" + (lines[cut] if cut < len(lines) else "")] + lines[cut + 1:])


VARIANTS: dict[str, Callable[[str], str]] = {
    "crlf": lambda text: text.replace("\n", "\r\n"),
    "cr": lambda text: text.replace("\n", "\r"),
    "trailing": lambda text: "\n".join(line + " \t " for line in text.split("\n")),
    "nfd": lambda text: unicodedata.normalize("NFD", text),
    "ligatures": lambda text: text.replace("ffi", "\ufb03").replace("fi", "\ufb01").replace("fl", "\ufb02")
                                  .replace("ff", "\ufb00"),
    "html": as_html,
    "pagebreak": page_broken,
    "headswap": lambda text: head_swapped(text),
    "footer": lambda text: footered(text),
    "dateorder": lambda text: date_reordered(text),
    "wrap60": lambda text: rewrapped(text, 60),
    "wrap95": lambda text: rewrapped(text, 95),
}


def _record(path: Path) -> dict:
    return extract_path(path).flat.model_dump(mode="json")


_PDF_LINE_CHARS = 100  # what fits between the margins of an A4 page at 9 pt
_PDF_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")  # Danish letters; Helvetica if absent


def print_pdf(text: str, path: Path, *, font: str | None = None, size: float = 9, pitch: float = 12,
              left: float = 50, wrap: int | None = _PDF_LINE_CHARS) -> Path:
    """The text as a plain PDF (see the module's "pdf"): one text line a PDF line, `size` pt type `pitch` pt
    apart from `left` pt, an empty line a gap of one line; a line longer than `wrap` characters wrapped (None:
    drawn as it is). `font` a base-14 font ("Helvetica"); None: DejaVu Sans, Helvetica if it is absent. The
    tests' printed texts (tests/extract/test_printed_pdfs.py) are printed here too."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if font is None:
        font = "Helvetica"
        if _PDF_FONT.exists():
            pdfmetrics.registerFont(TTFont("DejaVu", str(_PDF_FONT)))
            font = "DejaVu"
    sheet = canvas.Canvas(str(path), pagesize=A4)
    sheet.setFont(font, size)
    # a table's cells (tab-separated in the text) stand in columns, each as wide as its widest cell
    widths: dict[int, float] = {}
    for line in text.split("\n"):
        if "\t" in line:
            for k, cell in enumerate(line.split("\t")):
                widths[k] = max(widths.get(k, 0.0), pdfmetrics.stringWidth(cell, font, size))
    columns = [left]
    for k in range(len(widths)):
        columns.append(columns[-1] + widths[k] + 14)
    y = 800.0

    def room() -> None:
        nonlocal y
        if y < 60:
            sheet.showPage()
            sheet.setFont(font, size)
            y = 800.0

    for line in text.split("\n"):
        if re.fullmatch(r"[ \t]*--- side \d+ ---[ \t]*", line):
            if y < 800:
                sheet.showPage()
                sheet.setFont(font, size)
                y = 800.0
            continue
        if "\t" in line:
            room()
            for k, cell in enumerate(line.split("\t")):
                sheet.drawString(columns[k], y, cell)
            y -= pitch
            continue
        # a line longer than the page is wrapped, as a print wraps it
        for part in (textwrap.wrap(line, wrap, break_long_words=False) if wrap else [line]) or [""]:
            room()
            if part:
                sheet.drawString(left, y, part)
            y -= pitch
    sheet.save()
    return path


# -- letterpdf: a letter as a ministry lays it out ------------------------------------------------------
#
# The ft.dk stamp of a letter's text version (committee and samling, "Alm.del"/"L 53", "Offentligt",
# "NNNN_0001.png"): its last line is "Offentligt" (or a line ending so) and the page image's name.
_STAMP_END = re.compile(r".*\bOffentligt\s*$")
_STAMP_IMAGE = re.compile(r"\s*\d+_\d{4}\.png\s*$")
_STAMP_LINES = 5  # the stamp is the first lines of the text version
# The head ends at the first line of the letter's own text: one that opens it ("Spørgsmål nr. 53:",
# "Svar på ...", "Besvarelse af ..."), a line of prose (at least five words in lower case: "har i brev af 1.
# december 2008 stillet følgende spørgsmål"; a letterhead's names and numbers have few), or a line of at least
# 50 characters that ends a clause.
_OPENS_LETTER = re.compile(r"\s*(?:Spørgsmål|Svar|Endeligt svar|Besvarelse|Samrådsspørgsmål)\b")
_PROSE_WORDS = 5
_CLAUSE_LINE = 50
# Lines a letterhead column holds (the ministry's name, street, postcode, contact lines, a date, case numbers
# and the labels of these), as the ministries print them (BM, SM, TRM, SUM, UVM, MIM letters of the dev sets).
# No word boundary after a name: ft.dk's text version glues the column's lines ("DepartementetHolmens Kanal").
_DATE = r"(?:Den |d\. )?\d{1,2}\. [a-zæøå]+ \d{4}(?=\s*$|J\.)|\d{2}-\d{2}-\d{4}\s*$"
_CASE = r"\w*/?\s*J\.\s?nr\.|Sagsnr|Doknr|Dok\.\s?nr|Enhed:|Sagsbeh|Vores sag|Deres ref|Dato\b"
_LETTERHEAD = re.compile(
    r"\s*(?:\w*(?:ministeriet|ministerium|styrelsen)|Departementet|Afdelingen\b|Staben\b"
    r"|(?:DK-)?\d{4} [A-ZÆØÅ]"                                                      # postcode and town
    r"|[A-ZÆØÅ]\w+(?: [A-ZÆØÅ]\w+)? \d+(?:-\d+)?(?: [A-Z])?\s*$"                   # street and number
    r"|(?:T|F|E|M|W|Tlf|Telefon|Fax|E-mail|Direkte|CVR|EAN|www)\b|\+45"             # contact lines
    rf"|{_DATE}|{_CASE})")
_IN_BODY = re.compile(rf"\s*(?:{_DATE}|{_CASE})")  # what of the column ft.dk prints among the body's first lines
_EMAIL = re.compile(r"\s*(?:\S+@\S+|\[email protected\])\s*$")  # a bare e-mail: the line above's (addressee, asker)
_VALUE = re.compile(r"\s*\d[\d \-+/.]*\s*$")  # "272393", "2015-6848 + 2015-7012" under a label
# The addressee: a committee of the Folketing, the Folketing, its secretariat; Folketinget's address under it.
_ADDRESSEE = re.compile(r".*(?:[Uu]dvalg|Folketing|Christiansborg|Lovsekretariat)")
_ADDRESSEE_PLACE = re.compile(r"\s*(?:Christiansborg|1240 København K)\s*$")
_BESIDE = 10  # the first lines of the body beside which the letterhead column stands
_RIGHT = 0.72  # the letterhead column's left edge, a fraction of the page width, as BM's letters set it
_BODY_WIDTH = 326.0  # points: 80 characters of 9 pt DejaVu Sans Condensed, on average
_LETTER_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf")


def _opens_body(line: str) -> bool:
    s = line.strip()
    prose = sum(1 for w in s.split() if re.fullmatch(r"[a-zæøå]+[.,;:]?", w))
    return bool(_OPENS_LETTER.match(s) or prose >= _PROSE_WORDS or (len(s) >= _CLAUSE_LINE and _ENDS_CLAUSE.search(s)))


def _layout_sides(text: str) -> tuple[int, int, list[tuple[int, str]]]:
    """(the stamp's end, the body's first line, and each head line's index and side, "left" or "right", in the
    text's order; the body's first lines that stood beside it last) of a letter's text version (see "letterpdf")."""
    lines = text.split("\n")
    stamp_end = next((k + 1 for k in range(min(_STAMP_LINES, len(lines))) if _STAMP_END.match(lines[k])), 0)
    if stamp_end and stamp_end < len(lines) and _STAMP_IMAGE.match(lines[stamp_end]):
        stamp_end += 1
    start = next((k for k in range(stamp_end, len(lines)) if _opens_body(lines[k])), len(lines))
    sides: list[tuple[int, str]] = []
    side = ""  # the side of the line before: an addressee's address lines stay with it, a label's value with it
    for k in range(stamp_end, start):
        s = lines[k].strip()
        if not s:
            continue
        if _ADDRESSEE.match(s) and not _LETTERHEAD.match(s):
            side = "addressee"
        elif (side == "addressee" and _ADDRESSEE_PLACE.match(s)) or (side != "right" and _EMAIL.match(s)):
            side = side or "left"  # "Christiansborg", "1240 København K", the e-mail of the addressee or asker
        elif _LETTERHEAD.match(s) or (side == "right" and _VALUE.match(s)):
            side = "right"
        else:
            side = "left"
        sides.append((k, "right" if side == "right" else "left"))
    answered = False  # below the answer's heading a date is the answer's own ("Maj 2005"), not the letterhead's
    for k in range(start, min(start + _BESIDE, len(lines))):
        s = lines[k].strip()
        answered = answered or bool(re.match(r"(?:Endeligt )?[Ss]var\b", s))
        if not answered and s and _IN_BODY.match(s) and not _opens_body(s):
            sides.append((k, "beside"))  # "18. december 2008J.nr. 2008-0006659": it stood in the column
    return stamp_end, start, sides


def letter_layout(text: str) -> tuple[list[str], list[str], list[str], list[str]]:
    """(ft.dk stamp, top-left head lines, letterhead column, body) of a letter's text version (see "letterpdf")."""
    lines = text.split("\n")
    stamp_end, start, sides = _layout_sides(text)
    left = [lines[k].strip() for k, side in sides if side == "left"]
    right = [lines[k].strip() for k, side in sides if side != "left"]
    beside = {k for k, side in sides if side == "beside"}
    body = [line for k, line in enumerate(lines[start:], start) if k not in beside]
    return lines[:stamp_end], left, right, body


# -- headswap, footer, dateorder: the head of a letter in another ministry's order --------------------------
#
# The Folketing's own question form ("Til:" over "Dato:", the committee's name above) is one template that no
# ministry lays out again; it is left as it is.
_FORM_LABEL = re.compile(r"\s*Til:\s*$")
_PAGE_END = re.compile(rf"\s*(?:{TEXT_PAGE_MARK}|\d+_(?!0001)\d{{4}}\.png)\s*$")  # page 2's marker or image
_PAGE_LINE = re.compile(rf"\s*{TEXT_PAGE_MARK}\s*$")
_ANNEX = re.compile(r"\s*Bilag(?:\s+\d+)?\s*:?\s*$")  # the list of enclosures after the signature
_DATE_LINE = re.compile(rf"\s*(?:Dato:?\s*)?(?:{_DATE})")
_DATE_LABEL = re.compile(r"\s*Dato:?\s*$")
_CASE_LINE = re.compile(r"\s*(?:\w*/?\s*J\.\s?nr\.|Sagsnr\.?|Journalnr\.?|Vores sag|Ref\.-nr\.)\s*:?")


def _top_line(line: str) -> bool:
    """A letterhead line that stays at the top when the address block goes to the footer: a date, a case
    number or label, a bare number under one."""
    return bool(_IN_BODY.match(line) or _VALUE.match(line))


def _head(text: str) -> tuple[list[str], int, int, list[tuple[int, str]]] | None:
    """The letter's lines, stamp end, body start and head sides; None for a head that cannot be split cleanly
    (no letterhead column and no addressee, or the Folketing's question form)."""
    lines = text.split("\n")
    stamp_end, start, sides = _layout_sides(text)
    if any(_FORM_LABEL.match(lines[k]) for k, _ in sides):
        return None
    return lines, stamp_end, start, sides


def head_swapped(text: str) -> str:
    """The letter with its letterhead lines above the addressee (see the module's "headswap")."""
    split = _head(text)
    if split is None:
        return text
    lines, stamp_end, start, sides = split
    # the loader's page line ("--- side 1 ---") opens the page and stays first, as the stamp does
    marks = [k for k, _ in sides if _PAGE_LINE.match(lines[k])]
    right = [k for k, side in sides if side != "left" and k not in marks]  # those beside the body's first too
    left = [k for k, side in sides if side == "left" and k not in marks]
    if not right or not left or max(right) < min(left) or any(not re.search(r"[^\W\d_]", lines[k]) for k in left):
        return text
    head = [lines[k] for k in marks] + [lines[k] for k in right] + [lines[k] for k in left]
    beside = set(right)
    return "\n".join(lines[:stamp_end] + head + [line for k, line in enumerate(lines[start:], start) if k not in beside])


def footered(text: str) -> str:
    """The letter with its letterhead's address and contact lines at the end of page 1 (see "footer")."""
    split = _head(text)
    if split is None:
        return text
    lines, _, _, sides = split
    moved = []
    for k, side in sides:
        # a contact label's value goes with it ("Telefon" over "41 71 27 00", TRM's letters)
        if side == "right" and (not _top_line(lines[k]) or (moved and moved[-1] == k - 1 and _VALUE.match(lines[k])
                                                            and not re.search(r"\d", lines[k - 1]))):
            moved.append(k)
    if not moved:
        return text
    end = len(lines)
    while end > 0 and not lines[end - 1].strip():
        end -= 1
    foot = next((k for k in range(max(moved) + 1, end) if _PAGE_END.match(lines[k])), None)
    if foot is None:  # after the body, before the enclosures' list
        foot = next((k for k in range(end - 1, max(moved), -1) if _ANNEX.match(lines[k])), end)
    kept = set(moved)
    out = [line for k, line in enumerate(lines[:foot]) if k not in kept]
    return "\n".join([*out, "", *(lines[k].strip() for k in moved), *lines[foot:]])


def _case_line(line: str) -> bool:
    """A journal-number line of the letterhead: a case label (with its value or bare), a bare number or code under
    one ("Sagsnr.", "2022 - 1328", "Doknr.", "537696", "Enhed: SPOLD"); not the date's label."""
    return bool((_CASE_LINE.match(line) or re.match(rf"\s*(?:{_CASE})", line) or _VALUE.match(line)
                 or re.fullmatch(r"\s*[A-ZÆØÅ]{2,8}\s*", line)) and not _DATE_LABEL.match(line)
                and not re.match(r"\s*Dato\b", line) and not _DATE_LINE.search(line))


def date_reordered(text: str) -> str:
    """The letter with its date line and its journal-number lines in the other order (see "dateorder")."""
    split = _head(text)
    if split is None:
        return text
    lines, _, _, sides = split
    for k, _side in sides:
        if _side == "left" or not (_DATE_LINE.match(lines[k]) or _DATE_LABEL.match(lines[k])) \
                or _CASE_LINE.search(lines[k]):
            continue  # "18. december 2008J.nr. 2008-0006659" glued: one line, left as it is
        date = [k]
        if _DATE_LABEL.match(lines[k]):  # "Dato" over its value
            if k + 1 >= len(lines) or not _DATE_LINE.match(lines[k + 1]):
                continue
            date = [k, k + 1]
        # the journal-number lines right above the date (a label first, a value last: a bare label right above
        # the date is a column of labels beside one of values, TRM's "Dato / J. nr. / 9. december 2105 / ...")
        lo = k
        while lo > 0 and lines[lo - 1].strip() and _case_line(lines[lo - 1]):
            lo -= 1
        while lo < k and not re.match(rf"\s*(?:{_CASE})|{_CASE_LINE.pattern}", lines[lo]):
            lo += 1  # the run starts at a label
        if lo < k and re.search(r"\d|^\s*[A-ZÆØÅ]{2,8}\s*$", lines[k - 1]):
            return "\n".join(lines[:lo] + [lines[j] for j in date] + lines[lo:k] + lines[date[-1] + 1:])
        # or right below it
        hi = date[-1] + 1
        if hi < len(lines) and re.match(rf"\s*(?:{_CASE})|{_CASE_LINE.pattern}", lines[hi]) and _case_line(lines[hi]):
            while hi < len(lines) and lines[hi].strip() and _case_line(lines[hi]) and not _opens_body(lines[hi]):
                hi += 1
            if re.search(r"\d", lines[hi - 1]):
                return "\n".join(lines[:k] + lines[date[-1] + 1:hi] + [lines[j] for j in date] + lines[hi:])
    return text


def _fit(text: str, font: str, size: float, width: float) -> list[str]:
    """The line's words in lines no wider than `width` points (a word wider than that on a line of its own)."""
    from reportlab.pdfbase import pdfmetrics

    indent = text[:len(text) - len(text.lstrip())]
    out: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}" if current else indent + word
        # no line ends in a suspended compound's hyphen: the text version may glue its "og" to the next word
        # ("Økonomi- ogIndenrigsministeriet", kou-2011-12-l108-spm5), which a real letter never prints, and the
        # loader would join "Økonomi-" and "ogIndenrigsministeriet" as a hyphenated word
        if current and not current.endswith("-") and pdfmetrics.stringWidth(trial, font, size) > width:
            out.append(current)
            current = word
        else:
            current = trial
    return [*out, current]


def print_letter_pdf(text: str, path: Path, *, column: float = _RIGHT) -> Path:
    """The letter as a ministry prints it (see the module's "letterpdf"); `column` the letterhead column's left
    edge, a fraction of the page's width."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = "Helvetica"
    if _LETTER_FONT.exists():
        pdfmetrics.registerFont(TTFont("DejaVuCondensed", str(_LETTER_FONT)))
        font = "DejaVuCondensed"
    width, _ = A4
    stamp, left, right, body = letter_layout(text)
    sheet = canvas.Canvas(str(path), pagesize=A4)
    top, bottom, margin, pitch = 800.0, 85.0, 50.0, 13.0  # 55 lines a page
    y = top
    sheet.setFont(font, 8)
    for line in stamp:  # ft.dk's stamp, top left, in small type
        sheet.drawString(margin, y, line)
        y -= 10
    if stamp:
        y -= pitch
    column_y = y
    sheet.setFont(font, 7)
    column = width * column
    for line in right:  # the letterhead column from the addressee's first line down, beside the body
        for part in _fit(line, font, 7, width - 30 - column):
            sheet.drawString(column, column_y, part)
            column_y -= 10
    sheet.setFont(font, 9)
    for line in left:
        sheet.drawString(margin, y, line)
        y -= pitch
    if left:
        y -= pitch
    # a paragraph's lines joined (as "wrapN" joins them) and set again in the body's width
    for line in rewrapped("\n".join(body), 1 << 20).split("\n"):
        for part in _fit(line, font, 9, _BODY_WIDTH) if line.strip() else [""]:
            if y < bottom:  # the body goes on on the next page, without the letterhead
                sheet.showPage()
                sheet.setFont(font, 9)
                y = top
            if part:
                sheet.drawString(margin, y, part)
            y -= pitch
    sheet.save()
    return path


# -- scan: a letter printed and scanned, an image-only PDF the loader reads by OCR -------------------------
_SCAN_DPI = 300  # what an office scanner gives, and what the loader renders a page at for OCR (extract/ocr.py)
_SCAN_GREY = 242  # the paper's grey: a scan's white is never 255
_SCAN_SKEW = 0.3  # degrees: a sheet fed a little askew
_SCAN_SEED = 16  # the noise's fixed seed: the same copy each run


def _is_letter(text: str) -> bool:
    """A letter to or from the Folketing: its head has an addressee or a letterhead column (see "letterpdf")."""
    _, start, sides = _layout_sides(text)
    return bool(sides) and start < len(text.split("\n"))


def print_scan_pdf(text: str, path: Path, *, dpi: int = _SCAN_DPI, degrade: bool = True) -> Path:
    """The letter printed as "letterpdf" prints it (a text that is no letter as "pdf"), each page rendered at
    `dpi` and saved as an image-only PDF, as a scanner saves a sheet (see the module's "scan"); `degrade`: a grey
    page, turned 0.3 degrees, with faint fixed-seed noise."""
    import random

    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    printed = path.with_suffix(".printed.pdf")
    (print_letter_pdf if _is_letter(text) else print_pdf)(text, printed)
    pdf = pdfium.PdfDocument(str(printed))
    images = []
    try:
        for page in pdf:
            image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            page.close()
            if degrade:
                # ink a shade lighter and paper a shade darker, turned as a sheet fed askew, then faint noise
                image = image.point(lambda v: 30 + v * (_SCAN_GREY - 30) // 255)
                image = image.rotate(_SCAN_SKEW, resample=Image.BICUBIC, fillcolor=_SCAN_GREY)
                rng = random.Random(_SCAN_SEED)
                noise = Image.frombytes("L", image.size, rng.randbytes(image.width * image.height))
                noise = noise.point(lambda v: 255 if v < 250 else 200)  # 2% of the pixels a speck
                image = Image.composite(image, noise, noise.point(lambda v: 255 if v == 255 else 0))
                image = image.filter(ImageFilter.GaussianBlur(0.4))  # the scanner's optics
            images.append(image)
    finally:
        pdf.close()
        printed.unlink(missing_ok=True)
    images[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return path


PRINTERS: dict[str, Callable[[str, Path], Path]] = {"pdf": print_pdf, "letterpdf": print_letter_pdf,
                                                    "scan": print_scan_pdf,
                                                    "docx": lambda text, path: print_docx(text, path)}


def agreement(texts: list[Path], kind: str, work: Path) -> tuple[float, dict[str, list[int]]]:
    """Micro F1 of the variant's records against the originals', and the per-field counts."""
    tally = score.Tally()
    copies = work / kind
    copies.mkdir(parents=True, exist_ok=True)
    for path in texts:
        copy = copies / (path.stem + {"html": ".html", "pdf": ".pdf", "letterpdf": ".pdf", "scan": ".pdf",
                                        "docx": ".docx"}.get(kind, ".txt"))
        if kind in PRINTERS:
            PRINTERS[kind](path.read_text(encoding="utf-8"), copy)
        else:
            copy.write_bytes(VARIANTS[kind](path.read_text(encoding="utf-8")).encode("utf-8"))
        sidecar = path.with_suffix(".meta.json")
        if sidecar.exists():
            shutil.copy(sidecar, copies / sidecar.name)  # an address the extractor reads
        original = json.loads(json.dumps(_record(path)))
        score.score_doc(tally, original, _record(copy), None)
    totals = [sum(c[i] for c in tally.counts.values()) for i in range(3)]
    return score.f1(*totals), {f: list(c) for f, c in tally.counts.items() if c[1] or c[2]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--kinds", default=",".join([*VARIANTS, *PRINTERS]))
    ap.add_argument("--fields", action="store_true", help="print the fields that differ")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.sets.split(","):
            texts = sorted((CORPUS / name).glob("*.txt"))
            for kind in args.kinds.split(","):
                value, fields = agreement(texts, kind, Path(tmp) / name)
                report(f"{name:18} {kind:9} {len(texts):4} texts", value, fields if args.fields else {})
    return 0


def report(head: str, value: float, fields: dict[str, list[int]]) -> None:
    """One run's agreement, and the counts of each field that differs (bench/substitution.py prints the same)."""
    print(f"{head}  agreement {value:.4f}", flush=True)
    for field, (tp, fp, fn) in sorted(fields.items()):
        print(f"{'':28} {field:26} tp {tp} fp {fp} fn {fn}")


if __name__ == "__main__":
    sys.exit(main())
