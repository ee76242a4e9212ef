"""Ministry answer letters to Folketing committee questions.

Styles read (cues, not wording of one letter):
- employment ministry: "<Udvalget> har i brev af <dato> stillet følgende spørgsmål nr. N
  (...), som hermed besvares", "Spørgsmål nr. N:", quoted question, "Svar:"/"Endeligt svar:";
- social ministry: "Under henvisning til Folketingets <X>s brev af <dato> følger hermed
  <titel>ens endelige svar på spørgsmål nr. N (...)";
- justice ministry: "Hermed sendes besvarelse af spørgsmål nr. N ..." with the minister's
  signature right after that sentence, before the question;
- health ministry: "Dato: dd-mm-yyyy", "Sagsnr.:", minister and official on separate
  lines joined by "/";
- § 20 answers ("Besvarelse af spørgsmål 1107 stillet af X (S) den ...", "Begrundelse").
- answers with no "Svar" label: the body follows the quoted question; corrections
  (berigtigelse) and interim answers that quote nothing: the body follows the sentence
  citing the question;
- letterhead parts inside or after the body: a later page's letterhead, a side column
  (date, the ministry's name over two lines, "Sags nr."/"Akt-id" runs) that the converter
  put mid-body, a footer on one line between bullets; they are cut out of the answer and
  read as the letter's own parts (its date, ministry, journal number).
A letter holding several questions gives one `Answer` per "Spørgsmål ...: ... Svar:" pair.
The layouts and the cues they rely on are declared, with the letters that attest them, in
`extract/data/letter_layouts.yaml`; new cues are read from there (`cue("...")`).
"""
from __future__ import annotations

import re

from danish.dates import MONTH_ONLY_RE, DateHit, find_dates, with_inferred_year
from danish.sentences import trim_span

from ..document import Document
from ..document import Span as DocSpan
from ..folketing import HEADING_RE, Hit, page_labels, question_key
from ..letters import (GREETING_RE, JOURNAL_RE, QUESTION_STOP_RE, ROLE_RE, SIGNATURE_LINE_RE, Fields,
                       find_ministry, is_ministry_name, journal_number, letter_date, lines, sent_date, signature_after,
                       strip_quotes, unlabelled_journal)
from ..letter_layouts import cue
from ..letters import JOURNAL_SHAPE, is_address_line
from ..normalise import collapse_ws
from ..records import Answer, DocumentInfo, Person
from .policy_reform import reform_of
from . import ftdk_fields as ff
from .ftdk_bases import with_key_bases

Span = tuple[int, int]
#: (question span, answer span, offset of the "Svar" label) of one answer block
Pair = tuple[Span | None, Span | None, int]

# The lookahead up front lets the engine skip most positions at once (speed, see bench/).
_LINE_START = r"(?:^|(?<=^[ \t])|(?<=^[ \t]{2}))"
SVAR_RE = re.compile(
    r"(?=Endeligt|Foreløbigt|Supplerende|Berigtiget|[Ss]var)"
    r"(?:(?:^|(?<=[\s\"”?.:]))(?P<kind>Endeligt\s+|Foreløbigt\s+|Supplerende\s+|Berigtiget\s+)?[Ss]var[ \t]*:"
    rf"|{_LINE_START}(?P<kind2>Endeligt |Foreløbigt |Supplerende |Berigtiget )?[Ss]var[ \t]*$)", re.MULTILINE)
# A ministry's letterhead block after the body: "ERHVERVS- OG\nVÆKSTMINISTERIET", or its name
# alone on a line above the street and postcode.
_CAPS_LINE_RE = re.compile(r"^[A-ZÆØÅ][A-ZÆØÅ ,.&-]*(?:MINISTER|STYRELSE|DEPARTEMENT)[A-ZÆØÅ]*$|^[A-ZÆØÅ ,-]+- OG$")
# Address and contact lines of a letterhead ("Slotsholmsgade 10-12", "1060 København K",
# "Telefon 33 92 93 00"): declared cues of the layout table.
_STREET_LINE_RE = cue("street_line")
_POSTCODE_LINE_RE = cue("postcode_line")
_CONTACT_LINE_RE = cue("contact_line")
_FOOTER_LINE_RE = cue("footer_line")
_KIND_PHRASE_RE = re.compile(r"\b(endeligt?|endelige|foreløbigt?|foreløbige|supplerende)\s+(?:svar|besvarelse)",
                             re.IGNORECASE)
_KIND_WORDS = {"endeligt": "endeligt", "endelige": "endeligt", "endelig": "endeligt", "foreløbigt": "foreløbigt",
               "foreløbige": "foreløbigt", "foreløbig": "foreløbigt", "supplerende": "supplerende"}


