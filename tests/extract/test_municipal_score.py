"""Floors for the municipal dev set (tests/fixtures/gold/municipal/README.md): excerpts of
municipal PDFs and a party programme, labelled blind in session 3. The floors are the
figures measured when the set was added (commit decbdbe: kommuner 0.909, lineage 0.218,
document fields 0.432), so a change may raise them but never lower them. Session 4 raised the
document-field floor to 0.88 (measured 0.884: municipal genres, issuers, page lines), the
lineage floor to 0.51 (measured 0.516: party demand lists, particle verbs, the future present)
and the kommuner floor to 1.0 (a name the predicate calls a kommune, "Aarhus er valgt som
Kulturkommune"). Session 5 added the seven even-position excerpts (spent as a held-out check in
session 4); the floors became the figures of all fourteen at 74ec554: kommuner 0.800, lineage
0.441, document fields 0.706, indicators 0.207. Later in session 5 (issue 14's kommune and
document facts: kommuner named through an office, co-signed letters, issuers and dates read
from the genres' structure) kommuner rose to 1.000 and document fields to 0.917. Issue 15's
coverage work (nouns with "i", decisions and recommendations in minutes, approval lines, dated
genitives, a party's own demands, undated perfects outside news) raised lineage to 0.577.
Session 6 added the ten excerpts of session 5's blind set (spent when its per-field failures
were read); the floors became the figures of all twenty-four at 923af19: kommuner 1.000,
lineage 0.443, document fields 0.790, indicators 0.893. Later in session 6, a status overview read by its
layout, a party's demands whatever the verb, approvals by a landsmøde, reports taken to note and money
granted raised lineage to 0.667; issue 14's document facts (staff lists, absences and unsigned proposals
as persons; a plan's period from its title's or its repeated noun and year; issuers from a letter head's
unit, an item's deciding body and a newsletter's domain; a newsletter's page code as its date) raised
document fields to 0.898; the accounts finder (the quantity a klimaregnskab computes, s06)
raised indicators to 1.000. At the session's end the twelve excerpts of session 6's blind set
(s6_01-s6_12, spent when its per-field failures were read) joined; the floors became the figures of
all thirty-six at that commit: kommuner 1.000, lineage 0.639, document fields 0.841, indicators 0.821.
Session 7 (issue 14's populations: a goal's own group, not its service's target group; negated
relative clauses counted; line-initial goals; "minimum N" counts; goals stated as a share of a group)
raised indicators to 0.996. Session 7's document facts (issue 14: people named in running prose by a Danish given name and a
surname; issuers from a memo's unit banner, an organisation's own mailbox, a programme naming its party
as its sentences' subject) raised document fields to 0.881. Session 7's recall patterns (proposals and their points, decisions told
by "truffet ... beslutning om", documents under preparation or ready for a decision, grants as "løft på",
counts of goals set, nominal demands; issue 15) raised lineage to 0.665 with no more false events; clean subject
noun phrases (no durative time or closing finite verb in a subject) followed. At the session's end the
fourteen excerpts of session 7's blind set (s7_01-s7_14, spent when its per-field failures were read)
joined; the floors became the figures of all fifty at that commit: kommuner 1.000, lineage 0.570,
document fields 0.862, indicators 0.972. Session 8 (issue 15: a party's voice and its demands in running
prose; a council's decision block, a general meeting's votes, withdrawals and postponements, a policy's
"Vi vil:" actions; issue 14: a programme's party from its own words) raised lineage to 0.679 and
document fields to 0.878. Session 9 (issue 15: planned actions named by their noun, a party's keep-demands
confirmed, coordinated bodies and yearly agreements as actors, negated permissions as demanded bans, noted
points and decision lines in minutes, general-meeting withdrawals; issue 14: attendance lists as Word lists,
headings over several lines) raised lineage to 0.727 and document fields to 0.894. At the session's end the
fourteen excerpts of session 9's blind set (s9_01-s9_14, spent when its per-field failures were read; two
fixes of the status-overview reader followed) joined; the floors became the figures of all sixty-four at
that commit: kommuner 1.000, lineage 0.691, document fields 0.884, indicators 0.942; a last pass on the
22 programme excerpts (a party's wish to act on a thing is planned whatever the verb) raised lineage to 0.721.
Session 10 (issue 15: a party's demand in the modal passive or told as its wish, whatever the verb; a law's
content; subjects as noun phrases; quality-standard sections known by their headings; issue 14: issuers from
contact blocks, the document's own address and a kommune department's own paper; absent members and party
signatories as persons; measure statements and whole-sentence titles) raised lineage to 0.753, document fields
to 0.909 and indicators to 0.979. At the session's end the sixteen excerpts of session 10's blind set
(s10_01-s10_16, spent when its per-field failures were read) joined; the floors became the figures of all
eighty at that commit: kommuner 0.989, lineage 0.695, document fields 0.868, indicators 0.979. A last pass
on the joined set's failures ("Vi vil:" lists with light verbs, a general-meeting notice's proposals,
permits granted and annulled on appeal, decisions within an agreement, a case's evaluation, routines that
are no events, programme aims on abstract things) raised lineage to 0.724.
Session 11 (issue 15: impersonal recommendation points, a bare definite subject's fuller earlier mention, a
proposal's meeting year, a referral's meeting date; issue 14: quantified targets stated as a change toward a
share by a deadline or as an own goal's share) raised the eighty to lineage 0.732, indicators 0.990, document
fields 0.870. At the session's end the eleven excerpts of session 11's blind set (s11_01-s11_11, spent when
its per-field failures were read) joined; the floors became the figures of all ninety-one at that commit:
kommuner 0.979, lineage 0.696, document fields 0.870, indicators 0.969. A last pass on the joined
set's failures (a party's wish to go on, "Vi ønsker fortsat ...", is confirmed) raised lineage to 0.697.
Session 12 (no set joined; its blind set stays outside): kept and supported things, dated past facts, duty
modals, impersonal programme demands and a subject gate raised lineage to 0.731; the lineage floor rose
to 0.72. Session 13: session 12's blind set (s12_01-s12_10) joined at the start (101 excerpts: lineage 0.709,
document fields 0.878, kommuner 0.979, indicators 0.969); a programme's modal main clauses read as its demands
whoever the subject (nlp/lineage/deontic_clauses.py) and a party named in the genitive of its own policy as
issuer raised lineage to 0.726 and document fields to 0.880; the floors stay.
Sessions 16 and 17 traded this figure for precision on text no rule was fitted to, each time on a blind set's
counts: the programme's open-class readers (the deontic fallback in session 16; a party's wish to act on a thing
whatever the verb, `programme_voice`, in session 17) now need the thing to name an instrument, as the programme
convention says. Session 17's blind set: lineage by sentence (bench/lineage_alignment.py) F1 0.387 -> 0.448; this
set by sentence unchanged (F1 0.765, precision 0.813 -> 0.823); the scorer's greedy pairing, which pays a
prediction in an unlabelled sentence when it meets a missed event of its kind, 0.720 -> 0.710. The lineage floor
is 0.71. Session 18: session 17's blind set (s17_01-s17_11) joined at the start (112 excerpts at d11db9b: kommuner
0.980, lineage 0.697, document fields 0.875, indicators 0.948; by sentence recall 0.701, precision 0.808, F1 0.751);
the floors became those figures. Session 19: session 18's blind set (s18_01-s18_14) joined at the start (126 excerpts at
cb6c26e: kommuner 0.981, lineage 0.672, document fields 0.869, indicators 0.881; by sentence recall 0.666, precision
0.801, F1 0.727); the floors became those figures. Session 20: session 19's blind set (s19_01-s19_13) joined at the
start (139 excerpts at af08890: kommuner 0.972, lineage 0.640, document fields 0.904, indicators 0.871; by sentence
recall 0.632, precision 0.792, F1 0.703; organisations 0.566); the floors became those figures. At the session's end
(rules of Danish word order and the programme conventions, organisations from two more tables): lineage 0.648, by
sentence recall 0.656, precision 0.805, F1 0.723, indicators 0.884, organisations 0.608; the floors rose with
them. Session 21: session 20's blind set (s20_01-s20_14) joined at the start (153 excerpts at 67fddc6: kommuner 0.973,
lineage 0.631, document fields 0.909, indicators 0.876; by sentence recall 0.632, precision 0.766, F1 0.693;
organisations 0.627); the floors became those figures. At the session's end (programme grammar: kept and judged schemes,
the party's duty modal, the means of an aim, an agent's act in a list; organisations: public boards in "-nævnet",
bodies in the genitive, two national institutions): lineage 0.636, by sentence recall 0.641, precision 0.775, F1
0.701, organisations 0.664; the floors rose with them."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from tests.dev_records import dev_extraction


def _f1(corpus: Path, gold: Path, only: str) -> float:
    spec = importlib.util.spec_from_file_location("gold_score", gold.parent / "score.py")
    assert spec and spec.loader
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    tally = score.Tally()
    for gpath in sorted((gold / "municipal").glob("*.gold.json")):
        stem = gpath.name[: -len(".gold.json")]
        pred = json.loads(dev_extraction(corpus / "municipal" / f"{stem}.txt").flat.model_dump_json())
        score.score_doc(tally, json.loads(gpath.read_text(encoding="utf-8")), pred, only)
    totals = [sum(c[i] for c in tally.counts.values()) for i in range(3)]
    return float(score.f1(*totals))


def test_every_text_has_its_gold(corpus: Path, gold: Path) -> None:
    texts = sorted(p.stem for p in (corpus / "municipal").glob("*.txt"))
    golds = sorted(p.name[: -len(".gold.json")] for p in (gold / "municipal").glob("*.gold.json"))
    assert texts == golds and len(texts) == 153


@pytest.mark.parametrize(("only", "floor"), [
    ("kommuner", 0.97),
    ("lineage", 0.63),
    ("doc", 0.90),
    ("indicators", 0.87),
])
def test_municipal_floor(corpus: Path, gold: Path, only: str, floor: float) -> None:
    assert _f1(corpus, gold, only) >= floor


def test_municipal_lineage_by_sentence_floor(corpus: Path, gold: Path) -> None:
    """Lineage counted by sentence (bench/lineage_alignment.py), the figure to steer by: a prediction in a sentence
    no gold lists earns nothing, where the scorer's greedy pairing lets it take a missed event of its kind. Session
    17: recall 0.715, precision 0.823, F1 0.765 on all 101; session 18, with session 17's blind set joined: recall 0.701,
    precision 0.808, F1 0.751 on all 112; session 19, with session 18's blind set joined: recall 0.666, precision 0.801, F1 0.727 on
    all 126; session 20, with session 19's blind set joined: recall 0.632, precision 0.792, F1 0.703 on all 139; session 21,
    with session 20's blind set joined: recall 0.632, precision 0.766, F1 0.693 on all 153 at the join, 0.641, 0.775 and
    0.701 at the session's end."""
    from bench.lineage_alignment import Alignment, align

    result = Alignment()
    for gpath in sorted((gold / "municipal").glob("*.gold.json")):
        stem = gpath.name[: -len(".gold.json")]
        pred = json.loads(dev_extraction(corpus / "municipal" / f"{stem}.txt").flat.model_dump_json())
        align(stem, json.loads(gpath.read_text(encoding="utf-8")).get("lineage_events") or [],
              pred.get("lineage_events") or [], result)
    recall, precision, f1 = result.sentence_f1()
    assert recall >= 0.64 and precision >= 0.77 and f1 >= 0.70, result.line()


