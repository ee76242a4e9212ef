"""A document's title as a person gives it: a Folketing letter's identity, an e-mail's subject,
the heading after a genre label, the first heading outside letter heads and running lines."""
from __future__ import annotations

import re
from typing import Any

from danish.dates import DATE_TEXT_PATTERN
from danish.sentences import ends_with_abbreviation

from .document_layout import LETTERHEAD, PAGE_MARK, head_blocks, minutes_label, is_page_mark, running_lines
from .evidence import Evidence


# -- titles -----------------------------------------------------------------------------


_EMAIL_SUBJECT = re.compile(r"^(?:Emne|Subject)\s*:[ \t]*(?P<title>\S[^\n]*)", re.I | re.M)
_EMAIL_HEAD = re.compile(r"^\s*(?:Fra|From)\s*:", re.I)
_NOTAT_LABEL = re.compile(r"^(?:Notat|NOTAT)$")


# A heading line broken before its end: it ends in a function word, a dash or a comma.
_CONTINUES = re.compile(r"(?:\b(?:af|og|for|i|til|om|med|på|fra|ved|samt|eller|the|of)|[-–,])$", re.I)
def web_chrome() -> re.Pattern[str]:
    """Web-page furniture that is never a title (extract/data/web_chrome.tsv, with attestations): the titles of
    letters and notes here, and of policy documents (parsers/policy_title.py)."""
    from danish._data import table_rows

    rows = table_rows("extract", "data", "web_chrome.tsv", delimiter="\t")
    return re.compile("|".join(f"(?:{row['pattern']})" for row in rows))


_SKIP_LINK = web_chrome()
_FUNCTION_LINE = re.compile(r"^(?:af|og|for|i|til|om|med|på|fra|ved|samt|eller)\b")


def _tidy(title: str) -> str:
    """Repair what PDF text layers do to headings: "201 7" -> "2017", "2 . Bygning" -> "2. Bygning"."""
    title = " ".join(title.split())
    title = re.sub(r"\b((?:19|20)\d) ?(\d)\b", r"\1\2", title)
    title = re.sub(r"(?<=\d) \.(?= )", ".", title)
    title = re.sub(r" /(?=\d)", "/", title)
    return title.strip(" .")


def _headingish(line: str) -> bool:
    """Could this line begin a heading: a capital letter or a number, and more than a fragment."""
    return (len(line) >= 8 and bool(re.match(r"[A-ZÆØÅ0-9]", line)) and not line.endswith("-")
            and bool(re.search(r"[^\W\d_]{3}", line))  # words, not a code or a date ("050117 1")
            and not LETTERHEAD.match(line) and not PAGE_MARK.match(line)
            and not re.fullmatch(DATE_TEXT_PATTERN, line, re.I))


def _join_heading(block: list[tuple[int, str]], first: int) -> str:
    """The heading line and the lines it runs on into ("Politik / for / Kultur og Fritid -")."""
    parts = [block[first][1]]
    for _, line in block[first + 1:]:
        if _CONTINUES.search(parts[-1]) or _FUNCTION_LINE.match(line):
            parts.append(line)
        else:
            break
    return " ".join(parts)


def is_email(text: str) -> bool:
    """A printed e-mail: it opens with its header ("From:"/"Fra:", after any page number) and
    names its subject ("Subject:"/"Emne:")."""
    return _email_subject(text) is not None


def _email_subject(text: str) -> Evidence | None:
    first = next((line for line in text.split("\n", 8)[:8] if line.strip() and not is_page_mark(line)), "")
    if not _EMAIL_HEAD.match(first):  # a printed e-mail opens with its header, after any page number
        return None
    m = _EMAIL_SUBJECT.search(text[:2000])
    return Evidence(_tidy(m["title"]), "emne", m.start("title")) if m else None


def _labelled_heading(blocks: list[list[tuple[int, str]]]) -> Evidence | None:
    """The heading after a genre label standing alone ("Notat" / "KLs proces vedrørende ...")."""
    for b, block in enumerate(blocks):
        for i, (_, line) in enumerate(block):
            if _NOTAT_LABEL.match(line):
                rest = block[i + 1:] or (blocks[b + 1] if b + 1 < len(blocks) else [])
                if rest and _headingish(rest[0][1]):
                    return Evidence(_tidy(_join_heading(rest, 0)), "notat", rest[0][0])
    return None


def labelled_title(text: str) -> Evidence | None:
    """A title the document itself labels: an e-mail's subject, or the heading after a genre
    label standing alone ("Notat")."""
    return _email_subject(text) or _labelled_heading(head_blocks(text))


def _first_heading(blocks: list[list[tuple[int, str]]], banned: set[str]) -> Evidence | None:
    """The first heading outside letter heads; a block in capitals only is a department or
    organisation banner ("SOCIAL, SUNDHED OG / BESKÆFTIGELSE", "KKR / HOVEDSTADEN") and is
    the title only when nothing else is."""
    ordinary = [b for b in blocks if not all(line.isupper() for _, line in b)]
    return _heading_in(ordinary, banned) or _heading_in(blocks, banned)


