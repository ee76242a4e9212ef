"""Fields question letters and answer letters share: committee, samling, case, number,
askers, addressee, parties and persons, read the same way for both kinds."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from danish import reference

from ..document import Document
from ..folketing import (UDVALG_RE, Hit, definite, find_case, find_udvalg, ftdk_url_key, page_committee_line,
                         page_labels, paragraf20_number, question_number, read_stamp, runhead, stamp_bill_case, trailing_samling, typed_number)
from ..letter_layouts import cue
from ..letters import (COLUMN_GAP, MINISTERS_ANSWER_RE, SENDER_LINE_RE, TITLE_RE, TITLE_STEM, TO_MINISTER_RE, Fields,
                       lines, title_text)
from ..normalise import collapse_ws
from ..people import NAME, askers, named_persons, parties_in, party_table, repair_name
from ..person_roles import leading_form, same_person
from ..prose_names import names_in_prose


_PAGE_MARK_RE = re.compile(r"(?m)^[ \t]*Side[ \t]+\d+[ \t]*(?:/|af)[ \t]*\d+[ \t]*$")


def clean(text: str, start: int, end: int, doc: Document | None = None) -> str:
    """A text field's value: single spaces, without page marks ("Side 1/2") that a page
    break left inside the body. Given the document, a word the normaliser joined over a line-break hyphen is
    written as printed, the break a space ("dispensations- ansøgninger"): text fields are verbatim (ft_qa README)."""
    piece = text[start:end] if doc is None else _hyphen_breaks_kept(doc, start, end)
    return collapse_ws(_PAGE_MARK_RE.sub(" ", piece))


# The raw run the normaliser removed where it joined a word hyphenated at a line end (or over a page break):
# the hyphen and the line break as the file ends its lines (LF, CRLF or an old Mac's CR), so a letter re-saved
# with other line ends gives the same text field (tests/extract/test_resaved_texts.py).
_JOINED_HYPHEN_RE = re.compile(r"-[ \t]*(?:\r\n?|\n)")


def _hyphen_breaks_kept(doc: Document, start: int, end: int) -> str:
    """doc.text[start:end] with "- " put back wherever the normaliser joined a line-break hyphen: the raw run it
    dropped lies between two segments that meet in the text, and opens with the hyphen and the line break."""
    raw = doc.raw_text
    first = max(1, bisect.bisect_right(doc.segments, start, key=lambda seg: seg.norm_start))
    out, pos = [], start
    for k in range(first, len(doc.segments)):
        previous, seg = doc.segments[k - 1], doc.segments[k]
        if seg.norm_start >= end:
            break
        if seg.raw_start > previous.raw_end and _JOINED_HYPHEN_RE.match(raw, previous.raw_end, seg.raw_start):
            out.append(doc.text[pos:seg.norm_start] + "- ")
            pos = seg.norm_start
    return "".join(out) + doc.text[pos:end]


def read_common(f: Fields, *, intro_end: int, asker_end: int | None = None, question_letter: bool = False) -> None:
    """Fill the shared fields from the stamp and the letter's opening (text before `intro_end`)."""
    text = f.doc.text
    stamp = read_stamp(f.doc)
    body_from = stamp.caseline.end if stamp.caseline else 0
    udvalg = find_udvalg(text, body_from, intro_end)
    if udvalg is None and stamp.udvalg is not None:
        udvalg = Hit(definite(stamp.udvalg.value), stamp.udvalg.start, stamp.udvalg.end)
    f.put_hit("udvalg_name", udvalg)
    running = runhead(f.doc)
    labels = page_labels(text)  # ft.dk's page of a question: its label lines
    committee_line = page_committee_line(text) if labels else None
    f.put_hit("samling", stamp.samling or labels.get("samling") or _group_hit(committee_line, "samling")
              or (running[0] if running else None) or trailing_samling(f.doc))
    _case(f, stamp.caseline, body_from, intro_end)
    if "udvalg_abbrev" not in f.values:  # "Kulturudvalget (KUU), 2012-13" on the page
        f.put_hit("udvalg_abbrev", _group_hit(committee_line, "abbrev"))
    if running and "udvalg_abbrev" not in f.values:
        f.put_hit("udvalg_abbrev", running[1])
    if "udvalg_abbrev" not in f.values:
        f.put_hit("udvalg_abbrev", _abbrev_from_references(text, f.values.get("udvalg_name")))
    _number(f, intro_end)
    pairs = _committee_askers(text, askers(text, 0, len(text) if asker_end is None else asker_end),
                              f.values.get("udvalg_name"))
    pairs = _listed_askers(text, pairs, len(text) if asker_end is None else asker_end)
    pairs = _page_askers(text, labels.get("spørger")) or pairs or _page_committee_asker(text, labels.get("spørger"))
    if pairs:
        f.values["asked_by"] = tuple((name.value, party.value if party else None) for name, party in pairs)
        f.provenance["asked_by"] = f.doc.span(pairs[0][0].start, (pairs[-1][1] or pairs[-1][0]).end)
    f.put_hit("addressee", _page_addressee(text, labels.get("til"))
              or (question_addressee(text, intro_end) if question_letter else answer_addressee(text, intro_end)))
    found = parties_in(text)
    if found:
        f.put("parties", tuple(dict.fromkeys(h.value for h in found)), found[0].start, found[-1].end)
    # Members named in the asker line are askers, never persons of the text (ft_qa README).
    in_asker_line = _asker_lines(text)
    if "spørger" in labels:
        in_asker_line.append((labels["spørger"].start, labels["spørger"].end))
    signer_line = page_signer(text, max(h.end for h in labels.values()))[2] if labels else None
    if signer_line:  # the page's signer, never a person of the text, nor the name glued to the "Del" under it
        in_asker_line.append(signer_line)
    prose = [Hit(p.name, p.start, p.start + len(p.name)) for p in names_in_prose(text)]
    for hits in (named_persons(text), _members_with_party(text), _known_members(text), prose):
        add_persons(f, [h for h in hits if not any(lo <= h.start < hi for lo, hi in in_asker_line)])
    v = f.values
    key = ftdk_url_key(samling=v.get("samling"), case_kind=v.get("case_kind"), case_number=v.get("case_number"),
                       udvalg_abbrev=v.get("udvalg_abbrev"), question_number=v.get("question_number"))
    if key:
        f.values["ftdk_url_key"] = key