def parse(doc: Document) -> list[Answer | DocumentInfo]:
    text = doc.text
    # On ft.dk's page of a question the answer ends at the page's next section (layout table: page_section_heading).
    labels = page_labels(text)
    section = _page_answer_end(text, labels) if labels else None
    scope = text[:section] if section is not None else text
    pairs = _question_answer_pairs(_without_page_answer_headings(scope) if labels else scope)
    if labels:
        pairs = [(_before_page_labels(text, q, labels), a, svar_at) for q, a, svar_at in pairs]
    intro_end = pairs[0][0][0] if pairs and pairs[0][0] else (pairs[0][2] if pairs else len(text))
    common = Fields(doc)
    ff.read_common(common, intro_end=intro_end)
    # The answer's pieces only: a side column or later page's letterhead inside it is the
    # letter's own part (its date, ministry, case number).
    body_spans = [part for q, a, _ in pairs for span in (q, a) if span
                  for part in (body_parts(text, span) if span is a else [span])]
    _read_letter(common, intro_end, body_spans, pairs)
    records = []
    for index, (q_span, a_span, svar_at) in enumerate(pairs or [(None, None, len(text))]):
        fields = Fields(doc, dict(common.values), dict(common.provenance))
        if index and q_span:  # later questions of a multi-question letter carry their own number
            _own_number(fields, text, pairs[index - 1][1] or pairs[index - 1][0], q_span)
        if q_span:
            fields.put("question_text", ff.clean(text, *q_span, doc), *q_span)
        if a_span:
            fields.put("answer_text", body_text(text, a_span, doc), *a_span)
        _answer_kind(fields, svar_at)
        records.append(_record(doc, fields))
    return [*records, _letter_info(doc, records[0])]


def _letter_info(doc: Document, first: Answer) -> DocumentInfo:
    """The letter as a document: issuing ministry, date and a title in ft.dk's wording
    ("Beskæftigelsesudvalget spørgsmål nr. 558 (alm. del) – svar")."""
    title = None
    if first.udvalg_name and first.question_number is not None:
        case = {"alm. del": "alm. del", "L": f"L {first.case_number}", "B": f"B {first.case_number}"}.get(
            first.case_kind or "", None)
        number = first.question_number if isinstance(first.question_number, str) else f"nr. {first.question_number}"
        title = f"{first.udvalg_name} spørgsmål {number}{f' ({case})' if case else ''} – svar"
    provenance = {name: first.provenance[source] for name, source in
                  (("issuer", "ministry"), ("date", "answer_date")) if source in first.provenance}
    cited = _title_span(doc, first) if title else None
    if cited:
        provenance["title"] = cited
    reform = reform_of(doc)
    if reform:
        provenance["reform"] = doc.span(reform.start, reform.stop)
    return DocumentInfo(document_id=doc.id, span=first.span, provenance=provenance, doc_type="answer",
                        title=title, issuer=first.ministry, date=first.answer_date,
                        reform=reform.value if reform else None)


def _title_span(doc: Document, first: Answer) -> DocSpan | None:
    """Where the letter prints the question the title names: the line that names its
    number, from the committee when the line before names it ("Beskæftigelses-
    udvalget har i brev af ... stillet følgende spørgsmål nr. 558 (alm. del)"), to the case
    after the number. The title is composed from those words; the number alone ("558") is
    no citation of it."""
    number = first.provenance.get("question_number")
    if number is None:
        return None
    text = doc.text
    start = text.rfind("\n", 0, number.start) + 1
    if not text[start:number.start].strip() and start > 0:
        start = text.rfind("\n", 0, start - 1) + 1  # the number alone on its line ("nr.\n205")
    udvalg = first.provenance.get("udvalg_name")
    if udvalg and udvalg.start < start and number.start - udvalg.start <= 300 \
            and text.count("\n", udvalg.start, number.start) == 1:
        start = udvalg.start  # the sentence broken over two lines: from the committee it names
    end = number.end
    case = first.provenance.get("case_kind")
    if case and 0 <= case.start - number.end <= 20 and "\n" not in text[number.end:case.start]:
        close = text.find(")", case.end, case.end + 2)
        end = close + 1 if close >= 0 else case.end  # "(alm. del)", "(L 94)" with its bracket
    return doc.span(start, end)


def _own_number(f: Fields, text: str, previous: Span | None, q_span: Span) -> None:
    """The number in the heading between the previous answer and this question."""
    lo = previous[1] if previous else 0
    heading = next((h for h in reversed(list(HEADING_RE.finditer(text, lo, q_span[0])))), None)
    number = re.search(r"\d+", heading.group(0)) if heading else None
    if heading and number:
        f.put("question_number", int(number.group(0)), heading.start() + number.start(),
              heading.start() + number.end())


