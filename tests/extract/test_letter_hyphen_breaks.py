"""Text fields are verbatim (ft_qa README: "Hyphenated breaks become 'førtids- pension'"): a word the converter
hyphenated at a line end, which the normaliser joins in the document's text for the parsers, is written in the
question and answer as printed, the line break a space. The line break may be a Windows editor's CRLF or an old
Mac's CR: the letter re-saved so gives the same record (the hyphen repair reads the raw run the normaliser dropped,
the hyphen and the line break as the file ends its lines)."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.pipeline import extract_path
from tests.dev_records import hyphens_joined


def flat(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    record: dict = extract_path(path).flat.model_dump(mode="json")
    return record


EMPLOYMENT_HYPHEN_BREAK = """Beskæftigelsesudvalget 2015-16
BEU alm. del - Svar på Spørgsmål 301
Offentligt

Folketingets Beskæftigelsesudvalg
Christiansborg
1240 København K

Beskæftigelsesudvalget har i brev af 2. marts 2016 stillet følgende spørgsmål nr. 301 (alm. del) til beskæftigelsesministeren, som hermed besvares. Spørgsmålet er stillet efter ønske fra Finn Sørensen (EL).

Spørgsmål nr. 301:
"Vil ministeren oplyse, hvor mange personer der i 2015 fik tilkendt førtids-
pension?"

Svar:
Ifølge Styrelsen for Arbejdsmarked og Rekruttering blev der i 2015 tilkendt 6.900 førtidspensioner. Antallet af
tilkendelser er faldet siden reformen i 2013, og fleksjob-
ordningen er samtidig udvidet.

Med venlig hilsen

Jørn Neergaard Larsen
"""

SCHOOL_HYPHEN_BREAK = """Børne- og Undervisningsudvalget 2021-22
BUU alm. del - Svar på Spørgsmål 144
Offentligt

Folketingets Børne- og Undervisningsudvalg
Christiansborg
1240 København K

Børne- og Undervisningsudvalget har i brev af 9. december 2021 stillet følgende spørgsmål nr. 144 (alm. del) til børne- og undervisningsministeren, som hermed besvares. Spørgsmålet er stillet efter ønske fra Jacob Mark (SF).

Spørgsmål nr. 144:
"Vil ministeren oplyse, hvor mange skoler der har søgt om at afkorte skoledagen?"

Svar:
Styrelsen for Undervisning og Kvalitet har i skoleåret 2020/21 modtaget 212 ansøg-
ninger om afkortning af skoledagen. EU-borgere og Sundheds- og
Ældreministeriet er ikke nævnt i opgørelsen.

Med venlig hilsen

Pernille Rosenkrantz-Theil
"""


def test_line_break_hyphens_are_kept_as_printed(tmp_path: Path) -> None:
    r = flat(tmp_path, EMPLOYMENT_HYPHEN_BREAK)
    assert r["question_text"] == "Vil ministeren oplyse, hvor mange personer der i 2015 fik tilkendt førtids- pension?"
    assert r["answer_text"].endswith("siden reformen i 2013, og fleksjob- ordningen er samtidig udvidet.")
    r = flat(tmp_path, SCHOOL_HYPHEN_BREAK)
    assert r["answer_text"] == ("Styrelsen for Undervisning og Kvalitet har i skoleåret 2020/21 modtaget 212 ansøg- "
                                "ninger om afkortning af skoledagen. EU-borgere og Sundheds- og Ældreministeriet er "
                                "ikke nævnt i opgørelsen.")


def test_hyphens_inside_a_line_are_untouched(tmp_path: Path) -> None:
    # No line break after the hyphen: nothing is put in ("fleksjob-ordningen" stays whole).
    r = flat(tmp_path, EMPLOYMENT_HYPHEN_BREAK.replace("fleksjob-\nordningen", "fleksjob-ordningen\n"))
    assert r["answer_text"].endswith("siden reformen i 2013, og fleksjob-ordningen er samtidig udvidet.")


@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
def test_a_letter_resaved_with_other_line_ends_keeps_its_hyphens(tmp_path: Path, line_end: str) -> None:
    # A Windows editor's CRLF (or an old Mac's CR) after the hyphen is the same line break: the same record.
    for letter in (EMPLOYMENT_HYPHEN_BREAK, SCHOOL_HYPHEN_BREAK):
        lf = flat(tmp_path, letter)
        resaved = flat(tmp_path, letter.replace("\n", line_end))
        assert {k: v for k, v in resaved.items() if k != "document_id"} == \
               {k: v for k, v in lf.items() if k != "document_id"}
    assert "førtids- pension?" in flat(tmp_path, EMPLOYMENT_HYPHEN_BREAK.replace("\n", "\r\n"))["question_text"]


def test_the_comparison_of_relaid_copies_joins_only_line_break_hyphens() -> None:
    # tests/dev_records.hyphens_joined: a re-printed copy breaks its lines elsewhere; a suspended compound's
    # hyphen ("Sundheds- og") and a capital's ("EU- borgere") are words, not the layout's.
    assert hyphens_joined("tilkendt førtids- pension og fleksjob- ordningen") == "tilkendt førtidspension og fleksjobordningen"
    assert hyphens_joined("Sundheds- og Ældreministeriet, børne- eller ungeydelse") == \
           "Sundheds- og Ældreministeriet, børne- eller ungeydelse"
    assert hyphens_joined("AF- regionerne og EU-borgere") == "AF- regionerne og EU-borgere"