def _group_hit(m: re.Match[str] | None, group: str) -> Hit | None:
    return Hit(m.group(group), m.start(group), m.end(group)) if m and m.group(group) else None


def page_signer(text: str, start: int) -> tuple[Hit | None, Hit | None, tuple[int, int] | None]:
    """(signer, role, the line naming them) on ft.dk's page of a question, after `start` (the page's labels): the
    line under the answer ("Svar fra: Udlændinge-, integrations- og boligminister Inger Støjberg", "Besvaret af:
    Søren Pape Poulsen, justitsminister", "Besvaret af social- og boligministeren" over the name), else the
    answer's dated heading ("Svar fra justitsminister Søren Pape Poulsen (30-11-2018):"; layout table:
    page_signer_line, page_dated_answer_label). A title in the definite form ("boligministeren") names the office
    as a sender line does; only a role printed as such ("justitsminister") is the signer's role."""
    for m in (*cue("page_signer_line").finditer(text, start), *cue("page_dated_answer_label").finditer(text, start)):
        key = "value" if "value" in m.re.groupindex else "signer"
        if not m.group(key):
            continue
        line_end = text.find("\n", m.end())
        next_line = re.match(r"\n[ \t]*([^\n]*?)[ \t]*$", text[m.end():], re.MULTILINE) if key == "value" else None
        found = _signer_in(text, m.start(key), m.end(key))
        if found is None and next_line and TITLE_ONLY_RE.fullmatch(m.group(key)):
            at = m.end() + next_line.start(1)
            found = _signer_in(text, at, at + len(next_line.group(1)))
            line_end = text.find("\n", at) if found else line_end
        if found:
            return found[0], found[1], (m.start(), len(text) if line_end < 0 else line_end)
    return None, None, None


# The minister's title, in the definite form or as a role ("Udlændinge-, integrations- og boligminister",
# "social- og boligministeren"), on the page's one line.
_SIGNER_TITLE = rf"{TITLE_STEM}(?:en)?"
TITLE_ONLY_RE = re.compile(_SIGNER_TITLE)
_TITLED_NAME_RE = re.compile(
    rf"(?:(?P<role>{_SIGNER_TITLE})[ \t]+)?(?P<name>{NAME})(?:[ \t]*,[ \t]*(?P<after>{_SIGNER_TITLE}))?")