def _question_answer_pairs(text: str) -> list[Pair]:
    """(question span, answer span, position of the 'Svar' label) for every answer block."""
    svars = list(SVAR_RE.finditer(text))
    headings = list(HEADING_RE.finditer(text))
    pairs: list[Pair] = []
    prev_end = 0
    for i, svar in enumerate(svars):
        heading = next((h for h in reversed(headings) if prev_end <= h.start() < svar.start()), None)
        q_start = _past_heading_asker(text, heading.end(), svar.start()) if heading \
            else _quote_start(text, prev_end, svar.start())
        q_span = _question_span(text, q_start, svar.start()) if q_start is not None else None
        limit = svars[i + 1].start() if i + 1 < len(svars) else len(text)
        nxt = next((h.start() for h in headings if svar.end() < h.start() < limit), limit)
        a_span = _answer_span(text, svar.end(), nxt)
        pairs.append((q_span, a_span, svar.start()))
        prev_end = a_span[1] if a_span else svar.end()
    if not svars and headings:  # a letter without "Svar:" still quotes its question
        pairs.append(_unlabelled_pair(text, headings[-1].end()))
    elif not svars:
        # No heading either: the question may be quoted right under the sentence announcing
        # it ("... stillet mig følgende spørgsmål nr. 7 (alm. del):"), the answer following it.
        announced = _ANNOUNCED_RE.search(text)
        first = trim_span(text, announced.end(), len(text))[0] if announced else len(text)
        if announced and text[first:first + 1] in _QUOTES:
            pairs.append(_unlabelled_pair(text, announced.end()))
        else:
            pairs.extend(_cited_question_pairs(text))
    return pairs


_ANNOUNCED_RE = re.compile(r"(?:som hermed besvares|følgende spørgsmål)[^\n]*\n")


def _unlabelled_pair(text: str, start: int) -> Pair:
    """The question under a heading and, where the quoted question closes at the end of its
    line and text follows before the greeting, that text as the answer (no "Svar" label)."""
    greeting = GREETING_RE.search(text, start)
    limit = greeting.start() if greeting else len(text)
    opening = _skip_header_field(text, trim_span(text, start, limit)[0], limit)
    close = None
    if text[opening:opening + 1] in _QUOTES:
        # At the end of its line, or glued to the answer's first sentence: the earlier one.
        found = [m for m in (cue("closing_quote_line").search(text, opening, limit),
                             cue("closing_quote_glued").search(text, opening, limit)) if m]
        close = min(found, key=lambda m: m.start()) if found else None
    if close is None:
        return _question_span(text, start, limit), None, len(text)
    body_start = close.end()
    # The asker line may follow the quote ("Spørgsmålet er stillet efter ønske fra ...").
    for s, e in lines(text, body_start, limit)[:2]:
        if not QUESTION_STOP_RE.match(text, s, e):
            break
        body_start = e
    return _question_span(text, start, close.end()), _answer_span(text, body_start, len(text)), body_start


def _past_heading_asker(text: str, start: int, limit: int) -> int:
    """Past the heading's own asker line when it stands between the heading and the quoted question
    ("Spørgsmål nr. 98 (Alm. del) fra ... Udvalg\nstillet 30. oktober 2024 efter ønske fra X (EL) og Y (SF):\n”Vil
    ..."): it closes on a colon before the opening quote and belongs to the heading (layout table:
    heading_asker_line), so its date is read with the opening's and the question starts at the quote. Under the
    question the asker line ends it (QUESTION_STOP_RE)."""
    first = trim_span(text, start, limit)[0]
    m = cue("heading_asker_line").match(text, first, limit)
    if m:
        return m.end()
    # The heading wrapped inside its asker phrase ("... Socialudvalg stillet 15. februar 2023 efter ønske\nfra X
    # (DD):\n”Vil ..."): the phrase opens on the heading's own line, which HEADING_RE took whole (layout table:
    # heading_asker_wrapped); read from where the phrase opens, the question starts at the quote as above.
    line_start = text.rfind("\n", 0, start) + 1
    for opening in cue("heading_asker_wrapped").finditer(text, line_start, start):
        m = cue("heading_asker_line").match(text, opening.start(), limit)
        if m and m.end() > start:
            return m.end()
    # A bare heading over the sentence that announces the question ("Spørgsmål\nUdvalget har i brev af 8. februar
    # 2018 efter ønske fra X (DF)\nstillet mig følgende spørgsmål:"): the sentence is the letter's opening, its date
    # the question's (layout table: heading_intro_sentence).
    m = cue("heading_intro_sentence").match(text, first, limit)
    return m.end() if m else start


def _cited_question_pairs(text: str) -> list[Pair]:
    """A letter with neither a quoted question nor a "Svar" label (a correction, an interim
    answer): the body follows the opening sentence that cites the question."""
    citation = cue("question_citation").search(text)
    if citation is None:
        return []
    # The sentence ends at a full stop at the end of a line ("... til udlændinge- og integra-
    # tionsministeren."); "nr." and "d." before a number are abbreviations, not ends.
    end = re.compile(r"(?<!\bnr)(?<!\bd)\.[ \t]*\n").search(text, citation.end())
    if end is None:
        return []
    answer = _answer_span(text, end.end(), len(text))
    return [(None, answer, end.end())] if answer else []


_QUOTES = "”\"“»«„"


def _skip_header_field(text: str, start: int, limit: int) -> int:
    """Past a letterhead field line ("J.nr. 2013-0001770") at the start of a block."""
    field = cue("header_field_line").match(text, start, limit)
    return trim_span(text, field.end(), limit)[0] if field else start


