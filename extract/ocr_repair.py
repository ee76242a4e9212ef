"""What tesseract misreads in a scanned Danish letter, as a table of repairs applied to OCR text only.

The normaliser (normalise.py) applies these to the pages the PDF loader read by OCR (`normalise(ocr=...)`),
in one pass before its own repairs, keeping the map back to tesseract's text; a text layer, a text file, a
web page or a Word document is never touched by them. Each repair: (name, pattern, replacement, the OCR
snippets that attest it, with the letter they come from). The snippets are tesseract 5.3's readings of dev
letters printed and scanned at 300 dpi (bench/metamorphic.py "scan") and of the synthetic scan
corpus/pdf/synthetic/ministry_letter_seed000_imageonly_300dpi.pdf.

The loader reads with tesseract's Danish alone (extract/ocr.py, session 16): the dev letters scanned give their
text's record 0.9899 (ft_qa) and 0.9833 (ft_qa_ministries) with these repairs, against 0.9576 and 0.9735 read with
`dan+eng`. `ft_at`, `section_sign` and `committee_q` mend what `dan` alone misreads; `page_image` and `email_at`
what both readings do.
"""
from __future__ import annotations

import re

# A domain's last part, as the letters' addresses end (ft.dk, bm.dk, a ministry's .dk; .com, .eu, .org).
_TLD = r"(?:dk|com|eu|org|net|int|se|no|de)"

OCR_REPAIRS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    # The underscore of ft.dk's page-image name in the stamp ("628348_0001.png") is read as a space: tesseract
    # reads a glyph on the baseline with no ink above it as a gap. The name is put back, so the loader finds
    # the ft.dk document id and the normaliser drops the line, as in the text version.
    ("page_image", r"^([ \t]*\d{4,9}) (\d{4}\.png[ \t]*)$", r"\1_\2",
     ("628348 0001.png",                                     # amu-2008-09-spm53-svar
      "2662638 0001.png",                                    # beu-2022-23-2s-spm61-svar
      "2787231 0001.png")),                                  # uui-2023-24-spm44-svar (every scanned dev letter)
    # "@" read as "æ" (or "Æ" after a capital) by tesseract's Danish model: in a word shaped as an e-mail
    # address with no "@", the last "æ" before the domain is the at sign (a local part of two characters or
    # more, not a web address's "www."). Measured on the synthetic scan (shared/notes/pdf.md; extract/ocr.py).
    # A scanned web address with an "æ" in its name ("sundhedsvæsen.dk") would be read as an address too;
    # no dev or corpus letter prints one.
    ("email_at", rf"(?<![\w.@-])(?!www\.)([\w.+-]+\w)[æÆ]([\w-]+(?:\.[\w-]+)*\.{_TLD})(?![\w@-])", r"\1@\2",
     ("udvalgæft.dk",                                        # synthetic ministry_letter_seed000 (Beskæftigelsesudvalget)
      "Finn.SÆft.dk",                                        # synthetic ministry_letter_seed000 (the asker)
      "E bmæbm.dk")),                                        # synthetic ministry_letter_seed000 (BM's letterhead)
    # "@" read as "e" or "E" before the Folketing's domain, the reply address every question asks the answer to
    # be sent to ("tiludvalg@ft.dk", the asker's "Henrik.Kristensen@ft.dk"): tesseract's Danish model takes the
    # at sign for a letter ("æ" above); for "e" only before "ft.dk", where no word of a local part ends in "e"
    # glued to the domain.
    ("ft_at", r"(?<=[\w.]{2})[eE](?=ft\.dk(?![\w-]))", "@",
     ("Henrik.KristensenEft.dk",                             # uvt-2009-10-spm265-spm
      "tiludvalgeft.dk.",                                    # uvt-2009-10-spm265-spm
      "udvalgæft.dk")),                                      # synthetic ministry_letter_seed000 ("æ": email_at)
    # "§" read as "8" before a section's number: a law's genitive ("folkeskolelovens", "lovforslagets") or
    # "i"/"jf." then "8", a space and a number that no other number follows ("§ 17, stk. 1", "§ 49 til").
    ("section_sign", r"(?:(?<=[a-zæøå]{4}s )|(?<=\bi )|(?<=jf\. ))8(?= \d{1,3}(?!\d)[a-z]?(?![.,]\d| \d|-))", "§",
     ("folkeskolelovens 8 17, stk. 1",                       # buu-2011-12-spm142-spm (twice)
      "lovforslagets 8 49 til de lokale",                    # amu-2004-05-l22-spm31-svar (twice)
      "angivet i 8 50. Løbende")),                           # amu-2004-05-l22-spm31-svar
    # A committee's abbreviation in the ft.dk stamp ("SOU Alm.del", "SOU alm. del") with its "O" read as "Q"
    # or as "OQ": no committee of the Folketing has a "Q" in its abbreviation (ft.dk's list of committees).
    ("committee_q", r"(?<![\w])([A-ZÆØÅ]*?)O?Q([A-ZÆØÅ]*)(?= [Aa]lm\. ?del\b)", r"\1O\2",
     ("SQU Alm.del",                                         # sou-2019-20-spm581-svar, sou-2024-25-spm562-spm
      "SQU alm. del",                                        # sou-2009-10-spm662-svar
      "SOQU alm. del")),                                     # sou-2008-09-l15-spm20-svar
)

OCR_REPAIR = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern, _, _ in OCR_REPAIRS), re.MULTILINE)
_COMPILED = {name: re.compile(pattern, re.MULTILINE) for name, pattern, _, _ in OCR_REPAIRS}
_REPLACEMENT = {name: replacement for name, _, replacement, _ in OCR_REPAIRS}


def ocr_repaired(match: re.Match[str]) -> str:
    """The repair of one match of OCR_REPAIR: its named repair's replacement."""
    name = match.lastgroup or ""
    found = _COMPILED[name].match(match.string, match.start())  # its lookahead may see past the match
    return found.expand(_REPLACEMENT[name]) if found and found.end() == match.end() else match.group(0)