def _heading_in(blocks: list[list[tuple[int, str]]], banned: set[str]) -> Evidence | None:
    for block in blocks:
        if any(LETTERHEAD.match(line) for _, line in block):
            continue  # a letter head: sender, department, contact lines
        for i, (start, line) in enumerate(block):
            cells = [" ".join(c.split()) for c in line.split("\t") if c.strip()]
            if line in banned or all(c in banned for c in cells) or _SKIP_LINK.match(line):
                continue
            runs_on = i + 1 < len(block) and _FUNCTION_LINE.match(block[i + 1][1]) and re.match(r"[A-ZÆØÅ]", line)
            if not (_headingish(line) or runs_on):
                continue
            if line.isupper() and i + 1 < len(block) and not _CONTINUES.search(line):
                continue  # an organisation banner above the heading ("KKR / HOVEDSTADEN")
            if is_prose(line):
                return None  # a paragraph before any heading: the page prints no title (p10, p11)
            return Evidence(_tidy(_join_heading(block, i)), "overskrift", start)
    return None


# A sentence ending inside a line: a word, its full stop (or ! ?), a space and a capital.
_SENTENCE_END = re.compile(r"[a-zæøå]{2}[.!?] [A-ZÆØÅ]")


def is_prose(line: str) -> bool:
    """A paragraph, not a heading: over 200 characters, or a sentence ends inside it (a dot
    after a word, then a capital), which an abbreviation's dot does not ("vedr. Seniorrådets",
    "jf. Lov": danish.sentences' table of abbreviations), nor a heading's part name after its
    full stop ("Evaluering af kontanthjælpsloftet. Sammenfatning", "... Hovedrapport": one word
    to the line's end is no sentence; tests/extract/test_document_genres.py)."""
    return len(line) > 200 or any((m.group(0)[-3] != "." or not ends_with_abbreviation(line[:m.start() + 3]))
                                  and not _PART_NAME.fullmatch(line[m.end() - 1:].rstrip())
                                  for m in _SENTENCE_END.finditer(line))


# A heading's last part after its full stop: one capitalised word and no stop of its own.
_PART_NAME = re.compile(r"[A-ZÆØÅ][a-zæøå]+")


def _printed_heading_ok(title: str) -> bool:
    """The parser's heading, unless it is a fragment a person would not call a title: a
    broken line ("SOCIAL, SUNDHED OG", "Kultur og Fritid -"), a lost capital
    ("iltrækning af"), a lone banner word ("HOVEDSTADEN") or a mail header."""
    title = " ".join(title.split())
    return (_headingish(title) and not _CONTINUES.search(title) and not _EMAIL_HEAD.match(title)
            and not (title.isupper() and " " not in title) and not _SKIP_LINK.match(title))


def heading_of(text: str, *, pages: list[str] | None = None, printed: str | None = None) -> Evidence | None:
    """The document's own heading, by order: an e-mail's subject, the line after a genre
    label ("Notat"), the parser's heading if it is whole, else the first heading-like
    line outside letter heads, running headers and fragments."""
    blocks = head_blocks(text)
    found = _email_subject(text) or _labelled_heading(blocks)
    if found:
        return found
    if printed and _printed_heading_ok(printed):
        return Evidence(_tidy(printed), "overskrift")
    running = running_lines(pages or [])
    if any(m.end() == len(line) for line in running if (m := minutes_label().match(line))):
        # minutes (their label alone, "Åbent referat", on every page) print no title of their
        # own: the cover's labels ("Tilstede", "Afbud/Fraværende") and items' headings are none
        # (the policy parser's rule; municipal gold f03, f12: title null)
        return None
    return _first_heading(blocks, running)


def document_title(flat: dict[str, Any], text: str, *, pages: list[str] | None = None,
                   source: str | None = None, udvalg_name: str | None = None) -> Evidence | None:
    """Folketing letters: their identity ("Beskæftigelsesudvalget spørgsmål nr. 23 (L 94)");
    others: their heading; last, the file name."""
    if flat.get("title") and flat.get("question_number") is not None:
        return Evidence(str(flat["title"]), "ft.dk-felter")
    if flat.get("question_number") is not None and (udvalg_name or (flat.get("udvalg") or {}).get("name")):
        case = flat.get("case") or {}
        ref = f" ({case['kind']} {case['number']})" if case.get("kind") in ("L", "B") and case.get("number") else ""
        name = udvalg_name or flat["udvalg"]["name"]
        number = flat["question_number"]
        # A samrådsspørgsmål is numbered by letters and printed "Samrådsspørgsmål V" (the ft_qa
        # README's convention for question_number); "spørgsmål nr. V" names no question.
        asked = f"samrådsspørgsmål {number}" if str(number).isalpha() else f"spørgsmål nr. {number}"
        return Evidence(f"{name} {asked}{ref}", "ft.dk-felter")
    found = heading_of(text, pages=pages, printed=flat.get("title"))
    if found:
        return found
    if source:
        stem = source.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        return Evidence(stem.replace("_", " "), "fil")
    return None