def _quote_start(text: str, lo: int, hi: int) -> int | None:
    """Without a heading, the question is the quoted paragraph before 'Svar:', or else what
    follows the sentence that announces it ("..., som hermed besvares:")."""
    starts = [m.start() for m in re.finditer(r"(?m)^[ \t]*[”\"“»„]", text[lo:hi])]
    if starts:
        return lo + starts[-1]
    announced = list(re.finditer(r"(?:som hermed besvares|følgende spørgsmål)[^\n]*\n", text[lo:hi]))
    return lo + announced[-1].end() if announced else None


def _question_span(text: str, start: int, end: int) -> Span | None:
    stop = QUESTION_STOP_RE.search(text, start, end)
    end = stop.start() if stop else end
    # A side column (the ministry's name, address, "Dato:", "Sags nr.") that the converter put between the quoted
    # question and the asker line or "Svar:" is the letter's own part, not the question's, as one after the answer
    # is (ft_qa README: letterhead blocks that interrupt or follow the body are left out; layout table:
    # labelled_part_line); its date and ministry are read outside the text fields.
    body = lines(text, start, end)
    cut = _trailing_letterhead(text, body)
    end = body[cut][0] if cut is not None else end
    # The J.nr. (or Sagsnr., Ref.-nr., ...) sometimes sits between the heading and the quote.
    label = JOURNAL_RE.match(text, trim_span(text, start, end)[0], end)
    if label:
        line_end = text.find("\n", label.end(), end)
        start = line_end + 1 if line_end >= 0 else start
    start, end = strip_quotes(text, start, end)
    return (start, end) if end > start else None


def _answer_span(text: str, start: int, limit: int) -> Span | None:
    """The answer body: up to the greeting, a letterhead block, the letter date or the signer."""
    start = _skip_header_field(text, trim_span(text, start, limit)[0], limit)
    greeting = GREETING_RE.search(text, start, limit)
    end = greeting.start() if greeting else limit
    body = lines(text, start, end)
    resumes: list[int | None] | None = None  # read once, where a letterhead line first asks
    i = 0
    while i < len(body):
        s, e = body[i]
        line = text[s:e]
        date = next(find_dates(line), None)
        heads = ((date and date.start == 0 and len(line) < 40) or MONTH_ONLY_RE.match(line)
                 or _CAPS_LINE_RE.match(line) or is_ministry_name(line))
        footer = _FOOTER_LINE_RE.match(line) or _footer_items_line(line)
        if (heads and _letter_part_follows(text, e, limit)) or _POSTCODE_LINE_RE.match(line) or footer:
            # A later page's letterhead (or a side column, or a page footer with its page mark)
            # with the body going on after it: not the end, also where the stored text is cut
            # before the greeting.
            if resumes is None:
                resumes = _letterhead_resumes(text, body)
            after = resumes[i]
            if after is not None and after > i:
                i = after
                continue
        if heads and _letter_part_follows(text, e, limit):
            end = s
            break
        if _POSTCODE_LINE_RE.match(line):
            street = i > 0 and _STREET_LINE_RE.match(text[body[i - 1][0]:body[i - 1][1]])
            end = body[i - 1][0] if street else s
            break
        if footer:  # "Miljøministeriet • Højbro Plads 4 • 1200 København K ..." closing the body
            end = s
            break
        i += 1
    body = lines(text, start, end)
    if not greeting:
        cut = _trailing_letterhead(text, body)
        if cut is not None:
            end = body[cut][0]
            body = body[:cut]
    if not greeting:
        signer_at = _signer_under_body(text, body)
        if signer_at is not None:
            end = body[signer_at][0]
            body = body[:signer_at]
    # A page mark under the signature ("Side 2 af 2") is the page's (layout table: answer_signature_page_mark):
    # the signer lines above it are the last lines of the body.
    while not greeting and len(body) > 1 and cue("page_mark_line").fullmatch(text, *body[-1]):
        end = body.pop()[0]
    # Signer lines with no greeting before them ("Karen Jespersen", "Nicolai Wammen\n/ Official"),
    # the minister's role under the name first ("Peter Hummelgaard\nBeskæftigelsesminister").
    if not greeting and len(body) > 2 and ROLE_RE.fullmatch(text[body[-1][0]:body[-1][1]]) \
            and SIGNATURE_LINE_RE.fullmatch(text[body[-2][0]:body[-2][1]]):
        end = body.pop()[0]
    while not greeting and len(body) > 1 and SIGNATURE_LINE_RE.fullmatch(text[body[-1][0]:body[-1][1]]):
        end = body.pop()[0]
    s, e = trim_span(text, start, end)
    return (s, e) if e > s else None


_SIGNER_UNDER_BODY_RE = cue("signer_under_body")