def _signer_in(text: str, start: int, end: int) -> tuple[Hit, Hit | None] | None:
    """The name and the role in a page's signer value ("justitsminister Søren Pape Poulsen", "Søren Pape Poulsen,
    justitsminister", "Sophie Hæstorp Andersen")."""
    m = _TITLED_NAME_RE.fullmatch(text, start, end)
    if m is None:
        return None
    name = Hit(collapse_ws(m.group("name")), m.start("name"), m.end("name"))
    role_group = "role" if m.group("role") else "after"
    role = m.group(role_group)
    if role is None or role.lower().endswith("ministeren"):
        return name, None
    return name, Hit(collapse_ws(role).lower(), m.start(role_group), m.end(role_group))


def _page_askers(text: str, label: Hit | None) -> list[tuple[Hit, Hit | None]]:
    """The members on the "Spørger:" line of ft.dk's page of a question, each with the party in brackets (layout
    table: page_label_line, listed_asker)."""
    if label is None:
        return []
    table = party_table()
    members: list[tuple[Hit, Hit | None]] = [
        (Hit(repair_name(m.group("name")), m.start("name"), m.end("name")),
         Hit(m.group("party"), m.start("party"), m.end("party")))
        for m in cue("listed_asker").finditer(text, label.start, label.end) if m.group("party") in table]
    return members


def _page_committee_asker(text: str, label: Hit | None) -> list[tuple[Hit, Hit | None]]:
    """The committee where the page names it as the asker ("Spørgsmålsstiller: Skatteudvalget"; probes23/qa 09,
    probes17/qa 12), the entry {committee, no party} by the ft_qa README; read only where the text names no
    member who asked ("Spørgsmålet er stillet efter ønske fra X (EL)" names the member)."""
    if label is None:
        return []
    committee = find_udvalg(text, label.start, label.end)
    whole = committee is not None and not text[label.start:committee.start].strip() \
        and not text[committee.end:label.end].strip()
    return [(committee, None)] if whole and committee is not None else []


def _page_addressee(text: str, label: Hit | None) -> Hit | None:
    """The minister on the "Til:" line of ft.dk's page of a question (layout table: page_label_line)."""
    m = TITLE_RE.match(text, label.start, label.end) if label else None
    return Hit(title_text(m.group(0)), m.start(), m.end()) if m else None


def _case(f: Fields, caseline: Hit | None, body_from: int, intro_end: int) -> None:
    text = f.doc.text
    case = (stamp_bill_case(text, caseline.start, caseline.end) or find_case(text, caseline.start, caseline.end)) \
        if caseline else None
    body_case = find_case(text, body_from, intro_end)
    case = case or body_case
    if case is None:
        return
    f.put("case_kind", case.kind, case.start, case.end)
    if case.number:
        f.put("case_number", case.number, case.start, case.end)
    abbrev = case.abbrev or (body_case.abbrev if body_case else None)
    f.put_hit("udvalg_abbrev", abbrev)


def _committee_askers(text: str, pairs: list[tuple[Hit, Hit | None]],
                      udvalg_name: str | None) -> list[tuple[Hit, Hit | None]]:
    """The committee as asker, by the written conventions (ft_qa_ministries README): "efter
    ønske fra udvalget" names the committee; "stillet af <udvalget>" in the standard opening
    names none (every committee question is put by a committee)."""
    if len(pairs) == 1 and pairs[0][1] is None:
        start = pairs[0][0].start
        if any(m.end() == start for m in cue("committee_put_it").finditer(text, max(0, start - 40), start + 80)):
            return []
    if not pairs and udvalg_name:
        m = cue("committee_asker").search(text)
        if m:
            return [(Hit(udvalg_name, m.start("udvalget"), m.end("udvalget")), None)]
    return pairs