def test_municipal_organisations_floor(corpus: Path, gold: Path) -> None:
    """The organisations field, which the shared scorer leaves out, as a set per document (bench/unfilled_fields.py
    organisations). Session 19: F1 0.288 (found 44 of 254, 8 extra) -> 0.548 (found 100, 11 extra) with the
    international bodies and a byråd's magistrate bodies (0.560 with the regions); the check half less s9_04, whose gold
    organisations were read while the table was made, 0.369 -> 0.446. Session 21, with session 20's blind set joined:
    0.627 -> 0.664 (check half 0.492 -> 0.528), public boards in "-nævnet" and bodies in the genitive."""
    from bench.unfilled_fields import organisation_counts

    found = extra = missed = 0
    for gpath in sorted((gold / "municipal").glob("*.gold.json")):
        record = json.loads(gpath.read_text(encoding="utf-8"))
        if "organisations" not in record:
            continue
        stem = gpath.name[: -len(".gold.json")]
        pred = json.loads(dev_extraction(corpus / "municipal" / f"{stem}.txt").flat.model_dump_json())
        one = organisation_counts(record, pred)
        found, extra, missed = found + one[0], extra + one[1], missed + one[2]
    assert 2 * found / (2 * found + extra + missed) >= 0.66, (found, extra, missed)