def _signer_under_body(text: str, body: list[Span]) -> int | None:
    """The body line that holds the minister's name where no greeting heads the signature (layout table:
    answer_signer_under_body), or None: a name line right under the last paragraph's closing sentence, a "/" or
    the minister's role under it, and no sentence after it, only the signature, the letterhead's address or a web
    page's share links. Read from the end, so a name quoted inside the answer is never taken."""
    for k in range(len(body) - 2, 0, -1):
        if _sentence_like(text[body[k + 1][0]:body[k + 1][1]]):
            return None  # the body goes on below: this is no signature block
        name, under = text[body[k][0]:body[k][1]], text[body[k + 1][0]:body[k + 1][1]].strip()
        if not _SIGNER_UNDER_BODY_RE.match(text, body[k - 1][1] - 1) or SIGNATURE_LINE_RE.fullmatch(name) is None:
            continue
        if under.startswith("/") or ROLE_RE.fullmatch(under):
            return k
    return None


def _trailing_letterhead(text: str, body: list[Span]) -> int | None:
    """The first line of the letterhead block that ends the text after the signer, or None: the ministry's
    address printed in the page's footer, below the signature (mpu-2009-10-l206-spm73's one-line footer, the
    block of ufu-2016-17-spm3 after the answer; the ft_qa README leaves address blocks that follow the body
    out). A block of two lines or more, one an address or contact line, with only letterhead lines to the
    end; a line before it must remain (the signer or the body)."""
    k = len(body)
    while k > 1 and (_letterhead_at(text, body, k - 1) or _ADDRESS_RUN_RE.match(text[body[k - 1][0]:body[k - 1][1]])):
        k -= 1
    block = body[k:]
    if k == len(body) or k < 1 or len(block) < 2:
        return None
    addressed = any(_addressed_line(text[s:e]) or _ADDRESS_RUN_RE.match(text[s:e]) for s, e in block)
    return k if addressed else None


# A letterhead's name, street and postcode on one line ("Departementet Holmens Kanal 22 1060 København K").
_ADDRESS_RUN_RE = cue("address_run_line")


def _is_letterhead_line(line: str) -> bool:
    date = next(find_dates(line), None)
    # ... and the values of its contact labels ("33 92 33 50"), its case labels ("Sags nr.",
    # "Akt-id") and their values ("2023 - 16834").
    return bool((date and date.start == 0 and len(line) < 40) or _CAPS_LINE_RE.match(line)
                or is_ministry_name(line) or is_address_line(line) or _CONTACT_LINE_RE.match(line)
                or _PHONE_LINE_RE.fullmatch(line) or _CASE_LABEL_LINE_RE.match(line)
                or JOURNAL_SHAPE.match(line) or _LABELLED_PART_LINE_RE.fullmatch(line) or _MAIL_LINE_RE.fullmatch(line)
                or _footer_items_line(line))


# The gap or bullet between a page footer's items (layout table: footer_items_line).
_FOOTER_ITEM_GAP_RE = cue("footer_items_line")


def _footer_items_line(line: str) -> bool:
    """A page footer's line of letterhead items ("Holmens Kanal 42 · 1060 København K · Tlf. 72 81 00 00",
    "Udlændinge- og Integrationsministeriet        Side 1/2"): two items or more, each a street, postcode,
    contact, e-mail, phone, web address, ministry name or page mark, one of them an address or contact item (a
    page mark is one), so a table row of names and numbers is never taken for one."""
    items = [item for item in _FOOTER_ITEM_GAP_RE.split(line.strip()) if item.strip()]
    if len(items) < 2:
        return False
    return all(_addressed_item(item) or is_ministry_name(item) or _PHONE_LINE_RE.fullmatch(item) for item in items) \
        and any(_addressed_item(item) for item in items)


def _addressed_item(item: str) -> bool:
    # A footer may print its web address bare ("kum.dk", "digmin.dk"; layout table: web_domain_item): only as an
    # item between a footer's separators, where a sentence's domain never stands alone.
    return bool(is_address_line(item) or _CONTACT_LINE_RE.match(item) or _MAIL_LINE_RE.fullmatch(item)
                or _WEB_DOMAIN_ITEM_RE.fullmatch(item.strip()))


def _addressed_line(line: str) -> bool:
    """An address, contact or page-mark line, or a footer line holding one of them."""
    return bool(is_address_line(line) or _CONTACT_LINE_RE.match(line) or _footer_items_line(line))


_CASE_LABEL_LINE_RE = cue("case_label_line")
# A side column's "Dato: 18. december 2017" and "J.nr.: 2017/009112", label and value on one line, and its bare
# e-mail line belong to the block: without them a side column inside the body is cut in two and its date stays in
# the body, where the answer date is not looked for (layout table: labelled_part_line, mail_line).
_LABELLED_PART_LINE_RE = cue("labelled_part_line")
_MAIL_LINE_RE = cue("mail_line")
_WEB_DOMAIN_ITEM_RE = cue("web_domain_item")


def _letterhead_at(text: str, body: list[Span], k: int) -> bool:
    """Body line k is part of a letterhead block, a ministry's name over two lines included."""
    if _is_letterhead_line(text[body[k][0]:body[k][1]]):
        return True
    return any(_ministry_over_lines(text, body, j) for j in (k - 1, k) if 0 <= j < len(body) - 1)