def _abbrev_from_references(text: str, udvalg_name: str | None) -> Hit | None:
    """The committee's abbreviation printed in a cross-reference in the body ("SOU alm. del –
    svar på spm. 263", "spørgsmål nr. 7 (alm. del) UUI"). A reference may point at another
    committee's papers, so the abbreviation must be one this committee carried by the
    reference tables (Folketinget's own committee list: SOU for "Social- og Ældreudvalget")."""
    if not udvalg_name:
        return None
    own = _abbrevs_of(udvalg_name)
    for m in cue("cross_reference_abbrev").finditer(text):
        group = "a" if m.group("a") else "b"
        if m.group(group) in own:
            return Hit(m.group(group), m.start(group), m.end(group))
    return None


def _abbrevs_of(udvalg_name: str) -> set[str]:
    """Every abbreviation the committee of this name carried (danish.reference: ODA's table
    and the project's later names; SOU for "Social- og Ældreudvalget")."""
    return _abbrevs_by_name().get(reference.name_key(udvalg_name), set())


@lru_cache(maxsize=1)
def _abbrevs_by_name() -> dict[str, set[str]]:
    table: dict[str, set[str]] = {}
    for c in reference.committees():
        table.setdefault(reference.name_key(c.name), set()).add(c.abbrev)
    return table


def _number(f: Fields, intro_end: int) -> None:
    text = f.doc.text
    hit = question_number(text, 0, len(text))
    if hit is None:
        return
    if f.values.get("case_kind") == "other" and not f.values.get("case_number") and hit.value.isdigit():
        # § 20 questions are numbered "S 1107"; the letter often prints only "1107" (an aktstykke, the other case
        # of kind `other`, carries its own number and numbers its questions plainly)
        s_hit = paragraf20_number(text, 0, intro_end)
        hit = s_hit or Hit(f"S {hit.value}", hit.start, hit.end)
    f.put("question_number", typed_number(hit.value), hit.start, hit.end)
    if hit.value.startswith("S ") and f.values.get("case_kind") != "other":
        # A § 20 question is case `other` (ft_qa README), also where ft.dk files the answer under a committee's
        # papers and its stamp reads "SUU Alm.del - Bilag 188" (layout table: s20_filed_as_bilag): the question's own
        # number says what it is.
        f.values.pop("case_number", None)
        f.provenance.pop("case_number", None)
        f.put("case_kind", "other", hit.start, hit.end)


def answer_addressee(text: str, intro_end: int) -> Hit | None:
    """'til X-ministeren', "X-ministerens endelige svar", or a sender line naming the minister."""
    genitive = MINISTERS_ANSWER_RE.search(text, 0, intro_end)
    for pattern in (TO_MINISTER_RE, MINISTERS_ANSWER_RE):
        m = pattern.search(text, 0, intro_end)
        if m and pattern is TO_MINISTER_RE and genitive and genitive.start("stem" if genitive.group("stem")
                                                                         else "title") == m.start("title"):
            # "hermedministeren for ligestillings endelige svar": the glued word before a title
            # in the genitive; the genitive reading names the title.
            m, pattern = genitive, MINISTERS_ANSWER_RE
        if m:
            # "beskæftigelsesministerens svar" names "beskæftigelsesministeren"; "ministeren for
            # ligestillings svar" names "ministeren for ligestilling" (group genitive).
            group = "stem" if pattern is MINISTERS_ANSWER_RE and m.group("stem") else "title"
            value = title_text(m.group(group)) + ("en" if group == "stem" else "")
            return Hit(value, m.start(group), m.end(group))
    # A sender line naming the minister in the letterhead.
    m = SENDER_LINE_RE.search(text, 0, intro_end)
    if m:
        return Hit(title_text(m.group("title")), m.start("title"), m.end("title"))
    # The sender line glued to the recipient's by a converter that lost the line break ("KulturministerenFolketingets
    # Kulturudvalg", as "Folketingets ArbejdsmarkedsudvalgChristiansborg" in amu-2008-09-spm53; layout table:
    # glued_sender_recipient): the title before the committee is the sender's.
    glued = cue("glued_sender_recipient").search(text, 0, intro_end)
    title = TITLE_RE.search(glued.group(0)) if glued else None
    if glued and title:
        return Hit(title_text(title.group(0)), glued.start() + title.start(), glued.start() + title.end())
    # The title alone on its line, or in the line's first cell: a PDF's date set at the right margin level with
    # it follows a tab ("ERHVERVS- OG VÆKSTMINISTEREN\t11. marts 2014", eru-2013-14-spm233 as EVM prints it),
    # or a run of spaces where the converter kept the layout ("ERHVERVSMINISTEREN      23. april 2021", probes22 qa 17).
    upper = re.search(rf"(?m)^((?:[A-ZÆØÅ]+-,?\s+(?:OG\s+)?)*[A-ZÆØÅ]+MINISTEREN)(?={COLUMN_GAP}|$)", text[:intro_end])
    if upper:
        return Hit(title_text(upper.group(1)), upper.start(1), upper.end(1))
    # Older letters head the signature with it ("KIRKEMINISTEREN\nBertel Haarder"); a title
    # under the name is the signer's role and never the addressee (ft_qa README).
    for heading in cue("title_heading").finditer(text, intro_end):
        title = TITLE_RE.fullmatch(heading.group(0).strip())
        if title:
            start = heading.start() + heading.group(0).index(title.group(0))
            return Hit(title_text(title.group(0)), start, start + len(title.group(0)))
    return None


