"""A minister / official signature with no closing greeting, the last page's mark under it ("Christine Antorini" /
"/" / "Jesper Skovhus Hansen" / "Side 2 af 2"): the page mark is the page's (layout table:
answer_signature_page_mark), so the signer lines above it end the body as they do where no mark follows
(answer_minister_official): the minister signs, the official is a person of the text, neither is in the answer."""
from __future__ import annotations

from pathlib import Path

from knowledge.pipeline import extract_path


def flat(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    record: dict = extract_path(path).flat.model_dump(mode="json")
    return record


EDUCATION_NO_GREETING = """Børne- og Undervisningsudvalget 2012-13
BUU alm. del Svar på Spørgsmål 88
Offentligt

Folketingets Børne- og Undervisningsudvalg
Christiansborg
1240 København K

Dato: 3. december 2012

Svar på spørgsmål 88 (BUU alm. del) fra Folketingets Børne- og Undervisningsudvalg

Spørgsmål 88:
"Vil ministeren oplyse, hvor mange elever der gik i 10. klasse i skoleåret 2011/12?"

Svar:
I skoleåret 2011/12 gik 27.410 elever i 10. klasse.

Side 1 af 2

Tallene er opgjort på grundlag af elevregistret.

Christine Antorini
/
Mette Bjerre Sørensen

Side 2 af 2
"""

HEALTH_NO_GREETING = """Sundheds- og Forebyggelsesudvalget 2013-14
SUU alm. del Svar på Spørgsmål 410
Offentligt

Dato: 12-05-2014
Sagsnr.: 1404112

Spørgsmål nr. 410:
"Vil ministeren oplyse antallet af praktiserende læger i Region Nordjylland pr. 1. januar 2014?"

Svar:
Der var pr. 1. januar 2014 i alt 331 praktiserende læger i Region Nordjylland.

Nick Hækkerup
/
Lone Kjær Hansen

Side 2/2
"""


def test_minister_and_official_over_the_last_page_mark(tmp_path: Path) -> None:
    r = flat(tmp_path, EDUCATION_NO_GREETING)
    assert r["signed_by"] == "Christine Antorini"
    assert r["persons"] == ["Mette Bjerre Sørensen"]
    assert r["answer_text"] == ("I skoleåret 2011/12 gik 27.410 elever i 10. klasse. "
                                "Tallene er opgjort på grundlag af elevregistret.")
    r = flat(tmp_path, HEALTH_NO_GREETING)
    assert (r["signed_by"], r["persons"]) == ("Nick Hækkerup", ["Lone Kjær Hansen"])
    assert r["answer_text"] == "Der var pr. 1. januar 2014 i alt 331 praktiserende læger i Region Nordjylland."


def test_an_unsigned_body_over_a_page_mark_has_no_signer(tmp_path: Path) -> None:
    # The body's last sentence above the mark is no signature.
    text = HEALTH_NO_GREETING.replace("Nick Hækkerup\n/\nLone Kjær Hansen\n\n", "")
    r = flat(tmp_path, text)
    assert r["signed_by"] is None
    assert r["answer_text"] == "Der var pr. 1. januar 2014 i alt 331 praktiserende læger i Region Nordjylland."