def _ministry_over_lines(text: str, body: list[Span], j: int) -> bool:
    """Body lines j and j + 1 are one ministry's name that the letterhead broke over two lines, wherever the break
    falls ("Udlændinge- og\nIntegrationsministeriet", "Ministeriet for Fødevarer,\nLandbrug og Fiskeri",
    "Ministeriet for Børn, Undervisning\nog Ligestilling"; layout table: ministry_over_two_lines): both lines are
    letterhead, the tail too, which alone names no ministry. A line of running text is never the name's head."""
    head, tail = text[body[j][0]:body[j][1]], text[body[j + 1][0]:body[j + 1][1]]
    return not _prose_line(head) and is_ministry_name(collapse_ws(f"{head} {tail}"))


_PHONE_LINE_RE = re.compile(r"[+\d][\d ]{5,}")


def _sentence_like(line: str) -> bool:
    # "Tlf." and "Fax." end with a full stop too, but a sentence has words.
    return _prose_line(line) or (line[-1:] in ".?!:" and len(line.split()) >= 4)


def _prose_line(line: str) -> bool:
    """A line of running text: longer than a letterhead's lines, or, where a narrower page wrapped it, six words
    or more, most of them in lower case ("Opgørelsen af antallet af indrejste er endelig og er opgjort",
    uui-2023-24-spm44-svar at 60 columns). A letterhead's lines (the ministry, its address, phone, date, case
    number) are names and numbers of a few words."""
    if len(line) > 60:
        return True
    words = line.split()
    return len(words) >= 6 and 2 * sum(w[:1].islower() for w in words) > len(words)


def _addressed_block(text: str, block: list[Span]) -> bool:
    """A letterhead block worth cutting: two lines or more, one an address or contact line."""
    return len(block) >= 2 and any(_addressed_line(text[s:e]) for s, e in block)


def body_text(text: str, span: Span, doc: Document | None = None) -> str:
    """The answer's value: its span without the letterhead blocks that interrupt it."""
    return " ".join(part for part in (ff.clean(text, s, e, doc) for s, e in body_parts(text, span)) if part)


def body_parts(text: str, span: Span) -> list[Span]:
    """The answer's span in the pieces left when the letterhead blocks that interrupt it (a
    later page's letterhead, a side column with the date and case number) are cut out; the
    blocks themselves are the letter's own parts, read for its date and ministry."""
    body = lines(text, *span)
    if not _has_address(text, body):  # nothing to cut
        return [span]
    resumes = _letterhead_resumes(text, body)
    parts: list[Span] = []
    i, cut = 0, True
    while i < len(body):
        after = resumes[i]
        if after is not None and after > i:
            i, cut = after, True
            continue
        s, e = body[i]
        parts.append((s, e) if cut else (parts.pop()[0], e))  # lines between cuts are one piece
        i, cut = i + 1, False
    return parts


def _has_address(text: str, body: list[Span]) -> bool:
    """A letterhead block needs an address, contact or page-mark line: without one in the
    body there is no block to cut."""
    return any(_addressed_line(text[s:e]) for s, e in body)


def _letterhead_resumes(text: str, body: list[Span]) -> list[int | None]:
    """For each body line, where the body resumes after the letterhead block the line is part
    of, when that block interrupts the body: a page break printed the ministry's name, address
    or a page mark ("Side 1/2"), or a side column its date and case number, and the answer goes
    on after it (layout table: inner_letterhead). None for body lines and for a block that ends
    the body. `_answer_span` (where the body ends) and `body_parts` (what is cut out of it) both
    read the blocks here, so the rule is written once."""
    if not _has_address(text, body):
        return [None] * len(body)
    # Each line's letterhead flag and each block's verdict once: asked line by line, a column of
    # 5,000 numbers took minutes.
    flags = [_letterhead_at(text, body, k) for k in range(len(body))]
    sentence_after = [False] * (len(body) + 1)
    for k in range(len(body) - 1, -1, -1):
        s, e = body[k]
        sentence_after[k] = sentence_after[k + 1] or _sentence_like(text[s:e])
    # Each run of letterhead lines is one block: where the body resumes after it, if it does.
    resumes: list[int | None] = [None] * len(body)
    k = 0
    while k < len(body):
        if not flags[k]:
            k += 1
            continue
        lo = k
        while k < len(body) and flags[k]:
            k += 1
        resumes[lo:k] = [k if _addressed_block(text, body[lo:k]) and sentence_after[k] else None] * (k - lo)
    return resumes