def question_addressee(text: str, intro_end: int) -> Hit | None:
    """The 'Til:' field; converters put its value a line or two below ('Til:\\nDato:\\nX')."""
    label = re.search(r"\bTil\s*:", text[:intro_end])
    if not label:
        return answer_addressee(text, intro_end)
    found = lines(text, label.end(), intro_end)[:5]
    for i, (s, e) in enumerate(found[:4]):
        # A title broken over two lines ("Ministeren for fødevarer, landbrug og\nfiskeri",
        # "Ministeren for\nligestilling"): its line ends in a word that cannot end a title.
        if i + 1 < len(found) and cue("title_broken_at_line_end").search(text, s, e):
            e = found[i + 1][1]
        m = TITLE_RE.match(text, s, e)
        if m:
            return Hit(title_text(m.group(0)), m.start(), m.end())
    return None


def _members_with_party(text: str) -> list[Hit]:
    """Members named with their party in brackets ("jf. svaret til Mai Mercado (KF)"): Folketing
    texts mark members so. Askers and the signer are taken out later (`finish_persons`)."""
    table = party_table()
    party_names = _party_names()
    hits = []
    for m in cue("member_with_party").finditer(text):
        start = _past_role(text, m.start("name"), m.end("name"))
        name = repair_name(text[start:m.end("name")])
        # "Dansk Folkeparti (DF)", "Radikale Venstre (RV)": a party's own name is no person.
        if m.group("party") in table and not any(name.casefold().endswith(p) for p in party_names):
            hits.append(Hit(name, start, m.end("name")))
    return hits


def _past_role(text: str, start: int, end: int) -> int:
    """Where a member's name begins when role words stand before it in the same capitalised run
    ("Folketingsmedlem Peder Hvelplund (EL)", "medlem af Folketinget Karina Lorentzen Dehnhardt (SF)"): the role is
    no part of the name (layout table: member_role_before_name)."""
    for m in cue("member_role_before_name").finditer(text, max(0, start - 30), end):
        if m.start() <= start < m.end() < end:
            return m.end()
    return start


# The asker line ends at the party bracket and full stop after the last asker ("... (KF).") or at
# a full stop after a word ("efter ønske fra udvalget.").
_ASKER_LINE_END = re.compile(r"\)[ \t]*\.|(?<=[a-zæøå])\.(?=\s)")


def _asker_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the asker lines ("Spørgsmålet er stillet efter ønske fra X (P), Y (P) ..."). By
    the ft_qa README the members they name are askers, never persons of the text, whether or
    not the asker list could be read (a typist's list: keb-2014-15-1s-samspmV)."""
    spans = []
    for m in cue("asker_line").finditer(text):
        end = _ASKER_LINE_END.search(text, m.end(), m.end() + 400)
        spans.append((m.start(), end.end() if end else m.end()))
    return spans


def _listed_askers(text: str, pairs: list[tuple[Hit, Hit | None]],
                   end: int) -> list[tuple[Hit, Hit | None]]:
    """The asker line's members with their parties, when the phrase reading stopped short of
    them. By the ft_qa README the asker line names the askers ("efter ønske fra X (P)"), so
    every member it names with a party is one, however the typist joined them: a comma after
    "fra", none between two members ("fra, X (V), Y (DF) Z (LA)": keb-2014-15-1s-samspmV,
    tests/fixtures/letters/question-careless-askers.txt). A committee asking is left as read."""
    if any(party is None for _, party in pairs):
        return pairs
    line = next(((lo, hi) for lo, hi in _asker_lines(text) if lo < end), None)
    if line is None:
        return pairs
    table = party_table()
    listed: list[tuple[Hit, Hit | None]] = [
        (Hit(repair_name(m.group("name")), m.start("name"), m.end("name")),
         Hit(m.group("party"), m.start("party"), m.end("party")))
        for m in cue("listed_asker").finditer(text, line[0], line[1])
        if m.group("party") in table and not UDVALG_RE.search(m.group("name"))]
    read = {name.value for name, _ in pairs}
    if len(listed) <= len(pairs) or not read <= {name.value for name, _ in listed}:
        return pairs
    return listed


def _known_members(text: str) -> list[Hit]:
    """Members of the Folketing named in full without a title or party ("jf. svaret til
    Mai Mercado"): recognised from Folketinget's own list (danish.reference.members)."""
    by_first = _member_names_by_first_word()
    hits = []
    for word in _CAPITAL_WORD_RE.finditer(text):
        pattern = by_first.get(word.group(0))
        m = pattern.match(text, word.start()) if pattern else None
        # Whole names only: not the tail of a longer capitalised name ("Niels Flemming Hansen").
        if m and not re.search(r"[A-ZÆØÅ][\w-]*[ \t]$", text[max(0, m.start() - 30):m.start()]):
            hits.append(Hit(collapse_ws(m.group(0)), m.start(), m.end()))
    return hits


_CAPITAL_WORD_RE = re.compile(r"(?<![\w-])[A-ZÆØÅÉÖÜ][\w'’-]+")


@lru_cache(maxsize=1)
def _member_names_by_first_word() -> dict[str, re.Pattern[str]]:
    """First name -> the full names of Members that start with it, longest first (a line
    break may stand between the words)."""
    names: dict[str, set[str]] = {}
    for member in reference.members():
        words = member.name.split()
        if len(words) >= 2:
            names.setdefault(words[0], set()).add(" ".join(words))
    return {first: re.compile("(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+")
                                               for n in sorted(full, key=len, reverse=True)) + r")(?![\w-])")
            for first, full in names.items()}


@lru_cache(maxsize=1)
def _party_names() -> tuple[str, ...]:
    """The parties' full names and aliases, case-folded (danish.reference.party_by_name, the table
    extract/parsers/party_voice.py reads too)."""
    return tuple(sorted({n.casefold() for n in reference.party_by_name()}))


def add_persons(f: Fields, hits: list[Hit]) -> None:
    if not hits:
        return
    known = list(f.values.get("persons", ()))
    f.values["persons"] = tuple(dict.fromkeys([*known, *(h.value for h in hits)]))
    f.provenance.setdefault("persons", f.doc.span(hits[0].start, hits[0].end))


def finish_persons(f: Fields, *, extra_exclude: list[str]) -> None:
    """Persons exclude the askers and the signer (they have their own fields)."""
    exclude = {n.casefold() for n in [*extra_exclude, f.values.get("signed_by") or ""]}
    # "henvendelsen fra Den Jyske Opera": a capitalised run opening with an article is an institution.
    # A name cut by a line break ("Niels\nFlemming Hansen (KF)") is the asker's name's tail.
    found = f.values.get("persons", ())
    # "overlæge Poul Videbechs bekymring": the genitive of a name already found is that person.
    # A Member's name the tables know inside a longer printed name ("Dennis Flydtkjær" in "Dennis Flydtkjær Holm")
    # is that name's leading words, not a second person.
    printed = [n for n in [*extra_exclude, f.values.get("signed_by") or "", *found] if n]
    persons = tuple(p for p in found
                    if not any(same_person(p, other) for other in exclude if other)
                    and not any(leading_form(p, other) for other in printed if other != p)
                    and not cue("organisation_article").match(p)
                    and not (p.endswith("s") and p[:-1] in found))
    f.values["persons"] = persons
    if not persons:
        f.provenance.pop("persons", None)