def _letter_part_follows(text: str, after: int, limit: int) -> bool:
    """A date or ministry line ends the body only where the letter's own parts follow it
    (greeting, address, contact lines, or nothing) with no sentence in between: a list of
    dates inside the answer must not cut it."""
    for s, e in lines(text, after, len(text))[:8]:
        line = text[s:e]
        if s >= limit or GREETING_RE.match(line) or _POSTCODE_LINE_RE.match(line) or _STREET_LINE_RE.match(line) \
                or _CONTACT_LINE_RE.match(line):
            return True
        # A sentence, or a table's value ("52,3", "4.681"): the body goes on, a flattened table
        # (one cell per line) whose first column names ministries included.
        if _prose_line(line) or re.search(r"[.?!:]$", line) or _TABLE_VALUE_RE.fullmatch(line) \
                or _TABLE_COLUMN_RE.match(text, s):
            return False
    return True


# Two bare numbers on consecutive lines ("212\n198"): a flattened table's cells, also where they are whole numbers
# with no decimal comma or thousands dots; a letterhead prints its numbers (phone, CVR, case and document number)
# one by one under their labels (layout table: table_value_column).
_TABLE_COLUMN_RE = cue("table_value_column")


# A number written as a table value: decimal comma or thousands dots (letterhead numbers,
# phone, CVR, postcode, journal, have neither).
_TABLE_VALUE_RE = re.compile(r"[-+]?\d[\d.]*,\d+[ \t]?%?|[-+]?\d{1,3}(?:\.\d{3})+[ \t]?%?")


def _read_letter(f: Fields, intro_end: int, body: list[Span], pairs: list[Pair]) -> None:
    """Answer-only fields: dates, J.nr., ministry, signature."""
    text = f.doc.text
    outside = _outside(body, len(text))
    labels = page_labels(text)
    if labels:
        date, sent = _page_dates(text, labels)
    else:
        date = None
        for lo, hi in outside:
            date = date or letter_date(text, lo, hi)
        sent = sent_date(text, 0, intro_end, letter=date)
    if date and date.value:
        f.put("answer_date", date.value, date.start, date.end)
    if sent:
        sent = with_inferred_year(sent, date.value if date else None)
        if sent.value:
            f.put("question_sent_date", sent.value, sent.start, sent.end)
            f.values["question_sent_date_inferred"] = sent.inferred
    jnr = journal_number(text) or (unlabelled_journal(text, date.end, len(text)) if date else None)
    f.put_hit("journal_number", jnr)
    q_spans = [q for q, _, _ in pairs if q]
    f.put_hit("ministry", find_ministry(text, outside, q_spans)
              or find_ministry(text, [(0, len(text))], q_spans, acting=True))
    _signature(f, intro_end, pairs)


def _page_dates(text: str, labels: dict[str, Hit]) -> tuple[DateHit | None, DateHit | None]:
    """(answer date, question date) from the label lines of ft.dk's page of a question: "Svar dato:" (or
    "Svardato:") is the answer's, "Dato:" the question's (layout table: page_label_line); else the answer section's
    heading "Endeligt svar, 19-01-2016" dates the answer (page_answer_heading)."""
    def on(label: str) -> DateHit | None:
        hit = labels.get(label)
        return next(find_dates(text[hit.start:hit.end], offset=hit.start), None) if hit else None
    after = max(h.end for h in labels.values())
    heading = cue("page_answer_heading").search(text, after) or cue("page_dated_answer_label").search(text, after)
    dated = next(find_dates(heading.group("date"), offset=heading.start("date")), None) \
        if heading and heading.group("date") else None
    return on("svardato") or dated or _meta_date(text, after), on("dato")


def _meta_date(text: str, after: int) -> DateHit | None:
    """The answer's date on the "Dato:" line under the page's answer label ("Endeligt svar:" over "Dato:
    21-06-2007"; layout table: page_answer_meta_lines)."""
    meta = cue("page_answer_meta_lines").search(text, after)
    group = next((g for g in ("date", "date2") if meta and meta.group(g)), None)
    if meta is None or group is None:
        return None
    return next(find_dates(meta.group(group), offset=meta.start(group)), None)


def _without_page_answer_headings(text: str) -> str:
    """The page's text with the answer section's heading lines blanked ("Endeligt svar, 19-01-2016", "Besvaret:
    28-11-2012" over "Endeligt svar", the ministry's "... svar på spørgsmål 98 (URU alm. del):"; layout table:
    page_answer_heading), and the date and minister lines under the answer's label (page_answer_meta_lines), offsets kept: they are no part of the answer, and a bare "Endeligt svar" line is no
    second "Svar" label. A dated answer label ("Svar (19-11-2015):", "Svar fra justitsminister ... (30-11-2018):",
    under a bare "Svar" or not; page_dated_answer_label) is written as the one "Svar:" label it is."""
    blanked = cue("page_answer_heading").sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
    # The date and the minister under the answer's label ("Dato: 21-06-2007", "Svaret er givet af: ...";
    # page_answer_meta_lines) are blanked; the label above them stays.
    blanked = cue("page_answer_meta_lines").sub(
        lambda m: m.group(0)[:m.start("meta") - m.start()] + re.sub(r"[^\n]", " ", m.group("meta")), blanked)
    return cue("page_dated_answer_label").sub(lambda m: "Svar:" + re.sub(r"[^\n]", " ", m.group(0)[5:]), blanked)


def _page_answer_end(text: str, labels: dict[str, Hit]) -> int | None:
    """Where the answer on ft.dk's page of a question ends: at the page's next section ("Dokumenter";
    page_section_heading) or at the line naming who answered ("Svar fra: ...", "Besvaret af: ...";
    page_signer_line), the earlier."""
    after = max(h.end for h in labels.values())
    section = cue("page_section_heading").search(text, after)
    signer_line = ff.page_signer(text, after)[2]
    ends = [section.start()] if section else []
    if signer_line and not cue("page_dated_answer_label").match(text, signer_line[0]):
        ends.append(signer_line[0])
    return min(ends, default=None)


def _before_page_labels(text: str, span: Span | None, labels: dict[str, Hit]) -> Span | None:
    """The question on ft.dk's page of a question without the page's label lines printed under it ("Dato:
    07-11-2012" between the question and "Svar"; layout table: page_label_line)."""
    inside = [text.rfind("\n", 0, h.start) + 1 for h in labels.values() if span and span[0] < h.start < span[1]]
    if span is None or not inside:
        return span
    start, end = trim_span(text, span[0], min(inside))
    return (start, end) if end > start else None


def _outside(spans: list[Span], length: int) -> list[Span]:
    out, pos = [], 0
    for s, e in sorted(spans):
        if s > pos:
            out.append((pos, s))
        pos = max(pos, e)
    if pos < length:
        out.append((pos, length))
    return out


def _signature(f: Fields, intro_end: int, pairs: list[Pair]) -> None:
    text = f.doc.text
    last_end = max((a[1] for _, a, _ in pairs if a), default=intro_end)
    greeting = GREETING_RE.search(text, last_end)
    if greeting is None and not pairs:
        # A letter with no answer block (a cover letter sending answers, "Hermed sendes svar på spørgsmål nr.
        # 412, 413 og 414 ..."): its own closing greeting heads the signature, its last one.
        greeting = next(reversed(list(GREETING_RE.finditer(text))), None)
    signer: Hit | None = None
    role: Hit | None = None
    others: list[Hit] = []
    labels = page_labels(text)
    if labels:  # ft.dk's page of a question names who answered on a line of its own
        signer, role, _ = ff.page_signer(text, max(h.end for h in labels.values()))
    if greeting and signer is None:
        signer, role, others = signature_after(text, greeting.end(), len(text))
    if signer is None:
        tail = lines(text, last_end, len(text))[:1]
        if tail:
            signer, role, others = signature_after(text, tail[0][0], len(text))
    if signer is None and intro_end < len(text):  # justice ministry: signed before the question
        signer, role, others = _signed_in_header(text, intro_end)
    f.put_hit("signed_by", signer)
    f.put_hit("signer_role", role)
    ff.add_persons(f, others)


def _signed_in_header(text: str, intro_end: int) -> tuple[Hit | None, Hit | None, list[Hit]]:
    """The signature right after the covering sentence, before the question (layout answer_signed_in_header); a
    cover letter may close that sentence with its own greeting ("Med venlig hilsen"), the name under it."""
    intro = lines(text, 0, intro_end)
    for i, (s, e) in enumerate(intro):
        if re.search(r"[.)]$", text[s:e]) and i + 1 < len(intro):
            greeting = GREETING_RE.match(text, intro[i + 1][0], intro[i + 1][1])
            start = greeting.end() if greeting and greeting.end() == intro[i + 1][1] else intro[i + 1][0]
            signer, role, others = signature_after(text, start, intro_end)
            if signer:
                return signer, role, others
    return None, None, []


def _answer_kind(f: Fields, svar_at: int) -> None:
    text = f.doc.text
    label = re.match(r"\s*(\w+)", text[svar_at:svar_at + 20])
    word = label.group(1).lower() if label else ""
    at = (svar_at + label.start(1), svar_at + label.end(1)) if label else (0, 0)
    if word not in _KIND_WORDS:
        m = _KIND_PHRASE_RE.search(text, 0, svar_at)
        word = m.group(1).lower() if m else ""
        at = m.span(1) if m else (0, 0)
    if word in _KIND_WORDS:
        f.put("answer_kind", _KIND_WORDS[word], *at)  # cited at the word that says it ("Endeligt svar")


def _record(doc: Document, f: Fields) -> Answer:
    v = f.values
    link = question_key(udvalg_name=v.get("udvalg_name"), samling=v.get("samling"), case_kind=v.get("case_kind"),
                        case_number=v.get("case_number"), question_number=v.get("question_number"),
                        question_sent_date=v.get("question_sent_date"))
    asked = tuple(Person(name=n, party=p) for n, p in v.pop("asked_by", ()))
    ff.finish_persons(f, extra_exclude=[p.name for p in asked])
    return with_key_bases(Answer(document_id=doc.id, span=doc.span(0, len(doc.text)), provenance=f.provenance,
                                 asked_by=asked, ftdk_document_id=doc.ftdk_document_id, question_link=link,
                                 **{k: val for k, val in v.items() if k in Answer.model_fields}))
